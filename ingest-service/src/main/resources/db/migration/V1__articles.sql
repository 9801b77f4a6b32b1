-- Articles as last accepted, with the status the other services report back.
CREATE TABLE article (
    id                  VARCHAR(512)  PRIMARY KEY,
    collection          VARCHAR(128)  NOT NULL,
    source_path         VARCHAR(1024) NOT NULL,
    permalink           VARCHAR(2048) NOT NULL,
    title               TEXT          NOT NULL,
    article_date        TIMESTAMP WITH TIME ZONE,
    categories          JSONB         NOT NULL,
    tags                JSONB         NOT NULL,
    front_matter        JSONB         NOT NULL,
    body                TEXT          NOT NULL,
    revision            VARCHAR(64)   NOT NULL,
    -- Null when Jekyll would publish it; otherwise why not (published: false, output: false, future date).
    unpublished_reason  TEXT,
    -- The revision whose parsed-article event Kafka acknowledged; differs from revision while one is pending.
    published_revision  VARCHAR(64),
    rendered_revision   VARCHAR(64),
    rendered_at         TIMESTAMP WITH TIME ZONE,
    media_revision      VARCHAR(64),
    missing_images      JSONB         NOT NULL DEFAULT '[]',
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_collection_idx ON article (collection);

-- The latest refusal of each source file; removed when a later version of the file is accepted.
CREATE TABLE rejection (
    source_path  VARCHAR(1024) PRIMARY KEY,
    article_id   VARCHAR(512),
    revision     VARCHAR(64)   NOT NULL,
    message      TEXT          NOT NULL,
    line         INTEGER       NOT NULL,
    col          INTEGER       NOT NULL,
    hint         TEXT,
    rejected_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The site configuration single-article uploads are read with: the one of the last import.
CREATE TABLE site (
    id          VARCHAR(64) PRIMARY KEY,
    site_dir    TEXT,
    config_yaml TEXT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per site import, for the import history.
CREATE TABLE site_import (
    id           BIGSERIAL PRIMARY KEY,
    site_dir     TEXT      NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    files        INTEGER   NOT NULL DEFAULT 0,
    accepted     INTEGER   NOT NULL DEFAULT 0,
    unchanged    INTEGER   NOT NULL DEFAULT 0,
    rejected     INTEGER   NOT NULL DEFAULT 0,
    unpublished  INTEGER   NOT NULL DEFAULT 0
);

-- Transactional outbox: every event is recorded in the transaction that makes the change it announces, then relayed
-- to Kafka in id order (so in order per article) by one relay at a time; a row is deleted once Kafka acknowledged it.
CREATE TABLE outbox (
    id          BIGSERIAL     PRIMARY KEY,
    event_id    VARCHAR(64)   NOT NULL,
    event_type  VARCHAR(128)  NOT NULL,
    article_id  VARCHAR(512)  NOT NULL,
    data        BYTEA         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every revision an article went through: accepted, rejected or unpublished, keyed by content hash.
CREATE TABLE revision (
    id           BIGSERIAL     PRIMARY KEY,
    article_id   VARCHAR(512)  NOT NULL,
    revision     VARCHAR(64)   NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    source_path  VARCHAR(1024) NOT NULL,
    detail       TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revision_article_idx ON revision (article_id, id);

-- Where the article came from: the folder of the site import, or 'api' for uploads; an import withdraws the
-- articles of its own site whose files are gone.
ALTER TABLE article ADD COLUMN origin TEXT NOT NULL DEFAULT 'api';
-- A future-dated article is held until this instant, then published (Jekyll leaves it out until then).
ALTER TABLE article ADD COLUMN embargo_until TIMESTAMP WITH TIME ZONE;
-- published_revision now means: the revision last announced as published (null once withdrawn).

-- One rendered page per article: what the render service serves.
CREATE TABLE page (
    article_id   VARCHAR(512)  PRIMARY KEY,
    revision     VARCHAR(64)   NOT NULL,
    -- Decoded URL path the page is served at; two articles cannot share one.
    permalink    VARCHAR(2048) NOT NULL CONSTRAINT page_permalink_key UNIQUE,
    title        TEXT          NOT NULL,
    body_html    TEXT          NOT NULL,
    page_html    TEXT          NOT NULL,
    rendered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Permalinks whose article was unpublished: they answer 410 Gone (not 404), so that caches and crawlers drop them.
-- A page published later at the same permalink takes it back.
CREATE TABLE withdrawn_page (
    permalink     VARCHAR(2048) PRIMARY KEY,
    article_id    VARCHAR(512)  NOT NULL,
    withdrawn_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

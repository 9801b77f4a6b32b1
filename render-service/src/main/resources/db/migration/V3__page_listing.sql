-- What the index pages, the feed and the sitemap list pages by. Pages stored before have none of it until their
-- article is rendered again (NULL dates sort last).
ALTER TABLE page ADD COLUMN collection VARCHAR(256);
-- The article's date as an instant (ordering) and the offset it was written with (a French reader sees that day).
ALTER TABLE page ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE page ADD COLUMN published_offset_seconds INTEGER;
CREATE INDEX page_collection_published_idx ON page (collection, published_at DESC);
CREATE INDEX page_published_idx ON page (published_at DESC);

CREATE TABLE page_category (
    article_id VARCHAR(512) NOT NULL REFERENCES page (article_id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       TEXT         NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX page_category_name_idx ON page_category (name);

CREATE TABLE page_tag (
    article_id VARCHAR(512) NOT NULL REFERENCES page (article_id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       TEXT         NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX page_tag_name_idx ON page_tag (name);

-- The article's event sequence (assigned by ingest, increasing with each parsed or unpublished event) of what is
-- stored: a late event with a lower one is ignored, so an older revision never overwrites a newer one and a
-- withdrawal never removes a newer page, nor a late revision bring back a withdrawn one. 0 for rows stored before.
ALTER TABLE page ADD COLUMN sequence BIGINT NOT NULL DEFAULT 0;
ALTER TABLE withdrawn_page ADD COLUMN sequence BIGINT NOT NULL DEFAULT 0;
CREATE INDEX withdrawn_page_article_idx ON withdrawn_page (article_id);

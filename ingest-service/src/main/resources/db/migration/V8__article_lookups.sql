-- Every upload and every import batch looks up who holds the permalinks it brings (ArticleIngestor.store), and an
-- import withdraws what its folder no longer has (withdrawMissing, by origin): without these indexes each was a scan
-- of the whole table, on every upload of a 10,000-article site.
CREATE INDEX article_published_permalink_idx ON article (permalink) WHERE unpublished_reason IS NULL;
CREATE INDEX article_origin_idx ON article (origin);

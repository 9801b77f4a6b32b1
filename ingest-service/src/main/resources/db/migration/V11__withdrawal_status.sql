-- The sequence of the last unpublished event render reports as carried out (article.withdrawn): while an unpublished
-- article's event_sequence is higher, its page may still be served and the pipeline is not settled. Written only by
-- the status consumer, never by the Article entity, so that an import's flush cannot put an older value back.
ALTER TABLE article ADD COLUMN withdrawn_sequence BIGINT NOT NULL DEFAULT 0;
-- Withdrawals announced before render reported them are taken as carried out.
UPDATE article SET withdrawn_sequence = event_sequence WHERE unpublished_reason IS NOT NULL;

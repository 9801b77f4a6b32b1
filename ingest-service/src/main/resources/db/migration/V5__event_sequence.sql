-- Rank of the article's last parsed or unpublished event. Content hashes cannot be ordered: consumers compare
-- sequences to ignore an event that arrives after a newer one (a replay, a late redelivery).
ALTER TABLE article ADD COLUMN event_sequence BIGINT NOT NULL DEFAULT 0;

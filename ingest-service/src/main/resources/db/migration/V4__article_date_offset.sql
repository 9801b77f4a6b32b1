-- The offset the article's date was written with (seconds east of UTC): PostgreSQL's timestamptz keeps the instant
-- only, and an article dated 2021-05-17 in Paris must stay on the 17th, not become 2021-05-16T22:00Z.
ALTER TABLE article ADD COLUMN article_date_tz INTEGER;

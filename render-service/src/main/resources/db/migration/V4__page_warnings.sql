-- Why a body's Liquid was left as written (unknown or failed tag), one per line; NULL when it was rendered.
ALTER TABLE page ADD COLUMN warnings TEXT;

-- Files of an import already stored or refused, so that clients can show its progress while it runs.
ALTER TABLE site_import ADD COLUMN processed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE site_import ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;

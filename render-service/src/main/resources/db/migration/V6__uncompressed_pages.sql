-- PostgreSQL compressed (pglz) every page on every write and decompressed it on every read: a quarter of the
-- database's CPU during a site import, and work on each page served. Pages are now stored out of line as they are:
-- more disk (HTML compresses about 3 times), less CPU.
ALTER TABLE page ALTER COLUMN body_html SET STORAGE EXTERNAL;
ALTER TABLE page ALTER COLUMN page_html SET STORAGE EXTERNAL;

-- PostgreSQL compressed (pglz) every large value on every write: a quarter of the database's CPU during a site import,
-- for values rewritten at each revision (the body) or deleted as soon as Kafka has them (the outbox). They are now
-- stored out of line as they are: more disk (Markdown compresses about 2 to 3 times), less CPU on each write and read.
ALTER TABLE article ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE outbox ALTER COLUMN data SET STORAGE EXTERNAL;

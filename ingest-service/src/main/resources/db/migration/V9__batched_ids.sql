-- Revisions and outbox events took their ids one INSERT at a time (identity columns), three round trips per article
-- during an import. Hibernate now reserves ids in blocks of 50 from these sequences (allocationSize of Revision and
-- OutboxEvent) and sends each batch's rows in one JDBC batch; the block size must match.
ALTER SEQUENCE revision_id_seq INCREMENT BY 50;
ALTER SEQUENCE outbox_id_seq INCREMENT BY 50;

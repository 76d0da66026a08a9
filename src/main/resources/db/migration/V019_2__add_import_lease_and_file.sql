-- Imports on several instances (issue 15, point 1; decision 0028).
--
-- A lease: the instance that runs a job (lease_owner) holds it until lease_until, a time of the
-- database's clock that it renews while the job runs. Another instance takes a job only once its
-- lease has run out, and resumes it at next_index; every write of a job's progress is made on the
-- condition that its runner still holds the lease.
ALTER TABLE import_job ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE import_job ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- The uploaded file is kept in the database, so that whichever instance runs the import can read
-- it, and kept as the import's original until the import or the account is deleted (it is in the
-- export): its size and CRC-32 as uploaded, whether it is kept gzipped (a file not compressed
-- already is), and its bytes in pieces of at most 512 KiB, in order.
ALTER TABLE import_job ADD COLUMN file_size BIGINT;
ALTER TABLE import_job ADD COLUMN file_crc32 BIGINT;
ALTER TABLE import_job ADD COLUMN file_gzipped BOOLEAN;

CREATE INDEX import_job_lease_ix ON import_job (status, lease_until);

-- The pieces refer to their import by (account_id, id), as every personal table will (V018).
ALTER TABLE import_job ADD CONSTRAINT import_job_account_id_uk UNIQUE (account_id, id);

CREATE TABLE import_file_chunk (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    import_id  BIGINT NOT NULL,
    chunk_no   INT    NOT NULL,
    bytes      BYTEA  NOT NULL,
    CONSTRAINT import_file_chunk_pk PRIMARY KEY (account_id, import_id, chunk_no),
    CONSTRAINT import_file_chunk_job_fk FOREIGN KEY (account_id, import_id)
        REFERENCES import_job (account_id, id) ON DELETE CASCADE,
    CONSTRAINT import_file_chunk_no_ck CHECK (chunk_no >= 0)
);

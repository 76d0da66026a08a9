-- Every table of an account's data is keyed by its account (decision 0024, docs/operations-citus.md),
-- so that a PostgreSQL sharded by account (Citus) keeps each account's rows, keys and foreign keys
-- together on one node. V020 (dev.reload.system.DropGeneratedKeys) dropped the primary and foreign
-- keys of these tables; here they come back, each with a name of ours:
-- - the account's id (account_id; patient_id in the clinic's tables) is part of every primary key
--   and every unique constraint, and of every foreign key between two tables of an account;
-- - ids stay generated as before and are still unique on their own; they are just not the key alone;
-- - a foreign key between two accounts' rows cannot hold on shards, so there is none: the deletion
--   of an account clears those references itself (privacy.AccountDeletion);
-- - a unique hash of a random token needs no unique index (256 random bits do not repeat); the one
--   uniqueness that matters across accounts, the email, moves to account_email, keyed by the email.
-- The rows are not changed: the application always wrote a child's account_id from its parent's.

-- V019_2 made (account_id, id) of import_job unique for the pieces of its file to refer to (V020
-- dropped that key); the primary key is that pair now, and the pieces refer to it (below).
ALTER TABLE import_job DROP CONSTRAINT import_job_account_id_uk;

-- The account: its id is the key every other table is distributed by.
ALTER TABLE account ADD CONSTRAINT account_pk PRIMARY KEY (id);

ALTER TABLE api_token ADD CONSTRAINT api_token_pk PRIMARY KEY (account_id, id);
ALTER TABLE plan ADD CONSTRAINT plan_pk PRIMARY KEY (account_id, id);
ALTER TABLE screening ADD CONSTRAINT screening_pk PRIMARY KEY (account_id, id);
ALTER TABLE shoe ADD CONSTRAINT shoe_pk PRIMARY KEY (account_id, id);
ALTER TABLE activity_session ADD CONSTRAINT activity_session_pk PRIMARY KEY (account_id, id);
ALTER TABLE check_in ADD CONSTRAINT check_in_pk PRIMARY KEY (account_id, id);
ALTER TABLE strength_set ADD CONSTRAINT strength_set_pk PRIMARY KEY (account_id, id);
ALTER TABLE import_job ADD CONSTRAINT import_job_pk PRIMARY KEY (account_id, id);
ALTER TABLE import_failure ADD CONSTRAINT import_failure_pk PRIMARY KEY (account_id, id);
ALTER TABLE log_trash ADD CONSTRAINT log_trash_pk PRIMARY KEY (account_id, id);
ALTER TABLE outcome ADD CONSTRAINT outcome_pk PRIMARY KEY (account_id, id);
ALTER TABLE outcome_answer ADD CONSTRAINT outcome_answer_pk PRIMARY KEY (account_id, outcome_id, item);
ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_pk PRIMARY KEY (account_id, id);
ALTER TABLE two_step ADD CONSTRAINT two_step_pk PRIMARY KEY (account_id, id);
ALTER TABLE recovery_code ADD CONSTRAINT recovery_code_pk PRIMARY KEY (account_id, id);
ALTER TABLE knob_change ADD CONSTRAINT knob_change_pk PRIMARY KEY (account_id, id);
ALTER TABLE password_reset ADD CONSTRAINT password_reset_pk PRIMARY KEY (account_id, id);
ALTER TABLE clinic_invite ADD CONSTRAINT clinic_invite_pk PRIMARY KEY (patient_id, id);
ALTER TABLE clinic_link ADD CONSTRAINT clinic_link_pk PRIMARY KEY (patient_id, id);
ALTER TABLE clinic_note ADD CONSTRAINT clinic_note_pk PRIMARY KEY (patient_id, id);
ALTER TABLE audit_record ADD CONSTRAINT audit_record_pk PRIMARY KEY (patient_id, id);
ALTER TABLE onboarding_draft ADD CONSTRAINT onboarding_draft_pk PRIMARY KEY (account_id);
ALTER TABLE import_file_chunk ADD CONSTRAINT import_file_chunk_pk PRIMARY KEY (account_id, import_id, chunk_no);

-- Spring Data JDBC updates a changed row by its id alone (and the import runner reads a job so):
-- an index on the id keeps that a lookup now that the id is the key's second column.
CREATE INDEX api_token_id_ix ON api_token (id);
CREATE INDEX plan_id_ix ON plan (id);
CREATE INDEX shoe_id_ix ON shoe (id);
CREATE INDEX activity_session_id_ix ON activity_session (id);
CREATE INDEX check_in_id_ix ON check_in (id);
CREATE INDEX strength_set_id_ix ON strength_set (id);
CREATE INDEX import_job_id_ix ON import_job (id);
CREATE INDEX calendar_feed_id_ix ON calendar_feed (id);
CREATE INDEX two_step_id_ix ON two_step (id);
CREATE INDEX password_reset_id_ix ON password_reset (id);

-- Each table goes with its account. The sessions' key comes first: H2 deletes an account's rows in
-- the order these keys were made, and checks the sessions' keys to shoes and imports (NO ACTION)
-- at once, so the sessions must go before the shoes and imports they name.
ALTER TABLE activity_session ADD CONSTRAINT activity_session_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE api_token ADD CONSTRAINT api_token_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE plan ADD CONSTRAINT plan_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE screening ADD CONSTRAINT screening_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE shoe ADD CONSTRAINT shoe_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE check_in ADD CONSTRAINT check_in_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE strength_set ADD CONSTRAINT strength_set_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE import_job ADD CONSTRAINT import_job_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE import_failure ADD CONSTRAINT import_failure_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE log_trash ADD CONSTRAINT log_trash_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE outcome ADD CONSTRAINT outcome_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE outcome_answer ADD CONSTRAINT outcome_answer_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE two_step ADD CONSTRAINT two_step_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE recovery_code ADD CONSTRAINT recovery_code_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE knob_change ADD CONSTRAINT knob_change_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE password_reset ADD CONSTRAINT password_reset_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE clinic_invite ADD CONSTRAINT clinic_invite_patient_fk
    FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE clinic_link ADD CONSTRAINT clinic_link_patient_fk
    FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE clinic_note ADD CONSTRAINT clinic_note_patient_fk
    FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE audit_record ADD CONSTRAINT audit_record_patient_fk
    FOREIGN KEY (patient_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE onboarding_draft ADD CONSTRAINT onboarding_draft_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE import_file_chunk ADD CONSTRAINT import_file_chunk_account_fk
    FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;

-- Between two tables of one account: by the account and the row. A session's shoes and import are
-- NO ACTION (SET NULL would clear account_id too, and a sharded database takes neither spelling of
-- it): the log takes a pair of shoes off its sessions before it deletes the pair.
ALTER TABLE activity_session ADD CONSTRAINT activity_session_shoe_fk
    FOREIGN KEY (account_id, shoe_id) REFERENCES shoe (account_id, id);
ALTER TABLE activity_session ADD CONSTRAINT activity_session_import_fk
    FOREIGN KEY (account_id, import_id) REFERENCES import_job (account_id, id);
ALTER TABLE import_failure ADD CONSTRAINT import_failure_job_fk
    FOREIGN KEY (account_id, import_job) REFERENCES import_job (account_id, id) ON DELETE CASCADE;
ALTER TABLE import_file_chunk ADD CONSTRAINT import_file_chunk_job_fk
    FOREIGN KEY (account_id, import_id) REFERENCES import_job (account_id, id) ON DELETE CASCADE;
ALTER TABLE outcome_answer ADD CONSTRAINT outcome_answer_outcome_fk
    FOREIGN KEY (account_id, outcome_id) REFERENCES outcome (account_id, id) ON DELETE CASCADE;
ALTER TABLE knob_change ADD CONSTRAINT knob_change_plan_fk
    FOREIGN KEY (account_id, plan_id) REFERENCES plan (account_id, id) ON DELETE CASCADE;

-- Hashes of random tokens and codes: looked up, not kept unique.
DROP INDEX api_token_hash_uk;
CREATE INDEX api_token_hash_ix ON api_token (token_hash);
DROP INDEX calendar_feed_token_hash_uk;
CREATE INDEX calendar_feed_token_hash_ix ON calendar_feed (token_hash);
DROP INDEX password_reset_token_uk;
CREATE INDEX password_reset_token_ix ON password_reset (token_hash);
DROP INDEX clinic_invite_code_uk;
CREATE INDEX clinic_invite_code_ix ON clinic_invite (code_hash);

-- No two accounts share an email: the claim on an email is a row of its own, keyed by the email
-- (so a sharded database keeps it on the email's node); registration writes it with the account,
-- the account's deletion removes it. The account keeps its email, looked up by an index.
CREATE TABLE account_email (
    email      VARCHAR(254) NOT NULL,
    account_id BIGINT       NOT NULL,
    CONSTRAINT account_email_pk PRIMARY KEY (email)
);

INSERT INTO account_email (email, account_id) SELECT email, id FROM account;

DROP INDEX account_email_uk;
CREATE INDEX account_email_ix ON account (email);

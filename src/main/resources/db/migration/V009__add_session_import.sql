-- The whole log: which import brought a session in (null for sessions logged by hand and for
-- those imported before this column), and indexes for the log's pages, newest day first, filtered
-- by activity or by import.
ALTER TABLE activity_session ADD COLUMN import_id BIGINT;

ALTER TABLE activity_session ADD CONSTRAINT activity_session_import_fk
    FOREIGN KEY (import_id) REFERENCES import_job (id) ON DELETE SET NULL;

CREATE INDEX activity_session_account_activity_ix ON activity_session (account_id, activity, session_date);
CREATE INDEX activity_session_account_import_ix ON activity_session (account_id, import_id, session_date);

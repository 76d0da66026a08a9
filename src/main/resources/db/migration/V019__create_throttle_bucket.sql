-- Counts of failures (wrong passwords and codes, registrations, reset requests, unknown calendar
-- feeds) shared by every instance (issue 15, point 1; decision 0028). One row is one bucket4j
-- bucket: its key is the SHA-256 of the throttle's name and what it counts (an email, an address),
-- so no email or address is stored as such; its state is bucket4j's own bytes; a row whose bucket
-- has refilled (expires_at, milliseconds since 1970 in UTC) is deleted. It belongs to no account.
CREATE TABLE throttle_bucket (
    id         VARCHAR(64) NOT NULL,
    state      BYTEA,
    expires_at BIGINT      NOT NULL,
    CONSTRAINT throttle_bucket_pk PRIMARY KEY (id)
);

CREATE INDEX throttle_bucket_expires_ix ON throttle_bucket (expires_at);

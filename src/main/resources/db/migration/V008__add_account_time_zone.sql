-- The person's time zone (an IANA id such as Europe/Berlin): their "today", plan weeks and the
-- dates of imported activities follow it. Accounts made before it existed keep UTC.
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;

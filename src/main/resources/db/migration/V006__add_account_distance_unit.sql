-- How pages show distances to this person: KM or MILES (the API always speaks kilometres).
ALTER TABLE account ADD COLUMN distance_unit VARCHAR(5) DEFAULT 'KM' NOT NULL;

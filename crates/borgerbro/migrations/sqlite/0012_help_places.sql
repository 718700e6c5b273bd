-- Places where citizens get help: front desks, libraries, drop-in centres, IT help
-- cafés, phone lines and outreach visits. Owned by `help`.
CREATE TABLE help_places (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    audience TEXT NOT NULL,
    street TEXT,
    postcode TEXT,
    city TEXT,
    latitude REAL,
    longitude REAL,
    phone TEXT,
    -- Comma-separated codes: languages (ISO 639) and topics.
    languages TEXT NOT NULL,
    step_free INTEGER NOT NULL,
    topics TEXT NOT NULL,
    -- Written as the front desk writes them: "man-fre 10:00-15:00; tor 16:00-18:00 drop-in".
    hours TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES persons (id)
);

-- One counter per catalogue, raised in the same transaction as every change to it, so
-- each server knows with one read whether its copy in memory is current.
CREATE TABLE help_versions (
    name TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO help_versions (name, version) VALUES ('places', 0);

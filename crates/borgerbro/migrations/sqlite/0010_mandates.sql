-- Permissions a citizen gives a helper. Owned by `mandates`.
CREATE TABLE mandates (
    id TEXT PRIMARY KEY,
    citizen_id TEXT NOT NULL REFERENCES persons (id),
    helper_id TEXT NOT NULL REFERENCES persons (id),
    -- Comma-separated: post, bookings, mydata and subject areas (housing, health, ...).
    scopes TEXT NOT NULL,
    rights TEXT NOT NULL,
    -- Calendar days, both included.
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    note TEXT,
    -- Who gave it, as the audit log names actors, and how the citizen's identity was
    -- checked when the front desk did it (passport, driving licence, known person, ...).
    given_by TEXT NOT NULL,
    identity_check TEXT,
    created_at BIGINT NOT NULL,
    accepted_at BIGINT,
    suspended_at BIGINT,
    ended_at BIGINT,
    ended_by TEXT
);

CREATE INDEX mandates_of_citizen ON mandates (citizen_id);
CREATE INDEX mandates_of_helper ON mandates (helper_id, citizen_id);

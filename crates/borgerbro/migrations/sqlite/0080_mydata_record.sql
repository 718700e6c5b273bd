-- The record of processing (GDPR article 30) as citizens read it: one entry per kind of
-- data the authority holds about a citizen. Kept by administrators at
-- /admin/behandlinger. Owned by `mydata`.
CREATE TABLE mydata_record (
    -- person, letters, answers, bookings, permissions, choices, feedback, requests or
    -- access_log.
    category TEXT PRIMARY KEY,
    what TEXT NOT NULL,
    purpose TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    source TEXT NOT NULL,
    recipients TEXT NOT NULL,
    retention TEXT NOT NULL,
    -- The period the retention sweep acts on, in days; NULL when nothing is deleted by age.
    retention_days BIGINT,
    -- 0 or 1.
    statistics INTEGER NOT NULL,
    machine_learning INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

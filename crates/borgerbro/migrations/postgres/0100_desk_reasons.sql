-- Why front desk staff opened a citizen's data (a short reason or a case number), kept for
-- the staff member's session and at most eight hours: the purpose the citizen reads on
-- each of those looks. Owned by `mydata`.
CREATE TABLE desk_reasons (
    session_hash TEXT NOT NULL,
    citizen_id TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    given_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (session_hash, citizen_id)
);

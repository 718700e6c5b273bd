-- Notes of disagreement ("Det er ikke rigtigt") a citizen writes on a record, with
-- staff's answers, and requests under the data protection rules. Owned by `mydata`.
CREATE TABLE mydata_notes (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons (id),
    -- person, letter or booking.
    record_kind TEXT NOT NULL,
    -- The letter's or the booking's id; the person's own id for their person data.
    record_id TEXT NOT NULL,
    text TEXT NOT NULL,
    -- Who wrote it (an actor text): the citizen, a helper, or a system.
    written_by TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    -- corrected or not_corrected, once staff answered.
    outcome TEXT,
    answer TEXT,
    answered_by TEXT,
    answered_at BIGINT
);
CREATE INDEX mydata_notes_person ON mydata_notes (person_id, written_at);
CREATE INDEX mydata_notes_record ON mydata_notes (record_kind, record_id);

CREATE TABLE mydata_requests (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons (id),
    -- access, rectification, erasure, restriction, objection or portability.
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    -- online, helper, front_desk, phone, letter or system: how it reached us.
    channel TEXT NOT NULL,
    made_by TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    -- Calendar days (YYYY-MM-DD): the day it was received, and the due day now (one
    -- month after receipt, or later when staff extended it with a reason).
    received_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    extension_reason TEXT,
    extended_by TEXT,
    extended_at BIGINT,
    -- When the sweep warned staff that the due day is near, and found it passed.
    warned_at BIGINT,
    overdue_at BIGINT,
    answer TEXT,
    -- What the system itself did (an erasure), as the answer letter says it.
    carried_out TEXT,
    answered_by TEXT,
    answered_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX mydata_requests_person ON mydata_requests (person_id, received_at);
CREATE INDEX mydata_requests_due ON mydata_requests (answered_at, due_on);

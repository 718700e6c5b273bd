-- Letters and their escalations. Owned by `post`.
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    recipient_id TEXT NOT NULL REFERENCES persons (id),
    -- Who sent it, as the audit log names actors ("person:ID", "apikey:ID").
    sender TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    area TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    summary TEXT,
    channel TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    -- Deadlines are calendar days (YYYY-MM-DD); the current one only ever moves later.
    deadline_original TEXT,
    deadline_current TEXT,
    -- When an unopened letter that requires action escalates; NULL when it never does.
    escalate_at BIGINT,
    escalated_at BIGINT,
    opened_at BIGINT,
    opened_by TEXT,
    done_at BIGINT,
    -- A system's retry with the same key gets the same letter back.
    idempotency_key TEXT,
    request_hash TEXT
);

CREATE INDEX messages_inbox ON messages (recipient_id, sent_at);
CREATE UNIQUE INDEX messages_idempotency ON messages (sender, idempotency_key);
-- Only letters still waiting to escalate are in this index, so the sweep reads the due
-- ones and never the millions already settled.
CREATE INDEX messages_escalation_due ON messages (escalate_at)
    WHERE escalated_at IS NULL AND opened_at IS NULL AND escalate_at IS NOT NULL;

CREATE TABLE escalations (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE REFERENCES messages (id),
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    deadline_before TEXT NOT NULL,
    deadline_after TEXT NOT NULL,
    outcome TEXT,
    outcome_at BIGINT,
    outcome_by TEXT
);

CREATE INDEX escalations_open ON escalations (created_at) WHERE outcome IS NULL;

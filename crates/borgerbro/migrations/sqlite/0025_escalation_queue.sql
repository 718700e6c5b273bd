-- The sweep's state leaves `messages` (DESIGN.md, post): escalating a letter no longer
-- rewrites its row in the largest table, where due letters lie scattered over millions,
-- but only writes small tables, mostly at their ends. Owned by `post`.

-- A letter waiting to escalate has a row here until it escalates or is opened, so the
-- sweep reads the due letters and never the millions already settled. It holds what the
-- sweep needs of the letter (its recipient and its deadline, which cannot change while
-- it waits), so the sweep reads nothing of `messages`.
CREATE TABLE escalation_queue (
    message_id TEXT PRIMARY KEY REFERENCES messages (id),
    escalate_at BIGINT NOT NULL,
    recipient_id TEXT NOT NULL,
    deadline TEXT
) WITHOUT ROWID;

CREATE INDEX escalation_queue_due ON escalation_queue (escalate_at, recipient_id, deadline);

INSERT INTO escalation_queue (message_id, escalate_at, recipient_id, deadline)
SELECT id, escalate_at, recipient_id, deadline_current FROM messages
WHERE escalated_at IS NULL AND opened_at IS NULL AND escalate_at IS NOT NULL;

DROP INDEX messages_escalation_due;

-- Whose letter escalated, so the offer of paper post counts a citizen's escalations
-- without reading all their letters. An escalated letter's current deadline is its
-- escalation's deadline_after; the sweep no longer writes messages.deadline_current or
-- messages.escalated_at.
ALTER TABLE escalations ADD COLUMN recipient_id TEXT REFERENCES persons (id);

UPDATE escalations SET recipient_id =
    (SELECT messages.recipient_id FROM messages WHERE messages.id = escalations.message_id);

CREATE INDEX escalations_recipient ON escalations (recipient_id, created_at);

-- Letters sent together from one template: all or none. Owned by `post`.
CREATE TABLE batches (
    id TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    -- A retry with the same key gets the same batch back, never a second one.
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    letters BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX batches_idempotency ON batches (sender, idempotency_key);

ALTER TABLE messages ADD COLUMN batch_id TEXT REFERENCES batches (id);

CREATE INDEX messages_batch ON messages (batch_id) WHERE batch_id IS NOT NULL;

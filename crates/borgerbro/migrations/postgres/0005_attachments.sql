-- PDF attachments of letters; the bytes are content-addressed files (see files.rs).
-- Owned by `post`.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages (id),
    position BIGINT NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    file_hash TEXT NOT NULL,
    opened_at BIGINT,
    opened_by TEXT
);

CREATE UNIQUE INDEX attachments_of_message ON attachments (message_id, position);

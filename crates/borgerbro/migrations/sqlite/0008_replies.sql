-- A citizen's answers to a letter, read by its sender. Owned by `post`.
CREATE TABLE replies (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages (id),
    -- Who wrote it, as the audit log names actors: the citizen, or later a helper.
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX replies_of_message ON replies (message_id, created_at);

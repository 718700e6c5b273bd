-- Letters a caseworker has begun and saved, to finish later. Owned by `post`.
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    author TEXT NOT NULL,
    recipient_id TEXT,
    area TEXT NOT NULL,
    subject TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    deadline TEXT NOT NULL,
    -- Uploaded attachments, one "hash:filename" a line (the files are in the file store).
    attachments TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX drafts_of_author ON drafts (author, updated_at);

-- Language versions of a letter ("sprogversionering"): the same letter written again in
-- another language by the caseworker or the system that sent it. The letter itself stays
-- the original, the one that counts; a version is read instead of it by a reader of that
-- language, with a link to the original. Owned by `post`.
CREATE TABLE message_versions (
    message_id TEXT NOT NULL REFERENCES messages (id),
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    summary TEXT,
    body TEXT NOT NULL,
    PRIMARY KEY (message_id, language)
);

-- The language of what the reader saw when the letter was first opened: the read
-- receipt says which version was read.
ALTER TABLE messages ADD COLUMN opened_language TEXT;

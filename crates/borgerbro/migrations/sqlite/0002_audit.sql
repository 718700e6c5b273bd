-- The append-only, hash-chained audit log. Owned by `audit`.
CREATE TABLE audit_entries (
    seq BIGINT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at_ms BIGINT NOT NULL,
    actor TEXT NOT NULL,
    acting_for TEXT,
    subject TEXT,
    action TEXT NOT NULL,
    object TEXT,
    purpose TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_entries_subject ON audit_entries (subject, seq);

-- The head of the chain: removing the newest entries is detected against it.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The application never changes or removes an entry; the database refuses it too.
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

-- An invitation to become one of a member organisation's contact people: a link that
-- works once, until it expires or is withdrawn. Only the secret's hash is kept, as for
-- sessions and API keys: a copy of the database lets no one in.
CREATE TABLE network_invitations (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    invited_name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_by TEXT,
    used_at BIGINT,
    withdrawn_at BIGINT
);
CREATE INDEX network_invitations_by_organisation ON network_invitations (organisation_id);

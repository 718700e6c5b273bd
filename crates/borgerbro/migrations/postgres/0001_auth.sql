-- People, their roles and identifiers, login sessions, API keys. Owned by `auth`.
-- Ids are UUIDv7 text, times UTC milliseconds (see DESIGN.md, Storage).
CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    demo_description TEXT,
    created_at BIGINT NOT NULL
);

CREATE TABLE person_roles (
    person_id TEXT NOT NULL REFERENCES persons (id),
    role TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);

-- CPR, MitID and OIDC subjects are identifiers among others; a person may have none.
CREATE TABLE person_identifiers (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons (id),
    PRIMARY KEY (kind, value)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE login_attempts (
    state_hash TEXT PRIMARY KEY,
    pkce_verifier TEXT NOT NULL,
    nonce TEXT NOT NULL,
    return_to TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

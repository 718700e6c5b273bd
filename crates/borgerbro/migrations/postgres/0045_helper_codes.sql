-- Codes a helper tells a citizen so the citizen can name them online without a CPR
-- number. Owned by `mandates`. At most one code a helper; using it or making a new one
-- removes it. Eight characters of Crockford's base 32, as `model::HelperCode` keeps them.
CREATE TABLE helper_codes (
    helper_id TEXT PRIMARY KEY REFERENCES persons (id),
    code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- A citizen's wrong codes of the last day: after ten, no code is looked up for a day.
CREATE TABLE helper_code_misses (
    citizen_id TEXT NOT NULL REFERENCES persons (id),
    at BIGINT NOT NULL
);

CREATE INDEX helper_code_misses_of ON helper_code_misses (citizen_id, at);

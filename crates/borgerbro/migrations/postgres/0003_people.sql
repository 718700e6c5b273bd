-- What people tell us about how to reach them. Owned by `people`.
-- Names and identifiers (CPR) stay with `auth`, which owns who a person is.
CREATE TABLE person_profiles (
    person_id TEXT PRIMARY KEY REFERENCES persons (id),
    address TEXT,
    phone TEXT,
    -- Exempt from digital post: letters go on paper. No reason is stored, none is asked.
    paper_post BIGINT NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT 'da',
    easy_read BIGINT NOT NULL DEFAULT 0,
    large_print BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

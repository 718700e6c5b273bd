-- Digitalisation projects (or changes) that an authority weighs before it decides:
-- what they change for citizens, whom they affect and which way without a computer
-- remains. Each project has consequence assessments, involvement of citizens and
-- hearings (issue 18). Owned by `assess`.
CREATE TABLE assess_projects (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    -- The purpose in plain words.
    purpose TEXT NOT NULL,
    -- Who it affects, in words.
    affected TEXT NOT NULL,
    -- The groups at risk it affects, as a JSON array of codes: elderly, disabled,
    -- weak_danish, homeless, prisoners, no_mitid, no_cpr.
    groups_at_risk TEXT NOT NULL,
    -- What changes for citizens.
    changes TEXT NOT NULL,
    -- The way without a computer that remains.
    analog_way TEXT NOT NULL,
    -- draft, hearing or decided.
    status TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Raised by every change: an edit that started from an older revision is refused, so
    -- two project owners editing at once do not overwrite each other.
    revision BIGINT NOT NULL
);
CREATE INDEX assess_projects_by_owner ON assess_projects (owner_id);

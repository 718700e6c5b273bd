-- Public hearings of a project (issue 18): anyone may answer until the deadline, with or
-- without login; answers are held until the project owner has moderated them (personal
-- data and abuse edited out, never disagreement), then shown with the project's
-- response, follow or explain. Owned by `assess::hearings`.
CREATE TABLE assess_hearings (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    -- The project in plain words, for anyone.
    summary TEXT NOT NULL,
    -- The last day to answer, YYYY-MM-DD, and the moment answers stop (the start of the
    -- next day in Denmark, in ms).
    deadline TEXT NOT NULL,
    closes_at BIGINT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL
);
CREATE INDEX assess_hearings_by_project ON assess_hearings (project_id);
CREATE TABLE assess_hearing_answers (
    id TEXT PRIMARY KEY,
    hearing_id TEXT NOT NULL,
    -- The logged-in citizen who answered in their own name, if one did.
    person_id TEXT,
    name TEXT,
    organisation TEXT,
    -- Never shown; for the project owner to write back.
    email TEXT,
    -- The text as shown: as sent until moderation, then as the moderator left it.
    text TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    -- held or approved.
    status TEXT NOT NULL,
    -- What the moderator removed and why, when they edited the text.
    moderation_note TEXT,
    moderated_by TEXT,
    moderated_at BIGINT,
    -- The project's response: followed or not_followed, with how or why.
    response TEXT,
    response_text TEXT,
    responded_by TEXT,
    responded_at BIGINT
);
CREATE INDEX assess_hearing_answers_by_hearing ON assess_hearing_answers (hearing_id);

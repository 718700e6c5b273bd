-- What citizens said when they were involved in a project, each with the project's
-- answer: followed, or not followed and why (follow-or-explain, issue 18). An answer of
-- "not followed" carries its reason; the model refuses one without. Owned by
-- `assess::involvement`.
CREATE TABLE assess_inputs (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    -- The activity the input came from, when it came from one.
    activity_id TEXT,
    -- What was said, in the project's words.
    input TEXT NOT NULL,
    -- followed or not_followed.
    answer TEXT NOT NULL,
    -- How it was followed, or why not (never empty when not followed).
    reason TEXT NOT NULL,
    answered_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX assess_inputs_by_project ON assess_inputs (project_id);

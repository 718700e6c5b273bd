-- A project's business case (`assess::business`): the draft its owner is writing (the
-- JSON `assess::business::model::CaseDocument`) with the seed and number of draws of its
-- simulation, and the versions made from it, each with what changed and why, its
-- simulation's result (JSON `businesscase::Outcome`), and when it was published.
-- Owned by `assess`.
CREATE TABLE assess_cases (
    project_id TEXT PRIMARY KEY REFERENCES assess_projects (id),
    draft TEXT NOT NULL,
    draws BIGINT NOT NULL,
    seed BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE assess_case_versions (
    project_id TEXT NOT NULL REFERENCES assess_projects (id),
    number BIGINT NOT NULL,
    document TEXT NOT NULL,
    draws BIGINT NOT NULL,
    seed BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    what_changed TEXT NOT NULL,
    made_by TEXT NOT NULL,
    made_at BIGINT NOT NULL,
    published_at BIGINT,
    PRIMARY KEY (project_id, number)
);

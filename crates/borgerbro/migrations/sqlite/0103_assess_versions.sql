-- Each stored version of a project's consequence assessment: the whole document (answers,
-- reasoning, mitigations, DPIA, rights, risks) as the JSON `assess::model::Document`
-- writes, numbered 1, 2, 3 within the project. A version is never changed: an edit is a
-- new version, so what was signed off and published stays readable (issue 18). Owned by
-- `assess`.
CREATE TABLE assess_versions (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    number BIGINT NOT NULL,
    document TEXT NOT NULL,
    author_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- What changed since the version before, in the author's words.
    what_changed TEXT NOT NULL
);
-- Two versions with one number cannot both be stored, whatever the revision check saw.
CREATE UNIQUE INDEX assess_versions_by_project ON assess_versions (project_id, number);
-- Sign-offs of one version by the data protection officer, the citizens' adviser or the
-- management, with the name as it was when they signed and their comment.
CREATE TABLE assess_signoffs (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    version_number BIGINT NOT NULL,
    -- data_protection_officer, citizens_adviser or management.
    role TEXT NOT NULL,
    person_id TEXT NOT NULL,
    person_name TEXT NOT NULL,
    comment TEXT NOT NULL,
    signed_at BIGINT NOT NULL
);
-- One sign-off a role a version: a second is refused, not stored beside the first.
CREATE UNIQUE INDEX assess_signoffs_by_version ON assess_signoffs (project_id, version_number, role);
-- The version published at /vurderinger and when; the day it is due for review (the
-- level's review period from publishing), YYYY-MM-DD. All empty until it is published.
ALTER TABLE assess_projects ADD COLUMN published_version BIGINT;
ALTER TABLE assess_projects ADD COLUMN published_at BIGINT;
ALTER TABLE assess_projects ADD COLUMN review_on TEXT;

-- How citizens were involved in a project before it was decided: workshops, user tests,
-- citizen panels, councils, interviews. A project at impact level III or IV is not
-- published as decided without one activity with people from the groups at risk (issue
-- 18). Owned by `assess`.
CREATE TABLE assess_activities (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    -- workshop, user_test, citizen_panel, council or interview.
    kind TEXT NOT NULL,
    -- The day it was held, YYYY-MM-DD.
    held_on TEXT NOT NULL,
    participants BIGINT NOT NULL,
    -- The groups at risk among the participants, as a JSON array of codes (see
    -- assess_projects.groups_at_risk).
    groups TEXT NOT NULL,
    -- 1 when people from the groups at risk took part (groups is not empty), else 0: what
    -- the publish rule reads.
    with_groups_at_risk INTEGER NOT NULL,
    -- 1 when participants were paid for their time, else 0; the amount per person in kroner.
    paid INTEGER NOT NULL,
    paid_amount_dkk BIGINT,
    description TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX assess_activities_by_project ON assess_activities (project_id);

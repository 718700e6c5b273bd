-- A project's benefits (`assess::benefits`): each with its baseline, target, the day the
-- solution runs from and the day the target is due, how it is measured and who answers
-- for it, what it is worth a year when reached, and, when it missed, the analysis of why.
-- `measure` is `manual` or the name of a live figure (`insight::Figure`); a live
-- benefit's measurements are the figure's months, read from `insight_months`, so only a
-- manual benefit's are stored here. `attention` is what the sweep last noticed (`missed`,
-- `worse` or empty), so it tells the owners once. Owned by `assess`.
CREATE TABLE assess_benefits (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES assess_projects (id),
    title TEXT NOT NULL,
    measure TEXT NOT NULL,
    unit TEXT NOT NULL,
    baseline DOUBLE PRECISION NOT NULL,
    target DOUBLE PRECISION NOT NULL,
    starts TEXT NOT NULL,
    due TEXT NOT NULL,
    how TEXT NOT NULL,
    owner TEXT NOT NULL,
    yearly_value DOUBLE PRECISION,
    analysis TEXT NOT NULL,
    analysed_at BIGINT,
    attention TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX assess_benefits_project ON assess_benefits (project_id);

CREATE TABLE assess_benefit_measurements (
    id TEXT PRIMARY KEY,
    benefit_id TEXT NOT NULL REFERENCES assess_benefits (id),
    measured_on TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);

CREATE INDEX assess_benefit_measurements_benefit
    ON assess_benefit_measurements (benefit_id, measured_on);

-- Each month's inclusion figures as counted (`insight::snapshot`): the exact counts as
-- JSON (`insight::Counts`), when they were counted, and whether the month was over then.
-- A final month is never counted again, so a past month's figure never changes.
-- Owned by `insight`.
CREATE TABLE insight_months (
    month TEXT PRIMARY KEY,
    counts TEXT NOT NULL,
    counted_at BIGINT NOT NULL,
    is_final INTEGER NOT NULL
);

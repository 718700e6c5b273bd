-- "Var det let?" after a task, and where citizens got stuck as the front desk saw it.
-- Owned by `help`. No answer names the citizen: the figures are about pages and tasks.
CREATE TABLE help_feedback (
    id TEXT PRIMARY KEY,
    task TEXT NOT NULL,
    page TEXT NOT NULL,
    -- 1 (very hard) to 5 (very easy).
    score BIGINT NOT NULL,
    words TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX help_feedback_task ON help_feedback (task);

CREATE TABLE help_stuck (
    id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    page TEXT NOT NULL,
    what_happened TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES persons (id),
    created_at BIGINT NOT NULL
);

-- Letters to print and post: a paper reader's letter, a paper copy made by an escalation,
-- a letter offering paper post. Owned by `post`.
CREATE TABLE print_jobs (
    message_id TEXT PRIMARY KEY REFERENCES messages (id),
    -- letter, escalation or exemption_offer
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    posted_at BIGINT,
    posted_by TEXT
);

CREATE INDEX print_jobs_queued ON print_jobs (created_at) WHERE posted_at IS NULL;

-- A citizen with repeated escalations is offered paper post once: a task for the front
-- desk, and a letter on paper.
CREATE TABLE exemption_offers (
    person_id TEXT PRIMARY KEY REFERENCES persons (id),
    offered_at BIGINT NOT NULL,
    message_id TEXT NOT NULL REFERENCES messages (id),
    done_at BIGINT,
    done_by TEXT
);

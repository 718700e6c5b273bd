-- A paper copy made because a letter was not opened (reason `escalation`) says so at its
-- top, so it is not needed once the letter is opened or answered before it is posted.
-- It stays, marked, so the front desk sees why it left the queue. Owned by `post`.
ALTER TABLE print_jobs ADD COLUMN cancelled_at BIGINT;
-- opened (by the citizen), opened_by_helper or answered
ALTER TABLE print_jobs ADD COLUMN cancelled_reason TEXT;

DROP INDEX print_jobs_queued;
CREATE INDEX print_jobs_queued ON print_jobs (created_at)
    WHERE posted_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX print_jobs_not_needed ON print_jobs (cancelled_at) WHERE cancelled_at IS NOT NULL;

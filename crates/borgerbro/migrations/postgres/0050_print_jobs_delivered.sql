-- How a print job's letter reached its reader: `post`, or `in_person` when the reader
-- has no address and the front desk read it aloud on the phone or handed it over.
-- NULL while queued. Owned by `post`.
ALTER TABLE print_jobs ADD COLUMN delivered TEXT;
UPDATE print_jobs SET delivered = 'post' WHERE posted_at IS NOT NULL;

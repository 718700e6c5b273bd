-- A change that gives the helper more is a new permission that waits for their yes; it
-- names the permission it replaces, which ends when the helper says yes. Owned by
-- `mandates`.
ALTER TABLE mandates ADD COLUMN replaces TEXT;
-- When the sweep noticed that the permission ran out by itself (and sent the citizen a
-- letter, or not when it ran out long before the first sweep).
ALTER TABLE mandates ADD COLUMN expiry_noticed_at BIGINT;
-- The sweep reads only the permissions still to notice.
CREATE INDEX mandates_to_notice ON mandates (valid_to)
    WHERE expiry_noticed_at IS NULL AND ended_at IS NULL;

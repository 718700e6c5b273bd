-- The unread letters of each citizen, newest first: the inbox counts a citizen's unread
-- letters on every page ("3 ulæste breve") and lists them alone ("Vis kun ulæste").
-- Partial, so the count reads the unread letters only, not all of a citizen's thousands,
-- and a letter leaves the index when it is first opened. `opened_at` (always NULL here)
-- is in the index only so that SQLite answers from the index alone: without it SQLite
-- reads each letter's row to check what the index already promises.
CREATE INDEX messages_unread ON messages (recipient_id, opened_at, sent_at, id)
    WHERE opened_at IS NULL;

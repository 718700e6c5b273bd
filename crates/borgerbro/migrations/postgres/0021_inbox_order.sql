-- The inbox lists a citizen's letters newest first, ties by id: with the id in the index
-- it reads just the letters it shows, in order, instead of all of them and a sort (a
-- citizen with 10,000 letters: 500 rows read, not 10,000). Replaces the index of 0004.
DROP INDEX messages_inbox;
CREATE INDEX messages_inbox ON messages (recipient_id, sent_at, id);

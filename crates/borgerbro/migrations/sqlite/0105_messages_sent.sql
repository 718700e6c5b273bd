-- The inclusion figures (`insight`) count a month's letters by when they were sent: an
-- index, so a month is a range, not a scan of every letter. Owned by `post`.
CREATE INDEX messages_sent ON messages (sent_at);

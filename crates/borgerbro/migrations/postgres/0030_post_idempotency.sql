-- Letters and batches keep their `Idempotency-Key` in `api_requests` (migration 0029)
-- like every other API call that makes something, no longer on their own rows: there
-- the key was checked, and then the letter inserted, so of two identical requests at
-- once the second failed on the unique index with a 500. The keys already used are
-- kept, each under the system that used it (an API key's id; the demo's caseworker and
-- the command line by their actor, as they name themselves now), hashed as before: a
-- letter retried after the upgrade through the API is refused as another request (409),
-- never sent twice; the demo and `borgerbro post send-batch` find theirs as before.
INSERT INTO api_requests (client_id, idempotency_key, request_hash, made, created_at)
SELECT CASE WHEN sender LIKE 'apikey:%' THEN substr(sender, 8) ELSE sender END,
       idempotency_key, request_hash, id, created_at
FROM messages
WHERE idempotency_key IS NOT NULL AND request_hash IS NOT NULL
ON CONFLICT (client_id, idempotency_key) DO NOTHING;

-- A batch sent without a key had a random one of its own; kept too, harmlessly.
INSERT INTO api_requests (client_id, idempotency_key, request_hash, made, created_at)
SELECT CASE WHEN sender LIKE 'apikey:%' THEN substr(sender, 8) ELSE sender END,
       idempotency_key, request_hash, id, created_at
FROM batches
WHERE idempotency_key IS NOT NULL
ON CONFLICT (client_id, idempotency_key) DO NOTHING;

DROP INDEX messages_idempotency;
ALTER TABLE messages DROP COLUMN idempotency_key;
ALTER TABLE messages DROP COLUMN request_hash;
DROP INDEX batches_idempotency;
ALTER TABLE batches DROP COLUMN idempotency_key;
ALTER TABLE batches DROP COLUMN request_hash;

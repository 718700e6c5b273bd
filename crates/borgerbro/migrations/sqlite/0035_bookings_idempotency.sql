-- A booking's `Idempotency-Key` moves from the booking's row to `api_requests`, the one
-- table for every API call that makes something (see 0029), so that a booking and its
-- twin sent at the same moment meet on the key and not on the slot: the twin was told
-- its own booking had taken the slot.
--
-- Kept from before, hashed as before (the body alone): a retry of such a booking after
-- the upgrade is refused as another request, and the system sends it with a new key.
INSERT INTO api_requests (client_id, idempotency_key, request_hash, made, created_at)
SELECT substr(booked_by, 8), idempotency_key, request_hash, id, created_at
FROM bookings
WHERE idempotency_key IS NOT NULL AND request_hash IS NOT NULL AND booked_by LIKE 'apikey:%'
ON CONFLICT DO NOTHING;

DROP INDEX bookings_idempotency;
ALTER TABLE bookings DROP COLUMN idempotency_key;
ALTER TABLE bookings DROP COLUMN request_hash;

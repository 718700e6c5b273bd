-- One table for every API call that makes or changes something with an
-- `Idempotency-Key` (owned by the top-level `idempotency` module): the system's key, a
-- hash of the request (method, path and body) and the ids of what the first call made,
-- written in that call's own transaction. The same key and request again answer with
-- what those ids hold now and make nothing new; the same key with another request is
-- refused. It takes over the permission changes' own table.
CREATE TABLE api_requests (
    client_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    made TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

-- Kept from before, hashed as before (the body alone): a retry of such a change after
-- the upgrade is refused as another request, and the system sends it with a new key.
INSERT INTO api_requests (client_id, idempotency_key, request_hash, made, created_at)
SELECT client_id, idempotency_key, request_hash,
       mandate_id || CASE WHEN waiting_id IS NULL THEN '' ELSE ',' || waiting_id END,
       created_at
FROM mandate_change_requests;

DROP TABLE mandate_change_requests;

-- A change of a permission made through the API with an `Idempotency-Key`: the same key
-- and body again answer with the permissions the first call left, and change nothing
-- more (no second waiting permission, no second letter); the same key with another body
-- is refused. Written in the change's own transaction. Owned by `mandates`.
CREATE TABLE mandate_change_requests (
    client_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    mandate_id TEXT NOT NULL REFERENCES mandates (id),
    waiting_id TEXT REFERENCES mandates (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

-- Times a citizen can book with a person, and the bookings. Owned by `bookings`.
CREATE TABLE booking_slots (
    id TEXT PRIMARY KEY,
    -- front_desk, callback, video or home_visit.
    kind TEXT NOT NULL,
    -- The help place of a front_desk meeting; owned by `help`, so no foreign key: a
    -- place re-imported under its id keeps its slots.
    place_id TEXT,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX booking_slots_kind_start ON booking_slots (kind, starts_at);

CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    slot_id TEXT NOT NULL REFERENCES booking_slots (id),
    -- None for a call-back asked for without logging in.
    citizen_id TEXT REFERENCES persons (id),
    name TEXT NOT NULL,
    phone TEXT,
    topic TEXT NOT NULL,
    note TEXT,
    -- Who booked it: the citizen, the front desk, a helper or a system (an actor text).
    booked_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    cancelled_at BIGINT,
    cancelled_by TEXT,
    idempotency_key TEXT,
    request_hash TEXT
);
-- One booking a slot: two people racing for the last time cannot both win.
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (slot_id) WHERE cancelled_at IS NULL;
CREATE INDEX bookings_citizen ON bookings (citizen_id);
CREATE UNIQUE INDEX bookings_idempotency ON bookings (booked_by, idempotency_key);

-- Call-backs asked for without login, by client address and by phone number, for the
-- rate limit: rows older than the window are deleted as new ones come.
CREATE TABLE booking_attempts (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX booking_attempts_key ON booking_attempts (key, at);

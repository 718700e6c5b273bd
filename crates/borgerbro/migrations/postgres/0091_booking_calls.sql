-- The front desk rang a citizen whose paper letter about a booking comes too late
-- ("Ring og sig tiden"): who rang and when, once per booking and news (`booked` or
-- `cancelled`, so a call about the time does not stand for one about its cancelling).
-- A booking on this table is off the list to ring. Owned by `bookings`.
CREATE TABLE booking_calls (
    booking_id TEXT NOT NULL REFERENCES bookings(id),
    news TEXT NOT NULL,
    rung_by TEXT NOT NULL,
    rung_at BIGINT NOT NULL,
    PRIMARY KEY (booking_id, news)
);

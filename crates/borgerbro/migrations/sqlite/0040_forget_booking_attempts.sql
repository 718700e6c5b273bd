-- Call-backs asked for without login are limited per client in memory now
-- (`web::rate_limit`), no longer per client and per phone number in this table: anyone
-- could spend a citizen's limit by typing their number.
DROP TABLE booking_attempts;

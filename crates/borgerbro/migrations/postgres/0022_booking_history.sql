-- A move frees the old booking and makes a new one; the old row names the new one, so a
-- citizen's list of cancelled times does not show a booking that was only moved.
ALTER TABLE bookings ADD COLUMN moved_to TEXT;

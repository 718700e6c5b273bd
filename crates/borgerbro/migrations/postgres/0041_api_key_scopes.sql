-- What each API key may do (issue 15): scope names separated by commas
-- (`auth::ApiScope`); a name the program does not know grants nothing.
ALTER TABLE api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT '';

-- Keys made before scopes could do everything. They keep the ordinary work, but not
-- what issue 15 found no system should have without being given it: reading letters
-- other systems sent (letters.read_all), the print queue's letters to every paper
-- reader (print), permissions accepted in person without the citizen there
-- (mandates.in_person) and ending or changing permissions others gave
-- (mandates.manage_all). An administrator gives those with a new key.
UPDATE api_keys
SET scopes = 'people,letters.send,letters.read,mandates.check,mandates.read,mandates.give,bookings';

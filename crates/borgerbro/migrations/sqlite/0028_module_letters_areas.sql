-- The bookings and mandates modules file their letters under their own areas now
-- (DESIGN.md, mandates); before, they filed them under general, which every helper with
-- "Andet" ticked reads. The letters they wrote are known by their sender, the system,
-- and by their subjects, which these modules have always written in Danish with the
-- same words (locales/da/main.ftl: bookings-letter-*-subject, mandate-notice-*-subject).
-- Owned by `post`. Running it again changes nothing.
UPDATE messages SET area = 'bookings'
WHERE sender = 'system' AND area = 'general'
  AND (subject LIKE 'Din tid: %'
    OR subject LIKE 'Din tid er flyttet: %'
    OR subject LIKE 'Din tid er aflyst: %');

UPDATE messages SET area = 'mandates'
WHERE sender = 'system' AND area = 'general'
  AND (subject LIKE 'Du har givet % lov til at hjælpe dig'
    OR subject LIKE '% må ikke længere hjælpe dig'
    OR subject LIKE 'Du har ændret tilladelsen til %'
    OR subject LIKE '% kan ikke længere hjælpe dig');

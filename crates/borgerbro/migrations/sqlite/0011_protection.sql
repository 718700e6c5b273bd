-- A citizen at risk of digital control (a resident of a crisis centre, say) asks the front
-- desk to protect them: permissions can be paused at once, new ones need the citizen in
-- person, and each new one is also announced on paper. Owned by `people`.
ALTER TABLE person_profiles ADD COLUMN protected INTEGER NOT NULL DEFAULT 0;

-- The language a letter is written in, as a code Borgerbro speaks ("da", "en"): its
-- page, its PDF and its paper copy are marked and labelled in it, whatever language the
-- page around it is in. Letters from before were all written in Danish. Owned by `post`.
ALTER TABLE messages ADD COLUMN language TEXT NOT NULL DEFAULT 'da';

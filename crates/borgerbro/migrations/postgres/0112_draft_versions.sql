-- A draft keeps the version in another language its writer began (write page's "Brevet
-- på et andet sprog"), so saving a draft loses nothing typed. Empty: no version. Owned
-- by `post`.
ALTER TABLE drafts ADD COLUMN version_language TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN version_subject TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN version_summary TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN version_body TEXT NOT NULL DEFAULT '';

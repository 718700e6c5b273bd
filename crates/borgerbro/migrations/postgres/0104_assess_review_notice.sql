-- The review day a published assessment was last noticed as due by the sweep
-- (`assess::sweep_reviews`), so each review day is noticed once; a new publication sets
-- a new review day, which is noticed again when it comes. Owned by `assess`.
ALTER TABLE assess_projects ADD COLUMN review_noticed_on TEXT;

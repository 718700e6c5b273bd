-- Guides for moments in life as staff wrote or edited them. The guides Borgerbro ships
-- live in the binary; a row here with the same slug and language replaces that one.
-- Owned by `help`.
CREATE TABLE help_guides (
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- Comma-separated topic codes.
    topics TEXT NOT NULL,
    -- One thing to have ready per line.
    ready TEXT NOT NULL,
    who_can_help TEXT NOT NULL,
    without_computer TEXT NOT NULL,
    -- Markdown: each step a "## " heading and its text.
    steps TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT REFERENCES persons (id),
    PRIMARY KEY (slug, lang)
);

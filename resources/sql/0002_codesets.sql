-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: versioned code sets (DESIGN.md §4) and their search index.
-- A release of a code set is in force from effective_from to effective_to (the day before the
-- next release of the same kind; NULL for the newest). Codes are stored without their dot.

CREATE TABLE code_releases (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('icd10cm', 'hcpcs', 'cpt')),
    name TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    source TEXT NOT NULL DEFAULT '',
    code_count INTEGER NOT NULL DEFAULT 0,
    modifier_count INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, name),
    UNIQUE (kind, effective_from),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- id is not a counter: each release owns the band of ids [release_id * 2^24, +2^24), and
-- within it the codes are numbered shortest description first (see CodeRepository). The search
-- index shares these ids, so a search reads only the bands of the releases in force, in an
-- order that puts the most general codes first.
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES code_releases(id),
    code TEXT NOT NULL,
    billable INTEGER NOT NULL CHECK (billable IN (0, 1)),
    short_description TEXT NOT NULL DEFAULT '',
    long_description TEXT NOT NULL DEFAULT '',
    add_date TEXT,
    term_date TEXT,
    UNIQUE (release_id, code)
);

-- Two-character modifiers (HCPCS Level II and CPT), kept apart from the codes.
CREATE TABLE code_modifiers (
    release_id INTEGER NOT NULL REFERENCES code_releases(id),
    modifier TEXT NOT NULL,
    short_description TEXT NOT NULL DEFAULT '',
    long_description TEXT NOT NULL DEFAULT '',
    add_date TEXT,
    term_date TEXT,
    PRIMARY KEY (release_id, modifier)
);

-- SQLite dialect (the one place this schema needs it): an FTS5 index over the words of each
-- code, with its content read from the codes table. CodeRepository keeps it in step with
-- `codes` (rows are added and removed by the same statements that change a release). A prefix
-- index of two characters serves the second keystroke of a word; longer prefixes are expanded
-- into the terms they start, read from the vocabulary table.
CREATE VIRTUAL TABLE code_search USING fts5(
    code, short_description, long_description,
    content = 'codes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2'
);
CREATE VIRTUAL TABLE code_search_terms USING fts5vocab(code_search, row);

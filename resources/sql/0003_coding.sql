-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: what coding, documentation queries and specialty checklists keep.

-- The provider's addendum written while answering a query: the note itself is never rewritten.
ALTER TABLE encounters ADD COLUMN addendum TEXT NOT NULL DEFAULT '';

-- When the coder first saw the provider's answer (the queue marks unseen answers).
ALTER TABLE documentation_queries ADD COLUMN seen_by_coder_at TEXT;

-- Checklist items the coder ticked for an encounter.
CREATE TABLE encounter_checklist (
    encounter_id INTEGER NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    checked_by INTEGER REFERENCES users(id),
    checked_at TEXT NOT NULL,
    PRIMARY KEY (encounter_id, item_key)
);

-- Query templates and checklists the manager edited; the shipped ones live in resources/.
CREATE TABLE templates (
    kind TEXT NOT NULL CHECK (kind IN ('query', 'checklist')),
    key TEXT NOT NULL,
    content TEXT NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

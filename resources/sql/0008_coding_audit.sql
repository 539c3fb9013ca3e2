-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: coding audits (issue 7 §4). The manager draws a random sample of coded encounters
-- (N per coder over a period); an auditor recodes each one blind, without seeing the coder's
-- codes; agreement is computed per code line and kept, so accuracy per coder over time is a
-- query, and both codings stay side by side for the disagreements.

CREATE TABLE coding_audits (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    period_from TEXT NOT NULL,               -- dates of service sampled, inclusive
    period_to TEXT NOT NULL,
    per_coder INTEGER NOT NULL CHECK (per_coder > 0),
    seed INTEGER NOT NULL,                   -- the random draw can be repeated
    note TEXT NOT NULL DEFAULT ''
);

-- One sampled encounter. `coder_id` is who coded it (encounters.coder_id at the draw).
-- Until it is recoded, auditor_id and completed_at are NULL; then agreed_lines of audited_lines
-- code lines agreed (coding audit accuracy = agreed ÷ audited, DOMAIN.md "Measures").
CREATE TABLE coding_audit_items (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES coding_audits(id),
    encounter_id INTEGER NOT NULL REFERENCES encounters(id),
    coder_id INTEGER REFERENCES users(id),
    auditor_id INTEGER REFERENCES users(id),
    completed_at TEXT,
    agreed_lines INTEGER NOT NULL DEFAULT 0,
    audited_lines INTEGER NOT NULL DEFAULT 0,
    auditor_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (audit_id, encounter_id)
);
CREATE INDEX coding_audit_items_coder ON coding_audit_items(coder_id, completed_at);
CREATE INDEX coding_audit_items_encounter ON coding_audit_items(encounter_id);

-- Both codings of an audited encounter, one row per code line: `side` says whose. A diagnosis
-- line has kind 'dx' and its code; a service line kind 'service', its code, modifiers
-- ("25,59", sorted) and units. `agreed` = 1 when the other side has the same line.
CREATE TABLE coding_audit_lines (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES coding_audit_items(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('coder', 'auditor')),
    kind TEXT NOT NULL CHECK (kind IN ('dx', 'service')),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    modifiers TEXT NOT NULL DEFAULT '',
    units INTEGER NOT NULL DEFAULT 1,
    agreed INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1))
);
CREATE INDEX coding_audit_lines_item ON coding_audit_lines(item_id);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the data of the scrubber (DESIGN.md §5) that the practice imports or writes:
-- CMS NCCI procedure-to-procedure (PTP) edits, CMS medically unlikely edits (MUE), and the
-- payer rules the manager writes.

-- One imported PTP file. The CMS practitioner file is cumulative (every row carries its own
-- effective and deletion dates), so the newest release is the one the scrubber reads.
CREATE TABLE ncci_ptp_releases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    row_count INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT ''
);

-- Dates are ISO; deletion_date NULL means "*" (no deletion). modifier_indicator: 0 not
-- allowed, 1 allowed with a PTP-associated modifier, 9 not applicable.
CREATE TABLE ncci_ptp (
    release_id INTEGER NOT NULL REFERENCES ncci_ptp_releases(id) ON DELETE CASCADE,
    column1 TEXT NOT NULL,
    column2 TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    deletion_date TEXT,
    modifier_indicator INTEGER NOT NULL CHECK (modifier_indicator IN (0, 1, 9)),
    rationale TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ncci_ptp_pair ON ncci_ptp(release_id, column1, column2);

-- One imported MUE file, in force from its effective date until the next one.
CREATE TABLE mue_releases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    effective_from TEXT NOT NULL UNIQUE,
    row_count INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT ''
);

-- adjudication_indicator: 1 line edit, 2 date-of-service edit (policy), 3 date-of-service
-- edit (clinical).
CREATE TABLE mue_values (
    release_id INTEGER NOT NULL REFERENCES mue_releases(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    max_units INTEGER NOT NULL CHECK (max_units >= 0),
    adjudication_indicator INTEGER NOT NULL CHECK (adjudication_indicator IN (1, 2, 3)),
    rationale TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (release_id, code)
);

-- Rules the manager writes (DESIGN.md §5 payer-rule and auth-missing). Every condition that
-- is empty (or NULL) matches anything. Lists are space-separated; a code entry is a code, a
-- prefix ending in '*', or a range "FROM-TO". action 'finding' raises the message;
-- 'authorization' requires a prior authorization active on the date of service.
CREATE TABLE payer_rules (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    payer_id INTEGER REFERENCES payers(id),
    codes TEXT NOT NULL DEFAULT '',
    modifiers_present TEXT NOT NULL DEFAULT '',
    modifiers_absent TEXT NOT NULL DEFAULT '',
    place_of_service TEXT NOT NULL DEFAULT '',
    min_age INTEGER,
    max_age INTEGER,
    sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'M', 'F')),
    action TEXT NOT NULL DEFAULT 'finding' CHECK (action IN ('finding', 'authorization')),
    severity TEXT NOT NULL DEFAULT 'error' CHECK (severity IN ('error', 'warning')),
    message TEXT NOT NULL DEFAULT '',
    fix TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);

-- The biller's reasons for returning work and overriding findings are stored on the handoff
-- log (reason_code, note) and on claim_findings (override_reason). Findings of an encounter
-- before a claim exists are kept with encounter_id set and claim_id NULL.
CREATE INDEX claim_findings_encounter ON claim_findings(encounter_id);
CREATE INDEX claim_findings_claim ON claim_findings(claim_id);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: what comes back after a claim is sent (issue 6): ERAs (835) and paper EOBs posted
-- to the append-only ledger, the payer's answer per claim, unmatched ERA claims, provider-level
-- adjustments (PLB), denial work, patient statements and follow-up notes.
--
-- The ledger (`postings`, from version 1) is append-only: a correction is a new row with
-- `reverses_id` and the opposite amount, never an UPDATE or DELETE. Amounts are positive cents
-- in the direction the kind says; balances are derived (view `claim_balances`):
--   charge                  + the insurance balance (posted for each line when the claim is
--                             first sent, or when a self-pay visit is billed to the patient)
--   payment                 - the insurance balance (the payer paid)
--   adjustment              - the insurance balance (CAS CO/PI/OA the practice accepts)
--   patient_responsibility  - the insurance balance, + the patient balance (CAS PR: 1 deductible,
--                             2 coinsurance, 3 copay…)
--   transfer                - the insurance balance, + the patient balance (a denial or a
--                             self-pay visit moved to the patient)
--   patient_payment         - the patient balance
--   write_off               - the insurance balance, or the patient balance when group_code = 'PR'
-- A denied amount is NOT adjusted off when the ERA posts: it stays open on the insurance balance
-- and becomes a row in `denials` until the biller resubmits, appeals, writes it off or
-- transfers it to the patient.

-- The payer's answer to one claim in one ERA or EOB (835 loop 2100), matched or not. An ERA
-- claim with no claim of ours waits here (claim_id NULL, resolution 'unmatched') until a biller
-- matches it by hand; `payload` keeps it whole (JSON) so it can be posted then.
CREATE TABLE remittance_claims (
    id INTEGER PRIMARY KEY,
    remittance_id INTEGER NOT NULL REFERENCES remittances(id),
    claim_id INTEGER REFERENCES claims(id),
    patient_control_number TEXT NOT NULL,          -- CLP01
    status_code TEXT NOT NULL,                     -- CLP02
    charge_cents INTEGER NOT NULL,                 -- CLP03
    paid_cents INTEGER NOT NULL,                   -- CLP04
    patient_responsibility_cents INTEGER NOT NULL, -- CLP05
    payer_claim_number TEXT NOT NULL DEFAULT '',   -- CLP07
    patient_name TEXT NOT NULL DEFAULT '',         -- NM1*QC
    member_id TEXT NOT NULL DEFAULT '',
    service_date TEXT,                             -- the first line's date, when given
    crossover_payer TEXT NOT NULL DEFAULT '',      -- NM1*TT when CLP02 is 19, 20 or 21
    resolution TEXT NOT NULL DEFAULT 'posted' CHECK (resolution IN ('posted', 'unmatched',
        'matched', 'dismissed')),
    payload TEXT NOT NULL DEFAULT '',
    resolved_by INTEGER REFERENCES users(id),
    resolved_at TEXT,
    resolution_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX remittance_claims_remittance ON remittance_claims(remittance_id);
CREATE INDEX remittance_claims_claim ON remittance_claims(claim_id);
CREATE INDEX remittance_claims_resolution ON remittance_claims(resolution);

-- The remittance as a whole: how it was paid, and the file's hash.
ALTER TABLE remittances ADD COLUMN payment_method TEXT NOT NULL DEFAULT '';  -- BPR04 CHK, ACH…
ALTER TABLE remittances ADD COLUMN payer_id INTEGER REFERENCES payers(id);    -- when known
ALTER TABLE remittances ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE remittances ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';

-- Which payer answer a ledger row came from, and the line's allowed amount when the payer
-- said it (AMT*B6, or the EOB's "allowed" column).
ALTER TABLE postings ADD COLUMN remittance_claim_id INTEGER REFERENCES remittance_claims(id);
ALTER TABLE postings ADD COLUMN allowed_cents INTEGER;
CREATE INDEX postings_remittance ON postings(remittance_id);
CREATE INDEX postings_reverses ON postings(reverses_id);

-- PLB: provider-level adjustments, not tied to a claim. A positive amount reduced the payment,
-- a negative one increased it. Append-only like the ledger.
CREATE TABLE provider_adjustments (
    id INTEGER PRIMARY KEY,
    remittance_id INTEGER NOT NULL REFERENCES remittances(id),
    provider_identifier TEXT NOT NULL,   -- PLB01
    fiscal_period_date TEXT,             -- PLB02
    reason_code TEXT NOT NULL,           -- PLB03-1 (WO, FB, L6, 72…)
    reference TEXT NOT NULL DEFAULT '',  -- PLB03-2
    amount_cents INTEGER NOT NULL
);
CREATE INDEX provider_adjustments_remittance ON provider_adjustments(remittance_id);

-- A secondary claim made from the primary's answer points at the primary claim.
ALTER TABLE claims ADD COLUMN primary_claim_id INTEGER REFERENCES claims(id);
CREATE INDEX claims_primary ON claims(primary_claim_id);

-- Denials: where they came from, and the payer's claim answer.
ALTER TABLE denials ADD COLUMN remittance_claim_id INTEGER REFERENCES remittance_claims(id);
ALTER TABLE denials ADD COLUMN resolved_at TEXT;
CREATE INDEX denials_state ON denials(state);
CREATE INDEX denials_claim ON denials(claim_id);
-- Every denial action (resubmit, appeal, write off, transfer, note) is a work_notes row with
-- entity 'denial'; follow-up notes on unpaid claims are work_notes rows with entity 'claim' and
-- a next_action_date.
CREATE INDEX work_notes_next_action ON work_notes(next_action_date);

-- Patient statements: one row per patient per run, with what was owed and how many statements
-- that balance has had (the dunning count).
CREATE TABLE statement_runs (
    id INTEGER PRIMARY KEY,
    run_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    statement_count INTEGER NOT NULL DEFAULT 0,
    total_due_cents INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES statement_runs(id),
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    statement_date TEXT NOT NULL,
    amount_due_cents INTEGER NOT NULL CHECK (amount_due_cents > 0),
    dunning_level INTEGER NOT NULL DEFAULT 1 CHECK (dunning_level >= 1)
);
CREATE INDEX statements_patient ON statements(patient_id, statement_date);

-- Each line's charge goes on the ledger when its claim is first sent. Claims sent before this
-- version get their charge rows now (voids, frequency 8, charge nothing). Like the ones
-- SubmissionService posts, they name the claim, not the line: a rejected claim's lines are
-- replaced when the biller fixes it, and the ledger never changes.
INSERT INTO postings (claim_id, claim_line_id, patient_id, kind, amount_cents, posted_at, memo)
SELECT c.id, NULL, e.patient_id, 'charge', l.charge_cents, c.updated_at, 'Claim sent'
FROM claims c
JOIN claim_lines l ON l.claim_id = c.id
JOIN encounters e ON e.id = c.encounter_id
WHERE c.submission_count > 0 AND c.frequency <> '8';

-- The balances of each claim, derived from the ledger (see the table above).
CREATE VIEW claim_balances AS
SELECT claim_id,
    SUM(CASE WHEN kind = 'charge' THEN amount_cents ELSE 0 END) AS charge_cents,
    SUM(CASE WHEN kind = 'payment' THEN amount_cents ELSE 0 END) AS paid_cents,
    SUM(CASE WHEN kind = 'adjustment' THEN amount_cents ELSE 0 END) AS adjusted_cents,
    SUM(CASE WHEN kind IN ('patient_responsibility', 'transfer') THEN amount_cents ELSE 0 END)
        AS patient_charged_cents,
    SUM(CASE WHEN kind = 'patient_payment' THEN amount_cents ELSE 0 END) AS patient_paid_cents,
    SUM(CASE WHEN kind = 'write_off' THEN amount_cents ELSE 0 END) AS written_off_cents,
    SUM(CASE
        WHEN kind = 'charge' THEN amount_cents
        WHEN kind IN ('payment', 'adjustment', 'patient_responsibility', 'transfer')
            THEN -amount_cents
        WHEN kind = 'write_off' AND group_code <> 'PR' THEN -amount_cents
        ELSE 0 END) AS insurance_balance_cents,
    SUM(CASE
        WHEN kind IN ('patient_responsibility', 'transfer') THEN amount_cents
        WHEN kind = 'patient_payment' THEN -amount_cents
        WHEN kind = 'write_off' AND group_code = 'PR' THEN -amount_cents
        ELSE 0 END) AS patient_balance_cents
FROM postings
WHERE claim_id IS NOT NULL
GROUP BY claim_id;

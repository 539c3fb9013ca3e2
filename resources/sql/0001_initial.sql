-- SPDX-License-Identifier: GPL-3.0-or-later
-- CleanClaim schema, version 1: the data model of the whole revenue cycle (DESIGN.md §2–§3).
-- Money columns end in _cents (INTEGER); dates are ISO text YYYY-MM-DD; timestamps are ISO
-- UTC text YYYY-MM-DDTHH:MM:SS.zzzZ. Shipped migration files are never edited.

CREATE TABLE practice (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    npi TEXT NOT NULL,
    tax_id TEXT NOT NULL,
    taxonomy TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    zip TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    credential TEXT NOT NULL DEFAULT '',
    npi TEXT NOT NULL UNIQUE,
    taxonomy TEXT NOT NULL,
    specialty TEXT NOT NULL DEFAULT 'primary_care',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coder', 'biller', 'manager', 'provider', 'admin')),
    password_hash TEXT NOT NULL,
    provider_id INTEGER REFERENCES providers(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL REFERENCES users(id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);

CREATE TABLE payers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    payer_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('medicare', 'medicaid', 'commercial', 'self_pay', 'other')),
    filing_indicator TEXT NOT NULL,
    timely_filing_days INTEGER NOT NULL DEFAULT 365 CHECK (timely_filing_days > 0),
    expected_payment_days INTEGER NOT NULL DEFAULT 30,
    address_line1 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    zip TEXT NOT NULL DEFAULT '',
    accepts_era INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    mrn TEXT NOT NULL UNIQUE,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),
    address_line1 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    zip TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX patients_name ON patients(last_name, first_name);

CREATE TABLE coverages (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    payer_id INTEGER NOT NULL REFERENCES payers(id),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    member_id TEXT NOT NULL,
    group_number TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL CHECK (relationship IN ('self', 'spouse', 'child', 'other')),
    subscriber_last_name TEXT NOT NULL,
    subscriber_first_name TEXT NOT NULL,
    subscriber_birth_date TEXT NOT NULL,
    subscriber_sex TEXT NOT NULL CHECK (subscriber_sex IN ('M', 'F', 'U')),
    subscriber_address_line1 TEXT NOT NULL DEFAULT '',
    subscriber_city TEXT NOT NULL DEFAULT '',
    subscriber_state TEXT NOT NULL DEFAULT '',
    subscriber_zip TEXT NOT NULL DEFAULT '',
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    UNIQUE (patient_id, priority, effective_from)
);
CREATE INDEX coverages_patient ON coverages(patient_id);

CREATE TABLE prior_authorizations (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    payer_id INTEGER NOT NULL REFERENCES payers(id),
    auth_number TEXT NOT NULL,
    codes TEXT NOT NULL,               -- space-separated service codes it covers
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    visits_allowed INTEGER,
    CHECK (valid_from <= valid_to)
);
CREATE INDEX prior_authorizations_patient ON prior_authorizations(patient_id);

CREATE TABLE encounters (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    date_of_service TEXT NOT NULL,
    place_of_service TEXT NOT NULL,
    clinical_note TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'coding', 'query_pending', 'coded',
        'handed_off', 'returned', 'accepted', 'billed')),
    coder_id INTEGER REFERENCES users(id),
    coder_note TEXT NOT NULL DEFAULT '',
    return_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX encounters_dos ON encounters(date_of_service, state);
CREATE INDEX encounters_patient ON encounters(patient_id, date_of_service);

CREATE TABLE encounter_diagnoses (
    encounter_id INTEGER NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 12),
    code TEXT NOT NULL,
    PRIMARY KEY (encounter_id, position)
);

CREATE TABLE service_lines (
    id INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 50),
    code TEXT NOT NULL,
    modifier1 TEXT NOT NULL DEFAULT '',
    modifier2 TEXT NOT NULL DEFAULT '',
    modifier3 TEXT NOT NULL DEFAULT '',
    modifier4 TEXT NOT NULL DEFAULT '',
    units INTEGER NOT NULL DEFAULT 1 CHECK (units > 0),
    pointers TEXT NOT NULL DEFAULT '',  -- "1,2": 1-based positions in encounter_diagnoses
    charge_cents INTEGER NOT NULL DEFAULT 0 CHECK (charge_cents >= 0),
    service_date TEXT NOT NULL,
    UNIQUE (encounter_id, line_no)
);

CREATE TABLE fee_schedule (
    id INTEGER PRIMARY KEY,
    payer_id INTEGER REFERENCES payers(id),   -- NULL: the practice's default charge
    code TEXT NOT NULL,
    charge_cents INTEGER NOT NULL CHECK (charge_cents >= 0),
    effective_from TEXT NOT NULL,
    UNIQUE (payer_id, code, effective_from)
);

CREATE TABLE documentation_queries (
    id INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounters(id),
    coder_id INTEGER NOT NULL REFERENCES users(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    template TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('open', 'multiple_choice', 'yes_no')),
    quoted_text TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '',  -- one choice per line for multiple choice
    sent_at TEXT NOT NULL,
    answered_at TEXT,
    answered_by INTEGER REFERENCES users(id),
    answer TEXT,
    addendum TEXT
);
CREATE INDEX documentation_queries_encounter ON documentation_queries(encounter_id);

CREATE TABLE handoff_log (
    id INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounters(id),
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    reason_code TEXT NOT NULL DEFAULT '',
    findings_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX handoff_log_encounter ON handoff_log(encounter_id);
CREATE INDEX handoff_log_at ON handoff_log(at);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounters(id),
    patient_control_number TEXT NOT NULL UNIQUE,
    payer_id INTEGER REFERENCES payers(id),
    coverage_id INTEGER REFERENCES coverages(id),
    billing_provider_npi TEXT NOT NULL DEFAULT '',
    rendering_provider_id INTEGER REFERENCES providers(id),
    place_of_service TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '1' CHECK (frequency IN ('1', '7', '8')),
    original_claim_id INTEGER REFERENCES claims(id),
    payer_claim_number TEXT NOT NULL DEFAULT '',
    prior_authorization TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'scrubbed', 'submitted',
        'accepted', 'rejected', 'adjudicated', 'paid', 'denied', 'partially_paid', 'closed')),
    total_charge_cents INTEGER NOT NULL DEFAULT 0 CHECK (total_charge_cents >= 0),
    submission_count INTEGER NOT NULL DEFAULT 0,
    first_scrub_clean INTEGER,           -- NULL until scrubbed the first time
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX claims_state ON claims(state);
CREATE INDEX claims_encounter ON claims(encounter_id);

CREATE TABLE claim_lines (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    line_control_number TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL,
    modifier1 TEXT NOT NULL DEFAULT '',
    modifier2 TEXT NOT NULL DEFAULT '',
    modifier3 TEXT NOT NULL DEFAULT '',
    modifier4 TEXT NOT NULL DEFAULT '',
    units INTEGER NOT NULL CHECK (units > 0),
    pointers TEXT NOT NULL,
    charge_cents INTEGER NOT NULL CHECK (charge_cents >= 0),
    service_date TEXT NOT NULL,
    UNIQUE (claim_id, line_no)
);

CREATE TABLE claim_findings (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
    encounter_id INTEGER REFERENCES encounters(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    line_no INTEGER NOT NULL DEFAULT 0,
    codes TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL,
    fix TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    overridden_by INTEGER REFERENCES users(id),
    override_reason TEXT NOT NULL DEFAULT '',
    found_at TEXT NOT NULL
);

CREATE TABLE control_numbers (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    receiver_id TEXT NOT NULL,
    interchange_control TEXT NOT NULL UNIQUE,
    group_control TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content TEXT NOT NULL,
    claim_count INTEGER NOT NULL
);

CREATE TABLE batch_claims (
    batch_id INTEGER NOT NULL REFERENCES batches(id),
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    transaction_control TEXT NOT NULL,
    PRIMARY KEY (batch_id, claim_id)
);

CREATE TABLE acknowledgements (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('999', '277CA')),
    received_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    interchange_control TEXT NOT NULL,
    content TEXT NOT NULL
);

CREATE TABLE claim_status_events (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    acknowledgement_id INTEGER REFERENCES acknowledgements(id),
    at TEXT NOT NULL,
    status TEXT NOT NULL,
    category_code TEXT NOT NULL DEFAULT '',
    status_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claim_status_events_claim ON claim_status_events(claim_id);

CREATE TABLE remittances (
    id INTEGER PRIMARY KEY,
    payer_identifier TEXT NOT NULL,
    payer_name TEXT NOT NULL,
    trace_number TEXT NOT NULL,
    payment_cents INTEGER NOT NULL,
    payment_date TEXT,
    source TEXT NOT NULL CHECK (source IN ('era', 'eob')),
    file_name TEXT NOT NULL DEFAULT '',
    posted_at TEXT NOT NULL,
    posted_by INTEGER REFERENCES users(id),
    UNIQUE (payer_identifier, trace_number, payment_cents)
);

-- The ledger: append-only. A correction is a new reversing row, never an UPDATE or DELETE.
CREATE TABLE postings (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER REFERENCES claims(id),
    claim_line_id INTEGER REFERENCES claim_lines(id),
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    remittance_id INTEGER REFERENCES remittances(id),
    kind TEXT NOT NULL CHECK (kind IN ('charge', 'payment', 'adjustment', 'patient_responsibility',
        'patient_payment', 'write_off', 'transfer', 'provider_adjustment')),
    group_code TEXT NOT NULL DEFAULT '',
    reason_code TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL,
    posted_at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    reverses_id INTEGER REFERENCES postings(id),
    memo TEXT NOT NULL DEFAULT ''
);
CREATE INDEX postings_claim ON postings(claim_id);
CREATE INDEX postings_patient ON postings(patient_id);

CREATE TABLE denials (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    claim_line_id INTEGER REFERENCES claim_lines(id),
    remittance_id INTEGER REFERENCES remittances(id),
    group_code TEXT NOT NULL,
    reason_code TEXT NOT NULL,
    remark_codes TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL,
    opened_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resubmitted', 'appealed',
        'written_off', 'transferred', 'closed')),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE work_notes (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    next_action_date TEXT
);
CREATE INDEX work_notes_entity ON work_notes(entity, entity_id);

-- The audit trail: every row carries the hash of the row before it, so an edit or a deletion
-- breaks the chain where it happened (AuditService::verify).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

-- The newest row of the chain, written with every append: removing the last rows of the
-- trail without rewriting this row shows too.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);

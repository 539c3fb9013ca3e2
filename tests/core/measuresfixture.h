// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hand-built practice of the measures tests (tst_measureservice, tst_kpicommand): every
// measure's numerator and denominator over November 2026 is known, with records on both sides
// of each boundary of the period.

#include "testdatabase.h"
#include "reports/measures.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::test::measuresfixture {

inline const MeasurePeriod kNovember {QDate(2026, 11, 1), QDate(2026, 11, 30)};
inline const MeasurePeriod kEmpty {QDate(2025, 1, 1), QDate(2025, 1, 31)};

// Users, providers, payers.
inline constexpr qint64 kCoderA = 2; // coder1, Kim Lee
inline constexpr qint64 kCoderB = 3; // coder2, Ravi Shah
inline constexpr qint64 kReyes = 1; // provider Reyes, Ana
inline constexpr qint64 kChen = 2; // provider Chen, Bo
inline constexpr qint64 kMedicare = 1;
inline constexpr qint64 kAcme = 2;

/*
 * The practice. Claim N belongs to encounter N (patient N) except claim 7, a replacement of
 * claim 13 (encounter 13), and claim 8, the secondary claim of claim 1 (encounter 1).
 *
 * claim enc DOS         payer    freq  clean created (UTC)              role in the fixture
 *  1     1  2026-10-29  Medicare 1     1     2026-11-01 00:30  (first day) clean, lag 3
 *  2     2  2026-11-20  Acme     1     0     2026-11-30 23:59  (last day)  not clean, lag 10
 *  3     3  2026-11-02  Medicare 1     1     2026-11-02        clean, lag 0
 *  4     4  2026-08-20  Acme     1     1     2026-10-31 23:59  (out)
 *  5     5  2026-11-25  Medicare 1     0     2026-12-01 00:00  (out)
 *  6     6  2026-11-03  Medicare 1     -     2026-11-10        not scrubbed, lag 7
 *  7    13  2026-10-01  Acme     7     1     2026-11-12        a replacement: neither
 *  8     1  2026-10-29  Acme     1     -     2026-11-20        a secondary claim: no lag
 *  9     9  2026-09-01  Medicare 1     -     2026-09-05 (out)
 * 10    10  2026-10-20  Medicare 1     -     2026-10-25 (out)
 * 11    11  2026-11-10  Medicare 1     -     2026-11-11        lag 1
 * 12    12  2026-08-31  self-pay 1     -     2026-09-01 (out)
 * 13    13  2026-10-01  Acme     1     -     2026-10-03 (out)
 * 15    15  2026-11-28  Medicare 1     -     2026-12-01 (out)
 * Coders: A on encounters 1, 3, 4, 9, 10, 13, 15; B on 2, 5, 6, 11, 12.
 * Providers: Reyes on 1, 4, 5, 6, 10, 12, 15; Chen on 2, 3, 9, 11, 13.
 */
inline const char *const kFixture[] = {
    "INSERT INTO users (id, username, full_name, role, password_hash, created_at) VALUES "
    "(1, 'mgr', 'Mia Manager', 'manager', 'x', '2026-01-01T00:00:00.000Z'), "
    "(2, 'coder1', 'Kim Lee', 'coder', 'x', '2026-01-01T00:00:00.000Z'), "
    "(3, 'coder2', 'Ravi Shah', 'coder', 'x', '2026-01-01T00:00:00.000Z')",
    "INSERT INTO providers (id, last_name, first_name, npi, taxonomy) VALUES "
    "(1, 'Reyes', 'Ana', '1234567893', '207Q00000X'), (2, 'Chen', 'Bo', '1245319599', "
    "'207Q00000X')",
    "INSERT INTO payers (id, name, payer_id, kind, filing_indicator) VALUES "
    "(1, 'Medicare', 'MCR01', 'medicare', 'MB'), (2, 'Acme Health', 'ACME1', 'commercial', 'CI')",
    "WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < 15) "
    "INSERT INTO patients (id, mrn, last_name, first_name, birth_date, sex) "
    "SELECT id, 'MRN' || id, 'Patient', 'P' || id, '1960-01-01', 'F' FROM n",
    "INSERT INTO encounters (id, patient_id, provider_id, date_of_service, place_of_service, "
    "clinical_note, state, coder_id, created_at, updated_at) VALUES "
    "(1, 1, 1, '2026-10-29', '11', 'n', 'billed', 2, 'x', 'x'), "
    "(2, 2, 2, '2026-11-20', '11', 'n', 'billed', 3, 'x', 'x'), "
    "(3, 3, 2, '2026-11-02', '11', 'n', 'billed', 2, 'x', 'x'), "
    "(4, 4, 1, '2026-08-20', '11', 'n', 'billed', 2, 'x', 'x'), "
    "(5, 5, 1, '2026-11-25', '11', 'n', 'billed', 3, 'x', 'x'), "
    "(6, 6, 1, '2026-11-03', '11', 'n', 'billed', 3, 'x', 'x'), "
    "(9, 9, 2, '2026-09-01', '11', 'n', 'billed', 2, 'x', 'x'), "
    "(10, 10, 1, '2026-10-20', '11', 'n', 'billed', 2, 'x', 'x'), "
    "(11, 11, 2, '2026-11-10', '11', 'n', 'billed', 3, 'x', 'x'), "
    "(12, 12, 1, '2026-08-31', '11', 'n', 'billed', 3, 'x', 'x'), "
    "(13, 13, 2, '2026-10-01', '11', 'n', 'billed', 2, 'x', 'x'), "
    "(15, 15, 1, '2026-11-28', '11', 'n', 'billed', 2, 'x', 'x')",
    "INSERT INTO claims (id, encounter_id, patient_control_number, payer_id, frequency, "
    "original_claim_id, primary_claim_id, state, first_scrub_clean, created_at, updated_at) "
    "VALUES "
    "(1, 1, 'PCN001', 1, '1', NULL, NULL, 'paid', 1, '2026-11-01T00:30:00.000Z', 'x'), "
    "(2, 2, 'PCN002', 2, '1', NULL, NULL, 'accepted', 0, '2026-11-30T23:59:59.999Z', 'x'), "
    "(3, 3, 'PCN003', 1, '1', NULL, NULL, 'submitted', 1, '2026-11-02T10:00:00.000Z', 'x'), "
    "(4, 4, 'PCN004', 2, '1', NULL, NULL, 'partially_paid', 1, '2026-10-31T23:59:59.000Z', "
    "'x'), "
    "(5, 5, 'PCN005', 1, '1', NULL, NULL, 'draft', 0, '2026-12-01T00:00:00.000Z', 'x'), "
    "(6, 6, 'PCN006', 1, '1', NULL, NULL, 'draft', NULL, '2026-11-10T09:00:00.000Z', 'x'), "
    "(13, 13, 'PCN013', 2, '1', NULL, NULL, 'accepted', NULL, '2026-10-03T09:00:00.000Z', 'x'), "
    "(7, 13, 'PCN007', 2, '7', 13, NULL, 'submitted', 1, '2026-11-12T09:00:00.000Z', 'x'), "
    "(8, 1, 'PCN008', 2, '1', NULL, 1, 'draft', NULL, '2026-11-20T09:00:00.000Z', 'x'), "
    "(9, 9, 'PCN009', 1, '1', NULL, NULL, 'paid', NULL, '2026-09-05T09:00:00.000Z', 'x'), "
    "(10, 10, 'PCN010', 1, '1', NULL, NULL, 'denied', NULL, '2026-10-25T09:00:00.000Z', 'x'), "
    "(11, 11, 'PCN011', 1, '1', NULL, NULL, 'denied', NULL, '2026-11-11T09:00:00.000Z', 'x'), "
    "(12, 12, 'PCN012', NULL, '1', NULL, NULL, 'closed', NULL, '2026-09-01T09:00:00.000Z', "
    "'x'), "
    "(15, 15, 'PCN015', 1, '1', NULL, NULL, 'submitted', NULL, '2026-12-01T08:00:00.000Z', 'x')",
    "INSERT INTO claim_lines (id, claim_id, line_no, line_control_number, code, units, pointers, "
    "charge_cents, service_date) VALUES "
    "(41, 4, 1, 'L41', '99214', 1, '1', 15000, '2026-08-20'), "
    "(111, 11, 1, 'L111', '99213', 1, '1', 2000, '2026-11-10')",
    // Batches: 10 before the period, 11 and 12 (the last evening) in it, 13 after, 15 sends the
    // replacement.
    "INSERT INTO batches (id, created_at, receiver_id, interchange_control, group_control, "
    "file_name, content, claim_count) VALUES "
    "(10, '2026-10-31T23:59:59.000Z', 'R', '10', '10', 'b10', '', 2), "
    "(11, '2026-11-02T12:00:00.000Z', 'R', '11', '11', 'b11', '', 4), "
    "(12, '2026-11-30T20:00:00.000Z', 'R', '12', '12', 'b12', '', 1), "
    "(13, '2026-12-02T09:00:00.000Z', 'R', '13', '13', 'b13', '', 1), "
    "(15, '2026-11-12T09:00:00.000Z', 'R', '15', '15', 'b15', '', 1)",
    "INSERT INTO batch_claims (batch_id, claim_id, transaction_control) VALUES "
    "(10, 4, '1'), (10, 9, '1'), (11, 1, '1'), (11, 3, '1'), (11, 10, '1'), (11, 9, '1'), "
    "(12, 2, '1'), (13, 2, '1'), (15, 7, '1')",
    "INSERT INTO acknowledgements (id, kind, received_at, file_name, interchange_control, "
    "content) VALUES (1, '999', 'x', 'a999', '1', ''), (2, '277CA', 'x', 'a277', '2', '')",
    // First answers: 1 accepted; 2 rejected by the 999 (then accepted on its second batch);
    // 3 only acknowledged (waiting); 10 rejected by the 277CA, then accepted; 7 waiting.
    "INSERT INTO claim_status_events (claim_id, acknowledgement_id, at, status) VALUES "
    "(1, 1, '2026-11-03T09:00:00.000Z', 'acknowledged'), "
    "(1, 2, '2026-11-04T09:00:00.000Z', 'accepted'), "
    "(2, 1, '2026-12-01T09:00:00.000Z', 'rejected'), "
    "(2, 2, '2026-12-03T09:00:00.000Z', 'accepted'), "
    "(3, 1, '2026-11-03T09:00:00.000Z', 'acknowledged'), "
    "(4, 2, '2026-11-01T09:00:00.000Z', 'accepted'), "
    "(9, 2, '2026-11-01T09:00:00.000Z', 'accepted'), "
    "(10, 2, '2026-11-04T09:00:00.000Z', 'rejected'), "
    "(10, 2, '2026-11-06T09:00:00.000Z', 'accepted'), "
    "(7, NULL, '2026-11-12T09:00:00.000Z', 'submitted')",
    "INSERT INTO remittances (id, payer_identifier, payer_name, trace_number, payment_cents, "
    "source, posted_at) VALUES "
    "(20, 'P', 'Medicare', 'T0', 0, 'era', '2026-10-20T10:00:00.000Z'), "
    "(21, 'P', 'Mixed', 'T1', 23000, 'era', '2026-11-10T10:00:00.000Z'), "
    "(22, 'P', 'Mixed', 'T2', 1000, 'era', '2026-11-12T10:00:00.000Z'), "
    "(23, 'P', 'Medicare', 'T3', 0, 'era', '2026-11-30T22:00:00.000Z'), "
    "(24, 'P', 'Acme', 'T4', 5000, 'era', '2026-12-01T10:00:00.000Z')",
    // First adjudications in November: 1 (paid), 4 (two denials), 10 (CLP02 4, no CAS). 9 was
    // first answered in October; 2 in December; 37 is a reversal; 38 matched no claim.
    "INSERT INTO remittance_claims (id, remittance_id, claim_id, patient_control_number, "
    "status_code, charge_cents, paid_cents, patient_responsibility_cents, resolution) VALUES "
    "(31, 21, 1, 'PCN001', '1', 10000, 8000, 500, 'posted'), "
    "(32, 21, 4, 'PCN004', '1', 20000, 15000, 0, 'posted'), "
    "(33, 20, 9, 'PCN009', '4', 30000, 0, 0, 'posted'), "
    "(34, 22, 9, 'PCN009', '1', 30000, 1000, 0, 'posted'), "
    "(35, 23, 10, 'PCN010', '4', 30000, 0, 0, 'posted'), "
    "(36, 24, 2, 'PCN002', '1', 5000, 5000, 0, 'posted'), "
    "(37, 22, 1, 'PCN001', '22', -10000, -8000, 0, 'posted'), "
    "(38, 21, NULL, 'NOTOURS', '1', 999, 999, 0, 'unmatched')",
    "INSERT INTO denials (id, claim_id, claim_line_id, remittance_id, remittance_claim_id, "
    "group_code, reason_code, amount_cents, opened_at) VALUES "
    "(1, 4, 41, 21, 32, 'CO', '97', 5000, '2026-11-10T10:00:00.000Z'), "
    "(2, 4, NULL, 21, 32, 'CO', '16', 1000, '2026-11-10T10:00:00.000Z'), "
    "(3, 9, NULL, 20, 33, 'CO', '50', 30000, '2026-10-20T10:00:00.000Z'), "
    "(4, 11, 111, NULL, NULL, 'CO', '97', 2000, '2026-11-30T23:00:00.000Z')",
    // The ledger. As of 2026-11-30 the A/R is 80500 (1: 200, 4: 5800, 9: 29000, 12: 3500,
    // 7: 7000, 10: 30000, 2: 5000; 13 is superseded by 7, 3 is settled) over charges of
    // 84500 posted from 2026-09-02 (13's 7000 left out: 7 charges them again); November's payments are 24800 over 54500 charged less
    // 1500 contractual.
    "INSERT INTO postings (id, claim_id, patient_id, kind, group_code, amount_cents, posted_at, "
    "reverses_id) VALUES "
    "(1, 1, 1, 'charge', '', 10000, '2026-11-02T12:00:00.000Z', NULL), "
    "(2, 1, 1, 'payment', '', 8000, '2026-11-10T10:00:00.000Z', NULL), "
    "(3, 1, 1, 'adjustment', 'CO', 1500, '2026-11-10T10:00:00.000Z', NULL), "
    "(4, 1, 1, 'patient_responsibility', 'PR', 500, '2026-11-10T10:00:00.000Z', NULL), "
    "(5, 1, 1, 'patient_payment', '', 300, '2026-11-30T23:59:59.000Z', NULL), "
    "(6, 3, 3, 'charge', '', 2500, '2026-11-02T12:00:00.000Z', NULL), "
    "(7, 3, 3, 'payment', '', 2500, '2026-11-20T10:00:00.000Z', NULL), "
    "(8, 4, 4, 'charge', '', 20000, '2026-08-25T09:00:00.000Z', NULL), "
    "(9, 4, 4, 'payment', '', 15000, '2026-11-10T10:00:00.000Z', NULL), "
    "(10, 4, 4, 'adjustment', 'OA', 200, '2026-11-10T10:00:00.000Z', NULL), "
    "(11, 4, 4, 'payment', '', -1000, '2026-11-25T10:00:00.000Z', 9), "
    "(12, 9, 9, 'charge', '', 30000, '2026-09-02T09:00:00.000Z', NULL), "
    "(13, 9, 9, 'payment', '', 1000, '2026-10-31T23:59:59.000Z', NULL), "
    "(14, 10, 10, 'charge', '', 30000, '2026-11-02T12:00:00.000Z', NULL), "
    "(15, 12, 12, 'charge', '', 4000, '2026-09-01T09:00:00.000Z', NULL), "
    "(16, 12, 12, 'write_off', '', 500, '2026-11-15T10:00:00.000Z', NULL), "
    "(17, 13, 13, 'charge', '', 7000, '2026-10-05T09:00:00.000Z', NULL), "
    "(18, 7, 13, 'charge', '', 7000, '2026-11-12T09:00:00.000Z', NULL), "
    "(19, 2, 2, 'charge', '', 5000, '2026-11-30T20:00:00.000Z', NULL), "
    "(20, 15, 15, 'charge', '', 9000, '2026-12-01T08:00:00.000Z', NULL)",
    // Queries answered in November: 2880 and 15300 minutes.
    "INSERT INTO documentation_queries (encounter_id, coder_id, provider_id, template, form, "
    "question, sent_at, answered_at) VALUES "
    "(1, 2, 1, 't', 'open', 'q', '2026-10-30T10:00:00.000Z', '2026-11-01T10:00:00.000Z'), "
    "(2, 3, 2, 't', 'open', 'q', '2026-11-20T08:00:00.000Z', '2026-11-30T23:00:00.000Z'), "
    "(3, 2, 2, 't', 'open', 'q', '2026-11-05T08:00:00.000Z', '2026-12-01T01:00:00.000Z'), "
    "(3, 2, 2, 't', 'open', 'q', '2026-11-05T09:00:00.000Z', NULL)",
    "INSERT INTO coding_audits (id, created_at, period_from, period_to, per_coder, seed) VALUES "
    "(1, 'x', '2026-10-01', '2026-10-31', 3, 1), (2, 'x', '2026-10-01', '2026-10-31', 1, 2)",
    // Completed in November: 3 of 4 (coder A), 5 of 5 and 1 of 2 (coder B: the item's coder,
    // though encounter 3's coder is A).
    "INSERT INTO coding_audit_items (audit_id, encounter_id, coder_id, completed_at, "
    "agreed_lines, audited_lines) VALUES "
    "(1, 1, 2, '2026-11-01T00:00:01.000Z', 3, 4), "
    "(1, 2, 3, '2026-11-30T23:59:00.000Z', 5, 5), "
    "(1, 3, 2, NULL, 0, 0), "
    "(1, 4, 3, '2026-10-31T23:59:00.000Z', 0, 3), "
    "(2, 3, 3, '2026-11-15T10:00:00.000Z', 1, 2)",
    // November: handed off 3 times (1, 1, 2); billing returned the first of 1 and the one of 2
    // (on 1 December), and accepted the second of 1. 3 was handed off in October.
    "INSERT INTO handoff_log (encounter_id, at, user_id, from_state, to_state, reason_code) "
    "VALUES "
    "(1, '2026-11-01T08:00:00.000Z', 2, 'coded', 'handed_off', ''), "
    "(1, '2026-11-02T08:00:00.000Z', 1, 'handed_off', 'returned', 'wrong-code'), "
    "(1, '2026-11-03T08:00:00.000Z', 2, 'returned', 'handed_off', ''), "
    "(1, '2026-11-04T08:00:00.000Z', 1, 'handed_off', 'accepted', ''), "
    "(2, '2026-11-30T23:30:00.000Z', 3, 'coded', 'handed_off', ''), "
    "(2, '2026-12-01T08:00:00.000Z', 1, 'handed_off', 'returned', 'other'), "
    "(3, '2026-10-31T08:00:00.000Z', 2, 'coded', 'handed_off', ''), "
    "(3, '2026-11-05T08:00:00.000Z', 1, 'handed_off', 'returned', 'dx-not-supporting')",
};

/// Inserts the practice into @p db; false (with the SQL error in @p error) on failure.
inline bool build(TestDatabase &db, QString *error)
{
    QSqlQuery q(db.ws().database().connection());
    for (const char *sql : kFixture) {
        if (!q.exec(QString::fromUtf8(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    // A server numbers rows from its own counters: they continue after the ids given here.
    if (TestDatabase::onServer()) {
        for (const char *table : {"users", "providers", "payers", "patients", "encounters",
                                  "claims", "claim_lines", "batches", "acknowledgements",
                                  "remittances", "remittance_claims", "denials", "postings",
                                  "coding_audits"}) {
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                       "max(id)) FROM %1")
                                .arg(QLatin1String(table)))) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

} // namespace cc::test::measuresfixture

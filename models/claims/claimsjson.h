// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "edits/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc {

/// One thing wrong with a claims file, where it is and what to do about it.
struct JsonProblem
{
    /// Where: "claims[2].lines[0].charge", "submitter.name"; empty for the whole file
    /// (not JSON at all, cannot be opened).
    QString path;
    /// A translated sentence that names the path itself, so it can be printed alone
    /// (one per line on stderr, DESIGN.md §6).
    QString message;

    bool operator==(const JsonProblem &) const = default;
};

/**
 * The claims JSON of DESIGN.md §7: reader, writer and the bridge to the scrubber. No database,
 * no global state.
 *
 * The reader checks the shape of the file and that every text can be written into X12:
 * JSON syntax, required fields and their types, dates, enumerations (sex, relationship,
 * frequency, filing indicator), counts (1–12 diagnoses, 1–50 lines, 1–4 pointers within the
 * diagnoses, 0–4 modifiers), money as a decimal string of cents, NPI check digits, state,
 * ZIP, and no X12 delimiter (* ~ : ^) or control character in any text. What the scrubber
 * judges (code validity, medical necessity, timely filing…) is not checked here.
 *
 * Every field of §7 is required except: submitter.contactName, address.line2,
 * payer.timelyFilingDays (365 when absent), lines[].modifiers, priorAuthorization,
 * originalClaimNumber (required for frequency 7 and 8, refused for 1) and patient (required
 * unless the relationship is "self", refused when it is). Absent and null mean the same.
 * A field the format does not have is a problem too: it is usually a misspelt optional field
 * that would otherwise be dropped without a word. Text is trimmed; codes, state, sex,
 * taxonomy and filing indicator are upper-cased, the relationship lower-cased, diagnoses
 * stored without their dot.
 *
 * @code
 * const auto r = claimsjson::read(bytes);
 * if (!r.ok()) {
 *     for (const JsonProblem &p : r.problems)
 *         err << p.message << '\n';
 *     return 1;
 * }
 * for (const ClaimDocument &c : r.batch.claims)
 *     findings = engine.scrub(claimsjson::toScrubClaim(c), today);
 * @endcode
 */
namespace claimsjson {

struct ReadResult
{
    /// What could be read. Only complete and trustworthy when problems is empty.
    ClaimBatch batch;
    /// Every problem found, in document order (duplicate ids last).
    QList<JsonProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/// Most diagnoses on a professional claim (HI01–HI12) and lines on one claim (LX, 2400 rpt).
inline constexpr int kMaxDiagnoses = 12;
inline constexpr int kMaxLines = 50;
inline constexpr int kMaxPointers = 4;
inline constexpr int kMaxModifiers = 4;

/// Reads a claims document; never stops at the first problem.
ReadResult read(const QByteArray &json);
/// Reads the file @p fileName; a file that cannot be opened is one problem with an empty path.
ReadResult readFile(const QString &fileName);

/**
 * The document as indented JSON in the layout of DESIGN.md §7 (fields in that order, money
 * as "150.00", diagnoses with their dot, null for absent optional fields), so that
 * `read(write(b)).batch == b` for any batch that read() accepts.
 */
QByteArray write(const ClaimBatch &batch);

/// "E119" → "E11.9": the ICD-10-CM display form (a dot after the third character).
QString dottedDiagnosis(const QString &code);
/// "e11.9 " → "E119": the stored form.
QString normalizedDiagnosis(const QString &code);

/**
 * The claim as the scrubber reads it. The date of service is the earliest line date; the
 * patient's birth date and sex come from the patient when there is one, else from the
 * subscriber; replacesClaimId is the original claim number of a frequency 7/8 claim.
 * patientId and payerId stay 0: the caller resolves them from the database.
 */
ScrubClaim toScrubClaim(const ClaimDocument &claim);

} // namespace claimsjson
} // namespace cc

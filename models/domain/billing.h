// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"
#include "handoff.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace cc {

/**
 * The biller's claims as stored (issue 5): a claim's state, its document (what the 837P and
 * the CMS-1500 print), where each value came from, its findings and its history; the batches
 * written and the acknowledgements read. Money is whole cents.
 */

/// DESIGN.md §2: draft → scrubbed → submitted → accepted | rejected → adjudicated → paid |
/// denied | partially_paid → closed.
enum class ClaimState {
    Draft,
    Scrubbed,
    Submitted,
    Accepted,
    Rejected,
    Adjudicated,
    Paid,
    Denied,
    PartiallyPaid,
    Closed,
};

namespace claimstate {
QString toKey(ClaimState s);
std::optional<ClaimState> fromKey(const QString &key);
/// Translated, for the screen ("Submitted", "Enviada").
QString displayName(ClaimState s);
QList<ClaimState> all();
/// The biller may still change the claim: draft, scrubbed or rejected.
bool isEditable(ClaimState s);
/// The payer has a number for it and has taken it: a replacement or void can follow.
bool canBeCorrected(ClaimState s);
} // namespace claimstate

/// BatchSummary::status as stored (sent, accepted, partial, rejected) and for the screen.
namespace batchstatus {
QString displayName(const QString &key);
} // namespace batchstatus

/// Field keys of ClaimRecord::sources: where each value of the claim came from.
namespace claimfield {
inline constexpr auto Payer = "payer";
inline constexpr auto Subscriber = "subscriber";
inline constexpr auto Patient = "patient";
inline constexpr auto BillingProvider = "billingProvider";
inline constexpr auto RenderingProvider = "renderingProvider";
inline constexpr auto PlaceOfService = "placeOfService";
inline constexpr auto Diagnoses = "diagnoses";
inline constexpr auto PriorAuthorization = "priorAuthorization";
inline constexpr auto Frequency = "frequency";
/// "line.N.charge" for the charge of line N (1-based).
QString lineCharge(int lineNo);
} // namespace claimfield

/// One row of the claims list.
struct ClaimSummary
{
    qint64 id = 0;
    QString patientControlNumber;
    qint64 encounterId = 0;
    QString patientName;      ///< "Last, First"
    QString payerName;        ///< empty for self-pay
    QDate dateOfService;
    ClaimState state = ClaimState::Draft;
    QString frequency;        ///< 1, 7, 8
    qint64 totalChargeCents = 0;
    int errorCount = 0;       ///< error findings not overridden
    int warningCount = 0;
    int submissionCount = 0;
    QString statusMessage;    ///< the newest acknowledgement's words, e.g. the rejection reason
    QDateTime updatedAt;      ///< UTC
    int version = 0;
};

/// One service line of a stored claim.
struct ClaimLineRecord
{
    int lineNo = 0;
    QString lineControlNumber; ///< REF*6R, comes back in the 835
    ClaimLine line;
};

/// One acknowledgement event on a claim (submitted, 999 accepted, 277CA rejected…).
struct ClaimEvent
{
    QDateTime at;             ///< UTC
    QString status;           ///< submitted, accepted, rejected, acknowledged, …
    QString categoryCode;
    QString statusCode;
    QString message;
};

/// A claim as the claim screen shows it.
struct ClaimRecord
{
    ClaimSummary summary;
    qint64 patientId = 0;
    qint64 payerId = 0;       ///< 0: self-pay
    QString payerKind;        ///< medicare, medicaid, commercial, self_pay, other; empty: none
    qint64 coverageId = 0;
    int coveragePriority = 0; ///< 1 primary, 2 secondary, 3 tertiary; 0 none
    qint64 renderingProviderId = 0;
    qint64 encounterProviderId = 0;     ///< who saw the patient, per the encounter
    QString encounterPlaceOfService;
    qint64 originalClaimId = 0;
    QString originalPatientControlNumber;
    QString payerClaimNumber; ///< from the 277CA (REF*1K) or the 835 (CLP07)
    ClaimDocument document;   ///< what the 837P and the CMS-1500 carry
    QList<ClaimLineRecord> lines;
    QHash<QString, QString> sources; ///< claimfield key → where the value came from
    QList<StoredFinding> findings;
    QList<ClaimEvent> events;
};

/// A coverage of the claim's patient the biller can bill instead (primary, secondary…).
struct CoverageOption
{
    qint64 id = 0;
    int priority = 1;
    qint64 payerId = 0;
    QString payerName;
    QString memberId;
    bool activeOnDateOfService = true;
};

/// What the biller may change on a claim before it is sent (the rest follows the records).
struct ClaimEdit
{
    int version = 0;
    qint64 coverageId = 0;          ///< 0: self-pay
    qint64 renderingProviderId = 0;
    QString placeOfService;
    QString priorAuthorization;
    QStringList diagnoses;          ///< stored form (no dot), principal first, at most 12
    QList<ClaimLine> lines;         ///< in order; line numbers follow

    /// The claim as it stands, to change from there.
    static ClaimEdit of(const ClaimRecord &claim)
    {
        ClaimEdit e;
        e.version = claim.summary.version;
        e.coverageId = claim.coverageId;
        e.renderingProviderId = claim.renderingProviderId;
        e.placeOfService = claim.document.placeOfService;
        e.priorAuthorization = claim.document.priorAuthorization;
        e.diagnoses = claim.document.diagnoses;
        e.lines = claim.document.lines;
        return e;
    }
};

/// Whether any finding still stops the claim (an error nobody overrode).
inline bool hasOpenError(const QList<StoredFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const StoredFinding &f) { return f.blocks(); });
}

/// One 837P file written.
struct BatchSummary
{
    qint64 id = 0;
    QDateTime createdAt;      ///< UTC
    QString createdBy;
    QString receiverName;
    QString receiverId;
    QString interchangeControl; ///< ISA13
    QString groupControl;       ///< GS06
    QString fileName;
    int claimCount = 0;
    qint64 totalChargeCents = 0;
    QString status;           ///< "sent", "accepted (999)", "rejected (999)", …
};

struct BatchRecord
{
    BatchSummary summary;
    QByteArray content;       ///< the file exactly as written
    QList<ClaimSummary> claims;
};

/// What one submission wrote: one interchange per receiver.
struct SubmissionResult
{
    QList<BatchRecord> batches;
    /// Claims asked for but left out, with the reason ("CC0000012: 1 error finding is open").
    QStringList skipped;
};

/// What importing one acknowledgement file did.
struct AckImportResult
{
    qint64 acknowledgementId = 0;
    QString kind;             ///< 999 or 277CA
    int accepted = 0;         ///< claims (277CA) or transaction sets (999)
    int rejected = 0;
    QStringList lines;        ///< one plain sentence per claim or set, for the screen and CLI
    QStringList unmatched;    ///< patient control numbers or control numbers not on file
};

/// One acknowledgement file read.
struct AcknowledgementSummary
{
    qint64 id = 0;
    QString kind;
    QDateTime receivedAt;
    QString fileName;
    QString interchangeControl;
    int accepted = 0;
    int rejected = 0;
    QString summary;
};

} // namespace cc

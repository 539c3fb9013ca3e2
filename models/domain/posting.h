// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace cc {

/**
 * Payment posting values (issue 6 §2, §3): what an ERA or a paper EOB will do before it is
 * posted, and what it did. Money is whole cents.
 */

/// One CAS-style adjustment: group (CO, PR, OA, PI), reason (CARC), amount.
struct PostedAdjustment
{
    QString group;
    QString reason;
    qint64 amountCents = 0;
};

/// One service line of a payer's answer, and the claim line it was matched to.
struct EraLinePreview
{
    QString code;              ///< as the payer adjudicated it (with modifiers, "99213-25")
    qint64 claimLineId = 0;    ///< 0: not matched to a line of ours
    int lineNumber = 0;        ///< our line number, 0 when not matched
    QString matchedBy;         ///< "REF*6R", "code, modifiers and date", "code and date"
    QDate serviceDate;
    qint64 chargeCents = 0;
    qint64 paidCents = 0;
    qint64 allowedCents = -1;  ///< -1: not given
    QList<PostedAdjustment> adjustments;
    QStringList remarks;       ///< RARC
    bool denied = false;
};

/// One claim of an ERA and what posting it will do.
struct EraClaimPreview
{
    QString patientControlNumber;   ///< CLP01
    QString status;                 ///< CLP02
    QString statusText;             ///< "Processed as primary", "Denied", …
    qint64 claimId = 0;             ///< 0: no claim of ours has this number (unmatched)
    QString patientName;
    QString payerClaimNumber;       ///< CLP07
    qint64 chargeCents = 0;
    qint64 paidCents = 0;
    qint64 patientResponsibilityCents = 0;
    qint64 adjustedCents = 0;       ///< CO/PI/OA the practice accepts
    qint64 deniedCents = 0;         ///< what goes to the denial list
    QList<PostedAdjustment> adjustments; ///< claim-level CAS
    QList<EraLinePreview> lines;
    /// Sentences for the biller: "Reversal of the payment posted on 3/2/26", "Crossed over to
    /// X: no secondary claim will be sent", "A secondary claim will be made for Y",
    /// "Line 2 matched without modifier 25"…
    QStringList notes;
    bool denied = false;
    bool reversal = false;
    bool queuesSecondary = false;
};

/// A provider-level adjustment (PLB) as posted.
struct ProviderAdjustmentRow
{
    QString providerIdentifier;
    QDate fiscalPeriodDate;
    QString reason;
    QString reasonText;
    QString reference;
    qint64 amountCents = 0; ///< positive reduced the payment
};

/// One payment (ST..SE of an 835, or one EOB check) and its claims.
struct EraTransactionPreview
{
    QString payerName;
    QString payerIdentifier;
    QString traceNumber;       ///< TRN02 or the check number
    QString paymentMethod;     ///< CHK, ACH, NON…
    QDate paymentDate;
    qint64 paymentCents = 0;
    QList<EraClaimPreview> claims;
    QList<ProviderAdjustmentRow> providerAdjustments;
    /// Set when the same payer, trace number and amount were posted before: the file is refused.
    QDateTime alreadyPostedAt;
};

/// What posting a file will do, shown before posting.
struct EraPreview
{
    QString fileName;
    QList<EraTransactionPreview> transactions;
    /// Reader errors ("Segment 14 (CLP): …") and duplicates: any of them refuses the whole file.
    QStringList errors;

    bool canPost() const { return errors.isEmpty() && !transactions.isEmpty(); }
    int claimCount() const;
    int unmatchedCount() const;
    qint64 paidCents() const;
};

/// What a posting did.
struct PostingResult
{
    QList<qint64> remittanceIds;
    int claimsPosted = 0;
    int unmatched = 0;
    int denials = 0;
    int reversals = 0;
    int secondaryClaims = 0;
    qint64 paidCents = 0;
    /// One sentence: "Posted 12 claims, $1,234.00 paid; 2 denials; 1 claim not matched."
    QString summary;
};

/// A remittance on record (ERA or EOB).
struct RemittanceSummary
{
    qint64 id = 0;
    QString source;            ///< era or eob
    QString payerName;
    QString payerIdentifier;
    QString traceNumber;
    QString paymentMethod;
    qint64 paymentCents = 0;
    QDate paymentDate;
    QDateTime postedAt;
    QString postedBy;
    QString fileName;
    int claimCount = 0;
    int unmatchedCount = 0;
};

/// A remittance with what it said of each claim.
struct RemittanceDetail
{
    RemittanceSummary summary;
    EraTransactionPreview content;
};

/// An ERA claim with no claim of ours, waiting for a biller to match it (remittance_claims).
struct UnmatchedEraClaim
{
    qint64 id = 0;              ///< remittance_claims.id
    qint64 remittanceId = 0;
    QString payerName;
    QString traceNumber;
    QDate paymentDate;
    QString patientControlNumber;
    QString patientName;
    QString memberId;
    QString payerClaimNumber;
    QString status;
    QDate serviceDate;
    qint64 chargeCents = 0;
    qint64 paidCents = 0;
    int version = 1;
};

/// A claim of ours that may be the one an unmatched ERA claim meant.
struct MatchCandidate
{
    qint64 claimId = 0;
    QString patientControlNumber;
    QString patientName;
    QString payerName;
    QDate serviceDate;
    qint64 chargeCents = 0;
    QString state;
    int score = 0;             ///< higher is likelier (same charge, date, name, member id)
    QString why;               ///< "Same charge and date of service"
};

/// Paper EOB: one line as the biller reads it off the paper.
struct EobLine
{
    qint64 claimLineId = 0;
    qint64 allowedCents = 0;
    qint64 paidCents = 0;
    QList<PostedAdjustment> adjustments; ///< CO/PR/OA/PI with CARC
    QStringList remarks;                 ///< RARC
};

/// Paper EOB: one claim on the check.
struct EobClaim
{
    qint64 claimId = 0;
    QString status = QStringLiteral("1"); ///< CLP02 meaning: 1, 2, 3, 4 (denied), 19…
    QString payerClaimNumber;
    QList<EobLine> lines;
};

/// Paper EOB: one check from a payer without ERA.
struct EobEntry
{
    qint64 payerId = 0;
    QString checkNumber;
    QDate checkDate;
    qint64 checkAmountCents = 0;
    QList<EobClaim> claims;
};

/// A claim's line as the EOB form shows it before the biller fills it in.
struct EobFormLine
{
    qint64 claimLineId = 0;
    int lineNumber = 0;
    QString code;          ///< with modifiers
    QDate serviceDate;
    int units = 1;
    qint64 chargeCents = 0;
    qint64 insuranceBalanceCents = 0;
};

/// A claim ready to be posted from paper.
struct EobForm
{
    qint64 claimId = 0;
    QString patientControlNumber;
    QString patientName;
    qint64 payerId = 0;
    QString payerName;
    QString state;
    QList<EobFormLine> lines;
};

} // namespace cc

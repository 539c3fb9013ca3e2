// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cc {

class Database;

/// A service line a denial names: the denied line, or each line of a claim-level denial.
struct CodingDenialLine
{
    qint64 claimLineId = 0;
    int lineNo = 0;
    QString code; ///< CPT or HCPCS as stored
    QStringList modifiers;
    int units = 1;
    qint64 chargeCents = 0;
    QStringList diagnoses; ///< the pointed diagnoses, as stored (no dot), pointer order
};

/// A scrubber finding on the denied claim or on its encounter before the claim existed.
struct CodingDenialFinding
{
    QString rule; ///< DESIGN.md §5 rule id
    bool error = false; ///< error, else warning
    int lineNo = 0; ///< 0: the claim as a whole
    QStringList codes;
    QString message; ///< as the scrubber wrote it then
    bool onClaim = false; ///< scrubbed on the claim, else when the encounter was coded
    qint64 overriddenById = 0; ///< 0 when not overridden
    QString overriddenBy; ///< the user's full name
    QString overrideReason;

    bool isOverridden() const { return overriddenById > 0; }
};

/// One denial whose reason may trace to coding, with the facts a coder learns from.
struct CodingDenialRecord
{
    qint64 denialId = 0;
    qint64 claimId = 0;
    qint64 claimLineId = 0; ///< 0: the whole claim
    qint64 encounterId = 0;
    QString groupCode; ///< CO, OA, PI, PR
    QString reasonCode; ///< CARC as the ERA gave it
    QStringList remarkCodes; ///< RARCs
    qint64 amountCents = 0; ///< denied, as the payer said
    QDateTime openedAt; ///< UTC
    QString state; ///< denialstate key
    QString patientControlNumber; ///< ours (CLM01)
    QString payerClaimNumber; ///< the payer's (CLP07)
    qint64 payerId = 0;
    QString payerName;
    QDate dateOfService;
    qint64 coderId = 0; ///< who coded the encounter; 0 when not recorded
    QString coderName;
    qint64 providerId = 0;
    QString providerName; ///< "Last, First Credential"
    QList<CodingDenialLine> lines;
    QList<CodingDenialFinding> findings;
};

/**
 * The denials that may trace to coding (issue 7 §3): denials opened in a period whose reason
 * is one of the given CARCs, optionally only those of one coder's encounters, each joined to
 * its claim, payer, encounter (coder, provider), the line or lines it names with their pointed
 * diagnoses (claim_diagnoses through the line's pointers), and every scrubber finding stored
 * for the claim or for its encounter (claim_findings, with overrides). Read only. Which
 * reasons trace to coding is decided by the caller (remitcodes::codingRule()).
 */
class CodingDenialRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::CodingDenialRepository)
public:
    explicit CodingDenialRepository(Database &db);
    ~CodingDenialRepository();

    /**
     * The denials opened from @p from to @p to (inclusive, by the UTC date of opened_at) with
     * a reason in @p reasonCodes (compared upper-case, trimmed), of encounters coded by
     * @p coderId when it is above 0; newest first.
     */
    Result<QList<CodingDenialRecord>> denials(
        const QDate &from, const QDate &to, const QStringList &reasonCodes, qint64 coderId);

private:
    Result<void> addLines(QList<CodingDenialRecord> &records, const QList<qint64> &claimIds);
    Result<void> addFindings(QList<CodingDenialRecord> &records, const QList<qint64> &claimIds);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

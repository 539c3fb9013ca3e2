// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

namespace cc {

class Database;

/**
 * The biller's claims as stored (issue 5): the claims list, one claim read whole into its
 * document (claim, diagnoses, lines, the practice as billing provider, the rendering provider,
 * the payer and coverage, the patient), the biller's changes, states, findings and the status
 * events of each claim, and replacement or void copies. Batches and acknowledgements are in
 * BatchRepository.
 */
class ClaimRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::ClaimRecordRepository)
public:
    explicit ClaimRecordRepository(Database &db);
    ~ClaimRecordRepository();

    /// Claims in @p states (all when empty) or with the ids @p ids, newest first;
    /// @p sendableOnly leaves out claims with no payer to send them to (self-pay).
    Result<QList<ClaimSummary>> summaries(const QList<ClaimState> &states, int limit = 0,
                                          const QList<qint64> &ids = {},
                                          bool sendableOnly = false);
    /// The claim with its document, lines, events and findings; nullopt when there is none.
    /// Sources are left for the caller.
    Result<std::optional<ClaimRecord>> read(qint64 claimId);
    /**
     * The primary payer's answer to the claim a secondary claim was made from (claims.
     * primary_claim_id), as the COB loops need it: its payer and insured, what it paid and
     * adjusted per line (the ledger), and what it denied (open denials). Empty for a claim
     * that is not a secondary.
     */
    Result<std::optional<PriorPayer>> priorPayer(qint64 claimId);
    /// read() of each id in turn, with its statements prepared once; missing ids are skipped.
    Result<QList<ClaimRecord>> readMany(const QList<qint64> &claimIds);
    Result<std::optional<qint64>> idByControlNumber(const QString &pcn);
    /// Claim ids by patient control number, for the ones on file.
    Result<QHash<QString, qint64>> idsByControlNumber(const QStringList &pcns);
    Result<QList<CoverageOption>> coverageOptions(qint64 patientId, const QDate &dateOfService);
    /// The coverage's payer, or 0 when the coverage is not the patient's.
    Result<qint64> coveragePayer(qint64 patientId, qint64 coverageId);

    /// Stores the biller's changes: coverage (payer), rendering provider, place of service,
    /// prior authorization, diagnoses and lines, raising the version. Conflict when the
    /// version moved on.
    Result<int> update(qint64 claimId, const QString &patientControlNumber,
                       const ClaimEdit &edit, qint64 payerId);
    /// Moves the claim to @p state (raising the version); @p firstScrubClean is set the first
    /// time a claim is scrubbed.
    Result<void> setState(qint64 claimId, ClaimState state,
                          std::optional<bool> firstScrubClean = std::nullopt);
    /// A submission: state submitted, submission count + 1.
    Result<void> markSubmitted(qint64 claimId);
    Result<void> setPayerClaimNumber(qint64 claimId, const QString &number);

    Result<QList<StoredFinding>> findings(qint64 claimId);
    /// Replaces the claim's findings, keeping an override of the same rule, line and codes.
    Result<void> replaceFindings(qint64 claimId, const QList<Finding> &findings);
    /// The claim a stored finding belongs to, or nullopt.
    Result<std::optional<qint64>> findingClaim(qint64 findingId);

    Result<void> addEvent(qint64 claimId, qint64 acknowledgementId, const QDateTime &at,
                          const ClaimEvent &event);

    /// A new draft copying claim @p originalId (coding, lines, coverage, providers) with
    /// @p frequency and @p patientControlNumber, linked to the original. Returns its id.
    Result<qint64> insertCorrection(qint64 originalId, const QString &frequency,
                                    const QString &patientControlNumber);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/encounter.h"
#include "domain/error.h"
#include "domain/handoff.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace cc {

class Database;

/**
 * Claims and the scrubber's findings: the context a claim needs from the practice's records,
 * the findings kept for an encounter (before a claim exists) and their overrides, the
 * biller's incoming handoff list, and claim drafts made from accepted encounters.
 */
class ClaimRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::ClaimRepository)
public:
    explicit ClaimRepository(Database &db);
    ~ClaimRepository();

    /// Billing NPI, rendering provider and the primary coverage in force on the encounter's
    /// date of service.
    Result<ClaimContext> context(qint64 encounterId);

    /**
     * Replaces the encounter's findings with @p findings. An override given earlier to a
     * finding of the same rule, line and codes is kept: the biller's reason still holds.
     */
    Result<void> replaceEncounterFindings(qint64 encounterId, const QList<Finding> &findings);
    Result<QList<StoredFinding>> encounterFindings(qint64 encounterId);
    /// The encounter a stored finding belongs to, or nullopt when there is no such finding.
    Result<std::optional<qint64>> findingEncounter(qint64 findingId);
    Result<void> overrideFinding(qint64 findingId, qint64 userId, const QString &reason);
    /// Moves the encounter's findings (with their overrides) to its new claim.
    Result<void> attachFindings(qint64 encounterId, qint64 claimId);

    /**
     * For every encounter handed off to billing: the hand-off (who, when, note), the open
     * finding counts, the version and the total charge. The summary is left for the caller
     * (EncounterRepository::inState).
     */
    Result<QHash<qint64, HandoffItem>> handoffDetails();

    /// The next value of a named counter ("claim", "batch", …), starting at 1.
    Result<qint64> nextControlNumber(const QString &name);
    /// The next patient control number of a claim (CLM01): "CC" and seven digits.
    Result<QString> nextPatientControlNumber();
    /**
     * A draft claim for the accepted encounter @p e: its lines, charges and pointers, the
     * providers and coverage of @p context. Returns the claim id.
     */
    Result<qint64> insertDraft(const EncounterDetail &e, const ClaimContext &context,
                               const QString &patientControlNumber,
                               const QString &priorAuthorization);
    Result<std::optional<qint64>> claimForEncounter(qint64 encounterId);

    /// Member id → (patient id, payer id) of every coverage, to match a claims file to the
    /// practice's patients.
    Result<QHash<QString, std::pair<qint64, qint64>>> membersById();
    /// Draft claims as the scrubber sees them (id = patient control number).
    Result<QList<ScrubClaim>> draftScrubClaims();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

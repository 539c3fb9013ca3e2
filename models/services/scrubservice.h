// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/encounter.h"
#include "domain/error.h"
#include "domain/handoff.h"
#include "edits/finding.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace cc {

class CodeSetService;
class Database;
struct EditData;

/**
 * The scrubber on the practice's data (DESIGN.md §5): the pure EditEngine fed with the code
 * sets in force on each date of service, the shipped medical-necessity rules, the imported NCCI
 * PTP and MUE tables, the manager's payer rules, the authorizations on file and the services
 * already billed. The PTP and MUE tables are loaded once and kept until they change.
 */
class ScrubService : public QObject
{
    Q_OBJECT
public:
    ScrubService(Database &db, CodeSetService &codes, QObject *parent = nullptr);
    ~ScrubService() override;

    struct ClaimFindings
    {
        QString id;
        QList<Finding> findings;
    };

    /// The edits the coding panel shows while the coder works (before a claim exists).
    Result<QList<Finding>> codingFindings(const EncounterDetail &encounter,
                                          const CodingDraft &draft);
    /// Every edit on the encounter as the claim it will become, as of @p today.
    Result<QList<Finding>> encounterFindings(const EncounterDetail &encounter,
                                             const CodingDraft &draft, const QDate &today);
    /**
     * Scrubs @p claims (from a claims file, or built from the database) as of @p today. A claim
     * whose patient or payer is not given is matched to the practice's records by member id.
     */
    Result<QList<ClaimFindings>> scrub(QList<ScrubClaim> claims, const QDate &today);
    /**
     * The claim the scrubber sees for a stored encounter as it is coded, or nullopt when the
     * encounter no longer exists; @p detail, when given, receives the encounter.
     */
    Result<std::optional<ScrubClaim>> storedEncounterClaim(qint64 encounterId,
                                                           EncounterDetail *detail = nullptr);
    /// The claims waiting for a scrub: draft claims, and coded or handed-off encounters.
    Result<QList<ScrubClaim>> pendingClaims();

    /// The claim the scrubber sees for an encounter and its coding.
    static ScrubClaim toScrubClaim(const EncounterDetail &encounter, const CodingDraft &draft,
                                   const ClaimContext &context);

    /// Drops the cached PTP and MUE tables (after an import).
    void invalidate();
    /// Rows of the PTP table in memory (0 until the first scrub that needs it).
    qsizetype loadedPtpRows() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

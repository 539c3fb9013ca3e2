// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/encounter.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace cc {

class Database;

/// A new encounter as the front desk and the provider's superbill record it.
struct NewEncounter
{
    qint64 patientId = 0;
    qint64 providerId = 0;
    QDate dateOfService;
    QString placeOfService;
    QString clinicalNote;
    EncounterState state = EncounterState::New;
    QList<DiagnosisEntry> diagnoses;
    QList<ServiceLineEntry> services;
    QString createdAt; ///< ISO timestamp; the demo sets it from its anchor date
};

/// Encounters, their diagnoses and service lines.
class EncounterRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::EncounterRepository)
public:
    explicit EncounterRepository(Database &db);
    ~EncounterRepository();

    /// The queue rows with a date of service in [from, to], oldest first, and every
    /// encounter the biller returned (whatever its date).
    Result<QList<EncounterSummary>> queue(const QDate &from, const QDate &to);
    Result<std::optional<EncounterDetail>> detail(qint64 id);
    /// The queue rows of every encounter in @p state, oldest first.
    Result<QList<EncounterSummary>> inState(EncounterState state);
    Result<qint64> insert(const NewEncounter &e);

    /**
     * Replaces the encounter's diagnoses, service lines, coder note and checklist ticks when
     * its version is still @p expectedVersion (else Error::Kind::Conflict: another seat saved
     * first), and moves it to @p state. Returns the new version.
     */
    Result<int> saveCoding(qint64 id, int expectedVersion, const CodingDraft &draft,
                           EncounterState state, qint64 userId);
    /// Moves the encounter to @p state when its version is still @p expectedVersion
    /// (-1: whatever the version). Returns the new version.
    Result<int> setState(qint64 id, int expectedVersion, EncounterState state,
                         const QString &returnReason = {});
    /// One row of the handoff log: who moved the encounter from which state to which, at
    /// @p at (an ISO UTC timestamp; now when empty).
    Result<void> logTransition(qint64 id, qint64 userId, EncounterState from, EncounterState to,
                               const QString &note, const QString &reasonCode = {},
                               const QString &findingsJson = QStringLiteral("[]"),
                               const QString &at = {});
    /// The patient's latest other coded encounter on or before @p date.
    Result<std::optional<qint64>> previousCoded(qint64 patientId, const QDate &date,
                                                qint64 excludeId);
    Result<void> appendAddendum(qint64 id, const QString &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

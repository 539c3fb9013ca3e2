// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/encounter.h"
#include "domain/error.h"

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
public:
    explicit EncounterRepository(Database &db);
    ~EncounterRepository();

    /// The queue rows with a date of service in [from, to], oldest first.
    Result<QList<EncounterSummary>> queue(const QDate &from, const QDate &to);
    Result<std::optional<EncounterDetail>> detail(qint64 id);
    Result<qint64> insert(const NewEncounter &e);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

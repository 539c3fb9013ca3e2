// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

/// DESIGN.md §2: new → coding → query_pending → coded → handed_off → returned → accepted → billed
enum class EncounterState { New, Coding, QueryPending, Coded, HandedOff, Returned, Accepted, Billed };

namespace encounterstate {
QString toKey(EncounterState s);
std::optional<EncounterState> fromKey(const QString &key);
QString displayName(EncounterState s);
QList<EncounterState> all();
} // namespace encounterstate

/// One row of the coder queue: what a coder needs to pick the next encounter.
struct EncounterSummary
{
    qint64 id = 0;
    QDate dateOfService;
    QString patientName;     ///< "Last, First"
    QString mrn;
    qint64 providerId = 0;
    QString providerName;
    qint64 payerId = 0;      ///< 0 when the patient has no coverage (self-pay)
    QString payerName;
    QString placeOfService;
    EncounterState state = EncounterState::New;
    int serviceCount = 0;
    int diagnosisCount = 0;
    QString returnReason;    ///< set while the encounter is returned to the coder
    int newAnswers = 0;      ///< provider answers to queries the coder has not seen yet
    QDateTime openQuerySentAt; ///< oldest unanswered query (invalid when none)
};

struct DiagnosisEntry
{
    int position = 0; ///< 1..12, 1 is the principal diagnosis
    QString code;     ///< stored without the dot
};

struct ServiceLineEntry
{
    int lineNo = 0;
    QString code;
    QStringList modifiers;
    int units = 1;
    QList<int> pointers; ///< 1-based positions into the diagnosis list
    qint64 chargeCents = 0;
    QDate serviceDate;
};

/// Everything the coding panel shows of one encounter.
struct EncounterDetail
{
    EncounterSummary summary;
    qint64 patientId = 0;
    QDate patientBirthDate;
    QString patientSex;
    QString providerSpecialty;
    QString clinicalNote;
    QString addendum; ///< added by the provider when answering a query
    QString coderNote;
    QStringList checkedItems;
    int version = 0;
    QList<DiagnosisEntry> diagnoses;
    QList<ServiceLineEntry> services;
};

/// Filter of the coder queue that the repository applies (date range); the rest is
/// applied by the proxy model on the loaded rows.
struct QueueQuery
{
    QDate from;
    QDate to;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "encounter.h"

#include <QCoreApplication>

namespace cc::encounterstate {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::EncounterState)
};
} // namespace

QString toKey(EncounterState s)
{
    switch (s) {
    case EncounterState::New: return QStringLiteral("new");
    case EncounterState::Coding: return QStringLiteral("coding");
    case EncounterState::QueryPending: return QStringLiteral("query_pending");
    case EncounterState::Coded: return QStringLiteral("coded");
    case EncounterState::HandedOff: return QStringLiteral("handed_off");
    case EncounterState::Returned: return QStringLiteral("returned");
    case EncounterState::Accepted: return QStringLiteral("accepted");
    case EncounterState::Billed: return QStringLiteral("billed");
    }
    return {};
}

std::optional<EncounterState> fromKey(const QString &key)
{
    for (EncounterState s : all()) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(EncounterState s)
{
    switch (s) {
    case EncounterState::New: return Tr::tr("New");
    case EncounterState::Coding: return Tr::tr("Coding");
    case EncounterState::QueryPending: return Tr::tr("Query pending");
    case EncounterState::Coded: return Tr::tr("Coded");
    case EncounterState::HandedOff: return Tr::tr("Handed off");
    case EncounterState::Returned: return Tr::tr("Returned");
    case EncounterState::Accepted: return Tr::tr("Accepted");
    case EncounterState::Billed: return Tr::tr("Billed");
    }
    return {};
}

QList<EncounterState> all()
{
    return {EncounterState::New,      EncounterState::Coding,   EncounterState::QueryPending,
            EncounterState::Coded,    EncounterState::HandedOff, EncounterState::Returned,
            EncounterState::Accepted, EncounterState::Billed};
}

} // namespace cc::encounterstate

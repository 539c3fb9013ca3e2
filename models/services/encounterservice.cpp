// SPDX-License-Identifier: GPL-3.0-or-later
#include "encounterservice.h"
#include "auditservice.h"
#include "storage/database.h"
#include "storage/encounterrepository.h"

namespace cc {

Result<QList<EncounterSummary>> EncounterService::queue(const Session &who, const QDate &from,
                                                        const QDate &to)
{
    if (auto r = who.require(Permission::ViewCoderQueue); !r)
        return r.error();
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a date range whose start is not after its end."));
    return EncounterRepository(m_db).queue(from, to);
}

Result<EncounterDetail> EncounterService::open(const Session &who, qint64 encounterId)
{
    if (!who.can(Permission::ViewCoderQueue) && !who.can(Permission::ReviewHandoff)
        && !who.can(Permission::AnswerQuery))
        return Error::forbidden(roles::describe(Permission::ViewCoderQueue));
    auto found = EncounterRepository(m_db).detail(encounterId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    // A provider reads only the notes of their own encounters (to answer queries on them).
    if (!who.can(Permission::ViewCoderQueue) && !who.can(Permission::ReviewHandoff)
        && (!who.providerId || *who.providerId != found.value()->summary.providerId))
        return Error::forbidden(tr("open another provider's encounter"));
    const auto key = qMakePair(who.userId, encounterId);
    if (!m_opened.contains(key)) {
        if (auto r = m_audit.record(who, QStringLiteral("encounter.open"),
                                    QStringLiteral("encounter"), encounterId);
            !r)
            return r.error();
        m_opened.insert(key);
    }
    EncounterDetail d = *found.value();
    d.summary.id = encounterId;
    return d;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoffservice.h"
#include "auditservice.h"
#include "encounterservice.h"
#include "scrubservice.h"
#include "edits/editdata.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/editdatarepository.h"
#include "storage/encounterrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {

/// The findings as the handoff log keeps them: DESIGN §5 fields, plus the override.
QString logJson(const QList<StoredFinding> &stored)
{
    QJsonArray array;
    for (const StoredFinding &s : stored) {
        QJsonObject o = findings::toJsonObject(s.finding);
        if (s.isOverridden()) {
            o.insert(QStringLiteral("overriddenBy"), s.overriddenBy);
            o.insert(QStringLiteral("overrideReason"), s.overrideReason);
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<int> HandoffService::handOff(const Session &who, qint64 encounterId, int version,
                                    const QString &note)
{
    if (auto r = who.require(Permission::CodeEncounter); !r)
        return r.error();
    EncounterRepository encounters(m_db);
    auto current = encounters.detail(encounterId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    const EncounterDetail &e = *current.value();
    if (e.summary.state != EncounterState::Coded)
        return Error::invalid(tr("Only coded work can be handed off; this encounter is %1. "
                                 "Mark it coded first.")
                                      .arg(encounterstate::displayName(e.summary.state)));
    if (e.version != version)
        return Error::make(Error::Kind::Conflict,
                           tr("Encounter %1 was changed by someone else since you opened it. "
                              "Reopen it to see the change, then hand it off.")
                                   .arg(encounterId));
    auto found = m_scrub.encounterFindings(e, CodingDraft::of(e), today());
    if (!found)
        return found.error();
    const QString trimmedNote = note.trimmed();
    if (findings::hasErrors(found.value()) && trimmedNote.isEmpty())
        return Error::invalid(tr("The scrubber still reports an error on this encounter. Fix "
                                 "it, or write a note telling the biller why it should go as "
                                 "it is."));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    ClaimRepository claims(m_db);
    if (auto r = claims.replaceEncounterFindings(encounterId, found.value()); !r)
        return r.error();
    auto stored = claims.encounterFindings(encounterId);
    if (!stored)
        return stored.error();
    auto newVersion = encounters.setState(encounterId, version, EncounterState::HandedOff);
    if (!newVersion)
        return newVersion.error();
    if (auto r = encounters.logTransition(encounterId, who.userId, EncounterState::Coded,
                                          EncounterState::HandedOff, trimmedNote, {},
                                          logJson(stored.value()));
        !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("encounter.handoff"),
                                QStringLiteral("encounter"), encounterId,
                                QStringLiteral("%1 findings").arg(found->size()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit m_encounters.encountersChanged();
    emit handoffChanged();
    return newVersion;
}

Result<QList<HandoffItem>> HandoffService::incoming(const Session &who)
{
    if (auto r = who.require(Permission::ReviewHandoff); !r)
        return r.error();
    auto rows = EncounterRepository(m_db).inState(EncounterState::HandedOff);
    if (!rows)
        return rows.error();
    auto details = ClaimRepository(m_db).handoffDetails();
    if (!details)
        return details.error();
    QList<HandoffItem> out;
    for (const EncounterSummary &s : rows.value()) {
        HandoffItem item = details->value(s.id);
        item.summary = s;
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(), [](const HandoffItem &a, const HandoffItem &b) {
        return a.handedOffAt < b.handedOffAt;
    });
    return out;
}

Result<QList<StoredFinding>> HandoffService::findings(const Session &who, qint64 encounterId)
{
    if (!who.can(Permission::ReviewHandoff) && !who.can(Permission::CodeEncounter)
        && !who.can(Permission::ViewHandoffLog))
        return Error::forbidden(roles::describe(Permission::ReviewHandoff));
    return ClaimRepository(m_db).encounterFindings(encounterId);
}

Result<qint64> HandoffService::accept(const Session &who, qint64 encounterId, int version)
{
    if (auto r = who.require(Permission::ReviewHandoff); !r)
        return r.error();
    EncounterRepository encounters(m_db);
    auto current = encounters.detail(encounterId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    const EncounterDetail &e = *current.value();
    if (e.summary.state != EncounterState::HandedOff)
        return Error::invalid(tr("This encounter is %1, not waiting for billing.")
                                      .arg(encounterstate::displayName(e.summary.state)));
    ClaimRepository claims(m_db);
    auto stored = claims.encounterFindings(encounterId);
    if (!stored)
        return stored.error();
    const auto open = std::count_if(stored->cbegin(), stored->cend(),
                                    [](const StoredFinding &s) { return s.blocks(); });
    if (open > 0)
        return Error::invalid(tr("%n error finding(s) are still open on this encounter. "
                                 "Return it to the coder, or override each one with a reason.",
                                 nullptr, int(open)));
    auto context = claims.context(encounterId);
    if (!context)
        return context.error();
    // The authorization on file that covers the claim's services, when there is one.
    QString priorAuth;
    auto auths = EditDataRepository(m_db).authorizations({e.patientId});
    if (!auths)
        return auths.error();
    for (const Authorization &a : auths->values(e.patientId)) {
        if (a.payerId != context->payerId || e.summary.dateOfService < a.from
            || e.summary.dateOfService > a.to)
            continue;
        const bool covers = std::any_of(e.services.cbegin(), e.services.cend(),
                                        [&](const ServiceLineEntry &l) {
                                            return a.codes.isEmpty() || a.codes.contains(l.code);
                                        });
        if (covers) {
            priorAuth = a.number;
            break;
        }
    }

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto pcn = claims.nextPatientControlNumber();
    if (!pcn)
        return pcn.error();
    auto claimId = claims.insertDraft(e, context.value(), pcn.value(), priorAuth);
    if (!claimId)
        return claimId.error();
    if (auto r = claims.attachFindings(encounterId, claimId.value()); !r)
        return r.error();
    if (auto r = encounters.setState(encounterId, version, EncounterState::Accepted); !r)
        return r.error();
    if (auto r = encounters.logTransition(encounterId, who.userId, EncounterState::HandedOff,
                                          EncounterState::Accepted, {}, {},
                                          logJson(stored.value()));
        !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("encounter.accept"),
                                QStringLiteral("encounter"), encounterId,
                                QStringLiteral("claim %1").arg(pcn.value()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit m_encounters.encountersChanged();
    emit handoffChanged();
    return claimId;
}

Result<int> HandoffService::returnToCoder(const Session &who, qint64 encounterId, int version,
                                          const QString &reasonKey, const QString &text)
{
    if (auto r = who.require(Permission::ReviewHandoff); !r)
        return r.error();
    if (!returnreasons::keys().contains(reasonKey))
        return Error::invalid(tr("Choose why the work goes back to the coder."));
    const QString detail = text.trimmed();
    if (reasonKey == QLatin1String("other") && detail.isEmpty())
        return Error::invalid(tr("Say what the coder should change: \"Other\" needs a few "
                                 "words."));
    EncounterRepository encounters(m_db);
    auto current = encounters.detail(encounterId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    if (current.value()->summary.state != EncounterState::HandedOff)
        return Error::invalid(tr("This encounter is %1, not waiting for billing.")
                                      .arg(encounterstate::displayName(
                                              current.value()->summary.state)));
    auto stored = ClaimRepository(m_db).encounterFindings(encounterId);
    if (!stored)
        return stored.error();
    const QString shown = detail.isEmpty()
            ? returnreasons::displayName(reasonKey)
            : QStringLiteral("%1: %2").arg(returnreasons::displayName(reasonKey), detail);

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto newVersion = encounters.setState(encounterId, version, EncounterState::Returned, shown);
    if (!newVersion)
        return newVersion.error();
    if (auto r = encounters.logTransition(encounterId, who.userId, EncounterState::HandedOff,
                                          EncounterState::Returned, detail, reasonKey,
                                          logJson(stored.value()));
        !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("encounter.return"),
                                QStringLiteral("encounter"), encounterId, reasonKey);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit m_encounters.encountersChanged();
    emit handoffChanged();
    return newVersion;
}

Result<void> HandoffService::overrideFinding(const Session &who, qint64 findingId,
                                             const QString &reason)
{
    if (auto r = who.require(Permission::OverrideFinding); !r)
        return r.error();
    if (reason.trimmed().size() < 5)
        return Error::invalid(tr("Say why this finding can be accepted as it is: the reason is "
                                 "kept with the claim and shown to auditors."));
    ClaimRepository claims(m_db);
    auto encounter = claims.findingEncounter(findingId);
    if (!encounter)
        return encounter.error();
    if (!encounter.value())
        return Error::notFound(tr("This finding no longer exists: the encounter was scrubbed "
                                  "again. Reload the list."));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = claims.overrideFinding(findingId, who.userId, reason.trimmed()); !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("finding.override"),
                                QStringLiteral("encounter"), *encounter.value(),
                                QStringLiteral("finding %1: %2").arg(findingId).arg(reason.trimmed()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit handoffChanged();
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "seatconflict.h"
#include "domain/codeentry.h"
#include "storage/auditrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace cc::seatconflict {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::SeatConflict)
};

QString serviceText(const QString &code, const QStringList &modifiers, int units)
{
    QString s = displayCode(CodeKind::Cpt, code);
    if (!modifiers.isEmpty())
        s += QLatin1Char('-') + modifiers.join(QLatin1Char('-'));
    if (units > 1)
        s += QStringLiteral(" ×%1").arg(units);
    return s;
}

QString codesText(const QStringList &diagnoses, const QStringList &services)
{
    QStringList parts;
    if (!diagnoses.isEmpty())
        parts.append(Tr::tr("diagnoses %1").arg(diagnoses.join(QStringLiteral(", "))));
    if (!services.isEmpty())
        parts.append(Tr::tr("services %1").arg(services.join(QStringLiteral(", "))));
    return parts.isEmpty() ? Tr::tr("no codes") : parts.join(QStringLiteral(" · "));
}

/// "by coder2 on 11/28/26 10:42 AM", or "by someone else" when the trail does not say.
QString bywhom(Database &db, const QString &entity, qint64 id, const QStringList &actions)
{
    auto last = AuditRepository(db).lastAbout(entity, id, actions);
    if (!last || !last.value())
        return Tr::tr("by someone else");
    const AuditRow &row = *last.value();
    const QDateTime at = QDateTime::fromString(row.at, Qt::ISODateWithMs);
    const QString when = at.isValid()
            ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
            : row.at;
    QString name = row.username;
    if (row.userId) {
        if (auto user = UserRepository(db).findById(*row.userId); user && user.value()
            && !user.value()->fullName.isEmpty())
            name = user.value()->fullName;
    }
    return Tr::tr("by %1 on %2").arg(name.isEmpty() ? Tr::tr("someone else") : name, when);
}
} // namespace

QString codingText(const QList<DiagnosisEntry> &diagnoses, const QList<ServiceLineEntry> &services)
{
    QStringList dx;
    for (const DiagnosisEntry &d : diagnoses)
        dx.append(displayCode(CodeKind::Icd10Cm, d.code));
    QStringList sv;
    for (const ServiceLineEntry &l : services)
        sv.append(serviceText(l.code, l.modifiers, l.units));
    return codesText(dx, sv);
}

QString claimText(const QStringList &diagnoses, const QList<ClaimLine> &lines,
                  const QString &placeOfService, const QString &priorAuthorization)
{
    QStringList dx;
    for (const QString &d : diagnoses)
        dx.append(displayCode(CodeKind::Icd10Cm, d));
    QStringList sv;
    for (const ClaimLine &l : lines)
        sv.append(serviceText(l.code, l.modifiers, l.units));
    QString s = codesText(dx, sv);
    if (!placeOfService.isEmpty())
        s += Tr::tr(" · place of service %1").arg(placeOfService);
    if (!priorAuthorization.isEmpty())
        s += Tr::tr(" · authorization %1").arg(priorAuthorization);
    return s;
}

Error encounter(Database &db, const EncounterDetail &now, const CodingDraft &yours)
{
    const qint64 id = now.summary.id;
    const QString who = bywhom(db, QStringLiteral("encounter"), id,
                               {QStringLiteral("encounter.save"), QStringLiteral("encounter.coded"),
                                QStringLiteral("encounter.handoff"),
                                QStringLiteral("encounter.accept"),
                                QStringLiteral("encounter.return"),
                                QStringLiteral("encounter.copy_last_visit"),
                                QStringLiteral("query.send"), QStringLiteral("query.answer")});
    const QString onRecord = codingText(now.diagnoses, now.services);
    const QString mine = codingText(yours.diagnoses, yours.services);
    return Error::make(Error::Kind::Conflict,
                       Tr::tr("Encounter %1 (%2) was saved %3 since you opened it; nothing of "
                              "yours was saved over it.\nNow on record: %4.\nYours, not saved: "
                              "%5.\nReopen the encounter to see the change, then redo your edit "
                              "if it is still needed.")
                               .arg(QString::number(id), now.summary.patientName, who, onRecord,
                                    mine),
                       QStringLiteral("encounter %1: version %2 on record").arg(id).arg(
                               now.version));
}

Error claim(Database &db, const ClaimRecord &now, const ClaimEdit &yours)
{
    const QString pcn = now.summary.patientControlNumber;
    const QString who = bywhom(db, QStringLiteral("claim"), now.summary.id, {});
    const QString onRecord = claimText(now.document.diagnoses, now.document.lines,
                                       now.document.placeOfService,
                                       now.document.priorAuthorization);
    const QString mine = claimText(yours.diagnoses, yours.lines, yours.placeOfService,
                                   yours.priorAuthorization);
    return Error::make(Error::Kind::Conflict,
                       Tr::tr("Claim %1 was changed %2 since you opened it; nothing of yours was "
                              "saved over it.\nNow on record: %3.\nYours, not saved: %4.\nReopen "
                              "the claim to see the change, then make yours again if it is still "
                              "needed.")
                               .arg(pcn, who, onRecord, mine),
                       QStringLiteral("claim %1: version %2 on record, yours %3")
                               .arg(now.summary.id)
                               .arg(now.summary.version)
                               .arg(yours.version));
}

} // namespace cc::seatconflict

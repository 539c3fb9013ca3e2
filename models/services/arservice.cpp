// SPDX-License-Identifier: GPL-3.0-or-later
#include "arservice.h"
#include "auditservice.h"
#include "storage/transaction.h"

#include <QHash>

#include <algorithm>

namespace cc {

int AgingBuckets::bucketOf(int days)
{
    if (days <= 30)
        return 0;
    if (days <= 60)
        return 1;
    if (days <= 90)
        return 2;
    if (days <= 120)
        return 3;
    return 4;
}

qint64 AgingBuckets::total() const
{
    qint64 sum = 0;
    for (qint64 c : cents)
        sum += c;
    return sum;
}

AgingBuckets &AgingBuckets::operator+=(const AgingBuckets &other)
{
    for (std::size_t i = 0; i < cents.size(); ++i)
        cents[i] += other.cents[i];
    return *this;
}

ArService::ArService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{ }

ArService::~ArService() = default;

QString ArService::bucketTitle(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("0–30");
    case 1:
        return tr("31–60");
    case 2:
        return tr("61–90");
    case 3:
        return tr("91–120");
    default:
        return tr("120+");
    }
}

Result<QList<AgingRow>> ArService::aging(const QDate &today, bool byPayer)
{
    auto open = ReceivablesRepository(m_db).openClaims();
    if (!open)
        return open.error();
    QHash<qint64, AgingRow> rows;
    for (const ReceivablesRepository::OpenClaim &c : open.value()) {
        const qint64 key = byPayer ? c.payerId : c.patientId;
        AgingRow &row = rows[key];
        if (row.claimCount == 0) {
            row.id = key;
            if (byPayer) {
                row.name = c.payerName.isEmpty() ? tr("Self-pay") : c.payerName;
                row.detail = c.payerKind;
            } else {
                row.name = c.patientName;
                row.detail = c.mrn;
            }
        }
        ++row.claimCount;
        row.insurance.add(c.dateOfService, today, c.insuranceBalanceCents);
        row.patientBalanceCents += c.patientBalanceCents;
    }
    QList<AgingRow> out = rows.values();
    std::sort(out.begin(), out.end(), [](const AgingRow &a, const AgingRow &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

Result<QList<AgingRow>> ArService::agingByPayer(const QDate &today)
{
    return aging(today, true);
}

Result<QList<AgingRow>> ArService::agingByPatient(const QDate &today)
{
    return aging(today, false);
}

Result<QList<FollowUpRow>> ArService::followUp(const QDate &today)
{
    auto open = ReceivablesRepository(m_db).openClaims();
    if (!open)
        return open.error();
    QList<FollowUpRow> out;
    for (const ReceivablesRepository::OpenClaim &c : open.value()) {
        if (c.insuranceBalanceCents <= 0 || c.state == QLatin1String("denied"))
            continue;
        const QDate sent = c.lastSentDate.isValid() ? c.lastSentDate : c.dateOfService;
        const int days = int(sent.daysTo(today));
        if (days <= c.expectedPaymentDays)
            continue;
        if (c.nextActionDate.isValid() && c.nextActionDate > today)
            continue;
        FollowUpRow r;
        r.claimId = c.claimId;
        r.controlNumber = c.controlNumber;
        r.patientId = c.patientId;
        r.patientName = c.patientName;
        r.payerName = c.payerName.isEmpty() ? tr("Self-pay") : c.payerName;
        r.dateOfService = c.dateOfService;
        r.sentDate = sent;
        r.daysOutstanding = days;
        r.expectedDays = c.expectedPaymentDays;
        r.balanceCents = c.insuranceBalanceCents;
        r.state = c.state;
        r.lastNote = c.lastNote;
        r.nextActionDate = c.nextActionDate;
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const FollowUpRow &a, const FollowUpRow &b) {
        return a.daysOutstanding > b.daysOutstanding;
    });
    return out;
}

Result<qint64> ArService::addFollowUpNote(
    const Session &who, qint64 claimId, const QString &note, const QDate &nextActionDate)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("Write what was done or learned (the note) before saving."));
    if (nextActionDate.isValid() && nextActionDate < today()) {
        return Error::invalid(tr("The next-action date %1 is in the past. Choose today or a later "
                                 "day, or leave it empty.")
                                  .arg(nextActionDate.toString(Qt::ISODate)));
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    ReceivablesRepository repo(m_db);
    auto exists = repo.claimExists(claimId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return Error::notFound(tr("Claim %1 is not on record.").arg(claimId));
    auto id = repo.insertClaimNote(claimId, QDateTime::currentDateTimeUtc(), who.userId,
        QStringLiteral("follow_up"), text, nextActionDate);
    if (!id)
        return id.error();
    const QString detail = nextActionDate.isValid()
        ? QStringLiteral("next action %1").arg(nextActionDate.toString(Qt::ISODate))
        : QStringLiteral("no next-action date");
    if (auto r = m_audit.record(
            who, QStringLiteral("claim.follow_up"), QStringLiteral("claim"), claimId, detail);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit followUpChanged();
    return id.value();
}

Result<QList<ClaimNote>> ArService::notes(qint64 claimId)
{
    return ReceivablesRepository(m_db).claimNotes(claimId);
}

} // namespace cc

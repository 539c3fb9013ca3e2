// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::AuditService)
};
} // namespace

QString AuditService::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditService::hashOf(const AuditRow &row)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QChar sep(0x1f);
    const QString text = QString::number(row.id) + sep + row.at + sep
            + (row.userId ? QString::number(*row.userId) : QString()) + sep + row.username + sep
            + row.action + sep + row.entity + sep
            + (row.entityId ? QString::number(*row.entityId) : QString()) + sep + row.detail + sep
            + row.prevHash;
    h.addData(text.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Result<void> AuditService::record(const Session &who, const QString &action,
                                  const QString &entity, std::optional<qint64> entityId,
                                  const QString &detail)
{
    return append(who.userId, who.username, action, entity, entityId, detail);
}

Result<void> AuditService::recordSystem(const QString &username, const QString &action,
                                        const QString &entity, std::optional<qint64> entityId,
                                        const QString &detail)
{
    return append(std::nullopt, username, action, entity, entityId, detail);
}

Result<void> AuditService::append(std::optional<qint64> userId, const QString &username,
                                  const QString &action, const QString &entity,
                                  std::optional<qint64> entityId, const QString &detail)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    AuditRepository repo(m_db);
    auto head = repo.head();
    if (!head)
        return head.error();
    AuditRow row;
    row.id = head->lastId + 1;
    row.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    row.userId = userId;
    row.username = username;
    row.action = action;
    row.entity = entity;
    row.entityId = entityId;
    row.detail = detail;
    row.prevHash = head->lastId == 0 ? genesisHash() : head->lastHash;
    row.hash = hashOf(row);
    if (auto r = repo.append(row); !r)
        return r.error();
    return tx.commit();
}

Result<AuditService::Verification> AuditService::verify()
{
    AuditRepository repo(m_db);
    Verification v;
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    auto walked = repo.forEach([&](const AuditRow &row) {
        ++v.rows;
        if (row.id != expectedId) {
            v.intact = false;
            v.firstBrokenId = row.id;
            v.reason = Tr::tr("Audit row %1 follows row %2: the rows between them were removed.")
                               .arg(row.id)
                               .arg(expectedId - 1);
            return false;
        }
        if (row.prevHash != expectedPrev) {
            v.intact = false;
            v.firstBrokenId = row.id;
            v.reason = Tr::tr("Audit row %1 does not continue the chain: the row before it was "
                              "altered or removed.")
                               .arg(row.id);
            return false;
        }
        if (hashOf(row) != row.hash) {
            v.intact = false;
            v.firstBrokenId = row.id;
            v.reason = Tr::tr("Audit row %1 was altered after it was written.").arg(row.id);
            return false;
        }
        expectedPrev = row.hash;
        ++expectedId;
        return true;
    });
    if (!walked)
        return walked.error();
    if (!v.intact)
        return v;
    auto head = repo.head();
    if (!head)
        return head.error();
    if (head->lastId != expectedId - 1 || (head->lastId > 0 && head->lastHash != expectedPrev)) {
        v.intact = false;
        v.firstBrokenId = expectedId;
        v.reason = Tr::tr("The audit trail ends at row %1 but row %2 was written: the newest "
                          "rows were removed.")
                           .arg(expectedId - 1)
                           .arg(head->lastId);
    }
    return v;
}

Result<QList<AuditRow>> AuditService::recent(const Session &who, int limit)
{
    if (auto r = who.require(Permission::ViewAuditTrail); !r)
        return r.error();
    return AuditRepository(m_db).recent(limit);
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"
#include "database.h"
#include "dialect_p.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {
const auto kSelectHead = QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
const auto kInsert = QStringLiteral(R"(
INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, detail, prev_hash,
                       hash)
VALUES (:id, :at, :user_id, :username, :action, :entity, :entity_id, :detail, :prev_hash, :hash)
)");
const auto kUpsertHead = QStringLiteral(R"(
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, :id, :hash)
ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash
)");
const auto kColumns = QStringLiteral(
        "id, at, user_id, username, action, entity, entity_id, detail, prev_hash, hash");

AuditRow readRow(const QSqlQuery &q)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    if (!q.value(2).isNull())
        r.userId = q.value(2).toLongLong();
    r.username = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    if (!q.value(6).isNull())
        r.entityId = q.value(6).toLongLong();
    r.detail = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}
} // namespace

Result<AuditRepository::Head> AuditRepository::head()
{
    QSqlQuery q(m_db.connection());
    // Locked on a server until the row after it is written: two seats never chain from the
    // same head.
    CC_TRY(sql::prepare(q, kSelectHead + sql::dialect::forUpdate(m_db.engine()),
                        QStringLiteral("read audit head")));
    CC_TRY(sql::exec(q, QStringLiteral("read audit head")));
    Head h;
    if (q.next()) {
        h.lastId = q.value(0).toLongLong();
        h.lastHash = q.value(1).toString();
    }
    return h;
}

Result<void> AuditRepository::append(const AuditRow &row)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kInsert, QStringLiteral("append audit row")));
    q.bindValue(QStringLiteral(":id"), row.id);
    q.bindValue(QStringLiteral(":at"), sql::text(row.at));
    q.bindValue(QStringLiteral(":user_id"),
                row.userId ? QVariant(*row.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":username"), sql::text(row.username));
    q.bindValue(QStringLiteral(":action"), sql::text(row.action));
    q.bindValue(QStringLiteral(":entity"), sql::text(row.entity));
    q.bindValue(QStringLiteral(":entity_id"),
                row.entityId ? QVariant(*row.entityId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":detail"), sql::text(row.detail));
    q.bindValue(QStringLiteral(":prev_hash"), sql::text(row.prevHash));
    q.bindValue(QStringLiteral(":hash"), sql::text(row.hash));
    CC_TRY(sql::exec(q, QStringLiteral("append audit row")));

    QSqlQuery h(m_db.connection());
    CC_TRY(sql::prepare(h, kUpsertHead, QStringLiteral("move audit head")));
    h.bindValue(QStringLiteral(":id"), row.id);
    h.bindValue(QStringLiteral(":hash"), sql::text(row.hash));
    CC_TRY(sql::exec(h, QStringLiteral("move audit head")));
    // Every change is audited: other seats hear of it when it is committed.
    if (const QString announce = sql::dialect::announceWork(m_db.engine()); !announce.isEmpty())
        CC_TRY(sql::run(m_db.connection(), announce, QStringLiteral("announce work")));
    return {};
}

Result<void> AuditRepository::forEach(const std::function<bool(const AuditRow &)> &visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kColumns),
                        QStringLiteral("read audit trail")));
    CC_TRY(sql::exec(q, QStringLiteral("read audit trail")));
    while (q.next()) {
        if (!visit(readRow(q)))
            break;
    }
    return {};
}

Result<QList<AuditRow>> AuditRepository::recent(int limit)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q,
                        QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT :limit")
                                .arg(kColumns),
                        QStringLiteral("read recent audit rows")));
    q.bindValue(QStringLiteral(":limit"), limit);
    CC_TRY(sql::exec(q, QStringLiteral("read recent audit rows")));
    QList<AuditRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<std::optional<AuditRow>> AuditRepository::lastAbout(const QString &entity, qint64 entityId,
                                                          const QStringList &actions)
{
    // The actions are few and fixed by the caller: bound one by one.
    QStringList marks;
    for (qsizetype i = 0; i < actions.size(); ++i)
        marks.append(QStringLiteral(":a%1").arg(i));
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE entity = :entity AND "
                                       "entity_id = :id%2 ORDER BY id DESC LIMIT 1")
                                .arg(kColumns,
                                     marks.isEmpty() ? QString()
                                                     : QStringLiteral(" AND action IN (%1)")
                                                               .arg(marks.join(QStringLiteral(", "))));
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, sql, QStringLiteral("read the last audit row of a record")));
    q.bindValue(QStringLiteral(":entity"), entity);
    q.bindValue(QStringLiteral(":id"), entityId);
    for (qsizetype i = 0; i < actions.size(); ++i)
        q.bindValue(marks.at(i), actions.at(i));
    CC_TRY(sql::exec(q, QStringLiteral("read the last audit row of a record")));
    if (!q.next())
        return std::optional<AuditRow>();
    return std::optional<AuditRow>(readRow(q));
}

Result<qint64> AuditRepository::lastWorkId()
{
    // Newest first by id: it stops at the first row of work, however many looks came after.
    static const QString sql = QStringLiteral(
            "SELECT id FROM audit_log WHERE action NOT LIKE '%.open' AND action NOT LIKE "
            "'%.export' AND action NOT LIKE 'login%' AND action NOT IN ('logout', 'lock', "
            "'unlock', 'unlock.failed', 'practice.backup') ORDER BY id DESC LIMIT 1");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, sql, QStringLiteral("read the newest work in the audit trail")));
    CC_TRY(sql::exec(q, QStringLiteral("read the newest work in the audit trail")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {
const auto kColumns = QStringLiteral(
        "id, username, full_name, role, password_hash, provider_id, active");
const auto kInsert = QStringLiteral(R"(
INSERT INTO users (username, full_name, role, password_hash, provider_id, active, created_at)
VALUES (:username, :full_name, :role, :hash, :provider, :active, :created_at)
)");
const auto kUpdateHash = QStringLiteral(
        "UPDATE users SET password_hash = :hash, version = version + 1 WHERE id = :id");

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.passwordHash = q.value(4).toString();
    if (!q.value(5).isNull())
        u.providerId = q.value(5).toLongLong();
    u.active = q.value(6).toBool();
    return u;
}
} // namespace

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, QStringLiteral("SELECT %1 FROM users WHERE username = :username")
                                   .arg(kColumns),
                        QStringLiteral("find user")));
    q.bindValue(QStringLiteral(":username"), username);
    CC_TRY(sql::exec(q, QStringLiteral("find user")));
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(q));
}

Result<std::optional<UserRecord>> UserRepository::findById(qint64 id)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(kColumns),
                        QStringLiteral("find user by id")));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, QStringLiteral("find user by id")));
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(q));
}

Result<qint64> UserRepository::insert(const UserRecord &u)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kInsert, QStringLiteral("insert user")));
    q.bindValue(QStringLiteral(":username"), sql::text(u.username));
    q.bindValue(QStringLiteral(":full_name"), sql::text(u.fullName));
    q.bindValue(QStringLiteral(":role"), sql::text(u.role));
    q.bindValue(QStringLiteral(":hash"), sql::text(u.passwordHash));
    q.bindValue(QStringLiteral(":provider"),
                u.providerId ? QVariant(*u.providerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":active"), u.active ? 1 : 0);
    q.bindValue(QStringLiteral(":created_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    CC_TRY(sql::exec(q, QStringLiteral("insert user")));
    return q.lastInsertId().toLongLong();
}

Result<QList<UserRecord>> UserRepository::all()
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns),
                        QStringLiteral("list users")));
    CC_TRY(sql::exec(q, QStringLiteral("list users")));
    QList<UserRecord> out;
    while (q.next())
        out.append(readUser(q));
    return out;
}

Result<void> UserRepository::updatePasswordHash(qint64 id, const QString &hash)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kUpdateHash, QStringLiteral("update password")));
    q.bindValue(QStringLiteral(":hash"), sql::text(hash));
    q.bindValue(QStringLiteral(":id"), id);
    return sql::exec(q, QStringLiteral("update password"));
}

} // namespace cc

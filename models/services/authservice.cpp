// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"
#include "auditservice.h"
#include "passwordhasher.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::AuthService)
};

Error wrongCredentials()
{
    return Error::make(Error::Kind::Auth,
                       Tr::tr("The user name or password is not right. Check Caps Lock and try "
                              "again."));
}
} // namespace

Result<Session> AuthService::login(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    auto found = UserRepository(m_db).findByUsername(name);
    if (!found)
        return found.error();
    const std::optional<UserRecord> &user = found.value();
    if (!user || !user->active || !password::verify(user->passwordHash, password)) {
        auto r = m_audit.recordSystem(name, QStringLiteral("login.failed"), QStringLiteral("user"),
                                      user ? std::optional<qint64>(user->id) : std::nullopt);
        if (!r)
            return r.error();
        return wrongCredentials();
    }
    const auto role = roles::fromKey(user->role);
    if (!role) {
        return Error::make(Error::Kind::Auth,
                           Tr::tr("Your account has no known role. Ask the administrator to fix "
                                  "it."),
                           QStringLiteral("role '%1'").arg(user->role));
    }
    Session s;
    s.userId = user->id;
    s.username = user->username;
    s.fullName = user->fullName;
    s.role = *role;
    s.providerId = user->providerId;
    if (auto r = m_audit.record(s, QStringLiteral("login"), QStringLiteral("user"), s.userId); !r)
        return r.error();
    return s;
}

Result<void> AuthService::unlock(const Session &session, const QString &password)
{
    auto found = UserRepository(m_db).findById(session.userId);
    if (!found)
        return found.error();
    if (!found.value() || !password::verify(found.value()->passwordHash, password)) {
        auto r = m_audit.record(session, QStringLiteral("unlock.failed"), QStringLiteral("user"),
                                session.userId);
        if (!r)
            return r.error();
        return wrongCredentials();
    }
    return m_audit.record(session, QStringLiteral("unlock"), QStringLiteral("user"),
                          session.userId);
}

Result<void> AuthService::logout(const Session &session)
{
    return m_audit.record(session, QStringLiteral("logout"), QStringLiteral("user"),
                          session.userId);
}

Result<qint64> AuthService::createUser(const Session &admin, const NewUser &user)
{
    if (auto r = admin.require(Permission::ManageUsers); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto id = insertUser(user);
    if (!id)
        return id.error();
    if (auto r = m_audit.record(admin, QStringLiteral("user.create"), QStringLiteral("user"),
                                id.value(), roles::toKey(user.role));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<qint64> AuthService::createInitialUser(const NewUser &user)
{
    return insertUser(user);
}

Result<qint64> AuthService::insertUser(const NewUser &user)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    if (!validName.match(user.username).hasMatch()) {
        return Error::invalid(Tr::tr("A user name has 2 to 40 letters, digits, dots, dashes or "
                                     "underscores."));
    }
    if (user.password.size() < 8) {
        return Error::invalid(Tr::tr("A password needs at least 8 characters."));
    }
    if (user.fullName.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Enter the person's full name."));
    auto existing = UserRepository(m_db).findByUsername(user.username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::invalid(Tr::tr("The user name %1 is taken.").arg(user.username));
    auto hash = password::hash(user.password);
    if (!hash)
        return hash.error();
    UserRecord rec;
    rec.username = user.username;
    rec.fullName = user.fullName.trimmed();
    rec.role = roles::toKey(user.role);
    rec.passwordHash = hash.value();
    rec.providerId = user.providerId;
    return UserRepository(m_db).insert(rec);
}

Result<QList<UserRecord>> AuthService::users(const Session &admin)
{
    if (auto r = admin.require(Permission::ManageUsers); !r)
        return r.error();
    return UserRepository(m_db).all();
}

} // namespace cc

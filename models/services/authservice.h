// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "storage/records.h"

namespace cc {

class AuditService;
class Database;

/// Logs users in and out, manages accounts. Every login attempt is audited.
class AuthService
{
public:
    AuthService(Database &db, AuditService &audit) : m_db(db), m_audit(audit) { }

    /// A session for the user, or Error::Kind::Auth with one sentence for any wrong name or
    /// password (the message never says which of the two was wrong).
    Result<Session> login(const QString &username, const QString &password);
    /// Re-checks the session owner's password (unlocking the screen).
    Result<void> unlock(const Session &session, const QString &password);
    Result<void> logout(const Session &session);

    struct NewUser
    {
        QString username;
        QString fullName;
        Role role = Role::Coder;
        QString password;
        std::optional<qint64> providerId;
    };
    /// Creates an account; needs ManageUsers.
    Result<qint64> createUser(const Session &admin, const NewUser &user);
    /// Creates an account without a session: only for setting up a new practice.
    Result<qint64> createInitialUser(const NewUser &user);
    /// The list of accounts (ManageUsers).
    Result<QList<UserRecord>> users(const Session &admin);

private:
    Result<qint64> insertUser(const NewUser &user);
    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

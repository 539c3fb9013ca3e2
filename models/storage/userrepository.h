// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "records.h"

#include <QList>

#include <optional>

namespace cc {

class Database;

/// Users of the workstation and their roles.
class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) { }

    Result<std::optional<UserRecord>> findByUsername(const QString &username);
    Result<std::optional<UserRecord>> findById(qint64 id);
    Result<qint64> insert(const UserRecord &user);
    Result<QList<UserRecord>> all();
    Result<void> updatePasswordHash(qint64 id, const QString &hash);

private:
    Database &m_db;
};

} // namespace cc

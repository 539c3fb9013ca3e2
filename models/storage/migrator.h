// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace cc {

class Database;

/**
 * Brings a database to the newest schema. Reads `NNNN_name.sql` files (from the `:/sql`
 * resource by default) and applies each one newer than the database's `user_version`
 * in its own transaction together with the version bump, so a failing step leaves the
 * database at the previous version. Refuses a database newer than the program, and a SQLite
 * file that belongs to another program.
 */
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString path;
    };

    explicit Migrator(Database &db, const QString &directory = QStringLiteral(":/sql"));

    QList<Step> steps() const { return m_steps; }
    int latestVersion() const;
    Result<int> currentVersion() const;
    /// Applies every pending step. Returns the number of steps applied.
    Result<int> migrate();

    /// Splits a migration file into statements (semicolons outside quotes, comments and
    /// trigger bodies).
    static QStringList splitStatements(const QString &sql);

private:
    Database &m_db;
    QList<Step> m_steps;
};

} // namespace cc

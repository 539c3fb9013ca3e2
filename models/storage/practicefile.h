// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QString>

namespace cc {

class Database;

/**
 * The practice database as a file: the operations a backup and a restore need, which depend
 * on the engine. This is the one place that knows how SQLite copies and replaces its file
 * (VACUUM INTO for an online copy, the write-ahead log beside the file); a server engine
 * will answer the same calls with its own means.
 */
namespace practicefile {

/**
 * Writes a consistent copy of the open practice to @p file while others keep working (SQLite's
 * VACUUM INTO: one read transaction, the copy compacted and in one file). @p file must not exist.
 */
Result<void> copyTo(Database &db, const QString &file);

/**
 * A number that changes when another connection — another seat, the console — has committed
 * a change to the practice since this connection last asked (SQLite's PRAGMA data_version).
 * This connection's own commits leave it as it was: their services have said so already.
 * On a server it is the count of other seats' announcements of committed work
 * (Database::announcementsHeard(): LISTEN/NOTIFY), heard while the event loop runs.
 */
Result<qint64> dataVersion(Database &db);

struct Check
{
    int schemaVersion = 0;  ///< PRAGMA user_version: the CleanClaim schema step it is at
    bool cleanClaim = false; ///< holds CleanClaim's practice and audit tables
    QString problem;        ///< the integrity check's first complaint; empty when sound
};

/**
 * Opens @p file read-only on a connection of its own and checks it: a SQLite database, whole
 * (PRAGMA integrity_check), and which schema step it is at. The file is not changed.
 */
Result<Check> check(const QString &file);

/// Busy while the database's write-ahead log holds work: another program has it open.
Result<void> ensureClosed(const QString &databasePath);

/**
 * Puts @p staged in place of the practice database at @p databasePath in one rename, and
 * removes the shared-memory file the old database left. Refuses (Busy) while the old
 * database's write-ahead log is still there: another program has it open.
 */
Result<void> replace(const QString &databasePath, const QString &staged);

/// The database's side files (write-ahead log and shared memory) and @p path itself removed.
void remove(const QString &path);

} // namespace practicefile
} // namespace cc

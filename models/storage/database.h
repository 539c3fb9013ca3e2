// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QString>

#include <memory>

class QSqlDatabase;

namespace cc {

/**
 * One open practice store: a named Qt SQL connection with CleanClaim's pragmas applied.
 * Owns the connection; destroy every query before the Database. Not copyable. The class is
 * the one place that knows the SQL dialect (SQLite today).
 */
class Database
{
public:
    enum class Mode { ReadWrite, CreateIfMissing };
    /// SQLite for one seat (a file); PostgreSQL for several seats (a server).
    enum class Engine { SQLite, PostgreSQL };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (and, with CreateIfMissing, creates with mode 0600) the SQLite file at @p path,
     * then sets WAL, foreign keys and the busy timeout. Refuses files that are not SQLite
     * databases, read-only files and locations, with a sentence saying so.
     */
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        Mode mode = Mode::CreateIfMissing,
                                                        int busyTimeoutMs = 5000);

    /**
     * Opens the practice on a PostgreSQL server, @p url as "postgresql://user@host:port/name"
     * (Qt's QPSQL driver). The password is @p password when given, else the one libpq finds
     * (PGPASSWORD, ~/.pgpass). A password in the URL itself is refused: it would show in the
     * process list and in the shell's history.
     */
    static Result<std::unique_ptr<Database>> openServer(const QString &url,
                                                        const QString &password = QString());
    /// True for "postgresql://…" or "postgres://…": a server, not a file.
    static bool isServerUrl(const QString &location);
    /// Whether opening @p error's server failed for want of the right password.
    static bool needsPassword(const Error &error);
    Engine engine() const { return m_engine; }
    /// On a server: how many times another connection has announced committed work since this
    /// one opened (heard while the event loop runs). Always 0 on SQLite.
    qint64 announcementsHeard() const { return m_heard; }
    /// The standard location: AppDataLocation/cleanclaim.sqlite.
    static QString defaultPath();

    /// The file, or for a server its URL (never with a password).
    QString path() const { return m_path; }
    QString connectionName() const { return m_name; }
    /// For storage/ only: the Qt connection (QtSql stays private to cleanclaim_core).
    QSqlDatabase connection() const;

    /// Transaction depth, managed by Transaction.
    int transactionDepth() const { return m_depth; }
    void setTransactionDepth(int depth) { m_depth = depth; }

private:
    Database() = default;
    QString m_name;
    QString m_path;
    Engine m_engine = Engine::SQLite;
    qint64 m_heard = 0;
    int m_depth = 0;
};

} // namespace cc

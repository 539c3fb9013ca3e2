// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to models/storage/.

#include "domain/error.h"

#include <QDate>
#include <QString>

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace cc {
class Database;
}

namespace cc::sql {

/**
 * A prepared statement for bulk work, bound by position with plain values.
 *
 * Posting a large ERA writes about 216,000 rows and reads 33,000 claims; through QSqlQuery,
 * each value went through a QVariant, a named-bind lookup and a UTF-16 copy that SQLite turned
 * back into UTF-8, which cost more than SQLite's own work. On SQLite this class talks to the
 * connection's own handle (the one Qt opened, so it shares the connection's transaction,
 * busy timeout and pragmas): integers are bound as integers and text as UTF-8. On any other
 * engine it is a QSqlQuery with positional binds, so callers are written once.
 *
 * This is the one place in storage/ where the SQLite C API is used.
 */
class RowStatement
{
public:
    explicit RowStatement(Database &db);
    ~RowStatement();
    RowStatement(const RowStatement &) = delete;
    RowStatement &operator=(const RowStatement &) = delete;

    Result<void> prepare(const QString &sql, const QString &what);

    /// Binds, by position from 0 (the statement's placeholders in order).
    void bind(int pos, qint64 value);
    /// Text for a NOT NULL column: a null QString is bound as empty text, not NULL.
    void bindText(int pos, const QString &value);
    void bindNull(int pos);
    /// An id, or NULL when @p id is not positive.
    void bindId(int pos, qint64 id);
    /// An ISO date, or NULL when @p date is not valid.
    void bindDate(int pos, const QDate &date);

    /// Runs a statement that reads no rows to its end; the statement is then ready again.
    Result<void> exec();
    /// Steps a statement that reads rows: true for a row, false at the end (then it is reset).
    Result<bool> next();
    /// Ends reading early and makes the statement ready again.
    void finish();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QDate date(int column) const;

    /// The id the last INSERT gave its (last) row.
    qint64 lastInsertId() const;
    qint64 rowsAffected() const;

private:
    Error error(const QString &detail) const;
    void releaseBindings();

    Database &m_db;
    QString m_what;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    /// ASCII text bound since the last run, kept here until the statement has run so SQLite
    /// need not copy it (most values are codes, numbers and names in plain ASCII).
    static constexpr qsizetype kArenaBytes = 64 * 1024;
    std::unique_ptr<char[]> m_arena;
    qsizetype m_arenaUsed = 0;
    std::unique_ptr<QSqlQuery> m_query; // engines other than SQLite
    bool m_started = false;             // the statement was stepped and is not reset yet
};

} // namespace cc::sql

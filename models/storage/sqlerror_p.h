// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <memory>
#include <tuple>

namespace cc {
class Database;
}

namespace cc::sql {

/// Maps a Qt SQL error to an Error: kind from the SQLite result code, a sentence for the
/// user, and the raw text plus @p what (the statement's name) as detail. Bound values are
/// never put in the detail.
Error toError(const QSqlError &error, const QString &what);
/// The same from an engine's own error: @p nativeCode (SQLite's result code), its message,
/// and the code as the engine spells it.
Error toError(int nativeCode, const QString &text, const QString &nativeText, const QString &what);

/// prepare() with a checked result.
Result<void> prepare(QSqlQuery &query, const QString &sql, const QString &what);
/// exec() of a prepared query with a checked result.
Result<void> exec(QSqlQuery &query, const QString &what);
/// Prepares and runs a statement with no bound values.
Result<void> run(const QSqlDatabase &db, const QString &sql, const QString &what);

} // namespace cc::sql

/// Early return of an Error from a function returning Result<…>.
#define CC_TRY(expr)                                                                               \
    do {                                                                                           \
        auto cc_try_result_ = (expr);                                                              \
        if (!cc_try_result_)                                                                       \
            return cc_try_result_.error();                                                         \
    } while (false)

namespace cc::sql {
/// ":p0", ":p1", … (up to :p999): the names of the binds of a multi-row statement. Named, not
/// positional: Qt 6.4 turns a positional bind into a name by formatting ":%1" on every
/// bindValue(), which cost more than SQLite's own work for a row.
const QString &bindName(int i);
/// "(:p0,:p1,…),(…),…": @p rows rows of @p columns binds each, numbered from :p0.
QString namedRows(int columns, qsizetype rows);

/// A text value for a NOT NULL column: Qt binds a null QString as SQL NULL, so empty text
/// must be a non-null empty string.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
} // namespace cc::sql

namespace cc::sql {
class RowStatement;
/**
 * Prepared statements kept for the life of a repository, keyed by their SQL text, so that
 * bulk work (the demo, imports, searches per keystroke) does not prepare them again.
 */
class StatementCache
{
public:
    explicit StatementCache(Database &db, bool forwardOnly = false);
    ~StatementCache();
    Result<QSqlQuery *> get(const QString &sql, const QString &what);
    /**
     * The kept multi-row statement "@p head (:p0,…),(…)… @p tail" with @p rows rows of
     * @p columns binds (namedRows()). Found by its parts, so bulk writes do not build and
     * compare the statement's text (several kilobytes) for every few dozen rows.
     */
    Result<QSqlQuery *> getRows(const QString &head, int columns, qsizetype rows,
                                const QString &what, const QString &tail = QString());
    /// The kept RowStatement for @p sql: bulk work bound by position with plain values.
    Result<RowStatement *> row(const QString &sql, const QString &what);
    /// The kept RowStatement "@p head (:p0,…),(…)… @p tail", as getRows().
    Result<RowStatement *> rows(const QString &head, int columns, qsizetype rows,
                                const QString &what, const QString &tail = QString());
    /// Runs the kept statement @p sql, bound by @p bind, for a statement that reads no rows.
    Result<void> execute(const QString &sql, const QString &what,
                         const std::function<void(QSqlQuery &)> &bind);

private:
    Database &m_db;
    bool m_forwardOnly;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::map<std::tuple<QString, QString, int, qsizetype>, QSqlQuery *> m_rows;
    std::map<QString, std::unique_ptr<RowStatement>> m_rowStatements;
    std::map<std::tuple<QString, QString, int, qsizetype>, RowStatement *> m_rowStatementsBySize;
};
} // namespace cc::sql

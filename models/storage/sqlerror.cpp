// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerror_p.h"
#include "database.h"
#include "rowstatement_p.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>

Q_LOGGING_CATEGORY(lcStorage, "cleanclaim.storage")

namespace cc::sql {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::Database)
};
} // namespace

Error toError(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL names its errors by SQLSTATE, five characters ("23505"); SQLite's result
    // codes, extended ones included, have at most four digits.
    if (code.size() == 5) {
        int sqliteCode = 1; // SQLITE_ERROR
        if (code.startsWith(QLatin1String("23")))
            sqliteCode = 19; // integrity constraint violation
        else if (code == QLatin1String("55P03") || code == QLatin1String("40P01")
                 || code == QLatin1String("40001") || code == QLatin1String("57014"))
            sqliteCode = 5; // lock not available, deadlock, serialization, lock timeout
        else if (code == QLatin1String("53100"))
            sqliteCode = 13; // disk full
        else if (code == QLatin1String("25006"))
            sqliteCode = 8; // read-only transaction
        else if (code.startsWith(QLatin1String("08")))
            sqliteCode = 14; // connection exception
        return toError(sqliteCode, error.text(), code, what);
    }
    return toError(code.toInt(), error.text(), code, what);
}

Error toError(int nativeCode, const QString &text, const QString &nativeText, const QString &what)
{
    const int code = nativeCode & 0xFF;
    const QString detail = QStringLiteral("%1: %2 (native code %3)").arg(what, text, nativeText);
    qCWarning(lcStorage).noquote() << detail;
    switch (code) {
    case 19: // SQLITE_CONSTRAINT
        return Error::make(Error::Kind::Constraint,
                           Tr::tr("The change was refused because it conflicts with data already "
                                  "saved (a duplicate or a missing link). Nothing was changed."),
                           detail);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::make(Error::Kind::Busy,
                           Tr::tr("The practice database is busy: another CleanClaim window or "
                                  "program is writing to it. Nothing was changed; try again in a "
                                  "moment."),
                           detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::make(Error::Kind::Corrupt,
                           Tr::tr("This file is not a CleanClaim database, or it is damaged. It "
                                  "was not changed. Open another file or restore a backup."),
                           detail);
    case 13: // SQLITE_FULL
        return Error::make(Error::Kind::DiskFull,
                           Tr::tr("The disk is full, so the change could not be saved. Nothing "
                                  "was changed; free some space and try again."),
                           detail);
    case 8: // SQLITE_READONLY
        return Error::make(Error::Kind::ReadOnly,
                           Tr::tr("The practice database can only be read here (the file or its "
                                  "folder is read-only). Nothing was changed."),
                           detail);
    case 14: // SQLITE_CANTOPEN
        return Error::make(Error::Kind::Open,
                           Tr::tr("The practice database could not be opened. Check that the "
                                  "folder exists and that you may write to it."),
                           detail);
    default:
        return Error::make(Error::Kind::Other,
                           Tr::tr("The practice database reported an error, so the action was "
                                  "not completed. Nothing was changed."),
                           detail);
    }
}

Result<void> prepare(QSqlQuery &query, const QString &sql, const QString &what)
{
    if (!query.prepare(sql))
        return toError(query.lastError(), what);
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return toError(query.lastError(), what);
    return {};
}

Result<void> run(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return toError(q.lastError(), what);
    return {};
}

StatementCache::StatementCache(Database &db, bool forwardOnly)
    : m_db(db), m_forwardOnly(forwardOnly)
{
}

StatementCache::~StatementCache() = default;

Result<RowStatement *> StatementCache::row(const QString &sql, const QString &what)
{
    auto it = m_rowStatements.find(sql);
    if (it != m_rowStatements.end())
        return it->second.get();
    auto s = std::make_unique<RowStatement>(m_db);
    CC_TRY(s->prepare(sql, what));
    RowStatement *raw = s.get();
    m_rowStatements.emplace(sql, std::move(s));
    return raw;
}

Result<RowStatement *> StatementCache::rows(const QString &head, int columns, qsizetype rows,
                                            const QString &what, const QString &tail)
{
    auto key = std::make_tuple(head, tail, columns, rows);
    if (auto it = m_rowStatementsBySize.find(key); it != m_rowStatementsBySize.end())
        return it->second;
    auto s = row(head + namedRows(columns, rows) + tail, what);
    if (!s)
        return s.error();
    m_rowStatementsBySize.emplace(std::move(key), s.value());
    return s.value();
}

Result<QSqlQuery *> StatementCache::get(const QString &sql, const QString &what)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db.connection());
    q->setForwardOnly(m_forwardOnly);
    CC_TRY(prepare(*q, sql, what));
    QSqlQuery *raw = q.get();
    m_prepared.emplace(sql, std::move(q));
    return raw;
}

Result<QSqlQuery *> StatementCache::getRows(const QString &head, int columns, qsizetype rows,
                                            const QString &what, const QString &tail)
{
    auto key = std::make_tuple(head, tail, columns, rows);
    if (auto it = m_rows.find(key); it != m_rows.end())
        return it->second;
    auto q = get(head + namedRows(columns, rows) + tail, what);
    if (!q)
        return q.error();
    m_rows.emplace(std::move(key), q.value());
    return q.value();
}

Result<void> StatementCache::execute(const QString &sql, const QString &what,
                                     const std::function<void(QSqlQuery &)> &bind)
{
    auto q = get(sql, what);
    if (!q)
        return q.error();
    bind(*q.value());
    CC_TRY(sql::exec(*q.value(), what));
    q.value()->finish();
    return {};
}

const QString &bindName(int i)
{
    static const QList<QString> kNames = [] {
        QList<QString> names;
        for (int n = 0; n < 1000; ++n)
            names.append(QStringLiteral(":p%1").arg(n));
        return names;
    }();
    return kNames.at(i);
}

QString namedRows(int columns, qsizetype rows)
{
    QString out;
    out.reserve(rows * (columns * 6 + 3));
    for (qsizetype r = 0; r < rows; ++r) {
        out.append(r > 0 ? QStringLiteral(",(") : QStringLiteral("("));
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out.append(QLatin1Char(','));
            out.append(bindName(int(r) * columns + c));
        }
        out.append(QLatin1Char(')'));
    }
    return out;
}

} // namespace cc::sql

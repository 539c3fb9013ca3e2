// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowstatement_p.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace cc::sql {

namespace {

/// The SQLite handle behind @p db, or null when it is another engine.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

RowStatement::RowStatement(Database &db) : m_db(db) { }

RowStatement::~RowStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Error RowStatement::error(const QString &detail) const
{
    if (m_handle) {
        const int code = sqlite3_extended_errcode(m_handle);
        return toError(code, QString::fromUtf8(sqlite3_errmsg(m_handle)) + detail,
                       QString::number(code), m_what);
    }
    return toError(m_query->lastError(), m_what);
}

Result<void> RowStatement::prepare(const QString &sql, const QString &what)
{
    m_what = what;
    const QSqlDatabase connection = m_db.connection();
    m_handle = sqliteHandle(connection);
    if (m_handle) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_stmt, nullptr)
            != SQLITE_OK) {
            m_stmt = nullptr;
            return error(QString());
        }
        return {};
    }
    m_query = std::make_unique<QSqlQuery>(connection);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        return error(QString());
    return {};
}

void RowStatement::bind(int pos, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, pos + 1, value);
    else
        m_query->bindValue(pos, value);
}

void RowStatement::bindText(int pos, const QString &value)
{
    if (m_stmt) {
        const qsizetype n = value.size();
        if (n <= kArenaBytes - m_arenaUsed) {
            if (!m_arena)
                m_arena = std::make_unique<char[]>(size_t(kArenaBytes));
            char *out = m_arena.get() + m_arenaUsed;
            const char16_t *in = reinterpret_cast<const char16_t *>(value.constData());
            qsizetype i = 0;
            while (i < n && in[i] < 0x80) {
                out[i] = char(in[i]);
                ++i;
            }
            if (i == n) {
                m_arenaUsed += n;
                sqlite3_bind_text(m_stmt, pos + 1, out, int(n), SQLITE_STATIC);
                return;
            }
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, pos + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    } else {
        m_query->bindValue(pos, value.isNull() ? QString(QLatin1String("")) : value);
    }
}

void RowStatement::bindNull(int pos)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, pos + 1);
    else
        m_query->bindValue(pos, QVariant(QMetaType(QMetaType::LongLong)));
}

void RowStatement::bindId(int pos, qint64 id)
{
    if (id > 0)
        bind(pos, id);
    else
        bindNull(pos);
}

void RowStatement::bindDate(int pos, const QDate &date)
{
    if (!date.isValid()) {
        if (m_stmt)
            sqlite3_bind_null(m_stmt, pos + 1);
        else
            m_query->bindValue(pos, QVariant(QMetaType(QMetaType::QString)));
        return;
    }
    bindText(pos, date.toString(Qt::ISODate));
}

Result<void> RowStatement::exec()
{
    if (!m_stmt) {
        if (!m_query->exec())
            return error(QString());
        m_query->finish();
        return {};
    }
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    // The error is read before the reset, which would report it again and clear nothing.
    Result<void> out;
    if (rc != SQLITE_DONE)
        out = error(QString());
    sqlite3_reset(m_stmt);
    releaseBindings();
    m_started = false;
    return out;
}

Result<bool> RowStatement::next()
{
    if (!m_stmt) {
        if (!m_started) {
            if (!m_query->exec())
                return error(QString());
            m_started = true;
        }
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            return error(QString());
        m_query->finish();
        m_started = false;
        return false;
    }
    m_started = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    Result<bool> out = false;
    if (rc != SQLITE_DONE)
        out = error(QString());
    sqlite3_reset(m_stmt);
    releaseBindings();
    m_started = false;
    return out;
}

void RowStatement::finish()
{
    if (m_stmt) {
        if (m_started)
            sqlite3_reset(m_stmt);
        releaseBindings();
    } else if (m_query) {
        m_query->finish();
    }
    m_started = false;
}

void RowStatement::releaseBindings()
{
    // Text bound from the arena must not outlive it: the next run binds every value again.
    if (m_arenaUsed > 0) {
        sqlite3_clear_bindings(m_stmt);
        m_arenaUsed = 0;
    }
}

bool RowStatement::isNull(int column) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return m_query->value(column).isNull();
}

qint64 RowStatement::integer(int column) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
    return m_query->value(column).toLongLong();
}

QString RowStatement::text(int column) const
{
    if (m_stmt) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!p)
            return QString();
        return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
    }
    return m_query->value(column).toString();
}

QDate RowStatement::date(int column) const
{
    if (m_stmt) {
        // Dates are stored as ISO text, "YYYY-MM-DD": read without making a QString.
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!p || sqlite3_column_bytes(m_stmt, column) != 10 || p[4] != '-' || p[7] != '-')
            return QDate();
        int parts[3] = {0, 0, 0};
        const int starts[3] = {0, 5, 8};
        const int lengths[3] = {4, 2, 2};
        for (int k = 0; k < 3; ++k) {
            for (int i = starts[k]; i < starts[k] + lengths[k]; ++i) {
                if (p[i] < '0' || p[i] > '9')
                    return QDate();
                parts[k] = parts[k] * 10 + (p[i] - '0');
            }
        }
        return QDate(parts[0], parts[1], parts[2]); // invalid for a day that does not exist
    }
    return QDate::fromString(m_query->value(column).toString(), Qt::ISODate);
}

qint64 RowStatement::lastInsertId() const
{
    if (m_stmt)
        return sqlite3_last_insert_rowid(m_handle);
    return m_query->lastInsertId().toLongLong();
}

qint64 RowStatement::rowsAffected() const
{
    if (m_stmt)
        return sqlite3_changes64(m_handle);
    return m_query->numRowsAffected();
}

} // namespace cc::sql

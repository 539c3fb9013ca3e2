// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"
#include "database.h"
#include "dialect_p.h"
#include "sqlerror_p.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::Migrator)
};
} // namespace

Migrator::Migrator(Database &db, const QString &directory) : m_db(db)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        m_steps.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(m_steps.begin(), m_steps.end(),
              [](const Step &a, const Step &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> Migrator::currentVersion() const
{
    for (const QString &stmt : sql::dialect::prepareVersion(m_db.engine()))
        CC_TRY(sql::run(m_db.connection(), stmt, QStringLiteral("schema version record")));
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql::dialect::readVersion(m_db.engine())) || !q.next())
        return sql::toError(q.lastError(), QStringLiteral("read user_version"));
    return q.value(0).toInt();
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inSingle = false;
    bool inLineComment = false;
    int triggerDepth = 0; // inside CREATE TRIGGER … BEGIN … END
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (!inSingle && c == QLatin1Char('-') && i + 1 < sql.size()
            && sql.at(i + 1) == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (c == QLatin1Char('\''))
            inSingle = !inSingle;
        current.append(c);
        if (inSingle)
            continue;
        if (c.isLetter()) {
            // Track BEGIN/END words of trigger bodies.
            const bool wordStart = i == 0 || !sql.at(i - 1).isLetterOrNumber();
            if (wordStart) {
                const QString word = sql.mid(i, 5).toUpper();
                if (word.startsWith(QLatin1String("BEGIN"))
                    && (i + 5 >= sql.size() || !sql.at(i + 5).isLetterOrNumber())
                    && current.contains(QLatin1String("TRIGGER"), Qt::CaseInsensitive))
                    ++triggerDepth;
                else if (word.startsWith(QLatin1String("END")) && triggerDepth > 0
                         && (i + 3 >= sql.size() || !sql.at(i + 3).isLetterOrNumber()))
                    --triggerDepth;
            }
        }
        if (c == QLatin1Char(';') && triggerDepth == 0) {
            const QString stmt = current.trimmed();
            if (stmt.size() > 1)
                out.append(stmt.left(stmt.size() - 1).trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

Result<int> Migrator::migrate()
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const int from = current.value();
    if (from > latestVersion()) {
        return Error::make(Error::Kind::TooNew,
                           Tr::tr("This practice database was saved by a newer version of "
                                  "CleanClaim (schema %1; this program knows up to %2). It was not "
                                  "changed. Install the newer CleanClaim to open it.")
                                   .arg(from)
                                   .arg(latestVersion()));
    }
    if (from == 0) {
        // A version-0 file must be empty: tables in it belong to another program.
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql::dialect::countTables(m_db.engine()))
            || !q.next())
            return sql::toError(q.lastError(), QStringLiteral("inspect schema"));
        if (q.value(0).toInt() > 0) {
            return Error::make(Error::Kind::Corrupt,
                               Tr::tr("This file is a database of another program, not a "
                                      "CleanClaim practice. It was not changed. Choose a "
                                      "CleanClaim file or a new file name."));
        }
    }

    int applied = 0;
    int at = from;
    for (const Step &step : std::as_const(m_steps)) {
        if (step.version <= from)
            continue;
        QFile f(step.path);
        if (!f.open(QIODevice::ReadOnly)) {
            return Error::make(Error::Kind::Migration,
                               Tr::tr("The database update step %1 could not be read, so the "
                                      "database was left as it was.")
                                       .arg(step.version),
                               f.errorString());
        }
        const QString text = QString::fromUtf8(f.readAll());
        Transaction tx(m_db);
        CC_TRY(tx.begin());
        QStringList statements;
        for (const QString &stmt : splitStatements(text))
            statements += sql::dialect::migration(m_db.engine(), stmt);
        statements += sql::dialect::afterMigration(m_db.engine(), step.version);
        for (const QString &stmt : std::as_const(statements)) {
            auto r = sql::run(m_db.connection(), stmt,
                              QStringLiteral("migration %1_%2").arg(step.version, 4, 10,
                                                                     QLatin1Char('0')).arg(step.name));
            if (!r) {
                Error e = r.error();
                e.kind = Error::Kind::Migration;
                e.userMessage = Tr::tr("The database could not be updated to schema %1; it was "
                                       "left unchanged at schema %2.")
                                        .arg(step.version)
                                        .arg(at);
                return e;
            }
        }
        for (const QString &stmt : sql::dialect::writeVersion(m_db.engine(), step.version))
            CC_TRY(sql::run(m_db.connection(), stmt, QStringLiteral("set user_version")));
        CC_TRY(tx.commit());
        at = step.version;
        ++applied;
    }
    return applied;
}

} // namespace cc

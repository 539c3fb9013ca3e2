// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicecopy.h"
#include "database.h"
#include "sqlerror_p.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace cc::practicecopy {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::PracticeCopy)
};

Result<QStringList> strings(const QSqlDatabase &db, const QString &sql, const QString &what,
                            const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, sql, what));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    CC_TRY(sql::exec(q, what));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<qint64> number(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return sql::toError(q.lastError(), what);
    return q.value(0).toLongLong();
}

/// The source's tables in an order where every table comes after those it links to.
Result<QStringList> tablesInLinkOrder(Database &from)
{
    const QSqlDatabase db = from.connection();
    // FTS5 keeps its index in tables of its own (code_search*): the server has its own.
    auto tables = strings(db, QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'code_search%' ORDER BY name"), QStringLiteral("list tables"));
    if (!tables)
        return tables.error();
    QHash<QString, QSet<QString>> parents;
    for (const QString &t : tables.value()) {
        auto refs = strings(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"),
                            QStringLiteral("list links"), {t});
        if (!refs)
            return refs.error();
        for (const QString &r : refs.value()) {
            if (r != t) // a table's links to itself hold when rows go in id order
                parents[t].insert(r);
        }
    }
    QStringList order;
    QSet<QString> placed;
    while (order.size() < tables->size()) {
        bool progress = false;
        for (const QString &t : tables.value()) {
            if (placed.contains(t))
                continue;
            bool ready = true;
            for (const QString &p : parents.value(t))
                ready = ready && (placed.contains(p) || !tables->contains(p));
            if (ready) {
                order.append(t);
                placed.insert(t);
                progress = true;
            }
        }
        if (!progress) {
            return Error::make(Error::Kind::Other,
                               Tr::tr("The practice's tables link to each other in a circle, so "
                                      "they cannot be copied one after another. Nothing was "
                                      "copied."),
                               QStringLiteral("copy: no order for %1")
                                       .arg(QStringList(tables->begin(), tables->end()).join(u',')));
        }
    }
    return order;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// A table's columns that take values (not generated ones), in their order.
Result<QStringList> columnsOf(const Database &db, const QString &table, const QString &what)
{
    if (db.engine() == Database::Engine::SQLite) // table_info leaves generated columns out
        return strings(db.connection(), QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                       what, {table});
    return strings(db.connection(), QStringLiteral(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position"), what, {table});
}

/// Reads the source's rows as of one moment, while its seats keep working (a server's
/// REPEATABLE READ; a file's read transaction, whose first read fixes its view of the WAL).
class Snapshot
{
public:
    explicit Snapshot(Database &db) : m_db(db) {}
    ~Snapshot()
    {
        if (m_open)
            (void)sql::run(m_db.connection(), QStringLiteral("ROLLBACK"),
                           QStringLiteral("end copy"));
    }
    Result<void> begin()
    {
        CC_TRY(sql::run(m_db.connection(),
                        m_db.engine() == Database::Engine::SQLite
                                ? QStringLiteral("BEGIN")
                                : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                        QStringLiteral("begin copy")));
        m_open = true;
        return {};
    }

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

bool Report::same() const
{
    if (sourceLedgerCents != targetLedgerCents)
        return false;
    for (const TableCount &t : tables) {
        if (t.source != t.target)
            return false;
    }
    return true;
}

Result<Report> copy(Database &from, Database &to)
{
    const bool fileToServer = from.engine() == Database::Engine::SQLite
            && to.engine() == Database::Engine::PostgreSQL;
    const bool serverToFile = from.engine() == Database::Engine::PostgreSQL
            && to.engine() == Database::Engine::SQLite;
    if (!fileToServer && !serverToFile) {
        return Error::invalid(Tr::tr("A practice is copied from a practice file to a practice "
                                     "server, or from a server to a file."));
    }
    const QSqlDatabase src = from.connection();
    const QSqlDatabase dst = to.connection();
    // Both sides hold the same schema step: the file's links give the order for both.
    auto order = tablesInLinkOrder(fileToServer ? from : to);
    if (!order)
        return order.error();

    // Only into an empty practice: two practices are never merged.
    auto held = number(dst, QStringLiteral("SELECT (SELECT count(*) FROM audit_log) + "
                                           "(SELECT count(*) FROM users)"),
                       QStringLiteral("is the server empty"));
    if (!held)
        return held.error();
    if (held.value() > 0) {
        return Error::make(Error::Kind::Conflict,
                           Tr::tr("%1 already holds a practice; a practice is only copied to an "
                                  "empty one. Nothing was copied.")
                                   .arg(to.path()));
    }

    Report report;
    Snapshot snapshot(from);
    CC_TRY(snapshot.begin());
    Transaction tx(to);
    CC_TRY(tx.begin());
    for (const QString &table : order.value()) {
        const QString what = QStringLiteral("copy %1").arg(table);
        // The target's own columns (not generated ones) that the source also has.
        auto targetColumns = columnsOf(to, table, what);
        if (!targetColumns)
            return targetColumns.error();
        if (targetColumns->isEmpty()) {
            return Error::make(Error::Kind::Migration,
                               Tr::tr("The copy has no table %1: it is at another schema step "
                                      "than the practice. Nothing was copied.")
                                       .arg(table));
        }
        auto sourceColumns = columnsOf(from, table, what);
        if (!sourceColumns)
            return sourceColumns.error();
        QStringList columns;
        for (const QString &c : targetColumns.value()) {
            if (sourceColumns->contains(c))
                columns.append(c);
        }
        QStringList names;
        for (const QString &c : std::as_const(columns))
            names.append(quoted(c));
        QSqlQuery read(src);
        read.setForwardOnly(true);
        // Rows in the order they were written, so links within a table hold as they go in.
        const QString inOrder = fileToServer ? QStringLiteral(" ORDER BY rowid")
                : columns.contains(QLatin1String("id")) ? QStringLiteral(" ORDER BY id")
                                                        : QString();
        CC_TRY(sql::prepare(read, QStringLiteral("SELECT %1 FROM %2%3")
                                          .arg(names.join(QLatin1String(", ")), quoted(table),
                                               inOrder),
                            what));
        CC_TRY(sql::exec(read, what));
        QSqlQuery write(dst);
        CC_TRY(sql::prepare(write, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(quoted(table), names.join(QLatin1String(", ")),
                                                QStringList(columns.size(), QStringLiteral("?"))
                                                        .join(QLatin1String(", "))),
                            what));
        TableCount count;
        count.table = table;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            CC_TRY(sql::exec(write, what));
            ++count.source;
        }
        report.rows += count.source;
        report.tables.append(count);
        // Ids given later continue after the copied ones (SQLite continues by itself).
        if (fileToServer && columns.contains(QLatin1String("id"))) {
            auto identity = strings(dst, QStringLiteral(
                    "SELECT is_identity FROM information_schema.columns WHERE table_schema = "
                    "current_schema() AND table_name = ? AND column_name = 'id'"), what, {table});
            if (!identity)
                return identity.error();
            if (identity->value(0) == QLatin1String("YES")) {
                auto r = number(dst, QStringLiteral(
                        "SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                        "coalesce(max(id), 1), max(id) IS NOT NULL) FROM %2")
                                             .arg(table, quoted(table)),
                                QStringLiteral("continue ids of %1").arg(table));
                if (!r)
                    return r.error();
            }
        }
    }
    // Both sides counted again, as stored.
    for (TableCount &t : report.tables) {
        auto n = number(dst, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.table)),
                        QStringLiteral("count %1").arg(t.table));
        if (!n)
            return n.error();
        t.target = n.value();
        auto m = number(src, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.table)),
                        QStringLiteral("count %1").arg(t.table));
        if (!m)
            return m.error();
        t.source = m.value();
    }
    const QString ledger = QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM postings");
    auto a = number(src, ledger, QStringLiteral("ledger total"));
    auto b = number(dst, ledger, QStringLiteral("ledger total"));
    if (!a)
        return a.error();
    if (!b)
        return b.error();
    report.sourceLedgerCents = a.value();
    report.targetLedgerCents = b.value();
    if (!report.same()) {
        return Error::make(Error::Kind::Other,
                           Tr::tr("The copy does not match the practice it was made from, so it "
                                  "was not kept. The practice is unchanged."),
                           QStringLiteral("copy: counts or ledger differ"));
    }
    if (serverToFile) {
        // The file's code search is an index of its own (the server's lives in its codes).
        CC_TRY(sql::run(dst, QStringLiteral("INSERT INTO code_search (code_search) VALUES "
                                            "('rebuild')"),
                        QStringLiteral("index code search")));
    }
    CC_TRY(tx.commit());
    return report;
}

} // namespace cc::practicecopy

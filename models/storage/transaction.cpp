// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"
#include "database.h"
#include "dialect_p.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>

namespace cc {

Transaction::Transaction(Database &db, Links links) : m_db(db), m_links(links) { }

Transaction::~Transaction()
{
    if (m_level > 0)
        rollback();
}

Result<void> Transaction::begin()
{
    Q_ASSERT(m_level == 0);
    const int level = m_db.transactionDepth() + 1;
    const QString sql = level == 1 ? sql::dialect::beginWrite(m_db.engine())
                                   : QStringLiteral("SAVEPOINT cc_sp_%1").arg(level);
    // SQLite only: a server checks links as cheaply as it writes (and has no such switch).
    if (level == 1 && m_links == Links::CheckedByWriter
        && m_db.engine() == Database::Engine::SQLite) {
        CC_TRY(sql::run(m_db.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"),
                        QStringLiteral("links checked by the writer")));
        m_linksOff = true;
    }
    if (auto r = sql::run(m_db.connection(), sql, QStringLiteral("begin transaction")); !r) {
        restoreLinkChecks();
        return r.error();
    }
    m_level = level;
    m_db.setTransactionDepth(level);
    return {};
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_level > 0 && m_level == m_db.transactionDepth());
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE SAVEPOINT cc_sp_%1").arg(m_level);
    auto r = sql::run(m_db.connection(), sql, QStringLiteral("commit"));
    if (!r) {
        rollback();
        return r.error();
    }
    m_db.setTransactionDepth(m_level - 1);
    m_level = 0;
    restoreLinkChecks();
    return {};
}

void Transaction::rollback()
{
    if (m_level == 0)
        return;
    const QSqlDatabase db = m_db.connection();
    if (m_level == 1) {
        (void)sql::run(db, QStringLiteral("ROLLBACK"), QStringLiteral("rollback"));
    } else {
        (void)sql::run(db, QStringLiteral("ROLLBACK TO SAVEPOINT cc_sp_%1").arg(m_level),
                       QStringLiteral("rollback to savepoint"));
        (void)sql::run(db, QStringLiteral("RELEASE SAVEPOINT cc_sp_%1").arg(m_level),
                       QStringLiteral("release savepoint"));
    }
    m_db.setTransactionDepth(m_level - 1);
    m_level = 0;
    restoreLinkChecks();
}

void Transaction::restoreLinkChecks()
{
    if (!m_linksOff)
        return;
    m_linksOff = false;
    // Outside any transaction this cannot fail short of a closed connection; if it did, the
    // warning is logged by run() and the connection's next open sets it again.
    (void)sql::run(m_db.connection(), QStringLiteral("PRAGMA foreign_keys = ON"),
                   QStringLiteral("links checked by the database again"));
}

} // namespace cc

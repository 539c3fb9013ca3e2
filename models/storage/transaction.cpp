// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>

namespace cc {

Transaction::Transaction(Database &db) : m_db(db) { }

Transaction::~Transaction()
{
    if (m_level > 0)
        rollback();
}

Result<void> Transaction::begin()
{
    Q_ASSERT(m_level == 0);
    const int level = m_db.transactionDepth() + 1;
    // IMMEDIATE takes the write lock at once, so two seats never deadlock upgrading a read.
    const QString sql = level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT cc_sp_%1").arg(level);
    CC_TRY(sql::run(m_db.connection(), sql, QStringLiteral("begin transaction")));
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
}

} // namespace cc

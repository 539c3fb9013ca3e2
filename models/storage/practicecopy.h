// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace cc {

class Database;

/**
 * Moving a practice from one engine to another (issue 8 §4: a single-seat SQLite file to a
 * PostgreSQL server; §5: a server's practice exported to a file as its backup): every row of
 * every CleanClaim table, with its id, in an order that keeps each link valid, then the counts
 * and the ledger compared on both sides.
 */
namespace practicecopy {

struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

struct Report
{
    QList<TableCount> tables; ///< in the order they were copied
    qint64 rows = 0;          ///< rows copied in all
    qint64 sourceLedgerCents = 0; ///< the sum of every ledger row, on each side
    qint64 targetLedgerCents = 0;
    bool same() const;
};

/**
 * Copies every row of @p from into @p to, which must hold the same schema step and no
 * practice yet, in one transaction on @p to: all of it or nothing. One is a file, the other a
 * server. A server is read in one snapshot (REPEATABLE READ) while its seats keep working; a
 * server's identity counters continue after the copied ids. The report compares both sides
 * after the copy.
 */
Result<Report> copy(Database &from, Database &to);

} // namespace practicecopy
} // namespace cc

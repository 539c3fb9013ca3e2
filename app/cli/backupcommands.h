// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

class QTextStream;

namespace cc::cli {

/**
 * `backup --out FILE`: an online, checked copy of the practice (BackupService::backUp); never
 * writes over a file. With --user the account must be a manager's or an admin's.
 */
int backup(const GlobalOptions &global, const QStringList &args, QTextStream &out,
           QTextStream &err);

/**
 * `restore FILE`: puts a backup in place of the practice named by --db, which no window may
 * have open (its lock is taken for the whole restore). The backup is checked first and the
 * database it replaces is kept beside it. With --user the account is checked against the
 * practice being replaced (manager or admin).
 */
int restore(const GlobalOptions &global, const QStringList &args, QTextStream &out,
            QTextStream &err);

/**
 * `copy-to postgresql://user@host:port/practice`: copies the practice file named by --db to
 * an empty practice on a PostgreSQL server and checks the copy (BackupService::copyTo). The
 * password comes from PGPASSWORD or ~/.pgpass, or is asked for at the terminal.
 */
int copyTo(const GlobalOptions &global, const QStringList &args, QTextStream &out,
           QTextStream &err);

} // namespace cc::cli

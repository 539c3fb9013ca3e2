// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

class QTextStream;

namespace cc::cli {

/**
 * `read-835 FILE [--json]`: reads and checks an 835 with no practice database (DESIGN.md §6):
 * transactions, payer, trace, payment, claims, totals and every balance or envelope error
 * with its segment number in the file. The file is mapped, not copied, and read claim by
 * claim; --json is written claim by claim too. Exit codes: 0 no error, 1 the file has errors
 * (what was read is still printed), 2 usage or a file that cannot be opened.
 */
int read835(const GlobalOptions &global, const QStringList &args, QTextStream &out,
            QTextStream &err);

/// False for the headless commands that work without --db (read-835).
bool commandNeedsDatabase(const QString &command);

} // namespace cc::cli

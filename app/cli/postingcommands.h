// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

class QTextStream;

namespace cc::cli {

/**
 * `import-835 FILE [--json]`: posts an ERA (PostingService::postEra) in one transaction and
 * prints what it did: the summary, then each claim that matched none of ours. A malformed
 * file or one already posted is refused whole with every problem on stderr (exit 1).
 *
 * Test-only: with CLEANCLAIM_TEST_CRASH_AFTER_POSTINGS=N in the environment the posting kills
 * the process (SIGKILL) after its N-th ledger row, inside the open transaction
 * (tests/core/tst_postingcrash.cpp).
 */
int import835(const GlobalOptions &global, const QStringList &args, QTextStream &out,
              QTextStream &err);

} // namespace cc::cli

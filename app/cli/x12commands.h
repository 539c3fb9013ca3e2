// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

class QTextStream;

namespace cc::cli {

/**
 * `export-837 --input CLAIMS.json --out FILE`: writes the claims file as one 837P interchange
 * with fresh control numbers from the practice database (DESIGN.md §6). A bad claims file is
 * reported (exit 1) and nothing is written; the output file is replaced atomically.
 */
int export837(const GlobalOptions &global, const QStringList &args, QTextStream &out,
              QTextStream &err);

/**
 * `import-ack FILE [--json]`: reads a 999 or 277CA onto the claims sent (SubmissionService::
 * importAck). A malformed file or one already read is refused whole (exit 1).
 */
int importAck(const GlobalOptions &global, const QStringList &args, QTextStream &out,
              QTextStream &err);

} // namespace cc::cli

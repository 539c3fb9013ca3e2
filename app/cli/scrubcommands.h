// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QStringList>

class QTextStream;

namespace cc::cli {

/**
 * `scrub [--input CLAIMS.json] [--json] [--today YYYY-MM-DD]`: runs every edit of DESIGN.md §5
 * on the claims of a claims file (DESIGN.md §7) against the practice's data, or, without
 * --input, on every draft claim and every coded or handed-off encounter. Prints each claim's
 * findings (with --json: {"claims":[{"id","findings":[…]}]}). Exit codes: 0 no error finding,
 * 1 an error finding or a bad claims file (each problem on stderr with its JSON path), 2 usage,
 * 3 the database refused.
 */
int scrub(const GlobalOptions &global, const QStringList &args, QTextStream &out,
          QTextStream &err);

} // namespace cc::cli

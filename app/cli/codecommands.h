// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QStringList>

class QTextStream;

namespace cc::cli {

/**
 * `import-codes KIND FILE --effective YYYY-MM-DD [--release NAME]`: imports a code-set file as
 * one release. KIND is icd10cm-order, icd10cm-codes, hcpcs or cpt-csv; `ncci-ptp FILE [FILE…]
 * --release NAME` imports the CMS NCCI practitioner PTP parts as one release, and `mue FILE
 * --release NAME --effective YYYY-MM-DD` the CMS practitioner MUE values. Needs a user allowed to
 * manage code sets when --user is given; without --user it is the administrator at the
 * console. Prints a progress line to stderr when stderr is a terminal. Exit codes: 0 imported,
 * 1 the file is wrong (each wrong line on stderr as FILE:LINE: what is wrong), 2 usage,
 * 3 the database refused.
 */
int importCodes(const GlobalOptions &global, const QStringList &args, QTextStream &out,
                QTextStream &err);

/**
 * `search-codes TEXT [--date YYYY-MM-DD] [--limit N]`: prints the codes in force on the date
 * (today by default) that match TEXT, best first, one a line: code (with its dot), kind
 * (icd10cm, hcpcs, cpt), billable or header, description, separated by tabs.
 */
int searchCodes(const GlobalOptions &global, const QStringList &args, QTextStream &out,
                QTextStream &err);

} // namespace cc::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

class QTextStream;

namespace cc::cli {

/**
 * `kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by payer|provider|coder] [--json]`: the
 * measures of DOMAIN.md over a period (MeasureService), as an aligned table or as JSON:
 * `{"from", "to", "measures": {"cleanClaimRate": {"value", "numerator", "denominator",
 * "formula"}, …}}` in MeasureKind order, plus `"groups": [{"id", "name", "measures"}]` with
 * --by (a group lists only the measures that apply to its dimension). `value` is a number
 * (a rate as a fraction 0–1, or days), rounded to 4 decimals, or null when there is no data;
 * numerators and denominators are integers for counts and days, decimal strings for money
 * ("1234.56") and days with two decimals for minutes.
 *
 * The period defaults to the 30 days ending today. Reading needs a manager (ViewDashboard)
 * when --user is given; without it the file's holder reads as the console, like the other
 * commands. Bad dates, a period that ends before it starts and an unknown --by are usage
 * errors (exit 2).
 */
int kpi(const GlobalOptions &global, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace cc::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/measures.h"

#include <QString>

#include <optional>

namespace cc::measureformat {

/**
 * How the dashboard, its drill-downs, its breakdown table and its PDF write a measure, so
 * that the four say the same thing: "93.5 %", "12.4 days", "$1,234.56", "No data". Plain
 * functions over MeasureInfo and MeasureValue; translated texts.
 */

/// Where a value stands against its measure's target.
enum class TargetStatus {
    NoTarget, ///< the measure has no rule of thumb
    NoData, ///< nothing was counted in the period
    OnTarget,
    OffTarget,
};

/// "93.5 %" for a rate, "12.4 days" for days, "No data" when @p value is empty.
QString value(const MeasureInfo &info, const std::optional<double> &value);
inline QString value(const MeasureInfo &info, const MeasureValue &v)
{
    return value(info, v.value);
}
/// A numerator or denominator in its unit: "187", "$1,234.56", "23 days", "4.2 days"
/// (minutes are shown as days).
QString amount(MeasureUnit unit, qint64 amount);
/// "target ≥ 95 %", "target ≤ 40 days"; empty when the measure has no target.
QString target(const MeasureInfo &info);
TargetStatus status(const MeasureInfo &info, const MeasureValue &v);
/// "✓ on target", "✗ below target", "✗ above target"; empty without a target or data. The
/// mark and the words carry the meaning, so that colour is never the only cue.
QString statusText(const MeasureInfo &info, const MeasureValue &v);
/// "Clean on first scrub: 187" — the numerator with its name.
QString numerator(const MeasureInfo &info, const MeasureValue &v);
/// "Claims scrubbed: 200" — the denominator with its name.
QString denominator(const MeasureInfo &info, const MeasureValue &v);
/**
 * The hover text of a measure (rich text): its name and value, the formula, the numerator
 * and denominator with their names and units, which records are counted, and the target.
 */
QString toolTip(const MeasureInfo &info, const MeasureValue &v);
/// The target as a value of the measure (a fraction for rates), when there is one.
std::optional<double> targetValue(const MeasureInfo &info);

} // namespace cc::measureformat

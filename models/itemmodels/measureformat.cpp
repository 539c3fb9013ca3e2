// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureformat.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cc::measureformat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::measureformat)
};

constexpr double kMinutesPerDay = 24.0 * 60.0;

QString percent(double fraction)
{
    //: A rate on the dashboard: "93.5 %"
    return Tr::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString days(double d)
{
    //: A number of days with one decimal: "12.4 days"
    return Tr::tr("%1 days").arg(QLocale().toString(d, 'f', 1));
}

} // namespace

std::optional<double> targetValue(const MeasureInfo &info)
{
    // measures.cpp writes a rate's target as a fraction (0.95), like the value itself.
    return info.target;
}

QString value(const MeasureInfo &info, const std::optional<double> &v)
{
    if (!v)
        return Tr::tr("No data");
    return info.valueKind == MeasureValueKind::Rate ? percent(*v) : days(*v);
}

QString amount(MeasureUnit unit, qint64 n)
{
    switch (unit) {
    case MeasureUnit::Count:
        return QLocale().toString(n);
    case MeasureUnit::Cents:
        return Money::fromCents(n).toDisplayString();
    case MeasureUnit::Days:
        return Tr::tr("%n day(s)", nullptr, int(n));
    case MeasureUnit::Minutes:
        return days(double(n) / kMinutesPerDay);
    }
    return QString::number(n);
}

QString target(const MeasureInfo &info)
{
    const auto t = targetValue(info);
    if (!t)
        return {};
    const QString shown = info.valueKind == MeasureValueKind::Rate ? percent(*t) : days(*t);
    return info.direction == MeasureDirection::HigherIsBetter ? Tr::tr("target ≥ %1").arg(shown)
                                                              : Tr::tr("target ≤ %1").arg(shown);
}

TargetStatus status(const MeasureInfo &info, const MeasureValue &v)
{
    const auto t = targetValue(info);
    if (!t)
        return TargetStatus::NoTarget;
    if (!v.value)
        return TargetStatus::NoData;
    // Compared on the value as shown (one decimal), so that "95.0 %" never reads as missing
    // a 95 % target because of the digits that are not shown.
    const double scale = info.valueKind == MeasureValueKind::Rate ? 1000.0 : 10.0;
    const double shown = std::round(*v.value * scale);
    const double goal = std::round(*t * scale);
    const bool good
        = info.direction == MeasureDirection::HigherIsBetter ? shown >= goal : shown <= goal;
    return good ? TargetStatus::OnTarget : TargetStatus::OffTarget;
}

QString statusText(const MeasureInfo &info, const MeasureValue &v)
{
    switch (status(info, v)) {
    case TargetStatus::OnTarget:
        return Tr::tr("✓ on target");
    case TargetStatus::OffTarget:
        return info.direction == MeasureDirection::HigherIsBetter ? Tr::tr("✗ below target")
                                                                  : Tr::tr("✗ above target");
    case TargetStatus::NoTarget:
    case TargetStatus::NoData:
        break;
    }
    return {};
}

QString numerator(const MeasureInfo &info, const MeasureValue &v)
{
    //: "Clean on first scrub: 187"
    return Tr::tr("%1: %2").arg(info.numeratorName, amount(info.numeratorUnit, v.numerator));
}

QString denominator(const MeasureInfo &info, const MeasureValue &v)
{
    return Tr::tr("%1: %2").arg(info.denominatorName, amount(info.denominatorUnit, v.denominator));
}

QString toolTip(const MeasureInfo &info, const MeasureValue &v)
{
    QString html
        = Tr::tr("<b>%1: %2</b>").arg(info.name.toHtmlEscaped(), value(info, v).toHtmlEscaped());
    html += QStringLiteral("<br>") + info.formula.toHtmlEscaped();
    html += QStringLiteral("<br>")
        + Tr::tr("Numerator — %1").arg(numerator(info, v).toHtmlEscaped());
    html += QStringLiteral("<br>")
        + Tr::tr("Denominator — %1").arg(denominator(info, v).toHtmlEscaped());
    if (info.kind == MeasureKind::DaysInAR)
        html += QStringLiteral("<br>") + Tr::tr("The ratio times 90: days of charges owed.");
    if (!info.periodRule.isEmpty())
        html += QStringLiteral("<br>") + Tr::tr("Counts: %1").arg(info.periodRule.toHtmlEscaped());
    const QString goal = target(info);
    if (!goal.isEmpty()) {
        const QString st = statusText(info, v);
        html += QStringLiteral("<br>")
            + (st.isEmpty() ? goal.toHtmlEscaped()
                            : Tr::tr("%1 (%2)").arg(goal.toHtmlEscaped(), st.toHtmlEscaped()));
    }
    if (!v.hasData())
        html += QStringLiteral("<br>")
            + Tr::tr("No data: nothing in the period is counted in the denominator.");
    return html;
}

} // namespace cc::measureformat

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboarddata.h"

#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace cc {

/**
 * The dashboard's charts (issue 7 §2), built with Qt Charts from one DashboardData:
 *  - Trends: weekly clean claim, first-pass acceptance and denial rates on a 0–100 % axis;
 *  - DenialReasons: a Pareto of denials by CARC, largest first (top 10 and "Other"), with the
 *    cumulative percent as a line on a second axis;
 *  - DenialsByPayer / ByServiceCode / ByCoder: horizontal bars of counts, largest on top
 *    (top 8 and "Other"), the dollars in each bar's tooltip;
 *  - Aging: the A/R in dollars in the five aging buckets.
 * The builders are free functions so that the PDF draws the same charts at a fixed size.
 * No animation: what is drawn is final at once (tests, print).
 */
namespace dashboardcharts {

enum class Chart {
    Trends,
    DenialReasons,
    DenialsByPayer,
    DenialsByServiceCode,
    DenialsByCoder,
    Aging
};
inline constexpr int kChartCount = 6;
inline constexpr int kParetoBars = 10;
inline constexpr int kRankedBars = 8;

/// The chart's title ("Denials by payer").
QString title(Chart chart);
/// True when the chart would have nothing to draw for @p data.
bool isEmpty(Chart chart, const DashboardData &data);
/// The sentence shown instead of an empty chart ("No denials in this period…").
QString emptyText(Chart chart, const DashboardData &data);
/// A new chart (the caller owns it), or nullptr when isEmpty(). @p forPrint keeps the light
/// theme whatever the screen's palette (paper is white).
QChart *build(Chart chart, const DashboardData &data, bool forPrint = false);
/**
 * The first @p keep bars as they are, and the rest summed into one "Other" bar (key
 * "other"), so that a long tail stays readable.
 */
QList<DenialBar> withOther(const QList<DenialBar> &bars, int keep);

} // namespace dashboardcharts

/**
 * The six charts in a grid, each replaced by a sentence when it has nothing to show. Owned
 * by the dashboard; setData() rebuilds them.
 */
class DashboardCharts : public QWidget
{
    Q_OBJECT
public:
    using Chart = dashboardcharts::Chart;

    explicit DashboardCharts(QWidget *parent = nullptr);

    void setData(const DashboardData &data);
    /// The chart on screen, or nullptr when its panel shows the empty sentence.
    QChart *chart(Chart chart) const;
    QChartView *view(Chart chart) const { return m_views[std::size_t(chart)]; }
    /// The sentence shown in place of the chart (empty while the chart shows).
    QString emptyText(Chart chart) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::array<QStackedWidget *, dashboardcharts::kChartCount> m_panels {};
    std::array<QChartView *, dashboardcharts::kChartCount> m_views {};
    std::array<QLabel *, dashboardcharts::kChartCount> m_empty {};
    DashboardData m_data;
    bool m_hasData = false;
};

} // namespace cc

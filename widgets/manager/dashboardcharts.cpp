// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcharts.h"
#include "domain/money.h"
#include "itemmodels/measureformat.h"
#include "services/arservice.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QCategoryAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QStackedWidget>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cc {

namespace dashboardcharts {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::dashboardcharts)
};

constexpr int kLabelChars = 26;

QFont chartFont(qreal points, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QChart *newChart(Chart which, bool forPrint)
{
    auto *chart = new QChart;
    // The theme first: it resets fonts and colours set before it.
    if (!forPrint && QApplication::palette().color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title(which));
    chart->setTitleFont(chartFont(11, true));
    chart->legend()->setFont(chartFont(9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

/// Bar labels sit above or beside their bars, on the chart's background: they take its text
/// colour (the themes paint them white, for labels inside the bars).
void labelBars(QAbstractBarSeries *series, QChart *chart)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    const QColor text = chart->theme() == QChart::ChartThemeDark ? QColor(0xe8, 0xe8, 0xe8)
                                                                 : QColor(0x30, 0x30, 0x30);
    for (QBarSet *set : series->barSets())
        set->setLabelColor(text);
    series->setLabelsPrecision(15);
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(8.5));
    axis->setTitleFont(chartFont(8.5));
}

/// A "nice" step (1, 2 or 5 × 10ⁿ) for about five ticks up to @p max.
double niceStep(double max)
{
    const double raw = std::max(max, 1.0) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double step = norm <= 1.0 ? 1.0 : norm <= 2.0 ? 2.0 : norm <= 5.0 ? 5.0 : 10.0;
    return step * magnitude;
}

/// A value axis from 0 with whole ticks and room above @p max for the bar labels.
QValueAxis *countAxis(double max, bool whole)
{
    auto *axis = new QValueAxis;
    const double step = whole ? std::max(1.0, std::round(niceStep(max))) : niceStep(max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(max * 1.15 / step) * step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axis);
    return axis;
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

/// Category names must be unique on a bar axis: long names are cut, twins numbered.
QStringList uniqueLabels(const QList<DenialBar> &bars)
{
    QStringList labels;
    QSet<QString> seen;
    for (const DenialBar &b : bars) {
        QString l = b.label.isEmpty() ? b.key : b.label;
        if (l.size() > kLabelChars)
            l = l.left(kLabelChars - 1).trimmed() + QStringLiteral("…");
        QString unique = l;
        for (int n = 2; seen.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(l).arg(n);
        seen.insert(unique);
        labels.append(unique);
    }
    return labels;
}

QString barTip(const DenialBar &b)
{
    return Tr::tr("<b>%1</b><br>%n denial(s), %2 denied", nullptr, b.count)
        .arg((b.label.isEmpty() ? b.key : b.label).toHtmlEscaped(), money(b.cents));
}

void showTip(bool hovering, const QString &text)
{
    if (hovering)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

/// The Monday of @p day's week: every week of a trend is drawn on its Monday, so that the
/// first week (clipped to the period) lines up with the others.
QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QChart *trends(const DashboardData &d, bool forPrint)
{
    QChart *chart = newChart(Chart::Trends, forPrint);
    // x is the Monday's Julian day; the labels sit on the Mondays themselves.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(Tr::tr("Week starting"));
    styleAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(Tr::tr("Percent"));
    styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QDate first, last;
    for (std::size_t i = 0; i < DashboardData::kTrendKinds.size(); ++i) {
        const MeasureInfo &info = measures::info(DashboardData::kTrendKinds[i]);
        auto *series = new QLineSeries;
        series->setName(info.name);
        series->setPointsVisible(true);
        QList<MeasurePoint> points;
        for (const MeasurePoint &p : d.trends[i]) {
            // A week with nothing counted has no rate: it is left out, not drawn as 0 %.
            if (!p.value.value)
                continue;
            points.append(p);
            const QDate monday = mondayOf(p.weekStart);
            series->append(double(monday.toJulianDay()), *p.value.value * 100.0);
            if (!first.isValid() || monday < first)
                first = monday;
            if (!last.isValid() || monday > last)
                last = monday;
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        QObject::connect(
            series, &QLineSeries::hovered, series, [info, points](const QPointF &at, bool state) {
                const MeasurePoint *near = nullptr;
                double best = 0;
                for (const MeasurePoint &p : points) {
                    const double dx
                        = std::abs(double(mondayOf(p.weekStart).toJulianDay()) - at.x());
                    if (!near || dx < best) {
                        near = &p;
                        best = dx;
                    }
                }
                if (!near)
                    return;
                showTip(state,
                    Tr::tr("<b>%1</b>, week of %2: %3<br>%4<br>%5")
                        .arg(info.name.toHtmlEscaped(),
                            QLocale().toString(near->weekStart, QLocale::ShortFormat),
                            measureformat::value(info, near->value),
                            measureformat::numerator(info, near->value).toHtmlEscaped(),
                            measureformat::denominator(info, near->value).toHtmlEscaped()));
            });
    }
    // At most about seven labels, every week or every few weeks; half a week of room at
    // each end so that the first and last points are not on the frame.
    const int weeks = int(first.daysTo(last) / 7) + 1;
    const int every = std::max(1, (weeks + 6) / 7);
    //: Week labels on the trend chart (QDate format); a year is added past 40 weeks
    const QString format = weeks > 40 ? Tr::tr("MMM d, yyyy") : Tr::tr("MMM d");
    const QLocale locale;
    for (QDate monday = first; monday <= last; monday = monday.addDays(7 * every))
        x->append(locale.toString(monday, format), double(monday.toJulianDay()));
    const double from = double(first.toJulianDay()) - 3.5;
    x->setStartValue(from);
    x->setRange(from, double(last.toJulianDay()) + 3.5);
    return chart;
}

QChart *pareto(const DashboardData &d, bool forPrint)
{
    QChart *chart = newChart(Chart::DenialReasons, forPrint);
    const QList<DenialBar> bars = withOther(d.denialsBy(DenialBreakdown::Reason), kParetoBars);
    auto *set = new QBarSet(Tr::tr("Denials"));
    QStringList categories;
    int total = 0;
    int most = 0;
    for (const DenialBar &b : bars) {
        *set << b.count;
        total += b.count;
        most = std::max(most, b.count);
        categories.append(b.key);
    }
    auto *series = new QBarSeries;
    series->append(set);
    labelBars(series, chart);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    // Keys are short ("CO-97") and unique; the reason's words are in the tooltip.
    QList<DenialBar> keyed = bars;
    for (DenialBar &b : keyed)
        b.label = b.key;
    x->append(uniqueLabels(keyed));
    x->setTitleText(Tr::tr("Claim adjustment reason (CARC)"));
    styleAxis(x);
    QValueAxis *y = countAxis(most, true);
    y->setTitleText(Tr::tr("Denials"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    auto *cumulative = new QLineSeries;
    cumulative->setName(Tr::tr("Cumulative %"));
    cumulative->setPointsVisible(true);
    int running = 0;
    for (int i = 0; i < bars.size(); ++i) {
        running += bars.at(i).count;
        cumulative->append(i, total > 0 ? running * 100.0 / total : 0.0);
    }
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(Tr::tr("Cumulative %"));
    styleAxis(percent);
    chart->addAxis(percent, Qt::AlignRight);
    chart->addSeries(cumulative);
    cumulative->attachAxis(x);
    cumulative->attachAxis(percent);
    QObject::connect(set, &QBarSet::hovered, set, [bars](bool state, int index) {
        if (index >= 0 && index < bars.size())
            showTip(state, barTip(bars.at(index)));
    });
    return chart;
}

QChart *ranked(Chart which, const DashboardData &d, DenialBreakdown by, bool forPrint)
{
    QChart *chart = newChart(which, forPrint);
    chart->legend()->hide();
    QList<DenialBar> bars = withOther(d.denialsBy(by), kRankedBars);
    // A horizontal bar chart draws its first category at the bottom: largest goes last.
    std::reverse(bars.begin(), bars.end());
    auto *set = new QBarSet(Tr::tr("Denials"));
    int most = 0;
    for (const DenialBar &b : bars) {
        *set << b.count;
        most = std::max(most, b.count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    labelBars(series, chart);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(uniqueLabels(bars));
    styleAxis(y);
    QValueAxis *x = countAxis(most, true);
    x->setTitleText(Tr::tr("Denials"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    QObject::connect(set, &QBarSet::hovered, set, [bars](bool state, int index) {
        if (index >= 0 && index < bars.size())
            showTip(state, barTip(bars.at(index)));
    });
    return chart;
}

QChart *aging(const DashboardData &d, bool forPrint)
{
    QChart *chart = newChart(Chart::Aging, forPrint);
    chart->legend()->hide();
    qint64 total = 0;
    for (qint64 c : d.aging)
        total += c;
    chart->setTitle(Tr::tr("A/R aging as of %1 — %2 owed")
                        .arg(QLocale().toString(d.period.to, QLocale::ShortFormat), money(total)));
    auto *set = new QBarSet(Tr::tr("A/R"));
    double most = 0;
    QStringList categories;
    for (std::size_t i = 0; i < d.aging.size(); ++i) {
        // Whole dollars: the bar label reads "$1234"; the tooltip has the cents.
        const double dollars = double(std::llround(double(d.aging[i]) / 100.0));
        *set << dollars;
        most = std::max(most, dollars);
        categories.append(ArService::bucketTitle(int(i)));
    }
    auto *series = new QBarSeries;
    series->append(set);
    labelBars(series, chart);
    series->setLabelsFormat(QStringLiteral("$@value"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(Tr::tr("Days since the date of service"));
    styleAxis(x);
    QValueAxis *y = countAxis(most, false);
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setTitleText(Tr::tr("Balance (dollars)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const std::array<qint64, 5> cents = d.aging;
    QObject::connect(set, &QBarSet::hovered, set, [cents, categories](bool state, int index) {
        if (index >= 0 && index < int(cents.size()))
            showTip(state,
                Tr::tr("<b>%1 days</b><br>%2 owed")
                    .arg(categories.at(index), money(cents[std::size_t(index)])));
    });
    return chart;
}

DenialBreakdown breakdownOf(Chart chart)
{
    switch (chart) {
    case Chart::DenialsByPayer:
        return DenialBreakdown::Payer;
    case Chart::DenialsByServiceCode:
        return DenialBreakdown::ServiceCode;
    case Chart::DenialsByCoder:
        return DenialBreakdown::Coder;
    default:
        return DenialBreakdown::Reason;
    }
}

} // namespace

QString title(Chart chart)
{
    switch (chart) {
    case Chart::Trends:
        return Tr::tr("Weekly trends");
    case Chart::DenialReasons:
        return Tr::tr("Denial reasons (Pareto)");
    case Chart::DenialsByPayer:
        return Tr::tr("Denials by payer");
    case Chart::DenialsByServiceCode:
        return Tr::tr("Denials by service code");
    case Chart::DenialsByCoder:
        return Tr::tr("Denials by coder");
    case Chart::Aging:
        return Tr::tr("A/R aging");
    }
    return {};
}

bool isEmpty(Chart chart, const DashboardData &data)
{
    switch (chart) {
    case Chart::Trends:
        return std::none_of(
            data.trends.cbegin(), data.trends.cend(), [](const QList<MeasurePoint> &points) {
                return std::any_of(points.cbegin(), points.cend(),
                    [](const MeasurePoint &p) { return p.value.hasData(); });
            });
    case Chart::Aging:
        return std::all_of(data.aging.cbegin(), data.aging.cend(), [](qint64 c) { return c == 0; });
    default: {
        const QList<DenialBar> &bars = data.denialsBy(breakdownOf(chart));
        return std::none_of(
            bars.cbegin(), bars.cend(), [](const DenialBar &b) { return b.count > 0; });
    }
    }
}

QString emptyText(Chart chart, const DashboardData &data)
{
    switch (chart) {
    case Chart::Trends:
        return Tr::tr("No claim was scrubbed, answered or adjudicated in this period, so there "
                      "is no trend to draw. Choose a longer period.");
    case Chart::Aging:
        return Tr::tr("Nothing is owed as of %1.")
            .arg(QLocale().toString(data.period.to, QLocale::ShortFormat));
    default:
        return Tr::tr("No denials in this period.");
    }
}

QChart *build(Chart chart, const DashboardData &data, bool forPrint)
{
    if (isEmpty(chart, data))
        return nullptr;
    switch (chart) {
    case Chart::Trends:
        return trends(data, forPrint);
    case Chart::DenialReasons:
        return pareto(data, forPrint);
    case Chart::Aging:
        return aging(data, forPrint);
    default:
        return ranked(chart, data, breakdownOf(chart), forPrint);
    }
}

QList<DenialBar> withOther(const QList<DenialBar> &bars, int keep)
{
    if (bars.size() <= keep + 1)
        return bars;
    QList<DenialBar> out = bars.mid(0, keep);
    DenialBar other;
    other.key = QStringLiteral("other");
    other.label = Tr::tr("Other");
    for (qsizetype i = keep; i < bars.size(); ++i) {
        other.count += bars.at(i).count;
        other.cents += bars.at(i).cents;
    }
    out.append(other);
    return out;
}

} // namespace dashboardcharts

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCharts"));
    static const std::array<const char *, dashboardcharts::kChartCount> names {"trendChart",
        "denialReasonChart", "denialPayerChart", "denialServiceChart", "denialCoderChart",
        "agingChart"};
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int i = 0; i < dashboardcharts::kChartCount; ++i) {
        const auto which = Chart(i);
        auto *panel = new QStackedWidget;
        auto *view = new QChartView;
        view->setObjectName(QString::fromLatin1(names[std::size_t(i)]));
        view->setAccessibleName(dashboardcharts::title(which));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        // Charts are read, not operated: Tab goes from control to control.
        view->setFocusPolicy(Qt::NoFocus);
        auto *empty = new QLabel;
        empty->setObjectName(QString::fromLatin1(names[std::size_t(i)]) + QStringLiteral("Empty"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        empty->setFrameShape(QFrame::StyledPanel);
        empty->setMargin(16);
        panel->addWidget(view);
        panel->addWidget(empty);
        m_panels[std::size_t(i)] = panel;
        m_views[std::size_t(i)] = view;
        m_empty[std::size_t(i)] = empty;
        grid->addWidget(panel, i / 2, i % 2);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void DashboardCharts::setData(const DashboardData &data)
{
    m_data = data;
    m_hasData = true;
    for (int i = 0; i < dashboardcharts::kChartCount; ++i) {
        const auto which = Chart(i);
        const auto at = std::size_t(i);
        QChart *built = dashboardcharts::build(which, data);
        // The view hands the old chart back to us: it is ours to delete.
        QChart *old = m_views[at]->chart();
        m_views[at]->setChart(built ? built : new QChart);
        delete old;
        if (built) {
            m_empty[at]->clear();
            m_panels[at]->setCurrentWidget(m_views[at]);
        } else {
            m_empty[at]->setText(QStringLiteral("<b>%1</b><br>%2")
                                     .arg(dashboardcharts::title(which).toHtmlEscaped(),
                                         dashboardcharts::emptyText(which, data).toHtmlEscaped()));
            m_panels[at]->setCurrentWidget(m_empty[at]);
        }
    }
}

QChart *DashboardCharts::chart(Chart which) const
{
    const auto at = std::size_t(which);
    return m_panels[at]->currentWidget() == m_views[at] && m_hasData ? m_views[at]->chart()
                                                                     : nullptr;
}

QString DashboardCharts::emptyText(Chart which) const
{
    const auto at = std::size_t(which);
    return m_panels[at]->currentWidget() == m_empty[at] ? m_empty[at]->text() : QString();
}

void DashboardCharts::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        && m_hasData)
        setData(m_data);
    QWidget::changeEvent(event);
}

} // namespace cc

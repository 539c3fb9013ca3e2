// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's Dashboard driven by clicks and keys on a demo practice: the tiles say what
// MeasureService computes, hover gives the numerator and denominator, a click (or Space)
// lists the records behind a tile and Enter there asks to open the claim, the grouping fills
// the breakdown table, the charts draw the service's weeks and bars, a far-past period shows
// "No data", the PDF readout is written, and a coder is refused.
#include "testdatabase.h"
#include "domain/money.h"
#include "itemmodels/measurebreakdownmodel.h"
#include "itemmodels/measureformat.h"
#include "itemmodels/measureitemmodel.h"
#include "biller/claimswidget.h"
#include "mainwindow.h"
#include "manager/dashboardcharts.h"
#include "manager/dashboardwidget.h"
#include "manager/measuredrilldowndialog.h"
#include "manager/measuretile.h"
#include "services/measureservice.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using Chart = dashboardcharts::Chart;

namespace {
const QDate kToday(2026, 11, 27);
}

class tst_DashboardWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void tilesShowTheServiceValues();
    void presetsNameThePeriod();
    void tileToolTipGivesNumeratorAndDenominator();
    void clickingATileListsTheRecords();
    void anEncounterRowOpensOnlyWhereItCan();
    void spaceOnAFocusedTileOpensTheList();
    void groupingFillsTheBreakdownTable();
    void chartsDrawTheServiceData();
    void emptyPeriodShowsNoData();
    void printWritesAPdfReadout();
    void printToAnUnwritableFolderSaysSo();
    void coderIsRefused();
    void mainWindowOpensTheClaimBehindAMeasure();

private:
    std::unique_ptr<DashboardWidget> showWidget(const Session &who);
    MeasureService &service() { return m_db->ws().measures(); }
    /// The first measure with data whose drill-down lists claims.
    std::optional<MeasureKind> kindWithClaims(const MeasureSet &set) const;

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_manager;
};

void tst_DashboardWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_manager = m_db->login(Role::Manager);
}

void tst_DashboardWidget::cleanup()
{
    m_db.reset();
}

std::unique_ptr<DashboardWidget> tst_DashboardWidget::showWidget(const Session &who)
{
    auto w = std::make_unique<DashboardWidget>(who, service());
    w->setToday(kToday);
    w->resize(1280, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("the dashboard did not show");
    return w;
}

std::optional<MeasureKind> tst_DashboardWidget::kindWithClaims(const MeasureSet &set) const
{
    for (const MeasureInfo &info : measures::all()) {
        if (!info.listsEncounters && set.value(info.kind).hasData()
            && set.value(info.kind).denominator > 0)
            return info.kind;
    }
    return std::nullopt;
}

void tst_DashboardWidget::tilesShowTheServiceValues()
{
    auto w = showWidget(m_manager);
    QVERIFY(w->hasData());
    QVERIFY2(w->messageText().isEmpty(), qPrintable(w->messageText()));
    const MeasurePeriod period {kToday.addDays(-29), kToday};
    QCOMPARE(w->period().from, period.from);
    QCOMPARE(w->period().to, period.to);
    auto computed = service().compute(m_manager, period);
    QVERIFY(computed.ok());
    int withData = 0;
    for (const MeasureInfo &info : measures::all()) {
        const MeasureValue &expected = computed->value(info.kind);
        MeasureTile *tile = w->tile(info.kind);
        QVERIFY(tile);
        QCOMPARE(tile->value().numerator, expected.numerator);
        QCOMPARE(tile->value().denominator, expected.denominator);
        QCOMPARE(tile->valueText(), measureformat::value(info, expected));
        if (!expected.hasData()) {
            QCOMPARE(tile->valueText(), QStringLiteral("No data"));
            continue;
        }
        ++withData;
        // The big number, written out independently of the formatter.
        const QString number = QLocale().toString(
            info.valueKind == MeasureValueKind::Rate ? *expected.value * 100.0 : *expected.value,
            'f', 1);
        QCOMPARE(tile->valueText(),
            info.valueKind == MeasureValueKind::Rate ? number + QStringLiteral(" %")
                                                     : number + QStringLiteral(" days"));
        if (info.target) {
            const bool higher = info.direction == MeasureDirection::HigherIsBetter;
            const bool good = higher ? *expected.value >= *info.target - 5e-4
                                     : *expected.value <= *info.target + 5e-4;
            QCOMPARE(tile->statusText(),
                good ? QStringLiteral("✓ on target")
                     : (higher ? QStringLiteral("✗ below target")
                               : QStringLiteral("✗ above target")));
        }
    }
    // The demo practice has scrubbed, sent and paid claims in its last 30 days.
    QVERIFY2(withData >= 4, qPrintable(QString::number(withData)));
    QVERIFY(w->tile(MeasureKind::CleanClaimRate)->value().hasData());
}

void tst_DashboardWidget::presetsNameThePeriod()
{
    auto w = showWidget(m_manager);
    auto *preset = w->findChild<QComboBox *>(QStringLiteral("periodPreset"));
    QVERIFY(preset);
    QCOMPARE(preset->currentText(), QStringLiteral("Last 30 days"));
    preset->setFocus();
    // Down, Down: "Last month", chosen with the keyboard as a user would.
    QTest::keyClick(preset, Qt::Key_Down);
    QTest::keyClick(preset, Qt::Key_Down);
    QCOMPARE(w->preset(), DashboardWidget::Preset::LastMonth);
    QCOMPARE(w->period().from, QDate(2026, 10, 1));
    QCOMPARE(w->period().to, QDate(2026, 10, 31));
    QCOMPARE(w->data().period.from, QDate(2026, 10, 1));
    auto october = service().compute(m_manager, {QDate(2026, 10, 1), QDate(2026, 10, 31)});
    QVERIFY(october.ok());
    QCOMPARE(w->tile(MeasureKind::DaysInAR)->value().numerator,
        october->value(MeasureKind::DaysInAR).numerator);
    QTest::keyClick(preset, Qt::Key_Up);
    QCOMPARE(w->period().from, QDate(2026, 11, 1));
    QCOMPARE(w->period().to, kToday);
    w->setPreset(DashboardWidget::Preset::Last90Days);
    QCOMPARE(w->period().from, kToday.addDays(-89));
}

void tst_DashboardWidget::tileToolTipGivesNumeratorAndDenominator()
{
    auto w = showWidget(m_manager);
    const MeasureInfo &clean = measures::info(MeasureKind::CleanClaimRate);
    const MeasureValue v = w->data().overall.value(MeasureKind::CleanClaimRate);
    QVERIFY(v.denominator > 0);
    const QString tip = w->tile(MeasureKind::CleanClaimRate)->toolTip();
    QVERIFY2(tip.contains(clean.formula.toHtmlEscaped()), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%1: %2").arg(clean.numeratorName).arg(v.numerator)),
        qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%1: %2").arg(clean.denominatorName).arg(v.denominator)),
        qPrintable(tip));
    QVERIFY(tip.contains(clean.periodRule.toHtmlEscaped()));
    QVERIFY(tip.contains(QStringLiteral("95.0 %")));

    // Money in dollars and cents.
    const MeasureValue ncr = w->data().overall.value(MeasureKind::NetCollectionRate);
    const QString money = w->tile(MeasureKind::NetCollectionRate)->toolTip();
    QVERIFY2(money.contains(Money::fromCents(ncr.numerator).toDisplayString()), qPrintable(money));
    QVERIFY(money.contains(Money::fromCents(ncr.denominator).toDisplayString()));
    QVERIFY(money.contains(QLatin1Char('$')));
    // Minutes are shown as days.
    QCOMPARE(measureformat::amount(MeasureUnit::Minutes, 3 * 24 * 60 + 12 * 60),
        QStringLiteral("3.5 days"));
    QCOMPARE(measureformat::amount(MeasureUnit::Cents, 123456), QStringLiteral("$1,234.56"));
}

void tst_DashboardWidget::clickingATileListsTheRecords()
{
    auto w = showWidget(m_manager);
    const auto kind = kindWithClaims(w->data().overall);
    QVERIFY(kind);
    MeasureTile *tile = w->tile(*kind);
    QVERIFY(!w->drillDown());
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    QTRY_VERIFY(w->drillDown());
    MeasureDrillDownDialog *dialog = w->drillDown();
    QCOMPARE(dialog->kind(), *kind);
    QAbstractItemModelTester tester(
        dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto items = service().items(m_manager, *kind, w->period());
    QVERIFY(items.ok());
    QVERIFY(!items->isEmpty());
    QCOMPARE(dialog->model()->rowCount(), int(items->size()));
    QCOMPARE(dialog->table()->model()->rowCount(), int(items->size()));
    const MeasureValue v = w->data().overall.value(*kind);
    const QString summary = dialog->summaryText();
    QVERIFY2(summary.contains(measureformat::numerator(measures::info(*kind), v).toHtmlEscaped()),
        qPrintable(summary));
    QVERIFY(summary.contains(measureformat::denominator(measures::info(*kind), v).toHtmlEscaped()));
    int inNumerator = 0;
    for (const MeasureItem &i : items.value())
        inNumerator += i.inNumerator ? 1 : 0;
    if (measures::info(*kind).numeratorUnit == MeasureUnit::Count)
        QCOMPARE(qint64(inNumerator), v.numerator);

    // Enter on the second row asks for that claim, and the list closes.
    QSignalSpy open(w.get(), &DashboardWidget::openClaimRequested);
    QTableView *table = dialog->table();
    const int row = std::min(1, table->model()->rowCount() - 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    const qint64 claimId
        = table->model()->index(row, 0).data(MeasureItemModel::ClaimIdRole).toLongLong();
    QVERIFY(claimId > 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), claimId);
    QTRY_VERIFY(!w->drillDown());
}

void tst_DashboardWidget::anEncounterRowOpensOnlyWhereItCan()
{
    // Query turnaround lists encounters. Nothing connected: Enter keeps the list open.
    auto w = showWidget(m_manager);
    if (!w->data().overall.value(MeasureKind::QueryTurnaroundDays).value)
        QSKIP("the demo's period has no answered query");
    auto openList = [&w] {
        MeasureTile *tile = w->tile(MeasureKind::QueryTurnaroundDays);
        QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
        QTRY_VERIFY(w->drillDown());
    };
    auto enterOnFirstRow = [&w] {
        QTableView *table = w->drillDown()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
    };
    openList();
    enterOnFirstRow();
    QTest::qWait(50);
    QVERIFY(w->drillDown());
    w->drillDown()->close();
    QTRY_VERIFY(!w->drillDown());
    // Connected (a user who codes): Enter asks for the encounter and the list closes.
    QList<qint64> asked;
    connect(w.get(), &DashboardWidget::openEncounterRequested, w.get(),
            [&asked](qint64 id) { asked.append(id); });
    openList();
    enterOnFirstRow();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first() > 0);
    QTRY_VERIFY(!w->drillDown());
}

void tst_DashboardWidget::spaceOnAFocusedTileOpensTheList()
{
    auto w = showWidget(m_manager);
    auto *preset = w->findChild<QComboBox *>(QStringLiteral("periodPreset"));
    preset->setFocus();
    // Tab from the top bar reaches the first tile.
    for (int i = 0; i < 12 && !qobject_cast<MeasureTile *>(QApplication::focusWidget()); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *tile = qobject_cast<MeasureTile *>(QApplication::focusWidget());
    QVERIFY(tile);
    QCOMPARE(tile->kind(), MeasureKind::CleanClaimRate);
    QTest::keyClick(tile, Qt::Key_Space);
    QTRY_VERIFY(w->drillDown());
    QCOMPARE(w->drillDown()->kind(), MeasureKind::CleanClaimRate);
    auto items = service().items(m_manager, MeasureKind::CleanClaimRate, w->period());
    QVERIFY(items.ok());
    QCOMPARE(w->drillDown()->model()->rowCount(), int(items->size()));
}

void tst_DashboardWidget::groupingFillsTheBreakdownTable()
{
    auto w = showWidget(m_manager);
    QVERIFY(!w->breakdownTable()->isVisible());
    QAbstractItemModelTester tester(
        w->breakdownModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *dimension = w->findChild<QComboBox *>(QStringLiteral("dimension"));
    QVERIFY(dimension);
    dimension->setFocus();
    QTest::keyClick(dimension, Qt::Key_Down);
    QCOMPARE(w->dimension(), MeasureDimension::Payer);
    auto groups = service().breakdown(m_manager, w->period(), MeasureDimension::Payer);
    QVERIFY(groups.ok());
    QVERIFY(groups->size() >= 2);
    MeasureBreakdownModel *model = w->breakdownModel();
    QCOMPARE(model->rowCount(), int(groups->size()));
    QCOMPARE(model->columnCount(), 1 + kMeasureCount);
    QVERIFY(w->breakdownTable()->isVisible());
    for (int r = 0; r < model->rowCount(); ++r) {
        const MeasureSet &g = groups->at(r);
        QCOMPARE(model->index(r, 0).data().toString(), g.groupName);
        QCOMPARE(
            model->index(r, 0).data(MeasureBreakdownModel::GroupIdRole).toLongLong(), g.groupId);
        for (const MeasureInfo &info : measures::all()) {
            const QString cell
                = model->index(r, MeasureBreakdownModel::columnOf(info.kind)).data().toString();
            const QString expected = !g.applies[std::size_t(info.kind)] ? QStringLiteral("n/a")
                : g.value(info.kind).hasData() ? measureformat::value(info, g.value(info.kind))
                                               : QStringLiteral("—");
            QCOMPARE(cell, expected);
        }
    }
    // Query turnaround is not counted by payer.
    QCOMPARE(model->index(0, MeasureBreakdownModel::columnOf(MeasureKind::QueryTurnaroundDays))
                 .data()
                 .toString(),
        QStringLiteral("n/a"));

    // A double-click on a group's cell lists that group's records only.
    int row = -1;
    for (int r = 0; r < groups->size() && row < 0; ++r) {
        if (groups->at(r).value(MeasureKind::CleanClaimRate).denominator > 0)
            row = r;
    }
    QVERIFY(row >= 0);
    QTableView *table = w->breakdownTable();
    const QModelIndex cell
        = table->model()->index(row, MeasureBreakdownModel::columnOf(MeasureKind::CleanClaimRate));
    table->scrollTo(cell);
    const QPoint at = table->visualRect(cell).center();
    // A double-click as the window system sends it: press, release, double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(w->drillDown());
    auto items = service().items(m_manager, MeasureKind::CleanClaimRate, w->period(),
        MeasureDimension::Payer, groups->at(row).groupId);
    QVERIFY(items.ok());
    QCOMPARE(w->drillDown()->model()->rowCount(), int(items->size()));
    QCOMPARE(qint64(items->size()), groups->at(row).value(MeasureKind::CleanClaimRate).denominator);
    QVERIFY(w->drillDown()->windowTitle().contains(groups->at(row).groupName));

    // Back to overall: the table goes away.
    QTest::keyClick(dimension, Qt::Key_Up);
    QCOMPARE(w->dimension(), MeasureDimension::Overall);
    QVERIFY(!w->breakdownTable()->isVisible());
}

void tst_DashboardWidget::chartsDrawTheServiceData()
{
    auto w = showWidget(m_manager);
    w->setPreset(DashboardWidget::Preset::Last90Days);
    const MeasurePeriod period = w->period();
    DashboardCharts *charts = w->charts();

    // Trends: one line per measure, one point per week with data.
    QChart *trends = charts->chart(Chart::Trends);
    QVERIFY(trends);
    QCOMPARE(trends->series().size(), 3);
    int drawn = 0;
    for (std::size_t i = 0; i < DashboardData::kTrendKinds.size(); ++i) {
        auto weekly = service().weekly(m_manager, DashboardData::kTrendKinds[i], period);
        QVERIFY(weekly.ok());
        QVERIFY(weekly->size() >= 13);
        int withData = 0;
        for (const MeasurePoint &p : weekly.value())
            withData += p.value.hasData() ? 1 : 0;
        auto *line = qobject_cast<QLineSeries *>(trends->series().at(qsizetype(i)));
        QVERIFY(line);
        QCOMPARE(line->name(), measures::info(DashboardData::kTrendKinds[i]).name);
        QCOMPARE(line->count(), withData);
        drawn += withData;
    }
    QVERIFY(drawn > 0);

    // Denials: the Pareto's bars largest first with the cumulative line ending at 100 %.
    auto reasons = service().denials(m_manager, period, DenialBreakdown::Reason);
    QVERIFY(reasons.ok());
    QVERIFY2(!reasons->isEmpty(), "the demo has denials in its last 90 days");
    const QList<DenialBar> shown
        = dashboardcharts::withOther(reasons.value(), dashboardcharts::kParetoBars);
    QChart *pareto = charts->chart(Chart::DenialReasons);
    QVERIFY(pareto);
    auto *bars = qobject_cast<QBarSeries *>(pareto->series().at(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), int(shown.size()));
    QCOMPARE(int(bars->barSets().first()->at(0)), shown.first().count);
    auto *cumulative = qobject_cast<QLineSeries *>(pareto->series().at(1));
    QVERIFY(cumulative);
    QCOMPARE(cumulative->count(), int(shown.size()));
    QCOMPARE(qRound(cumulative->at(cumulative->count() - 1).y()), 100);

    const std::array<std::pair<Chart, DenialBreakdown>, 3> ranked {
        std::pair {Chart::DenialsByPayer, DenialBreakdown::Payer},
        std::pair {Chart::DenialsByServiceCode, DenialBreakdown::ServiceCode},
        std::pair {Chart::DenialsByCoder, DenialBreakdown::Coder}};
    for (const auto &[chart, by] : ranked) {
        auto list = service().denials(m_manager, period, by);
        QVERIFY(list.ok());
        QChart *c = charts->chart(chart);
        QVERIFY(c);
        auto *h = qobject_cast<QHorizontalBarSeries *>(c->series().at(0));
        QVERIFY(h);
        const auto expected
            = dashboardcharts::withOther(list.value(), dashboardcharts::kRankedBars);
        QCOMPARE(h->barSets().first()->count(), int(expected.size()));
        // Largest on top: the last bar drawn is the first of the service's list.
        QCOMPARE(int(h->barSets().first()->at(h->barSets().first()->count() - 1)),
            expected.first().count);
    }

    // A/R aging: five buckets in dollars.
    auto aging = service().aging(m_manager, period.to);
    QVERIFY(aging.ok());
    QChart *agingChart = charts->chart(Chart::Aging);
    QVERIFY(agingChart);
    auto *agingBars = qobject_cast<QBarSeries *>(agingChart->series().at(0));
    QVERIFY(agingBars);
    QCOMPARE(agingBars->barSets().first()->count(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(qint64(agingBars->barSets().first()->at(i)),
            qint64(std::llround(double(aging.value()[std::size_t(i)]) / 100.0)));
}

void tst_DashboardWidget::emptyPeriodShowsNoData()
{
    auto w = showWidget(m_manager);
    w->setCustomPeriod(QDate(2001, 1, 1), QDate(2001, 1, 31));
    QCOMPARE(w->preset(), DashboardWidget::Preset::Custom);
    QVERIFY(w->hasData());
    QVERIFY2(w->messageText().isEmpty(), qPrintable(w->messageText()));
    for (const MeasureInfo &info : measures::all()) {
        QCOMPARE(w->tile(info.kind)->valueText(), QStringLiteral("No data"));
        QVERIFY(w->tile(info.kind)->statusText().trimmed().isEmpty());
    }
    for (int i = 0; i < dashboardcharts::kChartCount; ++i) {
        QVERIFY(!w->charts()->chart(Chart(i)));
        QVERIFY(!w->charts()->emptyText(Chart(i)).isEmpty());
    }
    QVERIFY(w->charts()
                ->emptyText(Chart::DenialReasons)
                .contains(QStringLiteral("No denials in this period")));
    // A tile with no data still opens, on an empty list.
    QTest::mouseClick(w->tile(MeasureKind::DenialRate), Qt::LeftButton);
    QTRY_VERIFY(w->drillDown());
    QCOMPARE(w->drillDown()->model()->rowCount(), 0);
    // The end before the start is said, not computed.
    w->setCustomPeriod(QDate(2026, 11, 20), QDate(2026, 11, 1));
    QVERIFY(!w->messageText().isEmpty());
}

void tst_DashboardWidget::printWritesAPdfReadout()
{
    auto w = showWidget(m_manager);
    w->setPracticeName(QStringLiteral("Maple Grove Family Health"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readout.pdf"));
    QString error;
    QVERIFY2(w->printTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    // Page 1 the measures, then the six charts two to a page.
    const auto pages
        = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
    QCOMPARE(pages, 4);
    QVERIFY(w->messageText().contains(QStringLiteral("readout.pdf")));
}

void tst_DashboardWidget::printToAnUnwritableFolderSaysSo()
{
    auto w = showWidget(m_manager);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/readout.pdf"));
    QString error;
    QVERIFY(!w->printTo(path, &error));
    QVERIFY2(error.contains(QStringLiteral("could not be saved")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void tst_DashboardWidget::coderIsRefused()
{
    auto w = showWidget(m_db->login(Role::Coder));
    QVERIFY(!w->hasData());
    QVERIFY2(w->messageText().contains(QStringLiteral("open the dashboard")),
        qPrintable(w->messageText()));
    QVERIFY(!w->tile(MeasureKind::CleanClaimRate)->isEnabled());
    QVERIFY(!w->tile(MeasureKind::CleanClaimRate)->isVisible());
    QTest::mouseClick(w->tile(MeasureKind::CleanClaimRate), Qt::LeftButton);
    QVERIFY(!w->drillDown());
    QTemporaryDir dir;
    QString error;
    QVERIFY(!w->printTo(dir.filePath(QStringLiteral("x.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("open the dashboard")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

void tst_DashboardWidget::mainWindowOpensTheClaimBehindAMeasure()
{
    MainWindow window(m_db->ws(), m_manager);
    window.resize(1360, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Ctrl+Shift+K opens the Dashboard, which reads its measures when shown.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dashboard = window.findChild<DashboardWidget *>();
    QVERIFY(dashboard);
    QTRY_VERIFY(dashboard->isVisible());
    QVERIFY(dashboard->hasData());
    dashboard->setToday(kToday);
    QVERIFY(dashboard->openDrillDown(MeasureKind::CleanClaimRate));
    QTableView *table = dashboard->drillDown()->table();
    QVERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 claimId
        = table->model()->index(0, 0).data(MeasureItemModel::ClaimIdRole).toLongLong();
    QTest::keyClick(table, Qt::Key_Return);
    auto *claims = window.findChild<ClaimsWidget *>();
    QVERIFY(claims);
    QTRY_VERIFY(claims->isVisible());
    QCOMPARE(claims->currentClaimId(), claimId);
}

QTEST_MAIN(tst_DashboardWidget)
#include "tst_dashboardwidget.moc"

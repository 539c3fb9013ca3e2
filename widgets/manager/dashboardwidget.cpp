// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardwidget.h"
#include "common/errorbox.h"
#include "common/inlinemessage.h"
#include "dashboardcharts.h"
#include "dashboardpdf.h"
#include "itemmodels/measurebreakdownmodel.h"
#include "measuredrilldowndialog.h"
#include "measuretile.h"
#include "services/measureservice.h"

#include <QMetaMethod>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

namespace {
constexpr int kTileColumns = 6;
constexpr int kBreakdownRowsShown = 8;
} // namespace

DashboardWidget::DashboardWidget(const Session &session, MeasureService &measures, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_measures(measures)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    layout->addWidget(m_message);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 4, 0);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("periodCaption"));
    m_caption->setWordWrap(true);
    content->addWidget(m_caption);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    for (int i = 0; i < kMeasureCount; ++i) {
        auto *tile = new MeasureTile(MeasureKind(i));
        connect(tile, &MeasureTile::activated, this, &DashboardWidget::openDrillDown);
        tiles->addWidget(tile, i / kTileColumns, i % kTileColumns);
        m_tiles[std::size_t(i)] = tile;
    }
    for (int c = 0; c < kTileColumns; ++c)
        tiles->setColumnStretch(c, 1);
    content->addLayout(tiles);

    m_breakdownTitle = new QLabel;
    m_breakdownTitle->setObjectName(QStringLiteral("breakdownTitle"));
    m_breakdownTitle->setWordWrap(true);
    content->addWidget(m_breakdownTitle);
    m_breakdownModel = new MeasureBreakdownModel(this);
    m_breakdownProxy = new QSortFilterProxyModel(this);
    m_breakdownProxy->setSourceModel(m_breakdownModel);
    m_breakdownProxy->setSortRole(MeasureBreakdownModel::SortRole);
    m_breakdownTable = new QTableView;
    m_breakdownTable->setObjectName(QStringLiteral("breakdownTable"));
    m_breakdownTable->setModel(m_breakdownProxy);
    m_breakdownTable->setSortingEnabled(true);
    m_breakdownTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_breakdownTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_breakdownTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_breakdownTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdownTable->setAlternatingRowColors(true);
    m_breakdownTable->verticalHeader()->hide();
    m_breakdownTable->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_breakdownTable->horizontalHeader()->setStretchLastSection(true);
    m_breakdownTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    content->addWidget(m_breakdownTable);
    auto openCell = [this](const QModelIndex &proxyIndex) {
        const QModelIndex index = m_breakdownProxy->mapToSource(proxyIndex);
        if (const auto kind = MeasureBreakdownModel::kindOf(index.column()))
            openGroupDrillDown(*kind, index.row());
    };
    // Activated is a double-click or Enter (one signal, so a double-click opens one list).
    connect(m_breakdownTable, &QTableView::activated, this, openCell);

    m_charts = new DashboardCharts;
    content->addWidget(m_charts);
    content->addStretch(1);

    auto *scroll = m_scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    // Holds the top when the measures are hidden (a refusal): the message stays on top.
    layout->addStretch(0);

    m_customDelay = new QTimer(this);
    m_customDelay->setSingleShot(true);
    m_customDelay->setInterval(400);
    connect(m_customDelay, &QTimer::timeout, this, &DashboardWidget::reload);

    auto shortcut = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F5), [this] { reload(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { print(); });

    retranslate();
    applyPreset();
    m_breakdownTitle->hide();
    m_breakdownTable->hide();
}

DashboardWidget::~DashboardWidget() = default;

QWidget *DashboardWidget::buildTopBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_periodLabel = new QLabel;
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int i = 0; i <= int(Preset::Custom); ++i)
        m_preset->addItem(QString(), i);
    m_periodLabel->setBuddy(m_preset);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_dimensionLabel = new QLabel;
    m_dimension = new QComboBox;
    m_dimension->setObjectName(QStringLiteral("dimension"));
    for (int i = 0; i <= int(MeasureDimension::Coder); ++i)
        m_dimension->addItem(QString(), i);
    m_dimensionLabel->setBuddy(m_dimension);
    m_refresh = new QPushButton;
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("printButton"));
    auto *dash = new QLabel(QStringLiteral("–"));
    row->addWidget(m_periodLabel);
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(dash);
    row->addWidget(m_to);
    row->addSpacing(16);
    row->addWidget(m_dimensionLabel);
    row->addWidget(m_dimension);
    row->addStretch(1);
    row->addWidget(m_refresh);
    row->addWidget(m_print);

    connect(m_preset, &QComboBox::activated, this, [this] {
        applyPreset();
        if (preset() != Preset::Custom)
            reload();
        else
            m_from->setFocus();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (preset() == Preset::Custom)
                m_customDelay->start();
        });
    }
    connect(m_dimension, &QComboBox::activated, this, &DashboardWidget::reload);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::reload);
    connect(m_print, &QPushButton::clicked, this, &DashboardWidget::print);
    return bar;
}

void DashboardWidget::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_preset->setItemText(int(Preset::Last30Days), tr("Last 30 days"));
    m_preset->setItemText(int(Preset::ThisMonth), tr("This month"));
    m_preset->setItemText(int(Preset::LastMonth), tr("Last month"));
    m_preset->setItemText(int(Preset::Last90Days), tr("Last 90 days"));
    m_preset->setItemText(int(Preset::Custom), tr("Custom…"));
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_from->setToolTip(tr("First day of the period (choose Custom… to change it)"));
    m_to->setToolTip(tr("Last day of the period; A/R measures are taken as of this day"));
    m_dimensionLabel->setText(tr("&Group by:"));
    m_dimension->setItemText(int(MeasureDimension::Overall), tr("Overall"));
    m_dimension->setItemText(int(MeasureDimension::Payer), tr("By payer"));
    m_dimension->setItemText(int(MeasureDimension::Provider), tr("By provider"));
    m_dimension->setItemText(int(MeasureDimension::Coder), tr("By coder"));
    m_dimension->setAccessibleName(tr("Group by"));
    m_dimension->setToolTip(tr("Show every measure for each payer, provider or coder in a table"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the measures again (F5)"));
    m_print->setText(tr("Print &PDF…"));
    m_print->setToolTip(tr("Save the measures and charts as a PDF on Letter paper for the "
                           "monthly readout (Ctrl+P)"));
    m_breakdownTable->setAccessibleName(tr("Measures by group"));
    if (m_hasData)
        showData();
}

MeasureDrillDownDialog *DashboardWidget::drillDown() const
{
    return m_drillDown;
}

QString DashboardWidget::messageText() const
{
    return m_message->text();
}

void DashboardWidget::setToday(const QDate &today)
{
    m_today = today;
    applyPreset();
    reload();
}

DashboardWidget::Preset DashboardWidget::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void DashboardWidget::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
    applyPreset();
    reload();
}

void DashboardWidget::setCustomPeriod(const QDate &from, const QDate &to)
{
    m_preset->setCurrentIndex(int(Preset::Custom));
    applyPreset();
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

MeasurePeriod DashboardWidget::period() const
{
    return MeasurePeriod {m_from->date(), m_to->date()};
}

MeasureDimension DashboardWidget::dimension() const
{
    return MeasureDimension(m_dimension->currentData().toInt());
}

void DashboardWidget::setDimension(MeasureDimension dimension)
{
    m_dimension->setCurrentIndex(int(dimension));
    reload();
}

void DashboardWidget::applyPreset()
{
    const QDate t = today();
    const bool custom = preset() == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    QDate from;
    QDate to = t;
    switch (preset()) {
    case Preset::Last30Days:
        from = t.addDays(-29);
        break;
    case Preset::ThisMonth:
        from = QDate(t.year(), t.month(), 1);
        break;
    case Preset::LastMonth:
        from = QDate(t.year(), t.month(), 1).addMonths(-1);
        to = QDate(t.year(), t.month(), 1).addDays(-1);
        break;
    case Preset::Last90Days:
        from = t.addDays(-89);
        break;
    case Preset::Custom:
        break;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void DashboardWidget::invalidate()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void DashboardWidget::reload()
{
    m_customDelay->stop();
    m_stale = false;
    const MeasurePeriod p = period();
    if (p.from > p.to) {
        m_message->showMessage(InlineMessage::Severity::Warning,
            tr("The period ends before it starts: choose a first day on or "
               "before the last day."));
        return;
    }
    auto data = loadDashboard(m_measures, m_session, p, dimension());
    if (!data) {
        m_message->showError(tr("Dashboard"), data.error());
        // Nothing stale stays on screen beside the refusal or the error.
        m_hasData = false;
        m_content->setEnabled(false);
        m_scroll->hide();
        m_print->setEnabled(false);
        return;
    }
    m_message->clearMessage();
    m_data = std::move(data).value();
    m_hasData = true;
    m_content->setEnabled(true);
    m_scroll->show();
    m_print->setEnabled(true);
    showData();
}

void DashboardWidget::showData()
{
    const QLocale locale;
    //: The period on the dashboard (QDate format)
    const QString format = tr("MMM d, yyyy");
    m_caption->setText(tr("<b>%1 – %2</b> · A/R measures as of the last day · Hover a measure "
                          "for its formula; click it (or Tab to it and press Enter) for the "
                          "records behind it.")
                           .arg(locale.toString(m_data.period.from, format),
                               locale.toString(m_data.period.to, format)));
    for (MeasureTile *tile : m_tiles)
        tile->setValue(m_data.overall.value(tile->kind()));

    const bool grouped = m_data.dimension != MeasureDimension::Overall;
    m_breakdownModel->setSets(m_data.dimension, grouped ? m_data.breakdown : QList<MeasureSet>());
    m_breakdownTitle->setVisible(grouped);
    m_breakdownTable->setVisible(grouped);
    if (grouped) {
        QString by;
        switch (m_data.dimension) {
        case MeasureDimension::Payer:
            by = tr("<b>By payer</b>");
            break;
        case MeasureDimension::Provider:
            by = tr("<b>By provider</b>");
            break;
        case MeasureDimension::Coder:
            by = tr("<b>By coder</b>");
            break;
        case MeasureDimension::Overall:
            break;
        }
        m_breakdownTitle->setText(m_data.breakdown.isEmpty()
                ? tr("%1 — no group has anything counted in this period.").arg(by)
                : tr("%1 — “—” no data, n/a does not apply. Double-click a cell (or "
                     "press Enter on it) for that group's records.")
                      .arg(by));
        m_breakdownTable->resizeColumnsToContents();
        // Tall enough for the groups (up to a few), so that the page scrolls, not the table.
        const int rows = std::min<int>(int(m_data.breakdown.size()), kBreakdownRowsShown);
        const int rowHeight = m_breakdownTable->verticalHeader()->defaultSectionSize();
        m_breakdownTable->setFixedHeight(m_breakdownTable->horizontalHeader()->sizeHint().height()
            + std::max(rows, 1) * rowHeight + 2 * m_breakdownTable->frameWidth()
            + m_breakdownTable->horizontalScrollBar()->sizeHint().height());
    }
    m_charts->setData(m_data);
}

bool DashboardWidget::openDrillDown(MeasureKind kind)
{
    if (!m_hasData)
        return false;
    return showDrillDown(kind, m_data.overall.value(kind), nullptr);
}

bool DashboardWidget::openGroupDrillDown(MeasureKind kind, int row)
{
    const MeasureSet *set = m_breakdownModel->setAt(row);
    if (!m_hasData || !set)
        return false;
    if (!set->applies[std::size_t(kind)]) {
        m_message->showMessage(InlineMessage::Severity::Info,
            tr("%1 is not counted by this grouping.").arg(measures::info(kind).name));
        return false;
    }
    return showDrillDown(kind, set->value(kind), set);
}

bool DashboardWidget::showDrillDown(
    MeasureKind kind, const MeasureValue &value, const MeasureSet *group)
{
    const MeasureDimension dim = group ? m_data.dimension : MeasureDimension::Overall;
    auto items = m_measures.items(m_session, kind, m_data.period, dim, group ? group->groupId : 0);
    if (!items) {
        m_message->showError(tr("Records behind a measure"), items.error());
        return false;
    }
    if (m_drillDown)
        m_drillDown->close();
    auto *dialog = new MeasureDrillDownDialog(
        kind, value, m_data.period, items.value(), dim, group ? group->groupName : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An encounter row opens only where someone can open it (the coding panel of a user who
    // codes); otherwise Enter leaves the list as it is rather than closing it for nothing.
    dialog->setOpensEncounters(
        isSignalConnected(QMetaMethod::fromSignal(&DashboardWidget::openEncounterRequested)));
    connect(dialog, &MeasureDrillDownDialog::openClaimRequested, this, [this, dialog](qint64 id) {
        dialog->close();
        emit openClaimRequested(id);
    });
    connect(
        dialog, &MeasureDrillDownDialog::openEncounterRequested, this, [this, dialog](qint64 id) {
            dialog->close();
            emit openEncounterRequested(id);
        });
    m_drillDown = dialog;
    dialog->show();
    return true;
}

bool DashboardWidget::print()
{
    if (!m_hasData) {
        reload();
        if (!m_hasData)
            return false;
    }
    QFileDialog dialog(this, tr("Save the dashboard"));
    dialog.setObjectName(QStringLiteral("dashboardSaveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({tr("PDF files (*.pdf)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(
        tr("dashboard-%1-to-%2.pdf")
            .arg(m_data.period.from.toString(Qt::ISODate), m_data.period.to.toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    auto written = writePdf(dialog.selectedFiles().constFirst());
    if (!written) {
        ui::showError(this, tr("Print PDF"), written.error());
        return false;
    }
    return true;
}

bool DashboardWidget::printTo(const QString &path, QString *error)
{
    if (!m_hasData)
        reload();
    if (!m_hasData) {
        if (error)
            *error = m_message->text();
        return false;
    }
    auto written = writePdf(path);
    if (!written && error)
        *error = written.error().userMessage;
    return written.ok();
}

Result<void> DashboardWidget::writePdf(const QString &path)
{
    dashboardpdf::Options options;
    options.practiceName = m_practiceName;
    options.printedOn = today();
    auto written = dashboardpdf::writeFile(path, m_data, options);
    if (!written)
        return written;
    const QString text = tr("Dashboard saved as %1.").arg(QDir::toNativeSeparators(path));
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return {};
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cc

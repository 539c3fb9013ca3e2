// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingauditwidget.h"
#include "recodepanel.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "itemmodels/auditaccuracymodel.h"
#include "itemmodels/auditcomparisonmodel.h"
#include "itemmodels/codingaudititemmodel.h"
#include "itemmodels/codingauditlistmodel.h"
#include "services/codingauditservice.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace cc {

namespace {
QTableView *makeTable(const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QDateEdit *makeDate(const QString &objectName, const QString &accessibleName, const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

CodingAuditWidget::CodingAuditWidget(const Session &session, CodingAuditService &audits,
                                     CodeSetService &codes, QWidget *parent)
    : QWidget(parent), m_session(session), m_audits(audits), m_codes(codes),
      m_manager(session.can(Permission::DrawCodingAudit))
{
    setObjectName(QStringLiteral("codingAudit"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("codingAuditMessage"));
    layout->addWidget(m_message);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("codingAuditTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_auditModel = new CodingAuditListModel(this);
    m_itemModel = new CodingAuditItemModel(this);
    m_pendingModel = new CodingAuditItemModel(this);
    m_comparisonModel = new AuditComparisonModel(this);
    m_accuracyModel = new AuditAccuracyModel(this);
    if (m_manager)
        addPage(Page::Audits, buildAuditsPage());
    addPage(Page::Recode, buildRecodePage());
    if (m_manager) {
        addPage(Page::Comparison, buildComparisonPage());
        addPage(Page::Accuracy, buildAccuracyPage());
    }

    connect(&m_audits, &CodingAuditService::codingAuditsChanged, this,
            &CodingAuditWidget::reload);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &CodingAuditWidget::reload);
    retranslateTabs();
    reload();
}

void CodingAuditWidget::addPage(Page page, QWidget *widget)
{
    m_pages.append({page, widget});
    m_tabs->addTab(widget, QString());
}

bool CodingAuditWidget::hasPage(Page page) const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [page](const auto &p) { return p.first == page; });
}

void CodingAuditWidget::showPage(Page page)
{
    for (const auto &p : std::as_const(m_pages)) {
        if (p.first == page)
            m_tabs->setCurrentWidget(p.second);
    }
}

CodingAuditWidget::Page CodingAuditWidget::currentPage() const
{
    for (const auto &p : m_pages) {
        if (p.second == m_tabs->currentWidget())
            return p.first;
    }
    return Page::Recode;
}

QWidget *CodingAuditWidget::buildAuditsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("auditsPage"));
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("<b>Draw a random sample</b> of coded encounters: up to the "
                                "given number per coder, dates of service in the period, none "
                                "already waiting in an audit. Each is recoded blind; the same "
                                "seed over the same data draws the same sample."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QDate today = QDate::currentDate();
    const QDate lastMonth = today.addMonths(-1);
    auto *form = new QHBoxLayout;
    m_drawFrom = makeDate(QStringLiteral("drawFrom"), tr("First date of service"),
                          QDate(lastMonth.year(), lastMonth.month(), 1));
    m_drawTo = makeDate(QStringLiteral("drawTo"), tr("Last date of service"),
                        QDate(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth()));
    m_perCoder = new QSpinBox;
    m_perCoder->setObjectName(QStringLiteral("perCoder"));
    m_perCoder->setAccessibleName(tr("Encounters per coder"));
    m_perCoder->setRange(1, CodingAuditService::kMaxPerCoder);
    m_perCoder->setValue(5);
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("drawSeed"));
    m_seed->setAccessibleName(tr("Seed of the random draw"));
    m_seed->setToolTip(tr("Keep a seed to repeat a draw; any number gives a new sample"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1000000)));
    m_draw = new QPushButton(tr("&Draw sample"));
    m_draw->setObjectName(QStringLiteral("drawButton"));
    m_draw->setToolTip(tr("Draw the sample and list it below"));
    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("DOS &from"), m_drawFrom));
    form->addWidget(m_drawFrom);
    form->addWidget(label(tr("&to"), m_drawTo));
    form->addWidget(m_drawTo);
    form->addWidget(label(tr("&Per coder"), m_perCoder));
    form->addWidget(m_perCoder);
    form->addWidget(label(tr("S&eed"), m_seed));
    form->addWidget(m_seed);
    form->addWidget(m_draw);
    form->addStretch(1);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Vertical);
    m_auditTable = makeTable(QStringLiteral("auditTable"), tr("Audits drawn"));
    m_auditTable->setModel(m_auditModel);
    split->addWidget(m_auditTable);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_itemTable = makeTable(QStringLiteral("auditItemTable"), tr("Encounters of the audit"));
    m_itemTable->setModel(m_itemModel);
    bottomLayout->addWidget(m_itemTable, 1);
    auto *buttons = new QHBoxLayout;
    m_recodeItem = new QPushButton(tr("&Recode"));
    m_recodeItem->setObjectName(QStringLiteral("recodeItemButton"));
    m_recodeItem->setToolTip(tr("Recode the selected encounter blind (Enter)"));
    m_compareItem = new QPushButton(tr("&Compare"));
    m_compareItem->setObjectName(QStringLiteral("compareItemButton"));
    m_compareItem->setToolTip(tr("Show both codings of the selected encounter (Enter)"));
    buttons->addStretch(1);
    buttons->addWidget(m_recodeItem);
    buttons->addWidget(m_compareItem);
    bottomLayout->addLayout(buttons);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    new WorkListKeys(m_auditTable);
    auto *keys = new WorkListKeys(m_itemTable);
    connect(keys, &WorkListKeys::openRequested, this, &CodingAuditWidget::openCurrentItem);
    connect(m_itemTable, &QTableView::doubleClicked, this, &CodingAuditWidget::openCurrentItem);
    connect(m_draw, &QPushButton::clicked, this, &CodingAuditWidget::drawSample);
    connect(m_auditTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CodingAuditWidget::reloadItems);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CodingAuditWidget::updateItemActions);
    connect(m_recodeItem, &QPushButton::clicked, this,
            [this] { openRecode(currentItemId()); });
    connect(m_compareItem, &QPushButton::clicked, this,
            [this] { showComparison(currentItemId()); });
    return page;
}

QWidget *CodingAuditWidget::buildRecodePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("recodePage"));
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("<b>Encounters waiting for your blind recode</b> (never your own "
                                "coding). Enter opens one; code it from the documentation as "
                                "you would have, then save (Ctrl+S)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_pendingTable = makeTable(QStringLiteral("pendingTable"), tr("Encounters to recode"));
    m_pendingTable->setModel(m_pendingModel);
    for (auto column : {CodingAuditItemModel::Column::State, CodingAuditItemModel::Column::Auditor,
                        CodingAuditItemModel::Column::Agreed,
                        CodingAuditItemModel::Column::Accuracy})
        m_pendingTable->setColumnHidden(int(column), true);
    // The recode is blind to the coder's codes, and also to whose work it is.
    m_pendingTable->setColumnHidden(int(CodingAuditItemModel::Column::Coder), true);
    m_pendingEmpty = new QLabel(tr("Nothing to recode: no sampled encounter is waiting for you. "
                                   "The office manager draws samples in this workspace."));
    m_pendingEmpty->setObjectName(QStringLiteral("pendingEmpty"));
    m_pendingEmpty->setWordWrap(true);
    m_pendingEmpty->setEnabled(false);
    auto *open = new QPushButton(tr("&Open for recode"));
    open->setObjectName(QStringLiteral("openRecodeButton"));
    open->setToolTip(tr("Open the selected encounter (Enter)"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_pendingEmpty, 1);
    row->addWidget(open);
    topLayout->addWidget(m_pendingTable, 1);
    topLayout->addLayout(row);
    split->addWidget(top);
    m_recode = new RecodePanel(m_session, m_audits, m_codes);
    split->addWidget(m_recode);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto openCurrent = [this] {
        const CodingAuditItemRecord *r
                = m_pendingModel->rowAt(m_pendingTable->currentIndex().row());
        return r ? openRecode(r->id) : false;
    };
    auto *keys = new WorkListKeys(m_pendingTable);
    connect(keys, &WorkListKeys::openRequested, this, openCurrent);
    connect(m_pendingTable, &QTableView::doubleClicked, this, openCurrent);
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_recode, &RecodePanel::statusMessageRequested, this,
            &CodingAuditWidget::statusMessageRequested);
    return page;
}

QWidget *CodingAuditWidget::buildComparisonPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("comparisonPage"));
    auto *layout = new QVBoxLayout(page);
    m_comparisonHeader = new QLabel(tr("<i>Choose a recoded encounter on the Audits page and "
                                       "press Enter to compare both codings.</i>"));
    m_comparisonHeader->setObjectName(QStringLiteral("comparisonHeader"));
    m_comparisonHeader->setWordWrap(true);
    m_comparisonHeader->setTextFormat(Qt::RichText);
    layout->addWidget(m_comparisonHeader);
    m_comparisonTable = makeTable(QStringLiteral("comparisonTable"),
                                  tr("The coder's and the auditor's codes side by side"));
    m_comparisonTable->setModel(m_comparisonModel);
    m_comparisonTable->setWordWrap(true);
    layout->addWidget(m_comparisonTable, 1);
    m_comparisonNote = new QLabel;
    m_comparisonNote->setObjectName(QStringLiteral("comparisonNote"));
    m_comparisonNote->setWordWrap(true);
    layout->addWidget(m_comparisonNote);
    new WorkListKeys(m_comparisonTable);
    return page;
}

QWidget *CodingAuditWidget::buildAccuracyPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("accuracyPage"));
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("<b>Coding accuracy</b> per coder and month the encounters were "
                                "recoded in: audited code lines the auditor agreed with ÷ "
                                "audited code lines."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QDate today = QDate::currentDate();
    auto *form = new QHBoxLayout;
    m_accuracyFrom = makeDate(QStringLiteral("accuracyFrom"), tr("First day recoded"),
                              QDate(today.year(), today.month(), 1).addMonths(-11));
    m_accuracyTo = makeDate(QStringLiteral("accuracyTo"), tr("Last day recoded"), today);
    auto *show = new QPushButton(tr("&Show"));
    show->setObjectName(QStringLiteral("showAccuracyButton"));
    auto *from = new QLabel(tr("Recoded &from"));
    from->setBuddy(m_accuracyFrom);
    auto *to = new QLabel(tr("t&o"));
    to->setBuddy(m_accuracyTo);
    form->addWidget(from);
    form->addWidget(m_accuracyFrom);
    form->addWidget(to);
    form->addWidget(m_accuracyTo);
    form->addWidget(show);
    form->addStretch(1);
    layout->addLayout(form);
    auto *split = new QSplitter(Qt::Vertical);
    m_accuracyTable = makeTable(QStringLiteral("accuracyTable"),
                                tr("Coding accuracy per coder and month"));
    m_accuracyTable->setModel(m_accuracyModel);
    split->addWidget(m_accuracyTable);
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("accuracyChart"));
    m_chart->setAccessibleName(tr("Accuracy per coder over time (the table above holds the same "
                                  "figures)"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    split->addWidget(m_chart);
    layout->addWidget(split, 1);
    new WorkListKeys(m_accuracyTable);
    connect(show, &QPushButton::clicked, this, &CodingAuditWidget::reloadAccuracy);
    return page;
}

qint64 CodingAuditWidget::currentAuditId() const
{
    if (!m_auditTable)
        return 0;
    const CodingAuditRecord *r = m_auditModel->rowAt(m_auditTable->currentIndex().row());
    return r ? r->id : 0;
}

qint64 CodingAuditWidget::currentItemId() const
{
    if (!m_itemTable)
        return 0;
    const CodingAuditItemRecord *r = m_itemModel->rowAt(m_itemTable->currentIndex().row());
    return r ? r->id : 0;
}

void CodingAuditWidget::reload()
{
    m_message->clearMessage();
    if (m_manager) {
        auto audits = m_audits.audits(m_session);
        if (!audits) {
            m_message->showError(tr("Coding audit"), audits.error());
        } else {
            const qint64 keep = currentAuditId();
            {
                const QSignalBlocker block(m_auditTable->selectionModel());
                m_auditModel->setRows(audits.value());
                int row = m_auditModel->rowOf(keep);
                if (row < 0 && m_auditModel->rowCount() > 0)
                    row = 0;
                if (row >= 0)
                    m_auditTable->setCurrentIndex(m_auditModel->index(row, 0));
            }
            m_auditTable->resizeColumnsToContents();
            reloadItems();
        }
        reloadAccuracy();
    }
    reloadPending();
    retranslateTabs();
}

void CodingAuditWidget::reloadItems()
{
    const qint64 auditId = currentAuditId();
    const qint64 keep = currentItemId();
    QList<CodingAuditItemRecord> rows;
    if (auditId > 0) {
        auto items = m_audits.items(m_session, auditId);
        if (!items) {
            m_message->showError(tr("Coding audit"), items.error());
            return;
        }
        rows = items.value();
    }
    {
        const QSignalBlocker block(m_itemTable->selectionModel());
        m_itemModel->setRows(rows);
        int row = m_itemModel->rowOf(keep);
        if (row < 0 && m_itemModel->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_itemTable->setCurrentIndex(m_itemModel->index(row, 0));
    }
    m_itemTable->resizeColumnsToContents();
    updateItemActions();
}

void CodingAuditWidget::reloadPending()
{
    auto pending = m_audits.pendingFor(m_session);
    if (!pending) {
        m_message->showError(tr("Coding audit"), pending.error());
        return;
    }
    const int keepRow = m_pendingTable->currentIndex().row();
    m_pendingModel->setRows(pending.value());
    if (m_pendingModel->rowCount() > 0)
        m_pendingTable->setCurrentIndex(
                m_pendingModel->index(std::clamp(keepRow, 0, m_pendingModel->rowCount() - 1), 0));
    m_pendingTable->resizeColumnsToContents();
    m_pendingEmpty->setVisible(m_pendingModel->rowCount() == 0);
}

void CodingAuditWidget::updateItemActions()
{
    const CodingAuditItemRecord *r = m_itemModel->rowAt(m_itemTable->currentIndex().row());
    m_recodeItem->setEnabled(r && !r->isDone() && r->coderId != m_session.userId);
    m_compareItem->setEnabled(r && r->isDone());
}

bool CodingAuditWidget::drawSample()
{
    auto drawn = m_audits.drawSample(m_session, m_drawFrom->date(), m_drawTo->date(),
                                     m_perCoder->value(), quint32(m_seed->value()));
    if (!drawn) {
        m_message->showError(tr("Draw sample"), drawn.error());
        return false;
    }
    // reload() ran on codingAuditsChanged; show the new audit.
    const int row = m_auditModel->rowOf(drawn->id);
    if (row >= 0)
        m_auditTable->setCurrentIndex(m_auditModel->index(row, 0));
    const QString text = tr("Audit %1 drawn: %n encounter(s) to recode.", nullptr,
                            drawn->itemCount)
                                 .arg(drawn->id);
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    // A new seed for the next draw; this one stays with the audit.
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1000000)));
    return true;
}

bool CodingAuditWidget::openCurrentItem()
{
    const CodingAuditItemRecord *r = m_itemModel->rowAt(m_itemTable->currentIndex().row());
    if (!r)
        return false;
    return r->isDone() ? showComparison(r->id) : openRecode(r->id);
}

bool CodingAuditWidget::openRecode(qint64 itemId)
{
    if (itemId == 0)
        return false;
    showPage(Page::Recode);
    const int row = m_pendingModel->rowOf(itemId);
    if (row >= 0)
        m_pendingTable->setCurrentIndex(m_pendingModel->index(row, 0));
    return m_recode->openItem(itemId);
}

bool CodingAuditWidget::showComparison(qint64 itemId)
{
    if (!m_manager || itemId == 0)
        return false;
    auto compared = m_audits.comparison(m_session, itemId);
    if (!compared) {
        m_message->showError(tr("Comparison"), compared.error());
        return false;
    }
    m_message->clearMessage();
    const CodingAuditItemRecord &i = compared->item;
    const QLocale locale;
    m_comparisonHeader->setText(
            tr("<b>%1</b> · DOS %2 · %3 · coded by %4 · recoded blind by %5 on %6 · "
               "<b>%7 of %8 code lines agreed (%9)</b>")
                    .arg(i.patientName.toHtmlEscaped(),
                         locale.toString(i.dateOfService, QLocale::ShortFormat),
                         i.providerName.toHtmlEscaped(), i.coderName.toHtmlEscaped(),
                         i.auditorName.toHtmlEscaped(),
                         locale.toString(i.completedAt.toLocalTime().date(),
                                         QLocale::ShortFormat))
                    .arg(i.agreedLines)
                    .arg(i.auditedLines)
                    .arg(codingaudit::accuracyText(i.agreedLines, i.auditedLines)));
    m_comparisonModel->setRows(compared->rows);
    m_comparisonTable->resizeColumnsToContents();
    m_comparisonNote->setText(i.auditorNote.isEmpty()
                                      ? QString()
                                      : tr("Auditor's note: %1").arg(i.auditorNote));
    showPage(Page::Comparison);
    m_comparisonTable->setFocus();
    return true;
}

void CodingAuditWidget::reloadAccuracy()
{
    if (!m_manager)
        return;
    auto rows = m_audits.accuracy(m_session, m_accuracyFrom->date(), m_accuracyTo->date());
    if (!rows) {
        m_message->showError(tr("Accuracy"), rows.error());
        return;
    }
    m_accuracyModel->setRows(rows.value());
    m_accuracyTable->resizeColumnsToContents();
    updateChart();
}

void CodingAuditWidget::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Accuracy per coder (%)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // One category per month from the first to the last with data, so every month is one
    // labelled step and a month without a recode shows as a gap in the axis, not a squeeze.
    QDate first;
    QDate last;
    for (const CodingAccuracyRecord &r : m_accuracyModel->rows()) {
        if (!codingaudit::accuracy(r.agreedLines, r.auditedLines))
            continue; // no data is not 0 %
        first = first.isValid() ? std::min(first, r.month) : r.month;
        last = last.isValid() ? std::max(last, r.month) : r.month;
    }
    QMap<qint64, QLineSeries *> series;
    QStringList months;
    for (QDate m = first; m.isValid() && m <= last; m = m.addMonths(1))
        months.append(QLocale().toString(m, QStringLiteral("MMM yyyy")));
    for (const CodingAccuracyRecord &r : m_accuracyModel->rows()) {
        const auto value = codingaudit::accuracy(r.agreedLines, r.auditedLines);
        if (!value)
            continue;
        QLineSeries *&s = series[r.coderId];
        if (!s) {
            s = new QLineSeries;
            s->setName(r.coderName);
            s->setPointsVisible(true);
        }
        const int index = (r.month.year() - first.year()) * 12 + r.month.month() - first.month();
        s->append(index, *value * 100.0);
    }
    if (!series.isEmpty()) {
        auto *x = new QBarCategoryAxis;
        x->append(months);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *s : std::as_const(series)) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
    } else {
        chart->setTitle(tr("No recoded encounters in this period yet."));
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void CodingAuditWidget::retranslateTabs()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const int index = m_tabs->indexOf(m_pages.at(i).second);
        switch (m_pages.at(i).first) {
        case Page::Audits:
            m_tabs->setTabText(index, tr("&Audits"));
            m_tabs->setTabToolTip(index, tr("Draw samples and follow their recodes"));
            break;
        case Page::Recode:
            m_tabs->setTabText(index, tr("Reco&de (%1)").arg(m_pendingModel->rowCount()));
            m_tabs->setTabToolTip(index, tr("Encounters waiting for your blind recode"));
            break;
        case Page::Comparison:
            m_tabs->setTabText(index, tr("Co&mparison"));
            m_tabs->setTabToolTip(index, tr("Both codings of a recoded encounter side by side"));
            break;
        case Page::Accuracy:
            m_tabs->setTabText(index, tr("Acc&uracy"));
            m_tabs->setTabToolTip(index, tr("Accuracy per coder per month"));
            break;
        }
    }
}

void CodingAuditWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateTabs();
    QWidget::changeEvent(event);
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "handofflogwidget.h"
#include "common/errorbox.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/encounter.h"
#include "itemmodels/handofflogmodel.h"
#include "services/handofflogservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

namespace {
/// Days shown when the log opens: the last 30, today included.
constexpr int kDefaultDays = 30;
/// Rules listed in the summary.
constexpr int kTopRules = 10;

QString html(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}
} // namespace

HandoffLogWidget::HandoffLogWidget(
    const Session &session, HandoffLogService &service, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
{
    setObjectName(QStringLiteral("handoffLog"));
    m_model = new HandoffLogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HandoffLogModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    // Typing a date changes it digit by digit: read the log once the typing pauses.
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &HandoffLogWidget::reload);
    buildUi();
    fillUsers();
    reload();
}

void HandoffLogWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // The filter bar, in reading order.
    auto *bar = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(1 - kDefaultDays));
    m_from->setObjectName(QStringLiteral("handoffFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_from->setToolTip(tr("First day of the range, included"));
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("handoffTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setToolTip(tr("Last day of the range, included"));
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o:"));
    toLabel->setBuddy(m_to);

    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("handoffUser"));
    m_user->setAccessibleName(tr("User filter"));
    m_user->setToolTip(tr("Only the changes this user made; the summary counts the returns "
                          "and acceptances of their work or made by them"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);

    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("handoffOutcome"));
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->setToolTip(tr("Only the changes into this state"));
    m_outcome->addItem(tr("Any"), QStringList());
    // The handoff's own outcomes first, then the rest of the way.
    const QList<EncounterState> first = {EncounterState::HandedOff, EncounterState::Returned,
        EncounterState::Accepted, EncounterState::Coded};
    for (EncounterState s : first)
        m_outcome->addItem(encounterstate::displayName(s), QStringList {encounterstate::toKey(s)});
    m_outcome->insertSeparator(m_outcome->count());
    for (EncounterState s : encounterstate::all()) {
        if (!first.contains(s))
            m_outcome->addItem(
                encounterstate::displayName(s), QStringList {encounterstate::toKey(s)});
    }
    auto *outcomeLabel = new QLabel(tr("Ou&tcome:"));
    outcomeLabel->setBuddy(m_outcome);

    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("handoffRule"));
    m_rule->setAccessibleName(tr("Rule filter"));
    m_rule->setToolTip(tr("Only the changes whose findings name this rule"));
    m_rule->addItem(tr("Any rule"), QString());
    for (const QString &rule : handofflog::ruleIds())
        m_rule->addItem(rule, rule);
    auto *ruleLabel = new QLabel(tr("&Rule:"));
    ruleLabel->setBuddy(m_rule);

    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("handoffRefresh"));
    refresh->setToolTip(tr("Read the log again (F5)"));
    m_export = new QPushButton(tr("&Export CSV…"));
    m_export->setObjectName(QStringLiteral("handoffExport"));
    m_export->setToolTip(tr("Save the rows shown as a CSV file for a spreadsheet (Ctrl+E)"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("handoffCount"));

    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(userLabel);
    bar->addWidget(m_user);
    bar->addWidget(outcomeLabel);
    bar->addWidget(m_outcome);
    bar->addWidget(ruleLabel);
    bar->addWidget(m_rule);
    bar->addWidget(refresh);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("handoffMessage"));
    layout->addWidget(m_message);

    // The list (or why it is empty) above the selected row's detail and the summary.
    m_listStack = new QStackedWidget;
    m_listStack->setObjectName(QStringLiteral("handoffListStack"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("handoffTable"));
    m_table->setAccessibleName(tr("Handoff log"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(HandoffLogModel::Column::When), Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Widths are fitted to the first rows once (see fitColumns); the note takes the rest.
    auto *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(100);
    header->setStretchLastSection(true);
    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit openRequested(current.data(HandoffLogModel::EncounterIdRole).toLongLong());
    });
    connect(keys, &WorkListKeys::searchRequested, this, [this] { m_user->setFocus(); });
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("handoffEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("handoffDetail"));
    m_detail->setAccessibleName(tr("Selected change"));
    m_detail->setPlaceholderText(tr("Select a row to read its note, reason and findings."));
    m_summaryView = new QTextBrowser;
    m_summaryView->setObjectName(QStringLiteral("handoffSummary"));
    m_summaryView->setAccessibleName(tr("Handoff summary"));

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("handoffBottomSplitter"));
    bottom->addWidget(m_detail);
    bottom->addWidget(m_summaryView);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("handoffSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_user);
    setTabOrder(m_user, m_outcome);
    setTabOrder(m_outcome, m_rule);
    setTabOrder(m_rule, refresh);
    setTabOrder(refresh, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_summaryView);

    connect(m_from, &QDateEdit::dateChanged, this, &HandoffLogWidget::scheduleReload);
    connect(m_to, &QDateEdit::dateChanged, this, &HandoffLogWidget::scheduleReload);
    for (QComboBox *combo : {m_user, m_outcome, m_rule})
        connect(combo, &QComboBox::currentIndexChanged, this, &HandoffLogWidget::reload);
    connect(refresh, &QPushButton::clicked, this, &HandoffLogWidget::reload);
    connect(m_export, &QPushButton::clicked, this, &HandoffLogWidget::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HandoffLogWidget::showDetail);
    auto *reloadKey = new QShortcut(QKeySequence::Refresh, this);
    reloadKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadKey, &QShortcut::activated, this, &HandoffLogWidget::reload);
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &HandoffLogWidget::exportCsv);
}

void HandoffLogWidget::fillUsers()
{
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("Anyone"), qint64(0));
    auto users = m_service.users(m_session);
    if (!users) {
        ui::showError(this, tr("Handoff log"), users.error());
        return;
    }
    for (const HandoffUser &u : users.value()) {
        //: A user in the filter: "Dana Whitfield, CPC (Coder)"
        QString text = tr("%1 (%2)").arg(u.name, roles::displayName(u.role));
        if (!u.active)
            text = tr("%1 · inactive").arg(text);
        m_user->addItem(text, u.id);
    }
}

HandoffLogFilter HandoffLogWidget::filter() const
{
    HandoffLogFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.userId = m_user->currentData().toLongLong();
    f.toStates = m_outcome->currentData().toStringList();
    f.rule = m_rule->currentData().toString();
    return f;
}

qint64 HandoffLogWidget::currentEntryId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(HandoffLogModel::IdRole).toLongLong() : 0;
}

void HandoffLogWidget::scheduleReload()
{
    m_reloadTimer->start();
}

QString HandoffLogWidget::rangeText() const
{
    const QLocale locale;
    //: A range of days: "10/28/26 – 11/27/26"
    return tr("%1 – %2").arg(locale.toString(m_from->date(), QLocale::ShortFormat),
        locale.toString(m_to->date(), QLocale::ShortFormat));
}

void HandoffLogWidget::reload()
{
    m_reloadTimer->stop();
    const qint64 keep = currentEntryId();
    const HandoffLogFilter f = filter();
    auto rows = m_service.entries(m_session, f);
    if (!rows) {
        m_model->setEntries({});
        m_summary = {};
        m_count->clear();
        m_export->setEnabled(false);
        m_empty->setText(tr("The log could not be read for these filters."));
        m_listStack->setCurrentWidget(m_empty);
        m_detail->clear();
        m_summaryView->clear();
        // A range typed backwards is said beside the dates; anything else is an error box.
        if (rows.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning, rows.error().userMessage);
        else
            ui::showError(this, tr("Handoff log"), rows.error());
        return;
    }
    m_message->clearMessage();
    m_model->setEntries(std::move(rows).value());
    const int count = m_model->rowCount();
    m_count->setText(tr("%n change(s)", nullptr, count));
    m_export->setEnabled(count > 0);
    if (count == 0) {
        m_empty->setText(tr("No changes from %1 match these filters. Widen the dates, or set "
                            "the user, outcome and rule back to Any.")
                             .arg(rangeText()));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
        fitColumns();
        int row = keep ? m_model->rowOf(keep) : -1;
        const QModelIndex at
            = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : m_proxy->index(0, 0);
        m_table->setCurrentIndex(at);
        m_table->scrollTo(at);
    }
    showDetail();

    auto summary = m_service.summary(m_session, f);
    if (!summary) {
        m_summary = {};
        m_summaryView->clear();
        ui::showError(this, tr("Handoff log"), summary.error());
        return;
    }
    m_summary = std::move(summary).value();
    showSummary();
}

void HandoffLogWidget::fitColumns()
{
    // Once, on the first rows shown: widths then stay where the user drags them. Only the
    // first hundred rows are measured (the header's precision), so a long log opens fast.
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    m_table->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    auto *header = m_table->horizontalHeader();
    using C = HandoffLogModel::Column;
    // Long texts are cut (their tooltip and the detail pane have them whole), so the note
    // keeps room on a laptop screen.
    const QHash<int, int> widest = {{int(C::When), 20}, {int(C::Patient), 16}, {int(C::User), 12},
        {int(C::Change), 15}, {int(C::Reason), 13}, {int(C::Findings), 12}};
    for (int c = 0; c < int(C::Note); ++c)
        header->resizeSection(c, qMin(header->sectionSize(c) + em / 2, widest.value(c, 14) * em));
}

void HandoffLogWidget::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const HandoffLogEntry *e
        = current.isValid() ? m_model->entryAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!e || m_listStack->currentWidget() != m_table) {
        m_detail->clear();
        return;
    }
    const QLocale locale;
    const bool dark = m_detail->palette().color(QPalette::Base).lightness() < 128;
    const QString errorColor = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
    const QString warningColor = dark ? QStringLiteral("#ffd54f") : QStringLiteral("#8a4b00");

    QString text;
    text += QStringLiteral("<h3>%1</h3>")
                .arg(html(tr("Encounter %1 · %2 (%3) · service date %4")
                              .arg(e->encounterId)
                              .arg(e->patientName, e->mrn,
                                  locale.toString(e->dateOfService, QLocale::ShortFormat))));
    text += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(html(tr("%1 → %2").arg(HandoffLogService::stateName(e->fromState),
                         HandoffLogService::stateName(e->toState))),
                    html(tr("by %1 on %2")
                             .arg(e->userName.isEmpty() ? tr("(no user)") : e->userName,
                                 locale.toString(e->at.toLocalTime(), QLocale::LongFormat))));
    if (!e->reasonCode.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(html(tr("Reason:")), html(HandoffLogService::reasonName(e->reasonCode)));
    text += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(html(tr("Note:")), e->note.isEmpty() ? html(tr("(none)")) : html(e->note));
    if (e->findings.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b></p>").arg(html(tr("No findings at that moment.")));
    } else {
        text += QStringLiteral("<p><b>%1</b></p>")
                    .arg(html(
                        tr("Findings at that moment (%n):", nullptr, int(e->findings.size()))));
        for (const Finding &f : e->findings) {
            const QString severity = f.isError() ? tr("✖ Error") : tr("⚠ Warning");
            QStringList where;
            if (f.line > 0)
                where << tr("line %1").arg(f.line);
            if (!f.codes.isEmpty())
                where << f.codes.join(QStringLiteral(", "));
            text += QStringLiteral("<p><span style=\"color:%1\"><b>%2</b></span> · <b>%3</b>%4"
                                   "<br>%5")
                        .arg(f.isError() ? errorColor : warningColor, html(severity), html(f.rule),
                            where.isEmpty()
                                ? QString()
                                : QStringLiteral(" · ") + html(where.join(QStringLiteral(" · "))),
                            html(f.message));
            if (!f.fix.isEmpty())
                text += QStringLiteral("<br><i>%1</i> %2").arg(html(tr("Fix:")), html(f.fix));
            if (!f.source.isEmpty())
                text += QStringLiteral("<br><i>%1</i> %2").arg(html(tr("Source:")), html(f.source));
            text += QStringLiteral("</p>");
        }
    }
    m_detail->setHtml(text);
}

void HandoffLogWidget::showSummary()
{
    const QLocale locale;
    const HandoffSummary &s = m_summary;
    const QString who = m_user->currentIndex() > 0 ? m_user->currentText() : tr("all users");
    QString text;
    text += QStringLiteral("<h3>%1</h3>").arg(html(tr("Summary · %1 · %2").arg(rangeText(), who)));
    text += QStringLiteral("<p>%1</p>")
                .arg(html(tr("Handed off %1 · returned %2 · accepted %3")
                              .arg(locale.toString(s.handedOff), locale.toString(s.returns),
                                  locale.toString(s.accepted))));
    QString median;
    if (s.medianCodedToAcceptedSecs) {
        median = tr("%1 (median of %n accepted encounter(s))", nullptr, s.measured)
                     .arg(HandoffLogService::describeDuration(*s.medianCodedToAcceptedSecs));
    } else {
        median = tr("no encounter accepted in the range");
    }
    text += QStringLiteral("<p><b>%1</b> %2</p>").arg(html(tr("Coded → accepted:")), html(median));

    const QString cell = QStringLiteral("<td style=\"padding: 1px 8px\">%1</td>");
    const QString number = QStringLiteral("<td align=\"right\" style=\"padding: 1px 8px\">%1</td>");
    const QString head = QStringLiteral("<th align=\"left\" style=\"padding: 1px 8px\">%1</th>");
    text += QStringLiteral("<p><b>%1</b></p>").arg(html(tr("Returns per coder")));
    if (s.byCoder.isEmpty()) {
        text += QStringLiteral("<p>%1</p>").arg(html(tr("Nothing was handed off or returned.")));
    } else {
        text += QStringLiteral("<table cellspacing=\"0\"><tr>") + head.arg(html(tr("Coder")))
            + head.arg(html(tr("Returns"))) + head.arg(html(tr("Handed off")))
            + head.arg(html(tr("Rate"))) + QStringLiteral("</tr>");
        for (const HandoffSummary::CoderReturns &c : s.byCoder) {
            const auto rate = c.rate();
            const QString rateText
                = rate ? tr("%1%").arg(locale.toString(*rate * 100, 'f', 0)) : tr("—");
            text += QStringLiteral("<tr>") + cell.arg(html(c.coderName))
                + number.arg(locale.toString(c.returns)) + number.arg(locale.toString(c.handedOff))
                + number.arg(html(rateText)) + QStringLiteral("</tr>");
        }
        text += QStringLiteral("</table>");
    }

    text += QStringLiteral("<p><b>%1</b></p>").arg(html(tr("Rules most often behind returns")));
    if (s.rules.isEmpty()) {
        text += QStringLiteral("<p>%1</p>").arg(html(tr("No return named a rule.")));
    } else {
        text += QStringLiteral("<table cellspacing=\"0\"><tr>") + head.arg(html(tr("Rule")))
            + head.arg(html(tr("Returns"))) + QStringLiteral("</tr>");
        for (qsizetype i = 0; i < s.rules.size() && i < kTopRules; ++i) {
            text += QStringLiteral("<tr>") + cell.arg(html(s.rules.at(i).rule))
                + number.arg(locale.toString(s.rules.at(i).returns)) + QStringLiteral("</tr>");
        }
        text += QStringLiteral("</table>");
    }
    text += QStringLiteral("<p><small>%1</small></p>")
                .arg(html(tr("The summary follows the dates and the user; the outcome and "
                             "rule filters narrow the list only.")));
    m_summaryView->setHtml(text);
}

void HandoffLogWidget::exportCsv()
{
    if (!m_export->isEnabled()) {
        m_message->showMessage(InlineMessage::Severity::Info,
            tr("There is nothing to export: no change matches these filters."));
        return;
    }
    const HandoffLogFilter f = filter();
    QFileDialog dialog(this, tr("Export the handoff log"));
    dialog.setObjectName(QStringLiteral("handoffExportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("CSV files (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(QStringLiteral("handoff-log_%1_%2.csv")
                          .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportCsvTo(dialog.selectedFiles().constFirst());
}

bool HandoffLogWidget::exportCsvTo(const QString &path)
{
    auto written = m_service.exportCsv(m_session, filter(), path);
    if (!written) {
        ui::showError(this, tr("Export the handoff log"), written.error());
        return false;
    }
    m_message->showMessage(InlineMessage::Severity::Info,
        tr("Exported %n row(s) to %1.", nullptr, written.value())
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace cc

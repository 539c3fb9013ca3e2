// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivableswidget.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "itemmodels/agingmodel.h"
#include "itemmodels/followupmodel.h"
#include "services/arservice.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

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
} // namespace

ReceivablesWidget::ReceivablesWidget(
    const Session &session, ArService &receivables, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ar(receivables)
{
    setObjectName(QStringLiteral("receivables"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("receivablesMessage"));
    layout->addWidget(m_message);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("receivablesTabs"));
    m_tabs->setDocumentMode(true);
    m_payerModel = new AgingModel(AgingModel::Kind::ByPayer, this);
    m_patientModel = new AgingModel(AgingModel::Kind::ByPatient, this);
    m_followUpModel = new FollowUpModel(this);
    m_tabs->addTab(buildAgingPage(m_payerModel, &m_payerTable, QStringLiteral("payerAgingTable"),
                       tr("Aging by payer")),
        QString());
    m_tabs->addTab(buildAgingPage(m_patientModel, &m_patientTable,
                       QStringLiteral("patientAgingTable"), tr("Aging by patient")),
        QString());
    m_tabs->addTab(buildFollowUpPage(), QString());
    layout->addWidget(m_tabs, 1);

    connect(&m_ar, &ArService::followUpChanged, this, &ReceivablesWidget::reload);
    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        showPage(Page::FollowUp);
        saveNote();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ReceivablesWidget::reload);
    retranslateTabs();
    reload();
}

QWidget *ReceivablesWidget::buildAgingPage(
    AgingModel *model, QTableView **table, const QString &objectName, const QString &accessibleName)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("The insurance balance of claims sent and not settled, by days "
                                "since the date of service; what patients owe is shown beside "
                                "it. Replaced or voided claims are counted once, on their "
                                "replacement."));
    title->setWordWrap(true);
    layout->addWidget(title);
    *table = makeTable(objectName, accessibleName);
    (*table)->setModel(model);
    layout->addWidget(*table, 1);
    new WorkListKeys(*table);
    return page;
}

QWidget *ReceivablesWidget::buildFollowUpPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("followUpPage"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<b>Unpaid claims</b> past the days their payer takes to pay, "
                                "oldest first. Call the payer, write what you learned (Ctrl+S "
                                "saves) and when to look again; Enter opens the claim."));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_followUpTable = makeTable(QStringLiteral("followUpTable"), tr("Claims to follow up"));
    m_followUpTable->setModel(m_followUpModel);
    m_followUpEmpty = new QLabel(tr("No claim needs a call today: every unpaid claim is within "
                                    "its payer's expected days or has a later next-action "
                                    "date."));
    m_followUpEmpty->setObjectName(QStringLiteral("followUpEmpty"));
    m_followUpEmpty->setWordWrap(true);
    m_followUpEmpty->setEnabled(false);

    auto *split = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_followUpTable, 1);
    topLayout->addWidget(m_followUpEmpty);
    split->addWidget(top);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_notes = new QTextBrowser;
    m_notes->setObjectName(QStringLiteral("followUpNotes"));
    m_notes->setAccessibleName(tr("Notes on the claim"));
    bottomLayout->addWidget(m_notes, 1);
    auto *editor = new QWidget;
    auto *form = new QFormLayout(editor);
    m_noteEdit = new QPlainTextEdit;
    m_noteEdit->setObjectName(QStringLiteral("followUpNote"));
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setPlaceholderText(tr("Who you spoke to, what the payer said…"));
    m_noteEdit->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_noteEdit);
    auto *dateRow = new QHBoxLayout;
    m_hasNextAction = new QCheckBox(tr("Ne&xt action on"));
    m_hasNextAction->setObjectName(QStringLiteral("nextActionCheck"));
    m_hasNextAction->setToolTip(tr("Keep the claim off the list until this day"));
    m_nextAction = new QDateEdit;
    m_nextAction->setObjectName(QStringLiteral("nextActionDate"));
    m_nextAction->setAccessibleName(tr("Next-action date"));
    m_nextAction->setCalendarPopup(true);
    m_nextAction->setEnabled(false);
    dateRow->addWidget(m_hasNextAction);
    dateRow->addWidget(m_nextAction, 1);
    form->addRow(dateRow);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save note"));
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_save->setToolTip(tr("Save the note on the claim (Ctrl+S)"));
    m_open = new QPushButton(tr("&Open claim"));
    m_open->setObjectName(QStringLiteral("openClaimButton"));
    m_open->setToolTip(tr("Show the claim (Enter)"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_open);
    form->addRow(buttons);
    bottomLayout->addWidget(editor, 1);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *keys = new WorkListKeys(m_followUpTable);
    connect(keys, &WorkListKeys::openRequested, this, &ReceivablesWidget::openCurrentClaim);
    connect(
        m_followUpTable, &QTableView::doubleClicked, this, &ReceivablesWidget::openCurrentClaim);
    connect(m_followUpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReceivablesWidget::showCurrentClaim);
    connect(m_hasNextAction, &QCheckBox::toggled, m_nextAction, &QDateEdit::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &ReceivablesWidget::saveNote);
    connect(m_open, &QPushButton::clicked, this, &ReceivablesWidget::openCurrentClaim);
    return page;
}

qint64 ReceivablesWidget::currentClaimId() const
{
    const FollowUpRow *r = m_followUpModel->rowAt(m_followUpTable->currentIndex().row());
    return r ? r->claimId : 0;
}

void ReceivablesWidget::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

ReceivablesWidget::Page ReceivablesWidget::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void ReceivablesWidget::reload()
{
    const QDate today = m_ar.today();
    auto byPayer = m_ar.agingByPayer(today);
    auto byPatient = m_ar.agingByPatient(today);
    auto follow = m_ar.followUp(today);
    if (!byPayer || !byPatient || !follow) {
        m_message->showError(tr("A/R"),
            !byPayer         ? byPayer.error()
                : !byPatient ? byPatient.error()
                             : follow.error());
        return;
    }
    m_message->clearMessage();
    m_payerModel->setRows(byPayer.value());
    m_patientModel->setRows(byPatient.value());
    for (QTableView *t : {m_payerTable, m_patientTable})
        t->resizeColumnsToContents();

    const qint64 keep = currentClaimId();
    const int keepRow = m_followUpTable->currentIndex().row();
    {
        const QSignalBlocker block(m_followUpTable->selectionModel());
        m_followUpModel->setRows(follow.value());
        int row = m_followUpModel->rowOf(keep);
        if (row < 0 && m_followUpModel->rowCount() > 0)
            row = std::clamp(keepRow, 0, m_followUpModel->rowCount() - 1);
        if (row >= 0)
            m_followUpTable->setCurrentIndex(m_followUpModel->index(row, 0));
    }
    for (int c = 0; c < int(FollowUpModel::Column::LastNote); ++c)
        m_followUpTable->resizeColumnToContents(c);
    m_followUpEmpty->setVisible(m_followUpModel->rowCount() == 0);
    m_nextAction->setMinimumDate(today);
    showCurrentClaim();
    retranslateTabs();
}

void ReceivablesWidget::showCurrentClaim()
{
    const FollowUpRow *r = m_followUpModel->rowAt(m_followUpTable->currentIndex().row());
    m_save->setEnabled(r != nullptr);
    m_open->setEnabled(r != nullptr);
    m_noteEdit->setEnabled(r != nullptr);
    if (!r) {
        m_notes->clear();
        return;
    }
    const QLocale locale;
    QString html = tr("<b>%1</b> · %2 · %3 · DOS %4 · sent %5 (%6 days; %3 pays within %7)")
                       .arg(r->controlNumber.toHtmlEscaped(), r->patientName.toHtmlEscaped(),
                           r->payerName.toHtmlEscaped(),
                           locale.toString(r->dateOfService, QLocale::ShortFormat),
                           locale.toString(r->sentDate, QLocale::ShortFormat))
                       .arg(r->daysOutstanding)
                       .arg(r->expectedDays);
    auto notes = m_ar.notes(r->claimId);
    if (!notes) {
        m_message->showError(tr("Notes"), notes.error());
    } else if (notes->isEmpty()) {
        html += tr("<p>No note yet.</p>");
    } else {
        for (const ClaimNote &n : notes.value()) {
            const QString next = n.nextActionDate.isValid()
                ? tr(" — next action %1")
                      .arg(locale.toString(n.nextActionDate, QLocale::ShortFormat))
                : QString();
            html += tr("<p><i>%1, %2%3</i><br>%4</p>")
                        .arg(locale.toString(n.at.toLocalTime(), QLocale::ShortFormat),
                            n.userName.toHtmlEscaped(), next,
                            n.note.toHtmlEscaped().replace(
                                QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    }
    m_notes->setHtml(html);
}

bool ReceivablesWidget::saveNote()
{
    const qint64 id = currentClaimId();
    if (id == 0) {
        m_message->showMessage(
            InlineMessage::Severity::Info, tr("Choose a claim in the follow-up list first."));
        return false;
    }
    const QDate next = m_hasNextAction->isChecked() ? m_nextAction->date() : QDate();
    auto saved = m_ar.addFollowUpNote(m_session, id, m_noteEdit->toPlainText(), next);
    if (!saved) {
        m_message->showError(tr("Save note"), saved.error());
        m_noteEdit->setFocus();
        return false;
    }
    m_noteEdit->clear();
    m_hasNextAction->setChecked(false);
    const QString text = next.isValid() ? tr("Note saved; the claim comes back on %1.")
                                              .arg(QLocale().toString(next, QLocale::ShortFormat))
                                        : tr("Note saved.");
    m_message->showMessage(InlineMessage::Severity::Info, text);
    emit statusMessageRequested(text);
    return true;
}

bool ReceivablesWidget::openCurrentClaim()
{
    const qint64 id = currentClaimId();
    if (id == 0)
        return false;
    emit openClaimRequested(id);
    return true;
}

void ReceivablesWidget::retranslateTabs()
{
    m_tabs->setTabText(int(Page::ByPayer), tr("Aging by &payer"));
    m_tabs->setTabToolTip(int(Page::ByPayer), tr("What each payer owes, by days since the DOS"));
    m_tabs->setTabText(int(Page::ByPatient), tr("Aging by pa&tient"));
    m_tabs->setTabToolTip(
        int(Page::ByPatient), tr("What is owed on each patient's claims, by days since the DOS"));
    m_tabs->setTabText(int(Page::FollowUp), tr("&Follow-up (%1)").arg(m_followUpModel->rowCount()));
    m_tabs->setTabToolTip(
        int(Page::FollowUp), tr("Unpaid claims past their payer's expected days"));
}

void ReceivablesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateTabs();
    QWidget::changeEvent(event);
}

} // namespace cc

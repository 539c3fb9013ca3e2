// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementswidget.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/money.h"
#include "itemmodels/statementmodel.h"
#include "print/statementpdf.h"
#include "services/statementservice.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

namespace {
QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}
} // namespace

StatementsWidget::StatementsWidget(
    const Session &session, StatementService &statements, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_statements(statements)
{
    setObjectName(QStringLiteral("statements"));
    auto *layout = new QVBoxLayout(this);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("statementMessage"));
    layout->addWidget(m_message);
    auto *title = new QLabel(tr("<b>Patient statements</b> — tick the patients (Space), preview "
                                "(Ctrl+Shift+V) and print (Ctrl+P). Visits still with insurance "
                                "are left off until it answers."));
    title->setWordWrap(true);
    layout->addWidget(title);

    m_model = new StatementModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setAccessibleName(tr("Patients with a balance"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnHidden(int(StatementModel::Column::Mrn), true);

    m_empty = new QLabel(tr("No patient owes anything. Balances appear here once a payer's "
                            "answer leaves an amount to the patient, or a self-pay visit is "
                            "ready."));
    m_empty->setObjectName(QStringLiteral("statementEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("statementDetail"));
    m_detail->setAccessibleName(tr("Visits and preview"));
    auto *split = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_empty);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_tickAll = new QPushButton(tr("Tick &all"));
    m_tickAll->setObjectName(QStringLiteral("tickAllButton"));
    m_tickAll->setToolTip(tr("Tick every patient with something to bill"));
    m_tickNone = new QPushButton(tr("Tick &none"));
    m_tickNone->setObjectName(QStringLiteral("tickNoneButton"));
    m_preview = new QPushButton(tr("Pre&view"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("Show what each ticked patient's statement will say (Ctrl+Shift+V)"));
    m_print = new QPushButton(tr("&Print statements…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Bill ready self-pay visits and save the ticked patients' statements "
                           "as one PDF (Ctrl+P)"));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_tickAll);
    buttons->addWidget(m_tickNone);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    layout->addLayout(buttons);

    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, &StatementsWidget::preview);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StatementsWidget::showCurrent);
    connect(m_model, &StatementModel::checkedChanged, this, &StatementsWidget::updateActions);
    connect(m_tickAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_tickNone, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_preview, &QPushButton::clicked, this, &StatementsWidget::preview);
    connect(m_print, &QPushButton::clicked, this, &StatementsWidget::print);
    connect(&m_statements, &StatementService::statementsChanged, this, &StatementsWidget::reload);

    auto shortcut = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { print(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { preview(); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    reload();
}

void StatementsWidget::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QString StatementsWidget::previewText() const
{
    return m_detail->toPlainText();
}

void StatementsWidget::reload()
{
    const int keepRow = m_table->currentIndex().row();
    const qint64 keep = keepRow >= 0
        ? m_model->data(m_model->index(keepRow, 0), StatementModel::PatientIdRole).toLongLong()
        : 0;
    auto balances = m_statements.balances(today());
    if (!balances) {
        m_message->showError(tr("Statements"), balances.error());
        return;
    }
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setBalances(balances.value());
        int row = m_model->rowOf(keep);
        if (row < 0 && m_model->rowCount() > 0)
            row = std::clamp(keepRow, 0, m_model->rowCount() - 1);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    for (int c = 0; c < int(StatementModel::Column::Pending); ++c)
        m_table->resizeColumnToContents(c);
    m_empty->setVisible(m_model->rowCount() == 0);
    showCurrent();
    updateActions();
}

void StatementsWidget::updateActions()
{
    const int ticked = int(m_model->checkedIds().size());
    qint64 due = 0;
    for (const PatientBalance &p : m_model->balances()) {
        if (m_model->isChecked(p.patientId))
            due += p.balanceCents;
    }
    m_summary->setText(tr("%n patient(s) ticked, %1 due; %2 can be billed.", nullptr, ticked)
                           .arg(money(due))
                           .arg(m_model->eligibleCount()));
    m_preview->setEnabled(ticked > 0 || m_table->currentIndex().isValid());
    m_print->setEnabled(ticked > 0);
}

void StatementsWidget::showCurrent()
{
    const PatientBalance *p = m_model->balanceAt(m_table->currentIndex().row());
    updateActions();
    if (!p) {
        m_detail->clear();
        return;
    }
    const QLocale locale;
    QString html
        = tr("<b>%1</b> · MRN %2 · owes %3")
              .arg(p->name.toHtmlEscaped(), p->mrn.toHtmlEscaped(), money(p->balanceCents));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += tr("<tr><th align=\"left\">DOS</th><th align=\"left\">Provider</th>"
               "<th align=\"left\">Services</th><th align=\"right\">Charges</th>"
               "<th align=\"right\">Insurance paid</th><th align=\"right\">Adjustments</th>"
               "<th align=\"right\">Patient paid</th><th align=\"right\">Owes</th>"
               "<th align=\"left\">Status</th></tr>");
    for (const StatementVisit &v : p->visits) {
        const QString status = v.pending ? v.pendingReason
            : v.selfPayToBill            ? tr("Self-pay: billed by the next run")
                                         : tr("On the statement");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td>"
                               "<td align=\"right\">%7</td><td align=\"right\">%8</td>"
                               "<td>%9</td></tr>")
                    .arg(locale.toString(v.dateOfService, QLocale::ShortFormat),
                        v.provider.toHtmlEscaped(), v.codes.join(QLatin1Char(' ')).toHtmlEscaped(),
                        money(v.chargeCents), money(v.insurancePaidCents), money(v.adjustmentCents),
                        money(v.patientPaidCents), money(v.owedCents), status.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

bool StatementsWidget::preview()
{
    QList<qint64> ids = m_model->checkedIds();
    if (ids.isEmpty()) {
        const PatientBalance *p = m_model->balanceAt(m_table->currentIndex().row());
        if (!p)
            return false;
        ids.append(p->patientId);
    }
    auto docs = m_statements.preview(ids, today());
    if (!docs) {
        m_message->showError(tr("Preview"), docs.error());
        return false;
    }
    if (docs->isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Info,
            tr("Nothing to bill for these patients yet: every visit with a "
               "balance is still with insurance."));
        return false;
    }
    m_message->clearMessage();
    QString html;
    int pages = 0;
    for (const statementpdf::Document &d : docs.value()) {
        pages += statementpdf::pageCount(d);
        html += tr("<p><b>%1</b> (account %2): %n visit(s), total due <b>%3</b>, %4 statement",
            nullptr, int(d.visits.size()))
                    .arg(d.patientName.toHtmlEscaped(), d.account.toHtmlEscaped(),
                        money(d.totalDueCents), statementpdf::ordinal(d.dunningLevel));
        if (d.dunningLevel >= 3)
            html += tr(" — <b>Past due: please call us to arrange payment</b>");
        for (const QString &l : d.leftOff)
            html += QStringLiteral("<br>") + l.toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    html = tr("<p>%n statement(s), %1 page(s) dated %2:</p>", nullptr, int(docs->size()))
               .arg(pages)
               .arg(QLocale().toString(today(), QLocale::ShortFormat))
        + html;
    m_detail->setHtml(html);
    return true;
}

bool StatementsWidget::print()
{
    if (m_model->checkedIds().isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Info,
            tr("Tick the patients to send statements to first: Space ticks "
               "the current row, Tick all ticks every one."));
        m_table->setFocus();
        return false;
    }
    QFileDialog dialog(this, tr("Save the statements"));
    dialog.setObjectName(QStringLiteral("statementSaveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({tr("PDF files (*.pdf)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(tr("statements-%1.pdf").arg(today().toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return printTo(dialog.selectedFiles().constFirst());
}

bool StatementsWidget::printTo(const QString &path)
{
    const QList<qint64> ids = m_model->checkedIds();
    if (ids.isEmpty()) {
        m_message->showMessage(
            InlineMessage::Severity::Info, tr("Tick the patients to send statements to first."));
        return false;
    }
    auto result = m_statements.run(m_session, ids, today(), path);
    if (!result) {
        m_message->showError(tr("Print statements"), result.error());
        return false;
    }
    QString text
        = tr("%n statement(s) saved as %1 (%2 page(s), %3 due).", nullptr, result->statementCount)
              .arg(QDir::toNativeSeparators(path))
              .arg(result->pageCount)
              .arg(money(result->totalDueCents));
    if (result->selfPayClaimsBilled > 0)
        text += QLatin1Char(' ')
            + tr("%n self-pay visit(s) billed.", nullptr, result->selfPayClaimsBilled);
    m_message->showMessage(InlineMessage::Severity::Info, text);
    m_model->setAllChecked(false);
    emit statusMessageRequested(text);
    return true;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialswidget.h"
#include "denialactiondialog.h"
#include "common/errorbox.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/money.h"
#include "itemmodels/denialmodel.h"
#include "services/claimservice.h"
#include "services/denialservice.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

DenialsWidget::DenialsWidget(const Session &session, DenialService &denials, ClaimService &claims,
                             QWidget *parent)
    : QWidget(parent), m_session(session), m_denials(denials), m_claims(claims)
{
    setObjectName(QStringLiteral("denials"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_groupLabel = new QLabel;
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("denialGroupBy"));
    m_groupBy->addItems({QString(), QString(), QString()});
    m_groupLabel->setBuddy(m_groupBy);
    m_stateLabel = new QLabel;
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("denialStateFilter"));
    m_stateFilter->addItems({QString(), QString(), QString()});
    m_stateFilter->setCurrentIndex(1);
    m_stateLabel->setBuddy(m_stateFilter);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("denialFilterBox"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("denialSummary"));
    bar->addWidget(m_groupLabel);
    bar->addWidget(m_groupBy);
    bar->addSpacing(12);
    bar->addWidget(m_stateLabel);
    bar->addWidget(m_stateFilter);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("denialMessage"));
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal);
    m_model = new DenialModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("denialTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    split->addWidget(m_table);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("denialDetail"));
    m_detail->setOpenLinks(false);
    rightLayout->addWidget(m_detail, 1);
    auto *buttons = new QGridLayout;
    auto button = [this](const char *name) {
        auto *b = new QPushButton;
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_open = button("openClaimButton");
    m_resubmit = button("resubmitButton");
    m_appeal = button("appealButton");
    m_writeOff = button("writeOffButton");
    m_transfer = button("transferButton");
    m_note = button("noteButton");
    buttons->addWidget(m_resubmit, 0, 0);
    buttons->addWidget(m_appeal, 0, 1);
    buttons->addWidget(m_transfer, 1, 0);
    buttons->addWidget(m_writeOff, 1, 1);
    buttons->addWidget(m_note, 2, 0);
    buttons->addWidget(m_open, 2, 1);
    rightLayout->addLayout(buttons);
    // The service refuses a write-off from anyone but a manager; the button is not offered.
    m_writeOff->setVisible(m_session.can(Permission::WriteOff));
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, &DenialsWidget::openCurrentClaim);
    connect(keys, &WorkListKeys::searchRequested, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_table, &QTableView::doubleClicked, this, &DenialsWidget::openCurrentClaim);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DenialsWidget::currentChanged);
    connect(m_open, &QPushButton::clicked, this, &DenialsWidget::openCurrentClaim);
    connect(m_resubmit, &QPushButton::clicked, this, &DenialsWidget::resubmitCurrent);
    connect(m_appeal, &QPushButton::clicked, this, &DenialsWidget::appealCurrent);
    connect(m_writeOff, &QPushButton::clicked, this, &DenialsWidget::writeOffCurrent);
    connect(m_transfer, &QPushButton::clicked, this, &DenialsWidget::transferCurrent);
    connect(m_note, &QPushButton::clicked, this, &DenialsWidget::addNoteToCurrent);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 keep = currentDenialId();
        m_model->setGrouping(DenialGrouping(index));
        m_table->clearSpans();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->isGroupRow(row))
                m_table->setSpan(row, 0, 1, m_model->columnCount());
        }
        if (!selectDenial(keep))
            showDetail();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &DenialsWidget::reload);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 keep = currentDenialId();
        m_model->setFilterText(text);
        m_table->clearSpans();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->isGroupRow(row))
                m_table->setSpan(row, 0, 1, m_model->columnCount());
        }
        if (!selectDenial(keep))
            selectDenial(0);
        updateSummary();
    });

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DenialsWidget::reload);
    connect(&m_denials, &DenialService::denialsChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(&m_claims, &ClaimService::claimsChanged, m_reloadTimer, qOverload<>(&QTimer::start));

    auto shortcut = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { resubmitCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { appealCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { transferCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addNoteToCurrent(); });
    if (m_session.can(Permission::WriteOff))
        shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] { writeOffCurrent(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { reload(); });
    // From the filter box, Down goes to the list.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_filter);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, m_table, [this] { m_table->setFocus(); });

    retranslateUi();
    reload();
}

void DenialsWidget::retranslateUi()
{
    m_groupLabel->setText(tr("&Group by:"));
    m_groupBy->setItemText(int(DenialGrouping::Reason), tr("Reason"));
    m_groupBy->setItemText(int(DenialGrouping::Payer), tr("Payer"));
    m_groupBy->setItemText(int(DenialGrouping::Age), tr("Age"));
    m_stateLabel->setText(tr("&Show:"));
    m_stateFilter->setItemText(int(DenialFilter::Open), tr("Not worked yet"));
    m_stateFilter->setItemText(int(DenialFilter::Working), tr("Open and waiting for the payer"));
    m_stateFilter->setItemText(int(DenialFilter::All), tr("All, including finished"));
    m_filter->setPlaceholderText(tr("Filter by claim, patient, payer or reason (Ctrl+F)"));
    m_table->setAccessibleName(tr("Denials"));
    m_detail->setAccessibleName(tr("Denial details"));
    m_open->setText(tr("&Open claim"));
    m_open->setToolTip(tr("Show the claim in Claims (Enter)"));
    m_resubmit->setText(tr("&Corrected claim…"));
    m_resubmit->setToolTip(tr("Make a replacement claim (frequency 7) with the payer's claim "
                              "number, to fix and send again (Ctrl+R)"));
    m_appeal->setText(tr("&Appeal…"));
    m_appeal->setToolTip(tr("Write the appeal letter from the template and save it as a PDF "
                            "(Ctrl+Shift+A)"));
    m_writeOff->setText(tr("&Write off…"));
    m_writeOff->setToolTip(tr("Write the open amount off (managers; Ctrl+Shift+W)"));
    m_transfer->setText(tr("&Transfer to patient…"));
    m_transfer->setToolTip(tr("Move the open amount to the patient's balance (Ctrl+Shift+T)"));
    m_note->setText(tr("Add &note…"));
    m_note->setToolTip(tr("Add a note to the denial's history (Ctrl+Shift+N)"));
    updateSummary();
}

void DenialsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

const DenialItem *DenialsWidget::current() const
{
    return m_model->denialAt(m_table->currentIndex().row());
}

qint64 DenialsWidget::currentDenialId() const
{
    const DenialItem *item = current();
    return item ? item->record.id : 0;
}

bool DenialsWidget::selectDenial(qint64 denialId)
{
    int row = denialId > 0 ? m_model->rowOf(denialId) : -1;
    if (row < 0 && denialId == 0) {
        // The first denial of the list.
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
            if (!m_model->isGroupRow(r))
                row = r;
        }
    }
    if (row < 0) {
        m_table->setCurrentIndex({});
        showDetail();
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    showDetail();
    return true;
}

void DenialsWidget::reload()
{
    m_reloadTimer->stop();
    const qint64 keep = currentDenialId();
    const int keepRow = m_table->currentIndex().row();
    auto list = m_denials.denials(m_session, DenialFilter(m_stateFilter->currentIndex()));
    if (!list) {
        m_message->showError(tr("Denials"), list.error());
        return;
    }
    m_message->clearMessage();
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setDenials(list.value());
    }
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroupRow(row))
            m_table->setSpan(row, 0, 1, m_model->columnCount());
    }
    for (int c = 0; c < int(DenialModel::Column::LastAction); ++c)
        m_table->resizeColumnToContents(c);
    // Keep the denial in view; when it left the list, stay near where it was.
    if (!selectDenial(keep)) {
        int row = std::clamp(keepRow, 0, std::max(0, m_model->rowCount() - 1));
        while (row < m_model->rowCount() && m_model->isGroupRow(row))
            ++row;
        if (row >= m_model->rowCount())
            selectDenial(0);
        else
            selectDenial(m_model->denialAt(row)->record.id);
    }
    updateSummary();
}

void DenialsWidget::currentChanged(const QModelIndex &now, const QModelIndex &previous)
{
    // Group header rows are not stops: J/K and the arrows move on to the next denial.
    if (now.isValid() && m_model->isGroupRow(now.row())) {
        const int step = (!previous.isValid() || now.row() >= previous.row()) ? 1 : -1;
        int row = now.row() + step;
        while (row >= 0 && row < m_model->rowCount() && m_model->isGroupRow(row))
            row += step;
        if (row < 0 || row >= m_model->rowCount())
            row = previous.isValid() ? previous.row() : -1;
        if (row >= 0 && !m_model->isGroupRow(row)) {
            m_table->setCurrentIndex(m_model->index(row, now.column()));
            return;
        }
    }
    showDetail();
}

void DenialsWidget::updateSummary()
{
    qint64 total = 0;
    for (const DenialGroup &g : m_model->groups())
        total += g.totalCents;
    m_summary->setText(tr("%n denial(s), %1 open", nullptr, m_model->denialCount())
                               .arg(Money::fromCents(total).toDisplayString()));
}

void DenialsWidget::showDetail()
{
    const DenialItem *item = current();
    const bool working = item && !denialstate::isFinished(item->record.state);
    m_open->setEnabled(item != nullptr);
    m_note->setEnabled(item != nullptr);
    m_resubmit->setEnabled(working && item->record.state != QLatin1String(denialstate::kResubmitted));
    m_appeal->setEnabled(working && item->record.state != QLatin1String(denialstate::kAppealed));
    m_writeOff->setEnabled(working);
    m_transfer->setEnabled(working);
    if (!item) {
        m_detail->setHtml(m_model->rowCount() == 0
                                  ? tr("<p>No denial to work. When a remittance denies a claim, "
                                       "it appears here with the payer's reason.</p>")
                                  : QString());
        return;
    }
    auto detail = m_denials.detail(m_session, item->record.id);
    if (!detail) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(esc(detail.error().userMessage)));
        return;
    }
    const DenialItem &d = detail->item;
    const DenialRecord &r = d.record;
    QString html;
    html += tr("<h3>Claim %1</h3>").arg(esc(r.patientControlNumber));
    html += tr("<p>Payer's claim number: <b>%1</b><br>Patient: %2 (born %3), member ID %4<br>"
               "Payer: %5<br>Service date: %6 · billed %7<br>Denied %8 on %9 (%10 days ago); "
               "open %11<br>State: %12</p>")
                    .arg(esc(r.payerClaimNumber.isEmpty() ? tr("none yet") : r.payerClaimNumber),
                         esc(r.patientName), esc(shortDate(r.patientBirthDate)), esc(r.memberId),
                         esc(r.payerName), esc(shortDate(r.dateOfService)),
                         Money::fromCents(r.claimChargeCents).toDisplayString(),
                         Money::fromCents(r.amountCents).toDisplayString(),
                         esc(shortDate(r.openedAt.toLocalTime().date())))
                    .arg(d.ageDays)
                    .arg(Money::fromCents(r.openCents).toDisplayString(), esc(d.stateText));
    html += tr("<p><b>Reason:</b> %1 (%2)</p>").arg(esc(d.reasonLabel()), esc(d.groupText));
    if (!r.remarkCodes.isEmpty()) {
        html += tr("<p><b>Remarks:</b></p>") + QStringLiteral("<ul>");
        for (qsizetype i = 0; i < r.remarkCodes.size(); ++i)
            html += QStringLiteral("<li>%1: %2</li>").arg(esc(r.remarkCodes[i]), esc(d.remarkTexts[i]));
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Lines</b></p>")
            + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>")
            + tr("<th>#</th><th>Code</th><th>Units</th><th>Charge</th><th>Date</th>")
            + QStringLiteral("</tr>");
    for (const ClaimLineRecord &l : detail->lines) {
        QStringList code{l.line.code};
        code.append(l.line.modifiers);
        const bool denied = r.lineNo == l.lineNo;
        html += QStringLiteral("<tr><td>%1</td><td>%2%3%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                        .arg(QString::number(l.lineNo), denied ? QStringLiteral("<b>") : QString(),
                             esc(code.join(QLatin1Char('-'))),
                             denied ? QStringLiteral("</b>") : QString(),
                             QString::number(l.line.units),
                             Money::fromCents(l.line.chargeCents).toDisplayString(),
                             esc(shortDate(l.line.serviceDate)));
    }
    html += QStringLiteral("</table>");
    if (!detail->diagnoses.isEmpty())
        html += tr("<p>Diagnoses: %1</p>").arg(esc(detail->diagnoses.join(QStringLiteral(", "))));
    if (!detail->related.isEmpty()) {
        html += tr("<p><b>Other denials of this claim</b></p>") + QStringLiteral("<ul>");
        for (const DenialItem &o : detail->related)
            html += QStringLiteral("<li>%1 · %2 · %3</li>")
                            .arg(esc(o.reasonLabel()),
                                 Money::fromCents(o.record.amountCents).toDisplayString(),
                                 esc(o.stateText));
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>History</b></p>");
    if (detail->history.isEmpty()) {
        html += tr("<p>Nothing done yet.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const DenialNote &n : detail->history) {
            QString note = n.note;
            if (n.action == QLatin1String(denialaction::kAppealLetter))
                note = tr("(%n line(s); saved with the appeal)", nullptr,
                          int(n.note.count(QLatin1Char('\n')) + 1));
            html += tr("<li>%1 · %2 · <b>%3</b>: %4</li>")
                            .arg(esc(QLocale().toString(n.at.toLocalTime(), QLocale::ShortFormat)),
                                 esc(n.userName), esc(denialaction::displayName(n.action)),
                                 esc(note));
        }
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

bool DenialsWidget::openCurrentClaim()
{
    const DenialItem *item = current();
    if (!item)
        return false;
    emit openClaimRequested(item->record.claimId);
    return true;
}

QString DenialsWidget::askReason(const QString &title, const QString &prompt,
                                 const QString &okText)
{
    DenialReasonDialog dialog(title, prompt, okText, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.reason();
}

bool DenialsWidget::report(const QString &title, const Error &error)
{
    ui::showError(this, title, error);
    reload();
    return false;
}

void DenialsWidget::resubmitCurrent()
{
    const DenialItem *item = current();
    if (!item || !m_resubmit->isEnabled())
        return;
    const qint64 id = item->record.id;
    const int version = item->record.version;
    const QString pcn = item->record.patientControlNumber;
    const QString reason = askReason(
            tr("Corrected claim for %1").arg(pcn),
            tr("A replacement claim (frequency 7) is made with the payer's claim number %1, and "
               "opens in Claims for you to fix and send. What will you correct?")
                    .arg(item->record.payerClaimNumber),
            tr("Make corrected claim"));
    if (reason.isEmpty())
        return;
    auto made = m_denials.correctAndResubmit(m_session, id, version, reason);
    if (!made) {
        report(tr("Corrected claim"), made.error());
        return;
    }
    emit statusMessageRequested(tr("Corrected claim made for %1: fix it and send it.").arg(pcn));
    emit openClaimRequested(made.value());
}

void DenialsWidget::appealCurrent()
{
    const DenialItem *item = current();
    if (!item || !m_appeal->isEnabled())
        return;
    const qint64 id = item->record.id;
    const int version = item->record.version;
    const QString pcn = item->record.patientControlNumber;
    auto letter = m_denials.appealLetter(m_session, id);
    if (!letter) {
        report(tr("Appeal"), letter.error());
        return;
    }
    AppealDialog dialog(pcn, letter.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileName = QStringLiteral("appeal-%1-%2.pdf")
                                     .arg(pcn, QDate::currentDate().toString(Qt::ISODate));
    QString path;
    if (!m_appealFolder.isEmpty()) {
        path = QDir(m_appealFolder).filePath(fileName);
    } else {
        const QString folder
                = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save appeal letter"),
                                            QDir(folder).filePath(fileName),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    if (auto r = m_denials.appealLetterPdf(m_session, id, dialog.letter(), path); !r) {
        report(tr("Appeal"), r.error());
        return;
    }
    m_lastAppealPdf = path;
    if (auto r = m_denials.appeal(m_session, id, version, dialog.reason(), dialog.letter()); !r) {
        report(tr("Appeal"), r.error());
        return;
    }
    emit statusMessageRequested(tr("Claim %1 appealed; the letter is saved as %2.")
                                        .arg(pcn, QDir::toNativeSeparators(path)));
}

void DenialsWidget::writeOffCurrent()
{
    const DenialItem *item = current();
    if (!item || !m_writeOff->isEnabled() || !m_session.can(Permission::WriteOff))
        return;
    const qint64 id = item->record.id;
    const int version = item->record.version;
    const QString pcn = item->record.patientControlNumber;
    const QString amount = Money::fromCents(item->record.openCents).toDisplayString();
    const QString reason = askReason(
            tr("Write off %1 of claim %2").arg(amount, pcn),
            tr("%1 of claim %2 leaves the insurance balance for good; the patient is not billed "
               "for it. Why write it off?")
                    .arg(amount, pcn),
            tr("Write off"));
    if (reason.isEmpty())
        return;
    if (auto r = m_denials.writeOff(m_session, id, version, reason); !r) {
        report(tr("Write off"), r.error());
        return;
    }
    emit statusMessageRequested(tr("%1 of claim %2 written off.").arg(amount, pcn));
}

void DenialsWidget::transferCurrent()
{
    const DenialItem *item = current();
    if (!item || !m_transfer->isEnabled())
        return;
    const qint64 id = item->record.id;
    const int version = item->record.version;
    const QString pcn = item->record.patientControlNumber;
    const QString amount = Money::fromCents(item->record.openCents).toDisplayString();
    const QString reason = askReason(
            tr("Transfer %1 to the patient").arg(amount),
            tr("%1 of claim %2 moves to %3's balance and goes on the next statement. Why does "
               "the patient owe it (for example a signed waiver)?")
                    .arg(amount, pcn, item->record.patientName),
            tr("Transfer"));
    if (reason.isEmpty())
        return;
    if (auto r = m_denials.transferToPatient(m_session, id, version, reason); !r) {
        report(tr("Transfer to patient"), r.error());
        return;
    }
    emit statusMessageRequested(tr("%1 of claim %2 transferred to the patient.").arg(amount, pcn));
}

void DenialsWidget::addNoteToCurrent()
{
    const DenialItem *item = current();
    if (!item)
        return;
    const qint64 id = item->record.id;
    const QString note = askReason(tr("Note on claim %1").arg(item->record.patientControlNumber),
                                   tr("What was done or found (a call to the payer, a "
                                      "reference number)?"),
                                   tr("Add note"));
    if (note.isEmpty())
        return;
    if (auto r = m_denials.addNote(m_session, id, note); !r) {
        report(tr("Note"), r.error());
        return;
    }
}

} // namespace cc

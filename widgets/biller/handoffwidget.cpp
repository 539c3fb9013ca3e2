// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoffwidget.h"
#include "returndialog.h"
#include "common/errorbox.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/codeentry.h"
#include "domain/money.h"
#include "itemmodels/handoffmodel.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kFindingIdRole = Qt::UserRole + 1;
constexpr int kBlocksRole = Qt::UserRole + 2;
} // namespace

HandoffWidget::HandoffWidget(const Session &session, HandoffService &handoff,
                             EncounterService &encounters, QWidget *parent)
    : QWidget(parent), m_session(session), m_handoff(handoff), m_encounters(encounters)
{
    setObjectName(QStringLiteral("handoff"));
    auto *layout = new QVBoxLayout(this);
    m_message = new InlineMessage;
    layout->addWidget(m_message);

    auto *split = new QSplitter;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Incoming from coding</b> — oldest first"));
    leftLayout->addWidget(title);
    m_model = new HandoffModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("handoffTable"));
    m_table->setAccessibleName(tr("Encounters handed off to billing"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    leftLayout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("Nothing is waiting: coded work appears here when a coder hands it "
                            "off."));
    m_empty->setObjectName(QStringLiteral("handoffEmpty"));
    m_empty->setWordWrap(true);
    leftLayout->addWidget(m_empty);
    split->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("handoffHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    rightLayout->addWidget(m_header);
    m_coding = new QTextBrowser;
    m_coding->setObjectName(QStringLiteral("handoffCoding"));
    m_coding->setAccessibleName(tr("Codes and note of the encounter"));
    rightLayout->addWidget(m_coding, 3);
    rightLayout->addWidget(new QLabel(tr("Findings of the scrubber")));
    m_findingList = new QListWidget;
    m_findingList->setObjectName(QStringLiteral("handoffFindings"));
    m_findingList->setAccessibleName(tr("Findings of the scrubber"));
    m_findingList->setWordWrap(true);
    rightLayout->addWidget(m_findingList, 2);
    auto *buttons = new QHBoxLayout;
    m_override = new QPushButton(tr("&Override finding…"));
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_override->setToolTip(tr("Accept the selected error as it is, with a reason that is kept "
                              "with the claim"));
    m_return = new QPushButton(tr("&Return to coder…"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_return->setToolTip(tr("Send the work back with a reason (Ctrl+R)"));
    m_accept = new QPushButton(tr("&Accept"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setToolTip(tr("Accept the coding and make a draft claim (Ctrl+Enter)"));
    buttons->addWidget(m_override);
    buttons->addStretch(1);
    buttons->addWidget(m_return);
    buttons->addWidget(m_accept);
    rightLayout->addLayout(buttons);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, [this] { m_findingList->setFocus(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HandoffWidget::showCurrent);
    connect(m_findingList, &QListWidget::currentRowChanged, this, &HandoffWidget::updateActions);
    connect(m_override, &QPushButton::clicked, this, &HandoffWidget::overrideSelected);
    connect(m_return, &QPushButton::clicked, this, &HandoffWidget::returnCurrent);
    connect(m_accept, &QPushButton::clicked, this, &HandoffWidget::acceptCurrent);
    connect(&m_handoff, &HandoffService::handoffChanged, this, &HandoffWidget::reload);
    auto shortcut = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { acceptCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { acceptCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { returnCurrent(); });
    reload();
}

qint64 HandoffWidget::currentEncounterId() const
{
    const HandoffItem *item = m_model->itemAt(m_table->currentIndex().row());
    return item ? item->summary.id : 0;
}

void HandoffWidget::reload()
{
    const qint64 keep = currentEncounterId();
    const int keepRow = m_table->currentIndex().row();
    auto items = m_handoff.incoming(m_session);
    if (!items) {
        m_message->showError(tr("The handoff list could not be read."), items.error());
        return;
    }
    m_model->setItems(items.value());
    m_table->resizeColumnsToContents();
    m_empty->setVisible(m_model->rowCount() == 0);
    int row = m_model->rowOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = std::clamp(keepRow, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

void HandoffWidget::showCurrent()
{
    m_findingList->clear();
    m_findings.clear();
    const HandoffItem *item = m_model->itemAt(m_table->currentIndex().row());
    if (!item) {
        m_header->clear();
        m_coding->clear();
        updateActions();
        return;
    }
    const EncounterSummary &s = item->summary;
    m_header->setText(tr("<b>%1</b> (%2) · %3 · %4<br>%5 · handed off by %6")
                              .arg(s.patientName.toHtmlEscaped(), s.mrn.toHtmlEscaped(),
                                   QLocale().toString(s.dateOfService, QLocale::ShortFormat),
                                   s.providerName.toHtmlEscaped(),
                                   (s.payerName.isEmpty() ? tr("Self-pay") : s.payerName)
                                           .toHtmlEscaped(),
                                   item->coderName.toHtmlEscaped()));
    auto detail = m_encounters.open(m_session, s.id);
    if (!detail) {
        m_coding->setPlainText(detail.error().userMessage);
    } else {
        const EncounterDetail &e = detail.value();
        QString html;
        if (!item->note.isEmpty())
            html += tr("<p><b>Coder's note:</b> %1</p>").arg(item->note.toHtmlEscaped());
        html += tr("<p><b>Diagnoses</b></p>") + QStringLiteral("<ol type=\"A\">");
        for (const DiagnosisEntry &dx : e.diagnoses)
            html += QStringLiteral("<li>%1</li>")
                            .arg(displayCode(CodeKind::Icd10Cm, dx.code).toHtmlEscaped());
        html += QStringLiteral("</ol>") + tr("<p><b>Services</b></p>")
                + QStringLiteral("<table cellspacing=\"4\">");
        for (const ServiceLineEntry &l : e.services) {
            QStringList pointers;
            for (int p : l.pointers)
                pointers.append(QString(QChar(u'A' + p - 1)));
            html += QStringLiteral("<tr><td>%1.</td><td><b>%2</b></td><td>%3</td><td>%4</td>"
                                   "<td>%5</td><td align=\"right\">%6</td></tr>")
                            .arg(l.lineNo)
                            .arg(l.code.toHtmlEscaped(),
                                 l.modifiers.join(QLatin1Char(' ')).toHtmlEscaped(),
                                 tr("× %1").arg(l.units), pointers.join(QLatin1Char(',')),
                                 Money::fromCents(l.chargeCents).toDisplayString());
        }
        html += QStringLiteral("</table>");
        html += tr("<p><b>Note</b></p>") + QStringLiteral("<p>%1</p>")
                        .arg(e.clinicalNote.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                    QStringLiteral("<br>")));
        if (!e.addendum.isEmpty())
            html += tr("<p><b>Addendum</b></p>")
                    + QStringLiteral("<p>%1</p>").arg(e.addendum.toHtmlEscaped());
        m_coding->setHtml(html);
    }
    auto found = m_handoff.findings(m_session, s.id);
    if (!found) {
        m_message->showError(tr("The findings could not be read."), found.error());
    } else {
        m_findings = found.value();
        for (const StoredFinding &sf : m_findings) {
            const Finding &f = sf.finding;
            auto *row = new QListWidgetItem(m_findingList);
            const QString where = f.line > 0 ? tr("Line %1: ").arg(f.line) : QString();
            QString text = (f.isError() ? tr("Error: %1") : tr("Warning: %1"))
                                   .arg(where + f.message)
                    + QLatin1Char('\n') + tr("Fix: %1").arg(f.fix)
                    + QLatin1Char('\n') + tr("Source: %1").arg(f.source);
            if (sf.isOverridden())
                text += QLatin1Char('\n')
                        + tr("Overridden by %1: %2").arg(sf.overriddenBy, sf.overrideReason);
            row->setText(text);
            row->setIcon(style()->standardIcon(
                    sf.isOverridden()  ? QStyle::SP_DialogApplyButton
                    : f.isError()      ? QStyle::SP_MessageBoxCritical
                                       : QStyle::SP_MessageBoxWarning));
            row->setData(kFindingIdRole, sf.id);
            row->setData(kBlocksRole, sf.blocks());
            row->setToolTip(tr("Rule %1").arg(f.rule));
        }
        if (m_findings.isEmpty())
            new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                tr("No findings: the claim is clean."), m_findingList);
        // The first blocking finding is what the biller looks at first.
        for (int i = 0; i < m_findings.size(); ++i) {
            if (m_findings.at(i).blocks()) {
                m_findingList->setCurrentRow(i);
                break;
            }
        }
    }
    updateActions();
}

void HandoffWidget::updateActions()
{
    const bool has = currentEncounterId() != 0;
    const bool blocking = std::any_of(m_findings.cbegin(), m_findings.cend(),
                                      [](const StoredFinding &f) { return f.blocks(); });
    const QListWidgetItem *selected = m_findingList->currentItem();
    m_override->setEnabled(has && m_session.can(Permission::OverrideFinding) && selected
                           && selected->data(kBlocksRole).toBool());
    m_accept->setEnabled(has && !blocking);
    m_accept->setToolTip(blocking ? tr("Open error findings: override each with a reason, or "
                                       "return the work to the coder")
                                  : tr("Accept the coding and make a draft claim (Ctrl+Enter)"));
    m_return->setEnabled(has);
}

QString HandoffWidget::suggestedReason() const
{
    for (const StoredFinding &f : m_findings) {
        const QString &rule = f.finding.rule;
        if (rule == QLatin1String("dx-not-supporting"))
            return QStringLiteral("dx-not-supporting");
        if (rule == QLatin1String("modifier-25-missing") || rule == QLatin1String("modifier-invalid")
            || rule == QLatin1String("ncci-ptp"))
            return QStringLiteral("missing-modifier");
        if (rule == QLatin1String("mue-units"))
            return QStringLiteral("units-or-charge");
        if (rule == QLatin1String("auth-missing"))
            return QStringLiteral("authorization");
        if (rule.startsWith(QLatin1String("code-")) || rule == QLatin1String("unspecified-code"))
            return QStringLiteral("wrong-code");
    }
    return QStringLiteral("other");
}

bool HandoffWidget::acceptCurrent()
{
    const HandoffItem *item = m_model->itemAt(m_table->currentIndex().row());
    if (!item)
        return false;
    const QString patient = item->summary.patientName;
    auto claim = m_handoff.accept(m_session, item->summary.id, item->version);
    if (!claim) {
        if (claim.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning, claim.error().userMessage);
        else
            ui::showError(this, tr("Accept"), claim.error());
        return false;
    }
    m_message->showMessage(InlineMessage::Severity::Info,
                           tr("Accepted %1: a draft claim was made.").arg(patient));
    emit statusMessageRequested(tr("Accepted %1").arg(patient));
    reload();
    m_table->setFocus();
    return true;
}

bool HandoffWidget::returnCurrent()
{
    const HandoffItem *item = m_model->itemAt(m_table->currentIndex().row());
    if (!item)
        return false;
    ReturnDialog dialog(item->summary.patientName, suggestedReason(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return returnCurrentWith(dialog.reasonKey(), dialog.text());
}

bool HandoffWidget::returnCurrentWith(const QString &reasonKey, const QString &text)
{
    const HandoffItem *item = m_model->itemAt(m_table->currentIndex().row());
    if (!item)
        return false;
    const QString patient = item->summary.patientName;
    auto returned = m_handoff.returnToCoder(m_session, item->summary.id, item->version,
                                            reasonKey, text);
    if (!returned) {
        if (returned.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning,
                                   returned.error().userMessage);
        else
            ui::showError(this, tr("Return to coder"), returned.error());
        return false;
    }
    m_message->showMessage(InlineMessage::Severity::Info,
                           tr("Returned %1 to the coders.").arg(patient));
    reload();
    m_table->setFocus();
    return true;
}

bool HandoffWidget::overrideSelected()
{
    const QListWidgetItem *selected = m_findingList->currentItem();
    if (!selected || !selected->data(kBlocksRole).toBool())
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("overrideDialog"));
    dialog.setWindowTitle(tr("Override finding"));
    dialog.setLabelText(tr("Why is this claim right as it is? The reason is kept with the "
                           "claim and shown to auditors."));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return overrideSelectedWith(dialog.textValue());
}

bool HandoffWidget::overrideSelectedWith(const QString &reason)
{
    const QListWidgetItem *selected = m_findingList->currentItem();
    if (!selected)
        return false;
    auto done = m_handoff.overrideFinding(m_session, selected->data(kFindingIdRole).toLongLong(),
                                          reason);
    if (!done) {
        if (done.error().kind == Error::Kind::Invalid)
            m_message->showMessage(InlineMessage::Severity::Warning, done.error().userMessage);
        else
            ui::showError(this, tr("Override finding"), done.error());
        return false;
    }
    m_message->showMessage(InlineMessage::Severity::Info, tr("Finding overridden."));
    // handoffChanged reloads the list and this pane.
    return true;
}

} // namespace cc

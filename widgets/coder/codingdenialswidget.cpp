// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingdenialswidget.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/codeentry.h"
#include "domain/money.h"
#include "itemmodels/codingdenialmodel.h"
#include "services/codingfeedbackservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

namespace {

/// The default period: the 90 days ending today.
constexpr int kDefaultDays = 90;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

CodingDenialsWidget::CodingDenialsWidget(
    const Session &session, CodingFeedbackService &feedback, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_feedback(feedback)
{
    setObjectName(QStringLiteral("codingDenials"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    const QDate today = m_feedback.today();
    m_fromLabel = new QLabel;
    m_from = new QDateEdit(today.addDays(1 - kDefaultDays));
    m_from->setObjectName(QStringLiteral("codingDenialsFrom"));
    m_from->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel;
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("codingDenialsTo"));
    m_to->setCalendarPopup(true);
    m_toLabel->setBuddy(m_to);
    m_onlyMine = new QCheckBox;
    m_onlyMine->setObjectName(QStringLiteral("codingDenialsOnlyMine"));
    // A coder starts from their own work; a manager watches everyone's.
    m_onlyMine->setChecked(m_session.role == Role::Coder);
    m_groupLabel = new QLabel;
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("codingDenialsGroupBy"));
    m_groupBy->addItems({QString(), QString(), QString()});
    m_groupLabel->setBuddy(m_groupBy);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("codingDenialsSummary"));
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_onlyMine);
    bar->addSpacing(12);
    bar->addWidget(m_groupLabel);
    bar->addWidget(m_groupBy);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("codingDenialsMessage"));
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal);
    m_model = new CodingDenialModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("codingDenialsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    split->addWidget(m_table);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("codingDenialDetail"));
    m_detail->setOpenLinks(false);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_onlyMine);
    setTabOrder(m_onlyMine, m_groupBy);
    setTabOrder(m_groupBy, m_table);
    setTabOrder(m_table, m_detail);

    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, &CodingDenialsWidget::focusDetail);
    connect(m_table, &QTableView::doubleClicked, this, &CodingDenialsWidget::focusDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CodingDenialsWidget::currentChanged);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 keep = currentDenialId();
        applyGrouping();
        if (!selectDenial(keep))
            selectDenial(0);
    });

    // Typing a date changes it digit by digit, and one posting may say so several times: one
    // reload once they settle.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &CodingDenialsWidget::reload);
    connect(m_from, &QDateEdit::dateChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_onlyMine, &QCheckBox::toggled, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_feedback, &CodingFeedbackService::codingDenialsChanged, m_reloadTimer,
        qOverload<>(&QTimer::start));

    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &CodingDenialsWidget::reload);
    // Esc in the detail goes back to the list, where Enter came from.
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_detail);
    back->setContext(Qt::WidgetShortcut);
    connect(back, &QShortcut::activated, m_table, [this] { m_table->setFocus(); });

    retranslateUi();
    reload();
}

void CodingDenialsWidget::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setToolTip(tr("Denials opened from this day (when the payer's answer was posted)"));
    m_toLabel->setText(tr("t&o:"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_onlyMine->setText(tr("Only &my work"));
    m_onlyMine->setToolTip(tr("Only the denials of encounters you coded"));
    m_groupLabel->setText(tr("&Group by:"));
    m_groupBy->setItemText(int(CodingDenialGrouping::Rule), tr("Rule"));
    m_groupBy->setItemText(int(CodingDenialGrouping::CodePair), tr("Code pair"));
    m_groupBy->setItemText(int(CodingDenialGrouping::Coder), tr("Coder"));
    m_groupBy->setToolTip(tr("Group the denials by the scrubber rule they trace to, by the "
                             "service and its diagnoses, or by who coded them"));
    m_table->setAccessibleName(tr("Denials from coding"));
    m_table->setToolTip(tr("Arrows or J/K move; Enter reads the detail, Esc comes back; F5 "
                           "reloads"));
    m_detail->setAccessibleName(tr("Denial details"));
    updateSummary();
}

void CodingDenialsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

const CodingDenialItem *CodingDenialsWidget::current() const
{
    return m_model->denialAt(m_table->currentIndex().row());
}

qint64 CodingDenialsWidget::currentDenialId() const
{
    const CodingDenialItem *item = current();
    return item ? item->record.denialId : 0;
}

void CodingDenialsWidget::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

bool CodingDenialsWidget::selectDenial(qint64 denialId)
{
    int row = denialId > 0 ? m_model->rowOf(denialId) : -1;
    if (row < 0 && denialId == 0) {
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

void CodingDenialsWidget::reload()
{
    m_reloadTimer->stop();
    const qint64 keep = currentDenialId();
    auto list = m_feedback.codingDenials(
        m_session, m_from->date(), m_to->date(), m_onlyMine->isChecked());
    if (!list) {
        m_message->showError(tr("Denials from coding"), list.error());
        {
            const QSignalBlocker block(m_table->selectionModel());
            m_model->setDenials({});
        }
        m_table->clearSpans();
        showDetail();
        updateSummary();
        return;
    }
    m_message->clearMessage();
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setDenials(list.value());
    }
    applyGrouping();
    if (!selectDenial(keep))
        selectDenial(0);
    updateSummary();
}

void CodingDenialsWidget::applyGrouping()
{
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setGrouping(CodingDenialGrouping(m_groupBy->currentIndex()));
    }
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroupRow(row))
            m_table->setSpan(row, 0, 1, m_model->columnCount());
    }
    for (int c = 0; c < int(CodingDenialModel::Column::State); ++c)
        m_table->resizeColumnToContents(c);
}

void CodingDenialsWidget::currentChanged(const QModelIndex &now, const QModelIndex &previous)
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

void CodingDenialsWidget::focusDetail()
{
    if (!current())
        return;
    showDetail();
    m_detail->setFocus(Qt::ShortcutFocusReason);
}

void CodingDenialsWidget::updateSummary()
{
    const int count = m_model->denialCount();
    m_summary->setText(tr("%n denial(s), %1 denied", nullptr, count)
                           .arg(Money::fromCents(m_model->deniedCents()).toDisplayString()));
    if (count != m_lastCount) {
        m_lastCount = count;
        emit countChanged(count);
    }
}

void CodingDenialsWidget::showDetail()
{
    const CodingDenialItem *item = current();
    if (item) {
        m_detail->setHtml(detailHtml(*item));
        return;
    }
    if (m_model->rowCount() > 0) {
        m_detail->clear();
        return;
    }
    const QString period = tr("%1 to %2").arg(shortDate(m_from->date()), shortDate(m_to->date()));
    m_detail->setHtml(QStringLiteral("<p>%1</p>")
                          .arg(esc(m_onlyMine->isChecked()
                                  ? tr("No denial of your work traced to coding from %1. "
                                       "Widen the period, or clear \"Only my work\" to learn "
                                       "from the whole team's denials.")
                                        .arg(period)
                                  : tr("No denial traced to coding from %1. Widen the "
                                       "period; denials appear here when the billers post "
                                       "the payers' answers.")
                                        .arg(period))));
}

QString CodingDenialsWidget::detailHtml(const CodingDenialItem &item) const
{
    const CodingDenialRecord &r = item.record;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(item.reasonLabel()));
    html
        += tr("<p>The payer's reason: %1 (%2).</p>").arg(esc(item.reasonText), esc(item.groupText));
    if (!r.remarkCodes.isEmpty()) {
        html += tr("<p><b>Remarks</b></p>") + QStringLiteral("<ul>");
        for (qsizetype i = 0; i < r.remarkCodes.size(); ++i)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(esc(r.remarkCodes[i]), esc(item.remarkTexts.value(i)));
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Rule:</b> %1 (%2)<br><b>What to check:</b> %3</p>")
                .arg(esc(item.ruleTitle), esc(item.rule), esc(item.whatToCheck));

    html += tr("<p><b>Code pair:</b> %1</p>").arg(esc(item.codePair()));
    if (!r.lines.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const CodingDenialLine &l : r.lines) {
            QStringList code {l.code};
            code.append(l.modifiers);
            QStringList dx;
            for (const QString &d : l.diagnoses)
                dx.append(displayCode(CodeKind::Icd10Cm, d));
            //: One service line of a denial: number, code with modifiers, units, charge,
            //: the diagnoses it points to
            html += tr("<li>Line %1: %2 × %3, %4; diagnoses %5</li>")
                        .arg(QString::number(l.lineNo), esc(code.join(QLatin1Char('-'))),
                            QString::number(l.units),
                            Money::fromCents(l.chargeCents).toDisplayString(),
                            esc(dx.isEmpty() ? tr("none") : dx.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</ul>");
    }
    if (r.claimLineId == 0)
        html += tr("<p>The payer denied the claim as a whole.</p>");

    html += tr("<p><b>Claim %1</b> (payer's number %2)<br>Service date: %3<br>Payer: %4<br>"
               "Provider: %5<br>Coded by: %6<br>Denied %7 on %8 · %9</p>")
                .arg(esc(r.patientControlNumber),
                    esc(r.payerClaimNumber.isEmpty() ? tr("none") : r.payerClaimNumber),
                    esc(shortDate(r.dateOfService)), esc(r.payerName), esc(r.providerName),
                    esc(r.coderName.isEmpty() ? tr("not recorded") : r.coderName),
                    Money::fromCents(r.amountCents).toDisplayString(),
                    esc(shortDate(r.openedAt.toLocalTime().date())), esc(item.stateText));

    html += tr("<p><b>Scrubber</b></p>");
    if (const CodingDenialFinding *f = item.mainFinding()) {
        const QString where = f->onClaim ? tr("on the claim") : tr("while the encounter was coded");
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(f->error ? tr("The scrubber flagged this rule as an error %1, "
                                           "before the claim went out:")
                                            .arg(where)
                                      : tr("The scrubber warned of this rule %1, before the "
                                           "claim went out:")
                                            .arg(where)));
        html += QStringLiteral("<blockquote>%1</blockquote>").arg(esc(f->message));
        if (f->isOverridden())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(
                            tr("%1 overrode it: \"%2\"").arg(f->overriddenBy, f->overrideReason)));
        else if (f->error)
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No override of it is on file.")));
        else
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("A warning needs no override: the claim went out with "
                                    "it.")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("The scrubber did not flag this rule on the claim or its "
                                "encounter: the payer saw what the edits did not.")));
    }
    QStringList others;
    for (const CodingDenialFinding &f : r.findings) {
        if (f.rule != item.rule && !others.contains(f.rule))
            others.append(f.rule);
    }
    if (!others.isEmpty())
        html += tr("<p>Other findings on this claim: %1</p>")
                    .arg(esc(others.join(QStringLiteral(", "))));
    return html;
}

} // namespace cc

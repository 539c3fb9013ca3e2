// SPDX-License-Identifier: GPL-3.0-or-later
#include "eobform.h"
#include "common/inlinemessage.h"
#include "domain/money.h"
#include "domain/remitcodes.h"
#include "services/claimservice.h"
#include "services/postingservice.h"
#include "services/practiceservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {

const auto kErrorStyle = QStringLiteral("color: #b00020;");
const auto kOkStyle = QStringLiteral("color: #1b5e20;");

/// An amount field: empty is zero; nullopt when the text is not an amount.
std::optional<qint64> centsOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return 0;
    auto m = Money::parse(text);
    if (!m)
        return std::nullopt;
    return m->cents();
}

QLineEdit *moneyEdit(const QString &name, const QString &accessible)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(QStringLiteral("0.00"));
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(110);
    return edit;
}

QString display(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

} // namespace

EobFormWidget::EobFormWidget(const Session &session, PostingService &posting,
                             ClaimService &claims, PracticeService &practice, QWidget *parent)
    : QWidget(parent), m_session(session), m_posting(posting), m_claimService(claims),
      m_practice(practice)
{
    setObjectName(QStringLiteral("eobForm"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A check from a payer that sends no ERA: type what the paper "
                                "EOB says, line by line. Every line must balance (charge − "
                                "adjustments = paid) and the lines must add up to the check."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("eobMessage"));
    layout->addWidget(m_message);

    auto *check = new QHBoxLayout;
    m_payer = new QComboBox;
    m_payer->setObjectName(QStringLiteral("eobPayer"));
    m_payer->setAccessibleName(tr("Payer"));
    m_payer->setToolTip(tr("The payer who sent the check"));
    m_payer->setMinimumContentsLength(20);
    m_checkNumber = new QLineEdit;
    m_checkNumber->setObjectName(QStringLiteral("eobCheckNumber"));
    m_checkNumber->setAccessibleName(tr("Check number"));
    m_checkNumber->setToolTip(tr("The check number printed on the check"));
    m_checkDate = new QDateEdit(QDate::currentDate());
    m_checkDate->setObjectName(QStringLiteral("eobCheckDate"));
    m_checkDate->setAccessibleName(tr("Check date"));
    m_checkDate->setCalendarPopup(true);
    m_checkDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_checkAmount = moneyEdit(QStringLiteral("eobCheckAmount"), tr("Check amount"));
    m_checkAmount->setToolTip(tr("The amount of the check"));
    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    check->addWidget(label(tr("Pa&yer:"), m_payer));
    check->addWidget(m_payer, 2);
    check->addWidget(label(tr("Check &number:"), m_checkNumber));
    check->addWidget(m_checkNumber, 1);
    check->addWidget(label(tr("Check &date:"), m_checkDate));
    check->addWidget(m_checkDate);
    check->addWidget(label(tr("Check a&mount:"), m_checkAmount));
    check->addWidget(m_checkAmount);
    layout->addLayout(check);

    auto *add = new QHBoxLayout;
    m_claimNumber = new QLineEdit;
    m_claimNumber->setObjectName(QStringLiteral("eobClaimNumber"));
    m_claimNumber->setAccessibleName(tr("Claim number to add"));
    m_claimNumber->setPlaceholderText(tr("Claim number (patient control number), then Enter"));
    m_addClaim = new QPushButton(tr("&Add claim"));
    m_addClaim->setObjectName(QStringLiteral("eobAddClaim"));
    m_addClaim->setToolTip(tr("Add the claim with this number to the check (Enter)"));
    add->addWidget(label(tr("C&laim:"), m_claimNumber));
    add->addWidget(m_claimNumber, 1);
    add->addWidget(m_addClaim);
    layout->addLayout(add);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("eobScroll"));
    scroll->setWidgetResizable(true);
    auto *claimsHost = new QWidget;
    m_claimsLayout = new QVBoxLayout(claimsHost);
    m_noClaims = new QLabel(tr("No claim on this check yet. Type a claim number above and press "
                               "Enter to add its lines."));
    m_noClaims->setObjectName(QStringLiteral("eobNoClaims"));
    m_noClaims->setWordWrap(true);
    m_noClaims->setEnabled(false);
    m_claimsLayout->addWidget(m_noClaims);
    m_claimsLayout->addStretch(1);
    scroll->setWidget(claimsHost);
    layout->addWidget(scroll, 1);

    m_checkBalance = new QLabel;
    m_checkBalance->setObjectName(QStringLiteral("eobCheckBalance"));
    m_checkBalance->setWordWrap(true);
    layout->addWidget(m_checkBalance);
    auto *bottom = new QHBoxLayout;
    m_hintLabel = new QLabel;
    m_hintLabel->setObjectName(QStringLiteral("eobSaveHint"));
    m_hintLabel->setWordWrap(true);
    m_clear = new QPushButton(tr("Clea&r"));
    m_clear->setObjectName(QStringLiteral("eobClear"));
    m_clear->setToolTip(tr("Empty the form without posting"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("eobSave"));
    m_save->setToolTip(tr("Post the check and its lines to the ledger (Ctrl+S)"));
    bottom->addWidget(m_hintLabel, 1);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_save, &QPushButton::clicked, this, &EobFormWidget::save);
    connect(m_clear, &QPushButton::clicked, this, &EobFormWidget::clearForm);
    connect(m_addClaim, &QPushButton::clicked, this,
            [this] { addClaim(m_claimNumber->text()); });
    connect(m_claimNumber, &QLineEdit::returnPressed, this,
            [this] { addClaim(m_claimNumber->text()); });
    connect(m_payer, &QComboBox::currentIndexChanged, this, &EobFormWidget::updateBalances);
    connect(m_checkNumber, &QLineEdit::textChanged, this, &EobFormWidget::updateBalances);
    connect(m_checkAmount, &QLineEdit::textChanged, this, &EobFormWidget::updateBalances);

    reloadPayers();
    updateBalances();
}

EobFormWidget::~EobFormWidget() = default;

void EobFormWidget::reloadPayers()
{
    const qint64 keep = chosenPayerId();
    auto payers = m_practice.payers();
    const QSignalBlocker block(m_payer);
    m_payer->clear();
    m_payer->addItem(tr("Choose the payer…"), qint64(0));
    if (!payers) {
        m_message->showError(tr("Paper EOB"), payers.error());
    } else {
        for (const PayerRecord &p : payers.value()) {
            if (p.kind == QLatin1String("self_pay"))
                continue;
            m_payer->addItem(p.name, p.id);
        }
    }
    const int i = m_payer->findData(keep);
    m_payer->setCurrentIndex(i >= 0 ? i : 0);
}

qint64 EobFormWidget::chosenPayerId() const
{
    return m_payer->currentData().toLongLong();
}

bool EobFormWidget::addClaim(const QString &number)
{
    const QString pcn = number.trimmed();
    if (pcn.isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Warning,
                               tr("Type the claim number (patient control number) first."));
        m_claimNumber->setFocus();
        return false;
    }
    auto found = m_claimService.claimByControlNumber(pcn);
    if (!found) {
        m_message->showError(tr("Paper EOB"), found.error());
        return false;
    }
    if (!found.value()) {
        m_message->showMessage(InlineMessage::Severity::Warning,
                               tr("No claim has the number %1. Check the number on the EOB.")
                                       .arg(pcn));
        m_claimNumber->selectAll();
        return false;
    }
    const qint64 claimId = *found.value();
    for (const auto &c : m_claims) {
        if (c->form.claimId == claimId) {
            m_message->showMessage(InlineMessage::Severity::Warning,
                                   tr("Claim %1 is already on this check.").arg(pcn));
            return false;
        }
    }
    auto form = m_posting.eobForm(claimId);
    if (!form) {
        m_message->showError(tr("Paper EOB"), form.error());
        return false;
    }
    const qint64 payer = chosenPayerId();
    if (payer == 0) {
        // The first claim names the payer when the biller has not chosen one.
        if (const int i = m_payer->findData(form->payerId); i >= 0)
            m_payer->setCurrentIndex(i);
    } else if (form->payerId != 0 && form->payerId != payer) {
        m_message->showMessage(InlineMessage::Severity::Warning,
                               tr("Claim %1 was billed to %2, not to %3: it cannot be on this "
                                  "check.")
                                       .arg(pcn, form->payerName, m_payer->currentText()));
        return false;
    }
    m_message->clearMessage();
    auto claim = std::make_unique<ClaimBox>();
    claim->key = m_nextKey++;
    claim->form = form.value();
    buildClaimBox(*claim);
    ClaimBox *added = claim.get();
    m_claims.push_back(std::move(claim));
    m_noClaims->hide();
    m_claimNumber->clear();
    updateBalances();
    if (!added->lines.empty())
        added->lines.front()->allowed->setFocus(Qt::OtherFocusReason);
    return true;
}

void EobFormWidget::buildClaimBox(ClaimBox &claim)
{
    const EobForm &form = claim.form;
    const QString key = QString::number(claim.key);
    auto *box = new QFrame;
    box->setFrameShape(QFrame::StyledPanel);
    box->setObjectName(QStringLiteral("eobClaim_%1").arg(key));
    claim.box = box;
    auto *v = new QVBoxLayout(box);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(
            //: claim header on the EOB form: claim number, patient, payer, state
            tr("<b>%1</b> · %2 · %3 · %4")
                    .arg(form.patientControlNumber.toHtmlEscaped(),
                         form.patientName.toHtmlEscaped(), form.payerName.toHtmlEscaped(),
                         form.state.toHtmlEscaped()));
    head->addWidget(title, 1);
    claim.status = new QComboBox;
    claim.status->setObjectName(QStringLiteral("eobStatus_%1").arg(key));
    claim.status->setAccessibleName(tr("Claim status on the EOB"));
    claim.status->addItem(tr("Processed as primary"), QStringLiteral("1"));
    claim.status->addItem(tr("Processed as secondary"), QStringLiteral("2"));
    claim.status->addItem(tr("Processed as tertiary"), QStringLiteral("3"));
    claim.status->addItem(tr("Denied"), QStringLiteral("4"));
    claim.payerClaimNumber = new QLineEdit;
    claim.payerClaimNumber->setObjectName(QStringLiteral("eobPayerClaimNumber_%1").arg(key));
    claim.payerClaimNumber->setAccessibleName(tr("Payer's claim number"));
    claim.payerClaimNumber->setPlaceholderText(tr("Payer's claim number"));
    claim.payerClaimNumber->setToolTip(tr("The payer's number for the claim, as printed on the "
                                          "EOB: needed for a later correction"));
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("eobRemoveClaim_%1").arg(key));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Take this claim off the check"));
    head->addWidget(claim.status);
    head->addWidget(claim.payerClaimNumber);
    head->addWidget(remove);
    v->addLayout(head);

    auto *grid = new QGridLayout;
    v->addLayout(grid);
    // In the window before the lines are made, so their tab order can be set (before the
    // stretch at the end).
    m_claimsLayout->insertWidget(m_claimsLayout->count() - 1, box);
    const QStringList headers = {tr("Line"),    tr("Code"),    tr("Date of service"),
                                 tr("Charge"),  tr("Allowed"), tr("Paid"),
                                 tr("Adjustments (group, reason, amount)"),
                                 tr("Remark"),  tr("Balance")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()));
        grid->addWidget(h, 0, c);
    }
    const QList<remitcodes::CodeText> remarks = remitcodes::remarkCodes();
    int row = 1;
    int index = 0;
    for (const EobFormLine &l : form.lines) {
        auto line = std::make_unique<LineRow>();
        line->line = l;
        const QString lk = QStringLiteral("%1_%2").arg(key).arg(index);
        grid->addWidget(new QLabel(QString::number(l.lineNumber)), row, 0, Qt::AlignTop);
        auto *code = new QLabel(l.code);
        code->setToolTip(tr("%n unit(s)", nullptr, l.units));
        grid->addWidget(code, row, 1, Qt::AlignTop);
        grid->addWidget(new QLabel(QLocale().toString(l.serviceDate, QLocale::ShortFormat)), row,
                        2, Qt::AlignTop);
        auto *charge = new QLabel(display(l.chargeCents));
        charge->setAlignment(Qt::AlignRight | Qt::AlignTop);
        charge->setToolTip(tr("Insurance balance: %1").arg(display(l.insuranceBalanceCents)));
        grid->addWidget(charge, row, 3, Qt::AlignTop);
        line->allowed = moneyEdit(QStringLiteral("eobAllowed_%1").arg(lk),
                                  tr("Allowed, line %1").arg(l.lineNumber));
        line->paid = moneyEdit(QStringLiteral("eobPaid_%1").arg(lk),
                               tr("Paid, line %1").arg(l.lineNumber));
        grid->addWidget(line->allowed, row, 4, Qt::AlignTop);
        grid->addWidget(line->paid, row, 5, Qt::AlignTop);
        auto *adjHost = new QHBoxLayout;
        line->adjustmentLayout = new QVBoxLayout;
        line->addAdjustment = new QToolButton;
        line->addAdjustment->setObjectName(QStringLiteral("eobAddAdjustment_%1").arg(lk));
        line->addAdjustment->setText(QStringLiteral("+"));
        line->addAdjustment->setAccessibleName(tr("Add an adjustment to line %1")
                                                       .arg(l.lineNumber));
        line->addAdjustment->setToolTip(tr("Add another adjustment to this line"));
        adjHost->addLayout(line->adjustmentLayout, 1);
        adjHost->addWidget(line->addAdjustment, 0, Qt::AlignTop);
        grid->addLayout(adjHost, row, 6);
        line->remark = new QComboBox;
        line->remark->setObjectName(QStringLiteral("eobRemark_%1").arg(lk));
        line->remark->setAccessibleName(tr("Remark code, line %1").arg(l.lineNumber));
        line->remark->addItem(tr("(no remark)"), QString());
        for (const remitcodes::CodeText &r : remarks) {
            line->remark->addItem(QStringLiteral("%1 – %2").arg(r.code, r.text), r.code);
            line->remark->setItemData(line->remark->count() - 1, r.text, Qt::ToolTipRole);
        }
        line->remark->setMaximumWidth(220);
        grid->addWidget(line->remark, row, 7, Qt::AlignTop);
        line->balance = new QLabel;
        line->balance->setObjectName(QStringLiteral("eobLineBalance_%1").arg(lk));
        line->balance->setWordWrap(true);
        grid->addWidget(line->balance, row, 8, Qt::AlignTop);

        LineRow *raw = line.get();
        claim.lines.push_back(std::move(line));
        addAdjustmentRow(claim, *raw);
        connect(raw->allowed, &QLineEdit::textChanged, this, &EobFormWidget::updateBalances);
        connect(raw->paid, &QLineEdit::textChanged, this, &EobFormWidget::updateBalances);
        ClaimBox *owner = &claim;
        connect(raw->addAdjustment, &QToolButton::clicked, this, [this, owner, raw] {
            addAdjustmentRow(*owner, *raw);
            raw->adjustments.back().group->setFocus(Qt::OtherFocusReason);
        });
        ++row;
        ++index;
    }
    grid->setColumnStretch(6, 1);
    ClaimBox *owner = &claim;
    connect(remove, &QToolButton::clicked, this, [this, owner] { removeClaim(owner); });
    connect(claim.status, &QComboBox::currentIndexChanged, this, &EobFormWidget::updateBalances);
}

void EobFormWidget::addAdjustmentRow(ClaimBox &claim, LineRow &line)
{
    const int n = int(line.adjustments.size());
    const int lineIndex = [&] {
        for (size_t i = 0; i < claim.lines.size(); ++i) {
            if (claim.lines.at(i).get() == &line)
                return int(i);
        }
        return 0;
    }();
    const QString k = QStringLiteral("%1_%2_%3").arg(claim.key).arg(lineIndex).arg(n);
    AdjustmentRow a;
    a.group = new QComboBox;
    a.group->setObjectName(QStringLiteral("eobAdjGroup_%1").arg(k));
    a.group->setAccessibleName(tr("Adjustment group, line %1").arg(line.line.lineNumber));
    for (const remitcodes::CodeText &g : remitcodes::groups()) {
        a.group->addItem(QStringLiteral("%1 – %2").arg(g.code, g.text), g.code);
        a.group->setItemData(a.group->count() - 1, g.text, Qt::ToolTipRole);
    }
    a.reason = new QComboBox;
    a.reason->setObjectName(QStringLiteral("eobAdjReason_%1").arg(k));
    a.reason->setAccessibleName(tr("Adjustment reason (CARC), line %1").arg(line.line.lineNumber));
    a.reason->setToolTip(tr("Type the reason code to jump to it"));
    a.reason->addItem(tr("(reason)"), QString());
    for (const remitcodes::CodeText &r : remitcodes::adjustmentReasons()) {
        a.reason->addItem(QStringLiteral("%1 – %2").arg(r.code, r.text), r.code);
        a.reason->setItemData(a.reason->count() - 1, r.text, Qt::ToolTipRole);
    }
    a.reason->setMinimumContentsLength(18);
    a.reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    a.amount = moneyEdit(QStringLiteral("eobAdjAmount_%1").arg(k),
                         tr("Adjustment amount, line %1").arg(line.line.lineNumber));
    auto *row = new QHBoxLayout;
    row->addWidget(a.group);
    row->addWidget(a.reason, 1);
    row->addWidget(a.amount);
    line.adjustmentLayout->addLayout(row);
    // Keep the reading order for Tab: after the previous adjustment, before "+".
    QWidget *before = line.adjustments.empty() ? static_cast<QWidget *>(line.paid)
                                               : line.adjustments.back().amount;
    QWidget::setTabOrder(before, a.group);
    QWidget::setTabOrder(a.group, a.reason);
    QWidget::setTabOrder(a.reason, a.amount);
    QWidget::setTabOrder(a.amount, line.addAdjustment);
    QWidget::setTabOrder(line.addAdjustment, line.remark);
    line.adjustments.push_back(a);
    connect(a.group, &QComboBox::currentIndexChanged, this, &EobFormWidget::updateBalances);
    connect(a.reason, &QComboBox::currentIndexChanged, this, &EobFormWidget::updateBalances);
    connect(a.amount, &QLineEdit::textChanged, this, &EobFormWidget::updateBalances);
    updateBalances();
}

void EobFormWidget::removeClaim(ClaimBox *claim)
{
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        if (it->get() == claim) {
            claim->box->deleteLater();
            m_claims.erase(it);
            break;
        }
    }
    m_noClaims->setVisible(m_claims.empty());
    updateBalances();
    m_claimNumber->setFocus();
}

void EobFormWidget::updateBalances()
{
    QStringList missing;
    bool allLinesOk = true;
    qint64 paidTotal = 0;
    for (const auto &c : m_claims) {
        for (const auto &l : c->lines) {
            const auto allowed = centsOf(l->allowed);
            const auto paid = centsOf(l->paid);
            QString problem;
            qint64 adjusted = 0;
            for (const AdjustmentRow &a : l->adjustments) {
                const auto amount = centsOf(a.amount);
                if (!amount) {
                    problem = tr("✗ The adjustment \"%1\" is not an amount.")
                                      .arg(a.amount->text());
                    break;
                }
                if (*amount != 0 && a.reason->currentData().toString().isEmpty()) {
                    problem = tr("✗ Choose the reason of the %1 adjustment.")
                                      .arg(display(*amount));
                    break;
                }
                adjusted += *amount;
            }
            if (problem.isEmpty() && !allowed)
                problem = tr("✗ Allowed \"%1\" is not an amount.").arg(l->allowed->text());
            if (problem.isEmpty() && !paid)
                problem = tr("✗ Paid \"%1\" is not an amount.").arg(l->paid->text());
            if (problem.isEmpty()) {
                paidTotal += *paid;
                const qint64 difference = l->line.chargeCents - adjusted - *paid;
                if (difference != 0)
                    //: line balance: charge − adjustments = expected paid, and the difference
                    problem = tr("✗ %1 − %2 = %3, not %4 paid: off by %5")
                                      .arg(display(l->line.chargeCents), display(adjusted),
                                           display(l->line.chargeCents - adjusted),
                                           display(*paid), display(difference));
            }
            if (problem.isEmpty()) {
                l->balance->setText(tr("✓ %1 − %2 = %3 paid")
                                            .arg(display(l->line.chargeCents), display(adjusted),
                                                 display(*paid)));
                l->balance->setStyleSheet(kOkStyle);
            } else {
                allLinesOk = false;
                l->balance->setText(problem);
                l->balance->setStyleSheet(kErrorStyle);
            }
        }
    }

    const auto check = centsOf(m_checkAmount);
    const bool checkGiven = !m_checkAmount->text().trimmed().isEmpty();
    bool checkOk = false;
    if (m_claims.empty()) {
        m_checkBalance->clear();
    } else if (!check || !checkGiven) {
        m_checkBalance->setText(check ? tr("Type the check amount: the lines pay %1.")
                                                .arg(display(paidTotal))
                                      : tr("✗ The check amount \"%1\" is not an amount.")
                                                .arg(m_checkAmount->text()));
        m_checkBalance->setStyleSheet(kErrorStyle);
    } else if (*check != paidTotal) {
        m_checkBalance->setText(tr("✗ Check %1 · paid on the lines %2 · difference %3")
                                        .arg(display(*check), display(paidTotal),
                                             display(*check - paidTotal)));
        m_checkBalance->setStyleSheet(kErrorStyle);
    } else {
        checkOk = true;
        m_checkBalance->setText(tr("✓ Check %1 = paid on the lines %2")
                                        .arg(display(*check), display(paidTotal)));
        m_checkBalance->setStyleSheet(kOkStyle);
    }

    if (chosenPayerId() == 0)
        m_hint = tr("To save: choose the payer.");
    else if (m_checkNumber->text().trimmed().isEmpty())
        m_hint = tr("To save: type the check number.");
    else if (m_claims.empty())
        m_hint = tr("To save: add the claims on the check.");
    else if (!allLinesOk)
        m_hint = tr("To save: every line must balance (charge − adjustments = paid).");
    else if (!checkOk)
        m_hint = tr("To save: the check amount must equal what the lines paid.");
    else
        m_hint.clear();
    m_balanced = m_hint.isEmpty();
    m_hintLabel->setText(m_hint);
    m_save->setEnabled(m_balanced && m_session.can(Permission::PostPayments));
}

bool EobFormWidget::canSave() const
{
    return m_save->isEnabled();
}

QString EobFormWidget::saveHint() const
{
    return m_hint;
}

QString EobFormWidget::checkBalanceText() const
{
    return m_checkBalance->text();
}

QList<EobForm> EobFormWidget::forms() const
{
    QList<EobForm> out;
    for (const auto &c : m_claims)
        out.append(c->form);
    return out;
}

EobEntry EobFormWidget::entry() const
{
    EobEntry e;
    e.payerId = chosenPayerId();
    e.checkNumber = m_checkNumber->text().trimmed();
    e.checkDate = m_checkDate->date();
    e.checkAmountCents = centsOf(m_checkAmount).value_or(0);
    for (const auto &c : m_claims) {
        EobClaim claim;
        claim.claimId = c->form.claimId;
        claim.status = c->status->currentData().toString();
        claim.payerClaimNumber = c->payerClaimNumber->text().trimmed();
        for (const auto &l : c->lines) {
            EobLine line;
            line.claimLineId = l->line.claimLineId;
            line.allowedCents = centsOf(l->allowed).value_or(0);
            line.paidCents = centsOf(l->paid).value_or(0);
            for (const AdjustmentRow &a : l->adjustments) {
                const qint64 amount = centsOf(a.amount).value_or(0);
                const QString reason = a.reason->currentData().toString();
                if (amount == 0 || reason.isEmpty())
                    continue;
                line.adjustments.append(
                        PostedAdjustment{a.group->currentData().toString(), reason, amount});
            }
            if (const QString r = l->remark->currentData().toString(); !r.isEmpty())
                line.remarks.append(r);
            claim.lines.append(line);
        }
        e.claims.append(claim);
    }
    return e;
}

bool EobFormWidget::save()
{
    updateBalances();
    if (!canSave()) {
        m_message->showMessage(InlineMessage::Severity::Warning, m_hint);
        return false;
    }
    const EobEntry e = entry();
    auto result = m_posting.postEob(m_session, e, QDateTime::currentDateTimeUtc());
    if (!result) {
        m_message->showError(tr("Post paper EOB"), result.error());
        return false;
    }
    const QString payer = m_payer->currentText();
    clearForm();
    //: "Posted check 10045 from Acme Health: Posted 1 claim, $80.00 paid."
    const QString sentence = tr("Posted check %1 from %2: %3")
                                     .arg(e.checkNumber, payer, result->summary);
    m_message->showMessage(InlineMessage::Severity::Info, sentence);
    emit statusMessageRequested(sentence);
    return true;
}

void EobFormWidget::clearForm()
{
    for (const auto &c : m_claims)
        c->box->deleteLater();
    m_claims.clear();
    m_message->clearMessage();
    m_checkNumber->clear();
    m_checkAmount->clear();
    m_claimNumber->clear();
    m_checkDate->setDate(QDate::currentDate());
    m_payer->setCurrentIndex(0);
    m_noClaims->show();
    updateBalances();
    m_payer->setFocus();
}

} // namespace cc

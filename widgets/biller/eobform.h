// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/posting.h"
#include "domain/session.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace cc {

class ClaimService;
class InlineMessage;
class PostingService;
class PracticeService;

/**
 * The "Paper EOB" page of the Payments screen (issue 6 §3): a check from a payer without ERA,
 * entered by hand. The biller chooses the payer, types the check number, date and amount,
 * then adds each claim on the check by its number (PostingService::eobForm): one row per
 * service line with allowed, paid, adjustments (group and CARC from the shipped pick-list,
 * amount; "+" adds another) and a remark (RARC). Under each line the balance
 * "charge − adjustments = paid" and under the claims "check amount = Σ paid" are checked while
 * typing; Save (Ctrl+S) is enabled only when everything balances, and the service checks again
 * (its refusal is shown, nothing is posted). After a save the form clears.
 *
 * Widgets of line @c l of the @c c-th claim added are named "eobAllowed_c_l", "eobPaid_c_l",
 * "eobAdjGroup_c_l_a", "eobAdjReason_c_l_a", "eobAdjAmount_c_l_a", "eobRemark_c_l",
 * "eobLineBalance_c_l"; the claim's "eobStatus_c", "eobPayerClaimNumber_c". Reads and writes
 * only through the services.
 */
class EobFormWidget : public QWidget
{
    Q_OBJECT
public:
    EobFormWidget(const Session &session, PostingService &posting, ClaimService &claims,
                  PracticeService &practice, QWidget *parent = nullptr);
    ~EobFormWidget() override;

    /// Whether everything is filled in and balances (Save's state).
    bool canSave() const;
    /// Why Save is disabled, one sentence (empty when it is enabled).
    QString saveHint() const;
    /// The check-level balance sentence ("Check $100.00 · paid on the lines $80.00 · …").
    QString checkBalanceText() const;
    /// The entry Save would post.
    EobEntry entry() const;
    int claimCount() const { return int(m_claims.size()); }
    /// The claims on the form (what eobForm() returned for each).
    QList<EobForm> forms() const;

public slots:
    /// Loads the payers again (keeps the chosen one).
    void reloadPayers();
    /// Adds the claim with patient control number @p number. False (and why shown) if refused.
    bool addClaim(const QString &number);
    /// Posts the EOB. False (and why shown) when refused.
    bool save();
    /// Empties the form for the next check.
    void clearForm();

signals:
    void statusMessageRequested(const QString &text);
    /// Another claim (@p claimId) was asked to be shown.
    void openClaimRequested(qint64 claimId);

private:
    struct AdjustmentRow
    {
        QComboBox *group = nullptr;
        QComboBox *reason = nullptr;
        QLineEdit *amount = nullptr;
    };
    struct LineRow
    {
        EobFormLine line;
        QLineEdit *allowed = nullptr;
        QLineEdit *paid = nullptr;
        QVBoxLayout *adjustmentLayout = nullptr;
        std::vector<AdjustmentRow> adjustments;
        QToolButton *addAdjustment = nullptr;
        QComboBox *remark = nullptr;
        QLabel *balance = nullptr;
    };
    struct ClaimBox
    {
        int key = 0;
        EobForm form;
        QWidget *box = nullptr;
        QComboBox *status = nullptr;
        QLineEdit *payerClaimNumber = nullptr;
        std::vector<std::unique_ptr<LineRow>> lines;
    };

    void buildClaimBox(ClaimBox &claim);
    void addAdjustmentRow(ClaimBox &claim, LineRow &line);
    void removeClaim(ClaimBox *claim);
    void updateBalances();
    qint64 chosenPayerId() const;

    Session m_session;
    PostingService &m_posting;
    ClaimService &m_claimService;
    PracticeService &m_practice;
    int m_nextKey = 0;
    std::vector<std::unique_ptr<ClaimBox>> m_claims;
    QString m_hint;
    bool m_balanced = false;

    InlineMessage *m_message = nullptr;
    QComboBox *m_payer = nullptr;
    QLineEdit *m_checkNumber = nullptr;
    QDateEdit *m_checkDate = nullptr;
    QLineEdit *m_checkAmount = nullptr;
    QLineEdit *m_claimNumber = nullptr;
    QPushButton *m_addClaim = nullptr;
    QVBoxLayout *m_claimsLayout = nullptr;
    QLabel *m_noClaims = nullptr;
    QLabel *m_checkBalance = nullptr;
    QLabel *m_hintLabel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace cc {

class AgingModel;
class ArService;
class FollowUpModel;
class InlineMessage;

/**
 * The A/R workspace (issue 6 §6), three pages:
 *  - **Aging by payer** and **Aging by patient**: the insurance balance of the claims sent by
 *    days since the DOS (0–30 … 120+), its total, the patient balance beside it, a totals row;
 *  - **Follow-up**: unpaid claims past their payer's expected days whose next-action date has
 *    come, oldest first. Below, the claim's notes and a note editor with an optional
 *    next-action date; Ctrl+S saves the note (the claim leaves the list until that date).
 *    Enter (or "Open claim") asks the main window to show the claim.
 * Reads and writes only through ArService; reloads when it says follow-up changed.
 */
class ReceivablesWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page { ByPayer, ByPatient, FollowUp };

    ReceivablesWidget(const Session &session, ArService &receivables, QWidget *parent = nullptr);

    AgingModel *payerModel() const { return m_payerModel; }
    AgingModel *patientModel() const { return m_patientModel; }
    FollowUpModel *followUpModel() const { return m_followUpModel; }
    /// The claim selected on the Follow-up page (0 when none).
    qint64 currentClaimId() const;

    void showPage(Page page);
    Page currentPage() const;

public slots:
    void reload();
    /// Saves the note in the editor on the selected claim.
    bool saveNote();
    /// Emits openClaimRequested() for the selected follow-up claim.
    bool openCurrentClaim();

signals:
    void openClaimRequested(qint64 claimId);
    void statusMessageRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildAgingPage(AgingModel *model, QTableView **table, const QString &objectName,
        const QString &accessibleName);
    QWidget *buildFollowUpPage();
    void showCurrentClaim();
    void retranslateTabs();

    Session m_session;
    ArService &m_ar;
    QTabWidget *m_tabs = nullptr;
    InlineMessage *m_message = nullptr;
    AgingModel *m_payerModel = nullptr;
    AgingModel *m_patientModel = nullptr;
    FollowUpModel *m_followUpModel = nullptr;
    QTableView *m_payerTable = nullptr;
    QTableView *m_patientTable = nullptr;
    QTableView *m_followUpTable = nullptr;
    QLabel *m_followUpEmpty = nullptr;
    QTextBrowser *m_notes = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QCheckBox *m_hasNextAction = nullptr;
    QDateEdit *m_nextAction = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace cc

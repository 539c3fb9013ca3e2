// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cc {

class ClaimService;
class DenialModel;
class DenialService;
class InlineMessage;
struct DenialItem;

/**
 * The Denials workspace (issue 6 §4): the denials left open by posted remittances, grouped by
 * reason, payer or age ("denialGroupBy"), narrowed by a filter box ("denialFilterBox", Ctrl+F)
 * and a state choice ("denialStateFilter"); the list ("denialTable", J/K move, Enter opens the
 * claim); the detail pane ("denialDetail": claim, lines, reason and remark texts, the payer's
 * claim number, history) and the actions, each asking why:
 *  - "resubmitButton" Ctrl+R: a corrected claim (frequency 7), then opens it in Claims;
 *  - "appealButton" Ctrl+Shift+A: the letter in an editor, saved as a PDF, denial appealed;
 *  - "writeOffButton" Ctrl+Shift+W: managers only (hidden for others; the service checks too);
 *  - "transferButton" Ctrl+Shift+T: the open amount to the patient;
 *  - "noteButton" Ctrl+Shift+N: a note in the history.
 * Reads and writes only through DenialService; reloads when it (or ClaimService) says so.
 */
class DenialsWidget : public QWidget
{
    Q_OBJECT
public:
    DenialsWidget(const Session &session, DenialService &denials, ClaimService &claims,
                  QWidget *parent = nullptr);

    DenialModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The denial of the current row (0 when none).
    qint64 currentDenialId() const;
    bool selectDenial(qint64 denialId);
    /// Where appeal letters are saved without asking (empty: a file dialog asks).
    void setAppealFolder(const QString &folder) { m_appealFolder = folder; }
    QString lastAppealPdf() const { return m_lastAppealPdf; }

public slots:
    void reload();
    /// Each asks for the reason in a dialog, then acts on the current denial.
    void resubmitCurrent();
    void appealCurrent();
    void writeOffCurrent();
    void transferCurrent();
    void addNoteToCurrent();
    /// Emits openClaimRequested() for the current denial's claim.
    bool openCurrentClaim();

signals:
    void openClaimRequested(qint64 claimId);
    void statusMessageRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    void showDetail();
    void updateSummary();
    const DenialItem *current() const;
    /// Asks for a reason; empty when the biller cancelled.
    QString askReason(const QString &title, const QString &prompt, const QString &okText);
    bool report(const QString &title, const Error &error);

    Session m_session;
    DenialService &m_denials;
    ClaimService &m_claims;
    DenialModel *m_model = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QString m_appealFolder;
    QString m_lastAppealPdf;

    QLabel *m_groupLabel = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    InlineMessage *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_resubmit = nullptr;
    QPushButton *m_appeal = nullptr;
    QPushButton *m_writeOff = nullptr;
    QPushButton *m_transfer = nullptr;
    QPushButton *m_note = nullptr;
};

} // namespace cc

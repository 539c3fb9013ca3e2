// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/session.h"
#include "itemmodels/claimlistmodel.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cc {

class ClaimForm;
class ClaimService;
class InlineMessage;
class PracticeService;

/**
 * The biller's Claims workspace (issue 5 §1, §4, §5). Left, the claims with a state filter
 * (ready to send, drafts, rejected, submitted, accepted, all; with counts) and a text filter
 * (Ctrl+F); right, the selected claim laid out as on a CMS-1500 (ClaimForm) with where each
 * value came from, its findings — re-run 250 ms after every change through
 * ClaimService::preview() — and its history of submissions and acknowledgements.
 *
 * Actions: Save (Ctrl+S), Print CMS-1500 (Ctrl+P), Replacement claim (Ctrl+Shift+R), Void
 * claim (Ctrl+Shift+V), Override finding (Ctrl+Shift+O), Scrub drafts (F9) and Send ready
 * claims (Ctrl+Shift+Enter). Sending belongs to SubmissionService: this widget only emits
 * sendRequested() and the main window does the rest. The list follows
 * ClaimService::claimsChanged; unsaved edits are never replaced behind the biller's back.
 */
class ClaimsWidget : public QWidget
{
    Q_OBJECT
public:
    /// The state filter, in the order of its combo box.
    using StateFilter = ClaimFilterProxy::Preset;

    ClaimsWidget(const Session &session, ClaimService &claims, PracticeService &practice,
                 QWidget *parent = nullptr);

    ClaimListModel *model() const { return m_model; }
    /// The filtered, sorted view of model() that the table shows.
    ClaimFilterProxy *proxy() const { return m_proxy; }
    ClaimForm *form() const { return m_form; }
    /// The claim shown on the right (0 when none).
    qint64 currentClaimId() const { return m_current.summary.id; }
    /// The claim as loaded or as last previewed (its findings are the ones listed).
    const ClaimRecord &currentClaim() const { return m_current; }
    StateFilter stateFilter() const;
    /// True while the shown claim has edits that are not saved.
    bool isModified() const { return m_dirty; }

public slots:
    void reload();
    /// Reloads the list after work done elsewhere (another screen, another seat); the form is
    /// reloaded only when its claim changed.
    void refreshFromElsewhere();
    /// Shows claim @p id, widening the filter when it hides it; false when there is no such
    /// claim (or the biller kept unsaved edits of another one).
    bool openClaim(qint64 id);
    void setStateFilter(cc::ClaimFilterProxy::Preset filter);
    void setTextFilter(const QString &text);
    /// Runs the pending preview at once (the timer does it 250 ms after the last change).
    void previewNow();
    bool saveCurrent();
    /// Throws the unsaved edits away and shows the claim as stored.
    void revertCurrent();
    /// Asks where, then writes the CMS-1500 PDF of the shown claim.
    bool printCurrent();
    bool printCurrentTo(const QString &path);
    /// Asks for confirmation, then makes a replacement ("7") or void ("8") claim.
    bool correctCurrent(const QString &frequency);
    bool correctCurrentWith(const QString &frequency);
    /// Asks for the reason, then overrides the selected error finding.
    bool overrideSelected();
    bool overrideSelectedWith(const QString &reason);
    /// Scrubs every draft claim; returns how many are ready, or -1 on error.
    int scrubDrafts();
    /// Emits sendRequested() with the selected ready claims, or all ready ones when none is
    /// selected.
    void requestSend();

signals:
    /// The biller asked to send these ready claims as an 837P (SubmissionService::submit).
    void sendRequested(const QList<qint64> &claimIds);
    void statusMessageRequested(const QString &text);
    /// Another claim is shown (0: none).
    void currentClaimChanged(qint64 claimId);

private:
    void buildUi();
    void buildActions();
    /// A push button that mirrors @p action (text, enabled, tooltip) and triggers it.
    QPushButton *actionButton(QAction *action, const QString &objectName);
    void currentRowChanged(const QModelIndex &current);
    bool loadClaim(qint64 id);
    void clearClaim();
    /// Reloads the list; with @p keepForm the form is reloaded only when its claim changed.
    void reloadList(bool keepForm);
    /// Selects @p keep when it is listed, else the row at @p fallbackRow; opens it when the
    /// shown claim may change (no unsaved edits) and @p refresh or it is another claim.
    void selectAfterChange(qint64 keep, int fallbackRow, bool refresh);
    /// With unsaved edits: asks to save, discard or stay. True when the biller may go on.
    bool maySwitchAway();
    void formEdited();
    void updateFilterCounts();
    void fitColumns();
    void updateEmptyText();
    void updateActions();
    void showFailure(const QString &title, const Error &error);
    /// Saves the shown claim and says how it stands; the list is left for the caller.
    bool store();
    QList<qint64> readyIdsToSend() const;

    Session m_session;
    ClaimService &m_claims;
    PracticeService &m_practice;
    ClaimListModel *m_model = nullptr;
    ClaimFilterProxy *m_proxy = nullptr;
    ClaimRecord m_current;
    QSet<qint64> m_sendable; ///< ready claims with a payer to send them to
    bool m_dirty = false;
    bool m_busy = false;      ///< a service call of ours is running: its signal is ours
    bool m_selecting = false; ///< the selection is being set by code, not by the biller
    bool m_previewRefused = false; ///< the message shows why the last preview was refused
    QTimer *m_previewTimer = nullptr;

    InlineMessage *m_message = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    ClaimForm *m_form = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_voidAction = nullptr;
    QAction *m_overrideAction = nullptr;
    QAction *m_scrubAction = nullptr;
    QAction *m_sendAction = nullptr;
};

} // namespace cc

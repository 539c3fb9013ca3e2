// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace cc {

class AckModel;
class AckView;
class BatchClaimModel;
class BatchModel;
class BatchView;
class ClaimService;
class InlineMessage;
class SubmissionService;

/**
 * The biller's Submissions screen (issue 5 §2–§3), three pages:
 *  - **Ready & batches** (BatchView): the ready claims, "Write 837P batch…" (Ctrl+E), the
 *    batches written with their claims and file;
 *  - **Acknowledgements** (AckView): "Import 999 / 277CA…" (Ctrl+I) and the files read;
 *  - **Rejections**: the rejected claims with the payer's reason in full; "Open claim" (Enter)
 *    asks the main window to show the claim, where the biller fixes and saves it (a fixed
 *    claim is ready again).
 * The tab titles carry the counts. Everything reloads when SubmissionService or ClaimService
 * says something changed. Reads and writes only through the two services.
 */
class SubmissionsWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Batches, Acknowledgements, Rejections };

    SubmissionsWidget(const Session &session, SubmissionService &submissions, ClaimService &claims,
        QWidget *parent = nullptr);

    BatchView *batchView() const { return m_batches; }
    AckView *ackView() const { return m_acks; }
    BatchClaimModel *readyModel() const;
    BatchModel *batchModel() const;
    /// The claims of the batch selected on the first page.
    BatchClaimModel *batchClaimModel() const;
    AckModel *ackModel() const;
    BatchClaimModel *rejectionModel() const { return m_rejectionModel; }
    /// The rejected claim selected on the Rejections page (0 when none).
    qint64 currentRejectionId() const;

    void showPage(Page page);
    Page currentPage() const;

public slots:
    /// Reads every page again, keeping each list's selection.
    void reload();
    /// See BatchView::submitTo(): writes every batch into @p directory without dialogs.
    bool submitTo(const QList<qint64> &claimIds, const QString &directory);
    /// See AckView::importFile(): reads an acknowledgement file without dialogs.
    bool importFile(const QString &path);
    /// Emits openClaimRequested() for the selected rejected claim.
    bool openCurrentRejection();

signals:
    /// The biller asked to see (and fix) a claim.
    void openClaimRequested(qint64 claimId);
    void statusMessageRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildRejectionsPage();
    void reloadRejections();
    void showRejection();
    void retranslateTabs();

    Session m_session;
    SubmissionService &m_submissions;
    ClaimService &m_claims;
    QTimer *m_reloadTimer = nullptr;

    QTabWidget *m_tabs = nullptr;
    BatchView *m_batches = nullptr;
    AckView *m_acks = nullptr;
    BatchClaimModel *m_rejectionModel = nullptr;
    InlineMessage *m_rejectionMessage = nullptr;
    QTableView *m_rejectionTable = nullptr;
    QLabel *m_rejectionEmpty = nullptr;
    QLabel *m_rejectionDetail = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace cc

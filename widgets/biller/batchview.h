// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/session.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cc {

class BatchClaimModel;
class BatchModel;
class ClaimService;
class InlineMessage;
class SubmissionService;

/**
 * An X12 file as people read it: one segment per line whatever the file's own terminator
 * (taken from ISA, X12.md §5) and line breaks, CR LF turned into LF. Bytes that are not UTF-8
 * are shown as Latin-1 so nothing is hidden.
 */
QString x12ForReading(const QByteArray &data);

/**
 * The first page of the biller's Submissions screen: the ready claims with a check box each,
 * "Write 837P batch…" (Ctrl+E, on the Submissions screen) that sends the ticked ones through
 * SubmissionService::submit() and saves each interchange written, the claims left out with
 * their reason, and below the batches written, with the selected batch's claims and its file
 * as written ("Save file again…"). Owned by SubmissionsWidget; reads only through the services.
 */
class BatchView : public QWidget
{
    Q_OBJECT
public:
    BatchView(const Session &session, SubmissionService &submissions, ClaimService &claims,
        QWidget *parent = nullptr);

    BatchClaimModel *readyModel() const { return m_readyModel; }
    BatchModel *batchModel() const { return m_batchModel; }
    /// The claims of the selected batch.
    BatchClaimModel *batchClaimModel() const { return m_batchClaimModel; }
    /// The batch selected in the list (0 when none).
    qint64 currentBatchId() const;
    /// The selected batch's file exactly as written (empty when none).
    QByteArray currentBatchContent() const { return m_content; }
    int readyCount() const;

public slots:
    /// Reads the ready claims and the batches again, keeping the ticks and the selection.
    void reload();
    /**
     * Submits the ticked claims and asks where to save each batch written (the default name
     * is the batch's file name). A batch whose file is not saved is still kept: "Save file
     * again…" writes it later.
     */
    bool writeBatch();
    /**
     * Submits @p claimIds (every ready claim when empty) and writes each batch into
     * @p directory under its file name, without asking: the keyboard-free path for tests and
     * scripts. True when at least one batch was written and every file saved.
     */
    bool submitTo(const QList<qint64> &claimIds, const QString &directory);
    /// Asks where, then saves the selected batch's file again, byte for byte.
    bool saveBatchAgain();
    /// Saves the selected batch's file to @p path without asking.
    bool saveBatchTo(const QString &path);

signals:
    void statusMessageRequested(const QString &text);
    void openClaimRequested(qint64 claimId);
    /// The number of ready claims or batches may have changed (for the tab title).
    void countsChanged();

private:
    struct Saved
    {
        QStringList paths;
        QStringList notSaved; ///< batches whose save was cancelled
        QStringList failures; ///< "file: reason"
    };
    std::optional<SubmissionResult> submit(const QList<qint64> &claimIds);
    void report(const SubmissionResult &result, const Saved &saved);
    void showBatch();
    void updateActions();
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);

    Session m_session;
    SubmissionService &m_submissions;
    ClaimService &m_claims;
    BatchClaimModel *m_readyModel = nullptr;
    BatchModel *m_batchModel = nullptr;
    BatchClaimModel *m_batchClaimModel = nullptr;
    QByteArray m_content;
    QByteArray m_shownContent; ///< what the file view holds
    QString m_fileName;

    InlineMessage *m_message = nullptr;
    InlineMessage *m_skipped = nullptr;
    QTableView *m_readyTable = nullptr;
    QLabel *m_readyEmpty = nullptr;
    QLabel *m_ticked = nullptr;
    QPushButton *m_checkAll = nullptr;
    QPushButton *m_checkNone = nullptr;
    QPushButton *m_write = nullptr;
    QTableView *m_batchTable = nullptr;
    QLabel *m_batchEmpty = nullptr;
    QLabel *m_batchHeader = nullptr;
    QTableView *m_batchClaims = nullptr;
    QPlainTextEdit *m_file = nullptr;
    QPushButton *m_saveAgain = nullptr;
};

} // namespace cc

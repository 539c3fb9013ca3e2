// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/posting.h"
#include "domain/session.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace cc {

class ClaimService;
class EobFormWidget;
class EraPreviewModel;
class InlineMessage;
class MatchCandidateModel;
class PostingService;
class PracticeService;
class RemittanceModel;
class UnmatchedModel;

/**
 * The biller's Payments screen (issue 6 §2–§3), three pages:
 *  - **ERA**: "Open 835…" (Ctrl+I) reads a file through PostingService::previewEra() and
 *    shows what posting would do (payments → claims → lines, with a one-sentence headline);
 *    reader errors and a payment already posted are listed in red with their segment and
 *    keep "Post" disabled. "Post" (Ctrl+Return) posts the whole file or nothing. Below, the
 *    remittances posted (Ctrl+F filters) and the selected one's content.
 *  - **Unmatched ERA**: ERA claims that matched no claim of ours; the selected one's likely
 *    claims with the reason each is listed. "Match…" (Ctrl+M) posts it to the chosen claim
 *    (or to the claim number typed) with an optional note; "Not ours…" (Ctrl+D) dismisses it
 *    with a reason.
 *  - **Paper EOB** (EobFormWidget): a check typed from paper.
 * Enter on a matched claim asks the main window to open it. Everything reloads when
 * PostingService::postingsChanged() fires. Reads and writes only through the services.
 */
class PaymentsWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Era, Unmatched, PaperEob };

    PaymentsWidget(const Session &session, PostingService &posting, ClaimService &claims,
                   PracticeService &practice, QWidget *parent = nullptr);

    EraPreviewModel *previewModel() const { return m_previewModel; }
    RemittanceModel *remittanceModel() const { return m_remittanceModel; }
    EraPreviewModel *remittanceDetailModel() const { return m_detailModel; }
    UnmatchedModel *unmatchedModel() const { return m_unmatchedModel; }
    MatchCandidateModel *candidateModel() const { return m_candidateModel; }
    EobFormWidget *eobForm() const { return m_eob; }

    /// The preview shown (empty before a file is opened and after it is posted).
    const EraPreview &preview() const { return m_preview; }
    /// Whether "Post" is enabled.
    bool canPost() const;
    /// The errors listed under the preview, one per line.
    QStringList errorLines() const;
    /// The headline sentence of the preview.
    QString headline() const;
    /// The remittance selected in the list (0 when none).
    qint64 currentRemittanceId() const;
    /// The unmatched ERA claim selected (nullptr when none).
    const UnmatchedEraClaim *currentUnmatched() const;

    void showPage(Page page);
    Page currentPage() const;

public slots:
    void reload();
    /// Asks for an 835, then previews it.
    bool openWithDialog();
    /// Reads and previews @p path without asking. False (and why shown) when it cannot be read.
    bool openFile(const QString &path);
    /// Posts the file previewed. False (and why shown) when refused.
    bool post();
    /// Asks for an optional note, then matchCurrentTo().
    bool matchWithDialog();
    /// Posts the selected unmatched ERA claim to the claim number typed, else to the selected
    /// candidate, with @p note.
    bool matchCurrent(const QString &note);
    /// Asks for a reason, then dismissCurrent().
    bool dismissWithDialog();
    /// Marks the selected unmatched ERA claim not ours, with @p reason.
    bool dismissCurrent(const QString &reason);

signals:
    /// The biller asked to see a claim.
    void openClaimRequested(qint64 claimId);
    void statusMessageRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEraPage();
    QWidget *buildUnmatchedPage();
    void showPreview();
    void reloadRemittances();
    void showRemittance();
    void reloadUnmatched();
    void showCandidates();
    void updateMatchButtons();
    void openTreeClaim(QTreeView *tree);
    void focusFilter();
    void retranslateTabs();

    Session m_session;
    PostingService &m_posting;
    ClaimService &m_claims;
    PracticeService &m_practice;
    QTimer *m_reloadTimer = nullptr;
    EraPreview m_preview;
    QByteArray m_content;
    QString m_fileName;
    qint64 m_shownRemittance = -1;

    QTabWidget *m_tabs = nullptr;
    // ERA page
    QPushButton *m_open = nullptr;
    QPushButton *m_post = nullptr;
    InlineMessage *m_eraMessage = nullptr;
    QLabel *m_headline = nullptr;
    QListWidget *m_errors = nullptr;
    QLabel *m_previewEmpty = nullptr;
    EraPreviewModel *m_previewModel = nullptr;
    QTreeView *m_previewTree = nullptr;
    RemittanceModel *m_remittanceModel = nullptr;
    QSortFilterProxyModel *m_remittanceProxy = nullptr;
    QLineEdit *m_remittanceFilter = nullptr;
    QTableView *m_remittanceTable = nullptr;
    QLabel *m_remittanceEmpty = nullptr;
    QLabel *m_detailHeader = nullptr;
    EraPreviewModel *m_detailModel = nullptr;
    QTreeView *m_detailTree = nullptr;
    // Unmatched page
    InlineMessage *m_unmatchedMessage = nullptr;
    UnmatchedModel *m_unmatchedModel = nullptr;
    QSortFilterProxyModel *m_unmatchedProxy = nullptr;
    QLineEdit *m_unmatchedFilter = nullptr;
    QTableView *m_unmatchedTable = nullptr;
    QLabel *m_unmatchedEmpty = nullptr;
    QLabel *m_candidateTitle = nullptr;
    MatchCandidateModel *m_candidateModel = nullptr;
    QTableView *m_candidateTable = nullptr;
    QLineEdit *m_matchNumber = nullptr;
    QPushButton *m_match = nullptr;
    QPushButton *m_dismiss = nullptr;
    // Paper EOB page
    EobFormWidget *m_eob = nullptr;
};

} // namespace cc

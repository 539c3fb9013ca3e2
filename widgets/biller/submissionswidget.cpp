// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionswidget.h"
#include "ackview.h"
#include "batchview.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "itemmodels/ackmodel.h"
#include "itemmodels/batchclaimmodel.h"
#include "itemmodels/batchmodel.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

SubmissionsWidget::SubmissionsWidget(
    const Session &session, SubmissionService &submissions, ClaimService &claims, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_submissions(submissions)
    , m_claims(claims)
{
    setObjectName(QStringLiteral("submissions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("submissionsTabs"));
    m_tabs->setDocumentMode(true);
    m_batches = new BatchView(m_session, m_submissions, m_claims);
    m_acks = new AckView(m_session, m_submissions);
    m_tabs->addTab(m_batches, QString());
    m_tabs->addTab(m_acks, QString());
    m_tabs->addTab(buildRejectionsPage(), QString());
    layout->addWidget(m_tabs);

    connect(m_batches, &BatchView::statusMessageRequested, this,
        &SubmissionsWidget::statusMessageRequested);
    connect(
        m_batches, &BatchView::openClaimRequested, this, &SubmissionsWidget::openClaimRequested);
    connect(m_batches, &BatchView::countsChanged, this, &SubmissionsWidget::retranslateTabs);
    connect(
        m_acks, &AckView::statusMessageRequested, this, &SubmissionsWidget::statusMessageRequested);

    // A submission or an acknowledgement moves many claims at once and the services may say
    // so more than once: one reload after the event loop settles.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &SubmissionsWidget::reload);
    connect(&m_submissions, &SubmissionService::submissionsChanged, m_reloadTimer,
        qOverload<>(&QTimer::start));
    connect(&m_claims, &ClaimService::claimsChanged, m_reloadTimer, qOverload<>(&QTimer::start));

    auto shortcut = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        showPage(Page::Batches);
        m_batches->writeBatch();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        showPage(Page::Acknowledgements);
        m_acks->importWithDialog();
    });
    retranslateTabs();
    reload();
}

QWidget *SubmissionsWidget::buildRejectionsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("rejectionsPage"));
    auto *layout = new QVBoxLayout(page);
    m_rejectionMessage = new InlineMessage;
    m_rejectionMessage->setObjectName(QStringLiteral("rejectionMessage"));
    layout->addWidget(m_rejectionMessage);
    auto *title = new QLabel(tr("<b>Rejected claims</b> — open a claim (Enter), fix what the "
                                "payer names and save it: it is ready to send again."));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_rejectionModel = new BatchClaimModel(this);
    m_rejectionTable = new QTableView;
    m_rejectionTable->setObjectName(QStringLiteral("rejectionTable"));
    m_rejectionTable->setAccessibleName(tr("Rejected claims"));
    m_rejectionTable->setModel(m_rejectionModel);
    m_rejectionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rejectionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectionTable->setAlternatingRowColors(true);
    m_rejectionTable->setWordWrap(true);
    m_rejectionTable->verticalHeader()->hide();
    m_rejectionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectionTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectionTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rejectionTable->setColumnHidden(int(BatchClaimModel::Column::State), true);
    m_rejectionTable->setColumnHidden(int(BatchClaimModel::Column::Charge), true);
    layout->addWidget(m_rejectionTable, 1);
    m_rejectionEmpty = new QLabel(tr("No claim is rejected. When a 999 or 277CA rejects a "
                                     "claim it appears here with the payer's reason."));
    m_rejectionEmpty->setObjectName(QStringLiteral("rejectionEmpty"));
    m_rejectionEmpty->setWordWrap(true);
    m_rejectionEmpty->setEnabled(false);
    layout->addWidget(m_rejectionEmpty);
    auto *detailFrame = new QFrame;
    detailFrame->setFrameShape(QFrame::StyledPanel);
    auto *bottom = new QHBoxLayout(detailFrame);
    m_rejectionDetail = new QLabel;
    m_rejectionDetail->setObjectName(QStringLiteral("rejectionDetail"));
    m_rejectionDetail->setTextFormat(Qt::RichText);
    m_rejectionDetail->setWordWrap(true);
    m_rejectionDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectionDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_open = new QPushButton(tr("&Open claim"));
    m_open->setObjectName(QStringLiteral("openClaimButton"));
    m_open->setToolTip(tr("Show the claim to fix and save it (Enter)"));
    bottom->addWidget(m_rejectionDetail, 1);
    bottom->addWidget(m_open, 0, Qt::AlignTop);
    layout->addWidget(detailFrame);

    auto *keys = new WorkListKeys(m_rejectionTable);
    connect(keys, &WorkListKeys::openRequested, this, &SubmissionsWidget::openCurrentRejection);
    connect(m_rejectionTable, &QTableView::doubleClicked, this,
        &SubmissionsWidget::openCurrentRejection);
    connect(m_open, &QPushButton::clicked, this, &SubmissionsWidget::openCurrentRejection);
    connect(m_rejectionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SubmissionsWidget::showRejection);
    return page;
}

BatchClaimModel *SubmissionsWidget::readyModel() const
{
    return m_batches->readyModel();
}

BatchModel *SubmissionsWidget::batchModel() const
{
    return m_batches->batchModel();
}

BatchClaimModel *SubmissionsWidget::batchClaimModel() const
{
    return m_batches->batchClaimModel();
}

AckModel *SubmissionsWidget::ackModel() const
{
    return m_acks->ackModel();
}

qint64 SubmissionsWidget::currentRejectionId() const
{
    const ClaimSummary *c = m_rejectionModel->claimAt(m_rejectionTable->currentIndex().row());
    return c ? c->id : 0;
}

void SubmissionsWidget::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

SubmissionsWidget::Page SubmissionsWidget::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void SubmissionsWidget::reload()
{
    m_reloadTimer->stop();
    m_batches->reload();
    m_acks->reload();
    reloadRejections();
    retranslateTabs();
}

void SubmissionsWidget::reloadRejections()
{
    const qint64 keep = currentRejectionId();
    const int keepRow = m_rejectionTable->currentIndex().row();
    auto rejected = m_claims.rejections();
    if (!rejected) {
        m_rejectionMessage->showError(tr("Rejections"), rejected.error());
    } else {
        m_rejectionMessage->clearMessage();
        const QSignalBlocker block(m_rejectionTable->selectionModel());
        m_rejectionModel->setClaims(rejected.value());
    }
    // Every column but the reason fits its contents; the reason takes the rest and wraps.
    for (int c = 0; c < int(BatchClaimModel::Column::Reason); ++c)
        m_rejectionTable->resizeColumnToContents(c);
    m_rejectionEmpty->setVisible(m_rejectionModel->rowCount() == 0);
    int row = m_rejectionModel->rowOf(keep);
    if (row < 0 && m_rejectionModel->rowCount() > 0)
        row = std::clamp(keepRow, 0, m_rejectionModel->rowCount() - 1);
    {
        const QSignalBlocker block(m_rejectionTable->selectionModel());
        if (row >= 0)
            m_rejectionTable->setCurrentIndex(m_rejectionModel->index(row, 0));
    }
    showRejection();
}

void SubmissionsWidget::showRejection()
{
    const ClaimSummary *c = m_rejectionModel->claimAt(m_rejectionTable->currentIndex().row());
    m_open->setEnabled(c != nullptr);
    if (!c) {
        m_rejectionDetail->clear();
        return;
    }
    const QString payer = c->payerName.isEmpty() ? tr("Self-pay") : c->payerName;
    const QString reason
        = c->statusMessage.isEmpty() ? tr("The acknowledgement gave no reason.") : c->statusMessage;
    m_rejectionDetail->setText(
        //: claim number, patient, payer, date of service, times sent; then the reason
        tr("<b>%1</b> · %2 · %3 · %4 · times sent: %5<br><b>Reason:</b> %6")
            .arg(c->patientControlNumber.toHtmlEscaped(), c->patientName.toHtmlEscaped(),
                payer.toHtmlEscaped(), QLocale().toString(c->dateOfService, QLocale::ShortFormat),
                QString::number(c->submissionCount), reason.toHtmlEscaped()));
}

bool SubmissionsWidget::openCurrentRejection()
{
    const qint64 id = currentRejectionId();
    if (id == 0)
        return false;
    emit openClaimRequested(id);
    return true;
}

bool SubmissionsWidget::submitTo(const QList<qint64> &claimIds, const QString &directory)
{
    const bool ok = m_batches->submitTo(claimIds, directory);
    reload();
    return ok;
}

bool SubmissionsWidget::importFile(const QString &path)
{
    const bool ok = m_acks->importFile(path);
    if (ok)
        reload();
    return ok;
}

void SubmissionsWidget::retranslateTabs()
{
    m_tabs->setTabText(
        int(Page::Batches), tr("&Ready && batches (%1)").arg(m_batches->readyCount()));
    m_tabs->setTabToolTip(
        int(Page::Batches), tr("Claims ready to send, and the 837P batches written"));
    m_tabs->setTabText(int(Page::Acknowledgements), tr("Ac&knowledgements"));
    m_tabs->setTabToolTip(
        int(Page::Acknowledgements), tr("999 and 277CA files read from the clearinghouse"));
    m_tabs->setTabText(
        int(Page::Rejections), tr("Re&jections (%1)").arg(m_rejectionModel->rowCount()));
    m_tabs->setTabToolTip(int(Page::Rejections), tr("Rejected claims to fix and send again"));
}

void SubmissionsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateTabs();
    QWidget::changeEvent(event);
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchview.h"
#include "common/inlinemessage.h"
#include "common/worklistkeys.h"
#include "domain/money.h"
#include "itemmodels/batchclaimmodel.h"
#include "itemmodels/batchmodel.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

namespace {

const auto kDirectoryKey = QStringLiteral("submissions/batchDirectory");

/// Writes @p content whole or not at all (QSaveFile); @p error gets the system's words.
bool writeWhole(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(content) != content.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QTableView *makeTable(const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

/// Asks where to save @p fileName (the batch's own name, in the folder used last time).
QString askSavePath(QWidget *parent, const QString &title, const QString &directory,
    const QString &fileName, const QString &objectName)
{
    QFileDialog dialog(parent, title);
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(
        {BatchView::tr("X12 files (*.x12 *.837 *.edi *.txt)"), BatchView::tr("All files (*)")});
    dialog.setDirectory(directory);
    dialog.selectFile(fileName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

QLabel *makeEmptyLabel(const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

QString x12ForReading(const QByteArray &data)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // The segment terminator is the character after ISA16, at offset 105 of the fixed ISA.
    QChar terminator = QLatin1Char('~');
    const qsizetype isa = text.indexOf(QLatin1String("ISA"));
    if (isa >= 0 && isa + 105 < text.size())
        terminator = text.at(isa + 105);
    const bool breakIsTerminator
        = terminator == QLatin1Char('\r') || terminator == QLatin1Char('\n');
    QString out;
    out.reserve(text.size() + text.size() / 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == QLatin1Char('\r') || c == QLatin1Char('\n');
        if (lineBreak && !breakIsTerminator)
            continue; // the file's own line breaks: one is added after each terminator
        if (c == terminator || lineBreak) {
            if (!breakIsTerminator)
                out += c;
            while (i + 1 < text.size()
                && (text.at(i + 1) == QLatin1Char('\r') || text.at(i + 1) == QLatin1Char('\n')))
                ++i;
            out += QLatin1Char('\n');
            continue;
        }
        out += c;
    }
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

BatchView::BatchView(
    const Session &session, SubmissionService &submissions, ClaimService &claims, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_submissions(submissions)
    , m_claims(claims)
{
    setObjectName(QStringLiteral("batchView"));
    auto *layout = new QVBoxLayout(this);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("batchMessage"));
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("batchSplitter"));
    split->setChildrenCollapsible(false);

    // Top: the ready claims and the button that sends them.
    auto *ready = new QWidget;
    auto *readyLayout = new QVBoxLayout(ready);
    readyLayout->setContentsMargins(0, 0, 0, 0);
    readyLayout->addWidget(new QLabel(tr("<b>Ready to send</b> — clean claims; tick the ones "
                                         "to put in the next 837P batch (Space ticks the "
                                         "current row, Enter opens the claim)")));
    m_readyModel = new BatchClaimModel(this);
    m_readyModel->setCheckable(true);
    m_readyTable = makeTable(QStringLiteral("readyTable"), tr("Claims ready to send"));
    m_readyTable->setModel(m_readyModel);
    m_readyTable->setColumnHidden(int(BatchClaimModel::Column::State), true);
    m_readyTable->setColumnHidden(int(BatchClaimModel::Column::Reason), true);
    // The patient's name takes the spare width, so the numbers stay beside the names.
    m_readyTable->horizontalHeader()->setStretchLastSection(false);
    m_readyTable->horizontalHeader()->setSectionResizeMode(
        int(BatchClaimModel::Column::Patient), QHeaderView::Stretch);
    readyLayout->addWidget(m_readyTable, 1);
    m_readyEmpty = makeEmptyLabel(QStringLiteral("readyEmpty"),
        tr("No claim is ready to send. A claim is ready once the "
           "biller has accepted the work and its scrub is clean; fix "
           "the claims under Rejections to send them again."));
    readyLayout->addWidget(m_readyEmpty);
    auto *buttons = new QHBoxLayout;
    m_checkAll = new QPushButton(tr("Tick &all"));
    m_checkAll->setObjectName(QStringLiteral("checkAllButton"));
    m_checkAll->setToolTip(tr("Put every ready claim in the next batch"));
    m_checkNone = new QPushButton(tr("&Clear ticks"));
    m_checkNone->setObjectName(QStringLiteral("checkNoneButton"));
    m_checkNone->setToolTip(tr("Take every claim out of the next batch"));
    m_ticked = new QLabel;
    m_ticked->setObjectName(QStringLiteral("tickedLabel"));
    m_write = new QPushButton(tr("&Write 837P batch…"));
    m_write->setObjectName(QStringLiteral("writeBatchButton"));
    m_write->setDefault(false);
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_checkNone);
    buttons->addSpacing(12);
    buttons->addWidget(m_ticked, 1);
    buttons->addWidget(m_write);
    readyLayout->addLayout(buttons);
    m_skipped = new InlineMessage;
    m_skipped->setObjectName(QStringLiteral("skippedMessage"));
    readyLayout->addWidget(m_skipped);
    split->addWidget(ready);

    // Bottom: the batches written, and the selected one's claims and file.
    auto *batches = new QWidget;
    auto *batchesLayout = new QVBoxLayout(batches);
    batchesLayout->setContentsMargins(0, 0, 0, 0);
    auto *across = new QSplitter(Qt::Horizontal);
    across->setObjectName(QStringLiteral("batchDetailSplitter"));
    across->setChildrenCollapsible(false);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(new QLabel(tr("<b>Batches written</b> — newest first")));
    m_batchModel = new BatchModel(this);
    m_batchTable = makeTable(QStringLiteral("batchTable"), tr("837P batches written"));
    m_batchTable->setModel(m_batchModel);
    m_batchTable->setColumnHidden(int(BatchModel::Column::FileName), true);
    listLayout->addWidget(m_batchTable, 1);
    m_batchEmpty = makeEmptyLabel(QStringLiteral("batchEmpty"),
        tr("No batch has been written yet: tick ready claims above and "
           "use Write 837P batch (Ctrl+E)."));
    listLayout->addWidget(m_batchEmpty);
    across->addWidget(listPane);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_batchHeader = new QLabel;
    m_batchHeader->setObjectName(QStringLiteral("batchHeader"));
    m_batchHeader->setTextFormat(Qt::RichText);
    m_batchHeader->setWordWrap(true);
    m_batchHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_batchHeader);
    m_batchClaimModel = new BatchClaimModel(this);
    m_batchClaims = makeTable(QStringLiteral("batchClaimsTable"), tr("Claims in the batch"));
    m_batchClaims->setModel(m_batchClaimModel);
    m_batchClaims->setColumnHidden(int(BatchClaimModel::Column::Reason), true);
    detailLayout->addWidget(m_batchClaims, 2);
    m_file = new QPlainTextEdit;
    m_file->setObjectName(QStringLiteral("batchFile"));
    m_file->setAccessibleName(tr("The 837P file as written, one segment a line"));
    m_file->setReadOnly(true);
    m_file->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_file->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_file->setPlaceholderText(tr("Select a batch to read its file."));
    detailLayout->addWidget(m_file, 3);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addStretch(1);
    m_saveAgain = new QPushButton(tr("&Save file again…"));
    m_saveAgain->setObjectName(QStringLiteral("saveAgainButton"));
    m_saveAgain->setToolTip(tr("Write the selected batch's file again, exactly as it was first "
                               "written (for a lost upload)"));
    fileButtons->addWidget(m_saveAgain);
    detailLayout->addLayout(fileButtons);
    across->addWidget(detail);
    across->setStretchFactor(0, 1);
    across->setStretchFactor(1, 1);
    // Starting proportions (scaled to the space the window gives): the batch columns fit
    // without a scroll bar at 1400 pixels; the file scrolls sideways anyway.
    across->setSizes({760, 600});
    batchesLayout->addWidget(across, 1);
    split->addWidget(batches);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 540});
    layout->addWidget(split, 1);

    auto *readyKeys = new WorkListKeys(m_readyTable);
    connect(readyKeys, &WorkListKeys::openRequested, this, [this] {
        if (const ClaimSummary *c = m_readyModel->claimAt(m_readyTable->currentIndex().row()))
            emit openClaimRequested(c->id);
    });
    auto *batchKeys = new WorkListKeys(m_batchTable);
    connect(batchKeys, &WorkListKeys::openRequested, this, [this] {
        m_batchClaims->setFocus();
        if (!m_batchClaims->currentIndex().isValid() && m_batchClaimModel->rowCount() > 0)
            m_batchClaims->setCurrentIndex(m_batchClaimModel->index(0, 0));
    });
    auto *claimKeys = new WorkListKeys(m_batchClaims);
    connect(claimKeys, &WorkListKeys::openRequested, this, [this] {
        if (const ClaimSummary *c = m_batchClaimModel->claimAt(m_batchClaims->currentIndex().row()))
            emit openClaimRequested(c->id);
    });
    connect(m_readyTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const ClaimSummary *c = m_readyModel->claimAt(index.row()))
            emit openClaimRequested(c->id);
    });
    connect(m_batchClaims, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const ClaimSummary *c = m_batchClaimModel->claimAt(index.row()))
            emit openClaimRequested(c->id);
    });
    connect(m_readyModel, &BatchClaimModel::checkedChanged, this, &BatchView::updateActions);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { m_readyModel->setAllChecked(true); });
    connect(
        m_checkNone, &QPushButton::clicked, this, [this] { m_readyModel->setAllChecked(false); });
    connect(m_write, &QPushButton::clicked, this, &BatchView::writeBatch);
    connect(m_saveAgain, &QPushButton::clicked, this, &BatchView::saveBatchAgain);
    connect(m_batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BatchView::showBatch);
    updateActions();
}

int BatchView::readyCount() const
{
    return m_readyModel->rowCount();
}

qint64 BatchView::currentBatchId() const
{
    const BatchSummary *b = m_batchModel->batchAt(m_batchTable->currentIndex().row());
    return b ? b->id : 0;
}

void BatchView::reload()
{
    const QModelIndex readyCurrent = m_readyTable->currentIndex();
    const qint64 keepClaim
        = readyCurrent.isValid() ? readyCurrent.data(BatchClaimModel::ClaimIdRole).toLongLong() : 0;
    const int keepColumn = std::max(0, readyCurrent.column());
    const qint64 keepBatch = currentBatchId();

    auto ready = m_claims.readyClaims();
    if (!ready)
        m_message->showError(tr("Ready claims"), ready.error());
    else
        m_readyModel->setClaims(ready.value());
    m_readyTable->resizeColumnsToContents();
    m_readyEmpty->setVisible(m_readyModel->rowCount() == 0);
    if (const int row = m_readyModel->rowOf(keepClaim); row >= 0)
        m_readyTable->setCurrentIndex(m_readyModel->index(row, keepColumn));

    auto batches = m_submissions.batches();
    if (!batches) {
        m_message->showError(tr("Batches"), batches.error());
    } else {
        const QSignalBlocker block(m_batchTable->selectionModel());
        m_batchModel->setBatches(batches.value());
    }
    m_batchTable->resizeColumnsToContents();
    m_batchEmpty->setVisible(m_batchModel->rowCount() == 0);
    int row = m_batchModel->rowOf(keepBatch);
    if (row < 0 && m_batchModel->rowCount() > 0)
        row = 0;
    {
        const QSignalBlocker block(m_batchTable->selectionModel());
        if (row >= 0)
            m_batchTable->setCurrentIndex(m_batchModel->index(row, 0));
    }
    showBatch();
    updateActions();
    emit countsChanged();
}

void BatchView::updateActions()
{
    const QList<qint64> ids = m_readyModel->checkedIds();
    const bool allowed = m_session.can(Permission::ManageClaims);
    const int rows = m_readyModel->rowCount();
    if (rows == 0)
        m_ticked->clear();
    else
        //: "Ticked: 2 of 5 · $300.00"
        m_ticked->setText(
            tr("Ticked: %1 of %2 · %3")
                .arg(ids.size())
                .arg(rows)
                .arg(Money::fromCents(m_readyModel->checkedChargeCents()).toDisplayString()));
    m_checkAll->setEnabled(rows > 0 && ids.size() < rows);
    m_checkNone->setEnabled(!ids.isEmpty());
    m_write->setEnabled(allowed && !ids.isEmpty());
    m_write->setToolTip(!allowed ? tr("Your role may not send claims")
            : ids.isEmpty()      ? tr("Tick the claims to send first (Ctrl+E)")
                                 : tr("Write the ticked claims as 837P files, one per receiver, "
                                           "and mark them submitted (Ctrl+E)"));
    m_saveAgain->setEnabled(!m_content.isEmpty());
}

void BatchView::showBatch()
{
    m_content.clear();
    m_fileName.clear();
    const qint64 id = currentBatchId();
    if (id == 0) {
        m_batchHeader->setText(tr("Select a batch to see its claims and its file."));
        m_batchClaimModel->setClaims({});
        m_file->clear();
        m_shownContent.clear();
        updateActions();
        return;
    }
    auto record = m_submissions.batch(id);
    if (!record) {
        m_batchHeader->setText(record.error().userMessage.toHtmlEscaped());
        m_batchClaimModel->setClaims({});
        m_file->clear();
        m_shownContent.clear();
        updateActions();
        return;
    }
    const BatchSummary &s = record->summary;
    // A reload of the same batch keeps the file view (and where the biller scrolled to).
    const bool sameFile = record->content == m_shownContent;
    m_content = record->content;
    m_fileName = s.fileName;
    m_batchHeader->setText(
        //: batch header: file name, receiver; claims, charge, ISA13, GS06; status, who, when
        tr("<b>%1</b> to %2<br>Claims: %3 · %4 · ISA13 %5 · GS06 %6<br>Status: %7 — "
           "written by %8, %9")
            .arg(s.fileName.toHtmlEscaped(), s.receiverName.toHtmlEscaped(),
                QString::number(s.claimCount),
                Money::fromCents(s.totalChargeCents).toDisplayString(),
                s.interchangeControl.toHtmlEscaped(), s.groupControl.toHtmlEscaped(),
                batchstatus::displayName(s.status).toHtmlEscaped(), s.createdBy.toHtmlEscaped(),
                QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_batchClaimModel->setClaims(record->claims);
    m_batchClaims->resizeColumnsToContents();
    if (!sameFile) {
        m_file->setPlainText(x12ForReading(m_content));
        m_shownContent = m_content;
    }
    updateActions();
}

std::optional<SubmissionResult> BatchView::submit(const QList<qint64> &claimIds)
{
    m_message->clearMessage();
    m_skipped->clearMessage();
    auto result = m_submissions.submit(m_session, claimIds, QDateTime::currentDateTimeUtc());
    if (!result) {
        m_message->showError(tr("Write 837P batch"), result.error());
        return std::nullopt;
    }
    return result.value();
}

bool BatchView::submitTo(const QList<qint64> &claimIds, const QString &directory)
{
    auto result = submit(claimIds);
    if (!result)
        return false;
    Saved saved;
    for (const BatchRecord &b : std::as_const(result->batches)) {
        const QString path = QDir(directory).filePath(b.summary.fileName);
        QString error;
        if (writeWhole(path, b.content, &error))
            saved.paths.append(QDir::toNativeSeparators(path));
        else
            saved.failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    report(*result, saved);
    return !result->batches.isEmpty() && saved.failures.isEmpty();
}

bool BatchView::writeBatch()
{
    const QList<qint64> ids = m_readyModel->checkedIds();
    if (ids.isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Info,
            tr("Tick the claims to send first: Space ticks the current row, "
               "Tick all ticks every one."));
        m_readyTable->setFocus();
        return false;
    }
    auto result = submit(ids);
    if (!result)
        return false;
    Saved saved;
    for (const BatchRecord &b : std::as_const(result->batches)) {
        const QString path
            = askSavePath(this, tr("Save the 837P batch for %1").arg(b.summary.receiverName),
                lastDirectory(), b.summary.fileName, QStringLiteral("batchSaveDialog"));
        if (path.isEmpty()) {
            saved.notSaved.append(b.summary.fileName);
            continue;
        }
        rememberDirectory(path);
        QString error;
        if (writeWhole(path, b.content, &error))
            saved.paths.append(QDir::toNativeSeparators(path));
        else
            saved.failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    report(*result, saved);
    return !result->batches.isEmpty() && saved.failures.isEmpty() && saved.notSaved.isEmpty();
}

void BatchView::report(const SubmissionResult &result, const Saved &saved)
{
    int claims = 0;
    qint64 cents = 0;
    for (const BatchRecord &b : result.batches) {
        claims += b.summary.claimCount;
        cents += b.summary.totalChargeCents;
    }
    if (!result.skipped.isEmpty()) {
        m_skipped->showMessage(InlineMessage::Severity::Warning,
            tr("Left out of the batch (%1):").arg(result.skipped.size()) + QLatin1Char('\n')
                + QStringLiteral("• ") + result.skipped.join(QStringLiteral("\n• ")));
    }
    if (result.batches.isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Warning,
            tr("No batch was written: none of the claims asked for is ready."));
    } else if (!saved.failures.isEmpty()) {
        m_message->showError(tr("Write 837P batch"),
            Error::make(Error::Kind::ReadOnly,
                tr("The claims were submitted and every batch is kept, but a file "
                   "could not be saved. Select the batch under Batches written "
                   "and use Save file again… to write it elsewhere."),
                saved.failures.join(QLatin1Char('\n'))));
    } else if (!saved.notSaved.isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Warning,
            tr("The claims were submitted. Not saved to a file yet: %1. The batch is kept: "
               "select it under Batches written and use Save file again….")
                .arg(saved.notSaved.join(QStringLiteral(", "))));
    } else {
        m_message->showMessage(InlineMessage::Severity::Info,
            //: "Submitted — claims: 3, total charge: $450.00. Saved: /home/…/file.x12"
            tr("Submitted — claims: %1, total charge: %2. Saved: %3")
                .arg(QString::number(claims), Money::fromCents(cents).toDisplayString(),
                    saved.paths.join(QStringLiteral(", "))));
    }
    if (claims > 0)
        emit statusMessageRequested(tr("Claims submitted: %1").arg(claims));
    reload();
    // The newest batch written is the one the biller wants to check.
    if (!result.batches.isEmpty()) {
        const int row = m_batchModel->rowOf(result.batches.constFirst().summary.id);
        if (row >= 0)
            m_batchTable->setCurrentIndex(m_batchModel->index(row, 0));
    }
}

bool BatchView::saveBatchAgain()
{
    if (m_content.isEmpty())
        return false;
    const QString path = askSavePath(this, tr("Save the 837P file again"), lastDirectory(),
        m_fileName, QStringLiteral("batchSaveAgainDialog"));
    if (path.isEmpty())
        return false;
    rememberDirectory(path);
    return saveBatchTo(path);
}

bool BatchView::saveBatchTo(const QString &path)
{
    if (m_content.isEmpty())
        return false;
    QString error;
    if (!writeWhole(path, m_content, &error)) {
        m_message->showError(tr("Save file again"),
            Error::make(Error::Kind::ReadOnly,
                tr("The file could not be saved to %1. The batch is "
                   "still kept; choose another folder.")
                    .arg(QDir::toNativeSeparators(path)),
                error));
        return false;
    }
    m_message->showMessage(InlineMessage::Severity::Info,
        tr("Saved %1 again to %2.").arg(m_fileName, QDir::toNativeSeparators(path)));
    emit statusMessageRequested(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

QString BatchView::lastDirectory() const
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QSettings().value(kDirectoryKey, fallback).toString();
}

void BatchView::rememberDirectory(const QString &path)
{
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
}

} // namespace cc

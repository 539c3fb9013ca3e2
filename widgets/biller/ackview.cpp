// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackview.h"
#include "batchview.h"
#include "common/inlinemessage.h"
#include "itemmodels/ackmodel.h"
#include "services/submissionservice.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

namespace {
const auto kDirectoryKey = QStringLiteral("submissions/ackDirectory");
} // namespace

AckView::AckView(const Session &session, SubmissionService &submissions, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_submissions(submissions)
{
    setObjectName(QStringLiteral("ackView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import 999 / 277CA…"));
    m_import->setObjectName(QStringLiteral("importAckButton"));
    m_import->setToolTip(tr("Read an acknowledgement file from the clearinghouse or payer "
                            "(Ctrl+I)"));
    m_import->setEnabled(m_session.can(Permission::ManageClaims));
    auto *intro = new QLabel(tr("A <b>999</b> says whether the 837P file could be read; a "
                                "<b>277CA</b> says, claim by claim, whether the payer took the "
                                "claim. Rejected claims go to Rejections to be fixed."));
    intro->setWordWrap(true);
    top->addWidget(m_import, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    layout->addLayout(top);
    m_message = new InlineMessage;
    m_message->setObjectName(QStringLiteral("ackMessage"));
    layout->addWidget(m_message);
    m_resultTitle = new QLabel(tr("<b>What the last file said</b>"));
    m_resultTitle->setObjectName(QStringLiteral("ackResultTitle"));
    layout->addWidget(m_resultTitle);
    m_result = new QListWidget;
    m_result->setObjectName(QStringLiteral("ackResultList"));
    m_result->setAccessibleName(tr("What the last acknowledgement file said"));
    m_result->setWordWrap(true);
    m_result->setAlternatingRowColors(true);
    layout->addWidget(m_result);
    m_resultTitle->hide();
    m_result->hide();

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("ackSplitter"));
    split->setChildrenCollapsible(false);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(new QLabel(tr("<b>Acknowledgements read</b> — newest first")));
    m_model = new AckModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ackTable"));
    m_table->setAccessibleName(tr("Acknowledgements read"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setColumnHidden(int(AckModel::Column::Interchange), true);
    listLayout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No acknowledgement has been read yet. When the clearinghouse "
                            "sends a 999 or 277CA back, import it with Import 999 / 277CA "
                            "(Ctrl+I)."));
    m_empty->setObjectName(QStringLiteral("ackEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    listLayout->addWidget(m_empty);
    split->addWidget(listPane);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("ackHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_header);
    m_file = new QPlainTextEdit;
    m_file->setObjectName(QStringLiteral("ackFile"));
    m_file->setAccessibleName(tr("The acknowledgement file as received, one segment a line"));
    m_file->setReadOnly(true);
    m_file->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_file->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_file->setPlaceholderText(tr("Select an acknowledgement to read its file."));
    detailLayout->addWidget(m_file, 1);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_import, &QPushButton::clicked, this, &AckView::importWithDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AckView::showAck);
}

qint64 AckView::currentAckId() const
{
    const AcknowledgementSummary *a = m_model->ackAt(m_table->currentIndex().row());
    return a ? a->id : 0;
}

QStringList AckView::resultLines() const
{
    QStringList lines;
    for (int i = 0; i < m_result->count(); ++i)
        lines.append(m_result->item(i)->text());
    return lines;
}

void AckView::reload()
{
    const qint64 keep = currentAckId();
    auto acks = m_submissions.acknowledgements();
    if (!acks) {
        m_message->showError(tr("Acknowledgements"), acks.error());
    } else {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setAcknowledgements(acks.value());
    }
    m_table->resizeColumnsToContents();
    m_empty->setVisible(m_model->rowCount() == 0);
    int row = m_model->rowOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    {
        const QSignalBlocker block(m_table->selectionModel());
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showAck();
}

void AckView::showAck()
{
    const AcknowledgementSummary *a = m_model->ackAt(m_table->currentIndex().row());
    if (!a) {
        m_header->setText(tr("Select an acknowledgement to read its file."));
        m_file->clear();
        m_shownId = 0;
        return;
    }
    m_header->setText(
        //: acknowledgement header: file name, kind, when read, ISA13, summary
        tr("<b>%1</b> · %2 · read %3 · ISA13 %4<br>%5")
            .arg(a->fileName.toHtmlEscaped(), a->kind.toHtmlEscaped(),
                QLocale().toString(a->receivedAt.toLocalTime(), QLocale::ShortFormat),
                a->interchangeControl.toHtmlEscaped(), a->summary.toHtmlEscaped()));
    // A file read is never changed: a reload keeps the view and its scroll position.
    if (a->id == m_shownId)
        return;
    auto content = m_submissions.acknowledgementContent(a->id);
    if (!content) {
        m_file->setPlainText(content.error().userMessage);
        m_shownId = 0;
    } else {
        m_file->setPlainText(x12ForReading(content.value()));
        m_shownId = a->id;
    }
}

bool AckView::importWithDialog()
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QFileDialog dialog(this, tr("Import a 999 or 277CA"));
    dialog.setObjectName(QStringLiteral("ackImportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(
        {tr("Acknowledgements (*.x12 *.999 *.277 *.edi *.txt)"), tr("All files (*)")});
    dialog.setDirectory(QSettings().value(kDirectoryKey, fallback).toString());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    if (path.isEmpty())
        return false;
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    return importFile(path);
}

bool AckView::importFile(const QString &path)
{
    m_message->clearMessage();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("Import acknowledgement"),
            Error::make(Error::Kind::Open,
                tr("%1 could not be opened: nothing was read.").arg(name),
                tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
        return false;
    }
    const QByteArray data = file.readAll();
    auto result = m_submissions.importAck(m_session, name, data, QDateTime::currentDateTimeUtc());
    m_result->clear();
    if (!result) {
        m_resultTitle->hide();
        m_result->hide();
        Error error = result.error();
        if (error.detail.isEmpty())
            error.detail = QDir::toNativeSeparators(path);
        m_message->showError(tr("Import acknowledgement"), error);
        return false;
    }
    const AckImportResult &r = result.value();
    for (const QString &line : r.lines)
        new QListWidgetItem(line, m_result);
    for (const QString &id : r.unmatched) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
            tr("Not on file: %1 matches no claim or batch of this practice.").arg(id), m_result);
        item->setToolTip(tr("Check that the file was meant for this practice"));
    }
    m_resultTitle->setText(tr("<b>What %1 said</b>").arg(name.toHtmlEscaped()));
    m_resultTitle->show();
    m_result->setVisible(m_result->count() > 0);
    // As tall as its sentences, up to eight of them; it scrolls beyond.
    int height = 2 * m_result->frameWidth() + 4;
    for (int i = 0; i < std::min(m_result->count(), 8); ++i)
        height += m_result->sizeHintForRow(i);
    m_result->setFixedHeight(height);

    //: "Read 277CA ack.x12 — accepted: 1, rejected: 1." (claims for a 277CA, sets for a 999)
    QString sentence
        = tr("Read %1 %2 — accepted: %3, rejected: %4.")
              .arg(r.kind, name, QString::number(r.accepted), QString::number(r.rejected));
    if (r.rejected > 0)
        sentence += QLatin1Char(' ') + tr("Rejected claims are under Rejections.");
    if (!r.unmatched.isEmpty())
        sentence += QLatin1Char(' ')
            + tr("Numbers that match nothing on file: %1.").arg(r.unmatched.size());
    m_message->showMessage(r.rejected > 0 || !r.unmatched.isEmpty()
            ? InlineMessage::Severity::Warning
            : InlineMessage::Severity::Info,
        sentence);
    emit statusMessageRequested(tr("Read %1").arg(name));
    reload();
    if (const int row = m_model->rowOf(r.acknowledgementId); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    emit imported();
    return true;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codesetswidget.h"
#include "services/editdataservice.h"
#include "common/errorbox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc {

namespace {

enum Column { KindColumn, NameColumn, FromColumn, ToColumn, CodesColumn, ModifiersColumn,
              ImportedAtColumn, ImportedByColumn, ColumnCount };

constexpr int kReleaseIdRole = Qt::UserRole + 1;

/// Numbers with thousands separators even in the C locale ("12,410 of 74,719 codes").
QString count(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

/// An item that shows @p value in the locale's format and sorts by the value itself.
QTableWidgetItem *valueItem(const QVariant &value, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

CodeSetsWidget::CodeSetsWidget(const Session &session, CodeSetService &codes,
                               const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_session(session), m_codes(codes), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("codeSets"));
    m_watcher = new QFutureWatcher<ImportResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CodeSetsWidget::finishImport);
    buildUi();
    reload();
}

CodeSetsWidget::~CodeSetsWidget()
{
    // The worker posts progress to this widget and reads m_cancelled: stop it before both go.
    if (m_watcher->isRunning()) {
        m_cancelled = true;
        m_watcher->waitForFinished();
    }
}

void CodeSetsWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Each release of a code set is in force from its effective date "
                                "to the day before the next release of the same code set. Codes "
                                "are checked against the release in force on the date of "
                                "service."));
    intro->setObjectName(QStringLiteral("codeSetsIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_listStack = new QStackedWidget;
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("releasesTable"));
    m_table->setAccessibleName(tr("Code-set releases"));
    const QStringList headers = {tr("Code set"),   tr("Release"),   tr("Effective from"),
                                 tr("Effective to"), tr("Codes"),   tr("Modifiers"),
                                 tr("Imported"),   tr("Imported by")};
    const QStringList headerTips = {
        tr("ICD-10-CM (diagnoses), HCPCS Level II or CPT"),
        tr("The name given at import; importing the same name again replaces the release"),
        tr("The first date of service the release applies to"),
        tr("The last date of service the release applies to; the newest release has no end"),
        tr("Codes in the release, headers included"),
        tr("Two-character modifiers in the release (HCPCS and CPT)"),
        tr("When the release was imported"),
        tr("Who imported it"),
    };
    for (int c = 0; c < ColumnCount; ++c) {
        auto *h = new QTableWidgetItem(headers.at(c));
        h->setToolTip(headerTips.at(c));
        m_table->setHorizontalHeaderItem(c, h);
    }
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_empty = new QLabel(tr("No code set is installed, so no code can be checked. Import the "
                            "ICD-10-CM and HCPCS files published by CMS, and your licensed CPT "
                            "file, with the form below."));
    m_empty->setObjectName(QStringLiteral("releasesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    layout->addWidget(m_listStack, 1);

    // The import form.
    m_form = new QGroupBox(tr("Import a release"));
    m_form->setObjectName(QStringLiteral("importForm"));
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Kind of code-set file"));
    m_format->setToolTip(tr("The layout of the file: CMS publishes ICD-10-CM as an order file and "
                            "a codes file, HCPCS Level II as a fixed-width file; CPT comes from "
                            "your AMA licence as a CSV of code, short and long descriptor"));
    m_format->addItem(tr("ICD-10-CM order file"), int(codes::CodeFileFormat::Icd10CmOrder));
    m_format->addItem(tr("ICD-10-CM codes file"), int(codes::CodeFileFormat::Icd10CmCodes));
    m_format->addItem(tr("HCPCS Level II"), int(codes::CodeFileFormat::Hcpcs));
    m_format->addItem(tr("CPT (licensed CSV)"), int(codes::CodeFileFormat::CptCsv));
    auto *formatLabel = new QLabel(tr("&Kind:"));
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("Code-set file"));
    m_file->setPlaceholderText(tr("Type the path of the file, or choose it with Browse (Ctrl+O)"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setToolTip(tr("Choose the file to import (Ctrl+O)"));
    m_browse->setShortcut(QKeySequence::Open);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    auto *nameColumn = new QVBoxLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("releaseNameEdit"));
    m_name->setAccessibleName(tr("Release name"));
    m_name->setPlaceholderText(tr("For example: ICD-10-CM FY2026"));
    m_name->setMaxLength(100);
    m_name->setToolTip(tr("A name people recognise; importing a release of the same code set and "
                          "name again replaces it"));
    m_replaceNote = new QLabel;
    m_replaceNote->setObjectName(QStringLiteral("replaceNote"));
    m_replaceNote->setWordWrap(true);
    m_replaceNote->hide();
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_replaceNote);
    auto *nameLabel = new QLabel(tr("Release &name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameColumn);

    m_effective = new QDateEdit(QDate::currentDate());
    m_effective->setObjectName(QStringLiteral("effectiveDate"));
    m_effective->setAccessibleName(tr("Effective from"));
    m_effective->setCalendarPopup(true);
    m_effective->setToolTip(tr("The first date of service the release applies to: 1 October for "
                               "an ICD-10-CM fiscal year, 1 January (or the quarter) for HCPCS "
                               "and CPT"));
    auto *effectiveLabel = new QLabel(tr("&Effective from:"));
    effectiveLabel->setBuddy(m_effective);
    form->addRow(effectiveLabel, m_effective);

    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Import the file as a release, in the background (Ctrl+I)"));
    m_import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    form->addRow(buttons);
    layout->addWidget(m_form);

    // Progress of a running import, outside the form so that Cancel stays enabled.
    m_progressRow = new QWidget;
    m_progressRow->setObjectName(QStringLiteral("progressRow"));
    // The count above the bar, so that a narrow window never squeezes it away.
    auto *progressLayout = new QVBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    auto *barRow = new QHBoxLayout;
    m_progressLabel = new QLabel;
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("&Cancel import"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the import; nothing of the release is kept (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    progressLayout->addWidget(m_progressLabel);
    barRow->addWidget(m_progress, 1);
    barRow->addWidget(m_cancel);
    progressLayout->addLayout(barRow);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_editDataLabel = new QLabel;
    m_editDataLabel->setObjectName(QStringLiteral("editDataReleases"));
    m_editDataLabel->setWordWrap(true);
    m_editDataLabel->setTextFormat(Qt::RichText);
    m_editDataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editDataLabel->hide();
    layout->addWidget(m_editDataLabel);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setAccessibleName(tr("Import result"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_browse, &QPushButton::clicked, this, &CodeSetsWidget::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &CodeSetsWidget::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &CodeSetsWidget::cancelImport);
    connect(m_file, &QLineEdit::returnPressed, this, &CodeSetsWidget::startImport);
    connect(m_name, &QLineEdit::returnPressed, this, &CodeSetsWidget::startImport);
    connect(m_name, &QLineEdit::textChanged, this, &CodeSetsWidget::updateReplaceNote);
    connect(m_format, &QComboBox::currentIndexChanged, this, &CodeSetsWidget::updateReplaceNote);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &CodeSetsWidget::reload);
}

bool CodeSetsWidget::isImporting() const
{
    // Not the watcher's state: the worker ends before its last progress events are delivered.
    return m_importing;
}

void CodeSetsWidget::reload()
{
    auto releases = m_codes.releases();
    if (!releases) {
        ui::showError(this, tr("Code sets"), releases.error());
        return;
    }
    m_releases = std::move(releases).value();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_releases.size()));
    int row = 0;
    for (const CodeRelease &r : std::as_const(m_releases)) {
        auto *kind = textItem(codekind::label(r.kind));
        kind->setData(kReleaseIdRole, r.id);
        kind->setToolTip(tr("Imported from %1").arg(r.source));
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, NameColumn, textItem(r.name));
        m_table->setItem(row, FromColumn, valueItem(r.effectiveFrom));
        QTableWidgetItem *to = nullptr;
        if (r.effectiveTo)
            to = valueItem(*r.effectiveTo);
        else if (r.effectiveFrom <= today)
            to = textItem(tr("in force"));
        else
            to = textItem(tr("not yet in force"));
        m_table->setItem(row, ToColumn, to);
        m_table->setItem(row, CodesColumn, valueItem(r.codeCount, Qt::AlignRight));
        m_table->setItem(row, ModifiersColumn, valueItem(r.modifierCount, Qt::AlignRight));
        const QDateTime at = QDateTime::fromString(r.importedAt, Qt::ISODateWithMs).toLocalTime();
        m_table->setItem(row, ImportedAtColumn,
                         textItem(at.isValid() ? locale.toString(at, QLocale::ShortFormat)
                                               : r.importedAt));
        m_table->setItem(row, ImportedByColumn, textItem(r.importedBy));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_listStack->setCurrentWidget(m_releases.isEmpty() ? static_cast<QWidget *>(m_empty)
                                                       : m_table);
    updateReplaceNote();
    showEditData();
}

void CodeSetsWidget::setEditData(EditDataService *editData)
{
    m_editData = editData;
    showEditData();
}

void CodeSetsWidget::showEditData()
{
    if (!m_editData || !m_editDataLabel)
        return;
    auto releases = m_editData->releases();
    if (!releases) {
        m_editDataLabel->setText(releases.error().userMessage.toHtmlEscaped());
        m_editDataLabel->show();
        return;
    }
    const QLocale locale;
    QString ptp, mue;
    if (releases->ptp.isEmpty()) {
        ptp = tr("No NCCI PTP file is imported: the scrubber does not check code pairs "
                 "(ncci-ptp) until one is.");
    } else {
        const PtpRelease &r = releases->ptp.last();
        ptp = tr("NCCI PTP %1: %2 edits, imported %3 by %4.")
                      .arg(r.name.toHtmlEscaped(), locale.toString(r.rowCount),
                           r.importedAt.left(10), r.importedBy.toHtmlEscaped());
    }
    if (releases->mue.isEmpty()) {
        mue = tr("No MUE file is imported: the scrubber does not check units (mue-units) "
                 "until one is.");
    } else {
        QStringList parts;
        for (const MueRelease &r : releases->mue)
            parts.append(tr("%1 from %2 (%3 codes)")
                                 .arg(r.name.toHtmlEscaped(),
                                      locale.toString(r.effective, QLocale::ShortFormat),
                                      locale.toString(r.rowCount)));
        mue = tr("CMS MUE: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    m_editDataLabel->setText(
            tr("<b>Scrubber data</b><br>%1<br>%2<br><i>Import the CMS files with "
               "<code>cleanclaim import-codes ncci-ptp FILE… --release NAME</code> and "
               "<code>cleanclaim import-codes mue FILE --release NAME --effective "
               "YYYY-MM-DD</code>.</i>")
                    .arg(ptp, mue));
    m_editDataLabel->show();
}

void CodeSetsWidget::chooseFile()
{
    const auto format = static_cast<codes::CodeFileFormat>(m_format->currentData().toInt());
    const QString filter = format == codes::CodeFileFormat::CptCsv
            ? tr("CSV files (*.csv);;All files (*)")
            : tr("Text files (*.txt);;All files (*)");
    const QString start = m_file->text().isEmpty() ? QDir::homePath()
                                                   : QFileInfo(m_file->text()).absolutePath();
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Choose a code-set file"), start, filter);
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void CodeSetsWidget::updateReplaceNote()
{
    const auto kind = codes::kindOf(
            static_cast<codes::CodeFileFormat>(m_format->currentData().toInt()));
    const QString name = m_name->text().simplified();
    const bool replaces = !name.isEmpty()
            && std::any_of(m_releases.cbegin(), m_releases.cend(), [&](const CodeRelease &r) {
                   return r.kind == kind && r.name == name;
               });
    if (replaces) {
        m_replaceNote->setText(tr("⚠ A %1 release named “%2” exists: importing replaces it.")
                                       .arg(codekind::label(kind), name));
    }
    m_replaceNote->setVisible(replaces);
}

void CodeSetsWidget::startImport()
{
    if (isImporting())
        return;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        setStatus(tr("Choose the file to import first (Browse, Ctrl+O)."), true);
        m_file->setFocus();
        return;
    }
    if (m_name->text().simplified().isEmpty()) {
        setStatus(tr("Give the release a name, such as “ICD-10-CM FY2026”."), true);
        m_name->setFocus();
        return;
    }

    CodeSetService::ImportRequest request;
    request.format = static_cast<codes::CodeFileFormat>(m_format->currentData().toInt());
    request.filePath = path;
    request.releaseName = m_name->text().simplified();
    request.effectiveFrom = m_effective->date();

    m_cancelled = false;
    setImporting(true);
    setStatus(QString(), false);
    // Until the first record is written the service reads and checks the file: no count yet.
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));

    // Runs on the worker: post the numbers to the GUI thread, answer whether to go on.
    auto progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
                this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
        return !m_cancelled.load();
    };
    const QString databasePath = m_databasePath;
    const std::optional<Session> who = m_session;
    m_watcher->setFuture(QtConcurrent::run([databasePath, who, request, progress] {
        return CodeSetService::importWithOwnConnection(databasePath, who, request, progress);
    }));
}

void CodeSetsWidget::cancelImport()
{
    if (!isImporting())
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void CodeSetsWidget::showProgress(qint64 done, qint64 total)
{
    if (!isImporting() || m_cancelled)
        return;
    // QProgressBar holds an int: scale to per-mille so that any count fits.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QString text = tr("%1 of %2 codes").arg(count(done), count(total));
    m_progressLabel->setText(text);
    m_progress->setAccessibleDescription(text);
    emit importProgressed(done, total);
}

void CodeSetsWidget::finishImport()
{
    const ImportResult result = m_watcher->result();
    setImporting(false);
    if (!result) {
        const Error &e = result.error();
        if (e.kind == Error::Kind::Cancelled) {
            setStatus(e.userMessage, false);
        } else {
            setStatus(tr("✖ Not imported: %1").arg(e.userMessage.section(QLatin1Char('\n'), 0, 0)),
                      true);
            ui::showError(this, tr("Import a code set"), e);
        }
        emit statusMessageRequested(m_status->text());
        emit importFinished(false);
        return;
    }

    const CodeRelease &r = result->release;
    const QLocale locale;
    QString text = tr("✔ Imported the %1 release “%2”, in force from %3: %n code(s).", nullptr,
                      int(r.codeCount))
                           .arg(codekind::label(r.kind), r.name,
                                locale.toString(r.effectiveFrom, QLocale::ShortFormat));
    if (r.modifierCount > 0)
        text += QLatin1Char(' ') + tr("%n modifier(s).", nullptr, int(r.modifierCount));
    if (result->replaced)
        text += QLatin1Char(' ') + tr("It replaced the release of the same name.");
    m_file->clear();
    m_name->clear();
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KindColumn)->data(kReleaseIdRole).toLongLong() == r.id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, KindColumn));
            break;
        }
    }
    setStatus(text, false);
    emit statusMessageRequested(text);
    emit importFinished(true);
}

void CodeSetsWidget::setImporting(bool importing)
{
    m_importing = importing;
    m_form->setEnabled(!importing);
    m_progressRow->setVisible(importing);
    m_cancel->setEnabled(importing);
    if (importing)
        m_cancel->setFocus();
    else
        m_import->setFocus();
}

void CodeSetsWidget::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace cc

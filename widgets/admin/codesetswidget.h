// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"
#include "services/codesetservice.h"

#include <QWidget>

#include <atomic>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
template<typename T>
class QFutureWatcher;

namespace cc {

class EditDataService;

/**
 * The administrator's code-set releases: every imported release of ICD-10-CM, HCPCS and CPT
 * with its effective range and counts, and a form to import a new one.
 *
 * The import runs on a worker thread (QtConcurrent) through
 * CodeSetService::importWithOwnConnection(), on a connection of its own to @p databasePath,
 * so the window stays responsive; progress comes back queued to the GUI thread. Cancel makes
 * the service roll the whole release back. Destroying the widget during an import cancels it
 * and waits for the worker to stop.
 */
class CodeSetsWidget : public QWidget
{
    Q_OBJECT
public:
    CodeSetsWidget(const Session &session, CodeSetService &codes, const QString &databasePath,
                   QWidget *parent = nullptr);
    ~CodeSetsWidget() override;
    /// Shows the NCCI PTP and MUE releases the scrubber reads (below the code sets).
    void setEditData(EditDataService *editData);

    bool isImporting() const;

public slots:
    void reload();
    /// Starts importing the file of the form; does nothing while an import runs.
    void startImport();
    void cancelImport();

signals:
    /// On the GUI thread, as the worker writes records.
    void importProgressed(qint64 done, qint64 total);
    /// The import ended: imported, cancelled or refused.
    void importFinished(bool imported);
    void statusMessageRequested(const QString &message);

private:
    void showEditData();
    using ImportResult = Result<CodeSetService::ImportSummary>;

    void buildUi();
    void chooseFile();
    void showProgress(qint64 done, qint64 total);
    void finishImport();
    void setImporting(bool importing);
    void setStatus(const QString &text, bool problem);
    void updateReplaceNote();

    Session m_session;
    CodeSetService &m_codes;
    QString m_databasePath;
    QList<CodeRelease> m_releases;
    std::atomic_bool m_cancelled = false;
    bool m_importing = false;
    QFutureWatcher<ImportResult> *m_watcher = nullptr;

    QStackedWidget *m_listStack = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QGroupBox *m_form = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_replaceNote = nullptr;
    QDateEdit *m_effective = nullptr;
    QPushButton *m_import = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_editDataLabel = nullptr;
    EditDataService *m_editData = nullptr;
};

} // namespace cc

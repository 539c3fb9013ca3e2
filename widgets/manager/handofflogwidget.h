// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/handofflog.h"
#include "domain/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cc {

class HandoffLogModel;
class HandoffLogService;
class InlineMessage;

/**
 * The office manager's Handoff log: every encounter transition (who, when, from → to, note,
 * reason, findings at that moment) filtered by dates, user, outcome and rule; the selected
 * row's detail; a summary of returns per coder, the rules behind returns and the median time
 * from coded to accepted; and a CSV export. Reads everything through HandoffLogService.
 *
 * Keys: J/K or arrows move, Enter asks to open the encounter (openRequested), F5 reloads,
 * Ctrl+E exports.
 */
class HandoffLogWidget : public QWidget
{
    Q_OBJECT
public:
    HandoffLogWidget(const Session &session, HandoffLogService &service, QWidget *parent = nullptr);

    HandoffLogModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The filter the bar shows.
    HandoffLogFilter filter() const;
    /// The summary last shown.
    const HandoffSummary &summary() const { return m_summary; }
    /// The log row shown in the detail pane; 0 when none.
    qint64 currentEntryId() const;

public slots:
    /// Reads the rows and the summary for the bar's filter again, keeping the selection.
    void reload();
    /// Asks for a file name, then exports.
    void exportCsv();
    /// Exports the rows of the bar's filter to @p path; false (after saying why) on failure.
    bool exportCsvTo(const QString &path);

signals:
    /// Enter on a row: the lead's window may open the encounter.
    void openRequested(qint64 encounterId);

private:
    void buildUi();
    void fillUsers();
    void scheduleReload();
    void showDetail();
    void showSummary();
    void fitColumns();
    QString rangeText() const;

    Session m_session;
    HandoffLogService &m_service;
    HandoffLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    HandoffSummary m_summary;
    QTimer *m_reloadTimer = nullptr;
    bool m_columnsFitted = false;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_rule = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    InlineMessage *m_message = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTextBrowser *m_summaryView = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace cc

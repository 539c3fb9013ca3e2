// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace cc {

class EncounterService;
class PracticeService;
class QueueFilterProxy;
class QueueModel;

/**
 * The coder's daily work list: encounters of a date range (today by default) with counts per
 * state, filters by provider, payer, state and text, sorting, keyboard navigation (arrows,
 * J/K) and the selected encounter's note in a preview pane. Filters are remembered per user.
 */
class CoderQueueWidget : public QWidget
{
    Q_OBJECT
public:
    CoderQueueWidget(const Session &session, EncounterService &encounters,
                     PracticeService &practice, QWidget *parent = nullptr);

    QueueModel *model() const { return m_model; }
    QueueFilterProxy *proxy() const { return m_proxy; }
    /// Encounter id of the current row, 0 when none.
    qint64 currentEncounterId() const;

    /// Unanswered queries older than this many days are marked overdue.
    void setOverdueDays(int days);
    void focusTable();

public slots:
    void reload();
    void setDateRange(const QDate &from, const QDate &to);

signals:
    void statusMessageRequested(const QString &message);
    /// Enter or a double click on an encounter.
    void openRequested(qint64 encounterId);

private:
    void buildUi();
    void restoreFilters();
    void saveFilters();
    void applyFilters();
    void updateCounts();
    void showPreview();

    Session m_session;
    EncounterService &m_encounters;
    PracticeService &m_practice;
    QueueModel *m_model = nullptr;
    QueueFilterProxy *m_proxy = nullptr;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_payer = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_search = nullptr;
    QHash<int, QToolButton *> m_chips; ///< state → chip; key -1 is "All"
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTextBrowser *m_preview = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_restoring = false;
};

} // namespace cc

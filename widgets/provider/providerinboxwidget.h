// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/session.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace cc {

class EncounterService;
class InlineMessage;
class QueryInboxModel;
class QueryService;

/**
 * The provider's inbox of documentation queries (Permission::AnswerQuery): the open queries
 * about the provider's notes (overdue ones marked), optionally the answered ones too; the
 * selected query's question, quoted text and full note (the quote highlighted); and the
 * answer — one radio per option (Alt+1…9) with a Specify box for "… (please specify)"
 * options, or a text box for open-ended queries — plus an optional addendum to the note.
 * Send answer (Ctrl+Enter) calls QueryService::answer(). The list reloads on
 * QueryService::queriesChanged without losing what the provider is typing; half-written
 * answers are kept per query while the provider moves between them.
 */
class ProviderInboxWidget : public QWidget
{
    Q_OBJECT
public:
    ProviderInboxWidget(const Session &session, QueryService &queries, EncounterService &encounters,
        QWidget *parent = nullptr);
    ~ProviderInboxWidget() override;

    QueryInboxModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Query id of the current row, 0 when none.
    qint64 currentQueryId() const;
    /// Makes query @p id current; false when it is not listed.
    bool selectQuery(qint64 id);

public slots:
    void reload();
    void sendAnswer();

signals:
    void statusMessageRequested(const QString &message);
    /// Open (unanswered) queries listed, for a badge.
    void openCountChanged(int count);

private:
    struct Draft
    {
        int option = -1;
        QString specify;
        QString text;
        QString addendum;
    };

    void buildUi();
    void buildAnswerPanel(QWidget *panel);
    void showCurrent();
    void showQuery(const DocumentationQuery &q);
    void clearDetail();
    void rebuildOptions(const DocumentationQuery &q);
    void updateSpecify();
    void saveDraft();
    void restoreDraft(qint64 id);
    /// The answer as sent, or empty with @p problem set when the form is not complete.
    QString composeAnswer(const DocumentationQuery &q, QString *problem) const;
    QString viewHtml(
        const DocumentationQuery &q, const EncounterDetail *detail, const QString &openError) const;
    void updateCounts();
    void focusAnswer();
    const DocumentationQuery *current() const;

    Session m_session;
    QueryService &m_queries;
    EncounterService &m_encounters;
    QueryInboxModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QCheckBox *m_showAnswered = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTextBrowser *m_view = nullptr;

    QGroupBox *m_answerBox = nullptr;
    QWidget *m_optionsHost = nullptr;
    QButtonGroup *m_choices = nullptr;
    QList<QShortcut *> m_optionShortcuts;
    QLabel *m_specifyLabel = nullptr;
    QLineEdit *m_specify = nullptr;
    QPlainTextEdit *m_answerEdit = nullptr;
    QLabel *m_answered = nullptr;
    QWidget *m_addendumBox = nullptr;
    QPlainTextEdit *m_addendum = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_send = nullptr;

    std::optional<DocumentationQuery> m_shown; ///< the query the detail pane shows
    QHash<qint64, Draft> m_drafts;
    bool m_reloading = false;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/session.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace cc {

class InlineMessage;
class QueryService;
class TemplateService;

/**
 * Writes a compliant documentation query to the encounter's provider: the coder picks a
 * template (open-ended, multiple choice or yes/no, each with its source), adapts the question,
 * quotes the note (prefilled from the coder's selection; a yes/no query must quote) and, for
 * multiple choice, adapts the options — "Other (please specify)" and "Clinically undetermined"
 * always stay. Send (Ctrl+Enter) calls QueryService::send(); a refusal is shown inline and
 * nothing typed is lost; on success the dialog is accepted and queryId() is the new query.
 *
 * @code
 * QueryComposerDialog dialog(session, queries, templates, detail,
 * noteEdit->textCursor().selectedText()); if (dialog.exec() == QDialog::Accepted)
 *     statusBar()->showMessage(tr("Query %1 sent.").arg(dialog.queryId()));
 * @endcode
 */
class QueryComposerDialog : public QDialog
{
    Q_OBJECT
public:
    QueryComposerDialog(const Session &session, QueryService &queries, TemplateService &templates,
        const EncounterDetail &encounter, const QString &quotedText, QWidget *parent = nullptr);

    /// The id of the query sent, 0 until Send succeeded.
    qint64 queryId() const { return m_queryId; }
    /// Key of the chosen template, empty when none could be loaded.
    QString templateKey() const;
    /// The options as they will be sent (multiple choice only; blank lines dropped).
    QStringList options() const;

public slots:
    void send();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void loadTemplates();
    void applyTemplate(int index);
    QString prefilledQuestion(const QueryTemplate &t) const;
    void addOption();
    void removeOption();
    void updateOptionButtons();
    bool isEditingOption() const;
    const QueryTemplate *currentTemplate() const;

    Session m_session;
    QueryService &m_queries;
    TemplateService &m_templates;
    EncounterDetail m_encounter;
    QList<QueryTemplate> m_list;
    qint64 m_queryId = 0;
    QString m_lastPrefill; ///< the question as last prefilled, to tell whether the coder edited it

    QGridLayout *m_grid = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_form = nullptr;
    QLabel *m_source = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QLabel *m_quoteHint = nullptr;
    QPlainTextEdit *m_quote = nullptr;
    QWidget *m_optionsPage = nullptr;
    QListWidget *m_options = nullptr;
    QPushButton *m_addOption = nullptr;
    QPushButton *m_removeOption = nullptr;
    QLabel *m_fixedAnswers = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace cc

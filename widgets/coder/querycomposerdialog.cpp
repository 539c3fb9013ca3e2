// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycomposerdialog.h"
#include "common/inlinemessage.h"
#include "services/queryservice.h"
#include "services/templateservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

namespace cc {

namespace {

constexpr int kLockedRole = Qt::UserRole + 1;
enum GridRow { kTemplateRow, kFormRow, kQuestionRow, kQuoteRow, kOptionsRow };

const auto kMultipleChoice = QLatin1String("multiple_choice");
const auto kYesNo = QLatin1String("yes_no");

/// The two options a compliant multiple-choice query always offers (the service checks too).
bool isEscapeOption(const QString &option)
{
    return option.startsWith(QLatin1String("other"), Qt::CaseInsensitive)
        || option.contains(QLatin1String("undetermined"), Qt::CaseInsensitive);
}

int lines(const QWidget *w, int n)
{
    return w->fontMetrics().lineSpacing() * n + 2 * w->fontMetrics().descent() + 12;
}

} // namespace

QueryComposerDialog::QueryComposerDialog(const Session &session, QueryService &queries,
    TemplateService &templates, const EncounterDetail &encounter, const QString &quotedText,
    QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_queries(queries)
    , m_templates(templates)
    , m_encounter(encounter)
{
    setObjectName(QStringLiteral("queryComposer"));
    setWindowTitle(tr("Documentation query to %1").arg(m_encounter.summary.providerName));
    buildUi();
    // A selection copied from a QTextEdit separates paragraphs with U+2029.
    QString quote = quotedText;
    quote.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    m_quote->setPlainText(quote.trimmed());
    loadTemplates();
    resize(760, 660);
}

void QueryComposerDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    const QLocale locale;
    auto *about = new QLabel(
        tr("To <b>%1</b> about <b>%2</b>, seen %3. The encounter waits as "
           "“Query pending” until the provider answers.")
            .arg(m_encounter.summary.providerName.toHtmlEscaped(),
                m_encounter.summary.patientName.toHtmlEscaped(),
                locale.toString(m_encounter.summary.dateOfService, QLocale::ShortFormat)));
    about->setObjectName(QStringLiteral("aboutLabel"));
    about->setWordWrap(true);
    layout->addWidget(about);

    // A grid rather than a form layout: only the text boxes and the options list may grow.
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    auto addRow = [this](int row, QLabel *label, QWidget *field, QLayout *fieldLayout = nullptr) {
        // Labels sit level with one-line fields and at the top of taller ones.
        if (label)
            m_grid->addWidget(label, row, 0,
                Qt::AlignLeft
                    | (qobject_cast<QComboBox *>(field) ? Qt::AlignVCenter : Qt::AlignTop));
        if (field)
            m_grid->addWidget(field, row, 1);
        else
            m_grid->addLayout(fieldLayout, row, 1);
    };

    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->setAccessibleName(tr("Query template"));
    m_template->setToolTip(tr("The compliant query form to start from (Alt+T)"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(30);
    auto *templateLabel = new QLabel(tr("&Template:"));
    templateLabel->setBuddy(m_template);
    addRow(kTemplateRow, templateLabel, m_template);

    m_form = new QLabel;
    m_form->setObjectName(QStringLiteral("formLabel"));
    m_form->setWordWrap(true);
    m_source = new QLabel;
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    auto *formBox = new QVBoxLayout;
    formBox->setSpacing(2);
    formBox->addWidget(m_form);
    formBox->addWidget(m_source);
    addRow(kFormRow, nullptr, nullptr, formBox);

    m_question = new QPlainTextEdit;
    m_question->setObjectName(QStringLiteral("questionEdit"));
    m_question->setAccessibleName(tr("Question to the provider"));
    m_question->setToolTip(tr("Prefilled from the template; keep it non-leading (Alt+Q)"));
    m_question->setTabChangesFocus(true);
    m_question->setMinimumHeight(lines(m_question, 4));
    auto *questionLabel = new QLabel(tr("&Question:"));
    questionLabel->setBuddy(m_question);
    addRow(kQuestionRow, questionLabel, m_question);
    m_grid->setRowStretch(kQuestionRow, 1);

    m_quote = new QPlainTextEdit;
    m_quote->setObjectName(QStringLiteral("quoteEdit"));
    m_quote->setAccessibleName(tr("Quoted from the note"));
    m_quote->setToolTip(tr("The part of the note the question is about (Alt+U)"));
    m_quote->setPlaceholderText(tr("Select text in the note before composing, or paste it here."));
    m_quote->setTabChangesFocus(true);
    m_quote->setMinimumHeight(lines(m_quote, 3));
    auto *quoteLabel = new QLabel(tr("Q&uote from the note:"));
    quoteLabel->setBuddy(m_quote);
    quoteLabel->setWordWrap(true);
    m_quoteHint = new QLabel;
    m_quoteHint->setObjectName(QStringLiteral("quoteHint"));
    m_quoteHint->setWordWrap(true);
    m_quoteHint->setForegroundRole(QPalette::PlaceholderText);
    auto *quoteBox = new QVBoxLayout;
    quoteBox->setSpacing(2);
    quoteBox->addWidget(m_quote);
    quoteBox->addWidget(m_quoteHint);
    addRow(kQuoteRow, quoteLabel, nullptr, quoteBox);
    m_grid->setRowStretch(kQuoteRow, 1);

    // The answers offered: an editable list for multiple choice, a sentence otherwise.
    // Only one of the two shows, so a yes/no query leaves no empty options area behind.
    auto *answers = new QWidget;
    auto *answersLayout = new QVBoxLayout(answers);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    m_optionsPage = new QWidget;
    auto *optionsLayout = new QVBoxLayout(m_optionsPage);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_options = new QListWidget;
    m_options->setObjectName(QStringLiteral("optionsList"));
    m_options->setAccessibleName(tr("Answer options"));
    m_options->setToolTip(tr("F2 edits the selected option, Insert adds one, Delete removes one"));
    m_options->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_options->setMinimumHeight(lines(m_options, 6));
    m_options->installEventFilter(this);
    auto *optionButtons = new QHBoxLayout;
    m_addOption = new QPushButton(tr("&Add option"));
    m_addOption->setObjectName(QStringLiteral("addOptionButton"));
    m_addOption->setToolTip(tr("Add a clinical option (Insert in the list)"));
    m_addOption->setAutoDefault(false);
    m_removeOption = new QPushButton(tr("&Remove option"));
    m_removeOption->setObjectName(QStringLiteral("removeOptionButton"));
    m_removeOption->setToolTip(tr("Remove the selected option (Delete in the list)"));
    m_removeOption->setAutoDefault(false);
    auto *fixedNote = new QLabel(tr("“Other (please specify)” and “Clinically undetermined” "
                                    "always stay."));
    fixedNote->setWordWrap(true);
    fixedNote->setForegroundRole(QPalette::PlaceholderText);
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addWidget(fixedNote, 1);
    optionsLayout->addWidget(m_options, 1);
    optionsLayout->addLayout(optionButtons);
    m_fixedAnswers = new QLabel;
    m_fixedAnswers->setObjectName(QStringLiteral("fixedAnswersLabel"));
    m_fixedAnswers->setWordWrap(true);
    m_fixedAnswers->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    answersLayout->addWidget(m_optionsPage);
    answersLayout->addWidget(m_fixedAnswers);
    auto *optionsLabel = new QLabel(tr("&Options:"));
    optionsLabel->setBuddy(m_options);
    addRow(kOptionsRow, optionsLabel, answers);
    layout->addLayout(m_grid, 1);

    m_message = new InlineMessage;
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_send = new QPushButton(tr("&Send query"));
    m_send->setObjectName(QStringLiteral("sendQueryButton"));
    m_send->setToolTip(
        tr("Send the query to %1 (Ctrl+Enter)").arg(m_encounter.summary.providerName));
    m_send->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Close without sending (Esc)"));
    m_cancel->setAutoDefault(false);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    // Reading order, whatever order the button box lays its buttons out in.
    setTabOrder(m_template, m_question);
    setTabOrder(m_question, m_quote);
    setTabOrder(m_quote, m_options);
    setTabOrder(m_options, m_addOption);
    setTabOrder(m_addOption, m_removeOption);
    setTabOrder(m_removeOption, m_send);
    setTabOrder(m_send, m_cancel);

    // Send goes through send() only: the button box must not accept on its own.
    connect(m_send, &QPushButton::clicked, this, &QueryComposerDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &QueryComposerDialog::send);
    }
    connect(m_template, &QComboBox::currentIndexChanged, this, &QueryComposerDialog::applyTemplate);
    connect(m_addOption, &QPushButton::clicked, this, &QueryComposerDialog::addOption);
    connect(m_removeOption, &QPushButton::clicked, this, &QueryComposerDialog::removeOption);
    connect(m_options, &QListWidget::currentItemChanged, this,
        &QueryComposerDialog::updateOptionButtons);
}

void QueryComposerDialog::loadTemplates()
{
    auto all = m_templates.queryTemplates();
    if (!all) {
        m_message->showError(windowTitle(), all.error());
        m_send->setEnabled(false);
        return;
    }
    m_list = all.value();
    const QSignalBlocker block(m_template);
    for (const QueryTemplate &t : std::as_const(m_list))
        m_template->addItem(t.title, t.key);
    m_template->setCurrentIndex(m_list.isEmpty() ? -1 : 0);
    applyTemplate(m_template->currentIndex());
}

const QueryTemplate *QueryComposerDialog::currentTemplate() const
{
    const int i = m_template->currentIndex();
    return i >= 0 && i < m_list.size() ? &m_list.at(i) : nullptr;
}

QString QueryComposerDialog::templateKey() const
{
    const QueryTemplate *t = currentTemplate();
    return t ? t->key : QString();
}

QString QueryComposerDialog::prefilledQuestion(const QueryTemplate &t) const
{
    QString q = t.question;
    q.replace(QLatin1String("{dos}"),
        QLocale().toString(m_encounter.summary.dateOfService, QLocale::ShortFormat));
    // With several services the coder names the one meant; send() insists on it.
    if (m_encounter.services.size() == 1)
        q.replace(QLatin1String("{service}"), m_encounter.services.first().code);
    return q;
}

void QueryComposerDialog::applyTemplate(int index)
{
    m_message->clearMessage();
    if (index < 0 || index >= m_list.size())
        return;
    const QueryTemplate &t = m_list.at(index);

    const QString question = prefilledQuestion(t);
    const QString typed = m_question->toPlainText();
    if (typed.trimmed().isEmpty() || typed == m_lastPrefill) {
        m_question->setPlainText(question);
    } else {
        // The coder had reworded the question: replace it as one undoable edit.
        QTextCursor cursor(m_question->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(question);
        m_message->showMessage(InlineMessage::Severity::Info,
            tr("The question now follows the new template; Ctrl+Z in the "
               "question brings your wording back."));
    }
    m_lastPrefill = question;

    m_source->setText(tr("Source: %1").arg(t.source));
    m_options->clear();
    if (t.form == kMultipleChoice) {
        m_form->setText(tr("<b>Multiple choice</b>: the provider picks one option."));
        m_quoteHint->setText(tr("Quote the documentation the options are about."));
        for (const QString &option : t.options) {
            auto *item = new QListWidgetItem(option, m_options);
            const bool locked = isEscapeOption(option);
            item->setData(kLockedRole, locked);
            if (locked) {
                item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setToolTip(tr("Always offered: a compliant query keeps this option."));
            } else {
                item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
                item->setToolTip(tr("F2 edits, Delete removes"));
            }
        }
        m_options->setCurrentRow(0);
    } else if (t.form == kYesNo) {
        m_form->setText(tr("<b>Yes/no</b>: only to confirm a fact the note already documents, "
                           "never to suggest a new diagnosis."));
        m_quoteHint->setText(tr("Required: quote the documented fact the provider confirms."));
        m_fixedAnswers->setText(
            tr("The provider answers “%1” or “%2”.").arg(t.options.value(0), t.options.value(1)));
    } else {
        m_form->setText(tr("<b>Open-ended</b>: the provider answers in their own words."));
        m_quoteHint->setText(tr("Quote the documentation the question is about."));
        m_fixedAnswers->setText(tr("No options: the provider writes the answer."));
    }
    m_optionsPage->setVisible(t.form == kMultipleChoice);
    m_grid->setRowStretch(kOptionsRow, t.form == kMultipleChoice ? 1 : 0);
    m_fixedAnswers->setVisible(t.form != kMultipleChoice);
    m_options->setEnabled(t.form == kMultipleChoice);
    updateOptionButtons();
}

QStringList QueryComposerDialog::options() const
{
    const QueryTemplate *t = currentTemplate();
    if (!t || t->form != kMultipleChoice)
        return {};
    QStringList out;
    for (int i = 0; i < m_options->count(); ++i) {
        const QString text = m_options->item(i)->text().trimmed();
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

void QueryComposerDialog::addOption()
{
    if (!m_options->isEnabled())
        return;
    // New clinical options go above the two that always close the list.
    int row = m_options->count();
    for (int i = 0; i < m_options->count(); ++i) {
        if (m_options->item(i)->data(kLockedRole).toBool()) {
            row = i;
            break;
        }
    }
    auto *item = new QListWidgetItem(tr("New option"));
    item->setData(kLockedRole, false);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
    item->setToolTip(tr("F2 edits, Delete removes"));
    m_options->insertItem(row, item);
    m_options->setCurrentItem(item);
    m_options->setFocus();
    m_options->editItem(item);
}

void QueryComposerDialog::removeOption()
{
    QListWidgetItem *item = m_options->currentItem();
    if (!item || !m_options->isEnabled())
        return;
    if (item->data(kLockedRole).toBool()) {
        m_message->showMessage(InlineMessage::Severity::Warning,
            tr("“%1” stays: a compliant multiple-choice query always offers "
               "it.")
                .arg(item->text()));
        return;
    }
    m_message->clearMessage();
    delete m_options->takeItem(m_options->row(item));
    updateOptionButtons();
}

void QueryComposerDialog::updateOptionButtons()
{
    const QListWidgetItem *item = m_options->currentItem();
    m_addOption->setEnabled(m_options->isEnabled());
    m_removeOption->setEnabled(m_options->isEnabled() && item && !item->data(kLockedRole).toBool());
}

bool QueryComposerDialog::isEditingOption() const
{
    // The item editor is a child of the list's viewport and has the focus while open.
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != m_options && m_options->isAncestorOf(focus);
}

bool QueryComposerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_options && event->type() == QEvent::KeyPress && !isEditingOption()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeOption();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addOption();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QueryComposerDialog::send()
{
    m_message->clearMessage();
    const QueryTemplate *t = currentTemplate();
    if (!t) {
        m_message->showMessage(InlineMessage::Severity::Warning, tr("Choose a query template."));
        m_template->setFocus();
        return;
    }
    // An option still being edited counts as typed.
    if (isEditingOption())
        m_options->setFocus();

    // A template placeholder left in the question would reach the provider as "{service}".
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z_]+\\}"));
    const QRegularExpressionMatch match = placeholder.match(m_question->toPlainText());
    if (match.hasMatch()) {
        m_message->showMessage(InlineMessage::Severity::Warning,
            tr("Replace %1 in the question with what it stands for before "
               "sending.")
                .arg(match.captured()));
        QTextCursor cursor(m_question->document());
        cursor.setPosition(int(match.capturedStart()));
        cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
        m_question->setTextCursor(cursor);
        m_question->setFocus();
        return;
    }

    QueryService::NewQuery query;
    query.templateKey = t->key;
    query.question = m_question->toPlainText();
    query.quotedText = m_quote->toPlainText();
    query.options = options();
    auto id = m_queries.send(m_session, m_encounter.summary.id, query);
    if (!id) {
        m_message->showError(windowTitle(), id.error());
        if (t->form == kYesNo && query.quotedText.trimmed().isEmpty())
            m_quote->setFocus();
        else if (query.question.trimmed().isEmpty())
            m_question->setFocus();
        else if (t->form == kMultipleChoice)
            m_options->setFocus();
        return;
    }
    m_queryId = id.value();
    accept();
}

} // namespace cc

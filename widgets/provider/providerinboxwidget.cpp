// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerinboxwidget.h"
#include "common/errorbox.h"
#include "common/worklistkeys.h"
#include "common/inlinemessage.h"
#include "queryinboxmodel.h"
#include "services/encounterservice.h"
#include "services/queryservice.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

namespace {

const auto kOpenForm = QLatin1String("open");
const QUrl kOverdueImage(QStringLiteral("cc-inbox:overdue"));

/// Options such as "Other (please specify)" take the provider's words after a colon.
bool takesDetail(const QString &option)
{
    return option.contains(QLatin1String("please specify"), Qt::CaseInsensitive);
}

QString escapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

ProviderInboxWidget::ProviderInboxWidget(
    const Session &session, QueryService &queries, EncounterService &encounters, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_queries(queries)
    , m_encounters(encounters)
{
    setObjectName(QStringLiteral("providerInbox"));
    m_model = new QueryInboxModel(this);
    m_model->setIcons(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this),
        style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QueryInboxModel::SortRole);
    buildUi();
    reload();
    connect(&m_queries, &QueryService::queriesChanged, this, &ProviderInboxWidget::reload);
}

ProviderInboxWidget::~ProviderInboxWidget()
{
    QSettings settings;
    const QString prefix = QStringLiteral("providerInbox/%1/").arg(m_session.username);
    settings.setValue(prefix + QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(prefix + QStringLiteral("detailSplitter"), m_detailSplitter->saveState());
}

void ProviderInboxWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_showAnswered = new QCheckBox(tr("Show ans&wered"));
    m_showAnswered->setObjectName(QStringLiteral("showAnsweredCheck"));
    m_showAnswered->setAccessibleName(tr("Show answered queries"));
    m_showAnswered->setToolTip(tr("List the queries you already answered too (Alt+W)"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_showAnswered);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

    // The list (or why it is empty) above the selected query.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("inboxSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_listStack = new QStackedWidget;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setAccessibleName(tr("Documentation queries"));
    m_table->setToolTip(tr("J/K or arrows: next/previous query · Enter: answer it · F5: refresh"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(QueryInboxModel::Column::Sent), Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setTabKeyNavigation(false);
    auto *header = m_table->horizontalHeader();
    // An inbox holds a handful of rows: measuring them to fit costs nothing.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(QueryInboxModel::Column::Patient), QHeaderView::Stretch);
    auto *keys = new WorkListKeys(m_table);
    connect(keys, &WorkListKeys::openRequested, this, &ProviderInboxWidget::focusAnswer);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_splitter->addWidget(m_listStack);

    m_detailStack = new QStackedWidget;
    m_placeholder = new QLabel(tr("Select a query to read it and answer."));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_detailSplitter = new QSplitter(Qt::Horizontal);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    m_view = new QTextBrowser;
    m_view->setObjectName(QStringLiteral("queryView"));
    m_view->setAccessibleName(tr("Question, quoted text and clinical note"));
    m_view->setTabChangesFocus(true);
    m_view->setOpenLinks(false);
    m_view->document()->addResource(QTextDocument::ImageResource, kOverdueImage,
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(16, 16));
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("answerPanel"));
    buildAnswerPanel(panel);
    m_detailSplitter->addWidget(m_view);
    m_detailSplitter->addWidget(panel);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setSizes({600, 400});
    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(m_detailSplitter);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({200, 560});
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    const QString prefix = QStringLiteral("providerInbox/%1/").arg(m_session.username);
    m_splitter->restoreState(settings.value(prefix + QStringLiteral("splitter")).toByteArray());
    m_detailSplitter->restoreState(
        settings.value(prefix + QStringLiteral("detailSplitter")).toByteArray());

    // Reading order; the option radios are threaded in between when a query is shown.
    setTabOrder(m_showAnswered, m_table);
    setTabOrder(m_table, m_view);
    setTabOrder(m_view, m_specify);
    setTabOrder(m_specify, m_answerEdit);
    setTabOrder(m_answerEdit, m_addendum);
    setTabOrder(m_addendum, m_send);

    connect(m_showAnswered, &QCheckBox::toggled, this, &ProviderInboxWidget::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_reloading)
            showCurrent();
    });
    connect(m_send, &QPushButton::clicked, this, &ProviderInboxWidget::sendAnswer);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ProviderInboxWidget::sendAnswer);
    }
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &ProviderInboxWidget::reload);
}

void ProviderInboxWidget::buildAnswerPanel(QWidget *panel)
{
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    m_answerBox = new QGroupBox(tr("Your answer"));
    m_answerBox->setObjectName(QStringLiteral("answerBox"));
    auto *answerLayout = new QVBoxLayout(m_answerBox);
    m_optionsHost = new QWidget;
    m_optionsHost->setObjectName(QStringLiteral("optionsHost"));
    auto *optionsLayout = new QVBoxLayout(m_optionsHost);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_choices = new QButtonGroup(this);
    m_choices->setExclusive(true);
    optionsLayout->addStretch(1);
    answerLayout->addWidget(m_optionsHost);

    auto *specifyRow = new QHBoxLayout;
    m_specifyLabel = new QLabel(tr("S&pecify:"));
    m_specify = new QLineEdit;
    m_specify->setObjectName(QStringLiteral("otherEdit"));
    m_specify->setAccessibleName(tr("Specify the other answer"));
    m_specify->setToolTip(tr("Your words for an option that asks you to specify (Alt+P)"));
    m_specify->setPlaceholderText(tr("For “Other (please specify)”"));
    m_specifyLabel->setBuddy(m_specify);
    specifyRow->addSpacing(20);
    specifyRow->addWidget(m_specifyLabel);
    specifyRow->addWidget(m_specify, 1);
    answerLayout->addLayout(specifyRow);

    m_answerEdit = new QPlainTextEdit;
    m_answerEdit->setObjectName(QStringLiteral("answerEdit"));
    m_answerEdit->setAccessibleName(tr("Your answer"));
    m_answerEdit->setPlaceholderText(tr("Answer in your own clinical words."));
    m_answerEdit->setTabChangesFocus(true);
    answerLayout->addWidget(m_answerEdit);
    layout->addWidget(m_answerBox, 1);

    m_answered = new QLabel;
    m_answered->setObjectName(QStringLiteral("answeredLabel"));
    m_answered->setWordWrap(true);
    m_answered->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_answered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_answered, 1);

    m_addendumBox = new QWidget;
    auto *addendumLayout = new QVBoxLayout(m_addendumBox);
    addendumLayout->setContentsMargins(0, 0, 0, 0);
    auto *addendumLabel = new QLabel(tr("A&ddendum to the note (optional):"));
    m_addendum = new QPlainTextEdit;
    m_addendum->setObjectName(QStringLiteral("addendumEdit"));
    m_addendum->setAccessibleName(tr("Addendum to the note"));
    m_addendum->setToolTip(tr("Optional documentation added to the note (Alt+D)"));
    m_addendum->setTabChangesFocus(true);
    m_addendum->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 16);
    addendumLabel->setBuddy(m_addendum);
    auto *hint = new QLabel(tr("Added below your note as “Addendum by %1 on <i>today's "
                               "date</i>: …”, signed with your name and dated. The original "
                               "note is not changed.")
                                .arg(m_session.fullName.toHtmlEscaped()));
    hint->setObjectName(QStringLiteral("addendumHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    addendumLayout->addWidget(addendumLabel);
    addendumLayout->addWidget(m_addendum, 1);
    addendumLayout->addWidget(hint);
    layout->addWidget(m_addendumBox, 1);

    m_message = new InlineMessage;
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("&Send answer"));
    m_send->setObjectName(QStringLiteral("sendAnswerButton"));
    m_send->setToolTip(tr("Send your answer to the coder (Ctrl+Enter)"));
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateSpecify();
    });
    connect(m_specify, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing a specification chooses "Other" unless an option asking for detail is chosen.
        if (text.isEmpty() || !m_shown)
            return;
        const int checked = m_choices->checkedId();
        if (checked >= 0 && takesDetail(m_shown->options.value(checked)))
            return;
        for (int i = 0; i < m_shown->options.size(); ++i) {
            if (m_shown->options.at(i).startsWith(QLatin1String("other"), Qt::CaseInsensitive)) {
                if (auto *b = m_choices->button(i))
                    b->setChecked(true);
                break;
            }
        }
    });
}

const DocumentationQuery *ProviderInboxWidget::current() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->queryAt(m_proxy->mapToSource(i).row()) : nullptr;
}

qint64 ProviderInboxWidget::currentQueryId() const
{
    const DocumentationQuery *q = current();
    return q ? q->id : 0;
}

bool ProviderInboxWidget::selectQuery(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

void ProviderInboxWidget::reload()
{
    saveDraft();
    const qint64 keep = currentQueryId();
    const int keepRow = m_table->currentIndex().row();
    int days = 3;
    if (auto d = m_queries.overdueDays())
        days = d.value();
    auto rows = m_queries.inbox(m_session, m_showAnswered->isChecked());
    m_reloading = true;
    m_model->setQueries(
        rows ? rows.value() : QList<DocumentationQuery>(), QDateTime::currentDateTimeUtc(), days);
    m_reloading = false;
    if (!rows) {
        // An account not linked to a provider is a sentence to read, not an alarm.
        m_empty->setText(rows.error().kind == Error::Kind::Invalid
                ? rows.error().userMessage
                : tr("The queries could not be loaded. Press F5 to try again."));
        m_listStack->setCurrentWidget(m_empty);
        m_count->clear();
        clearDetail();
        if (rows.error().kind != Error::Kind::Invalid)
            ui::showError(this, tr("Queries"), rows.error());
        return;
    }
    updateCounts();

    // Keep the provider's place: the same query, else the one that moved into its row.
    const int count = m_proxy->rowCount();
    if (count == 0) {
        clearDetail();
        return;
    }
    int row = m_model->rowOf(keep) >= 0
        ? m_proxy->mapFromSource(m_model->index(m_model->rowOf(keep), 0)).row()
        : qBound(0, keepRow, count - 1);
    m_reloading = true;
    m_table->setCurrentIndex(m_proxy->index(row, 0));
    m_reloading = false;
    showCurrent();
}

void ProviderInboxWidget::updateCounts()
{
    int open = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_model->queryAt(r)->isAnswered())
            ++open;
    }
    const int overdue = m_model->overdueCount();
    // "Label: number" reads right in every language without plural catalogues.
    QString text = tr("Open queries: %1").arg(open);
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("Overdue: %1").arg(overdue);
    m_count->setText(text);
    emit openCountChanged(open);

    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    m_empty->setText(m_showAnswered->isChecked()
            ? tr("No queries yet — coders' questions about your notes appear "
                 "here.")
            : tr("No open queries — coders' questions about your notes appear "
                 "here."));
    m_listStack->setCurrentWidget(m_empty);
}

void ProviderInboxWidget::showCurrent()
{
    const DocumentationQuery *q = current();
    if (!q) {
        clearDetail();
        return;
    }
    // Same query, same state: leave the form alone so a reload never eats the typing.
    if (m_shown && m_shown->id == q->id && m_shown->isAnswered() == q->isAnswered())
        return;
    saveDraft();
    showQuery(*q);
    restoreDraft(q->id);
}

void ProviderInboxWidget::clearDetail()
{
    saveDraft();
    m_shown.reset();
    m_view->clear();
    m_message->clearMessage();
    m_detailStack->setCurrentWidget(m_placeholder);
    m_placeholder->setText(
        m_model->rowCount() > 0 ? tr("Select a query to read it and answer.") : QString());
}

void ProviderInboxWidget::showQuery(const DocumentationQuery &q)
{
    m_shown = q;
    m_message->clearMessage();
    auto detail = m_encounters.open(m_session, q.encounterId);
    m_view->setHtml(viewHtml(
        q, detail ? &detail.value() : nullptr, detail ? QString() : detail.error().userMessage));

    const bool answered = q.isAnswered();
    m_answerBox->setVisible(!answered);
    m_addendumBox->setVisible(!answered);
    m_send->setVisible(!answered);
    m_answered->setVisible(answered);
    m_specify->clear();
    m_answerEdit->clear();
    m_addendum->clear();
    if (answered) {
        const QLocale locale;
        QString html = tr("<p><b>Answered</b> by %1 on %2:</p><p>%3</p>")
                           .arg(q.answeredByName.toHtmlEscaped(),
                               locale.toString(q.answeredAt->toLocalTime(), QLocale::ShortFormat),
                               escapedLines(q.answer));
        if (!q.addendum.isEmpty())
            html += tr("<p><b>Addendum</b>:</p><p>%1</p>").arg(escapedLines(q.addendum));
        m_answered->setText(html);
    }
    rebuildOptions(q);
    m_detailStack->setCurrentWidget(m_detailSplitter);
}

QString ProviderInboxWidget::viewHtml(
    const DocumentationQuery &q, const EncounterDetail *detail, const QString &openError) const
{
    const QLocale locale;
    // A highlighter-pen mark, distinct from the selection colour, readable in both palettes.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString mark = dark ? QStringLiteral("background-color: #6b5500; color: #ffffff;")
                              : QStringLiteral("background-color: #fff1a8; color: #000000;");
    QString html = QStringLiteral("<h3>%1</h3>").arg(q.patientName.toHtmlEscaped());
    html += tr("<p>Seen %1 · asked by %2 on %3</p>")
                .arg(locale.toString(q.dateOfService, QLocale::ShortFormat),
                    q.coderName.toHtmlEscaped(),
                    locale.toString(q.sentAt.toLocalTime(), QLocale::ShortFormat));
    if (q.isOverdue(QDateTime::currentDateTimeUtc(), m_model->overdueDays())) {
        html += QStringLiteral("<p><img src=\"%1\" width=\"16\" height=\"16\"> <b>%2</b></p>")
                    .arg(kOverdueImage.toString(),
                        tr("Overdue: unanswered for more than %n day(s).", nullptr,
                            m_model->overdueDays()));
    }
    html += tr("<h4>Question</h4><p>%1</p>").arg(escapedLines(q.question));
    if (q.quotedText.isEmpty()) {
        html += tr("<h4>Quoted from your note</h4><p><i>The coder quoted no part of the "
                   "note.</i></p>");
    } else {
        html += tr("<h4>Quoted from your note</h4>")
            + QStringLiteral("<p style=\"%1\">%2</p>").arg(mark, escapedLines(q.quotedText));
    }

    html += tr("<h4>Clinical note</h4>");
    if (!detail) {
        html += QStringLiteral("<p>%1</p>").arg(openError.toHtmlEscaped());
        return html;
    }
    // The quoted passage is marked where it stands in the note, so the provider sees context.
    const QString &note = detail->clinicalNote;
    qsizetype at = q.quotedText.isEmpty() ? -1 : note.indexOf(q.quotedText);
    if (at < 0 && !q.quotedText.isEmpty())
        at = note.indexOf(q.quotedText, 0, Qt::CaseInsensitive);
    QString body;
    if (at >= 0) {
        body = note.left(at).toHtmlEscaped()
            + QStringLiteral("<span style=\"%1\">%2</span>")
                  .arg(mark, note.mid(at, q.quotedText.size()).toHtmlEscaped())
            + note.mid(at + q.quotedText.size()).toHtmlEscaped();
    } else {
        body = note.toHtmlEscaped();
    }
    html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(body);
    if (at < 0 && !q.quotedText.isEmpty())
        html += tr("<p><i>The quoted words are no longer found as such in the note.</i></p>");
    if (!detail->addendum.isEmpty()) {
        html += tr("<h4>Addenda</h4>")
            + QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>")
                  .arg(detail->addendum.toHtmlEscaped());
    }
    return html;
}

void ProviderInboxWidget::rebuildOptions(const DocumentationQuery &q)
{
    for (QAbstractButton *b : m_choices->buttons()) {
        m_choices->removeButton(b);
        delete b;
    }
    qDeleteAll(m_optionShortcuts);
    m_optionShortcuts.clear();

    const bool open = q.form == kOpenForm || q.options.isEmpty();
    m_answerEdit->setVisible(open);
    m_optionsHost->setVisible(!open);
    // Radios take the room they need; a written answer shares the room with the addendum.
    if (auto *panel = qobject_cast<QVBoxLayout *>(m_answerBox->parentWidget()->layout()))
        panel->setStretchFactor(m_answerBox, open ? 1 : 0);
    QWidget *previous = m_view;
    if (!open && !q.isAnswered()) {
        auto *layout = static_cast<QVBoxLayout *>(m_optionsHost->layout());
        for (int i = 0; i < q.options.size(); ++i) {
            const QString &option = q.options.at(i);
            auto *radio = new QRadioButton(option);
            radio->setObjectName(QStringLiteral("option_%1").arg(i));
            radio->setAccessibleName(option);
            layout->insertWidget(i, radio);
            radio->show(); // a layout shows new children of a visible parent only later
            m_choices->addButton(radio, i);
            setTabOrder(previous, radio);
            previous = radio;
            if (i < 9) {
                const QKeySequence keys(Qt::ALT | Qt::Key(Qt::Key_1 + i));
                radio->setToolTip(
                    tr("Choose “%1” (%2)").arg(option, keys.toString(QKeySequence::NativeText)));
                auto *shortcut = new QShortcut(keys, this);
                shortcut->setContext(Qt::WidgetWithChildrenShortcut);
                connect(shortcut, &QShortcut::activated, radio, [radio] {
                    radio->setChecked(true);
                    radio->setFocus();
                });
                m_optionShortcuts.append(shortcut);
            }
        }
    }
    setTabOrder(previous, m_specify);
    setTabOrder(m_specify, m_answerEdit);
    updateSpecify();
}

void ProviderInboxWidget::updateSpecify()
{
    const bool any
        = m_shown && std::any_of(m_shown->options.cbegin(), m_shown->options.cend(), takesDetail);
    const bool visible = any && !m_optionsHost->isHidden();
    m_specifyLabel->setVisible(visible);
    m_specify->setVisible(visible);
    if (!visible)
        return;
    const int checked = m_choices->checkedId();
    const QString option = checked >= 0 ? m_shown->options.value(checked) : QString();
    m_specify->setPlaceholderText(takesDetail(option) ? tr("Required for “%1”").arg(option)
                                                      : tr("For “Other (please specify)”"));
}

void ProviderInboxWidget::saveDraft()
{
    if (!m_shown || m_shown->isAnswered())
        return;
    Draft d {m_choices->checkedId(), m_specify->text(), m_answerEdit->toPlainText(),
        m_addendum->toPlainText()};
    if (d.option < 0 && d.specify.isEmpty() && d.text.isEmpty() && d.addendum.isEmpty())
        m_drafts.remove(m_shown->id);
    else
        m_drafts.insert(m_shown->id, d);
}

void ProviderInboxWidget::restoreDraft(qint64 id)
{
    const auto it = m_drafts.constFind(id);
    if (it == m_drafts.cend())
        return;
    if (auto *b = m_choices->button(it->option))
        b->setChecked(true);
    m_specify->setText(it->specify);
    m_answerEdit->setPlainText(it->text);
    m_addendum->setPlainText(it->addendum);
}

QString ProviderInboxWidget::composeAnswer(const DocumentationQuery &q, QString *problem) const
{
    if (q.form == kOpenForm || q.options.isEmpty())
        return m_answerEdit->toPlainText().trimmed();
    const int checked = m_choices->checkedId();
    const QString specify = m_specify->text().trimmed();
    if (checked < 0)
        return {}; // the service says what to do
    const QString option = q.options.value(checked);
    if (!takesDetail(option)) {
        if (!specify.isEmpty()) {
            *problem = tr("You wrote “%1” under Specify but chose “%2”, which takes no detail: "
                          "clear the Specify box or choose the option it belongs to.")
                           .arg(specify, option);
        }
        return option;
    }
    if (specify.isEmpty()) {
        *problem = tr("“%1” needs your words: write them in the Specify box.").arg(option);
        return {};
    }
    //: The chosen option followed by the provider's words, e.g. "Other (please specify): midline"
    return tr("%1: %2").arg(option, specify);
}

void ProviderInboxWidget::sendAnswer()
{
    if (!m_shown || m_shown->isAnswered())
        return;
    m_message->clearMessage();
    const DocumentationQuery q = *m_shown;
    QString problem;
    const QString answer = composeAnswer(q, &problem);
    if (!problem.isEmpty()) {
        m_message->showMessage(InlineMessage::Severity::Warning, problem);
        m_specify->setFocus();
        return;
    }
    const QString addendum = m_addendum->toPlainText();
    auto r = m_queries.answer(m_session, q.id, answer, addendum);
    if (!r) {
        m_message->showError(tr("Send answer"), r.error());
        focusAnswer();
        return;
    }
    // queriesChanged has already reloaded the list; the draft of this query is spent.
    m_drafts.remove(q.id);
    const QString done = addendum.trimmed().isEmpty()
        ? tr("Answer sent to %1 for %2.").arg(q.coderName, q.patientName)
        : tr("Answer and addendum sent to %1 for %2.").arg(q.coderName, q.patientName);
    m_status->setText(done);
    emit statusMessageRequested(done);
    if (m_proxy->rowCount() > 0 && m_listStack->currentWidget() == m_table)
        m_table->setFocus();
}

void ProviderInboxWidget::focusAnswer()
{
    if (!m_shown || m_shown->isAnswered())
        return;
    if (!m_answerEdit->isHidden()) {
        m_answerEdit->setFocus();
        return;
    }
    QAbstractButton *target = m_choices->checkedButton();
    if (!target && !m_choices->buttons().isEmpty())
        target = m_choices->buttons().constFirst();
    if (target)
        target->setFocus();
}

} // namespace cc

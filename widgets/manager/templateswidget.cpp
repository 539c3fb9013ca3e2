// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateswidget.h"
#include "common/errorbox.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

using Kind = TemplateService::Kind;

QString formLabel(const QString &form)
{
    if (form == QLatin1String("multiple_choice"))
        return TemplatesWidget::tr("Multiple choice");
    if (form == QLatin1String("yes_no"))
        return TemplatesWidget::tr("Yes or no");
    if (form == QLatin1String("open"))
        return TemplatesWidget::tr("Open-ended");
    return form;
}

} // namespace

TemplatesWidget::TemplatesWidget(const Session &session, TemplateService &templates,
                                 QWidget *parent)
    : QWidget(parent), m_session(session), m_templates(templates)
{
    setObjectName(QStringLiteral("templates"));
    buildUi();
    reload();
}

void TemplatesWidget::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("templatesSplitter"));

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    // The title, and in a column of its own (never elided) whether it was edited or not saved.
    m_list->setColumnCount(2);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(18 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_list->setToolTip(tr("Query templates and specialty checklists; “(edited)” marks the ones "
                          "the practice changed"));
    m_splitter->addWidget(m_list);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_title);

    auto *panes = new QSplitter(Qt::Vertical);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_editor->setAccessibleName(tr("Template JSON"));
    m_editor->setToolTip(tr("The template as JSON; the preview below follows as you type"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Choose a template on the left to read and edit it."));
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Template preview"));
    m_preview->setToolTip(tr("What coders and providers will see"));
    m_preview->setPlaceholderText(tr("The preview of the chosen template shows here."));
    panes->addWidget(m_editor);
    panes->addWidget(m_preview);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 2);
    rightLayout->addWidget(panes, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setAccessibleName(tr("Template message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(tr("&Reset to the shipped version"));
    m_reset->setObjectName(QStringLiteral("resetTemplateButton"));
    m_reset->setToolTip(tr("Drop the practice's version and unsaved changes; the template "
                           "shipped with CleanClaim applies again (Ctrl+Shift+R)"));
    m_reset->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setToolTip(tr("Check and save the template; a template that breaks a rule is not "
                          "saved (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({380, 720});
    layout->addWidget(m_splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &TemplatesWidget::openCurrent);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        updatePreview();
        updateButtons();
        if (m_current)
            updateItem(itemFor(*m_current));
    });
    connect(m_save, &QPushButton::clicked, this, &TemplatesWidget::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplatesWidget::resetToShipped);
}

QTreeWidgetItem *TemplatesWidget::itemFor(const Key &key) const
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            if (item->data(0, kKindRole).toInt() == key.first
                && item->data(0, kKeyRole).toString() == key.second)
                return item;
        }
    }
    return nullptr;
}

void TemplatesWidget::reload()
{
    const std::optional<Key> keep = m_current;
    m_loading = true;
    m_list->clear();
    m_saved.clear();
    m_edited.clear();
    m_current.reset();
    const QList<std::pair<Kind, QString>> groups = {{Kind::Query, tr("Query templates")},
                                                    {Kind::Checklist, tr("Checklists")}};
    for (const auto &[kind, label] : groups) {
        auto *group = new QTreeWidgetItem(m_list, {label});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        const QStringList keys = TemplateService::shippedKeys(kind);
        if (keys.isEmpty()) {
            auto *none = new QTreeWidgetItem(group, {tr("None in this copy of CleanClaim")});
            none->setFlags(Qt::NoItemFlags);
        }
        for (const QString &key : keys) {
            auto text = m_templates.content(kind, key);
            if (!text) {
                m_loading = false;
                ui::showError(this, tr("Templates"), text.error());
                return;
            }
            const Key k{int(kind), key};
            m_saved.insert(k, text->first);
            m_edited.insert(k, text->second);
            auto *item = new QTreeWidgetItem(group);
            item->setData(0, kKindRole, int(kind));
            item->setData(0, kKeyRole, key);
            updateItem(item);
        }
        group->setExpanded(true);
    }
    m_loading = false;

    QTreeWidgetItem *target = keep ? itemFor(*keep) : nullptr;
    if (!target && m_list->topLevelItemCount() > 0 && m_list->topLevelItem(0)->childCount() > 0)
        target = m_list->topLevelItem(0)->child(0);
    if (target)
        m_list->setCurrentItem(target);
    else
        openCurrent();
}

void TemplatesWidget::updateItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const Key k{item->data(0, kKindRole).toInt(), item->data(0, kKeyRole).toString()};
    const QString text
            = m_current == k ? m_editor->toPlainText() : m_drafts.value(k, m_saved.value(k));
    // The title people know the template by; the key when the text is not (yet) valid.
    QString title = k.second;
    if (static_cast<Kind>(k.first) == Kind::Query) {
        if (auto t = TemplateService::parseQuery(m_saved.value(k)))
            title = t->title;
    } else if (auto c = TemplateService::parseChecklist(m_saved.value(k))) {
        title = c->title;
    }
    const bool edited = m_edited.value(k);
    const bool unsaved = text != m_saved.value(k);
    QString mark;
    if (edited && unsaved)
        mark = tr("(edited, unsaved)");
    else if (edited)
        mark = tr("(edited)");
    else if (unsaved)
        mark = tr("(unsaved)");
    item->setText(0, title);
    item->setText(1, mark);
    for (int c = 0; c < 2; ++c) {
        QFont font = item->font(c);
        font.setItalic(unsaved);
        item->setFont(c, font);
    }
    const QString tip = edited
            ? tr("%1 (%2): the practice's version applies").arg(title, k.second)
            : tr("%1 (%2): the version shipped with CleanClaim applies").arg(title, k.second);
    item->setToolTip(0, tip);
    item->setToolTip(1, tip);
}

std::optional<std::pair<TemplateService::Kind, QString>> TemplatesWidget::currentTemplate() const
{
    if (!m_current)
        return std::nullopt;
    return std::make_pair(static_cast<Kind>(m_current->first), m_current->second);
}

bool TemplatesWidget::showTemplate(TemplateService::Kind kind, const QString &key)
{
    QTreeWidgetItem *item = itemFor({int(kind), key});
    if (!item)
        return false;
    m_list->setCurrentItem(item);
    return true;
}

void TemplatesWidget::openCurrent()
{
    // Keep what was typed in the template left behind, so that looking elsewhere loses nothing.
    if (m_current) {
        const QString text = m_editor->toPlainText();
        if (text != m_saved.value(*m_current))
            m_drafts.insert(*m_current, text);
        else
            m_drafts.remove(*m_current);
        updateItem(itemFor(*m_current));
    }
    QTreeWidgetItem *item = m_list->currentItem();
    const bool isTemplate = item && item->data(0, kKeyRole).isValid();
    m_current.reset();
    m_loading = true;
    if (isTemplate) {
        const Key k{item->data(0, kKindRole).toInt(), item->data(0, kKeyRole).toString()};
        m_editor->setPlainText(m_drafts.value(k, m_saved.value(k)));
        m_current = k;
    } else {
        m_editor->clear();
    }
    m_loading = false;
    m_editor->setEnabled(isTemplate);
    setMessage(QString(), false);
    updatePreview();
    updateButtons();
}

void TemplatesWidget::updateButtons()
{
    if (!m_current) {
        m_title->setText(tr("Choose a query template or a checklist on the left."));
        m_save->setEnabled(false);
        m_reset->setEnabled(false);
        return;
    }
    const bool edited = m_edited.value(*m_current);
    const bool dirty = m_editor->toPlainText() != m_saved.value(*m_current);
    const QString kind = static_cast<Kind>(m_current->first) == Kind::Query
            ? tr("Query template")
            : tr("Checklist");
    const QString state = edited ? tr("the practice's edited version applies")
                                 : tr("the version shipped with CleanClaim applies");
    m_title->setText(tr("<b>%1 <tt>%2</tt></b> — %3%4")
                             .arg(kind, m_current->second.toHtmlEscaped(), state,
                                  dirty ? tr("; <i>unsaved changes</i>") : QString()));
    m_save->setEnabled(dirty);
    m_reset->setEnabled(edited || dirty);
}

void TemplatesWidget::updatePreview()
{
    if (!m_current) {
        m_preview->clear();
        return;
    }
    const QString json = m_editor->toPlainText();
    QString html;
    if (static_cast<Kind>(m_current->first) == Kind::Query) {
        auto t = TemplateService::parseQuery(json);
        if (!t) {
            m_preview->setHtml(tr("<p style='color:#b00020'>✖ Not valid: %1</p><p>Fix the JSON "
                                  "above; it cannot be saved as it is.</p>")
                                       .arg(t.error().userMessage.toHtmlEscaped()));
            return;
        }
        html = QStringLiteral("<h3>%1</h3>").arg(t->title.toHtmlEscaped());
        html += tr("<p><i>Form:</i> %1</p>").arg(formLabel(t->form).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(t->question.toHtmlEscaped());
        if (t->options.isEmpty()) {
            html += tr("<p><i>The provider answers in their own words.</i></p>");
        } else {
            QString options;
            for (const QString &o : std::as_const(t->options))
                options += QStringLiteral("○ %1<br>").arg(o.toHtmlEscaped());
            html += QStringLiteral("<p>%1</p>").arg(options);
        }
        if (!t->source.isEmpty())
            html += tr("<p><small>Source: %1</small></p>").arg(t->source.toHtmlEscaped());
    } else {
        auto c = TemplateService::parseChecklist(json);
        if (!c) {
            m_preview->setHtml(tr("<p style='color:#b00020'>✖ Not valid: %1</p><p>Fix the JSON "
                                  "above; it cannot be saved as it is.</p>")
                                       .arg(c.error().userMessage.toHtmlEscaped()));
            return;
        }
        html = QStringLiteral("<h3>%1</h3>").arg(c->title.toHtmlEscaped());
        QString items;
        for (const ChecklistItem &i : std::as_const(c->items)) {
            items += i.required ? tr("☐ %1 — <b>required</b><br>").arg(i.text.toHtmlEscaped())
                                : tr("☐ %1 — optional<br>").arg(i.text.toHtmlEscaped());
        }
        html += QStringLiteral("<p>%1</p>").arg(items);
        if (!c->source.isEmpty())
            html += tr("<p><small>Source: %1</small></p>").arg(c->source.toHtmlEscaped());
    }
    m_preview->setHtml(html);
}

void TemplatesWidget::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void TemplatesWidget::save()
{
    if (!m_current)
        return;
    const Key k = *m_current;
    const QString json = m_editor->toPlainText();
    auto saved = m_templates.save(m_session, static_cast<Kind>(k.first), k.second, json);
    if (!saved) {
        const Error &e = saved.error();
        if (e.kind == Error::Kind::Invalid || e.kind == Error::Kind::NotFound) {
            setMessage(tr("✖ Not saved: %1").arg(e.userMessage), true);
        } else {
            setMessage(QString(), false);
            ui::showError(this, tr("Templates"), e);
        }
        return;
    }
    m_saved.insert(k, json);
    m_edited.insert(k, true);
    m_drafts.remove(k);
    updateItem(itemFor(k));
    updateButtons();
    const QString text = static_cast<Kind>(k.first) == Kind::Query
            ? tr("✔ Saved. Queries sent from now on use this version.")
            : tr("✔ Saved. Coders see this checklist the next time they open an encounter.");
    setMessage(text, false);
    emit statusMessageRequested(text);
}

void TemplatesWidget::resetToShipped()
{
    if (!m_current)
        return;
    const Key k = *m_current;
    const auto kind = static_cast<Kind>(k.first);
    QString text;
    if (m_edited.value(k)) {
        if (auto r = m_templates.reset(m_session, kind, k.second); !r) {
            ui::showError(this, tr("Templates"), r.error());
            return;
        }
        auto shipped = m_templates.content(kind, k.second);
        if (!shipped) {
            ui::showError(this, tr("Templates"), shipped.error());
            return;
        }
        m_saved.insert(k, shipped->first);
        m_edited.insert(k, shipped->second);
        text = tr("The shipped version applies again. Ctrl+Z in the editor brings the practice's "
                  "version back, to save it again.");
    } else {
        text = tr("Unsaved changes dropped. Ctrl+Z in the editor brings them back.");
    }
    m_drafts.remove(k);
    // Replace the text as one edit rather than setPlainText(), so that undo can bring back
    // the version just dropped.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_saved.value(k));
    cursor.endEditBlock();
    m_editor->moveCursor(QTextCursor::Start);
    updateItem(itemFor(k));
    updateButtons();
    setMessage(text, false);
    emit statusMessageRequested(text);
}

} // namespace cc

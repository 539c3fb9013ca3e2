// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"
#include "services/templateservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace cc {

/**
 * The manager's editor for documentation-query templates and specialty checklists. On the left
 * every shipped template, marked "(edited)" when the practice's own version applies; on the
 * right its JSON, a live preview of what coders and providers will see, Save (checked by
 * TemplateService: a refused version is not saved and the sentence says why) and Reset to the
 * shipped version. Unsaved text is kept per template while the manager looks at another one.
 */
class TemplatesWidget : public QWidget
{
    Q_OBJECT
public:
    TemplatesWidget(const Session &session, TemplateService &templates,
                    QWidget *parent = nullptr);

    /// Kind and key of the template shown, if one is.
    std::optional<std::pair<TemplateService::Kind, QString>> currentTemplate() const;

public slots:
    void reload();
    /// Shows the template (kind, key); returns false when it is not listed.
    bool showTemplate(TemplateService::Kind kind, const QString &key);
    void save();
    void resetToShipped();

signals:
    void statusMessageRequested(const QString &message);

private:
    using Key = QPair<int, QString>; ///< (int(kind), key)

    void buildUi();
    void openCurrent();
    void updatePreview();
    void updateItem(QTreeWidgetItem *item);
    void updateButtons();
    void setMessage(const QString &text, bool problem);
    QTreeWidgetItem *itemFor(const Key &key) const;

    Session m_session;
    TemplateService &m_templates;
    QHash<Key, QString> m_saved;  ///< the text in force, as last read
    QHash<Key, bool> m_edited;    ///< whether the practice's version applies
    QHash<Key, QString> m_drafts; ///< unsaved text of templates not shown
    std::optional<Key> m_current;
    bool m_loading = false;

    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codesearchbox.h"
#include "services/codesetservice.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kResultLimit = 30;
} // namespace

CodeSearchBox::CodeSearchBox(CodeSetService &codes, CodeKinds kinds, QWidget *parent)
    : QWidget(parent), m_codes(codes), m_kinds(kinds)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the box
    m_results->setMaximumHeight(150);
    m_results->setUniformItemSizes(true);
    m_results->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    connect(m_edit, &QLineEdit::textChanged, this, &CodeSearchBox::search);
    connect(m_results, &QListWidget::itemActivated, this, &CodeSearchBox::choose);
    connect(m_results, &QListWidget::itemClicked, this, &CodeSearchBox::choose);
}

void CodeSearchBox::setDate(const QDate &date)
{
    m_date = date;
}

void CodeSearchBox::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
    m_edit->setAccessibleName(text);
}

void CodeSearchBox::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_entries.clear();
        m_results->clear();
        m_results->hide();
        return;
    }
    auto found = m_codes.search(text, m_date, kResultLimit, m_kinds);
    if (!found) {
        showEntries({}, found.error().userMessage);
        return;
    }
    showEntries(found.value(),
                tr("No code in force on %1 matches \"%2\".")
                        .arg(QLocale().toString(m_date, QLocale::ShortFormat), text.trimmed()));
}

void CodeSearchBox::showEntries(const QList<CodeEntry> &entries, const QString &emptyText)
{
    m_entries = entries;
    m_results->clear();
    if (entries.isEmpty()) {
        auto *item = new QListWidgetItem(emptyText, m_results);
        item->setFlags(Qt::NoItemFlags);
    }
    for (int i = 0; i < entries.size(); ++i) {
        const CodeEntry &e = entries.at(i);
        auto *item = new QListWidgetItem(m_results);
        if (e.billable) {
            item->setText(QStringLiteral("%1  %2").arg(e.displayCode(), e.description()));
        } else {
            //: A category code that cannot be billed; choosing it lists the codes under it.
            item->setText(tr("%1  %2 (category: choose a code under it)")
                                  .arg(e.displayCode(), e.description()));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        item->setData(kEntryRole, i);
        item->setToolTip(e.description());
    }
    m_results->show();
    m_results->setCurrentRow(entries.isEmpty() ? -1 : 0);
}

void CodeSearchBox::choose(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const int index = item->data(kEntryRole).toInt();
    if (index < 0 || index >= m_entries.size())
        return;
    const CodeEntry entry = m_entries.at(index);
    if (!entry.billable) {
        auto children = m_codes.children(entry.code, m_date, kResultLimit);
        if (!children) {
            showEntries({}, children.error().userMessage);
            return;
        }
        showEntries(children.value(),
                    tr("%1 has no billable code under it on this date.").arg(entry.displayCode()));
        return;
    }
    {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
    m_entries.clear();
    m_results->clear();
    m_results->hide();
    emit codeChosen(entry);
}

bool CodeSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            if (m_results->count() == 0)
                break;
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_results->currentRow() + step, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_results->isVisible() && m_results->currentItem()) {
                choose(m_results->currentItem());
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
            break;
        case Qt::Key_Backspace:
            if (m_edit->text().isEmpty()) {
                emit removeLastRequested();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc

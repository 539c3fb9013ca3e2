// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codeentry.h"

#include <QDate>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace cc {

class CodeSetService;

/**
 * Type-ahead search over the code sets in force on a date, for the keyboard: type a code or
 * words ("diab typ 2", "e119"), Up/Down to move, Enter to choose, Escape to clear. Category
 * (header) codes are greyed; choosing one lists its billable codes. Backspace in an empty box
 * asks to remove the last code chosen.
 */
class CodeSearchBox : public QWidget
{
    Q_OBJECT
public:
    CodeSearchBox(CodeSetService &codes, CodeKinds kinds, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *results() const { return m_results; }
    void setPlaceholderText(const QString &text);

signals:
    void codeChosen(const cc::CodeEntry &entry);
    void removeLastRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void showEntries(const QList<CodeEntry> &entries, const QString &emptyText);
    void choose(QListWidgetItem *item);

    CodeSetService &m_codes;
    CodeKinds m_kinds;
    QDate m_date = QDate::currentDate();
    QLineEdit *m_edit = nullptr;
    QListWidget *m_results = nullptr;
    QList<CodeEntry> m_entries;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace cc {

/**
 * The keys every work list shares (UX.md "Keyboard first"): J and K move to the next and
 * previous item, Enter opens the current one, and "/" asks for the list's search box. Install
 * one on a view; it filters the view's key presses and leaves all others alone.
 */
class WorkListKeys : public QObject
{
    Q_OBJECT
public:
    explicit WorkListKeys(QAbstractItemView *view);

    /// Moves the current row by @p delta, staying within the list.
    void move(int delta);

signals:
    void openRequested();
    void searchRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace cc

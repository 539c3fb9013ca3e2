// SPDX-License-Identifier: GPL-3.0-or-later
#include "worklistkeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace cc {

WorkListKeys::WorkListKeys(QAbstractItemView *view) : QObject(view), m_view(view)
{
    view->installEventFilter(this);
}

void WorkListKeys::move(int delta)
{
    QAbstractItemModel *model = m_view->model();
    const int rows = model ? model->rowCount() : 0;
    if (rows == 0)
        return;
    const int row = qBound(0, m_view->currentIndex().row() + delta, rows - 1);
    m_view->setCurrentIndex(model->index(row, 0));
}

bool WorkListKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_J:
                move(1);
                return true;
            case Qt::Key_K:
                move(-1);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                emit openRequested();
                return true;
            case Qt::Key_Slash:
                emit searchRequested();
                return true;
            default:
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace cc {

/**
 * Emits idle() when no key or mouse input reached the application for the given time. Install
 * once; it watches every window through an application-wide event filter.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    void setActive(bool active);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = true;
};

} // namespace cc

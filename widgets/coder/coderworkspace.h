// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QStackedWidget;

namespace cc {

class CoderQueueWidget;
class CodingPanel;
class Workstation;

/**
 * The coder's workspace: the queue, and the coding panel opened from it with Enter. Back
 * returns to the queue at the same row.
 */
class CoderWorkspace : public QWidget
{
    Q_OBJECT
public:
    CoderWorkspace(const Session &session, Workstation &workstation, QWidget *parent = nullptr);

    CoderQueueWidget *queue() const { return m_queue; }
    CodingPanel *panel() const { return m_panel; }

public slots:
    void openEncounter(qint64 encounterId);
    void showQueue();

signals:
    void statusMessageRequested(const QString &message);

private:
    QStackedWidget *m_stack = nullptr;
    CoderQueueWidget *m_queue = nullptr;
    CodingPanel *m_panel = nullptr;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "coderworkspace.h"
#include "coderqueuewidget.h"
#include "codingpanel.h"
#include "services/queryservice.h"
#include "services/workstation.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace cc {

CoderWorkspace::CoderWorkspace(const Session &session, Workstation &ws, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coderQueue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    m_queue = new CoderQueueWidget(session, ws.encounters(), ws.practice());
    if (auto days = ws.queries().overdueDays())
        m_queue->setOverdueDays(days.value());
    m_stack->addWidget(m_queue);
    if (session.can(Permission::CodeEncounter)) {
        m_panel = new CodingPanel(session, ws.coding(), ws.codes(), ws.queries(), ws.templates(),
                                  ws.handoff());
        m_stack->addWidget(m_panel);
        connect(m_queue, &CoderQueueWidget::openRequested, this, &CoderWorkspace::openEncounter);
        connect(m_panel, &CodingPanel::backRequested, this, &CoderWorkspace::showQueue);
    }
    layout->addWidget(m_stack);
    connect(m_queue, &CoderQueueWidget::statusMessageRequested, this,
            &CoderWorkspace::statusMessageRequested);
}

void CoderWorkspace::openEncounter(qint64 encounterId)
{
    if (!m_panel || !m_panel->openEncounter(encounterId))
        return;
    m_stack->setCurrentWidget(m_panel);
}

void CoderWorkspace::showQueue()
{
    m_stack->setCurrentWidget(m_queue);
    m_queue->reload();
    m_queue->focusTable();
}

} // namespace cc

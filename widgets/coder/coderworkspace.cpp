// SPDX-License-Identifier: GPL-3.0-or-later
#include "coderworkspace.h"
#include "coderqueuewidget.h"
#include "codingdenialswidget.h"
#include "itemmodels/codingdenialmodel.h"
#include "codingpanel.h"
#include "services/queryservice.h"
#include "services/workstation.h"

#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
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
    // The denials traced to coding sit beside the queue: the feedback loop of issue 7 §3.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("coderTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, tr("Queue"));
    m_denials = new CodingDenialsWidget(session, ws.codingFeedback());
    m_tabs->addTab(m_denials, QString());
    m_tabs->setTabToolTip(0, tr("The encounters to code (Ctrl+PgUp)"));
    m_tabs->setTabToolTip(1, tr("Denials whose payer reason traces to coding (Ctrl+PgDown)"));
    auto countTab = [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_denials), tr("Denials from coding (%1)").arg(count));
    };
    countTab(m_denials->model()->denialCount());
    connect(m_denials, &CodingDenialsWidget::countChanged, this, countTab);
    auto tabKey = [this](const QKeySequence &keys, int step) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step] {
            m_tabs->setCurrentIndex(
                (m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
        });
    };
    tabKey(QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    tabKey(QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);
    layout->addWidget(m_tabs);
    connect(m_queue, &CoderQueueWidget::statusMessageRequested, this,
            &CoderWorkspace::statusMessageRequested);
}

void CoderWorkspace::openEncounter(qint64 encounterId)
{
    if (!m_panel || !m_panel->openEncounter(encounterId))
        return;
    m_tabs->setCurrentWidget(m_stack);
    m_stack->setCurrentWidget(m_panel);
}

void CoderWorkspace::showQueue()
{
    m_stack->setCurrentWidget(m_queue);
    m_queue->reload();
    m_queue->focusTable();
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace cc {

class CoderQueueWidget;
class CodingDenialsWidget;
class CodingPanel;
class Workstation;

/**
 * The coder's workspace: the queue, and the coding panel opened from it with Enter (Back
 * returns to the queue at the same row); beside them, a "Denials from coding" tab
 * ("coderTabs"; Ctrl+PgDown and Ctrl+PgUp switch) with the denials traced to coding.
 */
class CoderWorkspace : public QWidget
{
    Q_OBJECT
public:
    CoderWorkspace(const Session &session, Workstation &workstation, QWidget *parent = nullptr);

    CoderQueueWidget *queue() const { return m_queue; }
    CodingPanel *panel() const { return m_panel; }
    CodingDenialsWidget *codingDenials() const { return m_denials; }

public slots:
    void openEncounter(qint64 encounterId);
    void showQueue();

signals:
    void statusMessageRequested(const QString &message);

private:
    QStackedWidget *m_stack = nullptr;
    CoderQueueWidget *m_queue = nullptr;
    CodingPanel *m_panel = nullptr;
    QTabWidget *m_tabs = nullptr;
    CodingDenialsWidget *m_denials = nullptr;
};

} // namespace cc

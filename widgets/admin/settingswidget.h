// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace cc {

class PracticeService;

/** Practice settings the administrator changes: the idle screen lock and the query deadline. */
class SettingsWidget : public QWidget
{
    Q_OBJECT
public:
    SettingsWidget(const Session &session, PracticeService &practice, QWidget *parent = nullptr);

public slots:
    void save();

signals:
    /// The idle-lock time changed (minutes), for the open window to apply at once.
    void idleLockChanged(int minutes);

private:
    Session m_session;
    PracticeService &m_practice;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_overdue = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cc {

class PracticeService;
class SubmissionService;

/**
 * Practice settings the administrator changes: the idle screen lock, the query deadline and,
 * with setSubmissions(), who sends the practice's electronic claims and to whom.
 */
class SettingsWidget : public QWidget
{
    Q_OBJECT
public:
    SettingsWidget(const Session &session, PracticeService &practice, QWidget *parent = nullptr);
    /// Shows the "Electronic claims" group (submitter ETIN, clearinghouse, test or production).
    void setSubmissions(SubmissionService *submissions);

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
    SubmissionService *m_submissions = nullptr;
    QGroupBox *m_edi = nullptr;
    QLineEdit *m_submitterName = nullptr;
    QLineEdit *m_submitterEtin = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_clearinghouseName = nullptr;
    QLineEdit *m_clearinghouseEtin = nullptr;
    QCheckBox *m_production = nullptr;
};

} // namespace cc

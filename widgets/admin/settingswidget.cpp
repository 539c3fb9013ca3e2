// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingswidget.h"
#include "common/errorbox.h"
#include "services/practiceservice.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc {

SettingsWidget::SettingsWidget(const Session &session, PracticeService &practice, QWidget *parent)
    : QWidget(parent), m_session(session), m_practice(practice)
{
    setObjectName(QStringLiteral("settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setAccessibleName(tr("Minutes without use before the screen locks"));
    m_idle->setToolTip(tr("Every seat locks itself after this many minutes without use; the "
                          "user unlocks it with their password."));
    if (auto v = m_practice.idleLockMinutes())
        m_idle->setValue(v.value());
    m_overdue = new QSpinBox;
    m_overdue->setObjectName(QStringLiteral("overdueDays"));
    m_overdue->setRange(1, 60);
    m_overdue->setSuffix(tr(" days"));
    m_overdue->setAccessibleName(tr("Days before an unanswered query is overdue"));
    if (auto v = m_practice.queryOverdueDays())
        m_overdue->setValue(v.value());
    form->addRow(tr("Lock the screen after &idle time:"), m_idle);
    form->addRow(tr("A query is &overdue after:"), m_overdue);
    layout->addLayout(form);
    auto *saveButton = new QPushButton(tr("&Save settings"));
    saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, &SettingsWidget::save);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SettingsWidget::save);
}

void SettingsWidget::save()
{
    if (auto r = m_practice.setIdleLockMinutes(m_session, m_idle->value()); !r) {
        ui::showError(this, tr("Settings"), r.error());
        return;
    }
    if (auto r = m_practice.setQueryOverdueDays(m_session, m_overdue->value()); !r) {
        ui::showError(this, tr("Settings"), r.error());
        return;
    }
    m_status->setText(tr("Saved. Seats lock after %n minute(s) without use.", nullptr,
                         m_idle->value()));
    emit idleLockChanged(m_idle->value());
}

} // namespace cc

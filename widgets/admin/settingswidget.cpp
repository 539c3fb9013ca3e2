// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingswidget.h"
#include "common/errorbox.h"
#include "services/practiceservice.h"
#include "services/submissionservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
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

    // Electronic claims: shown once setSubmissions() gives the service.
    m_edi = new QGroupBox(tr("Electronic claims (837P)"));
    m_edi->setObjectName(QStringLiteral("ediSettings"));
    auto *edi = new QFormLayout(m_edi);
    auto line = [](const char *name, const QString &accessible, const QString &tip) {
        auto *e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        e->setToolTip(tip);
        return e;
    };
    m_submitterName = line("submitterName", tr("Submitter name"),
                           tr("The practice as the clearinghouse knows it (loop 1000A)."));
    m_submitterEtin = line("submitterEtin", tr("Submitter id (ETIN)"),
                           tr("The id the clearinghouse gave the practice; it goes in ISA06 and "
                              "GS02. Until set, the practice NPI is used."));
    m_contactName = line("contactName", tr("Contact name"),
                         tr("Who the clearinghouse calls about a batch."));
    m_contactPhone = line("contactPhone", tr("Contact phone"), tr("Ten digits."));
    m_clearinghouseName = line("clearinghouseName", tr("Clearinghouse name"),
                               tr("Leave empty to send each payer its own file."));
    m_clearinghouseEtin = line("clearinghouseEtin", tr("Clearinghouse id"),
                               tr("The receiver id (ISA08, loop 1000B). With a clearinghouse, "
                                  "every claim goes in one file to it."));
    m_production = new QCheckBox(tr("&Production (clear it while testing with the "
                                    "clearinghouse: ISA15 = T)"));
    m_production->setObjectName(QStringLiteral("ediProduction"));
    edi->addRow(tr("Su&bmitter name:"), m_submitterName);
    edi->addRow(tr("Submitter &id (ETIN):"), m_submitterEtin);
    edi->addRow(tr("Con&tact:"), m_contactName);
    edi->addRow(tr("P&hone:"), m_contactPhone);
    edi->addRow(tr("Clearing&house:"), m_clearinghouseName);
    edi->addRow(tr("Clearinghouse i&d:"), m_clearinghouseEtin);
    edi->addRow(QString(), m_production);
    m_edi->hide();
    layout->addWidget(m_edi);
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

void SettingsWidget::setSubmissions(SubmissionService *submissions)
{
    m_submissions = submissions;
    m_edi->setVisible(submissions != nullptr);
    if (!submissions)
        return;
    auto e = submissions->ediSettings();
    if (!e) {
        ui::showError(this, tr("Settings"), e.error());
        return;
    }
    m_submitterName->setText(e->submitter.name);
    m_submitterEtin->setText(e->submitter.etin);
    m_contactName->setText(e->submitter.contactName);
    m_contactPhone->setText(e->submitter.phone);
    m_clearinghouseName->setText(e->clearinghouse.name);
    m_clearinghouseEtin->setText(e->clearinghouse.etin);
    m_production->setChecked(e->production);
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
    if (m_submissions) {
        EdiSettings e;
        e.submitter = {m_submitterName->text(), m_submitterEtin->text(), m_contactName->text(),
                       m_contactPhone->text()};
        e.clearinghouse = {m_clearinghouseName->text(), m_clearinghouseEtin->text()};
        e.production = m_production->isChecked();
        if (auto r = m_submissions->setEdiSettings(m_session, e); !r) {
            ui::showError(this, tr("Settings"), r.error());
            return;
        }
    }
    m_status->setText(tr("Saved. Seats lock after %n minute(s) without use.", nullptr,
                         m_idle->value()));
    emit idleLockChanged(m_idle->value());
}

} // namespace cc

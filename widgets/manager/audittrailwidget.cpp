// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrailwidget.h"
#include "common/errorbox.h"
#include "services/auditservice.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {

AuditTrailWidget::AuditTrailWidget(const Session &session, AuditService &audit, QWidget *parent)
    : QWidget(parent), m_session(session), m_audit(audit)
{
    setObjectName(QStringLiteral("auditTrail"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *verify = new QPushButton(tr("&Verify the chain"));
    verify->setObjectName(QStringLiteral("verifyButton"));
    verify->setToolTip(tr("Recompute every row's hash to prove that no row was altered or "
                          "removed"));
    auto *refresh = new QPushButton(tr("&Refresh"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    bar->addWidget(verify);
    bar->addWidget(refresh);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("When"), tr("User"), tr("Action"),
                                        tr("Record"), tr("Detail")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    connect(verify, &QPushButton::clicked, this, &AuditTrailWidget::verifyChain);
    connect(refresh, &QPushButton::clicked, this, &AuditTrailWidget::reload);
    reload();
}

void AuditTrailWidget::reload()
{
    auto rows = m_audit.recent(m_session, 1000);
    if (!rows) {
        ui::showError(this, tr("Audit trail"), rows.error());
        return;
    }
    m_table->setRowCount(int(rows->size()));
    const QLocale locale;
    int r = 0;
    for (const AuditRow &row : rows.value()) {
        const QDateTime at = QDateTime::fromString(row.at, Qt::ISODateWithMs).toLocalTime();
        const QStringList cells = {
            QString::number(row.id),
            locale.toString(at, QLocale::ShortFormat),
            row.username,
            row.action,
            row.entity.isEmpty() ? QString()
                                 : QStringLiteral("%1 %2").arg(row.entity,
                                                               row.entityId
                                                                       ? QString::number(*row.entityId)
                                                                       : QString()),
            row.detail,
        };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        ++r;
    }
    m_table->resizeColumnsToContents();
}

void AuditTrailWidget::verifyChain()
{
    auto v = m_audit.verify();
    if (!v) {
        ui::showError(this, tr("Audit trail"), v.error());
        return;
    }
    if (v->intact) {
        m_status->setText(tr("✔ The chain of %n row(s) is intact: no row was altered or removed.",
                             nullptr, int(v->rows)));
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_status->setText(tr("✖ The audit trail was tampered with. %1").arg(v->reason));
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
}

} // namespace cc

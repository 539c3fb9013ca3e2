// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cc {

class AuditService;

/** The newest rows of the audit trail, and a check of the whole hash chain. */
class AuditTrailWidget : public QWidget
{
    Q_OBJECT
public:
    AuditTrailWidget(const Session &session, AuditService &audit, QWidget *parent = nullptr);

public slots:
    void reload();
    void verifyChain();

private:
    Session m_session;
    AuditService &m_audit;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cc

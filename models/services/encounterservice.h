// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/encounter.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QObject>
#include <QSet>

namespace cc {

class AuditService;
class Database;

/**
 * The coder's view of encounters: the queue and the opening of one encounter. Opening an
 * encounter (reading its note) is audited once per encounter and session.
 */
class EncounterService : public QObject
{
    Q_OBJECT
public:
    EncounterService(Database &db, AuditService &audit, QObject *parent = nullptr)
        : QObject(parent), m_db(db), m_audit(audit)
    {
    }

    Result<QList<EncounterSummary>> queue(const Session &who, const QDate &from, const QDate &to);
    Result<EncounterDetail> open(const Session &who, qint64 encounterId);

signals:
    /// Another action changed encounters; queues reload.
    void encountersChanged();

private:
    Database &m_db;
    AuditService &m_audit;
    QSet<QPair<qint64, qint64>> m_opened; ///< (user, encounter) already audited this run
};

} // namespace cc

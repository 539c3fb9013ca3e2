// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"
#include "storage/auditrepository.h"
#include "storage/practicefile.h"

namespace cc {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::setInterval(int ms)
{
    m_timer.setInterval(qMax(100, ms));
}

void ChangeWatcher::start()
{
    auto seen = practicefile::dataVersion(m_db);
    if (!seen) {
        emit checkFailed(seen.error());
        return;
    }
    m_seen = seen.value();
    auto work = AuditRepository(m_db).lastWorkId();
    if (!work) {
        emit checkFailed(work.error());
        return;
    }
    m_lastWork = work.value();
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

Result<bool> ChangeWatcher::checkNow()
{
    auto now = practicefile::dataVersion(m_db);
    if (!now)
        return now.error();
    const bool committed = m_seen && *m_seen != now.value();
    m_seen = now.value();
    if (!committed)
        return false;
    // Something was committed elsewhere; it is work (not a look, a login or a preference)
    // when the audit trail has a new row of work.
    auto work = AuditRepository(m_db).lastWorkId();
    if (!work)
        return work.error();
    const bool changed = m_lastWork && *m_lastWork != work.value();
    m_lastWork = work.value();
    if (changed)
        emit changedElsewhere();
    return changed;
}

void ChangeWatcher::poll()
{
    if (m_hold && m_hold())
        return; // looked at again on the next tick
    if (auto r = checkNow(); !r) {
        m_timer.stop();
        emit checkFailed(r.error());
    }
}

} // namespace cc

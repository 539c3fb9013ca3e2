// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/handoff.h"
#include "domain/session.h"

#include <QDate>
#include <QObject>

namespace cc {

class AuditService;
class Database;
class EncounterService;
class ScrubService;

/**
 * The coder → biller handoff (DESIGN.md §2): the coder hands coded work off with a note and
 * the scrubber's findings; the biller accepts it (a claim draft is made) or returns it to the
 * coder with a reason; an error finding can be overridden only by a biller or manager, with a
 * reason. Every transition is one transaction, one audit row and one handoff-log row carrying
 * the findings at that moment.
 */
class HandoffService : public QObject
{
    Q_OBJECT
public:
    HandoffService(Database &db, AuditService &audit, EncounterService &encounters,
                   ScrubService &scrub, QObject *parent = nullptr)
        : QObject(parent), m_db(db), m_audit(audit), m_encounters(encounters), m_scrub(scrub)
    {
    }

    /**
     * Hands the coded encounter off to billing: the edits run again (data may have changed
     * since it was coded) and are stored with the encounter. A note is required when an error
     * finding remains, so the biller knows why. Returns the new version.
     */
    Result<int> handOff(const Session &who, qint64 encounterId, int version, const QString &note);
    /// Encounters waiting for the biller, oldest hand-off first.
    Result<QList<HandoffItem>> incoming(const Session &who);
    /// The findings stored for an encounter (with their overrides).
    Result<QList<StoredFinding>> findings(const Session &who, qint64 encounterId);
    /**
     * Accepts handed-off work: refused while an error finding is not overridden; makes a
     * draft claim (its id is returned) and moves the encounter to accepted.
     */
    Result<qint64> accept(const Session &who, qint64 encounterId, int version);
    /// Returns the work to the coder with a reason of returnreasons::keys() and a text
    /// (required for "other"). Returns the new version.
    Result<int> returnToCoder(const Session &who, qint64 encounterId, int version,
                              const QString &reasonKey, const QString &text);
    /// Accepts an error finding as it is, with a reason (biller or manager).
    Result<void> overrideFinding(const Session &who, qint64 findingId, const QString &reason);

    /// Today as the service sees it (tests and the demo set it).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

signals:
    /// Work arrived at or left the handoff list.
    void handoffChanged();

private:
    Database &m_db;
    AuditService &m_audit;
    EncounterService &m_encounters;
    ScrubService &m_scrub;
    QDate m_today;
};

} // namespace cc

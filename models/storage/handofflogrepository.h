// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/handofflog.h"

#include <QList>
#include <QString>

namespace cc {

class Database;

/**
 * Reads the handoff log (written by EncounterRepository::logTransition) for the office
 * manager's Handoff log: the rows with their patient and user, the steps the summary needs,
 * and the users who may appear in it. Read only.
 *
 * Time bounds are UTC timestamps in the stored form (ISO, "YYYY-MM-DDTHH:MM:SS.zzzZ"), so the
 * comparison is a plain text comparison that the index on `at` serves.
 */
class HandoffLogRepository
{
public:
    explicit HandoffLogRepository(Database &db)
        : m_db(db)
    { }

    /// [fromUtc, toUtc): an empty bound leaves that end open.
    struct Range
    {
        QString fromUtc;
        QString toUtc;
    };

    struct Query
    {
        Range range;
        qint64 userId = 0; ///< 0: anyone
        QStringList toStates; ///< empty: any
        QString rule; ///< empty: any; otherwise [a-z0-9-]+
    };
    /// The rows matching @p query, newest first.
    Result<QList<HandoffLogEntry>> entries(const Query &query);

    /// One step of an encounter's way through coded → handed_off → returned/accepted.
    struct Step
    {
        qint64 id = 0;
        qint64 encounterId = 0;
        QString at; ///< as stored (UTC)
        qint64 userId = 0; ///< 0 when the row names no user
        QString userName;
        QString toState;
        QStringList rules; ///< distinct rule ids of the findings (returned steps only)
        qint64 encounterCoderId = 0; ///< encounters.coder_id, 0 when none
        QString encounterCoderName;
    };
    /**
     * Every step into coded, handed_off, returned or accepted (up to the end of @p range) of
     * the encounters that were handed off, returned or accepted within @p range, ordered by
     * encounter, then time: the history a return or an acceptance is measured against may
     * start before the range.
     */
    Result<QList<Step>> summarySteps(const Range &range);

    /// Every user, active or not (past rows name former users too).
    Result<QList<HandoffUser>> users();

private:
    Database &m_db;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace cc {

class Database;
namespace sql {
class StatementCache;
}

/**
 * The demo's clock (issue 7 §5). DemoBuilder plays three months of a practice's work through
 * the real services in a few seconds, and the services stamp what they write with the wall
 * clock; this repository moves those stamps to the day the demo says the work happened, so
 * the manager's charts, the denial histories and the ledger read the demo's dates, and the
 * same seed and anchor still give the same practice. It also records who coded the encounters
 * the demo codes in bulk (encounters.coder_id, which the per-coder measures read).
 *
 * Only DemoBuilder uses it, inside its own transaction. The audit trail is never touched: its
 * rows are chained by hash and say truthfully when the demo was built.
 */
class DemoHistoryRepository
{
public:
    explicit DemoHistoryRepository(Database &db);
    ~DemoHistoryRepository();

    /// The newest row id of each table whose new rows carry a wall-clock stamp.
    struct Mark
    {
        qint64 claims = 0;
        qint64 claimEvents = 0;
        qint64 findings = 0;
        qint64 postings = 0;
        qint64 workNotes = 0;
        qint64 handoffLog = 0;
        qint64 queries = 0;
        qint64 codingAudits = 0;
    };
    Result<Mark> mark();
    /// Every row added after @p since gets @p at as its time stamp(s).
    Result<void> restampSince(const Mark &since, const QDateTime &at);

    /// claims.updated_at of @p claimIds.
    Result<void> restampClaims(const QList<qint64> &claimIds, const QDateTime &at);
    /// claims.created_at and updated_at of a claim just made.
    Result<void> restampNewClaim(qint64 claimId, const QDateTime &at);
    /// claim_findings.found_at of a claim's findings.
    Result<void> restampClaimFindings(qint64 claimId, const QDateTime &at);
    /// claim_findings.found_at of the findings an encounter's scrub just stored.
    Result<void> restampEncounterFindings(qint64 encounterId, const QDateTime &at);
    /// denials.resolved_at of a finished denial.
    Result<void> restampDenialResolved(qint64 denialId, const QDateTime &at);
    /// documentation_queries.answered_at of an answered query.
    Result<void> restampQueryAnswered(qint64 queryId, const QDateTime &at);
    /// coding_audit_items.completed_at of a recoded audit item.
    Result<void> restampAuditItem(qint64 itemId, const QDateTime &at);
    /// encounters.updated_at of an encounter the demo worked on (coded, handed off, returned).
    Result<void> restampEncounter(qint64 encounterId, const QDateTime &at);
    /// The set-up rows the demo made before its history starts (the practice, the accounts,
    /// the payer rules): created (and updated) at @p at, not on the day the demo was built.
    Result<void> restampSetup(const QDateTime &at);
    /// encounters.coder_id of @p encounterIds.
    Result<void> setCoder(const QList<qint64> &encounterIds, qint64 coderId);

    /// The stored form of a time stamp: ISO 8601 UTC with milliseconds.
    static QString stamp(const QDateTime &at);

private:
    Result<void> update(const QString &sql, const QString &what, qint64 id, const QDateTime &at);

    Database &m_db;
    std::unique_ptr<sql::StatementCache> m_statements; ///< the demo runs these thousands of times
};

} // namespace cc

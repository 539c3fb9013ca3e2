// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistoryrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlQuery>

namespace cc {

namespace {

const auto kMark = QStringLiteral(R"(
SELECT (SELECT coalesce(max(id), 0) FROM claims),
       (SELECT coalesce(max(id), 0) FROM claim_status_events),
       (SELECT coalesce(max(id), 0) FROM claim_findings),
       (SELECT coalesce(max(id), 0) FROM postings),
       (SELECT coalesce(max(id), 0) FROM work_notes),
       (SELECT coalesce(max(id), 0) FROM handoff_log),
       (SELECT coalesce(max(id), 0) FROM documentation_queries),
       (SELECT coalesce(max(id), 0) FROM coding_audits)
)");

/// The rows a service call added (id above the mark) and the columns it stamped.
struct Stamped
{
    const char *sql;
    qint64 DemoHistoryRepository::Mark::*mark;
};
const Stamped kStamped[] = {
    {"UPDATE claims SET created_at = :at, updated_at = :at2 WHERE id > :id",
     &DemoHistoryRepository::Mark::claims},
    {"UPDATE claim_status_events SET at = :at WHERE id > :id",
     &DemoHistoryRepository::Mark::claimEvents},
    {"UPDATE claim_findings SET found_at = :at WHERE id > :id",
     &DemoHistoryRepository::Mark::findings},
    {"UPDATE postings SET posted_at = :at WHERE id > :id", &DemoHistoryRepository::Mark::postings},
    {"UPDATE work_notes SET at = :at WHERE id > :id", &DemoHistoryRepository::Mark::workNotes},
    {"UPDATE handoff_log SET at = :at WHERE id > :id", &DemoHistoryRepository::Mark::handoffLog},
    {"UPDATE documentation_queries SET sent_at = :at WHERE id > :id",
     &DemoHistoryRepository::Mark::queries},
    {"UPDATE coding_audits SET created_at = :at WHERE id > :id",
     &DemoHistoryRepository::Mark::codingAudits},
};

const auto kClaimUpdated = QStringLiteral("UPDATE claims SET updated_at = :at WHERE id = :id");
const auto kNewClaim = QStringLiteral(
        "UPDATE claims SET created_at = :at, updated_at = :at2 WHERE id = :id");
const auto kClaimFindings = QStringLiteral(
        "UPDATE claim_findings SET found_at = :at WHERE claim_id = :id");
const auto kEncounterFindings = QStringLiteral(
        "UPDATE claim_findings SET found_at = :at WHERE encounter_id = :id AND claim_id IS NULL");
const auto kDenialResolved = QStringLiteral(
        "UPDATE denials SET resolved_at = :at WHERE id = :id AND resolved_at IS NOT NULL");
const auto kQueryAnswered = QStringLiteral(
        "UPDATE documentation_queries SET answered_at = :at WHERE id = :id "
        "AND answered_at IS NOT NULL");
const auto kAuditItem = QStringLiteral(
        "UPDATE coding_audit_items SET completed_at = :at WHERE id = :id "
        "AND completed_at IS NOT NULL");
const auto kEncounterUpdated = QStringLiteral(
        "UPDATE encounters SET updated_at = :at WHERE id = :id");
/// Set-up rows (ids from 1): the practice, the accounts, the payer rules.
const char *const kSetup[] = {
    "UPDATE practice SET created_at = :at WHERE id >= :id",
    "UPDATE users SET created_at = :at WHERE id >= :id",
    "UPDATE payer_rules SET created_at = :at, updated_at = :at2 WHERE id >= :id",
};
const auto kCoder = QStringLiteral("UPDATE encounters SET coder_id = :coder WHERE id = :id");

} // namespace

DemoHistoryRepository::DemoHistoryRepository(Database &db)
    : m_db(db), m_statements(std::make_unique<sql::StatementCache>(db))
{ }

DemoHistoryRepository::~DemoHistoryRepository() = default;

QString DemoHistoryRepository::stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<DemoHistoryRepository::Mark> DemoHistoryRepository::mark()
{
    auto prepared = m_statements->get(kMark, QStringLiteral("demo: mark"));
    if (!prepared)
        return prepared.error();
    QSqlQuery &q = *prepared.value();
    CC_TRY(sql::exec(q, QStringLiteral("demo: mark")));
    Mark m;
    if (!q.next())
        return m;
    m.claims = q.value(0).toLongLong();
    m.claimEvents = q.value(1).toLongLong();
    m.findings = q.value(2).toLongLong();
    m.postings = q.value(3).toLongLong();
    m.workNotes = q.value(4).toLongLong();
    m.handoffLog = q.value(5).toLongLong();
    m.queries = q.value(6).toLongLong();
    m.codingAudits = q.value(7).toLongLong();
    q.finish();
    return m;
}

Result<void> DemoHistoryRepository::restampSince(const Mark &since, const QDateTime &at)
{
    for (const Stamped &s : kStamped)
        CC_TRY(update(QString::fromLatin1(s.sql), QStringLiteral("demo: restamp"), since.*s.mark,
                      at));
    return {};
}

Result<void> DemoHistoryRepository::restampClaims(const QList<qint64> &claimIds,
                                                  const QDateTime &at)
{
    for (qint64 id : claimIds)
        CC_TRY(update(kClaimUpdated, QStringLiteral("demo: restamp claim"), id, at));
    return {};
}

Result<void> DemoHistoryRepository::restampNewClaim(qint64 claimId, const QDateTime &at)
{
    return update(kNewClaim, QStringLiteral("demo: restamp new claim"), claimId, at);
}

Result<void> DemoHistoryRepository::restampClaimFindings(qint64 claimId, const QDateTime &at)
{
    return update(kClaimFindings, QStringLiteral("demo: restamp claim findings"), claimId, at);
}

Result<void> DemoHistoryRepository::restampEncounterFindings(qint64 encounterId,
                                                             const QDateTime &at)
{
    return update(kEncounterFindings, QStringLiteral("demo: restamp findings"), encounterId, at);
}

Result<void> DemoHistoryRepository::restampDenialResolved(qint64 denialId, const QDateTime &at)
{
    return update(kDenialResolved, QStringLiteral("demo: restamp denial"), denialId, at);
}

Result<void> DemoHistoryRepository::restampQueryAnswered(qint64 queryId, const QDateTime &at)
{
    return update(kQueryAnswered, QStringLiteral("demo: restamp query"), queryId, at);
}

Result<void> DemoHistoryRepository::restampAuditItem(qint64 itemId, const QDateTime &at)
{
    return update(kAuditItem, QStringLiteral("demo: restamp audit item"), itemId, at);
}

Result<void> DemoHistoryRepository::restampEncounter(qint64 encounterId, const QDateTime &at)
{
    return update(kEncounterUpdated, QStringLiteral("demo: restamp encounter"), encounterId, at);
}

Result<void> DemoHistoryRepository::restampSetup(const QDateTime &at)
{
    for (const char *sql : kSetup)
        CC_TRY(update(QString::fromLatin1(sql), QStringLiteral("demo: restamp set-up"), 0, at));
    return {};
}

Result<void> DemoHistoryRepository::setCoder(const QList<qint64> &encounterIds, qint64 coderId)
{
    for (qint64 id : encounterIds) {
        CC_TRY(m_statements->execute(kCoder, QStringLiteral("demo: encounter coder"),
                                     [&](QSqlQuery &q) {
                                         q.bindValue(QStringLiteral(":coder"), coderId);
                                         q.bindValue(QStringLiteral(":id"), id);
                                     }));
    }
    return {};
}

Result<void> DemoHistoryRepository::update(const QString &sql, const QString &what, qint64 id,
                                           const QDateTime &at)
{
    const QString when = stamp(at);
    return m_statements->execute(sql, what, [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":at"), when);
        // Qt binds a name once: a statement that sets two columns names the time twice.
        if (sql.contains(QLatin1String(":at2")))
            q.bindValue(QStringLiteral(":at2"), when);
        q.bindValue(QStringLiteral(":id"), id);
    });
}

} // namespace cc

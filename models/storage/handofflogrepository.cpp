// SPDX-License-Identifier: GPL-3.0-or-later
#include "handofflogrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {
const auto kSelectEntries = QStringLiteral(R"(
SELECT h.id, h.encounter_id, h.at, h.user_id, COALESCE(NULLIF(u.full_name, ''), u.username, ''),
       h.from_state, h.to_state, h.note, h.reason_code, h.findings_json,
       p.last_name, p.first_name, p.mrn, e.date_of_service
FROM handoff_log h
JOIN encounters e ON e.id = h.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN users u ON u.id = h.user_id
%1
ORDER BY h.at DESC, h.id DESC
)");

// The steps of every encounter that had a handoff outcome in the range, with the history
// before the range: the coder of a return, and the first coded step of an acceptance.
const auto kSelectSteps = QStringLiteral(R"(
SELECT h.id, h.encounter_id, h.at, h.user_id, COALESCE(NULLIF(u.full_name, ''), u.username, ''),
       h.to_state, CASE WHEN h.to_state = 'returned' THEN h.findings_json ELSE '[]' END,
       e.coder_id, COALESCE(NULLIF(c.full_name, ''), c.username, '')
FROM handoff_log h
JOIN encounters e ON e.id = h.encounter_id
LEFT JOIN users u ON u.id = h.user_id
LEFT JOIN users c ON c.id = e.coder_id
WHERE h.to_state IN ('coded', 'handed_off', 'returned', 'accepted') %1
  AND h.encounter_id IN (SELECT o.encounter_id FROM handoff_log o
                         WHERE o.to_state IN ('handed_off', 'returned', 'accepted') %2)
ORDER BY h.encounter_id, h.at, h.id
)");

const auto kSelectUsers = QStringLiteral(
    "SELECT id, COALESCE(NULLIF(full_name, ''), username), username, role, active FROM users "
    "ORDER BY id");

qint64 idOrZero(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

QDateTime parseUtc(const QString &at)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t.toUTC();
}
} // namespace

Result<QList<HandoffLogEntry>> HandoffLogRepository::entries(const Query &query)
{
    // Only fixed fragments go into the statement; every value is bound.
    QStringList where;
    if (!query.range.fromUtc.isEmpty())
        where << QStringLiteral("h.at >= :from");
    if (!query.range.toUtc.isEmpty())
        where << QStringLiteral("h.at < :to");
    if (query.userId > 0)
        where << QStringLiteral("h.user_id = :user");
    if (!query.toStates.isEmpty()) {
        QStringList names;
        for (int i = 0; i < query.toStates.size(); ++i)
            names << QStringLiteral(":state%1").arg(i);
        where << QStringLiteral("h.to_state IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    // A quick narrowing on the JSON text (compact as findings::toJson writes it, or spaced);
    // the parsed findings decide below.
    if (!query.rule.isEmpty())
        where << QStringLiteral("(h.findings_json LIKE :rule1 OR h.findings_json LIKE :rule2)");
    const QString clause = where.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));

    const QString what = QStringLiteral("read handoff log");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kSelectEntries.arg(clause), what));
    if (!query.range.fromUtc.isEmpty())
        q.bindValue(QStringLiteral(":from"), query.range.fromUtc);
    if (!query.range.toUtc.isEmpty())
        q.bindValue(QStringLiteral(":to"), query.range.toUtc);
    if (query.userId > 0)
        q.bindValue(QStringLiteral(":user"), query.userId);
    for (int i = 0; i < query.toStates.size(); ++i)
        q.bindValue(QStringLiteral(":state%1").arg(i), query.toStates.at(i));
    if (!query.rule.isEmpty()) {
        q.bindValue(QStringLiteral(":rule1"), QStringLiteral("%\"rule\":\"%1\"%").arg(query.rule));
        q.bindValue(QStringLiteral(":rule2"), QStringLiteral("%\"rule\": \"%1\"%").arg(query.rule));
    }
    CC_TRY(sql::exec(q, what));

    QList<HandoffLogEntry> out;
    while (q.next()) {
        HandoffLogEntry e;
        e.id = q.value(0).toLongLong();
        e.encounterId = q.value(1).toLongLong();
        e.at = parseUtc(q.value(2).toString());
        e.userId = idOrZero(q.value(3));
        e.userName = q.value(4).toString();
        e.fromState = q.value(5).toString();
        e.toState = q.value(6).toString();
        e.note = q.value(7).toString();
        e.reasonCode = q.value(8).toString();
        e.findings = findings::fromJson(q.value(9).toString().toUtf8());
        if (!query.rule.isEmpty() && !e.hasRule(query.rule))
            continue;
        e.patientName
            = QStringLiteral("%1, %2").arg(q.value(10).toString(), q.value(11).toString());
        e.mrn = q.value(12).toString();
        e.dateOfService = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        out.append(e);
    }
    return out;
}

Result<QList<HandoffLogRepository::Step>> HandoffLogRepository::summarySteps(const Range &range)
{
    QString outer;
    QString inner;
    if (!range.toUtc.isEmpty()) {
        outer = QStringLiteral("AND h.at < :to_outer");
        inner += QStringLiteral(" AND o.at < :to_inner");
    }
    if (!range.fromUtc.isEmpty())
        inner += QStringLiteral(" AND o.at >= :from_inner");

    const QString what = QStringLiteral("read handoff steps");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kSelectSteps.arg(outer, inner), what));
    if (!range.toUtc.isEmpty()) {
        q.bindValue(QStringLiteral(":to_outer"), range.toUtc);
        q.bindValue(QStringLiteral(":to_inner"), range.toUtc);
    }
    if (!range.fromUtc.isEmpty())
        q.bindValue(QStringLiteral(":from_inner"), range.fromUtc);
    CC_TRY(sql::exec(q, what));

    QList<Step> out;
    while (q.next()) {
        Step s;
        s.id = q.value(0).toLongLong();
        s.encounterId = q.value(1).toLongLong();
        s.at = q.value(2).toString();
        s.userId = idOrZero(q.value(3));
        s.userName = q.value(4).toString();
        s.toState = q.value(5).toString();
        for (const Finding &f : findings::fromJson(q.value(6).toString().toUtf8())) {
            if (!f.rule.isEmpty() && !s.rules.contains(f.rule))
                s.rules.append(f.rule);
        }
        s.encounterCoderId = idOrZero(q.value(7));
        s.encounterCoderName = q.value(8).toString();
        out.append(s);
    }
    return out;
}

Result<QList<HandoffUser>> HandoffLogRepository::users()
{
    const QString what = QStringLiteral("list users");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kSelectUsers, what));
    CC_TRY(sql::exec(q, what));
    QList<HandoffUser> out;
    while (q.next()) {
        HandoffUser u;
        u.id = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.username = q.value(2).toString();
        u.role = roles::fromKey(q.value(3).toString()).value_or(Role::Coder);
        u.active = q.value(4).toBool();
        out.append(u);
    }
    return out;
}

} // namespace cc

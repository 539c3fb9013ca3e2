// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuresrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlQuery>

#include <functional>

namespace cc {

namespace {

// The subject columns (14, read by readSubject()) of a claim record, and the joins they need
// after "FROM claims c" (or a join that names the claim c).
const auto kClaimSubject = QStringLiteral(
    "c.id, e.id, c.patient_control_number, pt.last_name, pt.first_name, e.date_of_service, "
    "coalesce(c.payer_id, 0), coalesce(py.name, ''), e.provider_id, pr.last_name, pr.first_name, "
    "coalesce(e.coder_id, 0), coalesce(u.username, ''), coalesce(u.full_name, '')");
const auto kClaimJoins = QStringLiteral(R"(
JOIN encounters e ON e.id = c.encounter_id
JOIN patients pt ON pt.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN users u ON u.id = e.coder_id
)");
// The same columns for an encounter record (no claim, no payer), after a join that names the
// encounter e. %1 of the joins: which user is the coder.
const auto kEncounterSubject = QStringLiteral(
    "0, e.id, '', pt.last_name, pt.first_name, e.date_of_service, 0, '', e.provider_id, "
    "pr.last_name, pr.first_name, coalesce(u.id, 0), coalesce(u.username, ''), "
    "coalesce(u.full_name, '')");
const auto kEncounterJoins = QStringLiteral(R"(
JOIN patients pt ON pt.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN users u ON u.id = %1
)");
constexpr int kSubjectColumns = 14;

// %1 subject, %2 joins.
const auto kScrubbed = QStringLiteral(R"(
SELECT %1, c.created_at, c.first_scrub_clean
FROM claims c %2
WHERE c.frequency = '1' AND c.primary_claim_id IS NULL AND c.first_scrub_clean IS NOT NULL
  AND c.created_at >= :from AND c.created_at < :to
ORDER BY c.created_at, c.id
)");

// The first answer is the claim's first acceptance or rejection event: no claim has one
// before it is first sent, so "after the first submission" needs no time comparison (and a
// 999 that acknowledged the file without accepting the claim is not an answer yet).
const auto kFirstSubmissions = QStringLiteral(R"(
SELECT %1, f.first_sent,
       (SELECT s.status FROM claim_status_events s
        WHERE s.claim_id = c.id AND s.status IN ('accepted', 'rejected')
        ORDER BY s.at, s.id LIMIT 1),
       (SELECT coalesce(a.kind, '') FROM claim_status_events s
        LEFT JOIN acknowledgements a ON a.id = s.acknowledgement_id
        WHERE s.claim_id = c.id AND s.status IN ('accepted', 'rejected')
        ORDER BY s.at, s.id LIMIT 1)
FROM (SELECT bc.claim_id, min(b.created_at) AS first_sent
      FROM batch_claims bc JOIN batches b ON b.id = bc.batch_id
      GROUP BY bc.claim_id) f
JOIN claims c ON c.id = f.claim_id %2
WHERE f.first_sent >= :from AND f.first_sent < :to
ORDER BY f.first_sent, c.id
)");

// A payer answer is a matched ERA/EOB claim; a reversal (CLP02 22) takes an answer back and is
// not one. The first is the earliest posted (then the lowest id).
const auto kFirstAdjudications = QStringLiteral(R"(
SELECT %1, r.posted_at, rc.status_code, rc.charge_cents, rc.paid_cents,
       (SELECT count(*) FROM denials d WHERE d.remittance_claim_id = rc.id),
       (SELECT coalesce(sum(d.amount_cents), 0) FROM denials d
        WHERE d.remittance_claim_id = rc.id),
       (SELECT d.group_code FROM denials d WHERE d.remittance_claim_id = rc.id
        ORDER BY d.amount_cents DESC, d.id LIMIT 1),
       (SELECT d.reason_code FROM denials d WHERE d.remittance_claim_id = rc.id
        ORDER BY d.amount_cents DESC, d.id LIMIT 1)
FROM remittance_claims rc
JOIN remittances r ON r.id = rc.remittance_id
JOIN claims c ON c.id = rc.claim_id %2
WHERE rc.resolution IN ('posted', 'matched') AND rc.status_code <> '22'
  AND r.posted_at >= :from AND r.posted_at < :to
  AND NOT EXISTS (
      SELECT 1 FROM remittance_claims o JOIN remittances ro ON ro.id = o.remittance_id
      WHERE o.claim_id = rc.claim_id AND o.resolution IN ('posted', 'matched')
        AND o.status_code <> '22'
        AND (ro.posted_at < r.posted_at OR (ro.posted_at = r.posted_at AND o.id < rc.id)))
ORDER BY r.posted_at, rc.id
)");

// The balance is the insurance plus the patient balance of view claim_balances, which comes
// to: charges − payments − adjustments − patient payments − write-offs (patient
// responsibility and transfers only move money between the two). A claim is superseded once
// a replacement or void of it was in a batch by the day, as ReceivablesRepository says today.
const auto kBalances = QStringLiteral(R"(
SELECT %1, t.first_charged, t.balance, t.recent,
       CASE WHEN c.frequency = '8' THEN 1 ELSE 0 END,
       CASE WHEN EXISTS (SELECT 1 FROM claims r
                         JOIN batch_claims rb ON rb.claim_id = r.id
                         JOIN batches rbt ON rbt.id = rb.batch_id
                         WHERE r.original_claim_id = c.id
                           AND rbt.created_at < :asOf1) THEN 1 ELSE 0 END
FROM (SELECT p.claim_id,
             min(CASE WHEN p.kind = 'charge' THEN p.posted_at END) AS first_charged,
             sum(CASE WHEN p.kind = 'charge' THEN p.amount_cents
                      WHEN p.kind IN ('payment', 'adjustment', 'patient_payment', 'write_off')
                          THEN -p.amount_cents
                      ELSE 0 END) AS balance,
             sum(CASE WHEN p.kind = 'charge' AND p.posted_at >= :recent
                      THEN p.amount_cents ELSE 0 END) AS recent
      FROM postings p
      WHERE p.claim_id IS NOT NULL AND p.posted_at < :asOf2
      GROUP BY p.claim_id) t
JOIN claims c ON c.id = t.claim_id %2
ORDER BY e.date_of_service, c.id
)");

// Rows without a claim (none are written today, but the column allows them) count for their
// patient, with no payer, provider or coder.
const auto kCollections = QStringLiteral(R"(
SELECT coalesce(c.id, 0), coalesce(e.id, 0), coalesce(c.patient_control_number, ''),
       pt.last_name, pt.first_name, e.date_of_service,
       coalesce(c.payer_id, 0), coalesce(py.name, ''), coalesce(e.provider_id, 0),
       coalesce(pr.last_name, ''), coalesce(pr.first_name, ''),
       coalesce(e.coder_id, 0), coalesce(u.username, ''), coalesce(u.full_name, ''),
       t.last_posted, t.payments, t.charges, t.contractual,
       CASE WHEN EXISTS (SELECT 1 FROM claims r
                         JOIN batch_claims rb ON rb.claim_id = r.id
                         JOIN batches rbt ON rbt.id = rb.batch_id
                         WHERE r.original_claim_id = c.id
                           AND rbt.created_at < :to2) THEN 1 ELSE 0 END
FROM (SELECT p.claim_id, p.patient_id, max(p.posted_at) AS last_posted,
             sum(CASE WHEN p.kind IN ('payment', 'patient_payment') THEN p.amount_cents
                      ELSE 0 END) AS payments,
             sum(CASE WHEN p.kind = 'charge' THEN p.amount_cents ELSE 0 END) AS charges,
             sum(CASE WHEN p.kind = 'adjustment' AND p.group_code = 'CO' THEN p.amount_cents
                      ELSE 0 END) AS contractual
      FROM postings p
      WHERE p.posted_at >= :from AND p.posted_at < :to
      GROUP BY p.claim_id, p.patient_id) t
JOIN patients pt ON pt.id = t.patient_id
LEFT JOIN claims c ON c.id = t.claim_id
LEFT JOIN encounters e ON e.id = c.encounter_id
LEFT JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN users u ON u.id = e.coder_id
WHERE t.payments <> 0 OR t.charges <> 0 OR t.contractual <> 0
ORDER BY t.last_posted, t.claim_id
)");

const auto kCreated = QStringLiteral(R"(
SELECT %1, c.created_at
FROM claims c %2
WHERE c.frequency = '1' AND c.primary_claim_id IS NULL
  AND c.created_at >= :from AND c.created_at < :to
ORDER BY c.created_at, c.id
)");

const auto kQueries = QStringLiteral(R"(
SELECT %1, q.id, q.sent_at, q.answered_at
FROM documentation_queries q JOIN encounters e ON e.id = q.encounter_id %2
WHERE q.answered_at IS NOT NULL AND q.answered_at >= :from AND q.answered_at < :to
ORDER BY q.answered_at, q.id
)");

const auto kAuditItems = QStringLiteral(R"(
SELECT %1, i.id, i.completed_at, i.agreed_lines, i.audited_lines
FROM coding_audit_items i JOIN encounters e ON e.id = i.encounter_id %2
WHERE i.completed_at IS NOT NULL AND i.completed_at >= :from AND i.completed_at < :to
ORDER BY i.completed_at, i.id
)");

// Each hand-off made in the period with billing's answer to it, whenever it came: the next
// 'returned' or 'accepted' move of the encounter ('handed_off' while none has come yet). So
// the rate is the share of the period's hand-offs that came back, never above 100 %.
const auto kHandoffMoves = QStringLiteral(R"(
SELECT %1, h.id, h.at,
       coalesce(n.to_state, 'handed_off'), coalesce(n.reason_code, '')
FROM handoff_log h JOIN encounters e ON e.id = h.encounter_id %2
LEFT JOIN handoff_log n ON n.id =
     (SELECT a.id FROM handoff_log a
      WHERE a.encounter_id = h.encounter_id AND a.to_state IN ('returned', 'accepted')
        AND (a.at > h.at OR (a.at = h.at AND a.id > h.id))
      ORDER BY a.at, a.id LIMIT 1)
WHERE h.to_state = 'handed_off' AND h.at >= :from AND h.at < :to
ORDER BY h.at, h.id
)");

const auto kDenialsOpened = QStringLiteral(R"(
SELECT %1, d.opened_at, d.group_code, d.reason_code, d.amount_cents, coalesce(l.code, '')
FROM denials d JOIN claims c ON c.id = d.claim_id %2
LEFT JOIN claim_lines l ON l.id = d.claim_line_id
WHERE d.opened_at >= :from AND d.opened_at < :to
ORDER BY d.opened_at, d.id
)");

/// The instant the practice's day @p d begins (local midnight), as stored timestamps are
/// written (ISO UTC with milliseconds), so that they compare as text: a period of days is
/// [dayStart(from), dayStart(to + 1)), and work done at 8 pm counts on its own day.
QString dayStart(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QDate dateOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() <= 10)
        return QDate::fromString(s, Qt::ISODate); // a plain date (a date of service)
    // A timestamp (ISO UTC): the local day it fell on.
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().date() : QDate::fromString(s.left(10), Qt::ISODate);
}

QDateTime timestampOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

MeasuresRepository::Subject readSubject(const QSqlQuery &q)
{
    MeasuresRepository::Subject s;
    s.claimId = q.value(0).toLongLong();
    s.encounterId = q.value(1).toLongLong();
    s.controlNumber = q.value(2).toString();
    s.patientName = QStringLiteral("%1, %2").arg(q.value(3).toString(), q.value(4).toString());
    s.dateOfService = dateOf(q.value(5));
    s.payerId = q.value(6).toLongLong();
    s.payerName = q.value(7).toString();
    s.providerId = q.value(8).toLongLong();
    if (s.providerId != 0)
        s.providerName
            = QStringLiteral("%1, %2").arg(q.value(9).toString(), q.value(10).toString());
    s.coderId = q.value(11).toLongLong();
    s.coderUsername = q.value(12).toString();
    s.coderFullName = q.value(13).toString();
    return s;
}

/// Runs @p sql over the local days [from, to] and hands each row to @p read.
Result<void> select(Database &db, const QString &sql, const QString &what, const QDate &from,
    const QDate &to, const std::function<void(const QSqlQuery &)> &read)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, sql, what));
    q.bindValue(QStringLiteral(":from"), dayStart(from));
    q.bindValue(QStringLiteral(":to"), dayStart(to.addDays(1)));
    // A second use of the end binds its own name (one name used twice is not reliable here).
    if (sql.contains(QLatin1String(":to2")))
        q.bindValue(QStringLiteral(":to2"), dayStart(to.addDays(1)));
    CC_TRY(sql::exec(q, what));
    while (q.next())
        read(q);
    return {};
}

constexpr int kFirst = kSubjectColumns; // the first column after the subject

} // namespace

Result<QList<MeasuresRepository::ScrubbedClaim>> MeasuresRepository::scrubbedClaims(
    const QDate &from, const QDate &to)
{
    QList<ScrubbedClaim> out;
    CC_TRY(select(m_db, kScrubbed.arg(kClaimSubject, kClaimJoins),
        QStringLiteral("measures: scrubbed claims"), from, to, [&out](const QSqlQuery &q) {
            ScrubbedClaim c;
            c.subject = readSubject(q);
            c.created = dateOf(q.value(kFirst));
            c.clean = q.value(kFirst + 1).toInt() == 1;
            out.append(c);
        }));
    return out;
}

Result<QList<MeasuresRepository::FirstSubmission>> MeasuresRepository::firstSubmissions(
    const QDate &from, const QDate &to)
{
    QList<FirstSubmission> out;
    CC_TRY(select(m_db, kFirstSubmissions.arg(kClaimSubject, kClaimJoins),
        QStringLiteral("measures: first submissions"), from, to, [&out](const QSqlQuery &q) {
            FirstSubmission s;
            s.subject = readSubject(q);
            s.firstSent = dateOf(q.value(kFirst));
            s.answer = q.value(kFirst + 1).toString();
            s.answerKind = q.value(kFirst + 2).toString();
            out.append(s);
        }));
    return out;
}

Result<QList<MeasuresRepository::FirstAdjudication>> MeasuresRepository::firstAdjudications(
    const QDate &from, const QDate &to)
{
    QList<FirstAdjudication> out;
    CC_TRY(select(m_db, kFirstAdjudications.arg(kClaimSubject, kClaimJoins),
        QStringLiteral("measures: first adjudications"), from, to, [&out](const QSqlQuery &q) {
            FirstAdjudication a;
            a.subject = readSubject(q);
            a.posted = dateOf(q.value(kFirst));
            a.statusCode = q.value(kFirst + 1).toString();
            a.chargeCents = q.value(kFirst + 2).toLongLong();
            a.paidCents = q.value(kFirst + 3).toLongLong();
            a.denialCount = q.value(kFirst + 4).toInt();
            a.deniedCents = q.value(kFirst + 5).toLongLong();
            a.topGroup = q.value(kFirst + 6).toString();
            a.topReason = q.value(kFirst + 7).toString();
            out.append(a);
        }));
    return out;
}

Result<QList<MeasuresRepository::BalanceAsOf>> MeasuresRepository::balancesAsOf(
    const QDate &asOf, const QDate &recentFrom)
{
    const QString what = QStringLiteral("measures: balances as of a day");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kBalances.arg(kClaimSubject, kClaimJoins), what));
    q.bindValue(QStringLiteral(":asOf1"), dayStart(asOf.addDays(1)));
    q.bindValue(QStringLiteral(":asOf2"), dayStart(asOf.addDays(1)));
    q.bindValue(QStringLiteral(":recent"), dayStart(recentFrom));
    CC_TRY(sql::exec(q, what));
    QList<BalanceAsOf> out;
    while (q.next()) {
        BalanceAsOf b;
        b.subject = readSubject(q);
        b.firstCharged = dateOf(q.value(kFirst));
        b.balanceCents = q.value(kFirst + 1).toLongLong();
        b.recentChargeCents = q.value(kFirst + 2).toLongLong();
        b.isVoid = q.value(kFirst + 3).toInt() == 1;
        b.superseded = q.value(kFirst + 4).toInt() == 1;
        out.append(b);
    }
    return out;
}

Result<QList<MeasuresRepository::Collections>> MeasuresRepository::collections(
    const QDate &from, const QDate &to)
{
    QList<Collections> out;
    CC_TRY(select(m_db, kCollections, QStringLiteral("measures: collections"), from, to,
        [&out](const QSqlQuery &q) {
            Collections c;
            c.subject = readSubject(q);
            c.lastPosted = dateOf(q.value(kFirst));
            c.paymentCents = q.value(kFirst + 1).toLongLong();
            c.chargeCents = q.value(kFirst + 2).toLongLong();
            c.contractualCents = q.value(kFirst + 3).toLongLong();
            c.superseded = q.value(kFirst + 4).toInt() == 1;
            out.append(c);
        }));
    return out;
}

Result<QList<MeasuresRepository::CreatedClaim>> MeasuresRepository::createdClaims(
    const QDate &from, const QDate &to)
{
    QList<CreatedClaim> out;
    CC_TRY(select(m_db, kCreated.arg(kClaimSubject, kClaimJoins),
        QStringLiteral("measures: claims created"), from, to, [&out](const QSqlQuery &q) {
            CreatedClaim c;
            c.subject = readSubject(q);
            c.created = timestampOf(q.value(kFirst));
            out.append(c);
        }));
    return out;
}

Result<QList<MeasuresRepository::AnsweredQuery>> MeasuresRepository::answeredQueries(
    const QDate &from, const QDate &to)
{
    QList<AnsweredQuery> out;
    CC_TRY(select(m_db,
        kQueries.arg(kEncounterSubject, kEncounterJoins.arg(QStringLiteral("e.coder_id"))),
        QStringLiteral("measures: queries answered"), from, to, [&out](const QSqlQuery &q) {
            AnsweredQuery a;
            a.subject = readSubject(q);
            a.queryId = q.value(kFirst).toLongLong();
            a.sentAt = timestampOf(q.value(kFirst + 1));
            a.answeredAt = timestampOf(q.value(kFirst + 2));
            out.append(a);
        }));
    return out;
}

Result<QList<MeasuresRepository::AuditItem>> MeasuresRepository::auditItems(
    const QDate &from, const QDate &to)
{
    QList<AuditItem> out;
    // The coder of an audit item is who coded it when it was drawn (the encounter's coder
    // for items that do not say).
    CC_TRY(select(m_db,
        kAuditItems.arg(kEncounterSubject,
            kEncounterJoins.arg(QStringLiteral("coalesce(i.coder_id, e.coder_id)"))),
        QStringLiteral("measures: coding audit items"), from, to, [&out](const QSqlQuery &q) {
            AuditItem a;
            a.subject = readSubject(q);
            a.itemId = q.value(kFirst).toLongLong();
            a.completed = dateOf(q.value(kFirst + 1));
            a.agreedLines = q.value(kFirst + 2).toLongLong();
            a.auditedLines = q.value(kFirst + 3).toLongLong();
            out.append(a);
        }));
    return out;
}

Result<QList<MeasuresRepository::HandoffMove>> MeasuresRepository::handoffMoves(
    const QDate &from, const QDate &to)
{
    QList<HandoffMove> out;
    CC_TRY(select(m_db,
        kHandoffMoves.arg(kEncounterSubject, kEncounterJoins.arg(QStringLiteral("e.coder_id"))),
        QStringLiteral("measures: handoff moves"), from, to, [&out](const QSqlQuery &q) {
            HandoffMove m;
            m.subject = readSubject(q);
            m.logId = q.value(kFirst).toLongLong();
            m.at = dateOf(q.value(kFirst + 1));
            m.returned = q.value(kFirst + 2).toString() == QLatin1String("returned");
            m.accepted = q.value(kFirst + 2).toString() == QLatin1String("accepted");
            m.reasonCode = q.value(kFirst + 3).toString();
            out.append(m);
        }));
    return out;
}

Result<QList<MeasuresRepository::OpenedDenial>> MeasuresRepository::denialsOpened(
    const QDate &from, const QDate &to)
{
    QList<OpenedDenial> out;
    CC_TRY(select(m_db, kDenialsOpened.arg(kClaimSubject, kClaimJoins),
        QStringLiteral("measures: denials opened"), from, to, [&out](const QSqlQuery &q) {
            OpenedDenial d;
            d.subject = readSubject(q);
            d.opened = dateOf(q.value(kFirst));
            d.group = q.value(kFirst + 1).toString();
            d.reason = q.value(kFirst + 2).toString();
            d.amountCents = q.value(kFirst + 3).toLongLong();
            d.lineCode = q.value(kFirst + 4).toString();
            out.append(d);
        }));
    return out;
}

} // namespace cc

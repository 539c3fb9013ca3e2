// SPDX-License-Identifier: GPL-3.0-or-later
#include "remittancerepository.h"
#include "database.h"
#include "dialect_p.h"
#include "rowstatement_p.h"
#include "sqlerror_p.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace cc {

namespace {

/// How many patient control numbers one bulk read binds (well under every engine's limit).
constexpr int kChunk = 500;

const auto kPostedAt = QStringLiteral(R"(
SELECT posted_at FROM remittances
WHERE payer_identifier = :payer AND trace_number = :trace AND payment_cents = :amount
)");
const auto kPayer = QStringLiteral(
        "SELECT id, name, payer_id, accepts_era FROM payers WHERE id = :id");
const auto kPayerByIdentifier = QStringLiteral(
        "SELECT id FROM payers WHERE payer_id = :identifier ORDER BY id LIMIT 1");

// %1: the WHERE clause.
const auto kClaims = QStringLiteral(R"(
SELECT c.id, c.patient_control_number, e.patient_id, p.last_name || ', ' || p.first_name,
       coalesce(cv.member_id, ''), coalesce(c.payer_id, 0), coalesce(py.name, ''),
       coalesce(c.coverage_id, 0), c.state, c.frequency, coalesce(c.primary_claim_id, 0),
       e.date_of_service, c.total_charge_cents,
       coalesce(sc.id, 0), coalesce(sc.payer_id, 0), coalesce(spy.name, ''),
       coalesce((SELECT min(s.id) FROM claims s WHERE s.primary_claim_id = c.id), 0)
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN coverages cv ON cv.id = c.coverage_id
LEFT JOIN coverages sc ON sc.id = (
    SELECT x.id FROM coverages x
    WHERE x.patient_id = e.patient_id AND x.priority = 2 AND x.effective_from <= e.date_of_service
      AND (x.effective_to IS NULL OR x.effective_to >= e.date_of_service)
    ORDER BY x.effective_from DESC LIMIT 1)
LEFT JOIN payers spy ON spy.id = sc.payer_id
%1
)");
// %1: the condition on l.claim_id. Read in the order of the index on (claim_id, line_no), so
// no sort is needed.
const auto kClaimLines = QStringLiteral(R"(
SELECT l.claim_id, l.id, l.line_no, l.line_control_number, l.code, l.modifier1, l.modifier2,
       l.modifier3, l.modifier4, l.units, l.charge_cents, l.service_date
FROM claim_lines l
WHERE %1
ORDER BY l.claim_id, l.line_no
)");

const auto kInsertRemittance = QStringLiteral(R"(
INSERT INTO remittances (payer_identifier, payer_name, trace_number, payment_cents, payment_date,
                         source, file_name, posted_at, posted_by, payment_method, payer_id,
                         claim_count, content_hash)
VALUES (:payer, :name, :trace, :amount, :date, :source, :file, :at, :by, :method, :payerId,
        :count, :hash)
)");
const auto kInsertProviderAdjustment = QStringLiteral(R"(
INSERT INTO provider_adjustments (remittance_id, provider_identifier, fiscal_period_date,
                                  reason_code, reference, amount_cents)
VALUES (:remit, :provider, :date, :reason, :reference, :amount)
)");
const auto kInsertDenial = QStringLiteral(R"(
INSERT INTO denials (claim_id, claim_line_id, remittance_id, remittance_claim_id, group_code,
                     reason_code, remark_codes, amount_cents, opened_at)
VALUES (:claim, :line, :remit, :remitClaim, :group, :reason, :remarks, :amount, :at)
)");
const auto kCloseDenials = QStringLiteral(R"(
UPDATE denials SET state = 'closed', resolved_at = :at, version = version + 1
WHERE claim_id = :claim AND state = 'open'
)");
const auto kClaimAnswer = QStringLiteral(R"(
UPDATE claims SET state = :state,
       payer_claim_number = coalesce(nullif(:number, ''), payer_claim_number),
       updated_at = :at, version = version + 1
WHERE id = :id
)");
const auto kInsertEvent = QStringLiteral(R"(
INSERT INTO claim_status_events (claim_id, at, status, message)
VALUES (:claim, :at, :status, :message)
)");
// Bulk forms of the statements above: a head, then one "(:pN,…)" per row (sql::namedRows()).
// kRowsPerStatement rows × at most 14 columns stays under SQLite's old limit of 999 binds.
constexpr qsizetype kRowsPerStatement = 64;
const auto kInsertRemittanceClaimsHead = QStringLiteral(R"(
INSERT INTO remittance_claims (remittance_id, claim_id, patient_control_number, status_code,
                               charge_cents, paid_cents, patient_responsibility_cents,
                               payer_claim_number, patient_name, member_id, service_date,
                               crossover_payer, resolution, payload)
VALUES )");
constexpr int kRemittanceClaimColumns = 14;
// The rows just stored, to check the ids a multi-row INSERT gave them.
const auto kRemittanceClaimIds = QStringLiteral(R"(
SELECT id, remittance_id, patient_control_number FROM remittance_claims
WHERE id BETWEEN ? AND ? ORDER BY id
)");
const auto kInsertDenialsHead = QStringLiteral(R"(
INSERT INTO denials (claim_id, claim_line_id, remittance_id, remittance_claim_id, group_code,
                     reason_code, remark_codes, amount_cents, opened_at)
VALUES )");
constexpr int kDenialColumns = 9;
// kClaimAnswersHead, then "(:p0,:p1,:p2),…" one per claim, then kClaimAnswersTail. The id is
// cast: PostgreSQL takes the values of a VALUES list as text.
const auto kClaimAnswersHead = QStringLiteral(R"(
WITH answers(id, state, number) AS (VALUES )");
const auto kClaimAnswersTail = QStringLiteral(R"()
UPDATE claims SET state = answers.state,
       payer_claim_number = coalesce(nullif(answers.number, ''), claims.payer_claim_number),
       updated_at = :at, version = claims.version + 1
FROM answers WHERE claims.id = CAST(answers.id AS BIGINT)
)");
const auto kInsertEventsHead = QStringLiteral(R"(
INSERT INTO claim_status_events (claim_id, at, status, message)
VALUES )");

const auto kReversible = QStringLiteral(R"(
SELECT p.id FROM postings p
WHERE p.claim_id = :claim AND p.kind IN ('payment', 'adjustment', 'patient_responsibility')
  AND p.reverses_id IS NULL AND p.remittance_id IS NOT NULL AND p.remittance_id <> :remit
  AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
ORDER BY p.id
)");
const auto kCopySecondary = QStringLiteral(R"(
INSERT INTO claims (encounter_id, patient_control_number, payer_id, coverage_id,
                    billing_provider_npi, rendering_provider_id, place_of_service, frequency,
                    prior_authorization, state, total_charge_cents, primary_claim_id,
                    created_at, updated_at)
SELECT encounter_id, :pcn, :payer, :coverage, billing_provider_npi, rendering_provider_id,
       place_of_service, '1', '', 'draft', total_charge_cents, id, :at, :at2
FROM claims WHERE id = :id
)");
const auto kCopyLines = QStringLiteral(R"(
INSERT INTO claim_lines (claim_id, line_no, line_control_number, code, modifier1, modifier2,
                         modifier3, modifier4, units, pointers, charge_cents, service_date)
SELECT :claim, line_no, :pcn || '-' || line_no, code, modifier1, modifier2, modifier3,
       modifier4, units, pointers, charge_cents, service_date
FROM claim_lines WHERE claim_id = :id
)");
const auto kCopyDiagnoses = QStringLiteral(R"(
INSERT INTO claim_diagnoses (claim_id, position, code)
SELECT :claim, position, code FROM claim_diagnoses WHERE claim_id = :id
)");
const auto kLineCharges = QStringLiteral(
        "SELECT id, charge_cents FROM claim_lines WHERE claim_id = :id ORDER BY line_no");
// A line's charge less what the payer's answers took off it (charges may be kept at claim
// level, so the line's own charge stands for them).
const auto kLineBalances = QStringLiteral(R"(
SELECT l.id, l.charge_cents - coalesce(SUM(CASE
        WHEN p.kind IN ('payment', 'adjustment', 'patient_responsibility', 'transfer')
            THEN p.amount_cents
        WHEN p.kind = 'write_off' AND p.group_code <> 'PR' THEN p.amount_cents
        ELSE 0 END), 0)
FROM claim_lines l LEFT JOIN postings p ON p.claim_line_id = l.id
WHERE l.claim_id = :id
GROUP BY l.id, l.charge_cents
)");

// %1: WHERE clause, %2: LIMIT clause.
const auto kRemittances = QStringLiteral(R"(
SELECT r.id, r.source, r.payer_name, r.payer_identifier, r.trace_number, r.payment_method,
       r.payment_cents, r.payment_date, r.posted_at, coalesce(u.full_name, ''), r.file_name,
       r.claim_count,
       (SELECT count(*) FROM remittance_claims rc
        WHERE rc.remittance_id = r.id AND rc.resolution = 'unmatched')
FROM remittances r LEFT JOIN users u ON u.id = r.posted_by
%1
ORDER BY r.id DESC
%2
)");
// %1: WHERE clause.
const auto kRemittanceClaims = QStringLiteral(R"(
SELECT rc.id, rc.remittance_id, coalesce(rc.claim_id, 0), rc.patient_control_number,
       rc.status_code, rc.charge_cents, rc.paid_cents, rc.patient_responsibility_cents,
       rc.payer_claim_number, rc.patient_name, rc.member_id, rc.service_date, rc.crossover_payer,
       rc.resolution, rc.payload, rc.resolution_note, rc.version, r.payer_name, r.trace_number,
       r.source, r.payment_date
FROM remittance_claims rc JOIN remittances r ON r.id = rc.remittance_id
%1
ORDER BY rc.id
)");
const auto kResolve = QStringLiteral(R"(
UPDATE remittance_claims SET claim_id = :claim, resolution = :resolution, resolved_by = :user,
       resolved_at = :at, resolution_note = :note, version = version + 1
WHERE id = :id AND version = :version AND resolution = 'unmatched'
)");
const auto kCandidates = QStringLiteral(R"(
SELECT c.id, c.patient_control_number, p.last_name, p.first_name, coalesce(py.name, ''),
       e.date_of_service, c.total_charge_cents, c.state
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN coverages cv ON cv.id = c.coverage_id
WHERE c.state NOT IN ('draft', 'scrubbed')
  AND (c.total_charge_cents = :charge OR e.date_of_service = :dos OR cv.member_id = :member
       OR upper(p.last_name) = :last)
ORDER BY c.id DESC
LIMIT :limit
)");
// %1: the id list.
const auto kCandidateFacts = QStringLiteral(R"(
SELECT c.id, coalesce(cv.member_id, ''), p.last_name, p.first_name
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN coverages cv ON cv.id = c.coverage_id
WHERE c.id IN (%1)
)");
const auto kProviderAdjustments = QStringLiteral(R"(
SELECT provider_identifier, fiscal_period_date, reason_code, reference, amount_cents
FROM provider_adjustments WHERE remittance_id = :id ORDER BY id
)");
const auto kRemittancePostings = QStringLiteral(R"(
SELECT p.id, coalesce(p.claim_id, 0), coalesce(p.claim_line_id, 0), p.patient_id,
       coalesce(p.remittance_id, 0), coalesce(p.remittance_claim_id, 0), p.kind, p.group_code,
       p.reason_code, p.amount_cents, p.allowed_cents, p.posted_at, coalesce(p.user_id, 0),
       coalesce(p.reverses_id, 0), p.memo,
       coalesce(l.line_no, 0), coalesce(l.code, ''), coalesce(l.modifier1, ''),
       coalesce(l.modifier2, ''), coalesce(l.modifier3, ''), coalesce(l.modifier4, ''),
       coalesce(l.service_date, ''), coalesce(l.charge_cents, 0)
FROM postings p LEFT JOIN claim_lines l ON l.id = p.claim_line_id
WHERE p.remittance_id = :id
ORDER BY p.id
)");
const auto kRemittanceDenials = QStringLiteral(R"(
SELECT d.id, d.claim_id, coalesce(d.claim_line_id, 0), coalesce(d.remittance_claim_id, 0),
       coalesce(l.line_no, 0), coalesce(l.code, ''), coalesce(l.modifier1, ''),
       coalesce(l.modifier2, ''), coalesce(l.modifier3, ''), coalesce(l.modifier4, ''),
       coalesce(l.service_date, ''), coalesce(l.charge_cents, 0), d.group_code, d.reason_code,
       d.remark_codes, d.amount_cents, d.state
FROM denials d LEFT JOIN claim_lines l ON l.id = d.claim_line_id
WHERE d.remittance_id = :id
ORDER BY d.id
)");

const auto kCopyAsSent = QStringLiteral(R"(
INSERT INTO claims (encounter_id, patient_control_number, payer_id, coverage_id,
                    billing_provider_npi, rendering_provider_id, place_of_service, frequency,
                    state, total_charge_cents, submission_count, created_at, updated_at)
SELECT encounter_id, :pcn, payer_id, coverage_id, billing_provider_npi, rendering_provider_id,
       place_of_service, '1', 'accepted', :total, 1, :at, :at2
FROM claims WHERE id = :id
)");
const auto kInsertLine = QStringLiteral(R"(
INSERT INTO claim_lines (claim_id, line_no, line_control_number, code, modifier1, modifier2,
                         modifier3, modifier4, units, pointers, charge_cents, service_date)
VALUES (:claim, :line, :lcn, :code, :m1, :m2, :m3, :m4, 1, '1', :charge, :date)
)");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QStringList modifiersOf(const QSqlQuery &q, int first)
{
    QStringList out;
    for (int i = first; i < first + 4; ++i) {
        if (const QString m = q.value(i).toString(); !m.isEmpty())
            out.append(m);
    }
    return out;
}

PostingClaim readClaim(const sql::RowStatement &q)
{
    PostingClaim c;
    c.id = q.integer(0);
    c.patientControlNumber = q.text(1);
    c.patientId = q.integer(2);
    c.patientName = q.text(3);
    c.memberId = q.text(4);
    c.payerId = q.integer(5);
    c.payerName = q.text(6);
    c.coverageId = q.integer(7);
    c.state = q.text(8);
    c.frequency = q.text(9);
    c.primaryClaimId = q.integer(10);
    c.serviceDate = q.date(11);
    c.totalChargeCents = q.integer(12);
    c.secondaryCoverageId = q.integer(13);
    c.secondaryPayerId = q.integer(14);
    c.secondaryPayerName = q.text(15);
    c.secondaryClaimId = q.integer(16);
    return c;
}

PostingClaimLine readLine(const sql::RowStatement &q)
{
    PostingClaimLine l;
    l.id = q.integer(1);
    l.lineNo = int(q.integer(2));
    l.lineControlNumber = q.text(3);
    l.code = q.text(4);
    for (int i = 5; i < 9; ++i) {
        if (QString m = q.text(i); !m.isEmpty())
            l.modifiers.append(std::move(m));
    }
    l.units = int(q.integer(9));
    l.chargeCents = q.integer(10);
    l.serviceDate = q.date(11);
    return l;
}

RemittanceRepository::StoredRemittanceClaim readRemittanceClaim(const QSqlQuery &q)
{
    RemittanceRepository::StoredRemittanceClaim c;
    c.id = q.value(0).toLongLong();
    c.remittanceId = q.value(1).toLongLong();
    c.claimId = q.value(2).toLongLong();
    c.patientControlNumber = q.value(3).toString();
    c.status = q.value(4).toString();
    c.chargeCents = q.value(5).toLongLong();
    c.paidCents = q.value(6).toLongLong();
    c.patientResponsibilityCents = q.value(7).toLongLong();
    c.payerClaimNumber = q.value(8).toString();
    c.patientName = q.value(9).toString();
    c.memberId = q.value(10).toString();
    c.serviceDate = isoDate(q.value(11));
    c.crossoverPayer = q.value(12).toString();
    c.resolution = q.value(13).toString();
    c.payload = q.value(14).toString();
    c.resolutionNote = q.value(15).toString();
    c.version = q.value(16).toInt();
    c.payerName = q.value(17).toString();
    c.traceNumber = q.value(18).toString();
    c.source = q.value(19).toString();
    return c;
}

/// Binds @p c as the row starting at position @p base (kRemittanceClaimColumns values).
void bindRemittanceClaim(sql::RowStatement &query, int b,
                         const RemittanceRepository::NewRemittanceClaim &c)
{
    query.bind(b + 0, c.remittanceId);
    query.bindId(b + 1, c.claimId);
    query.bindText(b + 2, c.patientControlNumber);
    query.bindText(b + 3, c.status);
    query.bind(b + 4, c.chargeCents);
    query.bind(b + 5, c.paidCents);
    query.bind(b + 6, c.patientResponsibilityCents);
    query.bindText(b + 7, c.payerClaimNumber);
    query.bindText(b + 8, c.patientName);
    query.bindText(b + 9, c.memberId);
    query.bindDate(b + 10, c.serviceDate);
    query.bindText(b + 11, c.crossoverPayer);
    query.bindText(b + 12, c.resolution);
    query.bindText(b + 13, c.payload);
}

/// :p0,:p1,… with @p n named placeholders (sql::bindName()).
QString namedList(qsizetype n)
{
    QString out;
    out.reserve(n * 6);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            out.append(QLatin1Char(','));
        out.append(sql::bindName(int(i)));
    }
    return out;
}

/// "?, ?, ?" with @p n placeholders.
QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0)
            out.append(QLatin1Char(','));
        out.append(QLatin1Char('?'));
    }
    return out;
}

} // namespace

struct RemittanceRepository::Private
{
    explicit Private(Database &database) : db(database), cache(database, true) { }
    Database &db;
    /// Posting a large ERA runs the same few statements tens of thousands of times.
    sql::StatementCache cache;

    Result<QSqlQuery *> get(const QString &sql, const QString &what) { return cache.get(sql, what); }
};

RemittanceRepository::RemittanceRepository(Database &db) : d(new Private(db)) { }
RemittanceRepository::~RemittanceRepository() = default;

Result<void> RemittanceRepository::takePostingTurn()
{
    const QString lock = sql::dialect::postingTurn(d->db.engine());
    if (lock.isEmpty())
        return {};
    return sql::run(d->db.connection(), lock, QStringLiteral("wait for other postings"));
}

Result<std::optional<QDateTime>> RemittanceRepository::postedAt(const QString &payerIdentifier,
                                                                const QString &traceNumber,
                                                                qint64 paymentCents)
{
    const QString what = QStringLiteral("remittance posted before");
    auto q = d->get(kPostedAt, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":payer"), sql::text(payerIdentifier));
    query.bindValue(QStringLiteral(":trace"), sql::text(traceNumber));
    query.bindValue(QStringLiteral(":amount"), paymentCents);
    CC_TRY(sql::exec(query, what));
    std::optional<QDateTime> out;
    if (query.next())
        out = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    query.finish();
    return out;
}

Result<std::optional<RemittanceRepository::PayerInfo>> RemittanceRepository::payer(qint64 payerId)
{
    const QString what = QStringLiteral("payer");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kPayer, what));
    q.bindValue(QStringLiteral(":id"), payerId);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return std::optional<PayerInfo>();
    PayerInfo p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.identifier = q.value(2).toString();
    p.acceptsEra = q.value(3).toInt() != 0;
    return std::optional<PayerInfo>(p);
}

Result<qint64> RemittanceRepository::payerIdByIdentifier(const QString &identifier)
{
    const QString what = QStringLiteral("payer by identifier");
    auto q = d->get(kPayerByIdentifier, what);
    if (!q)
        return q.error();
    q.value()->bindValue(QStringLiteral(":identifier"), sql::text(identifier));
    CC_TRY(sql::exec(*q.value(), what));
    const qint64 id = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    return id;
}

Result<QHash<QString, PostingClaim>> RemittanceRepository::claimsByControlNumber(
        const QStringList &pcns)
{
    const QString what = QStringLiteral("claims of a remittance");
    QHash<QString, PostingClaim> out;
    out.reserve(pcns.size());
    // The claims first, kChunk numbers per statement (named binds: see sql::bindName()).
    for (qsizetype start = 0; start < pcns.size(); start += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, pcns.size() - start);
        auto cq = d->cache.row(kClaims.arg(QStringLiteral("WHERE c.patient_control_number IN (%1)")
                                                   .arg(namedList(n))),
                               what);
        if (!cq)
            return cq.error();
        sql::RowStatement &claims = *cq.value();
        for (qsizetype i = 0; i < n; ++i)
            claims.bindText(int(i), pcns.at(start + i));
        while (true) {
            auto row = claims.next();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            PostingClaim c = readClaim(claims);
            const QString key = c.patientControlNumber;
            out.emplace(key, std::move(c));
        }
    }
    if (out.isEmpty())
        return out;
    // Then their lines, by claim id in ascending order: each statement reads the index on
    // (claim_id, line_no) in order, where reading them by number needed a sort per statement.
    // Nothing is added to `out` from here on, so pointers into it stay valid.
    QHash<qint64, PostingClaim *> byId;
    byId.reserve(out.size());
    for (auto it = out.begin(); it != out.end(); ++it)
        byId.insert(it->id, &it.value());
    QList<qint64> ids = byId.keys();
    std::sort(ids.begin(), ids.end());
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, ids.size() - start);
        auto lq = d->cache.row(
                kClaimLines.arg(QStringLiteral("l.claim_id IN (%1)").arg(namedList(n))), what);
        if (!lq)
            return lq.error();
        sql::RowStatement &lines = *lq.value();
        for (qsizetype i = 0; i < n; ++i)
            lines.bind(int(i), ids.at(start + i));
        PostingClaim *current = nullptr;
        qint64 currentId = 0;
        while (true) {
            auto row = lines.next();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const qint64 claimId = lines.integer(0);
            if (claimId != currentId) {
                currentId = claimId;
                current = byId.value(claimId);
            }
            if (current) {
                if (current->lines.isEmpty())
                    current->lines.reserve(4); // most claims have a few lines
                current->lines.append(readLine(lines));
            }
        }
    }
    return out;
}

Result<std::optional<PostingClaim>> RemittanceRepository::claim(qint64 claimId)
{
    const QString what = QStringLiteral("claim to post");
    auto cq = d->cache.row(kClaims.arg(QStringLiteral("WHERE c.id = ?")), what);
    if (!cq)
        return cq.error();
    sql::RowStatement &claims = *cq.value();
    claims.bind(0, claimId);
    auto found = claims.next();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<PostingClaim>();
    PostingClaim c = readClaim(claims);
    claims.finish();
    auto lq = d->cache.row(kClaimLines.arg(QStringLiteral("l.claim_id = ?")), what);
    if (!lq)
        return lq.error();
    sql::RowStatement &lines = *lq.value();
    lines.bind(0, claimId);
    while (true) {
        auto row = lines.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        c.lines.append(readLine(lines));
    }
    return std::optional<PostingClaim>(c);
}

Result<qint64> RemittanceRepository::insertRemittance(const NewRemittance &r)
{
    const QString what = QStringLiteral("store remittance");
    auto q = d->get(kInsertRemittance, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":payer"), sql::text(r.payerIdentifier));
    query.bindValue(QStringLiteral(":name"), sql::text(r.payerName));
    query.bindValue(QStringLiteral(":trace"), sql::text(r.traceNumber));
    query.bindValue(QStringLiteral(":amount"), r.paymentCents);
    query.bindValue(QStringLiteral(":date"), nullableDate(r.paymentDate));
    query.bindValue(QStringLiteral(":source"), r.source);
    query.bindValue(QStringLiteral(":file"), sql::text(r.fileName));
    query.bindValue(QStringLiteral(":at"), timestamp(r.postedAt));
    query.bindValue(QStringLiteral(":by"), nullableId(r.userId));
    query.bindValue(QStringLiteral(":method"), sql::text(r.paymentMethod));
    query.bindValue(QStringLiteral(":payerId"), nullableId(r.payerId));
    query.bindValue(QStringLiteral(":count"), r.claimCount);
    query.bindValue(QStringLiteral(":hash"), sql::text(r.contentHash));
    CC_TRY(sql::exec(query, what));
    return query.lastInsertId().toLongLong();
}

Result<qint64> RemittanceRepository::insertRemittanceClaim(const NewRemittanceClaim &c)
{
    const QString what = QStringLiteral("store remittance claim");
    auto q = d->cache.rows(kInsertRemittanceClaimsHead, kRemittanceClaimColumns, 1, what);
    if (!q)
        return q.error();
    bindRemittanceClaim(*q.value(), 0, c);
    CC_TRY(q.value()->exec());
    return q.value()->lastInsertId();
}

Result<QList<qint64>> RemittanceRepository::insertRemittanceClaims(
        const QList<NewRemittanceClaim> &claims)
{
    const QString what = QStringLiteral("store remittance claims");
    QList<qint64> ids;
    ids.reserve(claims.size());
    qsizetype n = 0;
    for (qsizetype start = 0; start < claims.size(); start += n) {
        n = std::min<qsizetype>(kRowsPerStatement, claims.size() - start);
        auto q = d->cache.rows(kInsertRemittanceClaimsHead, kRemittanceClaimColumns, n, what);
        if (!q)
            return q.error();
        sql::RowStatement &query = *q.value();
        for (qsizetype i = 0; i < n; ++i)
            bindRemittanceClaim(query, int(i) * kRemittanceClaimColumns, claims.at(start + i));
        CC_TRY(query.exec());
        // The rows of one INSERT get the ids after the last one; read them back (in id order,
        // with what identifies them) rather than assume it.
        const qint64 last = query.lastInsertId();
        const qint64 first = last - n + 1;
        auto check = d->cache.row(kRemittanceClaimIds, what);
        if (!check)
            return check.error();
        sql::RowStatement &stored = *check.value();
        stored.bind(0, first);
        stored.bind(1, last);
        qsizetype i = 0;
        bool same = true;
        while (true) {
            auto row = stored.next();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            if (i >= n || stored.integer(1) != claims.at(start + i).remittanceId
                || stored.text(2) != claims.at(start + i).patientControlNumber) {
                same = false;
                break;
            }
            ids.append(stored.integer(0));
            ++i;
        }
        stored.finish();
        if (!same || i != n)
            return Error::make(Error::Kind::Other,
                               tr("The payer's answers could not be stored as read. Nothing was "
                                  "changed."),
                               QStringLiteral("%1: rows %2..%3 are not the %4 rows just stored")
                                       .arg(what)
                                       .arg(first)
                                       .arg(last)
                                       .arg(n));
    }
    return ids;
}

Result<void> RemittanceRepository::insertProviderAdjustment(qint64 remittanceId,
                                                            const ProviderAdjustmentRow &a)
{
    const QString what = QStringLiteral("store provider adjustment");
    auto q = d->get(kInsertProviderAdjustment, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":remit"), remittanceId);
    query.bindValue(QStringLiteral(":provider"), sql::text(a.providerIdentifier));
    query.bindValue(QStringLiteral(":date"), nullableDate(a.fiscalPeriodDate));
    query.bindValue(QStringLiteral(":reason"), sql::text(a.reason));
    query.bindValue(QStringLiteral(":reference"), sql::text(a.reference));
    query.bindValue(QStringLiteral(":amount"), a.amountCents);
    return sql::exec(query, what);
}

Result<void> RemittanceRepository::insertDenial(const NewDenial &n)
{
    const QString what = QStringLiteral("store denial");
    auto q = d->get(kInsertDenial, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":claim"), n.claimId);
    query.bindValue(QStringLiteral(":line"), nullableId(n.claimLineId));
    query.bindValue(QStringLiteral(":remit"), nullableId(n.remittanceId));
    query.bindValue(QStringLiteral(":remitClaim"), nullableId(n.remittanceClaimId));
    query.bindValue(QStringLiteral(":group"), sql::text(n.group));
    query.bindValue(QStringLiteral(":reason"), sql::text(n.reason));
    query.bindValue(QStringLiteral(":remarks"), sql::text(n.remarks));
    query.bindValue(QStringLiteral(":amount"), n.amountCents);
    query.bindValue(QStringLiteral(":at"), timestamp(n.openedAt));
    return sql::exec(query, what);
}

Result<void> RemittanceRepository::insertDenials(const QList<NewDenial> &denials)
{
    const QString what = QStringLiteral("store denials");
    QDateTime stampOf;
    QString stamp;
    qsizetype n = 0;
    for (qsizetype start = 0; start < denials.size(); start += n) {
        n = std::min<qsizetype>(kRowsPerStatement, denials.size() - start);
        auto q = d->cache.rows(kInsertDenialsHead, kDenialColumns, n, what);
        if (!q)
            return q.error();
        sql::RowStatement &query = *q.value();
        for (qsizetype i = 0; i < n; ++i) {
            const NewDenial &dn = denials.at(start + i);
            if (stamp.isNull() || dn.openedAt != stampOf) {
                stampOf = dn.openedAt;
                stamp = timestamp(dn.openedAt);
            }
            const int b = int(i) * kDenialColumns;
            query.bind(b + 0, dn.claimId);
            query.bindId(b + 1, dn.claimLineId);
            query.bindId(b + 2, dn.remittanceId);
            query.bindId(b + 3, dn.remittanceClaimId);
            query.bindText(b + 4, dn.group);
            query.bindText(b + 5, dn.reason);
            query.bindText(b + 6, dn.remarks);
            query.bind(b + 7, dn.amountCents);
            query.bindText(b + 8, stamp);
        }
        CC_TRY(query.exec());
    }
    return {};
}

Result<int> RemittanceRepository::closeOpenDenials(qint64 claimId, const QDateTime &at)
{
    const QString what = QStringLiteral("close denials");
    auto q = d->get(kCloseDenials, what);
    if (!q)
        return q.error();
    q.value()->bindValue(QStringLiteral(":at"), timestamp(at));
    q.value()->bindValue(QStringLiteral(":claim"), claimId);
    CC_TRY(sql::exec(*q.value(), what));
    return q.value()->numRowsAffected();
}

Result<void> RemittanceRepository::setClaimAnswer(qint64 claimId, const QString &state,
                                                  const QString &payerClaimNumber,
                                                  const QDateTime &at)
{
    const QString what = QStringLiteral("claim answered");
    auto q = d->get(kClaimAnswer, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":state"), state);
    query.bindValue(QStringLiteral(":number"), sql::text(payerClaimNumber));
    query.bindValue(QStringLiteral(":at"), timestamp(at));
    query.bindValue(QStringLiteral(":id"), claimId);
    return sql::exec(query, what);
}

Result<void> RemittanceRepository::setClaimAnswers(const QList<ClaimAnswer> &answers,
                                                   const QDateTime &at)
{
    const QString what = QStringLiteral("claims answered");
    const QString stamp = timestamp(at);
    QSet<qint64> inStatement;
    qsizetype start = 0;
    while (start < answers.size()) {
        // One statement updates each claim once: a claim named again starts the next one.
        qsizetype n = 0;
        inStatement.clear();
        while (n < kRowsPerStatement && start + n < answers.size()
               && !inStatement.contains(answers.at(start + n).claimId)) {
            inStatement.insert(answers.at(start + n).claimId);
            ++n;
        }
        auto q = d->cache.rows(kClaimAnswersHead, 3, n, what, kClaimAnswersTail);
        if (!q)
            return q.error();
        sql::RowStatement &query = *q.value();
        for (qsizetype i = 0; i < n; ++i) {
            const ClaimAnswer &a = answers.at(start + i);
            query.bind(int(i) * 3, a.claimId);
            query.bindText(int(i) * 3 + 1, a.state);
            query.bindText(int(i) * 3 + 2, a.payerClaimNumber);
        }
        query.bindText(int(n) * 3, stamp); // the tail's time stamp comes after the rows
        CC_TRY(query.exec());
        start += n;
    }
    return {};
}

Result<void> RemittanceRepository::addClaimEvents(const QList<ClaimEvent> &events,
                                                  const QDateTime &at)
{
    const QString what = QStringLiteral("claim history");
    const QString stamp = timestamp(at);
    qsizetype n = 0;
    for (qsizetype start = 0; start < events.size(); start += n) {
        n = std::min<qsizetype>(kRowsPerStatement, events.size() - start);
        auto q = d->cache.rows(kInsertEventsHead, 4, n, what);
        if (!q)
            return q.error();
        sql::RowStatement &query = *q.value();
        for (qsizetype i = 0; i < n; ++i) {
            const ClaimEvent &e = events.at(start + i);
            const int b = int(i) * 4;
            query.bind(b + 0, e.claimId);
            query.bindText(b + 1, stamp);
            query.bindText(b + 2, e.status);
            query.bindText(b + 3, e.message);
        }
        CC_TRY(query.exec());
    }
    return {};
}

Result<void> RemittanceRepository::addClaimEvent(qint64 claimId, const QDateTime &at,
                                                 const QString &status, const QString &message)
{
    const QString what = QStringLiteral("claim history");
    auto q = d->get(kInsertEvent, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":claim"), claimId);
    query.bindValue(QStringLiteral(":at"), timestamp(at));
    query.bindValue(QStringLiteral(":status"), status);
    query.bindValue(QStringLiteral(":message"), sql::text(message));
    return sql::exec(query, what);
}

Result<QList<qint64>> RemittanceRepository::reversibleRows(qint64 claimId,
                                                           qint64 exceptRemittanceId)
{
    const QString what = QStringLiteral("ledger rows to reverse");
    auto q = d->get(kReversible, what);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(QStringLiteral(":claim"), claimId);
    query.bindValue(QStringLiteral(":remit"), exceptRemittanceId);
    CC_TRY(sql::exec(query, what));
    QList<qint64> out;
    while (query.next())
        out.append(query.value(0).toLongLong());
    query.finish();
    return out;
}

Result<qint64> RemittanceRepository::insertSecondaryClaim(qint64 primaryId, qint64 coverageId,
                                                          qint64 payerId, const QString &pcn,
                                                          const QDateTime &at)
{
    const QString what = QStringLiteral("make secondary claim");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kCopySecondary, what));
    q.bindValue(QStringLiteral(":pcn"), pcn);
    q.bindValue(QStringLiteral(":payer"), payerId);
    q.bindValue(QStringLiteral(":coverage"), coverageId);
    q.bindValue(QStringLiteral(":at"), timestamp(at));
    q.bindValue(QStringLiteral(":at2"), timestamp(at));
    q.bindValue(QStringLiteral(":id"), primaryId);
    CC_TRY(sql::exec(q, what));
    if (q.numRowsAffected() != 1)
        return Error::notFound(tr("Claim %1 is no longer on record.").arg(primaryId));
    const qint64 claimId = q.lastInsertId().toLongLong();
    QSqlQuery lines(d->db.connection());
    CC_TRY(sql::prepare(lines, kCopyLines, what));
    lines.bindValue(QStringLiteral(":claim"), claimId);
    lines.bindValue(QStringLiteral(":pcn"), pcn);
    lines.bindValue(QStringLiteral(":id"), primaryId);
    CC_TRY(sql::exec(lines, what));
    QSqlQuery dx(d->db.connection());
    CC_TRY(sql::prepare(dx, kCopyDiagnoses, what));
    dx.bindValue(QStringLiteral(":claim"), claimId);
    dx.bindValue(QStringLiteral(":id"), primaryId);
    CC_TRY(sql::exec(dx, what));
    return claimId;
}

Result<QList<std::pair<qint64, qint64>>> RemittanceRepository::lineCharges(qint64 claimId)
{
    const QString what = QStringLiteral("line charges");
    auto q = d->get(kLineCharges, what);
    if (!q)
        return q.error();
    q.value()->bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(*q.value(), what));
    QList<std::pair<qint64, qint64>> out;
    while (q.value()->next())
        out.append({q.value()->value(0).toLongLong(), q.value()->value(1).toLongLong()});
    q.value()->finish();
    return out;
}

Result<QHash<qint64, qint64>> RemittanceRepository::lineInsuranceBalances(qint64 claimId)
{
    const QString what = QStringLiteral("line balances");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kLineBalances, what));
    q.bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(q, what));
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<QList<RemittanceSummary>> RemittanceRepository::remittances(int limit, qint64 onlyId)
{
    const QString what = QStringLiteral("remittances");
    const QString sqlText = kRemittances.arg(
            onlyId > 0 ? QStringLiteral("WHERE r.id = :id") : QString(),
            limit > 0 ? QStringLiteral("LIMIT %1").arg(limit) : QString());
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, sqlText, what));
    if (onlyId > 0)
        q.bindValue(QStringLiteral(":id"), onlyId);
    CC_TRY(sql::exec(q, what));
    QList<RemittanceSummary> out;
    while (q.next()) {
        RemittanceSummary s;
        s.id = q.value(0).toLongLong();
        s.source = q.value(1).toString();
        s.payerName = q.value(2).toString();
        s.payerIdentifier = q.value(3).toString();
        s.traceNumber = q.value(4).toString();
        s.paymentMethod = q.value(5).toString();
        s.paymentCents = q.value(6).toLongLong();
        s.paymentDate = isoDate(q.value(7));
        s.postedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        s.postedBy = q.value(9).toString();
        s.fileName = q.value(10).toString();
        s.claimCount = q.value(11).toInt();
        s.unmatchedCount = q.value(12).toInt();
        out.append(s);
    }
    return out;
}

Result<QList<RemittanceRepository::StoredRemittanceClaim>>
RemittanceRepository::remittanceClaims(qint64 remittanceId)
{
    const QString what = QStringLiteral("remittance claims");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kRemittanceClaims.arg(QStringLiteral("WHERE rc.remittance_id = :id")),
                        what));
    q.bindValue(QStringLiteral(":id"), remittanceId);
    CC_TRY(sql::exec(q, what));
    QList<StoredRemittanceClaim> out;
    while (q.next())
        out.append(readRemittanceClaim(q));
    return out;
}

Result<std::optional<RemittanceRepository::StoredRemittanceClaim>>
RemittanceRepository::remittanceClaim(qint64 id)
{
    const QString what = QStringLiteral("remittance claim");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kRemittanceClaims.arg(QStringLiteral("WHERE rc.id = :id")), what));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return std::optional<StoredRemittanceClaim>();
    return std::optional<StoredRemittanceClaim>(readRemittanceClaim(q));
}

Result<QList<UnmatchedEraClaim>> RemittanceRepository::unmatched()
{
    const QString what = QStringLiteral("unmatched remittance claims");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q,
                        kRemittanceClaims.arg(QStringLiteral("WHERE rc.resolution = 'unmatched'")),
                        what));
    CC_TRY(sql::exec(q, what));
    QList<UnmatchedEraClaim> out;
    while (q.next()) {
        const StoredRemittanceClaim s = readRemittanceClaim(q);
        UnmatchedEraClaim u;
        u.id = s.id;
        u.remittanceId = s.remittanceId;
        u.payerName = s.payerName;
        u.traceNumber = s.traceNumber;
        u.paymentDate = isoDate(q.value(20));
        u.patientControlNumber = s.patientControlNumber;
        u.patientName = s.patientName;
        u.memberId = s.memberId;
        u.payerClaimNumber = s.payerClaimNumber;
        u.status = s.status;
        u.serviceDate = s.serviceDate;
        u.chargeCents = s.chargeCents;
        u.paidCents = s.paidCents;
        u.version = s.version;
        out.append(u);
    }
    return out;
}

Result<void> RemittanceRepository::resolve(qint64 id, int version, const QString &resolution,
                                           qint64 claimId, qint64 userId, const QString &note,
                                           const QDateTime &at)
{
    const QString what = QStringLiteral("resolve remittance claim");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kResolve, what));
    q.bindValue(QStringLiteral(":claim"), nullableId(claimId));
    q.bindValue(QStringLiteral(":resolution"), resolution);
    q.bindValue(QStringLiteral(":user"), nullableId(userId));
    q.bindValue(QStringLiteral(":at"), timestamp(at));
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), version);
    CC_TRY(sql::exec(q, what));
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Kind::Conflict,
                           tr("This remittance claim was matched, dismissed or changed by someone "
                              "else since you opened it. Reopen the Unmatched list to see it."));
    return {};
}

Result<QList<MatchCandidate>> RemittanceRepository::candidates(qint64 chargeCents,
                                                               const QDate &dateOfService,
                                                               const QString &memberId,
                                                               const QString &lastName, int limit)
{
    const QString what = QStringLiteral("match candidates");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kCandidates, what));
    q.bindValue(QStringLiteral(":charge"), chargeCents);
    q.bindValue(QStringLiteral(":dos"), nullableDate(dateOfService));
    // An empty member id or name matches nothing rather than everything.
    q.bindValue(QStringLiteral(":member"),
                memberId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(memberId));
    q.bindValue(QStringLiteral(":last"), lastName.isEmpty()
                        ? QVariant(QMetaType(QMetaType::QString))
                        : QVariant(lastName.toUpper()));
    q.bindValue(QStringLiteral(":limit"), limit);
    CC_TRY(sql::exec(q, what));
    QList<MatchCandidate> out;
    while (q.next()) {
        MatchCandidate c;
        c.claimId = q.value(0).toLongLong();
        c.patientControlNumber = q.value(1).toString();
        c.patientName = q.value(2).toString() + QStringLiteral(", ") + q.value(3).toString();
        c.payerName = q.value(4).toString();
        c.serviceDate = isoDate(q.value(5));
        c.chargeCents = q.value(6).toLongLong();
        c.state = q.value(7).toString();
        out.append(c);
    }
    return out;
}

Result<QHash<qint64, RemittanceRepository::CandidateFacts>>
RemittanceRepository::candidateFacts(const QList<qint64> &claimIds)
{
    QHash<qint64, CandidateFacts> out;
    if (claimIds.isEmpty())
        return out;
    const QString what = QStringLiteral("match candidates");
    for (qsizetype start = 0; start < claimIds.size(); start += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, claimIds.size() - start);
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, kCandidateFacts.arg(placeholders(n)), what));
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), claimIds.at(start + i));
        CC_TRY(sql::exec(q, what));
        while (q.next())
            out.insert(q.value(0).toLongLong(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return out;
}

Result<QList<ProviderAdjustmentRow>> RemittanceRepository::providerAdjustments(qint64 remittanceId)
{
    const QString what = QStringLiteral("provider adjustments");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kProviderAdjustments, what));
    q.bindValue(QStringLiteral(":id"), remittanceId);
    CC_TRY(sql::exec(q, what));
    QList<ProviderAdjustmentRow> out;
    while (q.next()) {
        ProviderAdjustmentRow a;
        a.providerIdentifier = q.value(0).toString();
        a.fiscalPeriodDate = isoDate(q.value(1));
        a.reason = q.value(2).toString();
        a.reference = q.value(3).toString();
        a.amountCents = q.value(4).toLongLong();
        out.append(a);
    }
    return out;
}

Result<QList<RemittanceRepository::RemittancePosting>>
RemittanceRepository::postingsOfRemittance(qint64 remittanceId)
{
    const QString what = QStringLiteral("postings of a remittance");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kRemittancePostings, what));
    q.bindValue(QStringLiteral(":id"), remittanceId);
    CC_TRY(sql::exec(q, what));
    QList<RemittancePosting> out;
    while (q.next()) {
        RemittancePosting p;
        LedgerRow &r = p.row;
        r.id = q.value(0).toLongLong();
        r.entry.claimId = q.value(1).toLongLong();
        r.entry.claimLineId = q.value(2).toLongLong();
        r.entry.patientId = q.value(3).toLongLong();
        r.entry.remittanceId = q.value(4).toLongLong();
        r.entry.remittanceClaimId = q.value(5).toLongLong();
        r.entry.kind = q.value(6).toString();
        r.entry.groupCode = q.value(7).toString();
        r.entry.reasonCode = q.value(8).toString();
        r.entry.amountCents = q.value(9).toLongLong();
        if (!q.value(10).isNull())
            r.entry.allowedCents = q.value(10).toLongLong();
        r.postedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        r.entry.userId = q.value(12).toLongLong();
        r.entry.reversesId = q.value(13).toLongLong();
        r.entry.memo = q.value(14).toString();
        p.lineNo = q.value(15).toInt();
        p.code = q.value(16).toString();
        p.modifiers = modifiersOf(q, 17);
        p.serviceDate = isoDate(q.value(21));
        p.lineChargeCents = q.value(22).toLongLong();
        out.append(p);
    }
    return out;
}

Result<QList<RemittanceRepository::DenialRow>>
RemittanceRepository::denialsOfRemittance(qint64 remittanceId)
{
    const QString what = QStringLiteral("denials of a remittance");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kRemittanceDenials, what));
    q.bindValue(QStringLiteral(":id"), remittanceId);
    CC_TRY(sql::exec(q, what));
    QList<DenialRow> out;
    while (q.next()) {
        DenialRow r;
        r.id = q.value(0).toLongLong();
        r.claimId = q.value(1).toLongLong();
        r.claimLineId = q.value(2).toLongLong();
        r.remittanceClaimId = q.value(3).toLongLong();
        r.lineNo = q.value(4).toInt();
        r.code = q.value(5).toString();
        r.modifiers = modifiersOf(q, 6);
        r.serviceDate = isoDate(q.value(10));
        r.lineChargeCents = q.value(11).toLongLong();
        r.group = q.value(12).toString();
        r.reason = q.value(13).toString();
        r.remarks = q.value(14).toString();
        r.amountCents = q.value(15).toLongLong();
        r.state = q.value(16).toString();
        out.append(r);
    }
    return out;
}

Result<QHash<QString, qint64>> RemittanceRepository::rowCounts()
{
    QHash<QString, qint64> out;
    for (const char *table : {"postings", "denials", "remittances", "remittance_claims",
                              "provider_adjustments", "claim_status_events"}) {
        const QString name = QString::fromLatin1(table);
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, QStringLiteral("SELECT count(*) FROM %1").arg(name), name));
        CC_TRY(sql::exec(q, name));
        out.insert(name, q.next() ? q.value(0).toLongLong() : 0);
    }
    return out;
}

Result<QList<std::tuple<qint64, qint64, qint64>>> RemittanceRepository::insertSentCopies(
        qint64 templateId, const QList<SentCopy> &copies, const QDateTime &at)
{
    const QString what = QStringLiteral("copy claim as sent");
    auto cq = d->get(kCopyAsSent, what);
    if (!cq)
        return cq.error();
    auto lq = d->get(kInsertLine, what);
    if (!lq)
        return lq.error();
    QSqlQuery &claim = *cq.value();
    QSqlQuery &line = *lq.value();
    const QString stamp = timestamp(at);
    QList<std::tuple<qint64, qint64, qint64>> out;
    for (const SentCopy &c : copies) {
        qint64 total = 0;
        for (const PostingClaimLine &l : c.lines)
            total += l.chargeCents;
        claim.bindValue(QStringLiteral(":pcn"), c.patientControlNumber);
        claim.bindValue(QStringLiteral(":total"), total);
        claim.bindValue(QStringLiteral(":at"), stamp);
        claim.bindValue(QStringLiteral(":at2"), stamp);
        claim.bindValue(QStringLiteral(":id"), templateId);
        CC_TRY(sql::exec(claim, what));
        const qint64 claimId = claim.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < c.lines.size(); ++i) {
            const PostingClaimLine &l = c.lines.at(i);
            line.bindValue(QStringLiteral(":claim"), claimId);
            line.bindValue(QStringLiteral(":line"), int(i + 1));
            line.bindValue(QStringLiteral(":lcn"),
                           QStringLiteral("%1-%2").arg(c.patientControlNumber).arg(i + 1));
            line.bindValue(QStringLiteral(":code"), l.code);
            for (int m = 0; m < 4; ++m)
                line.bindValue(QStringLiteral(":m%1").arg(m + 1), sql::text(l.modifiers.value(m)));
            line.bindValue(QStringLiteral(":charge"), l.chargeCents);
            line.bindValue(QStringLiteral(":date"), l.serviceDate.toString(Qt::ISODate));
            CC_TRY(sql::exec(line, what));
            out.append({claimId, line.lastInsertId().toLongLong(), l.chargeCents});
        }
    }
    return out;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimrecordrepository.h"
#include "database.h"
#include "findingstore_p.h"
#include "sqlerror_p.h"

#include <QMap>
#include <QSqlQuery>

namespace cc {

namespace {

// %1: WHERE clause (or nothing), %2: LIMIT clause (or nothing).
const auto kSummaries = QStringLiteral(R"(
SELECT c.id, c.patient_control_number, c.encounter_id, p.last_name, p.first_name,
       coalesce(py.name, ''), e.date_of_service, c.state, c.frequency, c.total_charge_cents,
       (SELECT count(*) FROM claim_findings f WHERE f.claim_id = c.id AND f.severity = 'error'
           AND f.overridden_by IS NULL),
       (SELECT count(*) FROM claim_findings f WHERE f.claim_id = c.id
           AND f.severity = 'warning'),
       c.submission_count,
       coalesce((SELECT s.message FROM claim_status_events s WHERE s.claim_id = c.id
                 ORDER BY s.id DESC LIMIT 1), ''),
       c.updated_at, c.version
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN payers py ON py.id = c.payer_id
%1
ORDER BY c.id DESC
%2
)");

const auto kRead = QStringLiteral(R"(
SELECT e.patient_id, coalesce(c.payer_id, 0), coalesce(c.coverage_id, 0),
       coalesce(cv.priority, 0), coalesce(c.rendering_provider_id, 0),
       coalesce(c.original_claim_id, 0), coalesce(o.patient_control_number, ''),
       c.payer_claim_number, coalesce(o.payer_claim_number, ''), c.place_of_service,
       c.prior_authorization,
       coalesce(pa.name, ''), coalesce(pa.npi, ''), coalesce(pa.tax_id, ''),
       coalesce(pa.taxonomy, ''), coalesce(pa.address_line1, ''), coalesce(pa.address_line2, ''),
       coalesce(pa.city, ''), coalesce(pa.state, ''), coalesce(pa.zip, ''),
       coalesce(pr.last_name, ''), coalesce(pr.first_name, ''), coalesce(pr.npi, ''),
       coalesce(pr.taxonomy, ''),
       coalesce(py.name, ''), coalesce(py.payer_id, ''), coalesce(py.filing_indicator, ''),
       coalesce(py.timely_filing_days, 365),
       coalesce(cv.member_id, ''), coalesce(cv.relationship, 'self'),
       coalesce(cv.subscriber_last_name, ''), coalesce(cv.subscriber_first_name, ''),
       coalesce(cv.subscriber_birth_date, ''), coalesce(cv.subscriber_sex, 'U'),
       coalesce(cv.subscriber_address_line1, ''), coalesce(cv.subscriber_city, ''),
       coalesce(cv.subscriber_state, ''), coalesce(cv.subscriber_zip, ''),
       p.last_name, p.first_name, p.birth_date, p.sex, p.address_line1, p.city, p.state, p.zip,
       c.billing_provider_npi, e.provider_id, e.place_of_service, coalesce(py.kind, '')
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN practice pa ON pa.id = (SELECT min(id) FROM practice)
LEFT JOIN providers pr ON pr.id = c.rendering_provider_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN coverages cv ON cv.id = c.coverage_id
LEFT JOIN claims o ON o.id = c.original_claim_id
WHERE c.id = :id
)");
const auto kDiagnoses = QStringLiteral(
        "SELECT code FROM claim_diagnoses WHERE claim_id = :id ORDER BY position");
const auto kLines = QStringLiteral(R"(
SELECT line_no, line_control_number, code, modifier1, modifier2, modifier3, modifier4, units,
       pointers, charge_cents, service_date
FROM claim_lines WHERE claim_id = :id ORDER BY line_no
)");
// Coordination of benefits: the primary claim a secondary was made from, and what the primary
// payer's answers left on the ledger and the denial list, per line (0 = the claim as a whole).
const auto kPrimaryOf = QStringLiteral(
        "SELECT coalesce(primary_claim_id, 0) FROM claims WHERE id = :id");
const auto kPriorPostings = QStringLiteral(R"(
SELECT coalesce(l.line_no, 0), p.kind, p.group_code, p.reason_code, sum(p.amount_cents),
       max(r.payment_date)
FROM postings p
JOIN remittances r ON r.id = p.remittance_id
LEFT JOIN claim_lines l ON l.id = p.claim_line_id
WHERE p.claim_id = :id AND p.kind IN ('payment', 'adjustment', 'patient_responsibility')
GROUP BY coalesce(l.line_no, 0), p.kind, p.group_code, p.reason_code
ORDER BY 1, 2, 3, 4
)");
const auto kPriorDenials = QStringLiteral(R"(
SELECT coalesce(l.line_no, 0), d.group_code, d.reason_code, sum(d.amount_cents)
FROM denials d
LEFT JOIN claim_lines l ON l.id = d.claim_line_id
WHERE d.claim_id = :id AND d.state <> 'closed'
GROUP BY coalesce(l.line_no, 0), d.group_code, d.reason_code
ORDER BY 1, 2, 3
)");
const auto kEvents = QStringLiteral(R"(
SELECT at, status, category_code, status_code, message
FROM claim_status_events WHERE claim_id = :id ORDER BY id
)");
const auto kByPcn = QStringLiteral("SELECT id FROM claims WHERE patient_control_number = :pcn");
const auto kCoverages = QStringLiteral(R"(
SELECT cv.id, cv.priority, cv.payer_id, py.name, cv.member_id,
       CASE WHEN cv.effective_from <= :dos AND (cv.effective_to IS NULL OR cv.effective_to >= :dos2)
            THEN 1 ELSE 0 END AS active
FROM coverages cv JOIN payers py ON py.id = cv.payer_id
WHERE cv.patient_id = :patient
ORDER BY active DESC, cv.priority, cv.effective_from DESC
)");
const auto kCoveragePayer
        = QStringLiteral("SELECT payer_id FROM coverages WHERE id = :id AND patient_id = :patient");

const auto kUpdate = QStringLiteral(R"(
UPDATE claims SET coverage_id = :coverage, payer_id = :payer, rendering_provider_id = :rendering,
       place_of_service = :pos, prior_authorization = :auth, total_charge_cents = :total,
       updated_at = :at, version = version + 1
WHERE id = :id AND version = :version
)");
const auto kVersion = QStringLiteral("SELECT version FROM claims WHERE id = :id");
const auto kDeleteDiagnoses = QStringLiteral("DELETE FROM claim_diagnoses WHERE claim_id = :id");
const auto kInsertDiagnosis = QStringLiteral(
        "INSERT INTO claim_diagnoses (claim_id, position, code) VALUES (:id, :position, :code)");
const auto kDeleteLines = QStringLiteral("DELETE FROM claim_lines WHERE claim_id = :id");
const auto kInsertLine = QStringLiteral(R"(
INSERT INTO claim_lines (claim_id, line_no, line_control_number, code, modifier1, modifier2,
                         modifier3, modifier4, units, pointers, charge_cents, service_date)
VALUES (:id, :line, :lcn, :code, :m1, :m2, :m3, :m4, :units, :pointers, :charge, :date)
)");
const auto kSetState = QStringLiteral(R"(
UPDATE claims SET state = :state, first_scrub_clean = coalesce(first_scrub_clean, :clean),
       updated_at = :at, version = version + 1
WHERE id = :id
)");
const auto kSubmitted = QStringLiteral(R"(
UPDATE claims SET state = 'submitted', submission_count = submission_count + 1,
       updated_at = :at, version = version + 1
WHERE id = :id
)");
const auto kPayerClaimNumber = QStringLiteral(
        "UPDATE claims SET payer_claim_number = :number, updated_at = :at WHERE id = :id");
const auto kFindingClaim = QStringLiteral("SELECT claim_id FROM claim_findings WHERE id = :id");
const auto kInsertEvent = QStringLiteral(R"(
INSERT INTO claim_status_events (claim_id, acknowledgement_id, at, status, category_code,
                                 status_code, message)
VALUES (:claim, :ack, :at, :status, :category, :code, :message)
)");

const auto kCopyClaim = QStringLiteral(R"(
INSERT INTO claims (encounter_id, patient_control_number, payer_id, coverage_id,
                    billing_provider_npi, rendering_provider_id, place_of_service, frequency,
                    original_claim_id, prior_authorization, state, total_charge_cents,
                    created_at, updated_at)
SELECT encounter_id, :pcn, payer_id, coverage_id, billing_provider_npi, rendering_provider_id,
       place_of_service, :frequency, id, prior_authorization, 'draft', total_charge_cents,
       :at, :at2
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

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString stateList(const QList<ClaimState> &states)
{
    QStringList keys;
    for (ClaimState s : states)
        keys.append(QLatin1Char('\'') + claimstate::toKey(s) + QLatin1Char('\''));
    return keys.join(QLatin1Char(','));
}

ClaimSummary summaryOf(const QSqlQuery &q)
{
    ClaimSummary s;
    s.id = q.value(0).toLongLong();
    s.patientControlNumber = q.value(1).toString();
    s.encounterId = q.value(2).toLongLong();
    s.patientName = q.value(3).toString() + QStringLiteral(", ") + q.value(4).toString();
    s.payerName = q.value(5).toString();
    s.dateOfService = isoDate(q.value(6));
    s.state = claimstate::fromKey(q.value(7).toString()).value_or(ClaimState::Draft);
    s.frequency = q.value(8).toString();
    s.totalChargeCents = q.value(9).toLongLong();
    s.errorCount = q.value(10).toInt();
    s.warningCount = q.value(11).toInt();
    s.submissionCount = q.value(12).toInt();
    s.statusMessage = q.value(13).toString();
    s.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    s.version = q.value(15).toInt();
    return s;
}

} // namespace

struct ClaimRecordRepository::Private
{
    explicit Private(Database &database) : db(database), cache(database, true) { }
    Database &db;
    /// Reading many claims one by one (a scrub, a batch) prepares each statement once.
    sql::StatementCache cache;

    /// Prepares @p sql, binds ":id" to @p id and runs it.
    Result<void> runWithId(QSqlQuery &q, const QString &sql, qint64 id, const QString &what)
    {
        CC_TRY(sql::prepare(q, sql, what));
        q.bindValue(QStringLiteral(":id"), id);
        return sql::exec(q, what);
    }
    /// The kept statement @p sql, run with ":id" bound to @p id; finish() it after reading.
    Result<QSqlQuery *> cachedWithId(const QString &sql, qint64 id, const QString &what)
    {
        auto q = cache.get(sql, what);
        if (!q)
            return q.error();
        q.value()->bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(*q.value(), what));
        return q.value();
    }
};

ClaimRecordRepository::ClaimRecordRepository(Database &db) : d(new Private(db)) { }
ClaimRecordRepository::~ClaimRecordRepository() = default;

Result<QList<ClaimSummary>> ClaimRecordRepository::summaries(const QList<ClaimState> &states,
                                                            int limit, const QList<qint64> &ids,
                                                            bool sendableOnly)
{
    QStringList where;
    if (sendableOnly)
        where.append(QStringLiteral("py.kind IS NOT NULL AND py.kind <> 'self_pay'"));
    if (!states.isEmpty())
        where.append(QStringLiteral("c.state IN (%1)").arg(stateList(states)));
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        where.append(QStringLiteral("c.id IN (%1)").arg(list.join(QLatin1Char(','))));
    }
    const QString sqlText = kSummaries.arg(
            where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
            limit > 0 ? QStringLiteral("LIMIT %1").arg(limit) : QString());
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, sqlText, QStringLiteral("claims list")));
    CC_TRY(sql::exec(q, QStringLiteral("claims list")));
    QList<ClaimSummary> out;
    while (q.next())
        out.append(summaryOf(q));
    return out;
}

Result<std::optional<ClaimRecord>> ClaimRecordRepository::read(qint64 claimId)
{
    auto sq = d->cachedWithId(kSummaries.arg(QStringLiteral("WHERE c.id = :id"), QString()),
                              claimId, QStringLiteral("claim"));
    if (!sq)
        return sq.error();
    if (!sq.value()->next())
        return std::optional<ClaimRecord>();
    ClaimRecord r;
    r.summary = summaryOf(*sq.value());
    sq.value()->finish();
    ClaimDocument &doc = r.document;
    doc.id = r.summary.patientControlNumber;
    doc.frequency = r.summary.frequency;
    {
        auto cq = d->cachedWithId(kRead, claimId, QStringLiteral("claim"));
        if (!cq)
            return cq.error();
        QSqlQuery &q = *cq.value();
        if (!q.next())
            return std::optional<ClaimRecord>();
        auto v = [&q](int i) { return q.value(i).toString(); };
        r.patientId = q.value(0).toLongLong();
        r.payerId = q.value(1).toLongLong();
        r.coverageId = q.value(2).toLongLong();
        r.coveragePriority = q.value(3).toInt();
        r.renderingProviderId = q.value(4).toLongLong();
        r.encounterProviderId = q.value(47).toLongLong();
        r.encounterPlaceOfService = v(48);
        r.payerKind = v(49);
        r.originalClaimId = q.value(5).toLongLong();
        r.originalPatientControlNumber = v(6);
        r.payerClaimNumber = v(7);
        doc.originalClaimNumber = v(8);
        doc.placeOfService = v(9);
        doc.priorAuthorization = v(10);
        doc.billingProvider = {v(11), v(46).isEmpty() ? v(12) : v(46), v(13), v(14),
                               Address{v(15), v(16), v(17), v(18), v(19)}};
        doc.renderingProvider = {v(20), v(21), v(22), v(23)};
        doc.payer = {v(24), v(25), v(26), q.value(27).toInt()};
        Subscriber &sub = doc.subscriber;
        sub.memberId = v(28);
        sub.relationship = v(29);
        Patient pt;
        pt.lastName = v(38);
        pt.firstName = v(39);
        pt.birthDate = isoDate(q.value(40));
        pt.sex = v(41);
        pt.address = Address{v(42), {}, v(43), v(44), v(45)};
        if (r.coverageId == 0 || sub.relationship == QLatin1String("self")) {
            // Self-pay, or the patient is the insured: the subscriber is the patient.
            sub.relationship = QStringLiteral("self");
            sub.lastName = pt.lastName;
            sub.firstName = pt.firstName;
            sub.birthDate = pt.birthDate;
            sub.sex = pt.sex;
            sub.address = pt.address;
        } else {
            sub.lastName = v(30);
            sub.firstName = v(31);
            sub.birthDate = isoDate(q.value(32));
            sub.sex = v(33);
            sub.address = Address{v(34), {}, v(35), v(36), v(37)};
            doc.patient = pt;
        }
        q.finish();
    }
    {
        auto cq = d->cachedWithId(kDiagnoses, claimId, QStringLiteral("claim diagnoses"));
        if (!cq)
            return cq.error();
        QSqlQuery &q = *cq.value();
        while (q.next())
            doc.diagnoses.append(q.value(0).toString());
        q.finish();
    }
    {
        auto cq = d->cachedWithId(kLines, claimId, QStringLiteral("claim lines"));
        if (!cq)
            return cq.error();
        QSqlQuery &q = *cq.value();
        while (q.next()) {
            ClaimLineRecord l;
            l.lineNo = q.value(0).toInt();
            l.lineControlNumber = q.value(1).toString();
            l.line.code = q.value(2).toString();
            for (int m = 3; m <= 6; ++m) {
                if (const QString mod = q.value(m).toString(); !mod.isEmpty())
                    l.line.modifiers.append(mod);
            }
            l.line.units = q.value(7).toInt();
            for (const QString &p : q.value(8).toString().split(QLatin1Char(','),
                                                                 Qt::SkipEmptyParts))
                l.line.pointers.append(p.toInt());
            l.line.chargeCents = q.value(9).toLongLong();
            l.line.serviceDate = isoDate(q.value(10));
            r.lines.append(l);
            doc.lines.append(l.line);
        }
        q.finish();
    }
    doc.payerResponsibility = r.coveragePriority == 2 ? QStringLiteral("S")
            : r.coveragePriority == 3                   ? QStringLiteral("T")
                                                        : QStringLiteral("P");
    {
        auto prior = priorPayer(claimId);
        if (!prior)
            return prior.error();
        doc.priorPayer = prior.value();
    }
    {
        auto cq = d->cachedWithId(kEvents, claimId, QStringLiteral("claim history"));
        if (!cq)
            return cq.error();
        QSqlQuery &q = *cq.value();
        while (q.next()) {
            ClaimEvent ev;
            ev.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            ev.status = q.value(1).toString();
            ev.categoryCode = q.value(2).toString();
            ev.statusCode = q.value(3).toString();
            ev.message = q.value(4).toString();
            r.events.append(ev);
        }
        q.finish();
    }
    auto stored = findings(claimId);
    if (!stored)
        return stored.error();
    r.findings = stored.value();
    return std::optional<ClaimRecord>(r);
}

Result<std::optional<PriorPayer>> ClaimRecordRepository::priorPayer(qint64 claimId)
{
    qint64 primaryId = 0;
    {
        auto cq = d->cachedWithId(kPrimaryOf, claimId, QStringLiteral("primary claim"));
        if (!cq)
            return cq.error();
        if (cq.value()->next())
            primaryId = cq.value()->value(0).toLongLong();
        cq.value()->finish();
    }
    if (primaryId <= 0 || primaryId == claimId)
        return std::optional<PriorPayer>();
    auto primary = read(primaryId);
    if (!primary)
        return primary.error();
    if (!primary.value())
        return std::optional<PriorPayer>();
    const ClaimDocument &pd = primary.value()->document;
    PriorPayer prior;
    prior.payer = pd.payer;
    prior.subscriber = pd.subscriber;
    prior.responsibility = pd.payerResponsibility;
    QMap<int, PriorPayerLine> lines;
    auto adjustmentsOf = [&](int lineNo) -> QList<ClaimAdjustment> & {
        if (lineNo <= 0)
            return prior.adjustments;
        PriorPayerLine &l = lines[lineNo];
        l.lineNumber = lineNo;
        return l.adjustments;
    };
    {
        auto cq = d->cachedWithId(kPriorPostings, primaryId, QStringLiteral("primary's answer"));
        if (!cq)
            return cq.error();
        QSqlQuery &q = *cq.value();
        while (q.next()) {
            const int lineNo = q.value(0).toInt();
            const QString kind = q.value(1).toString();
            const qint64 amount = q.value(4).toLongLong();
            const QDate date = isoDate(q.value(5));
            if (date.isValid() && (!prior.adjudicated.isValid() || date > prior.adjudicated))
                prior.adjudicated = date;
            if (amount == 0)
                continue; // reversed to nothing
            if (kind == QLatin1String("payment")) {
                prior.paidCents += amount;
                if (lineNo > 0) {
                    lines[lineNo].lineNumber = lineNo;
                    lines[lineNo].paidCents += amount;
                }
                continue;
            }
            adjustmentsOf(lineNo).append({q.value(2).toString(), q.value(3).toString(), amount});
        }
        q.finish();
    }
    {
        auto cq = d->cachedWithId(kPriorDenials, primaryId, QStringLiteral("primary's denials"));
        if (!cq)
            return cq.error();
        QSqlQuery &q = *cq.value();
        while (q.next()) {
            if (const qint64 amount = q.value(3).toLongLong(); amount != 0)
                adjustmentsOf(q.value(0).toInt())
                        .append({q.value(1).toString(), q.value(2).toString(), amount});
        }
        q.finish();
    }
    prior.lines = lines.values();
    return std::optional<PriorPayer>(prior);
}

Result<QList<ClaimRecord>> ClaimRecordRepository::readMany(const QList<qint64> &claimIds)
{
    QList<ClaimRecord> out;
    out.reserve(claimIds.size());
    for (qint64 id : claimIds) {
        auto r = read(id);
        if (!r)
            return r.error();
        if (r.value())
            out.append(std::move(*r.value()));
    }
    return out;
}

Result<std::optional<qint64>> ClaimRecordRepository::idByControlNumber(const QString &pcn)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kByPcn, QStringLiteral("claim by number")));
    q.bindValue(QStringLiteral(":pcn"), pcn);
    CC_TRY(sql::exec(q, QStringLiteral("claim by number")));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QHash<QString, qint64>> ClaimRecordRepository::idsByControlNumber(const QStringList &pcns)
{
    QHash<QString, qint64> out;
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kByPcn, QStringLiteral("claim by number")));
    for (const QString &pcn : pcns) {
        q.bindValue(QStringLiteral(":pcn"), pcn);
        CC_TRY(sql::exec(q, QStringLiteral("claim by number")));
        if (q.next())
            out.insert(pcn, q.value(0).toLongLong());
    }
    return out;
}

Result<QList<CoverageOption>> ClaimRecordRepository::coverageOptions(qint64 patientId,
                                                                     const QDate &dateOfService)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kCoverages, QStringLiteral("coverages")));
    const QString dos = dateOfService.toString(Qt::ISODate);
    q.bindValue(QStringLiteral(":dos"), dos);
    q.bindValue(QStringLiteral(":dos2"), dos);
    q.bindValue(QStringLiteral(":patient"), patientId);
    CC_TRY(sql::exec(q, QStringLiteral("coverages")));
    QList<CoverageOption> out;
    while (q.next()) {
        CoverageOption o;
        o.id = q.value(0).toLongLong();
        o.priority = q.value(1).toInt();
        o.payerId = q.value(2).toLongLong();
        o.payerName = q.value(3).toString();
        o.memberId = q.value(4).toString();
        o.activeOnDateOfService = q.value(5).toInt() == 1;
        out.append(o);
    }
    return out;
}

Result<qint64> ClaimRecordRepository::coveragePayer(qint64 patientId, qint64 coverageId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kCoveragePayer, QStringLiteral("coverage")));
    q.bindValue(QStringLiteral(":id"), coverageId);
    q.bindValue(QStringLiteral(":patient"), patientId);
    CC_TRY(sql::exec(q, QStringLiteral("coverage")));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<int> ClaimRecordRepository::update(qint64 claimId, const QString &pcn,
                                          const ClaimEdit &edit, qint64 payerId)
{
    qint64 total = 0;
    for (const ClaimLine &l : edit.lines)
        total += l.chargeCents;
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kUpdate, QStringLiteral("save claim")));
    q.bindValue(QStringLiteral(":coverage"), nullableId(edit.coverageId));
    q.bindValue(QStringLiteral(":payer"), nullableId(payerId));
    q.bindValue(QStringLiteral(":rendering"), nullableId(edit.renderingProviderId));
    q.bindValue(QStringLiteral(":pos"), sql::text(edit.placeOfService));
    q.bindValue(QStringLiteral(":auth"), sql::text(edit.priorAuthorization));
    q.bindValue(QStringLiteral(":total"), total);
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":id"), claimId);
    q.bindValue(QStringLiteral(":version"), edit.version);
    CC_TRY(sql::exec(q, QStringLiteral("save claim")));
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Kind::Conflict,
                           tr("Claim %1 was changed by someone else since you opened it. Reopen "
                              "it to see the change, then make yours again.")
                                   .arg(pcn));
    {
        QSqlQuery del(d->db.connection());
        CC_TRY(d->runWithId(del, kDeleteDiagnoses, claimId, QStringLiteral("save diagnoses")));
        QSqlQuery ins(d->db.connection());
        CC_TRY(sql::prepare(ins, kInsertDiagnosis, QStringLiteral("save diagnoses")));
        for (qsizetype i = 0; i < edit.diagnoses.size(); ++i) {
            ins.bindValue(QStringLiteral(":id"), claimId);
            ins.bindValue(QStringLiteral(":position"), int(i + 1));
            ins.bindValue(QStringLiteral(":code"), edit.diagnoses.at(i));
            CC_TRY(sql::exec(ins, QStringLiteral("save diagnoses")));
        }
    }
    {
        QSqlQuery del(d->db.connection());
        CC_TRY(d->runWithId(del, kDeleteLines, claimId, QStringLiteral("save lines")));
        QSqlQuery ins(d->db.connection());
        CC_TRY(sql::prepare(ins, kInsertLine, QStringLiteral("save lines")));
        for (qsizetype i = 0; i < edit.lines.size(); ++i) {
            const ClaimLine &l = edit.lines.at(i);
            const int lineNo = int(i + 1);
            QStringList pointers;
            for (int p : l.pointers)
                pointers.append(QString::number(p));
            ins.bindValue(QStringLiteral(":id"), claimId);
            ins.bindValue(QStringLiteral(":line"), lineNo);
            ins.bindValue(QStringLiteral(":lcn"), QStringLiteral("%1-%2").arg(pcn).arg(lineNo));
            ins.bindValue(QStringLiteral(":code"), l.code);
            for (int m = 0; m < 4; ++m)
                ins.bindValue(QStringLiteral(":m%1").arg(m + 1), sql::text(l.modifiers.value(m)));
            ins.bindValue(QStringLiteral(":units"), l.units);
            ins.bindValue(QStringLiteral(":pointers"), pointers.join(QLatin1Char(',')));
            ins.bindValue(QStringLiteral(":charge"), l.chargeCents);
            ins.bindValue(QStringLiteral(":date"), l.serviceDate.toString(Qt::ISODate));
            CC_TRY(sql::exec(ins, QStringLiteral("save lines")));
        }
    }
    QSqlQuery v(d->db.connection());
    CC_TRY(d->runWithId(v, kVersion, claimId, QStringLiteral("claim version")));
    return v.next() ? v.value(0).toInt() : 0;
}

Result<void> ClaimRecordRepository::setState(qint64 claimId, ClaimState state,
                                             std::optional<bool> firstScrubClean)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSetState, QStringLiteral("claim state")));
    q.bindValue(QStringLiteral(":state"), claimstate::toKey(state));
    q.bindValue(QStringLiteral(":clean"), firstScrubClean
                        ? QVariant(*firstScrubClean ? 1 : 0)
                        : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":id"), claimId);
    return sql::exec(q, QStringLiteral("claim state"));
}

Result<void> ClaimRecordRepository::markSubmitted(qint64 claimId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSubmitted, QStringLiteral("claim submitted")));
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":id"), claimId);
    return sql::exec(q, QStringLiteral("claim submitted"));
}

Result<void> ClaimRecordRepository::setPayerClaimNumber(qint64 claimId, const QString &number)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kPayerClaimNumber, QStringLiteral("payer claim number")));
    q.bindValue(QStringLiteral(":number"), sql::text(number));
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":id"), claimId);
    return sql::exec(q, QStringLiteral("payer claim number"));
}

Result<QList<StoredFinding>> ClaimRecordRepository::findings(qint64 claimId)
{
    return findingstore::read(d->db, findingstore::Owner::Claim, claimId);
}

Result<void> ClaimRecordRepository::replaceFindings(qint64 claimId,
                                                    const QList<Finding> &findings)
{
    return findingstore::replace(d->db, findingstore::Owner::Claim, claimId, findings);
}

Result<std::optional<qint64>> ClaimRecordRepository::findingClaim(qint64 findingId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(d->runWithId(q, kFindingClaim, findingId, QStringLiteral("finding")));
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<void> ClaimRecordRepository::addEvent(qint64 claimId, qint64 acknowledgementId,
                                             const QDateTime &at, const ClaimEvent &event)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertEvent, QStringLiteral("claim history")));
    q.bindValue(QStringLiteral(":claim"), claimId);
    q.bindValue(QStringLiteral(":ack"), nullableId(acknowledgementId));
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":status"), event.status);
    q.bindValue(QStringLiteral(":category"), sql::text(event.categoryCode));
    q.bindValue(QStringLiteral(":code"), sql::text(event.statusCode));
    q.bindValue(QStringLiteral(":message"), sql::text(event.message));
    return sql::exec(q, QStringLiteral("claim history"));
}

Result<qint64> ClaimRecordRepository::insertCorrection(qint64 originalId, const QString &frequency,
                                                       const QString &pcn)
{
    const QString at = nowUtc();
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kCopyClaim, QStringLiteral("copy claim")));
    q.bindValue(QStringLiteral(":pcn"), pcn);
    q.bindValue(QStringLiteral(":frequency"), frequency);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":at2"), at);
    q.bindValue(QStringLiteral(":id"), originalId);
    CC_TRY(sql::exec(q, QStringLiteral("copy claim")));
    const qint64 claimId = q.lastInsertId().toLongLong();
    for (const auto &[text, what] : {std::pair{kCopyLines, QStringLiteral("copy claim lines")},
                                    std::pair{kCopyDiagnoses, QStringLiteral("copy diagnoses")}}) {
        QSqlQuery c(d->db.connection());
        CC_TRY(sql::prepare(c, text, what));
        c.bindValue(QStringLiteral(":claim"), claimId);
        if (text == kCopyLines)
            c.bindValue(QStringLiteral(":pcn"), pcn);
        c.bindValue(QStringLiteral(":id"), originalId);
        CC_TRY(sql::exec(c, what));
    }
    return claimId;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivablesrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlQuery>

namespace cc {

namespace {

// A claim is superseded once a replacement or void of it has been sent; a payer has answered
// a claim when a ledger row other than its charge, or a matched ERA claim, is on file.
const auto kSuperseded
    = QStringLiteral("EXISTS (SELECT 1 FROM claims r WHERE r.original_claim_id = c.id "
                     "AND r.submission_count > 0)");
const auto kAnswered = QStringLiteral(
    "(EXISTS (SELECT 1 FROM postings a WHERE a.claim_id = c.id AND a.kind <> 'charge') "
    "OR EXISTS (SELECT 1 FROM remittance_claims rc WHERE rc.claim_id = c.id "
    "AND rc.resolution IN ('posted', 'matched')))");
const auto kCharged = QStringLiteral(
    "EXISTS (SELECT 1 FROM postings ch WHERE ch.claim_id = c.id AND ch.kind = 'charge')");
const auto kSentAt
    = QStringLiteral("(SELECT max(s.at) FROM claim_status_events s WHERE s.claim_id = c.id "
                     "AND s.status = 'submitted')");
const auto kSelfPay = QStringLiteral("(c.payer_id IS NULL OR py.kind = 'self_pay')");

// %1 superseded, %2 answered, %3 charged, %4 sent at, %5 patient filter.
const auto kVisitClaims = QStringLiteral(R"(
SELECT c.id, c.patient_control_number, c.encounter_id, e.patient_id, e.date_of_service,
       pr.last_name, pr.first_name, pr.credential,
       coalesce(c.payer_id, 0), coalesce(py.name, ''), coalesce(py.kind, ''),
       coalesce(py.expected_payment_days, 30),
       c.state, c.frequency, c.submission_count, coalesce(c.primary_claim_id, 0),
       %1, %2, %3, %4, c.total_charge_cents,
       coalesce(b.charge_cents, 0), coalesce(b.paid_cents, 0), coalesce(b.adjusted_cents, 0),
       coalesce(b.patient_charged_cents, 0), coalesce(b.patient_paid_cents, 0),
       coalesce(b.written_off_cents, 0), coalesce(b.insurance_balance_cents, 0),
       coalesce(b.patient_balance_cents, 0)
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN claim_balances b ON b.claim_id = c.id
WHERE c.encounter_id IN (
    SELECT c2.encounter_id FROM claims c2 LEFT JOIN payers py2 ON py2.id = c2.payer_id
    WHERE EXISTS (SELECT 1 FROM postings p WHERE p.claim_id = c2.id)
       OR (c2.state = 'scrubbed' AND (c2.payer_id IS NULL OR py2.kind = 'self_pay')))
%5
ORDER BY e.patient_id, e.date_of_service, c.encounter_id, c.id
)");
// %1: patient filter.
const auto kVisitLines = QStringLiteral(R"(
SELECT l.claim_id, l.code
FROM claim_lines l JOIN claims c ON c.id = l.claim_id JOIN encounters e ON e.id = c.encounter_id
WHERE (c.state = 'scrubbed' OR EXISTS (SELECT 1 FROM postings p WHERE p.claim_id = c.id)) %1
ORDER BY l.claim_id, l.line_no
)");
const auto kPatients = QStringLiteral(R"(
SELECT id, mrn, last_name, first_name, birth_date, sex, address_line1, city, state, zip, phone
FROM patients WHERE 1 = 1 %1
)");
const auto kMovements = QStringLiteral(R"(
SELECT patient_id, posted_at, kind, group_code, amount_cents
FROM postings
WHERE claim_id IS NOT NULL
  AND kind IN ('patient_responsibility', 'transfer', 'patient_payment', 'write_off') %1
ORDER BY patient_id, posted_at, id
)");
const auto kStatementDates = QStringLiteral(R"(
SELECT patient_id, statement_date FROM statements WHERE 1 = 1 %1
ORDER BY patient_id, statement_date, id
)");
// %1 charged, %2 self-pay, %3 patient filter.
const auto kSelfPayLines = QStringLiteral(R"(
SELECT c.id, l.id, e.patient_id, l.charge_cents
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN claim_lines l ON l.claim_id = c.id
LEFT JOIN payers py ON py.id = c.payer_id
WHERE c.state = 'scrubbed' AND %2 AND NOT %1 %3
ORDER BY c.id, l.line_no
)");
const auto kSetClaimState = QStringLiteral(
    "UPDATE claims SET state = :state, updated_at = :at, version = version + 1 WHERE id = :id");
const auto kInsertRun = QStringLiteral(
    "INSERT INTO statement_runs (run_date, created_at, created_by) VALUES (:date, :at, :by)");
const auto kRunTotals
    = QStringLiteral("UPDATE statement_runs SET statement_count = :count, total_due_cents = :total "
                     "WHERE id = :id");
const auto kInsertStatement = QStringLiteral(R"(
INSERT INTO statements (run_id, patient_id, statement_date, amount_due_cents, dunning_level)
VALUES (:run, :patient, :date, :amount, :level)
)");
// %1 superseded, %2 charged, %3 sent at.
const auto kOpenClaims = QStringLiteral(R"(
SELECT c.id, c.patient_control_number, e.patient_id, pt.last_name, pt.first_name, pt.mrn,
       e.date_of_service, coalesce(c.payer_id, 0), coalesce(py.name, ''), coalesce(py.kind, ''),
       coalesce(py.expected_payment_days, 30), c.state, %3,
       b.insurance_balance_cents, b.patient_balance_cents,
       (SELECT w.note FROM work_notes w WHERE w.entity = 'claim' AND w.entity_id = c.id
        ORDER BY w.id DESC LIMIT 1),
       (SELECT w.next_action_date FROM work_notes w WHERE w.entity = 'claim'
        AND w.entity_id = c.id AND w.action = 'follow_up' ORDER BY w.id DESC LIMIT 1)
FROM claims c
JOIN claim_balances b ON b.claim_id = c.id
JOIN encounters e ON e.id = c.encounter_id
JOIN patients pt ON pt.id = e.patient_id
LEFT JOIN payers py ON py.id = c.payer_id
WHERE c.frequency <> '8' AND %2 AND NOT %1
  AND (b.insurance_balance_cents <> 0 OR b.patient_balance_cents <> 0)
ORDER BY e.date_of_service, c.id
)");
const auto kClaimExists = QStringLiteral("SELECT count(*) FROM claims WHERE id = :id");
const auto kInsertNote = QStringLiteral(R"(
INSERT INTO work_notes (entity, entity_id, at, user_id, action, note, next_action_date)
VALUES ('claim', :id, :at, :user, :action, :note, :next)
)");
const auto kClaimNotes = QStringLiteral(R"(
SELECT w.id, w.at, coalesce(u.full_name, ''), w.action, w.note, w.next_action_date
FROM work_notes w LEFT JOIN users u ON u.id = w.user_id
WHERE w.entity = 'claim' AND w.entity_id = :id
ORDER BY w.id DESC
)");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    // Timestamps (ISO UTC) and plain dates both start with YYYY-MM-DD.
    return QDate::fromString(s.left(10), Qt::ISODate);
}

/// "AND <column> IN (:p0, :p1…)" for @p ids, or nothing when @p ids is empty.
QString idFilter(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList binds;
    for (qsizetype i = 0; i < ids.size(); ++i)
        binds.append(QStringLiteral(":p%1").arg(i));
    return QStringLiteral("AND %1 IN (%2)").arg(column, binds.join(QStringLiteral(", ")));
}

void bindIds(QSqlQuery &q, const QList<qint64> &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(QStringLiteral(":p%1").arg(i), ids.at(i));
}

} // namespace

struct ReceivablesRepository::Private
{
    explicit Private(Database &database)
        : db(database)
    { }
    Database &db;
};

ReceivablesRepository::ReceivablesRepository(Database &db)
    : d(new Private(db))
{ }
ReceivablesRepository::~ReceivablesRepository() = default;

Result<QList<ReceivablesRepository::VisitClaim>> ReceivablesRepository::visitClaims(
    const QList<qint64> &patientIds)
{
    const QString what = QStringLiteral("visit claims");
    QHash<qint64, QStringList> codes;
    {
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(
            q, kVisitLines.arg(idFilter(QStringLiteral("e.patient_id"), patientIds)), what));
        bindIds(q, patientIds);
        CC_TRY(sql::exec(q, what));
        while (q.next())
            codes[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q,
        kVisitClaims.arg(kSuperseded, kAnswered, kCharged, kSentAt,
            idFilter(QStringLiteral("e.patient_id"), patientIds)),
        what));
    bindIds(q, patientIds);
    CC_TRY(sql::exec(q, what));
    QList<VisitClaim> out;
    while (q.next()) {
        VisitClaim v;
        v.claimId = q.value(0).toLongLong();
        v.controlNumber = q.value(1).toString();
        v.encounterId = q.value(2).toLongLong();
        v.patientId = q.value(3).toLongLong();
        v.dateOfService = dateOf(q.value(4));
        v.providerName = QStringLiteral("%1, %2").arg(q.value(5).toString(), q.value(6).toString());
        if (!q.value(7).toString().isEmpty())
            v.providerName += QLatin1Char(' ') + q.value(7).toString();
        v.payerId = q.value(8).toLongLong();
        v.payerName = q.value(9).toString();
        v.payerKind = q.value(10).toString();
        v.expectedPaymentDays = q.value(11).toInt();
        v.state = q.value(12).toString();
        v.frequency = q.value(13).toString();
        v.submissionCount = q.value(14).toInt();
        v.primaryClaimId = q.value(15).toLongLong();
        v.superseded = q.value(16).toBool();
        v.answered = q.value(17).toBool();
        v.charged = q.value(18).toBool();
        v.lastSentDate = dateOf(q.value(19));
        v.totalChargeCents = q.value(20).toLongLong();
        ClaimBalance &b = v.balance;
        b.claimId = v.claimId;
        b.chargeCents = q.value(21).toLongLong();
        b.paidCents = q.value(22).toLongLong();
        b.adjustedCents = q.value(23).toLongLong();
        b.patientChargedCents = q.value(24).toLongLong();
        b.patientPaidCents = q.value(25).toLongLong();
        b.writtenOffCents = q.value(26).toLongLong();
        b.insuranceBalanceCents = q.value(27).toLongLong();
        b.patientBalanceCents = q.value(28).toLongLong();
        v.codes = codes.value(v.claimId);
        out.append(v);
    }
    return out;
}

Result<QHash<qint64, PatientRecord>> ReceivablesRepository::patients(
    const QList<qint64> &patientIds)
{
    const QString what = QStringLiteral("statement patients");
    QHash<qint64, PatientRecord> out;
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kPatients.arg(idFilter(QStringLiteral("id"), patientIds)), what));
    bindIds(q, patientIds);
    CC_TRY(sql::exec(q, what));
    while (q.next()) {
        PatientRecord p;
        p.id = q.value(0).toLongLong();
        p.mrn = q.value(1).toString();
        p.lastName = q.value(2).toString();
        p.firstName = q.value(3).toString();
        p.birthDate = dateOf(q.value(4));
        p.sex = q.value(5).toString();
        p.addressLine1 = q.value(6).toString();
        p.city = q.value(7).toString();
        p.state = q.value(8).toString();
        p.zip = q.value(9).toString();
        p.phone = q.value(10).toString();
        out.insert(p.id, p);
    }
    return out;
}

Result<QHash<qint64, QList<ReceivablesRepository::PatientMovement>>>
ReceivablesRepository::patientMovements(const QList<qint64> &patientIds)
{
    const QString what = QStringLiteral("patient balance movements");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(
        sql::prepare(q, kMovements.arg(idFilter(QStringLiteral("patient_id"), patientIds)), what));
    bindIds(q, patientIds);
    CC_TRY(sql::exec(q, what));
    QHash<qint64, QList<PatientMovement>> out;
    while (q.next()) {
        const QString kind = q.value(2).toString();
        const qint64 amount = q.value(4).toLongLong();
        PatientMovement m;
        m.date = dateOf(q.value(1));
        if (kind == QLatin1String(ledgerkind::kPatientPayment)) {
            m.deltaCents = -amount;
            m.patientPayment = amount > 0;
        } else if (kind == QLatin1String(ledgerkind::kWriteOff)) {
            if (q.value(3).toString() != QLatin1String("PR"))
                continue; // an insurance write-off leaves the patient balance alone
            m.deltaCents = -amount;
        } else {
            m.deltaCents = amount;
        }
        out[q.value(0).toLongLong()].append(m);
    }
    return out;
}

Result<QHash<qint64, QList<QDate>>> ReceivablesRepository::statementDates(
    const QList<qint64> &patientIds)
{
    const QString what = QStringLiteral("statement dates");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(
        q, kStatementDates.arg(idFilter(QStringLiteral("patient_id"), patientIds)), what));
    bindIds(q, patientIds);
    CC_TRY(sql::exec(q, what));
    QHash<qint64, QList<QDate>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(dateOf(q.value(1)));
    return out;
}

Result<QList<ReceivablesRepository::SelfPayLine>> ReceivablesRepository::unbilledSelfPayLines(
    const QList<qint64> &patientIds)
{
    const QString what = QStringLiteral("unbilled self-pay lines");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q,
        kSelfPayLines.arg(kCharged, kSelfPay, idFilter(QStringLiteral("e.patient_id"), patientIds)),
        what));
    bindIds(q, patientIds);
    CC_TRY(sql::exec(q, what));
    QList<SelfPayLine> out;
    while (q.next()) {
        SelfPayLine l;
        l.claimId = q.value(0).toLongLong();
        l.claimLineId = q.value(1).toLongLong();
        l.patientId = q.value(2).toLongLong();
        l.chargeCents = q.value(3).toLongLong();
        out.append(l);
    }
    return out;
}

Result<void> ReceivablesRepository::setClaimState(
    qint64 claimId, const QString &state, const QDateTime &at)
{
    const QString what = QStringLiteral("set claim state");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSetClaimState, what));
    q.bindValue(QStringLiteral(":state"), state);
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":id"), claimId);
    return sql::exec(q, what);
}

Result<qint64> ReceivablesRepository::insertRun(
    const QDate &runDate, const QDateTime &createdAt, qint64 userId)
{
    const QString what = QStringLiteral("insert statement run");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertRun, what));
    q.bindValue(QStringLiteral(":date"), isoDate(runDate));
    q.bindValue(QStringLiteral(":at"), createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":by"), nullableId(userId));
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<void> ReceivablesRepository::setRunTotals(
    qint64 runId, int statementCount, qint64 totalDueCents)
{
    const QString what = QStringLiteral("statement run totals");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kRunTotals, what));
    q.bindValue(QStringLiteral(":count"), statementCount);
    q.bindValue(QStringLiteral(":total"), totalDueCents);
    q.bindValue(QStringLiteral(":id"), runId);
    return sql::exec(q, what);
}

Result<qint64> ReceivablesRepository::insertStatement(qint64 runId, qint64 patientId,
    const QDate &statementDate, qint64 amountDueCents, int dunningLevel)
{
    const QString what = QStringLiteral("insert statement");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertStatement, what));
    q.bindValue(QStringLiteral(":run"), runId);
    q.bindValue(QStringLiteral(":patient"), patientId);
    q.bindValue(QStringLiteral(":date"), isoDate(statementDate));
    q.bindValue(QStringLiteral(":amount"), amountDueCents);
    q.bindValue(QStringLiteral(":level"), dunningLevel);
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<QList<ReceivablesRepository::OpenClaim>> ReceivablesRepository::openClaims()
{
    const QString what = QStringLiteral("open claims");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kOpenClaims.arg(kSuperseded, kCharged, kSentAt), what));
    CC_TRY(sql::exec(q, what));
    QList<OpenClaim> out;
    while (q.next()) {
        OpenClaim c;
        c.claimId = q.value(0).toLongLong();
        c.controlNumber = q.value(1).toString();
        c.patientId = q.value(2).toLongLong();
        c.patientName = QStringLiteral("%1, %2").arg(q.value(3).toString(), q.value(4).toString());
        c.mrn = q.value(5).toString();
        c.dateOfService = dateOf(q.value(6));
        c.payerId = q.value(7).toLongLong();
        c.payerName = q.value(8).toString();
        c.payerKind = q.value(9).toString();
        c.expectedPaymentDays = q.value(10).toInt();
        c.state = q.value(11).toString();
        c.lastSentDate = dateOf(q.value(12));
        c.insuranceBalanceCents = q.value(13).toLongLong();
        c.patientBalanceCents = q.value(14).toLongLong();
        c.lastNote = q.value(15).toString();
        c.nextActionDate = dateOf(q.value(16));
        out.append(c);
    }
    return out;
}

Result<bool> ReceivablesRepository::claimExists(qint64 claimId)
{
    const QString what = QStringLiteral("claim exists");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kClaimExists, what));
    q.bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(q, what));
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<qint64> ReceivablesRepository::insertClaimNote(qint64 claimId, const QDateTime &at,
    qint64 userId, const QString &action, const QString &note, const QDate &nextActionDate)
{
    const QString what = QStringLiteral("insert claim note");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertNote, what));
    q.bindValue(QStringLiteral(":id"), claimId);
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":user"), nullableId(userId));
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    q.bindValue(QStringLiteral(":next"),
        nextActionDate.isValid() ? QVariant(isoDate(nextActionDate))
                                 : QVariant(QMetaType(QMetaType::QString)));
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<QList<ReceivablesRepository::WorkNote>> ReceivablesRepository::claimNotes(qint64 claimId)
{
    const QString what = QStringLiteral("claim notes");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kClaimNotes, what));
    q.bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(q, what));
    QList<WorkNote> out;
    while (q.next()) {
        WorkNote n;
        n.id = q.value(0).toLongLong();
        n.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        n.userName = q.value(2).toString();
        n.action = q.value(3).toString();
        n.note = q.value(4).toString();
        n.nextActionDate = dateOf(q.value(5));
        out.append(n);
    }
    return out;
}

} // namespace cc

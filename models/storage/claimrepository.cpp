// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimrepository.h"
#include "database.h"
#include "findingstore_p.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {

const auto kContext = QStringLiteral(R"(
SELECT (SELECT npi FROM practice ORDER BY id LIMIT 1), pr.id, pr.npi,
       cv.id, cv.payer_id, py.name, py.kind, cv.member_id, py.timely_filing_days
FROM encounters e
JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN coverages cv ON cv.id = (
    SELECT c.id FROM coverages c
    WHERE c.patient_id = e.patient_id
      AND c.effective_from <= e.date_of_service
      AND (c.effective_to IS NULL OR c.effective_to >= e.date_of_service)
    ORDER BY c.priority, c.effective_from DESC LIMIT 1)
LEFT JOIN payers py ON py.id = cv.payer_id
WHERE e.id = :id
)");

const auto kFindingEncounter
        = QStringLiteral("SELECT encounter_id FROM claim_findings WHERE id = :id");
const auto kOverride = QStringLiteral(
        "UPDATE claim_findings SET overridden_by = :user, override_reason = :reason WHERE id = :id");

const auto kAttachFindings = QStringLiteral(
        "UPDATE claim_findings SET claim_id = :claim WHERE encounter_id = :id AND claim_id IS NULL");

const auto kHandoffDetails = QStringLiteral(R"(
SELECT e.id, e.version, coalesce(u.full_name, ''), coalesce(h.note, ''), coalesce(h.at, ''),
       (SELECT count(*) FROM claim_findings f WHERE f.encounter_id = e.id AND f.claim_id IS NULL
           AND f.severity = 'error' AND f.overridden_by IS NULL),
       (SELECT count(*) FROM claim_findings f WHERE f.encounter_id = e.id AND f.claim_id IS NULL
           AND f.severity = 'warning'),
       (SELECT coalesce(sum(s.charge_cents), 0) FROM service_lines s WHERE s.encounter_id = e.id)
FROM encounters e
LEFT JOIN handoff_log h ON h.id = (SELECT max(l.id) FROM handoff_log l
                                   WHERE l.encounter_id = e.id AND l.to_state = 'handed_off')
LEFT JOIN users u ON u.id = h.user_id
WHERE e.state = 'handed_off'
)");

const auto kReadCounter = QStringLiteral("SELECT value FROM control_numbers WHERE name = :name");
const auto kInsertCounter
        = QStringLiteral("INSERT INTO control_numbers (name, value) VALUES (:name, 1)");
const auto kBumpCounter
        = QStringLiteral("UPDATE control_numbers SET value = value + 1 WHERE name = :name");

const auto kInsertClaim = QStringLiteral(R"(
INSERT INTO claims (encounter_id, patient_control_number, payer_id, coverage_id,
                    billing_provider_npi, rendering_provider_id, place_of_service, frequency,
                    prior_authorization, state, total_charge_cents, created_at, updated_at)
VALUES (:encounter, :pcn, :payer, :coverage, :npi, :rendering, :pos, '1', :auth, 'draft',
        :total, :at, :at2)
)");
const auto kInsertClaimLine = QStringLiteral(R"(
INSERT INTO claim_lines (claim_id, line_no, line_control_number, code, modifier1, modifier2,
                         modifier3, modifier4, units, pointers, charge_cents, service_date)
VALUES (:claim, :line, :lcn, :code, :m1, :m2, :m3, :m4, :units, :pointers, :charge, :date)
)");
const auto kClaimForEncounter = QStringLiteral(
        "SELECT id FROM claims WHERE encounter_id = :id ORDER BY id DESC LIMIT 1");

const auto kMembers = QStringLiteral(
        "SELECT member_id, patient_id, payer_id FROM coverages ORDER BY priority DESC, id");
const auto kDraftClaims = QStringLiteral(R"(
SELECT c.id, c.patient_control_number, e.patient_id, coalesce(c.payer_id, 0), e.date_of_service,
       c.billing_provider_npi, coalesce(pr.npi, ''), coalesce(cv.member_id, ''),
       coalesce(py.name, ''), coalesce(py.timely_filing_days, 365), p.birth_date, p.sex,
       c.place_of_service, c.prior_authorization, coalesce(o.patient_control_number, ''),
       e.id
FROM claims c
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN providers pr ON pr.id = c.rendering_provider_id
LEFT JOIN coverages cv ON cv.id = c.coverage_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN claims o ON o.id = c.original_claim_id
WHERE c.state = 'draft'
ORDER BY c.id
)");
const auto kDraftLines = QStringLiteral(R"(
SELECT l.claim_id, l.line_no, l.code, l.modifier1, l.modifier2, l.modifier3, l.modifier4, l.units,
       l.pointers, l.charge_cents, l.service_date
FROM claim_lines l JOIN claims c ON c.id = l.claim_id
WHERE c.state = 'draft'
ORDER BY l.claim_id, l.line_no
)");
const auto kDraftDiagnoses = QStringLiteral(R"(
SELECT c.id, x.code
FROM claims c JOIN claim_diagnoses x ON x.claim_id = c.id
WHERE c.state = 'draft'
ORDER BY c.id, x.position
)");
const auto kInsertClaimDiagnosis = QStringLiteral(
        "INSERT INTO claim_diagnoses (claim_id, position, code) VALUES (:claim, :position, :code)");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

struct ClaimRepository::Private
{
    Database &db;
};

ClaimRepository::ClaimRepository(Database &db) : d(new Private{db}) { }
ClaimRepository::~ClaimRepository() = default;

Result<ClaimContext> ClaimRepository::context(qint64 encounterId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kContext, QStringLiteral("claim context")));
    q.bindValue(QStringLiteral(":id"), encounterId);
    CC_TRY(sql::exec(q, QStringLiteral("claim context")));
    if (!q.next())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    ClaimContext c;
    c.billingNpi = q.value(0).toString();
    c.renderingProviderId = q.value(1).toLongLong();
    c.renderingNpi = q.value(2).toString();
    c.coverageId = q.value(3).toLongLong();
    c.payerId = q.value(4).toLongLong();
    c.payerName = q.value(5).toString();
    c.payerKind = q.value(6).toString();
    c.memberId = q.value(7).toString();
    if (!q.value(8).isNull())
        c.timelyFilingDays = q.value(8).toInt();
    return c;
}

Result<QList<StoredFinding>> ClaimRepository::encounterFindings(qint64 encounterId)
{
    return findingstore::read(d->db, findingstore::Owner::Encounter, encounterId);
}

Result<void> ClaimRepository::replaceEncounterFindings(qint64 encounterId,
                                                       const QList<Finding> &findings)
{
    return findingstore::replace(d->db, findingstore::Owner::Encounter, encounterId, findings);
}

Result<std::optional<qint64>> ClaimRepository::findingEncounter(qint64 findingId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kFindingEncounter, QStringLiteral("finding")));
    q.bindValue(QStringLiteral(":id"), findingId);
    CC_TRY(sql::exec(q, QStringLiteral("finding")));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<void> ClaimRepository::overrideFinding(qint64 findingId, qint64 userId,
                                              const QString &reason)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kOverride, QStringLiteral("override finding")));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":reason"), sql::text(reason));
    q.bindValue(QStringLiteral(":id"), findingId);
    return sql::exec(q, QStringLiteral("override finding"));
}

Result<void> ClaimRepository::attachFindings(qint64 encounterId, qint64 claimId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kAttachFindings, QStringLiteral("attach findings")));
    q.bindValue(QStringLiteral(":claim"), claimId);
    q.bindValue(QStringLiteral(":id"), encounterId);
    return sql::exec(q, QStringLiteral("attach findings"));
}

Result<QHash<qint64, HandoffItem>> ClaimRepository::handoffDetails()
{
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kHandoffDetails, QStringLiteral("handoff list")));
    CC_TRY(sql::exec(q, QStringLiteral("handoff list")));
    QHash<qint64, HandoffItem> out;
    while (q.next()) {
        HandoffItem item;
        item.summary.id = q.value(0).toLongLong();
        item.version = q.value(1).toInt();
        item.coderName = q.value(2).toString();
        item.note = q.value(3).toString();
        item.handedOffAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        item.errorCount = q.value(5).toInt();
        item.warningCount = q.value(6).toInt();
        item.totalChargeCents = q.value(7).toLongLong();
        out.insert(item.summary.id, item);
    }
    return out;
}

Result<qint64> ClaimRepository::nextControlNumber(const QString &name)
{
    QSqlQuery bump(d->db.connection());
    CC_TRY(sql::prepare(bump, kBumpCounter, QStringLiteral("control number")));
    bump.bindValue(QStringLiteral(":name"), name);
    CC_TRY(sql::exec(bump, QStringLiteral("control number")));
    if (bump.numRowsAffected() == 0) {
        QSqlQuery ins(d->db.connection());
        CC_TRY(sql::prepare(ins, kInsertCounter, QStringLiteral("control number")));
        ins.bindValue(QStringLiteral(":name"), name);
        CC_TRY(sql::exec(ins, QStringLiteral("control number")));
    }
    QSqlQuery read(d->db.connection());
    CC_TRY(sql::prepare(read, kReadCounter, QStringLiteral("control number")));
    read.bindValue(QStringLiteral(":name"), name);
    CC_TRY(sql::exec(read, QStringLiteral("control number")));
    if (!read.next())
        return Error::make(Error::Kind::Other,
                           tr("The control number \"%1\" could not be read.").arg(name));
    return read.value(0).toLongLong();
}

Result<QString> ClaimRepository::nextPatientControlNumber()
{
    auto number = nextControlNumber(QStringLiteral("claim"));
    if (!number)
        return number.error();
    return QStringLiteral("CC%1").arg(number.value(), 7, 10, QLatin1Char('0'));
}

Result<qint64> ClaimRepository::insertDraft(const EncounterDetail &e, const ClaimContext &c,
                                            const QString &pcn, const QString &priorAuth)
{
    qint64 total = 0;
    for (const ServiceLineEntry &l : e.services)
        total += l.chargeCents;
    const QString at = nowUtc();
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertClaim, QStringLiteral("create claim")));
    q.bindValue(QStringLiteral(":encounter"), e.summary.id);
    q.bindValue(QStringLiteral(":pcn"), pcn);
    q.bindValue(QStringLiteral(":payer"), nullableId(c.payerId));
    q.bindValue(QStringLiteral(":coverage"), nullableId(c.coverageId));
    q.bindValue(QStringLiteral(":npi"), sql::text(c.billingNpi));
    q.bindValue(QStringLiteral(":rendering"), nullableId(c.renderingProviderId));
    q.bindValue(QStringLiteral(":pos"), sql::text(e.summary.placeOfService));
    q.bindValue(QStringLiteral(":auth"), sql::text(priorAuth));
    q.bindValue(QStringLiteral(":total"), total);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":at2"), at);
    CC_TRY(sql::exec(q, QStringLiteral("create claim")));
    const qint64 claimId = q.lastInsertId().toLongLong();

    QSqlQuery x(d->db.connection());
    CC_TRY(sql::prepare(x, kInsertClaimDiagnosis, QStringLiteral("create claim diagnosis")));
    for (const DiagnosisEntry &dx : e.diagnoses) {
        if (dx.position < 1 || dx.position > 12)
            continue;
        x.bindValue(QStringLiteral(":claim"), claimId);
        x.bindValue(QStringLiteral(":position"), dx.position);
        x.bindValue(QStringLiteral(":code"), dx.code);
        CC_TRY(sql::exec(x, QStringLiteral("create claim diagnosis")));
    }

    QSqlQuery l(d->db.connection());
    CC_TRY(sql::prepare(l, kInsertClaimLine, QStringLiteral("create claim line")));
    for (const ServiceLineEntry &line : e.services) {
        QStringList pointers;
        for (int p : line.pointers)
            pointers.append(QString::number(p));
        l.bindValue(QStringLiteral(":claim"), claimId);
        l.bindValue(QStringLiteral(":line"), line.lineNo);
        l.bindValue(QStringLiteral(":lcn"), QStringLiteral("%1-%2").arg(pcn).arg(line.lineNo));
        l.bindValue(QStringLiteral(":code"), line.code);
        for (int m = 0; m < 4; ++m)
            l.bindValue(QStringLiteral(":m%1").arg(m + 1), sql::text(line.modifiers.value(m)));
        l.bindValue(QStringLiteral(":units"), line.units);
        l.bindValue(QStringLiteral(":pointers"), pointers.join(QLatin1Char(',')));
        l.bindValue(QStringLiteral(":charge"), line.chargeCents);
        l.bindValue(QStringLiteral(":date"), (line.serviceDate.isValid() ? line.serviceDate
                                                                          : e.summary.dateOfService)
                                                     .toString(Qt::ISODate));
        CC_TRY(sql::exec(l, QStringLiteral("create claim line")));
    }
    return claimId;
}

Result<std::optional<qint64>> ClaimRepository::claimForEncounter(qint64 encounterId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kClaimForEncounter, QStringLiteral("claim of encounter")));
    q.bindValue(QStringLiteral(":id"), encounterId);
    CC_TRY(sql::exec(q, QStringLiteral("claim of encounter")));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QHash<QString, std::pair<qint64, qint64>>> ClaimRepository::membersById()
{
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kMembers, QStringLiteral("member ids")));
    CC_TRY(sql::exec(q, QStringLiteral("member ids")));
    QHash<QString, std::pair<qint64, qint64>> out;
    // Primary coverages are read last, so they win for a member id shared by two plans.
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

Result<QList<ScrubClaim>> ClaimRepository::draftScrubClaims()
{
    QList<ScrubClaim> out;
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, kDraftClaims, QStringLiteral("draft claims")));
        CC_TRY(sql::exec(q, QStringLiteral("draft claims")));
        while (q.next()) {
            ScrubClaim c;
            c.id = q.value(1).toString();
            c.patientId = q.value(2).toLongLong();
            c.payerId = q.value(3).toLongLong();
            c.dateOfService = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            c.billingNpi = q.value(5).toString();
            c.renderingNpi = q.value(6).toString();
            c.memberId = q.value(7).toString();
            c.payerName = q.value(8).toString();
            c.timelyFilingDays = q.value(9).toInt();
            c.patientBirthDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
            c.patientSex = q.value(11).toString();
            c.placeOfService = q.value(12).toString();
            c.priorAuthorization = q.value(13).toString();
            c.replacesClaimId = q.value(14).toString();
            index.insert(q.value(0).toLongLong(), out.size());
            out.append(c);
        }
    }
    {
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, kDraftDiagnoses, QStringLiteral("draft claim diagnoses")));
        CC_TRY(sql::exec(q, QStringLiteral("draft claim diagnoses")));
        while (q.next()) {
            if (auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
                out[it.value()].diagnoses.append(q.value(1).toString());
        }
    }
    {
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, kDraftLines, QStringLiteral("draft claim lines")));
        CC_TRY(sql::exec(q, QStringLiteral("draft claim lines")));
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            ScrubLine l;
            l.lineNo = q.value(1).toInt();
            l.code = q.value(2).toString();
            for (int m = 3; m <= 6; ++m) {
                if (const QString mod = q.value(m).toString(); !mod.isEmpty())
                    l.modifiers.append(mod);
            }
            l.units = q.value(7).toInt();
            for (const QString &p : q.value(8).toString().split(QLatin1Char(','),
                                                                 Qt::SkipEmptyParts))
                l.pointers.append(p.toInt());
            l.chargeCents = q.value(9).toLongLong();
            l.serviceDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
            out[it.value()].lines.append(l);
        }
    }
    return out;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "encounterrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {

// The payer shown in the queue is the primary coverage in force on the date of service.
const auto kSummarySelect = QStringLiteral(R"(
SELECT e.id, e.date_of_service, p.last_name || ', ' || p.first_name, p.mrn,
       e.provider_id, pr.last_name || ', ' || pr.first_name, e.place_of_service, e.state,
       (SELECT count(*) FROM service_lines s WHERE s.encounter_id = e.id),
       (SELECT count(*) FROM encounter_diagnoses x WHERE x.encounter_id = e.id),
       e.return_reason,
       (SELECT cv.payer_id FROM coverages cv
         WHERE cv.patient_id = e.patient_id AND cv.priority = 1
           AND cv.effective_from <= e.date_of_service
           AND (cv.effective_to IS NULL OR cv.effective_to >= e.date_of_service)
         ORDER BY cv.effective_from DESC LIMIT 1) AS payer_id,
       (SELECT count(*) FROM documentation_queries q WHERE q.encounter_id = e.id
           AND q.answered_at IS NOT NULL AND q.seen_by_coder_at IS NULL),
       (SELECT min(q.sent_at) FROM documentation_queries q WHERE q.encounter_id = e.id
           AND q.answered_at IS NULL)
FROM encounters e
JOIN patients p ON p.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
)");
// Work the biller returned stays in every coder's queue, whatever its date, until fixed.
const auto kQueueWhere = QStringLiteral(
        "WHERE e.date_of_service BETWEEN :from AND :to OR e.state = 'returned' "
        "ORDER BY e.date_of_service, e.id");
const auto kOneWhere = QStringLiteral("WHERE e.id = :id");
const auto kStateWhere
        = QStringLiteral("WHERE e.state = :state ORDER BY e.date_of_service, e.id");
const auto kPayerNames = QStringLiteral("SELECT id, name FROM payers");
const auto kDetail = QStringLiteral(R"(
SELECT e.patient_id, p.birth_date, p.sex, pr.specialty, e.clinical_note, e.coder_note, e.version,
       e.addendum
FROM encounters e
JOIN patients p ON p.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
WHERE e.id = :id
)");
const auto kDiagnoses = QStringLiteral(
        "SELECT position, code FROM encounter_diagnoses WHERE encounter_id = :id ORDER BY position");
const auto kLines = QStringLiteral(R"(
SELECT line_no, code, modifier1, modifier2, modifier3, modifier4, units, pointers, charge_cents,
       service_date
FROM service_lines WHERE encounter_id = :id ORDER BY line_no
)");
const auto kChecked = QStringLiteral(
        "SELECT item_key FROM encounter_checklist WHERE encounter_id = :id ORDER BY item_key");
const auto kVersionedUpdate = QStringLiteral(R"(
UPDATE encounters SET coder_note = :note, state = :state, coder_id = :coder, updated_at = :at,
       version = version + 1
WHERE id = :id AND version = :version
)");
const auto kSetState = QStringLiteral(R"(
UPDATE encounters SET state = :state, return_reason = :reason, updated_at = :at,
       version = version + 1
WHERE id = :id AND (:version < 0 OR version = :version2)
)");
const auto kReadVersion = QStringLiteral("SELECT version FROM encounters WHERE id = :id");
const auto kLogTransition = QStringLiteral(R"(
INSERT INTO handoff_log (encounter_id, at, user_id, from_state, to_state, note, reason_code,
                         findings_json)
VALUES (:id, :at, :user, :from, :to, :note, :reason, :findings)
)");
const auto kPreviousCoded = QStringLiteral(R"(
SELECT id FROM encounters
WHERE patient_id = :patient AND id <> :exclude AND date_of_service <= :date
  AND state IN ('coded', 'handed_off', 'accepted', 'billed')
ORDER BY date_of_service DESC, id DESC LIMIT 1
)");
const auto kAppendAddendum = QStringLiteral(R"(
UPDATE encounters SET addendum = CASE WHEN addendum = '' THEN :text
                                      ELSE addendum || :gap || :text2 END,
       updated_at = :at, version = version + 1
WHERE id = :id
)");
const auto kDeleteDiagnoses = QStringLiteral("DELETE FROM encounter_diagnoses WHERE encounter_id = :id");
const auto kDeleteLines = QStringLiteral("DELETE FROM service_lines WHERE encounter_id = :id");
const auto kDeleteChecked = QStringLiteral("DELETE FROM encounter_checklist WHERE encounter_id = :id");
const auto kInsertChecked = QStringLiteral(R"(
INSERT INTO encounter_checklist (encounter_id, item_key, checked_by, checked_at)
VALUES (:id, :key, :user, :at)
)");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const auto kInsertEncounter = QStringLiteral(R"(
INSERT INTO encounters (patient_id, provider_id, date_of_service, place_of_service, clinical_note,
                        state, created_at, updated_at)
VALUES (:patient, :provider, :dos, :pos, :note, :state, :created, :updated)
)");
const auto kInsertDiagnosis = QStringLiteral(
        "INSERT INTO encounter_diagnoses (encounter_id, position, code) VALUES (:e, :pos, :code)");
const auto kInsertLine = QStringLiteral(R"(
INSERT INTO service_lines (encounter_id, line_no, code, modifier1, modifier2, modifier3, modifier4,
                           units, pointers, charge_cents, service_date)
VALUES (:e, :line, :code, :m1, :m2, :m3, :m4, :units, :pointers, :charge, :date)
)");

EncounterSummary readSummary(const QSqlQuery &q, const QHash<qint64, QString> &payerNames)
{
    EncounterSummary s;
    s.id = q.value(0).toLongLong();
    s.dateOfService = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.patientName = q.value(2).toString();
    s.mrn = q.value(3).toString();
    s.providerId = q.value(4).toLongLong();
    s.providerName = q.value(5).toString();
    s.placeOfService = q.value(6).toString();
    s.state = encounterstate::fromKey(q.value(7).toString()).value_or(EncounterState::New);
    s.serviceCount = q.value(8).toInt();
    s.diagnosisCount = q.value(9).toInt();
    s.returnReason = q.value(10).toString();
    s.payerId = q.value(11).toLongLong();
    s.payerName = payerNames.value(s.payerId);
    s.newAnswers = q.value(12).toInt();
    if (!q.value(13).isNull())
        s.openQuerySentAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    return s;
}

QString joinPointers(const QList<int> &pointers)
{
    QStringList parts;
    for (int p : pointers)
        parts.append(QString::number(p));
    return parts.join(QLatin1Char(','));
}

QList<int> splitPointers(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.toInt());
    return out;
}

} // namespace

struct EncounterRepository::Private
{
    Database &db;

    Result<QHash<qint64, QString>> payerNames()
    {
        QHash<qint64, QString> names;
        QSqlQuery q(db.connection());
        CC_TRY(sql::prepare(q, kPayerNames, QStringLiteral("payer names")));
        CC_TRY(sql::exec(q, QStringLiteral("payer names")));
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        return names;
    }
    std::unique_ptr<QSqlQuery> insertEncounter;
    std::unique_ptr<QSqlQuery> insertDiagnosis;
    std::unique_ptr<QSqlQuery> insertLine;

    Error conflict(qint64 id)
    {
        return Error::make(Error::Kind::Conflict,
                           EncounterRepository::tr("Encounter %1 was changed by someone else "
                                                   "since you opened it. Nothing of yours was "
                                                   "saved over it: reopen the encounter to see "
                                                   "the change, then redo your edit.")
                                   .arg(id));
    }

    Result<void> insertServiceLine(qint64 id, const ServiceLineEntry &line)
    {
        CC_TRY(prepareInserts());
        QSqlQuery &l = *insertLine;
        l.bindValue(QStringLiteral(":e"), id);
        l.bindValue(QStringLiteral(":line"), line.lineNo);
        l.bindValue(QStringLiteral(":code"), sql::text(line.code));
        for (int m = 0; m < 4; ++m)
            l.bindValue(QStringLiteral(":m%1").arg(m + 1), sql::text(line.modifiers.value(m)));
        l.bindValue(QStringLiteral(":units"), line.units);
        l.bindValue(QStringLiteral(":pointers"), sql::text(joinPointers(line.pointers)));
        l.bindValue(QStringLiteral(":charge"), line.chargeCents);
        l.bindValue(QStringLiteral(":date"), line.serviceDate.toString(Qt::ISODate));
        return sql::exec(l, QStringLiteral("insert service line"));
    }

    Result<void> prepareInserts()
    {
        if (insertEncounter)
            return {};
        auto e = std::make_unique<QSqlQuery>(db.connection());
        CC_TRY(sql::prepare(*e, kInsertEncounter, QStringLiteral("insert encounter")));
        auto x = std::make_unique<QSqlQuery>(db.connection());
        CC_TRY(sql::prepare(*x, kInsertDiagnosis, QStringLiteral("insert diagnosis")));
        auto l = std::make_unique<QSqlQuery>(db.connection());
        CC_TRY(sql::prepare(*l, kInsertLine, QStringLiteral("insert service line")));
        insertEncounter = std::move(e);
        insertDiagnosis = std::move(x);
        insertLine = std::move(l);
        return {};
    }
};

EncounterRepository::EncounterRepository(Database &db) : d(new Private{db, {}, {}, {}}) { }
EncounterRepository::~EncounterRepository() = default;

Result<QList<EncounterSummary>> EncounterRepository::queue(const QDate &from, const QDate &to)
{
    auto payerNames = d->payerNames();
    if (!payerNames)
        return payerNames.error();
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kSummarySelect + kQueueWhere, QStringLiteral("coder queue")));
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    CC_TRY(sql::exec(q, QStringLiteral("coder queue")));
    QList<EncounterSummary> out;
    while (q.next())
        out.append(readSummary(q, payerNames.value()));
    return out;
}

Result<QList<EncounterSummary>> EncounterRepository::inState(EncounterState state)
{
    auto payerNames = d->payerNames();
    if (!payerNames)
        return payerNames.error();
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kSummarySelect + kStateWhere, QStringLiteral("encounters by state")));
    q.bindValue(QStringLiteral(":state"), encounterstate::toKey(state));
    CC_TRY(sql::exec(q, QStringLiteral("encounters by state")));
    QList<EncounterSummary> out;
    while (q.next())
        out.append(readSummary(q, payerNames.value()));
    return out;
}

Result<std::optional<EncounterDetail>> EncounterRepository::detail(qint64 id)
{
    EncounterDetail det;
    {
        auto payerNames = d->payerNames();
        if (!payerNames)
            return payerNames.error();
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, kSummarySelect + kOneWhere, QStringLiteral("encounter summary")));
        q.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(q, QStringLiteral("encounter summary")));
        if (!q.next())
            return std::optional<EncounterDetail>();
        det.summary = readSummary(q, payerNames.value());
    }
    {
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, kDetail, QStringLiteral("encounter detail")));
        q.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(q, QStringLiteral("encounter detail")));
        if (!q.next())
            return std::optional<EncounterDetail>();
        det.patientId = q.value(0).toLongLong();
        det.patientBirthDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        det.patientSex = q.value(2).toString();
        det.providerSpecialty = q.value(3).toString();
        det.clinicalNote = q.value(4).toString();
        det.coderNote = q.value(5).toString();
        det.version = q.value(6).toInt();
        det.addendum = q.value(7).toString();
    }
    {
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, kChecked, QStringLiteral("checklist ticks")));
        q.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(q, QStringLiteral("checklist ticks")));
        while (q.next())
            det.checkedItems.append(q.value(0).toString());
    }
    {
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, kDiagnoses, QStringLiteral("encounter diagnoses")));
        q.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(q, QStringLiteral("encounter diagnoses")));
        while (q.next())
            det.diagnoses.append({q.value(0).toInt(), q.value(1).toString()});
    }
    {
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, kLines, QStringLiteral("encounter service lines")));
        q.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(q, QStringLiteral("encounter service lines")));
        while (q.next()) {
            ServiceLineEntry l;
            l.lineNo = q.value(0).toInt();
            l.code = q.value(1).toString();
            for (int m = 2; m <= 5; ++m) {
                const QString mod = q.value(m).toString();
                if (!mod.isEmpty())
                    l.modifiers.append(mod);
            }
            l.units = q.value(6).toInt();
            l.pointers = splitPointers(q.value(7).toString());
            l.chargeCents = q.value(8).toLongLong();
            l.serviceDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
            det.services.append(l);
        }
    }
    return std::optional<EncounterDetail>(det);
}

Result<qint64> EncounterRepository::insert(const NewEncounter &e)
{
    CC_TRY(d->prepareInserts());
    QSqlQuery &q = *d->insertEncounter;
    q.bindValue(QStringLiteral(":patient"), e.patientId);
    q.bindValue(QStringLiteral(":provider"), e.providerId);
    q.bindValue(QStringLiteral(":dos"), e.dateOfService.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":pos"), sql::text(e.placeOfService));
    q.bindValue(QStringLiteral(":note"), sql::text(e.clinicalNote));
    q.bindValue(QStringLiteral(":state"), encounterstate::toKey(e.state));
    const QString created = e.createdAt.isEmpty()
            ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
            : e.createdAt;
    q.bindValue(QStringLiteral(":created"), created);
    q.bindValue(QStringLiteral(":updated"), created);
    CC_TRY(sql::exec(q, QStringLiteral("insert encounter")));
    const qint64 id = q.lastInsertId().toLongLong();

    for (const DiagnosisEntry &dx : e.diagnoses) {
        QSqlQuery &x = *d->insertDiagnosis;
        x.bindValue(QStringLiteral(":e"), id);
        x.bindValue(QStringLiteral(":pos"), dx.position);
        x.bindValue(QStringLiteral(":code"), sql::text(dx.code));
        CC_TRY(sql::exec(x, QStringLiteral("insert diagnosis")));
    }
    for (const ServiceLineEntry &line : e.services)
        CC_TRY(d->insertServiceLine(id, line));
    return id;
}

Result<int> EncounterRepository::saveCoding(qint64 id, int expectedVersion,
                                            const CodingDraft &draft, EncounterState state,
                                            qint64 userId)
{
    QSqlQuery u(d->db.connection());
    CC_TRY(sql::prepare(u, kVersionedUpdate, QStringLiteral("save coding")));
    u.bindValue(QStringLiteral(":note"), sql::text(draft.coderNote));
    u.bindValue(QStringLiteral(":state"), encounterstate::toKey(state));
    u.bindValue(QStringLiteral(":coder"), userId);
    u.bindValue(QStringLiteral(":at"), nowUtc());
    u.bindValue(QStringLiteral(":id"), id);
    u.bindValue(QStringLiteral(":version"), expectedVersion);
    CC_TRY(sql::exec(u, QStringLiteral("save coding")));
    if (u.numRowsAffected() != 1)
        return d->conflict(id);

    for (const QString &sqlText : {kDeleteDiagnoses, kDeleteLines, kDeleteChecked}) {
        QSqlQuery del(d->db.connection());
        CC_TRY(sql::prepare(del, sqlText, QStringLiteral("clear coding")));
        del.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(del, QStringLiteral("clear coding")));
    }
    CC_TRY(d->prepareInserts());
    for (const DiagnosisEntry &dx : draft.diagnoses) {
        QSqlQuery &x = *d->insertDiagnosis;
        x.bindValue(QStringLiteral(":e"), id);
        x.bindValue(QStringLiteral(":pos"), dx.position);
        x.bindValue(QStringLiteral(":code"), sql::text(dx.code));
        CC_TRY(sql::exec(x, QStringLiteral("insert diagnosis")));
    }
    for (const ServiceLineEntry &line : draft.services)
        CC_TRY(d->insertServiceLine(id, line));
    for (const QString &key : draft.checkedItems) {
        QSqlQuery c(d->db.connection());
        CC_TRY(sql::prepare(c, kInsertChecked, QStringLiteral("tick checklist item")));
        c.bindValue(QStringLiteral(":id"), id);
        c.bindValue(QStringLiteral(":key"), key);
        c.bindValue(QStringLiteral(":user"), userId);
        c.bindValue(QStringLiteral(":at"), nowUtc());
        CC_TRY(sql::exec(c, QStringLiteral("tick checklist item")));
    }
    return expectedVersion + 1;
}

Result<int> EncounterRepository::setState(qint64 id, int expectedVersion, EncounterState state,
                                          const QString &returnReason)
{
    QSqlQuery u(d->db.connection());
    CC_TRY(sql::prepare(u, kSetState, QStringLiteral("change encounter state")));
    u.bindValue(QStringLiteral(":state"), encounterstate::toKey(state));
    u.bindValue(QStringLiteral(":reason"), sql::text(returnReason));
    u.bindValue(QStringLiteral(":at"), nowUtc());
    u.bindValue(QStringLiteral(":id"), id);
    u.bindValue(QStringLiteral(":version"), expectedVersion);
    u.bindValue(QStringLiteral(":version2"), expectedVersion);
    CC_TRY(sql::exec(u, QStringLiteral("change encounter state")));
    if (u.numRowsAffected() != 1)
        return d->conflict(id);
    QSqlQuery v(d->db.connection());
    CC_TRY(sql::prepare(v, kReadVersion, QStringLiteral("read version")));
    v.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(v, QStringLiteral("read version")));
    return v.next() ? v.value(0).toInt() : 0;
}

Result<void> EncounterRepository::logTransition(qint64 id, qint64 userId, EncounterState from,
                                                EncounterState to, const QString &note,
                                                const QString &reasonCode,
                                                const QString &findingsJson, const QString &at)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kLogTransition, QStringLiteral("log transition")));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":at"), at.isEmpty() ? nowUtc() : at);
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":from"), encounterstate::toKey(from));
    q.bindValue(QStringLiteral(":to"), encounterstate::toKey(to));
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    q.bindValue(QStringLiteral(":reason"), sql::text(reasonCode));
    q.bindValue(QStringLiteral(":findings"), sql::text(findingsJson));
    return sql::exec(q, QStringLiteral("log transition"));
}

Result<std::optional<qint64>> EncounterRepository::previousCoded(qint64 patientId,
                                                                 const QDate &date,
                                                                 qint64 excludeId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kPreviousCoded, QStringLiteral("previous coded encounter")));
    q.bindValue(QStringLiteral(":patient"), patientId);
    q.bindValue(QStringLiteral(":exclude"), excludeId);
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    CC_TRY(sql::exec(q, QStringLiteral("previous coded encounter")));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<void> EncounterRepository::appendAddendum(qint64 id, const QString &text)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kAppendAddendum, QStringLiteral("append addendum")));
    q.bindValue(QStringLiteral(":text"), sql::text(text));
    q.bindValue(QStringLiteral(":text2"), sql::text(text));
    q.bindValue(QStringLiteral(":gap"), QStringLiteral("\n\n"));
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":id"), id);
    return sql::exec(q, QStringLiteral("append addendum"));
}

} // namespace cc

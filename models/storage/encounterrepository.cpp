// SPDX-License-Identifier: GPL-3.0-or-later
#include "encounterrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {

// The payer shown in the queue is the primary coverage in force on the date of service.
const auto kQueue = QStringLiteral(R"(
SELECT e.id, e.date_of_service, p.last_name || ', ' || p.first_name, p.mrn,
       e.provider_id, pr.last_name || ', ' || pr.first_name, e.place_of_service, e.state,
       (SELECT count(*) FROM service_lines s WHERE s.encounter_id = e.id),
       (SELECT count(*) FROM encounter_diagnoses x WHERE x.encounter_id = e.id),
       e.return_reason,
       (SELECT cv.payer_id FROM coverages cv
         WHERE cv.patient_id = e.patient_id AND cv.priority = 1
           AND cv.effective_from <= e.date_of_service
           AND (cv.effective_to IS NULL OR cv.effective_to >= e.date_of_service)
         ORDER BY cv.effective_from DESC LIMIT 1) AS payer_id
FROM encounters e
JOIN patients p ON p.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
WHERE e.date_of_service BETWEEN :from AND :to
ORDER BY e.date_of_service, e.id
)");
const auto kPayerNames = QStringLiteral("SELECT id, name FROM payers");
const auto kDetail = QStringLiteral(R"(
SELECT e.patient_id, p.birth_date, p.sex, pr.specialty, e.clinical_note, e.coder_note, e.version
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
    std::unique_ptr<QSqlQuery> insertEncounter;
    std::unique_ptr<QSqlQuery> insertDiagnosis;
    std::unique_ptr<QSqlQuery> insertLine;

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
    QHash<qint64, QString> payerNames;
    {
        QSqlQuery q(d->db.connection());
        CC_TRY(sql::prepare(q, kPayerNames, QStringLiteral("payer names")));
        CC_TRY(sql::exec(q, QStringLiteral("payer names")));
        while (q.next())
            payerNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kQueue, QStringLiteral("coder queue")));
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    CC_TRY(sql::exec(q, QStringLiteral("coder queue")));
    QList<EncounterSummary> out;
    while (q.next()) {
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
        out.append(s);
    }
    return out;
}

Result<std::optional<EncounterDetail>> EncounterRepository::detail(qint64 id)
{
    EncounterDetail det;
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
    for (const ServiceLineEntry &line : e.services) {
        QSqlQuery &l = *d->insertLine;
        l.bindValue(QStringLiteral(":e"), id);
        l.bindValue(QStringLiteral(":line"), line.lineNo);
        l.bindValue(QStringLiteral(":code"), sql::text(line.code));
        for (int m = 0; m < 4; ++m)
            l.bindValue(QStringLiteral(":m%1").arg(m + 1), sql::text(line.modifiers.value(m)));
        l.bindValue(QStringLiteral(":units"), line.units);
        l.bindValue(QStringLiteral(":pointers"), sql::text(joinPointers(line.pointers)));
        l.bindValue(QStringLiteral(":charge"), line.chargeCents);
        l.bindValue(QStringLiteral(":date"), line.serviceDate.toString(Qt::ISODate));
        CC_TRY(sql::exec(l, QStringLiteral("insert service line")));
    }
    return id;
}

} // namespace cc

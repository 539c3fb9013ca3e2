// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicerepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

namespace cc {

namespace {

const auto kInsertPractice = QStringLiteral(R"(
INSERT INTO practice (name, npi, tax_id, taxonomy, address_line1, city, state, zip, phone, is_demo,
                      created_at)
VALUES (:name, :npi, :tax_id, :taxonomy, :line1, :city, :state, :zip, :phone, :is_demo, :created_at)
)");
const auto kSelectPractice = QStringLiteral(R"(
SELECT id, name, npi, tax_id, taxonomy, address_line1, city, state, zip, phone, is_demo
FROM practice ORDER BY id LIMIT 1
)");
const auto kInsertProvider = QStringLiteral(R"(
INSERT INTO providers (last_name, first_name, credential, npi, taxonomy, specialty)
VALUES (:last, :first, :credential, :npi, :taxonomy, :specialty)
)");
const auto kSelectProviders = QStringLiteral(R"(
SELECT id, last_name, first_name, credential, npi, taxonomy, specialty
FROM providers WHERE active = 1 ORDER BY last_name, first_name
)");
const auto kInsertPayer = QStringLiteral(R"(
INSERT INTO payers (name, payer_id, kind, filing_indicator, timely_filing_days,
                    expected_payment_days, address_line1, city, state, zip)
VALUES (:name, :payer_id, :kind, :filing, :timely, :expected, :line1, :city, :state, :zip)
)");
const auto kSelectPayers = QStringLiteral(R"(
SELECT id, name, payer_id, kind, filing_indicator, timely_filing_days, expected_payment_days,
       address_line1, city, state, zip
FROM payers WHERE active = 1 ORDER BY name
)");
const auto kInsertPatient = QStringLiteral(R"(
INSERT INTO patients (mrn, last_name, first_name, birth_date, sex, address_line1, city, state, zip,
                      phone)
VALUES (:mrn, :last, :first, :birth, :sex, :line1, :city, :state, :zip, :phone)
)");
const auto kInsertCoverage = QStringLiteral(R"(
INSERT INTO coverages (patient_id, payer_id, priority, member_id, group_number, relationship,
    subscriber_last_name, subscriber_first_name, subscriber_birth_date, subscriber_sex,
    subscriber_address_line1, subscriber_city, subscriber_state, subscriber_zip,
    effective_from, effective_to)
VALUES (:patient, :payer, :priority, :member, :group, :relationship, :slast, :sfirst, :sbirth,
        :ssex, :sline1, :scity, :sstate, :szip, :from, :to)
)");
const auto kInsertAuthorization = QStringLiteral(R"(
INSERT INTO prior_authorizations (patient_id, payer_id, auth_number, codes, valid_from, valid_to,
                                  visits_allowed)
VALUES (:patient, :payer, :number, :codes, :from, :to, :visits)
)");
const auto kInsertFee = QStringLiteral(R"(
INSERT INTO fee_schedule (payer_id, code, charge_cents, effective_from)
VALUES (:payer, :code, :charge, :from)
)");
const auto kFee = QStringLiteral(R"(
SELECT f.id, COALESCE(f.payer_id, 0), COALESCE(p.name, ''), f.code, f.charge_cents,
       f.effective_from
FROM fee_schedule f LEFT JOIN payers p ON p.id = f.payer_id
WHERE f.code = :code AND f.effective_from <= :date AND (f.payer_id = :payer OR f.payer_id IS NULL)
ORDER BY f.payer_id IS NULL, f.effective_from DESC LIMIT 1
)");
const auto kFees = QStringLiteral(R"(
SELECT f.id, COALESCE(f.payer_id, 0), COALESCE(p.name, ''), f.code, f.charge_cents,
       f.effective_from
FROM fee_schedule f LEFT JOIN payers p ON p.id = f.payer_id
ORDER BY f.code, f.payer_id IS NOT NULL, p.name, f.effective_from
)");
const auto kDeleteFeeSameDay = QStringLiteral(
        "DELETE FROM fee_schedule WHERE code = :code AND effective_from = :from AND "
        "COALESCE(payer_id, 0) = :payer");
const auto kDeleteFee = QStringLiteral("DELETE FROM fee_schedule WHERE id = :id");
const auto kSelectSetting = QStringLiteral("SELECT value FROM settings WHERE key = :key");
const auto kUpsertSetting = QStringLiteral(R"(
INSERT INTO settings (key, value) VALUES (:key, :value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
)");
const auto kSelectPreference
        = QStringLiteral("SELECT value FROM user_preferences WHERE user_id = :user AND key = :key");
const auto kUpsertPreference = QStringLiteral(R"(
INSERT INTO user_preferences (user_id, key, value) VALUES (:user, :key, :value)
ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value
)");

// Tables whose rows make up "the practice" for rowCount() and contentDigest().
const QStringList kPracticeTables = {
    QStringLiteral("practice"),        QStringLiteral("providers"),
    QStringLiteral("users"),           QStringLiteral("payers"),
    QStringLiteral("patients"),        QStringLiteral("coverages"),
    QStringLiteral("prior_authorizations"), QStringLiteral("encounters"),
    QStringLiteral("encounter_diagnoses"),  QStringLiteral("service_lines"),
    QStringLiteral("fee_schedule"),    QStringLiteral("settings"),
    QStringLiteral("audit_log"),       QStringLiteral("handoff_log"),
    QStringLiteral("documentation_queries"), QStringLiteral("claims"),
    QStringLiteral("claim_lines"),     QStringLiteral("postings"),
};

QVariant nullableDate(const std::optional<QDate> &d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

struct PracticeRepository::Private
{
    Database &db;
    sql::StatementCache statements{db};

    Result<QSqlQuery *> statement(const QString &sql, const QString &what)
    {
        return statements.get(sql, what);
    }

    Result<qint64> insert(QSqlQuery *q, const QString &what)
    {
        CC_TRY(sql::exec(*q, what));
        return q->lastInsertId().toLongLong();
    }
};

PracticeRepository::PracticeRepository(Database &db) : d(new Private{db}) { }
PracticeRepository::~PracticeRepository() = default;

Result<std::optional<PracticeRecord>> PracticeRepository::practice()
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSelectPractice, QStringLiteral("select practice")));
    CC_TRY(sql::exec(q, QStringLiteral("select practice")));
    if (!q.next())
        return std::optional<PracticeRecord>();
    PracticeRecord p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.npi = q.value(2).toString();
    p.taxId = q.value(3).toString();
    p.taxonomy = q.value(4).toString();
    p.addressLine1 = q.value(5).toString();
    p.city = q.value(6).toString();
    p.state = q.value(7).toString();
    p.zip = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.isDemo = q.value(10).toBool();
    return std::optional<PracticeRecord>(p);
}

Result<qint64> PracticeRepository::insertPractice(const PracticeRecord &p)
{
    auto q = d->statement(kInsertPractice, QStringLiteral("insert practice"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":name"), sql::text(p.name));
    s->bindValue(QStringLiteral(":npi"), sql::text(p.npi));
    s->bindValue(QStringLiteral(":tax_id"), sql::text(p.taxId));
    s->bindValue(QStringLiteral(":taxonomy"), sql::text(p.taxonomy));
    s->bindValue(QStringLiteral(":line1"), sql::text(p.addressLine1));
    s->bindValue(QStringLiteral(":city"), sql::text(p.city));
    s->bindValue(QStringLiteral(":state"), sql::text(p.state));
    s->bindValue(QStringLiteral(":zip"), sql::text(p.zip));
    s->bindValue(QStringLiteral(":phone"), sql::text(p.phone));
    s->bindValue(QStringLiteral(":is_demo"), p.isDemo ? 1 : 0);
    s->bindValue(QStringLiteral(":created_at"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return d->insert(s, QStringLiteral("insert practice"));
}

Result<qint64> PracticeRepository::insertProvider(const ProviderRecord &p)
{
    auto q = d->statement(kInsertProvider, QStringLiteral("insert provider"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":last"), sql::text(p.lastName));
    s->bindValue(QStringLiteral(":first"), sql::text(p.firstName));
    s->bindValue(QStringLiteral(":credential"), sql::text(p.credential));
    s->bindValue(QStringLiteral(":npi"), sql::text(p.npi));
    s->bindValue(QStringLiteral(":taxonomy"), sql::text(p.taxonomy));
    s->bindValue(QStringLiteral(":specialty"), sql::text(p.specialty));
    return d->insert(s, QStringLiteral("insert provider"));
}

Result<QList<ProviderRecord>> PracticeRepository::providers()
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSelectProviders, QStringLiteral("select providers")));
    CC_TRY(sql::exec(q, QStringLiteral("select providers")));
    QList<ProviderRecord> out;
    while (q.next()) {
        ProviderRecord p;
        p.id = q.value(0).toLongLong();
        p.lastName = q.value(1).toString();
        p.firstName = q.value(2).toString();
        p.credential = q.value(3).toString();
        p.npi = q.value(4).toString();
        p.taxonomy = q.value(5).toString();
        p.specialty = q.value(6).toString();
        out.append(p);
    }
    return out;
}

Result<qint64> PracticeRepository::insertPayer(const PayerRecord &p)
{
    auto q = d->statement(kInsertPayer, QStringLiteral("insert payer"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":name"), sql::text(p.name));
    s->bindValue(QStringLiteral(":payer_id"), sql::text(p.payerId));
    s->bindValue(QStringLiteral(":kind"), sql::text(p.kind));
    s->bindValue(QStringLiteral(":filing"), sql::text(p.filingIndicator));
    s->bindValue(QStringLiteral(":timely"), p.timelyFilingDays);
    s->bindValue(QStringLiteral(":expected"), p.expectedPaymentDays);
    s->bindValue(QStringLiteral(":line1"), sql::text(p.addressLine1));
    s->bindValue(QStringLiteral(":city"), sql::text(p.city));
    s->bindValue(QStringLiteral(":state"), sql::text(p.state));
    s->bindValue(QStringLiteral(":zip"), sql::text(p.zip));
    return d->insert(s, QStringLiteral("insert payer"));
}

Result<QList<PayerRecord>> PracticeRepository::payers()
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSelectPayers, QStringLiteral("select payers")));
    CC_TRY(sql::exec(q, QStringLiteral("select payers")));
    QList<PayerRecord> out;
    while (q.next()) {
        PayerRecord p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.payerId = q.value(2).toString();
        p.kind = q.value(3).toString();
        p.filingIndicator = q.value(4).toString();
        p.timelyFilingDays = q.value(5).toInt();
        p.expectedPaymentDays = q.value(6).toInt();
        p.addressLine1 = q.value(7).toString();
        p.city = q.value(8).toString();
        p.state = q.value(9).toString();
        p.zip = q.value(10).toString();
        out.append(p);
    }
    return out;
}

Result<qint64> PracticeRepository::insertPatient(const PatientRecord &p)
{
    auto q = d->statement(kInsertPatient, QStringLiteral("insert patient"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":mrn"), sql::text(p.mrn));
    s->bindValue(QStringLiteral(":last"), sql::text(p.lastName));
    s->bindValue(QStringLiteral(":first"), sql::text(p.firstName));
    s->bindValue(QStringLiteral(":birth"), p.birthDate.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":sex"), sql::text(p.sex));
    s->bindValue(QStringLiteral(":line1"), sql::text(p.addressLine1));
    s->bindValue(QStringLiteral(":city"), sql::text(p.city));
    s->bindValue(QStringLiteral(":state"), sql::text(p.state));
    s->bindValue(QStringLiteral(":zip"), sql::text(p.zip));
    s->bindValue(QStringLiteral(":phone"), sql::text(p.phone));
    return d->insert(s, QStringLiteral("insert patient"));
}

Result<qint64> PracticeRepository::insertCoverage(const CoverageRecord &c)
{
    auto q = d->statement(kInsertCoverage, QStringLiteral("insert coverage"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":patient"), c.patientId);
    s->bindValue(QStringLiteral(":payer"), c.payerId);
    s->bindValue(QStringLiteral(":priority"), c.priority);
    s->bindValue(QStringLiteral(":member"), sql::text(c.memberId));
    s->bindValue(QStringLiteral(":group"), sql::text(c.groupNumber));
    s->bindValue(QStringLiteral(":relationship"), sql::text(c.relationship));
    s->bindValue(QStringLiteral(":slast"), sql::text(c.subscriberLastName));
    s->bindValue(QStringLiteral(":sfirst"), sql::text(c.subscriberFirstName));
    s->bindValue(QStringLiteral(":sbirth"), c.subscriberBirthDate.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":ssex"), sql::text(c.subscriberSex));
    s->bindValue(QStringLiteral(":sline1"), sql::text(c.subscriberAddressLine1));
    s->bindValue(QStringLiteral(":scity"), sql::text(c.subscriberCity));
    s->bindValue(QStringLiteral(":sstate"), sql::text(c.subscriberState));
    s->bindValue(QStringLiteral(":szip"), sql::text(c.subscriberZip));
    s->bindValue(QStringLiteral(":from"), c.effectiveFrom.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":to"), nullableDate(c.effectiveTo));
    return d->insert(s, QStringLiteral("insert coverage"));
}

Result<qint64> PracticeRepository::insertAuthorization(const AuthorizationRecord &a)
{
    auto q = d->statement(kInsertAuthorization, QStringLiteral("insert authorization"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":patient"), a.patientId);
    s->bindValue(QStringLiteral(":payer"), a.payerId);
    s->bindValue(QStringLiteral(":number"), sql::text(a.authNumber));
    s->bindValue(QStringLiteral(":codes"), sql::text(a.codes.join(QLatin1Char(' '))));
    s->bindValue(QStringLiteral(":from"), a.validFrom.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":to"), a.validTo.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":visits"),
                 a.visitsAllowed ? QVariant(*a.visitsAllowed) : QVariant(QMetaType(QMetaType::Int)));
    return d->insert(s, QStringLiteral("insert authorization"));
}

Result<void> PracticeRepository::insertFee(qint64 payerId, const QString &code, qint64 chargeCents,
                                           const QDate &effectiveFrom)
{
    auto q = d->statement(kInsertFee, QStringLiteral("insert fee"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":payer"),
                 payerId > 0 ? QVariant(payerId) : QVariant(QMetaType(QMetaType::LongLong)));
    s->bindValue(QStringLiteral(":code"), code);
    s->bindValue(QStringLiteral(":charge"), chargeCents);
    s->bindValue(QStringLiteral(":from"), effectiveFrom.toString(Qt::ISODate));
    return sql::exec(*s, QStringLiteral("insert fee"));
}

Result<std::optional<qint64>> PracticeRepository::fee(const QString &code, qint64 payerId,
                                                      const QDate &date)
{
    auto row = feeRow(code, payerId, date);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<qint64>();
    return std::optional<qint64>(row.value()->chargeCents);
}

Result<std::optional<PracticeRepository::FeeRow>>
PracticeRepository::feeRow(const QString &code, qint64 payerId, const QDate &date)
{
    auto q = d->statement(kFee, QStringLiteral("fee"));
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":code"), code);
    s->bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":payer"), payerId);
    CC_TRY(sql::exec(*s, QStringLiteral("fee")));
    std::optional<FeeRow> out;
    if (s->next()) {
        out = FeeRow{s->value(0).toLongLong(), s->value(1).toLongLong(), s->value(2).toString(),
                     s->value(3).toString(), s->value(4).toLongLong(),
                     QDate::fromString(s->value(5).toString(), Qt::ISODate)};
    }
    s->finish();
    return out;
}

Result<QList<PracticeRepository::FeeRow>> PracticeRepository::fees()
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kFees, QStringLiteral("fee schedule")));
    CC_TRY(sql::exec(q, QStringLiteral("fee schedule")));
    QList<FeeRow> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(),
                    QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    }
    return out;
}

Result<void> PracticeRepository::upsertFee(qint64 payerId, const QString &code, qint64 chargeCents,
                                           const QDate &effectiveFrom)
{
    QSqlQuery del(d->db.connection());
    CC_TRY(sql::prepare(del, kDeleteFeeSameDay, QStringLiteral("replace fee")));
    del.bindValue(QStringLiteral(":code"), code);
    del.bindValue(QStringLiteral(":from"), effectiveFrom.toString(Qt::ISODate));
    del.bindValue(QStringLiteral(":payer"), payerId);
    CC_TRY(sql::exec(del, QStringLiteral("replace fee")));
    return insertFee(payerId, code, chargeCents, effectiveFrom);
}

Result<void> PracticeRepository::removeFee(qint64 id)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kDeleteFee, QStringLiteral("remove fee")));
    q.bindValue(QStringLiteral(":id"), id);
    return sql::exec(q, QStringLiteral("remove fee"));
}

Result<QString> PracticeRepository::setting(const QString &key, const QString &fallback)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSelectSetting, QStringLiteral("select setting")));
    q.bindValue(QStringLiteral(":key"), key);
    CC_TRY(sql::exec(q, QStringLiteral("select setting")));
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> PracticeRepository::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kUpsertSetting, QStringLiteral("save setting")));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), sql::text(value));
    return sql::exec(q, QStringLiteral("save setting"));
}

Result<QString> PracticeRepository::preference(qint64 userId, const QString &key,
                                               const QString &fallback)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSelectPreference, QStringLiteral("select preference")));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":key"), key);
    CC_TRY(sql::exec(q, QStringLiteral("select preference")));
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> PracticeRepository::setPreference(qint64 userId, const QString &key,
                                               const QString &value)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kUpsertPreference, QStringLiteral("save preference")));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), sql::text(value));
    return sql::exec(q, QStringLiteral("save preference"));
}

Result<qint64> PracticeRepository::rowCount(const QString &table)
{
    if (!kPracticeTables.contains(table))
        return Error::invalid(QStringLiteral("unknown table"), table);
    QSqlQuery q(d->db.connection());
    // The table name is one of the fixed names above, never user input.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return sql::toError(q.lastError(), QStringLiteral("count %1").arg(table));
    return q.value(0).toLongLong();
}

Result<QByteArray> PracticeRepository::contentDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : kPracticeTables) {
        // Timestamps of creation and the audit trail differ from run to run by nature.
        if (table == QLatin1String("audit_log"))
            continue;
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            return sql::toError(q.lastError(), QStringLiteral("digest %1").arg(table));
        hash.addData(table.toUtf8());
        while (q.next()) {
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) {
                const QString name = rec.fieldName(i);
                if (name == QLatin1String("created_at") || name == QLatin1String("updated_at")
                    || name == QLatin1String("password_hash"))
                    continue;
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result();
}

} // namespace cc

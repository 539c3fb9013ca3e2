// SPDX-License-Identifier: GPL-3.0-or-later
#include "payerrulerepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {

const auto kColumns = QStringLiteral(R"(
SELECT r.id, r.name, COALESCE(r.payer_id, 0), COALESCE(p.name, ''), r.codes, r.modifiers_present,
       r.modifiers_absent, r.place_of_service, r.min_age, r.max_age, r.sex, r.action, r.severity,
       r.message, r.fix, r.active, r.version
FROM payer_rules r LEFT JOIN payers p ON p.id = r.payer_id
)");
const auto kList = QStringLiteral("WHERE (:all = 1 OR r.active = 1) ORDER BY lower(r.name), r.id");
const auto kGet = QStringLiteral("WHERE r.id = :id");
const auto kInsert = QStringLiteral(R"(
INSERT INTO payer_rules (name, payer_id, codes, modifiers_present, modifiers_absent,
                         place_of_service, min_age, max_age, sex, action, severity, message, fix,
                         active, created_at, updated_at, version)
VALUES (:name, :payer, :codes, :present, :absent, :pos, :min_age, :max_age, :sex, :action,
        :severity, :message, :fix, :active, :now, :now, 1)
)");
const auto kUpdate = QStringLiteral(R"(
UPDATE payer_rules
SET name = :name, payer_id = :payer, codes = :codes, modifiers_present = :present,
    modifiers_absent = :absent, place_of_service = :pos, min_age = :min_age, max_age = :max_age,
    sex = :sex, action = :action, severity = :severity, message = :message, fix = :fix,
    active = :active, updated_at = :now, version = version + 1
WHERE id = :id AND version = :expected
)");
const auto kExists = QStringLiteral("SELECT version FROM payer_rules WHERE id = :id");
const auto kDelete = QStringLiteral("DELETE FROM payer_rules WHERE id = :id");
const auto kPayers = QStringLiteral("SELECT id, payer_id, name, active FROM payers ORDER BY id");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString joinList(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QVariant nullableAge(int age)
{
    return age >= 0 ? QVariant(age) : QVariant(QMetaType(QMetaType::Int));
}

PayerRule readRule(const QSqlQuery &q)
{
    PayerRule r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.payerId = q.value(2).toLongLong();
    r.payerName = q.value(3).toString();
    r.codes = splitList(q.value(4).toString());
    r.modifiersPresent = splitList(q.value(5).toString());
    r.modifiersAbsent = splitList(q.value(6).toString());
    r.placeOfService = q.value(7).toString();
    r.minAge = q.value(8).isNull() ? -1 : q.value(8).toInt();
    r.maxAge = q.value(9).isNull() ? -1 : q.value(9).toInt();
    r.sex = q.value(10).toString();
    r.action = q.value(11).toString() == QLatin1String("authorization")
        ? PayerRule::Action::Authorization
        : PayerRule::Action::Finding;
    r.severity = q.value(12).toString() == QLatin1String("warning") ? Finding::Severity::Warning
                                                                    : Finding::Severity::Error;
    r.message = q.value(13).toString();
    r.fix = q.value(14).toString();
    r.active = q.value(15).toInt() != 0;
    r.version = q.value(16).toInt();
    return r;
}

/// Binds every column a rule writes (not its id or version).
void bindRule(QSqlQuery &q, const PayerRule &r)
{
    q.bindValue(QStringLiteral(":name"), sql::text(r.name));
    q.bindValue(QStringLiteral(":payer"),
        r.payerId > 0 ? QVariant(r.payerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":codes"), sql::text(joinList(r.codes)));
    q.bindValue(QStringLiteral(":present"), sql::text(joinList(r.modifiersPresent)));
    q.bindValue(QStringLiteral(":absent"), sql::text(joinList(r.modifiersAbsent)));
    q.bindValue(QStringLiteral(":pos"), sql::text(r.placeOfService));
    q.bindValue(QStringLiteral(":min_age"), nullableAge(r.minAge));
    q.bindValue(QStringLiteral(":max_age"), nullableAge(r.maxAge));
    q.bindValue(QStringLiteral(":sex"), sql::text(r.sex));
    q.bindValue(QStringLiteral(":action"),
        r.action == PayerRule::Action::Authorization ? QStringLiteral("authorization")
                                                     : QStringLiteral("finding"));
    q.bindValue(QStringLiteral(":severity"), findings::severityKey(r.severity));
    q.bindValue(QStringLiteral(":message"), sql::text(r.message));
    q.bindValue(QStringLiteral(":fix"), sql::text(r.fix));
    q.bindValue(QStringLiteral(":active"), r.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), nowUtc());
}

} // namespace

Result<QList<PayerRule>> PayerRuleRepository::list(bool activeOnly)
{
    const QString what = QStringLiteral("list payer rules");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kColumns + kList, what));
    q.bindValue(QStringLiteral(":all"), activeOnly ? 0 : 1);
    CC_TRY(sql::exec(q, what));
    QList<PayerRule> out;
    while (q.next())
        out.append(readRule(q));
    return out;
}

Result<std::optional<PayerRule>> PayerRuleRepository::get(qint64 id)
{
    const QString what = QStringLiteral("get payer rule");
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kColumns + kGet, what));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return std::optional<PayerRule>();
    return std::optional<PayerRule>(readRule(q));
}

Result<qint64> PayerRuleRepository::insert(const PayerRule &rule)
{
    const QString what = QStringLiteral("insert payer rule");
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kInsert, what));
    bindRule(q, rule);
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<int> PayerRuleRepository::update(const PayerRule &rule, int expectedVersion)
{
    const QString what = QStringLiteral("update payer rule");
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kUpdate, what));
    bindRule(q, rule);
    q.bindValue(QStringLiteral(":id"), rule.id);
    q.bindValue(QStringLiteral(":expected"), expectedVersion);
    CC_TRY(sql::exec(q, what));
    if (q.numRowsAffected() == 1)
        return expectedVersion + 1;

    // Nothing written: tell a removed rule from one another seat saved in the meantime.
    QSqlQuery check(m_db.connection());
    CC_TRY(sql::prepare(check, kExists, QStringLiteral("payer rule version")));
    check.bindValue(QStringLiteral(":id"), rule.id);
    CC_TRY(sql::exec(check, QStringLiteral("payer rule version")));
    if (!check.next()) {
        return Error::make(Error::Kind::NotFound,
            tr("The payer rule “%1” was deleted at another seat, so your change "
               "was not saved. Save it again as a new rule if it is still "
               "needed.")
                .arg(rule.name));
    }
    return Error::make(Error::Kind::Conflict,
        tr("Another seat saved the payer rule “%1” first, so your change was not "
           "saved over theirs. Open the rule again to see their version, then "
           "redo your change.")
            .arg(rule.name),
        QStringLiteral("payer_rules id %1: expected version %2, found %3")
            .arg(rule.id)
            .arg(expectedVersion)
            .arg(check.value(0).toInt()));
}

Result<void> PayerRuleRepository::remove(qint64 id)
{
    const QString what = QStringLiteral("remove payer rule");
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kDelete, what));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, what));
    if (q.numRowsAffected() != 1)
        return Error::notFound(tr("This payer rule no longer exists: another seat deleted it."));
    return {};
}

Result<QList<PayerRuleRepository::PayerKey>> PayerRuleRepository::payers()
{
    const QString what = QStringLiteral("payer keys");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kPayers, what));
    CC_TRY(sql::exec(q, what));
    QList<PayerKey> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt() != 0});
    }
    return out;
}

} // namespace cc

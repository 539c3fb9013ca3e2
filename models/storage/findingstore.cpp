// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingstore_p.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace cc::findingstore {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::ClaimRepository)
};

// %1 is the owner's condition.
const auto kRead = QStringLiteral(R"(
SELECT f.id, f.rule, f.severity, f.line_no, f.codes, f.message, f.fix, f.source,
       coalesce(u.full_name, ''), f.override_reason, f.overridden_by
FROM claim_findings f LEFT JOIN users u ON u.id = f.overridden_by
WHERE %1
ORDER BY CASE f.severity WHEN 'error' THEN 0 ELSE 1 END, f.line_no, f.id
)");

const auto kInsert = QStringLiteral(R"(
INSERT INTO claim_findings (encounter_id, claim_id, rule, severity, line_no, codes, message, fix,
                            source, overridden_by, override_reason, found_at)
VALUES (%1, :rule, :severity, :line, :codes, :message, :fix, :source, :by, :reason, :at)
)");

QString condition(Owner owner)
{
    return owner == Owner::Encounter ? QStringLiteral("f.encounter_id = :id AND f.claim_id IS NULL")
                                     : QStringLiteral("f.claim_id = :id");
}

QString ownerValues(Owner owner)
{
    return owner == Owner::Encounter
            ? QStringLiteral(":id, NULL")
            : QStringLiteral("(SELECT encounter_id FROM claims WHERE id = :id), :id2");
}

QString key(const QString &rule, int line, const QString &codes)
{
    return rule + QLatin1Char('|') + QString::number(line) + QLatin1Char('|') + codes;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<QList<StoredFinding>> read(Database &db, Owner owner, qint64 id)
{
    QSqlQuery q(db.connection());
    CC_TRY(sql::prepare(q, kRead.arg(condition(owner)), QStringLiteral("findings")));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, QStringLiteral("findings")));
    QList<StoredFinding> out;
    while (q.next()) {
        StoredFinding s;
        s.id = q.value(0).toLongLong();
        s.finding.rule = q.value(1).toString();
        s.finding.severity = q.value(2).toString() == QLatin1String("error")
                ? Finding::Severity::Error
                : Finding::Severity::Warning;
        s.finding.line = q.value(3).toInt();
        s.finding.codes = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        s.finding.message = q.value(5).toString();
        s.finding.fix = q.value(6).toString();
        s.finding.source = q.value(7).toString();
        if (!q.value(10).isNull()) {
            s.overriddenBy = q.value(8).toString();
            if (s.overriddenBy.isEmpty())
                s.overriddenBy = Tr::tr("a removed user");
            s.overrideReason = q.value(9).toString();
            s.overriddenById = q.value(10).toLongLong();
        }
        out.append(s);
    }
    return out;
}

Result<void> replace(Database &db, Owner owner, qint64 id, const QList<Finding> &findings)
{
    auto before = read(db, owner, id);
    if (!before)
        return before.error();
    QHash<QString, std::pair<qint64, QString>> overrides;
    for (const StoredFinding &s : before.value()) {
        if (s.isOverridden())
            overrides.insert(key(s.finding.rule, s.finding.line,
                                 s.finding.codes.join(QLatin1Char(' '))),
                             {s.overriddenById, s.overrideReason});
    }
    QSqlQuery del(db.connection());
    CC_TRY(sql::prepare(del,
                        QStringLiteral("DELETE FROM claim_findings WHERE %1")
                                .arg(condition(owner).replace(QStringLiteral("f."), QString())),
                        QStringLiteral("clear findings")));
    del.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(del, QStringLiteral("clear findings")));

    QSqlQuery ins(db.connection());
    CC_TRY(sql::prepare(ins, kInsert.arg(ownerValues(owner)), QStringLiteral("store finding")));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Finding &f : findings) {
        const QString codes = f.codes.join(QLatin1Char(' '));
        const auto kept = overrides.constFind(key(f.rule, f.line, codes));
        ins.bindValue(QStringLiteral(":id"), id);
        if (owner == Owner::Claim)
            ins.bindValue(QStringLiteral(":id2"), id);
        ins.bindValue(QStringLiteral(":rule"), f.rule);
        ins.bindValue(QStringLiteral(":severity"), findings::severityKey(f.severity));
        ins.bindValue(QStringLiteral(":line"), f.line);
        ins.bindValue(QStringLiteral(":codes"), sql::text(codes));
        ins.bindValue(QStringLiteral(":message"), sql::text(f.message));
        ins.bindValue(QStringLiteral(":fix"), sql::text(f.fix));
        ins.bindValue(QStringLiteral(":source"), sql::text(f.source));
        ins.bindValue(QStringLiteral(":by"),
                      kept != overrides.cend() ? nullableId(kept->first) : nullableId(0));
        ins.bindValue(QStringLiteral(":reason"),
                      sql::text(kept != overrides.cend() ? kept->second : QString()));
        ins.bindValue(QStringLiteral(":at"), at);
        CC_TRY(sql::exec(ins, QStringLiteral("store finding")));
    }
    return {};
}

} // namespace cc::findingstore

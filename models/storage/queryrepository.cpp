// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlDatabase>
#include <QCoreApplication>
#include <QSqlQuery>

namespace cc {

namespace {

const auto kSelect = QStringLiteral(R"(
SELECT q.id, q.encounter_id, q.coder_id, cu.full_name, q.provider_id, q.template, q.form,
       q.quoted_text, q.question, q.options, q.sent_at, q.answered_at, au.full_name, q.answer,
       q.addendum, q.seen_by_coder_at, p.last_name || ', ' || p.first_name, e.date_of_service
FROM documentation_queries q
JOIN encounters e ON e.id = q.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN users cu ON cu.id = q.coder_id
LEFT JOIN users au ON au.id = q.answered_by
)");
const auto kInsert = QStringLiteral(R"(
INSERT INTO documentation_queries (encounter_id, coder_id, provider_id, template, form,
                                   quoted_text, question, options, sent_at)
VALUES (:encounter, :coder, :provider, :template, :form, :quoted, :question, :options, :sent)
)");
const auto kAnswer = QStringLiteral(R"(
UPDATE documentation_queries SET answered_at = :at, answered_by = :user, answer = :answer,
       addendum = :addendum
WHERE id = :id AND answered_at IS NULL
)");
const auto kMarkSeen = QStringLiteral(R"(
UPDATE documentation_queries SET seen_by_coder_at = :at
WHERE encounter_id = :id AND answered_at IS NOT NULL AND seen_by_coder_at IS NULL
)");
const auto kSelectTemplate
        = QStringLiteral("SELECT content FROM templates WHERE kind = :kind AND key = :key");
const auto kUpsertTemplate = QStringLiteral(R"(
INSERT INTO templates (kind, key, content, updated_by, updated_at)
VALUES (:kind, :key, :content, :user, :at)
ON CONFLICT (kind, key) DO UPDATE SET content = excluded.content,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at
)");
const auto kDeleteTemplate = QStringLiteral("DELETE FROM templates WHERE kind = :kind AND key = :key");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> optionalTime(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

DocumentationQuery readQuery(const QSqlQuery &q)
{
    DocumentationQuery d;
    d.id = q.value(0).toLongLong();
    d.encounterId = q.value(1).toLongLong();
    d.coderId = q.value(2).toLongLong();
    d.coderName = q.value(3).toString();
    d.providerId = q.value(4).toLongLong();
    d.templateKey = q.value(5).toString();
    d.form = q.value(6).toString();
    d.quotedText = q.value(7).toString();
    d.question = q.value(8).toString();
    d.options = q.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.sentAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    d.answeredAt = optionalTime(q.value(11));
    d.answeredByName = q.value(12).toString();
    d.answer = q.value(13).toString();
    d.addendum = q.value(14).toString();
    d.seenByCoderAt = optionalTime(q.value(15));
    d.patientName = q.value(16).toString();
    d.dateOfService = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    return d;
}

Result<QList<DocumentationQuery>> readAll(QSqlQuery &q, const QString &what)
{
    CC_TRY(sql::exec(q, what));
    QList<DocumentationQuery> out;
    while (q.next())
        out.append(readQuery(q));
    return out;
}

} // namespace

Result<qint64> QueryRepository::insert(const DocumentationQuery &d)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kInsert, QStringLiteral("send query")));
    q.bindValue(QStringLiteral(":encounter"), d.encounterId);
    q.bindValue(QStringLiteral(":coder"), d.coderId);
    q.bindValue(QStringLiteral(":provider"), d.providerId);
    q.bindValue(QStringLiteral(":template"), sql::text(d.templateKey));
    q.bindValue(QStringLiteral(":form"), sql::text(d.form));
    q.bindValue(QStringLiteral(":quoted"), sql::text(d.quotedText));
    q.bindValue(QStringLiteral(":question"), sql::text(d.question));
    q.bindValue(QStringLiteral(":options"), sql::text(d.options.join(QLatin1Char('\n'))));
    q.bindValue(QStringLiteral(":sent"), d.sentAt.toUTC().toString(Qt::ISODateWithMs));
    CC_TRY(sql::exec(q, QStringLiteral("send query")));
    return q.lastInsertId().toLongLong();
}

Result<std::optional<DocumentationQuery>> QueryRepository::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kSelect + QStringLiteral(" WHERE q.id = :id"), QStringLiteral("find query")));
    q.bindValue(QStringLiteral(":id"), id);
    auto all = readAll(q, QStringLiteral("find query"));
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<DocumentationQuery>();
    return std::optional<DocumentationQuery>(all->first());
}

Result<QList<DocumentationQuery>> QueryRepository::forEncounter(qint64 encounterId)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kSelect + QStringLiteral(" WHERE q.encounter_id = :id ORDER BY q.id"),
                        QStringLiteral("queries of encounter")));
    q.bindValue(QStringLiteral(":id"), encounterId);
    return readAll(q, QStringLiteral("queries of encounter"));
}

Result<QList<DocumentationQuery>> QueryRepository::forProvider(qint64 providerId,
                                                               bool includeAnswered)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q,
                        kSelect
                                + QStringLiteral(" WHERE q.provider_id = :id AND (:all = 1 OR "
                                                 "q.answered_at IS NULL) ORDER BY q.sent_at"),
                        QStringLiteral("provider inbox")));
    q.bindValue(QStringLiteral(":id"), providerId);
    q.bindValue(QStringLiteral(":all"), includeAnswered ? 1 : 0);
    return readAll(q, QStringLiteral("provider inbox"));
}

Result<void> QueryRepository::answer(qint64 id, qint64 userId, const QString &answer,
                                     const QString &addendum)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kAnswer, QStringLiteral("answer query")));
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":answer"), sql::text(answer));
    q.bindValue(QStringLiteral(":addendum"), sql::text(addendum));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, QStringLiteral("answer query")));
    if (q.numRowsAffected() != 1) {
        return Error::make(Error::Kind::Conflict,
                           QCoreApplication::translate("cc::QueryRepository",
                                                       "This query was already answered."));
    }
    return {};
}

Result<void> QueryRepository::markSeen(qint64 encounterId)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kMarkSeen, QStringLiteral("mark answers seen")));
    q.bindValue(QStringLiteral(":at"), nowUtc());
    q.bindValue(QStringLiteral(":id"), encounterId);
    return sql::exec(q, QStringLiteral("mark answers seen"));
}

Result<std::optional<QString>> QueryRepository::templateContent(const QString &kind,
                                                                 const QString &key)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kSelectTemplate, QStringLiteral("read template")));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":key"), key);
    CC_TRY(sql::exec(q, QStringLiteral("read template")));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<void> QueryRepository::saveTemplate(const QString &kind, const QString &key,
                                           const QString &content, qint64 userId)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kUpsertTemplate, QStringLiteral("save template")));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":content"), sql::text(content));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":at"), nowUtc());
    return sql::exec(q, QStringLiteral("save template"));
}

Result<void> QueryRepository::removeTemplate(const QString &kind, const QString &key)
{
    QSqlQuery q(m_db.connection());
    CC_TRY(sql::prepare(q, kDeleteTemplate, QStringLiteral("reset template")));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":key"), key);
    return sql::exec(q, QStringLiteral("reset template"));
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryservice.h"
#include "auditservice.h"
#include "encounterservice.h"
#include "templateservice.h"
#include "storage/database.h"
#include "storage/encounterrepository.h"
#include "storage/practicerepository.h"
#include "storage/queryrepository.h"
#include "storage/transaction.h"

namespace cc {

Result<qint64> QueryService::send(const Session &who, qint64 encounterId, const NewQuery &query)
{
    if (auto r = who.require(Permission::SendQuery); !r)
        return r.error();
    auto tmpl = m_templates.queryTemplate(query.templateKey);
    if (!tmpl)
        return tmpl.error();
    if (!tmpl.value())
        return Error::invalid(tr("Choose a query template."));
    const QueryTemplate &t = *tmpl.value();
    if (query.question.trimmed().isEmpty())
        return Error::invalid(tr("Write the question to the provider."));
    if (t.form == QLatin1String("yes_no") && query.quotedText.trimmed().isEmpty())
        return Error::invalid(tr("A yes/no query may only confirm a documented fact: quote the "
                                 "part of the note it is about."));
    QStringList options = t.form == QLatin1String("open") ? QStringList() : query.options;
    if (options.isEmpty())
        options = t.options;
    if (t.form == QLatin1String("multiple_choice")) {
        // The coder may adapt the clinical choices but never drop the two escape options.
        const bool other = options.filter(QStringLiteral("other"), Qt::CaseInsensitive).size() > 0;
        const bool undetermined
                = options.filter(QStringLiteral("undetermined"), Qt::CaseInsensitive).size() > 0;
        if (!other || !undetermined)
            return Error::invalid(tr("A multiple-choice query must keep the options \"Other\" and "
                                     "\"Clinically undetermined\"."));
    }

    EncounterRepository encounters(m_db);
    auto found = encounters.detail(encounterId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    const EncounterDetail &e = *found.value();
    const EncounterState from = e.summary.state;
    if (from != EncounterState::New && from != EncounterState::Coding
        && from != EncounterState::Returned && from != EncounterState::QueryPending)
        return Error::invalid(tr("This encounter is %1; queries are sent while it is being "
                                 "coded.")
                                      .arg(encounterstate::displayName(from)));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    DocumentationQuery q;
    q.encounterId = encounterId;
    q.coderId = who.userId;
    q.providerId = e.summary.providerId;
    q.templateKey = t.key;
    q.form = t.form;
    q.quotedText = query.quotedText.trimmed();
    q.question = query.question.trimmed();
    q.options = options;
    q.sentAt = QDateTime::currentDateTimeUtc();
    auto id = QueryRepository(m_db).insert(q);
    if (!id)
        return id.error();
    if (from != EncounterState::QueryPending) {
        if (auto r = encounters.setState(encounterId, -1, EncounterState::QueryPending); !r)
            return r.error();
        if (auto r = encounters.logTransition(encounterId, who.userId, from,
                                              EncounterState::QueryPending, q.question,
                                              QStringLiteral("query"));
            !r)
            return r.error();
    }
    if (auto r = m_audit.record(who, QStringLiteral("query.send"), QStringLiteral("encounter"),
                                encounterId, QStringLiteral("query %1").arg(id.value()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit queriesChanged();
    emit m_encounters.encountersChanged();
    return id;
}

Result<QList<DocumentationQuery>> QueryService::inbox(const Session &who, bool includeAnswered)
{
    if (auto r = who.require(Permission::AnswerQuery); !r)
        return r.error();
    if (!who.providerId)
        return Error::invalid(tr("Your account is not linked to a provider, so no queries are "
                                 "addressed to you. Ask the administrator to link it."));
    return QueryRepository(m_db).forProvider(*who.providerId, includeAnswered);
}

Result<void> QueryService::answer(const Session &who, qint64 queryId, const QString &answerText,
                                  const QString &addendum)
{
    if (auto r = who.require(Permission::AnswerQuery); !r)
        return r;
    const QString answer = answerText.trimmed();
    if (answer.isEmpty())
        return Error::invalid(tr("Write or choose an answer before sending it."));
    QueryRepository queries(m_db);
    auto found = queries.find(queryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Query %1 no longer exists.").arg(queryId));
    const DocumentationQuery &q = *found.value();
    if (!who.providerId || *who.providerId != q.providerId)
        return Error::forbidden(tr("answer a query addressed to another provider"));
    if (q.isAnswered())
        return Error::make(Error::Kind::Conflict, tr("This query was already answered."));
    if (q.form != QLatin1String("open") && !q.options.isEmpty()) {
        // A choice is one of the options offered, possibly followed by the provider's words
        // ("Other (please specify): …").
        const bool offered = std::any_of(q.options.cbegin(), q.options.cend(),
                                         [&](const QString &o) { return answer.startsWith(o); });
        if (!offered)
            return Error::invalid(tr("Choose one of the options offered."));
    }

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = queries.answer(queryId, who.userId, answer, addendum.trimmed()); !r)
        return r;
    EncounterRepository encounters(m_db);
    if (!addendum.trimmed().isEmpty()) {
        const QString stamped = tr("Addendum by %1 on %2: %3")
                                        .arg(who.fullName,
                                             QDate::currentDate().toString(Qt::ISODate),
                                             addendum.trimmed());
        if (auto r = encounters.appendAddendum(q.encounterId, stamped); !r)
            return r;
    }
    auto others = queries.forEncounter(q.encounterId);
    if (!others)
        return others.error();
    const bool stillOpen = std::any_of(others->cbegin(), others->cend(),
                                       [&](const DocumentationQuery &o) {
                                           return o.id != queryId && !o.isAnswered();
                                       });
    auto enc = encounters.detail(q.encounterId);
    if (!enc)
        return enc.error();
    if (!stillOpen && enc.value() && enc.value()->summary.state == EncounterState::QueryPending) {
        if (auto r = encounters.setState(q.encounterId, -1, EncounterState::Coding); !r)
            return r.error();
        if (auto r = encounters.logTransition(q.encounterId, who.userId,
                                              EncounterState::QueryPending, EncounterState::Coding,
                                              answer, QStringLiteral("query-answered"));
            !r)
            return r;
    }
    if (auto r = m_audit.record(who, QStringLiteral("query.answer"), QStringLiteral("encounter"),
                                q.encounterId, QStringLiteral("query %1").arg(queryId));
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    emit queriesChanged();
    emit m_encounters.encountersChanged();
    return {};
}

Result<QList<DocumentationQuery>> QueryService::queriesFor(const Session &who, qint64 encounterId)
{
    if (!who.can(Permission::ViewCoderQueue) && !who.can(Permission::AnswerQuery)
        && !who.can(Permission::ReviewHandoff))
        return Error::forbidden(roles::describe(Permission::ViewCoderQueue));
    return QueryRepository(m_db).forEncounter(encounterId);
}

Result<void> QueryService::markAnswersSeen(const Session &who, qint64 encounterId)
{
    if (auto r = who.require(Permission::CodeEncounter); !r)
        return r;
    return QueryRepository(m_db).markSeen(encounterId);
}

Result<int> QueryService::overdueDays()
{
    auto v = PracticeRepository(m_db).setting(QStringLiteral("query_overdue_days"),
                                              QStringLiteral("3"));
    if (!v)
        return v.error();
    const int days = v.value().toInt();
    return days > 0 ? days : 3;
}

} // namespace cc

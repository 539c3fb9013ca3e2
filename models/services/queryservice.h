// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QObject>

namespace cc {

class AuditService;
class Database;
class EncounterService;
class TemplateService;

/**
 * Documentation queries: a coder asks the encounter's provider a compliant question (from a
 * template, quoting the note); the encounter waits as query_pending; the provider answers in
 * the inbox, optionally adding an addendum to the note; the encounter returns to the coder's
 * queue with the answer marked. Every step is one transaction, one audit row and one
 * handoff-log row.
 */
class QueryService : public QObject
{
    Q_OBJECT
public:
    QueryService(Database &db, AuditService &audit, TemplateService &templates,
                 EncounterService &encounters, QObject *parent = nullptr)
        : QObject(parent), m_db(db), m_audit(audit), m_templates(templates),
          m_encounters(encounters)
    {
    }

    struct NewQuery
    {
        QString templateKey;
        QString question;
        QString quotedText;
        QStringList options; ///< for multiple choice; must keep "Other" and "Clinically undetermined"
    };
    /// Sends a query on an encounter the coder may still code. Returns the query id.
    Result<qint64> send(const Session &who, qint64 encounterId, const NewQuery &query);
    /// The provider's open queries (and answered ones when @p includeAnswered).
    Result<QList<DocumentationQuery>> inbox(const Session &who, bool includeAnswered = false);
    /// Answers a query; @p addendum, when not empty, is added to the encounter's note.
    Result<void> answer(const Session &who, qint64 queryId, const QString &answer,
                        const QString &addendum);
    Result<QList<DocumentationQuery>> queriesFor(const Session &who, qint64 encounterId);
    /// The coder has read the answers of this encounter.
    Result<void> markAnswersSeen(const Session &who, qint64 encounterId);
    /// Days after which an unanswered query is overdue (setting "query_overdue_days", 3).
    Result<int> overdueDays();

signals:
    void queriesChanged();

private:
    Database &m_db;
    AuditService &m_audit;
    TemplateService &m_templates;
    EncounterService &m_encounters;
};

} // namespace cc

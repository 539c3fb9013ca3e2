// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QList>

#include <optional>

namespace cc {

class AuditService;
class Database;

/**
 * Query templates and specialty checklists. The shipped ones are data files in
 * resources/templates/queries/ and resources/templates/checklists/ (one JSON file each); the
 * manager may edit them, and the edited copy (kept in the database) then applies.
 */
class TemplateService
{
public:
    enum class Kind { Query, Checklist };

    TemplateService(Database &db, AuditService &audit) : m_db(db), m_audit(audit) { }

    Result<QList<QueryTemplate>> queryTemplates();
    Result<std::optional<QueryTemplate>> queryTemplate(const QString &key);
    /// The checklist of a specialty (primary_care, orthopedics, cardiology…), if there is one.
    Result<std::optional<Checklist>> checklist(const QString &specialty);

    /// Keys of the shipped templates of @p kind.
    static QStringList shippedKeys(Kind kind);
    /// The JSON text in force for (kind, key) and whether the manager changed it.
    Result<QPair<QString, bool>> content(Kind kind, const QString &key);
    /// Checks and saves the manager's version (ManageTemplates).
    Result<void> save(const Session &who, Kind kind, const QString &key, const QString &json);
    /// Drops the manager's version so the shipped one applies again.
    Result<void> reset(const Session &who, Kind kind, const QString &key);

    /// Parses and checks a template; the error names what is wrong.
    static Result<QueryTemplate> parseQuery(const QString &json);
    static Result<Checklist> parseChecklist(const QString &json);

private:
    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

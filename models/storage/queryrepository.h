// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"
#include "domain/error.h"

#include <QList>

#include <optional>

namespace cc {

class Database;

/// Documentation queries and their answers; query templates and checklists edited by the
/// manager.
class QueryRepository
{
public:
    explicit QueryRepository(Database &db) : m_db(db) { }

    Result<qint64> insert(const DocumentationQuery &q);
    Result<std::optional<DocumentationQuery>> find(qint64 id);
    Result<QList<DocumentationQuery>> forEncounter(qint64 encounterId);
    /// A provider's queries, newest first; answered ones only when @p includeAnswered.
    Result<QList<DocumentationQuery>> forProvider(qint64 providerId, bool includeAnswered);
    Result<void> answer(qint64 id, qint64 userId, const QString &answer, const QString &addendum);
    Result<void> markSeen(qint64 encounterId);

    /// A template the manager saved, or nothing (the shipped one applies).
    Result<std::optional<QString>> templateContent(const QString &kind, const QString &key);
    Result<void> saveTemplate(const QString &kind, const QString &key, const QString &content,
                              qint64 userId);
    Result<void> removeTemplate(const QString &kind, const QString &key);

private:
    Database &m_db;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "records.h"

#include <QList>
#include <QStringList>

#include <optional>

#include <functional>

namespace cc {

class Database;

/// Rows of the audit trail and its head. AuditService computes the hashes.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) { }

    struct Head
    {
        qint64 lastId = 0;
        QString lastHash;
    };
    /// The recorded head of the chain; lastId 0 when the trail is empty.
    Result<Head> head();
    /// Inserts @p row with its own id (lastId + 1) and moves the head to it.
    Result<void> append(const AuditRow &row);
    /// Calls @p visit for every row in id order; stops early when it returns false.
    Result<void> forEach(const std::function<bool(const AuditRow &)> &visit);
    /// The newest @p limit rows, newest first.
    Result<QList<AuditRow>> recent(int limit);
    /// The id of the newest row that records a change to the practice's work, skipping rows
    /// that only record a look or a session (opening a record, an export, a login, a lock);
    /// 0 when there is none.
    Result<qint64> lastWorkId();
    /// The newest row about @p entity @p entityId whose action is one of @p actions (any
    /// action when empty); nullopt when there is none.
    Result<std::optional<AuditRow>> lastAbout(const QString &entity, qint64 entityId,
                                              const QStringList &actions = {});

private:
    Database &m_db;
};

} // namespace cc

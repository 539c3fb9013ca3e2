// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "storage/records.h"

#include <QList>

namespace cc {

class Database;

/**
 * The audit trail: who did what to which record, when. Each row's hash covers its own
 * fields and the previous row's hash, and the head table names the newest row, so editing,
 * inserting or removing any row breaks the chain where it happened.
 */
class AuditService
{
public:
    explicit AuditService(Database &db) : m_db(db) { }

    /// Appends a row in the caller's transaction (or its own when there is none).
    Result<void> record(const Session &who, const QString &action, const QString &entity = {},
                        std::optional<qint64> entityId = std::nullopt,
                        const QString &detail = {});
    /// For events without a logged-in user (a failed login, the demo being built).
    Result<void> recordSystem(const QString &username, const QString &action,
                              const QString &entity = {},
                              std::optional<qint64> entityId = std::nullopt,
                              const QString &detail = {});

    struct Verification
    {
        bool intact = true;
        qint64 rows = 0;
        qint64 firstBrokenId = 0; ///< 0 when intact
        QString reason;           ///< translated sentence when broken
    };
    /// Walks the whole chain. An error result means the trail could not be read at all.
    Result<Verification> verify();

    Result<QList<AuditRow>> recent(const Session &who, int limit);

    /// The SHA-256 (hex) of a row's fields and its prev_hash.
    static QString hashOf(const AuditRow &row);
    static QString genesisHash();

private:
    Result<void> append(std::optional<qint64> userId, const QString &username,
                        const QString &action, const QString &entity,
                        std::optional<qint64> entityId, const QString &detail);
    Database &m_db;
};

} // namespace cc

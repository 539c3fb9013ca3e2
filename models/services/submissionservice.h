// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"
#include "domain/error.h"
#include "domain/session.h"
#include "x12/claim837writer.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <optional>

namespace cc {

class AuditService;
class Database;

/**
 * Sending claims (issue 5): reserves the interchange control numbers and writes the 837P.
 * The numbers come from the practice's counters ("isa", "gs", "st"), so they never repeat,
 * even across runs and seats; a number reserved for a file that was then not sent is simply
 * skipped.
 */
class SubmissionService : public QObject
{
    Q_OBJECT
public:
    SubmissionService(Database &db, AuditService &audit, QObject *parent = nullptr);
    ~SubmissionService() override;

    /// The next ISA13, GS06 and ST02, taken in one transaction (1..999,999,999, then 1 again).
    Result<InterchangeNumbers> reserveNumbers();

    /**
     * The 837P interchange of @p batch, with fresh control numbers, dated @p now; audited as
     * "claims.export837". @p who needs Permission::ManageClaims; std::nullopt is the console
     * administrator (a headless command without --user).
     */
    Result<QByteArray> exportBatch(const std::optional<Session> &who, const ClaimBatch &batch,
                                   const QDateTime &now,
                                   const x12::Write837Options &options = {});

private:
    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

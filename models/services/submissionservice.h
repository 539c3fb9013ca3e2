// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
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
class ClaimService;
class Database;

/// Who sends the practice's claims and who receives them (settings "edi.*"). With no
/// clearinghouse set, each payer receives its own claims: one interchange per payer.
struct EdiSettings
{
    Submitter submitter;
    Receiver clearinghouse; ///< empty etin: send to each payer directly
    bool production = true; ///< ISA15 P, or T while testing with the clearinghouse
};

/**
 * Sending claims and reading what comes back (issue 5 §2, §3): reserves the interchange
 * control numbers and writes the 837P, keeps each batch and its file, and reads 999 and 277CA
 * acknowledgements onto the claims. The numbers come from the practice's counters ("isa",
 * "gs", "st"), so they never repeat, even across runs and seats; a number reserved for a file
 * that was then not sent is simply skipped.
 */
class SubmissionService : public QObject
{
    Q_OBJECT
public:
    /// @p claims is needed by submit() (database mode); exportBatch() works without it.
    SubmissionService(Database &db, AuditService &audit, ClaimService *claims = nullptr,
                      QObject *parent = nullptr);
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

    Result<EdiSettings> ediSettings();
    Result<void> setEdiSettings(const Session &who, const EdiSettings &settings);

    /**
     * Writes the ready claims @p claimIds (all ready claims when empty) as one 837P
     * interchange per receiver, keeps each batch with its file, and moves the claims to
     * submitted with their submission count raised; one transaction, audited
     * "claims.submit". Claims that are not ready are skipped with the reason.
     */
    Result<SubmissionResult> submit(const std::optional<Session> &who,
                                    const QList<qint64> &claimIds, const QDateTime &now);
    /// Batches written, newest first.
    Result<QList<BatchSummary>> batches(int limit = 0);
    /// One batch with its file as written and its claims.
    Result<BatchRecord> batch(qint64 batchId);

    /**
     * Reads a 999 or 277CA (told apart by ST01) and applies it: a 999 marks the batch's
     * transaction sets accepted or rejected (a rejected set rejects its claims with the
     * IK3/IK4 errors in words); a 277CA accepts or rejects each claim matched on its patient
     * control number, keeping the payer's claim number. A malformed file, or one already read,
     * is refused whole. One transaction, audited "claims.ack".
     */
    Result<AckImportResult> importAck(const std::optional<Session> &who, const QString &fileName,
                                      const QByteArray &data, const QDateTime &now);
    Result<QList<AcknowledgementSummary>> acknowledgements(int limit = 0);
    /// The file of an acknowledgement as received.
    Result<QByteArray> acknowledgementContent(qint64 id);

signals:
    /// A batch was written or an acknowledgement read.
    void submissionsChanged();

private:
    Database &m_db;
    AuditService &m_audit;
    ClaimService *m_claims = nullptr;
};

} // namespace cc

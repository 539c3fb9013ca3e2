// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace cc {

class Database;

/**
 * The 837P batches written, with their files and the transaction set of each claim, and the
 * 999 and 277CA acknowledgements read (issue 5).
 */
class BatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::BatchRepository)
public:
    explicit BatchRepository(Database &db);
    ~BatchRepository();

    struct NewBatch
    {
        QDateTime createdAt;
        qint64 userId = 0; ///< 0: the console administrator
        QString receiverId;
        QString receiverName;
        QString interchangeControl;
        QString groupControl;
        QString fileName;
        QByteArray content;
        int claimCount = 0;
        qint64 totalChargeCents = 0;
    };
    Result<qint64> insertBatch(const NewBatch &batch);
    Result<void> insertBatchClaim(qint64 batchId, qint64 claimId, const QString &transactionControl);
    Result<QList<BatchSummary>> batches(int limit = 0, qint64 onlyId = 0);
    Result<QByteArray> content(qint64 batchId);
    Result<QList<qint64>> claimIds(qint64 batchId);

    /// The claims of the batch whose GS06 is @p groupControl: claim id → ST02; batchId gets
    /// the batch (0 when none).
    Result<QHash<qint64, QString>> claimsOfGroup(const QString &groupControl, qint64 *batchId);
    /// sent, accepted, partial or rejected.
    Result<void> setStatus(qint64 batchId, const QString &status);

    struct NewAcknowledgement
    {
        QString kind; ///< 999 or 277CA
        QDateTime receivedAt;
        QString fileName;
        QString interchangeControl;
        QByteArray content;
        QString contentHash;
    };
    /// Whether a file with the same kind and content was read before.
    Result<bool> acknowledgementExists(const QString &kind, const QString &contentHash);
    Result<qint64> insertAcknowledgement(const NewAcknowledgement &ack);
    Result<void> setAcknowledgementOutcome(qint64 id, int accepted, int rejected,
                                           const QString &summary);
    Result<QList<AcknowledgementSummary>> acknowledgements(int limit = 0);
    Result<QByteArray> acknowledgementContent(qint64 id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

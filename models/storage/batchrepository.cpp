// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QSqlQuery>

namespace cc {

namespace {

const auto kInsertBatch = QStringLiteral(R"(
INSERT INTO batches (created_at, created_by, receiver_id, receiver_name, interchange_control,
                     group_control, file_name, content, claim_count, total_charge_cents)
VALUES (:at, :by, :receiver, :receiverName, :isa, :gs, :file, :content, :count, :total)
)");
const auto kInsertBatchClaim = QStringLiteral(
        "INSERT INTO batch_claims (batch_id, claim_id, transaction_control) VALUES (:b, :c, :st)");
// %1: WHERE clause, %2: LIMIT clause.
const auto kBatches = QStringLiteral(R"(
SELECT b.id, b.created_at, coalesce(u.full_name, ''), b.receiver_name, b.receiver_id,
       b.interchange_control, b.group_control, b.file_name, b.claim_count, b.total_charge_cents,
       b.status
FROM batches b LEFT JOIN users u ON u.id = b.created_by
%1
ORDER BY b.id DESC
%2
)");
const auto kContent = QStringLiteral("SELECT content FROM batches WHERE id = :id");
const auto kClaimIds
        = QStringLiteral("SELECT claim_id FROM batch_claims WHERE batch_id = :id ORDER BY claim_id");
const auto kGroup = QStringLiteral(R"(
SELECT b.id, bc.claim_id, bc.transaction_control
FROM batches b JOIN batch_claims bc ON bc.batch_id = b.id
WHERE b.group_control = :gs
ORDER BY b.id DESC
)");
const auto kSetStatus = QStringLiteral("UPDATE batches SET status = :status WHERE id = :id");

const auto kAckExists = QStringLiteral(
        "SELECT count(*) FROM acknowledgements WHERE kind = :kind AND content_hash = :hash");
const auto kInsertAck = QStringLiteral(R"(
INSERT INTO acknowledgements (kind, received_at, file_name, interchange_control, content,
                              content_hash)
VALUES (:kind, :at, :file, :isa, :content, :hash)
)");
const auto kAckOutcome = QStringLiteral(R"(
UPDATE acknowledgements SET accepted_count = :accepted, rejected_count = :rejected,
       summary = :summary
WHERE id = :id
)");
const auto kAcks = QStringLiteral(R"(
SELECT id, kind, received_at, file_name, interchange_control, accepted_count, rejected_count,
       summary
FROM acknowledgements ORDER BY id DESC %1
)");
const auto kAckContent = QStringLiteral("SELECT content FROM acknowledgements WHERE id = :id");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString limitClause(int limit)
{
    return limit > 0 ? QStringLiteral("LIMIT %1").arg(limit) : QString();
}

} // namespace

struct BatchRepository::Private
{
    Database &db;

    Result<QByteArray> text(const QString &sqlText, qint64 id, const QString &what)
    {
        QSqlQuery q(db.connection());
        CC_TRY(sql::prepare(q, sqlText, what));
        q.bindValue(QStringLiteral(":id"), id);
        CC_TRY(sql::exec(q, what));
        if (!q.next())
            return Error::notFound(BatchRepository::tr("That file is no longer on record."));
        return q.value(0).toString().toUtf8();
    }
};

BatchRepository::BatchRepository(Database &db) : d(new Private{db}) { }
BatchRepository::~BatchRepository() = default;

Result<qint64> BatchRepository::insertBatch(const NewBatch &b)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertBatch, QStringLiteral("store batch")));
    q.bindValue(QStringLiteral(":at"), b.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":by"), nullableId(b.userId));
    q.bindValue(QStringLiteral(":receiver"), sql::text(b.receiverId));
    q.bindValue(QStringLiteral(":receiverName"), sql::text(b.receiverName));
    q.bindValue(QStringLiteral(":isa"), b.interchangeControl);
    q.bindValue(QStringLiteral(":gs"), b.groupControl);
    q.bindValue(QStringLiteral(":file"), sql::text(b.fileName));
    q.bindValue(QStringLiteral(":content"), QString::fromLatin1(b.content));
    q.bindValue(QStringLiteral(":count"), b.claimCount);
    q.bindValue(QStringLiteral(":total"), b.totalChargeCents);
    CC_TRY(sql::exec(q, QStringLiteral("store batch")));
    return q.lastInsertId().toLongLong();
}

Result<void> BatchRepository::insertBatchClaim(qint64 batchId, qint64 claimId,
                                               const QString &transactionControl)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertBatchClaim, QStringLiteral("store batch claim")));
    q.bindValue(QStringLiteral(":b"), batchId);
    q.bindValue(QStringLiteral(":c"), claimId);
    q.bindValue(QStringLiteral(":st"), transactionControl);
    return sql::exec(q, QStringLiteral("store batch claim"));
}

Result<QList<BatchSummary>> BatchRepository::batches(int limit, qint64 onlyId)
{
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q,
                        kBatches.arg(onlyId > 0 ? QStringLiteral("WHERE b.id = :id") : QString(),
                                     limitClause(limit)),
                        QStringLiteral("batches")));
    if (onlyId > 0)
        q.bindValue(QStringLiteral(":id"), onlyId);
    CC_TRY(sql::exec(q, QStringLiteral("batches")));
    QList<BatchSummary> out;
    while (q.next()) {
        BatchSummary b;
        b.id = q.value(0).toLongLong();
        b.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        b.createdBy = q.value(2).toString();
        if (b.createdBy.isEmpty())
            b.createdBy = tr("console");
        b.receiverName = q.value(3).toString();
        b.receiverId = q.value(4).toString();
        b.interchangeControl = q.value(5).toString();
        b.groupControl = q.value(6).toString();
        b.fileName = q.value(7).toString();
        b.claimCount = q.value(8).toInt();
        b.totalChargeCents = q.value(9).toLongLong();
        b.status = q.value(10).toString();
        out.append(b);
    }
    return out;
}

Result<QByteArray> BatchRepository::content(qint64 batchId)
{
    return d->text(kContent, batchId, QStringLiteral("batch file"));
}

Result<QList<qint64>> BatchRepository::claimIds(qint64 batchId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kClaimIds, QStringLiteral("batch claims")));
    q.bindValue(QStringLiteral(":id"), batchId);
    CC_TRY(sql::exec(q, QStringLiteral("batch claims")));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QHash<qint64, QString>> BatchRepository::claimsOfGroup(const QString &groupControl,
                                                              qint64 *batchId)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kGroup, QStringLiteral("batch of acknowledgement")));
    q.bindValue(QStringLiteral(":gs"), groupControl);
    CC_TRY(sql::exec(q, QStringLiteral("batch of acknowledgement")));
    QHash<qint64, QString> out;
    qint64 batch = 0;
    while (q.next()) {
        // GS06 comes from a counter and never repeats; should it ever, the newest batch wins.
        if (batch == 0)
            batch = q.value(0).toLongLong();
        if (q.value(0).toLongLong() != batch)
            break;
        out.insert(q.value(1).toLongLong(), q.value(2).toString());
    }
    if (batchId)
        *batchId = batch;
    return out;
}

Result<void> BatchRepository::setStatus(qint64 batchId, const QString &status)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSetStatus, QStringLiteral("batch status")));
    q.bindValue(QStringLiteral(":status"), status);
    q.bindValue(QStringLiteral(":id"), batchId);
    return sql::exec(q, QStringLiteral("batch status"));
}

Result<bool> BatchRepository::acknowledgementExists(const QString &kind, const QString &hash)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kAckExists, QStringLiteral("acknowledgement")));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":hash"), hash);
    CC_TRY(sql::exec(q, QStringLiteral("acknowledgement")));
    return q.next() && q.value(0).toInt() > 0;
}

Result<qint64> BatchRepository::insertAcknowledgement(const NewAcknowledgement &a)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertAck, QStringLiteral("store acknowledgement")));
    q.bindValue(QStringLiteral(":kind"), a.kind);
    q.bindValue(QStringLiteral(":at"), a.receivedAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":file"), sql::text(a.fileName));
    q.bindValue(QStringLiteral(":isa"), sql::text(a.interchangeControl));
    q.bindValue(QStringLiteral(":content"), QString::fromLatin1(a.content));
    q.bindValue(QStringLiteral(":hash"), a.contentHash);
    CC_TRY(sql::exec(q, QStringLiteral("store acknowledgement")));
    return q.lastInsertId().toLongLong();
}

Result<void> BatchRepository::setAcknowledgementOutcome(qint64 id, int accepted, int rejected,
                                                        const QString &summary)
{
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kAckOutcome, QStringLiteral("acknowledgement outcome")));
    q.bindValue(QStringLiteral(":accepted"), accepted);
    q.bindValue(QStringLiteral(":rejected"), rejected);
    q.bindValue(QStringLiteral(":summary"), sql::text(summary));
    q.bindValue(QStringLiteral(":id"), id);
    return sql::exec(q, QStringLiteral("acknowledgement outcome"));
}

Result<QList<AcknowledgementSummary>> BatchRepository::acknowledgements(int limit)
{
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kAcks.arg(limitClause(limit)), QStringLiteral("acknowledgements")));
    CC_TRY(sql::exec(q, QStringLiteral("acknowledgements")));
    QList<AcknowledgementSummary> out;
    while (q.next()) {
        AcknowledgementSummary a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.receivedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        a.fileName = q.value(3).toString();
        a.interchangeControl = q.value(4).toString();
        a.accepted = q.value(5).toInt();
        a.rejected = q.value(6).toInt();
        a.summary = q.value(7).toString();
        out.append(a);
    }
    return out;
}

Result<QByteArray> BatchRepository::acknowledgementContent(qint64 id)
{
    return d->text(kAckContent, id, QStringLiteral("acknowledgement file"));
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerrepository.h"
#include "database.h"
#include "rowstatement_p.h"
#include "sqlerror_p.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cc {

namespace {

const auto kAppend = QStringLiteral(R"(
INSERT INTO postings (claim_id, claim_line_id, patient_id, remittance_id, remittance_claim_id,
                      kind, group_code, reason_code, amount_cents, allowed_cents, posted_at,
                      user_id, reverses_id, memo)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
)");
// appendMany: the same columns, kRowsPerInsert rows per statement (binds :p0, :p1, …).
const auto kAppendManyHead = QStringLiteral(R"(
INSERT INTO postings (claim_id, claim_line_id, patient_id, remittance_id, remittance_claim_id,
                      kind, group_code, reason_code, amount_cents, allowed_cents, posted_at,
                      user_id, reverses_id, memo)
VALUES )");
constexpr int kAppendColumns = 14;
/// Rows per multi-row INSERT: 896 binds, under SQLite's old limit of 999.
constexpr qsizetype kRowsPerInsert = 64;

const auto kRowColumns = QStringLiteral(R"(
SELECT p.id, coalesce(p.claim_id, 0), coalesce(p.claim_line_id, 0), p.patient_id,
       coalesce(p.remittance_id, 0), coalesce(p.remittance_claim_id, 0), p.kind, p.group_code,
       p.reason_code, p.amount_cents, p.allowed_cents, p.posted_at, coalesce(p.user_id, 0),
       coalesce(p.reverses_id, 0), p.memo,
       EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
FROM postings p
)");
const auto kBalanceColumns = QStringLiteral(R"(
SELECT claim_id, charge_cents, paid_cents, adjusted_cents, patient_charged_cents,
       patient_paid_cents, written_off_cents, insurance_balance_cents, patient_balance_cents
FROM claim_balances
)");

/// Binds @p e as the row starting at position @p base (kAppendColumns values).
void bindEntry(sql::RowStatement &q, int base, const LedgerEntry &e, const QString &at)
{
    q.bindId(base + 0, e.claimId);
    q.bindId(base + 1, e.claimLineId);
    q.bind(base + 2, e.patientId);
    q.bindId(base + 3, e.remittanceId);
    q.bindId(base + 4, e.remittanceClaimId);
    q.bindText(base + 5, e.kind);
    q.bindText(base + 6, e.groupCode);
    q.bindText(base + 7, e.reasonCode);
    q.bind(base + 8, e.amountCents);
    if (e.allowedCents)
        q.bind(base + 9, *e.allowedCents);
    else
        q.bindNull(base + 9);
    q.bindText(base + 10, at);
    q.bindId(base + 11, e.userId);
    q.bindId(base + 12, e.reversesId);
    q.bindText(base + 13, e.memo);
}

LedgerRow readRow(const QSqlQuery &q)
{
    LedgerRow r;
    r.id = q.value(0).toLongLong();
    r.entry.claimId = q.value(1).toLongLong();
    r.entry.claimLineId = q.value(2).toLongLong();
    r.entry.patientId = q.value(3).toLongLong();
    r.entry.remittanceId = q.value(4).toLongLong();
    r.entry.remittanceClaimId = q.value(5).toLongLong();
    r.entry.kind = q.value(6).toString();
    r.entry.groupCode = q.value(7).toString();
    r.entry.reasonCode = q.value(8).toString();
    r.entry.amountCents = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        r.entry.allowedCents = q.value(10).toLongLong();
    r.postedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    r.entry.userId = q.value(12).toLongLong();
    r.entry.reversesId = q.value(13).toLongLong();
    r.entry.memo = q.value(14).toString();
    r.reversed = q.value(15).toBool();
    return r;
}

ClaimBalance readBalance(const QSqlQuery &q)
{
    ClaimBalance b;
    b.claimId = q.value(0).toLongLong();
    b.chargeCents = q.value(1).toLongLong();
    b.paidCents = q.value(2).toLongLong();
    b.adjustedCents = q.value(3).toLongLong();
    b.patientChargedCents = q.value(4).toLongLong();
    b.patientPaidCents = q.value(5).toLongLong();
    b.writtenOffCents = q.value(6).toLongLong();
    b.insuranceBalanceCents = q.value(7).toLongLong();
    b.patientBalanceCents = q.value(8).toLongLong();
    return b;
}

} // namespace

struct LedgerRepository::Private
{
    explicit Private(Database &database) : db(database), cache(database, true) { }
    Database &db;
    sql::StatementCache cache;
};

LedgerRepository::LedgerRepository(Database &db) : d(new Private(db)) { }
LedgerRepository::~LedgerRepository() = default;

Result<qint64> LedgerRepository::append(const LedgerEntry &e, const QDateTime &at)
{
    const QString what = QStringLiteral("append to ledger");
    auto q = d->cache.row(kAppend, what);
    if (!q)
        return q.error();
    sql::RowStatement &query = *q.value();
    bindEntry(query, 0, e, at.toUTC().toString(Qt::ISODateWithMs));
    CC_TRY(query.exec());
    return query.lastInsertId();
}

Result<void> LedgerRepository::appendMany(const QList<LedgerEntry> &entries, const QDateTime &at)
{
    const QString what = QStringLiteral("append rows to ledger");
    const QString stamp = at.toUTC().toString(Qt::ISODateWithMs);
    // kRowsPerInsert rows per statement and the rest in one shorter statement (kept too, one
    // per size), so a call of up to kRowsPerInsert rows is stored whole or not at all.
    qsizetype n = 0;
    for (qsizetype start = 0; start < entries.size(); start += n) {
        n = std::min<qsizetype>(kRowsPerInsert, entries.size() - start);
        auto q = d->cache.rows(kAppendManyHead, kAppendColumns, n, what);
        if (!q)
            return q.error();
        sql::RowStatement &query = *q.value();
        for (qsizetype i = 0; i < n; ++i)
            bindEntry(query, int(i) * kAppendColumns, entries.at(start + i), stamp);
        CC_TRY(query.exec());
    }
    return {};
}

Result<qint64> LedgerRepository::reverse(qint64 id, qint64 userId, qint64 remittanceId,
                                         qint64 remittanceClaimId, const QString &memo,
                                         const QDateTime &at)
{
    const QString what = QStringLiteral("ledger row to reverse");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kRowColumns + QStringLiteral("WHERE p.id = :id"), what));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return Error::notFound(tr("Ledger entry %1 is not on record.").arg(id));
    const LedgerRow row = readRow(q);
    if (row.reversed)
        return Error::make(Error::Kind::Conflict, tr("Ledger entry %1 has already been reversed.").arg(id));
    if (row.entry.reversesId > 0)
        return Error::invalid(tr("Ledger entry %1 is itself a reversal.").arg(id));
    LedgerEntry e = row.entry;
    e.amountCents = -e.amountCents;
    e.reversesId = id;
    e.userId = userId;
    e.remittanceId = remittanceId;
    e.remittanceClaimId = remittanceClaimId;
    e.memo = memo;
    return append(e, at);
}

Result<QList<LedgerRow>> LedgerRepository::rows(qint64 claimId)
{
    const QString what = QStringLiteral("ledger rows of claim");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kRowColumns + QStringLiteral("WHERE p.claim_id = :id ORDER BY p.id"),
                        what));
    q.bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(q, what));
    QList<LedgerRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<ClaimBalance> LedgerRepository::balance(qint64 claimId)
{
    auto all = balances({claimId});
    if (!all)
        return all.error();
    ClaimBalance b = all.value().value(claimId);
    b.claimId = claimId;
    return b;
}

Result<QHash<qint64, ClaimBalance>> LedgerRepository::balances(const QList<qint64> &claimIds)
{
    const QString what = QStringLiteral("claim balances");
    QHash<qint64, ClaimBalance> out;
    if (claimIds.size() == 1) {
        auto q = d->cache.get(kBalanceColumns + QStringLiteral("WHERE claim_id = :id"), what);
        if (!q)
            return q.error();
        q.value()->bindValue(QStringLiteral(":id"), claimIds.first());
        CC_TRY(sql::exec(*q.value(), what));
        while (q.value()->next()) {
            const ClaimBalance b = readBalance(*q.value());
            out.insert(b.claimId, b);
        }
        q.value()->finish();
        return out;
    }
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kBalanceColumns, what));
    CC_TRY(sql::exec(q, what));
    const QSet<qint64> wanted(claimIds.cbegin(), claimIds.cend());
    while (q.next()) {
        const ClaimBalance b = readBalance(q);
        if (wanted.isEmpty() || wanted.contains(b.claimId))
            out.insert(b.claimId, b);
    }
    return out;
}

} // namespace cc

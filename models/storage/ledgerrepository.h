// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cc {

class Database;

/// The kinds of ledger rows (migration 0006 says how each moves the insurance and patient
/// balances).
namespace ledgerkind {
inline constexpr auto kCharge = "charge";
inline constexpr auto kPayment = "payment";
inline constexpr auto kAdjustment = "adjustment";
inline constexpr auto kPatientResponsibility = "patient_responsibility";
inline constexpr auto kPatientPayment = "patient_payment";
inline constexpr auto kWriteOff = "write_off";
inline constexpr auto kTransfer = "transfer";
} // namespace ledgerkind

/// One row to append to the ledger. Ids of 0 are stored as NULL.
struct LedgerEntry
{
    qint64 claimId = 0;
    qint64 claimLineId = 0;
    qint64 patientId = 0;
    qint64 remittanceId = 0;
    qint64 remittanceClaimId = 0;
    QString kind;        ///< one of ledgerkind
    QString groupCode;   ///< CAS group (CO, PR, OA, PI) or empty
    QString reasonCode;  ///< CARC or empty
    qint64 amountCents = 0;
    std::optional<qint64> allowedCents;
    qint64 userId = 0;   ///< 0: the console administrator
    qint64 reversesId = 0;
    QString memo;
};

/// A ledger row as stored.
struct LedgerRow
{
    qint64 id = 0;
    LedgerEntry entry;
    QDateTime postedAt;
    bool reversed = false; ///< a later row reverses this one
};

/// The balances of one claim, derived from its ledger rows (view claim_balances).
struct ClaimBalance
{
    qint64 claimId = 0;
    qint64 chargeCents = 0;
    qint64 paidCents = 0;
    qint64 adjustedCents = 0;
    qint64 patientChargedCents = 0;
    qint64 patientPaidCents = 0;
    qint64 writtenOffCents = 0;
    qint64 insuranceBalanceCents = 0;
    qint64 patientBalanceCents = 0;
};

/**
 * The append-only ledger (`postings`): rows are added, never changed or deleted; a correction
 * is a reversing row. Callers run inside their own transaction.
 */
class LedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::LedgerRepository)
public:
    explicit LedgerRepository(Database &db);
    ~LedgerRepository();

    /// Appends @p entry at @p at; returns its id.
    Result<qint64> append(const LedgerEntry &entry, const QDateTime &at);
    /**
     * Appends @p entries at @p at, in order, several rows per statement (bulk posting: an
     * ERA of 30,000 claims). The rows are stored exactly as append() would store them, one
     * after the other; their ids are not returned (read them back, or use append(), when a
     * caller needs one).
     */
    Result<void> appendMany(const QList<LedgerEntry> &entries, const QDateTime &at);
    /**
     * Appends the reversal of row @p id: the same claim, line, kind, group and reason with
     * the opposite amount, `reverses_id` set. Refused when the row is already reversed.
     */
    Result<qint64> reverse(qint64 id, qint64 userId, qint64 remittanceId,
                           qint64 remittanceClaimId, const QString &memo, const QDateTime &at);
    /// The rows of @p claimId in order.
    Result<QList<LedgerRow>> rows(qint64 claimId);
    /// The balances of @p claimId (zeros when it has no rows).
    Result<ClaimBalance> balance(qint64 claimId);
    /// The balances of several claims (all claims with rows when @p claimIds is empty).
    Result<QHash<qint64, ClaimBalance>> balances(const QList<qint64> &claimIds = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

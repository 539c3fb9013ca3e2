// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "records.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace cc {

class Database;

/**
 * The practice and its reference data: providers, payers, patients, coverages, prior
 * authorizations, the fee schedule and practice settings. Prepared statements are kept for
 * the life of the repository, so bulk inserts (the demo) do not re-prepare.
 */
class PracticeRepository
{
public:
    explicit PracticeRepository(Database &db);
    ~PracticeRepository();

    Result<std::optional<PracticeRecord>> practice();
    Result<qint64> insertPractice(const PracticeRecord &p);

    Result<qint64> insertProvider(const ProviderRecord &p);
    Result<QList<ProviderRecord>> providers();
    Result<qint64> insertPayer(const PayerRecord &p);
    Result<QList<PayerRecord>> payers();
    Result<qint64> insertPatient(const PatientRecord &p);
    Result<qint64> insertCoverage(const CoverageRecord &c);
    Result<qint64> insertAuthorization(const AuthorizationRecord &a);
    /// @p payerId 0 is the practice's default charge.
    Result<void> insertFee(qint64 payerId, const QString &code, qint64 chargeCents,
                           const QDate &effectiveFrom);

    /// The charge for @p code on @p date: the payer's own fee when it has one, else the
    /// practice's default; nothing when the code has no fee.
    Result<std::optional<qint64>> fee(const QString &code, qint64 payerId, const QDate &date);
    struct FeeRow
    {
        qint64 id = 0;
        qint64 payerId = 0; ///< 0: practice default
        QString payerName;
        QString code;
        qint64 chargeCents = 0;
        QDate effectiveFrom;
    };
    Result<QList<FeeRow>> fees();
    /// The fee row fee() reads: which schedule the charge comes from.
    Result<std::optional<FeeRow>> feeRow(const QString &code, qint64 payerId, const QDate &date);
    /// Sets the fee of (payer, code) from @p effectiveFrom on (replacing one of the same date).
    Result<void> upsertFee(qint64 payerId, const QString &code, qint64 chargeCents,
                           const QDate &effectiveFrom);
    Result<void> removeFee(qint64 id);

    Result<QString> setting(const QString &key, const QString &fallback = {});
    Result<void> setSetting(const QString &key, const QString &value);
    Result<QString> preference(qint64 userId, const QString &key, const QString &fallback = {});
    Result<void> setPreference(qint64 userId, const QString &key, const QString &value);

    /// Number of rows in @p table (one of the practice's tables; the name is checked).
    Result<qint64> rowCount(const QString &table);
    /// SHA-256 over every row of the practice's main tables, in id order: two databases with
    /// the same digest hold the same practice (used to prove the demo is deterministic).
    Result<QByteArray> contentDigest();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

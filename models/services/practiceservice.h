// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "storage/practicerepository.h"
#include "storage/records.h"

#include <QList>

#include <optional>

namespace cc {

class AuditService;
class AuthService;
class Database;

/// The practice, its settings, and each user's remembered preferences.
class PracticeService
{
public:
    PracticeService(Database &db, AuditService &audit, AuthService &auth)
        : m_db(db), m_audit(audit), m_auth(auth)
    {
    }

    Result<std::optional<PracticeRecord>> practice();
    /// True when the database holds no practice yet (first start).
    Result<bool> isEmpty();

    struct EmptyPractice
    {
        QString name;
        QString npi;
        QString taxId;
        QString adminUsername;
        QString adminFullName;
        QString adminPassword;
    };
    /// Creates a practice with its first administrator, in one transaction.
    Result<void> createEmptyPractice(const EmptyPractice &p);

    /// Minutes of inactivity before the screen locks (setting "idle_lock_minutes", default 10).
    Result<int> idleLockMinutes();
    Result<void> setIdleLockMinutes(const Session &who, int minutes);

    /// Days after which an unanswered documentation query is overdue ("query_overdue_days", 3).
    Result<int> queryOverdueDays();
    Result<void> setQueryOverdueDays(const Session &who, int days);

    Result<QList<ProviderRecord>> providers();
    Result<QList<PayerRecord>> payers();

    /// The fee schedule: every (payer or practice default, code, charge, effective date) row.
    Result<QList<PracticeRepository::FeeRow>> fees();
    /// Sets a fee from @p effectiveFrom on; @p payerId 0 is the practice default. Needs
    /// ManageFeeSchedule; refuses an unknown code format, a negative charge or a missing date.
    Result<void> setFee(const Session &who, qint64 payerId, const QString &code,
                        qint64 chargeCents, const QDate &effectiveFrom);
    Result<void> removeFee(const Session &who, qint64 feeId);

    Result<QString> preference(const Session &who, const QString &key,
                               const QString &fallback = {});
    Result<void> setPreference(const Session &who, const QString &key, const QString &value);

private:
    Database &m_db;
    AuditService &m_audit;
    AuthService &m_auth;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceservice.h"
#include "auditservice.h"
#include "authservice.h"
#include "codesetservice.h"
#include "domain/npi.h"
#include "storage/database.h"
#include "storage/practicerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::PracticeService)
};
const auto kIdleKey = QStringLiteral("idle_lock_minutes");
const auto kOverdueKey = QStringLiteral("query_overdue_days");
} // namespace

Result<std::optional<PracticeRecord>> PracticeService::practice()
{
    return PracticeRepository(m_db).practice();
}

Result<bool> PracticeService::isEmpty()
{
    auto p = practice();
    if (!p)
        return p.error();
    return !p.value().has_value();
}

Result<void> PracticeService::createEmptyPractice(const EmptyPractice &p)
{
    if (p.name.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Enter the practice's name."));
    if (!npi::isValid(p.npi))
        return Error::invalid(Tr::tr("The practice NPI %1 is not valid: an NPI has ten digits "
                                     "and ends with a check digit.")
                                      .arg(p.npi));
    if (p.taxId.size() != 9 || p.taxId.toLongLong() <= 0)
        return Error::invalid(Tr::tr("The tax id (EIN) has nine digits, without a dash."));
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error::invalid(Tr::tr("This database already holds a practice."));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    PracticeRepository repo(m_db);
    PracticeRecord rec;
    rec.name = p.name.trimmed();
    rec.npi = p.npi;
    rec.taxId = p.taxId;
    if (auto r = repo.insertPractice(rec); !r)
        return r.error();
    AuthService::NewUser admin{p.adminUsername, p.adminFullName, Role::Admin, p.adminPassword, {}};
    auto id = m_auth.createInitialUser(admin);
    if (!id)
        return id.error();
    if (auto r = CodeSetService(m_db, m_audit).installStarterSet(); !r)
        return r.error();
    if (auto r = m_audit.recordSystem(p.adminUsername, QStringLiteral("practice.create"),
                                      QStringLiteral("practice"), std::nullopt, rec.name);
        !r)
        return r.error();
    return tx.commit();
}

Result<int> PracticeService::idleLockMinutes()
{
    auto v = PracticeRepository(m_db).setting(kIdleKey, QStringLiteral("10"));
    if (!v)
        return v.error();
    bool ok = false;
    const int minutes = v.value().toInt(&ok);
    return ok && minutes > 0 ? minutes : 10;
}

Result<void> PracticeService::setIdleLockMinutes(const Session &who, int minutes)
{
    if (auto r = who.require(Permission::ManageSettings); !r)
        return r;
    if (minutes < 1 || minutes > 240)
        return Error::invalid(Tr::tr("The screen lock takes between 1 and 240 minutes."));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = PracticeRepository(m_db).setSetting(kIdleKey, QString::number(minutes)); !r)
        return r;
    if (auto r = m_audit.record(who, QStringLiteral("settings.change"), QStringLiteral("settings"),
                                std::nullopt, QStringLiteral("%1=%2").arg(kIdleKey).arg(minutes));
        !r)
        return r;
    return tx.commit();
}

Result<int> PracticeService::queryOverdueDays()
{
    auto v = PracticeRepository(m_db).setting(kOverdueKey, QStringLiteral("3"));
    if (!v)
        return v.error();
    const int days = v.value().toInt();
    return days > 0 ? days : 3;
}

Result<void> PracticeService::setQueryOverdueDays(const Session &who, int days)
{
    if (auto r = who.require(Permission::ManageSettings); !r)
        return r;
    if (days < 1 || days > 60)
        return Error::invalid(Tr::tr("A query becomes overdue after 1 to 60 days."));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = PracticeRepository(m_db).setSetting(kOverdueKey, QString::number(days)); !r)
        return r;
    if (auto r = m_audit.record(who, QStringLiteral("settings.change"), QStringLiteral("settings"),
                                std::nullopt, QStringLiteral("%1=%2").arg(kOverdueKey).arg(days));
        !r)
        return r;
    return tx.commit();
}

Result<QList<ProviderRecord>> PracticeService::providers()
{
    return PracticeRepository(m_db).providers();
}

Result<QList<PayerRecord>> PracticeService::payers()
{
    return PracticeRepository(m_db).payers();
}

Result<QList<PracticeRepository::FeeRow>> PracticeService::fees()
{
    return PracticeRepository(m_db).fees();
}

Result<void> PracticeService::setFee(const Session &who, qint64 payerId, const QString &rawCode,
                                     qint64 chargeCents, const QDate &effectiveFrom)
{
    if (auto r = who.require(Permission::ManageFeeSchedule); !r)
        return r;
    const QString code = rawCode.trimmed().toUpper();
    static const QRegularExpression format(QStringLiteral("^[A-Z0-9]{5}$"));
    if (!format.match(code).hasMatch())
        return Error::invalid(Tr::tr("A CPT or HCPCS code has five letters or digits, such as "
                                     "99213 or G0439."));
    if (chargeCents < 0)
        return Error::invalid(Tr::tr("A charge cannot be negative."));
    if (!effectiveFrom.isValid())
        return Error::invalid(Tr::tr("Give the date from which the fee applies."));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = PracticeRepository(m_db).upsertFee(payerId, code, chargeCents, effectiveFrom); !r)
        return r;
    if (auto r = m_audit.record(who, QStringLiteral("fee.set"), QStringLiteral("fee_schedule"),
                                std::nullopt,
                                QStringLiteral("payer=%1 code=%2 cents=%3 from=%4")
                                        .arg(payerId)
                                        .arg(code)
                                        .arg(chargeCents)
                                        .arg(effectiveFrom.toString(Qt::ISODate)));
        !r)
        return r;
    return tx.commit();
}

Result<void> PracticeService::removeFee(const Session &who, qint64 feeId)
{
    if (auto r = who.require(Permission::ManageFeeSchedule); !r)
        return r;
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = PracticeRepository(m_db).removeFee(feeId); !r)
        return r;
    if (auto r = m_audit.record(who, QStringLiteral("fee.remove"), QStringLiteral("fee_schedule"),
                                feeId);
        !r)
        return r;
    return tx.commit();
}

Result<QString> PracticeService::preference(const Session &who, const QString &key,
                                            const QString &fallback)
{
    return PracticeRepository(m_db).preference(who.userId, key, fallback);
}

Result<void> PracticeService::setPreference(const Session &who, const QString &key,
                                            const QString &value)
{
    return PracticeRepository(m_db).setPreference(who.userId, key, value);
}

} // namespace cc

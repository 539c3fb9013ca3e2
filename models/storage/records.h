// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace cc {

/// Rows the repositories read and write, as plain values. Money is in cents.

struct PracticeRecord
{
    qint64 id = 0;
    QString name;
    QString npi;
    QString taxId;
    QString taxonomy;
    QString addressLine1;
    QString city;
    QString state;
    QString zip;
    QString phone;
    bool isDemo = false;
};

struct ProviderRecord
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString credential;
    QString npi;
    QString taxonomy;
    QString specialty; ///< primary_care, orthopedics, cardiology…
    QString displayName() const
    {
        return credential.isEmpty() ? QStringLiteral("%1, %2").arg(lastName, firstName)
                                    : QStringLiteral("%1, %2 %3").arg(lastName, firstName, credential);
    }
};

struct PayerRecord
{
    qint64 id = 0;
    QString name;
    QString payerId;
    QString kind; ///< medicare, medicaid, commercial, self_pay, other
    QString filingIndicator;
    int timelyFilingDays = 365;
    int expectedPaymentDays = 30;
    QString addressLine1;
    QString city;
    QString state;
    QString zip;
};

struct PatientRecord
{
    qint64 id = 0;
    QString mrn;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString sex; ///< M, F, U
    QString addressLine1;
    QString city;
    QString state;
    QString zip;
    QString phone;
};

struct CoverageRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 payerId = 0;
    int priority = 1;
    QString memberId;
    QString groupNumber;
    QString relationship; ///< self, spouse, child, other
    QString subscriberLastName;
    QString subscriberFirstName;
    QDate subscriberBirthDate;
    QString subscriberSex;
    QString subscriberAddressLine1;
    QString subscriberCity;
    QString subscriberState;
    QString subscriberZip;
    QDate effectiveFrom;
    std::optional<QDate> effectiveTo;
};

struct AuthorizationRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 payerId = 0;
    QString authNumber;
    QStringList codes;
    QDate validFrom;
    QDate validTo;
    std::optional<int> visitsAllowed;
};

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString role;
    QString passwordHash;
    std::optional<qint64> providerId;
    bool active = true;
};

struct AuditRow
{
    qint64 id = 0;
    QString at;
    std::optional<qint64> userId;
    QString username;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    QString detail;
    QString prevHash;
    QString hash;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edits/finding.h"
#include "encounter.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

/// A finding as stored for an encounter or claim, with its override when a biller or manager
/// accepted it with a reason.
struct StoredFinding
{
    qint64 id = 0;
    Finding finding;
    QString overriddenBy;   ///< the user's name; empty when not overridden
    QString overrideReason;
    qint64 overriddenById = 0;

    bool isOverridden() const { return !overriddenBy.isEmpty(); }
    /// An error nobody has overridden: it blocks the claim.
    bool blocks() const { return finding.isError() && !isOverridden(); }
};

/// One encounter waiting in the biller's Handoff view.
struct HandoffItem
{
    EncounterSummary summary;
    int version = 0;
    QString coderName;
    QString note;           ///< the coder's hand-off note
    QDateTime handedOffAt;  ///< UTC
    int errorCount = 0;     ///< error findings not overridden
    int warningCount = 0;
    qint64 totalChargeCents = 0;
};

/// Why a biller returns work to the coder: a pick-list, with free text beside it.
namespace returnreasons {
QStringList keys();
QString displayName(const QString &key);
} // namespace returnreasons

/// What a claim needs from the practice's records besides the coding: the billing and
/// rendering providers and the primary coverage in force on the date of service.
struct ClaimContext
{
    QString billingNpi;
    qint64 renderingProviderId = 0;
    QString renderingNpi;
    qint64 coverageId = 0;  ///< 0 when the patient has no coverage (self-pay)
    qint64 payerId = 0;
    QString payerName;
    QString payerKind;      ///< medicare, medicaid, commercial, self_pay, other
    QString memberId;
    int timelyFilingDays = 365;
};

} // namespace cc

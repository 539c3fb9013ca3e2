// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edits/finding.h"
#include "roles.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

/**
 * One row of the handoff log (DESIGN.md §2): who moved which encounter from which state to
 * which, when, with the note, the return reason and the findings at that moment, plus the
 * patient and date of service the office manager needs to recognise the encounter.
 */
struct HandoffLogEntry
{
    qint64 id = 0;
    qint64 encounterId = 0;
    QDateTime at; ///< UTC
    qint64 userId = 0; ///< 0 when the row names no user
    QString userName; ///< the user's full name (else the user name); empty with no user
    QString fromState; ///< encounter state key, e.g. "handed_off"
    QString toState; ///< encounter state key, e.g. "returned"
    QString note;
    QString reasonCode; ///< the biller's return reason key, e.g. "missing-documentation"
    QList<Finding> findings; ///< the findings when the transition happened
    QString patientName; ///< "Last, First"
    QString mrn;
    QDate dateOfService;

    bool hasRule(const QString &rule) const
    {
        for (const Finding &f : findings) {
            if (f.rule == rule)
                return true;
        }
        return false;
    }
};

/**
 * What the office manager narrows the log to. Dates are days of the workstation's local
 * calendar, both inclusive; an invalid date leaves that end open. The summary honours the
 * dates and the user only (see HandoffLogService::summary).
 */
struct HandoffLogFilter
{
    QDate from;
    QDate to;
    qint64 userId = 0; ///< who made the transition; 0 for anyone
    QStringList toStates; ///< the outcome: encounter state keys; empty for any
    QString rule; ///< a rule id of DESIGN.md §5 among the row's findings; empty for any

    bool operator==(const HandoffLogFilter &) const = default;
};

/// A user as the handoff log's user filter lists them.
struct HandoffUser
{
    qint64 id = 0;
    QString name; ///< full name, else the user name
    QString username;
    Role role = Role::Coder;
    bool active = true;
};

/**
 * The measures of the handoff loop over a date range: returns per coder beside what that
 * coder handed off (so a rate can be read), the rules most often behind returns, and the
 * median time from first coded to accepted.
 */
struct HandoffSummary
{
    struct CoderReturns
    {
        qint64 coderId = 0; ///< 0 when the coder is not known
        QString coderName;
        int returns = 0;
        int handedOff = 0;

        /// Returns per handed-off encounter; empty when nothing was handed off in the range.
        std::optional<double> rate() const
        {
            if (handedOff <= 0)
                return std::nullopt;
            return double(returns) / double(handedOff);
        }
    };
    struct RuleCount
    {
        QString rule;
        int returns = 0; ///< returns whose findings name the rule (once per return)
    };

    QList<CoderReturns> byCoder; ///< most returns first, then by name
    QList<RuleCount> rules; ///< most returns first, then by rule id
    int handedOff = 0; ///< transitions into handed_off in the range
    int returns = 0; ///< transitions into returned in the range
    int accepted = 0; ///< encounters accepted in the range
    int measured = 0; ///< of those, the ones with a coded step: the median's sample
    std::optional<qint64> medianCodedToAcceptedSecs;
};

namespace handofflog {
/// The scrubber's rule ids, fixed by DESIGN.md §5, in its order.
inline QStringList ruleIds()
{
    return {QStringLiteral("code-invalid"), QStringLiteral("code-not-billable"),
        QStringLiteral("dx-not-supporting"), QStringLiteral("ncci-ptp"),
        QStringLiteral("mue-units"), QStringLiteral("age-conflict"), QStringLiteral("sex-conflict"),
        QStringLiteral("manifestation-first"), QStringLiteral("modifier-25-missing"),
        QStringLiteral("modifier-invalid"), QStringLiteral("pointer-invalid"),
        QStringLiteral("too-many-diagnoses"), QStringLiteral("npi-invalid"),
        QStringLiteral("missing-data"), QStringLiteral("auth-missing"),
        QStringLiteral("timely-filing"), QStringLiteral("future-dos"),
        QStringLiteral("duplicate-claim"), QStringLiteral("unspecified-code"),
        QStringLiteral("payer-rule")};
}
} // namespace handofflog

} // namespace cc

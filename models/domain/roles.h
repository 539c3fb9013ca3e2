// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QList>

#include <optional>

namespace cc {

enum class Role { Coder, Biller, Manager, Provider, Admin };

/// Actions a service checks before it acts. The GUI hides what a role cannot do, but the
/// services are the gate: every call names its permission.
enum class Permission {
    ViewCoderQueue,
    CodeEncounter,
    SendQuery,
    AnswerQuery,
    ReviewHandoff,
    OverrideFinding,
    ManageClaims,
    PostPayments,
    WriteOff,
    ViewDashboard,
    ViewHandoffLog,
    ViewAuditTrail,
    ManageUsers,
    ManageCodeSets,
    ManageFeeSchedule,
    ManageTemplates,
    ManageSettings,
    ManagePayerRules,
    DrawCodingAudit, ///< draw a coding-audit sample and read its results (issue 7 §4)
    RecodeAudit,     ///< recode a sampled encounter blind (never one's own coding)
    BackUpPractice,  ///< copy the whole practice to a backup file (issue 8 §5)
};

namespace roles {

/// "coder", "biller", … as stored in the database.
QString toKey(Role role);
std::optional<Role> fromKey(const QString &key);
/// Translated name for the screen ("Coder", "Codificador").
QString displayName(Role role);
bool allows(Role role, Permission permission);
QList<Role> all();
/// Translated description of an action, for refusal messages.
QString describe(Permission permission);

} // namespace roles
} // namespace cc

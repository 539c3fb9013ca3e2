// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"

#include <QCoreApplication>

namespace cc::roles {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::roles)
};
} // namespace

QString toKey(Role role)
{
    switch (role) {
    case Role::Coder: return QStringLiteral("coder");
    case Role::Biller: return QStringLiteral("biller");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Provider: return QStringLiteral("provider");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    for (Role r : all()) {
        if (toKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Coder: return Tr::tr("Coder");
    case Role::Biller: return Tr::tr("Biller");
    case Role::Manager: return Tr::tr("Office manager");
    case Role::Provider: return Tr::tr("Provider");
    case Role::Admin: return Tr::tr("Administrator");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Coder, Role::Biller, Role::Manager, Role::Provider, Role::Admin};
}

bool allows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Coder:
        // Coders recode each other's sampled work blind (the service refuses their own).
        return p == P::ViewCoderQueue || p == P::CodeEncounter || p == P::SendQuery
                || p == P::RecodeAudit;
    case Role::Biller:
        return p == P::ReviewHandoff || p == P::OverrideFinding || p == P::ManageClaims
                || p == P::PostPayments;
    case Role::Provider:
        return p == P::AnswerQuery;
    case Role::Manager:
        // The manager supervises everyone's work and owns the money decisions, but does not
        // code, answer queries, or administer users and code sets.
        return p == P::ViewCoderQueue || p == P::ReviewHandoff || p == P::OverrideFinding
                || p == P::ManageClaims || p == P::PostPayments || p == P::WriteOff
                || p == P::ViewDashboard || p == P::ViewHandoffLog || p == P::ViewAuditTrail
                || p == P::ManageFeeSchedule || p == P::ManageTemplates || p == P::ManagePayerRules
                || p == P::DrawCodingAudit || p == P::RecodeAudit || p == P::BackUpPractice;
    case Role::Admin:
        return p == P::ManageUsers || p == P::ManageCodeSets || p == P::ManageFeeSchedule
                || p == P::ManageTemplates || p == P::ManageSettings || p == P::ViewAuditTrail
                || p == P::ManagePayerRules || p == P::BackUpPractice;
    }
    return false;
}

QString describe(Permission p)
{
    using P = Permission;
    switch (p) {
    case P::ViewCoderQueue: return Tr::tr("open the coder queue");
    case P::CodeEncounter: return Tr::tr("code an encounter");
    case P::SendQuery: return Tr::tr("send a documentation query");
    case P::AnswerQuery: return Tr::tr("answer a documentation query");
    case P::ReviewHandoff: return Tr::tr("accept or return coded work");
    case P::OverrideFinding: return Tr::tr("override an error finding");
    case P::ManageClaims: return Tr::tr("build and submit claims");
    case P::PostPayments: return Tr::tr("post payments");
    case P::WriteOff: return Tr::tr("write off a balance");
    case P::ViewDashboard: return Tr::tr("open the dashboard");
    case P::ViewHandoffLog: return Tr::tr("open the handoff log");
    case P::ViewAuditTrail: return Tr::tr("read the audit trail");
    case P::ManageUsers: return Tr::tr("manage users");
    case P::ManageCodeSets: return Tr::tr("import code sets");
    case P::ManageFeeSchedule: return Tr::tr("edit the fee schedule");
    case P::ManageTemplates: return Tr::tr("edit query templates and checklists");
    case P::ManageSettings: return Tr::tr("change practice settings");
    case P::ManagePayerRules: return Tr::tr("write payer rules");
    case P::DrawCodingAudit: return Tr::tr("draw a coding audit sample");
    case P::RecodeAudit: return Tr::tr("recode an audited encounter");
    case P::BackUpPractice: return Tr::tr("back up the practice");
    }
    return {};
}

} // namespace cc::roles

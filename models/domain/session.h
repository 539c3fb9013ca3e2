// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "roles.h"

#include <QString>

#include <optional>

namespace cc {

/// Who is logged in. Services take it for every action and check its role.
struct Session
{
    qint64 userId = 0;
    QString username;
    QString fullName;
    Role role = Role::Coder;
    std::optional<qint64> providerId; ///< set for users with the provider role

    bool can(Permission p) const { return roles::allows(role, p); }
    Result<void> require(Permission p) const
    {
        if (!can(p))
            return Error::forbidden(roles::describe(p));
        return {};
    }
};

} // namespace cc

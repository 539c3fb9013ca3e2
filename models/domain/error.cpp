// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace cc {

Error Error::forbidden(const QString &action)
{
    return make(Kind::Forbidden,
                tr("Your role does not allow this: %1. Ask the office manager if you need it.")
                        .arg(action));
}

int Error::exitCode() const
{
    switch (kind) {
    case Kind::Open:
    case Kind::Busy:
    case Kind::Corrupt:
    case Kind::DiskFull:
    case Kind::ReadOnly:
    case Kind::Migration:
    case Kind::TooNew:
    case Kind::Forbidden:
    case Kind::Auth:
        return 3;
    default:
        return 1;
    }
}

const char *Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Open: return "Open";
    case Kind::Constraint: return "Constraint";
    case Kind::Busy: return "Busy";
    case Kind::Corrupt: return "Corrupt";
    case Kind::DiskFull: return "DiskFull";
    case Kind::ReadOnly: return "ReadOnly";
    case Kind::Migration: return "Migration";
    case Kind::TooNew: return "TooNew";
    case Kind::Forbidden: return "Forbidden";
    case Kind::NotFound: return "NotFound";
    case Kind::Invalid: return "Invalid";
    case Kind::Conflict: return "Conflict";
    case Kind::Auth: return "Auth";
    case Kind::Cancelled: return "Cancelled";
    case Kind::Other: return "Other";
    }
    return "Other";
}

} // namespace cc

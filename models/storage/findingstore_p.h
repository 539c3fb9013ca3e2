// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/handoff.h"

namespace cc {
class Database;
}

/**
 * The scrubber's findings as stored in claim_findings, for an encounter before its claim
 * exists or for a claim: read with their overrides, and replaced by a fresh scrub while an
 * override of the same rule, line and codes is kept (the biller's reason still holds).
 */
namespace cc::findingstore {

enum class Owner { Encounter, Claim };

Result<QList<StoredFinding>> read(Database &db, Owner owner, qint64 id);
Result<void> replace(Database &db, Owner owner, qint64 id, const QList<Finding> &findings);

} // namespace cc::findingstore

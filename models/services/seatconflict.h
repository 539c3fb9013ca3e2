// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/coding.h"
#include "domain/encounter.h"
#include "domain/error.h"

namespace cc {

class Database;

/**
 * The message a seat gets when another seat saved the same encounter or claim first (issue 8
 * §2): who saved it and when (from the audit trail), what is on record now and what this seat
 * tried to save, so the user sees what changed without losing track of their own edit.
 * Nothing is written; the caller's transaction has saved nothing.
 */
namespace seatconflict {

/// "Diagnoses E11.9, I10 · services 99213-25 ×2, 36415" (or "no codes").
QString codingText(const QList<DiagnosisEntry> &diagnoses, const QList<ServiceLineEntry> &services);
QString claimText(const QStringList &diagnoses, const QList<ClaimLine> &lines,
                  const QString &placeOfService, const QString &priorAuthorization);

/// The Conflict error for encounter @p now.summary.id, saved by another seat since the user
/// opened it; @p yours is what the user tried to save.
Error encounter(Database &db, const EncounterDetail &now, const CodingDraft &yours);
/// The Conflict error for claim @p now, changed by another seat since the user opened it.
Error claim(Database &db, const ClaimRecord &now, const ClaimEdit &yours);

} // namespace seatconflict
} // namespace cc

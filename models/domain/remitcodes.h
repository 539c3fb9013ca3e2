// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cc::remitcodes {

/**
 * Plain descriptions, written by us, of the codes a remittance carries: claim adjustment group
 * codes, common claim adjustment reason codes (CARC, code list 139), common remittance advice
 * remark codes (RARC, code list 411), CLP02 claim statuses and PLB reasons. They feed the EOB
 * pick-lists, the denial work list and every sentence about a posting. Translated (tr()).
 */
struct CodeText
{
    QString code;
    QString text;
};

/// CO, PR, OA, PI with their meaning.
QList<CodeText> groups();
/// The common CARCs, in code order (numeric codes numerically, then letters).
QList<CodeText> adjustmentReasons();
/// The common RARCs, in code order.
QList<CodeText> remarkCodes();

/// "Contractual obligation"; the code itself when unknown.
QString groupText(const QString &group);
/// "Charge exceeds the fee schedule or contracted amount"; "Reason 123" when unknown.
QString reasonText(const QString &carc);
/// The remark's description; "Remark N999" when unknown.
QString remarkText(const QString &rarc);
/// CLP02: "Processed as primary", "Denied", "Reversal of previous payment"…
QString claimStatusText(const QString &status);
/// PLB03-1: "Overpayment recovery", "Interest"…
QString providerAdjustmentText(const QString &reason);

/**
 * Whether an adjustment is a denial to work rather than an amount the practice accepts: any
 * group but PR, with a reason other than the routine contractual ones (45 charge over the fee
 * schedule, 253 sequestration, 23 prior payer's adjudication, 59 multiple-procedure rules,
 * 94 processed in excess of charges, 2/1/3 deductible/coinsurance/copay).
 */
bool isDenialReason(const QString &group, const QString &carc);

} // namespace cc::remitcodes

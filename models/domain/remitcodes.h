// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

/// "CO-50": an adjustment's group and reason code as billers write them; the reason alone
/// when there is no group.
QString adjustmentCode(const QString &group, const QString &reason);
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

/**
 * The scrubber rule (DESIGN.md §5) a denial reason traces to, when the payer's reason is about
 * the coding: 11, 50, 167, B22 → dx-not-supporting; 97, 234, 236 → ncci-ptp; 151 → mue-units;
 * 4, 182 → modifier-invalid; 146, 181 → code-invalid; 6, 9 → age-conflict; 7, 10 →
 * sex-conflict; 189 → unspecified-code. Empty for reasons that are billing, eligibility,
 * coverage or contract matters (16, 18, 27, 29, 197, 204…), and for unknown codes. The group
 * code does not matter: a PR-50 is as much a coding lesson as a CO-50.
 */
QString codingRule(const QString &carc);
/// The CARCs codingRule() traces to a rule, in code order (numeric codes numerically).
QStringList codingReasons();
/// A short translated name of a scrubber rule ("Code pair bundled (NCCI)"); the id when unknown.
QString ruleTitle(const QString &rule);
/**
 * What a coder checks when a denial traces to @p rule: one translated sentence, in the words
 * of the scrubber's own fixes where they exist. Empty for rules that are not about coding.
 */
QString ruleCheckText(const QString &rule);

} // namespace cc::remitcodes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace cc {

/**
 * The revenue-cycle measures of DOMAIN.md "Measures" (issue 7 §1), each a numerator over a
 * denominator with the value derived from the two. The order is the order of the JSON of
 * `cleanclaim kpi` and of the dashboard.
 */
enum class MeasureKind {
    CleanClaimRate,          ///< claims clean on their first scrub ÷ claims scrubbed
    FirstPassAcceptanceRate, ///< claims accepted on their first submission ÷ claims answered
    DenialRate,              ///< claims denied in full or part on first adjudication ÷ adjudicated
    DenialRateDollars,       ///< denied cents on first adjudication ÷ charge cents adjudicated
    DaysInAR,                ///< A/R balance ÷ (gross charges of the last 90 days ÷ 90)
    ArOver90Share,           ///< A/R balance older than 90 days from DOS ÷ A/R balance
    NetCollectionRate,       ///< payments ÷ (charges − contractual adjustments)
    ChargeLagDays,           ///< days from DOS to claim created, summed ÷ claims created
    QueryTurnaroundDays,     ///< minutes from query sent to answered, summed ÷ queries answered
    CodingAuditAccuracy,     ///< audited code lines agreed ÷ audited code lines
    HandoffReturnRate,       ///< encounters returned to the coder ÷ encounters handed off
};
inline constexpr int kMeasureCount = 11;

/// What a numerator or denominator counts: how it is shown and written to JSON.
enum class MeasureUnit {
    Count,   ///< claims, encounters, lines… (JSON integer)
    Cents,   ///< money (JSON decimal string "1234.56")
    Days,    ///< whole days (JSON integer)
    Minutes, ///< minutes (JSON: days as a number with two decimals)
};

/// What the value is: a fraction 0–1 shown as a percent, or a number of days.
enum class MeasureValueKind { Rate, Days };

/// Which way is better, for colouring against the target.
enum class MeasureDirection { HigherIsBetter, LowerIsBetter };

/// The fixed description of a measure (translated texts).
struct MeasureInfo
{
    MeasureKind kind = MeasureKind::CleanClaimRate;
    QString key;          ///< the JSON key: "cleanClaimRate"…
    QString name;         ///< "Clean claim rate"
    QString formula;      ///< "Claims that passed every edit on their first scrub ÷ claims scrubbed"
    QString numeratorName;   ///< "Clean on first scrub"
    QString denominatorName; ///< "Claims scrubbed"
    QString periodRule;   ///< which records fall in the period ("claims created in the period")
    MeasureUnit numeratorUnit = MeasureUnit::Count;
    MeasureUnit denominatorUnit = MeasureUnit::Count;
    MeasureValueKind valueKind = MeasureValueKind::Rate;
    MeasureDirection direction = MeasureDirection::HigherIsBetter;
    std::optional<double> target; ///< the industry rule of thumb, when there is one
    /// What the drill-down lists: claims or encounters.
    bool listsEncounters = false;
};

namespace measures {
/// Every measure's description, in MeasureKind order.
const QList<MeasureInfo> &all();
const MeasureInfo &info(MeasureKind kind);
std::optional<MeasureKind> fromKey(const QString &key);
} // namespace measures

/// One measure computed over one period (and one group, when grouped).
struct MeasureValue
{
    MeasureKind kind = MeasureKind::CleanClaimRate;
    qint64 numerator = 0;   ///< in measures::info(kind).numeratorUnit
    qint64 denominator = 0; ///< in measures::info(kind).denominatorUnit
    /// numerator ÷ denominator (× 90 for DaysInAR; minutes → days for QueryTurnaroundDays);
    /// empty when the denominator is 0: "no data", never a division by zero.
    std::optional<double> value;

    bool hasData() const { return value.has_value(); }
};

/// The period of a computation: dates inclusive. Point-in-time measures (DaysInAR,
/// ArOver90Share) are taken as of `to`.
struct MeasurePeriod
{
    QDate from;
    QDate to;
};

/// How measures are broken down.
enum class MeasureDimension { Overall, Payer, Provider, Coder };

/// All the measures of one group (or of everything when the dimension is Overall).
struct MeasureSet
{
    qint64 groupId = 0;   ///< payer, provider or user id; 0 for Overall and for "none"
    QString groupName;    ///< "Medicare", "Reyes, Ana", "coder1 (Kim Lee)"; "All" when Overall
    std::array<MeasureValue, kMeasureCount> values {};
    /// False where a measure does not apply to the dimension (e.g. query turnaround by payer).
    std::array<bool, kMeasureCount> applies {};

    const MeasureValue &value(MeasureKind k) const { return values[std::size_t(k)]; }
};

/// One record behind a measure: a claim or an encounter, and whether it counts in the
/// numerator. The dashboard lists these when a measure is clicked.
struct MeasureItem
{
    qint64 claimId = 0;      ///< 0 when the measure lists encounters
    qint64 encounterId = 0;
    QString reference;       ///< the claim's control number, or "Encounter 123"
    QString patientName;
    QDate dateOfService;
    QDate date;              ///< the date that put it in the period (sent, answered…)
    QString groupName;       ///< payer, provider or coder, per the dimension asked
    bool inNumerator = false;
    qint64 numeratorPart = 0;   ///< what it adds to the numerator (units of the measure)
    qint64 denominatorPart = 0; ///< what it adds to the denominator
    QString detail;          ///< why it counts: "rejected by the 999", "CO-97 denied"…
};

/// One week of a trend (Monday to Sunday, clipped to the period).
struct MeasurePoint
{
    QDate weekStart; ///< the first day measured: a Monday, or the period's first day
    MeasureValue value;
};

/// One bar of a denial chart: a reason, payer, service code or coder.
struct DenialBar
{
    QString key;        ///< "CO-97", payer id, "99214", user id
    QString label;      ///< "CO-97: Bundled…", "Medicare", "99214", "Kim Lee"
    int count = 0;      ///< denials
    qint64 cents = 0;   ///< denied amount
};

/// How the denial charts group.
enum class DenialBreakdown { Reason, Payer, ServiceCode, Coder };

} // namespace cc

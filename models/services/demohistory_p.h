// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of DemoBuilder share while they play the demo practice's three months of work
// (issue 7 §5): the deterministic dice, the calendar of the practice's "feedback loop", and
// the plan made for each encounter when it was created. Private to models/services/demo*.cpp.
#pragma once

#include "demoscenarios.h"
#include "domain/billing.h"
#include "domain/coding.h"
#include "domain/session.h"
#include "x12/remit835.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTime>

#include <optional>
#include <random>
#include <utility>

/// Early return of a failed Result<…> (services do not see the storage layer's CC_TRY).
#define CC_DEMO_TRY(expr)                                                                          \
    do {                                                                                           \
        if (auto r_ = (expr); !r_)                                                                 \
            return r_.error();                                                                     \
    } while (false)

namespace cc::demo {

/// Deterministic choices: mt19937_64 is specified exactly by the standard, and the bounded
/// draws below avoid the library-specific distributions.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) { }
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

/**
 * Events at a rate, spread evenly: a week of claims gets about its share of rejections or
 * denials, never none or all of them by the luck of the draw, yet not on a fixed beat either.
 */
class Quota
{
public:
    /// Whether the next case is one of the @p percent.
    bool next(Rng &dice, int percent)
    {
        m_due += percent * dice.between(50, 150);
        if (m_due < 10000)
            return false;
        m_due -= 10000;
        return true;
    }

private:
    int m_due = 5000;
};

/**
 * The demo's calendar. The history runs kWeeks weeks of clinic days up to the anchor ("today"),
 * plus a few older visits whose claims are still unpaid. The story the manager's charts tell:
 * in the first weeks coders miss documentation problems and billers pass errors on to the
 * claim; from about week 6 the handoff feedback loop works (returns with reasons, queries,
 * fewer overrides), and by week 9 clean claims, first-pass acceptance and denials are where a
 * good practice keeps them.
 */
struct Calendar
{
    static constexpr int kWeeks = 14;
    static constexpr int kHistoryDays = kWeeks * 7;
    /// The few oldest visits (A/R over 120 days) are this many days before the anchor, or more.
    static constexpr int kTailDays = 122;

    QDate anchor;

    QDate firstDay() const { return anchor.addDays(-(kHistoryDays - 1)); }
    /// 0 before the feedback loop (over 8 weeks before the anchor), 100 once it works (the
    /// last 5 weeks), in between a straight line.
    int learned(const QDate &day) const
    {
        const qint64 back = day.daysTo(anchor);
        if (back >= 8 * 7)
            return 0;
        if (back <= 5 * 7)
            return 100;
        return int((8 * 7 - back) * 100 / (3 * 7));
    }
    /// A percentage: @p early before the feedback loop, @p late once it works.
    int mix(int early, int late, const QDate &day) const
    {
        return early + (late - early) * learned(day) / 100;
    }
    static QDateTime at(const QDate &day, int hour, int minute = 0)
    {
        return QDateTime(day, QTime(hour, minute), Qt::UTC);
    }
    /// The workday @p n workdays after @p day (itself a workday).
    static QDate addWorkdays(QDate day, int n)
    {
        day = workday(day);
        for (int i = 0; i < n; ++i)
            day = workday(day.addDays(1));
        return day;
    }
    /// @p day, or the Monday after it when it falls on a weekend.
    static QDate workday(const QDate &day)
    {
        const int dow = day.dayOfWeek();
        return dow <= 5 ? day : day.addDays(8 - dow);
    }
};

/// What went wrong in an encounter's first coding.
enum class Slip {
    None,
    Category,   ///< the principal diagnosis typed as its (non-billable) category
    Pointers,   ///< a line pointing to a diagnosis that is not there
    Teaching,   ///< the coder missed the scenario's documentation problem
};

/// What the demo decided about one encounter when it made it.
struct EncounterPlan
{
    qint64 id = 0;
    QDate dos;
    qint64 providerId = 0;
    qint64 coderId = 0;
    const Scenario *scenario = nullptr;
    bool tail = false;        ///< one of the oldest visits: its claim is still unpaid
    bool coded = false;       ///< the coder has coded it (at once, or after the query)
    bool query = false;       ///< the coder queried the provider first
    bool queryAnswered = false;
    QDateTime querySent;
    QDateTime queryAnswer;
    QDate codedDay;           ///< when the coder marked it coded
    Slip slip = Slip::None;
    CodingDraft correct;      ///< what a correct coder assigns (after the query, if any)
};

/// Everything the parts of the demo share.
struct History
{
    Calendar calendar;
    QList<EncounterPlan> encounters; ///< in id order
    QHash<qint64, qsizetype> byEncounter;
    QHash<qint64, QDate> claimCreated;   ///< original claims made by the handoff, by day made
    QHash<qint64, qint64> claimEncounter; ///< claim → encounter, for those claims
    /// Claims the biller sent with a diagnosis error overridden: the payer denies that line.
    QSet<qint64> overridden;
    Session coder, coder2, biller, manager, provider;

    // The biller's side (democlaims.cpp, demoback.cpp).
    Rng dice{0};               ///< the payers' and the biller's choices
    Quota rejections, codingDenials, billingDenials;
    int interchange = 700000;  ///< the last ISA13 of the demo clearinghouse's answers
    int eras = 0;              ///< ERAs posted so far
    QSet<qint64> replacements; ///< claims made by the denial work (frequency 7)
    QSet<qint64> secondaries;  ///< secondary claims the postings made
    QSet<QString> codingReasons; ///< the coding CARCs the payers have denied lines for
    QList<qint64> newSecondaries; ///< made since the last Friday
    QHash<qint64, QString> secondPlan; ///< patient → the name of their secondary plan
    /// A payment the payer takes back near the end (a reversal and its corrected claim).
    std::optional<std::pair<ClaimRecord, x12::RemitClaim>> toReverse;

    const EncounterPlan *plan(qint64 encounterId) const
    {
        const auto it = byEncounter.constFind(encounterId);
        return it == byEncounter.cend() ? nullptr : &encounters.at(*it);
    }
    const EncounterPlan *planOfClaim(qint64 claimId) const
    {
        const auto it = claimEncounter.constFind(claimId);
        return it == claimEncounter.cend() ? nullptr : plan(*it);
    }
    const Session &coderSession(qint64 userId) const
    {
        return userId == coder2.userId ? coder2 : coder;
    }
};

/**
 * The teaching cases of demoscenarios.cpp: what a coder who catches the problem codes (after a
 * query when @p queried, else from the note or a call to the provider's office), and what a
 * coder who misses it codes. @p coding starts as the scenario's own codes (the superbill).
 */
void correctTeachingCase(const Scenario &scenario, bool queried, CodingDraft &coding);
void missTeachingCase(const Scenario &scenario, CodingDraft &coding);
/// Whether @p scenario is a teaching case (a documentation or superbill problem).
inline bool isTeachingCase(const Scenario &scenario)
{
    return !scenario.supported || !scenario.problem.isEmpty();
}

} // namespace cc::demo

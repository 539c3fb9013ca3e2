// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "reports/measures.h"

#include <QList>
#include <QObject>

#include <array>
#include <optional>

namespace cc {

class AuditService;
class Database;

/**
 * The office manager's measures (issue 7 §1–§2), exactly as DOMAIN.md "Measures" defines
 * them, read from the claims, acknowledgements, ledger, queries, handoff log and coding audits.
 * Reading needs Permission::ViewDashboard (managers); coders may read the denial breakdowns
 * of their own work through DenialService.
 *
 * Which records fall in a period [from, to] (inclusive dates):
 *  - CleanClaimRate: original claims (frequency 1) created in the period that have been
 *    scrubbed (claims.first_scrub_clean not NULL); numerator first_scrub_clean = 1.
 *  - FirstPassAcceptanceRate: claims whose first submission (first batch) is in the period and
 *    that have an answer (a 999/277CA accepted or rejected event); numerator: the first answer
 *    after the first submission was an acceptance. Claims still waiting are left out.
 *  - DenialRate / DenialRateDollars: claims whose first adjudication (the first posted ERA/EOB
 *    answer, remittances.posted_at) is in the period; numerator: that answer opened a denial
 *    (CLP02 4 or a denied line) — by count, and by the denied cents over the charge cents.
 *  - DaysInAR (as of `to`): the insurance + patient balance of the claims on the A/R from the
 *    ledger rows posted up to `to`, ÷ (charge rows posted in the 90 days ending on `to` ÷ 90).
 *  - ArOver90Share (as of `to`): the part of that balance whose DOS is more than 90 days
 *    before `to`, ÷ that balance.
 *  - NetCollectionRate: payment and patient_payment rows posted in the period ÷ (charge rows
 *    posted in the period − CO adjustment rows posted in the period); reversals net out.
 *  - ChargeLagDays: original claims (frequency 1, not a secondary) created in the period: the
 *    days from DOS to the claim's creation, summed ÷ their count.
 *  - QueryTurnaroundDays: documentation queries answered in the period: minutes from sent to
 *    answered summed ÷ their count (value in days).
 *  - CodingAuditAccuracy: audit items completed in the period: agreed_lines ÷ audited_lines.
 *  - HandoffReturnRate: handoff_log rows in the period: moves to 'returned' ÷ moves to
 *    'handed_off'.
 *
 * Groups: payer = the claim's payer; provider = the encounter's provider; coder = the
 * encounter's coder. Measures without the dimension (queries and audits by payer) do not apply.
 */
class MeasureService : public QObject
{
    Q_OBJECT

public:
    MeasureService(Database &db, AuditService &audit, QObject *parent = nullptr);

    /// Every measure over @p period, overall.
    Result<MeasureSet> compute(const Session &session, const MeasurePeriod &period) const;
    /// Every measure over @p period for each group of @p dimension (Overall gives one set),
    /// groups ordered by name; groups with no data at all are left out.
    Result<QList<MeasureSet>> breakdown(const Session &session, const MeasurePeriod &period,
                                        MeasureDimension dimension) const;
    /// The claims or encounters behind one measure (the drill-down), optionally of one group
    /// (@p groupId of @p dimension; Overall for all). Numerator items first, then by date.
    Result<QList<MeasureItem>> items(const Session &session, MeasureKind kind,
                                     const MeasurePeriod &period,
                                     MeasureDimension dimension = MeasureDimension::Overall,
                                     qint64 groupId = 0) const;
    /// The measure week by week (Monday–Sunday weeks that overlap the period, clipped to it).
    Result<QList<MeasurePoint>> weekly(const Session &session, MeasureKind kind,
                                       const MeasurePeriod &period) const;
    /// Denials opened in the period, grouped, largest count first (a Pareto for Reason).
    Result<QList<DenialBar>> denials(const Session &session, const MeasurePeriod &period,
                                     DenialBreakdown by) const;
    /// The A/R as of @p asOf in the five aging buckets (0–30 … 120+ days from DOS), cents.
    Result<std::array<qint64, 5>> aging(const Session &session, const QDate &asOf) const;

    /**
     * The value of @p kind from its numerator and denominator: the ratio (× 90 for DaysInAR;
     * minutes turned into days for QueryTurnaroundDays). Empty ("no data") when the
     * denominator is 0, or negative (only money can be: a period's contractual adjustments
     * larger than its charges), where the ratio would mean nothing.
     */
    static std::optional<double> valueOf(MeasureKind kind, qint64 numerator, qint64 denominator);
    /// Whether @p kind is measured per group of @p dimension (queries, audits and handoffs
    /// happen before a claim has a payer).
    static bool applies(MeasureKind kind, MeasureDimension dimension);

private:
    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

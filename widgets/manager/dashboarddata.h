// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "reports/measures.h"

#include <QList>

#include <array>

namespace cc {

class MeasureService;

/**
 * Everything the dashboard shows for one period, read in one go from MeasureService: the
 * tiles, the breakdown table, the charts and the PDF all draw from the same copy, so that the
 * screen and the printed readout never disagree.
 */
struct DashboardData
{
    /// The measures drawn as weekly trends, in the order of DashboardData::trends.
    static constexpr std::array<MeasureKind, 3> kTrendKinds {
        MeasureKind::CleanClaimRate, MeasureKind::FirstPassAcceptanceRate, MeasureKind::DenialRate};

    MeasurePeriod period;
    MeasureDimension dimension = MeasureDimension::Overall;
    MeasureSet overall;
    /// One set per group of `dimension`; empty when the dimension is Overall.
    QList<MeasureSet> breakdown;
    /// MeasureService::weekly of each of kTrendKinds.
    std::array<QList<MeasurePoint>, kTrendKinds.size()> trends;
    /// MeasureService::denials by each DenialBreakdown, in its order.
    std::array<QList<DenialBar>, 4> denials;
    /// The A/R as of the period's end, by aging bucket (0–30 … 120+), in cents.
    std::array<qint64, 5> aging {};

    const QList<DenialBar> &denialsBy(DenialBreakdown by) const { return denials[std::size_t(by)]; }
};

/// Reads every part of DashboardData; the first error stops it.
Result<DashboardData> loadDashboard(const MeasureService &service, const Session &session,
    const MeasurePeriod &period, MeasureDimension dimension);

} // namespace cc

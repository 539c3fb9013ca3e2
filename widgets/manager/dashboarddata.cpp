// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"
#include "services/measureservice.h"

namespace cc {

Result<DashboardData> loadDashboard(const MeasureService &service, const Session &session,
    const MeasurePeriod &period, MeasureDimension dimension)
{
    DashboardData d;
    d.period = period;
    d.dimension = dimension;
    auto overall = service.compute(session, period);
    if (!overall)
        return overall.error();
    d.overall = overall.value();
    if (dimension != MeasureDimension::Overall) {
        auto groups = service.breakdown(session, period, dimension);
        if (!groups)
            return groups.error();
        d.breakdown = groups.value();
    }
    for (std::size_t i = 0; i < DashboardData::kTrendKinds.size(); ++i) {
        auto weekly = service.weekly(session, DashboardData::kTrendKinds[i], period);
        if (!weekly)
            return weekly.error();
        d.trends[i] = weekly.value();
    }
    for (DenialBreakdown by : {DenialBreakdown::Reason, DenialBreakdown::Payer,
             DenialBreakdown::ServiceCode, DenialBreakdown::Coder}) {
        auto bars = service.denials(session, period, by);
        if (!bars)
            return bars.error();
        d.denials[std::size_t(by)] = bars.value();
    }
    auto aging = service.aging(session, period.to);
    if (!aging)
        return aging.error();
    d.aging = aging.value();
    return d;
}

} // namespace cc

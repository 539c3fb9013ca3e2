// SPDX-License-Identifier: GPL-3.0-or-later
#include "measures.h"

#include <QCoreApplication>

namespace cc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::Measures)
};

MeasureInfo make(MeasureKind kind, const char *key, MeasureUnit numeratorUnit,
    MeasureUnit denominatorUnit, MeasureValueKind valueKind, MeasureDirection direction,
    std::optional<double> target, bool listsEncounters)
{
    MeasureInfo i;
    i.kind = kind;
    i.key = QString::fromLatin1(key);
    i.numeratorUnit = numeratorUnit;
    i.denominatorUnit = denominatorUnit;
    i.valueKind = valueKind;
    i.direction = direction;
    i.target = target;
    i.listsEncounters = listsEncounters;
    return i;
}

QList<MeasureInfo> build()
{
    using K = MeasureKind;
    using U = MeasureUnit;
    using V = MeasureValueKind;
    constexpr auto Up = MeasureDirection::HigherIsBetter;
    constexpr auto Down = MeasureDirection::LowerIsBetter;
    // Targets are the industry rules of thumb of DOMAIN.md (clean claims ≥ 95 %, denials
    // ≤ 5 %, A/R days ≤ 40) and three benchmarks as widely quoted for physician practices:
    // a net collection rate of 95 % or more, under 15 % of the A/R past 90 days, and coding
    // audits at 95 % accuracy or better. The others have no figure everyone agrees on.
    QList<MeasureInfo> out;
    MeasureInfo m
        = make(K::CleanClaimRate, "cleanClaimRate", U::Count, U::Count, V::Rate, Up, 0.95, false);
    m.name = Tr::tr("Clean claim rate");
    m.formula = Tr::tr("Claims that passed every edit on their first scrub with no manual "
                       "change ÷ claims scrubbed");
    m.numeratorName = Tr::tr("Clean on first scrub");
    m.denominatorName = Tr::tr("Claims scrubbed");
    m.periodRule = Tr::tr("Original claims created in the period that have been scrubbed");
    out.append(m);

    m = make(K::FirstPassAcceptanceRate, "firstPassAcceptanceRate", U::Count, U::Count, V::Rate, Up,
        std::nullopt, false);
    m.name = Tr::tr("First-pass acceptance rate");
    m.formula = Tr::tr("Claims accepted (999/277CA) on their first submission ÷ claims "
                       "submitted and answered");
    m.numeratorName = Tr::tr("Accepted on first submission");
    m.denominatorName = Tr::tr("Claims answered");
    m.periodRule = Tr::tr("Claims first sent in the period that have an acceptance or a "
                          "rejection; claims still waiting are left out");
    out.append(m);

    m = make(K::DenialRate, "denialRate", U::Count, U::Count, V::Rate, Down, 0.05, false);
    m.name = Tr::tr("Denial rate");
    m.formula = Tr::tr("Claims denied in full or in part on their first adjudication ÷ claims "
                       "adjudicated");
    m.numeratorName = Tr::tr("Denied on first adjudication");
    m.denominatorName = Tr::tr("Claims adjudicated");
    m.periodRule = Tr::tr("Claims whose first payer answer (ERA or EOB) was posted in the "
                          "period");
    out.append(m);

    m = make(
        K::DenialRateDollars, "denialRateDollars", U::Cents, U::Cents, V::Rate, Down, 0.05, false);
    m.name = Tr::tr("Denial rate (dollars)");
    m.formula = Tr::tr("Dollars denied on the first adjudication ÷ dollars charged on the "
                       "claims adjudicated");
    m.numeratorName = Tr::tr("Denied");
    m.denominatorName = Tr::tr("Charged");
    m.periodRule = Tr::tr("Claims whose first payer answer (ERA or EOB) was posted in the "
                          "period");
    out.append(m);

    m = make(K::DaysInAR, "daysInAR", U::Cents, U::Cents, V::Days, Down, 40.0, false);
    m.name = Tr::tr("Days in A/R");
    m.formula = Tr::tr("Outstanding A/R balance ÷ (gross charges of the last 90 days ÷ 90)");
    m.numeratorName = Tr::tr("A/R balance");
    m.denominatorName = Tr::tr("Charges of the last 90 days");
    m.periodRule = Tr::tr("As of the period's last day: the insurance and patient balance of "
                          "the claims on the A/R, and the charges posted in the 90 days ending "
                          "that day");
    out.append(m);

    m = make(K::ArOver90Share, "arOver90Share", U::Cents, U::Cents, V::Rate, Down, 0.15, false);
    m.name = Tr::tr("A/R over 90 days");
    m.formula = Tr::tr("A/R balance more than 90 days past the date of service ÷ A/R balance");
    m.numeratorName = Tr::tr("Over 90 days");
    m.denominatorName = Tr::tr("A/R balance");
    m.periodRule = Tr::tr("As of the period's last day: the claims on the A/R, aged from their "
                          "date of service");
    out.append(m);

    m = make(
        K::NetCollectionRate, "netCollectionRate", U::Cents, U::Cents, V::Rate, Up, 0.95, false);
    m.name = Tr::tr("Net collection rate");
    m.formula = Tr::tr("Payments ÷ (charges − contractual adjustments)");
    m.numeratorName = Tr::tr("Payments");
    m.denominatorName = Tr::tr("Charges less contractual adjustments");
    m.periodRule = Tr::tr("Payer and patient payments, charges and contractual (CO) adjustments "
                          "posted in the period; reversals net out");
    out.append(m);

    m = make(
        K::ChargeLagDays, "chargeLagDays", U::Days, U::Count, V::Days, Down, std::nullopt, false);
    m.name = Tr::tr("Charge lag");
    m.formula = Tr::tr("Days from the date of service to the claim's creation, summed ÷ claims "
                       "created");
    m.numeratorName = Tr::tr("Days of lag");
    m.denominatorName = Tr::tr("Claims created");
    m.periodRule = Tr::tr("Original claims (not secondary claims) created in the period");
    out.append(m);

    m = make(K::QueryTurnaroundDays, "queryTurnaroundDays", U::Minutes, U::Count, V::Days, Down,
        std::nullopt, true);
    m.name = Tr::tr("Query turnaround");
    m.formula = Tr::tr("Time from a documentation query sent to its answer, summed ÷ queries "
                       "answered");
    m.numeratorName = Tr::tr("Time to answer");
    m.denominatorName = Tr::tr("Queries answered");
    m.periodRule = Tr::tr("Documentation queries answered in the period");
    out.append(m);

    m = make(
        K::CodingAuditAccuracy, "codingAuditAccuracy", U::Count, U::Count, V::Rate, Up, 0.95, true);
    m.name = Tr::tr("Coding audit accuracy");
    m.formula = Tr::tr("Audited code lines the auditor agreed with ÷ audited code lines");
    m.numeratorName = Tr::tr("Lines agreed");
    m.denominatorName = Tr::tr("Lines audited");
    m.periodRule = Tr::tr("Audited encounters recoded in the period");
    out.append(m);

    m = make(K::HandoffReturnRate, "handoffReturnRate", U::Count, U::Count, V::Rate, Down,
        std::nullopt, true);
    m.name = Tr::tr("Handoff return rate");
    m.formula = Tr::tr("Hand-offs that billing returned to the coder ÷ hand-offs to billing");
    m.numeratorName = Tr::tr("Returned");
    m.denominatorName = Tr::tr("Handed off");
    m.periodRule = Tr::tr("Hand-offs made in the period, with billing's answer whenever it came");
    out.append(m);
    Q_ASSERT(out.size() == kMeasureCount);
    return out;
}

} // namespace

namespace measures {

const QList<MeasureInfo> &all()
{
    // Built once per language: the texts are translated, and a language change (the first
    // name reads differently) rebuilds them. References taken before such a change go stale.
    static QList<MeasureInfo> cache;
    if (cache.isEmpty() || cache.constFirst().name != Tr::tr("Clean claim rate"))
        cache = build();
    return cache;
}

const MeasureInfo &info(MeasureKind kind)
{
    return all().at(qsizetype(kind));
}

std::optional<MeasureKind> fromKey(const QString &key)
{
    for (const MeasureInfo &i : all()) {
        if (i.key == key)
            return i.kind;
    }
    return std::nullopt;
}

} // namespace measures
} // namespace cc

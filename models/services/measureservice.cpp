// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureservice.h"
#include "arservice.h"
#include "handofflogservice.h"
#include "domain/money.h"
#include "domain/remitcodes.h"
#include "storage/measuresrepository.h"

#include <QHash>

#include <algorithm>

namespace cc {

namespace {

using Repo = MeasuresRepository;
using Subject = MeasuresRepository::Subject;
using K = MeasureKind;

constexpr double kMinutesPerDay = 24.0 * 60.0;
// Days in A/R divides by the charges of the 90 days ending on the period's last day.
constexpr int kChargeWindowDays = 90;

/// One record's share of a measure.
struct Entry
{
    Subject subject;
    QDate date; ///< the date that put it in the period
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool inNumerator = false;
    QString detail; ///< only when asked for (the drill-down)
};

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

struct Group
{
    qint64 id = 0;
    QString name;
};

Group groupOf(const Subject &s, MeasureDimension d)
{
    switch (d) {
    case MeasureDimension::Overall:
        return {0, MeasureService::tr("All")};
    case MeasureDimension::Payer:
        return {s.payerId,
            s.payerId == 0 || s.payerName.isEmpty() ? MeasureService::tr("Self-pay") : s.payerName};
    case MeasureDimension::Provider:
        return {
            s.providerId, s.providerId == 0 ? MeasureService::tr("No provider") : s.providerName};
    case MeasureDimension::Coder:
        if (s.coderId == 0)
            return {0, MeasureService::tr("No coder")};
        //: A coder in a breakdown: user name, then full name: "coder1 (Kim Lee)"
        return {s.coderId,
            s.coderFullName.isEmpty()
                ? s.coderUsername
                : MeasureService::tr("%1 (%2)").arg(s.coderUsername, s.coderFullName)};
    }
    return {};
}

/**
 * Reads the records of each measure over one period and turns them into entries, sharing the
 * reads two measures have in common (the first adjudications of both denial rates, the
 * balances of both A/R measures).
 */
class Loader
{
public:
    Loader(Database &db, const MeasurePeriod &period, bool details)
        : m_repo(db)
        , m_period(period)
        , m_details(details)
    { }

    Result<QList<Entry>> entries(MeasureKind kind);

private:
    Result<QList<Entry>> cleanClaims();
    Result<QList<Entry>> firstPass();
    Result<QList<Entry>> denials(bool dollars);
    Result<QList<Entry>> receivables(bool over90);
    Result<QList<Entry>> collections();
    Result<QList<Entry>> chargeLag();
    Result<QList<Entry>> queries();
    Result<QList<Entry>> audits();
    Result<QList<Entry>> handoffs();

    Repo m_repo;
    MeasurePeriod m_period;
    bool m_details;
    std::optional<QList<Repo::FirstAdjudication>> m_adjudications;
    std::optional<QList<Repo::BalanceAsOf>> m_balances;
};

Result<QList<Entry>> Loader::entries(MeasureKind kind)
{
    switch (kind) {
    case K::CleanClaimRate:
        return cleanClaims();
    case K::FirstPassAcceptanceRate:
        return firstPass();
    case K::DenialRate:
        return denials(false);
    case K::DenialRateDollars:
        return denials(true);
    case K::DaysInAR:
        return receivables(false);
    case K::ArOver90Share:
        return receivables(true);
    case K::NetCollectionRate:
        return collections();
    case K::ChargeLagDays:
        return chargeLag();
    case K::QueryTurnaroundDays:
        return queries();
    case K::CodingAuditAccuracy:
        return audits();
    case K::HandoffReturnRate:
        return handoffs();
    }
    return QList<Entry>();
}

Result<QList<Entry>> Loader::cleanClaims()
{
    auto rows = m_repo.scrubbedClaims(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::ScrubbedClaim &c : rows.value()) {
        Entry e {c.subject, c.created, c.clean ? 1 : 0, 1, c.clean, {}};
        if (m_details)
            e.detail = c.clean ? MeasureService::tr("Passed every edit on its first scrub.")
                               : MeasureService::tr("Not clean on its first scrub: an edit "
                                                    "found an error.");
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::firstPass()
{
    auto rows = m_repo.firstSubmissions(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::FirstSubmission &s : rows.value()) {
        if (s.answer.isEmpty())
            continue; // still waiting for the clearinghouse or the payer
        const bool accepted = s.answer == QLatin1String("accepted");
        Entry e {s.subject, s.firstSent, accepted ? 1 : 0, 1, accepted, {}};
        if (m_details) {
            const QString source
                = s.answerKind.isEmpty() ? MeasureService::tr("acknowledgement") : s.answerKind;
            e.detail = accepted
                ? MeasureService::tr("Accepted on its first submission (%1).").arg(source)
                : MeasureService::tr("Rejected after its first submission (%1).").arg(source);
        }
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::denials(bool dollars)
{
    if (!m_adjudications) {
        auto rows = m_repo.firstAdjudications(m_period.from, m_period.to);
        if (!rows)
            return rows.error();
        m_adjudications = rows.value();
    }
    QList<Entry> out;
    for (const Repo::FirstAdjudication &a : *m_adjudications) {
        // CLP02 4 denies the whole claim even when it carries no adjustment to list: then
        // what was not paid is what was denied.
        const bool wholeClaim = a.statusCode == QLatin1String("4");
        const bool denied = a.denialCount > 0 || wholeClaim;
        qint64 deniedCents = 0;
        if (a.denialCount > 0)
            deniedCents = a.deniedCents;
        else if (wholeClaim)
            deniedCents = std::max<qint64>(0, a.chargeCents - a.paidCents);
        Entry e {a.subject, a.posted, 0, 0, false, {}};
        if (dollars) {
            e.numerator = deniedCents;
            e.denominator = a.chargeCents;
            e.inNumerator = deniedCents != 0;
        } else {
            e.numerator = denied ? 1 : 0;
            e.denominator = 1;
            e.inNumerator = denied;
        }
        if (m_details) {
            if (!denied)
                e.detail = MeasureService::tr("Paid or adjusted on its first adjudication; "
                                              "nothing denied.");
            else if (!a.topReason.isEmpty())
                //: "Denied on its first adjudication: CO-97, $45.00 of $120.00 charged."
                e.detail
                    = MeasureService::tr("Denied on its first adjudication: %1-%2, %3 of "
                                         "%4 charged.")
                          .arg(a.topGroup, a.topReason, money(deniedCents), money(a.chargeCents));
            else
                e.detail = MeasureService::tr("Denied in full on its first adjudication "
                                              "(claim status 4), %1 of %2 charged.")
                               .arg(money(deniedCents), money(a.chargeCents));
        }
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::receivables(bool over90)
{
    const QDate asOf = m_period.to;
    if (!m_balances) {
        auto rows = m_repo.balancesAsOf(asOf, asOf.addDays(-(kChargeWindowDays - 1)));
        if (!rows)
            return rows.error();
        m_balances = rows.value();
    }
    QList<Entry> out;
    for (const Repo::BalanceAsOf &b : *m_balances) {
        // On the A/R as ArService says: charged, not a void, not superseded, a balance owed.
        const bool onAr
            = b.firstCharged.isValid() && !b.isVoid && !b.superseded && b.balanceCents != 0;
        const int age = int(b.subject.dateOfService.daysTo(asOf));
        Entry e {b.subject, b.firstCharged.isValid() ? b.firstCharged : b.subject.dateOfService, 0,
            0, false, {}};
        if (over90) {
            if (!onAr)
                continue;
            const bool old = AgingBuckets::bucketOf(age) >= 3;
            e.numerator = old ? b.balanceCents : 0;
            e.denominator = b.balanceCents;
            e.inNumerator = old;
            if (m_details)
                e.detail = old ? MeasureService::tr("%1 open, %n day(s) from the date of "
                                                    "service: over 90.",
                               nullptr, age)
                                     .arg(money(b.balanceCents))
                               : MeasureService::tr("%1 open, %n day(s) from the date of "
                                                    "service: within 90.",
                                   nullptr, age)
                                     .arg(money(b.balanceCents));
        } else {
            e.numerator = onAr ? b.balanceCents : 0;
            // A replaced claim's charges are charged again by its replacement: counted once.
            e.denominator = b.superseded ? 0 : b.recentChargeCents;
            // Listed when it counts, or when it explains a recent charge left out.
            if (e.numerator == 0 && e.denominator == 0
                && !(b.superseded && b.recentChargeCents != 0))
                continue;
            e.inNumerator = onAr;
            if (m_details) {
                if (onAr)
                    e.detail = MeasureService::tr(
                        "%1 open, %n day(s) from the date of service.", nullptr, age)
                                   .arg(money(b.balanceCents));
                else if (b.superseded)
                    e.detail = MeasureService::tr("Charged %1 in the last 90 days; replaced by "
                                                  "a corrected claim, which carries the "
                                                  "balance and charges it again.")
                                   .arg(money(b.recentChargeCents));
                else
                    e.detail = MeasureService::tr("Charged %1 in the last 90 days; nothing is "
                                                  "owed on it.")
                                   .arg(money(b.recentChargeCents));
            }
        }
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::collections()
{
    auto rows = m_repo.collections(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::Collections &c : rows.value()) {
        // A replaced claim's charges are charged again by its replacement: counted once, there.
        // What was paid on it stays: that money came in.
        const qint64 expected = c.superseded ? 0 : c.chargeCents - c.contractualCents;
        Entry e {c.subject, c.lastPosted, c.paymentCents, expected, c.paymentCents != 0, {}};
        if (m_details) {
            e.detail
                = MeasureService::tr("Posted in the period: payments %1, charges %2, "
                                     "contractual adjustments %3.")
                      .arg(money(c.paymentCents), money(c.chargeCents), money(c.contractualCents));
            if (c.superseded)
                e.detail += QLatin1Char(' ')
                    + MeasureService::tr("Replaced by a later claim: its charges count there.");
        }
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::chargeLag()
{
    auto rows = m_repo.createdClaims(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::CreatedClaim &c : rows.value()) {
        const QDate created = c.created.toLocalTime().date(); // the practice's day
        const qint64 days = c.subject.dateOfService.daysTo(created);
        Entry e {c.subject, created, days, 1, days != 0, {}};
        if (m_details)
            e.detail = MeasureService::tr(
                "Claim created %n day(s) after the date of service.", nullptr, int(days));
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::queries()
{
    auto rows = m_repo.answeredQueries(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::AnsweredQuery &q : rows.value()) {
        const qint64 seconds = q.sentAt.secsTo(q.answeredAt);
        const qint64 minutes = seconds / 60;
        Entry e {q.subject, q.answeredAt.toLocalTime().date(), minutes, 1, minutes != 0, {}};
        if (m_details)
            e.detail = MeasureService::tr("Query %1 answered %2 after it was sent.")
                           .arg(q.queryId)
                           .arg(HandoffLogService::describeDuration(seconds));
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::audits()
{
    auto rows = m_repo.auditItems(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::AuditItem &a : rows.value()) {
        Entry e {a.subject, a.completed, a.agreedLines, a.auditedLines, a.agreedLines != 0, {}};
        if (m_details)
            e.detail = MeasureService::tr("The auditor agreed with %1 of %2 code lines.")
                           .arg(a.agreedLines)
                           .arg(a.auditedLines);
        out.append(e);
    }
    return out;
}

Result<QList<Entry>> Loader::handoffs()
{
    auto rows = m_repo.handoffMoves(m_period.from, m_period.to);
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const Repo::HandoffMove &m : rows.value()) {
        Entry e {m.subject, m.at, m.returned ? 1 : 0, 1, m.returned, {}};
        if (m_details) {
            const QString reason = HandoffLogService::reasonName(m.reasonCode);
            if (m.accepted)
                e.detail = MeasureService::tr("Handed off to billing; accepted.");
            else if (!m.returned)
                e.detail = MeasureService::tr("Handed off to billing; not answered yet.");
            else if (reason.isEmpty())
                e.detail = MeasureService::tr("Handed off to billing; returned to the coder.");
            else
                e.detail = MeasureService::tr("Handed off to billing; returned to the coder: "
                                              "%1.")
                                   .arg(reason);
        }
        out.append(e);
    }
    return out;
}

Result<void> checkPeriod(const MeasurePeriod &period)
{
    if (!period.from.isValid() || !period.to.isValid())
        return Error::invalid(MeasureService::tr("Choose the first and the last day of the "
                                                 "period."));
    if (period.from > period.to)
        return Error::invalid(
            MeasureService::tr("The period starts on %1, after its last day "
                               "%2. Choose a first day on or before the "
                               "last.")
                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    return {};
}

void finish(MeasureValue &v)
{
    v.value = MeasureService::valueOf(v.kind, v.numerator, v.denominator);
}

/// Every measure of @p period, one set per group of @p dimension (one set for Overall, kept
/// even when empty; groups without any value are left out).
Result<QList<MeasureSet>> aggregate(
    Database &db, const MeasurePeriod &period, MeasureDimension dimension)
{
    Loader loader(db, period, false);
    QHash<qint64, MeasureSet> groups;
    auto setOf = [&](const Group &g) -> MeasureSet & {
        auto it = groups.find(g.id);
        if (it == groups.end()) {
            MeasureSet s;
            s.groupId = g.id;
            s.groupName = g.name;
            for (int i = 0; i < kMeasureCount; ++i) {
                s.values[std::size_t(i)].kind = MeasureKind(i);
                s.applies[std::size_t(i)] = MeasureService::applies(MeasureKind(i), dimension);
            }
            it = groups.insert(g.id, s);
        }
        return it.value();
    };
    if (dimension == MeasureDimension::Overall)
        setOf(groupOf({}, dimension));
    for (int i = 0; i < kMeasureCount; ++i) {
        const auto kind = MeasureKind(i);
        if (!MeasureService::applies(kind, dimension))
            continue;
        auto entries = loader.entries(kind);
        if (!entries)
            return entries.error();
        for (const Entry &e : entries.value()) {
            MeasureValue &v = setOf(groupOf(e.subject, dimension)).values[std::size_t(i)];
            v.numerator += e.numerator;
            v.denominator += e.denominator;
        }
    }
    QList<MeasureSet> out;
    for (MeasureSet &s : groups) {
        bool any = false;
        for (MeasureValue &v : s.values) {
            finish(v);
            any = any || v.hasData();
        }
        if (any || dimension == MeasureDimension::Overall)
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const MeasureSet &a, const MeasureSet &b) {
        const int byName = QString::localeAwareCompare(a.groupName, b.groupName);
        return byName != 0 ? byName < 0 : a.groupId < b.groupId;
    });
    return out;
}

QString dimensionName(MeasureDimension d)
{
    switch (d) {
    case MeasureDimension::Overall:
        return MeasureService::tr("overall");
    case MeasureDimension::Payer:
        return MeasureService::tr("payer");
    case MeasureDimension::Provider:
        return MeasureService::tr("provider");
    case MeasureDimension::Coder:
        return MeasureService::tr("coder");
    }
    return {};
}

} // namespace

MeasureService::MeasureService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{ }

std::optional<double> MeasureService::valueOf(
    MeasureKind kind, qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    const double ratio = double(numerator) / double(denominator);
    switch (kind) {
    case K::DaysInAR:
        return ratio * kChargeWindowDays;
    case K::QueryTurnaroundDays:
        return ratio / kMinutesPerDay;
    default:
        return ratio;
    }
}

bool MeasureService::applies(MeasureKind kind, MeasureDimension dimension)
{
    if (dimension != MeasureDimension::Payer)
        return true;
    return kind != K::QueryTurnaroundDays && kind != K::CodingAuditAccuracy
        && kind != K::HandoffReturnRate;
}

Result<MeasureSet> MeasureService::compute(
    const Session &session, const MeasurePeriod &period) const
{
    if (auto r = session.require(Permission::ViewDashboard); !r)
        return r.error();
    if (auto r = checkPeriod(period); !r)
        return r.error();
    auto sets = aggregate(m_db, period, MeasureDimension::Overall);
    if (!sets)
        return sets.error();
    return sets->constFirst();
}

Result<QList<MeasureSet>> MeasureService::breakdown(
    const Session &session, const MeasurePeriod &period, MeasureDimension dimension) const
{
    if (auto r = session.require(Permission::ViewDashboard); !r)
        return r.error();
    if (auto r = checkPeriod(period); !r)
        return r.error();
    return aggregate(m_db, period, dimension);
}

Result<QList<MeasureItem>> MeasureService::items(const Session &session, MeasureKind kind,
    const MeasurePeriod &period, MeasureDimension dimension, qint64 groupId) const
{
    if (auto r = session.require(Permission::ViewDashboard); !r)
        return r.error();
    if (auto r = checkPeriod(period); !r)
        return r.error();
    const MeasureInfo &info = measures::info(kind);
    if (!applies(kind, dimension))
        return Error::invalid(
            tr("%1 is not measured by %2.").arg(info.name, dimensionName(dimension)));
    Loader loader(m_db, period, true);
    auto entries = loader.entries(kind);
    if (!entries)
        return entries.error();
    // Without a dimension, the group column names the payer of a claim or the provider of an
    // encounter: what a manager asks first about either.
    const MeasureDimension shown = dimension != MeasureDimension::Overall ? dimension
        : info.listsEncounters ? MeasureDimension::Provider
                               : MeasureDimension::Payer;
    QList<MeasureItem> out;
    for (const Entry &e : entries.value()) {
        if (dimension != MeasureDimension::Overall && groupOf(e.subject, dimension).id != groupId)
            continue;
        MeasureItem item;
        item.claimId = info.listsEncounters ? 0 : e.subject.claimId;
        item.encounterId = e.subject.encounterId;
        if (!info.listsEncounters && !e.subject.controlNumber.isEmpty())
            item.reference = e.subject.controlNumber;
        else if (e.subject.encounterId != 0)
            item.reference = tr("Encounter %1").arg(e.subject.encounterId);
        else
            item.reference = tr("No claim");
        item.patientName = e.subject.patientName;
        item.dateOfService = e.subject.dateOfService;
        item.date = e.date;
        item.groupName = groupOf(e.subject, shown).name;
        item.inNumerator = e.inNumerator;
        item.numeratorPart = e.numerator;
        item.denominatorPart = e.denominator;
        item.detail = e.detail;
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(), [](const MeasureItem &a, const MeasureItem &b) {
        if (a.inNumerator != b.inNumerator)
            return a.inNumerator;
        if (a.date != b.date)
            return a.date < b.date;
        return a.reference < b.reference;
    });
    return out;
}

Result<QList<MeasurePoint>> MeasureService::weekly(
    const Session &session, MeasureKind kind, const MeasurePeriod &period) const
{
    if (auto r = session.require(Permission::ViewDashboard); !r)
        return r.error();
    if (auto r = checkPeriod(period); !r)
        return r.error();
    QList<MeasurePoint> out;
    for (QDate start = period.from; start <= period.to;) {
        const QDate sunday = start.addDays(7 - start.dayOfWeek());
        const MeasurePeriod week {start, std::min(sunday, period.to)};
        // The same reading as compute(), over the week: as of its last day for the A/R.
        Loader loader(m_db, week, false);
        auto entries = loader.entries(kind);
        if (!entries)
            return entries.error();
        MeasurePoint p;
        p.weekStart = start;
        p.value.kind = kind;
        for (const Entry &e : entries.value()) {
            p.value.numerator += e.numerator;
            p.value.denominator += e.denominator;
        }
        finish(p.value);
        out.append(p);
        start = week.to.addDays(1);
    }
    return out;
}

Result<QList<DenialBar>> MeasureService::denials(
    const Session &session, const MeasurePeriod &period, DenialBreakdown by) const
{
    if (auto r = session.require(Permission::ViewDashboard); !r)
        return r.error();
    if (auto r = checkPeriod(period); !r)
        return r.error();
    auto rows = MeasuresRepository(m_db).denialsOpened(period.from, period.to);
    if (!rows)
        return rows.error();
    QHash<QString, DenialBar> bars;
    for (const MeasuresRepository::OpenedDenial &d : rows.value()) {
        DenialBar bar;
        switch (by) {
        case DenialBreakdown::Reason:
            bar.key = QStringLiteral("%1-%2").arg(d.group, d.reason);
            //: A denial reason bar: "CO-97: The benefit for this service is included…"
            bar.label = tr("%1: %2").arg(bar.key, remitcodes::reasonText(d.reason));
            break;
        case DenialBreakdown::Payer:
            bar.key = QString::number(d.subject.payerId);
            bar.label = groupOf(d.subject, MeasureDimension::Payer).name;
            break;
        case DenialBreakdown::ServiceCode:
            bar.key = d.lineCode;
            bar.label = d.lineCode.isEmpty() ? tr("Whole claim") : d.lineCode;
            break;
        case DenialBreakdown::Coder:
            bar.key = QString::number(d.subject.coderId);
            bar.label = d.subject.coderId == 0      ? tr("No coder")
                : d.subject.coderFullName.isEmpty() ? d.subject.coderUsername
                                                    : d.subject.coderFullName;
            break;
        }
        DenialBar &b = bars[bar.key];
        if (b.count == 0) {
            b.key = bar.key;
            b.label = bar.label;
        }
        ++b.count;
        b.cents += d.amountCents;
    }
    QList<DenialBar> out = bars.values();
    std::sort(out.begin(), out.end(), [](const DenialBar &a, const DenialBar &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.cents != b.cents)
            return a.cents > b.cents;
        return a.label < b.label;
    });
    return out;
}

Result<std::array<qint64, 5>> MeasureService::aging(const Session &session, const QDate &asOf) const
{
    if (auto r = session.require(Permission::ViewDashboard); !r)
        return r.error();
    if (!asOf.isValid())
        return Error::invalid(tr("Choose the day the A/R is aged to."));
    // The A/R of DaysInAR and ArOver90Share, so that the buckets add up to their balance.
    Loader loader(m_db, MeasurePeriod {asOf, asOf}, false);
    auto entries = loader.entries(MeasureKind::ArOver90Share);
    if (!entries)
        return entries.error();
    AgingBuckets buckets;
    for (const Entry &e : entries.value())
        buckets.add(e.subject.dateOfService, asOf, e.denominator);
    return buckets.cents;
}

} // namespace cc

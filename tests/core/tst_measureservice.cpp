// SPDX-License-Identifier: GPL-3.0-or-later
// MeasureService (issue 7 §1, §6): every measure on a hand-built practice whose numerators and
// denominators are known, with records on both sides of each boundary of the period, broken
// down by payer, provider and coder; an empty period ("no data", no division by zero); the
// drill-down, the weekly trend, the denial charts and the A/R aging; the manager-only gate.
// The practice is in measuresfixture.h; `cleanclaim kpi` is tested in tst_kpicommand.
#include "measuresfixture.h"
#include "testdatabase.h"
#include "domain/remitcodes.h"
#include "services/measureservice.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QtTest>

#include <ctime>

using namespace cc;

using namespace cc::test::measuresfixture;

namespace {

Session manager()
{
    return Session {
        1, QStringLiteral("mgr"), QStringLiteral("Mia Manager"), Role::Manager, std::nullopt};
}

Session coder()
{
    return Session {
        kCoderA, QStringLiteral("coder1"), QStringLiteral("Kim Lee"), Role::Coder, std::nullopt};
}

QString message(const Error &e)
{
    return e.userMessage + QStringLiteral(" / ") + e.detail;
}

} // namespace

class tst_MeasureService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void infoTable();
    void overall_data();
    void overall();
    void emptyPeriodHasNoData();
    void pointInTimeMeasuresAsOfTheLastDay();
    void byPayer();
    void byProvider();
    void byCoder();
    void itemsOfClaims();
    void itemsOfEncounters();
    void itemsOfAGroup();
    void returnRateNeverAboveAll();
    void eveningWorkCountsOnItsLocalDay();
    void secondaryClaimsAreNotInTheCleanClaimRate();
    void itemsOfTheReceivables();
    void netCollectionsCountAReplacedClaimOnce();
    void weeklyBuckets();
    void denialCharts();
    void agingBuckets();
    void coderIsRefused();
    void badPeriodIsRefused();

private:
    MeasureService &service() { return m_db->ws().measures(); }
    MeasureSet compute(const MeasurePeriod &p);
    const MeasureSet *group(const QList<MeasureSet> &sets, qint64 id);

    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_MeasureService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorText()));
    QString error;
    QVERIFY2(build(*m_db, &error), qPrintable(error));
}

void tst_MeasureService::cleanup()
{
    m_db.reset();
}

MeasureSet tst_MeasureService::compute(const MeasurePeriod &p)
{
    auto set = service().compute(manager(), p);
    if (!set) {
        qWarning() << message(set.error());
        return {};
    }
    return set.value();
}

const MeasureSet *tst_MeasureService::group(const QList<MeasureSet> &sets, qint64 id)
{
    for (const MeasureSet &s : sets) {
        if (s.groupId == id)
            return &s;
    }
    return nullptr;
}

void tst_MeasureService::infoTable()
{
    const QStringList keys = {QStringLiteral("cleanClaimRate"),
        QStringLiteral("firstPassAcceptanceRate"), QStringLiteral("denialRate"),
        QStringLiteral("denialRateDollars"), QStringLiteral("daysInAR"),
        QStringLiteral("arOver90Share"), QStringLiteral("netCollectionRate"),
        QStringLiteral("chargeLagDays"), QStringLiteral("queryTurnaroundDays"),
        QStringLiteral("codingAuditAccuracy"), QStringLiteral("handoffReturnRate")};
    QCOMPARE(measures::all().size(), kMeasureCount);
    for (int i = 0; i < kMeasureCount; ++i) {
        const MeasureInfo &info = measures::info(MeasureKind(i));
        QCOMPARE(int(info.kind), i);
        QCOMPARE(info.key, keys.at(i));
        QVERIFY(measures::fromKey(info.key) == std::optional<MeasureKind>(MeasureKind(i)));
        QVERIFY(!info.name.isEmpty() && !info.formula.isEmpty() && !info.periodRule.isEmpty());
        QVERIFY(!info.numeratorName.isEmpty() && !info.denominatorName.isEmpty());
    }
    QVERIFY(!measures::fromKey(QStringLiteral("nope")));
    QCOMPARE(measures::info(MeasureKind::CleanClaimRate).target.value_or(0), 0.95);
    QCOMPARE(measures::info(MeasureKind::DenialRate).target.value_or(0), 0.05);
    QCOMPARE(measures::info(MeasureKind::DaysInAR).target.value_or(0), 40.0);
    QCOMPARE(measures::info(MeasureKind::DaysInAR).valueKind, MeasureValueKind::Days);
    QCOMPARE(measures::info(MeasureKind::DenialRate).direction, MeasureDirection::LowerIsBetter);
    QVERIFY(!measures::info(MeasureKind::HandoffReturnRate).target);
    QVERIFY(measures::info(MeasureKind::QueryTurnaroundDays).listsEncounters);
    QVERIFY(!measures::info(MeasureKind::DenialRate).listsEncounters);
    QCOMPARE(measures::info(MeasureKind::QueryTurnaroundDays).numeratorUnit, MeasureUnit::Minutes);
    QCOMPARE(measures::info(MeasureKind::NetCollectionRate).numeratorUnit, MeasureUnit::Cents);
}

void tst_MeasureService::overall_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<double>("value");
    auto row = [](const char *name, MeasureKind k, qint64 n, qint64 d, double v) {
        QTest::newRow(name) << int(k) << n << d << v;
    };
    row("clean claims: 1 and 3 of 1, 2, 3", MeasureKind::CleanClaimRate, 2, 3, 2.0 / 3);
    row("first pass: 1 of 1, 2, 10", MeasureKind::FirstPassAcceptanceRate, 1, 3, 1.0 / 3);
    row("denials: 4 and 10 of 1, 4, 10", MeasureKind::DenialRate, 2, 3, 2.0 / 3);
    row("denied dollars", MeasureKind::DenialRateDollars, 6000 + 30000, 60000, 0.6);
    row("days in A/R", MeasureKind::DaysInAR, 80500, 84500, 80500.0 * 90 / 84500);
    row("A/R over 90", MeasureKind::ArOver90Share, 5800 + 3500, 80500, 9300.0 / 80500);
    row("net collections", MeasureKind::NetCollectionRate, 24800, 54500 - 1500, 24800.0 / 53000);
    row("charge lag: 3 + 10 + 0 + 7 + 1", MeasureKind::ChargeLagDays, 21, 5, 4.2);
    row("query turnaround", MeasureKind::QueryTurnaroundDays, 2880 + 15300, 2, 6.3125);
    row("audit accuracy", MeasureKind::CodingAuditAccuracy, 9, 11, 9.0 / 11);
    row("handoff returns", MeasureKind::HandoffReturnRate, 2, 3, 2.0 / 3);
}

void tst_MeasureService::overall()
{
    QFETCH(int, kind);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(double, value);
    const MeasureSet set = compute(kNovember);
    const MeasureValue &v = set.value(MeasureKind(kind));
    QCOMPARE(int(v.kind), kind);
    QCOMPARE(v.numerator, numerator);
    QCOMPARE(v.denominator, denominator);
    QVERIFY(v.hasData());
    QCOMPARE(*v.value, value);
    QCOMPARE(set.groupId, 0);
    QVERIFY(set.applies[std::size_t(kind)]);
}

void tst_MeasureService::emptyPeriodHasNoData()
{
    // Before the practice's first record: nothing to count anywhere, and nothing divides by 0.
    const MeasureSet set = compute(kEmpty);
    for (int i = 0; i < kMeasureCount; ++i) {
        const MeasureValue &v = set.value(MeasureKind(i));
        QVERIFY2(!v.hasData(), qPrintable(measures::info(MeasureKind(i)).key));
        QCOMPARE(v.numerator, 0);
        QCOMPARE(v.denominator, 0);
    }
    auto groups = service().breakdown(manager(), kEmpty, MeasureDimension::Payer);
    QVERIFY(groups.ok());
    QVERIFY(groups->isEmpty());
    auto items = service().items(manager(), MeasureKind::DenialRate, kEmpty);
    QVERIFY(items.ok());
    QVERIFY(items->isEmpty());
    auto weeks = service().weekly(manager(), MeasureKind::DaysInAR, kEmpty);
    QVERIFY(weeks.ok());
    QCOMPARE(weeks->size(), 5); // Jan 1 (Wed)–5, 6–12, 13–19, 20–26, 27–31
    for (const MeasurePoint &p : weeks.value())
        QVERIFY(!p.value.hasData());
    QVERIFY(!MeasureService::valueOf(MeasureKind::NetCollectionRate, 100, 0));
    QVERIFY(!MeasureService::valueOf(MeasureKind::NetCollectionRate, 100, -5));
    QCOMPARE(MeasureService::valueOf(MeasureKind::DaysInAR, 50, 900).value_or(0), 5.0);
}

void tst_MeasureService::pointInTimeMeasuresAsOfTheLastDay()
{
    // Long after the last charge: a balance is still owed (all of it over 90 days), but no
    // charges in the last 90 days, so days in A/R has no data while the period-based measures
    // are empty.
    const MeasureSet set = compute({QDate(2030, 1, 1), QDate(2030, 1, 31)});
    QVERIFY(!set.value(MeasureKind::DaysInAR).hasData());
    QCOMPARE(set.value(MeasureKind::DaysInAR).numerator, 80500 + 9000);
    QCOMPARE(set.value(MeasureKind::DaysInAR).denominator, 0);
    QCOMPARE(*set.value(MeasureKind::ArOver90Share).value, 1.0);
    QVERIFY(!set.value(MeasureKind::CleanClaimRate).hasData());
    // As of 2026-11-11 claim 13 is not superseded yet (its replacement went on 11-12), the
    // payments of 11-20 onwards are not on the ledger, and the 90 days start on 08-14.
    const MeasureSet early = compute({QDate(2026, 11, 1), QDate(2026, 11, 11)});
    QCOMPARE(early.value(MeasureKind::DaysInAR).numerator,
        500 + 4800 + 29000 + 4000 + 7000 + 30000 + 2500);
    QCOMPARE(early.value(MeasureKind::DaysInAR).denominator,
        10000 + 2500 + 20000 + 30000 + 30000 + 4000 + 7000);
    QCOMPARE(early.value(MeasureKind::ArOver90Share).numerator, 0);
}

void tst_MeasureService::byPayer()
{
    auto sets = service().breakdown(manager(), kNovember, MeasureDimension::Payer);
    QVERIFY2(sets.ok(), qPrintable(sets.ok() ? QString() : message(sets.error())));
    QCOMPARE(sets->size(), 3);
    QCOMPARE(sets->at(0).groupName, QStringLiteral("Acme Health"));
    QCOMPARE(sets->at(1).groupName, QStringLiteral("Medicare"));
    QCOMPARE(sets->at(2).groupName, QStringLiteral("Self-pay"));
    QCOMPARE(sets->at(2).groupId, 0);
    const MeasureSet *medicare = group(sets.value(), kMedicare);
    const MeasureSet *acme = group(sets.value(), kAcme);
    QVERIFY(medicare && acme);
    auto check = [](const MeasureSet *s, MeasureKind k, qint64 n, qint64 d) {
        return s->value(k).numerator == n && s->value(k).denominator == d;
    };
    QVERIFY(check(medicare, MeasureKind::CleanClaimRate, 2, 2));
    QVERIFY(check(acme, MeasureKind::CleanClaimRate, 0, 1));
    QVERIFY(check(medicare, MeasureKind::FirstPassAcceptanceRate, 1, 2));
    QVERIFY(check(acme, MeasureKind::FirstPassAcceptanceRate, 0, 1));
    QVERIFY(check(medicare, MeasureKind::DenialRate, 1, 2));
    QVERIFY(check(acme, MeasureKind::DenialRate, 1, 1));
    QVERIFY(check(medicare, MeasureKind::DenialRateDollars, 30000, 40000));
    QVERIFY(check(acme, MeasureKind::DenialRateDollars, 6000, 20000));
    QVERIFY(check(medicare, MeasureKind::NetCollectionRate, 10800, 42500 - 1500));
    QVERIFY(check(acme, MeasureKind::NetCollectionRate, 14000, 12000));
    QVERIFY(
        check(medicare, MeasureKind::DaysInAR, 200 + 29000 + 30000, 10000 + 2500 + 30000 + 30000));
    QVERIFY(check(acme, MeasureKind::ChargeLagDays, 10, 1));
    QVERIFY(check(medicare, MeasureKind::ChargeLagDays, 3 + 0 + 7 + 1, 4));
    // Queries, audits and handoffs happen before a claim has a payer.
    for (const MeasureSet &s : sets.value()) {
        QVERIFY(!s.applies[std::size_t(MeasureKind::QueryTurnaroundDays)]);
        QVERIFY(!s.applies[std::size_t(MeasureKind::CodingAuditAccuracy)]);
        QVERIFY(!s.applies[std::size_t(MeasureKind::HandoffReturnRate)]);
        QVERIFY(!s.value(MeasureKind::QueryTurnaroundDays).hasData());
        QVERIFY(s.applies[std::size_t(MeasureKind::DenialRate)]);
    }
    // The self-pay claim 12 only owes a balance: all of it over 90 days, and no recent charge.
    const MeasureSet &selfPay = sets->at(2);
    QCOMPARE(*selfPay.value(MeasureKind::ArOver90Share).value, 1.0);
    QVERIFY(!selfPay.value(MeasureKind::DaysInAR).hasData());
    QVERIFY(!selfPay.value(MeasureKind::CleanClaimRate).hasData());
}

void tst_MeasureService::byProvider()
{
    auto sets = service().breakdown(manager(), kNovember, MeasureDimension::Provider);
    QVERIFY(sets.ok());
    QCOMPARE(sets->size(), 2);
    QCOMPARE(sets->at(0).groupName, QStringLiteral("Chen, Bo"));
    QCOMPARE(sets->at(1).groupName, QStringLiteral("Reyes, Ana"));
    const MeasureSet *reyes = group(sets.value(), kReyes);
    const MeasureSet *chen = group(sets.value(), kChen);
    QVERIFY(reyes && chen);
    QCOMPARE(reyes->value(MeasureKind::CleanClaimRate).numerator, 1);
    QCOMPARE(reyes->value(MeasureKind::CleanClaimRate).denominator, 1);
    QCOMPARE(chen->value(MeasureKind::CleanClaimRate).numerator, 1);
    QCOMPARE(chen->value(MeasureKind::CleanClaimRate).denominator, 2);
    QCOMPARE(*reyes->value(MeasureKind::QueryTurnaroundDays).value, 2.0);
    QCOMPARE(*chen->value(MeasureKind::QueryTurnaroundDays).value, 10.625);
    QCOMPARE(*reyes->value(MeasureKind::HandoffReturnRate).value, 0.5);
    QCOMPARE(*chen->value(MeasureKind::HandoffReturnRate).value, 1.0);
    for (const MeasureSet &s : sets.value()) {
        for (bool applies : s.applies)
            QVERIFY(applies);
    }
}

void tst_MeasureService::byCoder()
{
    auto sets = service().breakdown(manager(), kNovember, MeasureDimension::Coder);
    QVERIFY(sets.ok());
    QCOMPARE(sets->size(), 2);
    QCOMPARE(sets->at(0).groupName, QStringLiteral("coder1 (Kim Lee)"));
    QCOMPARE(sets->at(1).groupName, QStringLiteral("coder2 (Ravi Shah)"));
    const MeasureSet *a = group(sets.value(), kCoderA);
    const MeasureSet *b = group(sets.value(), kCoderB);
    QVERIFY(a && b);
    QCOMPARE(a->value(MeasureKind::CleanClaimRate).numerator, 2);
    QCOMPARE(a->value(MeasureKind::CleanClaimRate).denominator, 2);
    QCOMPARE(b->value(MeasureKind::CleanClaimRate).numerator, 0);
    QCOMPARE(b->value(MeasureKind::CleanClaimRate).denominator, 1);
    QCOMPARE(*b->value(MeasureKind::CleanClaimRate).value, 0.0); // zero is data, not "no data"
    // The audit counts the item's coder: encounter 3 was coded by A but audited as B's work.
    QCOMPARE(a->value(MeasureKind::CodingAuditAccuracy).numerator, 3);
    QCOMPARE(a->value(MeasureKind::CodingAuditAccuracy).denominator, 4);
    QCOMPARE(b->value(MeasureKind::CodingAuditAccuracy).numerator, 6);
    QCOMPARE(b->value(MeasureKind::CodingAuditAccuracy).denominator, 7);
    // A's encounter 1 was handed off twice and returned once; B's encounter 2 was handed off
    // on the 30th and returned on 1 December: the answer counts whenever it came.
    QCOMPARE(*a->value(MeasureKind::HandoffReturnRate).value, 0.5);
    QCOMPARE(*b->value(MeasureKind::HandoffReturnRate).value, 1.0);
    // The groups add up to the whole.
    const MeasureSet all = compute(kNovember);
    for (int i = 0; i < kMeasureCount; ++i) {
        QCOMPARE(a->values[std::size_t(i)].numerator + b->values[std::size_t(i)].numerator,
            all.values[std::size_t(i)].numerator);
        QCOMPARE(a->values[std::size_t(i)].denominator + b->values[std::size_t(i)].denominator,
            all.values[std::size_t(i)].denominator);
    }
}

void tst_MeasureService::itemsOfClaims()
{
    auto items = service().items(manager(), MeasureKind::CleanClaimRate, kNovember);
    QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : message(items.error())));
    QCOMPARE(items->size(), 3);
    // Numerator items first, then by date.
    const MeasureItem &first = items->at(0);
    QCOMPARE(first.claimId, 1);
    QCOMPARE(first.encounterId, 1);
    QCOMPARE(first.reference, QStringLiteral("PCN001"));
    QCOMPARE(first.patientName, QStringLiteral("Patient, P1"));
    QCOMPARE(first.dateOfService, QDate(2026, 10, 29));
    QCOMPARE(first.date, QDate(2026, 11, 1));
    QCOMPARE(first.groupName, QStringLiteral("Medicare"));
    QVERIFY(first.inNumerator);
    QCOMPARE(first.numeratorPart, 1);
    QCOMPARE(first.denominatorPart, 1);
    QVERIFY(!first.detail.isEmpty());
    QCOMPARE(items->at(1).claimId, 3);
    QCOMPARE(items->at(2).claimId, 2);
    QVERIFY(!items->at(2).inNumerator);
    QCOMPARE(items->at(2).numeratorPart, 0);
    QCOMPARE(items->at(2).groupName, QStringLiteral("Acme Health"));
    QVERIFY(items->at(2).detail != first.detail);

    auto denied = service().items(manager(), MeasureKind::DenialRateDollars, kNovember);
    QVERIFY(denied.ok());
    QCOMPARE(denied->size(), 3);
    qint64 numerator = 0, denominator = 0;
    for (const MeasureItem &i : denied.value()) {
        numerator += i.numeratorPart;
        denominator += i.denominatorPart;
    }
    QCOMPARE(numerator, 36000);
    QCOMPARE(denominator, 60000);
    QCOMPARE(denied->at(0).claimId, 4); // denied 2026-11-10, then 10 on the 30th
    QVERIFY(denied->at(0).detail.contains(QStringLiteral("CO-97")));
    QCOMPARE(denied->at(1).claimId, 10);
    QCOMPARE(denied->at(1).date, QDate(2026, 11, 30));
    QCOMPARE(denied->at(1).numeratorPart, 30000);
    QVERIFY(!denied->at(2).inNumerator);
}

void tst_MeasureService::itemsOfEncounters()
{
    auto items = service().items(manager(), MeasureKind::QueryTurnaroundDays, kNovember);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).claimId, 0);
    QCOMPARE(items->at(0).encounterId, 1);
    QCOMPARE(items->at(0).reference, QStringLiteral("Encounter 1"));
    QCOMPARE(items->at(0).numeratorPart, 2880);
    QCOMPARE(items->at(0).denominatorPart, 1);
    QCOMPARE(items->at(0).date, QDate(2026, 11, 1));
    QCOMPARE(items->at(0).groupName, QStringLiteral("Reyes, Ana")); // the provider
    QVERIFY(items->at(0).detail.contains(QStringLiteral("2 day")));
    QCOMPARE(items->at(1).encounterId, 2);
    QCOMPARE(items->at(1).numeratorPart, 15300);

    auto moves = service().items(manager(), MeasureKind::HandoffReturnRate, kNovember);
    QVERIFY(moves.ok());
    // The three hand-offs of November (encounter 3's was in October), each with its answer.
    QCOMPARE(moves->size(), 3);
    QMap<QDate, MeasureItem> byDay;
    for (const auto &m : moves.value())
        byDay.insert(m.date, m);
    const MeasureItem first = byDay.value(QDate(2026, 11, 1));
    const MeasureItem second = byDay.value(QDate(2026, 11, 3));
    const MeasureItem third = byDay.value(QDate(2026, 11, 30));
    QCOMPARE(first.encounterId, 1);
    QVERIFY(first.inNumerator);
    QVERIFY(first.detail.contains(QStringLiteral("returned")));
    QCOMPARE(second.encounterId, 1);
    QVERIFY(!second.inNumerator);
    QVERIFY(second.detail.contains(QStringLiteral("accepted")));
    QCOMPARE(third.encounterId, 2);
    QVERIFY(third.inNumerator);
    for (const auto &m : moves.value())
        QCOMPARE(m.denominatorPart, 1);
}

void tst_MeasureService::returnRateNeverAboveAll()
{
    // 2–5 November: one hand-off (accepted) and two returns of hand-offs made before it.
    const MeasureSet s = compute(MeasurePeriod {QDate(2026, 11, 2), QDate(2026, 11, 5)});
    const MeasureValue v = s.value(MeasureKind::HandoffReturnRate);
    QCOMPARE(v.numerator, 0);
    QCOMPARE(v.denominator, 1);
    QCOMPARE(*v.value, 0.0);
}

void tst_MeasureService::eveningWorkCountsOnItsLocalDay()
{
    // Timestamps are stored in UTC; a period is of the practice's own days. In Chicago (UTC−6
    // in November) the audit item completed at 00:00:01 UTC on 1 November was completed on the
    // evening of 31 October, like the one completed at 23:59 UTC.
    const QByteArray saved = qgetenv("TZ");
    auto computeIn = [this, &saved](const char *zone) {
        qputenv("TZ", zone);
        tzset();
        const MeasureSet s = compute(MeasurePeriod {QDate(2026, 10, 31), QDate(2026, 10, 31)});
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
        return s;
    };
    const MeasureSet chicago = computeIn("America/Chicago");
    QCOMPARE(chicago.value(MeasureKind::CodingAuditAccuracy).numerator, 3);
    QCOMPARE(chicago.value(MeasureKind::CodingAuditAccuracy).denominator, 7);
    const MeasureSet utc = computeIn("UTC");
    QCOMPARE(utc.value(MeasureKind::CodingAuditAccuracy).numerator, 0);
    QCOMPARE(utc.value(MeasureKind::CodingAuditAccuracy).denominator, 3);
}

void tst_MeasureService::secondaryClaimsAreNotInTheCleanClaimRate()
{
    const MeasureValue before = compute(kNovember).value(MeasureKind::CleanClaimRate);
    // Claim 8, the secondary of claim 1, scrubbed (not clean) in November.
    QSqlQuery q(m_db->ws().database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE claims SET first_scrub_clean = 0 WHERE id = 8")));
    const MeasureValue after = compute(kNovember).value(MeasureKind::CleanClaimRate);
    QCOMPARE(after.numerator, before.numerator);
    QCOMPARE(after.denominator, before.denominator);
}

void tst_MeasureService::itemsOfAGroup()
{
    auto items = service().items(
        manager(), MeasureKind::CleanClaimRate, kNovember, MeasureDimension::Payer, kMedicare);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    for (const MeasureItem &i : items.value())
        QCOMPARE(i.groupName, QStringLiteral("Medicare"));
    auto coderB = service().items(
        manager(), MeasureKind::CodingAuditAccuracy, kNovember, MeasureDimension::Coder, kCoderB);
    QVERIFY(coderB.ok());
    QCOMPARE(coderB->size(), 2);
    QCOMPARE(coderB->at(0).groupName, QStringLiteral("coder2 (Ravi Shah)"));
    // A measure that does not apply to the dimension is refused, not silently empty.
    auto byPayer = service().items(
        manager(), MeasureKind::QueryTurnaroundDays, kNovember, MeasureDimension::Payer, kMedicare);
    QVERIFY(!byPayer.ok());
    QCOMPARE(byPayer.error().kind, Error::Kind::Invalid);
}

void tst_MeasureService::itemsOfTheReceivables()
{
    auto items = service().items(manager(), MeasureKind::DaysInAR, kNovember);
    QVERIFY(items.ok());
    qint64 numerator = 0, denominator = 0;
    const MeasureItem *superseded = nullptr;
    const MeasureItem *settled = nullptr;
    for (const MeasureItem &i : items.value()) {
        numerator += i.numeratorPart;
        denominator += i.denominatorPart;
        if (i.claimId == 13)
            superseded = &i;
        if (i.claimId == 3)
            settled = &i;
        QVERIFY(i.claimId != 15); // charged after the day
    }
    QCOMPARE(numerator, 80500);
    QCOMPARE(denominator, 84500);
    QVERIFY(superseded && settled);
    QVERIFY(!superseded->inNumerator);
    // Its 7000 are charged again by its replacement, 7: counted once.
    QCOMPARE(superseded->denominatorPart, 0);
    QVERIFY(!settled->inNumerator);
    QCOMPARE(settled->denominatorPart, 2500);
    QCOMPARE(items->size(), 9);
    QVERIFY(items->at(0).inNumerator);
}

void tst_MeasureService::netCollectionsCountAReplacedClaimOnce()
{
    // Claim 13 was charged 7000 on 2026-10-05; its replacement, 7, charged them again on
    // 2026-11-12. Over October and November both charges are in the period: 13's are left out.
    auto partOf = [](const QList<MeasureItem> &items, qint64 claimId) -> std::optional<qint64> {
        for (const MeasureItem &i : items) {
            if (i.claimId == claimId)
                return i.denominatorPart;
        }
        return std::nullopt;
    };
    auto both = service().items(manager(), MeasureKind::NetCollectionRate,
                                {QDate(2026, 10, 1), QDate(2026, 11, 30)});
    QVERIFY(both.ok());
    QCOMPARE(partOf(both.value(), 13), std::optional<qint64>(0));
    QCOMPARE(partOf(both.value(), 7), std::optional<qint64>(7000));
    // Before the replacement went out, 13's charges are still what is expected.
    auto before = service().items(manager(), MeasureKind::NetCollectionRate,
                                  {QDate(2026, 10, 1), QDate(2026, 11, 11)});
    QVERIFY(before.ok());
    QCOMPARE(partOf(before.value(), 13), std::optional<qint64>(7000));
    QVERIFY(!partOf(before.value(), 7));
    // The measure over both months adds up its items.
    const MeasureSet set = compute({QDate(2026, 10, 1), QDate(2026, 11, 30)});
    qint64 denominator = 0;
    for (const MeasureItem &i : both.value())
        denominator += i.denominatorPart;
    QCOMPARE(set.value(MeasureKind::NetCollectionRate).denominator, denominator);
}

void tst_MeasureService::weeklyBuckets()
{
    // November 2026 starts on a Sunday and ends on a Monday: six clipped weeks.
    auto weeks = service().weekly(manager(), MeasureKind::CleanClaimRate, kNovember);
    QVERIFY(weeks.ok());
    const QList<QDate> starts = {QDate(2026, 11, 1), QDate(2026, 11, 2), QDate(2026, 11, 9),
        QDate(2026, 11, 16), QDate(2026, 11, 23), QDate(2026, 11, 30)};
    QCOMPARE(weeks->size(), starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        QCOMPARE(weeks->at(i).weekStart, starts.at(i));
    QCOMPARE(weeks->at(0).value.numerator, 1); // claim 1, the Sunday
    QCOMPARE(weeks->at(0).value.denominator, 1);
    QCOMPARE(weeks->at(1).value.numerator, 1); // claim 3
    QVERIFY(!weeks->at(2).value.hasData());
    QCOMPARE(weeks->at(5).value.numerator, 0); // claim 2, the Monday
    QCOMPARE(weeks->at(5).value.denominator, 1);
    QCOMPARE(*weeks->at(5).value.value, 0.0);
    qint64 n = 0, d = 0;
    for (const MeasurePoint &p : weeks.value()) {
        QCOMPARE(p.value.kind, MeasureKind::CleanClaimRate);
        n += p.value.numerator;
        d += p.value.denominator;
    }
    QCOMPARE(n, 2);
    QCOMPARE(d, 3);
    // A point-in-time measure is taken as of each week's last day: the last week's value is
    // the period's.
    auto ar = service().weekly(manager(), MeasureKind::DaysInAR, kNovember);
    QVERIFY(ar.ok());
    const MeasureSet all = compute(kNovember);
    QCOMPARE(ar->constLast().value.numerator, all.value(MeasureKind::DaysInAR).numerator);
    QCOMPARE(ar->constLast().value.denominator, all.value(MeasureKind::DaysInAR).denominator);
    const MeasureSet midNovember = compute({QDate(2026, 11, 9), QDate(2026, 11, 15)});
    QCOMPARE(ar->at(2).value.numerator, midNovember.value(MeasureKind::DaysInAR).numerator);
}

void tst_MeasureService::denialCharts()
{
    auto reasons = service().denials(manager(), kNovember, DenialBreakdown::Reason);
    QVERIFY(reasons.ok());
    QCOMPARE(reasons->size(), 2); // the October CO-50 is out of the period
    QCOMPARE(reasons->at(0).key, QStringLiteral("CO-97"));
    QCOMPARE(reasons->at(0).label,
        QStringLiteral("CO-97: ") + remitcodes::reasonText(QStringLiteral("97")));
    QCOMPARE(reasons->at(0).count, 2);
    QCOMPARE(reasons->at(0).cents, 7000);
    QCOMPARE(reasons->at(1).key, QStringLiteral("CO-16"));
    QCOMPARE(reasons->at(1).count, 1);

    auto payers = service().denials(manager(), kNovember, DenialBreakdown::Payer);
    QVERIFY(payers.ok());
    QCOMPARE(payers->size(), 2);
    QCOMPARE(payers->at(0).label, QStringLiteral("Acme Health"));
    QCOMPARE(payers->at(0).key, QString::number(kAcme));
    QCOMPARE(payers->at(0).count, 2);
    QCOMPARE(payers->at(0).cents, 6000);
    QCOMPARE(payers->at(1).label, QStringLiteral("Medicare"));

    auto codes = service().denials(manager(), kNovember, DenialBreakdown::ServiceCode);
    QVERIFY(codes.ok());
    QCOMPARE(codes->size(), 3);
    QCOMPARE(codes->at(0).label, QStringLiteral("99214"));
    QCOMPARE(codes->at(1).label, QStringLiteral("99213"));
    QCOMPARE(codes->at(2).label, QStringLiteral("Whole claim"));
    QCOMPARE(codes->at(2).cents, 1000);

    auto coders = service().denials(manager(), kNovember, DenialBreakdown::Coder);
    QVERIFY(coders.ok());
    QCOMPARE(coders->size(), 2);
    QCOMPARE(coders->at(0).label, QStringLiteral("Kim Lee"));
    QCOMPARE(coders->at(0).count, 2);
    QCOMPARE(coders->at(1).label, QStringLiteral("Ravi Shah"));
    QCOMPARE(coders->at(1).cents, 2000);

    auto none = service().denials(manager(), kEmpty, DenialBreakdown::Reason);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void tst_MeasureService::agingBuckets()
{
    auto end = service().aging(manager(), QDate(2026, 11, 30));
    QVERIFY(end.ok());
    // 2: 10 days; 1: 32, 7: 60, 10: 41; 9: 90 exactly; 4: 102 and 12: 91.
    const std::array<qint64, 5> expected = {5000, 200 + 7000 + 30000, 29000, 5800 + 3500, 0};
    QCOMPARE(end.value(), expected);
    qint64 total = 0;
    for (qint64 c : end.value())
        total += c;
    QCOMPARE(total, compute(kNovember).value(MeasureKind::DaysInAR).numerator);
    // Eleven days in: claim 13 still carries its balance, 4 is 83 days old.
    auto early = service().aging(manager(), QDate(2026, 11, 11));
    QVERIFY(early.ok());
    const std::array<qint64, 5> then = {500 + 30000 + 2500, 7000, 4800 + 29000 + 4000, 0, 0};
    QCOMPARE(early.value(), then);
    // Months later everything has aged past 120 days.
    auto late = service().aging(manager(), QDate(2027, 6, 1));
    QVERIFY(late.ok());
    QCOMPARE(late->at(4), 80500 + 9000);
}

void tst_MeasureService::coderIsRefused()
{
    const Session c = coder();
    auto computed = service().compute(c, kNovember);
    QVERIFY(!computed.ok());
    QCOMPARE(computed.error().kind, Error::Kind::Forbidden);
    QCOMPARE(service().breakdown(c, kNovember, MeasureDimension::Coder).error().kind,
        Error::Kind::Forbidden);
    QCOMPARE(service().items(c, MeasureKind::DenialRate, kNovember).error().kind,
        Error::Kind::Forbidden);
    QCOMPARE(service().weekly(c, MeasureKind::DenialRate, kNovember).error().kind,
        Error::Kind::Forbidden);
    QCOMPARE(service().denials(c, kNovember, DenialBreakdown::Reason).error().kind,
        Error::Kind::Forbidden);
    QCOMPARE(service().aging(c, kNovember.to).error().kind, Error::Kind::Forbidden);
    Session biller = coder();
    biller.role = Role::Biller;
    QCOMPARE(service().compute(biller, kNovember).error().kind, Error::Kind::Forbidden);
}

void tst_MeasureService::badPeriodIsRefused()
{
    auto backwards = service().compute(manager(), {kNovember.to, kNovember.from});
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().kind, Error::Kind::Invalid);
    QVERIFY(backwards.error().userMessage.contains(QStringLiteral("2026-11-30")));
    auto open = service().weekly(manager(), MeasureKind::DenialRate, {QDate(), kNovember.to});
    QVERIFY(!open.ok());
    QCOMPARE(open.error().kind, Error::Kind::Invalid);
    QCOMPARE(service().aging(manager(), QDate()).error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(tst_MeasureService)
#include "tst_measureservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/demobuilder.h"
#include "services/demoscenarios.h"
#include "services/encounterservice.h"
#include "storage/database.h"
#include "storage/practicerepository.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class tst_DemoBuilder : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameData();
    void otherSeedOtherData();
    void believablePractice();
    void classicGlucoseCasesAreToday();
    void refusesDatabaseWithPractice();
    void scenariosAreConsistent();

private:
    static int scalar(test::TestDatabase &t, const QString &sql)
    {
        const QVariant v = t.value(sql);
        return v.isValid() ? v.toInt() : -1;
    }
};

void tst_DemoBuilder::sameSeedSameData()
{
    test::TestDatabase a, b;
    QVERIFY(a.makeDemo(300, 42));
    QVERIFY(b.makeDemo(300, 42));
    auto da = PracticeRepository(a.ws().database()).contentDigest();
    auto db = PracticeRepository(b.ws().database()).contentDigest();
    QVERIFY(da.ok() && db.ok());
    QCOMPARE(da.value().toHex(), db.value().toHex());
}

void tst_DemoBuilder::otherSeedOtherData()
{
    test::TestDatabase a, b;
    QVERIFY(a.makeDemo(300, 42));
    QVERIFY(b.makeDemo(300, 43));
    QVERIFY(PracticeRepository(a.ws().database()).contentDigest().value()
            != PracticeRepository(b.ws().database()).contentDigest().value());
}

void tst_DemoBuilder::believablePractice()
{
    test::TestDatabase t;
    QVERIFY2(t.makeDemo(400, 7), qPrintable(t.errorText()));
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM providers")) >= 3);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT specialty) FROM providers")) >= 3);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM patients")) >= 200);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters")), 400);
    for (const char *kind : {"medicare", "medicaid", "self_pay"})
        QVERIFY2(scalar(t, QStringLiteral("SELECT count(*) FROM payers WHERE kind = '%1'")
                                   .arg(QLatin1String(kind)))
                         == 1,
                 kind);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM payers WHERE kind = 'commercial'")), 2);
    // Every patient has a primary coverage; some are dependants and some have a secondary plan.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM patients p WHERE NOT EXISTS (SELECT 1 "
                                      "FROM coverages c WHERE c.patient_id = p.id AND "
                                      "c.priority = 1)")),
             0);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM coverages WHERE relationship = 'child'"))
            > 0);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM coverages WHERE priority = 2")) > 0);
    // Medicare patients are 65 or older on the demo's today.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM coverages c JOIN payers y ON y.id = "
                                      "c.payer_id JOIN patients p ON p.id = c.patient_id WHERE "
                                      "y.kind = 'medicare' AND c.priority = 1 AND p.birth_date > "
                                      "'1961-11-27'")),
             0);
    // Encounters fall within the 30 days up to today and carry notes and superbill lines.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE date_of_service < "
                                      "'2026-10-29' OR date_of_service > '2026-11-27'")),
             0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE length(clinical_note) "
                                      "< 80")),
             0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters e WHERE NOT EXISTS (SELECT "
                                      "1 FROM service_lines s WHERE s.encounter_id = e.id)")),
             0);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'new'")) > 0);
    // Older coded work has moved along the handoff: waiting for the biller, accepted into a
    // draft claim, or returned to the coder for an error finding.
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'handed_off'"))
            > 0);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'accepted'"))
            > 0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'accepted'")),
             scalar(t, QStringLiteral("SELECT count(*) FROM claims WHERE primary_claim_id IS "
                                      "NULL")));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters e WHERE state = 'returned' "
                                      "AND NOT EXISTS (SELECT 1 FROM handoff_log h WHERE "
                                      "h.encounter_id = e.id AND h.to_state = 'returned')")),
             0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE clinical_note LIKE "
                                      "'%{%'")),
             0); // every placeholder filled
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM users")), 5);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM fee_schedule")) > 20);
}

void tst_DemoBuilder::classicGlucoseCasesAreToday()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(100, 3));
    const Session coder = t.login(Role::Coder);
    auto today = t.ws().encounters().queue(coder, QDate(2026, 11, 27), QDate(2026, 11, 27));
    QVERIFY(today.ok());
    QVERIFY(today->size() >= 2);
    bool sawDiabetes = false, sawSprain = false;
    for (const EncounterSummary &e : today.value()) {
        auto d = t.ws().encounters().open(coder, e.id);
        QVERIFY(d.ok());
        const bool glucose = std::any_of(d->services.cbegin(), d->services.cend(),
                                         [](const ServiceLineEntry &l) {
                                             return l.code == QLatin1String("82947");
                                         });
        if (!glucose)
            continue;
        if (d->clinicalNote.contains(QStringLiteral("diabetes"), Qt::CaseInsensitive))
            sawDiabetes = true;
        if (d->clinicalNote.contains(QStringLiteral("ankle"), Qt::CaseInsensitive))
            sawSprain = true;
    }
    QVERIFY(sawDiabetes);
    QVERIFY(sawSprain);
}

void tst_DemoBuilder::refusesDatabaseWithPractice()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(10));
    DemoBuilder::Options o;
    o.encounters = 10;
    auto again = t.ws().demo().build(o);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
    QVERIFY(again.error().userMessage.contains(QStringLiteral("already holds")));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters")), 10);
}

void tst_DemoBuilder::scenariosAreConsistent()
{
    const auto &all = demo::scenarios();
    QVERIFY(all.size() >= 30);
    QStringList keys;
    for (const auto &s : all) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
        keys.append(s.key);
        QVERIFY(!s.diagnoses.isEmpty());
        QVERIFY(!s.services.isEmpty());
        QVERIFY(s.diagnoses.size() <= 12);
        QVERIFY(s.supported || !s.problem.isEmpty());
        for (const auto &svc : s.services) {
            QVERIFY(svc.units > 0);
            for (int p : svc.pointers)
                QVERIFY2(p >= 1 && p <= s.diagnoses.size(), qPrintable(s.key));
        }
        for (const QString &dx : s.diagnoses)
            QVERIFY2(!dx.contains(QLatin1Char('.')), qPrintable(dx));
    }
    QVERIFY(keys.contains(QStringLiteral("dm2-glucose")));
    QVERIFY(keys.contains(QStringLiteral("ankle-sprain-glucose")));
}

QTEST_GUILESS_MAIN(tst_DemoBuilder)
#include "tst_demobuilder.moc"

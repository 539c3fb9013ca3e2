// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/arservice.h"
#include "services/demobuilder.h"
#include "services/demoscenarios.h"
#include "services/encounterservice.h"
#include "storage/database.h"
#include "storage/practicerepository.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace cc;

class tst_DemoBuilder : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameData();
    void otherSeedOtherData();
    void believablePractice();
    void historySpansThreeMonths();
    void historyHasEveryKindOfWork();
    void denialsTraceToCodingAndBilling();
    void measuresImproveOverTheWeeks();
    void agingHasMoneyInEveryBucket();
    void timestampsFollowTheDates();
    void neverInTheFuture_data();
    void neverInTheFuture();
    void auditsShowAccuracyPerCoder();
    void classicGlucoseCasesAreToday();
    void refusesDatabaseWithPractice();
    void scenariosAreConsistent();

private:
    /// Every column the demo's clock stamps ("table.column"): what the services wrote on the
    /// demo's days. (The audit trail and the code sets' import times are the wall clock's.)
    static QStringList stampedColumns(test::TestDatabase &t)
    {
        QStringList columns;
        if (test::TestDatabase::onServer()) {
            QSqlQuery q(t.ws().database().connection());
            q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() AND table_name NOT IN "
                                  "('audit_log', 'audit_head', 'code_releases', "
                                  "'ncci_ptp_releases', 'mue_releases', 'cleanclaim_schema') "
                                  "AND (column_name = 'at' OR column_name LIKE '%\\_at') "
                                  "ORDER BY table_name, ordinal_position"));
            while (q.next())
                columns.append(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString());
            return columns;
        }
        QSqlQuery tables(t.ws().database().connection());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT IN ('audit_log', 'audit_head', 'code_releases', "
                                   "'ncci_ptp_releases', 'mue_releases') AND name NOT LIKE "
                                   "'code_search%' ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery info(t.ws().database().connection());
            info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (info.next()) {
                const QString column = info.value(1).toString();
                if (column == QLatin1String("at") || column.endsWith(QLatin1String("_at")))
                    columns.append(table + QLatin1Char('.') + column);
            }
        }
        return columns;
    }
    /// Every value of every stamped column, in row order: two demos of one seed and anchor
    /// must agree on the times too (contentDigest() leaves created_at and updated_at out).
    static QString stamps(test::TestDatabase &t)
    {
        QString all;
        for (const QString &tc : stampedColumns(t)) {
            const QString table = tc.section(QLatin1Char('.'), 0, 0);
            const QString column = tc.section(QLatin1Char('.'), 1, 1);
            all += tc + QLatin1Char('=')
                    + t.value(QStringLiteral("SELECT group_concat(coalesce(%1, '-'), ',') FROM "
                                             "(SELECT %1 FROM %2 ORDER BY %3) AS t")
                                      .arg(column, table,
                                           test::TestDatabase::onServer()
                                                   ? QStringLiteral("1") // no rowid on a server
                                                   : QStringLiteral("rowid")))
                              .toString()
                    + QLatin1Char('\n');
        }
        return all;
    }
    static int scalar(test::TestDatabase &t, const QString &sql)
    {
        const QVariant v = t.value(sql);
        return v.isValid() ? v.toInt() : -1;
    }
    static double real(test::TestDatabase &t, const QString &sql)
    {
        const QVariant v = t.value(sql);
        return v.isValid() ? v.toDouble() : -1;
    }
    /// The demo of the default size with its three months of history, built once for the
    /// tests that only read it.
    test::TestDatabase &history()
    {
        if (!m_history) {
            m_history = std::make_unique<test::TestDatabase>();
            if (!m_history->makeDemo(kDefaultSize, 7))
                qWarning() << m_history->errorText();
        }
        return *m_history;
    }

    static constexpr int kDefaultSize = 450;
    std::unique_ptr<test::TestDatabase> m_history;
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
    // The times the history was played at, too.
    const QString sa = stamps(a), sb = stamps(b);
    QVERIFY(sa.size() > 1000);
    QCOMPARE(sa, sb);
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
    test::TestDatabase &t = history();
    QVERIFY2(t.isValid(), qPrintable(t.errorText()));
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM providers")) >= 3);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT specialty) FROM providers")) >= 3);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM patients")) >= 200);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters")), kDefaultSize);
    QCOMPARE(DemoBuilder::Options().encounters, kDefaultSize);
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
    // Encounters fall within the 14 weeks up to today, and a few visits of 4 to 5 months ago;
    // they carry notes and superbill lines.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE date_of_service < "
                                      "'2026-06-30' OR date_of_service > '2026-11-27'")),
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
    // One original claim per accepted encounter (besides secondary and replacement claims).
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'accepted'")),
             scalar(t, QStringLiteral("SELECT count(*) FROM claims WHERE primary_claim_id IS "
                                      "NULL AND frequency = '1'")));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters e WHERE state = 'returned' "
                                      "AND NOT EXISTS (SELECT 1 FROM handoff_log h WHERE "
                                      "h.encounter_id = e.id AND h.to_state = 'returned')")),
             0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE clinical_note LIKE "
                                      "'%{%'")),
             0); // every placeholder filled
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM users")), 6); // two coders
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM fee_schedule")) > 20);
}

// The demo's today is 2026-11-27 (a Friday); 91 days before it is 2026-08-28.

void tst_DemoBuilder::historySpansThreeMonths()
{
    test::TestDatabase &t = history();
    QVERIFY(t.value(QStringLiteral("SELECT min(date_of_service) FROM encounters")).toString()
            <= QLatin1String("2026-08-28"));
    // Clinic days in every week of the 13 weeks up to today…
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT strftime('%W', date_of_service)) "
                                     "FROM encounters WHERE date_of_service >= '2026-08-28'"))
            >= 13);
    // … and a few visits over 120 days old.
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM encounters WHERE date_of_service < "
                                     "'2026-07-30'"))
            >= 2);
    // Claims went out every Friday of the history.
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 10)) FROM "
                                     "batches WHERE created_at >= '2026-08-28'"))
            >= 12);
    // Two coders share the coding.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(DISTINCT coder_id) FROM encounters")), 2);
    QVERIFY(scalar(t, QStringLiteral("SELECT min(n) FROM (SELECT count(*) AS n FROM encounters "
                                     "WHERE coder_id IS NOT NULL GROUP BY coder_id) AS t"))
            >= 100);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM encounters e JOIN users u ON u.id = "
                                      "e.coder_id WHERE u.role <> 'coder'")),
             0);
}

void tst_DemoBuilder::historyHasEveryKindOfWork()
{
    test::TestDatabase &t = history();
    auto count = [&](const char *sql) { return scalar(t, QString::fromLatin1(sql)); };
    // Submitted, accepted and rejected; rejections fixed and sent again.
    QVERIFY(count("SELECT count(*) FROM claim_status_events WHERE status = 'accepted'") > 300);
    QVERIFY(count("SELECT count(*) FROM claim_status_events WHERE status = 'rejected'") >= 5);
    QVERIFY(count("SELECT count(*) FROM claims WHERE submission_count >= 2") >= 3);
    // Paid, partly paid, denied; secondary claims, crossovers, a reversal, a PLB, an ERA claim
    // that is not ours.
    QVERIFY(count("SELECT count(*) FROM claims WHERE state = 'paid'") > 200);
    QVERIFY(count("SELECT count(*) FROM claims WHERE state = 'partially_paid'") >= 5);
    QVERIFY(count("SELECT count(*) FROM claims WHERE state = 'denied'") >= 5);
    QVERIFY(count("SELECT count(*) FROM claims WHERE primary_claim_id IS NOT NULL") > 0);
    QVERIFY(count("SELECT count(*) FROM remittance_claims WHERE crossover_payer <> ''") > 0);
    QCOMPARE(count("SELECT count(*) FROM remittance_claims WHERE status_code = '22'"), 1);
    QVERIFY(count("SELECT count(*) FROM provider_adjustments") > 0);
    QCOMPARE(count("SELECT count(*) FROM remittance_claims WHERE resolution = 'unmatched'"), 1);
    // Denials worked every way, through the denial service (each action in the history).
    for (const char *state : {"appealed", "resubmitted", "written_off", "transferred"}) {
        QVERIFY2(scalar(t, QStringLiteral("SELECT count(*) FROM denials WHERE state = '%1'")
                                   .arg(QLatin1String(state)))
                         > 0,
                 state);
    }
    QVERIFY(count("SELECT count(*) FROM denials WHERE state = 'open'") > 0);
    for (const char *action : {"appeal", "appeal_letter", "resubmit", "write_off", "transfer"}) {
        QVERIFY2(scalar(t, QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = "
                                          "'denial' AND action = '%1'")
                                   .arg(QLatin1String(action)))
                         > 0,
                 action);
    }
    QVERIFY(count("SELECT count(*) FROM claims WHERE frequency = '7' AND submission_count > 0")
            > 0);
    // Patient balances, and statements run for them more than once.
    QVERIFY(count("SELECT count(*) FROM postings WHERE kind = 'patient_responsibility'") > 100);
    QVERIFY(count("SELECT count(*) FROM statement_runs") >= 2);
    QVERIFY(count("SELECT max(dunning_level) FROM statements") >= 2);
    QCOMPARE(count("SELECT sum(statement_count) FROM statement_runs"),
             count("SELECT count(*) FROM statements"));
    // Documentation queries sent and answered, from hours to days, across the weeks.
    QVERIFY(count("SELECT count(*) FROM documentation_queries WHERE answered_at IS NOT NULL")
            >= 10);
    QVERIFY(real(t, QStringLiteral("SELECT min(julianday(answered_at) - julianday(sent_at)) FROM "
                                   "documentation_queries"))
            < 0.5);
    QVERIFY(real(t, QStringLiteral("SELECT max(julianday(answered_at) - julianday(sent_at)) FROM "
                                   "documentation_queries"))
            > 2);
    QVERIFY(count("SELECT count(DISTINCT strftime('%W', sent_at)) FROM documentation_queries")
            >= 8);
    QCOMPARE(count("SELECT count(*) FROM documentation_queries q JOIN encounters e ON e.id = "
                   "q.encounter_id WHERE q.answered_at IS NOT NULL AND e.state = "
                   "'query_pending'"),
             0);
    // Handoffs returned across the weeks; most returned work was fixed and accepted.
    QVERIFY(count("SELECT count(DISTINCT strftime('%W', at)) FROM handoff_log WHERE to_state = "
                  "'returned'")
            >= 8);
    QVERIFY(count("SELECT count(*) FROM encounters e WHERE e.state = 'accepted' AND EXISTS "
                  "(SELECT 1 FROM handoff_log h WHERE h.encounter_id = e.id AND h.to_state = "
                  "'returned')")
            >= 5);
    // Charge lag: claims made 1 to 5 days after the visit, not all alike (longer when the
    // coder waited for a query's answer or the biller returned the encounter).
    const QString lag = QStringLiteral(
            "julianday(substr(c.created_at, 1, 10)) - julianday(e.date_of_service)");
    const QString original = QStringLiteral(
            "FROM claims c JOIN encounters e ON e.id = c.encounter_id WHERE c.frequency = '1' "
            "AND c.primary_claim_id IS NULL");
    const QString straight = original
            + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM handoff_log h WHERE h.encounter_id "
                             "= e.id AND h.to_state IN ('returned', 'query_pending'))");
    QVERIFY(real(t, QStringLiteral("SELECT min(%1) %2").arg(lag, original)) >= 1);
    QVERIFY(real(t, QStringLiteral("SELECT max(%1) %2").arg(lag, straight)) <= 5);
    QVERIFY(real(t, QStringLiteral("SELECT max(%1) %2").arg(lag, original)) <= 14);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT %1) %2").arg(lag, straight)) >= 4);
    // A coding audit of both coders, recoded, with agreement and disagreement.
    QVERIFY(count("SELECT count(*) FROM coding_audit_items WHERE completed_at IS NOT NULL") >= 4);
    QCOMPARE(count("SELECT count(DISTINCT coder_id) FROM coding_audit_items"), 2);
    QVERIFY(count("SELECT sum(agreed_lines) FROM coding_audit_items") > 0);
    QVERIFY(count("SELECT sum(audited_lines) - sum(agreed_lines) FROM coding_audit_items") > 0);
}

void tst_DemoBuilder::denialsTraceToCodingAndBilling()
{
    test::TestDatabase &t = history();
    const QString coding = QStringLiteral("('11', '50', '97', '151', '4')");
    const QString billing = QStringLiteral("('16', '197', '29', '18', '204', '27')");
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT reason_code) FROM denials WHERE "
                                     "reason_code IN %1")
                              .arg(coding))
            >= 4);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT reason_code) FROM denials WHERE "
                                     "reason_code IN %1")
                              .arg(billing))
            >= 3);
    // Coding denials are spread over payers, service codes and both coders.
    const QString codingDenials = QStringLiteral(
            "FROM denials d JOIN claims c ON c.id = d.claim_id JOIN encounters e ON e.id = "
            "c.encounter_id LEFT JOIN claim_lines l ON l.id = d.claim_line_id WHERE "
            "d.reason_code IN %1")
                                          .arg(coding);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT c.payer_id) %1").arg(codingDenials))
            >= 3);
    QVERIFY(scalar(t, QStringLiteral("SELECT count(DISTINCT l.code) %1").arg(codingDenials)) >= 4);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(DISTINCT e.coder_id) %1").arg(codingDenials)),
             2);
    // Coding denials are line denials; billing ones deny the whole claim.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) %1 AND d.claim_line_id IS NULL")
                               .arg(codingDenials)),
             0);
}

void tst_DemoBuilder::measuresImproveOverTheWeeks()
{
    test::TestDatabase &t = history();
    // Weeks 1–6 of the history (before 2026-10-02) against the last five (from 2026-10-23).
    const QString early = QStringLiteral("< '2026-10-02'");
    const QString late = QStringLiteral(">= '2026-10-23'");
    // Clean claim rate: original claims clean on their first scrub, by the day they were made.
    auto clean = [&](const QString &when) {
        return real(t, QStringLiteral("SELECT avg(first_scrub_clean) FROM claims WHERE frequency "
                                      "= '1' AND first_scrub_clean IS NOT NULL AND "
                                      "substr(created_at, 1, 10) %1")
                               .arg(when));
    };
    // First-pass acceptance: claims sent whose first answer was not a rejection.
    auto firstPass = [&](const QString &when) {
        return real(t, QStringLiteral("SELECT avg(CASE WHEN (SELECT s.status FROM "
                                      "claim_status_events s WHERE s.claim_id = c.id AND s.status "
                                      "IN ('accepted', 'rejected') ORDER BY s.at, s.id LIMIT 1) = "
                                      "'accepted' THEN 1.0 ELSE 0.0 END) FROM claims c WHERE "
                                      "c.frequency = '1' AND c.submission_count > 0 AND "
                                      "substr(c.created_at, 1, 10) %1")
                               .arg(when));
    };
    // Denial rate: adjudicated original claims with a denial, by date of service.
    auto denied = [&](const QString &when) {
        return real(t, QStringLiteral("SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM denials d "
                                      "WHERE d.claim_id = c.id) THEN 1.0 ELSE 0.0 END) FROM "
                                      "claims c JOIN encounters e ON "
                                      "e.id = c.encounter_id WHERE c.frequency = '1' AND "
                                      "c.primary_claim_id IS NULL AND EXISTS (SELECT 1 FROM "
                                      "remittance_claims r WHERE r.claim_id = c.id) AND "
                                      "e.date_of_service %1")
                               .arg(when));
    };
    // Return rate: handoffs returned over handoffs made.
    auto returned = [&](const QString &when) {
        return real(t, QStringLiteral("SELECT 1.0 * sum(CASE WHEN to_state = 'returned' THEN 1 "
                                      "ELSE 0 END) / sum(CASE WHEN to_state = 'handed_off' THEN 1 "
                                      "ELSE 0 END) FROM handoff_log WHERE "
                                      "substr(at, 1, 10) %1")
                               .arg(when));
    };
    qDebug("clean %.3f → %.3f, first pass %.3f → %.3f, denials %.3f → %.3f, returns %.3f → %.3f",
           clean(early), clean(late), firstPass(early), firstPass(late), denied(early),
           denied(late), returned(early), returned(late));
    QVERIFY(clean(early) > 0.7);
    QVERIFY(clean(early) + 0.04 < clean(late));
    QVERIFY(clean(late) < 1);
    QVERIFY(firstPass(early) + 0.03 < firstPass(late));
    QVERIFY(firstPass(late) < 1);
    QVERIFY(denied(early) > denied(late) + 0.03);
    QVERIFY(denied(late) > 0);
    QVERIFY(returned(early) > returned(late));
    QVERIFY(returned(late) > 0);
}

void tst_DemoBuilder::agingHasMoneyInEveryBucket()
{
    test::TestDatabase &t = history();
    // What is owed (insurance and patient balances) by age from the date of service.
    for (int bucket = 0; bucket < AgingBuckets::kCount; ++bucket) {
        const int from = bucket == 0 ? 0 : 30 * bucket + 1;
        const int to = bucket == 4 ? 100000 : 30 * (bucket + 1);
        const int owed = scalar(
                t, QStringLiteral("SELECT coalesce(sum(b.insurance_balance_cents + "
                                  "b.patient_balance_cents), 0) FROM claim_balances b JOIN claims "
                                  "c ON c.id = b.claim_id JOIN encounters e ON e.id = "
                                  "c.encounter_id WHERE c.frequency <> '8' AND "
                                  "julianday('2026-11-27') - julianday(e.date_of_service) "
                                  "BETWEEN %1 AND %2")
                           .arg(from)
                           .arg(to));
        QVERIFY2(owed > 0, qPrintable(QStringLiteral("bucket %1").arg(bucket)));
    }
    // The payers still owe on claims over 120 days old (unanswered or denied).
    ArService ar(t.ws().database(), t.ws().audit());
    auto byPayer = ar.agingByPayer(QDate(2026, 11, 27));
    QVERIFY(byPayer.ok());
    qint64 over120 = 0;
    for (const AgingRow &row : byPayer.value())
        over120 += row.insurance.cents[4];
    QVERIFY(over120 > 0);
}

void tst_DemoBuilder::timestampsFollowTheDates()
{
    test::TestDatabase &t = history();
    // Work the services did is stamped on the demo's days, never on the day the test runs.
    const QString after = QStringLiteral("'2026-11-28'");
    const QStringList stamped = {
        QStringLiteral("claims:created_at"),        QStringLiteral("postings:posted_at"),
        QStringLiteral("work_notes:at"),            QStringLiteral("handoff_log:at"),
        QStringLiteral("documentation_queries:sent_at"),
        QStringLiteral("documentation_queries:answered_at"),
        QStringLiteral("denials:resolved_at"),      QStringLiteral("claim_status_events:at"),
        QStringLiteral("coding_audit_items:completed_at"), QStringLiteral("batches:created_at")};
    for (const QString &tc : stamped) {
        const QString table = tc.section(QLatin1Char(':'), 0, 0);
        const QString column = tc.section(QLatin1Char(':'), 1, 1);
        QVERIFY2(scalar(t, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 >= %3")
                                   .arg(table, column, after))
                         == 0,
                 qPrintable(tc));
    }
    // Denial work comes after the denial, and a week or more after it.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM work_notes n JOIN denials d ON "
                                      "d.id = n.entity_id WHERE n.entity = 'denial' AND "
                                      "julianday(n.at) - julianday(d.opened_at) < 5")),
             0);
    // Queries are answered after they are sent; claims made after the visit.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM documentation_queries WHERE "
                                      "answered_at < sent_at")),
             0);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM claims c JOIN encounters e ON e.id = "
                                      "c.encounter_id WHERE substr(c.created_at, 1, 10) <= "
                                      "e.date_of_service")),
             0);
}

void tst_DemoBuilder::neverInTheFuture_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::newRow("friday") << QDate(2026, 11, 27);
    QTest::newRow("saturday") << QDate(2026, 11, 28); // Friday's batch: 999 only
    QTest::newRow("monday") << QDate(2026, 11, 30);   // before the 277CA comes in
    QTest::newRow("wednesday") << QDate(2026, 12, 2);
}

void tst_DemoBuilder::neverInTheFuture()
{
    // `cleanclaim demo` anchors the demo on today: whatever time of day it is built, nothing
    // the practice did may be stamped later, so every stamp of the demo's clock falls before
    // the anchor day (today's visits come from the schedule of the evening before).
    QFETCH(QDate, anchor);
    test::TestDatabase t;
    QVERIFY2(t.makeDemo(300, 5, anchor), qPrintable(t.errorText()));
    const QString day = anchor.toString(Qt::ISODate);
    const QStringList columns = stampedColumns(t);
    QVERIFY(columns.contains(QStringLiteral("claims.updated_at")));
    QVERIFY(columns.contains(QStringLiteral("encounters.updated_at")));
    QVERIFY(columns.contains(QStringLiteral("claim_status_events.at")));
    for (const QString &tc : columns) {
        const QString table = tc.section(QLatin1Char('.'), 0, 0);
        const QString column = tc.section(QLatin1Char('.'), 1, 1);
        QVERIFY2(scalar(t, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 >= '%3'")
                                   .arg(table, column, day))
                         == 0,
                 qPrintable(tc));
    }
    // The history still reaches back 90 days and more from the anchor, with claims answered
    // up to the last full week.
    QVERIFY(t.value(QStringLiteral("SELECT min(substr(created_at, 1, 10)) FROM claims"))
                    .toString()
            <= anchor.addDays(-90).toString(Qt::ISODate));
    QVERIFY(scalar(t, QStringLiteral("SELECT count(*) FROM claim_status_events WHERE status = "
                                     "'accepted' AND at >= '%1'")
                              .arg(anchor.addDays(-10).toString(Qt::ISODate)))
            > 0);
}

void tst_DemoBuilder::auditsShowAccuracyPerCoder()
{
    test::TestDatabase &t = history();
    // Two monthly audits of both coders, the later one more accurate: the newer coder's
    // disagreements come down.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM coding_audits")), 2);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM coding_audit_items WHERE "
                                      "completed_at IS NULL")),
             0);
    const QString accuracy = QStringLiteral(
            "SELECT 1.0 * sum(i.agreed_lines) / sum(i.audited_lines) FROM coding_audit_items i "
            "JOIN users u ON u.id = i.coder_id WHERE i.audit_id = %1 AND u.username = '%2'");
    for (const char *coder : {"coder", "coder2"}) {
        for (int audit : {1, 2}) {
            const double a = real(t, accuracy.arg(audit).arg(QLatin1String(coder)));
            QVERIFY2(a > 0.5 && a <= 1, coder);
        }
    }
    const double before = real(t, accuracy.arg(1).arg(QLatin1String("coder2")));
    const double after = real(t, accuracy.arg(2).arg(QLatin1String("coder2")));
    QVERIFY(before < 1);
    QVERIFY(before < after);
    QVERIFY(real(t, accuracy.arg(1).arg(QLatin1String("coder"))) < 1);
    // Recoded after they were drawn, within the history.
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM coding_audit_items i JOIN "
                                      "coding_audits a ON a.id = i.audit_id WHERE i.completed_at "
                                      "<= a.created_at OR i.completed_at >= '2026-11-27'")),
             0);
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

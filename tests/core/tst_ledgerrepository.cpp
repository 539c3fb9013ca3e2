// SPDX-License-Identifier: GPL-3.0-or-later
// The append-only ledger (migration 0006): rows are appended, a correction is a reversing row,
// and the balances of the claim_balances view follow the conventions written in the migration.
#include "testdatabase.h"

#include "storage/database.h"
#include "storage/ledgerrepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace cc;

class TestLedgerRepository : public QObject
{
    Q_OBJECT

private:
    static LedgerEntry entry(qint64 claim, qint64 patient, const char *kind, qint64 cents,
                             const char *group = "", const char *reason = "")
    {
        LedgerEntry e;
        e.claimId = claim;
        e.patientId = patient;
        e.kind = QString::fromLatin1(kind);
        e.amountCents = cents;
        e.groupCode = QString::fromLatin1(group);
        e.reasonCode = QString::fromLatin1(reason);
        return e;
    }

private slots:
    void balancesFollowTheConventions();
    void reversalIsANewRowAndOnlyOnce();
    void balancesOfManyClaims();
    void appendManyStoresRowsAsAppendDoes_data();
    void appendManyStoresRowsAsAppendDoes();
    void appendManyRefusesABadRow();
};

void TestLedgerRepository::balancesFollowTheConventions()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QVERIFY2(db.makeDemo(40, 3), qPrintable(db.errorText()));
    const qint64 claim = db.makeDraftClaim();
    QVERIFY(claim > 0);
    const qint64 patient
            = db.value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters e ON "
                                      "e.id = c.encounter_id WHERE c.id = %1").arg(claim))
                      .toLongLong();
    LedgerRepository ledger(db.ws().database());
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kCharge, 25000), at));
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kPayment, 14000), at));
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kAdjustment, 8000, "CO", "45"), at));
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kPatientResponsibility, 2000, "PR", "2"),
                          at));
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kPatientPayment, 500), at));
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kWriteOff, 500, "PR", "SMALL"), at));
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kWriteOff, 700, "CO", "16"), at));

    const auto b = ledger.balance(claim);
    QVERIFY2(b, qPrintable(b ? QString() : b.error().userMessage));
    QCOMPARE(b.value().chargeCents, 25000);
    QCOMPARE(b.value().paidCents, 14000);
    QCOMPARE(b.value().adjustedCents, 8000);
    QCOMPARE(b.value().patientChargedCents, 2000);
    QCOMPARE(b.value().patientPaidCents, 500);
    QCOMPARE(b.value().writtenOffCents, 1200);
    // 250 − 140 − 80 − 20 (moved to the patient) − 7 (written off) = 3.00 left with the payer.
    QCOMPARE(b.value().insuranceBalanceCents, 300);
    // 20 − 5 paid − 5 written off = 10.00 left with the patient.
    QCOMPARE(b.value().patientBalanceCents, 1000);

    const auto none = ledger.balance(999999);
    QVERIFY(none);
    QCOMPARE(none.value().claimId, 999999);
    QCOMPARE(none.value().insuranceBalanceCents, 0);
}

void TestLedgerRepository::reversalIsANewRowAndOnlyOnce()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QVERIFY2(db.makeDemo(40, 3), qPrintable(db.errorText()));
    const qint64 claim = db.makeDraftClaim();
    QVERIFY(claim > 0);
    const qint64 patient
            = db.value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters e ON "
                                      "e.id = c.encounter_id WHERE c.id = %1").arg(claim))
                      .toLongLong();
    LedgerRepository ledger(db.ws().database());
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QVERIFY(ledger.append(entry(claim, patient, ledgerkind::kCharge, 10000), at));
    const auto paid = ledger.append(entry(claim, patient, ledgerkind::kPayment, 6000), at);
    QVERIFY(paid);

    const auto rev = ledger.reverse(paid.value(), 0, 0, 0, QStringLiteral("Payer reversal"), at);
    QVERIFY2(rev, qPrintable(rev ? QString() : rev.error().userMessage));
    QVERIFY(rev.value() > paid.value());

    // The original row is untouched; the reversal carries the opposite amount.
    const auto rows = ledger.rows(claim);
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value().at(1).entry.amountCents, 6000);
    QVERIFY(rows.value().at(1).reversed);
    QCOMPARE(rows.value().at(2).entry.amountCents, -6000);
    QCOMPARE(rows.value().at(2).entry.reversesId, paid.value());
    QCOMPARE(rows.value().at(2).entry.kind, QStringLiteral("payment"));
    QCOMPARE(ledger.balance(claim).value().insuranceBalanceCents, 10000);

    // Twice is refused, and so is reversing a reversal.
    const auto again = ledger.reverse(paid.value(), 0, 0, 0, QString(), at);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY(!ledger.reverse(rev.value(), 0, 0, 0, QString(), at));
    QVERIFY(!ledger.reverse(424242, 0, 0, 0, QString(), at));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1")
                              .arg(claim)).toInt(),
             3);
}

void TestLedgerRepository::balancesOfManyClaims()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QVERIFY2(db.makeDemo(40, 3), qPrintable(db.errorText()));
    const qint64 a = db.makeDraftClaim();
    const qint64 b = db.makeDraftClaim(QStringLiteral("I10"), QStringLiteral("99213"), 9000);
    QVERIFY(a > 0 && b > 0);
    LedgerRepository ledger(db.ws().database());
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QVERIFY(ledger.append(entry(a, 1, ledgerkind::kCharge, 2200), at));
    QVERIFY(ledger.append(entry(b, 1, ledgerkind::kCharge, 9000), at));
    QVERIFY(ledger.append(entry(b, 1, ledgerkind::kTransfer, 9000, "PR", "50"), at));
    const auto both = ledger.balances({a, b});
    QVERIFY(both);
    QCOMPARE(both.value().value(a).insuranceBalanceCents, 2200);
    QCOMPARE(both.value().value(b).insuranceBalanceCents, 0);
    QCOMPARE(both.value().value(b).patientBalanceCents, 9000);
    const auto onlyB = ledger.balances({b});
    QVERIFY(onlyB);
    QCOMPARE(onlyB.value().size(), 1);
}

void TestLedgerRepository::appendManyStoresRowsAsAppendDoes_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one row") << 1;
    QTest::newRow("one statement less a row") << 63;
    QTest::newRow("one full statement") << 64;
    QTest::newRow("a full statement and one row") << 65;
    QTest::newRow("several statements") << 200;
}

void TestLedgerRepository::appendManyStoresRowsAsAppendDoes()
{
    QFETCH(int, count);
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QVERIFY2(db.makeDemo(40, 3), qPrintable(db.errorText()));
    const qint64 one = db.makeDraftClaim();
    const qint64 many = db.makeDraftClaim(QStringLiteral("I10"), QStringLiteral("99213"), 9000);
    QVERIFY(one > 0 && many > 0);
    const qint64 patient
            = db.value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters e ON "
                                      "e.id = c.encounter_id WHERE c.id = %1").arg(many))
                      .toLongLong();
    const qint64 line
            = db.value(QStringLiteral("SELECT id FROM claim_lines WHERE claim_id = %1").arg(many))
                      .toLongLong();
    QVERIFY(line > 0);
    // Every kind of value: null and set ids, allowed amounts, empty and set text.
    QList<LedgerEntry> entries;
    const char *kinds[] = {ledgerkind::kPayment, ledgerkind::kAdjustment,
                           ledgerkind::kPatientResponsibility};
    const char *groups[] = {"", "CO", "PR"};
    for (int i = 0; i < count; ++i) {
        LedgerEntry e = entry(many, patient, kinds[i % 3], 100 + i, groups[i % 3],
                              i % 3 == 0 ? "" : "45");
        e.claimLineId = i % 2 == 0 ? line : 0;
        if (i % 4 == 0)
            e.allowedCents = 1000 + i;
        // Plain, accented and long text: long rows fill the writer's buffer for ASCII text
        // (64 KiB per statement) and the rest, like the accented rows, are bound otherwise.
        if (i % 5 == 0)
            e.memo = QStringLiteral("row %1").arg(i);
        else if (i % 7 == 1)
            e.memo = QStringLiteral("Se\u00f1ora Mu\u00f1oz \u2014 ajuste %1").arg(i);
        else if (i % 11 == 2)
            e.memo = QString(i == 2 ? 70000 : 3000, QLatin1Char('x'));
        entries.append(e);
    }
    LedgerRepository ledger(db.ws().database());
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 30, 15, 250), Qt::UTC);
    const auto stored = ledger.appendMany(entries, at);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().detail));
    // The same rows one by one on the other claim.
    for (LedgerEntry e : entries) {
        e.claimId = one;
        QVERIFY(ledger.append(e, at));
    }
    const auto got = ledger.rows(many);
    const auto want = ledger.rows(one);
    QVERIFY(got && want);
    QCOMPARE(got.value().size(), qsizetype(count));
    QCOMPARE(want.value().size(), qsizetype(count));
    for (int i = 0; i < count; ++i) {
        const LedgerRow &g = got.value().at(i);
        const LedgerRow &w = want.value().at(i);
        if (i > 0)
            QCOMPARE(g.id, got.value().at(i - 1).id + 1); // in the order given
        QCOMPARE(g.entry.claimLineId, w.entry.claimLineId);
        QCOMPARE(g.entry.patientId, w.entry.patientId);
        QCOMPARE(g.entry.kind, w.entry.kind);
        QCOMPARE(g.entry.groupCode, w.entry.groupCode);
        QCOMPARE(g.entry.reasonCode, w.entry.reasonCode);
        QCOMPARE(g.entry.amountCents, qint64(100 + i));
        QCOMPARE(g.entry.amountCents, w.entry.amountCents);
        QCOMPARE(g.entry.allowedCents, w.entry.allowedCents);
        QCOMPARE(g.entry.memo, w.entry.memo);
        QCOMPARE(g.entry.memo, entries.at(i).memo.isNull() ? QString(QLatin1String(""))
                                                           : entries.at(i).memo);
        QCOMPARE(g.entry.userId, w.entry.userId);
        QCOMPARE(g.entry.reversesId, w.entry.reversesId);
        QCOMPARE(g.postedAt, at);
        QCOMPARE(g.postedAt, w.postedAt);
    }
    // Stored with the same SQL types (NULL ids, NULL allowed amounts, text never NULL). A
    // server's columns have one type each: there, the NULLs are what can differ.
    const QString shape = test::TestDatabase::onServer()
            ? QStringLiteral(
                    "SELECT group_concat((claim_line_id IS NULL)::text || (allowed_cents IS "
                    "NULL)::text || (remittance_id IS NULL)::text || (user_id IS NULL)::text || "
                    "(memo IS NULL)::text || (group_code IS NULL)::text, ',') FROM (SELECT * "
                    "FROM postings WHERE claim_id = %1 ORDER BY id) AS t")
            : QStringLiteral(
                    "SELECT group_concat(typeof(claim_line_id) || typeof(allowed_cents) || "
                    "typeof(remittance_id) || typeof(user_id) || typeof(memo) || "
                    "typeof(group_code), ',') FROM (SELECT * FROM postings WHERE claim_id = %1 "
                    "ORDER BY id) AS t");
    QCOMPARE(db.value(shape.arg(many)).toString(), db.value(shape.arg(one)).toString());
}

void TestLedgerRepository::appendManyRefusesABadRow()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QVERIFY2(db.makeDemo(40, 3), qPrintable(db.errorText()));
    const qint64 claim = db.makeDraftClaim();
    QVERIFY(claim > 0);
    const qint64 before = db.value(QStringLiteral("SELECT count(*) FROM postings")).toLongLong();
    QList<LedgerEntry> entries;
    for (int i = 0; i < 10; ++i)
        entries.append(entry(claim, 1, ledgerkind::kPayment, 100));
    entries[7].kind = QStringLiteral("not a kind"); // the CHECK constraint refuses it
    LedgerRepository ledger(db.ws().database());
    const auto r = ledger.appendMany(entries, QDateTime::currentDateTimeUtc());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Constraint);
    // The statement holding the bad row stored none of its rows.
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM postings")).toLongLong(), before);
}

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "tst_ledgerrepository.moc"

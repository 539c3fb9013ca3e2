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

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "tst_ledgerrepository.moc"

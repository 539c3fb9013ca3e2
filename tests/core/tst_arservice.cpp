// SPDX-License-Identifier: GPL-3.0-or-later
// ArService (issue 6 §6): aging buckets by DOS with their exact boundaries, by payer and by
// patient, superseded claims out of the A/R, the follow-up list by the payer's expected days
// and the next-action date, and follow-up notes.
#include "testdatabase.h"
#include "services/arservice.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"
#include "storage/ledgerrepository.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cc;

namespace {
const QDate kToday(2026, 11, 27);
}

class tst_ArService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void bucketOf_data();
    void bucketOf();
    void bucketBoundaries();
    void byPayerAndByPatientTotalsEqual();
    void supersededClaimsExcluded();
    void followUpList();
    void notesValidation();

private:
    ArService &ar() { return m_db->ws().receivables(); }
    /// A claim sent on @p sent with DOS @p dos and its charges on the ledger.
    qint64 sentClaim(const QDate &dos, qint64 chargeCents, const QDate &sent = kToday);
    void post(qint64 claimId, const char *kind, qint64 cents, const QString &group = {});
    qint64 payerOf(qint64 claimId)
    {
        return m_db->value(QStringLiteral("SELECT payer_id FROM claims WHERE id = %1").arg(claimId))
            .toLongLong();
    }
    void setSent(qint64 claimId, const QDate &sent)
    {
        m_db->value(QStringLiteral("UPDATE claim_status_events SET at = '%1T09:00:00.000Z' WHERE "
                                   "claim_id = %2 AND status = 'submitted'")
                        .arg(sent.toString(Qt::ISODate))
                        .arg(claimId));
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
};

void tst_ArService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_biller = m_db->login(Role::Biller);
    m_db->value(QStringLiteral("UPDATE claims SET state = 'closed'"));
    m_db->value(QStringLiteral("DELETE FROM postings"));
    ar().setToday(kToday);
}

void tst_ArService::cleanup()
{
    m_db.reset();
}

qint64 tst_ArService::sentClaim(const QDate &dos, qint64 chargeCents, const QDate &sent)
{
    const qint64 id
        = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), chargeCents);
    if (id == 0 || !m_db->ws().claims().scrubClaims(m_biller, {id}).ok())
        return 0;
    auto r = m_db->ws().submissions().submit(m_biller, {id}, QDateTime(sent, QTime(9, 0), Qt::UTC));
    if (!r || r->batches.isEmpty())
        return 0;
    m_db->value(QStringLiteral("UPDATE encounters SET date_of_service = '%1' WHERE id = (SELECT "
                               "encounter_id FROM claims WHERE id = %2)")
                    .arg(dos.toString(Qt::ISODate))
                    .arg(id));
    setSent(id, sent);
    if (m_db->value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND kind = "
                                   "'charge'")
                        .arg(id))
            .toInt()
        == 0) {
        m_db->value(QStringLiteral("INSERT INTO postings (claim_id, claim_line_id, patient_id, "
                                   "kind, amount_cents, posted_at, memo) SELECT l.claim_id, l.id, "
                                   "e.patient_id, 'charge', l.charge_cents, "
                                   "'2026-01-01T09:00:00.000Z', 'Claim sent' FROM claim_lines l "
                                   "JOIN claims c ON c.id = l.claim_id JOIN encounters e ON e.id = "
                                   "c.encounter_id WHERE l.claim_id = %1")
                        .arg(id));
    }
    return id;
}

void tst_ArService::post(qint64 claimId, const char *kind, qint64 cents, const QString &group)
{
    LedgerRepository ledger(m_db->ws().database());
    LedgerEntry e;
    e.claimId = claimId;
    e.patientId = m_db->value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters e "
                                             "ON e.id = c.encounter_id WHERE c.id = %1")
                                  .arg(claimId))
                      .toLongLong();
    e.kind = QString::fromLatin1(kind);
    e.groupCode = group;
    e.amountCents = cents;
    QVERIFY(ledger.append(e, QDateTime(kToday, QTime(10, 0), Qt::UTC)).ok());
}

void tst_ArService::bucketOf_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("bucket");
    const std::pair<int, int> rows[] = {{-3, 0}, {0, 0}, {30, 0}, {31, 1}, {60, 1}, {61, 2},
        {90, 2}, {91, 3}, {120, 3}, {121, 4}, {400, 4}};
    for (const auto &[days, bucket] : rows)
        QTest::addRow("%d days", days) << days << bucket;
}

void tst_ArService::bucketOf()
{
    QFETCH(int, days);
    QFETCH(int, bucket);
    QCOMPARE(AgingBuckets::bucketOf(days), bucket);
    QCOMPARE(AgingBuckets::bucketOf(kToday.addDays(-days), kToday), bucket);
}

void tst_ArService::bucketBoundaries()
{
    // One claim at each side of each boundary, with charges that tell them apart.
    const std::pair<int, qint64> claims[] = {{30, 100}, {31, 200}, {60, 400}, {61, 800}, {90, 1600},
        {91, 3200}, {120, 6400}, {121, 12800}};
    for (const auto &[days, cents] : claims)
        QVERIFY(sentClaim(kToday.addDays(-days), cents) > 0);
    auto rows = ar().agingByPayer(kToday);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().userMessage));
    AgingBuckets all;
    int count = 0;
    for (const AgingRow &r : rows.value()) {
        all += r.insurance;
        count += r.claimCount;
    }
    QCOMPARE(count, 8);
    const std::array<qint64, 5> expected = {100, 200 + 400, 800 + 1600, 3200 + 6400, 12800};
    QCOMPARE(all.cents, expected);
    // A day later each claim ages by one: 30 → 31 and so on.
    rows = ar().agingByPayer(kToday.addDays(1));
    AgingBuckets later;
    for (const AgingRow &r : rows.value())
        later += r.insurance;
    const std::array<qint64, 5> shifted = {0, 100 + 200, 400 + 800, 1600 + 3200, 6400 + 12800};
    QCOMPARE(later.cents, shifted);
}

void tst_ArService::byPayerAndByPatientTotalsEqual()
{
    const qint64 a = sentClaim(kToday.addDays(-10), 10000);
    const qint64 b = sentClaim(kToday.addDays(-50), 20000);
    const qint64 c = sentClaim(kToday.addDays(-95), 30000);
    const qint64 paid = sentClaim(kToday.addDays(-20), 5000);
    QVERIFY(a && b && c && paid);
    // Payer answers: a paid with 20.00 to the patient; paid settled entirely.
    post(a, ledgerkind::kPayment, 7000);
    post(a, ledgerkind::kAdjustment, 1000, QStringLiteral("CO"));
    post(a, ledgerkind::kPatientResponsibility, 2000, QStringLiteral("PR"));
    post(paid, ledgerkind::kPayment, 5000);
    auto byPayer = ar().agingByPayer(kToday);
    auto byPatient = ar().agingByPatient(kToday);
    QVERIFY(byPayer.ok() && byPatient.ok());
    AgingBuckets payerSum, patientSum;
    qint64 payerPatientBalance = 0, patientPatientBalance = 0;
    int payerClaims = 0, patientClaims = 0;
    for (const AgingRow &r : byPayer.value()) {
        payerSum += r.insurance;
        payerPatientBalance += r.patientBalanceCents;
        payerClaims += r.claimCount;
        QVERIFY(!r.name.isEmpty());
    }
    for (const AgingRow &r : byPatient.value()) {
        patientSum += r.insurance;
        patientPatientBalance += r.patientBalanceCents;
        patientClaims += r.claimCount;
        QVERIFY(!r.detail.isEmpty()); // the MRN
    }
    QCOMPARE(payerSum.cents, patientSum.cents);
    QCOMPARE(payerSum.total(), 20000 + 30000);
    const std::array<qint64, 5> expected = {0, 20000, 0, 30000, 0};
    QCOMPARE(payerSum.cents, expected);
    QCOMPARE(payerPatientBalance, 2000);
    QCOMPARE(patientPatientBalance, 2000);
    QCOMPARE(payerClaims, 3); // the settled claim is off the A/R
    QCOMPARE(patientClaims, 3);
}

void tst_ArService::supersededClaimsExcluded()
{
    const qint64 original = sentClaim(kToday.addDays(-40), 10000);
    QVERIFY(original > 0);
    m_db->value(QStringLiteral("UPDATE claims SET state = 'accepted', payer_claim_number = "
                               "'PCN-TEST-1' WHERE id = %1")
                    .arg(original));
    auto replacement
        = m_db->ws().claims().createCorrection(m_biller, original, QStringLiteral("7"));
    QVERIFY2(replacement.ok(),
        qPrintable(replacement.ok() ? QString() : replacement.error().userMessage));
    // A draft replacement does not supersede anything yet.
    auto rows = ar().agingByPayer(kToday);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().totalCents(), 10000);
    // Sent: the original leaves the A/R and the replacement carries on.
    m_db->value(QStringLiteral("UPDATE claims SET state = 'scrubbed' WHERE id = %1")
                    .arg(replacement.value()));
    auto sent = m_db->ws().submissions().submit(
        m_biller, {replacement.value()}, QDateTime(kToday, QTime(9, 0), Qt::UTC));
    QVERIFY2(sent.ok() && !sent->batches.isEmpty(),
        qPrintable(sent.ok() ? sent->skipped.join(QLatin1Char(' ')) : sent.error().userMessage));
    if (m_db->value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1")
                        .arg(replacement.value()))
            .toInt()
        == 0) {
        m_db->value(QStringLiteral("INSERT INTO postings (claim_id, claim_line_id, patient_id, "
                                   "kind, amount_cents, posted_at) SELECT l.claim_id, l.id, "
                                   "e.patient_id, 'charge', l.charge_cents, "
                                   "'2026-11-27T09:00:00.000Z' FROM claim_lines l JOIN claims c "
                                   "ON c.id = l.claim_id JOIN encounters e ON e.id = "
                                   "c.encounter_id WHERE l.claim_id = %1")
                        .arg(replacement.value()));
    }
    rows = ar().agingByPatient(kToday);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().claimCount, 1);
    QCOMPARE(rows->first().totalCents(), 10000);
    auto follow = ar().followUp(kToday.addDays(90));
    QVERIFY(follow.ok());
    QCOMPARE(follow->size(), 1);
    QCOMPARE(follow->first().claimId, replacement.value());
}

void tst_ArService::followUpList()
{
    const qint64 late = sentClaim(kToday.addDays(-40), 10000, kToday.addDays(-31));
    const qint64 recent = sentClaim(kToday.addDays(-12), 20000, kToday.addDays(-10));
    const qint64 denied = sentClaim(kToday.addDays(-60), 30000, kToday.addDays(-45));
    const qint64 snoozed = sentClaim(kToday.addDays(-60), 40000, kToday.addDays(-45));
    const qint64 settled = sentClaim(kToday.addDays(-60), 5000, kToday.addDays(-45));
    QVERIFY(late && recent && denied && snoozed && settled);
    // Every payer of these claims expects its money in 30 days.
    m_db->value(QStringLiteral("UPDATE payers SET expected_payment_days = 30"));
    m_db->value(QStringLiteral("UPDATE claims SET state = 'denied' WHERE id = %1").arg(denied));
    post(settled, ledgerkind::kPayment, 5000);
    QVERIFY(ar().addFollowUpNote(
                    m_biller, snoozed, QStringLiteral("Called: reprocessing"), kToday.addDays(7))
                .ok());

    auto rows = ar().followUp(kToday);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const FollowUpRow &r = rows->first();
    QCOMPARE(r.claimId, late);
    QCOMPARE(r.daysOutstanding, 31);
    QCOMPARE(r.expectedDays, 30);
    QCOMPARE(r.sentDate, kToday.addDays(-31));
    QCOMPARE(r.dateOfService, kToday.addDays(-40));
    QCOMPARE(r.balanceCents, 10000);
    QVERIFY(!r.controlNumber.isEmpty());
    QVERIFY(!r.patientName.isEmpty());
    QVERIFY(!r.payerName.isEmpty());

    // Exactly the expected days is not late yet.
    m_db->value(QStringLiteral("UPDATE payers SET expected_payment_days = 31 WHERE id = %1")
                    .arg(payerOf(late)));
    QVERIFY(ar().followUp(kToday)->isEmpty() || ar().followUp(kToday)->first().claimId != late);
    m_db->value(QStringLiteral("UPDATE payers SET expected_payment_days = 30"));

    // On the next-action date the snoozed claim is back, oldest first, with its note.
    rows = ar().followUp(kToday.addDays(7));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).claimId, snoozed);
    QCOMPARE(rows->at(0).lastNote, QStringLiteral("Called: reprocessing"));
    QCOMPARE(rows->at(0).nextActionDate, kToday.addDays(7));
    QCOMPARE(rows->at(1).claimId, late);
    // The recent claim is late once 30 days have passed since it was sent.
    rows = ar().followUp(kToday.addDays(21));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(2).claimId, recent);
    QCOMPARE(rows->at(2).daysOutstanding, 31);
}

void tst_ArService::notesValidation()
{
    const qint64 id = sentClaim(kToday.addDays(-40), 10000, kToday.addDays(-35));
    QVERIFY(id > 0);
    // The demo's history already holds the biller's denial work notes.
    const int notesBefore = m_db->value(QStringLiteral("SELECT count(*) FROM work_notes")).toInt();
    QSignalSpy changed(&ar(), &ArService::followUpChanged);
    auto empty = ar().addFollowUpNote(m_biller, id, QStringLiteral("   "), kToday.addDays(3));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
    auto past = ar().addFollowUpNote(m_biller, id, QStringLiteral("Called"), kToday.addDays(-1));
    QVERIFY(!past.ok());
    QCOMPARE(past.error().kind, Error::Kind::Invalid);
    auto coder = ar().addFollowUpNote(m_db->login(Role::Coder), id, QStringLiteral("Called"), {});
    QVERIFY(!coder.ok());
    QCOMPARE(coder.error().kind, Error::Kind::Forbidden);
    QVERIFY(!ar().addFollowUpNote(m_biller, 999999, QStringLiteral("Called"), {}).ok());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM work_notes")).toInt(), notesBefore);

    QVERIFY(ar().addFollowUpNote(m_biller, id, QStringLiteral("Called the payer"), {}).ok());
    QVERIFY(ar().addFollowUpNote(m_db->login(Role::Manager), id,
                    QStringLiteral("  Resubmission promised  "), kToday)
                .ok());
    QCOMPARE(changed.count(), 2);
    auto notes = ar().notes(id);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->first().note, QStringLiteral("Resubmission promised"));
    QCOMPARE(notes->first().nextActionDate, kToday);
    QCOMPARE(notes->first().action, QStringLiteral("follow_up"));
    QVERIFY(!notes->first().userName.isEmpty());
    QVERIFY(!notes->last().nextActionDate.isValid());
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'claim' "
                                        "AND entity_id = %1")
                             .arg(id))
                 .toInt(),
        2);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'claim.follow_up' AND entity_id = %1")
                             .arg(id))
                 .toInt(),
        2);
    // Due today (a next-action date of today): on the list.
    auto rows = ar().followUp(kToday);
    QCOMPARE(rows->size(), 1);
}

QTEST_GUILESS_MAIN(tst_ArService)
#include "tst_arservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// DenialService (issue 6 §4): the denial work list and its grouping, and the four ways to work
// a denial (corrected claim, appeal, write-off, transfer to the patient), each one transaction
// with its ledger rows, state, history and audit row; reasons required, stale versions refused,
// write-offs for managers only, and the appeal letter as text and PDF.
#include "testdatabase.h"
#include "storage/database.h"
#include "services/claimservice.h"
#include "services/denialservice.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;

class tst_DenialService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listShowsTheDenials();
    void filterByState();
    void groupingData();
    void ageBuckets_data();
    void ageBuckets();
    void resubmitMakesAReplacementClaim();
    void appealKeepsTheLetter();
    void writeOffPostsTheOpenAmount();
    void writeOffNeverMoreThanTheBalance();
    void writeOffRefusedForABiller();
    void transferMovesToThePatient();
    void reasonIsRequired_data();
    void reasonIsRequired();
    void staleVersionIsAConflict();
    void finishedDenialCannotBeWorked();
    void notesAndHistory();
    void appealLetterHasTheFields();
    void appealLetterPdf();

private:
    DenialService &denials() { return m_db->ws().denials(); }
    /// A claim sent for @p chargeCents (one line), denied as a whole by its payer: charge rows
    /// on the ledger, an ERA with a claim answer, and an open denial of @p deniedCents. Returns
    /// the denial's id (the claim's id in @p claimId).
    qint64 deniedClaim(qint64 &claimId, const QString &group = QStringLiteral("CO"),
                       const QString &reason = QStringLiteral("50"),
                       qint64 deniedCents = 2200, int openedDaysAgo = 10,
                       const QString &remarks = QStringLiteral("N115"));
    /// Another denial on an existing claim.
    qint64 addDenial(qint64 claimId, const QString &group, const QString &reason,
                     qint64 amountCents, int openedDaysAgo);
    QVariant value(const QString &sql) { return m_db->value(sql); }
    qint64 count(const QString &sql) { return value(sql).toLongLong(); }
    int versionOf(qint64 denialId)
    {
        return value(QStringLiteral("SELECT version FROM denials WHERE id = %1").arg(denialId))
                .toInt();
    }
    QString stateOf(qint64 denialId)
    {
        return value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                .toString();
    }
    qint64 insuranceBalance(qint64 claimId)
    {
        return value(QStringLiteral("SELECT insurance_balance_cents FROM claim_balances "
                                    "WHERE claim_id = %1")
                             .arg(claimId))
                .toLongLong();
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
    Session m_manager;
    /// When the test began: the demo's own denial work is in the audit trail too, under ids
    /// the test's denials take again.
    QString m_since;
    const QDate m_today = QDate(2026, 12, 15);
    int m_trace = 0;
};

void tst_DenialService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_biller = m_db->login(Role::Biller);
    m_manager = m_db->login(Role::Manager);
    QVERIFY(m_biller.userId > 0 && m_manager.userId > 0);
    // Only the denials a test makes exist.
    value(QStringLiteral("DELETE FROM work_notes WHERE entity = 'denial'"));
    value(QStringLiteral("DELETE FROM denials"));
    m_since = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    denials().setToday(m_today);
}

void tst_DenialService::cleanup()
{
    m_db.reset();
}

qint64 tst_DenialService::addDenial(qint64 claimId, const QString &group, const QString &reason,
                                    qint64 amountCents, int openedDaysAgo)
{
    const QString opened = QDateTime(m_today.addDays(-openedDaysAgo), QTime(15, 0), Qt::UTC)
                                   .toString(Qt::ISODateWithMs);
    QSqlQuery q(QSqlDatabase::database(m_db->ws().database().connectionName()));
    q.prepare(QStringLiteral(
            "INSERT INTO denials (claim_id, remittance_id, remittance_claim_id, group_code, "
            "reason_code, remark_codes, amount_cents, opened_at) "
            "SELECT :claim, rc.remittance_id, rc.id, :group, :reason, '', :amount, :opened "
            "FROM remittance_claims rc WHERE rc.claim_id = :claim ORDER BY rc.id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":claim"), claimId);
    q.bindValue(QStringLiteral(":group"), group);
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":amount"), amountCents);
    q.bindValue(QStringLiteral(":opened"), opened);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qWarning() << "addDenial:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 tst_DenialService::deniedClaim(qint64 &claimId, const QString &group,
                                      const QString &reason, qint64 deniedCents,
                                      int openedDaysAgo, const QString &remarks)
{
    claimId = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    if (claimId == 0)
        return 0;
    const QString id = QString::number(claimId);
    ++m_trace;
    // Sent, numbered by the payer, and denied (0006's conventions: the charge goes on the
    // ledger when the claim is sent; the denied amount stays on the insurance balance).
    value(QStringLiteral("UPDATE claims SET state = 'denied', submission_count = 1, "
                         "payer_claim_number = 'ICN%1' WHERE id = %1")
                  .arg(id));
    value(QStringLiteral(
                  "INSERT INTO postings (claim_id, claim_line_id, patient_id, kind, amount_cents, "
                  "posted_at, memo) SELECT c.id, l.id, e.patient_id, 'charge', l.charge_cents, "
                  "'2026-11-02T10:00:00.000Z', 'Claim sent' FROM claims c "
                  "JOIN claim_lines l ON l.claim_id = c.id JOIN encounters e ON e.id = "
                  "c.encounter_id WHERE c.id = %1")
                  .arg(id));
    value(QStringLiteral("INSERT INTO remittances (payer_identifier, payer_name, trace_number, "
                         "payment_cents, payment_date, source, posted_at) VALUES ('12345', "
                         "'ERA payer', 'TRN%1', 0, '2026-11-20', 'era', "
                         "'2026-11-20T12:00:00.000Z')")
                  .arg(m_trace));
    value(QStringLiteral(
                  "INSERT INTO remittance_claims (remittance_id, claim_id, "
                  "patient_control_number, status_code, charge_cents, paid_cents, "
                  "patient_responsibility_cents, payer_claim_number) SELECT "
                  "(SELECT max(id) FROM remittances), c.id, c.patient_control_number, '4', "
                  "c.total_charge_cents, 0, 0, 'ICN%1' FROM claims c WHERE c.id = %1")
                  .arg(id));
    const qint64 denialId = addDenial(claimId, group, reason, deniedCents, openedDaysAgo);
    if (denialId > 0 && !remarks.isEmpty())
        value(QStringLiteral("UPDATE denials SET remark_codes = '%1' WHERE id = %2")
                      .arg(remarks)
                      .arg(denialId));
    return denialId;
}

void tst_DenialService::listShowsTheDenials()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("CO"), QStringLiteral("50"), 2200,
                                        12, QStringLiteral("N115,M25"));
    QVERIFY(denialId > 0);
    auto list = denials().denials(m_biller, DenialFilter::Working);
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().userMessage));
    QCOMPARE(list->size(), 1);
    const DenialItem &item = list->first();
    QCOMPARE(item.record.id, denialId);
    QCOMPARE(item.record.claimId, claimId);
    QCOMPARE(item.record.reasonCode, QStringLiteral("50"));
    QCOMPARE(item.reasonText, QStringLiteral("Not medically necessary in the payer's judgement"));
    QCOMPARE(item.reasonLabel(),
             QStringLiteral("CO-50: Not medically necessary in the payer's judgement"));
    QCOMPARE(item.record.remarkCodes, QStringList({QStringLiteral("N115"), QStringLiteral("M25")}));
    QCOMPARE(item.remarkTexts.size(), 2);
    QCOMPARE(item.remarkTexts.first(), QStringLiteral("Decided by a local coverage policy (LCD)"));
    QCOMPARE(item.record.amountCents, 2200);
    QCOMPARE(item.record.openCents, 2200);
    QCOMPARE(item.record.payerClaimNumber, QStringLiteral("ICN%1").arg(claimId));
    QCOMPARE(item.record.patientControlNumber,
             value(QStringLiteral("SELECT patient_control_number FROM claims WHERE id = %1")
                           .arg(claimId))
                     .toString());
    QVERIFY(!item.record.payerName.isEmpty());
    QVERIFY(item.record.patientName.contains(QLatin1String(", ")));
    QVERIFY(item.record.dateOfService.isValid());
    QCOMPARE(item.record.remittanceDate, QDate(2026, 11, 20));
    QCOMPARE(item.ageDays, 12);
    QCOMPARE(item.ageFromServiceDays, int(item.record.dateOfService.daysTo(m_today)));
    QCOMPARE(item.record.state, QStringLiteral("open"));
    QCOMPARE(item.stateText, QStringLiteral("Open"));
    QVERIFY(item.lastActionText.isEmpty());

    // Someone without claim work may not read the list.
    auto coder = denials().denials(m_db->login(Role::Coder));
    QVERIFY(!coder.ok());
    QCOMPARE(coder.error().kind, Error::Kind::Forbidden);
}

void tst_DenialService::filterByState()
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    const qint64 open = deniedClaim(a);
    const qint64 appealed = deniedClaim(b);
    const qint64 done = deniedClaim(c);
    QVERIFY(open && appealed && done);
    value(QStringLiteral("UPDATE denials SET state = 'appealed' WHERE id = %1").arg(appealed));
    value(QStringLiteral("UPDATE denials SET state = 'written_off' WHERE id = %1").arg(done));
    QCOMPARE(denials().denials(m_biller, DenialFilter::Open)->size(), 1);
    QCOMPARE(denials().denials(m_biller, DenialFilter::Working)->size(), 2);
    auto all = denials().denials(m_biller, DenialFilter::All);
    QCOMPARE(all->size(), 3);
    for (const DenialItem &item : all.value()) {
        // A finished denial has nothing left open.
        QCOMPARE(item.record.openCents, item.record.id == done ? 0 : 2200);
    }
}

void tst_DenialService::groupingData()
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    QVERIFY(deniedClaim(a, QStringLiteral("CO"), QStringLiteral("50"), 2200, 5));
    QVERIFY(deniedClaim(b, QStringLiteral("CO"), QStringLiteral("16"), 2200, 45));
    QVERIFY(deniedClaim(c, QStringLiteral("PI"), QStringLiteral("50"), 1000, 120));
    auto list = denials().denials(m_biller);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);

    const auto byReason = DenialService::group(list.value(), DenialGrouping::Reason);
    QCOMPARE(byReason.size(), 2);
    QCOMPARE(byReason[0].key, QStringLiteral("50")); // the larger total first
    QCOMPARE(byReason[0].count, 2);
    QCOMPARE(byReason[0].totalCents, 3200);
    QCOMPARE(byReason[0].label, QStringLiteral("50: Not medically necessary in the payer's judgement"));
    QCOMPARE(byReason[1].key, QStringLiteral("16"));
    QCOMPARE(byReason[1].totalCents, 2200);

    const auto byAge = DenialService::group(list.value(), DenialGrouping::Age);
    QCOMPARE(byAge.size(), 3);
    QCOMPARE(byAge[0].label, QStringLiteral("0–30 days"));
    QCOMPARE(byAge[1].label, QStringLiteral("31–60 days"));
    QCOMPARE(byAge[2].label, QStringLiteral("Over 90 days"));
    QCOMPARE(byAge[2].totalCents, 1000);

    const auto byPayer = DenialService::group(list.value(), DenialGrouping::Payer);
    int rows = 0;
    qint64 total = 0;
    for (const DenialGroup &g : byPayer) {
        QVERIFY(!g.label.isEmpty());
        QCOMPARE(g.count, int(g.rows.size()));
        rows += g.count;
        total += g.totalCents;
    }
    QCOMPARE(rows, 3);
    QCOMPARE(total, 5400);
}

void tst_DenialService::ageBuckets_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("bucket");
    QTest::newRow("today") << 0 << 0;
    QTest::newRow("30") << 30 << 0;
    QTest::newRow("31") << 31 << 1;
    QTest::newRow("60") << 60 << 1;
    QTest::newRow("61") << 61 << 2;
    QTest::newRow("90") << 90 << 2;
    QTest::newRow("91") << 91 << 3;
}

void tst_DenialService::ageBuckets()
{
    QFETCH(int, days);
    QFETCH(int, bucket);
    QCOMPARE(DenialService::ageBucket(days), bucket);
}

void tst_DenialService::resubmitMakesAReplacementClaim()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("CO"), QStringLiteral("16"));
    const qint64 second = addDenial(claimId, QStringLiteral("CO"), QStringLiteral("4"), 500, 3);
    QVERIFY(denialId > 0 && second > 0);
    QSignalSpy spy(&denials(), &DenialService::denialsChanged);
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));

    auto made = denials().correctAndResubmit(m_biller, denialId, versionOf(denialId),
                                             QStringLiteral("Added the missing referring NPI"));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().userMessage));
    const qint64 newId = made.value();
    QVERIFY(newId != claimId);
    QCOMPARE(value(QStringLiteral("SELECT frequency FROM claims WHERE id = %1").arg(newId))
                     .toString(),
             QStringLiteral("7"));
    QCOMPARE(value(QStringLiteral("SELECT original_claim_id FROM claims WHERE id = %1").arg(newId))
                     .toLongLong(),
             claimId);
    auto record = m_db->ws().claims().claim(newId, false);
    QVERIFY(record.ok());
    QCOMPARE(record->document.frequency, QStringLiteral("7"));
    QCOMPARE(record->document.originalClaimNumber, QStringLiteral("ICN%1").arg(claimId));

    // Both open denials of the claim are resubmitted, each with its history entry.
    QCOMPARE(stateOf(denialId), QStringLiteral("resubmitted"));
    QCOMPARE(stateOf(second), QStringLiteral("resubmitted"));
    QCOMPARE(versionOf(denialId), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial' AND "
                                  "action = 'resubmit' AND note = 'Added the missing referring "
                                  "NPI' AND user_id = %1")
                           .arg(m_biller.userId)),
             2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'denial.resubmit' AND entity_id = %1 AND at >= '%2'")
                           .arg(denialId).arg(m_since)),
             1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log")) > audits);
    QCOMPARE(spy.count(), 1);
    // No ledger row: the amount stays open until the payer answers the corrected claim.
    QCOMPARE(insuranceBalance(claimId), 2200);

    // Doing it again is refused.
    auto again = denials().correctAndResubmit(m_biller, denialId, versionOf(denialId),
                                              QStringLiteral("again"));
    QVERIFY(!again.ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims WHERE original_claim_id = %1")
                           .arg(claimId)),
             1);
}

void tst_DenialService::appealKeepsTheLetter()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    auto r = denials().appeal(m_biller, denialId, versionOf(denialId),
                              QStringLiteral("Records show medical necessity"),
                              QStringLiteral("Dear reviewer,\nPlease reconsider."));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(stateOf(denialId), QStringLiteral("appealed"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial' AND "
                                  "entity_id = %1 AND action = 'appeal' AND note = 'Records "
                                  "show medical necessity'")
                           .arg(denialId)),
             1);
    QCOMPARE(value(QStringLiteral("SELECT note FROM work_notes WHERE entity = 'denial' AND "
                                  "entity_id = %1 AND action = 'appeal_letter'")
                           .arg(denialId))
                     .toString(),
             QStringLiteral("Dear reviewer,\nPlease reconsider."));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denial.appeal' "
                                  "AND entity_id = %1 AND at >= '%2'")
                           .arg(denialId).arg(m_since)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND kind "
                                  "<> 'charge'")
                           .arg(claimId)),
             0);
    auto list = denials().denials(m_biller);
    QCOMPARE(list->first().record.lastAction, QStringLiteral("appeal_letter"));
}

void tst_DenialService::writeOffPostsTheOpenAmount()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("CO"), QStringLiteral("29"));
    QVERIFY(denialId > 0);
    auto r = denials().writeOff(m_manager, denialId, versionOf(denialId),
                                QStringLiteral("Past timely filing; no proof of earlier sending"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(stateOf(denialId), QStringLiteral("written_off"));
    QVERIFY(!value(QStringLiteral("SELECT resolved_at FROM denials WHERE id = %1").arg(denialId))
                     .toString()
                     .isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND kind = "
                                  "'write_off' AND group_code = 'CO' AND reason_code = '29' AND "
                                  "amount_cents = 2200 AND user_id = %2")
                           .arg(claimId)
                           .arg(m_manager.userId)),
             1);
    QCOMPARE(insuranceBalance(claimId), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial' AND "
                                  "entity_id = %1 AND action = 'write_off' AND user_id = %2")
                           .arg(denialId)
                           .arg(m_manager.userId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'denial.write_off' AND entity_id = %1 AND at >= '%2'")
                           .arg(denialId).arg(m_since)),
             1);
}

void tst_DenialService::writeOffNeverMoreThanTheBalance()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    // A late payment of $15 left $7 on the insurance balance.
    value(QStringLiteral("INSERT INTO postings (claim_id, patient_id, kind, amount_cents, "
                         "posted_at) SELECT %1, patient_id, 'payment', 1500, "
                         "'2026-12-01T00:00:00.000Z' FROM postings WHERE claim_id = %1 LIMIT 1")
                  .arg(claimId));
    QCOMPARE(insuranceBalance(claimId), 700);
    QCOMPARE(denials().denials(m_manager)->first().record.openCents, 700);
    QVERIFY(denials().writeOff(m_manager, denialId, versionOf(denialId), QStringLiteral("Small"))
                    .ok());
    QCOMPARE(value(QStringLiteral("SELECT amount_cents FROM postings WHERE claim_id = %1 AND "
                                  "kind = 'write_off'")
                           .arg(claimId))
                     .toLongLong(),
             700);
    QCOMPARE(insuranceBalance(claimId), 0);
}

void tst_DenialService::writeOffRefusedForABiller()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    auto r = denials().writeOff(m_biller, denialId, versionOf(denialId), QStringLiteral("why"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    QCOMPARE(stateOf(denialId), QStringLiteral("open"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE kind = 'write_off' AND "
                                  "claim_id = %1")
                           .arg(claimId)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial'")), 0);
}

void tst_DenialService::transferMovesToThePatient()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("CO"), QStringLiteral("96"));
    QVERIFY(denialId > 0);
    auto r = denials().transferToPatient(m_biller, denialId, versionOf(denialId),
                                         QStringLiteral("Patient signed the waiver (ABN)"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(stateOf(denialId), QStringLiteral("transferred"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND kind = "
                                  "'transfer' AND group_code = 'PR' AND reason_code = '96' AND "
                                  "amount_cents = 2200")
                           .arg(claimId)),
             1);
    QCOMPARE(insuranceBalance(claimId), 0);
    QCOMPARE(value(QStringLiteral("SELECT patient_balance_cents FROM claim_balances WHERE "
                                  "claim_id = %1")
                           .arg(claimId))
                     .toLongLong(),
             2200);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial' AND "
                                  "entity_id = %1 AND action = 'transfer'")
                           .arg(denialId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'denial.transfer' AND entity_id = %1 AND at >= '%2'")
                           .arg(denialId).arg(m_since)),
             1);
}

void tst_DenialService::reasonIsRequired_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("resubmit") << "resubmit";
    QTest::newRow("appeal") << "appeal";
    QTest::newRow("write off") << "write_off";
    QTest::newRow("transfer") << "transfer";
}

void tst_DenialService::reasonIsRequired()
{
    QFETCH(QString, action);
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    const int version = versionOf(denialId);
    const QString blank = QStringLiteral("   ");
    Result<void> r;
    if (action == u"resubmit") {
        auto made = denials().correctAndResubmit(m_manager, denialId, version, blank);
        r = made.ok() ? Result<void>() : Result<void>(made.error());
    } else if (action == u"appeal") {
        r = denials().appeal(m_manager, denialId, version, blank, QStringLiteral("letter"));
    } else if (action == u"write_off") {
        r = denials().writeOff(m_manager, denialId, version, blank);
    } else {
        r = denials().transferToPatient(m_manager, denialId, version, blank);
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(stateOf(denialId), QStringLiteral("open"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND kind "
                                  "<> 'charge'")
                           .arg(claimId)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims WHERE original_claim_id = %1")
                           .arg(claimId)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial'")), 0);
}

void tst_DenialService::staleVersionIsAConflict()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    const int seen = versionOf(denialId);
    // Another seat appeals first.
    QVERIFY(denials().appeal(m_biller, denialId, seen, QStringLiteral("first"), {}).ok());
    auto r = denials().transferToPatient(m_manager, denialId, seen, QStringLiteral("second"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QVERIFY(r.error().userMessage.contains(QLatin1String("someone else")));
    QCOMPARE(stateOf(denialId), QStringLiteral("appealed"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE kind = 'transfer' AND "
                                  "claim_id = %1")
                           .arg(claimId)),
             0);

    auto made = denials().correctAndResubmit(m_manager, denialId, seen, QStringLiteral("third"));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().kind, Error::Kind::Conflict);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims WHERE original_claim_id = %1")
                           .arg(claimId)),
             0);
}

void tst_DenialService::finishedDenialCannotBeWorked()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    QVERIFY(denials().transferToPatient(m_biller, denialId, versionOf(denialId),
                                        QStringLiteral("Patient pays"))
                    .ok());
    auto r = denials().appeal(m_biller, denialId, versionOf(denialId), QStringLiteral("late"),
                              {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM postings WHERE kind = 'transfer' AND "
                                  "claim_id = %1")
                           .arg(claimId)),
             1);
}

void tst_DenialService::notesAndHistory()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    QVERIFY(!denials().addNote(m_biller, denialId, QStringLiteral("  ")).ok());
    auto note = denials().addNote(m_biller, denialId, QStringLiteral("Called the payer, ref 881"));
    QVERIFY(note.ok());
    QVERIFY(denials().appeal(m_biller, denialId, versionOf(denialId), QStringLiteral("Necessary"),
                             {})
                    .ok());
    auto history = denials().history(m_biller, denialId);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).action, QStringLiteral("note"));
    QCOMPARE(history->at(0).note, QStringLiteral("Called the payer, ref 881"));
    QCOMPARE(history->at(0).userName, m_biller.fullName);
    QVERIFY(history->at(0).at.isValid());
    QCOMPARE(history->at(1).action, QStringLiteral("appeal"));
    QCOMPARE(denialaction::displayName(history->at(1).action), QStringLiteral("Appealed"));
    // The note did not change the denial's version.
    QCOMPARE(versionOf(denialId), 2);

    auto detail = denials().detail(m_biller, denialId);
    QVERIFY(detail.ok());
    QCOMPARE(detail->history.size(), 2);
    QCOMPARE(detail->lines.size(), 1);
    QCOMPARE(detail->lines.first().line.code, QStringLiteral("82947"));
    QCOMPARE(detail->diagnoses, QStringList{QStringLiteral("E11.9")});
}

void tst_DenialService::appealLetterHasTheFields()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    auto letter = denials().appealLetter(m_biller, denialId);
    QVERIFY2(letter.ok(), qPrintable(letter.ok() ? QString() : letter.error().userMessage));
    const QString text = letter.value();
    const DenialItem item = denials().denials(m_biller)->first();
    QVERIFY(!text.contains(QLatin1String("{{")));
    QVERIFY(text.contains(item.record.patientName));
    QVERIFY(text.contains(item.record.patientControlNumber));
    QVERIFY(text.contains(QStringLiteral("ICN%1").arg(claimId)));
    QVERIFY(text.contains(item.record.payerName));
    QVERIFY(text.contains(item.record.memberId));
    QVERIFY(text.contains(item.record.patientBirthDate.toString(QStringLiteral("MM/dd/yyyy"))));
    QVERIFY(text.contains(item.record.dateOfService.toString(QStringLiteral("MM/dd/yyyy"))));
    QVERIFY(text.contains(QLatin1String("CO-50: Not medically necessary in the payer's judgement")));
    QVERIFY(text.contains(QLatin1String("82947")));
    QVERIFY(text.contains(QLatin1String("$22.00")));
    QVERIFY(text.contains(QLatin1String("N115")));
    QVERIFY(text.contains(m_biller.fullName));
    const QString practice = value(QStringLiteral("SELECT name FROM practice")).toString();
    QVERIFY(!practice.isEmpty());
    QVERIFY(text.contains(practice));
}

void tst_DenialService::appealLetterPdf()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId);
    QVERIFY(denialId > 0);
    auto letter = denials().appealLetter(m_biller, denialId);
    QVERIFY(letter.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("appeal.pdf"));
    auto r = denials().appealLetterPdf(m_biller, denialId, letter.value(), path);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'denial.appeal_letter' AND entity_id = %1 AND at >= '%2'")
                           .arg(denialId).arg(m_since)),
             1);
    // An empty letter is refused.
    QVERIFY(!denials().appealLetterPdf(m_biller, denialId, QStringLiteral(" "), path).ok());
}

QTEST_MAIN(tst_DenialService)
#include "tst_denialservice.moc"

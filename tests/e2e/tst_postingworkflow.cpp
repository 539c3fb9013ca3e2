// SPDX-License-Identifier: GPL-3.0-or-later
// After the claim is sent (issue 6), end to end through the real windows: a submitted and
// accepted claim comes back in an 835 that the biller opens and posts in Payments; the payer's
// coinsurance lands on the patient's balance; the patient's statement is printed from
// Statements. A second claim is denied in the same ERA, shows in Denials, and is transferred
// to the patient, who then owes both.
#include "biller/denialswidget.h"
#include "biller/paymentswidget.h"
#include "biller/statementswidget.h"
#include "itemmodels/denialmodel.h"
#include "itemmodels/statementmodel.h"
#include "mainwindow.h"
#include "services/claimservice.h"
#include "services/denialservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/postingservice.h"
#include "services/statementservice.h"
#include "services/submissionservice.h"
#include "testdatabase.h"
#include "x12/ackwriter.h"
#include "x12/remit835writer.h"

#include <QApplication>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace cc;

class tst_PostingWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void submittedClaimPaidPostedAndStatementPrinted();

private:
    std::unique_ptr<MainWindow> openWindow(Role role)
    {
        auto window = std::make_unique<MainWindow>(m_db->ws(), m_db->login(role));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        window->activateWindow();
        return window;
    }
    /// A claim coded, handed off, accepted, scrubbed, sent and accepted by the payer's
    /// 277CA with @p payerNumber; 0 on failure.
    qint64 sentAndAcceptedClaim(const QString &service, qint64 chargeCents,
                                const QString &payerNumber);
    qint64 patientOf(qint64 claimId)
    {
        return m_db->value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters e "
                                          "ON e.id = c.encounter_id WHERE c.id = %1")
                                   .arg(claimId))
                .toLongLong();
    }
    qint64 patientBalance(qint64 patientId)
    {
        const auto all = m_db->ws().statements().balances(kToday);
        if (!all)
            return -1;
        for (const PatientBalance &p : all.value()) {
            if (p.patientId == patientId)
                return p.balanceCents;
        }
        return 0;
    }

    static inline const QDate kToday{2026, 11, 27};
    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void tst_PostingWorkflow::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 9), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
}

void tst_PostingWorkflow::cleanup()
{
    m_db.reset();
}

qint64 tst_PostingWorkflow::sentAndAcceptedClaim(const QString &service, qint64 chargeCents,
                                                  const QString &payerNumber)
{
    const qint64 encounter = m_db->markNewEncounterCoded(QStringLiteral("E119"), service,
                                                         chargeCents);
    if (encounter == 0)
        return 0;
    const Session coder = m_db->login(Role::Coder);
    const Session biller = m_db->login(Role::Biller);
    auto e = m_db->ws().encounters().open(coder, encounter);
    if (!e || !m_db->ws().handoff().handOff(coder, encounter, e->version, {}).ok())
        return 0;
    auto accepted = m_db->ws().handoff().accept(
            biller, encounter, m_db->ws().encounters().open(biller, encounter)->version);
    if (!accepted)
        return 0;
    const qint64 claimId = accepted.value();
    if (!m_db->ws().claims().scrubClaims(biller, {claimId}).ok())
        return 0;
    const QDateTime now(QDate(2026, 11, 3), QTime(10, 0));
    if (!m_db->ws().submissions().submit(biller, {claimId}, now).ok())
        return 0;
    const QString pcn = m_db->ws().claims().claim(claimId, false)->summary.patientControlNumber;
    const auto ack = m_db->ws().submissions().importAck(
            biller, QStringLiteral("accept.277"),
            x12::make277CA({{pcn, true, payerNumber}}, int(claimId) + 9000), now);
    if (!ack)
        return 0;
    return claimId;
}

void tst_PostingWorkflow::submittedClaimPaidPostedAndStatementPrinted()
{
    // Two claims of the demo's patients, sent and accepted: a $22.00 glucose test and a
    // $120.00 visit.
    const qint64 paid = sentAndAcceptedClaim(QStringLiteral("82947"), 2200,
                                             QStringLiteral("ICN-PAID-1"));
    QVERIFY(paid > 0);
    const qint64 denied = sentAndAcceptedClaim(QStringLiteral("99213"), 12000,
                                               QStringLiteral("ICN-DENY-2"));
    QVERIFY(denied > 0);
    QCOMPARE(m_db->ws().claims().claim(paid, false)->summary.state, ClaimState::Accepted);
    const ClaimRecord paidClaim = *m_db->ws().claims().claim(paid, false);
    const ClaimRecord deniedClaim = *m_db->ws().claims().claim(denied, false);
    const qint64 patient = patientOf(paid);
    const qint64 deniedPatient = patientOf(denied);
    const qint64 owedBefore = patientBalance(patient);
    QVERIFY(owedBefore >= 0);
    const qint64 deniedOwedBefore = patientBalance(deniedPatient);

    // The payer's ERA: the glucose test paid 15.00 less CO-45 3.00 and PR-2 (coinsurance)
    // 4.00; the visit denied (CO-50, not medically necessary).
    x12::RemitTransaction t;
    t.controlNumber = "0001";
    t.handling = "I";
    t.creditDebit = "C";
    t.paymentMethod = "CHK";
    t.paymentDate = QDate(2026, 11, 20);
    t.traceNumber = "CHK-E2E-7001";
    t.originatorId = "1999999999";
    t.payerName = paidClaim.document.payer.name.toLatin1();
    t.payerIdentifier = paidClaim.document.payer.id.toLatin1();
    t.payeeName = "PRACTICE";
    t.payeeIdQualifier = "XX";
    t.payeeId = paidClaim.document.billingProvider.npi.toLatin1();
    {
        x12::RemitClaim c;
        c.id = paidClaim.summary.patientControlNumber.toLatin1();
        c.status = "1";
        c.chargeCents = 2200;
        c.paidCents = 1500;
        c.patientResponsibilityCents = 400;
        c.filingIndicator = "CI";
        c.payerClaimNumber = "ICN-PAID-1";
        c.patientLastName = "PATIENT";
        x12::RemitServiceLine l;
        l.qualifier = "HC";
        l.code = "82947";
        l.chargeCents = 2200;
        l.paidCents = 1500;
        l.serviceDate = paidClaim.document.lines.first().serviceDate;
        l.lineControlNumber = (paidClaim.summary.patientControlNumber + QStringLiteral("-1"))
                                      .toLatin1();
        l.allowedCents = 1900;
        l.adjustments = {{"CO", "45", 300, {}, 0}, {"PR", "2", 400, {}, 0}};
        c.lines.append(l);
        t.claims.append(c);
    }
    {
        x12::RemitClaim c;
        c.id = deniedClaim.summary.patientControlNumber.toLatin1();
        c.status = "4";
        c.chargeCents = 12000;
        c.paidCents = 0;
        c.filingIndicator = "CI";
        c.payerClaimNumber = "ICN-DENY-2";
        x12::RemitServiceLine l;
        l.qualifier = "HC";
        l.code = "99213";
        l.chargeCents = 12000;
        l.paidCents = 0;
        l.serviceDate = deniedClaim.document.lines.first().serviceDate;
        l.lineControlNumber = (deniedClaim.summary.patientControlNumber
                               + QStringLiteral("-1")).toLatin1();
        l.adjustments = {{"CO", "50", 12000, {}, 0}};
        l.remarks = {"N115"};
        c.lines.append(l);
        t.claims.append(c);
    }
    t.paymentCents = 1500;
    const QString eraPath = m_dir.filePath(QStringLiteral("payer.835"));
    {
        QFile f(eraPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(x12::write835({t}));
    }

    auto window = openWindow(Role::Biller);
    QVERIFY(window);

    // --- 1. Payments (Ctrl+Shift+P): the ERA previews both claims matched, then posts ---
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto *payments = window->findChild<PaymentsWidget *>(QStringLiteral("payments"));
    QVERIFY(payments);
    QTRY_VERIFY(payments->isVisible());
    QVERIFY(payments->openFile(eraPath));
    QVERIFY2(payments->canPost(), qPrintable(payments->errorLines().join(QLatin1Char('\n'))));
    const EraPreview &preview = payments->preview();
    QCOMPARE(preview.transactions.size(), 1);
    QCOMPARE(preview.transactions.first().claims.size(), 2);
    QCOMPARE(preview.transactions.first().claims.at(0).claimId, paid);
    QCOMPARE(preview.transactions.first().claims.at(1).claimId, denied);
    QVERIFY(preview.transactions.first().claims.at(1).denied);
    auto *tree = payments->findChild<QTreeView *>(QStringLiteral("eraPreviewTree"));
    QVERIFY(tree);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM remittances WHERE "
                                            "trace_number = 'CHK-E2E-7001'"))
                         .toInt(),
                 1);
    const ClaimBalance b = m_db->ws().payments().balance(paid).value();
    QCOMPARE(b.paidCents, 1500);
    QCOMPARE(b.insuranceBalanceCents, 0);
    QCOMPARE(b.patientBalanceCents, 400);
    QCOMPARE(m_db->ws().claims().claim(paid, false)->summary.state, ClaimState::Paid);
    QCOMPARE(m_db->ws().claims().claim(denied, false)->summary.state, ClaimState::Denied);
    // The denied amount stays open with the payer until it is worked.
    QCOMPARE(m_db->ws().payments().balance(denied).value().insuranceBalanceCents, 12000);

    // Posting the same file again is refused: nothing is doubled.
    QVERIFY(payments->openFile(eraPath));
    QVERIFY(!payments->canPost());
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND "
                                        "kind = 'payment'").arg(paid)).toInt(),
             1);

    // --- 2. Denials (Ctrl+Shift+D): the visit is there; the biller transfers it ---
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *denials = window->findChild<DenialsWidget *>(QStringLiteral("denials"));
    QVERIFY(denials);
    QTRY_VERIFY(denials->isVisible());
    const auto open = m_db->ws().denials().denials(m_db->login(Role::Biller), DenialFilter::Open);
    QVERIFY(open);
    const auto item = std::find_if(open->cbegin(), open->cend(), [&](const DenialItem &d) {
        return d.record.claimId == denied;
    });
    QVERIFY(item != open->cend());
    QCOMPARE(item->record.reasonCode, QStringLiteral("50"));
    QVERIFY(m_db->ws()
                    .denials()
                    .transferToPatient(m_db->login(Role::Biller), item->record.id,
                                       item->record.version,
                                       QStringLiteral("Non-covered service; the patient signed "
                                                      "an advance notice"))
                    .ok());
    QCOMPARE(m_db->ws().payments().balance(denied).value().patientBalanceCents, 12000);

    // --- 3. Statements (Ctrl+Shift+M): the patient owes the coinsurance; print it ---
    QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *statements = window->findChild<StatementsWidget *>(QStringLiteral("statements"));
    QVERIFY(statements);
    QTRY_VERIFY(statements->isVisible());
    statements->setToday(kToday);
    QTRY_VERIFY(statements->model()->rowOf(patient) >= 0);
    QCOMPARE(patientBalance(patient), owedBefore + 400 + (deniedPatient == patient ? 12000 : 0));
    QCOMPARE(patientBalance(deniedPatient),
             deniedOwedBefore + 12000 + (deniedPatient == patient ? 400 : 0));
    for (int row = 0; row < statements->model()->rowCount(); ++row) {
        const qint64 id = statements->model()
                                  ->index(row, 0)
                                  .data(StatementModel::PatientIdRole)
                                  .toLongLong();
        statements->model()->setChecked(id, id == patient || id == deniedPatient);
    }
    const QString pdf = m_dir.filePath(QStringLiteral("statements.pdf"));
    QVERIFY(statements->printTo(pdf));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QCOMPARE(printed.read(4), QByteArray("%PDF"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT amount_due_cents FROM statements WHERE "
                                        "patient_id = %1 ORDER BY id DESC LIMIT 1")
                                 .arg(patient))
                     .toLongLong(),
             patientBalance(patient));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM statements WHERE patient_id IN "
                                        "(%1, %2)").arg(patient).arg(deniedPatient))
                     .toInt(),
             patient == deniedPatient ? 1 : 2);
}

QTEST_MAIN(tst_PostingWorkflow)
#include "tst_postingworkflow.moc"

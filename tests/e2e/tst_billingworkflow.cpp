// SPDX-License-Identifier: GPL-3.0-or-later
// The biller's side end to end through the real windows (issue 5): an encounter handed off by
// the coder is accepted in Handoff, becomes a claim that the biller checks and saves in Claims,
// goes out in an 837P batch from Submissions, comes back accepted in a 277CA, and can then be
// replaced; a rejected claim is fixed from the Rejections list and sent again.
#include "biller/claimswidget.h"
#include "biller/handoffwidget.h"
#include "biller/submissionswidget.h"
#include "itemmodels/batchclaimmodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/handoffmodel.h"
#include "mainwindow.h"
#include "services/claimservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/submissionservice.h"
#include "testdatabase.h"
#include "x12/ackwriter.h"
#include "x12/x12reader.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_BillingWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void acceptedEncounterToAcceptedClaim();
    void rejectionFixedAndResent();

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
    ClaimService &claims() { return m_db->ws().claims(); }
    ClaimState state(qint64 id) { return claims().claim(id, false)->summary.state; }
    /// An encounter coded (E11.9, glucose test) and handed off by the coder.
    qint64 handedOffEncounter();
    /// Opens the Claims workspace with the keyboard and finds @p claimId by typing its number.
    ClaimsWidget *openInClaims(MainWindow &window, qint64 claimId);

    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void tst_BillingWorkflow::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 9), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
}

void tst_BillingWorkflow::cleanup()
{
    m_db.reset();
}

qint64 tst_BillingWorkflow::handedOffEncounter()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("E119"), QStringLiteral("82947"));
    if (id == 0)
        return 0;
    const Session coder = m_db->login(Role::Coder);
    auto e = m_db->ws().encounters().open(coder, id);
    if (!e || !m_db->ws().handoff().handOff(coder, id, e->version, {}).ok())
        return 0;
    return id;
}

ClaimsWidget *tst_BillingWorkflow::openInClaims(MainWindow &window, qint64 claimId)
{
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto *page = window.findChild<ClaimsWidget *>(QStringLiteral("claims"));
    if (!page || !QTest::qWaitFor([page] { return page->isVisible(); }, 3000))
        return nullptr;
    page->setStateFilter(ClaimFilterProxy::Preset::All);
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("claimFilter"));
    filter->clear();
    QTest::keyClicks(filter, claims().claim(claimId, false)->summary.patientControlNumber);
    auto *table = page->findChild<QTableView *>(QStringLiteral("claimsTable"));
    if (!QTest::qWaitFor([table] { return table->model()->rowCount() == 1; }, 3000))
        return nullptr;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    if (!QTest::qWaitFor([page, claimId] { return page->currentClaimId() == claimId; }, 3000))
        return nullptr;
    return page;
}

void tst_BillingWorkflow::acceptedEncounterToAcceptedClaim()
{
    const qint64 encounter = handedOffEncounter();
    QVERIFY(encounter > 0);
    auto window = openWindow(Role::Biller);
    QVERIFY(window);

    // --- 1. Handoff: the biller accepts the work (Ctrl+Enter); a draft claim is made ---
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    auto *handoff = window->findChild<HandoffWidget *>(QStringLiteral("handoff"));
    QTRY_VERIFY(handoff->isVisible());
    auto *handoffTable = handoff->findChild<QTableView *>(QStringLiteral("handoffTable"));
    const int row = handoff->model()->rowOf(encounter);
    QVERIFY(row >= 0);
    handoffTable->setFocus();
    handoffTable->setCurrentIndex(handoff->model()->index(row, 0));
    QTest::keyClick(handoffTable, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_db->ws().encounters().open(m_db->login(Role::Biller), encounter)->summary.state,
                 EncounterState::Accepted);
    auto drafts = claims().claims({ClaimState::Draft});
    const auto made = std::find_if(drafts->cbegin(), drafts->cend(), [&](const ClaimSummary &s) {
        return s.encounterId == encounter;
    });
    QVERIFY(made != drafts->cend());
    const qint64 claimId = made->id;
    const QString pcn = made->patientControlNumber;

    // --- 2. Claims: the claim is shown with its sources; Ctrl+S saves it clean: ready ---
    ClaimsWidget *page = openInClaims(*window, claimId);
    QVERIFY(page);
    QCOMPARE(page->currentClaim().document.lines.first().code, QStringLiteral("82947"));
    QVERIFY(!page->currentClaim().sources.value(QLatin1String(claimfield::Payer)).isEmpty());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("replacementButton"))->isEnabled());
    QTest::keyClick(page->findChild<QTableView *>(QStringLiteral("claimsTable")), Qt::Key_S,
                    Qt::ControlModifier);
    QTRY_COMPARE(state(claimId), ClaimState::Scrubbed);

    // --- 3. Submissions: the ready claim goes out in a batch; the file is a valid 837P ---
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto *submissions = window->findChild<SubmissionsWidget *>(QStringLiteral("submissions"));
    QTRY_VERIFY(submissions->isVisible());
    QTRY_VERIFY(submissions->readyModel()->rowOf(claimId) >= 0);
    QVERIFY(submissions->submitTo({claimId}, m_dir.path()));
    QCOMPARE(state(claimId), ClaimState::Submitted);
    QTRY_COMPARE(submissions->readyModel()->rowOf(claimId), -1);
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile batchFile(m_dir.filePath(files.first()));
    QVERIFY(batchFile.open(QIODevice::ReadOnly));
    const QByteArray content = batchFile.readAll();
    QVERIFY2(x12::Reader::read(content).ok(), content.left(200).constData());
    QVERIFY(content.contains((QStringLiteral("CLM*") + pcn + QLatin1Char('*')).toLatin1()));
    QVERIFY(content.contains((QStringLiteral("REF*6R*") + pcn + QStringLiteral("-1~")).toLatin1()));

    // --- 4. The clearinghouse's 277CA accepts it with the payer's claim number ---
    const QString ackPath = m_dir.filePath(QStringLiteral("reply.277"));
    QFile ack(ackPath);
    QVERIFY(ack.open(QIODevice::WriteOnly));
    ack.write(x12::make277CA({{pcn, true, QStringLiteral("PAYER-555")}}, 4242));
    ack.close();
    QVERIFY(submissions->importFile(ackPath));
    QCOMPARE(state(claimId), ClaimState::Accepted);
    QCOMPARE(claims().claim(claimId)->payerClaimNumber, QStringLiteral("PAYER-555"));

    // --- 5. Back in Claims: accepted, printable, and it can now be replaced ---
    page = openInClaims(*window, claimId);
    QVERIFY(page);
    const int claimRow = page->model()->rowOf(claimId);
    QCOMPARE(page->model()->data(page->model()->index(claimRow, 0), ClaimListModel::StateRole)
                     .toInt(),
             int(ClaimState::Accepted));
    QCOMPARE(page->currentClaim().events.last().status, QStringLiteral("accepted"));
    QTRY_VERIFY(page->findChild<QPushButton *>(QStringLiteral("replacementButton"))->isEnabled());
    const QString pdf = m_dir.filePath(QStringLiteral("claim.pdf"));
    QVERIFY(page->printCurrentTo(pdf));
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(4) == "%PDF");
    QVERIFY(page->correctCurrentWith(QStringLiteral("7")));
    auto replacements = claims().claims();
    const auto replacement = std::find_if(replacements->cbegin(), replacements->cend(),
                                          [&](const ClaimSummary &s) {
                                              return s.encounterId == encounter
                                                      && s.frequency == QLatin1String("7");
                                          });
    QVERIFY(replacement != replacements->cend());
    QCOMPARE(claims().claim(replacement->id)->document.originalClaimNumber,
             QStringLiteral("PAYER-555"));
}

void tst_BillingWorkflow::rejectionFixedAndResent()
{
    const qint64 encounter = handedOffEncounter();
    QVERIFY(encounter > 0);
    auto accepted = m_db->ws().handoff().accept(
            m_db->login(Role::Biller), encounter,
            m_db->ws().encounters().open(m_db->login(Role::Biller), encounter)->version);
    QVERIFY(accepted.ok());
    const qint64 claimId = accepted.value();
    const QString pcn = claims().claim(claimId, false)->summary.patientControlNumber;
    auto window = openWindow(Role::Biller);
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto *submissions = window->findChild<SubmissionsWidget *>(QStringLiteral("submissions"));
    QTRY_VERIFY(submissions->isVisible());
    QVERIFY(claims().scrubClaims(m_db->login(Role::Biller), {claimId}).ok());
    QTRY_VERIFY(submissions->readyModel()->rowOf(claimId) >= 0);
    QVERIFY(submissions->submitTo({claimId}, m_dir.path()));

    // The 277CA rejects it: it shows under Rejections with the reason.
    const QString ackPath = m_dir.filePath(QStringLiteral("reject.277"));
    QFile ack(ackPath);
    QVERIFY(ack.open(QIODevice::WriteOnly));
    ack.write(x12::make277CA({{pcn, false, {}, QStringLiteral("A7"), QStringLiteral("562")}}, 4343));
    ack.close();
    QVERIFY(submissions->importFile(ackPath));
    QCOMPARE(state(claimId), ClaimState::Rejected);
    submissions->showPage(SubmissionsWidget::Page::Rejections);
    QTRY_VERIFY(submissions->rejectionModel()->rowOf(claimId) >= 0);

    // Open it from the list (Enter): the Claims workspace shows it; the biller saves the fix.
    QSignalSpy opened(submissions, &SubmissionsWidget::openClaimRequested);
    auto *rejectionTable = submissions->findChild<QTableView *>(QStringLiteral("rejectionTable"));
    QVERIFY(rejectionTable);
    rejectionTable->setFocus();
    rejectionTable->setCurrentIndex(
            rejectionTable->model()->index(submissions->rejectionModel()->rowOf(claimId), 0));
    QTest::keyClick(rejectionTable, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    auto *page = window->findChild<ClaimsWidget *>(QStringLiteral("claims"));
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE(page->currentClaimId(), claimId);
    QVERIFY(page->saveCurrent());
    QCOMPARE(state(claimId), ClaimState::Scrubbed);

    // Sent again: the submission count rises; accepted the second time.
    QVERIFY(submissions->submitTo({claimId}, m_dir.path()));
    QCOMPARE(claims().claim(claimId)->summary.submissionCount, 2);
    QVERIFY(ack.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ack.write(x12::make277CA({{pcn, true, QStringLiteral("P-2")}}, 4344));
    ack.close();
    QVERIFY(submissions->importFile(ackPath));
    QCOMPARE(state(claimId), ClaimState::Accepted);
    QTRY_COMPARE(submissions->rejectionModel()->rowOf(claimId), -1);
}

QTEST_MAIN(tst_BillingWorkflow)
#include "tst_billingworkflow.moc"

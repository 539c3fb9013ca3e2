// SPDX-License-Identifier: GPL-3.0-or-later
// The A/R workspace driven by keys and clicks: aging by payer and by patient with a totals
// row, the follow-up list, a note saved with Ctrl+S (with and without a next-action date), and
// Enter asking to open the claim.
#include "testdatabase.h"
#include "biller/receivableswidget.h"
#include "common/inlinemessage.h"
#include "itemmodels/agingmodel.h"
#include "itemmodels/followupmodel.h"
#include "services/arservice.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace cc;

namespace {
const QDate kToday(2026, 11, 27);
}

class tst_ReceivablesWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void agingTabsHaveTotals();
    void enterOpensClaim();
    void ctrlSSavesNoteWithNextAction();
    void emptyNoteRefused();

private:
    qint64 sentClaim(int dosDaysAgo, int sentDaysAgo, qint64 chargeCents);
    std::unique_ptr<ReceivablesWidget> showWidget();
    template <typename T>
    T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
    qint64 m_late = 0;
    qint64 m_recent = 0;
};

void tst_ReceivablesWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_biller = m_db->login(Role::Biller);
    m_db->value(QStringLiteral("UPDATE claims SET state = 'closed'"));
    m_db->value(QStringLiteral("DELETE FROM postings"));
    m_db->value(QStringLiteral("DELETE FROM work_notes")); // the demo history's denial work
    m_db->ws().receivables().setToday(kToday);
    m_late = sentClaim(50, 40, 12000);
    m_recent = sentClaim(100, 5, 3000);
    QVERIFY(m_late > 0 && m_recent > 0);
    m_db->value(QStringLiteral("UPDATE payers SET expected_payment_days = 30"));
}

void tst_ReceivablesWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_ReceivablesWidget::sentClaim(int dosDaysAgo, int sentDaysAgo, qint64 chargeCents)
{
    const qint64 id
        = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), chargeCents);
    if (id == 0 || !m_db->ws().claims().scrubClaims(m_biller, {id}).ok())
        return 0;
    auto sent
        = m_db->ws().submissions().submit(m_biller, {id}, QDateTime(kToday, QTime(9, 0), Qt::UTC));
    if (!sent || sent->batches.isEmpty())
        return 0;
    m_db->value(QStringLiteral("UPDATE encounters SET date_of_service = '%1' WHERE id = (SELECT "
                               "encounter_id FROM claims WHERE id = %2)")
                    .arg(kToday.addDays(-dosDaysAgo).toString(Qt::ISODate))
                    .arg(id));
    m_db->value(QStringLiteral("UPDATE claim_status_events SET at = '%1T09:00:00.000Z' WHERE "
                               "claim_id = %2 AND status = 'submitted'")
                    .arg(kToday.addDays(-sentDaysAgo).toString(Qt::ISODate))
                    .arg(id));
    if (m_db->value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1").arg(id))
            .toInt()
        == 0) {
        m_db->value(QStringLiteral("INSERT INTO postings (claim_id, claim_line_id, patient_id, "
                                   "kind, amount_cents, posted_at) SELECT l.claim_id, l.id, "
                                   "e.patient_id, 'charge', l.charge_cents, "
                                   "'2026-11-01T09:00:00.000Z' FROM claim_lines l JOIN claims c "
                                   "ON c.id = l.claim_id JOIN encounters e ON e.id = "
                                   "c.encounter_id WHERE l.claim_id = %1")
                        .arg(id));
    }
    return id;
}

std::unique_ptr<ReceivablesWidget> tst_ReceivablesWidget::showWidget()
{
    auto w = std::make_unique<ReceivablesWidget>(m_biller, m_db->ws().receivables());
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the A/R window did not become active");
    return w;
}

void tst_ReceivablesWidget::agingTabsHaveTotals()
{
    auto w = showWidget();
    QAbstractItemModelTester payerTester(
        w->payerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester patientTester(
        w->patientModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (AgingModel *m : {w->payerModel(), w->patientModel()}) {
        QVERIFY(m->rowCount() >= 2);
        const int total = m->totalsRow();
        QCOMPARE(total, m->rowCount() - 1);
        QCOMPARE(m->index(total, int(AgingModel::Column::Name)).data().toString(),
            QStringLiteral("Total"));
        QCOMPARE(m->index(total, int(AgingModel::Column::Total))
                     .data(AgingModel::CentsRole)
                     .toLongLong(),
            15000);
        QCOMPARE(m->index(total, int(AgingModel::Column::Days31To60))
                     .data(AgingModel::CentsRole)
                     .toLongLong(),
            12000);
        QCOMPARE(m->index(total, int(AgingModel::Column::Days91To120))
                     .data(AgingModel::CentsRole)
                     .toLongLong(),
            3000);
        QCOMPARE(m->index(0, int(AgingModel::Column::Total)).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(m->index(total, int(AgingModel::Column::Total)).data().toString(),
            QStringLiteral("$150.00"));
    }
    QCOMPARE(w->payerModel()->totals().insurance, w->patientModel()->totals().insurance);
    // Keyboard: the tabs switch with the tab widget, the list shows the late claim only.
    w->showPage(ReceivablesWidget::Page::FollowUp);
    QCOMPARE(w->followUpModel()->rowCount(), 1);
    QCOMPARE(w->followUpModel()->rows().first().claimId, m_late);
    QCOMPARE(w->followUpModel()->rows().first().daysOutstanding, 40);
}

void tst_ReceivablesWidget::enterOpensClaim()
{
    auto w = showWidget();
    w->showPage(ReceivablesWidget::Page::FollowUp);
    auto *table = child<QTableView>(*w, "followUpTable");
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(w->followUpModel()->index(0, 0));
    QSignalSpy open(w.get(), &ReceivablesWidget::openClaimRequested);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_late);
}

void tst_ReceivablesWidget::ctrlSSavesNoteWithNextAction()
{
    auto w = showWidget();
    w->showPage(ReceivablesWidget::Page::FollowUp);
    auto *table = child<QTableView>(*w, "followUpTable");
    table->setFocus();
    table->setCurrentIndex(w->followUpModel()->index(0, 0));
    QCOMPARE(w->currentClaimId(), m_late);
    auto *note = child<QPlainTextEdit>(*w, "followUpNote");
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Called payer: in process"));
    auto *check = child<QCheckBox>(*w, "nextActionCheck");
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    QVERIFY(check->isChecked());
    auto *date = child<QDateEdit>(*w, "nextActionDate");
    QVERIFY(date->isEnabled());
    date->setDate(kToday.addDays(10));
    QTest::keyClick(note, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'claim' "
                                        "AND entity_id = %1 AND action = 'follow_up'")
                             .arg(m_late))
                 .toInt(),
        1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT next_action_date FROM work_notes")).toString(),
        kToday.addDays(10).toString(Qt::ISODate));
    QCOMPARE(m_db->value(QStringLiteral("SELECT note FROM work_notes")).toString(),
        QStringLiteral("Called payer: in process"));
    // The claim waits for its next-action date: off the list.
    QCOMPARE(w->followUpModel()->rowCount(), 0);
    QVERIFY(note->toPlainText().isEmpty());
    // On that day it is back with its note.
    m_db->ws().receivables().setToday(kToday.addDays(10));
    w->reload();
    QCOMPARE(w->followUpModel()->rowCount(), 1);
    const int row = w->followUpModel()->rowOf(m_late);
    QCOMPARE(row, 0);
    QCOMPARE(w->followUpModel()->index(row, int(FollowUpModel::Column::LastNote)).data().toString(),
        QStringLiteral("Called payer: in process"));
}

void tst_ReceivablesWidget::emptyNoteRefused()
{
    auto w = showWidget();
    w->showPage(ReceivablesWidget::Page::FollowUp);
    auto *table = child<QTableView>(*w, "followUpTable");
    table->setFocus();
    table->setCurrentIndex(w->followUpModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM work_notes")).toInt(), 0);
    QVERIFY(!child<InlineMessage>(*w, "receivablesMessage")->text().isEmpty());
    QCOMPARE(w->followUpModel()->rowCount(), 1);
}

QTEST_MAIN(tst_ReceivablesWidget)
#include "tst_receivableswidget.moc"

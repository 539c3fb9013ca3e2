// SPDX-License-Identifier: GPL-3.0-or-later
// The Statements workspace driven by keys and clicks: the patients with a balance and their
// aging, ticking with Space, the preview, printing into a file without dialogs, and the
// dunning count moving on after a run.
#include "testdatabase.h"
#include "biller/statementswidget.h"
#include "common/inlinemessage.h"
#include "itemmodels/statementmodel.h"
#include "services/claimservice.h"
#include "services/statementservice.h"
#include "services/submissionservice.h"
#include "storage/ledgerrepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace cc;

namespace {
const QDate kToday(2026, 11, 27);
}

class tst_StatementsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listsPatientsWithBalance();
    void spaceTicksAndPreviewShowsStatement();
    void printToWritesPdfAndMovesDunning();
    void printWithNothingTickedSaysSo();

private:
    qint64 answeredClaim(qint64 patientId, int daysAgo, qint64 owedCents);
    std::unique_ptr<StatementsWidget> showWidget();
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
    qint64 m_patient = 0;
};

void tst_StatementsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_biller = m_db->login(Role::Biller);
    m_db->value(QStringLiteral("UPDATE claims SET state = 'closed'"));
    m_db->value(QStringLiteral("DELETE FROM postings"));
    // The demo history's statement runs: only the test's own count.
    m_db->value(QStringLiteral("DELETE FROM statements"));
    m_db->value(QStringLiteral("DELETE FROM statement_runs"));
    const qint64 first = answeredClaim(0, 10, 2500);
    QVERIFY(first > 0);
    QVERIFY(answeredClaim(m_patient, 75, 4000) > 0);
}

void tst_StatementsWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_StatementsWidget::answeredClaim(qint64 patientId, int daysAgo, qint64 owedCents)
{
    const qint64 id = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 10000);
    if (id == 0 || !m_db->ws().claims().scrubClaims(m_biller, {id}).ok())
        return 0;
    auto sent
        = m_db->ws().submissions().submit(m_biller, {id}, QDateTime(kToday, QTime(9, 0), Qt::UTC));
    if (!sent || sent->batches.isEmpty())
        return 0;
    if (patientId == 0) {
        patientId = m_db->value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters "
                                               "e ON e.id = c.encounter_id WHERE c.id = %1")
                                    .arg(id))
                        .toLongLong();
        m_patient = patientId;
    }
    m_db->value(QStringLiteral("UPDATE encounters SET patient_id = %1, date_of_service = '%2' "
                               "WHERE id = (SELECT encounter_id FROM claims WHERE id = %3)")
                    .arg(patientId)
                    .arg(kToday.addDays(-daysAgo).toString(Qt::ISODate))
                    .arg(id));
    LedgerRepository ledger(m_db->ws().database());
    const QDateTime at(kToday.addDays(-2), QTime(10, 0), Qt::UTC);
    LedgerEntry e;
    e.claimId = id;
    e.patientId = patientId;
    if (m_db->value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1").arg(id))
            .toInt()
        == 0) {
        e.kind = QLatin1String(ledgerkind::kCharge);
        e.amountCents = 10000;
        if (!ledger.append(e, at))
            return 0;
    }
    e.kind = QLatin1String(ledgerkind::kPayment);
    e.amountCents = 10000 - owedCents;
    if (!ledger.append(e, at))
        return 0;
    e.kind = QLatin1String(ledgerkind::kPatientResponsibility);
    e.groupCode = QStringLiteral("PR");
    e.amountCents = owedCents;
    if (!ledger.append(e, at))
        return 0;
    return id;
}

std::unique_ptr<StatementsWidget> tst_StatementsWidget::showWidget()
{
    auto w = std::make_unique<StatementsWidget>(m_biller, m_db->ws().statements());
    w->setToday(kToday);
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the statements window did not become active");
    return w;
}

void tst_StatementsWidget::listsPatientsWithBalance()
{
    auto w = showWidget();
    QAbstractItemModelTester tester(
        w->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(w->model()->rowCount(), 1);
    const QModelIndex balance = w->model()->index(0, int(StatementModel::Column::Balance));
    QCOMPARE(balance.data(StatementModel::CentsRole).toLongLong(), 6500);
    QCOMPARE(balance.data().toString(), QStringLiteral("$65.00"));
    QCOMPARE(w->model()
                 ->index(0, int(StatementModel::Column::Days0To30))
                 .data(StatementModel::CentsRole)
                 .toLongLong(),
        2500);
    QCOMPARE(w->model()
                 ->index(0, int(StatementModel::Column::Days61To90))
                 .data(StatementModel::CentsRole)
                 .toLongLong(),
        4000);
    QCOMPARE(balance.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(w->model()->index(0, int(StatementModel::Column::Dunning)).data().toString(),
        QStringLiteral("1st statement"));
    QCOMPARE(w->model()->index(0, int(StatementModel::Column::Pending)).data().toString(),
        QStringLiteral("No"));
    QVERIFY(w->previewText().contains(QStringLiteral("82947")));
}

void tst_StatementsWidget::spaceTicksAndPreviewShowsStatement()
{
    auto w = showWidget();
    auto *table = child<QTableView>(*w, "statementTable");
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(w->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(w->model()->checkedIds(), QList<qint64> {m_patient});
    auto *preview = child<QPushButton>(*w, "previewButton");
    QVERIFY(preview->isEnabled());
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY2(w->previewText().contains(QStringLiteral("$65.00")), qPrintable(w->previewText()));
    QVERIFY(w->previewText().contains(QStringLiteral("1st statement")));
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(w->model()->checkedIds().isEmpty());
    QVERIFY(!child<QPushButton>(*w, "printButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(*w, "tickAllButton"), Qt::LeftButton);
    QCOMPARE(w->model()->checkedIds().size(), 1);
}

void tst_StatementsWidget::printToWritesPdfAndMovesDunning()
{
    auto w = showWidget();
    QTest::mouseClick(child<QPushButton>(*w, "tickAllButton"), Qt::LeftButton);
    QSignalSpy status(w.get(), &StatementsWidget::statusMessageRequested);
    const QString path = m_db->dir() + QStringLiteral("/statements.pdf");
    QVERIFY(w->printTo(path));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("1 statement")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM statements WHERE patient_id = %1")
                             .arg(m_patient))
                 .toInt(),
        1);
    QCOMPARE(
        m_db->value(QStringLiteral("SELECT amount_due_cents FROM statements")).toLongLong(), 6500);
    // The list reloaded: the next statement is the 2nd, and nothing is ticked.
    QCOMPARE(w->model()->rowCount(), 1);
    QCOMPARE(w->model()->index(0, int(StatementModel::Column::Dunning)).data().toString(),
        QStringLiteral("2nd statement"));
    QVERIFY(w->model()->checkedIds().isEmpty());
    QVERIFY(w->model()->index(0, int(StatementModel::Column::LastStatement)).data().toString()
        != QStringLiteral("Never"));
}

void tst_StatementsWidget::printWithNothingTickedSaysSo()
{
    auto w = showWidget();
    auto *table = child<QTableView>(*w, "statementTable");
    table->setFocus();
    // Ctrl+P with nothing ticked: no dialog, a sentence instead.
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
    auto *message = child<InlineMessage>(*w, "statementMessage");
    QVERIFY(message->text().contains(QStringLiteral("Tick")));
    QVERIFY(!w->printTo(m_db->dir() + QStringLiteral("/none.pdf")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM statement_runs")).toInt(), 0);
}

QTEST_MAIN(tst_StatementsWidget)
#include "tst_statementswidget.moc"

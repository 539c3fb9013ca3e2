// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/feeschedulewidget.h"
#include "services/practiceservice.h"
#include "storage/practicerepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace cc;

class tst_FeeScheduleWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void managerSetsAPayersFee();
    void wrongChargeIsRefused_data();
    void wrongChargeIsRefused();
    void filterNarrowsTheTable();
    void removeAndUndo();

private:
    QList<PracticeRepository::FeeRow> fees()
    {
        auto r = m_db->ws().practice().fees();
        return r ? r.value() : QList<PracticeRepository::FeeRow>();
    }
    std::optional<qint64> charge(const QString &code, qint64 payerId, const QDate &date)
    {
        auto r = PracticeRepository(m_db->ws().database()).fee(code, payerId, date);
        return r ? r.value() : std::nullopt;
    }
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_FeeScheduleWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(40, 3), qPrintable(m_db->errorText()));
}

void tst_FeeScheduleWidget::cleanup()
{
    m_db.reset();
}

void tst_FeeScheduleWidget::managerSetsAPayersFee()
{
    const QList<PracticeRepository::FeeRow> before = fees();
    QVERIFY(!before.isEmpty());
    FeeScheduleWidget w(m_db->login(Role::Manager), m_db->ws().practice());
    QAbstractItemModelTester tester(w.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.proxy()->rowCount(), int(before.size()));

    auto *payer = w.findChild<QComboBox *>(QStringLiteral("feePayer"));
    QVERIFY(payer->count() >= 3);
    QCOMPARE(payer->itemText(0), QStringLiteral("Practice default"));
    payer->setFocus();
    QTest::keyClick(payer, Qt::Key_Down);
    const qint64 payerId = payer->currentData().toLongLong();
    QVERIFY(payerId > 0);
    const qint64 otherPayerId = payer->itemData(2).toLongLong();
    const QDate from(2027, 1, 1);
    const std::optional<qint64> otherBefore = charge(QStringLiteral("99213"), otherPayerId, from);

    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("feeCode")), QStringLiteral("99213"));
    w.findChild<QDateEdit *>(QStringLiteral("feeEffective"))->setDate(from);
    auto *chargeEdit = w.findChild<QLineEdit *>(QStringLiteral("feeCharge"));
    QTest::keyClicks(chargeEdit, QStringLiteral("130"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("feeHint"))->text().contains(
            QStringLiteral("Saving adds")));
    // A button's shortcut "animates" the click: it lands after a moment.
    QTest::keyClick(chargeEdit, Qt::Key_S, Qt::ControlModifier); // Save (Ctrl+S)
    QTRY_COMPARE(fees().size(), before.size() + 1);
    const QList<PracticeRepository::FeeRow> after = fees();
    auto it = std::find_if(after.cbegin(), after.cend(), [&](const PracticeRepository::FeeRow &f) {
        return f.payerId == payerId && f.code == QLatin1String("99213") && f.effectiveFrom == from;
    });
    QVERIFY(it != after.cend());
    QCOMPARE(it->chargeCents, 13000);
    // The lookup claims use: this payer's own fee from that date on; other payers unchanged.
    QCOMPARE(charge(QStringLiteral("99213"), payerId, QDate(2027, 2, 1)),
             std::optional<qint64>(13000));
    QCOMPARE(charge(QStringLiteral("99213"), otherPayerId, QDate(2027, 2, 1)), otherBefore);

    // The table shows it, as money, on the selected row.
    auto *table = w.findChild<QTableView *>(QStringLiteral("feeTable"));
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(FeeScheduleWidget::ChargeColumn).data().toString(),
             QStringLiteral("$130.00"));
    QCOMPARE(current.siblingAtColumn(FeeScheduleWidget::PayerColumn).data().toString(),
             payer->itemText(1));
    const QString message = w.findChild<QLabel *>(QStringLiteral("feeMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("Saved")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("$130.00")), qPrintable(message));

    // Changing the charge of the same code, payer and date replaces it.
    chargeEdit->selectAll();
    QTest::keyClicks(chargeEdit, QStringLiteral("$1,250.50"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("feeHint"))->text().contains(
            QStringLiteral("replaces")));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveFeeButton")), Qt::LeftButton);
    QCOMPARE(fees().size(), before.size() + 1);
    QCOMPARE(charge(QStringLiteral("99213"), payerId, QDate(2027, 2, 1)),
             std::optional<qint64>(125050));

    w.grab().save(QStringLiteral("/tmp/admin_feeschedule.png"));
}

void tst_FeeScheduleWidget::wrongChargeIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative") << QStringLiteral("-5.00") << QStringLiteral("cannot be negative");
    QTest::newRow("three decimals") << QStringLiteral("12.345") << QStringLiteral("not an amount");
    QTest::newRow("letters") << QStringLiteral("ten") << QStringLiteral("not an amount");
    QTest::newRow("empty") << QString() << QStringLiteral("Type the charge");
}

void tst_FeeScheduleWidget::wrongChargeIsRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, says);
    const auto before = fees();
    FeeScheduleWidget w(m_db->login(Role::Admin), m_db->ws().practice());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("feeCode")), QStringLiteral("99499"));
    auto *chargeEdit = w.findChild<QLineEdit *>(QStringLiteral("feeCharge"));
    QTest::keyClicks(chargeEdit, typed);
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveFeeButton")), Qt::LeftButton);

    auto *message = w.findChild<QLabel *>(QStringLiteral("feeMessage"));
    QVERIFY2(message->text().contains(says), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QCOMPARE(fees().size(), before.size());
    for (const auto &f : fees())
        QVERIFY(f.code != QLatin1String("99499"));
    // Typing a correction clears the complaint.
    QTest::keyClick(chargeEdit, Qt::Key_1);
    QVERIFY(message->text().isEmpty());
}

void tst_FeeScheduleWidget::filterNarrowsTheTable()
{
    FeeScheduleWidget w(m_db->login(Role::Admin), m_db->ws().practice());
    QAbstractItemModelTester tester(w.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int all = w.proxy()->rowCount();
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("feeFilter"));
    QTest::keyClicks(filter, QStringLiteral("9921"));
    QVERIFY(w.proxy()->rowCount() > 0);
    QVERIFY(w.proxy()->rowCount() < all);
    for (int r = 0; r < w.proxy()->rowCount(); ++r)
        QVERIFY(w.proxy()->index(r, FeeScheduleWidget::CodeColumn).data().toString().contains(
                QStringLiteral("9921")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("feeCount"))->text().contains(
            QStringLiteral(" of ")));

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("nothing like this"));
    QCOMPARE(w.proxy()->rowCount(), 0);
    auto *empty = w.findChild<QLabel *>(QStringLiteral("feeEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No fee matches")), qPrintable(empty->text()));
    QVERIFY(empty->text().contains(QStringLiteral("Clear the filter")));
}

void tst_FeeScheduleWidget::removeAndUndo()
{
    const auto before = fees();
    FeeScheduleWidget w(m_db->login(Role::Admin), m_db->ws().practice());
    w.resize(1100, 650);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *table = w.findChild<QTableView *>(QStringLiteral("feeTable"));
    const QRect cell = table->visualRect(w.proxy()->index(0, FeeScheduleWidget::CodeColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const qint64 id = w.proxy()->index(0, 0).data(FeeScheduleWidget::FeeIdRole).toLongLong();
    const auto removed = *std::find_if(before.cbegin(), before.cend(),
                                       [id](const auto &f) { return f.id == id; });
    // Selecting the row fills the form, to change it.
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("feeCode"))->text(), removed.code);

    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(fees().size(), before.size() - 1);
    for (const auto &f : fees())
        QVERIFY(f.id != id);
    auto *undo = w.findChild<QPushButton *>(QStringLiteral("undoRemoveButton"));
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    const auto after = fees();
    QCOMPARE(after.size(), before.size());
    QVERIFY(std::any_of(after.cbegin(), after.cend(), [&](const auto &f) {
        return f.code == removed.code && f.payerId == removed.payerId
                && f.chargeCents == removed.chargeCents && f.effectiveFrom == removed.effectiveFrom;
    }));
    QVERIFY(!undo->isVisible());
}

QTEST_MAIN(tst_FeeScheduleWidget)
#include "tst_feeschedulewidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "coder/coderqueuewidget.h"
#include "common/logindialog.h"
#include "itemmodels/queuemodel.h"
#include "services/encounterservice.h"
#include "services/practiceservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace cc;

class tst_CoderQueueWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wrongPasswordKeepsLoginOpen();
    void coderLogsInAndFiltersQueue();
    void filtersAreRememberedPerUser();
    void emptyDaySaysWhy();

private:
    Session loginThroughDialog(const QString &user, const QString &password);
    int scalar(const QString &sql)
    {
        const QVariant v = m_db->value(sql);
        return v.isValid() ? v.toInt() : -1;
    }
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_CoderQueueWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    // The queue opens on today, so the demo's "today" is the real one.
    QVERIFY2(m_db->makeDemo(400, 11, QDate::currentDate()), qPrintable(m_db->errorText()));
}

void tst_CoderQueueWidget::cleanup()
{
    m_db.reset();
}

Session tst_CoderQueueWidget::loginThroughDialog(const QString &user, const QString &password)
{
    LoginDialog dialog(m_db->ws().auth(), QStringLiteral("Demo"), true);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return {};
    auto *userEdit = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    if (!userEdit || !passwordEdit)
        return {};
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    return dialog.session().value_or(Session{});
}

void tst_CoderQueueWidget::wrongPasswordKeepsLoginOpen()
{
    LoginDialog dialog(m_db->ws().auth(), QStringLiteral("Demo"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("demoCredentials")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit")),
                     QStringLiteral("coder"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("guess"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.session());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    QVERIFY(message->isVisibleTo(&dialog));
    QVERIFY(message->text().contains(QStringLiteral("not right")));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

void tst_CoderQueueWidget::coderLogsInAndFiltersQueue()
{
    const Session coder = loginThroughDialog(QStringLiteral("coder"), QStringLiteral("coder-demo"));
    QVERIFY(coder.userId > 0);
    QCOMPARE(coder.role, Role::Coder);
    QCOMPARE(coder.username, QStringLiteral("coder"));

    CoderQueueWidget queue(coder, m_db->ws().encounters(), m_db->ws().practice());
    QAbstractItemModelTester tester(queue.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.resize(1200, 700);
    queue.show();
    QVERIFY(QTest::qWaitForWindowExposed(&queue));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // Today's encounters, and the work the biller returned (whatever its date).
    const int todays = scalar(QStringLiteral("SELECT count(*) FROM encounters WHERE "
                                             "date_of_service = '%1' OR state = 'returned'")
                                      .arg(today));
    QVERIFY(todays >= 2);
    QCOMPARE(queue.model()->rowCount(), todays);
    QCOMPARE(queue.proxy()->rowCount(), todays);

    auto *table = queue.findChild<QTableView *>(QStringLiteral("queueTable"));
    auto *preview = queue.findChild<QTextBrowser *>(QStringLiteral("notePreview"));
    QVERIFY(table && preview);
    QVERIFY(queue.currentEncounterId() > 0);
    QVERIFY(!preview->toPlainText().isEmpty());

    // Keyboard: J moves to the next encounter and the preview follows.
    table->setFocus();
    const qint64 first = queue.currentEncounterId();
    QTest::keyClick(table, Qt::Key_J);
    QVERIFY(queue.currentEncounterId() != first);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(queue.currentEncounterId(), first);

    // Keyboard: choose the second provider in the provider filter.
    auto *provider = queue.findChild<QComboBox *>(QStringLiteral("providerFilter"));
    provider->setFocus();
    QTest::keyClick(provider, Qt::Key_Down);
    const qint64 providerId = provider->currentData().toLongLong();
    QVERIFY(providerId > 0);
    const int byProvider = scalar(QStringLiteral("SELECT count(*) FROM encounters WHERE "
                                                 "(date_of_service = '%1' OR state = 'returned') "
                                                 "AND provider_id = %2")
                                          .arg(today)
                                          .arg(providerId));
    QCOMPARE(queue.proxy()->rowCount(), byProvider);
    for (int r = 0; r < queue.proxy()->rowCount(); ++r)
        QCOMPARE(queue.proxy()->index(r, 0).data(QueueModel::ProviderIdRole).toLongLong(),
                 providerId);

    // Mouse: the "New" chip filters by state and shows its count.
    auto *newChip = queue.findChild<QToolButton *>(QStringLiteral("chip_new"));
    QVERIFY(newChip);
    const int newCount = scalar(QStringLiteral("SELECT count(*) FROM encounters WHERE "
                                               "date_of_service = '%1' AND provider_id = %2 AND "
                                               "state = 'new'")
                                        .arg(today)
                                        .arg(providerId));
    QVERIFY(newChip->text().endsWith(QString::number(newCount)));
    QTest::mouseClick(newChip, Qt::LeftButton);
    QCOMPARE(queue.proxy()->rowCount(), newCount);
    auto *state = queue.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QCOMPARE(state->currentData().toInt(), int(EncounterState::New));

    // Keyboard: typing part of a patient's name narrows the list.
    QTest::mouseClick(queue.findChild<QToolButton *>(QStringLiteral("chip_all")), Qt::LeftButton);
    provider->setCurrentIndex(0);
    const QString name = queue.proxy()->index(0, 1).data().toString().section(QLatin1Char(','), 0, 0);
    auto *search = queue.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, name);
    QVERIFY(queue.proxy()->rowCount() >= 1);
    QVERIFY(queue.proxy()->rowCount() <= todays);
    for (int r = 0; r < queue.proxy()->rowCount(); ++r)
        QVERIFY(queue.proxy()->index(r, 1).data().toString().contains(name));

    // Sorting by clicking the patient column header.
    search->clear();
    // Returned work stays on top whatever the sort; each group is sorted by patient.
    table->sortByColumn(int(QueueModel::Column::Patient), Qt::AscendingOrder);
    auto returned = [&](int r) {
        return queue.proxy()->index(r, int(QueueModel::Column::State)).data().toString().startsWith(
                QLatin1String("Returned"));
    };
    for (int r = 1; r < queue.proxy()->rowCount(); ++r) {
        QVERIFY(returned(r - 1) || !returned(r));
        if (returned(r - 1) == returned(r))
            QVERIFY(queue.proxy()->index(r - 1, 1).data(QueueModel::SortRole).toString()
                    <= queue.proxy()->index(r, 1).data(QueueModel::SortRole).toString());
    }

    // Reading a note is audited.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'encounter.open' "
                                  "AND username = 'coder'"))
            >= 2);
}

void tst_CoderQueueWidget::filtersAreRememberedPerUser()
{
    const Session coder = m_db->login(Role::Coder);
    qint64 chosen = 0;
    {
        CoderQueueWidget queue(coder, m_db->ws().encounters(), m_db->ws().practice());
        auto *payer = queue.findChild<QComboBox *>(QStringLiteral("payerFilter"));
        payer->setCurrentIndex(2);
        chosen = payer->currentData().toLongLong();
        QTest::keyClicks(queue.findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                         QStringLiteral("MG1"));
    }
    CoderQueueWidget again(coder, m_db->ws().encounters(), m_db->ws().practice());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("payerFilter"))->currentData().toLongLong(),
             chosen);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(),
             QStringLiteral("MG1"));
    // The manager has preferences of her own.
    CoderQueueWidget managers(m_db->login(Role::Manager), m_db->ws().encounters(),
                              m_db->ws().practice());
    QCOMPARE(managers.findChild<QComboBox *>(QStringLiteral("payerFilter"))->currentIndex(), 0);
}

void tst_CoderQueueWidget::emptyDaySaysWhy()
{
    CoderQueueWidget queue(m_db->login(Role::Coder), m_db->ws().encounters(),
                           m_db->ws().practice());
    queue.setDateRange(QDate(2020, 1, 1), QDate(2020, 1, 1));
    // Only the returned work (which stays in every queue) is listed…
    QCOMPARE(queue.model()->rowCount(),
             scalar(QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'returned'")));
    // …and once it is fixed, the day is empty and says why.
    m_db->value(QStringLiteral("UPDATE encounters SET state = 'coding' WHERE state = 'returned'"));
    queue.setDateRange(QDate(2020, 1, 2), QDate(2020, 1, 2));
    QCOMPARE(queue.model()->rowCount(), 0);
    auto *empty = queue.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty->text().contains(QStringLiteral("No encounters")));
    QVERIFY(empty->text().contains(QStringLiteral("change the dates")));
}

QTEST_MAIN(tst_CoderQueueWidget)
#include "tst_coderqueuewidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/idlewatcher.h"
#include "mainwindow.h"
#include "testdatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include "itemmodels/queuemodel.h"
#include "services/authservice.h"
#include "services/backupservice.h"
#include "services/changewatcher.h"
#include "services/codingservice.h"
#include "services/workstation.h"
#include <QAbstractItemModel>
#include <QStatusBar>
#include <QTableView>
#include "services/practiceservice.h"
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "storage/database.h"

using namespace cc;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void workspacesFollowRole_data();
    void workspacesFollowRole();
    void locksWhenIdleAndUnlocksWithPassword();
    void adminSetsIdleLock();
    void remindsManagerToBackUp();
    void queueRefreshesWhenAnotherSeatSaves();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_MainWindow::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->makeDemo(60, 5, QDate::currentDate()));
}

void tst_MainWindow::cleanupTestCase()
{
    m_db.reset();
}

void tst_MainWindow::workspacesFollowRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("workspaces");
    QTest::newRow("coder") << int(Role::Coder)
                           << QStringList{QStringLiteral("coderQueue"),
                                          QStringLiteral("codingAudit")};
    QTest::newRow("manager") << int(Role::Manager)
                             << QStringList{QStringLiteral("coderQueue"),
                                            QStringLiteral("handoff"),
                                            QStringLiteral("claims"),
                                            QStringLiteral("submissions"),
                                            QStringLiteral("payments"),
                                            QStringLiteral("denials"),
                                            QStringLiteral("statements"),
                                            QStringLiteral("receivables"),
                                            QStringLiteral("dashboard"),
                                            QStringLiteral("handoffLog"),
                                            QStringLiteral("codingAudit"),
                                            QStringLiteral("payerRules"),
                                            QStringLiteral("templates"),
                                            QStringLiteral("feeSchedule"),
                                            QStringLiteral("auditTrail")};
    QTest::newRow("admin") << int(Role::Admin)
                           << QStringList{QStringLiteral("payerRules"),
                                          QStringLiteral("templates"),
                                          QStringLiteral("codeSets"),
                                          QStringLiteral("feeSchedule"),
                                          QStringLiteral("settings"),
                                          QStringLiteral("auditTrail")};
    QTest::newRow("biller") << int(Role::Biller)
                            << QStringList{QStringLiteral("handoff"), QStringLiteral("claims"),
                                           QStringLiteral("submissions"),
                                           QStringLiteral("payments"), QStringLiteral("denials"),
                                           QStringLiteral("statements"),
                                           QStringLiteral("receivables")};
    QTest::newRow("provider") << int(Role::Provider)
                              << QStringList{QStringLiteral("providerInbox")};
}

void tst_MainWindow::workspacesFollowRole()
{
    QFETCH(int, role);
    QFETCH(QStringList, workspaces);
    MainWindow w(m_db->ws(), m_db->login(static_cast<Role>(role)));
    QCOMPARE(w.workspaceNames(), workspaces);
    if (workspaces.isEmpty())
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("noWorkspace")));
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("coderQueue"))
            == !workspaces.contains(QStringLiteral("coderQueue")));
}

void tst_MainWindow::locksWhenIdleAndUnlocksWithPassword()
{
    MainWindow w(m_db->ws(), m_db->login(Role::Coder));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.isLocked());
    w.idleWatcher()->setTimeout(50);
    QTRY_VERIFY(w.isLocked());
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("coderQueue"))->isVisible());

    auto *password = w.findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(w.isLocked());
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("unlockMessage"))->text().isEmpty());

    w.idleWatcher()->setTimeout(60 * 60 * 1000);
    QTest::keyClicks(password, QStringLiteral("coder-demo"));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    QVERIFY(!w.isLocked());
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("coderQueue"))->isVisible());

    QSqlQuery q(m_db->ws().database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM "
                                  "audit_log WHERE action IN ('lock', 'unlock', 'unlock.failed') "
                                  "ORDER BY id)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("lock unlock.failed unlock"));
}

void tst_MainWindow::adminSetsIdleLock()
{
    MainWindow w(m_db->ws(), m_db->login(Role::Admin));
    w.showWorkspace(QStringLiteral("settings"));
    auto *idle = w.findChild<QSpinBox *>(QStringLiteral("idleMinutes"));
    QVERIFY(idle);
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("7"));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    QCOMPARE(m_db->ws().practice().idleLockMinutes().value(), 7);
    QCOMPARE(w.idleWatcher()->timeout(), 7 * 60 * 1000);
    // A new window of any user takes the practice's setting.
    MainWindow coder(m_db->ws(), m_db->login(Role::Coder));
    QCOMPARE(coder.idleWatcher()->timeout(), 7 * 60 * 1000);
}

void tst_MainWindow::remindsManagerToBackUp()
{
    // Runs last: it leaves a backup recorded in the shared practice.
    {
        MainWindow coder(m_db->ws(), m_db->login(Role::Coder));
        QVERIFY(coder.backupReminder().isEmpty());
        QVERIFY(!coder.findChild<QAction *>(QStringLiteral("backUpAction")));
    }
    QTemporaryDir folder;
    MainWindow w(m_db->ws(), m_db->login(Role::Manager));
    w.setBackupFolder(folder.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.backupReminder().contains(QStringLiteral("never been backed up")),
             qPrintable(w.backupReminder()));
    auto *now = w.findChild<QPushButton *>(QStringLiteral("backUpNow"));
    QVERIFY(now && now->isVisible());
    QTest::mouseClick(now, Qt::LeftButton);
    const QString expected = BackupService::suggestedFile(folder.path(), QDate::currentDate());
    auto last = m_db->ws().backups().lastBackup();
    QVERIFY(last.ok() && last.value());
    QCOMPARE(QFileInfo(last.value()->file).absolutePath(), QFileInfo(expected).absolutePath());
    QVERIFY(QFileInfo::exists(last.value()->file));
    QVERIFY(w.backupReminder().isEmpty());
    QVERIFY(!now->isVisible());
    // The File menu's action makes another, under a free name.
    auto *action = w.findChild<QAction *>(QStringLiteral("backUpAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("cleanclaim-backup-*.sqlite")}).size(),
             2);
}

void tst_MainWindow::queueRefreshesWhenAnotherSeatSaves()
{
    // Today's first new encounter, as this coder's queue shows it.
    // The queue opens on today (QDate::currentDate(), as the widget sees it).
    const qint64 id = m_db->value(QStringLiteral("SELECT id FROM encounters WHERE state = 'new' "
                                                 "AND date_of_service = '%1' ORDER BY id LIMIT 1")
                                          .arg(QDate::currentDate().toString(Qt::ISODate)))
                              .toLongLong();
    QVERIFY(id > 0);
    MainWindow w(m_db->ws(), m_db->login(Role::Coder));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(m_db->ws().changes().isActive());
    m_db->ws().changes().setInterval(100);
    auto *table = w.findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    auto stateOf = [table, id]() {
        const QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            if (i.data(QueueModel::IdRole).toLongLong() == id)
                return i.data(QueueModel::StateRole).toInt();
        }
        return -1;
    };
    QCOMPARE(stateOf(), int(EncounterState::New));

    // Another seat — its own connection to the practice — starts coding that encounter.
    auto other = Workstation::open(m_db->path());
    QVERIFY(other.ok());
    auto kevin = other.value()->auth().login(QStringLiteral("coder2"), QStringLiteral("coder2-demo"));
    QVERIFY(kevin.ok());
    auto e = other.value()->coding().open(kevin.value(), id);
    QVERIFY(e.ok());
    CodingDraft d;
    d.diagnoses = {{1, QStringLiteral("I10")}};
    QVERIFY(other.value()->coding().saveDraft(kevin.value(), id, e->version, d).ok());

    // No key pressed here: the queue shows it within a poll or two.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), int(EncounterState::Coding), 5000);
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("another seat")));
    m_db->ws().changes().setInterval(ChangeWatcher::kDefaultIntervalMs);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

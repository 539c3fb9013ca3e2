// SPDX-License-Identifier: GPL-3.0-or-later
// Work saved on another seat reaches this one (issue 8 §2): two Workstations on one practice
// file, as two seats are; the watcher of one notices the other's commits, not its own, and
// turns them into the services' "changed" signals that the queues follow.
#include "testdatabase.h"
#include "services/auditservice.h"
#include "services/changewatcher.h"
#include "services/claimservice.h"
#include "services/denialservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/postingservice.h"
#include "services/workstation.h"

#include <QtTest>

using namespace cc;

class tst_ChangeWatcher : public QObject
{
    Q_OBJECT
private slots:
    void anotherSeatsCommitIsNoticed();
    void ownCommitsAreNotNoticedAgain();
    void pollingRefreshesEveryQueue();
    void stoppedWatcherStaysQuiet();
    void heldChangeIsToldLater();
    void lookingElsewhereIsNotAChange();

private:
    static bool writeElsewhere(Workstation &other, const QString &what)
    {
        return other.audit().recordSystem(QStringLiteral("seat-2"), what).ok();
    }
};

void tst_ChangeWatcher::anotherSeatsCommitIsNoticed()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    auto other = Workstation::open(db.path());
    QVERIFY2(other.ok(), qPrintable(other ? QString() : other.error().userMessage));

    ChangeWatcher &watcher = db.ws().changes();
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    watcher.start();
    QVERIFY(watcher.isActive());
    watcher.stop();
    // Nothing happened yet.
    auto r = watcher.checkNow();
    QVERIFY(r.ok());
    QCOMPARE(r.value(), false);
    QCOMPARE(changed.count(), 0);

    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("test.one")));
    r = watcher.checkNow();
    QVERIFY(r.ok());
    QCOMPARE(r.value(), true);
    QCOMPARE(changed.count(), 1);
    // Seen once: the next look is quiet until the next commit.
    QCOMPARE(watcher.checkNow().value(), false);
    QCOMPARE(changed.count(), 1);
    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("test.two")));
    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("test.three")));
    QCOMPARE(watcher.checkNow().value(), true);
    QCOMPARE(changed.count(), 2);
}

void tst_ChangeWatcher::ownCommitsAreNotNoticedAgain()
{
    test::TestDatabase db;
    QVERIFY2(db.makeDemo(40, 3), qPrintable(db.errorText()));
    ChangeWatcher &watcher = db.ws().changes();
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    watcher.start();
    watcher.stop();
    // This seat's own saves have said so through their services already.
    QVERIFY(db.ws().audit().recordSystem(QStringLiteral("seat-1"), QStringLiteral("test")).ok());
    QVERIFY(db.markNewEncounterCoded(QStringLiteral("E119"), QStringLiteral("82947")) > 0);
    QCOMPARE(watcher.checkNow().value(), false);
    QCOMPARE(changed.count(), 0);
}

void tst_ChangeWatcher::pollingRefreshesEveryQueue()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    auto other = Workstation::open(db.path());
    QVERIFY(other.ok());

    Workstation &ws = db.ws();
    QSignalSpy encounters(&ws.encounters(), &EncounterService::encountersChanged);
    QSignalSpy handoff(&ws.handoff(), &HandoffService::handoffChanged);
    QSignalSpy claims(&ws.claims(), &ClaimService::claimsChanged);
    QSignalSpy denials(&ws.denials(), &DenialService::denialsChanged);
    QSignalSpy postings(&ws.payments(), &PostingService::postingsChanged);

    ws.changes().setInterval(100);
    QCOMPARE(ws.changes().interval(), 100);
    ws.changes().start();
    QTest::qWait(250);
    QCOMPARE(encounters.count(), 0); // polling alone changes nothing

    // The other seat codes an encounter: this seat's coder queue hears of it within a poll.
    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("test.poll")));
    QTRY_VERIFY_WITH_TIMEOUT(encounters.count() == 1, 3000);
    QCOMPARE(handoff.count(), 1);
    QCOMPARE(claims.count(), 1);
    QCOMPARE(denials.count(), 1);
    QCOMPARE(postings.count(), 1);
    QTest::qWait(300);
    QCOMPARE(encounters.count(), 1); // once per change, not once per poll
    ws.changes().stop();
}

void tst_ChangeWatcher::stoppedWatcherStaysQuiet()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    auto other = Workstation::open(db.path());
    QVERIFY(other.ok());
    ChangeWatcher &watcher = db.ws().changes();
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    watcher.setInterval(100);
    watcher.start();
    watcher.stop();
    QVERIFY(!watcher.isActive());
    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("test.stopped")));
    QTest::qWait(350);
    QCOMPARE(changed.count(), 0);
    // A later look still tells of it.
    QCOMPARE(watcher.checkNow().value(), true);
}

void tst_ChangeWatcher::heldChangeIsToldLater()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    auto other = Workstation::open(db.path());
    QVERIFY(other.ok());
    ChangeWatcher &watcher = db.ws().changes();
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    bool dialogOpen = true; // as the window's hold says while a dialog is up
    watcher.setHold([&dialogOpen] { return dialogOpen; });
    watcher.setInterval(100);
    watcher.start();
    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("test.held")));
    QTest::qWait(400);
    QCOMPARE(changed.count(), 0); // held: nothing moves under the dialog
    dialogOpen = false;
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 3000); // the change was kept, not lost
    watcher.stop();
    watcher.setHold({});
}

void tst_ChangeWatcher::lookingElsewhereIsNotAChange()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    auto other = Workstation::open(db.path());
    QVERIFY(other.ok());
    ChangeWatcher &watcher = db.ws().changes();
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    watcher.start();
    watcher.stop();
    // The other seat logs in, opens an encounter and exports the handoff log: all recorded,
    // none of it work that changes a queue here.
    for (const char *look : {"login", "encounter.open", "coding_audit.open", "handofflog.export",
                             "lock", "unlock"})
        QVERIFY(writeElsewhere(*other.value(), QString::fromLatin1(look)));
    QCOMPARE(watcher.checkNow().value(), false);
    QCOMPARE(changed.count(), 0);
    // Then saves one.
    QVERIFY(writeElsewhere(*other.value(), QStringLiteral("encounter.save")));
    QCOMPARE(watcher.checkNow().value(), true);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_ChangeWatcher)
#include "tst_changewatcher.moc"

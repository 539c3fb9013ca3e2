// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/practicerepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cc;

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void createsPrivateWalFile();
    void constraintViolationIsConstraintKind();
    void busyDatabaseIsBusyKind();
    void notADatabaseIsRefused();
    void unwritableLocationIsRefused();
    void readOnlyFolderIsRefused();
    void readOnlyFileIsRefused();
    void missingFileInReadWriteMode();
};

void tst_Database::createsPrivateWalFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    const QFileInfo info(path);
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                                   | QFile::WriteOther),
             QFile::Permissions());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void tst_Database::constraintViolationIsConstraintKind()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorText()));
    PracticeRepository repo(t.ws().database());
    ProviderRecord p{0, QStringLiteral("A"), QStringLiteral("B"), {}, QStringLiteral("1234567893"),
                     QStringLiteral("207Q00000X"), QStringLiteral("primary_care")};
    QVERIFY(repo.insertProvider(p).ok());
    auto dup = repo.insertProvider(p); // the NPI is unique
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, Error::Kind::Constraint);
    QVERIFY(!dup.error().userMessage.contains(QStringLiteral("UNIQUE")));
    QVERIFY(dup.error().detail.contains(QStringLiteral("UNIQUE")));

    // A coverage pointing at a patient who does not exist breaks a foreign key.
    CoverageRecord c;
    c.patientId = 999;
    c.payerId = 999;
    c.memberId = QStringLiteral("X");
    c.relationship = QStringLiteral("self");
    c.subscriberLastName = QStringLiteral("A");
    c.subscriberFirstName = QStringLiteral("B");
    c.subscriberBirthDate = QDate(1970, 1, 1);
    c.subscriberSex = QStringLiteral("F");
    c.effectiveFrom = QDate(2026, 1, 1);
    auto orphan = repo.insertCoverage(c);
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().kind, Error::Kind::Constraint);
}

void tst_Database::busyDatabaseIsBusyKind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    auto first = Database::openSqlite(path);
    QVERIFY(first.ok());
    {
        QSqlQuery q(first.value()->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    }
    auto second = Database::openSqlite(path, Database::Mode::ReadWrite, 50);
    QVERIFY(second.ok());
    Transaction holder(*first.value());
    QVERIFY(holder.begin().ok()); // BEGIN IMMEDIATE holds the write lock
    Transaction blocked(*second.value());
    auto r = blocked.begin();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Busy);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("busy")));
    QCOMPARE(r.error().exitCode(), 3);
}

void tst_Database::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Corrupt);
    QVERIFY(db.error().userMessage.contains(QStringLiteral("not a CleanClaim database")));
    QCOMPARE(QFileInfo(path).size(), qint64(4096)); // nothing was written to it
}

void tst_Database::unwritableLocationIsRefused()
{
    // /proc refuses new folders even to root, so this runs everywhere.
    auto db = Database::openSqlite(QStringLiteral("/proc/cleanclaim-test/p.sqlite"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::ReadOnly);
    QVERIFY(db.error().userMessage.contains(QStringLiteral("/proc/cleanclaim-test")));
    QCOMPARE(db.error().exitCode(), 3);
}

void tst_Database::readOnlyFolderIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root may write anywhere: a read-only folder cannot be simulated");
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("p.sqlite")));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::ReadOnly);
}

void tst_Database::readOnlyFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root may write any file: a read-only file cannot be simulated");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    { auto db = Database::openSqlite(path); QVERIFY(db.ok()); }
    QFile::setPermissions(path, QFile::ReadOwner);
    auto db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::ReadOnly);
    QVERIFY(db.error().userMessage.contains(QStringLiteral("read-only")));
}

void tst_Database::missingFileInReadWriteMode()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("none.sqlite")),
                                   Database::Mode::ReadWrite);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

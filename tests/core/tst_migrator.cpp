// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_Migrator : public QObject
{
    Q_OBJECT
private slots:
    void shippedStepsLoadFromResources();
    void migratesEmptyDatabase();
    void secondRunAppliesNothing();
    void refusesNewerDatabase();
    void failingStepRollsBack();
    void refusesForeignSqliteFile();
    void splitStatements();

private:
    static void writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    static int userVersion(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("PRAGMA user_version"));
        q.next();
        return q.value(0).toInt();
    }
    static bool tableExists(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :n"));
        q.bindValue(QStringLiteral(":n"), name);
        q.exec();
        q.next();
        return q.value(0).toInt() == 1;
    }
};

void tst_Migrator::shippedStepsLoadFromResources()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    Migrator m(*db.value());
    QVERIFY(!m.steps().isEmpty());
    QCOMPARE(m.steps().first().version, 1);
    for (const auto &step : m.steps()) {
        QFile f(step.path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(step.path));
        QVERIFY(!Migrator::splitStatements(QString::fromUtf8(f.readAll())).isEmpty());
    }
}

void tst_Migrator::migratesEmptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    Migrator m(*db.value());
    auto applied = m.migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
    QCOMPARE(applied.value(), int(m.steps().size()));
    QCOMPARE(userVersion(*db.value()), m.latestVersion());
    for (const char *table : {"practice", "providers", "payers", "patients", "coverages",
                              "prior_authorizations", "encounters", "encounter_diagnoses",
                              "service_lines", "users", "audit_log", "claims", "claim_lines",
                              "postings", "remittances", "handoff_log", "documentation_queries",
                              "fee_schedule", "batches", "denials"})
        QVERIFY2(tableExists(*db.value(), QString::fromLatin1(table)), table);
}

void tst_Migrator::secondRunAppliesNothing()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(Migrator(*db.value()).migrate().ok());
    auto again = Migrator(*db.value()).migrate();
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
}

void tst_Migrator::refusesNewerDatabase()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    Migrator m(*db.value());
    QVERIFY(m.migrate().ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.latestVersion() + 5)));
    auto r = m.migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::TooNew);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("newer version")));
    QCOMPARE(r.error().exitCode(), 3);
    QCOMPARE(userVersion(*db.value()), m.latestVersion() + 5); // untouched
}

void tst_Migrator::failingStepRollsBack()
{
    QTemporaryDir dir;
    const QString sqlDir = dir.filePath(QStringLiteral("sql"));
    QVERIFY(QDir().mkpath(sqlDir));
    writeFile(sqlDir + QStringLiteral("/0001_first.sql"),
              QStringLiteral("CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n"));
    // The second step creates a table and then fails: neither may remain.
    writeFile(sqlDir + QStringLiteral("/0002_broken.sql"),
              QStringLiteral("CREATE TABLE b (y INTEGER);\nINSERT INTO nowhere VALUES (1);\n"));
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    Migrator m(*db.value(), sqlDir);
    QCOMPARE(m.latestVersion(), 2);
    auto r = m.migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Migration);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("left unchanged at schema 1")));
    QVERIFY(r.error().detail.contains(QStringLiteral("nowhere")));
    QCOMPARE(userVersion(*db.value()), 1);
    QVERIFY(tableExists(*db.value(), QStringLiteral("a")));
    QVERIFY(!tableExists(*db.value(), QStringLiteral("b")));
    QCOMPARE(db.value()->transactionDepth(), 0);
}

void tst_Migrator::refusesForeignSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
    }
    auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    auto r = Migrator(*db.value()).migrate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Corrupt);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("another program")));
    QVERIFY(tableExists(*db.value(), QStringLiteral("recipes")));
    QVERIFY(!tableExists(*db.value(), QStringLiteral("practice")));
}

void tst_Migrator::splitStatements()
{
    const QString sql = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
            "  UPDATE t SET a = 'z';\n"
            "END;\n"
            "INSERT INTO t VALUES ('it''s');\n");
    const QStringList parts = Migrator::splitStatements(sql);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).startsWith(QStringLiteral("CREATE TABLE")));
    QVERIFY(parts.at(0).contains(QStringLiteral("'x;y'")));
    QVERIFY(parts.at(1).endsWith(QStringLiteral("END")));
    QVERIFY(parts.at(2).contains(QStringLiteral("'it''s'")));
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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
    void version7KeepsRowsAndChecks();
    void version7LeavesUnknownCheckText();

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
    /// Copies the shipped steps up to @p version into @p dir, passing each text through @p edit.
    static void copySteps(
        const QString &dir, int version, const std::function<QString(const QString &)> &edit = {})
    {
        const QDir shipped(QStringLiteral(":/sql"));
        for (const QString &name : shipped.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            if (name.left(4).toInt() > version)
                continue;
            QFile f(shipped.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            writeFile(dir + QLatin1Char('/') + name, edit ? edit(text) : text);
        }
    }
    static QString schemaOf(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :n"));
        q.bindValue(QStringLiteral(":n"), table);
        q.exec();
        q.next();
        return q.value(0).toString();
    }
    /// Every row of @p table as text, in id order: to show that a step left the rows alone.
    static QStringList rowsOf(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {q.lastError().text()};
        QStringList out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
        return out;
    }
    /// Runs @p sql and returns SQLite's message, or an empty string when it succeeded.
    static QString run(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (q.exec(sql))
            return QString();
        return q.lastError().databaseText();
    }
    /// A version-6 database with a row in each table that version 7 respells, and a
    /// version-7 check that each constraint still holds there.
    static void fillVersion6(Database &db);
    static void checkConstraintsHold(Database &db);
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

void tst_Migrator::fillVersion6(Database &db)
{
    // The constraints under test are CHECKs; the rows' parents do not matter here.
    QCOMPARE(run(db, QStringLiteral("PRAGMA foreign_keys = OFF")), QString());
    for (const char *sql :
        {"INSERT INTO claims (id, encounter_id, patient_control_number, state, "
         "total_charge_cents, created_at, updated_at) VALUES (1, 1, 'PCN1', 'submitted', "
         "12500, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')",
            "INSERT INTO claims (id, encounter_id, patient_control_number, state, "
            "created_at, updated_at) VALUES (2, 2, 'PCN2', 'paid', "
            "'2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z')",
            "INSERT INTO remittance_claims (id, remittance_id, claim_id, "
            "patient_control_number, status_code, charge_cents, paid_cents, "
            "patient_responsibility_cents, resolution) VALUES (1, 1, 1, 'PCN1', '1', 12500, "
            "10000, 2500, 'posted'), (2, 1, NULL, 'X9', '4', 100, 0, 0, 'unmatched')",
            "INSERT INTO postings (id, claim_id, patient_id, remittance_id, kind, "
            "amount_cents, posted_at) VALUES (1, 1, 1, NULL, 'charge', 12500, "
            "'2026-11-01T10:00:00.000Z'), (2, 1, 1, 1, 'payment', 10000, "
            "'2026-11-03T10:00:00.000Z'), (3, 1, 1, 1, 'patient_responsibility', 2500, "
            "'2026-11-03T10:00:00.000Z')",
            "INSERT INTO postings (id, claim_id, patient_id, remittance_id, kind, "
            "amount_cents, posted_at, reverses_id) VALUES (4, 1, 1, 1, 'payment', 10000, "
            "'2026-11-04T10:00:00.000Z', 2)",
            "INSERT INTO denials (id, claim_id, group_code, reason_code, amount_cents, "
            "opened_at, state) VALUES (1, 1, 'CO', '50', 100, '2026-11-03T10:00:00.000Z', "
            "'appealed')"})
        QCOMPARE(run(db, QString::fromLatin1(sql)), QString());
    QCOMPARE(run(db, QStringLiteral("PRAGMA foreign_keys = ON")), QString());
}

void tst_Migrator::checkConstraintsHold(Database &db)
{
    QCOMPARE(run(db, QStringLiteral("PRAGMA foreign_keys = OFF")), QString());
    const QString kCheck = QStringLiteral("CHECK constraint failed");
    QCOMPARE(run(db,
                 QStringLiteral("INSERT INTO postings (claim_id, patient_id, kind, "
                                "amount_cents, posted_at) VALUES (1, 1, 'bogus', 1, 'x')"))
                 .left(kCheck.size()),
        kCheck);
    QCOMPARE(run(db,
                 QStringLiteral("INSERT INTO postings (claim_id, patient_id, kind, "
                                "amount_cents, posted_at) VALUES (1, 1, NULL, 1, 'x')")),
        QStringLiteral("NOT NULL constraint failed: postings.kind")); // not the CHECK
    QCOMPARE(run(db, QStringLiteral("UPDATE claims SET state = 'bogus' WHERE id = 1"))
                 .left(kCheck.size()),
        kCheck);
    QCOMPARE(run(db, QStringLiteral("UPDATE claims SET state = 'Paid' WHERE id = 1"))
                 .left(kCheck.size()),
        kCheck);
    QCOMPARE(run(db,
                 QStringLiteral("INSERT INTO denials (claim_id, group_code, reason_code, "
                                "amount_cents, opened_at, state) VALUES (1, 'CO', '50', 1, "
                                "'x', 'bogus')"))
                 .left(kCheck.size()),
        kCheck);
    QCOMPARE(run(db,
                 QStringLiteral("INSERT INTO remittance_claims (remittance_id, "
                                "patient_control_number, status_code, charge_cents, "
                                "paid_cents, patient_responsibility_cents, resolution) "
                                "VALUES (1, 'Y', '1', 1, 1, 0, 'bogus')"))
                 .left(kCheck.size()),
        kCheck);
    // Every value the constraints allow is still allowed.
    for (const char *kind : {"charge", "payment", "adjustment", "patient_responsibility",
             "patient_payment", "write_off", "transfer", "provider_adjustment"})
        QCOMPARE(run(db,
                     QStringLiteral("INSERT INTO postings (claim_id, patient_id, kind, "
                                    "amount_cents, posted_at) VALUES (2, 1, '%1', 1, 'x')")
                         .arg(QLatin1String(kind))),
            QString());
    for (const char *state : {"draft", "scrubbed", "submitted", "accepted", "rejected",
             "adjudicated", "paid", "denied", "partially_paid", "closed"})
        QCOMPARE(run(db,
                     QStringLiteral("UPDATE claims SET state = '%1' WHERE id = 2")
                         .arg(QLatin1String(state))),
            QString());
    for (const char *state :
        {"open", "resubmitted", "appealed", "written_off", "transferred", "closed"})
        QCOMPARE(run(db,
                     QStringLiteral("INSERT INTO denials (claim_id, group_code, "
                                    "reason_code, amount_cents, opened_at, state) VALUES "
                                    "(2, 'CO', '50', 1, 'x', '%1')")
                         .arg(QLatin1String(state))),
            QString());
    for (const char *resolution : {"posted", "unmatched", "matched", "dismissed"})
        QCOMPARE(run(db,
                     QStringLiteral("INSERT INTO remittance_claims (remittance_id, "
                                    "patient_control_number, status_code, charge_cents, "
                                    "paid_cents, patient_responsibility_cents, resolution) "
                                    "VALUES (1, 'Z', '1', 1, 1, 0, '%1')")
                         .arg(QLatin1String(resolution))),
            QString());
    QCOMPARE(run(db, QStringLiteral("PRAGMA foreign_keys = ON")), QString());
}

void tst_Migrator::version7KeepsRowsAndChecks()
{
    QTemporaryDir dir;
    const QString sqlDir = dir.filePath(QStringLiteral("sql6"));
    QVERIFY(QDir().mkpath(sqlDir));
    copySteps(sqlDir, 6);
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    auto db = Database::openSqlite(path);
    QVERIFY(db.ok());
    QCOMPARE(Migrator(*db.value(), sqlDir).migrate().value(), 6);
    fillVersion6(*db.value());
    // Each table version 7 respells, with the column of its respelt CHECK.
    const QMap<QString, QString> checked {{QStringLiteral("postings"), QStringLiteral("kind")},
        {QStringLiteral("claims"), QStringLiteral("state")},
        {QStringLiteral("denials"), QStringLiteral("state")},
        {QStringLiteral("remittance_claims"), QStringLiteral("resolution")}};
    const QStringList tables = checked.keys();
    QMap<QString, QStringList> before;
    for (const QString &t : tables)
        before.insert(t, rowsOf(*db.value(), t));

    // A second connection, open across the step, must see the new schema too.
    auto other = Database::openSqlite(path);
    QVERIFY(other.ok());
    QCOMPARE(rowsOf(*other.value(), QStringLiteral("postings")),
        before.value(QStringLiteral("postings")));

    // Only step 7 here: the steps after it are tested on their own.
    const QString sql7Dir = dir.filePath(QStringLiteral("sql7"));
    QVERIFY(QDir().mkpath(sql7Dir));
    copySteps(sql7Dir, 7);
    auto applied = Migrator(*db.value(), sql7Dir).migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
    QCOMPARE(applied.value(), 1);
    QCOMPARE(userVersion(*db.value()), 7);
    for (const QString &t : tables) {
        QCOMPARE(rowsOf(*db.value(), t), before.value(t));
        const QString schema = schemaOf(*db.value(), t);
        const QString column = checked.value(t);
        QVERIFY2(!schema.contains(column + QStringLiteral(" IN (")), qPrintable(schema));
        QVERIFY2(schema.contains(QStringLiteral(" OR %1 = ").arg(column)), qPrintable(schema));
    }
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'postings_reverses'"))
        && q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("WHERE reverses_id IS NOT NULL")));
    q.finish();
    // The reversal is still found through the index.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM postings p WHERE EXISTS "
                                  "(SELECT 1 FROM postings r WHERE r.reverses_id = p.id)"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    checkConstraintsHold(*db.value());
    checkConstraintsHold(*other.value());
}

void tst_Migrator::version7LeavesUnknownCheckText()
{
    // A ledger whose CHECK is spelt on one line (as an edited or older file might have it):
    // version 7 does not recognise it and must leave it exactly as it was.
    QTemporaryDir dir;
    const QString sqlDir = dir.filePath(QStringLiteral("sql6"));
    QVERIFY(QDir().mkpath(sqlDir));
    copySteps(sqlDir, 6, [](const QString &text) {
        QString out = text;
        return out.replace(QStringLiteral("'patient_responsibility',\n        'patient_payment'"),
            QStringLiteral("'patient_responsibility', 'patient_payment'"));
    });
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db.ok());
    QCOMPARE(Migrator(*db.value(), sqlDir).migrate().value(), 6);
    fillVersion6(*db.value());
    const QString ledgerBefore = schemaOf(*db.value(), QStringLiteral("postings"));
    QVERIFY(ledgerBefore.contains(QStringLiteral("'patient_responsibility', 'patient_payment'")));
    const QStringList rowsBefore = rowsOf(*db.value(), QStringLiteral("postings"));

    auto applied = Migrator(*db.value()).migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
    QCOMPARE(schemaOf(*db.value(), QStringLiteral("postings")), ledgerBefore);
    QCOMPARE(rowsOf(*db.value(), QStringLiteral("postings")), rowsBefore);
    // The tables whose text matched are respelt all the same.
    QVERIFY(
        !schemaOf(*db.value(), QStringLiteral("claims")).contains(QStringLiteral("state IN (")));
    checkConstraintsHold(*db.value());
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands, run as a user would: the real binary in a child process.
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void demoThenAuditVerify();
    void auditVerifyNamesTamperedRow();
    void demoIsDeterministicFromTheCommandLine();
    void usageErrors_data();
    void usageErrors();
    void foreignFileIsRefused();
    void newerDatabaseIsRefused();
    void noDisplayExplainsXvfb();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QProcessEnvironment &env
                                            = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CC_CLEANCLAIM_BIN), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static bool exec(const QString &path, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tamper"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }
};

void tst_Cli::demoThenAuditVerify()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = run({QStringLiteral("--db"), db, QStringLiteral("demo"),
                          QStringLiteral("--encounters"), QStringLiteral("80"),
                          QStringLiteral("--seed"), QStringLiteral("9")});
    QCOMPARE(demo.code, 0);
    QVERIFY(demo.out.contains(QStringLiteral("80 encounters")));
    const Run verify = run({QStringLiteral("--db"), db, QStringLiteral("audit-verify")});
    QCOMPARE(verify.code, 0);
    QVERIFY(verify.out.contains(QStringLiteral("intact")));
    // A second demo into the same file is refused and changes nothing.
    const Run again = run({QStringLiteral("--db"), db, QStringLiteral("demo")});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(QStringLiteral("already holds")));
}

void tst_Cli::auditVerifyNamesTamperedRow()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--encounters"),
                  QStringLiteral("10")})
                     .code,
             0);
    // A forged row appended by hand, bypassing the chain.
    qint64 forged = 0;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("max"));
        d.setDatabaseName(db);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) + 1 FROM audit_log")) && q.next());
        forged = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("max"));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO audit_log (id, at, username, action, prev_hash, "
                                    "hash) VALUES (%1, 'x', 'x', 'x', 'x', 'x')")
                             .arg(forged)));
    const Run verify = run({QStringLiteral("--db"), db, QStringLiteral("audit-verify")});
    QCOMPARE(verify.code, 1);
    QVERIFY2(verify.err.contains(QStringLiteral("row %1").arg(forged)), qPrintable(verify.err));
}

void tst_Cli::demoIsDeterministicFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    for (const QString &db : {a, b})
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"),
                      QStringLiteral("--encounters"), QStringLiteral("50"),
                      QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--today"),
                      QStringLiteral("2026-11-02")})
                         .code,
                 0);
    auto notes = [this](const QString &path) {
        QString all;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("read"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT date_of_service || clinical_note FROM encounters ORDER BY id"));
            while (q.next())
                all += q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("read"));
        return all;
    };
    const QString na = notes(a);
    QVERIFY(na.size() > 1000);
    QCOMPARE(na, notes(b));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("--db"), QStringLiteral("x"),
                                                    QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command");
    QTest::newRow("bad encounters") << QStringList{QStringLiteral("--db"), QStringLiteral("x"),
                                                   QStringLiteral("demo"),
                                                   QStringLiteral("--encounters"),
                                                   QStringLiteral("many")}
                                    << QStringLiteral("whole number");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--db")}
                                   << QStringLiteral("needs a value");
    QTest::newRow("no database") << QStringList{QStringLiteral("audit-verify")}
                                 << QStringLiteral("--db");
    QTest::newRow("another kind of server")
            << QStringList{QStringLiteral("--db"),
                           QStringLiteral("mysql://biller@db.local:3306/practice"),
                           QStringLiteral("audit-verify")}
            << QStringLiteral("kind of database server CleanClaim does not work with");
    QTest::newRow("copy-to without an address")
            << QStringList{QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("copy-to")}
            << QStringLiteral("copy-to takes one server address");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QTemporaryDir dir;
    for (QString &a : args) {
        if (a == QLatin1String("x"))
            a = dir.filePath(QStringLiteral("x.sqlite"));
    }
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void tst_Cli::foreignFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Dear patient, this is not a database.\n");
    f.close();
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("audit-verify")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("not a CleanClaim database")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("Dear patient, this is not a database.\n"));
}

void tst_Cli::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("n.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--encounters"),
                  QStringLiteral("5")})
                     .code,
             0);
    QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = 999")));
    const Run r = run({QStringLiteral("--db"), db, QStringLiteral("audit-verify")});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QStringLiteral("newer version of CleanClaim")));
}

void tst_Cli::noDisplayExplainsXvfb()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QTemporaryDir dir;
    const Run r = run({QStringLiteral("--db"), dir.filePath(QStringLiteral("g.sqlite"))}, env);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("xvfb-run")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `cleanclaim backup --out FILE` and `cleanclaim restore FILE` (issue 8 §5), run as a user
// would: the real binary on a demo practice. The round trip, usage errors (exit 2), a coder
// refused (exit 3), a junk file refused (the practice unchanged), and a restore refused while a
// window holds the practice.
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class tst_BackupCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void roundTrip();
    void usageErrors_data();
    void usageErrors();
    void coderIsRefused();
    void junkIsRefused();
    void refusedWhileAWindowIsOpen();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &password = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            env.insert(QStringLiteral("CLEANCLAIM_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CC_CLEANCLAIM_BIN), QStringList{QStringLiteral("--db"), m_path} + args);
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
                                                        QStringLiteral("side"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("side"));
        return ok;
    }
    static QString marker(const QString &path)
    {
        QString v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("side"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'"))
                    && q.next())
                    v = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("side"));
        return v;
    }
    static QString setMarker(const QString &value)
    {
        return QStringLiteral("INSERT INTO settings (key, value) VALUES ('marker', '%1') ON "
                              "CONFLICT (key) DO UPDATE SET value = excluded.value")
                .arg(value);
    }

    QTemporaryDir m_demoDir;
    QString m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_BackupCommand::initTestCase()
{
    // One small demo practice, copied fresh for each test.
    m_demo = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
    m_path = m_demo;
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--encounters"),
                          QStringLiteral("10")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

void tst_BackupCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("practice.sqlite"));
    QVERIFY(QFile::copy(m_demo, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_BackupCommand::roundTrip()
{
    QVERIFY(exec(m_path, setMarker(QStringLiteral("before"))));
    const QString backup = m_dir->filePath(QStringLiteral("monday.sqlite"));
    const Run b = run({QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QVERIFY2(b.code == 0, qPrintable(b.err));
    QVERIFY(b.out.contains(QStringLiteral("Backed up to")));
    QVERIFY(QFile::exists(backup));
    // A second backup to the same name is refused; the first stays.
    const Run again = run({QStringLiteral("backup"), QStringLiteral("--out"), backup});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));

    QVERIFY(exec(m_path, setMarker(QStringLiteral("after"))));
    const Run r = run({QStringLiteral("--user"), QStringLiteral("manager"),
                       QStringLiteral("restore"), backup},
                      QStringLiteral("manager-demo"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("audit rows verified")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("kept as")));
    QCOMPARE(marker(m_path), QStringLiteral("before"));
    const QStringList kept
            = QDir(m_dir->path()).entryList({QStringLiteral("practice.sqlite.before-restore-*")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(marker(m_dir->filePath(kept.constFirst())), QStringLiteral("after"));
    const Run verify = run({QStringLiteral("audit-verify")});
    QCOMPARE(verify.code, 0);
}

void tst_BackupCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("backup without --out")
            << QStringList{QStringLiteral("backup")} << QStringLiteral("--out FILE");
    QTest::newRow("backup with a name only")
            << QStringList{QStringLiteral("backup"), QStringLiteral("x.sqlite")}
            << QStringLiteral("--out FILE");
    QTest::newRow("restore without a file")
            << QStringList{QStringLiteral("restore")} << QStringLiteral("restore FILE");
    QTest::newRow("restore with two files")
            << QStringList{QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")}
            << QStringLiteral("restore FILE");
}

void tst_BackupCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void tst_BackupCommand::coderIsRefused()
{
    const QString backup = m_dir->filePath(QStringLiteral("c.sqlite"));
    const Run r = run({QStringLiteral("--user"), QStringLiteral("coder"), QStringLiteral("backup"),
                       QStringLiteral("--out"), backup},
                      QStringLiteral("coder-demo"));
    QCOMPARE(r.code, 3);
    QVERIFY(!QFile::exists(backup));
    QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).code == 0);
    const Run restore = run({QStringLiteral("--user"), QStringLiteral("coder"),
                             QStringLiteral("restore"), backup},
                            QStringLiteral("coder-demo"));
    QCOMPARE(restore.code, 3);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.before-restore-*")}).size(), 0);
}

void tst_BackupCommand::junkIsRefused()
{
    QVERIFY(exec(m_path, setMarker(QStringLiteral("kept"))));
    const QString junk = m_dir->filePath(QStringLiteral("photo.jpg"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\xff'));
    f.close();
    const Run r = run({QStringLiteral("restore"), junk});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("was not changed")), qPrintable(r.err));
    QCOMPARE(marker(m_path), QStringLiteral("kept"));
}

void tst_BackupCommand::refusedWhileAWindowIsOpen()
{
    const QString backup = m_dir->filePath(QStringLiteral("w.sqlite"));
    QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).code == 0);
    QLockFile window(m_path + QStringLiteral(".lock"));
    QVERIFY(window.tryLock(0));
    const Run r = run({QStringLiteral("restore"), backup});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("already open")), qPrintable(r.err));
    window.unlock();
    QCOMPARE(run({QStringLiteral("restore"), backup}).code, 0);
}

QTEST_GUILESS_MAIN(tst_BackupCommand)
#include "tst_backupcommand.moc"

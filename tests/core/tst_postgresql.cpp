// SPDX-License-Identifier: GPL-3.0-or-later
// The practice on a PostgreSQL server (issue 8 §1). Needs a server it may create databases on,
// named by CLEANCLAIM_TEST_POSTGRESQL ("postgresql://postgres@127.0.0.1:55432/postgres";
// scripts/private-postgresql.sh starts one on loopback). Without it, every test skips and
// says why.
#include "services/auditservice.h"
#include "services/authservice.h"
#include "services/backupservice.h"
#include "services/changewatcher.h"
#include "services/claimservice.h"
#include "services/codesetservice.h"
#include "services/demobuilder.h"
#include "services/workstation.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <QUrl>

using namespace cc;

class tst_PostgreSql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndMigratesAnEmptyPractice();
    void reopeningMigratesNothing();
    void anotherProgramsDatabaseIsRefused();
    void passwordInTheAddressIsRefused();
    void unreachableServerIsASentence();
    void wrongPasswordIsTold();
    void firstUserCanSignIn();
    void demoPracticeBuilds();
    void filePracticeCopiedToTheServer();
    void anotherSeatsWorkIsHeard();
    void serverBackupRestoresIntoAnEmptyServer();
    void commandsWorkOnTheServer();

private:
    /// Runs @p sql on the server's maintenance database.
    bool admin(const QString &sql);
    QString m_server;   ///< CLEANCLAIM_TEST_POSTGRESQL
    QString m_url;      ///< this test's own database
    QString m_name;
    int m_count = 0;
};

bool tst_PostgreSql::admin(const QString &sql)
{
    const QUrl u(m_server);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                    QStringLiteral("admin"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            ok = q.exec(sql);
            if (!ok)
                qWarning().noquote() << sql << q.lastError().text();
        } else {
            qWarning().noquote() << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

void tst_PostgreSql::initTestCase()
{
    m_server = qEnvironmentVariable("CLEANCLAIM_TEST_POSTGRESQL");
    if (m_server.isEmpty())
        QSKIP("CLEANCLAIM_TEST_POSTGRESQL is not set: no PostgreSQL server to test against "
              "(scripts/private-postgresql.sh starts one).");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed.");
}

void tst_PostgreSql::init()
{
    m_name = QStringLiteral("cc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_count);
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name)));
    QVERIFY(admin(QStringLiteral("CREATE DATABASE %1").arg(m_name)));
    QUrl u(m_server);
    u.setPath(QLatin1Char('/') + m_name);
    m_url = u.toString();
}

void tst_PostgreSql::cleanup()
{
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)));
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS %1_b WITH (FORCE)").arg(m_name)));
}

void tst_PostgreSql::opensAndMigratesAnEmptyPractice()
{
    auto ws = Workstation::open(m_url);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().userMessage + QLatin1Char('\n')
                                         + ws.error().detail));
    Database &db = ws.value()->database();
    QCOMPARE(db.engine(), Database::Engine::PostgreSQL);
    QVERIFY(!db.path().contains(QLatin1String("password")));
    Migrator migrator(db);
    QCOMPARE(migrator.currentVersion().value(), migrator.latestVersion());
    // The same tables as on SQLite, bar FTS5's own (code search on a server is not done yet).
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_name IN ('practice', 'audit_log', 'audit_head', "
            "'claims', 'postings', 'denials', 'remittances', 'remittance_claims')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    // Ids are 64-bit and number themselves.
    QVERIFY(q.exec(QStringLiteral("SELECT data_type, is_identity FROM information_schema.columns "
                                  "WHERE table_name = 'postings' AND column_name = 'id'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("bigint"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("YES"));
    // CHECK constraints hold as on SQLite.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO postings (patient_id, kind, amount_cents, "
                                   "posted_at) VALUES (1, 'not a kind', 1, '2026-11-29')")));
}

void tst_PostgreSql::reopeningMigratesNothing()
{
    {
        auto ws = Workstation::open(m_url);
        QVERIFY(ws);
    }
    auto db = Database::openServer(m_url);
    QVERIFY(db);
    Migrator migrator(*db.value());
    auto applied = migrator.migrate();
    QVERIFY(applied);
    QCOMPARE(applied.value(), 0);
}

void tst_PostgreSql::anotherProgramsDatabaseIsRefused()
{
    {
        auto db = Database::openServer(m_url);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT)")));
    }
    auto ws = Workstation::open(m_url);
    QVERIFY(!ws);
    QCOMPARE(ws.error().kind, Error::Kind::Corrupt);
    QVERIFY2(ws.error().userMessage.contains(QLatin1String("another program")),
             qPrintable(ws.error().userMessage));
}

void tst_PostgreSql::passwordInTheAddressIsRefused()
{
    QUrl u(m_url);
    u.setPassword(QStringLiteral("secret"));
    auto db = Database::openServer(u.toString());
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::Invalid);
    QVERIFY(db.error().userMessage.contains(QLatin1String("PGPASSWORD")));
    QVERIFY(!db.error().userMessage.contains(QLatin1String("secret")));
}

void tst_PostgreSql::unreachableServerIsASentence()
{
    // Nothing listens on port 1 of loopback.
    auto db = Database::openServer(QStringLiteral("postgresql://nobody@127.0.0.1:1/practice"));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::Open);
    QVERIFY2(db.error().userMessage.contains(QLatin1String("could not be reached")),
             qPrintable(db.error().userMessage));
    QVERIFY(!db.error().detail.isEmpty());
    auto bad = Database::openServer(QStringLiteral("postgresql://127.0.0.1"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::Invalid);
}

void tst_PostgreSql::wrongPasswordIsTold()
{
    // A role that must give a password; the test server trusts loopback, so the role is
    // refused another way when the server does not ask: then this test has nothing to show.
    QVERIFY(admin(QStringLiteral("DROP ROLE IF EXISTS cc_pw_test")));
    QVERIFY(admin(QStringLiteral("CREATE ROLE cc_pw_test LOGIN PASSWORD 'right'")));
    QUrl u(m_url);
    u.setUserName(QStringLiteral("cc_pw_test"));
    auto db = Database::openServer(u.toString(), QStringLiteral("wrong"));
    const bool asked = !db && Database::needsPassword(db.error());
    QVERIFY(admin(QStringLiteral("DROP ROLE IF EXISTS cc_pw_test")));
    if (db)
        QSKIP("The test server trusts loopback connections: it never asks for a password.");
    QVERIFY2(asked, qPrintable(db.error().detail));
    QCOMPARE(db.error().kind, Error::Kind::Forbidden);
}

void tst_PostgreSql::firstUserCanSignIn()
{
    auto ws = Workstation::open(m_url);
    QVERIFY(ws);
    AuthService &auth = ws.value()->auth();
    AuthService::NewUser user;
    user.username = QStringLiteral("manager");
    user.fullName = QStringLiteral("Renee Alvarez");
    user.role = Role::Manager;
    user.password = QStringLiteral("manager-pass-1");
    auto created = auth.createInitialUser(user);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
    auto session = auth.login(QStringLiteral("manager"), QStringLiteral("manager-pass-1"));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().detail));
    QCOMPARE(session->username, QStringLiteral("manager"));
}

void tst_PostgreSql::demoPracticeBuilds()
{
    // The demo practice walks the whole workflow through the services: coding, hand-off,
    // claims, an 837P batch, acknowledgements, ERAs posted, denials, statements.
    auto ws = Workstation::open(m_url);
    QVERIFY(ws);
    DemoBuilder::Options options;
    options.encounters = 30;
    options.seed = 3;
    auto built = ws.value()->demo().build(options);
    QVERIFY2(built, qPrintable(built ? QString()
                                     : built.error().userMessage + QLatin1Char('\n')
                                             + built.error().detail));
    QCOMPARE(built->encounters, 30);
    QSqlQuery q(ws.value()->database().connection());
    auto count = [&q](const char *table) {
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(count("encounters"), 30);
    QVERIFY(count("claims") > 0);
    QVERIFY(count("remittances") > 0);
    QVERIFY(count("postings") > 0);
    // Every ledger row's claim exists (the server checked the links as it wrote them).
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM postings p LEFT JOIN claims c ON "
                                  "c.id = p.claim_id WHERE p.claim_id IS NOT NULL AND c.id IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
    auto chain = ws.value()->audit().verify();
    QVERIFY(chain);
    QVERIFY2(chain->intact, qPrintable(chain->reason));
    QVERIFY(chain->rows > 30);
    // Code search answers from the server's own full-text index.
    const QDate today = QDate::currentDate();
    auto found = ws.value()->codes().search(QStringLiteral("diab typ"), today);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().detail));
    QVERIFY(!found->isEmpty());
    for (const CodeEntry &e : found.value())
        QVERIFY2(e.description().contains(QLatin1String("iab"), Qt::CaseInsensitive),
                 qPrintable(e.code + QLatin1Char(' ') + e.description()));
    auto typed = ws.value()->codes().search(QStringLiteral("e11"), today);
    QVERIFY(typed && !typed->isEmpty());
    QCOMPARE(typed->first().code, QStringLiteral("E11"));
}

void tst_PostgreSql::filePracticeCopiedToTheServer()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("practice.sqlite"));
    auto local = Workstation::open(file);
    QVERIFY(local);
    DemoBuilder::Options options;
    options.encounters = 30;
    options.seed = 5;
    QVERIFY(local.value()->demo().build(options));
    const qint64 fileAudit = local.value()->audit().verify()->rows;

    auto copied = local.value()->backups().copyTo(std::nullopt, m_url);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().userMessage + QLatin1Char('\n')
                                                + copied.error().detail));
    QVERIFY(copied->tables > 30);
    QVERIFY(copied->rows > 1000);
    QVERIFY(copied->ledgerCents != 0);
    QCOMPARE(copied->auditRows, fileAudit);
    // The file says where it went (one more audit row), and its chain still holds.
    QCOMPARE(local.value()->audit().verify()->rows, fileAudit + 1);
    QVERIFY(local.value()->audit().verify()->intact);

    // The server's practice is the same practice: the same people sign in, the same claims,
    // and ids given from now on follow the copied ones.
    auto server = Workstation::open(m_url);
    QVERIFY(server);
    auto coder = server.value()->auth().login(QStringLiteral("coder"), QStringLiteral("coder-demo"));
    QVERIFY2(coder, qPrintable(coder ? QString() : coder.error().detail));
    auto chain = server.value()->audit().verify();
    QVERIFY(chain && chain->intact);
    QCOMPARE(chain->rows, fileAudit + 2); // the copy's own row, then the sign-in
    auto fileClaims = local.value()->claims().claims();
    auto serverClaims = server.value()->claims().claims();
    QVERIFY(fileClaims && serverClaims);
    QCOMPARE(serverClaims->size(), fileClaims->size());

    // A practice is never copied over another.
    auto again = local.value()->backups().copyTo(std::nullopt, m_url);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY(again.error().userMessage.contains(QLatin1String("already holds a practice")));
}

void tst_PostgreSql::anotherSeatsWorkIsHeard()
{
    // Two seats on one server practice (issue 8 §2): the server tells each seat of work the
    // other committed (LISTEN/NOTIFY), the seat's own work is not told back to it, and the
    // audit chain stays one chain when both write.
    auto a = Workstation::open(m_url);
    QVERIFY(a);
    auto b = Workstation::open(m_url);
    QVERIFY(b);
    ChangeWatcher &watcher = b.value()->changes();
    watcher.setInterval(100);
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    QSignalSpy failed(&watcher, &ChangeWatcher::checkFailed);
    watcher.start();
    QVERIFY(watcher.isActive());

    QVERIFY(a.value()->audit().recordSystem(QStringLiteral("seat-a"), QStringLiteral("test.one")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
    // Seat B's own work is not news to seat B.
    QVERIFY(b.value()->audit().recordSystem(QStringLiteral("seat-b"), QStringLiteral("test.two")));
    QTest::qWait(400);
    QCOMPARE(changed.count(), 1);
    // A transaction that is rolled back announces nothing.
    {
        QSqlDatabase conn = a.value()->database().connection();
        QVERIFY(conn.transaction());
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("NOTIFY cleanclaim_work")));
        QVERIFY(conn.rollback());
    }
    QTest::qWait(400);
    QCOMPARE(changed.count(), 1);
    QVERIFY(a.value()->audit().recordSystem(QStringLiteral("seat-a"), QStringLiteral("test.three")));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
    QCOMPARE(failed.count(), 0);

    // Both seats append at once: each append locks the chain's head, so no two rows claim the
    // same predecessor and the chain verifies.
    std::atomic<int> failures = 0;
    auto write = [&failures](Workstation *ws, const QString &who) {
        for (int i = 0; i < 40; ++i) {
            if (!ws->audit().recordSystem(who, QStringLiteral("test.race")))
                ++failures;
        }
    };
    QThread *other = QThread::create([&] {
        // A connection belongs to the thread that opened it: this seat opens its own.
        auto c = Workstation::open(m_url);
        if (!c) {
            failures += 40;
            return;
        }
        write(c.value().get(), QStringLiteral("seat-c"));
    });
    other->start();
    write(a.value().get(), QStringLiteral("seat-a"));
    QVERIFY(other->wait(60000));
    delete other;
    QCOMPARE(failures.load(), 0);
    auto chain = a.value()->audit().verify();
    QVERIFY(chain);
    QVERIFY2(chain->intact, qPrintable(chain->reason));
}

void tst_PostgreSql::serverBackupRestoresIntoAnEmptyServer()
{
    // Issue 8 §5 on a server: the backup is a practice file exported from one snapshot, and
    // a restore copies it into an empty server database, never over a practice.
    auto server = Workstation::open(m_url);
    QVERIFY(server);
    DemoBuilder::Options options;
    options.encounters = 30;
    options.seed = 9;
    QVERIFY(server.value()->demo().build(options));
    auto ledger = [](Workstation &ws) {
        QSqlQuery q(ws.database().connection());
        q.exec(QStringLiteral("SELECT coalesce(sum(amount_cents), 0), count(*) FROM postings"));
        return q.next() ? qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong())
                        : qMakePair(qint64(-1), qint64(-1));
    };
    const auto serverLedger = ledger(*server.value());
    QVERIFY(serverLedger.second > 0);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("server-backup.sqlite"));
    auto backup = server.value()->backups().backUp(std::nullopt, file);
    QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().userMessage + QLatin1Char('\n')
                                                + backup.error().detail));
    QVERIFY(backup->bytes > 0);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".partial")));
    auto last = server.value()->backups().lastBackup();
    QVERIFY(last && last.value());
    QCOMPARE(last.value()->file, QFileInfo(file).absoluteFilePath());
    {
        // The backup is a practice file like any other: it opens, its ledger is the server's,
        // its chain verifies, its code search answers.
        auto copy = Workstation::open(file);
        QVERIFY(copy);
        QCOMPARE(ledger(*copy.value()), serverLedger);
        auto chain = copy.value()->audit().verify();
        QVERIFY(chain && chain->intact);
        auto found = copy.value()->codes().search(QStringLiteral("diab typ"), QDate::currentDate());
        QVERIFY(found);
        QVERIFY(!found->isEmpty());
    }

    // Restored into an empty server database: the same practice, and the restore recorded.
    QVERIFY(admin(QStringLiteral("CREATE DATABASE %1_b").arg(m_name)));
    QUrl other(m_url);
    other.setPath(QStringLiteral("/%1_b").arg(m_name));
    auto restored = BackupService::restore(other.toString(), file, QStringLiteral("manager"));
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().userMessage
                                                    + QLatin1Char('\n') + restored.error().detail));
    QVERIFY(restored->safetyCopy.isEmpty());
    QVERIFY(restored->auditRows > 30);
    auto back = Workstation::open(other.toString());
    QVERIFY(back);
    QCOMPARE(ledger(*back.value()), serverLedger);
    auto chain = back.value()->audit().verify();
    QVERIFY(chain && chain->intact);
    QCOMPARE(chain->rows, restored->auditRows + 1); // the restore is its last row
    auto coder = back.value()->auth().login(QStringLiteral("coder"), QStringLiteral("coder-demo"));
    QVERIFY(coder);

    // Never over a practice: the server that holds one is refused, and keeps what it had.
    const qint64 before = server.value()->audit().verify()->rows;
    auto over = BackupService::restore(m_url, file, QStringLiteral("manager"));
    QVERIFY(!over);
    QCOMPARE(over.error().kind, Error::Kind::Conflict);
    QVERIFY2(over.error().userMessage.contains(QLatin1String("nothing was changed")),
             qPrintable(over.error().userMessage));
    QCOMPARE(server.value()->audit().verify()->rows, before);
    QCOMPARE(ledger(*server.value()), serverLedger);
}

void tst_PostgreSql::commandsWorkOnTheServer()
{
    // The program itself on a server address (issue 8 §1): the demo, the audit check, a
    // backup to a file and its restore into another, empty, server database.
    auto cleanclaim = [](const QStringList &args, QString *out = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CC_CLEANCLAIM_BIN), args);
        p.closeWriteChannel(); // no terminal: a password would not be asked
        if (!p.waitForFinished(240000))
            return -1;
        if (out)
            *out = QString::fromLocal8Bit(p.readAll());
        return p.exitCode();
    };
    QString said;
    QCOMPARE(cleanclaim({QStringLiteral("--db"), m_url, QStringLiteral("demo"),
                         QStringLiteral("--encounters"), QStringLiteral("12")}, &said), 0);
    QCOMPARE(cleanclaim({QStringLiteral("--db"), m_url, QStringLiteral("audit-verify")}, &said), 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("b.sqlite"));
    QVERIFY2(cleanclaim({QStringLiteral("--db"), m_url, QStringLiteral("backup"),
                         QStringLiteral("--out"), file}, &said) == 0, qPrintable(said));
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY(admin(QStringLiteral("CREATE DATABASE %1_b").arg(m_name)));
    QUrl other(m_url);
    other.setPath(QStringLiteral("/%1_b").arg(m_name));
    QVERIFY2(cleanclaim({QStringLiteral("--db"), other.toString(), QStringLiteral("restore"),
                         file}, &said) == 0, qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Restored")), qPrintable(said));
    QCOMPARE(cleanclaim({QStringLiteral("--db"), other.toString(), QStringLiteral("audit-verify")},
                        &said), 0);
    // Never over a practice.
    QCOMPARE(cleanclaim({QStringLiteral("--db"), m_url, QStringLiteral("restore"), file}, &said),
             Error::make(Error::Kind::Conflict, QString()).exitCode());
    QVERIFY2(said.contains(QLatin1String("already holds a practice")), qPrintable(said));
}

QTEST_GUILESS_MAIN(tst_PostgreSql)
#include "tst_postgresql.moc"

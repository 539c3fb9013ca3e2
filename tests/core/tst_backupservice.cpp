// SPDX-License-Identifier: GPL-3.0-or-later
// BackupService (issue 8 §5): a checked online copy that never writes over a file and is
// recorded; the weekly reminder; a restore that checks the backup (CleanClaim, whole, not
// newer, audit chain intact) before it replaces anything, keeps what it replaced, and round-trips.
#include "testdatabase.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/practicefile.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace cc;

class tst_BackupService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void backUpWritesACheckedCopy();
    void backUpNeverWritesOverAFile();
    void backUpToAMissingFolderSaysSo();
    void backUpNeedsManagerOrAdmin();
    void reminderAfterAWeek();
    void suggestedFileIsFree();
    void restoreRoundTrip();
    void restoreIntoANewPlace();
    void restoreRefusesAFileThatIsNotADatabase();
    void restoreRefusesAnotherProgramsDatabase();
    void restoreRefusesABrokenAuditTrail();
    void restoreRefusesANewerSchema();
    void restoreRefusesWhileTheDatabaseIsInUse();
    void restoreRefusesALiveDatabaseAsTheBackup();

private:
    static Session as(Role role)
    {
        return Session{1, QStringLiteral("someone"), QStringLiteral("Some One"), role, {}};
    }
    /// Runs @p sql on @p path through a connection of the test's own.
    static bool exec(const QString &path, const QString &sql);
    static QVariant read(const QString &path, const QString &sql);
    /// Marks the practice so that a restore can be told apart: a setting "marker" = @p value.
    bool mark(const QString &value);
    /// The practice's backup, made as the console.
    QString backUp(const QString &name = QStringLiteral("b.sqlite"));

    std::unique_ptr<test::TestDatabase> m_db;
};

bool tst_BackupService::exec(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("test-side"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-side"));
    return ok;
}

QVariant tst_BackupService::read(const QString &path, const QString &sql)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("test-side"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-side"));
    return v;
}

bool tst_BackupService::mark(const QString &value)
{
    QSqlQuery q(m_db->ws().database().connection());
    return q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('marker', '%1') "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                          .arg(value));
}

QString tst_BackupService::backUp(const QString &name)
{
    const QString file = QDir(m_db->dir()).filePath(name);
    auto r = m_db->ws().backups().backUp(std::nullopt, file);
    if (!r) {
        qWarning("%s", qPrintable(r.error().userMessage + QLatin1Char(' ') + r.error().detail));
        return {};
    }
    return r->file;
}

void tst_BackupService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorText()));
    QVERIFY(m_db->ws().audit().recordSystem(QStringLiteral("test"), QStringLiteral("setup")));
}

void tst_BackupService::cleanup()
{
    m_db.reset();
}

void tst_BackupService::backUpWritesACheckedCopy()
{
    QVERIFY(mark(QStringLiteral("before")));
    QSignalSpy spy(&m_db->ws().backups(), &BackupService::backedUp);
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    const QString file = QDir(m_db->dir()).filePath(QStringLiteral("copy.sqlite"));
    auto r = m_db->ws().backups().backUp(as(Role::Manager), file, now);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->file, file);
    QCOMPARE(r->bytes, QFileInfo(file).size());
    QVERIFY(r->bytes > 0);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
    // The copy is a whole practice with the marker, at the current schema step.
    auto checked = practicefile::check(file);
    QVERIFY(checked.ok());
    QVERIFY(checked->cleanClaim);
    QVERIFY(checked->problem.isEmpty());
    QCOMPARE(checked->schemaVersion, Migrator(m_db->ws().database()).latestVersion());
    QCOMPARE(read(file, QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("before")));
    // Recorded in the practice, with an audit row.
    auto last = m_db->ws().backups().lastBackup();
    QVERIFY(last.ok() && last.value());
    QCOMPARE(last.value()->file, file);
    QCOMPARE(last.value()->at, now);
    QCOMPARE(last.value()->bytes, r->bytes);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'practice.backup' AND detail LIKE '%copy.sqlite%'")),
             QVariant(1));
    auto verified = m_db->ws().audit().verify();
    QVERIFY(verified.ok() && verified->intact);
}

void tst_BackupService::backUpNeverWritesOverAFile()
{
    const QString file = QDir(m_db->dir()).filePath(QStringLiteral("taken.sqlite"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto r = m_db->ws().backups().backUp(std::nullopt, file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    auto last = m_db->ws().backups().lastBackup();
    QVERIFY(last.ok() && !last.value());
    // Nor over the practice itself.
    auto self = m_db->ws().backups().backUp(std::nullopt, m_db->path());
    QVERIFY(!self.ok());
}

void tst_BackupService::backUpToAMissingFolderSaysSo()
{
    const QString file = QDir(m_db->dir()).filePath(QStringLiteral("no/such/folder/b.sqlite"));
    auto r = m_db->ws().backups().backUp(std::nullopt, file);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().userMessage.contains(QStringLiteral("could not be written")),
             qPrintable(r.error().userMessage));
    QVERIFY(!r.error().detail.isEmpty());
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
    auto last = m_db->ws().backups().lastBackup();
    QVERIFY(last.ok() && !last.value());
}

void tst_BackupService::backUpNeedsManagerOrAdmin()
{
    for (Role role : {Role::Coder, Role::Biller, Role::Provider}) {
        const QString file = QDir(m_db->dir()).filePath(QStringLiteral("r%1.sqlite").arg(int(role)));
        auto r = m_db->ws().backups().backUp(as(role), file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY(!QFile::exists(file));
    }
    for (Role role : {Role::Manager, Role::Admin}) {
        const QString file = QDir(m_db->dir()).filePath(QStringLiteral("r%1.sqlite").arg(int(role)));
        QVERIFY(m_db->ws().backups().backUp(as(role), file).ok());
    }
}

void tst_BackupService::reminderAfterAWeek()
{
    BackupService &b = m_db->ws().backups();
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    auto never = b.reminder(as(Role::Manager), now);
    QVERIFY(never.ok());
    QVERIFY2(never->contains(QStringLiteral("never been backed up")), qPrintable(never.value()));
    // Those who may not back up are not reminded.
    QVERIFY(b.reminder(as(Role::Coder), now).value().isEmpty());

    const QString file = QDir(m_db->dir()).filePath(QStringLiteral("w.sqlite"));
    QVERIFY(b.backUp(std::nullopt, file, now).ok());
    QVERIFY(b.reminder(as(Role::Manager), now).value().isEmpty());
    QVERIFY(b.reminder(as(Role::Admin), now.addDays(7)).value().isEmpty());
    auto late = b.reminder(as(Role::Admin), now.addDays(8));
    QVERIFY(late.ok());
    QVERIFY2(late->contains(QStringLiteral("8 day")), qPrintable(late.value()));
    QVERIFY(late->contains(QStringLiteral("w.sqlite")));
}

void tst_BackupService::suggestedFileIsFree()
{
    const QDate day(2026, 11, 28);
    const QString first = BackupService::suggestedFile(m_db->dir(), day);
    QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("cleanclaim-backup-2026-11-28.sqlite"));
    QVERIFY(!backUp(QFileInfo(first).fileName()).isEmpty());
    QCOMPARE(QFileInfo(BackupService::suggestedFile(m_db->dir(), day)).fileName(),
             QStringLiteral("cleanclaim-backup-2026-11-28-2.sqlite"));
}

void tst_BackupService::restoreRoundTrip()
{
    QVERIFY(mark(QStringLiteral("before")));
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    QVERIFY(mark(QStringLiteral("after")));
    const QString path = m_db->path();
    m_db->close();

    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    auto r = BackupService::restore(path, backup, QStringLiteral("manager"), now);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage + r.error().detail));
    QCOMPARE(read(path, QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("before")));
    // What it replaced is kept, whole.
    QVERIFY(r->safetyCopy.startsWith(path + QStringLiteral(".before-restore-")));
    QCOMPARE(read(r->safetyCopy, QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("after")));
    QVERIFY(r->auditRows >= 1); // the setup row; the backup row came after the copy
    QVERIFY(r->backupLastActivity.isValid());
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    // The backup file itself is untouched and the restored trail is intact, the restore last.
    QVERIFY(practicefile::check(backup).value().problem.isEmpty());
    QVERIFY(m_db->reopen());
    auto verified = m_db->ws().audit().verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->reason));
    QCOMPARE(m_db->value(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
             QVariant(QStringLiteral("practice.restore")));
    QVERIFY(m_db->value(QStringLiteral("SELECT username || ' ' || detail FROM audit_log ORDER "
                                       "BY id DESC LIMIT 1"))
                    .toString()
                    .startsWith(QStringLiteral("manager restored from")));
}

void tst_BackupService::restoreIntoANewPlace()
{
    QVERIFY(mark(QStringLiteral("moved")));
    const QString backup = backUp();
    const QString target = QDir(m_db->dir()).filePath(QStringLiteral("elsewhere.sqlite"));
    auto r = BackupService::restore(target, backup, QString());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QVERIFY(r->safetyCopy.isEmpty());
    QCOMPARE(read(target, QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("moved")));
}

void tst_BackupService::restoreRefusesAFileThatIsNotADatabase()
{
    QVERIFY(mark(QStringLiteral("kept")));
    const QString path = m_db->path();
    m_db->close();
    const QString junk = QDir(m_db->dir()).filePath(QStringLiteral("notes.txt"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto r = BackupService::restore(path, junk, QString());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().userMessage.contains(QStringLiteral("was not changed")),
             qPrintable(r.error().userMessage));
    QCOMPARE(read(path, QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("kept")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    QCOMPARE(QDir(m_db->dir()).entryList({QStringLiteral("*.before-restore-*")}).size(), 0);

    auto missing = BackupService::restore(path, junk + QStringLiteral(".nope"), QString());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void tst_BackupService::restoreRefusesAnotherProgramsDatabase()
{
    const QString path = m_db->path();
    m_db->close();
    const QString other = QDir(m_db->dir()).filePath(QStringLiteral("other.sqlite"));
    QVERIFY(exec(other, QStringLiteral("CREATE TABLE recipes (name TEXT)")));
    auto r = BackupService::restore(path, other, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("not a CleanClaim practice backup")));
    QVERIFY(practicefile::check(path).value().cleanClaim);
}

void tst_BackupService::restoreRefusesABrokenAuditTrail()
{
    QVERIFY(mark(QStringLiteral("current")));
    const QString backup = backUp();
    QVERIFY(exec(backup, QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' "
                                        "WHERE id = 1")));
    const QString path = m_db->path();
    m_db->close();
    auto r = BackupService::restore(path, backup, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Corrupt);
    QVERIFY2(r.error().userMessage.contains(QStringLiteral("audit trail is broken at row 1")),
             qPrintable(r.error().userMessage));
    QCOMPARE(read(path, QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("current")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
}

void tst_BackupService::restoreRefusesANewerSchema()
{
    const QString backup = backUp();
    QVERIFY(exec(backup, QStringLiteral("PRAGMA user_version = 999")));
    const QString path = m_db->path();
    m_db->close();
    auto r = BackupService::restore(path, backup, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::TooNew);
    QVERIFY2(r.error().userMessage.contains(QStringLiteral("newer CleanClaim")),
             qPrintable(r.error().userMessage));
    QVERIFY(practicefile::check(path).value().schemaVersion < 999);
}

void tst_BackupService::restoreRefusesWhileTheDatabaseIsInUse()
{
    // Another program holds the practice open with unsaved-to-file work in its log.
    QVERIFY(mark(QStringLiteral("live")));
    const QString backup = backUp();
    QVERIFY(QFileInfo(m_db->path() + QStringLiteral("-wal")).size() > 0);
    auto r = BackupService::restore(m_db->path(), backup, QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Busy);
    QVERIFY(!QFile::exists(m_db->path() + QStringLiteral(".restoring")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")),
             QVariant(QStringLiteral("live")));
}

void tst_BackupService::restoreRefusesALiveDatabaseAsTheBackup()
{
    // The open practice itself, copied by hand, is not a backup: its log holds recent work.
    QVERIFY(mark(QStringLiteral("in the log")));
    QVERIFY(QFileInfo(m_db->path() + QStringLiteral("-wal")).size() > 0);
    const QString target = QDir(m_db->dir()).filePath(QStringLiteral("copy.sqlite"));
    auto r = BackupService::restore(target, m_db->path(), QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Busy);
    QVERIFY2(r.error().userMessage.contains(QStringLiteral("still open")),
             qPrintable(r.error().userMessage));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(tst_BackupService)
#include "tst_backupservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupservice.h"

#include "auditservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/practicecopy.h"
#include "storage/practicefile.h"
#include "storage/practicerepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace cc {

namespace {

const auto kLastBackupAt = QStringLiteral("last_backup_at");
const auto kLastBackupFile = QStringLiteral("last_backup_file");
const auto kLastBackupBytes = QStringLiteral("last_backup_bytes");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The cause's sentence and detail, behind the sentence of what could not be done.
Error wrap(const QString &sentence, const Error &cause, Error::Kind kind)
{
    QString detail = cause.userMessage;
    if (!cause.detail.isEmpty())
        detail += QLatin1Char('\n') + cause.detail;
    return Error::make(kind, sentence, detail);
}

} // namespace

BackupService::BackupService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit)
{
}

QString BackupService::suggestedFile(const QString &folder, const QDate &day)
{
    const QDir dir(folder);
    const QString stem = QStringLiteral("cleanclaim-backup-%1").arg(day.toString(Qt::ISODate));
    QString path = dir.filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return path;
}

Result<BackupService::Backup> BackupService::backUp(const std::optional<Session> &who,
                                                    const QString &file, const QDateTime &now)
{
    if (who)
        if (auto r = who->require(Permission::BackUpPractice); !r)
            return r.error();
    if (file.trimmed().isEmpty())
        return Error::invalid(tr("Choose a file to back up to."));
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        return Error::invalid(tr("%1 already exists; a backup never writes over a file. "
                                 "Choose another name.")
                                      .arg(native(target)));
    }
    if (target == QFileInfo(m_db.path()).absoluteFilePath())
        return Error::invalid(tr("A backup cannot be written over the practice database itself."));
    // Written under a temporary name and checked before it gets its own: a file with the
    // backup's name is always a whole, sound backup.
    const QString partial = target + QStringLiteral(".partial");
    practicefile::remove(partial);
    if (auto r = practicefile::copyTo(m_db, partial); !r)
        return r.error();
    auto checked = practicefile::check(partial);
    if (!checked || !checked->problem.isEmpty()) {
        practicefile::remove(partial);
        const QString why = checked ? checked->problem : checked.error().detail;
        return Error::make(Error::Kind::Corrupt,
                           tr("The copy written to %1 did not pass its check, so it was "
                              "deleted. Nothing was changed in the practice; try again, or "
                              "back up to another disk.")
                                   .arg(native(target)),
                           why);
    }
    if (!QFile::rename(partial, target)) {
        practicefile::remove(partial);
        return Error::make(Error::Kind::ReadOnly,
                           tr("The backup could not be given its name %1.").arg(native(target)));
    }
    Backup b{target, QFileInfo(target).size(), now};

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    PracticeRepository practice(m_db);
    if (auto r = practice.setSetting(kLastBackupAt, now.toUTC().toString(Qt::ISODate)); !r)
        return r.error();
    if (auto r = practice.setSetting(kLastBackupFile, target); !r)
        return r.error();
    if (auto r = practice.setSetting(kLastBackupBytes, QString::number(b.bytes)); !r)
        return r.error();
    const QString detail = QStringLiteral("backup to %1 (%2 bytes, schema %3)")
                                   .arg(target)
                                   .arg(b.bytes)
                                   .arg(checked->schemaVersion);
    const QString action = QStringLiteral("practice.backup");
    if (auto r = who ? m_audit.record(*who, action, QStringLiteral("practice"), std::nullopt, detail)
               : m_audit.recordSystem(QStringLiteral("console"), action,
                                      QStringLiteral("practice"), std::nullopt, detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit backedUp();
    return b;
}

Result<BackupService::Copied> BackupService::copyTo(const std::optional<Session> &who,
                                                   const QString &url, const QString &password)
{
    if (who)
        if (auto r = who->require(Permission::BackUpPractice); !r)
            return r.error();
    if (m_db.engine() != Database::Engine::SQLite)
        return Error::invalid(tr("Only a practice kept in a file is copied to a server."));
    if (!Database::isServerUrl(url))
        return Error::invalid(tr("%1 is not a practice server address. Write it as "
                                 "postgresql://user@host:port/practice.")
                                      .arg(url));
    auto server = Database::openServer(url, password);
    if (!server)
        return server.error();
    Database &target = *server.value();
    // The same schema step on both sides (the file was brought up to date when it was opened).
    Migrator migrator(target);
    if (auto r = migrator.migrate(); !r)
        return r.error();
    auto copied = practicecopy::copy(m_db, target);
    if (!copied)
        return copied.error();

    AuditService serverAudit(target);
    auto chain = serverAudit.verify();
    if (!chain)
        return chain.error();
    if (!chain->intact) {
        return Error::make(Error::Kind::Corrupt,
                           tr("The audit trail on %1 does not verify after the copy: %2")
                                   .arg(target.path(), chain->reason));
    }
    Copied c;
    c.server = target.path();
    c.tables = int(copied->tables.size());
    c.rows = copied->rows;
    c.ledgerCents = copied->targetLedgerCents;
    c.auditRows = chain->rows;

    // Each side says where the practice went and came from.
    const QString action = QStringLiteral("practice.copy");
    const QString entity = QStringLiteral("practice");
    const QString there = QStringLiteral("copied to %1: %2 tables, %3 rows, ledger %4 cents, "
                                         "%5 audit rows verified")
                                  .arg(c.server)
                                  .arg(c.tables)
                                  .arg(c.rows)
                                  .arg(c.ledgerCents)
                                  .arg(c.auditRows);
    const QString here = QStringLiteral("copied from %1: %2 rows").arg(m_db.path()).arg(c.rows);
    auto recordOn = [&](AuditService &audit, const QString &detail) {
        return who ? audit.record(*who, action, entity, std::nullopt, detail)
                   : audit.recordSystem(QStringLiteral("console"), action, entity, std::nullopt,
                                        detail);
    };
    if (auto r = recordOn(serverAudit, here); !r)
        return r.error();
    if (auto r = recordOn(m_audit, there); !r)
        return r.error();
    return c;
}

Result<std::optional<BackupService::Backup>> BackupService::lastBackup()
{
    PracticeRepository practice(m_db);
    auto at = practice.setting(kLastBackupAt);
    if (!at)
        return at.error();
    if (at->isEmpty())
        return std::optional<Backup>();
    auto file = practice.setting(kLastBackupFile);
    if (!file)
        return file.error();
    auto bytes = practice.setting(kLastBackupBytes, QStringLiteral("0"));
    if (!bytes)
        return bytes.error();
    // Written in UTC with its "Z", so it reads back as UTC.
    const QDateTime when = QDateTime::fromString(at.value(), Qt::ISODate);
    return std::optional<Backup>(Backup{file.value(), bytes->toLongLong(), when});
}

Result<QString> BackupService::reminder(const Session &who, const QDateTime &now)
{
    if (!who.can(Permission::BackUpPractice))
        return QString();
    auto last = lastBackup();
    if (!last)
        return last.error();
    if (!last.value()) {
        return tr("This practice has never been backed up. A backup is a copy of every record "
                  "to keep on another disk; make one now.");
    }
    const qint64 days = last.value()->at.daysTo(now);
    if (days <= kReminderDays)
        return QString();
    return tr("The last backup of this practice was made %n day(s) ago, on %1 (%2). Make a "
              "new one now.",
              nullptr, int(days))
            .arg(QLocale().toString(last.value()->at.toLocalTime().date(), QLocale::LongFormat),
                 native(last.value()->file));
}

Result<void> BackupService::copyIntoServer(const QString &file, const QString &url)
{
    auto source = Database::openSqlite(file, Database::Mode::ReadWrite);
    if (!source)
        return source.error();
    auto server = Database::openServer(url);
    if (!server)
        return server.error();
    Migrator migrator(*server.value());
    if (auto r = migrator.migrate(); !r)
        return r.error();
    auto copied = practicecopy::copy(*source.value(), *server.value());
    if (!copied) {
        if (copied.error().kind == Error::Kind::Conflict) {
            return Error::make(Error::Kind::Conflict,
                               tr("%1 already holds a practice, so the backup was not restored "
                                  "there and nothing was changed. Create an empty database on "
                                  "the server (createdb), restore into it, then point every "
                                  "seat at it.")
                                       .arg(url),
                               copied.error().userMessage);
        }
        return copied.error();
    }
    AuditService audit(*server.value());
    auto chain = audit.verify();
    if (!chain)
        return chain.error();
    if (!chain->intact)
        return Error::make(Error::Kind::Corrupt,
                           tr("The audit trail on %1 does not verify after the restore: %2")
                                   .arg(url, chain->reason));
    return {};
}

Result<BackupService::Restored> BackupService::restore(const QString &databasePath,
                                                       const QString &backupFile,
                                                       const QString &username,
                                                       const QDateTime &now)
{
    const QFileInfo source(backupFile);
    if (!source.isFile())
        return Error::notFound(tr("There is no backup file at %1.").arg(native(backupFile)));
    // A practice on a server is restored into an empty practice database there (a backup is
    // a practice file either way): nothing on the server is ever written over.
    const bool onServer = Database::isServerUrl(databasePath);
    const QString target = onServer ? databasePath : QFileInfo(databasePath).absoluteFilePath();
    if (source.absoluteFilePath() == target)
        return Error::invalid(tr("%1 is the practice database itself, not a backup of it.")
                                      .arg(native(backupFile)));
    auto refused = [&](const QString &why, const Error &cause, Error::Kind kind) {
        return wrap(tr("%1 was not restored: %2 The practice database was not changed.")
                            .arg(native(backupFile), why),
                    cause, kind);
    };

    // A database still open elsewhere (a live practice given as the backup) has part of its
    // content in its write-ahead log, which a copy of the file alone would lose.
    if (auto r = practicefile::ensureClosed(source.absoluteFilePath()); !r) {
        return Error::make(Error::Kind::Busy,
                           tr("%1 was not restored: it is a database still open in a program, "
                              "or one that was not closed properly. Close that program, or "
                              "choose a backup file. The practice database was not changed.")
                                   .arg(native(backupFile)),
                           r.error().detail);
    }
    // Read the backup as it is, without changing it.
    auto checked = practicefile::check(source.absoluteFilePath());
    if (!checked)
        return refused(tr("it is not a database CleanClaim can read."), checked.error(),
                       Error::Kind::Corrupt);
    if (!checked->cleanClaim)
        return Error::make(Error::Kind::Invalid,
                           tr("%1 was not restored: it is not a CleanClaim practice backup. The "
                              "practice database was not changed.")
                                   .arg(native(backupFile)));
    if (!checked->problem.isEmpty())
        return Error::make(Error::Kind::Corrupt,
                           tr("%1 was not restored: the file is damaged. The practice database "
                              "was not changed; try an older backup.")
                                   .arg(native(backupFile)),
                           checked->problem);

    if (!onServer)
        if (auto r = practicefile::ensureClosed(target); !r)
            return r.error();

    // A copy beside the database, so the final step is one rename on the same disk; for a
    // server, a copy in a folder of its own, to be copied from.
    QTemporaryDir stagingDir;
    if (onServer && !stagingDir.isValid())
        return Error::make(Error::Kind::ReadOnly,
                           tr("No temporary folder could be made to check the backup in (%1). "
                              "The practice database was not changed.")
                                   .arg(stagingDir.errorString()));
    const QString staged = onServer ? stagingDir.filePath(QStringLiteral("restoring.sqlite"))
                                    : target + QStringLiteral(".restoring");
    practicefile::remove(staged);
    if (!QFile::copy(source.absoluteFilePath(), staged)) {
        practicefile::remove(staged);
        return Error::make(Error::Kind::ReadOnly,
                           tr("%1 could not be copied beside the practice database (%2). Check "
                              "that you may write there and that the disk has room. The practice "
                              "database was not changed.")
                                   .arg(native(backupFile), native(target)));
    }
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);

    Restored restored;
    restored.backupVersion = checked->schemaVersion;
    {
        auto db = Database::openSqlite(staged, Database::Mode::ReadWrite);
        if (!db) {
            practicefile::remove(staged);
            return refused(tr("it could not be opened."), db.error(), Error::Kind::Corrupt);
        }
        Migrator migrator(*db.value());
        if (auto r = migrator.migrate(); !r) {
            db.value().reset();
            practicefile::remove(staged);
            return refused(r.error().kind == Error::Kind::TooNew
                                   ? tr("it was made by a newer CleanClaim; update this one "
                                        "first.")
                                   : tr("it could not be brought to this version's schema."),
                           r.error(), r.error().kind);
        }
        AuditService audit(*db.value());
        auto verified = audit.verify();
        if (!verified || !verified->intact) {
            const Error cause = verified ? Error::make(Error::Kind::Corrupt, verified->reason)
                                         : verified.error();
            db.value().reset();
            practicefile::remove(staged);
            return refused(verified ? tr("its audit trail is broken at row %1, so it may have "
                                         "been altered.")
                                              .arg(verified->firstBrokenId)
                                    : tr("its audit trail could not be read."),
                           cause, Error::Kind::Corrupt);
        }
        restored.auditRows = verified->rows;
        if (auto newest = AuditRepository(*db.value()).recent(1); newest && !newest->isEmpty()) {
            const QDateTime at
                    = QDateTime::fromString(newest->constFirst().at, Qt::ISODateWithMs);
            restored.backupLastActivity = at;
        }

        // Keep what the restore replaces: nothing is lost by restoring the wrong file.
        if (!onServer && QFileInfo::exists(target)) {
            restored.safetyCopy = target + QStringLiteral(".before-restore-")
                    + now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            auto current = Database::openSqlite(target, Database::Mode::ReadWrite);
            Result<void> kept = current ? practicefile::copyTo(*current.value(),
                                                               restored.safetyCopy)
                                        : Result<void>(current.error());
            if (!kept) {
                db.value().reset();
                practicefile::remove(staged);
                return wrap(tr("The practice database %1 could not be copied aside before the "
                               "restore, so nothing was restored and nothing was changed.")
                                    .arg(native(target)),
                            kept.error(), kept.error().kind);
            }
        }
        const QString detail
                = QStringLiteral("restored from %1 (schema %2, %3 audit rows); replaced database "
                                 "kept as %4")
                          .arg(source.absoluteFilePath())
                          .arg(restored.backupVersion)
                          .arg(restored.auditRows)
                          .arg(restored.safetyCopy.isEmpty() ? QStringLiteral("(none)")
                                                             : restored.safetyCopy);
        if (auto r = audit.recordSystem(username.isEmpty() ? QStringLiteral("console") : username,
                                        QStringLiteral("practice.restore"),
                                        QStringLiteral("practice"), std::nullopt, detail);
            !r) {
            db.value().reset();
            practicefile::remove(staged);
            return refused(tr("the restore could not be recorded in its audit trail."), r.error(),
                           r.error().kind);
        }
    } // the staged database closes here: its write-ahead log is folded into the file
    if (onServer) {
        auto copied = copyIntoServer(staged, target);
        practicefile::remove(staged);
        if (!copied)
            return copied.error();
        return restored;
    }
    if (auto r = practicefile::replace(target, staged); !r) {
        practicefile::remove(staged);
        if (!restored.safetyCopy.isEmpty())
            QFile::remove(restored.safetyCopy); // the database it would have replaced stays
        return r.error();
    }
    return restored;
}

} // namespace cc

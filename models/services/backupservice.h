// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace cc {

class AuditService;
class Database;

/**
 * Backs up the open practice and restores one (issue 8 §5).
 *
 * A backup is an online, consistent copy taken while others keep working (a practice on a
 * server is exported, as of one moment, to a practice file of the same form); it is checked
 * (opened read-only, integrity check) before it gets its final name, never writes over a file,
 * and is recorded: when, where, by whom (settings `last_backup_at`, `last_backup_file`, and an
 * audit row). Managers and admins are reminded when the last backup is older than a week.
 *
 * A restore puts a backup in place of a practice database that nobody has open. The backup is
 * copied beside the database and checked there first — a CleanClaim practice, whole, not
 * newer than this program, its audit chain intact — and brought to the current schema; the
 * database it replaces is kept beside it as `NAME.before-restore-YYYYMMDD-HHMMSS`, so a restore
 * loses nothing either. The restore is the last row of the restored audit trail.
 */
class BackupService : public QObject
{
    Q_OBJECT
public:
    /// The reminder shows when the last backup is older than this.
    static constexpr int kReminderDays = 7;

    BackupService(Database &db, AuditService &audit, QObject *parent = nullptr);

    struct Backup
    {
        QString file;
        qint64 bytes = 0;
        QDateTime at;
    };
    /// Needs Permission::BackUpPractice when @p who is given (the console may always).
    Result<Backup> backUp(const std::optional<Session> &who, const QString &file,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    struct Copied
    {
        QString server;          ///< the address, without a password
        int tables = 0;
        qint64 rows = 0;
        qint64 ledgerCents = 0;  ///< the sum of the ledger, the same on both sides
        qint64 auditRows = 0;    ///< the server's audit trail, verified link by link
    };
    /**
     * Copies this practice (a file) to the empty practice server @p url, brought to the same
     * schema step first, and checks the copy: every table's rows, the ledger's total and the
     * audit trail's chain. Needs Permission::BackUpPractice when @p who is given. The file is
     * not changed, but for the audit row that says where it was copied.
     */
    Result<Copied> copyTo(const std::optional<Session> &who, const QString &url,
                          const QString &password = QString());

    /// The last backup recorded in this practice, if any.
    Result<std::optional<Backup>> lastBackup();
    /// The reminder sentence for a user who may back up, when the last backup is more than
    /// kReminderDays old or there is none; empty otherwise.
    Result<QString> reminder(const Session &who,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// "cleanclaim-backup-2026-11-28.sqlite" in @p folder, or a free "…-2.sqlite" when taken.
    static QString suggestedFile(const QString &folder, const QDate &day);

    struct Restored
    {
        QString safetyCopy;      ///< the database the restore replaced; empty when there was none
        int backupVersion = 0;   ///< the schema step of the backup before it was brought up to date
        qint64 auditRows = 0;    ///< rows of the backup's audit trail, all verified
        QDateTime backupLastActivity; ///< the time of the backup's newest audit row
    };
    /**
     * Restores @p databasePath from @p backupFile. The practice must not be open anywhere
     * (the caller holds its InstanceLock); @p username names who did it in the audit row.
     * A server address (postgresql://…) must name an empty practice database: the backup is
     * checked as for a file, then copied into it and verified there (issue 8 §5).
     */
    static Result<Restored> restore(const QString &databasePath, const QString &backupFile,
                                    const QString &username,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void backedUp();

private:
    /// Copies the checked practice file @p file into the empty practice server @p url.
    static Result<void> copyIntoServer(const QString &file, const QString &url);
    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

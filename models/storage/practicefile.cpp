// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicefile.h"
#include "database.h"
#include "migrator.h"
#include "practicecopy.h"
#include "sqlerror_p.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <filesystem>
#include <optional>
#include <system_error>

namespace cc::practicefile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::PracticeFile)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A server's practice exported to a new practice file @p file, as of one moment.
Result<void> exportServer(Database &db, const QString &file)
{
    std::optional<Error> failed;
    {
        auto target = Database::openSqlite(file, Database::Mode::CreateIfMissing);
        if (!target)
            return target.error();
        Migrator migrator(*target.value());
        auto migrated = migrator.migrate();
        if (!migrated) {
            failed = migrated.error();
        } else if (auto copied = practicecopy::copy(db, *target.value()); !copied) {
            failed = copied.error();
        }
    } // closed: its write-ahead log is folded into the file
    if (!failed) {
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        return {};
    }
    remove(file);
    QString detail = failed->userMessage;
    if (!failed->detail.isEmpty())
        detail += QLatin1Char('\n') + failed->detail;
    return Error::make(failed->kind == Error::Kind::DiskFull ? Error::Kind::DiskFull
                                                            : Error::Kind::ReadOnly,
                       Tr::tr("The practice on the server could not be exported to %1. Check "
                              "that the folder exists, that you may write there and that the "
                              "disk has room.")
                               .arg(native(file)),
                       detail);
}
} // namespace

Result<qint64> dataVersion(Database &db)
{
    if (db.engine() == Database::Engine::PostgreSQL)
        return db.announcementsHeard(); // pushed by the server: nothing to ask it
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return sql::toError(q.lastError(), QStringLiteral("data version"));
    return q.value(0).toLongLong();
}

Result<void> copyTo(Database &db, const QString &file)
{
    if (QFileInfo::exists(file)) {
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("%1 already exists; a backup never writes over a file. "
                                  "Choose another name.")
                                   .arg(native(file)));
    }
    if (db.engine() == Database::Engine::PostgreSQL)
        return exportServer(db, file);
    QSqlQuery q(db.connection());
    CC_TRY(sql::prepare(q, QStringLiteral("VACUUM INTO :file"), QStringLiteral("backup")));
    q.bindValue(QStringLiteral(":file"), file);
    if (!q.exec()) {
        const Error cause = sql::toError(q.lastError(), QStringLiteral("VACUUM INTO"));
        q.finish();
        QFile::remove(file);
        return Error::make(cause.kind == Error::Kind::DiskFull ? Error::Kind::DiskFull
                                                               : Error::Kind::ReadOnly,
                           Tr::tr("The backup could not be written to %1. Check that the folder "
                                  "exists, that you may write there and that the disk has room.")
                                   .arg(native(file)),
                           cause.detail.isEmpty() ? cause.userMessage : cause.detail);
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<Check> check(const QString &file)
{
    static QAtomicInteger<int> counter;
    const QString name
            = QStringLiteral("cleanclaim-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<Check> result = Check{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto fail = [&](const QString &what, const QSqlError &e) {
            const Error cause = sql::toError(e, what);
            return Error::make(Error::Kind::Corrupt,
                               Tr::tr("%1 is not a CleanClaim practice database that can be "
                                      "read, or it is damaged.")
                                       .arg(native(file)),
                               cause.detail.isEmpty() ? cause.userMessage : cause.detail);
        };
        if (!db.open()) {
            result = fail(QStringLiteral("open"), db.lastError());
        } else {
            QSqlQuery q(db);
            Check c;
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                result = fail(QStringLiteral("user_version"), q.lastError());
            } else {
                c.schemaVersion = q.value(0).toInt();
                q.finish();
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'table' AND name IN ('practice', 'audit_log', "
                                           "'audit_head')"))
                    || !q.next()) {
                    result = fail(QStringLiteral("tables"), q.lastError());
                } else {
                    c.cleanClaim = q.value(0).toInt() == 3;
                    q.finish();
                    if (!q.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !q.next()) {
                        result = fail(QStringLiteral("integrity_check"), q.lastError());
                    } else {
                        const QString verdict = q.value(0).toString();
                        if (verdict != QLatin1String("ok"))
                            c.problem = verdict;
                        result = c;
                    }
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<void> ensureClosed(const QString &databasePath)
{
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        return Error::make(Error::Kind::Busy,
                           Tr::tr("Another program still has the practice database %1 open. "
                                  "Close every CleanClaim window and command using it, then "
                                  "restore again.")
                                   .arg(native(databasePath)),
                           QStringLiteral("%1 is present").arg(wal));
    }
    return {};
}

Result<void> replace(const QString &databasePath, const QString &staged)
{
    CC_TRY(ensureClosed(databasePath));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(staged.toStdString()),
                            std::filesystem::path(databasePath.toStdString()), ec);
    if (ec) {
        return Error::make(Error::Kind::ReadOnly,
                           Tr::tr("The restored database could not be put in place of %1. "
                                  "The practice database was not changed.")
                                   .arg(native(databasePath)),
                           QString::fromStdString(ec.message()));
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    return {};
}

void remove(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace cc::practicefile

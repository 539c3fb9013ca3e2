// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "dialect_p.h"
#include "sqlerror_p.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cleanclaim-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::~Database()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/cleanclaim.sqlite");
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, Mode mode,
                                                       int busyTimeoutMs)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error::make(Error::Kind::Open,
                           Tr::tr("CleanClaim cannot open its database because the SQLite driver "
                                  "for Qt is not installed (package libqt6sql6-sqlite)."),
                           QStringLiteral("QSQLITE driver missing"));
    }
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        return Error::make(Error::Kind::Open,
                           Tr::tr("%1 is a folder, not a practice database file.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    if (!exists && mode == Mode::ReadWrite) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("There is no practice database at %1.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    if (!exists) {
        QDir dir = info.absoluteDir();
        if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
            return Error::make(Error::Kind::ReadOnly,
                               Tr::tr("The folder %1 could not be created, so no practice "
                                      "database can be kept there. Choose another location.")
                                       .arg(QDir::toNativeSeparators(dir.absolutePath())));
        }
        if (!QFileInfo(dir.absolutePath()).isWritable()) {
            return Error::make(Error::Kind::ReadOnly,
                               Tr::tr("The folder %1 is read-only, so no practice database can "
                                      "be created there. Choose another location.")
                                       .arg(QDir::toNativeSeparators(dir.absolutePath())));
        }
        // Create the file ourselves so that it is private to this user from the first byte.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return Error::make(Error::Kind::Open,
                               Tr::tr("The practice database %1 could not be created.")
                                       .arg(QDir::toNativeSeparators(path)),
                               f.errorString());
        }
        f.close();
    } else if (!info.isReadable()) {
        return Error::make(Error::Kind::Open,
                           Tr::tr("The file %1 cannot be read with your account's permissions.")
                                   .arg(QDir::toNativeSeparators(path)));
    } else if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite in WAL mode needs to write its side files next to the database.
        return Error::make(Error::Kind::ReadOnly,
                           Tr::tr("The practice database %1 or its folder is read-only. "
                                  "CleanClaim needs to write there to keep your work safe; copy "
                                  "the file to a folder you may write to.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    std::unique_ptr<Database> self(new Database);
    self->m_name = nextConnectionName();
    self->m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return sql::toError(db.lastError(), QStringLiteral("open"));

        // The first read tells whether this is a SQLite file at all.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return sql::toError(probe.lastError(), QStringLiteral("probe"));
        probe.finish();

        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sql::toError(wal.lastError(), QStringLiteral("journal_mode"));
        wal.finish();
        CC_TRY(sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("foreign_keys")));
        CC_TRY(sql::run(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                        QStringLiteral("busy_timeout")));
        CC_TRY(sql::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"),
                        QStringLiteral("synchronous")));
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::setPermissions(side, QFile::ReadOwner | QFile::WriteOwner);
    }
    return self;
}

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
            || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool Database::needsPassword(const Error &error)
{
    return error.kind == Error::Kind::Forbidden
            && error.detail.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url,
                                                       const QString &password)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString shown = u.isValid() ? u.toString(QUrl::RemovePassword) : url;
    if (!u.isValid() || !isServerUrl(url) || u.host().isEmpty() || u.path().size() < 2) {
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("%1 is not a practice server address. Write it as "
                                  "postgresql://user@host:port/practice.")
                                   .arg(shown));
    }
    if (!u.password().isEmpty()) {
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("Leave the password out of the server address: others could "
                                  "read it in the list of running programs. Set PGPASSWORD, or "
                                  "type it when CleanClaim asks."));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error::make(Error::Kind::Open,
                           Tr::tr("CleanClaim cannot reach a practice server because the "
                                  "PostgreSQL driver for Qt is not installed (package "
                                  "libqt6sql6-psql)."),
                           QStringLiteral("QPSQL driver missing"));
    }
    std::unique_ptr<Database> self(new Database);
    self->m_name = nextConnectionName();
    self->m_path = shown;
    self->m_engine = Engine::PostgreSQL;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), self->m_name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(u.path().mid(1));
    if (!u.userName().isEmpty())
        db.setUserName(u.userName());
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=CleanClaim"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        const bool auth = detail.contains(QLatin1String("password"), Qt::CaseInsensitive)
                || detail.contains(QLatin1String("authentication"), Qt::CaseInsensitive);
        if (auth) {
            return Error::make(Error::Kind::Forbidden,
                               Tr::tr("The practice server %1 did not accept the user name or "
                                      "password.")
                                       .arg(shown),
                               detail);
        }
        return Error::make(Error::Kind::Open,
                           Tr::tr("The practice server %1 could not be reached, or it has no "
                                  "practice by that name. Check the address and that the "
                                  "server is running.")
                                   .arg(shown),
                           detail);
    }
    // A seat waits this long for another seat's row locks before it is told the server is busy.
    CC_TRY(sql::run(db, QStringLiteral("SET lock_timeout = '5s'"), QStringLiteral("lock_timeout")));
    // Other seats announce their work (dialect::announceWork()); this connection's own
    // announcements are not counted.
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(sql::dialect::workChannel()))
        return sql::toError(driver->lastError(), QStringLiteral("listen for work"));
    Database *raw = self.get();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [raw](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
        if (source == QSqlDriver::OtherSource)
            ++raw->m_heard;
    });
    // The server's notices ("already exists, skipping") are not for the user.
    CC_TRY(sql::run(db, QStringLiteral("SET client_min_messages = warning"),
                    QStringLiteral("client_min_messages")));
    return self;
}

} // namespace cc

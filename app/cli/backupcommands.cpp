// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "domain/money.h"
#include "services/backupservice.h"
#include "services/instancelock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QTextStream>


namespace cc::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

} // namespace

int copyTo(const GlobalOptions &global, const QStringList &args, QTextStream &out,
           QTextStream &err)
{
    const Args a = parseArgs(args, {});
    if (!a.error.isEmpty() || a.positional.size() != 1) {
        err << (a.error.isEmpty() ? Tr::tr("copy-to takes one server address: copy-to "
                                           "postgresql://user@host:port/practice.")
                                  : a.error)
            << '\n';
        return 2;
    }
    const QString url = a.positional.constFirst();
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    BackupService &backups = practice.workstation->backups();
    auto done = backups.copyTo(practice.session, url);
    if (!done && Database::needsPassword(done.error())) {
        const QString password = askPassword(Tr::tr("Password for %1: ").arg(url), err);
        if (!password.isEmpty())
            done = backups.copyTo(practice.session, url, password);
    }
    if (!done)
        return fail(err, done.error());
    out << Tr::tr("Copied the practice to %1: %2 tables, %3 rows; the ledger totals %4 on both "
                  "sides; the audit trail's %5 rows verify.")
                    .arg(done->server)
                    .arg(done->tables)
                    .arg(done->rows)
                    .arg(Money::fromCents(done->ledgerCents).toDisplayString())
                    .arg(done->auditRows)
        << '\n';
    return 0;
}

int backup(const GlobalOptions &global, const QStringList &args, QTextStream &out,
           QTextStream &err)
{
    const Args a = parseArgs(args, {QStringLiteral("out")});
    if (!a.error.isEmpty() || !a.positional.isEmpty() || !a.options.contains(QStringLiteral("out"))) {
        err << (!a.error.isEmpty()          ? a.error
                        : !a.positional.isEmpty() ? Tr::tr("backup takes its file as --out FILE.")
                                                  : Tr::tr("backup needs --out FILE: where to "
                                                           "write the copy."))
            << '\n';
        return 2;
    }
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    auto done = practice.workstation->backups().backUp(practice.session,
                                                       a.options.value(QStringLiteral("out")));
    if (!done)
        return fail(err, done.error());
    out << Tr::tr("Backed up to %1 (%2).")
                    .arg(QDir::toNativeSeparators(done->file),
                         QLocale().formattedDataSize(done->bytes))
        << '\n';
    return 0;
}

int restore(const GlobalOptions &global, const QStringList &args, QTextStream &out,
            QTextStream &err)
{
    const Args a = parseArgs(args, {});
    if (!a.error.isEmpty() || a.positional.size() != 1) {
        err << (a.error.isEmpty() ? Tr::tr("restore takes one backup file: restore FILE.")
                                  : a.error)
            << '\n';
        return 2;
    }
    // No window may work on a practice file while it is replaced. (A server practice is only
    // restored into an empty database, which no seat works on.)
    const bool onServer = Database::isServerUrl(global.dbPath);
    std::shared_ptr<QLockFile> lock;
    if (!onServer) {
        auto locked = InstanceLock::acquire(global.dbPath);
        if (!locked)
            return fail(err, locked.error());
        lock = std::move(locked).value();
    }
    if (onServer) {
        // Reached once first, so a password the server asks for is asked at the terminal.
        auto reached = openWorkstation(global, err);
        if (!reached)
            return fail(err, reached.error());
    }
    QString username;
    if (!global.user.isEmpty()) {
        if (onServer) {
            err << Tr::tr("A practice is restored on a server into an empty database, which has "
                          "no users to check --user against; restore without --user.")
                << '\n';
            return 2;
        }
        if (!QFileInfo::exists(global.dbPath)) {
            err << Tr::tr("There is no practice at %1 to check --user against; restore without "
                          "--user to create it from the backup.")
                            .arg(QDir::toNativeSeparators(global.dbPath))
                << '\n';
            return 2;
        }
        OpenedPractice practice = openPractice(global, err);
        if (practice.exitCode != 0)
            return practice.exitCode;
        if (auto r = practice.session->require(Permission::BackUpPractice); !r)
            return fail(err, r.error());
        username = practice.session->username;
    } // the practice closes here, before it is replaced
    auto restored = BackupService::restore(global.dbPath, a.positional.constFirst(), username);
    if (!restored)
        return fail(err, restored.error());
    out << Tr::tr("Restored %1 from %2: %3 audit rows verified, the newest from %4.")
                    .arg(QDir::toNativeSeparators(global.dbPath),
                         QDir::toNativeSeparators(a.positional.constFirst()))
                    .arg(restored->auditRows)
                    .arg(restored->backupLastActivity.isValid()
                                 ? QLocale().toString(restored->backupLastActivity.toLocalTime(),
                                                      QLocale::ShortFormat)
                                 : Tr::tr("no date"))
        << '\n';
    if (!restored->safetyCopy.isEmpty())
        out << Tr::tr("The database it replaced is kept as %1.")
                        .arg(QDir::toNativeSeparators(restored->safetyCopy))
            << '\n';
    return 0;
}

} // namespace cc::cli

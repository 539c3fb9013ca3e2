// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancelock.h"

#include <QCoreApplication>
#include <QDir>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::InstanceLock)
};
} // namespace

Result<std::shared_ptr<QLockFile>> InstanceLock::acquire(const QString &databasePath)
{
    auto lock = std::make_shared<QLockFile>(databasePath + QStringLiteral(".lock"));
    // A lock whose process is gone is stale and taken over at once.
    lock->setStaleLockTime(0);
    if (lock->tryLock(200))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error::make(Error::Kind::Busy,
                           Tr::tr("CleanClaim is already open on this practice (%1), in process "
                                  "%2 on %3. Switch to that window, or close it and start again.")
                                   .arg(QDir::toNativeSeparators(databasePath))
                                   .arg(pid)
                                   .arg(host),
                           QStringLiteral("lock file %1.lock").arg(databasePath));
    }
    // Without a lock file (a read-only folder) opening goes on: the database then refuses
    // with its own, clearer message.
    return std::shared_ptr<QLockFile>();
}

} // namespace cc

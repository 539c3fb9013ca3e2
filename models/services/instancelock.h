// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QLockFile>

#include <memory>

namespace cc {

/**
 * Keeps a second CleanClaim window off a practice file that one window already has open: two
 * windows on one file would each believe their queue is current. The lock is a file beside the
 * database (`practice.sqlite.lock`), released when the process ends, even by a crash.
 */
class InstanceLock
{
public:
    /// The held lock, or Error::Kind::Busy naming the process and machine that hold it.
    static Result<std::shared_ptr<QLockFile>> acquire(const QString &databasePath);
};

} // namespace cc

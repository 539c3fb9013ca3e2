// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace cc::cli {

/// Global options that come before the command.
struct GlobalOptions
{
    QString dbPath;
    QString user;
    QString lang;
};

/// True when @p command names a headless command.
bool isCommand(const QString &command);

/**
 * Runs a headless command and returns its exit code (DESIGN.md §6): 0 done, 1 the input has
 * errors, 2 usage, 3 the database refused. Errors go to @p err, one per line.
 */
int run(const GlobalOptions &global, const QString &command, const QStringList &args,
        QTextStream &out, QTextStream &err);

/// The usage text.
QString usage();

} // namespace cc::cli

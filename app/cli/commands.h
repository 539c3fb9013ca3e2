// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "services/workstation.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

class QTextStream;

namespace cc::cli {

/// Global options that come before the command.
struct GlobalOptions
{
    QString dbPath;
    QString user;
    QString lang;
};

/// Parsed "--name value" options and positional arguments of one command.
struct Args
{
    QHash<QString, QString> options;
    QStringList positional;
    QString error; ///< set on an unknown option or a missing value
};
/// Parses @p args; options in @p withValue take a value, those in @p flags take none (they
/// are stored with the value "1"), the others are refused.
Args parseArgs(const QStringList &args, const QStringList &withValue,
               const QStringList &flags = {});

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

/// The open practice of a command, and the logged-in user when --user was given.
struct OpenedPractice
{
    std::unique_ptr<Workstation> workstation;
    std::optional<Session> session;
    int exitCode = 0; ///< non-zero when opening or logging in failed (already reported)
};

/**
 * Opens the practice named by --db and, when --user is given, logs in with the password from
 * CLEANCLAIM_PASSWORD. When @p needUser and no --user was given, the first active user of
 * @p fallbackRole is used only if the database is a demo practice; otherwise it is a usage
 * error. Errors are printed to @p err.
 */
OpenedPractice openPractice(const GlobalOptions &global, QTextStream &err);

/**
 * Opens the practice named by --db. A server that asks for a password libpq could not find
 * (PGPASSWORD, ~/.pgpass) gets one typed at the terminal.
 */
Result<std::unique_ptr<Workstation>> openWorkstation(const GlobalOptions &global,
                                                     QTextStream &err);

/// A password typed at the terminal without showing it; empty when there is no terminal.
QString askPassword(const QString &prompt, QTextStream &err);

/// Prints an Error (sentence, then detail indented) and returns its exit code.
int fail(QTextStream &err, const Error &e);

} // namespace cc::cli

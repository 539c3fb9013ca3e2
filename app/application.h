// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commands.h"

#include <QString>

class QCoreApplication;

namespace cc {

/**
 * Start-up: reads the global options, installs the translators, then either runs a headless
 * command or opens the workstation window (first-run choice, login, main window).
 */
class Application
{
public:
    /// Splits argv into global options, command and command arguments.
    struct Parsed
    {
        cli::GlobalOptions global;
        QString command;
        QStringList commandArgs;
        bool showHelp = false;
        bool showVersion = false;
        QString error;
    };
    static Parsed parse(const QStringList &arguments);

    /// Loads CleanClaim's and Qt's catalogues for @p lang (empty: the system locale).
    static void installTranslators(QCoreApplication &app, const QString &lang);

    /// Runs the window; returns the process exit code.
    static int runGui(const Parsed &parsed);
};

} // namespace cc

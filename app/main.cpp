// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "cli/commands.h"
#include "cli/remitcommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyleFactory>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            || !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CleanClaim"));
    QCoreApplication::setApplicationName(QStringLiteral("cleanclaim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLEANCLAIM_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const cc::Application::Parsed parsed = cc::Application::parse(rawArguments(argc, argv));
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (!parsed.error.isEmpty() || parsed.showHelp || parsed.showVersion
        || !parsed.command.isEmpty()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        cc::Application::installTranslators(app, parsed.global.lang);
        if (!parsed.error.isEmpty()) {
            err << parsed.error << '\n' << cc::cli::usage();
            return 2;
        }
        if (parsed.showVersion) {
            out << "cleanclaim " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (parsed.showHelp) {
            out << cc::cli::usage();
            return 0;
        }
        cc::cli::GlobalOptions global = parsed.global;
        if (global.dbPath.isEmpty() && cc::cli::commandNeedsDatabase(parsed.command)) {
            err << QCoreApplication::translate("cc::cli",
                                               "Commands need the practice database: add --db "
                                               "PATH before the command.")
                << '\n';
            return 2;
        }
        return cc::cli::run(global, parsed.command, parsed.commandArgs, out, err);
    }

    if (!hasDisplay()) {
        err << "CleanClaim needs a display to open its window, and none was found "
               "(DISPLAY is not set).\n"
               "On a machine without a screen, run it under a virtual display:\n"
               "  xvfb-run -a -s \"-screen 0 1440x900x24\" "
            << QString::fromLocal8Bit(argv[0]) << " --db ~/cleanclaim-demo.sqlite\n"
            << "or use the headless commands (cleanclaim --help).\n";
        return 2;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    cc::Application::installTranslators(app, parsed.global.lang);
    return cc::Application::runGui(parsed);
}

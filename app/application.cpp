// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "common/errorbox.h"
#include "common/firstrundialog.h"
#include "common/logindialog.h"
#include "mainwindow.h"
#include "services/authservice.h"
#include "services/demobuilder.h"
#include "services/instancelock.h"
#include "services/practiceservice.h"
#include "services/workstation.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QLockFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QPointer>
#include <QStyleFactory>
#include <QTranslator>

namespace cc {

Application::Parsed Application::parse(const QStringList &arguments)
{
    Parsed p;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](QString &into) {
            if (i + 1 >= arguments.size()) {
                p.error = QCoreApplication::translate("cc::cli", "The option %1 needs a value.")
                                  .arg(arg);
                return;
            }
            into = arguments.at(++i);
        };
        if (arg == QLatin1String("--db")) {
            value(p.global.dbPath);
            // A server address is not a file: without this, SQLite would make a file of it.
            // (Two letters at least: "C://" is a drive.)
            static const QRegularExpression server(
                    QStringLiteral("^(?!file:)[A-Za-z][A-Za-z0-9+.-]+://"));
            if (p.error.isEmpty() && server.match(p.global.dbPath).hasMatch()
                && !Database::isServerUrl(p.global.dbPath))
                p.error = QCoreApplication::translate(
                                  "cc::cli",
                                  "--db %1 names a kind of database server CleanClaim does not "
                                  "work with. Give the path of a practice file, or a PostgreSQL "
                                  "server as postgresql://user@host:port/practice.")
                                  .arg(p.global.dbPath);
        }
        else if (arg == QLatin1String("--lang"))
            value(p.global.lang);
        else if (arg == QLatin1String("--user"))
            value(p.global.user);
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            p.showHelp = true;
        else if (arg == QLatin1String("--version"))
            p.showVersion = true;
        else if (arg.startsWith(QLatin1String("-")))
            p.error = QCoreApplication::translate("cc::cli", "Unknown option %1.").arg(arg);
        else
            break;
        if (!p.error.isEmpty())
            return p;
    }
    if (i < arguments.size()) {
        p.command = arguments.at(i);
        p.commandArgs = arguments.mid(i + 1);
    }
    return p;
}

void Application::installTranslators(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("cleanclaim"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int Application::runGui(const Parsed &parsed)
{
    QString path = parsed.global.dbPath.isEmpty() ? Database::defaultPath() : parsed.global.dbPath;
    const QString title = QCoreApplication::translate("cc::Application", "CleanClaim");

    for (;;) {
        // One window per practice file on this machine: a second copy would fight the first
        // over the same work. A practice on a server is made for many seats, and each window
        // is one more.
        const bool onServer = Database::isServerUrl(path);
        std::shared_ptr<QLockFile> lock;
        if (!onServer) {
            auto locked = InstanceLock::acquire(path);
            if (!locked) {
                QMessageBox box(QMessageBox::Warning, title, locked.error().userMessage);
                box.setDetailedText(locked.error().detail);
                box.exec();
                return locked.error().exitCode();
            }
            lock = std::move(locked).value();
        }

        const bool existed = onServer || QFileInfo::exists(path);
        auto opened = Workstation::open(path);
        // A server that asks for a password libpq did not find (PGPASSWORD, ~/.pgpass).
        QString refusal;
        while (!opened && Database::needsPassword(opened.error())) {
            bool ok = false;
            const QString label = refusal.isEmpty()
                    ? QCoreApplication::translate("cc::Application",
                                                  "The practice server %1 asks for your "
                                                  "password.").arg(path)
                    : refusal;
            const QString password = QInputDialog::getText(
                    nullptr, title, label, QLineEdit::Password, QString(), &ok);
            if (!ok)
                return 0;
            opened = Workstation::open(path, password);
            if (opened) {
                // This window's other connections (imports on a worker) find it as libpq
                // finds PGPASSWORD.
                qputenv("PGPASSWORD", password.toLocal8Bit());
            } else {
                refusal = QCoreApplication::translate("cc::Application",
                                                      "The server did not accept that password. "
                                                      "Type it again.");
            }
        }
        if (!opened) {
            QMessageBox box(QMessageBox::Critical, title, opened.error().userMessage);
            box.setDetailedText(opened.error().detail);
            box.exec();
            return opened.error().exitCode();
        }
        std::unique_ptr<Workstation> ws = std::move(opened).value();

        auto empty = ws->practice().isEmpty();
        if (!empty) {
            QMessageBox box(QMessageBox::Critical, title, empty.error().userMessage);
            box.setDetailedText(empty.error().detail);
            box.exec();
            return empty.error().exitCode();
        }
        if (empty.value()) {
            FirstRunDialog first(path);
            bool started = false;
            while (!started) {
                if (first.exec() != QDialog::Accepted) {
                    ws.reset();
                    if (!existed)
                        QFile::remove(path);
                    return 0;
                }
                if (first.choice() == FirstRunDialog::Choice::OpenFile)
                    break;
                QApplication::setOverrideCursor(Qt::WaitCursor);
                Result<void> made;
                if (first.choice() == FirstRunDialog::Choice::Demo) {
                    DemoBuilder::Options options;
                    options.encounters = first.demoEncounters();
                    auto built = ws->demo().build(options);
                    if (!built)
                        made = built.error();
                } else {
                    made = ws->practice().createEmptyPractice(first.emptyPractice());
                }
                QApplication::restoreOverrideCursor();
                if (!made) {
                    QMessageBox box(QMessageBox::Warning, title, made.error().userMessage);
                    box.setDetailedText(made.error().detail);
                    box.exec();
                    continue;
                }
                started = true;
            }
            if (!started) {
                ws.reset();
                if (!existed)
                    QFile::remove(path);
                path = first.otherFile();
                continue;
            }
        }

        auto practice = ws->practice().practice();
        const QString practiceName
                = practice && practice.value() ? practice.value()->name : QString();
        const bool isDemo = practice && practice.value() && practice.value()->isDemo;

        // Log in, work, log out: until the login is cancelled or the window closed.
        for (;;) {
            LoginDialog login(ws->auth(), practiceName, isDemo);
            if (login.exec() != QDialog::Accepted || !login.session())
                return 0;
            MainWindow window(*ws, *login.session());
            bool loggedOut = false;
            QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] {
                (void)ws->auth().logout(window.session());
                loggedOut = true;
                window.close();
            });
            window.show();
            const int code = qApp->exec();
            if (!loggedOut)
                return code;
        }
    }
}

} // namespace cc

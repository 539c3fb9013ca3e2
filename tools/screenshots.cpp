// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots from the real widgets on a fresh demo practice:
//   cc_screenshots OUTDIR [--lang es]
#include "coder/coderqueuewidget.h"
#include "common/logindialog.h"
#include "mainwindow.h"
#include "services/authservice.h"
#include "services/demobuilder.h"
#include "services/workstation.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: cc_screenshots OUTDIR [--lang es]\n";
        return 2;
    }
    const QDir out(args.at(1));
    QString suffix;
    if (args.size() > 3 && args.at(2) == QLatin1String("--lang")) {
        QLocale::setDefault(QLocale(args.at(3)));
        auto *t = new QTranslator(&app);
        if (t->load(QLocale(args.at(3)), QStringLiteral("cleanclaim"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(t);
        suffix = QStringLiteral("_") + args.at(3);
    }
    QTemporaryDir dir;
    auto ws = cc::Workstation::open(dir.filePath(QStringLiteral("shots.sqlite")));
    if (!ws)
        return 1;
    cc::DemoBuilder::Options o;
    o.encounters = 900;
    o.seed = 2026;
    if (!ws.value()->demo().build(o))
        return 1;

    auto save = [&](QWidget &w, const QString &name) {
        w.show();
        QApplication::processEvents();
        const QString file = out.filePath(name + suffix + QStringLiteral(".png"));
        if (!w.grab().save(file))
            err << "could not write " << file << '\n';
        else
            err << "wrote " << file << '\n';
    };
    {
        cc::LoginDialog login(ws.value()->auth(), QStringLiteral("Maple Grove Family Health (demo)"),
                              true);
        login.resize(460, 420);
        save(login, QStringLiteral("login"));
    }
    auto coder = ws.value()->auth().login(QStringLiteral("coder"), QStringLiteral("coder-demo"));
    if (!coder)
        return 1;
    cc::MainWindow window(*ws.value(), coder.value());
    window.resize(1440, 860);
    if (auto *table = window.findChild<QTableView *>(QStringLiteral("queueTable"))) {
        table->setCurrentIndex(table->model()->index(1, 0));
    }
    save(window, QStringLiteral("coder-queue"));
    return 0;
}

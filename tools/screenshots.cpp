// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots from the real widgets on a fresh demo practice:
//   cc_screenshots OUTDIR [--lang es]
#include "coder/coderqueuewidget.h"
#include "coder/coderworkspace.h"
#include "coder/codingpanel.h"
#include "common/codesearchbox.h"
#include "common/logindialog.h"
#include "mainwindow.h"
#include "itemmodels/handoffmodel.h"
#include "itemmodels/queuemodel.h"
#include "services/authservice.h"
#include "services/demobuilder.h"
#include "services/queryservice.h"
#include "services/workstation.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    auto login = [&](const char *user) {
        const QString name = QString::fromLatin1(user);
        return ws.value()->auth().login(name, name + QStringLiteral("-demo")).value();
    };
    {
        cc::LoginDialog dialog(ws.value()->auth(),
                               QStringLiteral("Maple Grove Family Health (demo)"), true);
        dialog.resize(460, 420);
        save(dialog, QStringLiteral("login"));
    }
    {
        cc::MainWindow window(*ws.value(), login("coder"));
        window.resize(1440, 860);
        auto *workspace = window.findChild<cc::CoderWorkspace *>();
        auto *table = window.findChild<QTableView *>(QStringLiteral("queueTable"));
        // Today's second encounter (the ankle sprain): returned work sits above today's.
        int row = 0, seen = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, int(cc::QueueModel::Column::State)).data().toString()
                        .startsWith(QLatin1String("Returned")))
                continue;
            if (++seen == 2) {
                row = r;
                break;
            }
        }
        table->setCurrentIndex(table->model()->index(row, 0));
        save(window, QStringLiteral("coder-queue"));

        // The coding panel on the ankle sprain with a glucose test on the superbill.
        workspace->openEncounter(table->currentIndex().data(Qt::UserRole + 1).toLongLong());
        auto *dx = workspace->panel()->findChild<cc::CodeSearchBox *>(QStringLiteral("dxSearch"));
        QTest::keyClicks(dx->lineEdit(), QStringLiteral("s93.401a"));
        QTest::keyClick(dx->lineEdit(), Qt::Key_Return);
        QTest::keyClicks(dx->lineEdit(), QStringLiteral("diab typ 2"));
        save(window, QStringLiteral("coding-panel"));
        // Send a query so that the provider has something in the inbox.
        const qint64 id = workspace->panel()->encounterId();
        (void)ws.value()->queries().send(
                login("coder"), id,
                {QStringLiteral("open-clinical-indication"),
                 QStringLiteral("A blood glucose test (82947) was ordered at this visit for a "
                                "right ankle sprain. Please document the clinical indication "
                                "for it, or state that it was not indicated."),
                 QStringLiteral("Orders: Glucose, blood (in-office)."),
                 {}});
    }
    {
        cc::MainWindow window(*ws.value(), login("provider"));
        window.resize(1440, 860);
        if (auto *inbox = window.findChild<QWidget *>(QStringLiteral("providerInbox"))) {
            if (auto *view = inbox->findChild<QAbstractItemView *>(QStringLiteral("inboxTable")))
                view->setCurrentIndex(view->model()->index(0, 0));
        }
        save(window, QStringLiteral("provider-inbox"));
    }
    {
        // The biller's Handoff view on the first encounter with an error finding.
        cc::MainWindow window(*ws.value(), login("biller"));
        window.resize(1440, 860);
        window.showWorkspace(QStringLiteral("handoff"));
        if (auto *table = window.findChild<QTableView *>(QStringLiteral("handoffTable"))) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QString found
                        = table->model()->index(r, int(cc::HandoffModel::Column::Findings)).data().toString();
                if (found.contains(QLatin1String("error"))) {
                    table->setCurrentIndex(table->model()->index(r, 0));
                    break;
                }
            }
        }
        save(window, QStringLiteral("handoff"));
    }
    {
        cc::MainWindow window(*ws.value(), login("manager"));
        window.resize(1440, 860);
        window.showWorkspace(QStringLiteral("handoffLog"));
        if (auto *view = window.findChild<QWidget *>(QStringLiteral("handoffLog"))
                                 ->findChild<QTableView *>())
            view->setCurrentIndex(view->model()->index(0, 0));
        save(window, QStringLiteral("handoff-log"));
        window.showWorkspace(QStringLiteral("payerRules"));
        save(window, QStringLiteral("payer-rules"));
    }
    {
        cc::MainWindow window(*ws.value(), login("admin"));
        window.resize(1440, 860);
        window.showWorkspace(QStringLiteral("codeSets"));
        save(window, QStringLiteral("code-sets"));
    }
    return 0;
}

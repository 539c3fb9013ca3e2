// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots from the real widgets on a fresh demo practice:
//   cc_screenshots OUTDIR [--lang es]
#include "biller/claimswidget.h"
#include "biller/submissionswidget.h"
#include "coder/coderqueuewidget.h"
#include "coder/coderworkspace.h"
#include "coder/codingpanel.h"
#include "common/codesearchbox.h"
#include "common/logindialog.h"
#include "mainwindow.h"
#include "itemmodels/ackmodel.h"
#include "itemmodels/batchclaimmodel.h"
#include "itemmodels/batchmodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/handoffmodel.h"
#include "itemmodels/queuemodel.h"
#include "print/cms1500.h"
#include "services/authservice.h"
#include "services/claimservice.h"
#include "services/demobuilder.h"
#include "services/handoffservice.h"
#include "services/queryservice.h"
#include "services/workstation.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
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
    {
        // The biller's Claims and Submissions, after the other shots so that theirs stay as
        // they were. First the work of a morning: the clean hand-offs waiting longest are
        // accepted and scrubbed, so that claims are ready to send.
        const cc::Session biller = login("biller");
        if (auto incoming = ws.value()->handoff().incoming(biller)) {
            int accepted = 0;
            for (const cc::HandoffItem &item : incoming.value()) {
                if (item.errorCount > 0 || item.warningCount > 0)
                    continue;
                if (ws.value()->handoff().accept(biller, item.summary.id, item.version)
                    && ++accepted == 6)
                    break;
            }
        }
        (void)ws.value()->claims().scrubClaims(biller);

        cc::MainWindow window(*ws.value(), biller);
        window.resize(1440, 860);

        // Claims: a draft the scrub stopped, with its error finding on the Findings tab.
        window.showWorkspace(QStringLiteral("claims"));
        if (auto *claims = window.findChild<cc::ClaimsWidget *>()) {
            claims->setStateFilter(cc::ClaimFilterProxy::Preset::Drafts);
            const auto *proxy = claims->proxy();
            for (int r = 0; r < proxy->rowCount(); ++r) {
                const QModelIndex source = proxy->mapToSource(proxy->index(r, 0));
                const cc::ClaimSummary *c = claims->model()->claimAt(source.row());
                if (c && c->errorCount > 0) {
                    claims->openClaim(c->id);
                    break;
                }
            }
            // Scrolled to box 22 so that the service lines the finding names are in sight.
            auto *scroll = claims->findChild<QScrollArea *>(QStringLiteral("claimScroll"));
            auto *box = claims->findChild<QWidget *>(QStringLiteral("claimGroup"));
            if (scroll && box && scroll->widget()) {
                window.show();
                // Word wrap settles the heights over more than one layout pass.
                for (int pass = 0; pass < 3; ++pass) {
                    QApplication::processEvents();
                    scroll->verticalScrollBar()->setValue(
                            box->mapTo(scroll->widget(), QPoint()).y() - 4);
                }
            }
        }
        save(window, QStringLiteral("claims"));

        // Submissions: the ready claims ticked, and the newest batch the clearinghouse
        // acknowledged with its claims and file; a 277CA that rejected claims; a rejection
        // with the payer's reason.
        window.showWorkspace(QStringLiteral("submissions"));
        if (auto *submissions = window.findChild<cc::SubmissionsWidget *>()) {
            submissions->showPage(cc::SubmissionsWidget::Page::Batches);
            submissions->readyModel()->setAllChecked(true);
            if (auto *batches = submissions->findChild<QTableView *>(QStringLiteral("batchTable"))) {
                const cc::BatchModel *model = submissions->batchModel();
                int row = model->rowCount() > 0 ? 0 : -1;
                for (int r = 0; r < model->rowCount(); ++r) {
                    if (model->batchAt(r) && model->batchAt(r)->status != QLatin1String("sent")) {
                        row = r;
                        break;
                    }
                }
                if (row >= 0)
                    batches->setCurrentIndex(model->index(row, 0));
            }
            save(window, QStringLiteral("submissions"));

            submissions->showPage(cc::SubmissionsWidget::Page::Acknowledgements);
            if (auto *acks = submissions->findChild<QTableView *>(QStringLiteral("ackTable"))) {
                const cc::AckModel *model = submissions->ackModel();
                int row = -1;
                for (int r = 0; r < model->rowCount(); ++r) {
                    const cc::AcknowledgementSummary *a = model->ackAt(r);
                    if (!a || !a->kind.contains(QLatin1String("277")))
                        continue;
                    if (row < 0)
                        row = r; // the newest 277CA, unless one of them rejected a claim
                    if (a->rejected > 0) {
                        row = r;
                        break;
                    }
                }
                if (row >= 0)
                    acks->setCurrentIndex(model->index(row, 0));
            }
            save(window, QStringLiteral("acknowledgements"));

            submissions->showPage(cc::SubmissionsWidget::Page::Rejections);
            if (auto *rejections
                = submissions->findChild<QTableView *>(QStringLiteral("rejectionTable"));
                rejections && rejections->model()->rowCount() > 0)
                rejections->setCurrentIndex(rejections->model()->index(0, 0));
            save(window, QStringLiteral("rejections"));
        }
    }
    {
        // Page 1 of the CMS-1500 of an accepted claim with the most service lines and
        // diagnoses that fit on one page.
        auto &claims = ws.value()->claims();
        qint64 best = 0;
        qsizetype bestScore = -1;
        if (auto accepted = claims.claims({cc::ClaimState::Accepted})) {
            for (const cc::ClaimSummary &c : accepted.value()) {
                if (c.payerName.isEmpty())
                    continue;
                auto record = claims.claim(c.id, false);
                if (!record)
                    continue;
                const qsizetype lines = record->document.lines.size();
                const qsizetype dx = record->document.diagnoses.size();
                if (lines > cc::cms1500::kLinesPerPage)
                    continue;
                if (lines + dx > bestScore) {
                    best = c.id;
                    bestScore = lines + dx;
                }
            }
        }
        auto record = claims.claim(best, false);
        if (!record) {
            err << "no claim for the CMS-1500\n";
        } else {
            cc::cms1500::Options options;
            options.signedOn = QDate::currentDate();
            const QImage page = cc::cms1500::preview(record->document, options, 0, 110);
            const QString file = out.filePath(QStringLiteral("cms1500") + suffix
                                              + QStringLiteral(".png"));
            if (page.isNull() || !page.save(file))
                err << "could not write " << file << '\n';
            else
                err << "wrote " << file << '\n';
        }
    }
    return 0;
}

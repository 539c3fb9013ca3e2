// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots from the real widgets on a fresh demo practice:
//   cc_screenshots OUTDIR [--lang es]
#include "biller/claimswidget.h"
#include "biller/denialswidget.h"
#include "biller/paymentswidget.h"
#include "biller/receivableswidget.h"
#include "biller/statementswidget.h"
#include "biller/submissionswidget.h"
#include "coder/coderqueuewidget.h"
#include "coder/coderworkspace.h"
#include "coder/codingpanel.h"
#include "coder/codingdenialswidget.h"
#include "common/codesearchbox.h"
#include "common/logindialog.h"
#include "mainwindow.h"
#include "manager/codingauditwidget.h"
#include "services/codingauditservice.h"
#include "manager/dashboardpdf.h"
#include "manager/dashboardwidget.h"
#include "itemmodels/ackmodel.h"
#include "itemmodels/batchclaimmodel.h"
#include "itemmodels/batchmodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/denialmodel.h"
#include "itemmodels/statementmodel.h"
#include "itemmodels/handoffmodel.h"
#include "itemmodels/queuemodel.h"
#include "print/cms1500.h"
#include "print/statementpdf.h"
#include "services/authservice.h"
#include "services/claimservice.h"
#include "services/demobuilder.h"
#include "services/handoffservice.h"
#include "services/queryservice.h"
#include "services/statementservice.h"
#include "services/submissionservice.h"
#include "services/workstation.h"
#include "x12/ackwriter.h"
#include "x12/remit835writer.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>
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
        // The denials traced to coding, beside the queue (issue 7 §3).
        if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("coderTabs"))) {
            workspace->showQueue();
            tabs->setCurrentIndex(1);
            if (auto *denials = window.findChild<cc::CodingDenialsWidget *>();
                denials && denials->table()->model()->rowCount() > 0)
                denials->table()->setCurrentIndex(denials->table()->model()->index(0, 0));
            save(window, QStringLiteral("coding-denials"));
            tabs->setCurrentIndex(0);
        }
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
        // The coding audit: the first recoded encounter with a disagreement, side by side,
        // then the accuracy per coder by month.
        window.showWorkspace(QStringLiteral("codingAudit"));
        if (auto *audit = window.findChild<cc::CodingAuditWidget *>()) {
            const cc::Session manager = login("manager");
            qint64 shown = 0;
            if (auto audits = ws.value()->codingAudits().audits(manager)) {
                for (const auto &a : audits.value()) {
                    auto items = ws.value()->codingAudits().items(manager, a.id);
                    if (!items)
                        continue;
                    for (const auto &i : items.value()) {
                        if (i.isDone() && i.agreedLines < i.auditedLines) {
                            shown = i.id;
                            break;
                        }
                    }
                    if (shown != 0)
                        break;
                }
            }
            if (shown != 0 && audit->showComparison(shown))
                save(window, QStringLiteral("coding-audit"));
            else
                err << "no recoded audit item with a disagreement in the demo\n";
            audit->showPage(cc::CodingAuditWidget::Page::Accuracy);
            audit->reloadAccuracy();
            save(window, QStringLiteral("coding-accuracy"));
        }
        // The dashboard on a small laptop's screen: the tiles and the first row of charts.
        window.resize(1280, 800);
        window.showWorkspace(QStringLiteral("dashboard"));
        save(window, QStringLiteral("dashboard"));
        // Page 1 of the dashboard's printed readout: the measures of the period.
        if (auto *dashboard = window.findChild<cc::DashboardWidget *>(); dashboard && dashboard->hasData()) {
            cc::dashboardpdf::Options options;
            options.practiceName = QStringLiteral("Maple Grove Family Health (demo)");
            options.printedOn = QDate::currentDate();
            const QImage page = cc::dashboardpdf::preview(dashboard->data(), options, 0, 110);
            const QString file = out.filePath(QStringLiteral("dashboard-readout") + suffix
                                              + QStringLiteral(".png"));
            if (page.isNull() || !page.save(file))
                err << "could not write " << file << '\n';
            else
                err << "wrote " << file << '\n';
        }
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

        // Payments: this week's ERA from the largest payer, previewed before posting: claims
        // paid with their adjustments and coinsurance, one denied, one not ours.
        window.showWorkspace(QStringLiteral("payments"));
        if (auto *payments = window.findChild<cc::PaymentsWidget *>()) {
            // This week's ready claims go out and the payer accepts them: they are what the
            // ERA answers.
            if (auto ready = ws.value()->claims().readyClaims()) {
                QList<qint64> ids;
                QList<cc::x12::ClaimReply> replies;
                for (const cc::ClaimSummary &c : ready.value()) {
                    ids.append(c.id);
                    replies.append({c.patientControlNumber, true,
                                    QStringLiteral("2611%1").arg(c.id, 6, 10, QLatin1Char('0'))});
                    if (ids.size() == 5)
                        break;
                }
                const QDateTime now = QDateTime::currentDateTime();
                if (!ids.isEmpty() && ws.value()->submissions().submit(biller, ids, now))
                    (void)ws.value()->submissions().importAck(
                            biller, QStringLiteral("week.277"), cc::x12::make277CA(replies, 9277),
                            now);
            }
            // The accepted claims of the payer with the most of them.
            QList<cc::ClaimRecord> unpaid;
            if (auto accepted = ws.value()->claims().claims({cc::ClaimState::Accepted})) {
                QHash<QString, QList<cc::ClaimRecord>> byPayer;
                for (const cc::ClaimSummary &c : accepted.value()) {
                    auto r = ws.value()->claims().claim(c.id, false);
                    if (r && !r->document.payer.id.isEmpty())
                        byPayer[r->document.payer.id].append(*r);
                }
                for (const QList<cc::ClaimRecord> &claims : std::as_const(byPayer)) {
                    if (claims.size() > unpaid.size())
                        unpaid = claims;
                }
                unpaid = unpaid.mid(0, 5);
            }
            cc::x12::RemitTransaction t;
            t.handling = "I";
            t.creditDebit = "C";
            t.paymentMethod = "ACH";
            t.paymentDate = QDate::currentDate();
            t.traceNumber = "EFT-88201457";
            t.originatorId = "1999999999";
            t.payeeIdQualifier = "XX";
            for (qsizetype i = 0; i < unpaid.size(); ++i) {
                const cc::ClaimRecord &r = unpaid.at(i);
                t.payerName = r.document.payer.name.toUpper().toLatin1();
                t.payerIdentifier = r.document.payer.id.toLatin1();
                t.payeeId = r.document.billingProvider.npi.toLatin1();
                cc::x12::RemitClaim c;
                c.id = r.summary.patientControlNumber.toLatin1();
                c.status = i == 2 ? "4" : "1";
                c.payerClaimNumber = "ICN26" + QByteArray::number(331000 + i);
                c.patientLastName = r.document.subscriber.lastName.toUpper().toLatin1();
                c.patientFirstName = r.document.subscriber.firstName.toUpper().toLatin1();
                for (qsizetype n = 0; n < r.lines.size(); ++n) {
                    const cc::ClaimLine &line = r.lines.at(n).line;
                    cc::x12::RemitServiceLine l;
                    l.qualifier = "HC";
                    l.code = line.code.toLatin1();
                    for (const QString &m : line.modifiers)
                        l.modifiers.append(m.toLatin1());
                    l.chargeCents = line.chargeCents;
                    l.serviceDate = line.serviceDate;
                    l.lineControlNumber = (r.summary.patientControlNumber + QLatin1Char('-')
                                           + QString::number(n + 1)).toLatin1();
                    if (c.status == "4") {
                        l.adjustments = {{"CO", "197", line.chargeCents, {}, 0}};
                        l.remarks = {"N54"};
                    } else {
                        const qint64 allowed = line.chargeCents * 7 / 10;
                        const qint64 coinsurance = allowed / 5;
                        l.allowedCents = allowed;
                        l.paidCents = allowed - coinsurance;
                        l.adjustments = {{"CO", "45", line.chargeCents - allowed, {}, 0},
                                         {"PR", "2", coinsurance, {}, 0}};
                    }
                    c.chargeCents += l.chargeCents;
                    c.paidCents += l.paidCents;
                    for (const cc::x12::RemitAdjustment &a : l.adjustments) {
                        if (a.group == "PR")
                            c.patientResponsibilityCents += a.amountCents;
                    }
                    c.lines.append(l);
                }
                t.paymentCents += c.paidCents;
                t.claims.append(c);
            }
            if (!t.claims.isEmpty()) {
                cc::x12::RemitClaim stranger = t.claims.first();
                stranger.id = "MRX-55120";
                stranger.payerClaimNumber = "ICN26339911";
                stranger.patientLastName = "HOLLOWAY";
                stranger.patientFirstName = "JUNE";
                for (cc::x12::RemitServiceLine &l : stranger.lines)
                    l.lineControlNumber.clear();
                t.paymentCents += stranger.paidCents;
                t.claims.append(stranger);
            }
            QTemporaryDir eraDir;
            const QString era = eraDir.filePath(QStringLiteral("weekly.835"));
            QFile eraFile(era);
            if (eraFile.open(QIODevice::WriteOnly)) {
                eraFile.write(cc::x12::write835({t}));
                eraFile.close();
            }
            payments->showPage(cc::PaymentsWidget::Page::Era);
            payments->openFile(era);
            if (auto *tree = payments->findChild<QTreeView *>(QStringLiteral("eraPreviewTree")))
                tree->expandAll();
            save(window, QStringLiteral("payments"));

            payments->showPage(cc::PaymentsWidget::Page::Unmatched);
            if (auto *unmatched = payments->findChild<QTableView *>(QStringLiteral("unmatchedTable"));
                unmatched && unmatched->model()->rowCount() > 0)
                unmatched->setCurrentIndex(unmatched->model()->index(0, 0));
            save(window, QStringLiteral("unmatched-era"));
            payments->showPage(cc::PaymentsWidget::Page::PaperEob);
            save(window, QStringLiteral("paper-eob"));
        }

        // Denials grouped by reason, the first one selected with its detail.
        window.showWorkspace(QStringLiteral("denials"));
        if (auto *denials = window.findChild<cc::DenialsWidget *>()) {
            const cc::DenialModel *model = denials->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                if (!model->isGroupRow(r)) {
                    denials->selectDenial(
                            model->index(r, 0).data(cc::DenialModel::DenialIdRole).toLongLong());
                    break;
                }
            }
            save(window, QStringLiteral("denials"));
        }

        // Statements: the patients who owe, with aging and dunning; the first selected.
        window.showWorkspace(QStringLiteral("statements"));
        if (auto *statements = window.findChild<cc::StatementsWidget *>()) {
            if (statements->model()->rowCount() > 0)
                statements->table()->setCurrentIndex(statements->model()->index(0, 1));
            save(window, QStringLiteral("statements"));
        }

        // A/R: aging by payer, then the follow-up list.
        window.showWorkspace(QStringLiteral("receivables"));
        if (auto *receivables = window.findChild<cc::ReceivablesWidget *>()) {
            receivables->showPage(cc::ReceivablesWidget::Page::ByPayer);
            save(window, QStringLiteral("ar-aging"));
            receivables->showPage(cc::ReceivablesWidget::Page::FollowUp);
            if (auto *follow = receivables->findChild<QTableView *>(QStringLiteral("followUpTable"));
                follow && follow->model()->rowCount() > 0)
                follow->setCurrentIndex(follow->model()->index(0, 0));
            save(window, QStringLiteral("follow-up"));
        }
    }
    {
        // Page 1 of the statement of the patient who owes the most.
        auto &statements = ws.value()->statements();
        qint64 patient = 0;
        qint64 most = 0;
        if (auto balances = statements.balances(QDate::currentDate())) {
            for (const cc::PatientBalance &p : balances.value()) {
                if (p.balanceCents > most) {
                    most = p.balanceCents;
                    patient = p.patientId;
                }
            }
        }
        auto docs = statements.preview({patient}, QDate::currentDate());
        const QImage page = docs && !docs->isEmpty()
                ? cc::statementpdf::preview(docs->first(), 0, 110)
                : QImage();
        const QString file = out.filePath(QStringLiteral("statement") + suffix
                                          + QStringLiteral(".png"));
        if (page.isNull() || !page.save(file))
            err << "could not write " << file << '\n';
        else
            err << "wrote " << file << '\n';
    }
    {
        // Page 1 of the CMS-1500 of a claim sent (accepted or paid since) with the most
        // service lines and diagnoses that fit on one page.
        auto &claims = ws.value()->claims();
        qint64 best = 0;
        qsizetype bestScore = -1;
        if (auto accepted = claims.claims({cc::ClaimState::Accepted, cc::ClaimState::Paid,
                                           cc::ClaimState::PartiallyPaid})) {
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

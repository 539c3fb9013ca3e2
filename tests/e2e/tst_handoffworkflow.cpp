// SPDX-License-Identifier: GPL-3.0-or-later
// The coder → biller handoff, end to end through the real widgets (issue 4): the coder codes
// the ankle sprain with its unsupported glucose test, sees the scrubber's error, hands off with
// a note; the biller returns it with a reason; the coder removes the glucose line and hands it
// off again; the biller accepts it and a draft claim is made. The handoff log keeps every step.
#include "biller/handoffwidget.h"
#include "coder/coderqueuewidget.h"
#include "coder/coderworkspace.h"
#include "coder/codingpanel.h"
#include "common/codesearchbox.h"
#include "itemmodels/handoffmodel.h"
#include "itemmodels/queuemodel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace cc;

class tst_HandoffWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void handOffReturnFixAccept();

private:
    QVariant scalar(const QString &sql) { return m_db->value(sql); }
    QString stateOf(qint64 id)
    {
        return scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id))
                .toString();
    }
    /// Moves the queue's current row to @p id with J, as a coder would.
    bool walkTo(CoderQueueWidget *queue, qint64 id)
    {
        auto *table = queue->findChild<QTableView *>(QStringLiteral("queueTable"));
        table->setFocus();
        for (int i = 0; i < 500 && queue->currentEncounterId() != id; ++i)
            QTest::keyClick(table, Qt::Key_J);
        return queue->currentEncounterId() == id;
    }
    /// Ticks every checklist item with the keyboard (arrows and Space).
    void tickChecklist(CodingPanel *panel)
    {
        auto *list = panel->findChild<QListWidget *>(QStringLiteral("checklist"));
        list->setFocus();
        list->setCurrentRow(0);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() != Qt::Checked)
                QTest::keyClick(list, Qt::Key_Space);
            QTest::keyClick(list, Qt::Key_Down);
        }
    }
    /// The checksList item of @p rule, or nullptr.
    static QListWidgetItem *ruleItem(CodingPanel *panel, const QString &rule)
    {
        auto *checks = panel->findChild<QListWidget *>(QStringLiteral("checksList"));
        for (int i = 0; i < checks->count(); ++i) {
            if (checks->item(i)->data(Qt::UserRole + 1).toString() == rule)
                return checks->item(i);
        }
        return nullptr;
    }
    std::unique_ptr<MainWindow> openWindow(Role role)
    {
        const Session session = m_db->login(role);
        auto window = std::make_unique<MainWindow>(m_db->ws(), session);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        window->activateWindow();
        return window;
    }
    /// Drives the modal ReturnDialog once it is up: reason @p key, details @p text, Return.
    /// Returns an empty string on success, otherwise what went wrong (the dialog is rejected
    /// then, so the test never hangs).
    static QString driveReturnDialog(const QString &key, const QString &text)
    {
        if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000))
            return QStringLiteral("no modal dialog appeared");
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return QStringLiteral("the modal widget is not a dialog");
        auto fail = [dialog](const QString &why) {
            dialog->reject();
            return why;
        };
        if (dialog->objectName() != QLatin1String("returnDialog"))
            return fail(QStringLiteral("unexpected modal dialog %1").arg(dialog->objectName()));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("returnReasonCombo"));
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("returnReasonText"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!combo || !edit || !buttons)
            return fail(QStringLiteral("the return dialog lacks its combo, text or buttons"));
        const int index = combo->findData(key);
        if (index < 0)
            return fail(QStringLiteral("reason %1 is not in the combo").arg(key));
        combo->setFocus();
        for (int i = 0; i < 20 && combo->currentIndex() != index; ++i)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        if (combo->currentData().toString() != key)
            return fail(QStringLiteral("could not choose %1 with the keyboard").arg(key));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        if (!ok || ok->text().remove(QLatin1Char('&')) != QLatin1String("Return"))
            return fail(QStringLiteral("no Return button"));
        QTest::mouseClick(ok, Qt::LeftButton);
        if (!QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000)) {
            const auto *problem = dialog->findChild<QLabel *>(QStringLiteral("returnProblem"));
            return fail(QStringLiteral("the dialog stayed open: %1")
                                .arg(problem ? problem->text() : QString()));
        }
        return {};
    }

    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_HandoffWorkflow::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(150, 17, QDate::currentDate()), qPrintable(m_db->errorText()));
}

void tst_HandoffWorkflow::cleanup()
{
    m_db.reset();
}

void tst_HandoffWorkflow::handOffReturnFixAccept()
{
    // Today's ankle sprain with a glucose test on the superbill, made by the demo.
    const qint64 id = scalar(QStringLiteral(
            "SELECT e.id FROM encounters e JOIN service_lines s ON s.encounter_id = e.id AND "
            "s.code = '82947' WHERE e.date_of_service = '%1' AND e.clinical_note LIKE '%%ankle%%' "
            "ORDER BY e.id LIMIT 1").arg(QDate::currentDate().toString(Qt::ISODate))).toLongLong();
    QVERIFY(id > 0);
    const QString coderNoteText
            = QStringLiteral("Glucose was ordered; asking billing whether it can go as is.");
    const QString returnText = QStringLiteral("82947 needs a supporting diagnosis or must go.");

    // --- 1. The coder codes it, sees the error and hands off with a note ---
    auto coderWindow = openWindow(Role::Coder);
    QVERIFY(coderWindow);
    auto *workspace = coderWindow->findChild<CoderWorkspace *>();
    QVERIFY(workspace);
    CoderQueueWidget *queue = workspace->queue();
    CodingPanel *panel = workspace->panel();
    QVERIFY(walkTo(queue, id));
    QTest::keyClick(queue->findChild<QTableView *>(QStringLiteral("queueTable")), Qt::Key_Return);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->encounterId(), id);

    auto *dxSearch = panel->findChild<CodeSearchBox *>(QStringLiteral("dxSearch"));
    QVERIFY(dxSearch);
    QTest::keyClicks(dxSearch->lineEdit(), QStringLiteral("s93.401a"));
    QTRY_VERIFY(dxSearch->results()->count() > 0);
    QTest::keyClick(dxSearch->lineEdit(), Qt::Key_Return);
    auto *dxList = panel->findChild<QListWidget *>(QStringLiteral("dxList"));
    QCOMPARE(dxList->count(), 1);
    QVERIFY(dxList->item(0)->text().contains(QStringLiteral("S93.401A")));
    auto *lines = panel->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    QVERIFY(lines);
    QStringList codes;
    for (int r = 0; r < lines->rowCount(); ++r) {
        codes.append(lines->item(r, 0)->text());
        QCOMPARE(lines->item(r, 3)->text(), QStringLiteral("A"));
    }
    QVERIFY2(codes.contains(QStringLiteral("99213")) && codes.contains(QStringLiteral("82947")),
             qPrintable(codes.join(QLatin1Char(' '))));
    // The warning is on screen before anything is marked.
    QListWidgetItem *warning = ruleItem(panel, QStringLiteral("dx-not-supporting"));
    QVERIFY(warning);
    QCOMPARE(warning->data(Qt::UserRole).toString(), QStringLiteral("error"));

    tickChecklist(panel);
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("coderNoteEdit"));
    auto *message = panel->findChild<QLabel *>(QStringLiteral("codingMessage"));
    auto *handOffButton = panel->findChild<QPushButton *>(QStringLiteral("handOffButton"));
    QVERIFY(note && message && handOffButton);
    QVERIFY(!handOffButton->isEnabled());
    note->setFocus();
    note->clear();
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); // Mark coded
    QCOMPARE(stateOf(id), QStringLiteral("coded"));
    // The scrubber found the error: the panel stays open with it listed.
    QVERIFY(panel->isVisible());
    warning = ruleItem(panel, QStringLiteral("dx-not-supporting"));
    QVERIFY(warning);
    QCOMPARE(warning->data(Qt::UserRole).toString(), QStringLiteral("error"));
    QVERIFY(handOffButton->isEnabled());

    // Handing off an error without a note is refused.
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stateOf(id), QStringLiteral("coded"));
    QVERIFY(panel->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("note")), qPrintable(message->text()));

    // With a note it goes.
    note->setFocus();
    QTest::keyClicks(note, coderNoteText);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(queue->isVisible());
    QCOMPARE(stateOf(id), QStringLiteral("handed_off"));
    coderWindow.reset();

    // --- 2. The biller sees the note and the error, and returns the work ---
    auto billerWindow = openWindow(Role::Biller);
    QVERIFY(billerWindow);
    billerWindow->showWorkspace(QStringLiteral("handoff"));
    auto *handoff = billerWindow->findChild<HandoffWidget *>(QStringLiteral("handoff"));
    QVERIFY(handoff);
    QTRY_VERIFY(handoff->isVisible());
    auto *handoffTable = handoff->findChild<QTableView *>(QStringLiteral("handoffTable"));
    QVERIFY(handoffTable);
    int row = handoff->model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(handoff->model()->itemAt(row)->note, coderNoteText);
    handoffTable->setFocus();
    handoffTable->setCurrentIndex(handoff->model()->index(row, 0));
    QCOMPARE(handoff->currentEncounterId(), id);
    auto *findings = handoff->findChild<QListWidget *>(QStringLiteral("handoffFindings"));
    QVERIFY(findings);
    bool errorListed = false;
    for (int i = 0; i < findings->count(); ++i) {
        const QListWidgetItem *f = findings->item(i);
        if (f->toolTip().contains(QStringLiteral("dx-not-supporting"))
            && f->text().startsWith(QStringLiteral("Error")))
            errorListed = true;
    }
    QVERIFY(errorListed);
    auto *acceptButton = handoff->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    auto *returnButton = handoff->findChild<QPushButton *>(QStringLiteral("returnButton"));
    QVERIFY(acceptButton && returnButton);
    QVERIFY(!acceptButton->isEnabled()); // an open error blocks the claim
    QVERIFY(returnButton->isEnabled());

    QString dialogProblem = QStringLiteral("not run");
    bool dialogDone = false;
    QTimer::singleShot(0, this, [&] {
        dialogProblem = driveReturnDialog(QStringLiteral("dx-not-supporting"), returnText);
        dialogDone = true;
    });
    QTest::mouseClick(returnButton, Qt::LeftButton);
    QTRY_VERIFY(dialogDone);
    QVERIFY2(dialogProblem.isEmpty(), qPrintable(dialogProblem));
    QTRY_COMPARE(stateOf(id), QStringLiteral("returned"));
    QVERIFY(scalar(QStringLiteral("SELECT return_reason FROM encounters WHERE id = %1").arg(id))
                    .toString()
                    .contains(returnText));
    QCOMPARE(handoff->model()->rowOf(id), -1);
    billerWindow.reset();

    // --- 3. The coder finds it at the top of the queue, removes the glucose line, hands off ---
    coderWindow = openWindow(Role::Coder);
    QVERIFY(coderWindow);
    workspace = coderWindow->findChild<CoderWorkspace *>();
    QVERIFY(workspace);
    queue = workspace->queue();
    panel = workspace->panel();
    QTRY_VERIFY(queue->proxy()->rowCount() > 0);
    // Returned work tops the queue. The demo returns some older work of its own, and returned
    // rows keep the queue's date order among themselves, so ours is in that leading block of
    // returned rows (the first row when it is the only returned one) rather than always row 0.
    auto stateText = [&](int r) {
        return queue->proxy()->index(r, int(QueueModel::Column::State)).data().toString();
    };
    int returnedRow = -1;
    for (int r = 0; r < queue->proxy()->rowCount(); ++r) {
        if (queue->proxy()->index(r, 0).data(QueueModel::IdRole).toLongLong() == id) {
            returnedRow = r;
            break;
        }
    }
    QVERIFY(returnedRow >= 0);
    for (int r = 0; r <= returnedRow; ++r)
        QVERIFY2(stateText(r).startsWith(QStringLiteral("Returned")), qPrintable(stateText(r)));
    // The reason is in the State cell's tooltip.
    const QString tip = queue->proxy()
                                ->index(returnedRow, int(QueueModel::Column::State))
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY2(tip.contains(returnText), qPrintable(tip));
    const int rowsAbove = returnedRow;
    qInfo("returned work tops the queue: our encounter is row %d, below %d other returned row(s)",
          returnedRow, rowsAbove);
    QVERIFY(walkTo(queue, id));
    QTest::keyClick(queue->findChild<QTableView *>(QStringLiteral("queueTable")), Qt::Key_Return);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->encounterId(), id);
    message = panel->findChild<QLabel *>(QStringLiteral("codingMessage"));
    QVERIFY2(message->text().contains(returnText), qPrintable(message->text()));

    lines = panel->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    int glucose = -1;
    for (int r = 0; r < lines->rowCount(); ++r) {
        if (lines->item(r, 0)->text() == QLatin1String("82947"))
            glucose = r;
    }
    QVERIFY(glucose >= 0);
    const int before = lines->rowCount();
    lines->setFocus();
    lines->setCurrentCell(glucose, 0);
    QTest::keyClick(lines, Qt::Key_Delete);
    QCOMPARE(lines->rowCount(), before - 1);
    QVERIFY(!ruleItem(panel, QStringLiteral("dx-not-supporting")));

    tickChecklist(panel);
    note = panel->findChild<QLineEdit *>(QStringLiteral("coderNoteEdit"));
    note->setFocus();
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); // Mark coded
    QTRY_VERIFY(stateOf(id) == QLatin1String("coded") || stateOf(id) == QLatin1String("handed_off"));
    if (stateOf(id) == QLatin1String("coded")) {
        // Something is left to look at (e.g. the unspecified sprain code): hand off by hand.
        QVERIFY(panel->isVisible());
        QVERIFY(!ruleItem(panel, QStringLiteral("dx-not-supporting")));
        qInfo("the scrubber still lists %d finding(s): handing off by hand",
              int(panel->findChild<QListWidget *>(QStringLiteral("checksList"))->count()));
        note->setFocus();
        if (note->text().trimmed().isEmpty())
            QTest::keyClicks(note, QStringLiteral("Glucose line removed as the biller asked."));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    }
    QTRY_VERIFY(queue->isVisible());
    QCOMPARE(stateOf(id), QStringLiteral("handed_off"));
    coderWindow.reset();

    // --- 4. The biller accepts: a draft claim with the one remaining line ---
    billerWindow = openWindow(Role::Biller);
    QVERIFY(billerWindow);
    billerWindow->showWorkspace(QStringLiteral("handoff"));
    handoff = billerWindow->findChild<HandoffWidget *>(QStringLiteral("handoff"));
    QVERIFY(handoff);
    QTRY_VERIFY(handoff->isVisible());
    handoffTable = handoff->findChild<QTableView *>(QStringLiteral("handoffTable"));
    row = handoff->model()->rowOf(id);
    QVERIFY(row >= 0);
    handoffTable->setFocus();
    handoffTable->setCurrentIndex(handoff->model()->index(row, 0));
    QCOMPARE(handoff->currentEncounterId(), id);
    acceptButton = handoff->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    QVERIFY(acceptButton->isEnabled()); // no open error any more
    QApplication::setActiveWindow(billerWindow.get());
    billerWindow->activateWindow();
    handoffTable->setFocus();
    QTest::keyClick(handoffTable, Qt::Key_Return, Qt::ControlModifier); // Accept
    QTRY_COMPARE(stateOf(id), QStringLiteral("accepted"));
    QCOMPARE(handoff->model()->rowOf(id), -1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM claims WHERE encounter_id = %1").arg(id))
                     .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(l.code, ' ') FROM claim_lines l JOIN "
                                   "claims c ON c.id = l.claim_id WHERE c.encounter_id = %1")
                            .arg(id))
                     .toString(),
             QStringLiteral("99213"));
    billerWindow.reset();

    // --- 5. The handoff log tells the story ---
    QSqlQuery q(QSqlDatabase::database(m_db->ws().database().connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT from_state, to_state, note, reason_code, findings_json "
                                  "FROM handoff_log WHERE encounter_id = %1 ORDER BY id")
                           .arg(id)));
    struct LogRow
    {
        QString from, to, note, reason, findings;
    };
    QList<LogRow> log;
    while (q.next())
        log.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    QStringList transitions;
    for (const LogRow &r : log)
        transitions.append(r.from + QLatin1Char('>') + r.to);
    const QString story = transitions.join(QLatin1Char(' '));
    const QStringList wanted{QStringLiteral("handed_off"), QStringLiteral("returned"),
                             QStringLiteral("handed_off"), QStringLiteral("accepted")};
    QList<int> at; // where each wanted transition is in the log
    for (int i = 0, w = 0; i < log.size() && w < wanted.size(); ++i) {
        if (log.at(i).to == wanted.at(w)) {
            at.append(i);
            ++w;
        }
    }
    QVERIFY2(at.size() == wanted.size(), qPrintable(story));
    // Each hand-off follows a Mark coded (new → coded the first time, as nothing was saved
    // as a draft before; returned → coded after the return).
    for (int w : {0, 2}) {
        QVERIFY2(at.at(w) > 0, qPrintable(story));
        QVERIFY2(log.at(at.at(w) - 1).to == QLatin1String("coded"), qPrintable(story));
    }
    QCOMPARE(log.at(at.at(2) - 1).from, QStringLiteral("returned"));
    QCOMPARE(log.at(at.at(0)).from, QStringLiteral("coded"));
    QCOMPARE(log.at(at.at(0)).note, coderNoteText);
    const LogRow &returned = log.at(at.at(1));
    QCOMPARE(returned.from, QStringLiteral("handed_off"));
    QCOMPARE(returned.reason, QStringLiteral("dx-not-supporting"));
    QCOMPARE(returned.note, returnText);
    QVERIFY2(returned.findings.contains(QStringLiteral("dx-not-supporting")),
             qPrintable(returned.findings));
    QCOMPARE(log.at(at.at(2)).from, QStringLiteral("coded"));
    QVERIFY2(!log.at(at.at(2)).findings.contains(QStringLiteral("dx-not-supporting")),
             qPrintable(log.at(at.at(2)).findings));
    QCOMPARE(log.at(at.at(3)).from, QStringLiteral("handed_off"));
    QCOMPARE(at.at(3), log.size() - 1); // accepted is the last word
}

QTEST_MAIN(tst_HandoffWorkflow)
#include "tst_handoffworkflow.moc"

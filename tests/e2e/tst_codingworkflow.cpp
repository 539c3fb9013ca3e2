// SPDX-License-Identifier: GPL-3.0-or-later
// The coder's day, end to end through the real widgets: open an encounter from the queue, code
// it by keyboard, send the provider a query, the provider answers in the inbox, the coder sees
// the answer, fixes the coding and marks it coded.
#include "coder/coderqueuewidget.h"
#include "coder/coderworkspace.h"
#include "coder/codingpanel.h"
#include "common/codesearchbox.h"
#include "itemmodels/queuemodel.h"
#include "mainwindow.h"
#include "services/templateservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
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
#include <QTextEdit>
#include <QTimer>

using namespace cc;

class tst_CodingWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void codeQueryAnswerAndMarkCoded();

private:
    QVariant scalar(const QString &sql)
    {
        return m_db->value(sql);
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
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_CodingWorkflow::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(150, 17, QDate::currentDate()), qPrintable(m_db->errorText()));
}

void tst_CodingWorkflow::cleanup()
{
    m_db.reset();
}

void tst_CodingWorkflow::codeQueryAnswerAndMarkCoded()
{
    // Today's ankle sprain with a glucose test on the superbill, made by the demo.
    const qint64 id = scalar(QStringLiteral(
            "SELECT e.id FROM encounters e JOIN service_lines s ON s.encounter_id = e.id AND "
            "s.code = '82947' WHERE e.date_of_service = '%1' AND e.clinical_note LIKE '%%ankle%%' "
            "ORDER BY e.id LIMIT 1").arg(QDate::currentDate().toString(Qt::ISODate))).toLongLong();
    QVERIFY(id > 0);
    const qint64 providerId
            = scalar(QStringLiteral("SELECT provider_id FROM encounters WHERE id = %1").arg(id))
                      .toLongLong();

    // --- The coder ---
    const Session coder = m_db->login(Role::Coder);
    auto coderWindow = std::make_unique<MainWindow>(m_db->ws(), coder);
    coderWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(coderWindow.get()));
    auto *workspace = coderWindow->findChild<CoderWorkspace *>();
    QVERIFY(workspace);
    CoderQueueWidget *queue = workspace->queue();
    CodingPanel *panel = workspace->panel();
    QVERIFY(walkTo(queue, id));
    QTest::keyClick(queue->findChild<QTableView *>(QStringLiteral("queueTable")), Qt::Key_Return);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->encounterId(), id);
    QVERIFY(panel->findChild<QTextBrowser *>(QStringLiteral("codingNote"))
                    ->toPlainText()
                    .contains(QStringLiteral("ankle")));

    // Type the diagnosis and choose it with Enter.
    auto *dxSearch = panel->findChild<CodeSearchBox *>(QStringLiteral("dxSearch"));
    QTest::keyClicks(dxSearch->lineEdit(), QStringLiteral("s93.401a"));
    QTRY_VERIFY(dxSearch->results()->count() > 0);
    QTest::keyClick(dxSearch->lineEdit(), Qt::Key_Return);
    auto *dxList = panel->findChild<QListWidget *>(QStringLiteral("dxList"));
    QCOMPARE(dxList->count(), 1);
    QVERIFY(dxList->item(0)->text().contains(QStringLiteral("S93.401A")));
    // The superbill lines now point to diagnosis A.
    auto *lines = panel->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    QVERIFY(lines->rowCount() >= 2);
    for (int r = 0; r < lines->rowCount(); ++r)
        QCOMPARE(lines->item(r, 3)->text(), QStringLiteral("A"));

    // The panel says why the glucose test will be denied, before any claim exists.
    auto hasRule = [&](const QString &rule) {
        auto *checks = panel->findChild<QListWidget *>(QStringLiteral("checksList"));
        for (int i = 0; i < checks->count(); ++i) {
            if (checks->item(i)->data(Qt::UserRole + 1).toString() == rule)
                return true;
        }
        return false;
    };
    QVERIFY(hasRule(QStringLiteral("dx-not-supporting")));

    // The glucose test is not supported by a sprain: ask the provider (Ctrl+Q).
    bool composerDriven = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("templateCombo"));
        QVERIFY(combo);
        combo->setFocus();
        const int index = combo->findData(QStringLiteral("open-clinical-indication"));
        QVERIFY(index >= 0);
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        auto *question = dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionEdit"));
        QVERIFY(question);
        question->setFocus();
        QTest::keyClick(question, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(question, QStringLiteral("A blood glucose test (82947) was ordered at "
                                                  "this visit. Please document the clinical "
                                                  "indication for it, or state that it was not "
                                                  "indicated."));
        auto *quote = dialog->findChild<QPlainTextEdit *>(QStringLiteral("quoteEdit"));
        QVERIFY(quote);
        quote->setFocus();
        QTest::keyClicks(quote, QStringLiteral("Orders: Glucose, blood (in-office)."));
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(quote, Qt::Key_Return, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return !dialog->isVisible(); })) {
            for (auto *l : dialog->findChildren<QLabel *>(QStringLiteral("messageText")))
                qWarning() << l->text();
            static_cast<QDialog *>(dialog)->reject(); // never leave the test hanging
        }
        composerDriven = true;
    });
    QTest::keyClick(panel, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(composerDriven);
    QTRY_VERIFY(queue->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("query_pending"));
    // The coding done so far was kept as a draft.
    QCOMPARE(scalar(QStringLiteral("SELECT code FROM encounter_diagnoses WHERE encounter_id = %1")
                            .arg(id))
                     .toString(),
             QStringLiteral("S93401A"));
    // It left the to-do list.
    for (int r = 0; r < queue->proxy()->rowCount(); ++r)
        QVERIFY(queue->proxy()->index(r, 0).data(QueueModel::IdRole).toLongLong() != id);
    coderWindow.reset();

    // --- The provider answers in the inbox ---
    const Session provider = m_db->login(Role::Provider);
    QCOMPARE(*provider.providerId, providerId);
    auto providerWindow = std::make_unique<MainWindow>(m_db->ws(), provider);
    providerWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(providerWindow.get()));
    QWidget *inbox = providerWindow->findChild<QWidget *>(QStringLiteral("providerInbox"));
    QVERIFY(inbox);
    auto *inboxTable = inbox->findChild<QAbstractItemView *>(QStringLiteral("inboxTable"));
    QTRY_COMPARE(inboxTable->model()->rowCount(), 1);
    inboxTable->setFocus();
    inboxTable->setCurrentIndex(inboxTable->model()->index(0, 0));
    auto *answer = inbox->findChild<QWidget *>(QStringLiteral("answerEdit"));
    QTRY_VERIFY(answer && answer->isVisible());
    answer->setFocus();
    QTest::keyClicks(answer, QStringLiteral("No indication: the glucose test was ordered in error."));
    auto *addendum = inbox->findChild<QWidget *>(QStringLiteral("addendumEdit"));
    addendum->setFocus();
    QTest::keyClicks(addendum, QStringLiteral("Glucose test cancelled; not clinically indicated."));
    QTest::mouseClick(inbox->findChild<QPushButton *>(QStringLiteral("sendAnswerButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id))
                         .toString(),
                 QStringLiteral("coding"));
    providerWindow.reset();

    // --- The coder sees the answer, removes the glucose line and marks the encounter coded ---
    coderWindow = std::make_unique<MainWindow>(m_db->ws(), coder);
    coderWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(coderWindow.get()));
    workspace = coderWindow->findChild<CoderWorkspace *>();
    queue = workspace->queue();
    panel = workspace->panel();
    int row = -1;
    for (int r = 0; r < queue->proxy()->rowCount(); ++r) {
        if (queue->proxy()->index(r, 0).data(QueueModel::IdRole).toLongLong() == id)
            row = r;
    }
    QVERIFY(row >= 0); // back in the to-do list
    QVERIFY(queue->proxy()
                    ->index(row, int(QueueModel::Column::State))
                    .data()
                    .toString()
                    .contains(QStringLiteral("answer received")));
    QVERIFY(walkTo(queue, id));
    QTest::keyClick(queue->findChild<QTableView *>(QStringLiteral("queueTable")), Qt::Key_Return);
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->findChild<QTextBrowser *>(QStringLiteral("queriesView"))
                    ->toPlainText()
                    .contains(QStringLiteral("ordered in error")));
    QVERIFY(panel->findChild<QTextBrowser *>(QStringLiteral("codingNote"))
                    ->toPlainText()
                    .contains(QStringLiteral("Glucose test cancelled")));
    QVERIFY(scalar(QStringLiteral("SELECT seen_by_coder_at IS NOT NULL FROM documentation_queries "
                                  "WHERE encounter_id = %1")
                           .arg(id))
                    .toBool());

    lines = panel->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    int glucose = -1;
    for (int r = 0; r < lines->rowCount(); ++r) {
        if (lines->item(r, 0)->text() == QLatin1String("82947"))
            glucose = r;
    }
    QVERIFY(glucose >= 0);
    lines->setFocus();
    lines->setCurrentCell(glucose, 0);
    QTest::keyClick(lines, Qt::Key_Delete);
    QCOMPARE(lines->rowCount(), 1);
    QVERIFY(!hasRule(QStringLiteral("dx-not-supporting")));

    // Mark coded is refused until the checklist's required items are ticked.
    QTest::keyClick(panel, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("coding"));
    tickChecklist(panel);
    auto *note = panel->findChild<QLineEdit *>(QStringLiteral("coderNoteEdit"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Glucose removed per provider's answer."));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("coded"));
    // The scrubber still has something to say (the sprain code is "unspecified"): the panel
    // stays open with the findings listed, and the coder hands off with the note.
    QVERIFY(panel->isVisible());
    QVERIFY(hasRule(QStringLiteral("unspecified-code")));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(queue->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("handed_off"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_lines WHERE encounter_id = %1")
                            .arg(id))
                     .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(from_state || '>' || to_state, ' ') FROM "
                                   "(SELECT * FROM handoff_log WHERE encounter_id = %1 ORDER BY id) AS t")
                            .arg(id))
                     .toString(),
             QStringLiteral("new>coding coding>query_pending query_pending>coding coding>coded "
                            "coded>handed_off"));
}

QTEST_MAIN(tst_CodingWorkflow)
#include "tst_codingworkflow.moc"

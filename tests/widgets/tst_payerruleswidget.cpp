// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/inlinemessage.h"
#include "manager/payerruleswidget.h"
#include "services/payerruleservice.h"
#include "services/practiceservice.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace cc;

class tst_PayerRulesWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void managerWritesARule();
    void wrongInputIsShownAndNothingWritten();
    void editsAndSeesAnotherSeatsSave();
    void deleteAsksFirst();
    void unsavedEditsAreNotDropped();
    void exportAndImport();
    void badImportChangesNothing();
    void coderReadsOnly();

private:
    template <typename T>
    T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    /// Clicks the button @p button of the next modal dialog once it shows. A dialog without
    /// that button is rejected, and the watch gives up after 5 s: a test never hangs.
    void answerNextModal(const QString &button)
    {
        m_answered = false;
        m_modalText.clear();
        delete m_watch; // one watch at a time: a stale one would answer the next dialog
        auto *timer = new QTimer(this);
        m_watch = timer;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, clock, button] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal && clock->elapsed() < 5000)
                return;
            timer->stop();
            timer->deleteLater();
            if (!modal)
                return;
            for (auto *label : modal->findChildren<QLabel *>())
                m_modalText += label->text() + QLatin1Char('\n');
            if (auto *b = modal->findChild<QPushButton *>(button)) {
                m_answered = true;
                QTest::mouseClick(b, Qt::LeftButton);
            }
            if (modal->isVisible()) {
                if (auto *d = qobject_cast<QDialog *>(modal))
                    d->reject();
            }
        });
        timer->start();
    }
    /// Moves @p combo with the keyboard to the entry whose text contains @p text.
    static bool chooseWithKeys(QComboBox *combo, const QString &text)
    {
        combo->setFocus();
        const int target = combo->findText(text, Qt::MatchContains);
        if (target < 0)
            return false;
        while (combo->currentIndex() != target)
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        return true;
    }
    static void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Delete);
        else
            QTest::keyClicks(field, text);
    }
    PayerRule savedRule(const QString &name, const QString &code, qint64 payerId = 0)
    {
        PayerRule r;
        r.name = name;
        r.payerId = payerId;
        r.codes = {code};
        r.message = QStringLiteral("Check %1.").arg(code);
        auto saved = m_rules->save(m_manager, r);
        if (!saved)
            qWarning() << saved.error().userMessage;
        return saved ? saved.value() : PayerRule();
    }
    qint64 ruleCount()
    {
        return m_db->value(QStringLiteral("SELECT count(*) FROM payer_rules")).toLongLong();
    }
    QString messageText(QWidget &w, const char *name)
    {
        auto *m = w.findChild<InlineMessage *>(QString::fromLatin1(name));
        return m && m->isVisible() ? m->text() : QString();
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PayerRuleService> m_rules;
    Session m_manager;
    QPointer<QTimer> m_watch;
    bool m_answered = false;
    QString m_modalText;
};

void tst_PayerRulesWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(8, 3), qPrintable(m_db->errorText()));
    // The demo writes payer rules of its own; these tests start from none.
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_rules = std::make_unique<PayerRuleService>(m_db->ws().database(), m_db->ws().audit());
    m_manager = m_db->login(Role::Manager);
    QVERIFY(m_manager.userId > 0);
}

void tst_PayerRulesWidget::cleanup()
{
    delete m_watch;
    m_rules.reset();
    m_db.reset();
}

void tst_PayerRulesWidget::managerWritesARule()
{
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    QAbstractItemModelTester tester(
        w.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.resize(1180, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.proxy()->rowCount(), 0);
    QVERIFY(child<QLabel>(w, "ruleEmpty")->isVisible());

    auto *name = child<QLineEdit>(w, "ruleName");
    // A button's shortcut "animates" the click: it lands after a moment.
    QSignalSpy newClicked(child<QPushButton>(w, "newRuleButton"), &QPushButton::clicked);
    QTest::keyClick(name, Qt::Key_N, Qt::ControlModifier); // New (Ctrl+N)
    QTRY_COMPARE(newClicked.size(), 1);
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Summit knee MRI"));
    auto *payer = child<QComboBox>(w, "rulePayer");
    QCOMPARE(payer->itemText(0), QStringLiteral("Any payer"));
    QVERIFY(chooseWithKeys(payer, QStringLiteral("Summit")));
    typeInto(child<QLineEdit>(w, "ruleCodes"), QStringLiteral("73721"));
    QVERIFY(chooseWithKeys(child<QComboBox>(w, "ruleAction"), QStringLiteral("prior auth")));
    typeInto(child<QPlainTextEdit>(w, "ruleMessage"),
        QStringLiteral("Summit requires a prior authorization for knee MRI."));
    typeInto(child<QPlainTextEdit>(w, "ruleFix"),
        QStringLiteral("Ask the ordering office for the authorization number."));

    // The sentence follows the typing.
    QCOMPARE(child<QLabel>(w, "rulePreview")->text(),
        QStringLiteral("For Summit Health Plan, 73721 needs a prior authorization active on "
                       "the date of service."));
    QVERIFY(child<QLabel>(w, "ruleTitle")->text().contains(QStringLiteral("not saved")));
    QVERIFY(w.hasUnsavedChanges());

    QSignalSpy status(&w, &PayerRulesWidget::statusMessageRequested);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier); // Save (Ctrl+S)
    QTRY_COMPARE(ruleCount(), 1);
    QCOMPARE(status.size(), 1);
    QVERIFY(!w.hasUnsavedChanges());

    // In the database, as the scrubber reads it.
    auto all = m_rules->rules(m_manager);
    QVERIFY(all.ok());
    const PayerRule &r = all->constFirst();
    QCOMPARE(r.name, QStringLiteral("Summit knee MRI"));
    QCOMPARE(r.payerId, 4);
    QCOMPARE(r.codes, QStringList {QStringLiteral("73721")});
    QCOMPARE(r.action, PayerRule::Action::Authorization);
    QCOMPARE(r.fix, QStringLiteral("Ask the ordering office for the authorization number."));
    QVERIFY(r.active);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'payer_rule.create'"))
                 .toInt(),
        1);

    // In the list, selected.
    QCOMPARE(w.proxy()->rowCount(), 1);
    auto *table = child<QTableView>(w, "ruleTable");
    QVERIFY(table->isVisible());
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(PayerRulesWidget::NameColumn).data().toString(), r.name);
    QCOMPARE(current.siblingAtColumn(PayerRulesWidget::PayerColumn).data().toString(),
        QStringLiteral("Summit Health Plan"));
    QCOMPARE(current.siblingAtColumn(PayerRulesWidget::CodesColumn).data().toString(),
        QStringLiteral("73721"));
    QCOMPARE(current.siblingAtColumn(PayerRulesWidget::ActionColumn).data().toString(),
        QStringLiteral("Prior auth (error)"));
    QCOMPARE(current.siblingAtColumn(PayerRulesWidget::ActiveColumn).data().toString(),
        QStringLiteral("Yes"));
    QVERIFY(messageText(w, "ruleFeedback").contains(QStringLiteral("Saved “Summit knee MRI”")));
    QCOMPARE(child<QLabel>(w, "ruleTitle")->text(), QStringLiteral("Rule “Summit knee MRI”"));

    // A second rule with conditions, to show a full list in the screenshot.
    QTest::mouseClick(child<QPushButton>(w, "newRuleButton"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(w, "ruleName")->text().isEmpty());
    typeInto(name, QStringLiteral("E/M on a procedure day needs 25"));
    typeInto(child<QLineEdit>(w, "ruleCodes"), QStringLiteral("9921* 99381-99387"));
    typeInto(child<QLineEdit>(w, "ruleModifiersAbsent"), QStringLiteral("25"));
    typeInto(child<QLineEdit>(w, "rulePlaceOfService"), QStringLiteral("11"));
    typeInto(child<QSpinBox>(w, "ruleMinAge"), QStringLiteral("18"));
    QCOMPARE(child<QSpinBox>(w, "ruleMinAge")->value(), 18);
    QVERIFY(chooseWithKeys(child<QComboBox>(w, "ruleSeverity"), QStringLiteral("Warning")));
    typeInto(child<QPlainTextEdit>(w, "ruleMessage"),
        QStringLiteral("An E/M billed with a procedure usually needs modifier 25."));
    QVERIFY(child<QLabel>(w, "rulePreview")
                ->text()
                .startsWith(QStringLiteral("For every payer, any code starting with 9921 or "
                                           "any code from 99381 to 99387 raises a warning "
                                           "when the line does not carry modifier 25, the "
                                           "place of service is 11 and the patient is 18 or "
                                           "older")));
    QTest::mouseClick(child<QPushButton>(w, "saveRuleButton"), Qt::LeftButton);
    QCOMPARE(ruleCount(), 2);
    QCOMPARE(w.proxy()->rowCount(), 2);
    QCOMPARE(table->currentIndex().siblingAtColumn(PayerRulesWidget::WhenColumn).data().toString(),
        QStringLiteral("without 25 · POS 11 · age 18+"));

    // The sentence is shown whole once the layout has settled.
    auto *preview = child<QLabel>(w, "rulePreview");
    QTRY_VERIFY(preview->height() >= preview->heightForWidth(preview->width())
        && preview->parentWidget()->height()
            >= preview->parentWidget()->minimumSizeHint().height());
    if (!w.grab().save(QStringLiteral("/tmp/payerrules.png")))
        qWarning("could not save the screenshot");
}

void tst_PayerRulesWidget::wrongInputIsShownAndNothingWritten()
{
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    w.resize(1180, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    typeInto(child<QLineEdit>(w, "ruleCodes"), QStringLiteral("E11.9, 9711-97140"));
    typeInto(child<QLineEdit>(w, "ruleModifiersPresent"), QStringLiteral("LTX"));
    typeInto(child<QSpinBox>(w, "ruleMinAge"), QStringLiteral("70"));
    typeInto(child<QSpinBox>(w, "ruleMaxAge"), QStringLiteral("20"));
    QCOMPARE(child<QSpinBox>(w, "ruleMaxAge")->value(), 20);
    // Nothing is said before the first Save: no red while the manager is still typing.
    QVERIFY(!child<QLabel>(w, "codesProblem")->isVisible());

    QTest::mouseClick(child<QPushButton>(w, "saveRuleButton"), Qt::LeftButton);
    QCOMPARE(ruleCount(), 0);
    const QString feedback = messageText(w, "ruleFeedback");
    QVERIFY2(feedback.contains(QStringLiteral("Not saved")), qPrintable(feedback));
    auto *codes = child<QLabel>(w, "codesProblem");
    QVERIFY(codes->isVisible());
    QVERIFY2(
        codes->text().contains(QStringLiteral("“E11.9” is not a code")), qPrintable(codes->text()));
    QVERIFY(codes->text().contains(QStringLiteral("different lengths")));
    QVERIFY(child<QLabel>(w, "nameProblem")->isVisible());
    QVERIFY(child<QLabel>(w, "messageProblem")->isVisible());
    QVERIFY(child<QLabel>(w, "modifiersPresentProblem")->text().contains(QStringLiteral("LTX")));
    QVERIFY(child<QLabel>(w, "maxAgeProblem")->text().contains(QStringLiteral("backwards")));
    QVERIFY(!child<QLabel>(w, "placeOfServiceProblem")->isVisible());
    // The cursor goes to the first problem.
    QTRY_VERIFY(child<QLineEdit>(w, "ruleName")->hasFocus());
    auto *preview = child<QLabel>(w, "rulePreview");
    QTRY_VERIFY(
        preview->parentWidget()->height() >= preview->parentWidget()->minimumSizeHint().height());
    w.grab().save(QStringLiteral("/tmp/payerrules_problems.png"));

    // Problems leave as they are fixed.
    typeInto(child<QLineEdit>(w, "ruleCodes"), QStringLiteral("97110-97140"));
    QVERIFY(!codes->isVisible());
    QVERIFY(child<QLabel>(w, "nameProblem")->isVisible());
    typeInto(child<QLineEdit>(w, "ruleName"), QStringLiteral("Therapy"));
    typeInto(child<QLineEdit>(w, "ruleModifiersPresent"), QStringLiteral("GP"));
    typeInto(child<QSpinBox>(w, "ruleMaxAge"), QStringLiteral("90"));
    typeInto(child<QPlainTextEdit>(w, "ruleMessage"), QStringLiteral("Therapy needs GP."));
    QVERIFY(!child<QLabel>(w, "nameProblem")->isVisible());
    QVERIFY(!child<QLabel>(w, "maxAgeProblem")->isVisible());
    QVERIFY(messageText(w, "ruleFeedback").isEmpty());
    QTest::mouseClick(child<QPushButton>(w, "saveRuleButton"), Qt::LeftButton);
    QCOMPARE(ruleCount(), 1);

    // A name already taken is refused by the service and said in the form.
    QTest::mouseClick(child<QPushButton>(w, "newRuleButton"), Qt::LeftButton);
    typeInto(child<QLineEdit>(w, "ruleName"), QStringLiteral("THERAPY"));
    typeInto(child<QPlainTextEdit>(w, "ruleMessage"), QStringLiteral("Again."));
    QTest::mouseClick(child<QPushButton>(w, "saveRuleButton"), Qt::LeftButton);
    QCOMPARE(ruleCount(), 1);
    QVERIFY(messageText(w, "ruleFeedback").contains(QStringLiteral("already named")));
}

void tst_PayerRulesWidget::editsAndSeesAnotherSeatsSave()
{
    const PayerRule first = savedRule(QStringLiteral("Echo"), QStringLiteral("93306"), 3);
    QVERIFY(first.id > 0);
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    w.resize(1180, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.selectRule(first.id));
    QCOMPARE(child<QLineEdit>(w, "ruleCodes")->text(), QStringLiteral("93306"));
    QCOMPARE(
        child<QComboBox>(w, "rulePayer")->currentText(), QStringLiteral("Lakeshore Blue Cross"));

    auto *active = child<QCheckBox>(w, "ruleActive");
    active->setFocus();
    QTest::keyClick(active, Qt::Key_Space);
    QVERIFY(!active->isChecked());
    QVERIFY(child<QLabel>(w, "rulePreview")->text().startsWith(QStringLiteral("Inactive")));
    QVERIFY(child<QPushButton>(w, "revertRuleButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(w, "saveRuleButton"), Qt::LeftButton);
    QCOMPARE(
        m_db->value(QStringLiteral("SELECT active || '/' || version FROM payer_rules")).toString(),
        QStringLiteral("0/2"));
    QCOMPARE(child<QTableView>(w, "ruleTable")
                 ->currentIndex()
                 .siblingAtColumn(PayerRulesWidget::ActiveColumn)
                 .data()
                 .toString(),
        QStringLiteral("No"));

    // Another seat saves the same rule; this seat's next save is refused, not written over it.
    auto theirs = m_rules->rule(m_manager, first.id);
    QVERIFY(theirs.ok() && theirs.value());
    PayerRule other = *theirs.value();
    other.message = QStringLiteral("Theirs.");
    test::TestDatabase *db = m_db.get();
    {
        PayerRuleService otherSeat(db->ws().database(), db->ws().audit());
        QVERIFY(otherSeat.save(m_manager, other).ok());
    }
    typeInto(child<QPlainTextEdit>(w, "ruleMessage"), QStringLiteral("Mine."));
    QTest::mouseClick(child<QPushButton>(w, "saveRuleButton"), Qt::LeftButton);
    QVERIFY2(messageText(w, "ruleFeedback").contains(QStringLiteral("Another seat saved")),
        qPrintable(messageText(w, "ruleFeedback")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT message FROM payer_rules")).toString(),
        QStringLiteral("Theirs."));
    QCOMPARE(child<QPlainTextEdit>(w, "ruleMessage")->toPlainText(), QStringLiteral("Mine."));
    // Revert shows their version.
    QTest::mouseClick(child<QPushButton>(w, "revertRuleButton"), Qt::LeftButton);
    QCOMPARE(child<QPlainTextEdit>(w, "ruleMessage")->toPlainText(), QStringLiteral("Theirs."));
    QVERIFY(!w.hasUnsavedChanges());
    QCOMPARE(w.formRule().version, 3);
}

void tst_PayerRulesWidget::deleteAsksFirst()
{
    const PayerRule a = savedRule(QStringLiteral("A rule"), QStringLiteral("20610"));
    const PayerRule b = savedRule(QStringLiteral("B rule"), QStringLiteral("93306"));
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    w.resize(1180, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *table = child<QTableView>(w, "ruleTable");
    QVERIFY(w.selectRule(a.id));

    // Cancel keeps it.
    answerNextModal(QStringLiteral("cancelDeleteButton"));
    QTest::mouseClick(child<QPushButton>(w, "deleteRuleButton"), Qt::LeftButton);
    QVERIFY(m_answered);
    QVERIFY2(m_modalText.contains(QStringLiteral("Delete the payer rule “A rule”?")),
        qPrintable(m_modalText));
    QCOMPARE(ruleCount(), 2);

    // Del in the list, confirmed, removes it; the next rule takes its place.
    QApplication::setActiveWindow(&w); // back from the dialog
    QVERIFY(QTest::qWaitForWindowActive(&w));
    table->setFocus();
    answerNextModal(QStringLiteral("confirmDeleteButton"));
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(m_answered);
    QCOMPARE(ruleCount(), 1);
    QCOMPARE(w.proxy()->rowCount(), 1);
    QCOMPARE(w.formRule().id, b.id);
    QVERIFY(messageText(w, "ruleListFeedback")
                .contains(QStringLiteral("Deleted the payer rule "
                                         "“A rule”")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'payer_rule.remove'"))
                 .toInt(),
        1);
}

void tst_PayerRulesWidget::unsavedEditsAreNotDropped()
{
    const PayerRule a = savedRule(QStringLiteral("A rule"), QStringLiteral("20610"));
    const PayerRule b = savedRule(QStringLiteral("B rule"), QStringLiteral("93306"));
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    w.resize(1180, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *table = child<QTableView>(w, "ruleTable");
    QVERIFY(w.selectRule(a.id));
    typeInto(child<QLineEdit>(w, "ruleCodes"), QStringLiteral("20610 20611"));

    // Back to the form: the edit and the selection stay.
    answerNextModal(QStringLiteral("backToFormButton"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(m_answered);
    QTRY_COMPARE(table->currentIndex().data(PayerRulesWidget::RuleIdRole).toLongLong(), a.id);
    QCOMPARE(child<QLineEdit>(w, "ruleCodes")->text(), QStringLiteral("20610 20611"));
    QVERIFY(w.hasUnsavedChanges());

    // Save: the edit is written, then the other rule opens.
    answerNextModal(QStringLiteral("saveChangesButton"));
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(m_answered);
    QTRY_COMPARE(w.formRule().id, b.id);
    QCOMPARE(m_db->value(QStringLiteral("SELECT codes FROM payer_rules WHERE id = %1").arg(a.id))
                 .toString(),
        QStringLiteral("20610 20611"));

    // Discard: the edit is dropped.
    typeInto(child<QLineEdit>(w, "ruleCodes"), QStringLiteral("99999"));
    answerNextModal(QStringLiteral("discardChangesButton"));
    QTest::mouseClick(child<QPushButton>(w, "newRuleButton"), Qt::LeftButton);
    QVERIFY(m_answered);
    QCOMPARE(w.formRule().id, 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT codes FROM payer_rules WHERE id = %1").arg(b.id))
                 .toString(),
        QStringLiteral("93306"));
}

void tst_PayerRulesWidget::exportAndImport()
{
    savedRule(QStringLiteral("Summit knee MRI"), QStringLiteral("73721"), 4);
    savedRule(QStringLiteral("Any payer echo"), QStringLiteral("93306"));
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    w.resize(1180, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = m_db->dir() + QStringLiteral("/rules.json");
    QVERIFY(w.exportTo(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(messageText(w, "ruleListFeedback").contains(QStringLiteral("Exported 2 rule")));

    // Change one, remove the other, then bring the file back.
    auto all = m_rules->rules(m_manager);
    QVERIFY(all.ok());
    QVERIFY(m_rules->remove(m_manager, all->at(0).id).ok());
    PayerRule changed = all->at(1);
    changed.message = QStringLiteral("Changed.");
    QVERIFY(m_rules->save(m_manager, changed).ok());
    QTRY_COMPARE(w.proxy()->rowCount(), 1); // the list follows the service

    // Cancel at the preview imports nothing.
    answerNextModal(QStringLiteral("cancelImportButton"));
    QVERIFY(!w.importFrom(path));
    QVERIFY(m_answered);
    QVERIFY2(
        m_modalText.contains(QStringLiteral("1 rule(s) will be added")), qPrintable(m_modalText));
    QVERIFY(m_modalText.contains(QStringLiteral("1 rule(s) will replace")));
    QCOMPARE(ruleCount(), 1);

    answerNextModal(QStringLiteral("confirmImportButton"));
    QVERIFY(w.importFrom(path));
    QVERIFY(m_answered);
    QCOMPARE(ruleCount(), 2);
    QCOMPARE(w.proxy()->rowCount(), 2);
    QVERIFY(messageText(w, "ruleListFeedback").contains(QStringLiteral("1 added, 1 replaced")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT message FROM payer_rules WHERE name = "
                                        "'Summit knee MRI'"))
                 .toString(),
        QStringLiteral("Check 73721."));
}

void tst_PayerRulesWidget::badImportChangesNothing()
{
    savedRule(QStringLiteral("Kept"), QStringLiteral("73721"), 4);
    PayerRulesWidget w(m_manager, *m_rules, m_db->ws().practice());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = m_db->dir() + QStringLiteral("/bad.json");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "cleanclaim-payer-rules", "version": 1, "rules": [
            {"name": "New", "codes": ["73722"], "message": "m."},
            {"name": "Bad", "payer": {"id": "NOPE1"}, "codes": ["7372"], "message": "m."}]})");
    }
    // No confirmation is asked: the file is refused before.
    QVERIFY(!w.importFrom(path));
    const QString text = messageText(w, "ruleListFeedback");
    QVERIFY2(text.contains(QStringLiteral("rules[1].payer")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(ruleCount(), 1);
    QCOMPARE(w.proxy()->rowCount(), 1);
}

void tst_PayerRulesWidget::coderReadsOnly()
{
    savedRule(QStringLiteral("Summit knee MRI"), QStringLiteral("73721"), 4);
    PayerRulesWidget w(m_db->login(Role::Coder), *m_rules, m_db->ws().practice());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.proxy()->rowCount(), 1);
    QVERIFY(!child<QPushButton>(w, "saveRuleButton")->isEnabled());
    QVERIFY(!child<QPushButton>(w, "importRulesButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(w, "ruleName")->isEnabled());
    QVERIFY(messageText(w, "ruleFeedback").contains(QStringLiteral("You may read")));
    QVERIFY(!w.save());
    QCOMPARE(ruleCount(), 1);
}

QTEST_MAIN(tst_PayerRulesWidget)
#include "tst_payerruleswidget.moc"

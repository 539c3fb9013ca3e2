// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/templateswidget.h"
#include "services/templateservice.h"
#include "testdatabase.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace cc;

namespace {
const auto kDiabetes = QStringLiteral("mc-diabetes-type");
} // namespace

class tst_TemplatesWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsEveryShippedTemplate();
    void refusesAQueryWithoutUndetermined();
    void savesAValidEditAndResets();
    void checklistPreviewMarksRequiredItems();

private:
    /// Clicks the template's row in the list, as a manager would.
    void open(TemplatesWidget &w, TemplateService::Kind kind, const QString &key);
    QTreeWidgetItem *item(TemplatesWidget &w, const QString &key);
    QPair<QString, bool> content(TemplateService::Kind kind, const QString &key)
    {
        auto r = m_db->ws().templates().content(kind, key);
        return r ? r.value() : QPair<QString, bool>();
    }
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_TemplatesWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(40, 3), qPrintable(m_db->errorText()));
}

void tst_TemplatesWidget::cleanup()
{
    m_db.reset();
}

QTreeWidgetItem *tst_TemplatesWidget::item(TemplatesWidget &w, const QString &key)
{
    auto *list = w.findChild<QTreeWidget *>(QStringLiteral("templateList"));
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole + 2).toString() == key)
            return *it;
    }
    return nullptr;
}

void tst_TemplatesWidget::open(TemplatesWidget &w, TemplateService::Kind kind, const QString &key)
{
    auto *list = w.findChild<QTreeWidget *>(QStringLiteral("templateList"));
    QTreeWidgetItem *row = item(w, key);
    QVERIFY(row);
    list->scrollToItem(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QVERIFY(w.currentTemplate());
    QCOMPARE(w.currentTemplate()->first, kind);
    QCOMPARE(w.currentTemplate()->second, key);
}

void tst_TemplatesWidget::listsEveryShippedTemplate()
{
    TemplatesWidget w(m_db->login(Role::Manager), m_db->ws().templates());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList queries = TemplateService::shippedKeys(TemplateService::Kind::Query);
    const QStringList checklists = TemplateService::shippedKeys(TemplateService::Kind::Checklist);
    QVERIFY(queries.contains(kDiabetes));
    QVERIFY(checklists.contains(QStringLiteral("cardiology")));
    for (const QString &key : queries + checklists) {
        QTreeWidgetItem *row = item(w, key);
        QVERIFY2(row, qPrintable(key));
        QVERIFY(!row->text(1).contains(QStringLiteral("(edited)")));
    }
    // The first query opens with its JSON and a preview.
    QVERIFY(w.currentTemplate());
    QVERIFY(!w.findChild<QPlainTextEdit *>(QStringLiteral("templateEditor"))
                     ->toPlainText()
                     .isEmpty());
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("saveTemplateButton"))->isEnabled());
}

void tst_TemplatesWidget::refusesAQueryWithoutUndetermined()
{
    const auto before = content(TemplateService::Kind::Query, kDiabetes);
    QVERIFY(before.first.contains(QStringLiteral("Clinically undetermined")));
    TemplatesWidget w(m_db->login(Role::Manager), m_db->ws().templates());
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    open(w, TemplateService::Kind::Query, kDiabetes);

    // Select the option in the editor and delete it with the keyboard.
    auto *editor = w.findChild<QPlainTextEdit *>(QStringLiteral("templateEditor"));
    editor->setFocus();
    QVERIFY(editor->find(QStringLiteral(", \"Clinically undetermined\"")));
    QTest::keyClick(editor, Qt::Key_Delete);
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("\"Clinically undetermined\"")));
    // The preview already says what is wrong.
    auto *preview = w.findChild<QTextBrowser *>(QStringLiteral("templatePreview"));
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("Clinically undetermined")),
             qPrintable(preview->toPlainText()));

    auto *save = w.findChild<QPushButton *>(QStringLiteral("saveTemplateButton"));
    QVERIFY(save->isEnabled());
    // A button's shortcut "animates" the click: it lands after a moment.
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier); // Save (Ctrl+S)
    auto *messageLabel = w.findChild<QLabel *>(QStringLiteral("templateMessage"));
    QTRY_VERIFY(!messageLabel->text().isEmpty());
    const QString message = messageLabel->text();
    QVERIFY2(message.contains(QStringLiteral("Not saved")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("\"Other\" and \"Clinically undetermined\"")),
             qPrintable(message));

    // Nothing was saved: the shipped text still applies, unmarked.
    QCOMPARE(content(TemplateService::Kind::Query, kDiabetes), before);
    QVERIFY(!item(w, kDiabetes)->text(1).contains(QStringLiteral("(edited)")));
    QVERIFY(item(w, kDiabetes)->text(1).contains(QStringLiteral("unsaved")));

    w.grab().save(QStringLiteral("/tmp/admin_templates_refused.png"));
}

void tst_TemplatesWidget::savesAValidEditAndResets()
{
    const auto shipped = content(TemplateService::Kind::Query, kDiabetes);
    QVERIFY(!shipped.second);
    TemplatesWidget w(m_db->login(Role::Admin), m_db->ws().templates());
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    open(w, TemplateService::Kind::Query, kDiabetes);

    auto *editor = w.findChild<QPlainTextEdit *>(QStringLiteral("templateEditor"));
    QVERIFY(editor->find(QStringLiteral("Type and complications of diabetes")));
    QTest::keyClicks(editor, QStringLiteral("Diabetes: type and complications"));
    auto *preview = w.findChild<QTextBrowser *>(QStringLiteral("templatePreview"));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Diabetes: type and complications")));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveTemplateButton")),
                      Qt::LeftButton);

    const auto saved = content(TemplateService::Kind::Query, kDiabetes);
    QVERIFY(saved.second);
    QVERIFY(saved.first.contains(QStringLiteral("Diabetes: type and complications")));
    QVERIFY(saved.first.contains(QStringLiteral("Clinically undetermined")));
    auto query = m_db->ws().templates().queryTemplate(kDiabetes);
    QVERIFY(query && query.value());
    QCOMPARE(query.value()->title,
             QStringLiteral("Diabetes: type and complications (multiple choice)"));
    QVERIFY2(item(w, kDiabetes)->text(1).contains(QStringLiteral("(edited)")),
             qPrintable(item(w, kDiabetes)->text(1)));
    QVERIFY(!item(w, kDiabetes)->text(1).contains(QStringLiteral("unsaved")));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("templateMessage"))
                    ->text()
                    .contains(QStringLiteral("Saved")));
    w.grab().save(QStringLiteral("/tmp/admin_templates_edited.png"));

    // Reset: the shipped version applies again, and the mark goes.
    auto *reset = w.findChild<QPushButton *>(QStringLiteral("resetTemplateButton"));
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(content(TemplateService::Kind::Query, kDiabetes), shipped);
    QCOMPARE(editor->toPlainText(), shipped.first);
    QVERIFY(!item(w, kDiabetes)->text(1).contains(QStringLiteral("(edited)")));
    QVERIFY(!reset->isEnabled());
    // Undo in the editor brings the practice's version back, unsaved.
    editor->setFocus();
    editor->undo();
    QVERIFY(editor->toPlainText().contains(QStringLiteral("Diabetes: type and complications")));
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("saveTemplateButton"))->isEnabled());

    // Another widget (another seat) sees the state of the database.
    TemplatesWidget again(m_db->login(Role::Manager), m_db->ws().templates());
    QVERIFY(!item(again, kDiabetes)->text(1).contains(QStringLiteral("(edited)")));
}

void tst_TemplatesWidget::checklistPreviewMarksRequiredItems()
{
    TemplatesWidget w(m_db->login(Role::Manager), m_db->ws().templates());
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    open(w, TemplateService::Kind::Checklist, QStringLiteral("cardiology"));
    const QString text
            = w.findChild<QTextBrowser *>(QStringLiteral("templatePreview"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Cardiology")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("required")));
    QVERIFY(text.contains(QStringLiteral("optional")));
    QVERIFY(text.contains(QStringLiteral("Heart failure: type")));

    // Unsaved text is kept while looking at another template.
    auto *editor = w.findChild<QPlainTextEdit *>(QStringLiteral("templateEditor"));
    QVERIFY(editor->find(QStringLiteral("\"title\": \"Cardiology\"")));
    QTest::keyClicks(editor, QStringLiteral("\"title\": \"Cardiology clinic\""));
    open(w, TemplateService::Kind::Query, kDiabetes);
    open(w, TemplateService::Kind::Checklist, QStringLiteral("cardiology"));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("Cardiology clinic")));
    QVERIFY(!content(TemplateService::Kind::Checklist, QStringLiteral("cardiology")).second);
    w.grab().save(QStringLiteral("/tmp/admin_templates_checklist.png"));
}

QTEST_MAIN(tst_TemplatesWidget)
#include "tst_templateswidget.moc"

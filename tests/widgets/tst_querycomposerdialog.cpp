// SPDX-License-Identifier: GPL-3.0-or-later
#include "coder/querycomposerdialog.h"
#include "common/inlinemessage.h"
#include "services/encounterservice.h"
#include "services/queryservice.h"
#include "services/templateservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class tst_QueryComposerDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sendsMultipleChoiceQueryByKeyboard();
    void yesNoWithoutQuoteIsRefused();
    void placeholderMustBeReplaced();

private:
    QVariant value(const QString &sql)
    {
        return m_db->value(sql);
    }
    int scalar(const QString &sql)
    {
        const QVariant v = value(sql);
        return v.isValid() ? v.toInt() : -1;
    }
    /// A 'new' encounter of the demo, opened as the coder would.
    EncounterDetail openNewEncounter(const Session &coder);
    /// The first sentence of the note, as the coder would select it.
    static QString firstSentence(const QString &note)
    {
        const qsizetype end = note.indexOf(QLatin1Char('.'));
        return end > 0 ? note.left(end + 1) : note;
    }
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_QueryComposerDialog::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(60, 3), qPrintable(m_db->errorText()));
}

void tst_QueryComposerDialog::cleanup()
{
    m_db.reset();
}

EncounterDetail tst_QueryComposerDialog::openNewEncounter(const Session &coder)
{
    const qint64 id = value(QStringLiteral("SELECT id FROM encounters WHERE state = 'new' "
                                           "ORDER BY id LIMIT 1"))
                          .toLongLong();
    auto detail = m_db->ws().encounters().open(coder, id);
    return detail ? detail.value() : EncounterDetail {};
}

void tst_QueryComposerDialog::sendsMultipleChoiceQueryByKeyboard()
{
    const Session coder = m_db->login(Role::Coder);
    QCOMPARE(coder.role, Role::Coder);
    const EncounterDetail encounter = openNewEncounter(coder);
    QVERIFY(encounter.summary.id > 0);
    QVERIFY(!encounter.clinicalNote.isEmpty());
    const QString quote = firstSentence(encounter.clinicalNote);

    QueryComposerDialog dialog(
        coder, m_db->ws().queries(), m_db->ws().templates(), encounter, quote);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    auto *question = dialog.findChild<QPlainTextEdit *>(QStringLiteral("questionEdit"));
    auto *quoteEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("quoteEdit"));
    auto *options = dialog.findChild<QListWidget *>(QStringLiteral("optionsList"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeOptionButton"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addOptionButton"));
    auto *message = dialog.findChild<InlineMessage *>(QStringLiteral("inlineMessage"));
    QVERIFY(combo && question && quoteEdit && options && remove && add && message);
    QCOMPARE(quoteEdit->toPlainText(), quote);

    // Keyboard: the template combo has the focus first; Down picks the heart-failure template.
    QCOMPARE(QApplication::focusWidget(), combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("mc-diabetes-type"));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dialog.templateKey(), QStringLiteral("mc-heart-failure"));
    auto t = m_db->ws().templates().queryTemplate(QStringLiteral("mc-heart-failure"));
    QVERIFY(t && t.value());
    QCOMPARE(question->toPlainText(), t.value()->question);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("formLabel"))
                ->text()
                .contains(QStringLiteral("Multiple choice")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("sourceLabel"))
                ->text()
                .contains(QStringLiteral("ACDIS/AHIMA")));
    QCOMPARE(dialog.options(), t.value()->options);

    // Tab order is reading order: template, question, quote, options.
    QTest::keyClick(combo, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), question);
    QTest::keyClick(question, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), quoteEdit);
    QTest::keyClick(quoteEdit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), options);

    // "Clinically undetermined" cannot be removed, by button or by Delete.
    QTest::keyClick(options, Qt::Key_End);
    QCOMPARE(options->currentItem()->text(), QStringLiteral("Clinically undetermined"));
    QVERIFY(!remove->isEnabled());
    const int before = options->count();
    QTest::keyClick(options, Qt::Key_Delete);
    QCOMPARE(options->count(), before);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Clinically undetermined")));
    QTest::keyClick(options, Qt::Key_Up);
    QCOMPARE(options->currentItem()->text(), QStringLiteral("Other (please specify)"));
    QVERIFY(!remove->isEnabled());

    // A clinical option can go, and a new one can be added (Insert, type, Return).
    QTest::keyClick(options, Qt::Key_Home);
    QVERIFY(remove->isEnabled());
    QTest::keyClick(options, Qt::Key_Delete);
    QCOMPARE(options->count(), before - 1);
    QVERIFY(!dialog.options().contains(QStringLiteral("Chronic systolic (HFrEF)")));
    QTest::keyClick(options, Qt::Key_Insert);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != options);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("High-output heart failure"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(options->count(), before);
    // The delegate commits the edit from the event loop.
    QTRY_VERIFY(dialog.options().contains(QStringLiteral("High-output heart failure")));
    // New options go above the two that always close the list.
    QCOMPARE(dialog.options().constLast(), QStringLiteral("Clinically undetermined"));
    QCOMPARE(dialog.options().value(dialog.options().size() - 2),
        QStringLiteral("Other (please specify)"));

    const QImage shot = dialog.grab().toImage();
    shot.save(QStringLiteral("/tmp/queries_composer.png"));

    // Ctrl+Enter sends.
    QTest::keyClick(options, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const qint64 queryId = dialog.queryId();
    QVERIFY(queryId > 0);

    const qint64 e = encounter.summary.id;
    QCOMPARE(value(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(e)).toString(),
        QStringLiteral("query_pending"));
    QCOMPARE(value(QStringLiteral("SELECT quoted_text FROM documentation_queries WHERE id = %1 "
                                  "AND encounter_id = %2 AND template = 'mc-heart-failure' AND "
                                  "form = 'multiple_choice'")
                       .arg(queryId)
                       .arg(e))
                 .toString(),
        quote);
    const QString storedOptions = value(
        QStringLiteral("SELECT options FROM documentation_queries WHERE id = %1").arg(queryId))
                                      .toString();
    QVERIFY(storedOptions.contains(QStringLiteral("High-output heart failure")));
    QVERIFY(storedOptions.contains(QStringLiteral("Clinically undetermined")));
    QVERIFY(!storedOptions.contains(QStringLiteral("HFrEF")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'query.send' "
                                   "AND entity = 'encounter' AND entity_id = %1 AND username = "
                                   "'coder'")
                        .arg(e)),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handoff_log WHERE encounter_id = %1 AND "
                                   "from_state = 'new' AND to_state = 'query_pending'")
                        .arg(e)),
        1);
}

void tst_QueryComposerDialog::yesNoWithoutQuoteIsRefused()
{
    const Session coder = m_db->login(Role::Coder);
    const EncounterDetail encounter = openNewEncounter(coder);
    QVERIFY(encounter.summary.id > 0);
    const int auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    QueryComposerDialog dialog(
        coder, m_db->ws().queries(), m_db->ws().templates(), encounter, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    auto *question = dialog.findChild<QPlainTextEdit *>(QStringLiteral("questionEdit"));
    auto *quoteEdit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("quoteEdit"));
    auto *message = dialog.findChild<InlineMessage *>(QStringLiteral("inlineMessage"));
    auto *options = dialog.findChild<QListWidget *>(QStringLiteral("optionsList"));

    // Keyboard: End picks the last template, the yes/no one.
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(dialog.templateKey(), QStringLiteral("yn-confirm-documented"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("formLabel"))
                ->text()
                .contains(QStringLiteral("Yes/no")));
    QVERIFY(!options->isEnabled());
    QVERIFY(dialog.options().isEmpty());

    // The coder rewords the question, then sends without a quote.
    question->setFocus();
    question->moveCursor(QTextCursor::End);
    QTest::keyClicks(question, QStringLiteral(" Thank you."));
    const QString typed = question->toPlainText();
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("sendQueryButton")), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.queryId(), qint64(0));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("quote")), qPrintable(message->text()));
    QCOMPARE(QApplication::focusWidget(), quoteEdit);
    QCOMPARE(question->toPlainText(), typed);
    QCOMPARE(dialog.templateKey(), QStringLiteral("yn-confirm-documented"));

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM documentation_queries WHERE "
                                   "encounter_id = %1")
                            .arg(encounter.summary.id)),
             0);
    QCOMPARE(
        value(
            QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(encounter.summary.id))
            .toString(),
        QStringLiteral("new"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handoff_log WHERE to_state = "
                                   "'query_pending' AND encounter_id = %1")
                            .arg(encounter.summary.id)),
        0);
    dialog.grab().save(QStringLiteral("/tmp/queries_composer_refused.png"));

    // With the documented fact quoted, the same query goes.
    QTest::keyClicks(quoteEdit, firstSentence(encounter.clinicalNote));
    QTest::keyClick(quoteEdit, Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(value(QStringLiteral("SELECT question FROM documentation_queries WHERE id = %1")
                       .arg(dialog.queryId()))
                 .toString(),
        typed);
}

void tst_QueryComposerDialog::placeholderMustBeReplaced()
{
    const Session coder = m_db->login(Role::Coder);
    EncounterDetail encounter = openNewEncounter(coder);
    QVERIFY(encounter.summary.id > 0);
    // Two services: the dialog cannot know which one the question is about.
    ServiceLineEntry line;
    line.code = QStringLiteral("99213");
    encounter.services = {line, line};
    encounter.services[1].code = QStringLiteral("82947");

    QueryComposerDialog dialog(coder, m_db->ws().queries(), m_db->ws().templates(), encounter,
        firstSentence(encounter.clinicalNote));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("open-clinical-indication")));
    auto *question = dialog.findChild<QPlainTextEdit *>(QStringLiteral("questionEdit"));
    QVERIFY(question->toPlainText().contains(QStringLiteral("{service}")));
    QVERIFY(!question->toPlainText().contains(QStringLiteral("{dos}")));
    dialog.send();
    QCOMPARE(dialog.queryId(), qint64(0));
    QVERIFY(dialog.findChild<InlineMessage *>(QStringLiteral("inlineMessage"))
                ->text()
                .contains(QStringLiteral("{service}")));
    QCOMPARE(question->textCursor().selectedText(), QStringLiteral("{service}"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM documentation_queries WHERE "
                                   "encounter_id = %1")
                            .arg(encounter.summary.id)),
             0);

    question->textCursor().insertText(QStringLiteral("82947"));
    dialog.send();
    QVERIFY(dialog.queryId() > 0);
}

QTEST_MAIN(tst_QueryComposerDialog)
#include "tst_querycomposerdialog.moc"

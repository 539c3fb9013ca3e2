// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/inlinemessage.h"
#include "provider/providerinboxwidget.h"
#include "provider/queryinboxmodel.h"
#include "services/encounterservice.h"
#include "services/queryservice.h"
#include "services/templateservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace cc;

class tst_ProviderInboxWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void providerAnswersWithOptionAndAddendum();
    void openEndedAnswerAndShowAnswered();
    void overdueQueriesAreMarked();
    void providerCannotAnswerAnotherProvidersQuery();
    void emptyInboxSaysWhy();

private:
    QVariant value(const QString &sql)
    {
        return m_db->value(sql);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->ws().database().connection());
        return q.exec(sql);
    }
    /// The n-th 'new' encounter of @p providerId (or of any other provider when @p others).
    qint64 newEncounter(qint64 providerId, int n = 0, bool others = false)
    {
        return value(QStringLiteral("SELECT id FROM encounters WHERE provider_id %1 %2 AND "
                                    "state = 'new' ORDER BY id LIMIT 1 OFFSET %3")
                         .arg(others ? QStringLiteral("<>") : QStringLiteral("="))
                         .arg(providerId)
                         .arg(n))
            .toLongLong();
    }
    /// Sends a query as the coder, quoting the first sentence of the note.
    qint64 sendQuery(qint64 encounterId, const QString &templateKey, QString *quote = nullptr);

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
    Session m_provider;
};

void tst_ProviderInboxWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(80, 5), qPrintable(m_db->errorText()));
    // Only the queries a test sends: the demo's history has Dr. Okafor's answered ones.
    m_db->value(QStringLiteral("DELETE FROM documentation_queries"));
    m_coder = m_db->login(Role::Coder);
    m_provider = m_db->login(Role::Provider);
    QCOMPARE(m_provider.role, Role::Provider);
    QVERIFY(m_provider.providerId.has_value());
}

void tst_ProviderInboxWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_ProviderInboxWidget::sendQuery(
    qint64 encounterId, const QString &templateKey, QString *quote)
{
    auto detail = m_db->ws().encounters().open(m_coder, encounterId);
    if (!detail)
        return 0;
    const QString &note = detail->clinicalNote;
    const qsizetype end = note.indexOf(QLatin1Char('.'));
    const QString quoted = end > 0 ? note.left(end + 1) : note;
    if (quote)
        *quote = quoted;
    auto t = m_db->ws().templates().queryTemplate(templateKey);
    if (!t || !t.value())
        return 0;
    QueryService::NewQuery q {templateKey, t.value()->question, quoted, {}};
    auto id = m_db->ws().queries().send(m_coder, encounterId, q);
    if (!id)
        qWarning("send failed: %s", qPrintable(id.error().userMessage));
    return id ? id.value() : 0;
}

void tst_ProviderInboxWidget::providerAnswersWithOptionAndAddendum()
{
    const qint64 first = newEncounter(*m_provider.providerId, 0);
    const qint64 second = newEncounter(*m_provider.providerId, 1);
    QVERIFY(first > 0 && second > 0);
    QString quote;
    const qint64 q1 = sendQuery(first, QStringLiteral("mc-laterality"), &quote);
    QVERIFY(q1 > 0);

    ProviderInboxWidget inbox(m_provider, m_db->ws().queries(), m_db->ws().encounters());
    QAbstractItemModelTester tester(
        inbox.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    inbox.resize(1100, 760);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowActive(&inbox));
    QCOMPARE(inbox.model()->rowCount(), 1);
    QCOMPARE(inbox.currentQueryId(), q1);

    // A query sent while the inbox is open shows up without a manual refresh.
    const qint64 q2 = sendQuery(second, QStringLiteral("mc-diabetes-type"));
    QVERIFY(q2 > 0);
    QTRY_COMPARE(inbox.model()->rowCount(), 2);
    QCOMPARE(inbox.currentQueryId(), q1);
    QCOMPARE(inbox.findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
        QStringLiteral("Open queries: 2"));

    // The detail shows the question, the highlighted quote and the whole note.
    auto *view = inbox.findChild<QTextBrowser *>(QStringLiteral("queryView"));
    QVERIFY(view);
    const QString shown = view->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("which side is affected")));
    QVERIFY(shown.contains(quote.section(QLatin1Char('\n'), 0, 0)));
    QVERIFY(view->toHtml().contains(QStringLiteral("background-color:")));

    // Keyboard: J and K move between queries; the form follows.
    auto *table = inbox.findChild<QTableView *>(QStringLiteral("inboxTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(inbox.currentQueryId(), q2);
    QVERIFY(inbox.findChild<QRadioButton *>(QStringLiteral("option_2"))
                ->text()
                .contains(QStringLiteral("underlying condition")));
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(inbox.currentQueryId(), q1);

    // One radio per option of the laterality query, in order.
    const QStringList options {QStringLiteral("Right"), QStringLiteral("Left"),
        QStringLiteral("Bilateral"), QStringLiteral("Other (please specify)"),
        QStringLiteral("Clinically undetermined")};
    for (int i = 0; i < options.size(); ++i) {
        auto *radio = inbox.findChild<QRadioButton *>(QStringLiteral("option_%1").arg(i));
        QVERIFY2(radio, qPrintable(QString::number(i)));
        QCOMPARE(radio->text(), options.at(i));
        QVERIFY(radio->isVisible());
    }
    QVERIFY(!inbox.findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"))->isVisible());

    // Keyboard: Enter goes to the answer, Alt+2 picks "Left", Tab reaches the addendum.
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(
        QApplication::focusWidget(), inbox.findChild<QRadioButton *>(QStringLiteral("option_0")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    auto *left = inbox.findChild<QRadioButton *>(QStringLiteral("option_1"));
    QVERIFY(left->isChecked());
    auto *addendum = inbox.findChild<QPlainTextEdit *>(QStringLiteral("addendumEdit"));
    addendum->setFocus();
    QTest::keyClicks(addendum, QStringLiteral("Left knee, confirmed on exam."));

    // A half-written answer survives moving to the other query and back.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QVERIFY(addendum->toPlainText().isEmpty());
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(addendum->toPlainText(), QStringLiteral("Left knee, confirmed on exam."));
    QVERIFY(inbox.findChild<QRadioButton *>(QStringLiteral("option_1"))->isChecked());

    inbox.grab().save(QStringLiteral("/tmp/queries_inbox.png"));

    // Ctrl+Enter sends.
    QTest::keyClick(addendum, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(inbox.model()->rowCount(), 1);
    QCOMPARE(inbox.currentQueryId(), q2);
    QCOMPARE(value(QStringLiteral("SELECT answer FROM documentation_queries WHERE id = %1 AND "
                                  "answered_at IS NOT NULL")
                       .arg(q1))
                 .toString(),
        QStringLiteral("Left"));
    QCOMPARE(
        value(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(first)).toString(),
        QStringLiteral("coding"));
    const QString stored
        = value(QStringLiteral("SELECT addendum FROM encounters WHERE id = %1").arg(first))
              .toString();
    QVERIFY2(stored.contains(QStringLiteral("Left knee, confirmed on exam.")), qPrintable(stored));
    QVERIFY(stored.contains(m_provider.fullName));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM handoff_log WHERE encounter_id = %1 AND "
                                  "from_state = 'query_pending' AND to_state = 'coding'")
                       .arg(first))
                 .toInt(),
        1);
    QVERIFY(inbox.findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QStringLiteral("Answer and addendum sent")));

    // "Other (please specify)" needs the provider's words, which follow it after a colon.
    auto *other = inbox.findChild<QRadioButton *>(QStringLiteral("option_3"));
    QCOMPARE(other->text(), QStringLiteral("Other (please specify)"));
    // A radio reacts to its circle and its words, not the empty space after them.
    QTest::mouseClick(other, Qt::LeftButton, {}, QPoint(8, other->height() / 2));
    QVERIFY(other->isChecked());
    auto *send = inbox.findChild<QPushButton *>(QStringLiteral("sendAnswerButton"));
    QTest::mouseClick(send, Qt::LeftButton);
    auto *message = inbox.findChild<InlineMessage *>(QStringLiteral("inlineMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Specify")));
    QCOMPARE(inbox.model()->rowCount(), 1);
    auto *specify = inbox.findChild<QLineEdit *>(QStringLiteral("otherEdit"));
    QCOMPARE(QApplication::focusWidget(), specify);
    QTest::keyClicks(specify, QStringLiteral("Steroid-induced, per endocrinology"));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(inbox.model()->rowCount(), 0);
    QCOMPARE(value(QStringLiteral("SELECT answer FROM documentation_queries WHERE id = %1").arg(q2))
                 .toString(),
        QStringLiteral("Other (please specify): Steroid-induced, per endocrinology"));
    QCOMPARE(
        value(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(second)).toString(),
        QStringLiteral("coding"));

    // Empty again, and it says why.
    auto *empty = inbox.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
        QStringLiteral("No open queries — coders' questions about your notes appear here."));
    QCOMPARE(inbox.currentQueryId(), qint64(0));
}

void tst_ProviderInboxWidget::openEndedAnswerAndShowAnswered()
{
    const qint64 e = newEncounter(*m_provider.providerId);
    const qint64 q = sendQuery(e, QStringLiteral("open-specificity"));
    QVERIFY(q > 0);
    ProviderInboxWidget inbox(m_provider, m_db->ws().queries(), m_db->ws().encounters());
    inbox.resize(1100, 760);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QCOMPARE(inbox.currentQueryId(), q);
    QVERIFY(!inbox.findChild<QRadioButton *>(QStringLiteral("option_0")));
    auto *answer = inbox.findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"));
    QVERIFY(answer->isVisible());
    QVERIFY(!inbox.findChild<QLineEdit *>(QStringLiteral("otherEdit"))->isVisible());

    // An empty answer is refused by the service, shown inline.
    inbox.sendAnswer();
    auto *message = inbox.findChild<InlineMessage *>(QStringLiteral("inlineMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(inbox.model()->rowCount(), 1);

    QTest::keyClicks(answer, QStringLiteral("Chronic kidney disease, stage 3a."));
    QTest::mouseClick(
        inbox.findChild<QPushButton *>(QStringLiteral("sendAnswerButton")), Qt::LeftButton);
    QTRY_COMPARE(inbox.model()->rowCount(), 0);
    QCOMPARE(value(QStringLiteral("SELECT answer FROM documentation_queries WHERE id = %1").arg(q))
                 .toString(),
        QStringLiteral("Chronic kidney disease, stage 3a."));
    QCOMPARE(
        value(QStringLiteral("SELECT addendum FROM encounters WHERE id = %1").arg(e)).toString(),
        QString());

    // Show answered lists it again, read-only.
    QTest::mouseClick(
        inbox.findChild<QCheckBox *>(QStringLiteral("showAnsweredCheck")), Qt::LeftButton);
    QCOMPARE(inbox.model()->rowCount(), 1);
    QCOMPARE(inbox.currentQueryId(), q);
    auto *answered = inbox.findChild<QLabel *>(QStringLiteral("answeredLabel"));
    QVERIFY(answered->isVisible());
    QVERIFY(answered->text().contains(QStringLiteral("stage 3a")));
    QVERIFY(!inbox.findChild<QPushButton *>(QStringLiteral("sendAnswerButton"))->isVisible());
    QCOMPARE(inbox.proxy()->index(0, int(QueryInboxModel::Column::Status)).data().toString(),
        QStringLiteral("Answered"));
}

void tst_ProviderInboxWidget::overdueQueriesAreMarked()
{
    const qint64 late
        = sendQuery(newEncounter(*m_provider.providerId, 0), QStringLiteral("mc-laterality"));
    const qint64 fresh = sendQuery(
        newEncounter(*m_provider.providerId, 1), QStringLiteral("yn-confirm-documented"));
    QVERIFY(late > 0 && fresh > 0);
    QVERIFY(exec(QStringLiteral("UPDATE documentation_queries SET sent_at = "
                                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-5 days') WHERE id = %1")
                     .arg(late)));
    ProviderInboxWidget inbox(m_provider, m_db->ws().queries(), m_db->ws().encounters());
    inbox.resize(1100, 760);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QCOMPARE(inbox.model()->rowCount(), 2);

    const int status = int(QueryInboxModel::Column::Status);
    for (int r = 0; r < inbox.proxy()->rowCount(); ++r) {
        const QModelIndex i = inbox.proxy()->index(r, status);
        const bool isLate = i.data(QueryInboxModel::IdRole).toLongLong() == late;
        QCOMPARE(i.data(QueryInboxModel::OverdueRole).toBool(), isLate);
        QCOMPARE(i.data().toString(), isLate ? QStringLiteral("Overdue") : QStringLiteral("Open"));
        // Never colour alone: an icon and the word.
        QCOMPARE(!i.data(Qt::DecorationRole).value<QIcon>().isNull(), isLate);
    }
    QVERIFY(inbox.findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .contains(QStringLiteral("Overdue: 1")));
    QVERIFY(inbox.selectQuery(late));
    QVERIFY(inbox.findChild<QTextBrowser *>(QStringLiteral("queryView"))
                ->toPlainText()
                .contains(QStringLiteral("Overdue")));

    // The yes/no query offers exactly two radios.
    QVERIFY(inbox.selectQuery(fresh));
    QCOMPARE(
        inbox.findChild<QRadioButton *>(QStringLiteral("option_0"))->text(), QStringLiteral("Yes"));
    QCOMPARE(
        inbox.findChild<QRadioButton *>(QStringLiteral("option_1"))->text(), QStringLiteral("No"));
    QVERIFY(!inbox.findChild<QRadioButton *>(QStringLiteral("option_2")));
    inbox.grab().save(QStringLiteral("/tmp/queries_inbox_yesno.png"));
}

void tst_ProviderInboxWidget::providerCannotAnswerAnotherProvidersQuery()
{
    const qint64 theirs = newEncounter(*m_provider.providerId, 0, true);
    QVERIFY(theirs > 0);
    const qint64 q = sendQuery(theirs, QStringLiteral("mc-laterality"));
    QVERIFY(q > 0);

    auto r = m_db->ws().queries().answer(m_provider, q, QStringLiteral("Left"), QString());
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    QVERIFY(
        value(QStringLiteral("SELECT answered_at FROM documentation_queries WHERE id = %1").arg(q))
            .isNull());
    QCOMPARE(
        value(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(theirs)).toString(),
        QStringLiteral("query_pending"));

    // Nor is it in this provider's inbox.
    ProviderInboxWidget inbox(m_provider, m_db->ws().queries(), m_db->ws().encounters());
    QCOMPARE(inbox.model()->rowCount(), 0);
    // And a coder may not answer at all.
    auto coder = m_db->ws().queries().answer(m_coder, q, QStringLiteral("Left"), QString());
    QVERIFY(!coder);
    QCOMPARE(coder.error().kind, Error::Kind::Forbidden);
}

void tst_ProviderInboxWidget::emptyInboxSaysWhy()
{
    ProviderInboxWidget inbox(m_provider, m_db->ws().queries(), m_db->ws().encounters());
    inbox.resize(900, 600);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QCOMPARE(inbox.model()->rowCount(), 0);
    auto *empty = inbox.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
        QStringLiteral("No open queries — coders' questions about your notes appear here."));
    inbox.grab().save(QStringLiteral("/tmp/queries_inbox_empty.png"));
}

QTEST_MAIN(tst_ProviderInboxWidget)
#include "tst_providerinboxwidget.moc"

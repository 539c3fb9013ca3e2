// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/handofflogwidget.h"
#include "common/inlinemessage.h"
#include "itemmodels/handofflogmodel.h"
#include "services/handofflogservice.h"
#include "storage/database.h"
#include "storage/encounterrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace cc;

namespace {
/// Noon UTC @p days before today: inside the log's default range of 30 days.
QString daysAgo(int days, int hour = 12)
{
    return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-days), QTime(hour, 0), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

Finding finding(const QString &rule, Finding::Severity severity, const QString &message,
    const QString &fix, const QString &source)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.message = message;
    f.fix = fix;
    f.source = source;
    return f;
}
} // namespace

class tst_HandoffLogWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void opensOnTheLastThirtyDays();
    void filtersNarrowTheList();
    void selectedRowShowsItsFindings();
    void emptyAndBackwardsRanges();
    void exportToAPath();
    void exportThroughTheDialog();
    void demoPractice();

private:
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->ws().database().connection());
        return q.exec(sql);
    }
    qint64 log(qint64 encounter, qint64 user, EncounterState from, EncounterState to,
        const QString &when, const QString &note = {}, const QString &reason = {},
        const QList<Finding> &found = {})
    {
        EncounterRepository repo(m_db->ws().database());
        if (!repo.logTransition(encounter, user, from, to, note, reason,
                QString::fromUtf8(findings::toJson(found))))
            return 0;
        const qint64 id
            = m_db->value(QStringLiteral("SELECT max(id) FROM handoff_log")).toLongLong();
        exec(QStringLiteral("UPDATE handoff_log SET at = '%1' WHERE id = %2").arg(when).arg(id));
        return id;
    }
    /// The proxy row showing log row @p id, -1 when not listed.
    int proxyRowOf(HandoffLogWidget &w, qint64 id)
    {
        for (int r = 0; r < w.proxy()->rowCount(); ++r) {
            if (w.proxy()->index(r, 0).data(HandoffLogModel::IdRole).toLongLong() == id)
                return r;
        }
        return -1;
    }
    int serviceCount(const HandoffLogFilter &f)
    {
        auto r = m_service->entries(m_manager, f);
        return r ? int(r->size()) : -1;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<HandoffLogService> m_service;
    Session m_manager;
    qint64 m_returnRow = 0;
    QList<qint64> m_enc;
};

void tst_HandoffLogWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(12, 4), qPrintable(m_db->errorText()));
    m_service = std::make_unique<HandoffLogService>(m_db->ws().database(), m_db->ws().audit());
    m_manager = m_db->login(Role::Manager);
    const qint64 coder = m_db->login(Role::Coder).userId;
    const qint64 biller = m_db->login(Role::Biller).userId;
    QVERIFY(exec(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, "
                                "created_at) VALUES ('zoe', 'Zoe Park', 'coder', 'x', "
                                "'2026-01-01T00:00:00.000Z')")));
    const qint64 zoe
        = m_db->value(QStringLiteral("SELECT id FROM users WHERE username = 'zoe'")).toLongLong();
    m_enc.clear();
    for (int i = 0; i < 3; ++i)
        m_enc << m_db->value(QStringLiteral("SELECT id FROM encounters ORDER BY id LIMIT 1 "
                                            "OFFSET %1")
                                 .arg(i))
                     .toLongLong();

    // The scenario alone: the demo's own handoff rows would blur the counts.
    QVERIFY(exec(QStringLiteral("DELETE FROM handoff_log")));
    using S = EncounterState;
    using F = Finding::Severity;
    // E1: returned for an NCCI pair, fixed, accepted. E2: accepted at once. E3: an old return.
    QVERIFY(log(m_enc[0], coder, S::Coding, S::Coded, daysAgo(5, 10)));
    QVERIFY(log(m_enc[0], coder, S::Coded, S::HandedOff, daysAgo(5, 11),
        QStringLiteral("Two services, one visit")));
    m_returnRow = log(m_enc[0], biller, S::HandedOff, S::Returned, daysAgo(4),
        QStringLiteral("Please add the EKG interpretation."),
        QStringLiteral("missing-documentation"),
        {finding(QStringLiteral("ncci-ptp"), F::Error,
             QStringLiteral("93000 is bundled into 99213 on the same day."),
             QStringLiteral("Add modifier 25 to the E/M if separately identifiable."),
             QStringLiteral("NCCI PTP v322r0")),
            finding(QStringLiteral("mue-units"), F::Warning,
                QStringLiteral("2 units of 93000 exceed the MUE of 1."),
                QStringLiteral("Bill 1 unit."), QStringLiteral("MUE v2026Q4"))});
    QVERIFY(m_returnRow);
    QVERIFY(log(m_enc[0], coder, S::Returned, S::Coded, daysAgo(3)));
    QVERIFY(log(m_enc[0], coder, S::Coded, S::HandedOff, daysAgo(3, 13)));
    QVERIFY(log(m_enc[0], biller, S::HandedOff, S::Accepted, daysAgo(2)));
    QVERIFY(log(m_enc[1], zoe, S::Coding, S::Coded, daysAgo(6)));
    QVERIFY(log(m_enc[1], zoe, S::Coded, S::HandedOff, daysAgo(6, 13)));
    QVERIFY(log(m_enc[1], biller, S::HandedOff, S::Accepted, daysAgo(1)));
    QVERIFY(log(m_enc[2], biller, S::HandedOff, S::Returned, daysAgo(45), QString(),
        QStringLiteral("authorization"),
        {finding(QStringLiteral("auth-missing"), F::Error,
            QStringLiteral("No authorization on file."), QString(), QString())}));
}

void tst_HandoffLogWidget::cleanup()
{
    m_service.reset();
    m_db.reset();
}

void tst_HandoffLogWidget::opensOnTheLastThirtyDays()
{
    HandoffLogWidget w(m_manager, *m_service);
    QAbstractItemModelTester tester(
        w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        w.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QCOMPARE(w.filter().to, QDate::currentDate());
    QCOMPARE(w.filter().from, QDate::currentDate().addDays(-29));
    QCOMPARE(w.model()->rowCount(), 9);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("handoffCount"))->text(),
        QStringLiteral("9 change(s)"));
    // Newest first, and the newest row is selected and shown.
    auto *table = w.findChild<QTableView *>(QStringLiteral("handoffTable"));
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->currentIndex().data(HandoffLogModel::ToStateRole).toString(),
        QStringLiteral("accepted"));
    QCOMPARE(table->currentIndex()
                 .siblingAtColumn(int(HandoffLogModel::Column::Change))
                 .data()
                 .toString(),
        QStringLiteral("Handed off → Accepted"));

    // The summary: one return of Dana's 2 handoffs, median coded → accepted of 3 and 5 days.
    const HandoffSummary &s = w.summary();
    QCOMPARE(s.returns, 1);
    QCOMPARE(s.accepted, 2);
    QCOMPARE(s.byCoder.size(), 2);
    QCOMPARE(s.byCoder.first().coderName, QStringLiteral("Dana Whitfield, CPC"));
    QCOMPARE(s.byCoder.first().returns, 1);
    QCOMPARE(s.byCoder.first().handedOff, 2);
    QCOMPARE(s.rules.size(), 2);
    const QString summary
        = w.findChild<QTextBrowser *>(QStringLiteral("handoffSummary"))->toPlainText();
    QVERIFY2(summary.contains(QStringLiteral("Dana Whitfield, CPC")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("50%")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("ncci-ptp")), qPrintable(summary));
    QVERIFY2(summary.contains(HandoffLogService::describeDuration(*s.medianCodedToAcceptedSecs)),
        qPrintable(summary));

    // Enter asks to open the encounter of the current row.
    QSignalSpy open(&w, &HandoffLogWidget::openRequested);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_enc[1]);

    w.grab().save(QStringLiteral("/tmp/manager_handofflog.png"));
}

void tst_HandoffLogWidget::filtersNarrowTheList()
{
    HandoffLogWidget w(m_manager, *m_service);
    QAbstractItemModelTester tester(
        w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *outcome = w.findChild<QComboBox *>(QStringLiteral("handoffOutcome"));
    auto *user = w.findChild<QComboBox *>(QStringLiteral("handoffUser"));
    auto *rule = w.findChild<QComboBox *>(QStringLiteral("handoffRule"));
    auto *from = w.findChild<QDateEdit *>(QStringLiteral("handoffFrom"));

    // Outcome: Any → Handed off → Returned, by keyboard.
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_Down);
    QCOMPARE(outcome->currentText(), QStringLiteral("Handed off"));
    QCOMPARE(w.model()->rowCount(), 3);
    for (const HandoffLogEntry &e : w.model()->entries())
        QCOMPARE(e.toState, QStringLiteral("handed_off"));
    QTest::keyClick(outcome, Qt::Key_Down);
    QCOMPARE(outcome->currentText(), QStringLiteral("Returned"));
    QCOMPARE(w.model()->rowCount(), 1);
    QCOMPARE(w.model()->entries().first().id, m_returnRow);

    // Back to any outcome; the biller, found by typing.
    QTest::keyClick(outcome, Qt::Key_Home);
    QCOMPARE(outcome->currentIndex(), 0);
    user->setFocus();
    QTest::keyClicks(user, QStringLiteral("Marcus"));
    QVERIFY2(user->currentText().startsWith(QStringLiteral("Marcus Bell")),
        qPrintable(user->currentText()));
    QCOMPARE(w.model()->rowCount(), 3);
    for (const HandoffLogEntry &e : w.model()->entries())
        QCOMPARE(e.userName, QStringLiteral("Marcus Bell"));

    // A rule, found by typing: only the return whose findings name it.
    rule->setFocus();
    QTest::keyClicks(rule, QStringLiteral("ncci"));
    QCOMPARE(rule->currentText(), QStringLiteral("ncci-ptp"));
    QCOMPARE(w.model()->rowCount(), 1);
    QCOMPARE(w.model()->entries().first().id, m_returnRow);

    // auth-missing is named only by the old return: widen the dates to see it.
    rule->setCurrentIndex(rule->findData(QStringLiteral("auth-missing")));
    QCOMPARE(w.model()->rowCount(), 0);
    // Back a year, on the date's year section, by keyboard.
    from->setFocus();
    const QDate before = from->date();
    from->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(from, Qt::Key_Down);
    QCOMPARE(from->date(), before.addYears(-1));
    QTRY_COMPARE(w.model()->rowCount(), 1);
    QVERIFY(from->date() < before);
    QCOMPARE(w.model()->rowCount(), 1);
    QCOMPARE(w.model()->entries().first().findings.first().rule, QStringLiteral("auth-missing"));
    QCOMPARE(w.model()->rowCount(), serviceCount(w.filter()));
}

void tst_HandoffLogWidget::selectedRowShowsItsFindings()
{
    HandoffLogWidget w(m_manager, *m_service);
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *table = w.findChild<QTableView *>(QStringLiteral("handoffTable"));
    auto *detail = w.findChild<QTextBrowser *>(QStringLiteral("handoffDetail"));

    const int row = proxyRowOf(w, m_returnRow);
    QVERIFY(row > 0);
    const QModelIndex index = w.proxy()->index(row, int(HandoffLogModel::Column::Patient));
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(w.currentEntryId(), m_returnRow);
    const QString text = detail->toPlainText();
    for (const QString &part :
        {QStringLiteral("Handed off → Returned"), QStringLiteral("Marcus Bell"),
            QStringLiteral("Documentation missing: query the provider"),
            QStringLiteral("Please add the EKG interpretation."),
            QStringLiteral("Findings at that moment (2)"), QStringLiteral("✖ Error"),
            QStringLiteral("ncci-ptp"), QStringLiteral("93000 is bundled into 99213"),
            QStringLiteral("Add modifier 25 to the E/M"), QStringLiteral("NCCI PTP v322r0"),
            QStringLiteral("⚠ Warning"), QStringLiteral("mue-units"), QStringLiteral("MUE v2026Q4"),
            QStringLiteral("Encounter %1").arg(m_enc[0])}) {
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
    }

    // K goes to the newer row above, J back down; the detail follows.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), row - 1);
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("ncci-ptp")));
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(w.currentEntryId(), m_returnRow);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("ncci-ptp")));

    // The selection survives a reload (F5).
    QTest::keyClick(table, Qt::Key_F5);
    QCOMPARE(w.currentEntryId(), m_returnRow);
    w.grab().save(QStringLiteral("/tmp/manager_handofflog_detail.png"));
}

void tst_HandoffLogWidget::emptyAndBackwardsRanges()
{
    HandoffLogWidget w(m_manager, *m_service);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("handoffListStack"));
    auto *empty = w.findChild<QLabel *>(QStringLiteral("handoffEmpty"));
    auto *rule = w.findChild<QComboBox *>(QStringLiteral("handoffRule"));
    auto *exportButton = w.findChild<QPushButton *>(QStringLiteral("handoffExport"));
    QVERIFY(exportButton->isEnabled());

    rule->setCurrentIndex(rule->findData(QStringLiteral("code-invalid")));
    QCOMPARE(w.model()->rowCount(), 0);
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY2(empty->text().contains(QStringLiteral("Widen the dates")), qPrintable(empty->text()));
    QVERIFY(!exportButton->isEnabled());
    rule->setCurrentIndex(0);
    QCOMPARE(w.model()->rowCount(), 9);

    // A range typed backwards is said beside the dates, not in a box.
    auto *to = w.findChild<QDateEdit *>(QStringLiteral("handoffTo"));
    to->setDate(QDate::currentDate().addDays(-40));
    auto *message = w.findChild<InlineMessage *>(QStringLiteral("handoffMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("swap")), qPrintable(message->text()));
    QCOMPARE(w.model()->rowCount(), 0);
    QVERIFY(!QApplication::activeModalWidget());
    to->setDate(QDate::currentDate());
    QTRY_COMPARE(w.model()->rowCount(), 9);
    QVERIFY(!message->isVisible());
}

void tst_HandoffLogWidget::exportToAPath()
{
    HandoffLogWidget w(m_manager, *m_service);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *outcome = w.findChild<QComboBox *>(QStringLiteral("handoffOutcome"));
    outcome->setCurrentIndex(outcome->findText(QStringLiteral("Accepted")));
    QCOMPARE(w.model()->rowCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accepted.csv"));
    QVERIFY(w.exportCsvTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("When,Encounter,Patient,User,From,To"));
    QVERIFY(lines.at(1).contains(",Handed off,Accepted,"));
    QVERIFY(lines.at(2).contains(",Handed off,Accepted,"));
    auto *message = w.findChild<InlineMessage *>(QStringLiteral("handoffMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(
        message->text().contains(QStringLiteral("Exported 2 row(s)")), qPrintable(message->text()));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'handofflog.export'"))
                 .toInt(),
        1);
}

void tst_HandoffLogWidget::exportThroughTheDialog()
{
    HandoffLogWidget w(m_manager, *m_service);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log"));

    // Answer the file dialog when it appears; give up (reject) after a while, never hang.
    bool answered = false;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            QCOMPARE(dialog->objectName(), QStringLiteral("handoffExportDialog"));
            // It suggests a name with the range; type over it, as a user does (selectFile()
            // leaves the name alone once the field has the focus).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            QVERIFY2(
                name->text().startsWith(QStringLiteral("handoff-log_")), qPrintable(name->text()));
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
            answered = true;
            poll.stop();
        } else if (clock.elapsed() > 10000) {
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            poll.stop();
        }
    });
    poll.start();
    auto *table = w.findChild<QTableView *>(QStringLiteral("handoffTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier); // Export CSV… (Ctrl+E)
    QTRY_VERIFY(answered);
    // The dialog adds the .csv suffix.
    QTRY_VERIFY(QFile::exists(path + QStringLiteral(".csv")));
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 10); // header and nine rows
}

void tst_HandoffLogWidget::demoPractice()
{
    // The log as the demo writes it (through EncounterRepository::logTransition), anchored
    // on today so its rows fall in the default range.
    test::TestDatabase db;
    QVERIFY2(db.makeDemo(120, 7, QDate::currentDate()), qPrintable(db.errorText()));
    HandoffLogService service(db.ws().database(), db.ws().audit());
    const Session manager = db.login(Role::Manager);
    HandoffLogWidget w(manager, service);
    QAbstractItemModelTester tester(
        w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto expected = service.entries(manager, w.filter());
    QVERIFY(expected.ok());
    QCOMPARE(w.model()->rowCount(), int(expected->size()));
    auto summary = service.summary(manager, w.filter());
    QVERIFY(summary.ok());
    QCOMPARE(w.summary().returns, summary->returns);
    QCOMPARE(w.summary().accepted, summary->accepted);
    w.grab().save(QStringLiteral("/tmp/manager_handofflog_demo.png"));
}

QTEST_MAIN(tst_HandoffLogWidget)
#include "tst_handofflogwidget.moc"

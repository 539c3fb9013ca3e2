// SPDX-License-Identifier: GPL-3.0-or-later
// The "Denials from coding" tab driven like a coder does: only their own work at first, the
// group choice by keyboard (rule, code pair, coder), arrows and J/K over the list (group rows
// skipped), Enter to read the detail (the payer's reason and remarks in words, the rule and
// what to check, the code pair, the claim, whether the scrubber warned and who overrode it)
// and Esc back, the only-mine toggle, the empty period, a reload when a denial changes, and the
// tab beside the queue in the coder's workspace. Asserts on the model and the widgets.
#include "testdatabase.h"
#include "coder/coderqueuewidget.h"
#include "coder/coderworkspace.h"
#include "coder/codingdenialswidget.h"
#include "itemmodels/codingdenialmodel.h"
#include "services/codingfeedbackservice.h"
#include "services/denialservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace cc;

class tst_CodingDenialsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void onlyMyWorkAtFirstForCoders();
    void groupSwitchByKeyboard();
    void selectionShowsTheDetail();
    void keysSkipGroupRowsAndEnterReadsTheDetail();
    void onlyMineToggle();
    void emptyPeriodSaysWhy();
    void reloadsWhenADenialChanges();
    void tabBesideTheQueue();

private:
    /// A claim (E11.9 → 82947) denied at line level with @p reason for @p cents, opened
    /// @p daysAgo days before m_today, coded by @p coderId (the demo coder when 0); its
    /// stored findings cleared. Returns the denial's id.
    qint64 denied(const QString &reason, qint64 cents, int daysAgo = 5, qint64 coderId = 0,
        const QString &remarks = QString());
    std::unique_ptr<CodingDenialsWidget> showWidget(const Session &who);
    QVariant value(const QString &sql) { return m_db->value(sql); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->ws().database().connection());
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
    Session m_biller;
    Session m_manager;
    const QDate m_today = QDate::currentDate();
    int m_trace = 0;
    qint64 m_bundled = 0; ///< 97, the coder's, overridden on the claim
    qint64 m_dx = 0; ///< 11, the coder's, with remarks
    qint64 m_theirs = 0; ///< 151, coded by the manager
};

void tst_CodingDenialsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_coder = m_db->login(Role::Coder);
    m_biller = m_db->login(Role::Biller);
    m_manager = m_db->login(Role::Manager);
    QVERIFY(exec(QStringLiteral("DELETE FROM work_notes WHERE entity = 'denial'")));
    QVERIFY(exec(QStringLiteral("DELETE FROM denials")));
    m_db->ws().codingFeedback().setToday(m_today);
    m_trace = 0;
    m_bundled = denied(QStringLiteral("97"), 9000, 3);
    m_dx = denied(QStringLiteral("11"), 2200, 8, 0, QStringLiteral("M76"));
    m_theirs = denied(QStringLiteral("151"), 1500, 4, m_manager.userId);
    // A billing reason: never in the coder's list.
    QVERIFY(denied(QStringLiteral("16"), 2200, 2) > 0);
    QVERIFY(m_bundled && m_dx && m_theirs);
    const qint64 bundledClaim
        = value(QStringLiteral("SELECT claim_id FROM denials WHERE id = %1").arg(m_bundled))
              .toLongLong();
    QVERIFY(
        exec(QStringLiteral("INSERT INTO claim_findings (claim_id, encounter_id, rule, severity, "
                            "line_no, codes, message, overridden_by, override_reason, found_at) "
                            "SELECT id, encounter_id, 'ncci-ptp', 'error', 1, '82947', 'Bundled "
                            "into the visit.', %1, 'Separate site.', '2026-11-02T10:00:00.000Z' "
                            "FROM claims WHERE id = %2")
                 .arg(m_biller.userId)
                 .arg(bundledClaim)));
}

void tst_CodingDenialsWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_CodingDenialsWidget::denied(
    const QString &reason, qint64 cents, int daysAgo, qint64 coderId, const QString &remarks)
{
    const qint64 claimId
        = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    if (claimId == 0)
        return 0;
    ++m_trace;
    const QString id = QString::number(claimId);
    exec(QStringLiteral("DELETE FROM claim_findings WHERE claim_id = %1 OR encounter_id = "
                        "(SELECT encounter_id FROM claims WHERE id = %1)")
             .arg(id));
    if (coderId > 0)
        exec(QStringLiteral("UPDATE encounters SET coder_id = %1 WHERE id = (SELECT encounter_id "
                            "FROM claims WHERE id = %2)")
                 .arg(coderId)
                 .arg(claimId));
    exec(QStringLiteral("UPDATE claims SET state = 'denied', submission_count = 1, "
                        "payer_claim_number = 'ICN%1' WHERE id = %1")
             .arg(id));
    exec(QStringLiteral("INSERT INTO remittances (payer_identifier, payer_name, trace_number, "
                        "payment_cents, payment_date, source, posted_at) VALUES ('12345', "
                        "'ERA payer', 'TRN%1', 0, '2026-11-20', 'era', "
                        "'2026-11-20T12:00:00.000Z')")
             .arg(m_trace));
    QSqlQuery q(m_db->ws().database().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO denials (claim_id, claim_line_id, remittance_id, group_code, reason_code, "
        "remark_codes, amount_cents, opened_at) VALUES (:claim, (SELECT min(id) FROM "
        "claim_lines WHERE claim_id = :claim2), (SELECT max(id) FROM remittances), 'CO', "
        ":reason, :remarks, :amount, :opened)"));
    q.bindValue(QStringLiteral(":claim"), claimId);
    q.bindValue(QStringLiteral(":claim2"), claimId);
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(
        QStringLiteral(":remarks"), remarks.isNull() ? QString(QLatin1String("")) : remarks);
    q.bindValue(QStringLiteral(":amount"), cents);
    q.bindValue(QStringLiteral(":opened"),
        QDateTime(m_today.addDays(-daysAgo), QTime(12, 0), Qt::UTC).toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        qWarning() << "denied:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::unique_ptr<CodingDenialsWidget> tst_CodingDenialsWidget::showWidget(const Session &who)
{
    auto w = std::make_unique<CodingDenialsWidget>(who, m_db->ws().codingFeedback());
    w->resize(1400, 800);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the coding denials window did not become active");
    return w;
}

void tst_CodingDenialsWidget::onlyMyWorkAtFirstForCoders()
{
    auto w = showWidget(m_coder);
    auto *onlyMine = w->findChild<QCheckBox *>(QStringLiteral("codingDenialsOnlyMine"));
    QVERIFY(onlyMine);
    QVERIFY(onlyMine->isChecked());
    // The last 90 days, today included.
    QCOMPARE(w->findChild<QDateEdit *>(QStringLiteral("codingDenialsTo"))->date(), m_today);
    QCOMPARE(w->findChild<QDateEdit *>(QStringLiteral("codingDenialsFrom"))->date(),
        m_today.addDays(-89));
    CodingDenialModel *model = w->model();
    QCOMPARE(model->denialCount(), 2);
    QCOMPARE(model->grouping(), CodingDenialGrouping::Rule);
    // Two rules, one denial each; the header rows carry the count and the dollars.
    QCOMPARE(model->groups().size(), 2);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->isGroupRow(0));
    const QString header = model->index(0, 0).data().toString();
    QVERIFY2(header.contains(QStringLiteral("Code pair bundled (NCCI) (ncci-ptp)"))
            && header.contains(QStringLiteral("1 denial"))
            && header.contains(QStringLiteral("90.00")),
        qPrintable(header));
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("codingDenialsSummary"))
                ->text()
                .contains(QStringLiteral("112.00")));
    // The first denial is selected and shown.
    QCOMPARE(w->currentDenialId(), m_bundled);

    // A manager starts from everyone's work.
    auto m = showWidget(m_manager);
    QVERIFY(!m->findChild<QCheckBox *>(QStringLiteral("codingDenialsOnlyMine"))->isChecked());
    QCOMPARE(m->model()->denialCount(), 3);
}

void tst_CodingDenialsWidget::groupSwitchByKeyboard()
{
    auto w = showWidget(m_manager);
    auto *groupBy = w->findChild<QComboBox *>(QStringLiteral("codingDenialsGroupBy"));
    QVERIFY(groupBy);
    groupBy->setFocus();
    QTest::keyClick(groupBy, Qt::Key_Down);
    QCOMPARE(w->model()->grouping(), CodingDenialGrouping::CodePair);
    // Every denial here is 82947 pointed to E11.9: one group.
    QCOMPARE(w->model()->groups().size(), 1);
    QCOMPARE(w->model()->groups().first().label, QStringLiteral("82947 + E11.9"));
    QCOMPARE(w->model()->groups().first().count, 3);
    QCOMPARE(w->model()->groups().first().deniedCents, 12700);
    QVERIFY(w->table()->columnSpan(0, 0) == w->model()->columnCount());

    QTest::keyClick(groupBy, Qt::Key_Down);
    QCOMPARE(w->model()->grouping(), CodingDenialGrouping::Coder);
    QCOMPARE(w->model()->groups().size(), 2);
    QCOMPARE(w->model()->groups()[0].label, m_coder.fullName);
    QCOMPARE(w->model()->groups()[0].count, 2);
    QCOMPARE(w->model()->groups()[1].label, m_manager.fullName);
    QCOMPARE(w->model()->groups()[1].deniedCents, 1500);
    // The selected denial stays selected across the regrouping.
    const qint64 before = w->currentDenialId();
    QVERIFY(before > 0);
    QTest::keyClick(groupBy, Qt::Key_Up);
    QCOMPARE(w->currentDenialId(), before);
}

void tst_CodingDenialsWidget::selectionShowsTheDetail()
{
    auto w = showWidget(m_coder);
    QVERIFY(w->selectDenial(m_bundled));
    const QString bundled = w->detail()->toPlainText();
    QVERIFY2(bundled.contains(QStringLiteral("CO-97: Included in the payment for another service "
                                             "(bundled)")),
        qPrintable(bundled));
    QVERIFY(bundled.contains(QStringLiteral("Code pair bundled (NCCI) (ncci-ptp)")));
    QVERIFY(bundled.contains(QStringLiteral("Check the code pair against NCCI")));
    QVERIFY(bundled.contains(QStringLiteral("82947 + E11.9")));
    QVERIFY(bundled.contains(QStringLiteral("flagged this rule as an error on the claim")));
    QVERIFY(bundled.contains(QStringLiteral("Bundled into the visit.")));
    QVERIFY(bundled.contains(
        QStringLiteral("%1 overrode it: \"Separate site.\"").arg(m_biller.fullName)));
    QVERIFY(bundled.contains(QStringLiteral("ICN")));
    QVERIFY(bundled.contains(m_coder.fullName));

    // Another denial: the remark in words, and a scrubber that had not seen it coming.
    QTest::mouseClick(w->table()->viewport(), Qt::LeftButton, {},
        w->table()->visualRect(w->model()->index(w->model()->rowOf(m_dx), 1)).center());
    QCOMPARE(w->currentDenialId(), m_dx);
    const QString dx = w->detail()->toPlainText();
    QVERIFY2(dx.contains(QStringLiteral("The diagnosis does not support the procedure")),
        qPrintable(dx));
    QVERIFY(dx.contains(QStringLiteral("M76: Diagnosis missing or not valid")));
    QVERIFY(dx.contains(QStringLiteral("Diagnosis does not support the service")));
    QVERIFY(dx.contains(QStringLiteral("did not flag this rule")));
    // The list says the same in its Scrubber column.
    const int row = w->model()->rowOf(m_bundled);
    QCOMPARE(w->model()->index(row, int(CodingDenialModel::Column::Scrubber)).data().toString(),
        QStringLiteral("Overridden by %1").arg(m_biller.fullName));
    QCOMPARE(w->model()
                 ->index(w->model()->rowOf(m_dx), int(CodingDenialModel::Column::Scrubber))
                 .data()
                 .toString(),
        QStringLiteral("Not flagged"));
}

void tst_CodingDenialsWidget::keysSkipGroupRowsAndEnterReadsTheDetail()
{
    auto w = showWidget(m_manager);
    QTableView *table = w->table();
    table->setFocus();
    QVERIFY(w->selectDenial(0));
    const int first = table->currentIndex().row();
    QCOMPARE(first, 1); // row 0 is the first group's header
    // Down, then J: over the next group's header each time it comes.
    QList<qint64> seen {w->currentDenialId()};
    QTest::keyClick(table, Qt::Key_Down);
    seen.append(w->currentDenialId());
    QTest::keyClick(table, Qt::Key_J);
    seen.append(w->currentDenialId());
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), (QSet<qint64> {m_bundled, m_dx, m_theirs}));
    for (int r = 0; r < w->model()->rowCount(); ++r) {
        if (w->model()->isGroupRow(r))
            QVERIFY(table->currentIndex().row() != r);
    }
    // K and Up go back the same way.
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(w->currentDenialId(), seen[1]);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(w->currentDenialId(), seen[0]);

    // Enter moves to the detail of that denial, Esc comes back to the list.
    QApplication::setActiveWindow(w.get());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(w->detail()->hasFocus());
    QVERIFY(!w->detail()->toPlainText().isEmpty());
    QTest::keyClick(w->detail(), Qt::Key_Escape);
    QTRY_VERIFY(table->hasFocus());
}

void tst_CodingDenialsWidget::onlyMineToggle()
{
    auto w = showWidget(m_coder);
    auto *onlyMine = w->findChild<QCheckBox *>(QStringLiteral("codingDenialsOnlyMine"));
    QCOMPARE(w->model()->denialCount(), 2);
    onlyMine->setFocus();
    QTest::keyClick(onlyMine, Qt::Key_Space);
    QVERIFY(!onlyMine->isChecked());
    QTRY_COMPARE(w->model()->denialCount(), 3);
    bool hasTheirs = false;
    for (const CodingDenialItem &i : w->model()->denials())
        hasTheirs = hasTheirs || i.record.denialId == m_theirs;
    QVERIFY(hasTheirs);
    QTest::mouseClick(onlyMine, Qt::LeftButton);
    QVERIFY(onlyMine->isChecked());
    QTRY_COMPARE(w->model()->denialCount(), 2);
}

void tst_CodingDenialsWidget::emptyPeriodSaysWhy()
{
    auto w = showWidget(m_coder);
    QSignalSpy counts(w.get(), &CodingDenialsWidget::countChanged);
    w->setPeriod(m_today.addDays(-400), m_today.addDays(-300));
    QCOMPARE(w->model()->rowCount(), 0);
    QCOMPARE(w->currentDenialId(), 0);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().first().toInt(), 0);
    QVERIFY2(w->detail()->toPlainText().contains(QStringLiteral("No denial of your work")),
        qPrintable(w->detail()->toPlainText()));
    // A period that ends before it starts is refused in words, not by an empty list alone.
    w->setPeriod(m_today, m_today.addDays(-1));
    auto *message = w->findChild<QWidget *>(QStringLiteral("codingDenialsMessage"));
    QVERIFY(message->isVisible());
}

void tst_CodingDenialsWidget::reloadsWhenADenialChanges()
{
    auto w = showWidget(m_coder);
    QCOMPARE(w->model()->denialCount(), 2);
    const qint64 added = denied(QStringLiteral("4"), 700, 1);
    QVERIFY(added > 0);
    QCOMPARE(w->model()->denialCount(), 2); // nothing said yet
    // A biller works a denial: the coder's list follows.
    QVERIFY(m_db->ws().denials().addNote(m_biller, added, QStringLiteral("Called.")).ok());
    QTRY_COMPARE(w->model()->denialCount(), 3);
    QVERIFY(w->model()->rowOf(added) >= 0);
}

void tst_CodingDenialsWidget::tabBesideTheQueue()
{
    CoderWorkspace workspace(m_coder, m_db->ws());
    workspace.resize(1400, 800);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    auto *tabs = workspace.findChild<QTabWidget *>(QStringLiteral("coderTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(workspace.queue()->isVisible());
    QCOMPARE(tabs->tabText(1), QStringLiteral("Denials from coding (2)"));
    // Ctrl+PgDown shows the denials, Ctrl+PgUp the queue again.
    workspace.queue()->focusTable();
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), workspace.codingDenials());
    QVERIFY(workspace.codingDenials()->isVisible());
    workspace.codingDenials()->table()->setFocus();
    QTRY_VERIFY(workspace.codingDenials()->table()->hasFocus());
    QTest::keyClick(workspace.codingDenials()->table(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    // The count follows the list.
    workspace.codingDenials()
        ->findChild<QCheckBox *>(QStringLiteral("codingDenialsOnlyMine"))
        ->setChecked(false);
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Denials from coding (3)"));
}

QTEST_MAIN(tst_CodingDenialsWidget)
#include "tst_codingdenialswidget.moc"

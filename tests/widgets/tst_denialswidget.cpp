// SPDX-License-Identifier: GPL-3.0-or-later
// The Denials workspace driven like a biller does: group by reason, payer and age; J/K over
// the list (group rows are skipped); the filter box (Ctrl+F); the actions by shortcut and by
// button, each answering the reason dialog; the appeal letter edited and saved as a PDF;
// write-off offered to managers only. Asserts on the model and the database.
#include "testdatabase.h"
#include "storage/database.h"
#include "biller/denialswidget.h"
#include "itemmodels/denialmodel.h"
#include "services/claimservice.h"
#include "services/denialservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace cc;

class tst_DenialsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void groupsAreVisible();
    void jkMoveAndSkipGroupRows();
    void filterBoxNarrowsTheList();
    void transferByShortcut();
    void resubmitOpensTheCorrectedClaim();
    void appealSavesTheLetterAsPdf();
    void writeOffOnlyForManagers();
    void cancelledDialogChangesNothing();
    void enterOpensTheClaim();

private:
    qint64 deniedClaim(qint64 &claimId, const QString &reason, int openedDaysAgo,
                       qint64 cents = 2200);
    std::unique_ptr<DenialsWidget> showWidget(const Session &who);
    /// Answers the next modal dialog with @p fill (which accepts or rejects it).
    void answerDialog(const std::function<void(QDialog *)> &fill);
    QVariant value(const QString &sql) { return m_db->value(sql); }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
    Session m_manager;
    bool m_answered = false;
    int m_trace = 0;
};

void tst_DenialsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_biller = m_db->login(Role::Biller);
    m_manager = m_db->login(Role::Manager);
    value(QStringLiteral("DELETE FROM work_notes WHERE entity = 'denial'"));
    value(QStringLiteral("DELETE FROM denials"));
    m_answered = false;
}

void tst_DenialsWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_DenialsWidget::deniedClaim(qint64 &claimId, const QString &reason, int openedDaysAgo,
                                      qint64 cents)
{
    claimId = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    if (claimId == 0)
        return 0;
    const QString id = QString::number(claimId);
    ++m_trace;
    value(QStringLiteral("UPDATE claims SET state = 'denied', submission_count = 1, "
                         "payer_claim_number = 'ICN%1' WHERE id = %1")
                  .arg(id));
    value(QStringLiteral(
                  "INSERT INTO postings (claim_id, claim_line_id, patient_id, kind, amount_cents, "
                  "posted_at, memo) SELECT c.id, l.id, e.patient_id, 'charge', l.charge_cents, "
                  "'2026-11-02T10:00:00.000Z', 'Claim sent' FROM claims c "
                  "JOIN claim_lines l ON l.claim_id = c.id JOIN encounters e ON e.id = "
                  "c.encounter_id WHERE c.id = %1")
                  .arg(id));
    value(QStringLiteral("INSERT INTO remittances (payer_identifier, payer_name, trace_number, "
                         "payment_cents, payment_date, source, posted_at) VALUES ('12345', "
                         "'ERA payer', 'TRN%1', 0, '2026-11-20', 'era', "
                         "'2026-11-20T12:00:00.000Z')")
                  .arg(m_trace));
    const QString opened = QDateTime::currentDateTimeUtc()
                                   .addDays(-openedDaysAgo)
                                   .toString(Qt::ISODateWithMs);
    QSqlQuery q(QSqlDatabase::database(m_db->ws().database().connectionName()));
    q.prepare(QStringLiteral(
            "INSERT INTO denials (claim_id, remittance_id, group_code, reason_code, "
            "remark_codes, amount_cents, opened_at) VALUES (:claim, (SELECT max(id) FROM "
            "remittances), 'CO', :reason, 'N115', :amount, :opened)"));
    q.bindValue(QStringLiteral(":claim"), claimId);
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":amount"), cents);
    q.bindValue(QStringLiteral(":opened"), opened);
    if (!q.exec()) {
        qWarning() << "deniedClaim:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::unique_ptr<DenialsWidget> tst_DenialsWidget::showWidget(const Session &who)
{
    auto w = std::make_unique<DenialsWidget>(who, m_db->ws().denials(), m_db->ws().claims());
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the denials window did not become active");
    return w;
}

void tst_DenialsWidget::answerDialog(const std::function<void(QDialog *)> &fill)
{
    m_answered = false;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    auto *clock = new QElapsedTimer;
    clock->start();
    connect(poll, &QTimer::timeout, this, [this, poll, clock, fill] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            delete clock;
            fill(dialog);
            m_answered = true;
        } else if (clock->elapsed() > 10000) {
            poll->stop();
            poll->deleteLater();
            delete clock;
        }
    });
    poll->start();
}

static void typeReasonAndAccept(QDialog *dialog, const QString &reason)
{
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("denialReasonEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, reason);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("denialReasonButtons"));
    QVERIFY(buttons);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void tst_DenialsWidget::groupsAreVisible()
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    QVERIFY(deniedClaim(a, QStringLiteral("50"), 5));
    QVERIFY(deniedClaim(b, QStringLiteral("50"), 40));
    QVERIFY(deniedClaim(c, QStringLiteral("16"), 100, 1000));
    auto w = showWidget(m_biller);
    DenialModel *model = w->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // By reason: two groups, the larger total first.
    QCOMPARE(model->grouping(), DenialGrouping::Reason);
    QCOMPARE(model->groups().size(), 2);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->isGroupRow(0));
    QVERIFY(model->data(model->index(0, 0)).toString().startsWith(
            QLatin1String("50: Not medically necessary")));
    QVERIFY(model->data(model->index(0, 0)).toString().contains(QLatin1String("$44.00")));
    QCOMPARE(w->table()->columnSpan(0, 0), model->columnCount());

    // By age, chosen from the keyboard.
    auto *groupBy = w->findChild<QComboBox *>(QStringLiteral("denialGroupBy"));
    QVERIFY(groupBy);
    groupBy->setFocus();
    QTest::keyClick(groupBy, Qt::Key_Down);
    QCOMPARE(model->grouping(), DenialGrouping::Payer);
    QTest::keyClick(groupBy, Qt::Key_Down);
    QCOMPARE(model->grouping(), DenialGrouping::Age);
    QCOMPARE(model->groups().size(), 3);
    QCOMPARE(model->groups()[0].label, QStringLiteral("0–30 days"));
    QCOMPARE(model->groups()[2].label, QStringLiteral("Over 90 days"));
    QCOMPARE(model->groups()[2].totalCents, 1000);
    // The current row is a denial, never a header.
    QVERIFY(w->currentDenialId() > 0);
    auto *detail = w->findChild<QTextBrowser *>(QStringLiteral("denialDetail"));
    QVERIFY(detail->toPlainText().contains(QLatin1String("ICN")));
}

void tst_DenialsWidget::jkMoveAndSkipGroupRows()
{
    qint64 a = 0;
    qint64 b = 0;
    const qint64 first = deniedClaim(a, QStringLiteral("50"), 5);
    const qint64 second = deniedClaim(b, QStringLiteral("16"), 5, 1000);
    QVERIFY(first && second);
    auto w = showWidget(m_biller);
    QTableView *table = w->table();
    // Rows: [50 group] first, [16 group] second.
    QCOMPARE(w->model()->rowCount(), 4);
    QCOMPARE(w->currentDenialId(), first);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(w->currentDenialId(), second);
    QTest::keyClick(table, Qt::Key_J); // already last
    QCOMPARE(w->currentDenialId(), second);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(w->currentDenialId(), first);
    QTest::keyClick(table, Qt::Key_K); // the header above is not a stop
    QCOMPARE(w->currentDenialId(), first);
    auto *detail = w->findChild<QTextBrowser *>(QStringLiteral("denialDetail"));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("ICN%1").arg(a)));
    QVERIFY(detail->toPlainText().contains(QLatin1String("Decided by a local coverage policy")));
}

void tst_DenialsWidget::filterBoxNarrowsTheList()
{
    qint64 a = 0;
    qint64 b = 0;
    QVERIFY(deniedClaim(a, QStringLiteral("50"), 5));
    const qint64 second = deniedClaim(b, QStringLiteral("16"), 5);
    QVERIFY(second);
    auto w = showWidget(m_biller);
    QCOMPARE(w->model()->denialCount(), 2);
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = w->findChild<QLineEdit *>(QStringLiteral("denialFilterBox"));
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("billing errors"));
    QCOMPARE(w->model()->denialCount(), 1);
    QCOMPARE(w->model()->groups().size(), 1);
    QCOMPARE(w->currentDenialId(), second);
    filter->clear();
    QCOMPARE(w->model()->denialCount(), 2);
}

void tst_DenialsWidget::transferByShortcut()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("96"), 5);
    QVERIFY(denialId);
    auto w = showWidget(m_biller);
    w->table()->setFocus();
    answerDialog([](QDialog *d) { typeReasonAndAccept(d, QStringLiteral("Signed waiver")); });
    QTest::keyClick(w->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_answered);
    QTRY_COMPARE(value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                         .toString(),
                 QStringLiteral("transferred"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND kind = "
                                  "'transfer' AND group_code = 'PR' AND amount_cents = 2200")
                           .arg(claimId))
                     .toInt(),
             1);
    QCOMPARE(value(QStringLiteral("SELECT note FROM work_notes WHERE entity = 'denial' AND "
                                  "entity_id = %1")
                           .arg(denialId))
                     .toString(),
             QStringLiteral("Signed waiver"));
    // Finished denials leave the default list.
    QTRY_COMPARE(w->model()->denialCount(), 0);
}

void tst_DenialsWidget::resubmitOpensTheCorrectedClaim()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("16"), 5);
    QVERIFY(denialId);
    auto w = showWidget(m_biller);
    QSignalSpy open(w.get(), &DenialsWidget::openClaimRequested);
    answerDialog([](QDialog *d) { typeReasonAndAccept(d, QStringLiteral("Fix the NPI")); });
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("resubmitButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_answered);
    QTRY_COMPARE(open.count(), 1);
    const qint64 newId = open.first().first().toLongLong();
    QCOMPARE(value(QStringLiteral("SELECT frequency || ':' || original_claim_id FROM claims "
                                  "WHERE id = %1")
                           .arg(newId))
                     .toString(),
             QStringLiteral("7:%1").arg(claimId));
    QCOMPARE(value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                     .toString(),
             QStringLiteral("resubmitted"));
    // Still listed (waiting for the payer), with the action shown.
    QTRY_COMPARE(w->model()->denialAt(w->model()->rowOf(denialId))->record.state,
                 QStringLiteral("resubmitted"));
    QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("resubmitButton"))->isEnabled());
}

void tst_DenialsWidget::appealSavesTheLetterAsPdf()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("50"), 5);
    QVERIFY(denialId);
    QTemporaryDir dir;
    auto w = showWidget(m_biller);
    w->setAppealFolder(dir.path());
    QString letterShown;
    answerDialog([&letterShown](QDialog *d) {
        auto *reason = d->findChild<QLineEdit *>(QStringLiteral("appealReasonEdit"));
        auto *letter = d->findChild<QPlainTextEdit *>(QStringLiteral("appealLetterEdit"));
        QVERIFY(reason && letter);
        letterShown = letter->toPlainText();
        QTest::keyClicks(reason, QStringLiteral("Records support necessity"));
        letter->moveCursor(QTextCursor::End);
        QTest::keyClicks(letter, QStringLiteral("Added by the biller."));
        auto *buttons = d->findChild<QDialogButtonBox *>(QStringLiteral("appealButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_answered);
    QVERIFY(letterShown.contains(QStringLiteral("ICN%1").arg(claimId)));
    QTRY_COMPARE(value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                         .toString(),
                 QStringLiteral("appealed"));
    QFile pdf(w->lastAppealPdf());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    QVERIFY(value(QStringLiteral("SELECT note FROM work_notes WHERE entity = 'denial' AND "
                                 "action = 'appeal_letter' AND entity_id = %1")
                          .arg(denialId))
                    .toString()
                    .endsWith(QLatin1String("Added by the biller.")));
}

void tst_DenialsWidget::writeOffOnlyForManagers()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("29"), 5);
    QVERIFY(denialId);
    {
        auto w = showWidget(m_biller);
        QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("writeOffButton"))->isVisible());
        w->table()->setFocus();
        QTest::keyClick(w->table(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                         .toString(),
                 QStringLiteral("open"));
    }
    auto w = showWidget(m_manager);
    auto *button = w->findChild<QPushButton *>(QStringLiteral("writeOffButton"));
    QVERIFY(button->isVisible() && button->isEnabled());
    answerDialog([](QDialog *d) { typeReasonAndAccept(d, QStringLiteral("Filed too late")); });
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_answered);
    QTRY_COMPARE(value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                         .toString(),
                 QStringLiteral("written_off"));
    QCOMPARE(value(QStringLiteral("SELECT amount_cents FROM postings WHERE claim_id = %1 AND "
                                  "kind = 'write_off' AND user_id = %2")
                           .arg(claimId)
                           .arg(m_manager.userId))
                     .toLongLong(),
             2200);
}

void tst_DenialsWidget::cancelledDialogChangesNothing()
{
    qint64 claimId = 0;
    const qint64 denialId = deniedClaim(claimId, QStringLiteral("50"), 5);
    QVERIFY(denialId);
    auto w = showWidget(m_biller);
    answerDialog([](QDialog *d) {
        auto *buttons = d->findChild<QDialogButtonBox *>(QStringLiteral("denialReasonButtons"));
        QVERIFY(buttons);
        // No reason, no action.
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        d->reject();
    });
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_answered);
    QCOMPARE(value(QStringLiteral("SELECT state FROM denials WHERE id = %1").arg(denialId))
                     .toString(),
             QStringLiteral("open"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM work_notes WHERE entity = 'denial'"))
                     .toInt(),
             0);
}

void tst_DenialsWidget::enterOpensTheClaim()
{
    qint64 claimId = 0;
    QVERIFY(deniedClaim(claimId, QStringLiteral("50"), 5));
    auto w = showWidget(m_biller);
    QSignalSpy open(w.get(), &DenialsWidget::openClaimRequested);
    w->table()->setFocus();
    QTest::keyClick(w->table(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), claimId);
}

QTEST_MAIN(tst_DenialsWidget)
#include "tst_denialswidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The biller's Handoff view: the list, the findings of the selected encounter, overriding an
// error with a reason through the real dialog, and Accept only once nothing blocks.
#include "biller/handoffwidget.h"
#include "itemmodels/handoffmodel.h"
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/templateservice.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace cc;

class tst_HandoffWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsWaitingWorkOldestFirst();
    void overrideThroughTheDialogThenAccept();
    void coderCannotOverride();

private:
    /// Codes a new encounter with a glucose test for an ankle sprain and hands it off: work
    /// with an open error for the biller.
    qint64 handOffWithError();
    /// Selects the first row with an open error; returns its encounter id (0 when none).
    qint64 selectRowWithError(HandoffWidget &w);
    QVariant scalar(const QString &sql) { return m_db->value(sql); }
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_HandoffWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 4), qPrintable(m_db->errorText()));
    QVERIFY(handOffWithError() > 0);
}

qint64 tst_HandoffWidget::handOffWithError()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"),
                                                  QStringLiteral("82947"));
    if (id == 0)
        return 0;
    auto handed = m_db->ws().handoff().handOff(
            m_db->login(Role::Coder), id,
            scalar(QStringLiteral("SELECT version FROM encounters WHERE id = %1").arg(id)).toInt(),
            QStringLiteral("Glucose for a sprain?"));
    return handed ? id : 0;
}

void tst_HandoffWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_HandoffWidget::selectRowWithError(HandoffWidget &w)
{
    auto *table = w.findChild<QTableView *>(QStringLiteral("handoffTable"));
    for (int r = 0; r < w.model()->rowCount(); ++r) {
        if (w.model()->itemAt(r)->errorCount > 0) {
            table->setCurrentIndex(w.model()->index(r, 0));
            return w.model()->itemAt(r)->summary.id;
        }
    }
    return 0;
}

void tst_HandoffWidget::listsWaitingWorkOldestFirst()
{
    HandoffWidget w(m_db->login(Role::Biller), m_db->ws().handoff(), m_db->ws().encounters());
    w.resize(1300, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const int waiting = scalar(QStringLiteral("SELECT count(*) FROM encounters WHERE state = "
                                              "'handed_off'"))
                                .toInt();
    QVERIFY(waiting > 0);
    QCOMPARE(w.model()->rowCount(), waiting);
    for (int r = 1; r < w.model()->rowCount(); ++r)
        QVERIFY(w.model()->itemAt(r - 1)->handedOffAt <= w.model()->itemAt(r)->handedOffAt);
    // J and K move through the list; the detail pane follows.
    auto *table = w.findChild<QTableView *>(QStringLiteral("handoffTable"));
    table->setFocus();
    table->setCurrentIndex(w.model()->index(0, 0));
    const qint64 first = w.currentEncounterId();
    QTest::keyClick(table, Qt::Key_J);
    QVERIFY(w.currentEncounterId() != first);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(w.currentEncounterId(), first);
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("handoffHeader"))->property("text").toString().isEmpty());
}

void tst_HandoffWidget::overrideThroughTheDialogThenAccept()
{
    HandoffWidget w(m_db->login(Role::Biller), m_db->ws().handoff(), m_db->ws().encounters());
    w.resize(1300, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 id = selectRowWithError(w);
    QVERIFY(id > 0);
    auto *accept = w.findChild<QPushButton *>(QStringLiteral("acceptButton"));
    auto *override = w.findChild<QPushButton *>(QStringLiteral("overrideButton"));
    auto *findings = w.findChild<QListWidget *>(QStringLiteral("handoffFindings"));
    QVERIFY(!accept->isEnabled());
    QVERIFY(findings->currentItem());
    QVERIFY(findings->currentItem()->text().startsWith(QLatin1String("Error")));
    QVERIFY(override->isEnabled());

    // Every open error is overridden through the dialog, with a reason.
    int guard = 0;
    while (!accept->isEnabled() && guard++ < 10) {
        QVERIFY(override->isEnabled());
        bool answered = false;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (QApplication::activeModalWidget())
                    QApplication::activeModalWidget()->close();
                return;
            }
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QStringLiteral("Payer confirmed coverage by phone"));
            answered = true;
            dialog->accept();
        });
        QTest::mouseClick(override, Qt::LeftButton);
        QVERIFY(answered);
        QTRY_VERIFY(w.currentEncounterId() == id);
    }
    QVERIFY(accept->isEnabled());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM claim_findings WHERE encounter_id = %1 "
                                   "AND claim_id IS NULL AND severity = 'error' AND "
                                   "overridden_by IS NULL")
                            .arg(id))
                     .toInt(),
             0);
    QVERIFY(findings->item(0)->text().contains(QLatin1String("Payer confirmed coverage by phone")));

    const int rows = w.model()->rowCount();
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE(w.model()->rowCount(), rows - 1);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("accepted"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM claims WHERE encounter_id = %1").arg(id))
                     .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'finding.override' AND entity_id = %1")
                            .arg(id))
                     .toInt()
                     > 0,
             true);
}

void tst_HandoffWidget::coderCannotOverride()
{
    // A manager may override; a coder never sees this view, and the service refuses anyway.
    HandoffWidget w(m_db->login(Role::Manager), m_db->ws().handoff(), m_db->ws().encounters());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(selectRowWithError(w) > 0);
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("overrideButton"))->isEnabled());
    auto found = m_db->ws().handoff().findings(m_db->login(Role::Coder), w.currentEncounterId());
    QVERIFY(found.ok());
    const auto error = std::find_if(found->cbegin(), found->cend(),
                                    [](const StoredFinding &f) { return f.blocks(); });
    QVERIFY(error != found->cend());
    QCOMPARE(m_db->ws()
                     .handoff()
                     .overrideFinding(m_db->login(Role::Coder), error->id,
                                      QStringLiteral("I think it is fine"))
                     .error()
                     .kind,
             Error::Kind::Forbidden);
}

QTEST_MAIN(tst_HandoffWidget)
#include "tst_handoffwidget.moc"

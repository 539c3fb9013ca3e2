// SPDX-License-Identifier: GPL-3.0-or-later
// The Coding audit workspace driven by keys and clicks: a sample drawn with the per-coder spin
// box and the Draw button, a blind recode typed into the code search boxes and saved with
// Ctrl+S, the comparison showing both codings with the result in words, the accuracy table,
// and a coder seeing only other coders' work to recode.
#include "testdatabase.h"
#include "common/codesearchbox.h"
#include "common/inlinemessage.h"
#include "itemmodels/auditaccuracymodel.h"
#include "itemmodels/auditcomparisonmodel.h"
#include "itemmodels/codingaudititemmodel.h"
#include "itemmodels/codingauditlistmodel.h"
#include "manager/codingauditwidget.h"
#include "manager/recodepanel.h"
#include "services/authservice.h"
#include "services/codingauditservice.h"
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/templateservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace cc;

namespace {
const QDate kFrom(2026, 11, 1);
const QDate kTo(2026, 11, 30);
} // namespace

class tst_CodingAuditWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void drawWithSpinBoxAndButton();
    void recodeWithSearchBoxAndCtrlS();
    void comparisonShowsBothSides();
    void accuracyTableAndChart();
    void coderSeesOnlyOthersWork();

private:
    CodingAuditService &audits() { return m_db->ws().codingAudits(); }
    /// Codes a new encounter E11.9, I10; 99214-25, 36415 as @p coder, DOS @p dos.
    qint64 coded(const Session &coder, const QDate &dos);
    std::unique_ptr<CodingAuditWidget> showWidget(const Session &who);
    template <typename T>
    T *child(QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    /// Types @p text into @p box and chooses the first result with Enter.
    void choose(CodeSearchBox *box, const QString &text)
    {
        box->lineEdit()->setFocus();
        QTest::keyClicks(box->lineEdit(), text);
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    }
    /// The cell editor of @p table that has the focus (closed editors linger until deleted).
    static QLineEdit *cellEditor(QTableWidget *table)
    {
        auto *e = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return e && table->viewport()->isAncestorOf(e) ? e : nullptr;
    }
    qint64 itemOf(qint64 encounterId)
    {
        return m_db->value(QStringLiteral("SELECT id FROM coding_audit_items WHERE encounter_id = "
                                          "%1 ORDER BY id DESC LIMIT 1")
                                   .arg(encounterId))
                .toLongLong();
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_manager;
    Session m_coder;
    Session m_coder2;
    qint64 m_first = 0;  ///< the demo coder's, 3 Nov
    qint64 m_second = 0; ///< the demo coder's, 20 Nov
    qint64 m_other = 0;  ///< coder 2's, 10 Nov
};

void tst_CodingAuditWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    // Only the encounters coded here have a coder to audit.
    m_db->value(QStringLiteral("DELETE FROM handoff_log"));
    m_db->value(QStringLiteral("UPDATE encounters SET coder_id = NULL"));
    // The demo's own audit goes too: each test draws its own.
    for (const char *table : {"coding_audit_lines", "coding_audit_items", "coding_audits"})
        m_db->value(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    m_manager = m_db->login(Role::Manager);
    m_coder = m_db->login(Role::Coder);
    auto made = m_db->ws().auth().createUser(
            m_db->login(Role::Admin), {QStringLiteral("sortiz"), QStringLiteral("Sam Ortiz, CCS"),
                                       Role::Coder, QStringLiteral("coder2-secret"), {}});
    QVERIFY(made);
    m_coder2 = m_db->ws().auth().login(QStringLiteral("sortiz"), QStringLiteral("coder2-secret"))
                       .value();
    m_first = coded(m_coder, QDate(2026, 11, 3));
    m_second = coded(m_coder, QDate(2026, 11, 20));
    m_other = coded(m_coder2, QDate(2026, 11, 10));
    QVERIFY(m_first && m_second && m_other);
}

void tst_CodingAuditWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_CodingAuditWidget::coded(const Session &coder, const QDate &dos)
{
    const qint64 id = m_db->value(QStringLiteral("SELECT id FROM encounters WHERE state = 'new' "
                                                 "ORDER BY id LIMIT 1"))
                              .toLongLong();
    auto e = m_db->ws().encounters().open(coder, id);
    if (!e)
        return 0;
    CodingDraft d;
    d.diagnoses = {{1, QStringLiteral("E119")}, {2, QStringLiteral("I10")}};
    ServiceLineEntry visit;
    visit.code = QStringLiteral("99214");
    visit.modifiers = {QStringLiteral("25")};
    visit.pointers = {1, 2};
    visit.serviceDate = e->summary.dateOfService;
    ServiceLineEntry draw = visit;
    draw.code = QStringLiteral("36415");
    draw.modifiers = {};
    d.services = {visit, draw};
    auto checklist = m_db->ws().templates().checklist(e->providerSpecialty);
    if (checklist.ok() && checklist.value()) {
        for (const ChecklistItem &i : checklist.value()->items)
            d.checkedItems.append(i.key);
    }
    auto done = m_db->ws().coding().markCoded(coder, id, e->version, d);
    if (!done) {
        qWarning() << done.error().userMessage;
        return 0;
    }
    m_db->value(QStringLiteral("UPDATE encounters SET date_of_service = '%1' WHERE id = %2")
                        .arg(dos.toString(Qt::ISODate))
                        .arg(id));
    return id;
}

std::unique_ptr<CodingAuditWidget> tst_CodingAuditWidget::showWidget(const Session &who)
{
    auto w = std::make_unique<CodingAuditWidget>(who, audits(), m_db->ws().codes());
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the coding audit window did not become active");
    return w;
}

void tst_CodingAuditWidget::drawWithSpinBoxAndButton()
{
    auto w = showWidget(m_manager);
    QAbstractItemModelTester auditTester(w->auditModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester itemTester(w->itemModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w->hasPage(CodingAuditWidget::Page::Audits));
    w->showPage(CodingAuditWidget::Page::Audits);
    QCOMPARE(w->auditModel()->rowCount(), 0);
    child<QDateEdit>(*w, "drawFrom")->setDate(kFrom);
    child<QDateEdit>(*w, "drawTo")->setDate(kTo);
    auto *perCoder = child<QSpinBox>(*w, "perCoder");
    perCoder->setFocus();
    perCoder->selectAll();
    QTest::keyClicks(perCoder, QStringLiteral("1"));
    QCOMPARE(perCoder->value(), 1);
    auto *seed = child<QSpinBox>(*w, "drawSeed");
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("77"));
    QTest::mouseClick(child<QPushButton>(*w, "drawButton"), Qt::LeftButton);

    QCOMPARE(w->auditModel()->rowCount(), 1);
    QCOMPARE(w->currentAuditId(), w->auditModel()->rows().at(0).id);
    // One encounter per coder: one of the demo coder's two, and coder 2's.
    QCOMPARE(w->itemModel()->rowCount(), 2);
    QCOMPARE(m_db->value(QStringLiteral("SELECT per_coder || '/' || seed FROM coding_audits"))
                     .toString(),
             QStringLiteral("1/77"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM coding_audit_items WHERE "
                                        "encounter_id = %1")
                                 .arg(m_other))
                     .toInt(),
             1);
    const QModelIndex state = w->itemModel()->index(0, int(CodingAuditItemModel::Column::State));
    QCOMPARE(state.data().toString(), QStringLiteral("Pending"));
    QVERIFY(child<InlineMessage>(*w, "codingAuditMessage")->text().contains(QStringLiteral("2")));

    // The next draw takes the demo coder's other encounter; then there is nothing left.
    QTest::mouseClick(child<QPushButton>(*w, "drawButton"), Qt::LeftButton);
    QCOMPARE(w->auditModel()->rowCount(), 2);
    QCOMPARE(w->itemModel()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(*w, "drawButton"), Qt::LeftButton);
    QCOMPARE(w->auditModel()->rowCount(), 2);
    QVERIFY2(child<InlineMessage>(*w, "codingAuditMessage")
                     ->text()
                     .contains(QStringLiteral("no coded encounters")),
             qPrintable(child<InlineMessage>(*w, "codingAuditMessage")->text()));
}

void tst_CodingAuditWidget::recodeWithSearchBoxAndCtrlS()
{
    QVERIFY(audits().drawSample(m_manager, kFrom, kTo, 5, 3));
    auto w = showWidget(m_manager);
    w->showPage(CodingAuditWidget::Page::Audits);
    auto *items = child<QTableView>(*w, "auditItemTable");
    const int row = w->itemModel()->rowOf(itemOf(m_first));
    QVERIFY(row >= 0);
    items->setFocus();
    items->setCurrentIndex(w->itemModel()->index(row, 0));
    QTest::keyClick(items, Qt::Key_Return);
    QCOMPARE(w->currentPage(), CodingAuditWidget::Page::Recode);
    RecodePanel *panel = w->recodePanel();
    QCOMPARE(panel->itemId(), itemOf(m_first));
    // The blind case shows the note, never the coder's codes.
    const QString facts = child<QLabel>(*w, "recodeFacts")->text();
    QVERIFY(facts.contains(QStringLiteral("years")));
    QVERIFY(!facts.contains(QStringLiteral("E11")));

    choose(panel->diagnosisSearch(), QStringLiteral("e119"));
    choose(panel->diagnosisSearch(), QStringLiteral("i10"));
    QCOMPARE(panel->diagnoses(), (QStringList{QStringLiteral("E119"), QStringLiteral("I10")}));
    choose(panel->serviceSearch(), QStringLiteral("99214"));
    choose(panel->serviceSearch(), QStringLiteral("36415"));
    auto *lines = child<QTableWidget>(*w, "auditLinesTable");
    QCOMPARE(lines->rowCount(), 2);
    // Modifier 25 on the visit, typed into the cell; 2 units on the draw, left in its editor.
    lines->setFocus();
    lines->editItem(lines->item(0, 1));
    auto *editor = cellEditor(lines);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("25"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through the event loop.
    QTRY_COMPARE(lines->item(0, 1)->text(), QStringLiteral("25"));
    lines->setCurrentCell(1, 2);
    lines->editItem(lines->item(1, 2));
    editor = cellEditor(lines);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);

    const qint64 item = itemOf(m_first);
    QVERIFY2(!m_db->value(QStringLiteral("SELECT completed_at FROM coding_audit_items WHERE id = "
                                         "%1")
                                  .arg(item))
                      .isNull(),
             qPrintable(child<InlineMessage>(*w, "recodeMessage")->text()));
    // E11.9, I10 and 99214-25 agree; 36415 × 2 against × 1 does not: 3 of 5.
    QCOMPARE(m_db->value(QStringLiteral("SELECT agreed_lines || '/' || audited_lines || '/' || "
                                        "auditor_id FROM coding_audit_items WHERE id = %1")
                                 .arg(item))
                     .toString(),
             QStringLiteral("3/5/%1").arg(m_manager.userId));
    QCOMPARE(m_db->value(QStringLiteral("SELECT group_concat(code || ':' || modifiers || ':' || "
                                        "units, ' ') FROM (SELECT * FROM coding_audit_lines WHERE "
                                        "item_id = %1 AND side = 'auditor' ORDER BY kind, "
                                        "position)")
                                 .arg(item))
                     .toString(),
             QStringLiteral("E119::1 I10::1 99214:25:1 36415::2"));
    QCOMPARE(panel->itemId(), 0);
    QVERIFY(child<InlineMessage>(*w, "recodeMessage")->text().contains(QStringLiteral("3 of 5")));
    // The list follows: the item is done, and no longer waiting.
    QCOMPARE(w->pendingModel()->rowOf(item), -1);
    QVERIFY(w->itemModel()->rowAt(w->itemModel()->rowOf(item))->isDone());
}

void tst_CodingAuditWidget::comparisonShowsBothSides()
{
    QVERIFY(audits().drawSample(m_manager, kFrom, kTo, 5, 3));
    const qint64 item = itemOf(m_other);
    // The auditor leaves out I10 and codes 99213 instead of 99214-25.
    QVERIFY(audits().submitRecode(m_coder, item,
                                  m_db->value(QStringLiteral("SELECT version FROM "
                                                             "coding_audit_items WHERE id = %1")
                                                      .arg(item))
                                          .toInt(),
                                  {QStringLiteral("E119")},
                                  {RecodeServiceLine{QStringLiteral("99213"), {}, 1},
                                   RecodeServiceLine{QStringLiteral("36415"), {}, 1}},
                                  QStringLiteral("E/M level not supported")));
    auto w = showWidget(m_manager);
    QAbstractItemModelTester tester(w->comparisonModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w->showPage(CodingAuditWidget::Page::Audits);
    auto *items = child<QTableView>(*w, "auditItemTable");
    items->setFocus();
    items->setCurrentIndex(w->itemModel()->index(w->itemModel()->rowOf(item), 0));
    QVERIFY(!child<QPushButton>(*w, "recodeItemButton")->isEnabled());
    QVERIFY(child<QPushButton>(*w, "compareItemButton")->isEnabled());
    QTest::keyClick(items, Qt::Key_Return);
    QCOMPARE(w->currentPage(), CodingAuditWidget::Page::Comparison);

    auto *model = w->comparisonModel();
    using C = AuditComparisonModel::Column;
    auto cell = [&](int row, C column) { return model->index(row, int(column)).data().toString(); };
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(QStringLiteral("%1|%2|%3")
                            .arg(cell(r, C::CoderCode), cell(r, C::AuditorCode),
                                 cell(r, C::Result)));
    QCOMPARE(rows, (QStringList{
                           QStringLiteral("E11.9|E11.9|✓ Agreed"),
                           QStringLiteral("I10|—|✗ Only the coder"),
                           QStringLiteral("36415|36415|✓ Agreed"),
                           QStringLiteral("99214-25|—|✗ Only the coder"),
                           QStringLiteral("—|99213|✗ Only the auditor"),
                   }));
    QCOMPARE(cell(0, C::CoderDescription),
             QStringLiteral("Type 2 diabetes mellitus without complications"));
    QVERIFY(!model->index(1, 0).data(AuditComparisonModel::AgreedRole).toBool());
    QVERIFY(model->index(0, 0).data(AuditComparisonModel::AgreedRole).toBool());
    const QString header = child<QLabel>(*w, "comparisonHeader")->text();
    QVERIFY2(header.contains(QStringLiteral("2 of 5 code lines agreed")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("Sam Ortiz")));
    QVERIFY(child<QLabel>(*w, "comparisonNote")->text().contains(QStringLiteral("E/M level")));
}

void tst_CodingAuditWidget::accuracyTableAndChart()
{
    QVERIFY(audits().drawSample(m_manager, kFrom, kTo, 5, 3));
    const qint64 item = itemOf(m_first);
    const int version = m_db->value(QStringLiteral("SELECT version FROM coding_audit_items WHERE "
                                                   "id = %1")
                                            .arg(item))
                                .toInt();
    QVERIFY(audits().submitRecode(m_coder2, item, version, {QStringLiteral("E119")},
                                  {RecodeServiceLine{QStringLiteral("99214"),
                                                     {QStringLiteral("25")}, 1},
                                   RecodeServiceLine{QStringLiteral("36415"), {}, 1}}));
    auto w = showWidget(m_manager);
    QAbstractItemModelTester tester(w->accuracyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w->showPage(CodingAuditWidget::Page::Accuracy);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    child<QDateEdit>(*w, "accuracyFrom")->setDate(today.addDays(-1));
    child<QDateEdit>(*w, "accuracyTo")->setDate(today.addDays(1));
    QTest::mouseClick(child<QPushButton>(*w, "showAccuracyButton"), Qt::LeftButton);
    auto *model = w->accuracyModel();
    QCOMPARE(model->rowCount(), 1);
    using C = AuditAccuracyModel::Column;
    auto cell = [&](C column) { return model->index(0, int(column)).data().toString(); };
    QCOMPARE(cell(C::Coder), QStringLiteral("Dana Whitfield, CPC"));
    QCOMPARE(cell(C::Month), today.toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(cell(C::Items), QStringLiteral("1"));
    QCOMPARE(cell(C::Agreed), QStringLiteral("3"));
    QCOMPARE(cell(C::Audited), QStringLiteral("4"));
    QCOMPARE(cell(C::Accuracy), QStringLiteral("%1 %").arg(QLocale().toString(75.0, 'f', 1)));
    QCOMPARE(model->index(0, 0).data(AuditAccuracyModel::AccuracyRole).toDouble(), 0.75);
    auto *chart = child<QChartView>(*w, "accuracyChart");
    QCOMPARE(chart->chart()->series().size(), 1);
    auto *series = qobject_cast<QLineSeries *>(chart->chart()->series().at(0));
    QVERIFY(series);
    QCOMPARE(series->name(), QStringLiteral("Dana Whitfield, CPC"));
    QCOMPARE(series->count(), 1);
    QCOMPARE(series->at(0).y(), 75.0);
    // A period with nothing recoded: an empty table, no line.
    child<QDateEdit>(*w, "accuracyFrom")->setDate(QDate(2020, 1, 1));
    child<QDateEdit>(*w, "accuracyTo")->setDate(QDate(2020, 12, 31));
    QTest::mouseClick(child<QPushButton>(*w, "showAccuracyButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(chart->chart()->series().size(), 0);
}

void tst_CodingAuditWidget::coderSeesOnlyOthersWork()
{
    QVERIFY(audits().drawSample(m_manager, kFrom, kTo, 5, 3));
    auto w = showWidget(m_coder);
    QVERIFY(!w->hasPage(CodingAuditWidget::Page::Audits));
    QVERIFY(!w->hasPage(CodingAuditWidget::Page::Comparison));
    QVERIFY(!w->hasPage(CodingAuditWidget::Page::Accuracy));
    QCOMPARE(w->currentPage(), CodingAuditWidget::Page::Recode);
    QCOMPARE(w->pendingModel()->rowCount(), 1);
    QCOMPARE(w->pendingModel()->rows().at(0).encounterId, m_other);
    QVERIFY(!child<QLabel>(*w, "pendingEmpty")->isVisible());

    auto w2 = showWidget(m_coder2);
    QCOMPARE(w2->pendingModel()->rowCount(), 2);
    // Enter opens the first one; the coder's codes are not in the panel.
    auto *pending = child<QTableView>(*w2, "pendingTable");
    pending->setFocus();
    pending->setCurrentIndex(w2->pendingModel()->index(0, 0));
    QTest::keyClick(pending, Qt::Key_Return);
    QCOMPARE(w2->recodePanel()->itemId(), w2->pendingModel()->rows().at(0).id);
    QVERIFY(w2->recodePanel()->diagnoses().isEmpty());
    QVERIFY(w2->recodePanel()->services().isEmpty());
}

QTEST_MAIN(tst_CodingAuditWidget)
#include "tst_codingauditwidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The biller's Claims screen: the list and its filters, a claim laid out with where each value
// came from, the scrub re-run a moment after every change, saving (ready when clean, refused
// when another seat saved first), the CMS-1500 PDF, overriding an error, asking to send, and
// replacement claims once the payer has accepted and numbered a claim.
#include "biller/claimform.h"
#include "biller/claimswidget.h"
#include "common/inlinemessage.h"
#include "itemmodels/claimlistmodel.h"
#include "services/claimservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/practiceservice.h"
#include "services/submissionservice.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_ClaimsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsTheDraftClaims();
    void filtersByStateAndText();
    void showsTheClaimGroupedWithSources();
    void rescrubsAMomentAfterAnEdit();
    void editsDiagnosesAndLines();
    void savesACleanDraftAsReady();
    void staleSaveIsAConflict();
    void changeToAnotherClaimKeepsWhatIsBeingTyped();
    void printsTheCms1500();
    void overridesAnErrorWithAReason();
    void asksToSendTheReadyClaims();
    void saysWhyActionsAreOff();
    void correctsOnlyAnAcceptedNumberedClaim();

private:
    /// A new encounter coded with @p dx and @p service, handed off and accepted: its claim id.
    qint64 makeClaim(const QString &dx, const QString &service);
    /// Shows a widget for a biller at the size of a workstation screen.
    std::unique_ptr<ClaimsWidget> showWidget();
    /// Types @p text into cell (@p row, @p column) of the lines table, as the biller does.
    void typeInLine(ClaimsWidget &w, int row, ClaimLineModel::Column column, const QString &text);
    QString messageText(ClaimsWidget &w);
    ClaimRecord stored(qint64 id) { return m_db->ws().claims().claim(id).value(); }
    /// A look at the screen, for people: CC_CLAIMS_SCREENSHOTS=/tmp saves /tmp/@p name.
    static void screenshot(QWidget &w, const QString &name)
    {
        const QByteArray dir = qgetenv("CC_CLAIMS_SCREENSHOTS");
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(); // nested layouts settle as they do on screen
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
    }
    static bool hasRule(const QList<StoredFinding> &found, const QString &rule);
    template<typename T>
    T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
    qint64 m_claimId = 0;
};

void tst_ClaimsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 4), qPrintable(m_db->errorText()));
    m_db->ws().claims().setToday(QDate(2026, 11, 27)); // the demo's today
    m_biller = m_db->login(Role::Biller);
    m_claimId = makeClaim(QStringLiteral("E119"), QStringLiteral("82947"));
    QVERIFY(m_claimId > 0);
}

void tst_ClaimsWidget::cleanup()
{
    m_db.reset();
}

qint64 tst_ClaimsWidget::makeClaim(const QString &dx, const QString &service)
{
    const qint64 encounter = m_db->markNewEncounterCoded(dx, service);
    const Session coder = m_db->login(Role::Coder);
    auto version = [&] { return m_db->ws().encounters().open(coder, encounter)->version; };
    if (encounter == 0 || !m_db->ws().handoff().handOff(coder, encounter, version(), {}))
        return 0;
    auto claim = m_db->ws().handoff().accept(m_biller, encounter, version());
    return claim ? claim.value() : 0;
}

std::unique_ptr<ClaimsWidget> tst_ClaimsWidget::showWidget()
{
    auto w = std::make_unique<ClaimsWidget>(m_biller, m_db->ws().claims(), m_db->ws().practice());
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the claims window did not become active");
    return w;
}

void tst_ClaimsWidget::typeInLine(ClaimsWidget &w, int row, ClaimLineModel::Column column,
                                  const QString &text)
{
    auto *table = child<QTableView>(w, "linesTable");
    const QModelIndex cell = table->model()->index(row, int(column));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    // The open editor has the focus (closed ones linger until deleted later).
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor && table->isAncestorOf(editor), "no editor opened on the cell");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's value in a queued call.
    QCoreApplication::processEvents();
}

QString tst_ClaimsWidget::messageText(ClaimsWidget &w)
{
    auto *message = w.findChild<InlineMessage *>();
    return message && message->isVisible() ? message->text() : QString();
}

bool tst_ClaimsWidget::hasRule(const QList<StoredFinding> &found, const QString &rule)
{
    return std::any_of(found.cbegin(), found.cend(),
                       [&](const StoredFinding &f) { return f.finding.rule == rule; });
}

void tst_ClaimsWidget::listsTheDraftClaims()
{
    const qint64 second = makeClaim(QStringLiteral("I10"), QStringLiteral("99213"));
    QVERIFY(second > 0);
    auto w = showWidget();
    w->setStateFilter(ClaimsWidget::StateFilter::Drafts);
    auto drafts = m_db->ws().claims().claims({ClaimState::Draft});
    QVERIFY(drafts.ok());
    QVERIFY(drafts->size() >= 2);
    auto *table = child<QTableView>(*w, "claimsTable");
    QCOMPARE(table->model()->rowCount(), int(drafts->size()));
    QVERIFY(w->model()->rowOf(m_claimId) >= 0);
    QVERIFY(w->model()->rowOf(second) >= 0);
    QVERIFY(child<QComboBox>(*w, "stateFilter")
                    ->currentText()
                    .contains(QStringLiteral("(%1)").arg(drafts->size())));
    QVERIFY(!child<QLabel>(*w, "claimsEmpty")->isVisible());
    const QModelIndex charge = table->model()->index(
            table->model()->rowCount() > 0 ? 0 : -1, int(ClaimListModel::Column::Charge));
    QVERIFY(charge.data().toString().startsWith(QLatin1Char('$')));
    QCOMPARE(charge.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));

    // The first row opens by itself; arrows move through the list and the claim follows.
    const qint64 first = w->currentClaimId();
    QVERIFY(first != 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(w->currentClaimId() != first);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(w->currentClaimId(), first);
    // Enter opens: the keyboard lands in the claim's first field.
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(*w, "coverageCombo"));
}

void tst_ClaimsWidget::filtersByStateAndText()
{
    auto w = showWidget();
    auto *table = child<QTableView>(*w, "claimsTable");
    w->setStateFilter(ClaimsWidget::StateFilter::All);
    QCOMPARE(table->model()->rowCount(), w->model()->rowCount());

    // Ctrl+F goes to the text filter; a control number leaves its claim alone, opened.
    table->setFocus();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(*w, "claimFilter");
    QCOMPARE(QApplication::focusWidget(), filter);
    const QString pcn = stored(m_claimId).summary.patientControlNumber;
    QTest::keyClicks(filter, pcn.toLower());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(w->currentClaimId(), m_claimId);
    // A patient's last name finds their claims whatever the case.
    const QString last = stored(m_claimId).summary.patientName.section(QLatin1Char(','), 0, 0);
    filter->clear();
    QTest::keyClicks(filter, last.toUpper());
    QVERIFY(table->model()->rowCount() >= 1);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY(table->model()->index(r, 1).data().toString().contains(last));
    filter->clear();

    // A text nothing matches: the empty list says so and what to do.
    QTest::keyClicks(filter, QStringLiteral("no such claim"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(*w, "claimsEmpty")->isVisible());
    QVERIFY(child<QLabel>(*w, "claimsEmpty")->text().contains(QLatin1String("no such claim")));
    QCOMPARE(w->currentClaimId(), 0);
    filter->clear();

    // Ready to send lists the scrubbed claims, and only them.
    w->setStateFilter(ClaimsWidget::StateFilter::Ready);
    auto scrubbed = m_db->ws().claims().claims({ClaimState::Scrubbed});
    QVERIFY(scrubbed.ok());
    QCOMPARE(table->model()->rowCount(), int(scrubbed->size()));
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(ClaimState(table->model()->index(r, 0).data(ClaimListModel::StateRole).toInt()),
                 ClaimState::Scrubbed);
    // The filter is remembered for the biller.
    ClaimsWidget again(m_biller, m_db->ws().claims(), m_db->ws().practice());
    QCOMPARE(again.stateFilter(), ClaimsWidget::StateFilter::Ready);
}

void tst_ClaimsWidget::showsTheClaimGroupedWithSources()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    const ClaimRecord claim = stored(m_claimId);
    for (const char *group : {"payerGroup", "patientGroup", "claimGroup", "diagnosesGroup",
                              "linesGroup", "providersGroup"})
        QVERIFY2(child<QGroupBox>(*w, group) && child<QGroupBox>(*w, group)->isVisible(), group);

    auto *payerSource = child<QLabel>(*w, "payerSource");
    QVERIFY(payerSource->isVisible());
    QCOMPARE(payerSource->text(), claim.sources.value(QLatin1String(claimfield::Payer)));
    QVERIFY(!payerSource->text().isEmpty());
    QCOMPARE(child<QLabel>(*w, "patientSource")->text(),
             claim.sources.value(QLatin1String(claimfield::Patient)));
    QCOMPARE(child<QLabel>(*w, "renderingProviderSource")->text(),
             claim.sources.value(QLatin1String(claimfield::RenderingProvider)));
    QCOMPARE(child<QLabel>(*w, "memberIdValue")->text(), claim.document.subscriber.memberId);
    QCOMPARE(child<QLabel>(*w, "controlNumberValue")->text(),
             claim.summary.patientControlNumber);
    QVERIFY(!child<QLabel>(*w, "patientValue")->text().isEmpty());

    auto *dx = child<QListWidget>(*w, "diagnosisList");
    QCOMPARE(dx->count(), int(claim.document.diagnoses.size()));
    QVERIFY(dx->item(0)->text().contains(QLatin1String("E11.9"))); // shown with its dot
    QVERIFY(dx->item(0)->text().startsWith(QLatin1Char('A')));

    auto *lines = child<QTableView>(*w, "linesTable");
    QCOMPARE(lines->model()->rowCount(), int(claim.lines.size()));
    const auto cell = [&](ClaimLineModel::Column c) {
        return lines->model()->index(0, int(c)).data().toString();
    };
    QCOMPARE(cell(ClaimLineModel::Column::Code), QStringLiteral("82947"));
    QCOMPARE(cell(ClaimLineModel::Column::Pointers), QStringLiteral("A"));
    QCOMPARE(cell(ClaimLineModel::Column::Source), claim.sources.value(claimfield::lineCharge(1)));
    QVERIFY(!cell(ClaimLineModel::Column::Source).isEmpty());
    QCOMPARE(lines->model()->index(0, int(ClaimLineModel::Column::Charge))
                     .data(Qt::TextAlignmentRole)
                     .toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    // A draft is edited in place; the rendering provider comes from the practice's providers.
    auto *coverage = child<QComboBox>(*w, "coverageCombo");
    QVERIFY(coverage->isEnabled());
    QCOMPARE(coverage->currentData().toLongLong(), claim.coverageId);
    QCOMPARE(child<QComboBox>(*w, "renderingProviderCombo")->currentData().toLongLong(),
             claim.renderingProviderId);
    QVERIFY(child<QLabel>(*w, "claimHeader")->text().contains(claim.summary.patientControlNumber));
}

void tst_ClaimsWidget::rescrubsAMomentAfterAnEdit()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    QVERIFY(!hasRule(w->currentClaim().findings, QStringLiteral("modifier-invalid")));

    typeInLine(*w, 0, ClaimLineModel::Column::Modifiers, QStringLiteral("lt rt"));
    QVERIFY(w->isModified());
    QCOMPARE(w->form()->edit().lines.at(0).modifiers,
             QStringList({QStringLiteral("LT"), QStringLiteral("RT")}));
    // Not at once: the scrub waits for the typing to pause, then runs on the edit.
    QVERIFY(!hasRule(w->currentClaim().findings, QStringLiteral("modifier-invalid")));
    QTRY_VERIFY(hasRule(w->currentClaim().findings, QStringLiteral("modifier-invalid")));
    auto *findings = child<QListWidget>(*w, "claimFindings");
    bool shown = false;
    for (int i = 0; i < findings->count(); ++i)
        shown = shown || findings->item(i)->text().startsWith(QLatin1String("Error: Line 1"));
    QVERIFY(shown);
    QVERIFY(child<QLabel>(*w, "claimHeader")->text().contains(QLatin1String("not saved")));
    screenshot(*w, QStringLiteral("claims.png"));

    // Units: the preview follows, and the charge follows the units at the fee schedule price.
    const qint64 unitCharge = stored(m_claimId).lines.at(0).line.chargeCents;
    typeInLine(*w, 0, ClaimLineModel::Column::Units, QStringLiteral("3"));
    QTRY_COMPARE(w->currentClaim().document.lines.at(0).units, 3);
    QCOMPARE(w->form()->edit().lines.at(0).chargeCents, unitCharge * 3);
    // Nothing was stored.
    QCOMPARE(stored(m_claimId).lines.at(0).line.units, 1);

    // A value that is not one is refused with a sentence, and the line keeps its value.
    typeInLine(*w, 0, ClaimLineModel::Column::Units, QStringLiteral("x"));
    QVERIFY(messageText(*w).contains(QLatin1String("Units")));
    QCOMPARE(w->form()->edit().lines.at(0).units, 3);
}

void tst_ClaimsWidget::editsDiagnosesAndLines()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    auto *dx = child<QListWidget>(*w, "diagnosisList");
    auto *input = child<QLineEdit>(*w, "diagnosisInput");
    auto *lines = child<QTableView>(*w, "linesTable");
    const auto pointers = [&](int row) {
        return lines->model()->index(row, int(ClaimLineModel::Column::Pointers)).data().toString();
    };

    // A code is typed with or without its dot; one that is not a code is refused, kindly.
    QTest::keyClicks(input, QStringLiteral("i10"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(dx->count(), 2);
    QVERIFY(dx->item(1)->text().contains(QLatin1String("I10")));
    QCOMPARE(w->form()->edit().diagnoses, QStringList({QStringLiteral("E119"),
                                                       QStringLiteral("I10")}));
    QTest::keyClicks(input, QStringLiteral("12345"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(dx->count(), 2);
    QVERIFY(messageText(*w).contains(QLatin1String("not an ICD-10-CM code")));
    input->clear();

    // Reordering keeps each line pointing at the same code: E11.9 moves to B.
    dx->setFocus();
    dx->setCurrentRow(1);
    QTest::keyClick(dx, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(w->form()->edit().diagnoses, QStringList({QStringLiteral("I10"),
                                                       QStringLiteral("E119")}));
    QVERIFY(dx->item(0)->text().contains(QLatin1String("principal")));
    QCOMPARE(pointers(0), QStringLiteral("B"));
    // Removing the code a line points to leaves the line pointing nowhere, and the check
    // that follows says so; pointing it again mends it.
    dx->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(*w, "removeDiagnosisButton"), Qt::LeftButton);
    QCOMPARE(w->form()->edit().diagnoses, QStringList({QStringLiteral("I10")}));
    QCOMPARE(pointers(0), QString());
    QTRY_VERIFY2(messageText(*w).contains(QLatin1String("point to")), qPrintable(messageText(*w)));
    typeInLine(*w, 0, ClaimLineModel::Column::Pointers, QStringLiteral("a"));
    QCOMPARE(pointers(0), QStringLiteral("A"));
    QTRY_VERIFY(messageText(*w).isEmpty());

    // A new line takes its code from the keyboard and its charge from the fee schedule.
    QTest::mouseClick(child<QPushButton>(*w, "addLineButton"), Qt::LeftButton);
    QCOMPARE(lines->model()->rowCount(), 2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor && lines->isAncestorOf(editor));
    QTest::keyClicks(editor, QStringLiteral("82947"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(w->form()->edit().lines.size(), 2);
    QCOMPARE(w->form()->edit().lines.at(1).code, QStringLiteral("82947"));
    QCOMPARE(w->form()->edit().lines.at(1).chargeCents, w->form()->edit().lines.at(0).chargeCents);
    QVERIFY(lines->model()
                    ->index(1, int(ClaimLineModel::Column::Source))
                    .data()
                    .toString()
                    .contains(QLatin1String("Fee schedule")));
    lines->setCurrentIndex(lines->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(*w, "removeLineButton"), Qt::LeftButton);
    QCOMPARE(lines->model()->rowCount(), 1);
    // The last line stays: a claim has at least one.
    lines->setCurrentIndex(lines->model()->index(0, 0));
    QVERIFY(!child<QPushButton>(*w, "removeLineButton")->isEnabled());
    QCOMPARE(stored(m_claimId).document.diagnoses, QStringList({QStringLiteral("E119")}));
}

void tst_ClaimsWidget::savesACleanDraftAsReady()
{
    auto w = showWidget();
    w->setStateFilter(ClaimsWidget::StateFilter::Drafts);
    QVERIFY(w->openClaim(m_claimId));
    QCOMPARE(stored(m_claimId).summary.state, ClaimState::Draft);
    auto *save = child<QPushButton>(*w, "saveButton");
    QVERIFY(save->isEnabled());
    typeInLine(*w, 0, ClaimLineModel::Column::Units, QStringLiteral("2"));
    QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);

    const ClaimRecord after = stored(m_claimId);
    QCOMPARE(after.lines.at(0).line.units, 2);
    QCOMPARE(after.summary.state, ClaimState::Scrubbed);
    QVERIFY(!w->isModified());
    QVERIFY2(messageText(*w).contains(QLatin1String("ready to send")), qPrintable(messageText(*w)));
    // Ready claims leave the drafts: the next draft is open for work.
    QVERIFY(w->currentClaimId() != m_claimId);
    w->setStateFilter(ClaimsWidget::StateFilter::Ready);
    QVERIFY(w->model()->rowOf(m_claimId) >= 0);
    QVERIFY(w->openClaim(m_claimId));
    QVERIFY(child<QLabel>(*w, "claimHeader")->text().contains(QLatin1String("Ready to send")));
}

void tst_ClaimsWidget::staleSaveIsAConflict()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    typeInLine(*w, 0, ClaimLineModel::Column::Units, QStringLiteral("2"));

    // Meanwhile a manager at another seat saves the same claim.
    ClaimRecord other = stored(m_claimId);
    ClaimEdit edit;
    edit.version = other.summary.version;
    edit.coverageId = other.coverageId;
    edit.renderingProviderId = other.renderingProviderId;
    edit.placeOfService = other.document.placeOfService;
    edit.diagnoses = other.document.diagnoses;
    for (const ClaimLineRecord &l : other.lines)
        edit.lines.append(l.line);
    edit.lines[0].units = 4;
    auto saved = m_db->ws().claims().save(m_db->login(Role::Manager), m_claimId, edit);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userMessage));
    // The list follows at once and says so; the biller's typing is still there.
    QVERIFY(w->isModified());
    QVERIFY(messageText(*w).contains(QLatin1String("another seat")));
    QCOMPARE(w->form()->edit().lines.at(0).units, 2);

    QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier);
    // The conflict names who saved, what is on record and what was not saved.
    const QString conflict = messageText(*w);
    QVERIFY2(conflict.contains(QLatin1String("since you opened it")), qPrintable(conflict));
    QVERIFY2(conflict.contains(QStringLiteral("Now on record: diagnoses E11.9 · services 82947 ×4")),
             qPrintable(conflict));
    QVERIFY2(conflict.contains(QStringLiteral("Yours, not saved: diagnoses E11.9 · services 82947 ×2")),
             qPrintable(conflict));
    QCOMPARE(stored(m_claimId).lines.at(0).line.units, 4);
    QVERIFY(w->isModified());

    // Discarding shows the other seat's claim.
    QTest::mouseClick(child<QPushButton>(*w, "revertButton"), Qt::LeftButton);
    QVERIFY(!w->isModified());
    QCOMPARE(w->form()->edit().lines.at(0).units, 4);
}

void tst_ClaimsWidget::changeToAnotherClaimKeepsWhatIsBeingTyped()
{
    const qint64 other = makeClaim(QStringLiteral("E119"), QStringLiteral("82947"));
    QVERIFY(other > 0);
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    // The biller starts typing a diagnosis: nothing is changed on the claim yet.
    auto *dx = child<QLineEdit>(*w, "diagnosisInput");
    dx->setFocus();
    QTest::keyClicks(dx, QStringLiteral("I1"));
    QVERIFY(!w->isModified());

    // Meanwhile another seat saves a different claim: the list follows, the form stays.
    auto record = m_db->ws().claims().claim(other);
    QVERIFY(record.ok());
    ClaimEdit edit = ClaimEdit::of(record.value());
    edit.priorAuthorization = QStringLiteral("AUTH77");
    QVERIFY(m_db->ws().claims().save(m_db->login(Role::Manager), other, edit).ok());
    QCOMPARE(dx->text(), QStringLiteral("I1"));
    QCOMPARE(w->form()->edit().diagnoses, stored(m_claimId).document.diagnoses);
}

void tst_ClaimsWidget::printsTheCms1500()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    QVERIFY(child<QPushButton>(*w, "printButton")->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claim.pdf"));
    QVERIFY2(w->printCurrentTo(path), qPrintable(messageText(*w)));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    QVERIFY(messageText(*w).contains(QLatin1String("CMS-1500")));
}

void tst_ClaimsWidget::overridesAnErrorWithAReason()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    typeInLine(*w, 0, ClaimLineModel::Column::Modifiers, QStringLiteral("LT RT"));
    QTRY_VERIFY(hasRule(w->currentClaim().findings, QStringLiteral("modifier-invalid")));
    // A previewed error is overridden only once it is stored.
    auto *override = child<QPushButton>(*w, "overrideFindingButton");
    QVERIFY(!override->isEnabled());
    QVERIFY(override->toolTip().contains(QLatin1String("Save")));
    QVERIFY(w->saveCurrent());
    QCOMPARE(stored(m_claimId).summary.state, ClaimState::Draft);
    QVERIFY(w->openClaim(m_claimId));
    QVERIFY(w->form()->selectedFinding());
    QCOMPARE(w->form()->selectedFinding()->finding.rule, QStringLiteral("modifier-invalid"));
    QVERIFY(override->isEnabled());

    QVERIFY(w->overrideSelectedWith(QStringLiteral("Payer asked for both sides on one line")));
    const ClaimRecord after = stored(m_claimId);
    const auto it = std::find_if(after.findings.cbegin(), after.findings.cend(),
                                 [](const StoredFinding &f) {
                                     return f.finding.rule == QLatin1String("modifier-invalid");
                                 });
    QVERIFY(it != after.findings.cend());
    QCOMPARE(it->overrideReason, QStringLiteral("Payer asked for both sides on one line"));
    QCOMPARE(after.summary.state, ClaimState::Scrubbed);
    QVERIFY(messageText(*w).contains(QLatin1String("overridden")));
}

void tst_ClaimsWidget::asksToSendTheReadyClaims()
{
    auto w = showWidget();
    auto *send = child<QPushButton>(*w, "sendButton");
    // Scrub drafts (F9) makes the clean drafts ready.
    QCOMPARE(stored(m_claimId).summary.state, ClaimState::Draft);
    QTest::keyClick(w.get(), Qt::Key_F9);
    QCOMPARE(stored(m_claimId).summary.state, ClaimState::Scrubbed);
    QVERIFY2(messageText(*w).startsWith(QLatin1String("Scrubbed the drafts")),
             qPrintable(messageText(*w)));
    QVERIFY(!child<QPushButton>(*w, "scrubDraftsButton")->isEnabled()); // none left
    // Self-pay claims are ready too, but they are billed to the patient, not sent.
    auto ready = m_db->ws().claims().readyClaims();
    QVERIFY(ready.ok());
    QVERIFY(!ready->isEmpty());
    QVERIFY(send->isEnabled());

    QSignalSpy spy(w.get(), &ClaimsWidget::sendRequested);
    // With nothing ready selected, every ready claim goes.
    w->setStateFilter(ClaimsWidget::StateFilter::Drafts);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QList<qint64> all;
    for (const ClaimSummary &c : ready.value())
        all.append(c.id);
    auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(sorted(spy.at(0).at(0).value<QList<qint64>>()), sorted(all));
    // With a ready claim selected, only that one (Ctrl+Shift+Enter).
    w->setStateFilter(ClaimsWidget::StateFilter::Ready);
    QVERIFY(w->openClaim(m_claimId));
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<QList<qint64>>(), QList<qint64>{m_claimId});
}

void tst_ClaimsWidget::saysWhyActionsAreOff()
{
    // A coder may look but not change claims: every action says why it is off.
    ClaimsWidget w(m_db->login(Role::Coder), m_db->ws().claims(), m_db->ws().practice());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openClaim(m_claimId));
    for (const char *name : {"saveButton", "scrubDraftsButton", "sendButton", "replacementButton",
                             "overrideFindingButton"}) {
        auto *button = child<QPushButton>(w, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(!button->toolTip().isEmpty(), name);
    }
    QVERIFY(child<QPushButton>(w, "saveButton")->toolTip().contains(QLatin1String("role")));
    QVERIFY(!child<QComboBox>(w, "coverageCombo")->isEnabled());
    QVERIFY(child<QLabel>(w, "claimHeader")->text().contains(QLatin1String("read-only")));
    // Printing is for everyone who can see the claim.
    QVERIFY(child<QPushButton>(w, "printButton")->isEnabled());
}

void tst_ClaimsWidget::correctsOnlyAnAcceptedNumberedClaim()
{
    auto w = showWidget();
    QVERIFY(w->openClaim(m_claimId));
    auto *replace = child<QPushButton>(*w, "replacementButton");
    auto *voidButton = child<QPushButton>(*w, "voidButton");
    QVERIFY(!replace->isEnabled());
    QVERIFY(!voidButton->isEnabled());
    QVERIFY(replace->toolTip().contains(QLatin1String("accepted")));
    QVERIFY(!w->correctCurrentWith(QStringLiteral("7"))); // the service refuses too

    // Sent, and accepted by the payer with its claim number (277CA REF*1K).
    QVERIFY(w->saveCurrent());
    QCOMPARE(stored(m_claimId).summary.state, ClaimState::Scrubbed);
    SubmissionService &submissions = m_db->ws().submissions();
    EdiSettings edi;
    edi.submitter = {QStringLiteral("DEMO PRACTICE"), QStringLiteral("SUB123"),
                     QStringLiteral("Billing office"), QStringLiteral("5555550100")};
    QVERIFY(submissions.setEdiSettings(m_db->login(Role::Admin), edi).ok());
    const QDateTime now(QDate(2026, 11, 27), QTime(13, 0), Qt::UTC);
    auto sent = submissions.submit(m_biller, {m_claimId}, now);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().userMessage));
    QVERIFY2(sent->skipped.isEmpty(), qPrintable(sent->skipped.join(QLatin1Char('\n'))));
    const QString pcn = stored(m_claimId).summary.patientControlNumber;
    const QByteArray ack = QStringLiteral(
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*SUBMITTERID    *261127*1302*^*"
            "00501*000000901*0*T*:~GS*HN*CLEARINGHOUSE*SUBMITTERID*20261127*1302*901*X*005010X214~"
            "ST*277*0001*005010X214~BHT*0085*08*277CA0001*20261127*1302*TH~HL*1**20*1~"
            "NM1*PR*2*ACME HEALTH PLAN*****PI*12345~TRN*1*0091182~DTP*050*D8*20261126~"
            "DTP*009*D8*20261127~HL*2*1*21*1~NM1*41*2*ACME BILLING*****46*SUB123~"
            "TRN*2*BATCH0001~STC*A1:19:PR*20261127*WQ*22~QTY*90*1~AMT*YU*22~HL*3*2*19*1~"
            "NM1*85*2*ACME MEDICAL GROUP*****XX*1234567893~TRN*1*0~QTY*QA*1~AMT*YU*22~"
            "HL*4*3*PT~NM1*QC*1*DOE*JOHN****MI*W123456789~TRN*2*%1~STC*A2:20*20261127*WQ*22~"
            "REF*1K*PAYER-CLM-77~DTP*472*D8*20261101~SE*25*0001~GE*1*901~IEA*1*000000901~")
                                   .arg(pcn)
                                   .toLatin1();
    auto read = submissions.importAck(m_biller, QStringLiteral("ack.277"), ack, now.addSecs(60));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
    QCOMPARE(read->accepted, 1);
    QCOMPARE(stored(m_claimId).summary.state, ClaimState::Accepted);

    // The list followed the acknowledgement; the accepted claim is read-only and correctable.
    QVERIFY(w->openClaim(m_claimId));
    QVERIFY(replace->isEnabled());
    QVERIFY(voidButton->isEnabled());
    QVERIFY(replace->toolTip().contains(QLatin1String("PAYER-CLM-77")));
    QVERIFY(!child<QPushButton>(*w, "saveButton")->isEnabled());
    QVERIFY(!child<QComboBox>(*w, "coverageCombo")->isEnabled());
    QVERIFY(!(child<QTableView>(*w, "linesTable")->model()->flags(
                      child<QTableView>(*w, "linesTable")->model()->index(0, 2))
              & Qt::ItemIsEditable));
    QVERIFY(child<QTableView>(*w, "claimEvents")->model()->rowCount() >= 2); // sent, accepted
    child<QTabWidget>(*w, "claimTabs")->setCurrentIndex(1);
    screenshot(*w, QStringLiteral("claims-accepted.png"));

    QVERIFY(w->correctCurrentWith(QStringLiteral("7")));
    const qint64 replacement = w->currentClaimId();
    QVERIFY(replacement != m_claimId);
    const ClaimRecord made = stored(replacement);
    QVERIFY(claimstate::isEditable(made.summary.state)); // a draft, scrubbed at once
    QCOMPARE(made.document.frequency, QStringLiteral("7"));
    QCOMPARE(made.document.originalClaimNumber, QStringLiteral("PAYER-CLM-77"));
    QVERIFY(child<QLabel>(*w, "originalValue")->isVisible());
    QVERIFY(child<QLabel>(*w, "originalValue")->text().contains(QLatin1String("PAYER-CLM-77")));
    QVERIFY(!replace->isEnabled()); // a draft again
    QVERIFY(child<QComboBox>(*w, "coverageCombo")->isEnabled());

    screenshot(*w, QStringLiteral("claims-replacement.png"));
}

QTEST_MAIN(tst_ClaimsWidget)
#include "tst_claimswidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The biller's Payments screen driven like a biller: an 835 previewed (matched and unmatched
// claims, the headline), a malformed one refused with its segment and Post disabled, a file
// posted (the payment listed, the claim's balance moved) and refused the second time with
// nothing doubled; an unmatched ERA claim matched to one of our claims (ledger rows on it) or
// dismissed with a reason; a paper EOB typed with the keyboard (Save only when it balances).
#include "biller/eobform.h"
#include "biller/paymentswidget.h"
#include "common/inlinemessage.h"
#include "domain/money.h"
#include "itemmodels/erapreviewmodel.h"
#include "itemmodels/matchcandidatemodel.h"
#include "itemmodels/remittancemodel.h"
#include "itemmodels/unmatchedmodel.h"
#include "services/claimservice.h"
#include "services/handoffservice.h"
#include "services/postingservice.h"
#include "services/practiceservice.h"
#include "services/submissionservice.h"
#include "services/workstation.h"
#include "testdatabase.h"
#include "x12/ackwriter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace cc;

namespace {

/// One claim of a hand-written 835: CLP01 and what the payer did with its one line.
struct RemitClaimSpec
{
    QString pcn;
    QString patientLast;
    QString patientFirst;
    QString code;
    QString lineControl; ///< REF*6R, empty for none
    QDate serviceDate;
    qint64 charge = 0;
    qint64 paid = 0;
    qint64 contractual = 0; ///< CO-45
    qint64 patient = 0;     ///< PR-2
};

QString dec(qint64 cents)
{
    return Money::fromCents(cents).toDecimalString();
}

} // namespace

class tst_PaymentsWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsMatchedAndUnmatchedClaims();
    void malformedFileCannotBePosted();
    void postListsThePaymentAndMovesTheBalance();
    void sameFileTwiceIsRefusedAndNothingDoubles();
    void unmatchedClaimIsMatchedToACandidate();
    void unmatchedClaimIsDismissedWithAReason();
    void staleUnmatchedRowIsRefusedClearly();
    void balancedPaperEobIsPostedWithTheKeyboard();
    void unbalancedPaperEobKeepsSaveDisabled();

private:
    /// A claim coded, handed off, accepted, scrubbed, sent in an 837P and accepted by a 277CA:
    /// a claim the payer can pay. Returns the stored claim (id 0 on failure).
    ClaimRecord makeAcceptedClaim(qint64 chargeCents = 2500);
    RemitClaimSpec specFor(const ClaimRecord &claim, qint64 paid, qint64 contractual,
                           qint64 patient);
    /// An 835 (005010X221A1) from @p payer paying @p claims, trace @p trace; balanced.
    QByteArray make835(const QString &payer, const QString &trace,
                       const QList<RemitClaimSpec> &claims, int isa = 101);
    QString writeFile(const QString &name, const QByteArray &data);
    QString payerName(qint64 payerId);
    /// Answers the next modal text dialog named @p name with @p text (typed, then Return).
    void answerNextDialog(const QString &name, const QString &text);
    PostingService &posting() { return m_db->ws().payments(); }
    /// Payments on record (the demo practice has some already).
    qsizetype remittanceCount() { return posting().remittances()->size(); }
    /// Selects the unmatched ERA claim @p pcn in the Unmatched table; false when not listed.
    bool selectUnmatched(PaymentsWidget &w, const QString &pcn);
    std::unique_ptr<PaymentsWidget> makeWidget();
    template<typename T>
    T *child(QWidget &w, const QString &name)
    {
        auto *found = w.findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    Session m_biller;
    int m_ackNumber = 5000;
};

void tst_PaymentsWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void tst_PaymentsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(60, 4), qPrintable(m_db->errorText()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_biller = m_db->login(Role::Biller);
    QVERIFY(m_biller.userId > 0);
}

void tst_PaymentsWidget::cleanup()
{
    m_dir.reset();
    m_db.reset();
}

ClaimRecord tst_PaymentsWidget::makeAcceptedClaim(qint64 chargeCents)
{
    const qint64 encounter = m_db->markNewEncounterCoded(QStringLiteral("E119"),
                                                         QStringLiteral("82947"), chargeCents);
    if (encounter == 0)
        return {};
    const auto version = [&] {
        return m_db
                ->value(QStringLiteral("SELECT version FROM encounters WHERE id = %1")
                                .arg(encounter))
                .toInt();
    };
    if (m_db->value(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(encounter))
                .toString()
        == QLatin1String("coded")) {
        auto handed = m_db->ws().handoff().handOff(m_db->login(Role::Coder), encounter,
                                                   version(), QString());
        if (!handed) {
            qWarning() << handed.error().userMessage;
            return {};
        }
    }
    auto claimId = m_db->ws().handoff().accept(m_biller, encounter, version());
    if (!claimId) {
        qWarning() << claimId.error().userMessage;
        return {};
    }
    if (auto s = m_db->ws().claims().scrubClaims(m_biller, {claimId.value()}); !s) {
        qWarning() << s.error().userMessage;
        return {};
    }
    auto sent = m_db->ws().submissions().submit(m_biller, {claimId.value()},
                                                QDateTime::currentDateTimeUtc());
    if (!sent) {
        qWarning() << sent.error().userMessage << sent.error().detail;
        return {};
    }
    auto record = m_db->ws().claims().claim(claimId.value());
    if (!record)
        return {};
    const QByteArray ack = x12::make277CA(
            {{record->summary.patientControlNumber, true, QStringLiteral("PAYER-%1").arg(claimId.value())}},
            ++m_ackNumber);
    auto read = m_db->ws().submissions().importAck(m_biller, QStringLiteral("ack.277"), ack,
                                                   QDateTime::currentDateTimeUtc());
    if (!read) {
        qWarning() << read.error().userMessage << read.error().detail;
        return {};
    }
    auto accepted = m_db->ws().claims().claim(claimId.value());
    if (!accepted || accepted->summary.state != ClaimState::Accepted) {
        qWarning() << "claim" << claimId.value() << "was not accepted";
        return {};
    }
    return accepted.value();
}

RemitClaimSpec tst_PaymentsWidget::specFor(const ClaimRecord &claim, qint64 paid,
                                           qint64 contractual, qint64 patient)
{
    RemitClaimSpec s;
    s.pcn = claim.summary.patientControlNumber;
    s.patientLast = claim.summary.patientName.section(QLatin1Char(','), 0, 0).trimmed().toUpper();
    s.patientFirst = claim.summary.patientName.section(QLatin1Char(','), 1).trimmed().toUpper();
    const ClaimLineRecord &line = claim.lines.constFirst();
    s.code = line.line.code;
    s.lineControl = line.lineControlNumber;
    s.serviceDate = claim.summary.dateOfService;
    s.charge = claim.summary.totalChargeCents;
    s.paid = paid;
    s.contractual = contractual;
    s.patient = patient;
    return s;
}

QByteArray tst_PaymentsWidget::make835(const QString &payer, const QString &trace,
                                       const QList<RemitClaimSpec> &claims, int isa)
{
    qint64 total = 0;
    for (const RemitClaimSpec &c : claims)
        total += c.paid;
    QStringList set = {
        QStringLiteral("ST*835*0001"),
        QStringLiteral("BPR*I*%1*C*CHK************20261201").arg(dec(total)),
        QStringLiteral("TRN*1*%1*1512345678").arg(trace),
        QStringLiteral("DTM*405*20261201"),
        QStringLiteral("N1*PR*%1").arg(payer),
        QStringLiteral("N3*PO BOX 100"),
        QStringLiteral("N4*LANSING*MI*48901"),
        QStringLiteral("PER*BL*EDI HELP*TE*8005551212"),
        QStringLiteral("N1*PE*ACME MEDICAL GROUP*XX*1234567893"),
        QStringLiteral("LX*1"),
    };
    for (const RemitClaimSpec &c : claims) {
        set << QStringLiteral("CLP*%1*1*%2*%3*%4*MB*ICN%1")
                        .arg(c.pcn, dec(c.charge), dec(c.paid), dec(c.patient));
        set << QStringLiteral("NM1*QC*1*%1*%2****MI*W123456789").arg(c.patientLast, c.patientFirst);
        set << QStringLiteral("SVC*HC:%1*%2*%3").arg(c.code, dec(c.charge), dec(c.paid));
        set << QStringLiteral("DTM*472*%1").arg(c.serviceDate.toString(QStringLiteral("yyyyMMdd")));
        if (c.contractual != 0)
            set << QStringLiteral("CAS*CO*45*%1").arg(dec(c.contractual));
        if (c.patient != 0)
            set << QStringLiteral("CAS*PR*2*%1").arg(dec(c.patient));
        if (!c.lineControl.isEmpty())
            set << QStringLiteral("REF*6R*%1").arg(c.lineControl);
        set << QStringLiteral("AMT*B6*%1").arg(dec(c.paid + c.patient));
    }
    const QString control = QStringLiteral("%1").arg(isa, 9, 10, QLatin1Char('0'));
    QStringList segments;
    segments << QStringLiteral("ISA*00*          *00*          *ZZ*PAYERID        "
                               "*ZZ*SUBMITTERID    *261201*1200*^*00501*%1*0*T*:")
                        .arg(control);
    segments << QStringLiteral("GS*HP*PAYERID*SUBMITTERID*20261201*1200*%1*X*005010X221A1")
                        .arg(isa);
    segments << set;
    segments << QStringLiteral("SE*%1*0001").arg(set.size() + 1);
    segments << QStringLiteral("GE*1*%1").arg(isa);
    segments << QStringLiteral("IEA*1*%1").arg(control);
    return (segments.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1();
}

QString tst_PaymentsWidget::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

QString tst_PaymentsWidget::payerName(qint64 payerId)
{
    auto payers = m_db->ws().practice().payers();
    if (payers) {
        for (const PayerRecord &p : payers.value()) {
            if (p.id == payerId)
                return p.name;
        }
    }
    return QStringLiteral("ACME HEALTH PLAN");
}

void tst_PaymentsWidget::answerNextDialog(const QString &name, const QString &text)
{
    QTimer::singleShot(0, this, [name, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name) {
            qWarning() << "no dialog" << name;
            if (dialog)
                dialog->reject();
            return;
        }
        auto *edit = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

bool tst_PaymentsWidget::selectUnmatched(PaymentsWidget &w, const QString &pcn)
{
    auto *table = w.findChild<QTableView *>(QStringLiteral("unmatchedTable"));
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, int(UnmatchedModel::Column::ClaimNumber));
        if (i.data().toString() == pcn) {
            table->setCurrentIndex(i);
            return w.currentUnmatched() && w.currentUnmatched()->patientControlNumber == pcn;
        }
    }
    return false;
}

std::unique_ptr<PaymentsWidget> tst_PaymentsWidget::makeWidget()
{
    auto w = std::make_unique<PaymentsWidget>(m_biller, posting(), m_db->ws().claims(),
                                              m_db->ws().practice());
    w->resize(1280, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

void tst_PaymentsWidget::previewShowsMatchedAndUnmatchedClaims()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    RemitClaimSpec stranger = specFor(claim, 1000, 1500, 0);
    stranger.pcn = QStringLiteral("XQ99999");
    stranger.lineControl.clear();
    const QString path = writeFile(
            QStringLiteral("era.835"),
            make835(payerName(claim.payerId), QStringLiteral("EFT1001"),
                    {specFor(claim, 1600, 500, 400), stranger}));
    const qsizetype before = remittanceCount();
    auto w = makeWidget();
    QVERIFY(w);
    QAbstractItemModelTester tester(w->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w->openFile(path));
    QVERIFY2(w->preview().errors.isEmpty(), qPrintable(w->preview().errors.join(u'\n')));
    QVERIFY(w->canPost());
    QVERIFY(child<QPushButton>(*w, QStringLiteral("postEraButton"))->isEnabled());

    // One payment with two claims: ours matched (with its line by REF*6R), the other not.
    EraPreviewModel *model = w->previewModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex payment = model->index(0, 0);
    QCOMPARE(model->rowCount(payment), 2);
    const QModelIndex ours = model->index(0, 0, payment);
    const QModelIndex theirs = model->index(1, 0, payment);
    QCOMPARE(ours.data().toString(), claim.summary.patientControlNumber);
    QCOMPARE(ours.data(EraPreviewModel::ClaimIdRole).toLongLong(), claim.summary.id);
    QCOMPARE(theirs.data(EraPreviewModel::MatchedRole).toBool(), false);
    QCOMPARE(theirs.siblingAtColumn(int(EraPreviewModel::Column::Match)).data().toString(),
             QStringLiteral("Not matched"));
    QCOMPARE(ours.siblingAtColumn(int(EraPreviewModel::Column::Paid))
                     .data(EraPreviewModel::CentsRole)
                     .toLongLong(),
             1600);
    QCOMPARE(ours.siblingAtColumn(int(EraPreviewModel::Column::Paid)).data(Qt::TextAlignmentRole)
                     .toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model->rowCount(ours), 1);
    const QModelIndex line = model->index(0, 0, ours);
    QVERIFY(line.data(EraPreviewModel::MatchedRole).toBool());
    QCOMPARE(line.siblingAtColumn(int(EraPreviewModel::Column::Adjustments)).data().toString(),
             QStringLiteral("CO-45 5.00; PR-2 4.00"));
    // (English plurals read "1 payment(s)" until an English catalogue is shipped.)
    QVERIFY2(w->headline().contains(QStringLiteral("$26.00 paid, 1 not matched")),
             qPrintable(w->headline()));
    QVERIFY2(w->headline().contains(QStringLiteral("2 claim")), qPrintable(w->headline()));

    // Enter on our claim asks for it; nothing is posted by a preview.
    QSignalSpy open(w.get(), &PaymentsWidget::openClaimRequested);
    auto *tree = child<QTreeView>(*w, QStringLiteral("eraPreviewTree"));
    tree->setFocus();
    tree->setCurrentIndex(payment);
    QTest::keyClick(tree, Qt::Key_J);
    QCOMPARE(tree->currentIndex(), ours);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), claim.summary.id);
    QCOMPARE(remittanceCount(), before);
}

void tst_PaymentsWidget::malformedFileCannotBePosted()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    // The line says 16.00 paid but its adjustments leave 20.00: the line does not balance.
    QByteArray bad = make835(payerName(claim.payerId), QStringLiteral("EFT2002"),
                             {specFor(claim, 1600, 500, 400)});
    bad.replace("CAS*PR*2*4.00", "CAS*PR*2*0.00");
    const QString path = writeFile(QStringLiteral("bad.835"), bad);
    const qsizetype before = remittanceCount();
    auto w = makeWidget();
    QVERIFY(w);
    QVERIFY(w->openFile(path));
    QVERIFY(!w->preview().errors.isEmpty());
    QVERIFY(!w->canPost());
    QVERIFY(!child<QPushButton>(*w, QStringLiteral("postEraButton"))->isEnabled());
    const QStringList errors = w->errorLines();
    QCOMPARE(errors, w->preview().errors);
    // Each error names its segment.
    const QString all = errors.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("SVC")) || all.contains(QStringLiteral("CLP")),
             qPrintable(all));
    QVERIFY(child<QWidget>(*w, QStringLiteral("eraErrors"))->isVisible());

    // Ctrl+Return does nothing: nothing is posted.
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!w->post());
    QCOMPARE(remittanceCount(), before);
    QCOMPARE(posting().balance(claim.summary.id)->paidCents, 0);
}

void tst_PaymentsWidget::postListsThePaymentAndMovesTheBalance()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    const QString path = writeFile(QStringLiteral("pay.835"),
                                   make835(payerName(claim.payerId), QStringLiteral("EFT3003"),
                                           {specFor(claim, 1600, 500, 400)}));
    auto w = makeWidget();
    QVERIFY(w);
    QAbstractItemModelTester tester(w->remittanceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = w->remittanceModel()->rowCount();
    QCOMPARE(qsizetype(before), remittanceCount());
    QVERIFY(w->openFile(path));
    QVERIFY2(w->canPost(), qPrintable(w->preview().errors.join(u'\n')));
    QSignalSpy status(w.get(), &PaymentsWidget::statusMessageRequested);
    auto *tree = child<QTreeView>(*w, QStringLiteral("eraPreviewTree"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);

    // Posted: the preview is emptied, the payment is listed and selected, balances moved.
    QTRY_COMPARE(w->remittanceModel()->rowCount(), before + 1);
    QVERIFY(w->preview().transactions.isEmpty());
    QVERIFY(!w->canPost());
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().startsWith(QStringLiteral("Posted pay.835")));
    // The new payment is selected and its content shown.
    const RemittanceSummary *r
            = w->remittanceModel()->remittanceAt(w->remittanceModel()->rowOf(w->currentRemittanceId()));
    QVERIFY(r);
    QCOMPARE(r->traceNumber, QStringLiteral("EFT3003"));
    QCOMPARE(r->paymentCents, 1600);
    QCOMPARE(w->remittanceDetailModel()->rowCount(), 1);
    auto balance = posting().balance(claim.summary.id);
    QVERIFY(balance);
    QCOMPARE(balance->paidCents, 1600);
    QCOMPARE(balance->insuranceBalanceCents, 0);
    QCOMPARE(balance->patientBalanceCents, 400);
    QVERIFY(!posting().ledger(claim.summary.id)->isEmpty());

    // Ctrl+F goes to the list's filter; a filter that matches nothing empties it.
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(*w, QStringLiteral("remittanceFilter"));
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("nothing-like-this"));
    QCOMPARE(child<QTableView>(*w, QStringLiteral("remittanceTable"))->model()->rowCount(), 0);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("EFT3003"));
    QCOMPARE(child<QTableView>(*w, QStringLiteral("remittanceTable"))->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(child<QTableView>(*w, QStringLiteral("remittanceTable"))->model()->rowCount(),
             before + 1);
}

void tst_PaymentsWidget::sameFileTwiceIsRefusedAndNothingDoubles()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    const QByteArray era = make835(payerName(claim.payerId), QStringLiteral("EFT4004"),
                                   {specFor(claim, 1600, 500, 400)});
    const QString path = writeFile(QStringLiteral("twice.835"), era);
    const qsizetype before = remittanceCount();
    auto w = makeWidget();
    QVERIFY(w);
    QVERIFY(w->openFile(path));
    QVERIFY2(w->canPost(), qPrintable(w->preview().errors.join(u'\n')));
    QVERIFY(w->post());
    const auto rows = posting().ledger(claim.summary.id)->size();
    QCOMPARE(remittanceCount(), before + 1);

    // The same file again: the preview says it was posted, and Post stays disabled.
    QVERIFY(w->openFile(path));
    QVERIFY(!w->canPost());
    QVERIFY(!w->errorLines().isEmpty());
    QVERIFY(w->preview().transactions.constFirst().alreadyPostedAt.isValid());
    const QModelIndex payment = w->previewModel()->index(0, 0);
    QVERIFY(payment.siblingAtColumn(int(EraPreviewModel::Column::Status))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Already posted")));
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    // The service refuses it too when asked directly.
    auto again = posting().postEra(m_biller, era, QStringLiteral("twice.835"),
                                   QDateTime::currentDateTimeUtc());
    QVERIFY(!again);
    QVERIFY(!again.error().userMessage.isEmpty());
    QCOMPARE(remittanceCount(), before + 1);
    QCOMPARE(posting().ledger(claim.summary.id)->size(), rows);
    QCOMPARE(posting().balance(claim.summary.id)->paidCents, 1600);
    QCOMPARE(w->remittanceModel()->rowCount(), int(before + 1));
}

void tst_PaymentsWidget::unmatchedClaimIsMatchedToACandidate()
{
    const ClaimRecord paid = makeAcceptedClaim(2500);
    const ClaimRecord meant = makeAcceptedClaim(3100);
    QVERIFY(paid.summary.id > 0);
    QVERIFY(meant.summary.id > 0);
    // The payer mangled the second claim's number.
    RemitClaimSpec mangled = specFor(meant, 2000, 1100, 0);
    mangled.pcn = QStringLiteral("X") + meant.summary.patientControlNumber;
    const QString path = writeFile(
            QStringLiteral("mixed.835"),
            make835(payerName(paid.payerId), QStringLiteral("EFT5005"),
                    {specFor(paid, 1600, 500, 400), mangled}));
    auto w = makeWidget();
    QVERIFY(w);
    QAbstractItemModelTester tester(w->unmatchedModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w->openFile(path));
    QVERIFY2(w->canPost(), qPrintable(w->preview().errors.join(u'\n')));
    const int waiting = w->unmatchedModel()->rowCount();
    QVERIFY(w->post());
    QTRY_COMPARE(w->unmatchedModel()->rowCount(), waiting + 1);
    QCOMPARE(posting().balance(meant.summary.id)->paidCents, 0);

    w->showPage(PaymentsWidget::Page::Unmatched);
    auto *table = child<QTableView>(*w, QStringLiteral("unmatchedTable"));
    table->setFocus();
    QVERIFY(selectUnmatched(*w, mangled.pcn));
    // Our claim is offered with a reason; choose it, or type its number when it is not.
    const int row = w->candidateModel()->rowOf(meant.summary.id);
    if (row >= 0) {
        QVERIFY(!w->candidateModel()->candidateAt(row)->why.isEmpty());
        child<QTableView>(*w, QStringLiteral("candidateTable"))
                ->setCurrentIndex(w->candidateModel()->index(row, 0));
    } else {
        qWarning("claim %lld was not offered as a candidate: typing its number",
                 meant.summary.id);
        QTest::keyClicks(child<QLineEdit>(*w, QStringLiteral("matchClaimNumber")),
                         meant.summary.patientControlNumber);
    }
    QVERIFY(child<QPushButton>(*w, QStringLiteral("matchButton"))->isEnabled());
    QSignalSpy status(w.get(), &PaymentsWidget::statusMessageRequested);
    answerNextDialog(QStringLiteral("matchNoteDialog"), QStringLiteral("CLP01 typo"));
    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);

    QTRY_COMPARE(w->unmatchedModel()->rowCount(), waiting);
    QVERIFY(!selectUnmatched(*w, mangled.pcn));
    QVERIFY(!status.isEmpty());
    const auto ledger = posting().ledger(meant.summary.id);
    QVERIFY(ledger);
    QVERIFY(!ledger->isEmpty());
    QCOMPARE(posting().balance(meant.summary.id)->paidCents, 2000);
}

void tst_PaymentsWidget::unmatchedClaimIsDismissedWithAReason()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    RemitClaimSpec stranger = specFor(claim, 900, 1600, 0);
    stranger.pcn = QStringLiteral("OTHERPRACTICE77");
    stranger.patientLast = QStringLiteral("NOBODY");
    stranger.lineControl.clear();
    const QString path = writeFile(
            QStringLiteral("stranger.835"),
            make835(payerName(claim.payerId), QStringLiteral("EFT6006"),
                    {specFor(claim, 1600, 500, 400), stranger}));
    auto w = makeWidget();
    QVERIFY(w);
    QVERIFY(w->openFile(path));
    QVERIFY2(w->canPost(), qPrintable(w->preview().errors.join(u'\n')));
    const int waiting = w->unmatchedModel()->rowCount();
    QVERIFY(w->post());
    QTRY_COMPARE(w->unmatchedModel()->rowCount(), waiting + 1);
    w->showPage(PaymentsWidget::Page::Unmatched);
    auto *table = child<QTableView>(*w, QStringLiteral("unmatchedTable"));
    table->setFocus();
    QVERIFY(selectUnmatched(*w, stranger.pcn));

    // An empty reason is refused; nothing changes.
    QVERIFY(!w->dismissCurrent(QString()));
    QCOMPARE(w->unmatchedModel()->rowCount(), waiting + 1);

    answerNextDialog(QStringLiteral("dismissReasonDialog"),
                     QStringLiteral("Patient of another practice"));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(w->unmatchedModel()->rowCount(), waiting);
    QVERIFY(!selectUnmatched(*w, stranger.pcn));
    QCOMPARE(posting().unmatched()->size(), qsizetype(waiting));
    QCOMPARE(posting().balance(claim.summary.id)->paidCents, 1600);
}

void tst_PaymentsWidget::staleUnmatchedRowIsRefusedClearly()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    RemitClaimSpec stranger = specFor(claim, 900, 1600, 0);
    stranger.pcn = QStringLiteral("STALE42");
    stranger.lineControl.clear();
    const QString path = writeFile(QStringLiteral("stale.835"),
                                   make835(payerName(claim.payerId), QStringLiteral("EFT7007"),
                                           {stranger}));
    auto w = makeWidget();
    QVERIFY(w);
    QVERIFY(w->openFile(path));
    QVERIFY2(w->canPost(), qPrintable(w->preview().errors.join(u'\n')));
    QVERIFY(w->post());
    w->showPage(PaymentsWidget::Page::Unmatched);
    QVERIFY(selectUnmatched(*w, stranger.pcn));
    const UnmatchedEraClaim row = *w->currentUnmatched();

    // Another seat dismisses it first; this screen has not reloaded yet.
    QVERIFY(posting().dismissUnmatched(m_db->login(Role::Manager), row.id, row.version,
                                       QStringLiteral("Not ours"),
                                       QDateTime::currentDateTimeUtc()));
    QVERIFY(!w->matchCurrent(QStringLiteral("late")));
    auto *message = child<InlineMessage>(*w, QStringLiteral("unmatchedMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("STALE42")), qPrintable(message->text()));
    QTRY_VERIFY(!selectUnmatched(*w, stranger.pcn));
    QCOMPARE(posting().balance(claim.summary.id)->paidCents, 0);
}

void tst_PaymentsWidget::balancedPaperEobIsPostedWithTheKeyboard()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    const qsizetype before = remittanceCount();
    auto w = makeWidget();
    QVERIFY(w);
    QTest::keyClick(w.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(w->currentPage(), PaymentsWidget::Page::PaperEob);
    EobFormWidget *eob = w->eobForm();
    auto *save = child<QPushButton>(*eob, QStringLiteral("eobSave"));
    QVERIFY(!save->isEnabled());

    // The claim by its number: its payer is chosen, its line listed.
    auto *number = child<QLineEdit>(*eob, QStringLiteral("eobClaimNumber"));
    number->setFocus();
    QTest::keyClicks(number, claim.summary.patientControlNumber);
    QTest::keyClick(number, Qt::Key_Return);
    QCOMPARE(eob->claimCount(), 1);
    QCOMPARE(child<QComboBox>(*eob, QStringLiteral("eobPayer"))->currentData().toLongLong(),
             claim.payerId);
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobCheckNumber")),
                     QStringLiteral("10045"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobCheckAmount")),
                     QStringLiteral("16.00"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobAllowed_0_0")),
                     QStringLiteral("20.00"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobPaid_0_0")),
                     QStringLiteral("16.00"));
    // CO-45 5.00 (group CO is first), then "+" and PR-2 4.00.
    QTest::keyClicks(child<QComboBox>(*eob, QStringLiteral("eobAdjReason_0_0_0")),
                     QStringLiteral("45"));
    QCOMPARE(child<QComboBox>(*eob, QStringLiteral("eobAdjReason_0_0_0"))->currentData().toString(),
             QStringLiteral("45"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobAdjAmount_0_0_0")),
                     QStringLiteral("5.00"));
    QVERIFY(!save->isEnabled());
    auto *add = child<QToolButton>(*eob, QStringLiteral("eobAddAdjustment_0_0"));
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    auto *group = child<QComboBox>(*eob, QStringLiteral("eobAdjGroup_0_0_1"));
    QVERIFY(group);
    QTest::keyClicks(group, QStringLiteral("PR"));
    QCOMPARE(group->currentData().toString(), QStringLiteral("PR"));
    QTest::keyClicks(child<QComboBox>(*eob, QStringLiteral("eobAdjReason_0_0_1")),
                     QStringLiteral("2"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobAdjAmount_0_0_1")),
                     QStringLiteral("4.00"));

    QVERIFY2(save->isEnabled(), qPrintable(eob->saveHint()));
    QVERIFY(child<QLabel>(*eob, QStringLiteral("eobLineBalance_0_0"))->text().startsWith(u'✓'));
    const EobEntry entry = eob->entry();
    QCOMPARE(entry.checkAmountCents, 1600);
    QCOMPARE(entry.claims.constFirst().lines.constFirst().adjustments.size(), 2);

    QSignalSpy status(w.get(), &PaymentsWidget::statusMessageRequested);
    QTest::keyClick(child<QLineEdit>(*eob, QStringLiteral("eobAdjAmount_0_0_1")), Qt::Key_S,
                    Qt::ControlModifier);
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains(QStringLiteral("10045")));
    QCOMPARE(eob->claimCount(), 0);
    QVERIFY(child<QLineEdit>(*eob, QStringLiteral("eobCheckNumber"))->text().isEmpty());

    auto remittances = posting().remittances();
    QVERIFY(remittances);
    QCOMPARE(remittances->size(), before + 1);
    const auto eobPosted = std::find_if(remittances->cbegin(), remittances->cend(),
                                        [](const RemittanceSummary &r) {
                                            return r.traceNumber == QLatin1String("10045");
                                        });
    QVERIFY(eobPosted != remittances->cend());
    QCOMPARE(eobPosted->source, QStringLiteral("eob"));
    QCOMPARE(eobPosted->paymentCents, 1600);
    QCOMPARE(posting().balance(claim.summary.id)->paidCents, 1600);
    QCOMPARE(posting().balance(claim.summary.id)->patientBalanceCents, 400);
    QTRY_COMPARE(w->remittanceModel()->rowCount(), int(before + 1));
}

void tst_PaymentsWidget::unbalancedPaperEobKeepsSaveDisabled()
{
    const ClaimRecord claim = makeAcceptedClaim(2500);
    QVERIFY(claim.summary.id > 0);
    const qsizetype before = remittanceCount();
    auto w = makeWidget();
    QVERIFY(w);
    w->showPage(PaymentsWidget::Page::PaperEob);
    EobFormWidget *eob = w->eobForm();
    QVERIFY(eob->addClaim(claim.summary.patientControlNumber));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobCheckNumber")),
                     QStringLiteral("20077"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobCheckAmount")),
                     QStringLiteral("15.00"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobPaid_0_0")),
                     QStringLiteral("15.00"));
    QTest::keyClicks(child<QComboBox>(*eob, QStringLiteral("eobAdjReason_0_0_0")),
                     QStringLiteral("45"));
    QTest::keyClicks(child<QLineEdit>(*eob, QStringLiteral("eobAdjAmount_0_0_0")),
                     QStringLiteral("9.00"));

    // 25.00 − 9.00 = 16.00, not 15.00: off by 1.00, shown on the line; Save stays disabled.
    auto *save = child<QPushButton>(*eob, QStringLiteral("eobSave"));
    QVERIFY(!save->isEnabled());
    const QString balance = child<QLabel>(*eob, QStringLiteral("eobLineBalance_0_0"))->text();
    QVERIFY2(balance.contains(QStringLiteral("$1.00")), qPrintable(balance));
    QVERIFY(!eob->saveHint().isEmpty());
    QTest::keyClick(child<QLineEdit>(*eob, QStringLiteral("eobPaid_0_0")), Qt::Key_S,
                    Qt::ControlModifier);
    QVERIFY(!eob->save());
    QCOMPARE(remittanceCount(), before);
    QCOMPARE(posting().balance(claim.summary.id)->paidCents, 0);

    // The check itself: 15.00 against lines that pay 16.00 once the line balances.
    auto *paid = child<QLineEdit>(*eob, QStringLiteral("eobPaid_0_0"));
    paid->clear();
    QTest::keyClicks(paid, QStringLiteral("16.00"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(eob->checkBalanceText().contains(QStringLiteral("$1.00")),
             qPrintable(eob->checkBalanceText()));
}

QTEST_MAIN(tst_PaymentsWidget)
#include "tst_paymentswidget.moc"

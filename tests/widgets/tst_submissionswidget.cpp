// SPDX-License-Identifier: GPL-3.0-or-later
// The biller's Submissions screen: a ready claim ticked and written as an 837P batch (into a
// folder, and through the save dialog), the batch and its file, a 277CA that rejects the claim
// putting it under Rejections with the reason, a malformed file refused without a change, and
// "Open claim" asking for the claim. Screenshots of each page go to /tmp/submissions-*.png.
#include "biller/ackview.h"
#include "biller/batchview.h"
#include "biller/submissionswidget.h"
#include "common/inlinemessage.h"
#include "domain/money.h"
#include "itemmodels/ackmodel.h"
#include "itemmodels/batchclaimmodel.h"
#include "itemmodels/batchmodel.h"
#include "services/claimservice.h"
#include "services/handoffservice.h"
#include "services/submissionservice.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;

class tst_SubmissionsWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void x12ForReadingPutsOneSegmentPerLine_data();
    void x12ForReadingPutsOneSegmentPerLine();
    void readyClaimIsWrittenAsABatch();
    void writeBatchThroughTheSaveDialog();
    void claimNotReadyIsSkippedWithItsReason();
    void rejecting277caPutsTheClaimUnderRejections();
    void malformedFileIsRefusedAndChangesNothing();
    void screenshots();

private:
    /// Codes a new encounter cleanly (type 2 diabetes, glucose test), hands it off, accepts
    /// it and scrubs the claim: a claim ready to send. Returns its id (0 on failure).
    qint64 makeReadyClaim();
    /// A 277CA (X12.md §4) that rejects the claim @p c with STC A7:562 (entity 85).
    QByteArray rejecting277ca(const ClaimSummary &c, const QString &interchange);
    QString writeFile(const QString &name, const QByteArray &data);
    ClaimSummary claim(qint64 id);
    void showWidget(SubmissionsWidget &w);
    template <typename T>
    T *child(QWidget &w, const char *name)
    {
        auto *found = w.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    Session m_biller;
};

void tst_SubmissionsWidget::initTestCase()
{
    // QSettings (the folders last used) and the file dialogs stay out of the user's files.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void tst_SubmissionsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(60, 4), qPrintable(m_db->errorText()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_biller = m_db->login(Role::Biller);
    QVERIFY(m_biller.userId > 0);
}

void tst_SubmissionsWidget::cleanup()
{
    m_dir.reset();
    m_db.reset();
}

qint64 tst_SubmissionsWidget::makeReadyClaim()
{
    const qint64 encounter
        = m_db->markNewEncounterCoded(QStringLiteral("E119"), QStringLiteral("82947"), 2500);
    if (encounter == 0)
        return 0;
    const auto version = [&] {
        return m_db
            ->value(QStringLiteral("SELECT version FROM encounters WHERE id = %1").arg(encounter))
            .toInt();
    };
    // Clean coded work may already have gone on to billing; hand it off only when it has not.
    if (m_db->value(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(encounter))
            .toString()
        == QLatin1String("coded")) {
        auto handed = m_db->ws().handoff().handOff(
            m_db->login(Role::Coder), encounter, version(), QString());
        if (!handed) {
            qWarning() << handed.error().userMessage;
            return 0;
        }
    }
    auto claimId = m_db->ws().handoff().accept(m_biller, encounter, version());
    if (!claimId) {
        qWarning() << claimId.error().userMessage;
        return 0;
    }
    auto scrubbed = m_db->ws().claims().scrubClaims(m_biller, {claimId.value()});
    if (!scrubbed) {
        qWarning() << scrubbed.error().userMessage << scrubbed.error().detail;
        return 0;
    }
    auto ready = m_db->ws().claims().readyClaims();
    if (!ready)
        return 0;
    for (const ClaimSummary &c : ready.value()) {
        if (c.id == claimId.value())
            return c.id;
    }
    qWarning() << "claim" << claimId.value() << "is not ready";
    return 0;
}

ClaimSummary tst_SubmissionsWidget::claim(qint64 id)
{
    auto record = m_db->ws().claims().claim(id);
    if (!record) {
        qWarning() << record.error().userMessage;
        return {};
    }
    return record->summary;
}

QByteArray tst_SubmissionsWidget::rejecting277ca(const ClaimSummary &c, const QString &interchange)
{
    const QString last = c.patientName.section(QLatin1Char(','), 0, 0).trimmed().toUpper();
    const QString first = c.patientName.section(QLatin1Char(','), 1).trimmed().toUpper();
    const QString charge = Money::fromCents(c.totalChargeCents).toDecimalString();
    const QString dos = c.dateOfService.toString(QStringLiteral("yyyyMMdd"));
    const QString group = QString::number(interchange.toInt());
    const QStringList set = {
        QStringLiteral("ST*277*0001*005010X214"),
        QStringLiteral("BHT*0085*08*277CA%1*20261127*1302*TH").arg(group),
        QStringLiteral("HL*1**20*1"),
        QStringLiteral("NM1*PR*2*ACME HEALTH PLAN*****PI*12345"),
        QStringLiteral("TRN*1*0091182"),
        QStringLiteral("DTP*050*D8*20261126"),
        QStringLiteral("DTP*009*D8*20261127"),
        QStringLiteral("HL*2*1*21*1"),
        QStringLiteral("NM1*41*2*ACME BILLING*****46*SUB123"),
        QStringLiteral("TRN*2*BATCH0001"),
        QStringLiteral("STC*A1:19:PR*20261127*WQ*%1").arg(charge),
        QStringLiteral("QTY*AA*1"),
        QStringLiteral("AMT*YY*%1").arg(charge),
        QStringLiteral("HL*3*2*19*1"),
        QStringLiteral("NM1*85*2*ACME MEDICAL GROUP*****XX*1234567893"),
        QStringLiteral("TRN*1*0"),
        QStringLiteral("QTY*QC*1"),
        QStringLiteral("AMT*YY*%1").arg(charge),
        QStringLiteral("HL*4*3*PT"),
        QStringLiteral("NM1*QC*1*%1*%2****MI*W123456789").arg(last, first),
        QStringLiteral("TRN*2*%1").arg(c.patientControlNumber),
        QStringLiteral("STC*A7:562:85*20261127*U*%1").arg(charge),
        QStringLiteral("REF*D9*CHTRACE0001"),
        QStringLiteral("DTP*472*D8*%1").arg(dos),
    };
    QStringList segments;
    segments << QStringLiteral("ISA*00*          *00*          *ZZ*CLEARINGHOUSE  "
                               "*ZZ*SUBMITTERID    *261127*1302*^*00501*%1*0*T*:")
                    .arg(interchange);
    segments << QStringLiteral("GS*HN*CLEARINGHOUSE*SUBMITTERID*20261127*1302*%1*X*005010X214")
                    .arg(group);
    segments << set;
    segments << QStringLiteral("SE*%1*0001").arg(set.size() + 1);
    segments << QStringLiteral("GE*1*%1").arg(group);
    segments << QStringLiteral("IEA*1*%1").arg(interchange);
    return (segments.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1();
}

QString tst_SubmissionsWidget::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return QString();
    return path;
}

void tst_SubmissionsWidget::showWidget(SubmissionsWidget &w)
{
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

void tst_SubmissionsWidget::x12ForReadingPutsOneSegmentPerLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("lines");
    const QByteArray isa = "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*SUBMITTERID    "
                           "*261127*1300*^*00501*000000101*0*T*:";
    QTest::newRow("one line") << QByteArray(isa + "~GS*FA~ST*999*0001~SE*2*0001~GE*1*1~IEA*1*1~")
                              << 6;
    QTest::newRow("CRLF after each") << QByteArray(isa + "~\r\nGS*FA~\r\nIEA*1*1~\r\n") << 3;
    QTest::newRow("CR as terminator") << QByteArray(isa + "\rGS*FA\rIEA*1*1\r") << 3;
    QTest::newRow("own terminator, LF inside")
        << QByteArray(isa + "!GS*FA!\nST*999\n*0001!IEA*1*1!") << 4;
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf" + isa + "~GS*FA~IEA*1*1~") << 3;
}

void tst_SubmissionsWidget::x12ForReadingPutsOneSegmentPerLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, lines);
    const QStringList shown = x12ForReading(data).split(QLatin1Char('\n'));
    QCOMPARE(shown.size(), lines);
    QVERIFY(shown.constFirst().startsWith(QLatin1String("ISA")));
    QVERIFY(shown.constLast().startsWith(QLatin1String("IEA")));
}

void tst_SubmissionsWidget::readyClaimIsWrittenAsABatch()
{
    const qint64 id = makeReadyClaim();
    QVERIFY(id > 0);
    SubmissionsWidget w(m_biller, m_db->ws().submissions(), m_db->ws().claims());
    QAbstractItemModelTester readyTester(
        w.readyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester batchTester(
        w.batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    showWidget(w);
    auto *tabs = child<QTabWidget>(w, "submissionsTabs");
    QVERIFY(tabs);
    const int readyRows = w.readyModel()->rowCount();
    QVERIFY(tabs->tabText(0).contains(QStringLiteral("(%1)").arg(readyRows)));
    const int row = w.readyModel()->rowOf(id);
    QVERIFY(row >= 0);
    const ClaimSummary before = *w.readyModel()->claimAt(row);
    QCOMPARE(
        w.readyModel()->index(row, int(BatchClaimModel::Column::ControlNumber)).data().toString(),
        before.patientControlNumber);

    // Nothing ticked: the button waits. Space ticks the current row.
    auto *write = child<QPushButton>(w, "writeBatchButton");
    QVERIFY(!write->isEnabled());
    auto *table = child<QTableView>(w, "readyTable");
    table->setFocus();
    table->setCurrentIndex(w.readyModel()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(w.readyModel()->checkedIds(), QList<qint64> {id});
    QVERIFY(write->isEnabled());
    QVERIFY(child<QLabel>(w, "tickedLabel")->text().contains(QLatin1String("1 of")));
    // Clear ticks and Tick all go through the buttons.
    QTest::mouseClick(child<QPushButton>(w, "checkNoneButton"), Qt::LeftButton);
    QVERIFY(w.readyModel()->checkedIds().isEmpty());
    QTest::mouseClick(child<QPushButton>(w, "checkAllButton"), Qt::LeftButton);
    QCOMPARE(w.readyModel()->checkedIds().size(), readyRows);

    const int batchesBefore = w.batchModel()->rowCount();
    QVERIFY(w.submitTo({id}, m_dir->path()));

    // The file is in the folder, whole.
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(m_dir->filePath(files.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("ISA*"));
    QVERIFY(written.contains(QByteArray("CLM*") + before.patientControlNumber.toLatin1() + '*'));
    QVERIFY(written.trimmed().endsWith('~'));

    // The claim left the ready list and is submitted, sent once.
    QCOMPARE(w.readyModel()->rowOf(id), -1);
    QCOMPARE(w.readyModel()->rowCount(), readyRows - 1);
    QVERIFY(tabs->tabText(0).contains(QStringLiteral("(%1)").arg(readyRows - 1)));
    const ClaimSummary after = claim(id);
    QCOMPARE(after.state, ClaimState::Submitted);
    QCOMPARE(after.submissionCount, before.submissionCount + 1);
    QVERIFY(!child<InlineMessage>(w, "batchMessage")->text().isEmpty());
    QVERIFY(child<InlineMessage>(w, "batchMessage")->text().contains(files.constFirst()));

    // The batch is listed and selected, with its claim and its file, one segment a line.
    QCOMPARE(w.batchModel()->rowCount(), batchesBefore + 1);
    // The batch just written is selected.
    const BatchSummary &batch
        = *w.batchModel()->batchAt(w.batchModel()->rowOf(w.batchView()->currentBatchId()));
    QCOMPARE(batch.fileName, files.constFirst());
    QCOMPARE(batch.claimCount, 1);
    QCOMPARE(batch.totalChargeCents, before.totalChargeCents);
    QVERIFY(!batch.interchangeControl.isEmpty());
    QCOMPARE(w.batchView()->currentBatchId(), batch.id);
    QCOMPARE(w.batchModel()->index(0, int(BatchModel::Column::Charge)).data().toString(),
        Money::fromCents(before.totalChargeCents).toDisplayString());
    QCOMPARE(w.batchClaimModel()->rowCount(), 1);
    QCOMPARE(w.batchClaimModel()->claimAt(0)->id, id);
    QCOMPARE(w.batchView()->currentBatchContent(), written);
    auto *text = child<QPlainTextEdit>(w, "batchFile");
    QVERIFY(text->isReadOnly());
    const QStringList lines = text->toPlainText().split(QLatin1Char('\n'));
    QVERIFY(lines.constFirst().startsWith(QLatin1String("ISA*")));
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.at(1).startsWith(QLatin1String("GS*HC*")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("ST*837*")));
    QVERIFY(lines.constLast().startsWith(QLatin1String("IEA*")));
    QVERIFY(child<QLabel>(w, "batchHeader")->text().contains(batch.interchangeControl));

    // Save file again writes the same bytes elsewhere; the batch stays.
    const QString again = m_dir->filePath(QStringLiteral("again.x12"));
    QVERIFY(child<QPushButton>(w, "saveAgainButton")->isEnabled());
    QVERIFY(w.batchView()->saveBatchTo(again));
    QFile copy(again);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), written);

    // Enter on the batch's claim asks for the claim.
    QSignalSpy open(&w, &SubmissionsWidget::openClaimRequested);
    auto *claims = child<QTableView>(w, "batchClaimsTable");
    claims->setFocus();
    claims->setCurrentIndex(w.batchClaimModel()->index(0, 0));
    QTest::keyClick(claims, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), id);
}

void tst_SubmissionsWidget::writeBatchThroughTheSaveDialog()
{
    const qint64 id = makeReadyClaim();
    QVERIFY(id > 0);
    SubmissionsWidget w(m_biller, m_db->ws().submissions(), m_db->ws().claims());
    showWidget(w);
    auto *table = child<QTableView>(w, "readyTable");
    table->setFocus();
    table->setCurrentIndex(w.readyModel()->index(w.readyModel()->rowOf(id), 0));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(w.readyModel()->checkedIds(), QList<qint64> {id});

    // Answer the save dialog with a path of our own; never hang if it does not come.
    const QString path = m_dir->filePath(QStringLiteral("chosen.x12"));
    QString suggested;
    bool answered = false;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            if (dialog->objectName() == QLatin1String("batchSaveDialog")) {
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                suggested = name ? name->text() : QString();
                if (name)
                    name->setText(path);
                static_cast<QDialog *>(dialog)->accept();
                answered = true;
            } else {
                dialog->reject();
            }
            poll.stop();
        } else if (clock.elapsed() > 10000) {
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            poll.stop();
        }
    });
    poll.start();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier); // Write 837P batch… (Ctrl+E)
    QTRY_VERIFY(answered);
    QTRY_COMPARE(claim(id).state, ClaimState::Submitted);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("ISA*"));
    QTRY_COMPARE(w.batchModel()->rowCount() > 0, true);
    // The dialog offered the batch's own file name.
    const int row = w.batchModel()->rowOf(w.batchView()->currentBatchId());
    QVERIFY(row >= 0);
    QCOMPARE(suggested, w.batchModel()->batchAt(row)->fileName);
    QCOMPARE(w.readyModel()->rowOf(id), -1);
}

void tst_SubmissionsWidget::claimNotReadyIsSkippedWithItsReason()
{
    const qint64 first = makeReadyClaim();
    QVERIFY(first > 0);
    SubmissionsWidget w(m_biller, m_db->ws().submissions(), m_db->ws().claims());
    showWidget(w);
    QVERIFY(w.submitTo({first}, m_dir->path()));
    const int batches = w.batchModel()->rowCount();
    const QString firstPcn = claim(first).patientControlNumber;
    auto *message = child<InlineMessage>(w, "batchMessage");
    auto *skipped = child<InlineMessage>(w, "skippedMessage");
    QVERIFY(skipped->isHidden());

    // The same claim again: it is no longer ready; nothing is written and the reason shows.
    QTemporaryDir second;
    QVERIFY(!w.submitTo({first}, second.path()));
    QCOMPARE(w.batchModel()->rowCount(), batches);
    QVERIFY(QDir(second.path()).entryList(QDir::Files).isEmpty());
    QVERIFY2(message->text().contains(firstPcn), qPrintable(message->text()));
    QCOMPARE(claim(first).submissionCount, 1);

    // With a ready claim beside it: the ready one is written, the other left out with why.
    const qint64 next = makeReadyClaim();
    QVERIFY(next > 0);
    QTemporaryDir third;
    QVERIFY(w.submitTo({first, next}, third.path()));
    QCOMPARE(QDir(third.path()).entryList(QDir::Files).size(), 1);
    QCOMPARE(w.batchModel()->rowCount(), batches + 1);
    QVERIFY(!skipped->isHidden());
    QVERIFY2(skipped->text().contains(firstPcn), qPrintable(skipped->text()));
    QVERIFY(!skipped->text().contains(claim(next).patientControlNumber));
    QCOMPARE(claim(next).state, ClaimState::Submitted);
    QCOMPARE(claim(first).submissionCount, 1);
}

void tst_SubmissionsWidget::rejecting277caPutsTheClaimUnderRejections()
{
    const qint64 id = makeReadyClaim();
    QVERIFY(id > 0);
    SubmissionsWidget w(m_biller, m_db->ws().submissions(), m_db->ws().claims());
    QAbstractItemModelTester rejectionTester(
        w.rejectionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester ackTester(
        w.ackModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    showWidget(w);
    QVERIFY(w.submitTo({id}, m_dir->path()));
    const int rejectedBefore = w.rejectionModel()->rowCount();
    const int acksBefore = w.ackModel()->rowCount();
    QCOMPARE(w.rejectionModel()->rowOf(id), -1);

    const ClaimSummary sent = claim(id);
    const QString path = writeFile(
        QStringLiteral("reject.277"), rejecting277ca(sent, QStringLiteral("987654301")));
    QVERIFY(!path.isEmpty());
    QVERIFY(w.importFile(path));

    // The page says what the file did, one sentence per claim.
    auto *message = child<InlineMessage>(w, "ackMessage");
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QLatin1String("277CA")), qPrintable(message->text()));
    QVERIFY(!w.ackView()->resultLines().isEmpty());
    QCOMPARE(w.ackModel()->rowCount(), acksBefore + 1);
    // The file just read is selected.
    const AcknowledgementSummary &ack
        = *w.ackModel()->ackAt(w.ackModel()->rowOf(w.ackView()->currentAckId()));
    QCOMPARE(ack.fileName, QStringLiteral("reject.277"));
    QCOMPARE(ack.kind, QStringLiteral("277CA"));
    QCOMPARE(ack.rejected, 1);
    QCOMPARE(w.ackView()->currentAckId(), ack.id);
    QVERIFY(child<QPlainTextEdit>(w, "ackFile")
                ->toPlainText()
                .contains(QStringLiteral("TRN*2*%1~").arg(sent.patientControlNumber)));

    // The claim is rejected, with the reason, under Rejections.
    const ClaimSummary rejected = claim(id);
    QCOMPARE(rejected.state, ClaimState::Rejected);
    QVERIFY(!rejected.statusMessage.isEmpty());
    QCOMPARE(w.rejectionModel()->rowCount(), rejectedBefore + 1);
    const int row = w.rejectionModel()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(w.rejectionModel()->index(row, int(BatchClaimModel::Column::Reason)).data().toString(),
        rejected.statusMessage);
    auto *tabs = child<QTabWidget>(w, "submissionsTabs");
    QVERIFY2(tabs->tabText(2).contains(QStringLiteral("(%1)").arg(rejectedBefore + 1)),
        qPrintable(tabs->tabText(2)));

    // Enter on the rejected claim, and the Open claim button, ask for the claim.
    w.showPage(SubmissionsWidget::Page::Rejections);
    auto *table = child<QTableView>(w, "rejectionTable");
    table->setFocus();
    table->setCurrentIndex(w.rejectionModel()->index(row, 0));
    QCOMPARE(w.currentRejectionId(), id);
    QVERIFY(child<QLabel>(w, "rejectionDetail")
                ->text()
                .contains(rejected.statusMessage.toHtmlEscaped()));
    QSignalSpy open(&w, &SubmissionsWidget::openClaimRequested);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constLast().constFirst().toLongLong(), id);
    QTest::mouseClick(child<QPushButton>(w, "openClaimButton"), Qt::LeftButton);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.constLast().constFirst().toLongLong(), id);

    // The same file again is refused: nothing is read twice.
    QVERIFY(!w.importFile(path));
    QCOMPARE(w.ackModel()->rowCount(), acksBefore + 1);
}

void tst_SubmissionsWidget::malformedFileIsRefusedAndChangesNothing()
{
    const qint64 id = makeReadyClaim();
    QVERIFY(id > 0);
    SubmissionsWidget w(m_biller, m_db->ws().submissions(), m_db->ws().claims());
    showWidget(w);
    QVERIFY(w.submitTo({id}, m_dir->path()));
    const int rejected = w.rejectionModel()->rowCount();
    const int acks = w.ackModel()->rowCount();

    // A 277CA for the claim whose SE was lost.
    QByteArray data = rejecting277ca(claim(id), QStringLiteral("987654302"));
    const qsizetype se = data.indexOf("\nSE*") + 1;
    QVERIFY(se > 0);
    data.remove(se, data.indexOf('\n', se) + 1 - se);
    const QString path = writeFile(QStringLiteral("broken.277"), data);
    QVERIFY(!w.importFile(path));
    auto *message = child<InlineMessage>(w, "ackMessage");
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    // The sentence names the segment that is wrong.
    QVERIFY2(message->text().contains(QLatin1String("SE")), qPrintable(message->text()));
    QVERIFY(child<QListWidget>(w, "ackResultList")->isHidden());
    QCOMPARE(w.ackModel()->rowCount(), acks);
    QCOMPARE(claim(id).state, ClaimState::Submitted);
    QCOMPARE(w.rejectionModel()->rowCount(), rejected);

    // A shipped malformed file too, and a file that is not there.
    QVERIFY(!w.importFile(QFINDTESTDATA("../data/acks/malformed_missing_iea.x12")));
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!w.importFile(m_dir->filePath(QStringLiteral("missing.x12"))));
    QVERIFY(message->text().contains(QLatin1String("missing.x12")));
    QVERIFY(!message->findChild<QLabel *>(QStringLiteral("messageDetails"))->isHidden());
    QCOMPARE(w.ackModel()->rowCount(), acks);
    QCOMPARE(claim(id).state, ClaimState::Submitted);
}

void tst_SubmissionsWidget::screenshots()
{
    // Two claims sent, one rejected by a 277CA, one more ready: every page has something.
    const qint64 first = makeReadyClaim();
    QVERIFY(first > 0);
    const qint64 second = makeReadyClaim();
    QVERIFY(second > 0);
    SubmissionsWidget w(m_biller, m_db->ws().submissions(), m_db->ws().claims());
    showWidget(w);
    QVERIFY(w.submitTo({first, second}, m_dir->path()));
    const QString path = writeFile(QStringLiteral("payer-277ca.x12"),
        rejecting277ca(claim(first), QStringLiteral("987654303")));
    QVERIFY(w.importFile(path));
    const qint64 third = makeReadyClaim();
    QVERIFY(third > 0);
    w.reload();
    w.readyModel()->setChecked(third, true);
    const auto shoot = [&](SubmissionsWidget::Page page, const char *name) {
        w.showPage(page);
        QApplication::processEvents();
        const QString file = QStringLiteral("/tmp/submissions-%1.png").arg(QLatin1String(name));
        QVERIFY(w.grab().save(file));
    };
    shoot(SubmissionsWidget::Page::Batches, "batches");
    shoot(SubmissionsWidget::Page::Acknowledgements, "acks");
    shoot(SubmissionsWidget::Page::Rejections, "rejections");
    // Narrow, the reason wraps within its row instead of being cut.
    w.resize(900, 500);
    QApplication::processEvents();
    auto *table = child<QTableView>(w, "rejectionTable");
    QVERIFY(table->rowHeight(0) > table->fontMetrics().height() * 3 / 2);
    shoot(SubmissionsWidget::Page::Rejections, "rejections-narrow");
}

QTEST_MAIN(tst_SubmissionsWidget)
#include "tst_submissionswidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/codesetswidget.h"
#include "services/codesetservice.h"
#include "storage/database.h"
#include "services/editdataservice.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace cc;

class tst_CodeSetsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void showsTheScrubberData();
    void cleanup();
    void importsAFileThroughTheForm();
    void malformedFileIsRefusedWithLineNumbers();
    void cancelledImportLeavesNothing();
    void missingFieldsAreSaidInline();
    void emptyDatabaseSaysWhatToDo();

private:
    /// Fills the form with the keyboard and presses Import with the mouse.
    void fillAndImport(CodeSetsWidget &w, codes::CodeFileFormat format, const QString &path,
                       const QString &name, const QDate &from);
    QList<CodeRelease> releases()
    {
        auto r = m_db->ws().codes().releases();
        return r ? r.value() : QList<CodeRelease>();
    }
    bool tableShows(CodeSetsWidget &w, const QString &releaseName)
    {
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("releasesTable"));
        return !table->findItems(releaseName, Qt::MatchExactly).isEmpty();
    }
    std::unique_ptr<test::TestDatabase> m_db;
    Session m_admin;
};

void tst_CodeSetsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(40, 3), qPrintable(m_db->errorText()));
    m_admin = m_db->login(Role::Admin);
    QVERIFY(m_admin.userId > 0);
}

void tst_CodeSetsWidget::cleanup()
{
    m_db.reset();
}

void tst_CodeSetsWidget::fillAndImport(CodeSetsWidget &w, codes::CodeFileFormat format,
                                       const QString &path, const QString &name,
                                       const QDate &from)
{
    auto *kind = w.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *file = w.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    auto *release = w.findChild<QLineEdit *>(QStringLiteral("releaseNameEdit"));
    auto *date = w.findChild<QDateEdit *>(QStringLiteral("effectiveDate"));
    QVERIFY(kind && file && release && date);
    kind->setCurrentIndex(kind->findData(int(format)));
    QTest::keyClicks(file, path);
    QTest::keyClicks(release, name);
    date->setDate(from);
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
}

void tst_CodeSetsWidget::importsAFileThroughTheForm()
{
    const QString fixture = QFINDTESTDATA("../data/codes/icd10cm_codes_small.txt");
    QVERIFY(!fixture.isEmpty());
    const qsizetype before = releases().size();
    QVERIFY(before >= 1); // the demo's starter set

    CodeSetsWidget w(m_admin, m_db->ws().codes(), m_db->path());
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!tableShows(w, QStringLiteral("ICD-10-CM test FY2027")));
    QSignalSpy progress(&w, &CodeSetsWidget::importProgressed);
    QSignalSpy finished(&w, &CodeSetsWidget::importFinished);

    fillAndImport(w, codes::CodeFileFormat::Icd10CmCodes, fixture,
                  QStringLiteral("ICD-10-CM test FY2027"), QDate(2026, 10, 1));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QTRY_VERIFY(tableShows(w, QStringLiteral("ICD-10-CM test FY2027")));
    QVERIFY(!w.isImporting());
    QVERIFY(w.findChild<QGroupBox *>(QStringLiteral("importForm"))->isEnabled());

    // Progress came back to the GUI thread with counts, ending at the total.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 5);
    QCOMPARE(progress.last().at(1).toLongLong(), 5);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("progressLabel"))->text(),
             QStringLiteral("5 of 5 codes"));

    // The service holds the release; the codes are valid on a date of service in its range.
    const QList<CodeRelease> after = releases();
    QCOMPARE(after.size(), before + 1);
    auto it = std::find_if(after.cbegin(), after.cend(), [](const CodeRelease &r) {
        return r.name == QLatin1String("ICD-10-CM test FY2027");
    });
    QVERIFY(it != after.cend());
    QCOMPARE(it->kind, CodeKind::Icd10Cm);
    QCOMPARE(it->codeCount, 5);
    QCOMPARE(it->effectiveFrom, QDate(2026, 10, 1));
    QCOMPARE(it->importedBy, m_admin.username);
    auto lookup = m_db->ws().codes().lookup(QStringLiteral("Z00.00"), QDate(2026, 11, 2));
    QVERIFY(lookup);
    QVERIFY2(lookup->isValid(), qPrintable(lookup->message));
    QCOMPARE(lookup->release->name, QStringLiteral("ICD-10-CM test FY2027"));

    const QString status = w.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Imported")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("5 code")), qPrintable(status));
    // The form is emptied so that the same file is not imported twice by accident.
    QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text().isEmpty());

    // Importing the same name again replaces the release, and the form says so beforehand.
    auto *name = w.findChild<QLineEdit *>(QStringLiteral("releaseNameEdit"));
    QTest::keyClicks(name, QStringLiteral("ICD-10-CM test FY2027"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("replaceNote"))->isVisible());

    w.grab().save(QStringLiteral("/tmp/admin_codesets.png"));
}

void tst_CodeSetsWidget::malformedFileIsRefusedWithLineNumbers()
{
    const QString fixture = QFINDTESTDATA("../data/codes/icd10cm_codes_malformed.txt");
    QVERIFY(!fixture.isEmpty());
    const qsizetype before = releases().size();

    CodeSetsWidget w(m_admin, m_db->ws().codes(), m_db->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &CodeSetsWidget::importFinished);
    fillAndImport(w, codes::CodeFileFormat::Icd10CmCodes, fixture,
                  QStringLiteral("Broken release"), QDate(2026, 10, 1));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr);
    const QString message = box->text();
    QVERIFY2(message.contains(QStringLiteral("2 line")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("icd10cm_codes_malformed.txt:3:")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("icd10cm_codes_malformed.txt:5:")),
             qPrintable(message));
    box->close();

    QCOMPARE(releases().size(), before);
    QVERIFY(!tableShows(w, QStringLiteral("Broken release")));
    const QString status = w.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Not imported")), qPrintable(status));
    // What was typed stays, to fix the file and try again.
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("releaseNameEdit"))->text(),
             QStringLiteral("Broken release"));
}

void tst_CodeSetsWidget::cancelledImportLeavesNothing()
{
    // Big enough that the worker is still reading when Cancel is pressed.
    const QString path = m_db->dir() + QStringLiteral("/icd10cm_big.txt");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40000; ++i) {
            const QByteArray code = "Q" + QByteArray::number(10000 + i);
            file.write(code.leftJustified(7, ' ') + " Generated test condition number "
                       + QByteArray::number(i) + "\r\n");
        }
    }
    const qsizetype before = releases().size();
    QSqlQuery q(m_db->ws().database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM codes")) && q.next());
    const qint64 codesBefore = q.value(0).toLongLong();
    q.finish();

    CodeSetsWidget w(m_admin, m_db->ws().codes(), m_db->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &CodeSetsWidget::importFinished);
    fillAndImport(w, codes::CodeFileFormat::Icd10CmCodes, path,
                  QStringLiteral("Cancelled release"), QDate(2027, 10, 1));
    QVERIFY(w.isImporting());
    QVERIFY(!w.findChild<QGroupBox *>(QStringLiteral("importForm"))->isEnabled());
    auto *cancel = w.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    w.grab().save(QStringLiteral("/tmp/admin_codesets_importing.png"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    QCOMPARE(releases().size(), before);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM codes")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), codesBefore);
    const QString status = w.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("cancelled")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("nothing was changed")), qPrintable(status));
    QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("errorBox")));
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("progressRow"))->isVisible());
    QVERIFY(w.findChild<QGroupBox *>(QStringLiteral("importForm"))->isEnabled());
}

void tst_CodeSetsWidget::missingFieldsAreSaidInline()
{
    CodeSetsWidget w(m_admin, m_db->ws().codes(), m_db->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *import = w.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *status = w.findChild<QLabel *>(QStringLiteral("importStatus"));
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(!w.isImporting());
    QVERIFY2(status->text().contains(QStringLiteral("Choose the file")),
             qPrintable(status->text()));
    QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("fileEdit")),
                     QStringLiteral("/nowhere/file.txt"));
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(!w.isImporting());
    QVERIFY2(status->text().contains(QStringLiteral("Give the release a name")),
             qPrintable(status->text()));
}

void tst_CodeSetsWidget::emptyDatabaseSaysWhatToDo()
{
    test::TestDatabase empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.errorText()));
    Session admin;
    admin.userId = 1;
    admin.username = QStringLiteral("admin");
    admin.role = Role::Admin;
    CodeSetsWidget w(admin, empty.ws().codes(), empty.path());
    auto *label = w.findChild<QLabel *>(QStringLiteral("releasesEmpty"));
    QVERIFY(label);
    QCOMPARE(w.findChild<QTableWidget *>(QStringLiteral("releasesTable"))->rowCount(), 0);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Import")));
}

void tst_CodeSetsWidget::showsTheScrubberData()
{
    CodeSetsWidget w(m_admin, m_db->ws().codes(), m_db->path());
    w.setEditData(&m_db->ws().editData());
    auto *label = w.findChild<QLabel *>(QStringLiteral("editDataReleases"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("No NCCI PTP file is imported")),
             qPrintable(label->text()));
    QVERIFY(label->text().contains(QLatin1String("No MUE file is imported")));
    auto imported = m_db->ws().editData().importPtp(
            m_admin, QStringLiteral(CC_SOURCE_DIR "/tests/data/edits/ptp_small.txt"),
            QStringLiteral("v322r0"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().userMessage));
    w.reload();
    QVERIFY2(label->text().contains(QLatin1String("NCCI PTP v322r0")), qPrintable(label->text()));
}

QTEST_MAIN(tst_CodeSetsWidget)
#include "tst_codesetswidget.moc"

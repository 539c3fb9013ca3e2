// SPDX-License-Identifier: GPL-3.0-or-later
// The headless code-set commands, run as a user runs them: the real binary, its output and
// exit codes (DESIGN.md §6).
#include "testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/codes/") + QLatin1String(name);
}

QString editsFixture(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/edits/") + QLatin1String(name);
}

} // namespace

class tst_CodeCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importThenSearch();
    void importsHcpcsWithModifiers();
    void badFileExitsOneNamingLines();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void userNeedsPermission();
    void searchWithoutCodeSet();
    void importsSharedIcdFile();
    void importsNcciPtpAndMue();
    void badPtpFileExitsOneNamingLines();
    void ptpNeedsPermission();
    void refusesSharedPtpExcerpt();

private:
    Run cleanclaim(const QStringList &args, const QString &password = {});
    QString db(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

Run tst_CodeCommands::cleanclaim(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("CLEANCLAIM_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_CLEANCLAIM_BIN), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_CodeCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CodeCommands::importThenSearch()
{
    const QString path = db("icd.sqlite");
    const Run import = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                   QStringLiteral("icd10cm-order"),
                                   fixture("icd10cm_order_small.txt"), QStringLiteral("--release"),
                                   QStringLiteral("ICD-10-CM FY2026"),
                                   QStringLiteral("--effective"), QStringLiteral("2025-10-01")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QCOMPARE(import.out, QStringLiteral("Imported 20 codes into release \"ICD-10-CM FY2026\" "
                                        "(icd10cm), effective 2025-10-01.\n"));
    QCOMPARE(import.err, QString()); // no progress line when stderr is not a terminal

    const Run typed = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("search-codes"),
                                  QStringLiteral("e119"), QStringLiteral("--date"),
                                  QStringLiteral("2026-01-02")});
    QCOMPARE(typed.exitCode, 0);
    QCOMPARE(typed.out, QStringLiteral("E11.9\ticd10cm\tbillable\tType 2 diabetes mellitus "
                                       "without complications\n"));

    // Words in any order, unquoted; headers say so.
    const Run words = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("search-codes"),
                                  QStringLiteral("diab"), QStringLiteral("typ"),
                                  QStringLiteral("2"), QStringLiteral("--date"),
                                  QStringLiteral("2026-01-02"), QStringLiteral("--limit"),
                                  QStringLiteral("3")});
    QCOMPARE(words.exitCode, 0);
    const QStringList lines = words.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), QStringLiteral("E11\ticd10cm\theader\tType 2 diabetes mellitus"));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("E11")), qPrintable(line));

    // Before the release took effect nothing is in force.
    const Run early = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("search-codes"),
                                  QStringLiteral("E11.9"), QStringLiteral("--date"),
                                  QStringLiteral("2025-09-30")});
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(early.out, QString());
    QVERIFY2(early.err.contains(QStringLiteral("No code set is in force on 2025-09-30")),
             qPrintable(early.err));

    // The same release again replaces it.
    const Run again = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                  QStringLiteral("icd10cm-order"),
                                  fixture("icd10cm_order_small.txt"), QStringLiteral("--release"),
                                  QStringLiteral("ICD-10-CM FY2026"),
                                  QStringLiteral("--effective"), QStringLiteral("2025-10-01")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("replaces the earlier import")),
             qPrintable(again.out));
}

void tst_CodeCommands::importsHcpcsWithModifiers()
{
    const Run r = cleanclaim({QStringLiteral("--db"), db("hcpcs.sqlite"),
                              QStringLiteral("import-codes"), QStringLiteral("hcpcs"),
                              fixture("hcpcs_small.txt"), QStringLiteral("--effective"),
                              QStringLiteral("2020-01-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Imported 8 codes and 3 modifiers into release \"HCPCS "
                                   "2020-01-01\" (hcpcs), effective 2020-01-01.\n"));
    const Run s = cleanclaim({QStringLiteral("--db"), db("hcpcs.sqlite"),
                              QStringLiteral("search-codes"), QStringLiteral("G0439"),
                              QStringLiteral("--date"), QStringLiteral("2020-05-05")});
    QCOMPARE(s.out, QStringLiteral("G0439\thcpcs\tbillable\tAnnual wellness visit, includes a "
                                   "personalized prevention plan of service (pps), subsequent "
                                   "visit\n"));
}

void tst_CodeCommands::badFileExitsOneNamingLines()
{
    const QString path = db("bad.sqlite");
    const QString file = fixture("icd10cm_order_bad.txt");
    const Run r = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                              QStringLiteral("icd10cm-order"), file, QStringLiteral("--effective"),
                              QStringLiteral("2025-10-01")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(file + QStringLiteral(":3: The billable flag")), qPrintable(r.err));
    QVERIFY2(r.err.contains(file + QStringLiteral(":5: The line has 40 characters")),
             qPrintable(r.err));
    const Run missing = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                    QStringLiteral("cpt-csv"), fixture("nowhere.csv"),
                                    QStringLiteral("--effective"), QStringLiteral("2026-01-01")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no file")), qPrintable(missing.err));
    // Nothing of the refused file was kept.
    const Run s = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("search-codes"),
                              QStringLiteral("diabetes"), QStringLiteral("--date"),
                              QStringLiteral("2026-01-02")});
    QCOMPARE(s.exitCode, 0);
    QCOMPARE(s.out, QString());
}

void tst_CodeCommands::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString file = fixture("icd10cm_codes_fy2026.txt");
    QTest::newRow("no effective date")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("icd10cm-codes"), file}
            << QStringLiteral("--effective");
    QTest::newRow("bad date") << QStringList{QStringLiteral("import-codes"),
                                             QStringLiteral("icd10cm-codes"), file,
                                             QStringLiteral("--effective"),
                                             QStringLiteral("2025-13-01")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("import-codes"),
                                                 QStringLiteral("icd9"), file,
                                                 QStringLiteral("--effective"),
                                                 QStringLiteral("2025-10-01")}
                                  << QStringLiteral("Unknown KIND icd9");
    const QString ptp = editsFixture("ptp_small.txt");
    const QString mue = editsFixture("mue_small.csv");
    QTest::newRow("ptp without release")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("ncci-ptp"), ptp}
            << QStringLiteral("needs --release NAME");
    QTest::newRow("ptp with effective date")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("ncci-ptp"), ptp,
                           QStringLiteral("--release"), QStringLiteral("v322r0"),
                           QStringLiteral("--effective"), QStringLiteral("2025-10-01")}
            << QStringLiteral("--effective does not apply to ncci-ptp");
    QTest::newRow("ptp without file")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("ncci-ptp"),
                           QStringLiteral("--release"), QStringLiteral("v322r0")}
            << QStringLiteral("takes the FILE");
    QTest::newRow("mue without effective date")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("mue"), mue,
                           QStringLiteral("--release"), QStringLiteral("MUE 2026 Q3")}
            << QStringLiteral("--effective YYYY-MM-DD");
    QTest::newRow("mue without release")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("mue"), mue,
                           QStringLiteral("--effective"), QStringLiteral("2026-07-01")}
            << QStringLiteral("--release NAME");
    QTest::newRow("mue bad date")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("mue"), mue,
                           QStringLiteral("--release"), QStringLiteral("MUE"),
                           QStringLiteral("--effective"), QStringLiteral("2026-02-30")}
            << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("mue two files")
            << QStringList{QStringLiteral("import-codes"), QStringLiteral("mue"), mue, mue,
                           QStringLiteral("--release"), QStringLiteral("MUE"),
                           QStringLiteral("--effective"), QStringLiteral("2026-07-01")}
            << QStringLiteral("takes one FILE");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-codes"),
                                            QStringLiteral("hcpcs")}
                             << QStringLiteral("KIND and a FILE");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("search-codes"),
                                                   QStringLiteral("flu"), QStringLiteral("--kind"),
                                                   QStringLiteral("cpt")}
                                    << QStringLiteral("Unknown option --kind");
    QTest::newRow("no text") << QStringList{QStringLiteral("search-codes")}
                             << QStringLiteral("needs the TEXT");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("search-codes"), QStringLiteral("flu"),
                                              QStringLiteral("--limit"), QStringLiteral("0")}
                               << QStringLiteral("--limit");
}

void tst_CodeCommands::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = cleanclaim(QStringList{QStringLiteral("--db"), db("usage.sqlite")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void tst_CodeCommands::userNeedsPermission()
{
    const QString path = db("demo.sqlite");
    const Run demo = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                 QStringLiteral("--encounters"), QStringLiteral("5")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QStringList import = {QStringLiteral("import-codes"), QStringLiteral("icd10cm-codes"),
                                fixture("icd10cm_codes_fy2026.txt"), QStringLiteral("--release"),
                                QStringLiteral("FY2026"), QStringLiteral("--effective"),
                                QStringLiteral("2025-10-01")};
    const Run coder = cleanclaim(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"),
                                             QStringLiteral("coder")}
                                         + import,
                                 QStringLiteral("coder-demo"));
    QCOMPARE(coder.exitCode, 3);
    QVERIFY2(coder.err.contains(QStringLiteral("import code sets")), qPrintable(coder.err));
    const Run admin = cleanclaim(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"),
                                             QStringLiteral("admin")}
                                         + import,
                                 QStringLiteral("admin-demo"));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    // The demo's starter set still serves the dates before the new release.
    QVERIFY2(admin.out.contains(QStringLiteral("Imported 9 codes into release \"FY2026\"")),
             qPrintable(admin.out));
    const Run old = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("search-codes"),
                                QStringLiteral("G0439"), QStringLiteral("--date"),
                                QStringLiteral("2024-03-01")});
    QVERIFY2(old.out.startsWith(QStringLiteral("G0439\thcpcs\tbillable\t")), qPrintable(old.out));
}

void tst_CodeCommands::searchWithoutCodeSet()
{
    const Run r = cleanclaim({QStringLiteral("--db"), db("empty.sqlite"),
                              QStringLiteral("search-codes"), QStringLiteral("flu")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("import-codes")), qPrintable(r.err));
}

void tst_CodeCommands::importsSharedIcdFile()
{
    const QString shared = cc::test::sharedDir();
    if (shared.isEmpty())
        QSKIP("../shared not found: the full ICD-10-CM file is needed");
    const Run r = cleanclaim({QStringLiteral("--db"), db("full.sqlite"),
                              QStringLiteral("import-codes"), QStringLiteral("icd10cm-codes"),
                              shared + QStringLiteral("/codesets/"
                                                      "icd10cm_codes_2026_reconstructed.txt"),
                              QStringLiteral("--release"), QStringLiteral("ICD-10-CM FY2026"),
                              QStringLiteral("--effective"), QStringLiteral("2025-10-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Imported 74,719 codes into release \"ICD-10-CM FY2026\" "
                                   "(icd10cm), effective 2025-10-01.\n"));
}

void tst_CodeCommands::importsNcciPtpAndMue()
{
    const QString path = db("edits.sqlite");
    const QStringList ptp = {QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                             QStringLiteral("ncci-ptp"), editsFixture("ptp_small.txt"),
                             QStringLiteral("--release"), QStringLiteral("v322r0")};
    const Run imported = cleanclaim(ptp);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("Imported 12 NCCI PTP edits into release \"v322r0\".\n"));
    QCOMPARE(imported.err, QString()); // no progress line when stderr is not a terminal

    // The same release again is refused, not doubled.
    const Run again = cleanclaim(ptp);
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out, QString());
    QVERIFY2(again.err.contains(QStringLiteral("\"v322r0\" was already imported")),
             qPrintable(again.err));

    const QStringList mue = {QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                             QStringLiteral("mue"), editsFixture("mue_small.csv"),
                             QStringLiteral("--release"), QStringLiteral("MUE 2026 Q3"),
                             QStringLiteral("--effective"), QStringLiteral("2026-07-01")};
    const Run values = cleanclaim(mue);
    QVERIFY2(values.exitCode == 0, qPrintable(values.err));
    QCOMPARE(values.out, QStringLiteral("Imported 7 MUE values into release \"MUE 2026 Q3\", "
                                        "effective 2026-07-01.\n"));
    QStringList sameDate = mue;
    sameDate[6] = QStringLiteral("MUE July");
    const Run clash = cleanclaim(sameDate);
    QCOMPARE(clash.exitCode, 1);
    QVERIFY2(clash.err.contains(QStringLiteral("already takes effect on 2026-07-01")),
             qPrintable(clash.err));

    // The parts of one release go in together.
    const Run parts = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                  QStringLiteral("ncci-ptp"), editsFixture("ptp_small.txt"),
                                  editsFixture("ptp_small.txt"), QStringLiteral("--release"),
                                  QStringLiteral("v323r0")});
    QVERIFY2(parts.exitCode == 0, qPrintable(parts.err));
    QCOMPARE(parts.out, QStringLiteral("Imported 24 NCCI PTP edits into release \"v323r0\".\n"));
}

void tst_CodeCommands::badPtpFileExitsOneNamingLines()
{
    const QString path = db("badptp.sqlite");
    const QString file = editsFixture("ptp_bad.txt");
    const Run r = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                              QStringLiteral("ncci-ptp"), file, QStringLiteral("--release"),
                              QStringLiteral("v322r0")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8); // the sentence, then one line per wrong row
    QVERIFY2(lines.at(0).contains(QStringLiteral("nothing was changed")), qPrintable(r.err));
    QVERIFY2(lines.at(1).startsWith(file + QStringLiteral(":8: The effective date")),
             qPrintable(r.err));
    QVERIFY2(lines.at(7).startsWith(file + QStringLiteral(":15: ")), qPrintable(r.err));

    const Run mue = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                QStringLiteral("mue"), editsFixture("mue_bad.csv"),
                                QStringLiteral("--release"), QStringLiteral("MUE"),
                                QStringLiteral("--effective"), QStringLiteral("2026-07-01")});
    QCOMPARE(mue.exitCode, 1);
    QVERIFY2(mue.err.contains(editsFixture("mue_bad.csv") + QStringLiteral(":7: ")),
             qPrintable(mue.err));
    const Run missing = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                    QStringLiteral("ncci-ptp"), editsFixture("nowhere.txt"),
                                    QStringLiteral("--release"), QStringLiteral("v1")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("There is no file")), qPrintable(missing.err));

    // Nothing of the refused files was kept: the release name is still free.
    const Run good = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("import-codes"),
                                 QStringLiteral("ncci-ptp"), editsFixture("ptp_small.txt"),
                                 QStringLiteral("--release"), QStringLiteral("v322r0")});
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
}

void tst_CodeCommands::ptpNeedsPermission()
{
    const QString path = db("demo-edits.sqlite");
    const Run demo = cleanclaim({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                 QStringLiteral("--encounters"), QStringLiteral("5")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QStringList import = {QStringLiteral("import-codes"), QStringLiteral("ncci-ptp"),
                                editsFixture("ptp_small.txt"), QStringLiteral("--release"),
                                QStringLiteral("v322r0")};
    const Run coder = cleanclaim(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"),
                                             QStringLiteral("coder")}
                                         + import,
                                 QStringLiteral("coder-demo"));
    QCOMPARE(coder.exitCode, 3);
    QVERIFY2(coder.err.contains(QStringLiteral("import code sets")), qPrintable(coder.err));
    const Run admin = cleanclaim(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"),
                                             QStringLiteral("admin")}
                                         + import,
                                 QStringLiteral("admin-demo"));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
}

void tst_CodeCommands::refusesSharedPtpExcerpt()
{
    const QString shared = cc::test::sharedDir();
    if (shared.isEmpty())
        QSKIP("../shared not found: the CMS PTP excerpt is needed");
    const QString file = shared + QStringLiteral("/codesets/ccipra-v322r0-f1.excerpt.txt");
    const Run r = cleanclaim({QStringLiteral("--db"), db("excerpt.sqlite"),
                              QStringLiteral("import-codes"), QStringLiteral("ncci-ptp"), file,
                              QStringLiteral("--release"), QStringLiteral("v322r0")});
    QCOMPARE(r.exitCode, 1);
    // Its last row is cut short: that line, and only it, is named.
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(file + QStringLiteral(":161: ")), qPrintable(r.err));
    const Run mue = cleanclaim(
            {QStringLiteral("--db"), db("excerpt.sqlite"), QStringLiteral("import-codes"),
             QStringLiteral("mue"),
             shared + QStringLiteral("/codesets/"
                                    "MCR_MUE_PractitionerServices_Eff_07-01-2026.excerpt.csv"),
             QStringLiteral("--release"), QStringLiteral("MUE 2026-07-01"),
             QStringLiteral("--effective"), QStringLiteral("2026-07-01")});
    QVERIFY2(mue.exitCode == 0, qPrintable(mue.err));
    QCOMPARE(mue.out, QStringLiteral("Imported 44 MUE values into release \"MUE 2026-07-01\", "
                                     "effective 2026-07-01.\n"));
}

QTEST_GUILESS_MAIN(tst_CodeCommands)
#include "tst_codecommands.moc"

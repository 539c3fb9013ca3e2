// SPDX-License-Identifier: GPL-3.0-or-later
// The CMS NCCI parsers (models/codes/ncciparser): the practitioner PTP file (tab-separated, six
// header lines) and the practitioner MUE file (CSV with a multi-line quoted notice), their
// header checks and their line-numbered refusals.
#include "codes/ncciparser.h"
#include "testdatabase.h"

#include <QFile>
#include <QTest>

using namespace cc;
using namespace cc::codes;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CC_SOURCE_DIR "/tests/data/edits/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

/// A file of the shared test data, or an empty array when ../shared is absent.
QByteArray shared(const char *name)
{
    const QString dir = cc::test::sharedDir();
    if (dir.isEmpty())
        return {};
    QFile f(dir + QStringLiteral("/codesets/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

template<typename Parsed>
QString errorsText(const Parsed &p)
{
    QStringList out;
    for (const CodeFileError &e : p.errors)
        out.append(QStringLiteral("%1: %2").arg(e.line).arg(e.message));
    return out.join(QLatin1Char('\n'));
}

/// The six header lines CMS puts before the PTP rows.
QByteArray ptpHeader()
{
    return "CPT only copyright 2025 American Medical Association.  All rights reserved."
           "\t\t\t\t\t\t\r\n"
           "Column1/Column2 Edits\t\t\t\t\t\t\r\n"
           "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\t"
           "PTP Edit Rationale\r\n"
           "\t\tprior to 1996\tDate\tDate\t0=not allowed\t\r\n"
           "\t\t\t\t*=no data\t1=allowed\t\r\n"
           "\t\t\t\t\t9=not applicable\t\r\n";
}

const CodeFileError *errorOnLine(const QList<CodeFileError> &errors, qint64 line)
{
    for (const CodeFileError &e : errors) {
        if (e.line == line)
            return &e;
    }
    return nullptr;
}

} // namespace

class tst_NcciParser : public QObject
{
    Q_OBJECT
private slots:
    void ncciCodes_data();
    void ncciCodes();
    void ptpSmall();
    void ptpSharesRepeatedStrings();
    void ptpRefusesMalformedRows_data();
    void ptpRefusesMalformedRows();
    void ptpHeaderChecks_data();
    void ptpHeaderChecks();
    void ptpAcceptsLineFeedsAndBom();
    void ptpErrorsAreCapped();
    void ptpSharedExcerpt();
    void mueSmall();
    void mueRefusesMalformedRows_data();
    void mueRefusesMalformedRows();
    void mueHeaderChecks_data();
    void mueHeaderChecks();
    void mueSharedExcerpt();
};

void tst_NcciParser::ncciCodes_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("cpt") << QByteArray("99213") << true;
    QTest::newRow("pla") << QByteArray("0001U") << true;
    QTest::newRow("hcpcs") << QByteArray("G0439") << true;
    QTest::newRow("four characters") << QByteArray("9921") << false;
    QTest::newRow("six characters") << QByteArray("992131") << false;
    QTest::newRow("lower case") << QByteArray("g0439") << false;
    QTest::newRow("punctuation") << QByteArray("9921-") << false;
}

void tst_NcciParser::ncciCodes()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(isNcciCode(code), wellFormed);
}

void tst_NcciParser::ptpSmall()
{
    const ParsedPtpFile p = parseNcciPtp(fixture("ptp_small.txt"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.edits.size(), 12);

    const PtpEdit &first = p.edits.at(0);
    QCOMPARE(first.column1, QStringLiteral("11042"));
    QCOMPARE(first.column2, QStringLiteral("11045"));
    QCOMPARE(first.effective, QDate(2009, 1, 1));
    QVERIFY(!first.deleted.isValid()); // "*": not deleted
    QCOMPARE(first.modifierIndicator, 0);
    QCOMPARE(first.rationale, QStringLiteral("Standards of medical / surgical practice"));

    // The same pair twice: deleted, then in force again.
    const PtpEdit &old = p.edits.at(4);
    QCOMPARE(old.column1, QStringLiteral("29881"));
    QCOMPARE(old.effective, QDate(1996, 1, 1));
    QCOMPARE(old.deleted, QDate(2003, 12, 31));
    QVERIFY(old.inForce(QDate(2003, 12, 31)));
    QVERIFY(!old.inForce(QDate(2004, 1, 1)));
    QCOMPARE(p.edits.at(5).effective, QDate(2004, 1, 1));

    QCOMPARE(p.edits.at(6).modifierIndicator, 9);
    QCOMPARE(p.edits.at(10).column1, QStringLiteral("G0439"));
    // Deleted the day it took effect: in force that one day.
    const PtpEdit &oneDay = p.edits.at(11);
    QCOMPARE(oneDay.column1, QStringLiteral("0001U"));
    QCOMPARE(oneDay.deleted, QDate(2019, 1, 1));
    QVERIFY(oneDay.inForce(QDate(2019, 1, 1)));

    // A row without its rationale (six fields) is still an edit.
    const ParsedPtpFile six = parseNcciPtp(ptpHeader() + "99213\t36415\t\t20220101\t*\t1\r\n");
    QVERIFY2(six.ok(), qPrintable(errorsText(six)));
    QCOMPARE(six.edits.value(0).rationale, QString());
}

void tst_NcciParser::ptpSharesRepeatedStrings()
{
    // A million rows name a few thousand codes and a few rationales: each is stored once.
    const ParsedPtpFile p = parseNcciPtp(fixture("ptp_small.txt"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.edits.at(0).column1.constData(), p.edits.at(1).column1.constData());
    QCOMPARE(p.edits.at(1).rationale.constData(), p.edits.at(6).rationale.constData());
    QCOMPARE(p.edits.at(6).column1.constData(), p.edits.at(8).column2.constData()); // 36415
}

void tst_NcciParser::ptpRefusesMalformedRows_data()
{
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad effective date") << qint64(8) << QStringLiteral("\"20091301\"");
    QTest::newRow("bad modifier indicator") << qint64(10) << QStringLiteral("modifier indicator");
    QTest::newRow("short row") << qint64(11) << QStringLiteral("The row has 4 field");
    QTest::newRow("deleted before effect")
            << qint64(12) << QStringLiteral("before it takes effect");
    QTest::newRow("bad column 1") << qint64(13) << QStringLiteral("Column 1 \"9300\"");
    QTest::newRow("bad pre-1996 flag") << qint64(14) << QStringLiteral("pre-1996 flag");
    QTest::newRow("truncated last line")
            << qint64(15) << QStringLiteral("ends on this line without a line break");
}

void tst_NcciParser::ptpRefusesMalformedRows()
{
    QFETCH(qint64, line);
    QFETCH(QString, says);
    const ParsedPtpFile p = parseNcciPtp(fixture("ptp_bad.txt"));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorCount, 7);
    QCOMPARE(p.edits.size(), 2); // lines 7 and 9
    const CodeFileError *e = errorOnLine(p.errors, line);
    QVERIFY2(e, qPrintable(errorsText(p)));
    QVERIFY2(e->message.contains(says), qPrintable(e->message));
}

void tst_NcciParser::ptpHeaderChecks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("empty");
    QTest::newRow("no header") << fixture("ptp_no_header.txt") << qint64(1)
                               << QStringLiteral("starts with a row of edits");
    QByteArray short4 = ptpHeader();
    short4.truncate(short4.indexOf("\t\t\t\t*=no data"));
    QTest::newRow("four header lines") << short4 + fixture("ptp_no_header.txt") << qint64(5)
                                       << QStringLiteral("already a row of edits");
    QTest::newRow("an MUE file") << fixture("mue_small.csv") << qint64(3)
                                 << QStringLiteral("not a CMS NCCI PTP file");
    QTest::newRow("two lines") << QByteArray("hello\r\nworld\r\n") << qint64(0)
                               << QStringLiteral("not a CMS NCCI PTP file");
    QTest::newRow("header only") << ptpHeader() << qint64(0)
                                 << QStringLiteral("no PTP edits");
}

void tst_NcciParser::ptpHeaderChecks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, says);
    const ParsedPtpFile p = parseNcciPtp(bytes);
    QVERIFY(!p.ok());
    QCOMPARE(p.errorCount, 1);
    QCOMPARE(p.errors.size(), 1);
    QCOMPARE(p.errors.first().line, line);
    QVERIFY2(p.errors.first().message.contains(says), qPrintable(p.errors.first().message));
    QVERIFY(p.edits.isEmpty());
}

void tst_NcciParser::ptpAcceptsLineFeedsAndBom()
{
    QByteArray lf = fixture("ptp_small.txt");
    lf.replace("\r\n", "\n");
    const ParsedPtpFile p = parseNcciPtp("\xef\xbb\xbf" + lf + "\n\n");
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.edits.size(), 12);
    QCOMPARE(p.edits.last().column2, QStringLiteral("81163"));
}

void tst_NcciParser::ptpErrorsAreCapped()
{
    QByteArray bytes = ptpHeader();
    for (int i = 0; i < 100; ++i)
        bytes += "99213\t36415\t\t20221301\t*\t1\tMisuse\r\n";
    const ParsedPtpFile p = parseNcciPtp(bytes);
    QCOMPARE(p.errorCount, 100);
    QCOMPARE(p.errors.size(), ParsedPtpFile::kMaxReportedErrors);
    QCOMPARE(p.errors.first().line, 7);
    QCOMPARE(p.errors.last().line, 7 + ParsedPtpFile::kMaxReportedErrors - 1);
}

void tst_NcciParser::ptpSharedExcerpt()
{
    const QByteArray bytes = shared("ccipra-v322r0-f1.excerpt.txt");
    if (bytes.isEmpty())
        QSKIP("../shared/codesets/ccipra-v322r0-f1.excerpt.txt not found");
    // The excerpt's last row is cut mid-rationale: the file is refused for that line only.
    const ParsedPtpFile whole = parseNcciPtp(bytes);
    QCOMPARE(whole.errorCount, 1);
    QCOMPARE(whole.errors.first().line, 161);
    QVERIFY2(whole.errors.first().message.contains(
                     QStringLiteral("ends on this line without a line break")),
             qPrintable(whole.errors.first().message));

    // Without that line, its 154 full rows import.
    const ParsedPtpFile cut = parseNcciPtp(bytes.left(bytes.lastIndexOf('\n') + 1));
    QVERIFY2(cut.ok(), qPrintable(errorsText(cut)));
    QCOMPARE(cut.edits.size(), 154);
    const PtpEdit &first = cut.edits.first();
    QCOMPARE(first.column1, QStringLiteral("0001A"));
    QCOMPARE(first.column2, QStringLiteral("0591T"));
    QCOMPARE(first.effective, QDate(2022, 1, 1));
    QCOMPARE(first.deleted, QDate(2023, 12, 31));
    QCOMPARE(first.modifierIndicator, 1);
    QCOMPARE(first.rationale, QStringLiteral("CPT Manual or CMS manual coding instruction"));
    const PtpEdit &last = cut.edits.last();
    QCOMPARE(last.column1, QStringLiteral("0001U"));
    QCOMPARE(last.column2, QStringLiteral("81166"));
    QVERIFY(!last.deleted.isValid());
    QCOMPARE(last.rationale, QStringLiteral("Misuse of Column Two code with Column One code"));
    int notDeleted = 0;
    for (const PtpEdit &e : cut.edits)
        notDeleted += e.deleted.isValid() ? 0 : 1;
    QCOMPARE(notDeleted, 66); // 67 "*" in the file, one on the cut line
}

void tst_NcciParser::mueSmall()
{
    const ParsedMueFile p = parseMue(fixture("mue_small.csv"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.values.size(), 7);
    const MueValue &first = p.values.at(0);
    QCOMPARE(first.code, QStringLiteral("11042"));
    QCOMPARE(first.maxUnits, 1);
    QCOMPARE(first.indicator, 2);
    QCOMPARE(first.rationale, QStringLiteral("Code Descriptor / CPT Instruction"));
    QCOMPARE(p.values.at(1).indicator, 2); // quoted
    QCOMPARE(p.values.at(1).maxUnits, 2);
    QCOMPARE(p.values.at(3).indicator, 3); // quoted
    const MueValue &line = p.values.at(5);
    QCOMPARE(line.code, QStringLiteral("J1885"));
    QCOMPARE(line.maxUnits, 8);
    QCOMPARE(line.indicator, 1);
    QCOMPARE(line.rationale, QStringLiteral("Published Contractor Policy, per line"));
    QCOMPARE(p.values.at(6).maxUnits, 0);
}

void tst_NcciParser::mueRefusesMalformedRows_data()
{
    // The notice takes lines 1–2 and the header lines 3–4: the numbers are physical lines.
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("units not a number") << qint64(6) << QStringLiteral("MUE value of 20610");
    QTest::newRow("indicator 4") << qint64(7) << QStringLiteral("adjudication indicator of 36415");
    QTest::newRow("duplicate") << qint64(8)
                               << QStringLiteral("11042 appears a second time (first on line 5)");
    QTest::newRow("bad code") << qint64(9) << QStringLiteral("\"1104\" is not a CPT or HCPCS code");
    QTest::newRow("short row") << qint64(10) << QStringLiteral("The row has 2 field");
    QTest::newRow("negative units") << qint64(11) << QStringLiteral("\"-1\"");
}

void tst_NcciParser::mueRefusesMalformedRows()
{
    QFETCH(qint64, line);
    QFETCH(QString, says);
    const ParsedMueFile p = parseMue(fixture("mue_bad.csv"));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorCount, 6);
    QCOMPARE(p.values.size(), 1);
    const CodeFileError *e = errorOnLine(p.errors, line);
    QVERIFY2(e, qPrintable(errorsText(p)));
    QVERIFY2(e->message.contains(says), qPrintable(e->message));
}

void tst_NcciParser::mueHeaderChecks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray("\r\n") << qint64(0) << QStringLiteral("empty");
    QTest::newRow("outpatient hospital file")
            << fixture("mue_outpatient.csv") << qint64(3)
            << QStringLiteral("Outpatient Hospital Services MUE Values");
    QTest::newRow("no header") << QByteArray("11042,1,2 Date of Service Edit: Policy,X\r\n")
                               << qint64(1) << QStringLiteral("not a CMS MUE file");
    QTest::newRow("a PTP file") << fixture("ptp_small.txt") << qint64(10)
                                << QStringLiteral("not a CMS MUE file");
    QTest::newRow("header only")
            << QByteArray("HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication "
                          "Indicator,MUE Rationale\r\n")
            << qint64(0) << QStringLiteral("no MUE values");
    QTest::newRow("unclosed quote")
            << QByteArray("\"AMA notice\r\n\r\nHCPCS/CPT Code,Practitioner Services MUE "
                          "Values,MUE Adjudication Indicator,MUE Rationale\r\n")
            << qint64(1) << QStringLiteral("not closed");
}

void tst_NcciParser::mueHeaderChecks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, says);
    const ParsedMueFile p = parseMue(bytes);
    QVERIFY(!p.ok());
    QCOMPARE(p.errorCount, 1);
    QCOMPARE(p.errors.first().line, line);
    QVERIFY2(p.errors.first().message.contains(says), qPrintable(p.errors.first().message));
    QVERIFY(p.values.isEmpty());
}

void tst_NcciParser::mueSharedExcerpt()
{
    const QByteArray bytes = shared("MCR_MUE_PractitionerServices_Eff_07-01-2026.excerpt.csv");
    if (bytes.isEmpty())
        QSKIP("../shared/codesets/MCR_MUE_PractitionerServices_Eff_07-01-2026.excerpt.csv not "
              "found");
    const ParsedMueFile p = parseMue(bytes);
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.values.size(), 44);
    const MueValue &first = p.values.first();
    QCOMPARE(first.code, QStringLiteral("0001U"));
    QCOMPARE(first.maxUnits, 1);
    QCOMPARE(first.indicator, 2);
    QCOMPARE(first.rationale, QStringLiteral("Code Descriptor / CPT Instruction"));
    QCOMPARE(p.values.at(1).code, QStringLiteral("0002M"));
    QCOMPARE(p.values.at(1).indicator, 3);
    QCOMPARE(p.values.at(1).rationale, QStringLiteral("Nature of Analyte"));
    QCOMPARE(p.values.last().code, QStringLiteral("0041U"));
    int clinical = 0;
    for (const MueValue &v : p.values)
        clinical += v.indicator == 3 ? 1 : 0;
    QCOMPARE(clinical, 14);
}

QTEST_GUILESS_MAIN(tst_NcciParser)
#include "tst_ncciparser.moc"

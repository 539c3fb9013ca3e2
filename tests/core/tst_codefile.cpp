// SPDX-License-Identifier: GPL-3.0-or-later
// The code-set file parsers (models/codes/): each CMS layout, Windows-1252 text, continuation
// records, quoted CSV, and line-numbered refusals.
#include "codes/codefile.h"
#include "codes/textcodec.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace cc;
using namespace cc::codes;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CC_SOURCE_DIR "/tests/data/codes/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

const CodeRecord *find(const ParsedCodeFile &p, const QString &code)
{
    for (const CodeRecord &r : p.codes) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

const ModifierRecord *findModifier(const ParsedCodeFile &p, const QString &modifier)
{
    for (const ModifierRecord &m : p.modifiers) {
        if (m.modifier == modifier)
            return &m;
    }
    return nullptr;
}

QString errorsText(const ParsedCodeFile &p)
{
    QStringList out;
    for (const CodeFileError &e : p.errors)
        out.append(QStringLiteral("%1: %2").arg(e.line).arg(e.message));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_CodeFile : public QObject
{
    Q_OBJECT
private slots:
    void formatKeys();
    void wellFormedCodes_data();
    void wellFormedCodes();
    void windows1252();
    void utf8WithBom();
    void icd10CmOrder();
    void icd10CmOrderRefusesMalformedLines();
    void icd10CmCodes();
    void hcpcs();
    void hcpcsRefusesMalformedRecords();
    void hcpcsWithoutRecords();
    void cptCsv();
    void cptCsvRefusesMalformedRows();
    void cptCsvNeedsHeader();
    void duplicateCodeNamesBothLines();
    void emptyFileHoldsNoCodes();
    void errorsAreCapped();
    void starterTable();
    void readsFromDevice();
};

void tst_CodeFile::formatKeys()
{
    for (CodeFileFormat f : allFormats())
        QCOMPARE(formatFromKey(formatKey(f)), std::optional<CodeFileFormat>(f));
    QCOMPARE(formatFromKey(QStringLiteral("icd10cm-order")),
             std::optional<CodeFileFormat>(CodeFileFormat::Icd10CmOrder));
    QVERIFY(!formatFromKey(QStringLiteral("ncci-ptp")));
    QCOMPARE(kindOf(CodeFileFormat::Icd10CmCodes), CodeKind::Icd10Cm);
    QCOMPARE(kindOf(CodeFileFormat::Hcpcs), CodeKind::Hcpcs);
    QCOMPARE(kindOf(CodeFileFormat::CptCsv), CodeKind::Cpt);
}

void tst_CodeFile::wellFormedCodes_data()
{
    QTest::addColumn<CodeKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("icd category") << CodeKind::Icd10Cm << QStringLiteral("I10") << true;
    QTest::newRow("icd seven characters") << CodeKind::Icd10Cm << QStringLiteral("S93401A") << true;
    QTest::newRow("icd letter third") << CodeKind::Icd10Cm << QStringLiteral("C4A0") << true;
    QTest::newRow("icd with dot") << CodeKind::Icd10Cm << QStringLiteral("E11.9") << false;
    QTest::newRow("icd lower case") << CodeKind::Icd10Cm << QStringLiteral("e119") << false;
    QTest::newRow("icd too long") << CodeKind::Icd10Cm << QStringLiteral("S93401AA") << false;
    QTest::newRow("icd letter second") << CodeKind::Icd10Cm << QStringLiteral("QA00101") << true;
    QTest::newRow("icd digit first") << CodeKind::Icd10Cm << QStringLiteral("1E11") << false;
    QTest::newRow("hcpcs") << CodeKind::Hcpcs << QStringLiteral("G0439") << true;
    QTest::newRow("hcpcs digits only") << CodeKind::Hcpcs << QStringLiteral("99213") << false;
    QTest::newRow("cpt") << CodeKind::Cpt << QStringLiteral("99213") << true;
    QTest::newRow("cpt category II") << CodeKind::Cpt << QStringLiteral("3074F") << true;
    QTest::newRow("cpt category III") << CodeKind::Cpt << QStringLiteral("0042T") << true;
    QTest::newRow("cpt four digits") << CodeKind::Cpt << QStringLiteral("9921") << false;
    QTest::newRow("cpt hcpcs shape") << CodeKind::Cpt << QStringLiteral("G0439") << false;
}

void tst_CodeFile::wellFormedCodes()
{
    QFETCH(CodeKind, kind);
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(isWellFormedCode(kind, code), wellFormed);
}

void tst_CodeFile::windows1252()
{
    QCOMPARE(fromWindows1252("caf\xe9"), QStringLiteral("caf\u00e9"));
    QCOMPARE(fromWindows1252("CMS\x92 \x80 \x96 \x93x\x94"),
             QStringLiteral("CMS\u2019 \u20ac \u2013 \u201cx\u201d"));
    TextEncoding used = TextEncoding::Ascii;
    QCOMPARE(decodeText("M\xe9ni\xe8re\x92s", &used), QStringLiteral("M\u00e9ni\u00e8re\u2019s"));
    QCOMPARE(used, TextEncoding::Windows1252);
    QCOMPARE(decodeText("plain", &used), QStringLiteral("plain"));
    QCOMPARE(used, TextEncoding::Ascii);
}

void tst_CodeFile::utf8WithBom()
{
    TextEncoding used = TextEncoding::Ascii;
    QCOMPARE(decodeText("\xef\xbb\xbf" "caf\xc3\xa9", &used), QStringLiteral("caf\u00e9"));
    QCOMPARE(used, TextEncoding::Utf8);
    const ParsedCodeFile p = parseCptCsv("\xef\xbb\xbf" "code,short,long\n99213,Visit,R\xc3\xa9sum\xc3\xa9\n");
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.codes.value(0).longDescription, QStringLiteral("R\u00e9sum\u00e9"));
}

void tst_CodeFile::icd10CmOrder()
{
    const ParsedCodeFile p = parseIcd10CmOrder(fixture("icd10cm_order_small.txt"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.kind, CodeKind::Icd10Cm);
    QCOMPARE(p.codes.size(), 20);
    QVERIFY(p.modifiers.isEmpty());
    const CodeRecord *header = find(p, QStringLiteral("E11"));
    QVERIFY(header);
    QVERIFY(!header->billable);
    QCOMPARE(header->longDescription, QStringLiteral("Type 2 diabetes mellitus"));
    const CodeRecord *sprain = find(p, QStringLiteral("S93401A"));
    QVERIFY(sprain);
    QVERIFY(sprain->billable);
    QCOMPARE(sprain->shortDescription,
             QStringLiteral("Sprain of unsp ligament of right ankle, initial encounter"));
    QCOMPARE(sprain->longDescription,
             QStringLiteral("Sprain of unspecified ligament of right ankle, initial encounter"));
    // 0xE9 and 0x92 in the file are é and ’.
    QCOMPARE(find(p, QStringLiteral("H8101"))->longDescription,
             QStringLiteral("M\u00e9ni\u00e8re\u2019s disease, right ear"));
    QCOMPARE(find(p, QStringLiteral("L813"))->shortDescription,
             QStringLiteral("Caf\u00e9 au lait spots"));
}

void tst_CodeFile::icd10CmOrderRefusesMalformedLines()
{
    const ParsedCodeFile p = parseIcd10CmOrder(fixture("icd10cm_order_bad.txt"));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorCount, 2);
    QCOMPARE(p.errors.at(0).line, 3);
    QVERIFY2(p.errors.at(0).message.contains(QStringLiteral("billable flag")),
             qPrintable(p.errors.at(0).message));
    QVERIFY(p.errors.at(0).message.contains(QStringLiteral("\"X\"")));
    QCOMPARE(p.errors.at(1).line, 5);
    QVERIFY2(p.errors.at(1).message.contains(QStringLiteral("40 characters")),
             qPrintable(p.errors.at(1).message));
}

void tst_CodeFile::icd10CmCodes()
{
    const ParsedCodeFile p = parseIcd10CmCodes(fixture("icd10cm_codes_fy2026.txt"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.codes.size(), 9);
    for (const CodeRecord &r : p.codes)
        QVERIFY(r.billable);
    QCOMPARE(find(p, QStringLiteral("E78010"))->longDescription,
             QStringLiteral("Homozygous familial hypercholesterolemia [HoFH]"));
    QVERIFY(find(p, QStringLiteral("E78010"))->shortDescription.isEmpty());

    const ParsedCodeFile bad = parseIcd10CmCodes("E119    Type 2 diabetes\nE11.9   Dotted\nI10\n");
    QCOMPARE(bad.errorCount, 2);
    QCOMPARE(bad.errors.at(0).line, 2);
    QVERIFY(bad.errors.at(0).message.contains(QStringLiteral("\"E11.9\" is not an ICD-10-CM code")));
    QCOMPARE(bad.errors.at(1).line, 3);
    QVERIFY(bad.errors.at(1).message.contains(QStringLiteral("no title")));
}

void tst_CodeFile::hcpcs()
{
    const ParsedCodeFile p = parseHcpcs(fixture("hcpcs_small.txt"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.kind, CodeKind::Hcpcs);
    QCOMPARE(p.codes.size(), 8);
    QCOMPARE(p.modifiers.size(), 3);
    // Continuation records (RECID 4) continue the long description.
    const CodeRecord *awv = find(p, QStringLiteral("G0439"));
    QVERIFY(awv);
    QCOMPARE(awv->longDescription,
             QStringLiteral("Annual wellness visit, includes a personalized prevention plan of "
                            "service (pps), subsequent visit"));
    QCOMPARE(awv->shortDescription, QStringLiteral("Ppps, subseq visit"));
    QCOMPARE(awv->addDate, std::optional<QDate>(QDate(2011, 1, 1)));
    QVERIFY(!awv->termDate);
    QCOMPARE(find(p, QStringLiteral("L3908"))->longDescription,
             QStringLiteral("Wrist hand orthosis, wrist extension control cock-up, non molded, "
                            "prefabricated, off-the-shelf"));
    const CodeRecord *retired = find(p, QStringLiteral("G9999"));
    QVERIFY(retired);
    QCOMPARE(retired->termDate, std::optional<QDate>(QDate(2019, 12, 31)));
    QCOMPARE(retired->shortDescription, QStringLiteral("Retired caf\u00e9 service"));
    // Modifiers (RECID 7) and their continuations (RECID 8).
    QCOMPARE(findModifier(p, QStringLiteral("RT"))->longDescription,
             QStringLiteral("Right side (used to identify procedures performed on the right side "
                            "of the body)"));
    QCOMPARE(findModifier(p, QStringLiteral("XE"))->longDescription,
             QStringLiteral("Separate encounter, a service that is distinct because it occurred "
                            "during a separate encounter"));
    QCOMPARE(findModifier(p, QStringLiteral("LT"))->shortDescription, QStringLiteral("Left side"));
    QVERIFY(!find(p, QStringLiteral("LT")));
}

void tst_CodeFile::hcpcsRefusesMalformedRecords()
{
    const ParsedCodeFile p = parseHcpcs(fixture("hcpcs_bad.txt"));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorCount, 2);
    QCOMPARE(p.errors.at(0).line, 9);
    QVERIFY2(p.errors.at(0).message.contains(QStringLiteral("record type \"5\"")),
             qPrintable(p.errors.at(0).message));
    QCOMPARE(p.errors.at(1).line, 11);
    QVERIFY2(p.errors.at(1).message.contains(QStringLiteral("200 characters")),
             qPrintable(p.errors.at(1).message));

    // A continuation with nothing to continue.
    QByteArray orphan(91, ' ');
    orphan.replace(0, 11, "G0439002004");
    const ParsedCodeFile q = parseHcpcs(orphan);
    QCOMPARE(q.errorCount, 1);
    QVERIFY(q.errors.at(0).message.contains(QStringLiteral("does not follow a record of G0439")));
}

void tst_CodeFile::hcpcsWithoutRecords()
{
    const ParsedCodeFile p = parseHcpcs("Just a note.\r\nNo records at all.\r\n");
    QVERIFY(!p.ok());
    QCOMPARE(p.errors.at(0).line, 0);
    QVERIFY(p.errors.at(0).message.contains(QStringLiteral("No HCPCS record")));
}

void tst_CodeFile::cptCsv()
{
    const ParsedCodeFile p = parseCptCsv(fixture("cpt_small.csv"));
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.kind, CodeKind::Cpt);
    QCOMPARE(p.codes.size(), 5);
    QCOMPARE(p.modifiers.size(), 1);
    QCOMPARE(find(p, QStringLiteral("99213"))->shortDescription,
             QStringLiteral("Office visit, established, low"));
    // A doubled quote inside a quoted field, and 0x92 as ’.
    QCOMPARE(find(p, QStringLiteral("82947"))->longDescription,
             QStringLiteral("Blood sugar measured by the lab\u2019s analyzer, also called "
                            "\"quantitative\""));
    // A line break inside quotes belongs to the field.
    QCOMPARE(find(p, QStringLiteral("93000"))->longDescription,
             QStringLiteral("Twelve-lead heart tracing, with its reading and report"));
    QCOMPARE(find(p, QStringLiteral("20610"))->longDescription,
             QStringLiteral("Injecting a large joint such as the knee (r\u00e9sum\u00e9 of the "
                            "visit)"));
    QCOMPARE(findModifier(p, QStringLiteral("25"))->shortDescription,
             QStringLiteral("Separate E/M same day"));
}

void tst_CodeFile::cptCsvRefusesMalformedRows()
{
    const ParsedCodeFile p = parseCptCsv(fixture("cpt_bad.csv"));
    QCOMPARE(p.errorCount, 3);
    QCOMPARE(p.errors.at(0).line, 3);
    QVERIFY2(p.errors.at(0).message.contains(QStringLiteral("\"9921\" is neither a CPT code")),
             qPrintable(p.errors.at(0).message));
    QCOMPARE(p.errors.at(1).line, 4);
    QVERIFY2(p.errors.at(1).message.contains(QStringLiteral("2 field")),
             qPrintable(p.errors.at(1).message));
    QCOMPARE(p.errors.at(2).line, 5);
    QVERIFY2(p.errors.at(2).message.contains(QStringLiteral("quote")),
             qPrintable(p.errors.at(2).message));

    const ParsedCodeFile open = parseCptCsv("code,short,long\n99213,\"Visit,Never closed\n");
    QCOMPARE(open.errorCount, 1);
    QCOMPARE(open.errors.at(0).line, 2);
    QVERIFY(open.errors.at(0).message.contains(QStringLiteral("not closed")));
}

void tst_CodeFile::cptCsvNeedsHeader()
{
    const ParsedCodeFile p = parseCptCsv(fixture("cpt_no_header.csv"));
    QCOMPARE(p.errorCount, 1);
    QCOMPARE(p.errors.at(0).line, 1);
    QVERIFY2(p.errors.at(0).message.contains(QStringLiteral("header code,short,long")),
             qPrintable(p.errors.at(0).message));
    // Header names are matched without regard to case or spaces.
    QVERIFY(parseCptCsv(" Code , Short , LONG \r\n99213,a,b\r\n").ok());
}

void tst_CodeFile::duplicateCodeNamesBothLines()
{
    const ParsedCodeFile p = parseIcd10CmCodes("E119    One\nI10     Two\nE119    Again\n");
    QCOMPARE(p.errorCount, 1);
    QCOMPARE(p.errors.at(0).line, 3);
    QVERIFY2(p.errors.at(0).message.contains(QStringLiteral("first on line 1")),
             qPrintable(p.errors.at(0).message));
}

void tst_CodeFile::emptyFileHoldsNoCodes()
{
    for (CodeFileFormat f : allFormats()) {
        const ParsedCodeFile p = parse(f, QByteArray("\r\n\r\n"));
        QVERIFY(!p.ok());
        QVERIFY(!p.errors.isEmpty());
    }
    const ParsedCodeFile p = parseIcd10CmCodes({});
    QCOMPARE(p.errors.value(0).line, 0);
    QVERIFY(p.errors.value(0).message.contains(QStringLiteral("no codes")));
}

void tst_CodeFile::errorsAreCapped()
{
    QByteArray bad;
    for (int i = 0; i < 100; ++i)
        bad += "E11.9   Dotted codes are refused\n";
    const ParsedCodeFile p = parseIcd10CmCodes(bad);
    QCOMPARE(p.errorCount, 100);
    QCOMPARE(p.errors.size(), ParsedCodeFile::kMaxReportedErrors);
    QCOMPARE(p.errors.last().line, ParsedCodeFile::kMaxReportedErrors);
}

void tst_CodeFile::starterTable()
{
    const ParsedCodeFile p = parseStarterTable(
            CodeKind::Hcpcs, "# comment\nG0008\t1\tAdmin flu\tAdministration of flu vaccine\n"
                             "25\t1\tSeparate E/M\tA separate visit\n");
    QVERIFY2(p.ok(), qPrintable(errorsText(p)));
    QCOMPARE(p.codes.size(), 1);
    QCOMPARE(p.modifiers.size(), 1);
    const ParsedCodeFile bad = parseStarterTable(CodeKind::Icd10Cm, "E11\t2\t\tType 2\n");
    QCOMPARE(bad.errorCount, 1);
    QCOMPARE(bad.errors.at(0).line, 1);
    // The shipped tables parse cleanly.
    for (CodeKind kind : codekind::all()) {
        QFile f(QStringLiteral(":/codes/%1.tsv").arg(codekind::key(kind)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ParsedCodeFile shipped = parseStarterTable(kind, f.readAll());
        QVERIFY2(shipped.ok(), qPrintable(errorsText(shipped)));
        QVERIFY(!shipped.codes.isEmpty());
    }
}

void tst_CodeFile::readsFromDevice()
{
    QByteArray bytes = fixture("icd10cm_codes_fy2025.txt");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ParsedCodeFile p = parse(CodeFileFormat::Icd10CmCodes, buffer);
    QVERIFY(p.ok());
    QCOMPARE(p.codes.size(), 7);
    QBuffer closed;
    const ParsedCodeFile q = parse(CodeFileFormat::Icd10CmCodes, closed);
    QVERIFY(!q.ok());
}

QTEST_GUILESS_MAIN(tst_CodeFile)
#include "tst_codefile.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The paper claim (models/print/cms1500): the values of each box of the 1500 form for a claim,
// the pages of a long claim, the PDF and the file it is saved to.
#include "print/cms1500.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

Address address(const char *line1, const char *city, const char *zip)
{
    return Address {QLatin1String(line1), QString(), QLatin1String(city), QStringLiteral("IL"),
        QLatin1String(zip)};
}

ClaimLine line(const char *code, qint64 cents, QList<int> pointers = {1})
{
    ClaimLine l;
    l.code = QLatin1String(code);
    l.chargeCents = cents;
    l.pointers = pointers;
    l.serviceDate = QDate(2026, 11, 20);
    return l;
}

/// John Doe, the insured and the patient, seen once for an office visit.
ClaimDocument selfClaim()
{
    ClaimDocument c;
    c.id = QStringLiteral("PCN-000123");
    c.billingProvider = {QStringLiteral("RIVERSIDE FAMILY MEDICINE"), QStringLiteral("1234567893"),
        QStringLiteral("123456789"), QStringLiteral("207Q00000X"),
        address("100 MAIN ST", "SPRINGFIELD", "627011234")};
    c.renderingProvider = {QStringLiteral("JONES"), QStringLiteral("ALICE"),
        QStringLiteral("1987654320"), QStringLiteral("207Q00000X")};
    c.payer
        = {QStringLiteral("ACME HEALTH PLAN"), QStringLiteral("ACME1"), QStringLiteral("CI"), 365};
    c.subscriber.memberId = QStringLiteral("XYZ123456789");
    c.subscriber.lastName = QStringLiteral("DOE");
    c.subscriber.firstName = QStringLiteral("JOHN");
    c.subscriber.birthDate = QDate(1970, 3, 14);
    c.subscriber.sex = QStringLiteral("M");
    c.subscriber.address = address("42 ELM ST", "SPRINGFIELD", "62704");
    c.placeOfService = QStringLiteral("11");
    c.diagnoses = {QStringLiteral("E119"), QStringLiteral("I10"), QStringLiteral("S93401A")};
    c.lines = {line("99214", 12550, {1, 3})};
    return c;
}

/// His daughter Jane, living elsewhere, on his plan.
ClaimDocument dependantClaim()
{
    ClaimDocument c = selfClaim();
    c.subscriber.relationship = QStringLiteral("child");
    c.patient = Patient {QStringLiteral("DOE"), QStringLiteral("JANE"), QDate(2012, 7, 2),
        QStringLiteral("F"), address("7 OAK AVE", "CHATHAM", "62629")};
    return c;
}

ClaimDocument withLines(int n)
{
    ClaimDocument c = selfClaim();
    c.lines.clear();
    for (int i = 0; i < n; ++i)
        c.lines.append(line("99213", 10000 + i));
    return c;
}

const cms1500::Field *find(const QList<cms1500::Field> &fields, const QString &box)
{
    for (const cms1500::Field &f : fields) {
        if (f.box == box)
            return &f;
    }
    return nullptr;
}

QString text(const QList<cms1500::Field> &fields, const char *box)
{
    const cms1500::Field *f = find(fields, QLatin1String(box));
    return f ? f->text : QString();
}

/// The ticked options of a check-box item: "6" → {"child"}.
QStringList ticked(const QList<cms1500::Field> &fields, const char *item)
{
    QStringList out;
    const QString prefix = QLatin1String(item) + QLatin1Char(':');
    for (const cms1500::Field &f : fields) {
        if (f.box.startsWith(prefix) && f.text == QLatin1String("X"))
            out.append(f.box.mid(prefix.size()));
    }
    return out;
}

QList<cms1500::Field> firstPage(const ClaimDocument &c, const cms1500::Options &o = {})
{
    return cms1500::pages(c, o).value(0);
}

int matches(const QRegularExpression &re, const QByteArray &bytes)
{
    int count = 0;
    for (auto it = re.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); it.next())
        ++count;
    return count;
}

int pageObjects(const QByteArray &pdf)
{
    // "/Type /Pages" is the page tree, not a page.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return matches(page, pdf);
}

} // namespace

class tst_Cms1500 : public QObject
{
    Q_OBJECT

private slots:
    void selfSubscriber();
    void dependant();
    void insuranceType_data();
    void insuranceType();
    void diagnosesAndPointers();
    void diagnosisWithPeriod_data();
    void diagnosisWithPeriod();
    void modifiersUnitsAndCharges();
    void replacementAndPriorAuthorization();
    void sevenLinesMakeTwoPages();
    void fieldsStayOnThePageAndInTheirBoxes();
    void formBoxesDoNotOverlap();
    void claimWithoutLinesRefused();
    void pdfPages_data();
    void pdfPages();
    void writeFile();
    void unwritablePath();
    void preview();
};

void tst_Cms1500::selfSubscriber()
{
    cms1500::Options o;
    o.signedOn = QDate(2026, 11, 27);
    const auto f = firstPage(selfClaim(), o);
    QCOMPARE(text(f, "1a"), QStringLiteral("XYZ123456789"));
    QCOMPARE(text(f, "2"), QStringLiteral("DOE, JOHN"));
    QCOMPARE(text(f, "3"), QStringLiteral("03 14 1970"));
    QCOMPARE(ticked(f, "3"), QStringList {QStringLiteral("M")});
    QCOMPARE(text(f, "4"), QStringLiteral("DOE, JOHN"));
    QCOMPARE(text(f, "5"), QStringLiteral("42 ELM ST"));
    QCOMPARE(text(f, "5.city"), QStringLiteral("SPRINGFIELD"));
    QCOMPARE(text(f, "5.state"), QStringLiteral("IL"));
    QCOMPARE(ticked(f, "6"), QStringList {QStringLiteral("self")});
    QCOMPARE(text(f, "7"), text(f, "5"));
    QCOMPARE(text(f, "7.zip"), QStringLiteral("62704"));
    QCOMPARE(ticked(f, "10a"), QStringList {QStringLiteral("no")});
    QVERIFY(!find(f, QStringLiteral("11")));
    QCOMPARE(text(f, "11a"), QStringLiteral("03 14 1970"));
    QCOMPARE(text(f, "11c"), QStringLiteral("ACME HEALTH PLAN"));
    QCOMPARE(text(f, "12"), QStringLiteral("SIGNATURE ON FILE"));
    QCOMPARE(text(f, "13"), QStringLiteral("SIGNATURE ON FILE"));
    QVERIFY(!find(f, QStringLiteral("17")));
    QCOMPARE(text(f, "25"), QStringLiteral("123456789"));
    QCOMPARE(ticked(f, "25"), QStringList {QStringLiteral("ein")});
    QCOMPARE(text(f, "26"), QStringLiteral("PCN-000123"));
    QCOMPARE(ticked(f, "27"), QStringList {QStringLiteral("yes")});
    QCOMPARE(text(f, "31"), QStringLiteral("ALICE JONES"));
    QCOMPARE(text(f, "31.date"), QStringLiteral("11 27 2026"));
    QCOMPARE(text(f, "32"), QStringLiteral("RIVERSIDE FAMILY MEDICINE"));
    QCOMPARE(text(f, "32.city"), QStringLiteral("SPRINGFIELD IL 62701-1234"));
    QCOMPARE(text(f, "33a"), QStringLiteral("1234567893"));
    QCOMPARE(text(f, "33b"), QStringLiteral("ZZ207Q00000X"));
    QCOMPARE(text(f, "24J.1"), QStringLiteral("1987654320"));
    QVERIFY(!find(f, QStringLiteral("22")));
    QVERIFY(!find(f, QStringLiteral("29")));
    QVERIFY(!find(f, QStringLiteral("24D.2")));
    QVERIFY(!find(f, QStringLiteral("21D")));
    QCOMPARE(find(f, QStringLiteral("1a"))->label,
        QStringLiteral("INSURED'S I.D. NUMBER (For Program in Item 1)"));

    o.federalTaxIdType = QStringLiteral("SSN");
    o.acceptAssignment = false;
    const auto g = firstPage(selfClaim(), o);
    QCOMPARE(ticked(g, "25"), QStringList {QStringLiteral("ssn")});
    QCOMPARE(ticked(g, "27"), QStringList {QStringLiteral("no")});
}

void tst_Cms1500::dependant()
{
    const auto f = firstPage(dependantClaim());
    QCOMPARE(text(f, "2"), QStringLiteral("DOE, JANE"));
    QCOMPARE(text(f, "3"), QStringLiteral("07 02 2012"));
    QCOMPARE(ticked(f, "3"), QStringList {QStringLiteral("F")});
    QCOMPARE(text(f, "4"), QStringLiteral("DOE, JOHN"));
    QCOMPARE(text(f, "5"), QStringLiteral("7 OAK AVE"));
    QCOMPARE(text(f, "5.city"), QStringLiteral("CHATHAM"));
    QCOMPARE(ticked(f, "6"), QStringList {QStringLiteral("child")});
    QCOMPARE(text(f, "7"), QStringLiteral("42 ELM ST"));
    QCOMPARE(text(f, "7.city"), QStringLiteral("SPRINGFIELD"));
    QCOMPARE(text(f, "11a"), QStringLiteral("03 14 1970"));
    QCOMPARE(ticked(f, "11a"), QStringList {QStringLiteral("M")});

    ClaimDocument spouse = dependantClaim();
    spouse.subscriber.relationship = QStringLiteral("spouse");
    QCOMPARE(ticked(firstPage(spouse), "6"), QStringList {QStringLiteral("spouse")});
    spouse.subscriber.relationship = QStringLiteral("other");
    QCOMPARE(ticked(firstPage(spouse), "6"), QStringList {QStringLiteral("other")});
}

void tst_Cms1500::insuranceType_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("option");
    QTest::newRow("Medicare Part B") << QStringLiteral("MB") << QStringLiteral("medicare");
    QTest::newRow("Medicaid") << QStringLiteral("MC") << QStringLiteral("medicaid");
    QTest::newRow("TRICARE") << QStringLiteral("CH") << QStringLiteral("tricare");
    QTest::newRow("commercial") << QStringLiteral("CI") << QStringLiteral("group");
    QTest::newRow("Blue Cross") << QStringLiteral("BL") << QStringLiteral("group");
    QTest::newRow("workers' compensation") << QStringLiteral("WC") << QStringLiteral("other");
    QTest::newRow("mutually defined") << QStringLiteral("ZZ") << QStringLiteral("other");
}

void tst_Cms1500::insuranceType()
{
    QFETCH(QString, indicator);
    QFETCH(QString, option);
    ClaimDocument c = selfClaim();
    c.payer.filingIndicator = indicator;
    QCOMPARE(ticked(firstPage(c), "1"), QStringList {option});
}

void tst_Cms1500::diagnosesAndPointers()
{
    ClaimDocument c = selfClaim();
    c.diagnoses.clear();
    for (const char *code : {"E119", "I10", "S93401A", "Z7984", "E785", "R0789", "M545", "J069",
             "K219", "F419", "G4733", "N390"})
        c.diagnoses.append(QLatin1String(code));
    c.lines
        = {line("99214", 100, {1, 3}), line("82947", 100, {12, 2, 5, 4}), line("36415", 100, {})};
    const auto f = firstPage(c);
    QCOMPARE(text(f, "21.ind"), QStringLiteral("0"));
    QCOMPARE(text(f, "21A"), QStringLiteral("E119"));
    QCOMPARE(text(f, "21C"), QStringLiteral("S93401A"));
    QCOMPARE(text(f, "21L"), QStringLiteral("N390"));
    for (char letter = 'A'; letter <= 'L'; ++letter)
        QVERIFY(find(f, QStringLiteral("21") + QLatin1Char(letter)));
    QCOMPARE(find(f, QStringLiteral("21L"))->label, find(f, QStringLiteral("21A"))->label);
    QCOMPARE(text(f, "24E.1"), QStringLiteral("AC"));
    QCOMPARE(text(f, "24E.2"), QStringLiteral("LBED"));
    QVERIFY(!find(f, QStringLiteral("24E.3")));

    cms1500::Options o;
    o.diagnosisPeriod = true;
    const auto g = firstPage(c, o);
    QCOMPARE(text(g, "21A"), QStringLiteral("E11.9"));
    QCOMPARE(text(g, "21B"), QStringLiteral("I10"));
    QCOMPARE(text(g, "21C"), QStringLiteral("S93.401A"));
}

void tst_Cms1500::diagnosisWithPeriod_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("printed");
    QTest::newRow("4 characters") << QStringLiteral("E119") << QStringLiteral("E11.9");
    QTest::newRow("7 characters") << QStringLiteral("S93401A") << QStringLiteral("S93.401A");
    QTest::newRow("category") << QStringLiteral("I10") << QStringLiteral("I10");
    QTest::newRow("already dotted") << QStringLiteral("E11.9") << QStringLiteral("E11.9");
    QTest::newRow("empty") << QString() << QString();
}

void tst_Cms1500::diagnosisWithPeriod()
{
    QFETCH(QString, code);
    QFETCH(QString, printed);
    QCOMPARE(cms1500::diagnosisWithPeriod(code), printed);
}

void tst_Cms1500::modifiersUnitsAndCharges()
{
    ClaimDocument c = selfClaim();
    ClaimLine visit = line("99214", 123456, {1});
    visit.modifiers
        = {QStringLiteral("25"), QStringLiteral("59"), QStringLiteral("GT"), QStringLiteral("95")};
    ClaimLine test = line("82947", 5, {2});
    test.units = 3;
    test.modifiers = {QStringLiteral("QW")};
    c.lines = {visit, test};
    const auto f = firstPage(c);
    QCOMPARE(text(f, "24A.1.from"), QStringLiteral("11 20 26"));
    QCOMPARE(text(f, "24A.1.to"), QStringLiteral("11 20 26"));
    QCOMPARE(text(f, "24B.1"), QStringLiteral("11"));
    QCOMPARE(text(f, "24D.1"), QStringLiteral("99214"));
    QCOMPARE(text(f, "24D.1.mod1"), QStringLiteral("25"));
    QCOMPARE(text(f, "24D.1.mod2"), QStringLiteral("59"));
    QCOMPARE(text(f, "24D.1.mod3"), QStringLiteral("GT"));
    QCOMPARE(text(f, "24D.1.mod4"), QStringLiteral("95"));
    QCOMPARE(text(f, "24D.2.mod1"), QStringLiteral("QW"));
    QVERIFY(!find(f, QStringLiteral("24D.2.mod2")));
    QCOMPARE(text(f, "24G.1"), QStringLiteral("1"));
    QCOMPARE(text(f, "24G.2"), QStringLiteral("3"));
    QCOMPARE(text(f, "24F.1"), QStringLiteral("1234"));
    QCOMPARE(text(f, "24F.1.cents"), QStringLiteral("56"));
    QCOMPARE(text(f, "24F.2"), QStringLiteral("0"));
    QCOMPARE(text(f, "24F.2.cents"), QStringLiteral("05"));
    QVERIFY(find(f, QStringLiteral("24F.1"))->alignment == Qt::AlignRight);
    // The dollars end where the cents begin.
    QVERIFY(find(f, QStringLiteral("24F.1"))->rect.right()
        < find(f, QStringLiteral("24F.1.cents"))->rect.left());
    QCOMPARE(text(f, "28"), QStringLiteral("1234"));
    QCOMPARE(text(f, "28.cents"), QStringLiteral("61"));

    cms1500::Options o;
    o.amountPaidCents = 2000;
    const auto g = firstPage(c, o);
    QCOMPARE(text(g, "29"), QStringLiteral("20"));
    QCOMPARE(text(g, "29.cents"), QStringLiteral("00"));
}

void tst_Cms1500::replacementAndPriorAuthorization()
{
    ClaimDocument c = selfClaim();
    c.frequency = QStringLiteral("7");
    c.originalClaimNumber = QStringLiteral("2026123456789");
    c.priorAuthorization = QStringLiteral("PA-778899");
    auto f = firstPage(c);
    QCOMPARE(text(f, "22"), QStringLiteral("7"));
    QCOMPARE(text(f, "22.ref"), QStringLiteral("2026123456789"));
    QCOMPARE(text(f, "23"), QStringLiteral("PA-778899"));

    c.frequency = QStringLiteral("8");
    QCOMPARE(text(firstPage(c), "22"), QStringLiteral("8"));

    c.frequency = QStringLiteral("1");
    f = firstPage(c);
    QVERIFY(!find(f, QStringLiteral("22")));
    QVERIFY(!find(f, QStringLiteral("22.ref")));
}

void tst_Cms1500::sevenLinesMakeTwoPages()
{
    ClaimDocument c = withLines(7);
    c.lines[6].code = QStringLiteral("36415");
    cms1500::Options o;
    o.amountPaidCents = 1500;
    QCOMPARE(cms1500::pageCount(c), 2);
    QCOMPARE(cms1500::pageCount(withLines(6)), 1);
    QCOMPARE(cms1500::pageCount(withLines(12)), 2);
    QCOMPARE(cms1500::pageCount(withLines(13)), 3);
    const auto pages = cms1500::pages(c, o);
    QCOMPARE(pages.size(), 2);

    const auto &p1 = pages.at(0);
    QVERIFY(find(p1, QStringLiteral("24D.6")));
    QVERIFY(!find(p1, QStringLiteral("24D.7")));
    QCOMPARE(text(p1, "24F.6.cents"), QStringLiteral("05"));
    QCOMPARE(text(p1, "28"), QStringLiteral("CONTINUED"));
    QVERIFY(!find(p1, QStringLiteral("28.cents")));
    QVERIFY(!find(p1, QStringLiteral("29")));
    QCOMPARE(text(p1, "page"), QStringLiteral("PAGE 1 OF 2"));

    const auto &p2 = pages.at(1);
    QCOMPARE(text(p2, "24D.1"), QStringLiteral("36415"));
    QCOMPARE(text(p2, "24F.1.cents"), QStringLiteral("06"));
    QVERIFY(!find(p2, QStringLiteral("24D.2")));
    // The claim's total, not the page's: 7 × $100 + 21 cents.
    QCOMPARE(text(p2, "28"), QStringLiteral("700"));
    QCOMPARE(text(p2, "28.cents"), QStringLiteral("21"));
    QCOMPARE(text(p2, "29"), QStringLiteral("15"));
    QCOMPARE(text(p2, "page"), QStringLiteral("PAGE 2 OF 2"));
    // The header boxes repeat on every page, at the same place.
    for (const char *box : {"1a", "2", "21A", "25", "26", "33a"}) {
        QVERIFY2(find(p2, QLatin1String(box)), box);
        QVERIFY2(*find(p2, QLatin1String(box)) == *find(p1, QLatin1String(box)), box);
    }
    QCOMPARE(find(p2, QStringLiteral("24D.1"))->rect, find(p1, QStringLiteral("24D.1"))->rect);
}

void tst_Cms1500::fieldsStayOnThePageAndInTheirBoxes()
{
    ClaimDocument c = dependantClaim();
    c.frequency = QStringLiteral("7");
    c.originalClaimNumber = QStringLiteral("2026123456789");
    c.priorAuthorization = QStringLiteral("PA-778899");
    c.diagnoses.clear();
    for (int i = 0; i < 12; ++i)
        c.diagnoses.append(QStringLiteral("S93401A"));
    c.lines.clear();
    for (int i = 0; i < 13; ++i) {
        ClaimLine l = line("99214", 999999, {1, 2, 3, 4});
        l.modifiers = {
            QStringLiteral("25"), QStringLiteral("59"), QStringLiteral("GT"), QStringLiteral("95")};
        l.units = 999;
        c.lines.append(l);
    }
    cms1500::Options o;
    o.signedOn = QDate(2026, 11, 27);
    o.amountPaidCents = 100;
    const QRectF sheet(0, 0, cms1500::kPageWidthMm, cms1500::kPageHeightMm);
    const QList<cms1500::FormBox> boxes = cms1500::formBoxes();
    const auto pages = cms1500::pages(c, o);
    QCOMPARE(pages.size(), 3);
    for (const auto &page : pages) {
        QVERIFY(page.size() > 60);
        for (const cms1500::Field &f : page) {
            const QString what = f.box + QStringLiteral(" ") + f.text;
            QVERIFY2(!f.text.isEmpty(), qPrintable(what));
            QVERIFY2(!f.label.isEmpty(), qPrintable(what));
            QVERIFY2(f.rect.isValid(), qPrintable(what));
            QVERIFY2(sheet.contains(f.rect), qPrintable(what));
            if (f.box == QLatin1String("carrier") || f.box == QLatin1String("page"))
                continue;
            const bool inABox = std::any_of(boxes.cbegin(), boxes.cend(),
                [&f](const cms1500::FormBox &b) { return b.rect.contains(f.rect); });
            QVERIFY2(inABox, qPrintable(what));
        }
    }
}

void tst_Cms1500::formBoxesDoNotOverlap()
{
    const QList<cms1500::FormBox> boxes = cms1500::formBoxes();
    QVERIFY(boxes.size() > 50);
    const QRectF sheet(0, 0, cms1500::kPageWidthMm, cms1500::kPageHeightMm);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QVERIFY2(sheet.contains(boxes.at(i).rect), qPrintable(boxes.at(i).number));
        QVERIFY(!boxes.at(i).label.isEmpty());
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            const QRectF common = boxes.at(i).rect.intersected(boxes.at(j).rect);
            QVERIFY2(common.width() * common.height() < 0.01,
                qPrintable(boxes.at(i).number + QStringLiteral(" / ") + boxes.at(j).number
                    + QLatin1Char(' ') + boxes.at(j).label));
        }
    }
}

void tst_Cms1500::claimWithoutLinesRefused()
{
    ClaimDocument c = withLines(0);
    const auto pdf = cms1500::writePdf(c);
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.error().kind, Error::Kind::Invalid);
    QVERIFY(pdf.error().userMessage.contains(QStringLiteral("PCN-000123")));
    QVERIFY(pdf.error().userMessage.contains(QStringLiteral("no service lines")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("claim.pdf"));
    const auto saved = cms1500::writePdfFile(c, {}, path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY(!QFile::exists(path));
}

void tst_Cms1500::pdfPages_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("pages");
    QTest::newRow("1 line") << 1 << 1;
    QTest::newRow("6 lines") << 6 << 1;
    QTest::newRow("7 lines") << 7 << 2;
    QTest::newRow("13 lines") << 13 << 3;
}

void tst_Cms1500::pdfPages()
{
    QFETCH(int, lines);
    QFETCH(int, pages);
    const auto pdf = cms1500::writePdf(withLines(lines));
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().detail));
    QVERIFY(pdf->startsWith("%PDF-"));
    QVERIFY(pdf->trimmed().endsWith("%%EOF"));
    QCOMPARE(pageObjects(*pdf), pages);
    // US letter: 612 × 792 points.
    static const QRegularExpression letter(
        QStringLiteral("/MediaBox \\[0 0 612(\\.0+)? 792(\\.0+)?\\]"));
    QCOMPARE(matches(letter, *pdf), pages);
}

void tst_Cms1500::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("claim.pdf"));
    const auto saved = cms1500::writePdfFile(withLines(7), {}, path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(pageObjects(bytes), 2);

    const auto empty = cms1500::writePdfFile(withLines(1), {}, QStringLiteral("  "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
}

void tst_Cms1500::unwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist cannot be written to, even by root.
    const QString path = dir.filePath(QStringLiteral("no-such-folder/claim.pdf"));
    const auto saved = cms1500::writePdfFile(withLines(1), {}, path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::ReadOnly);
    QVERIFY2(saved.error().userMessage.startsWith(
                 QStringLiteral("The claim form could not be saved as ")),
        qPrintable(saved.error().userMessage));
    QVERIFY(saved.error().userMessage.contains(QStringLiteral("claim.pdf")));
    QVERIFY(saved.error().userMessage.contains(QStringLiteral("Choose another folder")));
    QVERIFY(saved.error().detail.startsWith(path + QStringLiteral(": ")));
    QVERIFY(saved.error().detail.size() > path.size() + 2);
    QVERIFY(!QFile::exists(path));
}

void tst_Cms1500::preview()
{
    const ClaimDocument c = withLines(7);
    const QImage first = cms1500::preview(c, {}, 0, 100);
    QCOMPARE(first.size(), QSize(850, 1100));
    QVERIFY(!cms1500::preview(c, {}, 1, 100).isNull());
    QVERIFY(cms1500::preview(c, {}, 2, 100).isNull());
    QVERIFY(cms1500::preview(c, {}, -1, 100).isNull());
    QCOMPARE(cms1500::preview(c, {}, 0, 50).size(), QSize(425, 550));
}

QTEST_MAIN(tst_Cms1500)
#include "tst_cms1500.moc"

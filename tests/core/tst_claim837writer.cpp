// SPDX-License-Identifier: GPL-3.0-or-later
// The 837P writer (models/x12), its text helpers, SubmissionService and `export-837`.
//
// The golden files in tests/data/x12 were produced by the writer and then read segment by
// segment against docs X12.md §1; run with CC_UPDATE_GOLDEN=1 to rewrite them after a
// deliberate change (and read them again before committing).
#include "claims/claimsjson.h"
#include "services/auditservice.h"
#include "services/submissionservice.h"
#include "testdatabase.h"
#include "x12/claim837writer.h"
#include "x12/x12text.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

QString dataPath(const char *dir, const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/") + QLatin1String(dir) + QLatin1Char('/')
            + QLatin1String(name);
}

const QDateTime kNow(QDate(2026, 11, 27), QTime(14, 5));
const InterchangeNumbers kNumbers{123, 45, 6};

ClaimBatch twoClaims()
{
    const auto r = claimsjson::readFile(dataPath("claims", "two-claims.json"));
    return r.batch;
}

ClaimBatch only(int index)
{
    ClaimBatch b = twoClaims();
    b.claims = {b.claims.value(index)};
    return b;
}

/// The segments of an interchange written with our delimiters, newlines dropped.
QList<QStringList> segments(const QByteArray &x12)
{
    QList<QStringList> out;
    const QString text = QString::fromLatin1(x12);
    for (QString s : text.split(QLatin1Char('~'), Qt::SkipEmptyParts)) {
        s = s.trimmed();
        if (!s.isEmpty())
            out.append(s.split(QLatin1Char('*')));
    }
    return out;
}

QList<QStringList> withId(const QList<QStringList> &all, const QString &id,
                          const QString &first = {})
{
    QList<QStringList> out;
    for (const QStringList &s : all) {
        if (s.value(0) == id && (first.isEmpty() || s.value(1) == first))
            out.append(s);
    }
    return out;
}

} // namespace

class tst_Claim837Writer : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void cleanIdKeepsCase();
    void segmentTrimsTrailingEmpties();
    void decimal_data();
    void decimal();

    void golden_data();
    void golden();
    void envelope();
    void counts();
    void hierarchy();
    void lineControlNumbers();
    void delimitersInText();
    void replacementHasF8();
    void renderingSameAsBilling();
    void lineBreaksOption();
    void matchesValidatedSample();

    void reserveNumbersNeverRepeat();
    void exportAuditsAndChecksPermission();
    void cli();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &db, const QStringList &args);
};

void tst_Claim837Writer::clean_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("SMITH") << QStringLiteral("SMITH");
    QTest::newRow("lower") << QStringLiteral("Smith") << QStringLiteral("SMITH");
    QTest::newRow("delimiters") << QStringLiteral("O*Brien~Smith") << QStringLiteral("O BRIEN SMITH");
    QTest::newRow("all four") << QStringLiteral("a*b~c:d^e") << QStringLiteral("A B C D E");
    QTest::newRow("accents") << QStringLiteral("José Núñez-Äß") << QStringLiteral("JOSE NUNEZ-ASS");
    QTest::newRow("ligature") << QStringLiteral("Łukasz Ørsted") << QStringLiteral("LUKASZ ORSTED");
    QTest::newRow("control") << QStringLiteral("a\tb\r\nc") << QStringLiteral("A B C");
    QTest::newRow("spaces") << QStringLiteral("  100   Main\u00a0St  ") << QStringLiteral("100 MAIN ST");
    QTest::newRow("other script") << QStringLiteral("Li 李 Wei") << QStringLiteral("LI WEI");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trailing space") << QStringLiteral("AB ") << QStringLiteral("AB");
}

void tst_Claim837Writer::clean()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(x12::clean(in), out);
}

void tst_Claim837Writer::cleanIdKeepsCase()
{
    QCOMPARE(x12::cleanId(QStringLiteral("pcn-0001")), QStringLiteral("pcn-0001"));
    QCOMPARE(x12::cleanId(QStringLiteral(" a*b~c ")), QStringLiteral("a b c"));
}

void tst_Claim837Writer::segmentTrimsTrailingEmpties()
{
    QCOMPARE(x12::SegmentWriter::segment(QLatin1StringView("NM1"),
                                         {QStringLiteral("QC"), QStringLiteral("1"),
                                          QStringLiteral("DOE"), {}, {}, {}}),
             QStringLiteral("NM1*QC*1*DOE"));
    QCOMPARE(x12::SegmentWriter::segment(QLatin1StringView("SBR"),
                                         {QStringLiteral("P"), {}, {}, QStringLiteral("CI")}),
             QStringLiteral("SBR*P***CI"));
    QCOMPARE(x12::composite({QStringLiteral("HC"), QStringLiteral("99213"), {}, {}}),
             QStringLiteral("HC:99213"));
    x12::SegmentWriter w(false);
    w.add(QLatin1StringView("LX"), {QStringLiteral("1"), {}});
    w.add(QLatin1StringView("N3"), QStringList{QStringLiteral("1 MAIN ST"), QString()});
    QCOMPARE(w.data(), QByteArray("LX*1~N3*1 MAIN ST~"));
    QCOMPARE(w.count(), 2);
}

void tst_Claim837Writer::decimal_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(15000) << QStringLiteral("150");
    QTest::newRow("tenths") << qint64(1850) << QStringLiteral("18.5");
    QTest::newRow("cents") << qint64(1805) << QStringLiteral("18.05");
    QTest::newRow("both") << qint64(1899) << QStringLiteral("18.99");
    QTest::newRow("under a dollar") << qint64(50) << QStringLiteral("0.5");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0.01");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("negative") << qint64(-305) << QStringLiteral("-3.05");
    QTest::newRow("large") << qint64(9999999999999) << QStringLiteral("99999999999.99");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QStringLiteral("-92233720368547758.08");
}

void tst_Claim837Writer::decimal()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(x12::decimal(cents), text);
}

void tst_Claim837Writer::golden_data()
{
    QTest::addColumn<int>("claim");
    QTest::addColumn<QString>("file");
    QTest::newRow("self") << 0 << dataPath("x12", "self-subscriber.837");
    QTest::newRow("dependant") << 1 << dataPath("x12", "dependant.837");
    QTest::newRow("both") << -1 << dataPath("x12", "two-claims.837");
}

void tst_Claim837Writer::golden()
{
    QFETCH(int, claim);
    QFETCH(QString, file);
    const ClaimBatch batch = claim < 0 ? twoClaims() : only(claim);
    QVERIFY(!batch.claims.isEmpty());
    const QByteArray written = x12::write837(batch, kNumbers, kNow);
    if (qEnvironmentVariableIsSet("CC_UPDATE_GOLDEN")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(written);
    }
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray expected = f.readAll();
    if (written != expected) {
        const QList<QByteArray> a = written.split('\n'), b = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            QCOMPARE(a.value(i), b.value(i));
    }
    QCOMPARE(written, expected);
}

void tst_Claim837Writer::envelope()
{
    const QByteArray x = x12::write837(twoClaims(), {987654321, 77, 12345}, kNow);
    const QList<QByteArray> lines = x.split('\n');
    const QByteArray isa = lines.value(0);
    QCOMPARE(isa.size(), 106);
    QCOMPARE(isa.at(3), '*');
    QCOMPARE(isa.at(104), ':');
    QCOMPARE(isa.at(105), '~');
    const QList<QStringList> all = segments(x);
    const QStringList isaElements = all.first();
    QCOMPARE(isaElements.size(), 17);
    QCOMPARE(isaElements.at(6), QStringLiteral("LFM0001        "));
    QCOMPARE(isaElements.at(8), QStringLiteral("GLCH01         "));
    QCOMPARE(isaElements.at(9), QStringLiteral("261127"));
    QCOMPARE(isaElements.at(10), QStringLiteral("1405"));
    QCOMPARE(isaElements.at(11), QStringLiteral("^"));
    QCOMPARE(isaElements.at(12), QStringLiteral("00501"));
    QCOMPARE(isaElements.at(13), QStringLiteral("987654321"));
    const QStringList gs = withId(all, QStringLiteral("GS")).value(0);
    QCOMPARE(gs.value(6), QStringLiteral("77"));
    QCOMPARE(gs.value(8), QStringLiteral("005010X222A1"));
    QCOMPARE(withId(all, QStringLiteral("ST")).value(0).value(2), QStringLiteral("12345"));
    QCOMPARE(withId(all, QStringLiteral("SE")).value(0).value(2), QStringLiteral("12345"));
    QCOMPARE(withId(all, QStringLiteral("GE")).value(0),
             (QStringList{QStringLiteral("GE"), QStringLiteral("1"), QStringLiteral("77")}));
    QCOMPARE(all.last(), (QStringList{QStringLiteral("IEA"), QStringLiteral("1"),
                                      QStringLiteral("987654321")}));
    // Small numbers are padded: ISA13 to nine digits, ST02 to four.
    const QList<QStringList> small = segments(x12::write837(only(0), {1, 1, 1}, kNow));
    QCOMPARE(small.first().at(13), QStringLiteral("000000001"));
    QCOMPARE(withId(small, QStringLiteral("ST")).value(0).value(2), QStringLiteral("0001"));
    QCOMPARE(small.last().value(2), QStringLiteral("000000001"));
}

void tst_Claim837Writer::counts()
{
    const QList<QStringList> all = segments(x12::write837(twoClaims(), kNumbers, kNow));
    qsizetype st = -1, se = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).first() == QLatin1String("ST"))
            st = i;
        if (all.at(i).first() == QLatin1String("SE"))
            se = i;
    }
    QVERIFY(st > 0 && se > st);
    QCOMPARE(all.at(se).value(1).toLongLong(), se - st + 1);
    QCOMPARE(withId(all, QStringLiteral("ST")).size(), 1);
    QCOMPARE(withId(all, QStringLiteral("GS")).size(), 1);
}

void tst_Claim837Writer::hierarchy()
{
    ClaimBatch shared = twoClaims();
    shared.claims[1].billingProvider = shared.claims[0].billingProvider;
    const QList<QStringList> all = segments(x12::write837(shared, kNumbers, kNow));
    const QList<QStringList> hl = withId(all, QStringLiteral("HL"));
    // Both claims share the billing provider: 1 (20), 2 (22, self), 3 (22), 4 (23 under 3).
    QCOMPARE(hl.size(), 4);
    QCOMPARE(hl.at(0), (QStringList{QStringLiteral("HL"), QStringLiteral("1"), QString(),
                                    QStringLiteral("20"), QStringLiteral("1")}));
    QCOMPARE(hl.at(1), (QStringList{QStringLiteral("HL"), QStringLiteral("2"),
                                    QStringLiteral("1"), QStringLiteral("22"),
                                    QStringLiteral("0")}));
    QCOMPARE(hl.at(2), (QStringList{QStringLiteral("HL"), QStringLiteral("3"),
                                    QStringLiteral("1"), QStringLiteral("22"),
                                    QStringLiteral("1")}));
    QCOMPARE(hl.at(3), (QStringList{QStringLiteral("HL"), QStringLiteral("4"),
                                    QStringLiteral("3"), QStringLiteral("23"),
                                    QStringLiteral("0")}));
    const QList<QStringList> sbr = withId(all, QStringLiteral("SBR"));
    QCOMPARE(sbr.size(), 2);
    QCOMPARE(sbr.at(0).value(2), QStringLiteral("18"));
    QCOMPARE(sbr.at(0).value(9), QStringLiteral("MB"));
    QCOMPARE(sbr.at(1).value(2), QString());
    QCOMPARE(sbr.at(1).value(9), QStringLiteral("BL"));
    QCOMPARE(withId(all, QStringLiteral("PAT")).value(0).value(1), QStringLiteral("19"));
    QCOMPARE(withId(all, QStringLiteral("NM1"), QStringLiteral("QC")).size(), 1);
    // DMG: the self subscriber's and the dependant patient's, not the dependant's subscriber.
    QCOMPARE(withId(all, QStringLiteral("DMG")).size(), 2);

    // A second billing provider (here: the same NPI at another address, so another 2010AA)
    // opens a second 2000A; claims are grouped under their own provider.
    const QList<QStringList> hl2 = withId(segments(x12::write837(twoClaims(), kNumbers, kNow)),
                                          QStringLiteral("HL"));
    QCOMPARE(hl2.size(), 5);
    QCOMPARE(hl2.at(2).value(3), QStringLiteral("20"));
    QCOMPARE(hl2.at(2).value(2), QString());
    QCOMPARE(hl2.at(3).value(2), QStringLiteral("3"));
    QCOMPARE(hl2.at(4).value(2), QStringLiteral("4"));
}

void tst_Claim837Writer::lineControlNumbers()
{
    const QList<QStringList> all = segments(x12::write837(twoClaims(), kNumbers, kNow));
    const QList<QStringList> refs = withId(all, QStringLiteral("REF"), QStringLiteral("6R"));
    QStringList values;
    for (const QStringList &r : refs)
        values.append(r.value(2));
    QCOMPARE(values, (QStringList{QStringLiteral("PCN0001-1"), QStringLiteral("PCN0001-2"),
                                  QStringLiteral("PCN0002-1"), QStringLiteral("PCN0002-2"),
                                  QStringLiteral("PCN0002-3")}));
    QCOMPARE(withId(all, QStringLiteral("LX")).size(), 5);
    QCOMPARE(withId(all, QStringLiteral("SV1")).size(), 5);
    QCOMPARE(withId(all, QStringLiteral("DTP"), QStringLiteral("472")).size(), 5);
    const QList<QStringList> clm = withId(all, QStringLiteral("CLM"));
    QCOMPARE(clm.at(0).value(2), QStringLiteral("168.5"));
    QCOMPARE(clm.at(1).value(2), QStringLiteral("235.5"));
    QCOMPARE(clm.at(1).value(5), QStringLiteral("11:B:7"));
}

void tst_Claim837Writer::delimitersInText()
{
    ClaimBatch b = twoClaims();
    const QString evil = QStringLiteral("O*Brien~Smith:Jr^III");
    b.submitter.name = evil;
    b.submitter.contactName = evil;
    b.receiver.name = evil;
    for (ClaimDocument &c : b.claims) {
        c.billingProvider.name = evil;
        c.billingProvider.address.line1 = evil;
        c.billingProvider.address.line2 = evil;
        c.billingProvider.address.city = evil;
        c.subscriber.lastName = evil;
        c.subscriber.firstName = evil;
        c.subscriber.address.line1 = evil;
        c.payer.name = evil;
        c.renderingProvider.lastName = evil;
        if (c.patient) {
            c.patient->lastName = evil;
            c.patient->firstName = evil;
        }
        c.priorAuthorization = QStringLiteral("A*1");
        c.id = c.id + QStringLiteral("~X");
    }
    const QByteArray x = x12::write837(b, kNumbers, kNow);
    QVERIFY(!x.contains('^') || x.count('^') == 1); // only ISA11
    const QList<QStringList> all = segments(x);
    // Element counts (with the id) of every segment the writer makes.
    const QHash<QString, QList<int>> expected{
            {QStringLiteral("ISA"), {17}},      {QStringLiteral("GS"), {9}},
            {QStringLiteral("ST"), {4}},        {QStringLiteral("BHT"), {7}},
            {QStringLiteral("NM1"), {10, 5}},   {QStringLiteral("PER"), {5}},
            {QStringLiteral("HL"), {5}},        {QStringLiteral("PRV"), {4}},
            {QStringLiteral("N3"), {2, 3}},     {QStringLiteral("N4"), {4}},
            {QStringLiteral("REF"), {3}},       {QStringLiteral("SBR"), {10}},
            {QStringLiteral("DMG"), {4}},       {QStringLiteral("PAT"), {2}},
            {QStringLiteral("CLM"), {10}},      {QStringLiteral("HI"), {3, 4}},
            {QStringLiteral("LX"), {2}},        {QStringLiteral("SV1"), {8}},
            {QStringLiteral("DTP"), {4}},       {QStringLiteral("SE"), {3}},
            {QStringLiteral("GE"), {3}},        {QStringLiteral("IEA"), {3}}};
    for (const QStringList &s : all) {
        QVERIFY2(expected.contains(s.first()), qPrintable(s.join(QLatin1Char('*'))));
        QVERIFY2(expected.value(s.first()).contains(int(s.size())),
                 qPrintable(s.join(QLatin1Char('*'))));
        if (s.first() != QLatin1String("ISA") && s.first() != QLatin1String("CLM")
            && s.first() != QLatin1String("SV1") && s.first() != QLatin1String("HI")) {
            for (const QString &e : s)
                QVERIFY2(!e.contains(QLatin1Char(':')), qPrintable(s.join(QLatin1Char('*'))));
        }
    }
    QCOMPARE(withId(all, QStringLiteral("NM1"), QStringLiteral("IL")).value(0).value(3),
             QStringLiteral("O BRIEN SMITH JR III"));
    QCOMPARE(withId(all, QStringLiteral("CLM")).value(0).value(1), QStringLiteral("PCN0001 X"));
    QCOMPARE(withId(all, QStringLiteral("REF"), QStringLiteral("6R")).value(0).value(2),
             QStringLiteral("PCN0001 X-1"));
}

void tst_Claim837Writer::replacementHasF8()
{
    const QList<QStringList> original = segments(x12::write837(only(0), kNumbers, kNow));
    QVERIFY(withId(original, QStringLiteral("REF"), QStringLiteral("F8")).isEmpty());
    QVERIFY(withId(original, QStringLiteral("REF"), QStringLiteral("G1")).isEmpty());
    const QList<QStringList> replacement = segments(x12::write837(only(1), kNumbers, kNow));
    QCOMPARE(withId(replacement, QStringLiteral("REF"), QStringLiteral("F8")).value(0).value(2),
             QStringLiteral("2026300123456"));
    QCOMPARE(withId(replacement, QStringLiteral("REF"), QStringLiteral("G1")).value(0).value(2),
             QStringLiteral("AUTH778899"));
    ClaimBatch voided = only(1);
    voided.claims[0].frequency = QStringLiteral("8");
    const QList<QStringList> v = segments(x12::write837(voided, kNumbers, kNow));
    QCOMPARE(withId(v, QStringLiteral("REF"), QStringLiteral("F8")).size(), 1);
    QCOMPARE(withId(v, QStringLiteral("CLM")).value(0).value(5), QStringLiteral("11:B:8"));
}

void tst_Claim837Writer::renderingSameAsBilling()
{
    ClaimBatch b = only(0);
    QCOMPARE(withId(segments(x12::write837(b, kNumbers, kNow)), QStringLiteral("NM1"),
                    QStringLiteral("82"))
                     .size(),
             1);
    b.claims[0].renderingProvider.npi = b.claims[0].billingProvider.npi;
    const QList<QStringList> all = segments(x12::write837(b, kNumbers, kNow));
    QVERIFY(withId(all, QStringLiteral("NM1"), QStringLiteral("82")).isEmpty());
    QVERIFY(withId(all, QStringLiteral("PRV"), QStringLiteral("PE")).isEmpty());
}

void tst_Claim837Writer::lineBreaksOption()
{
    x12::Write837Options o;
    o.lineBreaks = false;
    o.production = false;
    const QByteArray flat = x12::write837(only(0), kNumbers, kNow, o);
    QVERIFY(!flat.contains('\n'));
    QCOMPARE(flat.at(102), 'T');
    const QByteArray broken = x12::write837(only(0), kNumbers, kNow);
    QCOMPARE(broken.at(102), 'P');
    QByteArray joined = broken;
    joined.replace('\n', QByteArray());
    joined[102] = 'T';
    QCOMPARE(flat, joined);
    QVERIFY(broken.endsWith("~\n"));
}

void tst_Claim837Writer::matchesValidatedSample()
{
    // ../x12/minimal_837p.x12 was accepted by an implementation-guide validator. The same
    // claim written by us differs only by the REF*6R we add to every line (so SE01 is 24).
    const QString sample = QStringLiteral(CC_SHARED_DIR "/x12/minimal_837p.x12");
    QFile f(sample);
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared/x12 is absent");
    const Address billingAddress{QStringLiteral("123 Main St"), {}, QStringLiteral("Anytown"),
                                 QStringLiteral("MI"), QStringLiteral("490011234")};
    ClaimBatch b;
    b.submitter = {QStringLiteral("Acme Billing"), QStringLiteral("SUB123"),
                   QStringLiteral("Jane Clerk"), QStringLiteral("5555551212")};
    b.receiver = {QStringLiteral("Clearinghouse"), QStringLiteral("RCV456")};
    ClaimDocument c;
    c.id = QStringLiteral("PATACCT001");
    c.billingProvider = {QStringLiteral("Acme Medical Group"), QStringLiteral("1234567893"),
                         QStringLiteral("123456789"), {}, billingAddress};
    c.renderingProvider = {QStringLiteral("Doe"), QStringLiteral("Jim"),
                           QStringLiteral("1234567893"), {}};
    c.payer = {QStringLiteral("Acme Insurance"), QStringLiteral("PAYERID01"),
               QStringLiteral("CI"), 365};
    c.subscriber.memberId = QStringLiteral("W123456789");
    c.subscriber.lastName = QStringLiteral("Doe");
    c.subscriber.firstName = QStringLiteral("John");
    c.subscriber.birthDate = QDate(1970, 1, 1);
    c.subscriber.sex = QStringLiteral("M");
    c.subscriber.address = {QStringLiteral("456 Oak Ave"), {}, QStringLiteral("Anytown"),
                            QStringLiteral("MI"), QStringLiteral("490015678")};
    c.placeOfService = QStringLiteral("11");
    c.diagnoses = {QStringLiteral("J069")};
    c.lines = {ClaimLine{QStringLiteral("99213"), {}, 1, 15000, {1}, QDate(2024, 1, 10)}};
    b.claims = {c};
    x12::Write837Options o;
    o.lineBreaks = false;
    o.production = false;
    o.senderId = QStringLiteral("SUBMITTERID");
    o.receiverId = QStringLiteral("RECEIVERID");
    QList<QStringList> ours = segments(
            x12::write837(b, {1, 1, 1}, QDateTime(QDate(2024, 1, 15), QTime(12, 0)), o));
    QList<QStringList> theirs = segments(f.readAll());
    QCOMPARE(withId(ours, QStringLiteral("SE")).value(0).value(1), QStringLiteral("24"));
    const auto drop = [](QList<QStringList> &list) {
        list.removeIf([](const QStringList &s) {
            return s.first() == QLatin1String("SE")
                    || (s.first() == QLatin1String("REF") && s.value(1) == QLatin1String("6R"))
                    || s.first() == QLatin1String("BHT");
        });
    };
    drop(ours);
    drop(theirs);
    QCOMPARE(ours.size(), theirs.size());
    for (qsizetype i = 0; i < ours.size(); ++i)
        QCOMPARE(ours.at(i).join(QLatin1Char('*')), theirs.at(i).join(QLatin1Char('*')));
}

void tst_Claim837Writer::reserveNumbersNeverRepeat()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QSet<qint64> isa, gs, st;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 2; ++i) {
            SubmissionService s(db.ws().database(), db.ws().audit());
            auto n = s.reserveNumbers();
            QVERIFY2(n, qPrintable(n ? QString() : n.error().detail));
            QVERIFY(!isa.contains(n->interchange));
            QVERIFY(!gs.contains(n->group));
            QVERIFY(!st.contains(n->transaction));
            isa.insert(n->interchange);
            gs.insert(n->group);
            st.insert(n->transaction);
            auto x = s.exportBatch(std::nullopt, twoClaims(), kNow);
            QVERIFY(x);
            const QList<QStringList> all = segments(x.value());
            const qint64 isa13 = all.first().at(13).toLongLong();
            const qint64 gs06 = withId(all, QStringLiteral("GS")).value(0).value(6).toLongLong();
            QVERIFY(!isa.contains(isa13));
            QVERIFY(!gs.contains(gs06));
            isa.insert(isa13);
            gs.insert(gs06);
        }
        db.close();
        QVERIFY(db.reopen());
    }
    QCOMPARE(isa.size(), 8);
}

void tst_Claim837Writer::exportAuditsAndChecksPermission()
{
    test::TestDatabase db;
    QVERIFY2(db.makeDemo(5, 3), qPrintable(db.errorText()));
    SubmissionService s(db.ws().database(), db.ws().audit());
    const qint64 before = db.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'claims.export837'"))
                                  .toLongLong();
    auto refused = s.exportBatch(db.login(Role::Coder), twoClaims(), kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    auto done = s.exportBatch(db.login(Role::Biller), twoClaims(), kNow);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().userMessage));
    QVERIFY(done->startsWith("ISA*"));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'claims.export837'"))
                     .toLongLong(),
             before + 1);
    QVERIFY(db.ws().audit().verify().value().intact);
    auto empty = s.exportBatch(std::nullopt, ClaimBatch{}, kNow);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
}

tst_Claim837Writer::Run tst_Claim837Writer::run(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CC_CLEANCLAIM_BIN), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_Claim837Writer::cli()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.837"));
    const QString input = dataPath("claims", "two-claims.json");

    const Run first = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                      input, QStringLiteral("--out"), out});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(out) || first.out.contains(QStringLiteral("out.837")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> a = segments(f.readAll());
    f.close();
    QCOMPARE(withId(a, QStringLiteral("CLM")).size(), 2);

    const Run second = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                       input, QStringLiteral("--out"), out});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> b = segments(f.readAll());
    f.close();
    QVERIFY(a.first().at(13) != b.first().at(13));

    // A bad claims file: its problems on stderr, exit 1, nothing written.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"submitter": {"name": "X"}, "claims": [}")");
    badFile.close();
    const QString notWritten = dir.filePath(QStringLiteral("none.837"));
    const Run refused = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                        bad, QStringLiteral("--out"), notWritten});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(QStringLiteral("bad.json")));
    QVERIFY(!QFile::exists(notWritten));

    // Without --input: not supported yet, usage.
    const Run database = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--out"),
                                         notWritten});
    QCOMPARE(database.code, 2);
    QVERIFY(database.err.contains(QStringLiteral("--input")));
    QVERIFY(!QFile::exists(notWritten));
    const Run noOut = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                      input});
    QCOMPARE(noOut.code, 2);
}

QTEST_GUILESS_MAIN(tst_Claim837Writer)
#include "tst_claim837writer.moc"

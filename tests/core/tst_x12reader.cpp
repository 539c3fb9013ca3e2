// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12/x12reader.h"

#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace cc::x12;

namespace {

QByteArray fixture(const QString &name)
{
    return cc::test::dataFile(QStringLiteral("acks/") + name);
}

QByteArray sharedFile(const QString &name)
{
    return cc::test::sharedFile(QStringLiteral("x12/") + name);
}

/// A small 999 written with the given separators (element, component, repetition,
/// terminator) and @p after written after each terminator.
QByteArray tiny(char e, char c, char r, char t, const QByteArray &after)
{
    const QByteArray lines[] = {
        "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*SUBMITTERID    *261127*1300*R*00501*000000101*0*T*C",
        "GS*FA*CLEARINGHOUSE*SUBMITTERID*20261127*1300*101*X*005010X231A1",
        "ST*999*0001*005010X231A1",
        "AK1*HC*1*005010X222A1",
        "AK2*837*0001*005010X222A1",
        "IK3*SV1*20*2400*8",
        "IK4*1#2*235*7*ZZ",
        "IK5*R*5",
        "AK9*R*1*1*0",
        "SE*8*0001",
        "GE*1*101",
        "IEA*1*000000101",
    };
    QByteArray out;
    bool first = true;
    for (QByteArray line : lines) {
        if (first) {
            line[line.size() - 1] = c;  // ISA16
            line[line.indexOf("*R*") + 1] = r;
            first = false;
        } else {
            line.replace('#', c);  // only IK4 uses the component separator ("1#2")
        }
        line.replace('*', e);
        out += line;
        out += t;
        out += after;
    }
    return out;
}

} // namespace

class tst_X12Reader : public QObject
{
    Q_OBJECT
private slots:
    void tokenizeFixture();
    void separators_data();
    void separators();
    void bomAndIndentation();
    void malformed_data();
    void malformed();
    void lenientCounts();
    void parseCents_data();
    void parseCents();
    void parseDate();
    void sharedSamples_data();
    void sharedSamples();
    void big835();
};

void tst_X12Reader::tokenizeFixture()
{
    const auto r = Reader::read(fixture(QStringLiteral("999_rejected.x12")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    const Interchange &ic = *r;
    QCOMPARE(ic.delimiters.element, '*');
    QCOMPARE(ic.delimiters.component, '>');
    QCOMPARE(ic.delimiters.repetition, '^');
    QCOMPARE(ic.delimiters.segment, '~');
    QCOMPARE(ic.controlNumber, QByteArray("000000102"));
    QCOMPARE(ic.senderId, QByteArray("CLEARINGHOUSE"));
    QCOMPARE(ic.segments.size(), 20);
    for (int i = 0; i < ic.segments.size(); ++i)
        QCOMPARE(ic.segments.at(i).number, i + 1);
    QCOMPARE(ic.groups.size(), 1);
    QCOMPARE(ic.groups.first().functionalId, QByteArray("FA"));
    QCOMPARE(ic.groups.first().sets.size(), 1);
    const TransactionSet &set = ic.groups.first().sets.first();
    QCOMPARE(set.id, QByteArray("999"));
    QCOMPARE(set.segmentCount(), 16);
    const QList<Segment> body = ic.body(set);
    QCOMPARE(body.size(), 16);
    QVERIFY(body.first().is("ST"));
    QVERIFY(body.last().is("SE"));
    // "    IK4*1>2*235*7*ZZ~" after CR LF and indentation
    const Segment &ik4 = ic.segments.at(14);
    QCOMPARE(ik4.id(), QByteArray("IK4"));
    QCOMPARE(ik4.number, 15);
    QCOMPARE(ik4.components(1), (QList<QByteArray>{"1", "2"}));
    QCOMPARE(ik4.component(1, 2), QByteArray("2"));
    QCOMPARE(ik4.element(4), QByteArray("ZZ"));
    QCOMPARE(ik4.element(9), QByteArray());
    QCOMPARE(ik4.elementCount(), 4);
}

void tst_X12Reader::separators_data()
{
    QTest::addColumn<char>("e");
    QTest::addColumn<char>("c");
    QTest::addColumn<char>("r");
    QTest::addColumn<char>("t");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("*:~^") << '*' << ':' << '^' << '~' << QByteArray();
    QTest::newRow("*>~^ LF") << '*' << '>' << '^' << '~' << QByteArray("\n");
    QTest::newRow("*|~^ CRLF") << '*' << '|' << '^' << '~' << QByteArray("\r\n");
    QTest::newRow("*:~U") << '*' << ':' << 'U' << '~' << QByteArray();
    QTest::newRow("~^_U") << '~' << '^' << 'U' << '_' << QByteArray();
    QTest::newRow("*:CR^") << '*' << ':' << '^' << '\r' << QByteArray();
    QTest::newRow(">+CR^ LF") << '>' << '+' << '^' << '\r' << QByteArray("\n");
    QTest::newRow("*:LF^") << '*' << ':' << '^' << '\n' << QByteArray();
}

void tst_X12Reader::separators()
{
    QFETCH(char, e);
    QFETCH(char, c);
    QFETCH(char, r);
    QFETCH(char, t);
    QFETCH(QByteArray, after);
    const auto read = Reader::read(tiny(e, c, r, t, after));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
    QCOMPARE(read->delimiters.element, e);
    QCOMPARE(read->delimiters.component, c);
    QCOMPARE(read->delimiters.segment, t);
    QCOMPARE(read->delimiters.repetition, r == 'U' ? '\0' : r);
    QCOMPARE(read->segments.size(), 12);
    const Segment &ik4 = read->segments.at(6);
    QCOMPARE(ik4.id(), QByteArray("IK4"));
    QCOMPARE(ik4.components(1), (QList<QByteArray>{"1", "2"}));
    QCOMPARE(read->segments.at(9).element(1), QByteArray("8"));
}

void tst_X12Reader::bomAndIndentation()
{
    QByteArray data = "\xEF\xBB\xBF\r\n  " + tiny('*', ':', '^', '~', "\r\n    ") + "\r\n\r\n";
    const auto read = Reader::read(data);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
    QCOMPARE(read->segments.size(), 12);
    QCOMPARE(read->segments.last().id(), QByteArray("IEA"));
}

void tst_X12Reader::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing IEA") << QStringLiteral("malformed_missing_iea.x12") << 9
                                 << QStringLiteral("GE") << QStringLiteral("IEA");
    QTest::newRow("wrong SE01") << QStringLiteral("malformed_wrong_se01.x12") << 8
                                << QStringLiteral("SE")
                                << QStringLiteral("the transaction set has 6 segments, SE01 says 5.");
    QTest::newRow("wrong SE02") << QStringLiteral("malformed_wrong_se02.x12") << 8
                                << QStringLiteral("SE") << QStringLiteral("SE02");
    QTest::newRow("wrong GE01") << QStringLiteral("malformed_wrong_ge01.x12") << 9
                                << QStringLiteral("GE")
                                << QStringLiteral("1 transaction sets, GE01 says 2.");
    QTest::newRow("wrong IEA01") << QStringLiteral("malformed_wrong_iea01.x12") << 10
                                 << QStringLiteral("IEA") << QStringLiteral("IEA01 says 2.");
    QTest::newRow("truncated") << QStringLiteral("malformed_truncated.x12") << 7
                               << QStringLiteral("AK9") << QStringLiteral("no terminator");
    QTest::newRow("ISA too short") << QStringLiteral("malformed_isa_short.x12") << 1
                                   << QStringLiteral("ISA")
                                   << QStringLiteral("104 characters; it needs 106.");
    QTest::newRow("no ISA") << QStringLiteral("malformed_no_isa.x12") << 1 << QStringLiteral("GS")
                            << QStringLiteral("(ISA)");
    QTest::newRow("missing SE") << QStringLiteral("malformed_missing_se.x12") << 8
                                << QStringLiteral("GE") << QStringLiteral("segment 3 (ST)");
    QTest::newRow("stray segment") << QStringLiteral("malformed_stray_segment.x12") << 10
                                   << QStringLiteral("BHT") << QStringLiteral("(GS)");
}

void tst_X12Reader::malformed()
{
    QFETCH(QString, file);
    QFETCH(int, number);
    QFETCH(QString, id);
    QFETCH(QString, fragment);
    const QByteArray data = fixture(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    const auto read = Reader::read(data);
    QVERIFY(!read.ok());
    const QString message = read.error().userMessage;
    QCOMPARE(read.error().kind, cc::Error::Kind::Invalid);
    const QString prefix = QStringLiteral("Segment %1 (%2): ").arg(number).arg(id);
    QVERIFY2(message.startsWith(prefix), qPrintable(message));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
}

void tst_X12Reader::lenientCounts()
{
    const QByteArray data = fixture(QStringLiteral("malformed_wrong_se01.x12"));
    QVERIFY(!Reader::read(data).ok());
    const auto read = Reader::read(data, Reader::Counts::Lenient);
    QVERIFY(read.ok());
    QCOMPARE(read->warnings.size(), 1);
    QVERIFY(read->warnings.first().startsWith(QStringLiteral("Segment 8 (SE):")));
    // Structural errors stay errors in lenient mode.
    QVERIFY(!Reader::read(fixture(QStringLiteral("malformed_missing_iea.x12")),
                          Reader::Counts::Lenient)
                     .ok());
    QVERIFY(!Reader::read(QByteArray()).ok());
}

void tst_X12Reader::parseCents_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole") << QByteArray("150") << true << qint64(15000);
    QTest::newRow("one decimal") << QByteArray("150.1") << true << qint64(15010);
    QTest::newRow("two decimals") << QByteArray("150.25") << true << qint64(15025);
    QTest::newRow("trailing zeros") << QByteArray("12.500") << true << qint64(1250);
    QTest::newRow("negative") << QByteArray("-3.05") << true << qint64(-305);
    QTest::newRow("cents only") << QByteArray(".99") << true << qint64(99);
    QTest::newRow("big") << QByteArray("2325655.00") << true << qint64(232565500);
    QTest::newRow("fraction of a cent") << QByteArray("1.005") << false << qint64(0);
    QTest::newRow("letters") << QByteArray("12a") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("dot") << QByteArray(".") << false << qint64(0);
    QTest::newRow("minus") << QByteArray("-") << false << qint64(0);
}

void tst_X12Reader::parseCents()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    const auto v = cc::x12::parseCents(text);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, cents);
}

void tst_X12Reader::parseDate()
{
    QCOMPARE(cc::x12::parseDate("20261127"), QDate(2026, 11, 27));
    QVERIFY(!cc::x12::parseDate("20261332").isValid());
    QVERIFY(!cc::x12::parseDate("2026112").isValid());
    QVERIFY(!cc::x12::parseDate("2026-1-1").isValid());
}

void tst_X12Reader::sharedSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("segments");
    QTest::addColumn<QByteArray>("setId");
    QTest::addColumn<int>("setSegments");
    QTest::addColumn<QString>("countError");  // expected strict-mode error, empty when none
    QTest::newRow("837P") << QStringLiteral("minimal_837p.x12") << 27 << QByteArray("837") << 23
                          << QString();
    // The bad sample also carries SE*22 for 23 segments: its 999 answers IK5*R*4*5 (code 4 =
    // segment count mismatch). Strict mode reports it; lenient mode reads on.
    QTest::newRow("837P bad") << QStringLiteral("minimal_837p_bad.x12") << 27 << QByteArray("837")
                              << 23
                              << QStringLiteral("Segment 25 (SE): the transaction set has 23 "
                                                "segments, SE01 says 22.");
    QTest::newRow("999 accepted") << QStringLiteral("minimal_837p.999-accepted.x12") << 10
                                  << QByteArray("999") << 6 << QString();
    QTest::newRow("999 rejected") << QStringLiteral("minimal_837p_bad.999-rejected.x12") << 12
                                  << QByteArray("999") << 8 << QString();
    QTest::newRow("835 small") << QStringLiteral("small_835_4claims.x12") << -1
                               << QByteArray("835") << -1 << QString();
}

void tst_X12Reader::sharedSamples()
{
    QFETCH(QString, file);
    QFETCH(int, segments);
    QFETCH(QByteArray, setId);
    QFETCH(int, setSegments);
    QFETCH(QString, countError);
    if (cc::test::sharedDir().isEmpty())
        QSKIP("../shared is absent: the X12 samples of /work/shared/x12 are not available.");
    const QByteArray data = sharedFile(file);
    if (data.isEmpty())
        QSKIP(qPrintable(QStringLiteral("Sample %1 is absent from the shared folder.").arg(file)));
    if (!countError.isEmpty()) {
        const auto strict = Reader::read(data);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().userMessage, countError);
    }
    const auto read = Reader::read(data, Reader::Counts::Lenient);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
    QCOMPARE(read->warnings, countError.isEmpty() ? QStringList() : QStringList{countError});
    if (segments >= 0)
        QCOMPARE(read->segments.size(), segments);
    QCOMPARE(read->groups.size(), 1);
    QCOMPARE(read->groups.first().sets.size(), 1);
    const TransactionSet &set = read->groups.first().sets.first();
    QCOMPARE(set.id, setId);
    if (setSegments >= 0)
        QCOMPARE(set.segmentCount(), setSegments);
    else
        QCOMPARE(set.segmentCount(), int(read->segments.size()) - 4);
}

void tst_X12Reader::big835()
{
    if (cc::test::sharedDir().isEmpty())
        QSKIP("../shared is absent: big_835_10MB.x12 is not available.");
    const QByteArray data = sharedFile(QStringLiteral("big_835_10MB.x12"));
    if (data.isEmpty())
        QSKIP("big_835_10MB.x12 is absent from the shared folder.");
    QElapsedTimer timer;
    timer.start();
    const auto read = Reader::read(data);
    const qint64 ms = timer.elapsed();
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
    QCOMPARE(read->segments.size(), 498359);
    QCOMPARE(read->groups.first().sets.first().segmentCount(), 498355);
    qInfo("big 835: %lld ms", ms);
}

QTEST_GUILESS_MAIN(tst_X12Reader)
#include "tst_x12reader.moc"

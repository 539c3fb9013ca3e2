// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12/ackreader.h"

#include "testdatabase.h"

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

QString messageOf(const cc::Error &e)
{
    return e.userMessage;
}

} // namespace

class tst_AckReader : public QObject
{
    Q_OBJECT
private slots:
    void accepted999();
    void rejected999();
    void codeTables();
    void wrongTransaction();
    void malformed_data();
    void malformed();
    void shared999_data();
    void shared999();
    void ca277();
};

void tst_AckReader::accepted999()
{
    const auto r = AckReader::read999(fixture(QStringLiteral("999_accepted.x12")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : messageOf(r.error())));
    QCOMPARE(r->transactionId, QByteArray("999"));
    QCOMPARE(r->groupFunctionalId, QByteArray("HC"));
    QCOMPARE(r->groupControlNumber, QByteArray("1"));
    QCOMPARE(r->groupVersion, QByteArray("005010X222A1"));
    QCOMPARE(r->sets.size(), 1);
    const SetAck &s = r->sets.first();
    QCOMPARE(s.setId, QByteArray("837"));
    QCOMPARE(s.controlNumber, QByteArray("0001"));
    QCOMPARE(s.statusCode, QByteArray("A"));
    QCOMPARE(s.outcome, AckOutcome::Accepted);
    QVERIFY(s.accepted());
    QVERIFY(s.segmentErrors.isEmpty());
    QCOMPARE(r->groupOutcome, AckOutcome::Accepted);
    QCOMPARE(r->setsIncluded, 1);
    QCOMPARE(r->setsReceived, 1);
    QCOMPARE(r->setsAccepted, 1);
}

void tst_AckReader::rejected999()
{
    const auto r = AckReader::read999(fixture(QStringLiteral("999_rejected.x12")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : messageOf(r.error())));
    QCOMPARE(r->groupControlNumber, QByteArray("7"));
    QCOMPARE(r->sets.size(), 2);
    QCOMPARE(r->sets.at(0).outcome, AckOutcome::Accepted);
    const SetAck &s = r->sets.at(1);
    QCOMPARE(s.controlNumber, QByteArray("0002"));
    QCOMPARE(s.statusCode, QByteArray("R"));
    QCOMPARE(s.outcome, AckOutcome::Rejected);
    QVERIFY(!s.accepted());
    QCOMPARE(s.syntaxCodes, (QList<QByteArray>{"5"}));
    QCOMPARE(s.syntaxTexts.size(), 1);
    QCOMPARE(s.segmentErrors.size(), 4);

    const SegmentError &nm1 = s.segmentErrors.at(0);
    QCOMPARE(nm1.segmentId, QByteArray("NM1"));
    QCOMPARE(nm1.position, 8);
    QCOMPARE(nm1.loop, QByteArray("2010BA"));
    QCOMPARE(nm1.code, QByteArray("8"));
    QCOMPARE(nm1.explanation, AckReader::segmentErrorText("8"));
    QCOMPARE(nm1.elements.size(), 1);
    QCOMPARE(nm1.elements.first().position, 9);
    QCOMPARE(nm1.elements.first().dataElement, QByteArray("67"));
    QCOMPARE(nm1.elements.first().code, QByteArray("4"));
    QCOMPARE(nm1.elements.first().explanation, QStringLiteral("The value is too short."));
    QVERIFY(nm1.elements.first().badValue.isEmpty());

    const SegmentError &dmg = s.segmentErrors.at(1);
    QCOMPARE(dmg.segmentId, QByteArray("DMG"));
    QCOMPARE(dmg.elements.size(), 1);
    QCOMPARE(dmg.elements.first().position, 3);
    QCOMPARE(dmg.elements.first().code, QByteArray("7"));
    QCOMPARE(dmg.elements.first().badValue, QByteArray("X"));
    QCOMPARE(dmg.elements.first().explanation,
             QStringLiteral("The value is not a valid code for this element."));

    const SegmentError &ref = s.segmentErrors.at(2);
    QCOMPARE(ref.code, QByteArray("I9"));
    QVERIFY(ref.elements.isEmpty());
    QVERIFY(ref.explanation.contains(QStringLiteral("must not be sent")));

    const SegmentError &sv1 = s.segmentErrors.at(3);
    QCOMPARE(sv1.position, 20);
    QCOMPARE(sv1.elements.first().position, 1);
    QCOMPARE(sv1.elements.first().componentPosition, 2);
    QCOMPARE(sv1.elements.first().badValue, QByteArray("ZZ"));

    QCOMPARE(r->groupStatusCode, QByteArray("P"));
    QCOMPARE(r->groupOutcome, AckOutcome::AcceptedWithErrors);
    QCOMPARE(r->setsIncluded, 2);
    QCOMPARE(r->setsAccepted, 1);
}

void tst_AckReader::codeTables()
{
    const QString unknownSegment = AckReader::segmentErrorText("ZZ");
    for (const char *code : {"1", "2", "3", "4", "5", "6", "7", "8", "I4", "I6", "I7", "I8", "I9"}) {
        const QString t = AckReader::segmentErrorText(code);
        QVERIFY2(!t.contains(QStringLiteral("not in the 999 code list")), code);
    }
    QVERIFY(unknownSegment.contains(QStringLiteral("ZZ")));
    for (const char *code : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13", "I6",
                             "I9", "I10", "I11", "I12", "I13"}) {
        const QString t = AckReader::elementErrorText(code);
        QVERIFY2(!t.contains(QStringLiteral("not in the 999 code list")), code);
    }
    for (const char *code : {"A", "E", "M", "R", "W", "X"})
        QVERIFY(AckReader::ackOutcome(code) != AckOutcome::Unknown);
    QCOMPARE(AckReader::ackOutcome("E"), AckOutcome::AcceptedWithErrors);
    QCOMPARE(AckReader::ackOutcome("M"), AckOutcome::Rejected);
    QCOMPARE(AckReader::ackOutcome("Q"), AckOutcome::Unknown);
    for (const char *code : {"A1", "A2"})
        QCOMPARE(AckReader::categoryOutcome(code), ClaimOutcome::Accepted);
    for (const char *code : {"A3", "A4", "A6", "A7", "A8"})
        QCOMPARE(AckReader::categoryOutcome(code), ClaimOutcome::Rejected);
    QCOMPARE(AckReader::categoryOutcome("P1"), ClaimOutcome::Other);
    QVERIFY(AckReader::statusText("99999").contains(QStringLiteral("99999")));
}

void tst_AckReader::wrongTransaction()
{
    const auto r = AckReader::read999(fixture(QStringLiteral("277ca_mixed.x12")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().userMessage.contains(QStringLiteral("277")), qPrintable(r.error().userMessage));
    const auto c = AckReader::read277CA(fixture(QStringLiteral("999_accepted.x12")));
    QVERIFY(!c.ok());
    QVERIFY(c.error().userMessage.contains(QStringLiteral("999")));
}

void tst_AckReader::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("missing IEA") << QStringLiteral("malformed_missing_iea.x12")
                                 << QStringLiteral("Segment 9 (GE): ");
    QTest::newRow("wrong SE01") << QStringLiteral("malformed_wrong_se01.x12")
                                << QStringLiteral("Segment 8 (SE): ");
    QTest::newRow("wrong GE01") << QStringLiteral("malformed_wrong_ge01.x12")
                                << QStringLiteral("Segment 9 (GE): ");
    QTest::newRow("truncated") << QStringLiteral("malformed_truncated.x12")
                               << QStringLiteral("Segment 7 (AK9): ");
    QTest::newRow("ISA too short") << QStringLiteral("malformed_isa_short.x12")
                                   << QStringLiteral("Segment 1 (ISA): ");
}

void tst_AckReader::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    const auto r = AckReader::read999(fixture(file));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().userMessage.startsWith(prefix), qPrintable(r.error().userMessage));
}

void tst_AckReader::shared999_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("ik5");
    QTest::addColumn<QByteArray>("ak9");
    QTest::addColumn<int>("segmentErrors");
    QTest::newRow("accepted") << QStringLiteral("minimal_837p.999-accepted.x12") << QByteArray("A")
                              << QByteArray("A") << 0;
    QTest::newRow("rejected") << QStringLiteral("minimal_837p_bad.999-rejected.x12")
                              << QByteArray("R") << QByteArray("R") << 1;
}

void tst_AckReader::shared999()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, ik5);
    QFETCH(QByteArray, ak9);
    QFETCH(int, segmentErrors);
    if (cc::test::sharedDir().isEmpty())
        QSKIP("../shared is absent: the 999 samples of /work/shared/x12 are not available.");
    const QByteArray data = sharedFile(file);
    if (data.isEmpty())
        QSKIP(qPrintable(QStringLiteral("Sample %1 is absent from the shared folder.").arg(file)));
    const auto r = AckReader::read999(data);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : messageOf(r.error())));
    QCOMPARE(r->sets.size(), 1);
    QCOMPARE(r->sets.first().statusCode, ik5);
    QCOMPARE(r->groupStatusCode, ak9);
    QCOMPARE(r->sets.first().segmentErrors.size(), segmentErrors);
    if (segmentErrors) {
        // IK3*DMG*16**8 / IK4*3*1068*7*X: the invalid sex code.
        const SegmentError &e = r->sets.first().segmentErrors.first();
        QCOMPARE(e.segmentId, QByteArray("DMG"));
        QCOMPARE(e.position, 16);
        QVERIFY(e.loop.isEmpty());
        QCOMPARE(e.code, QByteArray("8"));
        QCOMPARE(e.elements.size(), 1);
        QCOMPARE(e.elements.first().position, 3);
        QCOMPARE(e.elements.first().dataElement, QByteArray("1068"));
        QCOMPARE(e.elements.first().code, QByteArray("7"));
        QCOMPARE(e.elements.first().badValue, QByteArray("X"));
        QCOMPARE(r->sets.first().outcome, AckOutcome::Rejected);
        QCOMPARE(r->setsAccepted, 0);
    } else {
        QCOMPARE(r->sets.first().outcome, AckOutcome::Accepted);
    }
}

void tst_AckReader::ca277()
{
    const auto r = AckReader::read277CA(fixture(QStringLiteral("277ca_mixed.x12")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : messageOf(r.error())));
    QCOMPARE(r->referenceId, QByteArray("277CA0001"));
    QCOMPARE(r->receiptDate, QDate(2026, 11, 26));
    QCOMPARE(r->processDate, QDate(2026, 11, 27));
    QCOMPARE(r->acceptedCount, 1);
    QCOMPARE(r->rejectedCount, 1);
    QCOMPARE(r->acceptedCents, qint64(15025));
    QCOMPARE(r->rejectedCents, qint64(15025));
    QCOMPARE(r->claims.size(), 2);

    const ClaimAck &a = r->claims.at(0);
    QCOMPARE(a.patientControlNumber, QByteArray("PCN0001"));
    QCOMPARE(a.payerClaimNumber, QByteArray("PAYERICN0001"));
    QCOMPARE(a.clearinghouseTrace, QByteArray("CHTRACE0001"));
    QCOMPARE(a.patientLastName, QByteArray("DOE"));
    QCOMPARE(a.memberId, QByteArray("W123456789"));
    QCOMPARE(a.statuses.size(), 1);
    QCOMPARE(a.statuses.first().category, QByteArray("A2"));
    QCOMPARE(a.statuses.first().status, QByteArray("20"));
    QCOMPARE(a.statuses.first().statusText, QStringLiteral("Accepted for processing."));
    QCOMPARE(a.actionCode, QByteArray("WQ"));
    QVERIFY(a.hasCharge);
    QCOMPARE(a.chargeCents, qint64(15025));
    QCOMPARE(a.statusDate, QDate(2026, 11, 27));
    QCOMPARE(a.serviceFrom, QDate(2026, 11, 1));
    QCOMPARE(a.serviceTo, QDate(2026, 11, 1));
    QVERIFY(a.accepted());
    QVERIFY(a.lines.isEmpty());

    const ClaimAck &b = r->claims.at(1);
    QCOMPARE(b.patientControlNumber, QByteArray("PCN0002"));
    QVERIFY(b.payerClaimNumber.isEmpty());
    QVERIFY(b.rejected());
    QCOMPARE(b.statuses.size(), 1);
    QCOMPARE(b.statuses.first().category, QByteArray("A7"));
    QCOMPARE(b.statuses.first().status, QByteArray("562"));
    QCOMPARE(b.statuses.first().entity, QByteArray("85"));
    QCOMPARE(b.statuses.first().entityText, QStringLiteral("billing provider"));
    QVERIFY(b.statuses.first().categoryText.contains(QStringLiteral("invalid")));
    QCOMPARE(b.actionCode, QByteArray("U"));
    QCOMPARE(b.serviceFrom, QDate(2026, 11, 2));
    QCOMPARE(b.serviceTo, QDate(2026, 11, 3));
    QCOMPARE(b.lines.size(), 1);
    const LineAck &line = b.lines.first();
    QCOMPARE(line.procedure, QByteArray("HC:99213"));
    QCOMPARE(line.chargeCents, qint64(15025));
    QCOMPARE(line.lineControlNumber, QByteArray("LINE0001"));
    QCOMPARE(line.serviceDate, QDate(2026, 11, 2));
    QCOMPARE(line.outcome, ClaimOutcome::Rejected);
    QCOMPARE(line.statuses.first().status, QByteArray("454"));
}

QTEST_GUILESS_MAIN(tst_AckReader)
#include "tst_ackreader.moc"

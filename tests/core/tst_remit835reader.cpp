// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12/remit835.h"
#include "x12/remit835writer.h"

#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::x12;

namespace {

QByteArray fixture(const QString &name)
{
    return cc::test::dataFile(QStringLiteral("x12/835/") + name);
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/x12/835/") + name;
}

QByteArray sharedFile(const QString &name)
{
    return cc::test::sharedFile(QStringLiteral("x12/") + name);
}

/// The errors as "segment:ID" for a readable comparison.
QStringList where(const QList<RemitError> &errors)
{
    QStringList out;
    for (const RemitError &e : errors)
        out.append(QStringLiteral("%1:%2").arg(e.segment).arg(QString::fromLatin1(e.segmentId)));
    return out;
}

QString dump(const QList<RemitError> &errors)
{
    QStringList out;
    for (const RemitError &e : errors)
        out.append(QStringLiteral("%1 (%2): %3")
                           .arg(e.segment)
                           .arg(QString::fromLatin1(e.segmentId), e.message));
    return out.join(QLatin1Char('\n'));
}

QString describe(const RemitAdjustment &a)
{
    return QStringLiteral("%1-%2=%3/%4").arg(QString::fromLatin1(a.group), QString::fromLatin1(a.reason))
            .arg(a.amountCents)
            .arg(QString::fromLatin1(a.quantity));
}

/// Every value of a claim in one string, to compare a claim with its round trip.
QString describe(const RemitClaim &c)
{
    QStringList s;
    const auto bytes = [](const QList<QByteArray> &list) {
        QStringList out;
        for (const QByteArray &b : list)
            out.append(QString::fromLatin1(b));
        return out.join(QLatin1Char(','));
    };
    s << QString::fromLatin1(c.id + '|' + c.status + '|' + c.filingIndicator + '|'
                             + c.payerClaimNumber + '|' + c.facilityCode + '|' + c.frequency + '|'
                             + c.patientLastName + '|' + c.patientFirstName + '|' + c.memberId
                             + '|' + c.crossoverPayer + '|' + c.renderingProviderId)
      << QString::number(c.chargeCents) << QString::number(c.paidCents)
      << QString::number(c.patientResponsibilityCents) << bytes(c.remarks)
      << c.statementFrom.toString(Qt::ISODate) << c.statementTo.toString(Qt::ISODate)
      << c.received.toString(Qt::ISODate);
    for (const RemitAdjustment &a : c.adjustments)
        s << describe(a);
    for (const RemitServiceLine &l : c.lines) {
        s << QStringLiteral("line")
          << QString::fromLatin1(l.qualifier + '|' + l.code + '|' + l.revenueCode + '|'
                                 + l.unitsPaid + '|' + l.originalCode + '|' + l.originalUnits + '|'
                                 + l.lineControlNumber)
          << bytes(l.modifiers) << bytes(l.originalModifiers) << QString::number(l.chargeCents)
          << QString::number(l.paidCents)
          << (l.allowedCents ? QString::number(*l.allowedCents) : QStringLiteral("-"))
          << l.serviceDate.toString(Qt::ISODate) << l.serviceDateEnd.toString(Qt::ISODate)
          << bytes(l.remarks);
        for (const RemitAdjustment &a : l.adjustments)
            s << describe(a);
    }
    return s.join(QLatin1Char(';'));
}

/// Records the order of the handler calls: S(tarted), C(laim), F(inished), E(rror).
class Recorder : public Remit835Reader::Handler
{
public:
    QString events;
    QList<RemitTransaction> finished;
    void transactionStarted(const RemitTransaction &) override { events += QLatin1Char('S'); }
    void claim(const RemitClaim &) override { events += QLatin1Char('C'); }
    void transactionFinished(const RemitTransaction &t) override
    {
        events += QLatin1Char('F');
        finished.append(t);
    }
    void error(const RemitError &) override { events += QLatin1Char('E'); }
};

/// Counts what the big file holds without keeping any claim.
class Counter : public Remit835Reader::Handler
{
public:
    int claims = 0, paid = 0, denied = 0, lines = 0, plbs = 0, transactions = 0;
    qint64 paidCents = 0, paymentCents = 0;
    QList<RemitError> errors;
    void claim(const RemitClaim &c) override
    {
        ++claims;
        if (c.isDenied())
            ++denied;
        else if (c.status == "1")
            ++paid;
        lines += int(c.lines.size());
        paidCents += c.paidCents;
    }
    void transactionFinished(const RemitTransaction &t) override
    {
        ++transactions;
        plbs += int(t.providerAdjustments.size());
        paymentCents += t.paymentCents;
    }
    void error(const RemitError &e) override { errors.append(e); }
};

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CC_CLEANCLAIM_BIN), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class tst_Remit835Reader : public QObject
{
    Q_OBJECT
private slots:
    void everyKindOfClaim();
    void envelopeAndDelimiters();
    void handlerOrder();
    void crTerminator();
    void lineEndingsDoNotMatter_data();
    void lineEndingsDoNotMatter();
    void malformed_data();
    void malformed();
    void balanceMessages();
    void emptyAndGarbage();
    void sharedSmall();
    void sharedBig();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerCounts();
    void cliPlain();
    void cliJson();
    void cliErrors();
    void cliUsage();
};

void tst_Remit835Reader::everyKindOfClaim()
{
    const Remittance835 r = Remit835Reader::readAll(fixture(QStringLiteral("multi.835")));
    QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
    QCOMPARE(r.segmentCount, 84);
    QCOMPARE(r.transactions.size(), 3);
    QCOMPARE(r.claimCount(), 7);
    QCOMPARE(r.chargeCents(), 84000);
    QCOMPARE(r.paidCents(), 37000);

    const RemitTransaction &t = r.transactions.at(0);
    QCOMPARE(t.controlNumber, "0001");
    QCOMPARE(t.segment, 3);
    QCOMPARE(t.handling, "I");
    QCOMPARE(t.paymentCents, 14805);
    QCOMPARE(t.creditDebit, "C");
    QCOMPARE(t.paymentMethod, "CHK");
    QCOMPARE(t.paymentDate, QDate(2025, 3, 15));
    QCOMPARE(t.traceNumber, "CHK1001");
    QCOMPARE(t.originatorId, "1999999999");
    QCOMPARE(t.payerName, "ACME HEALTH");
    QCOMPARE(t.payerIdentifier, "ACME01");
    QCOMPARE(t.payeeName, "LAKESIDE FAMILY MEDICINE");
    QCOMPARE(t.payeeIdQualifier, "XX");
    QCOMPARE(t.payeeId, "1234567893");
    QCOMPARE(t.productionDate, QDate(2025, 3, 14));
    QCOMPARE(t.claims.size(), 4);
    QCOMPARE(t.claimsPaidCents(), 17000);
    QCOMPARE(t.providerAdjustedCents(), 2195);
    QCOMPARE(t.claimsPaidCents() - t.providerAdjustedCents(), t.paymentCents);

    // PLB: a recoupment (WO with the claim reference) and interest owed (negative L6).
    QCOMPARE(t.providerAdjustments.size(), 2);
    const ProviderAdjustment &wo = t.providerAdjustments.at(0);
    QCOMPARE(wo.providerId, "1234567893");
    QCOMPARE(wo.fiscalPeriodDate, QDate(2025, 12, 31));
    QCOMPARE(wo.reason, "WO");
    QCOMPARE(wo.reference, "ICN0999");
    QCOMPARE(wo.amountCents, 2500);
    QCOMPARE(wo.segment, 46);
    QCOMPARE(t.providerAdjustments.at(1).reason, "L6");
    QVERIFY(t.providerAdjustments.at(1).reference.isEmpty());
    QCOMPARE(t.providerAdjustments.at(1).amountCents, -305);

    // A partial payment with two lines.
    const RemitClaim &partial = t.claims.at(0);
    QCOMPARE(partial.id, "PCN1001");
    QCOMPARE(partial.status, "1");
    QCOMPARE(partial.segment, 12);
    QCOMPARE(partial.chargeCents, 30000);
    QCOMPARE(partial.paidCents, 18000);
    QCOMPARE(partial.patientResponsibilityCents, 4000);
    QCOMPARE(partial.adjustedCents("PR"), partial.patientResponsibilityCents);
    QCOMPARE(partial.adjustedCents("CO"), 8000);
    QCOMPARE(partial.adjustedCents(), 12000);
    QCOMPARE(partial.filingIndicator, "12");
    QCOMPARE(partial.payerClaimNumber, "ICN1001");
    QCOMPARE(partial.facilityCode, "11");
    QCOMPARE(partial.frequency, "1");
    QCOMPARE(partial.patientLastName, "DOE");
    QCOMPARE(partial.patientFirstName, "JANE");
    QCOMPARE(partial.memberId, "M1001");
    QCOMPARE(partial.remarks, (QList<QByteArray>{"MA01", "N130"}));
    QCOMPARE(partial.statementFrom, QDate(2025, 3, 1));
    QCOMPARE(partial.statementTo, QDate(2025, 3, 2));
    QCOMPARE(partial.received, QDate(2025, 3, 5));
    QCOMPARE(partial.serviceDate(), QDate(2025, 3, 1));
    QVERIFY(!partial.isDenied() && !partial.isReversal() && !partial.isCrossover()
            && !partial.isSecondary());
    QCOMPARE(partial.lines.size(), 2);
    const RemitServiceLine &l1 = partial.lines.at(0);
    QCOMPARE(l1.segment, 18);
    QCOMPARE(l1.qualifier, "HC");
    QCOMPARE(l1.code, "99214");
    QCOMPARE(l1.modifiers, QList<QByteArray>{"25"});
    QCOMPARE(l1.chargeCents, 20000);
    QCOMPARE(l1.paidCents, 12000);
    QCOMPARE(l1.unitsPaid, "1");
    QCOMPARE(l1.serviceDate, QDate(2025, 3, 1));
    QVERIFY(!l1.serviceDateEnd.isValid());
    QCOMPARE(l1.lineControlNumber, "L1001A");
    QCOMPARE(l1.allowedCents, std::optional<qint64>(15000));
    QCOMPARE(l1.remarks, QList<QByteArray>{"N59"});
    QCOMPARE(l1.adjustments.size(), 2);
    QCOMPARE(l1.adjustments.at(0).group, "CO");
    QCOMPARE(l1.adjustments.at(0).reason, "45");
    QCOMPARE(l1.adjustments.at(0).amountCents, 5000);
    QCOMPARE(l1.adjustments.at(0).segment, 20);
    QCOMPARE(l1.adjustedCents("PR"), 3000);
    const RemitServiceLine &l2 = partial.lines.at(1);
    QCOMPARE(l2.code, "85025");
    QCOMPARE(l2.originalCode, "85027");
    QCOMPARE(l2.lineControlNumber, "L1001B");
    QCOMPARE(l2.allowedCents, std::optional<qint64>(7000));
    QCOMPARE(l2.adjustments.at(0).quantity, "1");

    // A denial with only a claim-level adjustment and no lines.
    const RemitClaim &denial = t.claims.at(1);
    QVERIFY(denial.isDenied());
    QCOMPARE(denial.paidCents, 0);
    QVERIFY(denial.lines.isEmpty());
    QCOMPARE(denial.adjustments.size(), 1);
    QCOMPARE(describe(denial.adjustments.at(0)), QStringLiteral("CO-50=15000/"));
    QCOMPARE(denial.remarks, QList<QByteArray>{"N386"});

    // A reversal with negated amounts, then its corrected claim.
    const RemitClaim &reversal = t.claims.at(2);
    QVERIFY(reversal.isReversal());
    QCOMPARE(reversal.id, "PCN1003");
    QCOMPARE(reversal.chargeCents, -12000);
    QCOMPARE(reversal.paidCents, -10000);
    QCOMPARE(reversal.patientResponsibilityCents, -2000);
    QCOMPARE(reversal.lines.at(0).unitsPaid, "-1");
    QCOMPARE(reversal.lines.at(0).adjustments.at(0).amountCents, -2000);
    const RemitClaim &corrected = t.claims.at(3);
    QCOMPARE(corrected.id, "PCN1003");
    QCOMPARE(corrected.status, "1");
    QCOMPARE(corrected.payerClaimNumber, "ICN1003B");
    QCOMPARE(corrected.paidCents, 9000);

    // Secondary (OA 23) and crossover (NM1*TT) in the second transaction of the group.
    const RemitTransaction &t2 = r.transactions.at(1);
    QCOMPARE(t2.controlNumber, "0002");
    QCOMPARE(t2.segment, 48);
    QCOMPARE(t2.payerName, "BLUE SHIELD");
    QCOMPARE(t2.payerIdentifier, "BS777");
    QCOMPARE(t2.paymentMethod, "ACH");
    QCOMPARE(t2.paymentDate, QDate(2025, 3, 16));
    QCOMPARE(t2.traceNumber, "EFT2002");
    QVERIFY(!t2.productionDate.isValid());
    const RemitClaim &secondary = t2.claims.at(0);
    QCOMPARE(secondary.status, "2");
    QVERIFY(secondary.isSecondary());
    QVERIFY(!secondary.isCrossover());
    QCOMPARE(secondary.adjustedCents("OA"), 16000);
    QCOMPARE(secondary.lines.at(0).adjustments.at(0).reason, "23");
    const RemitClaim &crossover = t2.claims.at(1);
    QCOMPARE(crossover.status, "19");
    QVERIFY(crossover.isCrossover());
    QCOMPARE(crossover.crossoverPayer, "STATE MEDICAID");
    QCOMPARE(crossover.memberId, "M2002");

    // The third transaction, in a second interchange with `|` components.
    const RemitTransaction &t3 = r.transactions.at(2);
    QCOMPARE(t3.segment, 72);
    QCOMPARE(t3.payerIdentifier, "1999999999"); // no N104 nor REF*2U: TRN03
    QCOMPARE(t3.claims.at(0).segment, 78);
    QCOMPARE(t3.claims.at(0).lines.at(0).modifiers, (QList<QByteArray>{"25", "59"}));
}

void tst_Remit835Reader::envelopeAndDelimiters()
{
    // The BOM, CRLF and indentation are skipped; `>` then `|` are read from each ISA.
    const QByteArray data = fixture(QStringLiteral("multi.835"));
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("~\r\n  CLP"));
    QVERIFY(data.contains("HC>99214>25") && data.contains("HC|99213|25|59"));
    const Remittance835 r = Remit835Reader::readAll(data);
    QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
    QCOMPARE(r.transactions.at(0).claims.at(0).lines.at(0).modifiers, QList<QByteArray>{"25"});
}

void tst_Remit835Reader::handlerOrder()
{
    Recorder rec;
    const int segments = Remit835Reader::read(fixture(QStringLiteral("multi.835")), rec);
    QCOMPARE(segments, 84);
    QCOMPARE(rec.events, QStringLiteral("SCCCCFSCCFSCF"));
    // Finished transactions carry their PLBs but not their claims (handed over one by one).
    QCOMPARE(rec.finished.size(), 3);
    QVERIFY(rec.finished.at(0).claims.isEmpty());
    QCOMPARE(rec.finished.at(0).providerAdjustments.size(), 2);
}

void tst_Remit835Reader::crTerminator()
{
    const QByteArray data = fixture(QStringLiteral("cr_terminator.835"));
    QVERIFY(!data.contains('\n') && !data.contains('~'));
    const Remittance835 r = Remit835Reader::readAll(data);
    QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
    QCOMPARE(r.segmentCount, 15);
    QCOMPARE(r.claimCount(), 1);
    const RemitClaim &c = r.transactions.at(0).claims.at(0);
    QCOMPARE(c.id, "PCN4001");
    QCOMPARE(c.lines.at(0).code, "99213");
    QCOMPARE(c.lines.at(0).modifiers, QList<QByteArray>{"25"});
    QCOMPARE(c.paidCents, 8000);
}

void tst_Remit835Reader::lineEndingsDoNotMatter_data()
{
    QTest::addColumn<QByteArray>("separator");
    QTest::newRow("none") << QByteArray("~");
    QTest::newRow("LF") << QByteArray("~\n");
    QTest::newRow("CRLF") << QByteArray("~\r\n");
    QTest::newRow("CRLF + indentation") << QByteArray("~\r\n\t   ");
    QTest::newRow("blank lines") << QByteArray("~\n\n");
}

void tst_Remit835Reader::lineEndingsDoNotMatter()
{
    QFETCH(QByteArray, separator);
    QByteArray data = fixture(QStringLiteral("base.835"));
    data.replace("~\n", separator);
    const Remittance835 r = Remit835Reader::readAll(data);
    QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
    QCOMPARE(r.segmentCount, 26);
    QCOMPARE(r.claimCount(), 2);
    QCOMPARE(r.paidCents(), 17000);
}

void tst_Remit835Reader::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<int>("claims");
    QTest::addColumn<int>("transactions");

    const auto row = [](const char *name, const char *file, QStringList errors, int claims,
                        int transactions = 1) {
        QTest::newRow(name) << QString::fromLatin1(file) << errors << claims << transactions;
    };
    row("well formed", "base.835", {}, 2);
    row("truncated: no SE, GE, IEA", "truncated.835", {QStringLiteral("23:CAS")}, 2);
    row("wrong SE01", "wrong_se01.835", {QStringLiteral("24:SE")}, 2);
    row("wrong GE01 and IEA01", "wrong_ge_iea.835", {QStringLiteral("25:GE"), QStringLiteral("26:IEA")}, 2);
    row("line does not balance", "line_unbalanced.835", {QStringLiteral("12:SVC")}, 2);
    row("claim does not balance", "claim_unbalanced.835", {QStringLiteral("10:CLP")}, 2);
    row("payment does not balance with its PLB", "plb_unbalanced.835", {QStringLiteral("4:BPR")}, 2);
    row("bad amount", "bad_amount.835", {QStringLiteral("16:SVC")}, 2);
    row("bad date", "bad_date.835", {QStringLiteral("13:DTM")}, 2);
    row("SVC before CLP", "svc_before_clp.835", {QStringLiteral("10:SVC")}, 2);
    row("CLP before BPR", "no_bpr.835", {QStringLiteral("8:CLP")}, 2);
    row("an ST that is not 835", "not_835.835", {QStringLiteral("25:ST")}, 2);
}

void tst_Remit835Reader::malformed()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    QFETCH(int, claims);
    QFETCH(int, transactions);
    const Remittance835 r = Remit835Reader::readAll(fixture(file));
    QVERIFY(r.segmentCount > 0);
    QCOMPARE(where(r.errors), errors);
    for (const RemitError &e : r.errors)
        QVERIFY2(!e.message.isEmpty() && e.message.endsWith(QLatin1Char('.')), qPrintable(e.message));
    // Errors never stop the reading: everything after the problem is still there.
    QCOMPARE(r.transactions.size(), transactions);
    QCOMPARE(r.claimCount(), claims);
    QCOMPARE(r.transactions.last().claims.last().id, "PCN5002");
    QCOMPARE(r.transactions.last().claims.last().lines.size(), 1);
}

void tst_Remit835Reader::balanceMessages()
{
    const auto firstMessage = [](const char *file) {
        const Remittance835 r = Remit835Reader::readAll(fixture(QString::fromLatin1(file)));
        return r.errors.isEmpty() ? QString() : r.errors.first().message;
    };
    QCOMPARE(firstMessage("claim_unbalanced.835"),
             QStringLiteral("Claim PCN5001 does not balance: charge 250.00 − adjustments 150.00 = "
                            "100.00, but the payer paid 90.00."));
    QCOMPARE(firstMessage("line_unbalanced.835"),
             QStringLiteral("Service line 1 (99213) of claim PCN5001 does not balance: charge "
                            "150.00 − adjustments 90.00 = 60.00, but the payer paid 70.00."));
    QCOMPARE(firstMessage("plb_unbalanced.835"),
             QStringLiteral("The payment does not balance: the claims paid 170.00 − provider "
                            "adjustments 21.95 = 148.05, but the payment (BPR02) is 150.00."));
    QCOMPARE(firstMessage("bad_amount.835"),
             QStringLiteral("SVC02 “1O0” is not an amount of money."));
    QCOMPARE(firstMessage("wrong_se01.835"),
             QStringLiteral("The transaction set has 22 segments, but SE01 says 21."));
    QVERIFY(firstMessage("not_835.835").contains(QLatin1String("999")));
    QVERIFY(firstMessage("truncated.835").contains(QLatin1String("SE, GE, IEA")));

    // The PLB of a well-formed payment still counts in the transaction.
    const Remittance835 plb = Remit835Reader::readAll(fixture(QStringLiteral("plb_unbalanced.835")));
    QCOMPARE(plb.transactions.at(0).providerAdjustedCents(), 2195);
}

void tst_Remit835Reader::emptyAndGarbage()
{
    Remittance835 r = Remit835Reader::readAll(QByteArrayView());
    QCOMPARE(where(r.errors), QStringList{QStringLiteral("0:")});
    r = Remit835Reader::readAll(QByteArrayView("\r\n  \n"));
    QCOMPARE(where(r.errors), QStringList{QStringLiteral("0:")});
    r = Remit835Reader::readAll(QByteArrayView("GS*HP*X~ST*835*1~SE*2*1~GE*1*1~"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.first().segment, 1);

    // A file cut in the middle of a segment: the last one has no terminator.
    QByteArray cut = fixture(QStringLiteral("base.835"));
    cut.truncate(cut.indexOf("CAS*PR*3*30") + 9);
    r = Remit835Reader::readAll(cut);
    QCOMPARE(where(r.errors).first(), QStringLiteral("23:CAS"));
    QCOMPARE(r.claimCount(), 2);
}

void tst_Remit835Reader::sharedSmall()
{
    const QByteArray data = sharedFile(QStringLiteral("small_835_4claims.x12"));
    if (data.isEmpty())
        QSKIP("../shared is absent: small_835_4claims.x12 is not available.");
    const Remittance835 r = Remit835Reader::readAll(data);
    QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
    QCOMPARE(r.transactions.size(), 1);
    const RemitTransaction &t = r.transactions.at(0);
    QCOMPARE(t.claims.size(), 4);
    QCOMPARE(t.claimsPaidCents(), 28000);
    QCOMPARE(t.paymentCents, 25500);
    QCOMPARE(t.providerAdjustedCents(), 2500);
    int denied = 0;
    for (const RemitClaim &c : t.claims)
        denied += c.isDenied() ? 1 : 0;
    QCOMPARE(denied, 2);
}

void tst_Remit835Reader::sharedBig()
{
    const QByteArray data = sharedFile(QStringLiteral("big_835_10MB.x12"));
    if (data.isEmpty())
        QSKIP("../shared is absent: big_835_10MB.x12 is not available.");
    QCOMPARE(data.size(), 10498881);
    Counter counter;
    const int segments = Remit835Reader::read(data, counter);
    QVERIFY2(counter.errors.isEmpty(), qPrintable(dump(counter.errors)));
    QCOMPARE(segments, 498359);
    QCOMPARE(counter.transactions, 1);
    QCOMPARE(counter.claims, 33223);
    QCOMPARE(counter.paid, 16612);
    QCOMPARE(counter.denied, 16611);
    // The README says 66,446 SVC; the file holds 83,057 (2 per paid claim, 3 per denial):
    // 16,612 × 2 + 16,611 × 3, as `grep -c '^SVC'` confirms.
    QCOMPARE(counter.lines, 16612 * 2 + 16611 * 3);
    QCOMPARE(counter.plbs, 1);
    QCOMPARE(counter.paidCents, Q_INT64_C(232568000));
    QCOMPARE(counter.paymentCents, Q_INT64_C(232565500));
    // No error means SE01 matched: ST is segment 3, so SE01 = 498,357 − 3 + 1.
    QVERIFY(data.contains("SE*498355*"));
}

void tst_Remit835Reader::writerRoundTrip_data()
{
    QTest::addColumn<char>("component");
    QTest::addColumn<char>("terminator");
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::newRow("colon, tilde, LF") << ':' << '~' << QByteArray("\n");
    QTest::newRow("greater-than, no line breaks") << '>' << '~' << QByteArray();
    QTest::newRow("pipe, CRLF") << '|' << '~' << QByteArray("\r\n");
    QTest::newRow("CR terminator") << ':' << '\r' << QByteArray();
}

void tst_Remit835Reader::writerRoundTrip()
{
    QFETCH(char, component);
    QFETCH(char, terminator);
    QFETCH(QByteArray, lineBreak);
    const Remittance835 original = Remit835Reader::readAll(fixture(QStringLiteral("multi.835")));
    QVERIFY(original.ok());
    Remit835WriteOptions options;
    options.componentSeparator = component;
    options.segmentTerminator = terminator;
    options.lineBreak = lineBreak;
    const QByteArray written = write835(original.transactions, options);
    QVERIFY(written.startsWith("ISA*00*"));
    QCOMPARE(written.indexOf(terminator), 105);
    const Remittance835 back = Remit835Reader::readAll(written);
    QVERIFY2(back.ok(), qPrintable(dump(back.errors) + QLatin1Char('\n') + QString::fromLatin1(written)));
    QCOMPARE(back.transactions.size(), original.transactions.size());
    for (qsizetype i = 0; i < back.transactions.size(); ++i) {
        const RemitTransaction &a = original.transactions.at(i);
        const RemitTransaction &b = back.transactions.at(i);
        QCOMPARE(b.controlNumber, a.controlNumber);
        QCOMPARE(b.paymentCents, a.paymentCents);
        QCOMPARE(b.paymentMethod, a.paymentMethod);
        QCOMPARE(b.paymentDate, a.paymentDate);
        QCOMPARE(b.traceNumber, a.traceNumber);
        QCOMPARE(b.originatorId, a.originatorId);
        QCOMPARE(b.payerName, a.payerName);
        QCOMPARE(b.payerIdentifier, a.payerIdentifier);
        QCOMPARE(b.payeeName, a.payeeName);
        QCOMPARE(b.payeeId, a.payeeId);
        QCOMPARE(b.productionDate, a.productionDate);
        QCOMPARE(b.claims.size(), a.claims.size());
        for (qsizetype c = 0; c < a.claims.size(); ++c)
            QCOMPARE(describe(b.claims.at(c)), describe(a.claims.at(c)));
        QCOMPARE(b.providerAdjustments.size(), a.providerAdjustments.size());
        for (qsizetype p = 0; p < a.providerAdjustments.size(); ++p) {
            QCOMPARE(b.providerAdjustments.at(p).reason, a.providerAdjustments.at(p).reason);
            QCOMPARE(b.providerAdjustments.at(p).reference, a.providerAdjustments.at(p).reference);
            QCOMPARE(b.providerAdjustments.at(p).amountCents, a.providerAdjustments.at(p).amountCents);
            QCOMPARE(b.providerAdjustments.at(p).fiscalPeriodDate,
                     a.providerAdjustments.at(p).fiscalPeriodDate);
        }
    }
}

void tst_Remit835Reader::writerCounts()
{
    // Built by hand: 8 CAS triplets of one group need two CAS segments, 7 PLB pairs two PLBs.
    RemitClaim claim;
    claim.id = "PCN*1"; // a delimiter inside a value becomes a space
    claim.chargeCents = 10000;
    RemitServiceLine line;
    line.code = "99213";
    line.chargeCents = 10000;
    for (int i = 0; i < 8; ++i) {
        RemitAdjustment a;
        a.group = "CO";
        a.reason = QByteArray::number(45 + i);
        a.amountCents = 100;
        line.adjustments.append(a);
    }
    line.paidCents = 10000 - 800;
    claim.paidCents = line.paidCents;
    claim.lines.append(line);
    RemitTransaction t;
    t.paymentCents = claim.paidCents;
    t.traceNumber = "T1";
    t.payerName = "PAYER";
    t.payeeName = "PAYEE";
    t.claims.append(claim);
    for (int i = 0; i < 7; ++i) {
        ProviderAdjustment p;
        p.providerId = "1234567893";
        p.fiscalPeriodDate = QDate(2025, 12, 31);
        p.reason = "CS";
        p.amountCents = i % 2 ? 100 : -100; // Σ = -100
        t.providerAdjustments.append(p);
    }
    t.paymentCents += 100;
    const QByteArray x12 = write835({t, t});
    const Remittance835 r = Remit835Reader::readAll(x12);
    QVERIFY2(r.ok(), qPrintable(dump(r.errors) + QLatin1Char('\n') + QString::fromLatin1(x12)));
    QCOMPARE(x12.count("\nCAS*CO*"), 4);
    QCOMPARE(x12.count("\nPLB*"), 4);
    QVERIFY(x12.contains("CLP*PCN 1*1*100*92*0~"));
    QVERIFY(x12.contains("ST*835*0002*005010X221A1"));
    QVERIFY(x12.contains("GE*2*1~"));
    QCOMPARE(r.transactions.at(1).claims.at(0).lines.at(0).adjustments.size(), 8);
    QCOMPARE(r.transactions.at(1).providerAdjustments.size(), 7);
}

void tst_Remit835Reader::cliPlain()
{
    // read-835 needs no practice database: the --db file is never created.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never.sqlite"));
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("read-835"),
                         fixturePath(QStringLiteral("multi.835"))});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(!QFile::exists(db));
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("3 transaction")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("ACME HEALTH")));
    QVERIFY(out.contains(QLatin1String("CHK1001")));
    QVERIFY(out.contains(QLatin1String("148.05")));
    QVERIFY(out.contains(QLatin1String("7 claim")));
    QVERIFY(out.contains(QLatin1String("840.00")));
    QVERIFY(out.contains(QLatin1String("370.00")));
    QVERIFY(out.contains(QLatin1String("No errors")));
}

void tst_Remit835Reader::cliJson()
{
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                         QStringLiteral("read-835"), fixturePath(QStringLiteral("multi.835")),
                         QStringLiteral("--json")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("errors"), QStringLiteral("totals"),
                                       QStringLiteral("transactions")}));
    const QJsonObject totals = root.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("claims")).toInt(), 7);
    QCOMPARE(totals.value(QLatin1String("charge")).toString(), QStringLiteral("840.00"));
    QCOMPARE(totals.value(QLatin1String("paid")).toString(), QStringLiteral("370.00"));
    QVERIFY(root.value(QLatin1String("errors")).toArray().isEmpty());

    const QJsonArray txs = root.value(QLatin1String("transactions")).toArray();
    QCOMPARE(txs.size(), 3);
    const QJsonObject t = txs.at(0).toObject();
    QCOMPARE(t.value(QLatin1String("payer")).toString(), QStringLiteral("ACME HEALTH"));
    QCOMPARE(t.value(QLatin1String("trace")).toString(), QStringLiteral("CHK1001"));
    QCOMPARE(t.value(QLatin1String("paymentTotal")).toString(), QStringLiteral("148.05"));
    const QJsonArray plb = t.value(QLatin1String("providerAdjustments")).toArray();
    QCOMPARE(plb.size(), 2);
    QCOMPARE(plb.at(0).toObject(),
             (QJsonObject{{QStringLiteral("provider"), QStringLiteral("1234567893")},
                          {QStringLiteral("reason"), QStringLiteral("WO")},
                          {QStringLiteral("reference"), QStringLiteral("ICN0999")},
                          {QStringLiteral("amount"), QStringLiteral("25.00")}}));
    QCOMPARE(plb.at(1).toObject().value(QLatin1String("amount")).toString(), QStringLiteral("-3.05"));

    const QJsonArray claims = t.value(QLatin1String("claims")).toArray();
    QCOMPARE(claims.size(), 4);
    const QJsonObject c = claims.at(0).toObject();
    QCOMPARE(c.keys(), (QStringList{QStringLiteral("adjustments"), QStringLiteral("charge"),
                                    QStringLiteral("id"), QStringLiteral("lines"),
                                    QStringLiteral("paid"), QStringLiteral("patientResponsibility"),
                                    QStringLiteral("payerClaimNumber"), QStringLiteral("status")}));
    QCOMPARE(c.value(QLatin1String("id")).toString(), QStringLiteral("PCN1001"));
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("1"));
    QCOMPARE(c.value(QLatin1String("charge")).toString(), QStringLiteral("300.00"));
    QCOMPARE(c.value(QLatin1String("paid")).toString(), QStringLiteral("180.00"));
    QCOMPARE(c.value(QLatin1String("patientResponsibility")).toString(), QStringLiteral("40.00"));
    QCOMPARE(c.value(QLatin1String("payerClaimNumber")).toString(), QStringLiteral("ICN1001"));
    const QJsonObject line = c.value(QLatin1String("lines")).toArray().at(0).toObject();
    QCOMPARE(line.keys(), (QStringList{QStringLiteral("adjustments"), QStringLiteral("allowed"),
                                       QStringLiteral("charge"), QStringLiteral("code"),
                                       QStringLiteral("lineControlNumber"), QStringLiteral("modifiers"),
                                       QStringLiteral("paid"), QStringLiteral("remarks"),
                                       QStringLiteral("serviceDate"), QStringLiteral("units")}));
    QCOMPARE(line.value(QLatin1String("code")).toString(), QStringLiteral("99214"));
    QCOMPARE(line.value(QLatin1String("modifiers")).toArray(), QJsonArray{QStringLiteral("25")});
    QCOMPARE(line.value(QLatin1String("charge")).toString(), QStringLiteral("200.00"));
    QCOMPARE(line.value(QLatin1String("paid")).toString(), QStringLiteral("120.00"));
    QCOMPARE(line.value(QLatin1String("units")).toString(), QStringLiteral("1"));
    QCOMPARE(line.value(QLatin1String("serviceDate")).toString(), QStringLiteral("2025-03-01"));
    QCOMPARE(line.value(QLatin1String("lineControlNumber")).toString(), QStringLiteral("L1001A"));
    QCOMPARE(line.value(QLatin1String("allowed")).toString(), QStringLiteral("150.00"));
    QCOMPARE(line.value(QLatin1String("remarks")).toArray(), QJsonArray{QStringLiteral("N59")});
    QCOMPARE(line.value(QLatin1String("adjustments")).toArray().at(0).toObject(),
             (QJsonObject{{QStringLiteral("group"), QStringLiteral("CO")},
                          {QStringLiteral("reason"), QStringLiteral("45")},
                          {QStringLiteral("amount"), QStringLiteral("50.00")}}));
    // The denial's claim-level adjustment; a line without AMT*B6 has a null allowed amount.
    QCOMPARE(claims.at(1).toObject().value(QLatin1String("adjustments")).toArray().size(), 1);
    const QJsonObject reversalLine = claims.at(2).toObject().value(QLatin1String("lines")).toArray()
                                             .at(0).toObject();
    QVERIFY(reversalLine.value(QLatin1String("allowed")).isNull());
    QCOMPARE(reversalLine.value(QLatin1String("charge")).toString(), QStringLiteral("-120.00"));
}

void tst_Remit835Reader::cliErrors()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("read-835"),
                   fixturePath(QStringLiteral("claim_unbalanced.835"))});
    QCOMPARE(run.code, 1);
    QVERIFY2(QString::fromUtf8(run.out + run.err.toUtf8())
                     .contains(QLatin1String("segment 10 (CLP): Claim PCN5001 does not balance")),
             qPrintable(QString::fromUtf8(run.out) + run.err));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("read-835"),
               fixturePath(QStringLiteral("claim_unbalanced.835")), QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(QLatin1String("segment")).toInt(), 10);
    QVERIFY(errors.at(0).toObject().value(QLatin1String("message")).toString().startsWith(
            QLatin1String("Claim PCN5001")));
    // What was read is still printed.
    QCOMPARE(root.value(QLatin1String("totals")).toObject().value(QLatin1String("claims")).toInt(), 2);
}

void tst_Remit835Reader::cliUsage()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("read-835")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QLatin1String("read-835")));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("read-835"),
               dir.filePath(QStringLiteral("missing.835"))});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QLatin1String("missing.835")));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("read-835"),
               fixturePath(QStringLiteral("base.835")), QStringLiteral("--bogus")});
    QCOMPARE(run.code, 2);
}

QTEST_GUILESS_MAIN(tst_Remit835Reader)
#include "tst_remit835reader.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The plain descriptions of remittance codes (issue 6 §3): known codes, the fallbacks for codes
// we have no text for, the order of the pick-lists, and which adjustments are denials to work;
// which denial reasons trace to a coding rule, with its name and what to check (issue 7 §3).
#include "domain/remitcodes.h"

#include <QSet>
#include <QTest>

#include <utility>

using namespace cc;

class tst_RemitCodes : public QObject
{
    Q_OBJECT
private slots:
    void knownCodes_data();
    void knownCodes();
    void unknownCodesFallBack();
    void adjustmentCodeJoinsGroupAndReason();
    void listsAreCompleteOrderedAndUnique();
    void listsCoverTheCommonCodes();
    void lookupIsLenient();
    void isDenialReason_data();
    void isDenialReason();
    void codingRule_data();
    void codingRule();
    void everyCodingReasonHasARuleAndWords();
};

void tst_RemitCodes::knownCodes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("group CO") << "group" << "CO" << "Contractual obligation";
    QTest::newRow("group PR") << "group" << "PR" << "Patient responsibility";
    QTest::newRow("CARC 16") << "reason" << "16" << "Claim lacks information or has billing errors";
    QTest::newRow("CARC 45") << "reason" << "45"
                             << "Charge exceeds the fee schedule or contracted amount";
    QTest::newRow("CARC 50") << "reason" << "50"
                             << "Not medically necessary in the payer's judgement";
    QTest::newRow("CARC 1") << "reason" << "1" << "Deductible";
    QTest::newRow("CARC B16") << "reason" << "B16" << "Does not qualify as a new patient visit";
    QTest::newRow("RARC N211") << "remark" << "N211" << "This decision cannot be appealed";
    QTest::newRow("RARC MA130") << "remark" << "MA130"
                                << "Claim could not be processed: fix it and send it as a new "
                                   "claim (no appeal)";
    QTest::newRow("CLP02 1") << "status" << "1" << "Processed as primary";
    QTest::newRow("CLP02 4") << "status" << "4" << "Denied";
    QTest::newRow("CLP02 22") << "status" << "22" << "Reversal of previous payment";
    QTest::newRow("PLB WO") << "plb" << "WO" << "Overpayment recovery";
    QTest::newRow("PLB L6") << "plb" << "L6" << "Interest";
}

static QString lookup(const QString &kind, const QString &code)
{
    if (kind == u"group")
        return remitcodes::groupText(code);
    if (kind == u"reason")
        return remitcodes::reasonText(code);
    if (kind == u"remark")
        return remitcodes::remarkText(code);
    if (kind == u"status")
        return remitcodes::claimStatusText(code);
    return remitcodes::providerAdjustmentText(code);
}

void tst_RemitCodes::knownCodes()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QCOMPARE(lookup(kind, code), text);
}

void tst_RemitCodes::unknownCodesFallBack()
{
    QCOMPARE(remitcodes::groupText(QStringLiteral("ZZ")), QStringLiteral("ZZ"));
    QCOMPARE(remitcodes::reasonText(QStringLiteral("123")), QStringLiteral("Reason 123"));
    QCOMPARE(remitcodes::remarkText(QStringLiteral("N999")), QStringLiteral("Remark N999"));
    QCOMPARE(remitcodes::claimStatusText(QStringLiteral("5")), QStringLiteral("Status 5"));
    QCOMPARE(remitcodes::providerAdjustmentText(QStringLiteral("Q9")),
             QStringLiteral("Provider adjustment Q9"));
}

// Numeric codes in numeric order, then lettered ones (natural order); no code twice; every text non-empty.
static bool codeLess(const QString &a, const QString &b)
{
    bool aNum = false;
    bool bNum = false;
    const int an = a.toInt(&aNum);
    const int bn = b.toInt(&bNum);
    if (aNum && bNum)
        return an < bn;
    if (aNum != bNum)
        return aNum;
    // Lettered codes by their letters, then by their number: B7, B9, B15.
    const auto split = [](const QString &code) {
        qsizetype i = 0;
        while (i < code.size() && !code[i].isDigit())
            ++i;
        return std::make_pair(code.left(i), code.mid(i).toInt());
    };
    return split(a) < split(b);
}

void tst_RemitCodes::listsAreCompleteOrderedAndUnique()
{
    const QList<QList<remitcodes::CodeText>> lists = {
        remitcodes::groups(), remitcodes::adjustmentReasons(), remitcodes::remarkCodes()};
    for (const auto &list : lists) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QVERIFY2(!list[i].text.isEmpty(), qPrintable(list[i].code));
            QVERIFY2(!seen.contains(list[i].code), qPrintable(list[i].code));
            seen.insert(list[i].code);
        }
    }
    const auto reasons = remitcodes::adjustmentReasons();
    for (qsizetype i = 1; i < reasons.size(); ++i)
        QVERIFY2(codeLess(reasons[i - 1].code, reasons[i].code), qPrintable(reasons[i].code));
    QCOMPARE(remitcodes::groups().size(), 4);
}

void tst_RemitCodes::listsCoverTheCommonCodes()
{
    QSet<QString> reasons;
    for (const auto &c : remitcodes::adjustmentReasons())
        reasons.insert(c.code);
    for (const char *code : {"1", "2", "3", "4", "5", "6", "11", "16", "18", "22", "23", "24", "26",
                             "27", "29", "31", "45", "49", "50", "55", "56", "59", "96", "97",
                             "109", "119", "125", "129", "140", "146", "151", "167", "170", "181",
                             "182", "185", "189", "193", "197", "198", "199", "200", "204", "206",
                             "222", "226", "227", "234", "236", "242", "250", "252", "253", "256",
                             "A1", "B7", "B9", "B15", "B16", "B22"})
        QVERIFY2(reasons.contains(QLatin1String(code)), code);
    QVERIFY(reasons.size() >= 60);

    QSet<QString> remarks;
    for (const auto &c : remitcodes::remarkCodes())
        remarks.insert(c.code);
    for (const char *code : {"M15", "M20", "M25", "M51", "M76", "M77", "M79", "M80", "M86", "MA04",
                             "MA18", "MA27", "MA30", "MA61", "MA63", "MA130", "N4", "N14", "N19",
                             "N20", "N30", "N54", "N56", "N115", "N130", "N180", "N211", "N290",
                             "N362", "N382", "N386", "N425", "N432", "N517", "N522", "N657"})
        QVERIFY2(remarks.contains(QLatin1String(code)), code);
}

void tst_RemitCodes::lookupIsLenient()
{
    QCOMPARE(remitcodes::remarkText(QStringLiteral(" n211 ")), remitcodes::remarkText(QStringLiteral("N211")));
    QCOMPARE(remitcodes::reasonText(QStringLiteral("b16")), remitcodes::reasonText(QStringLiteral("B16")));
    QCOMPARE(remitcodes::groupText(QStringLiteral("co")), QStringLiteral("Contractual obligation"));
}

void tst_RemitCodes::isDenialReason_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("carc");
    QTest::addColumn<bool>("denial");
    QTest::newRow("CO-45 fee schedule") << "CO" << "45" << false;
    QTest::newRow("CO-253 sequestration") << "CO" << "253" << false;
    QTest::newRow("OA-23 prior payer") << "OA" << "23" << false;
    QTest::newRow("CO-59 multiple procedures") << "CO" << "59" << false;
    QTest::newRow("CO-94 over charges") << "CO" << "94" << false;
    QTest::newRow("CO-2 coinsurance") << "CO" << "2" << false;
    QTest::newRow("PR-1 deductible") << "PR" << "1" << false;
    QTest::newRow("PR-96 non-covered, patient pays") << "PR" << "96" << false;
    QTest::newRow("CO-16 missing information") << "CO" << "16" << true;
    QTest::newRow("CO-50 medical necessity") << "CO" << "50" << true;
    QTest::newRow("PI-197 no authorization") << "PI" << "197" << true;
    QTest::newRow("OA-18 duplicate") << "OA" << "18" << true;
    QTest::newRow("co-97 lower case") << "co" << "97" << true;
    QTest::newRow("CO with no reason") << "CO" << "" << false;
}

void tst_RemitCodes::isDenialReason()
{
    QFETCH(QString, group);
    QFETCH(QString, carc);
    QFETCH(bool, denial);
    QCOMPARE(remitcodes::isDenialReason(group, carc), denial);
}

void tst_RemitCodes::codingRule_data()
{
    QTest::addColumn<QString>("carc");
    QTest::addColumn<QString>("rule");
    QTest::newRow("11 dx does not support") << "11" << "dx-not-supporting";
    QTest::newRow("50 medical necessity") << "50" << "dx-not-supporting";
    QTest::newRow("167 dx not covered") << "167" << "dx-not-supporting";
    QTest::newRow("97 bundled") << "97" << "ncci-ptp";
    QTest::newRow("234 not paid separately") << "234" << "ncci-ptp";
    QTest::newRow("236 code pair") << "236" << "ncci-ptp";
    QTest::newRow("151 units") << "151" << "mue-units";
    QTest::newRow("4 modifier") << "4" << "modifier-invalid";
    QTest::newRow("182 modifier date") << "182" << "modifier-invalid";
    QTest::newRow("146 dx not valid") << "146" << "code-invalid";
    QTest::newRow("181 code not valid") << "181" << "code-invalid";
    QTest::newRow("6 procedure age") << "6" << "age-conflict";
    QTest::newRow("9 dx age") << "9" << "age-conflict";
    QTest::newRow("7 procedure sex") << "7" << "sex-conflict";
    QTest::newRow("10 dx sex") << "10" << "sex-conflict";
    QTest::newRow("189 unlisted code") << "189" << "unspecified-code";
    QTest::newRow("b22 lower case, blanks") << " b22 " << "dx-not-supporting";
    // Billing, eligibility, filing, authorization and contract reasons are not the coder's.
    QTest::newRow("16 billing errors") << "16" << "";
    QTest::newRow("18 duplicate") << "18" << "";
    QTest::newRow("27 coverage ended") << "27" << "";
    QTest::newRow("29 timely filing") << "29" << "";
    QTest::newRow("197 authorization") << "197" << "";
    QTest::newRow("204 not covered") << "204" << "";
    QTest::newRow("45 fee schedule") << "45" << "";
    QTest::newRow("unknown") << "999" << "";
    QTest::newRow("empty") << "" << "";
}

void tst_RemitCodes::codingRule()
{
    QFETCH(QString, carc);
    QFETCH(QString, rule);
    QCOMPARE(remitcodes::codingRule(carc), rule);
}

void tst_RemitCodes::everyCodingReasonHasARuleAndWords()
{
    // The rule ids of DESIGN.md §5: every title, and every mapped rule's check, is written.
    const QStringList fixed = {
        QStringLiteral("code-invalid"), QStringLiteral("code-not-billable"),
        QStringLiteral("dx-not-supporting"), QStringLiteral("ncci-ptp"),
        QStringLiteral("mue-units"), QStringLiteral("age-conflict"),
        QStringLiteral("sex-conflict"), QStringLiteral("manifestation-first"),
        QStringLiteral("modifier-25-missing"), QStringLiteral("modifier-invalid"),
        QStringLiteral("pointer-invalid"), QStringLiteral("too-many-diagnoses"),
        QStringLiteral("npi-invalid"), QStringLiteral("missing-data"),
        QStringLiteral("auth-missing"), QStringLiteral("timely-filing"),
        QStringLiteral("future-dos"), QStringLiteral("duplicate-claim"),
        QStringLiteral("unspecified-code"), QStringLiteral("payer-rule")};
    QSet<QString> titles;
    for (const QString &rule : fixed) {
        const QString title = remitcodes::ruleTitle(rule);
        QVERIFY2(title != rule && !title.isEmpty(), qPrintable(rule));
        QVERIFY2(!titles.contains(title), qPrintable(title));
        titles.insert(title);
    }
    QCOMPARE(remitcodes::ruleTitle(QStringLiteral("no-such-rule")), QStringLiteral("no-such-rule"));
    QVERIFY(remitcodes::ruleCheckText(QStringLiteral("timely-filing")).isEmpty());

    const QStringList reasons = remitcodes::codingReasons();
    QVERIFY(reasons.size() >= 16);
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const QString rule = remitcodes::codingRule(reasons[i]);
        QVERIFY2(fixed.contains(rule), qPrintable(reasons[i]));
        QVERIFY2(!remitcodes::ruleCheckText(rule).isEmpty(), qPrintable(rule));
        // A reason we trace has its own plain description too.
        QVERIFY2(!remitcodes::reasonText(reasons[i]).startsWith(QLatin1String("Reason ")),
                 qPrintable(reasons[i]));
        if (i > 0)
            QVERIFY2(codeLess(reasons[i - 1], reasons[i]), qPrintable(reasons[i]));
    }
}

void tst_RemitCodes::adjustmentCodeJoinsGroupAndReason()
{
    QCOMPARE(remitcodes::adjustmentCode(QStringLiteral("CO"), QStringLiteral("50")),
             QStringLiteral("CO-50"));
    QCOMPARE(remitcodes::adjustmentCode(QString(), QStringLiteral("50")), QStringLiteral("50"));
}

QTEST_GUILESS_MAIN(tst_RemitCodes)
#include "tst_remitcodes.moc"

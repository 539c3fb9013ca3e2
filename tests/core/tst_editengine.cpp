// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codeentry.h"
#include "edits/editengine.h"

#include <QTest>

using namespace cc;

namespace {

/// A small code set for the rules: what is valid, what is a category, with titles.
EditEngine::CodeInfo lookup(const QString &code, const QDate &, bool diagnosis)
{
    static const QHash<QString, QPair<bool, QString>> dx = {
        {QStringLiteral("E119"), {true, QStringLiteral("Type 2 diabetes mellitus without complications")}},
        {QStringLiteral("E11"), {false, QStringLiteral("Type 2 diabetes mellitus")}},
        {QStringLiteral("S93401A"), {true, QStringLiteral("Sprain of unspecified ligament of right ankle, initial encounter")}},
        {QStringLiteral("I10"), {true, QStringLiteral("Essential (primary) hypertension")}},
        {QStringLiteral("E785"), {true, QStringLiteral("Hyperlipidemia, unspecified")}},
        {QStringLiteral("Z1231"), {true, QStringLiteral("Encounter for screening mammogram for malignant neoplasm of breast")}},
        {QStringLiteral("O800"), {true, QStringLiteral("Encounter for full-term uncomplicated delivery")}},
        {QStringLiteral("N400"), {true, QStringLiteral("Benign prostatic hyperplasia without lower urinary tract symptoms")}},
        {QStringLiteral("P071"), {true, QStringLiteral("Other low birth weight newborn")}},
        {QStringLiteral("G63"), {true, QStringLiteral("Polyneuropathy in diseases classified elsewhere")}},
        {QStringLiteral("M1711"), {true, QStringLiteral("Unilateral primary osteoarthritis, right knee")}},
    };
    static const QStringList services = {
        QStringLiteral("99213"), QStringLiteral("82947"), QStringLiteral("77067"),
        QStringLiteral("20610"), QStringLiteral("80061"), QStringLiteral("J3301")};
    EditEngine::CodeInfo info;
    info.source = QStringLiteral("test code set");
    if (diagnosis && dx.contains(code)) {
        info.status = dx.value(code).first ? EditEngine::CodeInfo::Status::Valid
                                           : EditEngine::CodeInfo::Status::NotBillable;
        info.description = dx.value(code).second;
    } else if (!diagnosis && services.contains(code)) {
        info.status = EditEngine::CodeInfo::Status::Valid;
    }
    return info;
}

ScrubClaim baseClaim()
{
    ScrubClaim c;
    c.id = QStringLiteral("PCN1");
    c.dateOfService = QDate(2026, 11, 2);
    c.billingNpi = QStringLiteral("1234567893");
    c.renderingNpi = QStringLiteral("1245319599");
    c.memberId = QStringLiteral("1AB23456789");
    c.payerName = QStringLiteral("Medicare Part B");
    c.timelyFilingDays = 365;
    c.patientBirthDate = QDate(1960, 5, 1);
    c.patientSex = QStringLiteral("F");
    c.placeOfService = QStringLiteral("11");
    c.diagnoses = {QStringLiteral("E119")};
    c.lines = {{1, QStringLiteral("99213"), {}, 1, {1}, 13000, c.dateOfService},
               {2, QStringLiteral("82947"), {}, 1, {1}, 2200, c.dateOfService}};
    return c;
}

} // namespace

class tst_EditEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void classicGlucoseCases();
    void packParsing();

private:
    std::unique_ptr<EditEngine> m_engine;
};

void tst_EditEngine::initTestCase()
{
    auto pack = MedicalNecessityPack::shipped();
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().userMessage));
    m_engine = std::make_unique<EditEngine>(lookup, pack.value());
}

void tst_EditEngine::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<std::function<void(ScrubClaim &)>>("change");
    using F = std::function<void(ScrubClaim &)>;

    QTest::newRow("code-invalid fires") << QStringLiteral("code-invalid") << true
                                        << F([](ScrubClaim &c) { c.diagnoses = {QStringLiteral("Q99ZZ")}; });
    QTest::newRow("code-invalid quiet") << QStringLiteral("code-invalid") << false << F([](ScrubClaim &) {});
    QTest::newRow("code-not-billable fires") << QStringLiteral("code-not-billable") << true
                                             << F([](ScrubClaim &c) { c.diagnoses = {QStringLiteral("E11")}; });
    QTest::newRow("code-not-billable quiet") << QStringLiteral("code-not-billable") << false << F([](ScrubClaim &) {});
    QTest::newRow("unspecified-code fires") << QStringLiteral("unspecified-code") << true
                                            << F([](ScrubClaim &c) { c.diagnoses = {QStringLiteral("E785")}; c.lines[1].code = QStringLiteral("80061"); });
    QTest::newRow("unspecified-code quiet") << QStringLiteral("unspecified-code") << false << F([](ScrubClaim &) {});
    QTest::newRow("too-many-diagnoses fires") << QStringLiteral("too-many-diagnoses") << true
                                              << F([](ScrubClaim &c) { for (int i = 0; i < 12; ++i) c.diagnoses.append(QStringLiteral("I10")); });
    QTest::newRow("too-many-diagnoses quiet") << QStringLiteral("too-many-diagnoses") << false << F([](ScrubClaim &) {});
    QTest::newRow("pointer-invalid fires (out of range)") << QStringLiteral("pointer-invalid") << true
                                                          << F([](ScrubClaim &c) { c.lines[0].pointers = {2}; });
    QTest::newRow("pointer-invalid fires (none)") << QStringLiteral("pointer-invalid") << true
                                                  << F([](ScrubClaim &c) { c.lines[0].pointers.clear(); });
    QTest::newRow("pointer-invalid quiet") << QStringLiteral("pointer-invalid") << false << F([](ScrubClaim &) {});
    QTest::newRow("npi-invalid fires") << QStringLiteral("npi-invalid") << true
                                       << F([](ScrubClaim &c) { c.renderingNpi = QStringLiteral("1234567890"); });
    QTest::newRow("npi-invalid quiet") << QStringLiteral("npi-invalid") << false << F([](ScrubClaim &) {});
    QTest::newRow("missing-data fires") << QStringLiteral("missing-data") << true
                                        << F([](ScrubClaim &c) { c.memberId.clear(); });
    QTest::newRow("missing-data quiet") << QStringLiteral("missing-data") << false << F([](ScrubClaim &) {});
    QTest::newRow("future-dos fires") << QStringLiteral("future-dos") << true
                                      << F([](ScrubClaim &c) { c.dateOfService = QDate(2026, 12, 24); });
    QTest::newRow("future-dos quiet") << QStringLiteral("future-dos") << false << F([](ScrubClaim &) {});
    QTest::newRow("timely-filing fires") << QStringLiteral("timely-filing") << true
                                         << F([](ScrubClaim &c) { c.timelyFilingDays = 20; });
    QTest::newRow("timely-filing quiet") << QStringLiteral("timely-filing") << false << F([](ScrubClaim &) {});
    QTest::newRow("sex-conflict fires (maternity, male)") << QStringLiteral("sex-conflict") << true
                                                          << F([](ScrubClaim &c) { c.patientSex = QStringLiteral("M"); c.diagnoses.append(QStringLiteral("O800")); });
    QTest::newRow("sex-conflict fires (prostate, female)") << QStringLiteral("sex-conflict") << true
                                                           << F([](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("N400")); });
    QTest::newRow("sex-conflict quiet") << QStringLiteral("sex-conflict") << false
                                        << F([](ScrubClaim &c) { c.patientSex = QStringLiteral("M"); c.diagnoses.append(QStringLiteral("N400")); });
    QTest::newRow("age-conflict fires (maternity at 66)") << QStringLiteral("age-conflict") << true
                                                          << F([](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("O800")); });
    QTest::newRow("age-conflict fires (newborn code at 30 days)") << QStringLiteral("age-conflict") << true
                                                                  << F([](ScrubClaim &c) { c.patientBirthDate = c.dateOfService.addDays(-30); c.diagnoses.append(QStringLiteral("P071")); });
    QTest::newRow("age-conflict quiet (newborn code at 10 days)") << QStringLiteral("age-conflict") << false
                                                                  << F([](ScrubClaim &c) { c.patientBirthDate = c.dateOfService.addDays(-10); c.diagnoses.append(QStringLiteral("P071")); });
    QTest::newRow("manifestation-first fires") << QStringLiteral("manifestation-first") << true
                                               << F([](ScrubClaim &c) { c.diagnoses.prepend(QStringLiteral("G63")); c.lines[0].pointers = {2}; c.lines[1].pointers = {2}; });
    QTest::newRow("manifestation-first quiet") << QStringLiteral("manifestation-first") << false
                                               << F([](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("G63")); });
    QTest::newRow("modifier-25-missing fires") << QStringLiteral("modifier-25-missing") << true
                                               << F([](ScrubClaim &c) { c.diagnoses = {QStringLiteral("M1711")}; c.lines[1].code = QStringLiteral("20610"); });
    QTest::newRow("modifier-25-missing quiet") << QStringLiteral("modifier-25-missing") << false
                                               << F([](ScrubClaim &c) { c.diagnoses = {QStringLiteral("M1711")}; c.lines[1].code = QStringLiteral("20610"); c.lines[0].modifiers = {QStringLiteral("25")}; });
    QTest::newRow("dx-not-supporting fires (mammogram)") << QStringLiteral("dx-not-supporting") << true
                                                         << F([](ScrubClaim &c) { c.lines[1].code = QStringLiteral("77067"); });
    QTest::newRow("dx-not-supporting quiet (mammogram)") << QStringLiteral("dx-not-supporting") << false
                                                         << F([](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("Z1231")); c.lines[1].code = QStringLiteral("77067"); c.lines[1].pointers = {2}; });
}

void tst_EditEngine::rules()
{
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(std::function<void(ScrubClaim &)>, change);
    ScrubClaim c = baseClaim();
    change(c);
    const QList<Finding> findings = m_engine->scrub(c, QDate(2026, 11, 27));
    const bool fired = std::any_of(findings.cbegin(), findings.cend(),
                                   [&](const Finding &f) { return f.rule == rule; });
    QCOMPARE(fired, fires);
    for (const Finding &f : findings) {
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty() && !f.source.isEmpty(),
                 qPrintable(f.rule));
    }
}

void tst_EditEngine::classicGlucoseCases()
{
    ScrubClaim diabetes = baseClaim();
    const auto ok = m_engine->scrub(diabetes, QDate(2026, 11, 27));
    QVERIFY2(ok.isEmpty(), qPrintable(ok.isEmpty() ? QString() : ok.first().message));

    ScrubClaim sprain = baseClaim();
    sprain.diagnoses = {QStringLiteral("S93401A")};
    const auto findings = m_engine->scrub(sprain, QDate(2026, 11, 27));
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("dx-not-supporting");
    });
    QVERIFY(it != findings.cend());
    QCOMPARE(it->line, 2);
    QVERIFY(it->isError());
    QVERIFY(it->codes.contains(QStringLiteral("82947")));
    QVERIFY(it->codes.contains(QStringLiteral("S93.401A")));
    QVERIFY(it->message.contains(QStringLiteral("not medically necessary")));
    QVERIFY(it->fix.contains(QStringLiteral("query")));
    QVERIFY(it->source.contains(QStringLiteral("NCD 190.20")));
}

void tst_EditEngine::packParsing()
{
    auto bad = MedicalNecessityPack::fromJson("{\"services\": [{\"name\": \"x\", \"codes\": []}]}");
    QVERIFY(!bad.ok());
    auto notJson = MedicalNecessityPack::fromJson("{services");
    QVERIFY(!notJson.ok());
    auto pack = MedicalNecessityPack::shipped();
    QVERIFY(pack.ok());
    for (const char *code : {"82947", "82948", "82962", "83036", "80061", "82465", "83718",
                             "84478", "84443", "84153", "G0103", "82306", "77067"})
        QVERIFY2(pack->ruleFor(QString::fromLatin1(code)), code);
    const auto *glucose = pack->ruleFor(QStringLiteral("82947"));
    QVERIFY(MedicalNecessityPack::supports(*glucose, QStringLiteral("E119")));
    QVERIFY(MedicalNecessityPack::supports(*glucose, QStringLiteral("E1065")));
    QVERIFY(!MedicalNecessityPack::supports(*glucose, QStringLiteral("S93401A")));
}

QTEST_GUILESS_MAIN(tst_EditEngine)
#include "tst_editengine.moc"

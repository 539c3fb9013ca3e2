// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codeentry.h"
#include "edits/editdata.h"
#include "edits/editengine.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace cc;

namespace {

/// The rule ids of DESIGN.md §5, fixed.
const QStringList kRuleIds = {
    QStringLiteral("code-invalid"),        QStringLiteral("code-not-billable"),
    QStringLiteral("dx-not-supporting"),   QStringLiteral("ncci-ptp"),
    QStringLiteral("mue-units"),           QStringLiteral("age-conflict"),
    QStringLiteral("sex-conflict"),        QStringLiteral("manifestation-first"),
    QStringLiteral("modifier-25-missing"), QStringLiteral("modifier-invalid"),
    QStringLiteral("pointer-invalid"),     QStringLiteral("too-many-diagnoses"),
    QStringLiteral("npi-invalid"),         QStringLiteral("missing-data"),
    QStringLiteral("auth-missing"),        QStringLiteral("timely-filing"),
    QStringLiteral("future-dos"),          QStringLiteral("duplicate-claim"),
    QStringLiteral("unspecified-code"),    QStringLiteral("payer-rule"),
};

const QDate kDos(2026, 11, 2);
const QDate kToday(2026, 11, 27);
constexpr qint64 kAcme = 1;     ///< a commercial payer with rules
constexpr qint64 kMedicare = 2; ///< the base claim's payer: no payer rules

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
        QStringLiteral("20610"), QStringLiteral("80061"), QStringLiteral("J3301"),
        QStringLiteral("20611"), QStringLiteral("29881"), QStringLiteral("36415"),
        QStringLiteral("80053"), QStringLiteral("73721"), QStringLiteral("92012")};
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
    c.patientId = 7;
    c.payerId = kMedicare;
    c.dateOfService = kDos;
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

ScrubLine line(int lineNo, const char *code, QStringList modifiers = {}, int units = 1,
               QDate date = kDos)
{
    return {lineNo, QString::fromLatin1(code), std::move(modifiers), units, {1}, 5000, date};
}

/// Sets the claim's two lines to @p first and @p second (knee osteoarthritis, so the joint
/// injections are supported).
void setLines(ScrubClaim &c, ScrubLine first, ScrubLine second)
{
    c.diagnoses = {QStringLiteral("M1711")};
    c.lines = {std::move(first), std::move(second)};
}

/// The data besides the claim: a PTP table, two MUE releases, payer rules, authorizations and
/// the services already billed for patient 7.
EditData testData()
{
    EditData d;
    d.ptp.release = QStringLiteral("v322r0");
    const QDate old(2010, 1, 1);
    auto ptp = [&](const char *c1, const char *c2, QDate effective, QDate deleted, int indicator,
                   const char *rationale) {
        d.ptp.add({QString::fromLatin1(c1), QString::fromLatin1(c2), effective, deleted,
                   indicator, QString::fromLatin1(rationale)});
    };
    ptp("20611", "20610", old, {}, 0, "Misuse of column two code with column one code");
    ptp("29881", "20610", old, {}, 1, "Standards of medical / surgical practice");
    ptp("20610", "99213", old, {}, 1, "CPT Manual or CMS manual coding instructions");
    ptp("99213", "36415", QDate(2015, 1, 1), QDate(2020, 12, 31), 0, "Deleted edit");
    ptp("80053", "82947", old, {}, 9, "Panel includes component test");
    ptp("82947", "36415", QDate(2027, 1, 1), {}, 0, "Edit effective next year");

    auto mue = [](const char *release, QDate effective, int glucoseMax) {
        MueTable t;
        t.release = QString::fromLatin1(release);
        t.effective = effective;
        t.values.insert(QStringLiteral("82947"),
                        {QStringLiteral("82947"), glucoseMax, 3, QStringLiteral("Clinical data")});
        t.values.insert(QStringLiteral("20610"),
                        {QStringLiteral("20610"), 2, 1, QStringLiteral("Anatomic consideration")});
        t.values.insert(QStringLiteral("36415"),
                        {QStringLiteral("36415"), 1, 2, QStringLiteral("Code descriptor")});
        return t;
    };
    d.mue = {mue("2025-01-01", QDate(2025, 1, 1), 1), mue("2026-10-01", QDate(2026, 10, 1), 2)};

    PayerRule mri;
    mri.id = 1;
    mri.name = QStringLiteral("Knee MRI needs prior authorization");
    mri.payerId = kAcme;
    mri.payerName = QStringLiteral("Acme Health");
    mri.codes = {QStringLiteral("7372*")};
    mri.action = PayerRule::Action::Authorization;
    PayerRule glucose;
    glucose.id = 2;
    glucose.name = QStringLiteral("Office glucose test needs QW");
    glucose.payerId = kAcme;
    glucose.payerName = QStringLiteral("Acme Health");
    glucose.codes = {QStringLiteral("82947")};
    glucose.modifiersAbsent = {QStringLiteral("QW")};
    glucose.placeOfService = QStringLiteral("11");
    glucose.severity = Finding::Severity::Warning;
    glucose.message = QStringLiteral("Acme Health pays an office glucose test only from a "
                                     "CLIA-waived analyzer, marked QW.");
    glucose.fix = QStringLiteral("Add QW if the test ran on the office's waived analyzer.");
    PayerRule pediatric;
    pediatric.id = 3;
    pediatric.name = QStringLiteral("Pediatric claims");
    pediatric.minAge = 0;
    pediatric.maxAge = 17;
    pediatric.severity = Finding::Severity::Warning;
    pediatric.message = QStringLiteral("Claims for children go to the pediatric billing queue.");
    pediatric.fix = QStringLiteral("Send the claim to the pediatric biller.");
    PayerRule retired;
    retired.id = 4;
    retired.name = QStringLiteral("Retired rule");
    retired.codes = {QStringLiteral("99213")};
    retired.active = false;
    d.payerRules = {mri, glucose, pediatric, retired};

    const QStringList mriCode = {QStringLiteral("73721")};
    const QDate from(2026, 10, 1), to(2026, 12, 31);
    d.authorizations.insert(7, {7, kAcme, QStringLiteral("A-7-OK"), mriCode, from, to});
    d.authorizations.insert(8, {8, kAcme, QStringLiteral("A-8-OLD"), mriCode, QDate(2026, 1, 1),
                                QDate(2026, 6, 30)});
    d.authorizations.insert(10, {10, kAcme, QStringLiteral("A-10-OTHER"),
                                 {QStringLiteral("73722")}, from, to});
    d.authorizations.insert(11, {11, 0, QStringLiteral("A-11-ANY"), {}, from, to});

    auto billed = [&](const char *claimId, QDate date, const char *code, QStringList mods) {
        d.billed.insert(7, {7, QString::fromLatin1(claimId), date, QString::fromLatin1(code),
                            std::move(mods), kMedicare});
    };
    billed("PCN1", kDos, "99213", {}); // the claim being scrubbed, as saved
    billed("PCN0", kDos, "80061", {});
    billed("PCN3", kDos, "80053", {}); // billed twice before: both are named
    billed("PCN0", kDos, "80053", {});
    billed("PCN0", kDos, "20610", {QStringLiteral("RT"), QStringLiteral("59")});
    billed("PCN2", QDate(2026, 10, 15), "82947", {});
    return d;
}

using Change = std::function<void(ScrubClaim &)>;

struct RuleRow
{
    const char *name;
    QString rule;
    bool fires;
    Change change;
};

QString id(const char *rule)
{
    return QString::fromLatin1(rule);
}

/// Every row of the data-driven rule test: for each rule id, claims it must fire on and
/// claims it must stay quiet on (a finding of either severity counts as firing).
QList<RuleRow> ruleRows()
{
    const Change none = [](ScrubClaim &) {};
    QList<RuleRow> rows = {
        {"code-invalid fires", id("code-invalid"), true, [](ScrubClaim &c) { c.diagnoses = {QStringLiteral("Q99ZZ")}; }},
        {"code-invalid quiet", id("code-invalid"), false, none},
        {"code-not-billable fires", id("code-not-billable"), true, [](ScrubClaim &c) { c.diagnoses = {QStringLiteral("E11")}; }},
        {"code-not-billable quiet", id("code-not-billable"), false, none},
        {"unspecified-code fires", id("unspecified-code"), true, [](ScrubClaim &c) { c.diagnoses = {QStringLiteral("E785")}; c.lines[1].code = QStringLiteral("80061"); }},
        {"unspecified-code quiet", id("unspecified-code"), false, none},
        {"too-many-diagnoses fires", id("too-many-diagnoses"), true, [](ScrubClaim &c) { for (int i = 0; i < 12; ++i) c.diagnoses.append(QStringLiteral("I10")); }},
        {"too-many-diagnoses quiet", id("too-many-diagnoses"), false, none},
        {"pointer-invalid fires (out of range)", id("pointer-invalid"), true, [](ScrubClaim &c) { c.lines[0].pointers = {2}; }},
        {"pointer-invalid fires (none)", id("pointer-invalid"), true, [](ScrubClaim &c) { c.lines[0].pointers.clear(); }},
        {"pointer-invalid quiet", id("pointer-invalid"), false, none},
        {"npi-invalid fires", id("npi-invalid"), true, [](ScrubClaim &c) { c.renderingNpi = QStringLiteral("1234567890"); }},
        {"npi-invalid quiet", id("npi-invalid"), false, none},
        {"missing-data fires", id("missing-data"), true, [](ScrubClaim &c) { c.memberId.clear(); }},
        {"missing-data quiet", id("missing-data"), false, none},
        {"future-dos fires", id("future-dos"), true, [](ScrubClaim &c) { c.dateOfService = QDate(2026, 12, 24); }},
        {"future-dos quiet", id("future-dos"), false, none},
        {"timely-filing fires", id("timely-filing"), true, [](ScrubClaim &c) { c.timelyFilingDays = 20; }},
        {"timely-filing quiet", id("timely-filing"), false, none},
        {"sex-conflict fires (maternity, male)", id("sex-conflict"), true, [](ScrubClaim &c) { c.patientSex = QStringLiteral("M"); c.diagnoses.append(QStringLiteral("O800")); }},
        {"sex-conflict fires (prostate, female)", id("sex-conflict"), true, [](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("N400")); }},
        {"sex-conflict quiet", id("sex-conflict"), false, [](ScrubClaim &c) { c.patientSex = QStringLiteral("M"); c.diagnoses.append(QStringLiteral("N400")); }},
        {"age-conflict fires (maternity at 66)", id("age-conflict"), true, [](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("O800")); }},
        {"age-conflict fires (newborn code at 30 days)", id("age-conflict"), true, [](ScrubClaim &c) { c.patientBirthDate = c.dateOfService.addDays(-30); c.diagnoses.append(QStringLiteral("P071")); }},
        {"age-conflict quiet (newborn code at 10 days)", id("age-conflict"), false, [](ScrubClaim &c) { c.patientBirthDate = c.dateOfService.addDays(-10); c.diagnoses.append(QStringLiteral("P071")); }},
        {"manifestation-first fires", id("manifestation-first"), true, [](ScrubClaim &c) { c.diagnoses.prepend(QStringLiteral("G63")); c.lines[0].pointers = {2}; c.lines[1].pointers = {2}; }},
        {"manifestation-first quiet", id("manifestation-first"), false, [](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("G63")); }},
        {"modifier-25-missing fires", id("modifier-25-missing"), true, [](ScrubClaim &c) { c.diagnoses = {QStringLiteral("M1711")}; c.lines[1].code = QStringLiteral("20610"); }},
        {"modifier-25-missing quiet", id("modifier-25-missing"), false, [](ScrubClaim &c) { c.diagnoses = {QStringLiteral("M1711")}; c.lines[1].code = QStringLiteral("20610"); c.lines[0].modifiers = {QStringLiteral("25")}; }},
        {"dx-not-supporting fires (mammogram)", id("dx-not-supporting"), true, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("77067"); }},
        {"dx-not-supporting quiet (mammogram)", id("dx-not-supporting"), false, [](ScrubClaim &c) { c.diagnoses.append(QStringLiteral("Z1231")); c.lines[1].code = QStringLiteral("77067"); c.lines[1].pointers = {2}; }},

        // ncci-ptp: column 1 / column 2 on the same date, by modifier indicator.
        {"ncci-ptp fires (indicator 0)", id("ncci-ptp"), true, [](ScrubClaim &c) { setLines(c, line(1, "20611"), line(2, "20610")); }},
        {"ncci-ptp fires (indicator 0 despite 59)", id("ncci-ptp"), true, [](ScrubClaim &c) { setLines(c, line(1, "20611"), line(2, "20610", {QStringLiteral("59")})); }},
        {"ncci-ptp fires (indicator 1, no modifier)", id("ncci-ptp"), true, [](ScrubClaim &c) { setLines(c, line(1, "29881"), line(2, "20610")); }},
        {"ncci-ptp fires (indicator 1, 76 is no PTP modifier)", id("ncci-ptp"), true, [](ScrubClaim &c) { setLines(c, line(1, "29881"), line(2, "20610", {QStringLiteral("76")})); }},
        {"ncci-ptp fires (E/M into injection, no 25)", id("ncci-ptp"), true, [](ScrubClaim &c) { setLines(c, line(1, "99213"), line(2, "20610")); }},
        {"ncci-ptp quiet (indicator 9)", id("ncci-ptp"), false, [](ScrubClaim &c) { c.lines[0].code = QStringLiteral("80053"); }},
        {"ncci-ptp quiet (edit deleted before the date)", id("ncci-ptp"), false, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("36415"); }},
        {"ncci-ptp quiet (edit not yet in force)", id("ncci-ptp"), false, [](ScrubClaim &c) { c.lines[0].code = QStringLiteral("36415"); }},
        {"ncci-ptp quiet (different dates)", id("ncci-ptp"), false, [](ScrubClaim &c) { setLines(c, line(1, "20611"), line(2, "20610", {}, 1, kDos.addDays(1))); }},
        {"ncci-ptp quiet (no edit for the pair)", id("ncci-ptp"), false, none},

        // mue-units: indicator 1 per line, 2 and 3 per day; the release in force on the date.
        {"mue-units fires (indicator 1, units on a line)", id("mue-units"), true, [](ScrubClaim &c) { setLines(c, line(1, "99213", {QStringLiteral("25")}), line(2, "20610", {}, 3)); }},
        {"mue-units fires (indicator 3, units of the day)", id("mue-units"), true, [](ScrubClaim &c) { c.lines[1].units = 2; c.lines.append(line(3, "82947", {QStringLiteral("91")})); }},
        {"mue-units fires (indicator 2)", id("mue-units"), true, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("36415"); c.lines[1].units = 2; }},
        {"mue-units fires (older release on an earlier date)", id("mue-units"), true, [](ScrubClaim &c) { c.dateOfService = QDate(2026, 1, 15); for (ScrubLine &l : c.lines) l.serviceDate = c.dateOfService; c.lines[1].units = 2; }},
        {"mue-units quiet (at the limit)", id("mue-units"), false, [](ScrubClaim &c) { c.lines[1].units = 2; }},
        {"mue-units quiet (indicator 1, each line within)", id("mue-units"), false, [](ScrubClaim &c) { setLines(c, line(1, "20610", {QStringLiteral("RT")}, 2), line(2, "20610", {QStringLiteral("LT")}, 2)); }},
        {"mue-units quiet (indicator 3, day total at the limit)", id("mue-units"), false, [](ScrubClaim &c) { c.lines.append(line(3, "82947", {QStringLiteral("91")})); }},
        {"mue-units quiet (indicator 3, units on different days)", id("mue-units"), false, [](ScrubClaim &c) { c.lines[1].units = 2; c.lines.append(line(3, "82947", {}, 2, kDos.addDays(1))); }},

        // modifier-invalid: modifiers that cannot be right.
        {"modifier-invalid fires (not a modifier)", id("modifier-invalid"), true, [](ScrubClaim &c) { c.lines[1].modifiers = {QStringLiteral("5")}; }},
        {"modifier-invalid fires (lower case)", id("modifier-invalid"), true, [](ScrubClaim &c) { c.lines[1].modifiers = {QStringLiteral("qw")}; }},
        {"modifier-invalid fires (unknown modifier)", id("modifier-invalid"), true, [](ScrubClaim &c) { c.lines[1].modifiers = {QStringLiteral("ZZ")}; }},
        {"modifier-invalid fires (25 on a lab test)", id("modifier-invalid"), true, [](ScrubClaim &c) { c.lines[1].modifiers = {QStringLiteral("25")}; }},
        {"modifier-invalid fires (LT with RT)", id("modifier-invalid"), true, [](ScrubClaim &c) { setLines(c, line(1, "99213", {QStringLiteral("25")}), line(2, "20610", {QStringLiteral("LT"), QStringLiteral("RT")})); }},
        {"modifier-invalid fires (26 with TC)", id("modifier-invalid"), true, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("73721"); c.lines[1].modifiers = {QStringLiteral("26"), QStringLiteral("TC")}; }},
        {"modifier-invalid fires (59 with XS)", id("modifier-invalid"), true, [](ScrubClaim &c) { setLines(c, line(1, "99213", {QStringLiteral("25")}), line(2, "20610", {QStringLiteral("59"), QStringLiteral("XS")})); }},
        {"modifier-invalid fires (the same modifier twice)", id("modifier-invalid"), true, [](ScrubClaim &c) { setLines(c, line(1, "99213", {QStringLiteral("25")}), line(2, "20610", {QStringLiteral("RT"), QStringLiteral("RT")})); }},
        {"modifier-invalid fires (five modifiers)", id("modifier-invalid"), true, [](ScrubClaim &c) { c.lines[1].modifiers = {QStringLiteral("91"), QStringLiteral("QW"), QStringLiteral("GA"), QStringLiteral("KX"), QStringLiteral("GY")}; }},
        {"modifier-invalid quiet (25 on the visit, 91 on the lab)", id("modifier-invalid"), false, [](ScrubClaim &c) { c.lines[0].modifiers = {QStringLiteral("25")}; c.lines[1].modifiers = {QStringLiteral("91")}; }},
        {"modifier-invalid quiet (25 on an eye visit)", id("modifier-invalid"), false, [](ScrubClaim &c) { c.lines[0].code = QStringLiteral("92012"); c.lines[0].modifiers = {QStringLiteral("25")}; }},
        {"modifier-invalid quiet (RT and XS)", id("modifier-invalid"), false, [](ScrubClaim &c) { setLines(c, line(1, "99213", {QStringLiteral("25")}), line(2, "20610", {QStringLiteral("RT"), QStringLiteral("XS")})); }},

        // auth-missing: Acme requires authorization for 7372x.
        {"auth-missing fires (none on file)", id("auth-missing"), true, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 9; c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing fires (expired)", id("auth-missing"), true, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 8; c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing fires (expired number on the claim)", id("auth-missing"), true, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 8; c.priorAuthorization = QStringLiteral("A-8-OLD"); c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing fires (authorization for another code)", id("auth-missing"), true, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 10; c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing quiet (valid authorization)", id("auth-missing"), false, [](ScrubClaim &c) { c.payerId = kAcme; c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing quiet (its number on the claim)", id("auth-missing"), false, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 10; c.priorAuthorization = QStringLiteral("A-10-OTHER"); c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing quiet (any payer, any code)", id("auth-missing"), false, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 11; c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing fires (patient not on file, no number)", id("auth-missing"), true, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 0; c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing quiet (patient not on file, number on the claim)", id("auth-missing"), false, [](ScrubClaim &c) { c.payerId = kAcme; c.patientId = 0; c.priorAuthorization = QStringLiteral("X123"); c.lines[1].code = QStringLiteral("73721"); }},
        {"auth-missing quiet (payer without the rule)", id("auth-missing"), false, [](ScrubClaim &c) { c.patientId = 9; c.lines[1].code = QStringLiteral("73721"); }},

        // payer-rule: a line rule (82947 in the office without QW) and a claim rule (children).
        {"payer-rule fires (line rule)", id("payer-rule"), true, [](ScrubClaim &c) { c.payerId = kAcme; }},
        {"payer-rule fires (claim rule, a child)", id("payer-rule"), true, [](ScrubClaim &c) { c.patientBirthDate = QDate(2018, 3, 1); }},
        {"payer-rule quiet (QW present)", id("payer-rule"), false, [](ScrubClaim &c) { c.payerId = kAcme; c.lines[1].modifiers = {QStringLiteral("QW")}; }},
        {"payer-rule quiet (other place of service)", id("payer-rule"), false, [](ScrubClaim &c) { c.payerId = kAcme; c.placeOfService = QStringLiteral("22"); }},
        {"payer-rule quiet (inactive rule)", id("payer-rule"), false, none},
        {"payer-rule quiet (age rule, no birth date)", id("payer-rule"), false, [](ScrubClaim &c) { c.patientBirthDate = QDate(); }},

        // duplicate-claim: patient 7 has 80061 and 20610-RT-59 on claim PCN0 on the same day.
        {"duplicate-claim fires (billed on another claim)", id("duplicate-claim"), true, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("80061"); }},
        {"duplicate-claim fires (same modifiers, other order)", id("duplicate-claim"), true, [](ScrubClaim &c) { setLines(c, line(1, "99213", {QStringLiteral("25")}), line(2, "20610", {QStringLiteral("59"), QStringLiteral("RT")})); }},
        {"duplicate-claim fires (twice on this claim)", id("duplicate-claim"), true, [](ScrubClaim &c) { c.lines.append(c.lines[1]); c.lines[2].lineNo = 3; }},
        {"duplicate-claim quiet (repeat marked 91)", id("duplicate-claim"), false, [](ScrubClaim &c) { c.lines.append(line(3, "82947", {QStringLiteral("91")})); }},
        {"duplicate-claim quiet (other modifiers)", id("duplicate-claim"), false, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("80061"); c.lines[1].modifiers = {QStringLiteral("91")}; }},
        {"duplicate-claim quiet (billed to another payer: a secondary claim)", id("duplicate-claim"), false, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("80061"); c.payerId = kAcme; }},
        {"duplicate-claim quiet (the claim it replaces)", id("duplicate-claim"), false, [](ScrubClaim &c) { c.lines[1].code = QStringLiteral("80061"); c.replacesClaimId = QStringLiteral("PCN0"); }},
        {"duplicate-claim quiet (its own claim, another day)", id("duplicate-claim"), false, none},
        {"duplicate-claim quiet (patient not on file)", id("duplicate-claim"), false, [](ScrubClaim &c) { c.patientId = 0; c.lines[1].code = QStringLiteral("80061"); }},
    };
    return rows;
}

bool hasFinding(const QList<Finding> &findings, const QString &rule,
                std::optional<Finding::Severity> severity = std::nullopt)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.rule == rule && (!severity || f.severity == *severity);
    });
}

QString describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1 line %2: %3").arg(f.rule).arg(f.line).arg(f.message));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_EditEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void everyRuleIdHasRows();
    void ptpModifierBypass_data();
    void ptpModifierBypass();
    void ptpModifierSet();
    void mueDayTotalOnce();
    void payerRuleScope();
    void authorizationMessages();
    void duplicateNamesTheClaim();
    void payerRuleCodes();
    void withoutData();
    void codingScope();
    void classicGlucoseCases();
    void packParsing();
    void modifierList();

private:
    EditData m_data;
    std::unique_ptr<EditEngine> m_engine;
};

void tst_EditEngine::initTestCase()
{
    auto pack = MedicalNecessityPack::shipped();
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().userMessage));
    m_data = testData();
    m_engine = std::make_unique<EditEngine>(lookup, pack.value(), &m_data);
}

void tst_EditEngine::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<Change>("change");
    for (const RuleRow &row : ruleRows())
        QTest::newRow(row.name) << row.rule << row.fires << row.change;
}

void tst_EditEngine::rules()
{
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(Change, change);
    ScrubClaim c = baseClaim();
    change(c);
    const QList<Finding> findings = m_engine->scrub(c, kToday);
    QVERIFY2(hasFinding(findings, rule) == fires, qPrintable(describe(findings)));
    for (const Finding &f : findings) {
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty() && !f.source.isEmpty(),
                 qPrintable(f.rule));
        QVERIFY2(kRuleIds.contains(f.rule), qPrintable(f.rule));
    }
}

void tst_EditEngine::everyRuleIdHasRows()
{
    // The ids of DESIGN.md §5, read from the design when it is at hand, must be ours.
    QFile design(QStringLiteral(CC_SHARED_DIR "/docs/DESIGN.md"));
    if (design.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(design.readAll());
        const qsizetype from = text.indexOf(QLatin1String("Rule ids, fixed:"));
        QVERIFY(from >= 0);
        const qsizetype to = text.indexOf(QLatin1String("\n\n"), from);
        QSet<QString> ids;
        static const QRegularExpression code(QStringLiteral("`([a-z0-9-]+)`"));
        for (const auto &m : code.globalMatch(text.mid(from, to - from)))
            ids.insert(m.captured(1));
        QCOMPARE(ids, QSet<QString>(kRuleIds.cbegin(), kRuleIds.cend()));
    }
    QCOMPARE(kRuleIds.size(), 20);
    const QList<RuleRow> rows = ruleRows();
    for (const QString &rule : kRuleIds) {
        const bool fires = std::any_of(rows.cbegin(), rows.cend(), [&](const RuleRow &r) {
            return r.rule == rule && r.fires;
        });
        const bool quiet = std::any_of(rows.cbegin(), rows.cend(), [&](const RuleRow &r) {
            return r.rule == rule && !r.fires;
        });
        QVERIFY2(fires, qPrintable(rule + QStringLiteral(": no row where it fires")));
        QVERIFY2(quiet, qPrintable(rule + QStringLiteral(": no row where it stays quiet")));
    }
    for (const RuleRow &r : rows)
        QVERIFY2(kRuleIds.contains(r.rule), r.name);
}

void tst_EditEngine::ptpModifierBypass_data()
{
    QTest::addColumn<QString>("column1");
    QTest::addColumn<QString>("column2");
    QTest::addColumn<QStringList>("modifiers");
    QTest::addColumn<bool>("error");

    const QString ind0 = QStringLiteral("20611"), ind1 = QStringLiteral("29881");
    const QString injection = QStringLiteral("20610");
    QTest::newRow("indicator 1, 59 bypasses") << ind1 << injection << QStringList{QStringLiteral("59")} << false;
    QTest::newRow("indicator 1, XS bypasses") << ind1 << injection << QStringList{QStringLiteral("XS")} << false;
    QTest::newRow("indicator 1, RT alone bypasses") << ind1 << injection << QStringList{QStringLiteral("RT")} << false;
    QTest::newRow("indicator 1, no modifier") << ind1 << injection << QStringList() << true;
    QTest::newRow("indicator 1, 76 does not bypass") << ind1 << injection << QStringList{QStringLiteral("76")} << true;
    QTest::newRow("indicator 1, 25 on the E/M bypasses") << injection << QStringLiteral("99213") << QStringList{QStringLiteral("25")} << false;
    QTest::newRow("indicator 0, 25 does not bypass") << ind0 << injection << QStringList{QStringLiteral("25")} << true;
    QTest::newRow("indicator 0, 59 does not bypass") << ind0 << injection << QStringList{QStringLiteral("59")} << true;
    QTest::newRow("indicator 0, XS does not bypass") << ind0 << injection << QStringList{QStringLiteral("XS")} << true;
}

void tst_EditEngine::ptpModifierBypass()
{
    QFETCH(QString, column1);
    QFETCH(QString, column2);
    QFETCH(QStringList, modifiers);
    QFETCH(bool, error);
    ScrubClaim c = baseClaim();
    c.diagnoses = {QStringLiteral("M1711")};
    c.lines = {{1, column1, {}, 1, {1}, 50000, kDos}, {2, column2, modifiers, 1, {1}, 9000, kDos}};
    const QList<Finding> findings = m_engine->scrubCoding(c);
    QList<Finding> ptp;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(ptp),
                 [](const Finding &f) { return f.rule == QLatin1String("ncci-ptp"); });
    QCOMPARE(ptp.size(), 1);
    const Finding &f = ptp.first();
    QCOMPARE(f.isError(), error);
    QCOMPARE(f.line, 2);
    QCOMPARE(f.codes, (QStringList{column1, column2}));
    QCOMPARE(f.source, QStringLiteral("NCCI PTP v322r0"));
    QVERIFY(f.message.contains(QStringLiteral("bundled")));
    QVERIFY(f.message.contains(QStringLiteral("on 2026-11-02")));
    if (column1 == QLatin1String("20611")) {
        QVERIFY(f.message.contains(QStringLiteral("Misuse of column two code")));
        QVERIFY(f.fix.contains(QStringLiteral("cannot be bypassed")));
    } else if (error) {
        QVERIFY(f.fix.contains(QStringLiteral("XS")) && f.fix.contains(QStringLiteral("59")));
    } else {
        QVERIFY(f.message.contains(modifiers.first()));
    }
}

void tst_EditEngine::ptpModifierSet()
{
    const char *bypass[] = {"59", "XE", "XS", "XP", "XU", "24", "25", "57", "58", "78", "79",
                            "27", "91", "E1", "E2", "E3", "E4", "FA", "F1", "F5", "F9", "TA",
                            "T1", "T9", "LT", "RT", "LC", "LD", "RC", "LM", "RI"};
    for (const char *m : bypass)
        QVERIFY2(EditEngine::isPtpModifier(QString::fromLatin1(m)), m);
    const char *others[] = {"76", "77", "26", "TC", "GA", "QW", "50", "51", "E5", "F0", "T0",
                            "X", "", "590", "xs", "LL"};
    for (const char *m : others)
        QVERIFY2(!EditEngine::isPtpModifier(QString::fromLatin1(m)), m);
}

void tst_EditEngine::mueDayTotalOnce()
{
    ScrubClaim c = baseClaim();
    c.lines[1].units = 2;
    c.lines.append(line(3, "82947", {QStringLiteral("91")}));
    c.lines.append(line(4, "82947", {QStringLiteral("91")}, 1, kDos.addDays(1)));
    const QList<Finding> findings = m_engine->scrub(c, kToday);
    QList<Finding> mue;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(mue),
                 [](const Finding &f) { return f.rule == QLatin1String("mue-units"); });
    QCOMPARE(mue.size(), 1);
    QCOMPARE(mue.first().line, 2);
    QVERIFY(mue.first().isError());
    QVERIFY2(mue.first().message.contains(QStringLiteral("3 units")), qPrintable(mue.first().message));
    QVERIFY(mue.first().message.contains(QStringLiteral("allows 2 per day")));
    QVERIFY(mue.first().message.contains(QStringLiteral("indicator 3")));
    QCOMPARE(mue.first().source, QStringLiteral("CMS MUE 2026-10-01"));
}

void tst_EditEngine::payerRuleScope()
{
    // A line rule speaks to its line; a claim rule speaks once, to the claim (line 0).
    ScrubClaim c = baseClaim();
    c.payerId = kAcme;
    c.patientBirthDate = QDate(2018, 3, 1);
    c.lines.append(line(3, "99213", {QStringLiteral("25")}));
    const QList<Finding> findings = m_engine->scrub(c, kToday);
    QList<Finding> rules;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(rules),
                 [](const Finding &f) { return f.rule == QLatin1String("payer-rule"); });
    QCOMPARE(rules.size(), 2);
    const auto glucose = std::find_if(rules.cbegin(), rules.cend(),
                                      [](const Finding &f) { return f.line == 2; });
    QVERIFY(glucose != rules.cend());
    QCOMPARE(glucose->severity, Finding::Severity::Warning);
    QCOMPARE(glucose->codes, QStringList{QStringLiteral("82947")});
    QCOMPARE(glucose->source,
             QStringLiteral("Payer rule: Office glucose test needs QW (Acme Health)"));
    const auto child = std::find_if(rules.cbegin(), rules.cend(),
                                    [](const Finding &f) { return f.line == 0; });
    QVERIFY(child != rules.cend());
    QVERIFY(child->codes.isEmpty());
    QVERIFY(child->message.contains(QStringLiteral("pediatric")));
}

void tst_EditEngine::authorizationMessages()
{
    ScrubClaim c = baseClaim();
    c.payerId = kAcme;
    c.patientId = 8;
    c.lines[1].code = QStringLiteral("73721");
    const QList<Finding> findings = m_engine->scrub(c, kToday);
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("auth-missing");
    });
    QVERIFY(it != findings.cend());
    QVERIFY(it->isError());
    QCOMPARE(it->line, 2);
    QVERIFY2(it->message.contains(QStringLiteral("A-8-OLD"))
                     && it->message.contains(QStringLiteral("2026-06-30")),
             qPrintable(it->message));
    QVERIFY(it->fix.contains(QStringLiteral("A-8-OLD")));
    QCOMPARE(it->source,
             QStringLiteral("Payer rule: Knee MRI needs prior authorization (Acme Health)"));

    c.patientId = 9;
    const QList<Finding> none = m_engine->scrub(c, kToday);
    const auto missing = std::find_if(none.cbegin(), none.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("auth-missing");
    });
    QVERIFY(missing != none.cend());
    QVERIFY(missing->message.contains(QStringLiteral("requires prior authorization")));
    QVERIFY(missing->fix.contains(QStringLiteral("Obtain the authorization")));
}

void tst_EditEngine::duplicateNamesTheClaim()
{
    ScrubClaim c = baseClaim();
    c.lines[1].code = QStringLiteral("80053");
    const QList<Finding> findings = m_engine->scrub(c, kToday);
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("duplicate-claim");
    });
    QVERIFY(it != findings.cend());
    QCOMPARE(it->line, 2);
    QVERIFY2(it->message.contains(QStringLiteral("on claims PCN0, PCN3")), qPrintable(it->message));
    QVERIFY(it->fix.contains(QStringLiteral("corrects claim PCN0")));
    QVERIFY(it->fix.contains(QStringLiteral("frequency 7")));
    QCOMPARE(std::count_if(findings.cbegin(), findings.cend(),
                           [](const Finding &f) { return f.rule == QLatin1String("duplicate-claim"); }),
             1);
}

void tst_EditEngine::payerRuleCodes()
{
    // The engine matches rule codes as PayerRule::matchesCode does: exact, prefix*, range.
    auto pack = MedicalNecessityPack::shipped();
    QVERIFY(pack.ok());
    const char *entries[] = {"99213", "992*", "97110-97140", "G04*", "J3301", "7372*", "A-Z1"};
    const char *codes[] = {"99213", "99214", "9921", "97110", "97140", "97141", "97125", "971100",
                           "G0439", "J3301", "73721", "7372", "80061", "B"};
    for (const char *entry : entries) {
        EditData data;
        PayerRule rule;
        rule.name = QStringLiteral("rule");
        rule.codes = {id(entry)};
        rule.message = QStringLiteral("m");
        rule.fix = QStringLiteral("f");
        data.payerRules = {rule};
        const EditEngine engine(lookup, pack.value(), &data);
        for (const char *code : codes) {
            ScrubClaim c = baseClaim();
            c.lines = {line(1, code)};
            const bool fired = hasFinding(engine.scrubCoding(c), id("payer-rule"));
            QVERIFY2(fired == rule.matchesCode(id(code)),
                     qPrintable(QStringLiteral("%1 ~ %2").arg(id(entry), id(code))));
        }
    }
}

void tst_EditEngine::withoutData()
{
    // No EditData: PTP, MUE, payer rules, authorizations and billing history stay silent;
    // a line repeated within the claim is still a duplicate.
    auto pack = MedicalNecessityPack::shipped();
    QVERIFY(pack.ok());
    const EditEngine engine(lookup, pack.value());
    ScrubClaim c = baseClaim();
    c.payerId = kAcme;
    c.patientId = 9;
    setLines(c, line(1, "20611"), line(2, "20610", {}, 3));
    c.lines.append(line(3, "73721"));
    c.lines.append(line(4, "80061"));
    c.lines.append(line(5, "80061"));
    const QList<Finding> findings = engine.scrub(c, kToday);
    for (const char *rule : {"ncci-ptp", "mue-units", "auth-missing", "payer-rule"})
        QVERIFY2(!hasFinding(findings, id(rule)), rule);
    QVERIFY(hasFinding(findings, id("duplicate-claim")));
}

void tst_EditEngine::codingScope()
{
    ScrubClaim c = baseClaim();
    c.payerId = kAcme;
    c.patientId = 9;
    c.memberId.clear();
    c.dateOfService = QDate(2026, 12, 24);
    setLines(c, line(1, "20611"), line(2, "20610", {QStringLiteral("LT"), QStringLiteral("RT")}, 3));
    for (ScrubLine &l : c.lines)
        l.serviceDate = c.dateOfService;
    c.lines.append(line(3, "73721", {}, 1, c.dateOfService));
    c.lines.append(line(4, "73721", {}, 1, c.dateOfService));
    const QList<Finding> findings = m_engine->scrubCoding(c);
    for (const char *rule : {"ncci-ptp", "mue-units", "modifier-invalid", "auth-missing"})
        QVERIFY2(hasFinding(findings, id(rule)), rule);
    for (const char *rule : {"duplicate-claim", "missing-data", "future-dos", "timely-filing"})
        QVERIFY2(!hasFinding(findings, id(rule)), rule);
    const QList<Finding> all = m_engine->scrub(c, kToday);
    for (const char *rule : {"duplicate-claim", "missing-data", "future-dos"})
        QVERIFY2(hasFinding(all, id(rule)), rule);
}

void tst_EditEngine::classicGlucoseCases()
{
    ScrubClaim diabetes = baseClaim();
    const auto ok = m_engine->scrub(diabetes, kToday);
    QVERIFY2(ok.isEmpty(), qPrintable(describe(ok)));

    ScrubClaim sprain = baseClaim();
    sprain.diagnoses = {QStringLiteral("S93401A")};
    const auto findings = m_engine->scrub(sprain, kToday);
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

void tst_EditEngine::modifierList()
{
    QVERIFY(!ModifierList::fromJson("{modifiers").ok());
    QVERIFY(!ModifierList::fromJson("{\"modifiers\": []}").ok());
    QVERIFY(!ModifierList::fromJson("{\"modifiers\": [{\"code\": \"5\"}]}").ok());
    auto list = ModifierList::shipped();
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().userMessage));
    QVERIFY(!list->source().isEmpty());
    QVERIFY(!list->version().isEmpty());
    QVERIFY(list->size() >= 100);
    for (const char *m : {"25", "26", "50", "59", "76", "91", "95", "TC", "QW", "KX", "GA", "JW"})
        QVERIFY2(list->contains(QString::fromLatin1(m)), m);
    // Every PTP-associated modifier is a known one (the two lists must not drift apart).
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (const QChar a : alphabet) {
        for (const QChar b : alphabet) {
            const QString m = QString(a) + b;
            if (EditEngine::isPtpModifier(m))
                QVERIFY2(list->contains(m), qPrintable(m));
        }
    }
    QVERIFY(!list->contains(QStringLiteral("ZZ")));
}

QTEST_GUILESS_MAIN(tst_EditEngine)
#include "tst_editengine.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "editengine.h"
#include "domain/codeentry.h"
#include "domain/npi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {

const QString kCodeSetRules = QStringLiteral("CleanClaim claim rules (CMS-1500 / 837P 5010)");
const QString kDemographicSource
        = QStringLiteral("CMS Medicare Code Editor categories (maternity, newborn, sex-specific)");
const QString kModifierSource = QStringLiteral("CMS NCCI Policy Manual, ch. I §D (modifier 25)");

QString dotted(const QString &code)
{
    return displayCode(CodeKind::Icd10Cm, code);
}

bool inCategoryRange(const QString &code, const QString &from, const QString &to)
{
    const QString category = code.left(3);
    return category >= from.left(3) && category <= to.left(3);
}

/// Maternity codes (O00–O9A) and the ages they fit (MCE: 9 to 64).
bool isMaternity(const QString &code)
{
    return code.startsWith(QLatin1Char('O'));
}

bool isNewborn(const QString &code)
{
    return code.startsWith(QLatin1Char('P')) && code.mid(1, 2).toInt() <= 96;
}

/// Codes for one sex only (MCE sex edits), the starter list.
bool isMaleOnly(const QString &code)
{
    static const QStringList prefixes = {QStringLiteral("N40"), QStringLiteral("N41"),
                                         QStringLiteral("N42"), QStringLiteral("N43"),
                                         QStringLiteral("N44"), QStringLiteral("N45"),
                                         QStringLiteral("N46"), QStringLiteral("N47"),
                                         QStringLiteral("N48"), QStringLiteral("N49"),
                                         QStringLiteral("N50"), QStringLiteral("N51"),
                                         QStringLiteral("C61"), QStringLiteral("C62"),
                                         QStringLiteral("Z125")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &p) { return code.startsWith(p); });
}

bool isFemaleOnly(const QString &code)
{
    static const QStringList prefixes = {QStringLiteral("N70"), QStringLiteral("N71"),
                                         QStringLiteral("N72"), QStringLiteral("N73"),
                                         QStringLiteral("N80"), QStringLiteral("N81"),
                                         QStringLiteral("N83"), QStringLiteral("N85"),
                                         QStringLiteral("N86"), QStringLiteral("N87"),
                                         QStringLiteral("N88"), QStringLiteral("N89"),
                                         QStringLiteral("N90"), QStringLiteral("N91"),
                                         QStringLiteral("N92"), QStringLiteral("N93"),
                                         QStringLiteral("N94"), QStringLiteral("N95"),
                                         QStringLiteral("C53"), QStringLiteral("C54"),
                                         QStringLiteral("C56"), QStringLiteral("Z124"),
                                         QStringLiteral("Z01419")};
    return isMaternity(code)
            || std::any_of(prefixes.cbegin(), prefixes.cend(),
                           [&](const QString &p) { return code.startsWith(p); });
}

int ageInYears(const QDate &birth, const QDate &on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

bool isEvaluationAndManagement(const QString &code)
{
    const int n = code.toInt();
    return code.size() == 5 && ((n >= 99202 && n <= 99205) || (n >= 99211 && n <= 99215));
}

/// Minor procedures that carry a global period of 0 or 10 days (starter list).
bool isMinorProcedure(const QString &code)
{
    static const QStringList codes = {
        QStringLiteral("11102"), QStringLiteral("11103"), QStringLiteral("11104"),
        QStringLiteral("11200"), QStringLiteral("11300"), QStringLiteral("11301"),
        QStringLiteral("17000"), QStringLiteral("17003"), QStringLiteral("17110"),
        QStringLiteral("20550"), QStringLiteral("20552"), QStringLiteral("20600"),
        QStringLiteral("20605"), QStringLiteral("20610"), QStringLiteral("69210"),
        QStringLiteral("10060"), QStringLiteral("12001"), QStringLiteral("12002"),
    };
    return codes.contains(code);
}

Finding finding(const QString &rule, Finding::Severity severity, int line, QStringList codes,
                const QString &message, const QString &fix, const QString &source)
{
    return Finding{rule, severity, line, std::move(codes), message, fix, source};
}

} // namespace

// --- MedicalNecessityPack ---------------------------------------------------------------

Result<MedicalNecessityPack> MedicalNecessityPack::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(EditEngine::tr("The medical-necessity rule pack is not valid JSON: "
                                             "%1.")
                                      .arg(error.errorString()));
    const QJsonObject root = doc.object();
    MedicalNecessityPack pack;
    pack.m_source = root.value(QLatin1String("source")).toString();
    pack.m_version = root.value(QLatin1String("version")).toString();
    for (const QJsonValue &v : root.value(QLatin1String("services")).toArray()) {
        const QJsonObject o = v.toObject();
        Rule r;
        r.name = o.value(QLatin1String("name")).toString();
        r.source = o.value(QLatin1String("source")).toString();
        for (const QJsonValue &c : o.value(QLatin1String("codes")).toArray())
            r.codes.append(normalizedCode(c.toString()));
        for (const QJsonValue &d : o.value(QLatin1String("diagnoses")).toArray()) {
            const QString entry = d.toString();
            const qsizetype dash = entry.indexOf(QLatin1Char('-'));
            r.diagnoses.append(dash < 0 ? normalizedCode(entry)
                                        : normalizedCode(entry.left(dash)) + QLatin1Char('-')
                                                  + normalizedCode(entry.mid(dash + 1)));
        }
        if (r.codes.isEmpty() || r.diagnoses.isEmpty())
            return Error::invalid(EditEngine::tr("Every rule of the medical-necessity pack needs "
                                                 "service codes and diagnoses (rule \"%1\").")
                                          .arg(r.name));
        pack.m_rules.append(r);
    }
    return pack;
}

Result<MedicalNecessityPack> MedicalNecessityPack::shipped()
{
    QFile f(QStringLiteral(":/rules/medical-necessity.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Other,
                           EditEngine::tr("The shipped medical-necessity rules are missing."),
                           f.errorString());
    return fromJson(f.readAll());
}

const MedicalNecessityPack::Rule *MedicalNecessityPack::ruleFor(const QString &serviceCode) const
{
    for (const Rule &r : m_rules) {
        if (r.codes.contains(serviceCode))
            return &r;
    }
    return nullptr;
}

bool MedicalNecessityPack::supports(const Rule &rule, const QString &diagnosis)
{
    for (const QString &entry : rule.diagnoses) {
        const qsizetype dash = entry.indexOf(QLatin1Char('-'));
        if (dash > 0) {
            if (inCategoryRange(diagnosis, entry.left(dash), entry.mid(dash + 1)))
                return true;
        } else if (diagnosis.startsWith(entry)) {
            return true;
        }
    }
    return false;
}

// --- EditEngine -----------------------------------------------------------------------------

EditEngine::EditEngine(CodeLookup lookup, MedicalNecessityPack pack)
    : m_lookup(std::move(lookup)), m_pack(std::move(pack))
{
}

QList<Finding> EditEngine::scrub(const ScrubClaim &claim, const QDate &today) const
{
    QList<Finding> out;
    structureRules(claim, today, out);
    codeRules(claim, out);
    demographicRules(claim, out);
    necessityRules(claim, out);
    modifierRules(claim, out);
    return out;
}

QList<Finding> EditEngine::scrubCoding(const ScrubClaim &claim) const
{
    QList<Finding> out;
    codeRules(claim, out);
    demographicRules(claim, out);
    necessityRules(claim, out);
    modifierRules(claim, out);
    return out;
}

void EditEngine::structureRules(const ScrubClaim &c, const QDate &today,
                                QList<Finding> &out) const
{
    auto missing = [&](const QString &what) {
        out.append(finding(QStringLiteral("missing-data"), Finding::Severity::Error, 0, {},
                           tr("The claim has no %1, which the 837P requires.").arg(what),
                           tr("Fill in the %1 before the claim is submitted.").arg(what),
                           kCodeSetRules));
    };
    if (!c.dateOfService.isValid())
        missing(tr("date of service"));
    if (c.memberId.trimmed().isEmpty())
        missing(tr("member id"));
    if (c.diagnoses.isEmpty())
        missing(tr("diagnosis"));
    if (c.lines.isEmpty())
        missing(tr("service line"));
    if (c.placeOfService.trimmed().isEmpty())
        missing(tr("place of service"));

    for (const auto &[npiValue, role] :
         {std::pair{c.billingNpi, tr("billing provider")},
          std::pair{c.renderingNpi, tr("rendering provider")}}) {
        if (npiValue.isEmpty()) {
            missing(tr("%1 NPI").arg(role));
        } else if (!npi::isValid(npiValue)) {
            out.append(finding(QStringLiteral("npi-invalid"), Finding::Severity::Error, 0,
                               {npiValue},
                               tr("The %1 NPI %2 fails the NPI check digit (Luhn with prefix "
                                  "80840): it is mistyped.")
                                       .arg(role, npiValue),
                               tr("Copy the NPI again from the NPPES registry."), kCodeSetRules));
        }
    }
    if (c.diagnoses.size() > kMaxDiagnoses) {
        out.append(finding(QStringLiteral("too-many-diagnoses"), Finding::Severity::Error, 0, {},
                           tr("The claim has %1 diagnoses; a professional claim holds 12.")
                                   .arg(c.diagnoses.size()),
                           tr("Keep the 12 that the services point to; split the claim if more "
                              "are needed."),
                           kCodeSetRules));
    }
    if (c.dateOfService.isValid() && c.dateOfService > today) {
        out.append(finding(QStringLiteral("future-dos"), Finding::Severity::Error, 0, {},
                           tr("The date of service %1 is in the future.")
                                   .arg(c.dateOfService.toString(Qt::ISODate)),
                           tr("Correct the date, or wait until the service is given."),
                           kCodeSetRules));
    }
    if (c.dateOfService.isValid() && c.timelyFilingDays > 0
        && c.dateOfService.daysTo(today) > c.timelyFilingDays) {
        out.append(finding(QStringLiteral("timely-filing"), Finding::Severity::Error, 0, {},
                           tr("%1 accepts claims up to %2 days after the date of service; this "
                              "one is %3 days old.")
                                   .arg(c.payerName)
                                   .arg(c.timelyFilingDays)
                                   .arg(c.dateOfService.daysTo(today)),
                           tr("Submit only with proof of timely filing (an earlier submission "
                              "or a payer delay); otherwise the charge is written off."),
                           tr("%1 timely-filing limit").arg(c.payerName)));
    }
    for (const ScrubLine &l : c.lines) {
        if (l.pointers.isEmpty() || l.pointers.size() > 4) {
            out.append(finding(QStringLiteral("pointer-invalid"), Finding::Severity::Error,
                               l.lineNo, {l.code},
                               tr("Line %1 (%2) has %3 diagnosis pointers; a line takes 1 to 4.")
                                       .arg(l.lineNo)
                                       .arg(l.code)
                                       .arg(l.pointers.size()),
                               tr("Point the line to the diagnoses that support it."),
                               kCodeSetRules));
            continue;
        }
        for (int p : l.pointers) {
            if (p < 1 || p > c.diagnoses.size()) {
                out.append(finding(QStringLiteral("pointer-invalid"), Finding::Severity::Error,
                                   l.lineNo, {l.code},
                                   tr("Line %1 (%2) points to diagnosis %3, which the claim "
                                      "does not have.")
                                           .arg(l.lineNo)
                                           .arg(l.code)
                                           .arg(p),
                                   tr("Point it to one of the claim's %n diagnosis(es).", nullptr,
                                      int(c.diagnoses.size())),
                                   kCodeSetRules));
                break;
            }
        }
    }
}

void EditEngine::codeRules(const ScrubClaim &c, QList<Finding> &out) const
{
    auto check = [&](const QString &code, bool diagnosis, int line) {
        const CodeInfo info = m_lookup(code, c.dateOfService, diagnosis);
        const QString shown = diagnosis ? dotted(code) : code;
        if (info.status == CodeInfo::Status::Unknown) {
            out.append(finding(QStringLiteral("code-invalid"), Finding::Severity::Error, line,
                               {shown},
                               info.why.isEmpty()
                                       ? tr("%1 is not a valid code on %2.")
                                                 .arg(shown, c.dateOfService.toString(Qt::ISODate))
                                       : info.why,
                               tr("Choose a code from the code set in force on the date of "
                                  "service."),
                               info.source));
        } else if (info.status == CodeInfo::Status::NotBillable) {
            out.append(finding(QStringLiteral("code-not-billable"), Finding::Severity::Error,
                               line, {shown},
                               tr("%1 (%2) is a category, not a billable code.")
                                       .arg(shown, info.description),
                               tr("Choose the billable code under it that the note supports."),
                               info.source));
        } else if (diagnosis
                   && info.description.contains(QLatin1String("unspecified"),
                                                Qt::CaseInsensitive)) {
            out.append(finding(QStringLiteral("unspecified-code"), Finding::Severity::Warning,
                               line, {shown},
                               tr("%1 (%2) is an unspecified code; payers may deny it when the "
                                  "record supports more detail.")
                                       .arg(shown, info.description),
                               tr("Code the detail the note documents, or query the provider."),
                               info.source));
        }
        return info;
    };
    for (int i = 0; i < c.diagnoses.size(); ++i) {
        const CodeInfo info = check(c.diagnoses.at(i), true, 0);
        if (i == 0 && info.status == CodeInfo::Status::Valid
            && info.description.contains(QLatin1String("in diseases classified elsewhere"),
                                         Qt::CaseInsensitive)) {
            out.append(finding(QStringLiteral("manifestation-first"), Finding::Severity::Error, 0,
                               {dotted(c.diagnoses.at(i))},
                               tr("%1 is a manifestation code and may not be the principal "
                                  "diagnosis.")
                                       .arg(dotted(c.diagnoses.at(i))),
                               tr("Put the underlying condition first and the manifestation "
                                  "after it."),
                               QStringLiteral("ICD-10-CM Official Guidelines I.A.13")));
        }
    }
    for (const ScrubLine &l : c.lines)
        check(l.code, false, l.lineNo);
}

void EditEngine::demographicRules(const ScrubClaim &c, QList<Finding> &out) const
{
    if (!c.patientBirthDate.isValid() || !c.dateOfService.isValid())
        return;
    const int age = ageInYears(c.patientBirthDate, c.dateOfService);
    const qint64 days = c.patientBirthDate.daysTo(c.dateOfService);
    for (const QString &code : c.diagnoses) {
        if (c.patientSex == QLatin1String("M") && isFemaleOnly(code)) {
            out.append(finding(QStringLiteral("sex-conflict"), Finding::Severity::Error, 0,
                               {dotted(code)},
                               tr("%1 applies to female patients only; this patient is recorded "
                                  "as male.")
                                       .arg(dotted(code)),
                               tr("Check the patient's sex in registration and the code."),
                               kDemographicSource));
        } else if (c.patientSex == QLatin1String("F") && isMaleOnly(code)) {
            out.append(finding(QStringLiteral("sex-conflict"), Finding::Severity::Error, 0,
                               {dotted(code)},
                               tr("%1 applies to male patients only; this patient is recorded "
                                  "as female.")
                                       .arg(dotted(code)),
                               tr("Check the patient's sex in registration and the code."),
                               kDemographicSource));
        }
        if (isMaternity(code) && (age < 9 || age > 64)) {
            out.append(finding(QStringLiteral("age-conflict"), Finding::Severity::Error, 0,
                               {dotted(code)},
                               tr("%1 is a maternity code, expected for ages 9 to 64; the "
                                  "patient is %2.")
                                       .arg(dotted(code))
                                       .arg(age),
                               tr("Check the code and the patient's date of birth."),
                               kDemographicSource));
        }
        if (isNewborn(code) && days > 28) {
            out.append(finding(QStringLiteral("age-conflict"), Finding::Severity::Warning, 0,
                               {dotted(code)},
                               tr("%1 is a perinatal code and the patient is past the first 28 "
                                  "days of life.")
                                       .arg(dotted(code)),
                               tr("Keep it only if the perinatal condition persists and is "
                                  "documented; otherwise code the current condition."),
                               kDemographicSource));
        }
    }
}

void EditEngine::necessityRules(const ScrubClaim &c, QList<Finding> &out) const
{
    for (const ScrubLine &l : c.lines) {
        const MedicalNecessityPack::Rule *rule = m_pack.ruleFor(l.code);
        if (!rule)
            continue;
        QStringList pointed;
        bool supported = false;
        for (int p : l.pointers) {
            if (p < 1 || p > c.diagnoses.size())
                continue;
            const QString dx = c.diagnoses.at(p - 1);
            pointed.append(dotted(dx));
            supported = supported || MedicalNecessityPack::supports(*rule, dx);
        }
        if (supported || pointed.isEmpty())
            continue;
        QStringList codes = {l.code};
        codes += pointed;
        out.append(finding(QStringLiteral("dx-not-supporting"), Finding::Severity::Error,
                           l.lineNo, codes,
                           tr("%1 (%2) is covered for specific diagnoses, and %3 is not one of "
                              "them, so the payer will deny it as not medically necessary.")
                                   .arg(rule->name, l.code,
                                        pointed.join(QStringLiteral(", "))),
                           tr("Point the line to a diagnosis the note documents as its reason, "
                              "or send the provider a query asking for the indication."),
                           tr("%1 (CleanClaim medical-necessity pack %2)")
                                   .arg(rule->source.isEmpty() ? m_pack.source() : rule->source,
                                        m_pack.version())));
    }
}

void EditEngine::modifierRules(const ScrubClaim &c, QList<Finding> &out) const
{
    bool minor = false;
    for (const ScrubLine &l : c.lines)
        minor = minor || isMinorProcedure(l.code);
    if (!minor)
        return;
    for (const ScrubLine &l : c.lines) {
        if (isEvaluationAndManagement(l.code) && !l.modifiers.contains(QStringLiteral("25"))) {
            out.append(finding(QStringLiteral("modifier-25-missing"), Finding::Severity::Warning,
                               l.lineNo, {l.code},
                               tr("The visit %1 is billed with a minor procedure on the same day "
                                  "without modifier 25, so it will be bundled into the "
                                  "procedure.")
                                       .arg(l.code),
                               tr("Add modifier 25 if the note documents a significant, "
                                  "separately identifiable evaluation; otherwise remove the "
                                  "visit."),
                               kModifierSource));
        }
    }
}

} // namespace cc

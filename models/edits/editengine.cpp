// SPDX-License-Identifier: GPL-3.0-or-later
#include "editengine.h"
#include "domain/codeentry.h"
#include "domain/npi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace cc {

namespace {

Q_LOGGING_CATEGORY(lcEdits, "cleanclaim.edits")

const QString kCodeSetRules = QStringLiteral("CleanClaim claim rules (CMS-1500 / 837P 5010)");
const QString kDemographicSource
        = QStringLiteral("CMS Medicare Code Editor categories (maternity, newborn, sex-specific)");
const QString kModifierSource = QStringLiteral("CMS NCCI Policy Manual, ch. I §D (modifier 25)");
const QString kModifierPolicySource
        = QStringLiteral("CMS NCCI Policy Manual, ch. I §E (modifiers) / CMS-1500 and 837P "
                         "instructions");
const QString kModifier59Source
        = QStringLiteral("CMS NCCI Policy Manual, ch. I §E; CMS \"Proper Use of Modifiers 59 & "
                         "-X{EPSU}\"");

QString dotted(const QString &code)
{
    return displayCode(CodeKind::Icd10Cm, code);
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
    // Every prefix starts with N, C or Z: most codes leave at the first letter.
    if (code.isEmpty() || (code.front() != u'N' && code.front() != u'C' && code.front() != u'Z'))
        return false;
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
    if (isMaternity(code))
        return true;
    if (code.isEmpty() || (code.front() != u'N' && code.front() != u'C' && code.front() != u'Z'))
        return false;
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &p) { return code.startsWith(p); });
}

/// True when @p text holds @p lowerNeedle (ASCII, lower case), ignoring ASCII case. Code titles
/// are ASCII; QString::contains(QLatin1String, Qt::CaseInsensitive) costs a conversion of the
/// needle and a case fold per character, and this runs for every diagnosis of every claim.
bool containsIgnoringCase(QStringView text, QLatin1String lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        qsizetype j = 0;
        for (; j < n; ++j) {
            char16_t ch = text[i + j].unicode();
            if (ch >= u'A' && ch <= u'Z')
                ch += u'a' - u'A';
            if (ch != lowerNeedle[j].unicode())
                break;
        }
        if (j == n)
            return true;
    }
    return false;
}

/// "YYYY-MM-DD", as QDate::toString(Qt::ISODate) writes it for years 1–9999, without its
/// printf: findings quote dates, and a run may make tens of thousands of findings.
QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10), u'-',
                               char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

/// An authorization's bound: its date, or "…" when it has none.
QString isoOrOpen(const QDate &date)
{
    return date.isValid() ? isoDate(date) : QStringLiteral("…");
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
    static const QSet<QString> codes = {
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

/// The line's own date of service, or the claim's when the line has none.
QDate serviceDate(const ScrubClaim &c, const ScrubLine &l)
{
    return l.serviceDate.isValid() ? l.serviceDate : c.dateOfService;
}

/// The code as a coder writes it with its modifiers: "20610-59-RT".
QString withModifiers(const ScrubLine &l)
{
    if (l.modifiers.isEmpty())
        return l.code;
    return l.code + QLatin1Char('-') + l.modifiers.join(QLatin1Char('-'));
}

/// Codes modifier 25 may go on: E/M services (99202–99499) and the ophthalmological visits
/// (92002–92014) that NCCI treats as E/M.
bool takesModifier25(const QString &code)
{
    if (code.size() != 5)
        return false;
    bool ok = false;
    const int n = code.toInt(&ok);
    return ok && ((n >= 99202 && n <= 99499) || (n >= 92002 && n <= 92014));
}

/// Two characters, each a digit or a capital letter (837P SV101-3..6).
bool hasModifierForm(const QString &modifier)
{
    if (modifier.size() != 2)
        return false;
    for (const QChar ch : modifier) {
        const char16_t u = ch.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z')))
            return false;
    }
    return true;
}

bool isXModifier(const QString &modifier)
{
    return modifier.size() == 2 && modifier.at(0) == QLatin1Char('X')
            && (modifier.at(1) == QLatin1Char('E') || modifier.at(1) == QLatin1Char('S')
                || modifier.at(1) == QLatin1Char('P') || modifier.at(1) == QLatin1Char('U'));
}

/// The same modifiers, in any order (a line rarely has more than two, so lists do).
bool sameModifierSet(const QStringList &a, const QStringList &b)
{
    for (const QString &m : a) {
        if (!b.contains(m))
            return false;
    }
    for (const QString &m : b) {
        if (!a.contains(m))
            return false;
    }
    return true;
}

bool sameService(const ScrubClaim &c, const ScrubLine &a, const ScrubLine &b)
{
    return a.code == b.code && serviceDate(c, a) == serviceDate(c, b)
            && sameModifierSet(a.modifiers, b.modifiers);
}

/// The conditions of a payer rule that do not depend on the line: payer, place of service,
/// sex, and age on @p date. An age bound cannot be checked without a birth date, and then the
/// rule does not apply (a rule never fires on what the claim does not say).
bool ruleMatchesClaim(const PayerRule &r, const ScrubClaim &c, const QDate &date)
{
    if (!r.active || (r.payerId != 0 && r.payerId != c.payerId))
        return false;
    if (!r.placeOfService.isEmpty() && r.placeOfService != c.placeOfService)
        return false;
    if (!r.sex.isEmpty() && r.sex != c.patientSex)
        return false;
    if (r.minAge >= 0 || r.maxAge >= 0) {
        if (!c.patientBirthDate.isValid() || !date.isValid())
            return false;
        const int age = ageInYears(c.patientBirthDate, date);
        if ((r.minAge >= 0 && age < r.minAge) || (r.maxAge >= 0 && age > r.maxAge))
            return false;
    }
    return true;
}

/// True when the rule names codes or modifiers, so it speaks to lines, not the whole claim.
bool hasLineConditions(const PayerRule &r)
{
    return !r.codes.isEmpty() || !r.modifiersPresent.isEmpty() || !r.modifiersAbsent.isEmpty();
}

/// PayerRule::matchesCode without a temporary string per entry: it runs for every line and
/// rule. tst_EditEngine::payerRuleCodes holds the two to the same answers.
bool matchesCode(const PayerRule &r, const QString &code)
{
    if (r.codes.isEmpty())
        return true;
    const QStringView view(code);
    for (const QString &text : r.codes) {
        const QStringView entry(text);
        if (entry.endsWith(u'*')) {
            if (view.startsWith(entry.chopped(1)))
                return true;
        } else if (const qsizetype dash = entry.indexOf(u'-'); dash > 0) {
            const QStringView from = entry.left(dash), to = entry.mid(dash + 1);
            if (view.size() == from.size() && view.compare(from) >= 0 && view.compare(to) <= 0)
                return true;
        } else if (view == entry) {
            return true;
        }
    }
    return false;
}

bool ruleMatchesLine(const PayerRule &r, const ScrubLine &l)
{
    if (!matchesCode(r, l.code))
        return false;
    if (!r.modifiersPresent.isEmpty()
        && std::none_of(l.modifiers.cbegin(), l.modifiers.cend(),
                        [&](const QString &m) { return r.modifiersPresent.contains(m); }))
        return false;
    return std::none_of(l.modifiers.cbegin(), l.modifiers.cend(),
                        [&](const QString &m) { return r.modifiersAbsent.contains(m); });
}

QString payerRuleSource(const PayerRule &r, const ScrubClaim &c)
{
    const QString payer = !r.payerName.isEmpty() ? r.payerName
            : r.payerId != 0                      ? c.payerName
                                                  : EditEngine::tr("every payer");
    return EditEngine::tr("Payer rule: %1 (%2)").arg(r.name, payer);
}

/// The shipped modifier list, read once per process. When the resource cannot be read the
/// list is empty and no modifier is called unknown (the other modifier checks still run).
const ModifierList &shippedModifiers()
{
    static const ModifierList list = [] {
        Result<ModifierList> loaded = ModifierList::shipped();
        if (!loaded) {
            qCWarning(lcEdits).noquote() << loaded.error().userMessage << loaded.error().detail;
            return ModifierList();
        }
        return std::move(loaded).value();
    }();
    return list;
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
        for (const QString &code : std::as_const(r.codes)) {
            if (!pack.m_index.contains(code)) // the first rule for a code wins, as before
                pack.m_index.insert(code, pack.m_rules.size());
        }
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
    const auto it = m_index.constFind(serviceCode);
    return it == m_index.cend() ? nullptr : &m_rules.at(it.value());
}

bool MedicalNecessityPack::supports(const Rule &rule, const QString &diagnosis)
{
    // Views, not copies: this runs for every pointer of every line with a rule.
    const QStringView dx(diagnosis);
    const QStringView category = dx.left(3);
    for (const QString &text : rule.diagnoses) {
        const QStringView entry(text);
        const qsizetype dash = entry.indexOf(u'-');
        if (dash > 0) {
            if (category.compare(entry.left(dash).left(3)) >= 0
                && category.compare(entry.mid(dash + 1).left(3)) <= 0)
                return true;
        } else if (dx.startsWith(entry)) {
            return true;
        }
    }
    return false;
}

// --- ModifierList ---------------------------------------------------------------------------

Result<ModifierList> ModifierList::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(EditEngine::tr("The modifier list is not valid JSON: %1.")
                                      .arg(error.errorString()));
    const QJsonObject root = doc.object();
    ModifierList list;
    list.m_source = root.value(QLatin1String("source")).toString();
    list.m_version = root.value(QLatin1String("version")).toString();
    for (const QJsonValue &v : root.value(QLatin1String("modifiers")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        if (!hasModifierForm(code))
            return Error::invalid(EditEngine::tr("The modifier list holds \"%1\", which is not "
                                                 "a modifier (two digits or capital letters).")
                                          .arg(code));
        list.m_labels.insert(code, o.value(QLatin1String("label")).toString());
    }
    if (list.m_labels.isEmpty())
        return Error::invalid(EditEngine::tr("The modifier list holds no modifiers."));
    return list;
}

Result<ModifierList> ModifierList::shipped()
{
    QFile f(QStringLiteral(":/rules/modifiers.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Other,
                           EditEngine::tr("The shipped modifier list is missing."),
                           f.errorString());
    return fromJson(f.readAll());
}

// --- EditEngine -----------------------------------------------------------------------------

EditEngine::EditEngine(CodeLookup lookup, MedicalNecessityPack pack, const EditData *data)
    : m_lookup(std::move(lookup)),
      m_pack(std::move(pack)),
      m_data(data),
      m_modifiers(&shippedModifiers())
{
}

bool EditEngine::isPtpModifier(const QString &modifier)
{
    if (modifier.size() != 2)
        return false;
    const char16_t b = modifier.at(1).unicode();
    switch (modifier.at(0).unicode()) {
    case u'2':
        return b == u'4' || b == u'5' || b == u'7';
    case u'5':
        return b == u'7' || b == u'8' || b == u'9';
    case u'7':
        return b == u'8' || b == u'9';
    case u'9':
        return b == u'1';
    case u'X':
        return b == u'E' || b == u'S' || b == u'P' || b == u'U';
    case u'E':
        return b >= u'1' && b <= u'4';
    case u'F':
    case u'T':
        return b == u'A' || (b >= u'1' && b <= u'9');
    case u'L':
        return b == u'T' || b == u'C' || b == u'D' || b == u'M';
    case u'R':
        return b == u'T' || b == u'C' || b == u'I';
    default:
        return false;
    }
}

QList<Finding> EditEngine::scrub(const ScrubClaim &claim, const QDate &today) const
{
    QList<Finding> out;
    structureRules(claim, today, out);
    codeRules(claim, out);
    demographicRules(claim, out);
    necessityRules(claim, out);
    modifierRules(claim, out);
    ptpRule(claim, out);
    mueRule(claim, out);
    payerRules(claim, out);
    duplicateRule(claim, out);
    return out;
}

QList<Finding> EditEngine::scrubCoding(const ScrubClaim &claim) const
{
    QList<Finding> out;
    codeRules(claim, out);
    demographicRules(claim, out);
    necessityRules(claim, out);
    modifierRules(claim, out);
    ptpRule(claim, out);
    mueRule(claim, out);
    payerRules(claim, out);
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

    for (const auto &[npiValue, billing] :
         {std::pair{&c.billingNpi, true}, std::pair{&c.renderingNpi, false}}) {
        // The role is translated only for a finding: this runs for every claim.
        const auto role = [billing = billing] {
            return billing ? tr("billing provider") : tr("rendering provider");
        };
        if (npiValue->isEmpty()) {
            missing(tr("%1 NPI").arg(role()));
        } else if (!npi::isValid(*npiValue)) {
            out.append(finding(QStringLiteral("npi-invalid"), Finding::Severity::Error, 0,
                               {*npiValue},
                               tr("The %1 NPI %2 fails the NPI check digit (Luhn with prefix "
                                  "80840): it is mistyped.")
                                       .arg(role(), *npiValue),
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
                                   .arg(isoDate(c.dateOfService)),
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
        // The dotted form is made only for a finding: this runs for every code of every claim.
        const auto shown = [&] { return diagnosis ? dotted(code) : code; };
        if (info.status == CodeInfo::Status::Unknown) {
            const QString text = shown();
            out.append(finding(QStringLiteral("code-invalid"), Finding::Severity::Error, line,
                               {text},
                               info.why.isEmpty()
                                       ? tr("%1 is not a valid code on %2.")
                                                 .arg(text, isoDate(c.dateOfService))
                                       : info.why,
                               tr("Choose a code from the code set in force on the date of "
                                  "service."),
                               info.source));
        } else if (info.status == CodeInfo::Status::NotBillable) {
            const QString text = shown();
            out.append(finding(QStringLiteral("code-not-billable"), Finding::Severity::Error,
                               line, {text},
                               tr("%1 (%2) is a category, not a billable code.")
                                       .arg(text, info.description),
                               tr("Choose the billable code under it that the note supports."),
                               info.source));
        } else if (diagnosis
                   && containsIgnoringCase(info.description, QLatin1String("unspecified"))) {
            const QString text = shown();
            out.append(finding(QStringLiteral("unspecified-code"), Finding::Severity::Warning,
                               line, {text},
                               tr("%1 (%2) is an unspecified code; payers may deny it when the "
                                  "record supports more detail.")
                                       .arg(text, info.description),
                               tr("Code the detail the note documents, or query the provider."),
                               info.source));
        }
        return info;
    };
    for (int i = 0; i < c.diagnoses.size(); ++i) {
        const CodeInfo info = check(c.diagnoses.at(i), true, 0);
        if (i == 0 && info.status == CodeInfo::Status::Valid
            && containsIgnoringCase(info.description,
                                    QLatin1String("in diseases classified elsewhere"))) {
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
        bool pointsSomewhere = false;
        bool supported = false;
        for (int p : l.pointers) {
            if (p < 1 || p > c.diagnoses.size())
                continue;
            pointsSomewhere = true;
            supported = supported || MedicalNecessityPack::supports(*rule, c.diagnoses.at(p - 1));
        }
        if (supported || !pointsSomewhere)
            continue;
        QStringList pointed;
        for (int p : l.pointers) {
            if (p >= 1 && p <= c.diagnoses.size())
                pointed.append(dotted(c.diagnoses.at(p - 1)));
        }
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
    modifier25Rule(c, out);
    modifierValidityRule(c, out);
}

void EditEngine::modifier25Rule(const ScrubClaim &c, QList<Finding> &out) const
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

void EditEngine::modifierValidityRule(const ScrubClaim &c, QList<Finding> &out) const
{
    const QString rule = QStringLiteral("modifier-invalid");
    for (const ScrubLine &l : c.lines) {
        const QStringList &mods = l.modifiers;
        if (mods.isEmpty())
            continue;
        if (mods.size() > kMaxModifiers) {
            out.append(finding(rule, Finding::Severity::Error, l.lineNo, {l.code},
                               tr("Line %1 (%2) carries %3 modifiers; a service line holds %4.")
                                       .arg(l.lineNo)
                                       .arg(l.code)
                                       .arg(mods.size())
                                       .arg(kMaxModifiers),
                               tr("Keep the modifiers that change payment first (e.g. 26, TC, "
                                  "50), then the ones that explain the service, up to %1.")
                                       .arg(kMaxModifiers),
                               kModifierPolicySource));
        }
        for (qsizetype i = 0; i < mods.size(); ++i) {
            const QString &m = mods.at(i);
            if (const qsizetype first = mods.indexOf(m); first < i) {
                if (mods.indexOf(m, first + 1) == i) // reported once, at its first repeat
                    out.append(finding(rule, Finding::Severity::Error, l.lineNo, {l.code, m},
                                       tr("Line %1 (%2) carries modifier %3 more than once.")
                                               .arg(l.lineNo)
                                               .arg(l.code, m),
                                       tr("Remove the repeated %1.").arg(m),
                                       kModifierPolicySource));
                continue;
            }
            if (!hasModifierForm(m)) {
                out.append(finding(rule, Finding::Severity::Error, l.lineNo, {l.code, m},
                                   tr("Line %1 (%2) carries \"%3\", which is not a modifier: a "
                                      "modifier is two characters, digits or capital letters.")
                                           .arg(l.lineNo)
                                           .arg(l.code, m),
                                   tr("Correct the modifier from the note, or remove it."),
                                   kModifierPolicySource));
                continue;
            }
            // A warning, not an error: the shipped list holds the common CPT and HCPCS
            // modifiers, not every one a payer accepts (HCPCS adds modifiers each quarter and
            // Medicaid plans use their own), so an unknown modifier is worth a look but must
            // not block a claim that may be right.
            if (!m_modifiers->isEmpty() && !m_modifiers->contains(m)) {
                out.append(finding(rule, Finding::Severity::Warning, l.lineNo, {l.code, m},
                                   tr("Line %1 (%2) carries modifier %3, which is not in "
                                      "CleanClaim's list of CPT and HCPCS modifiers; it may be "
                                      "mistyped.")
                                           .arg(l.lineNo)
                                           .arg(l.code, m),
                                   tr("Check the modifier against the note and the payer's "
                                      "modifier list; correct it if it is mistyped."),
                                   tr("%1 (CleanClaim modifier list %2)")
                                           .arg(m_modifiers->source(), m_modifiers->version())));
            }
        }
        if (mods.contains(QStringLiteral("25")) && !takesModifier25(l.code)) {
            out.append(finding(rule, Finding::Severity::Error, l.lineNo,
                               {l.code, QStringLiteral("25")},
                               tr("Line %1 carries modifier 25 on %2, which is not an evaluation "
                                  "and management service; 25 marks a visit billed with a "
                                  "procedure the same day.")
                                       .arg(l.lineNo)
                                       .arg(l.code),
                               tr("Remove 25 from line %1. If the note documents a separate "
                                  "visit, put 25 on the visit's line; for a distinct procedure "
                                  "use XE, XS, XP, XU or 59 instead.")
                                       .arg(l.lineNo),
                               kModifierPolicySource));
        }
        if (mods.contains(QStringLiteral("LT")) && mods.contains(QStringLiteral("RT"))) {
            out.append(finding(rule, Finding::Severity::Error, l.lineNo, {l.code},
                               tr("Line %1 (%2) carries both LT and RT; one line cannot be on "
                                  "the left and the right side.")
                                       .arg(l.lineNo)
                                       .arg(l.code),
                               tr("For a procedure done on both sides, bill one line with "
                                  "modifier 50 (or as the payer's bilateral policy asks); "
                                  "otherwise bill one line with LT and another with RT."),
                               kModifierPolicySource));
        }
        if (mods.contains(QStringLiteral("26")) && mods.contains(QStringLiteral("TC"))) {
            out.append(finding(rule, Finding::Severity::Error, l.lineNo, {l.code},
                               tr("Line %1 (%2) carries both 26 (professional component) and TC "
                                  "(technical component); the two together are the global "
                                  "service, which is billed with neither.")
                                       .arg(l.lineNo)
                                       .arg(l.code),
                               tr("Remove both modifiers to bill the global service, or keep "
                                  "only the component the practice provided."),
                               kModifierPolicySource));
        }
        if (mods.contains(QStringLiteral("59"))) {
            const auto x = std::find_if(mods.cbegin(), mods.cend(), isXModifier);
            if (x != mods.cend()) {
                out.append(finding(rule, Finding::Severity::Error, l.lineNo, {l.code, *x},
                                   tr("Line %1 (%2) carries 59 together with %3; CMS asks that "
                                      "59 not be reported with an X modifier, which is the more "
                                      "specific form of 59.")
                                           .arg(l.lineNo)
                                           .arg(l.code, *x),
                                   tr("Keep %1 if it describes the service (separate encounter, "
                                      "structure, practitioner or unusual service) and remove "
                                      "59.")
                                           .arg(*x),
                                   kModifier59Source));
            }
        }
    }
}

void EditEngine::ptpRule(const ScrubClaim &c, QList<Finding> &out) const
{
    if (!m_data || m_data->ptp.isEmpty())
        return;
    const PtpTable &ptp = m_data->ptp;
    for (const ScrubLine &col1 : c.lines) {
        const QDate date = serviceDate(c, col1);
        for (const ScrubLine &col2 : c.lines) {
            if (&col1 == &col2 || col1.code == col2.code || serviceDate(c, col2) != date)
                continue;
            const QList<const PtpEdit *> rows = ptp.edits(col1.code, col2.code);
            // Several rows of a pair may be on file (a deleted edit and its successor); the
            // strictest one in force on the date decides.
            const PtpEdit *edit = nullptr;
            for (const PtpEdit *row : rows) {
                if (row->inForce(date)
                    && (!edit || row->modifierIndicator < edit->modifierIndicator))
                    edit = row;
            }
            if (!edit || (edit->modifierIndicator != 0 && edit->modifierIndicator != 1))
                continue; // 9: the edit does not apply
            const QString rationale
                    = edit->rationale.isEmpty() ? tr("none given in the file") : edit->rationale;
            const QString source = ptp.release.isEmpty()
                    ? tr("NCCI PTP (release not recorded)")
                    : QStringLiteral("NCCI PTP %1").arg(ptp.release);
            const QString day = isoDate(date);
            const QString line2 = QString::number(col2.lineNo);
            const QStringList codes = {col1.code, col2.code};
            if (edit->modifierIndicator == 0) {
                out.append(finding(QStringLiteral("ncci-ptp"), Finding::Severity::Error,
                                   col2.lineNo, codes,
                                   tr("%2 (column 2, line %3) is bundled into %1 (column 1) on "
                                      "%4 under an NCCI procedure-to-procedure edit, so %2 is not "
                                      "paid when both are billed. NCCI rationale: %5. Modifier "
                                      "indicator 0: no modifier allows the pair.")
                                           .arg(col1.code, col2.code, line2, day, rationale),
                                   tr("Remove the %1 line (line %2). An indicator-0 edit cannot "
                                      "be bypassed with 59, XE/XS/XP/XU or any other modifier.")
                                           .arg(col2.code, line2),
                                   source));
                continue;
            }
            const auto bypass = std::find_if(col2.modifiers.cbegin(), col2.modifiers.cend(),
                                             &EditEngine::isPtpModifier);
            if (bypass == col2.modifiers.cend()) {
                out.append(finding(QStringLiteral("ncci-ptp"), Finding::Severity::Error,
                                   col2.lineNo, codes,
                                   tr("%2 (column 2, line %3) is bundled into %1 (column 1) on "
                                      "%4 under an NCCI procedure-to-procedure edit, so %2 is not "
                                      "paid when both are billed. NCCI rationale: %5. Modifier "
                                      "indicator 1: a modifier may bypass the edit when the "
                                      "services were truly distinct.")
                                           .arg(col1.code, col2.code, line2, day, rationale),
                                   tr("Remove the %1 line (line %2). Only if the note documents "
                                      "a separate site, session or encounter, add to line %2 the "
                                      "modifier that says which: XS (separate structure or "
                                      "organ, e.g. another joint), XE (separate encounter), XP "
                                      "(separate practitioner), XU (unusual non-overlapping "
                                      "service), 59 when none of those fits, an anatomic "
                                      "modifier (LT/RT, F1–F9, T1–T9) for another site, or 25 "
                                      "for a separate visit.")
                                           .arg(col2.code, line2),
                                   source));
                continue;
            }
            // DOMAIN.md: "error, or warning when a bypass modifier is present". The pair is
            // paid, but payers audit these modifiers, so the coder sees what it claims.
            out.append(finding(QStringLiteral("ncci-ptp"), Finding::Severity::Warning,
                               col2.lineNo, codes,
                               tr("%2 (column 2, line %3) is bundled into %1 (column 1) on %4 "
                                  "under an NCCI procedure-to-procedure edit (rationale: %5); "
                                  "modifier %6 on line %3 bypasses it (modifier indicator 1).")
                                       .arg(col1.code, col2.code, line2, day, rationale,
                                            *bypass),
                               tr("Keep modifier %1 only if the note documents the separate "
                                  "site, session or encounter it claims; payers audit these "
                                  "modifiers. Otherwise remove the %2 line.")
                                       .arg(*bypass, col2.code),
                               source));
        }
    }
}

void EditEngine::mueRule(const ScrubClaim &c, QList<Finding> &out) const
{
    if (!m_data || m_data->mue.isEmpty())
        return;
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        const ScrubLine &l = c.lines.at(i);
        const QDate date = serviceDate(c, l);
        const MueTable *table = m_data->mueInForce(date);
        if (!table)
            continue;
        const auto it = table->values.constFind(l.code);
        if (it == table->values.cend())
            continue;
        const MueValue &mue = it.value();
        const auto source = [table] { return QStringLiteral("CMS MUE %1").arg(table->release); };
        if (mue.indicator != 2 && mue.indicator != 3) {
            // Indicator 1 (and any indicator we do not know): each line on its own.
            if (l.units <= mue.maxUnits)
                continue;
            out.append(finding(QStringLiteral("mue-units"), Finding::Severity::Error, l.lineNo,
                               {l.code},
                               tr("Line %1 bills %2 units of %3; the medically unlikely edit "
                                  "allows %4 per line (MUE adjudication indicator 1: a line "
                                  "edit, so the whole line is denied).")
                                       .arg(l.lineNo)
                                       .arg(l.units)
                                       .arg(l.code)
                                       .arg(mue.maxUnits),
                               tr("Check the units against the note. If more were given and "
                                  "documented (e.g. another site or side), bill the extra "
                                  "units on a separate line with the anatomic modifier (RT/LT, "
                                  "F1–F9, T1–T9) or XS/59 that the note supports; otherwise "
                                  "reduce the units to %1.")
                                       .arg(mue.maxUnits),
                               source()));
            continue;
        }
        // Date-of-service edits: every line of the code on the date counts, once, reported
        // on the first of those lines.
        bool counted = false;
        for (qsizetype j = 0; j < i && !counted; ++j)
            counted = c.lines.at(j).code == l.code && serviceDate(c, c.lines.at(j)) == date;
        if (counted)
            continue;
        int total = 0;
        int lineCount = 0;
        for (qsizetype j = i; j < c.lines.size(); ++j) {
            const ScrubLine &other = c.lines.at(j);
            if (other.code == l.code && serviceDate(c, other) == date) {
                total += std::max(other.units, 0);
                ++lineCount;
            }
        }
        if (total <= mue.maxUnits)
            continue;
        QStringList lineNos;
        for (qsizetype j = i; j < c.lines.size(); ++j) {
            const ScrubLine &other = c.lines.at(j);
            if (other.code == l.code && serviceDate(c, other) == date)
                lineNos.append(QString::number(other.lineNo));
        }
        const QString message = mue.indicator == 2
                ? tr("%1 is billed for %2 units on %3 on %n line(s) (%4); the medically "
                     "unlikely edit allows %5 per day (MUE adjudication indicator 2: a limit "
                     "set by policy, so units above %5 are not paid, even on appeal).",
                     nullptr, lineCount)
                : tr("%1 is billed for %2 units on %3 on %n line(s) (%4); the medically "
                     "unlikely edit allows %5 per day (MUE adjudication indicator 3: a clinical "
                     "limit, so units above %5 are denied unless the record shows they were "
                     "medically necessary).",
                     nullptr, lineCount);
        const QString fix = mue.indicator == 2
                ? tr("Check the units against the note and bill at most %1 for the day; an "
                     "indicator-2 limit cannot be exceeded, and splitting the units across "
                     "lines or modifiers does not bypass it.")
                : tr("Check the units against the note. If only %1 were given, correct them; "
                     "if more were given, bill them only when the record documents why, and be "
                     "ready to appeal with it: splitting the units across lines does not "
                     "bypass the edit.");
        out.append(finding(QStringLiteral("mue-units"), Finding::Severity::Error, l.lineNo,
                           {l.code},
                           message.arg(l.code)
                                   .arg(total)
                                   .arg(isoDate(date),
                                        lineNos.join(QStringLiteral(", ")))
                                   .arg(mue.maxUnits),
                           fix.arg(mue.maxUnits), source()));
    }
}

void EditEngine::payerRules(const ScrubClaim &c, QList<Finding> &out) const
{
    if (!m_data)
        return;
    for (const PayerRule &r : m_data->payerRules) {
        if (!r.active || (r.payerId != 0 && r.payerId != c.payerId))
            continue;
        if (r.action == PayerRule::Action::Authorization) {
            for (const ScrubLine &l : c.lines) {
                const QDate date = serviceDate(c, l);
                if (!ruleMatchesClaim(r, c, date) || !ruleMatchesLine(r, l))
                    continue;
                // An authorization covers the line when it is the patient's, for this payer
                // (or any payer), for the code (or every code) and runs over the date. The
                // number on the claim names its authorization: then the codes and payer on
                // file are not asked, but its dates still are (an expired one is denied). A
                // patient not on file (JSON input) has no authorizations to check the number
                // against, so a number on the claim is taken at its word.
                const Authorization *stale = nullptr;
                bool covered = c.patientId == 0 && !c.priorAuthorization.isEmpty();
                const auto &auths = m_data->authorizations;
                for (auto it = auths.constFind(c.patientId);
                     !covered && it != auths.cend() && it.key() == c.patientId; ++it) {
                    const Authorization &a = it.value();
                    const bool named
                            = !c.priorAuthorization.isEmpty() && a.number == c.priorAuthorization;
                    if (!named
                        && ((a.payerId != 0 && a.payerId != c.payerId)
                            || (!a.codes.isEmpty() && !a.codes.contains(l.code))))
                        continue;
                    if ((!a.from.isValid() || a.from <= date) && (!a.to.isValid() || date <= a.to))
                        covered = true;
                    else if (!stale || named)
                        stale = &a;
                }
                if (covered)
                    continue;
                const QString payer = !r.payerName.isEmpty() ? r.payerName
                        : !c.payerName.isEmpty()             ? c.payerName
                                                             : tr("The payer");
                QString message = !r.message.isEmpty()
                        ? r.message
                        : tr("%1 requires prior authorization for %2 (line %3), and no "
                             "authorization on file for this patient covers it on %4.")
                                  .arg(payer, l.code)
                                  .arg(l.lineNo)
                                  .arg(isoDate(date));
                QString fix = !r.fix.isEmpty()
                        ? r.fix
                        : tr("Obtain the authorization from the payer and record its number, on "
                             "the patient's authorizations and on the claim, before billing; for "
                             "a service already given, ask the payer for a retro-authorization.");
                if (stale) {
                    message += QLatin1Char(' ')
                            + tr("Authorization %1 on file runs from %2 to %3, which does not "
                                 "include %4.")
                                      .arg(stale->number, isoOrOpen(stale->from),
                                           isoOrOpen(stale->to), isoDate(date));
                    if (r.fix.isEmpty())
                        fix = tr("Ask the payer to extend authorization %1 or to issue a new one "
                                 "that covers %2, and record its number before billing.")
                                      .arg(stale->number, isoDate(date));
                }
                out.append(finding(QStringLiteral("auth-missing"), Finding::Severity::Error,
                                   l.lineNo, {l.code}, message, fix, payerRuleSource(r, c)));
            }
            continue;
        }
        const auto fix = [&r] {
            return !r.fix.isEmpty() ? r.fix
                                    : tr("Follow the payer's instruction in the rule, or ask "
                                         "the office manager who wrote it.");
        };
        if (!hasLineConditions(r)) {
            // A rule about the claim as a whole (a payer, a place of service, an age or a
            // sex): one finding for the claim, not one per line.
            if (!ruleMatchesClaim(r, c, c.dateOfService))
                continue;
            out.append(finding(QStringLiteral("payer-rule"), r.severity, 0, {},
                               !r.message.isEmpty()
                                       ? r.message
                                       : tr("The payer rule \"%1\" applies to this claim.")
                                                 .arg(r.name),
                               fix(), payerRuleSource(r, c)));
            continue;
        }
        for (const ScrubLine &l : c.lines) {
            if (!ruleMatchesClaim(r, c, serviceDate(c, l)) || !ruleMatchesLine(r, l))
                continue;
            out.append(finding(QStringLiteral("payer-rule"), r.severity, l.lineNo, {l.code},
                               !r.message.isEmpty()
                                       ? r.message
                                       : tr("The payer rule \"%1\" applies to line %2 (%3).")
                                                 .arg(r.name)
                                                 .arg(l.lineNo)
                                                 .arg(withModifiers(l)),
                               fix(), payerRuleSource(r, c)));
        }
    }
}

void EditEngine::duplicateRule(const ScrubClaim &c, QList<Finding> &out) const
{
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        const ScrubLine &l = c.lines.at(i);
        const QDate date = serviceDate(c, l);
        const auto twin = std::find_if(c.lines.cbegin(), c.lines.cbegin() + i,
                                       [&](const ScrubLine &o) { return sameService(c, o, l); });
        if (twin != c.lines.cbegin() + i) {
            out.append(finding(QStringLiteral("duplicate-claim"), Finding::Severity::Error,
                               l.lineNo, {l.code},
                               tr("Line %1 repeats line %2 (%3 on %4): the same service, date "
                                  "and modifiers twice on one claim, which the payer denies as "
                                  "a duplicate.")
                                       .arg(l.lineNo)
                                       .arg(twin->lineNo)
                                       .arg(withModifiers(l), isoDate(date)),
                               tr("If the service was given once, remove line %1 (or put its "
                                  "units on line %2). If it was repeated, add the modifier the "
                                  "note documents: 76 or 77 for a repeated procedure, 91 for a "
                                  "repeated lab test, or an anatomic modifier for another site.")
                                       .arg(l.lineNo)
                                       .arg(twin->lineNo),
                               kCodeSetRules));
            continue;
        }
        if (!m_data || c.patientId == 0)
            continue;
        const auto &billed = m_data->billed;
        QStringList claims; // every earlier claim that carries it, usually one
        for (auto it = billed.constFind(c.patientId);
             it != billed.cend() && it.key() == c.patientId; ++it) {
            const BilledService &b = it.value();
            // The same service billed to another payer is coordination of benefits (a
            // secondary claim after the primary paid), not a duplicate.
            const bool otherPayer = c.payerId != 0 && b.payerId != 0 && b.payerId != c.payerId;
            if (b.date != date || b.code != l.code || b.claimId == c.id || otherPayer
                || (!c.replacesClaimId.isEmpty() && b.claimId == c.replacesClaimId)
                || !sameModifierSet(b.modifiers, l.modifiers) || claims.contains(b.claimId))
                continue;
            claims.append(b.claimId);
        }
        if (claims.isEmpty())
            continue;
        claims.sort(); // the fix names the first, for fixed-width numbers the oldest
        const QString message = claims.size() == 1
                ? tr("Line %1 (%2 on %3) is already on claim %4 for this patient; the payer "
                     "will deny it as a duplicate.")
                : tr("Line %1 (%2 on %3) is already on claims %4 for this patient; the payer "
                     "will deny it as a duplicate.");
        out.append(finding(QStringLiteral("duplicate-claim"), Finding::Severity::Error, l.lineNo,
                           {l.code},
                           message.arg(QString::number(l.lineNo), withModifiers(l),
                                       isoDate(date), claims.join(QStringLiteral(", "))),
                           tr("If this claim corrects claim %1, send it as a replacement claim "
                              "(frequency 7) that names %1. If it is a second service the same "
                              "day, add the modifier the note documents (76 or 77 for a "
                              "repeated procedure, 91 for a repeated lab test). Otherwise "
                              "remove the line.")
                                   .arg(claims.first()),
                           tr("CleanClaim billing history (claims on file)")));
    }
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of the claims JSON: shape and X12-safety checks that collect every problem.
#include "claimsjson.h"

#include "domain/money.h"
#include "domain/npi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace cc::claimsjson {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::ClaimsJson)
};

// --- small text tests (ASCII only: these fields go into X12 as they are) -----------------

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= 'A' && c.unicode() <= 'Z';
}

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !s.isEmpty();
}

bool allUpperLetters(const QString &s)
{
    for (const QChar c : s) {
        if (!isAsciiUpper(c))
            return false;
    }
    return !s.isEmpty();
}

/// Upper-case letters and digits only, @p min to @p max of them.
bool isUpperAlnum(const QString &s, qsizetype min, qsizetype max)
{
    if (s.size() < min || s.size() > max)
        return false;
    for (const QChar c : s) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c))
            return false;
    }
    return true;
}

/// The SBR09 claim filing indicator codes of 837P 005010X222A1.
bool isFilingIndicator(const QString &s)
{
    static const QSet<QString> codes = {
        QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"),
        QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17"), QStringLiteral("AM"),
        QStringLiteral("BL"), QStringLiteral("CH"), QStringLiteral("CI"), QStringLiteral("DS"),
        QStringLiteral("FI"), QStringLiteral("HM"), QStringLiteral("LM"), QStringLiteral("MA"),
        QStringLiteral("MB"), QStringLiteral("MC"), QStringLiteral("OF"), QStringLiteral("TV"),
        QStringLiteral("VA"), QStringLiteral("WC"), QStringLiteral("ZZ"),
    };
    return codes.contains(s);
}

bool isRelationship(const QString &s)
{
    return s == QLatin1String("self") || s == QLatin1String("spouse")
            || s == QLatin1String("child") || s == QLatin1String("other");
}

bool isSex(const QString &s)
{
    return s == QLatin1String("M") || s == QLatin1String("F") || s == QLatin1String("U");
}

QString childPath(const QString &path, QLatin1String key)
{
    return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/**
 * Walks the JSON tree and collects every problem. Each accessor records what is wrong with
 * the value at its path and returns a usable default, so reading goes on to the end of the
 * document and the user sees all the problems of the file at once.
 */
class Reader
{
public:
    enum class Need { Required, Optional };

    QList<JsonProblem> problems;

    void problem(const QString &path, const QString &message)
    {
        problems.append(JsonProblem{path, message});
    }

    /// Reports the members of @p o that the format does not have (usually misspellings,
    /// which would otherwise drop an optional field without a word).
    void checkKeys(const QJsonObject &o, const QString &path,
                   std::initializer_list<QLatin1String> known)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            bool found = false;
            for (const QLatin1String k : known)
                found = found || it.key() == k;
            if (!found) {
                const QString p = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                problem(p, Tr::tr("%1 is not a field of the claims file; check its spelling.")
                                   .arg(p));
            }
        }
    }

    /// The value at @p key, or nothing (and a problem when required) if absent or null.
    std::optional<QJsonValue> present(const QJsonObject &o, const QString &p,
                                      QLatin1String key, Need need)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                problem(p, Tr::tr("%1 is missing; it is required.").arg(p));
            return std::nullopt;
        }
        return v;
    }

    std::optional<QJsonObject> object(const QJsonObject &o, const QString &path,
                                      QLatin1String key, Need need = Need::Required)
    {
        const QString p = childPath(path, key);
        const auto v = present(o, p, key, need);
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            problem(p, Tr::tr("%1 must be an object ({ … }).").arg(p));
            return std::nullopt;
        }
        return v->toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject &o, const QString &path, QLatin1String key,
                                    Need need = Need::Required)
    {
        const QString p = childPath(path, key);
        const auto v = present(o, p, key, need);
        if (!v)
            return std::nullopt;
        if (!v->isArray()) {
            problem(p, Tr::tr("%1 must be a list ([ … ]).").arg(p));
            return std::nullopt;
        }
        return v->toArray();
    }

    /// Every character that X12 cannot carry in a data element: the delimiters we write
    /// (* element, ~ segment, : component, ^ repetition) and control characters. Reported
    /// once per distinct character.
    void checkX12Safe(const QString &p, const QString &text)
    {
        QString seen;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (seen.contains(c))
                continue;
            if (u == '*' || u == '~' || u == ':' || u == '^') {
                seen.append(c);
                problem(p, Tr::tr("%1 contains '%2', which X12 uses as a delimiter; remove it.")
                                   .arg(p, QString(c)));
            } else if (c.category() == QChar::Other_Control
                       || c.category() == QChar::Separator_Line
                       || c.category() == QChar::Separator_Paragraph) {
                seen.append(c);
                problem(p, Tr::tr("%1 contains a control character (U+%2), which cannot be "
                                  "written into X12; remove it.")
                                   .arg(p, QString::number(uint(u), 16).toUpper().rightJustified(
                                                   4, QLatin1Char('0'))));
            }
        }
    }

    /// Text from a JSON string, trimmed and checked for X12 delimiters. A required text must
    /// not be empty; an optional one may be absent, null or empty.
    QString text(const QJsonValue &v, const QString &p, Need need = Need::Required)
    {
        if (!v.isString()) {
            problem(p, Tr::tr("%1 must be text in quotes.").arg(p));
            return {};
        }
        const QString t = v.toString().trimmed();
        if (t.isEmpty() && need == Need::Required)
            problem(p, Tr::tr("%1 is empty; fill it in.").arg(p));
        checkX12Safe(p, t);
        return t;
    }

    QString text(const QJsonObject &o, const QString &path, QLatin1String key,
                 Need need = Need::Required)
    {
        const QString p = childPath(path, key);
        const auto v = present(o, p, key, need);
        return v ? text(*v, p, need) : QString();
    }

    /// A JSON number without a fraction (1, not 1.5 or "1").
    std::optional<qint64> wholeNumber(const QJsonValue &v, const QString &p)
    {
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == std::trunc(d) && std::abs(d) <= 1e9)
                return qint64(d);
        }
        problem(p, Tr::tr("%1 must be a whole number (without quotes).").arg(p));
        return std::nullopt;
    }

    std::optional<qint64> wholeNumber(const QJsonObject &o, const QString &path,
                                      QLatin1String key, Need need = Need::Required)
    {
        const QString p = childPath(path, key);
        const auto v = present(o, p, key, need);
        return v ? wholeNumber(*v, p) : std::nullopt;
    }

    /// An ISO date YYYY-MM-DD that exists on the calendar.
    QDate date(const QJsonObject &o, const QString &path, QLatin1String key)
    {
        const QString p = childPath(path, key);
        const auto v = present(o, p, key, Need::Required);
        if (!v)
            return {};
        if (!v->isString()) {
            problem(p, Tr::tr("%1 must be a date in quotes, written YYYY-MM-DD.").arg(p));
            return {};
        }
        const QString t = v->toString().trimmed();
        const bool shaped = t.size() == 10 && t.at(4) == QLatin1Char('-')
                && t.at(7) == QLatin1Char('-') && allDigits(t.left(4)) && allDigits(t.mid(5, 2))
                && allDigits(t.mid(8, 2));
        if (!shaped) {
            problem(p, Tr::tr("%1 is \"%2\"; write the date as YYYY-MM-DD, such as 2026-11-02.")
                               .arg(p, t));
            return {};
        }
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid()) {
            problem(p, Tr::tr("%1 is %2, which is not a real date.").arg(p, t));
            return {};
        }
        return d;
    }

    QString npi(const QJsonObject &o, const QString &path)
    {
        const QString p = childPath(path, QLatin1String("npi"));
        const QString t = text(o, path, QLatin1String("npi"));
        if (t.isEmpty())
            return t;
        if (t.size() != 10 || !allDigits(t))
            problem(p, Tr::tr("%1 is \"%2\"; an NPI is 10 digits.").arg(p, t));
        else if (!npi::isValid(t))
            problem(p, Tr::tr("%1 is %2, whose check digit is wrong (it fails the NPI Luhn "
                              "check): the number is mistyped.")
                               .arg(p, t));
        return t;
    }

    QString taxonomy(const QJsonObject &o, const QString &path)
    {
        const QString p = childPath(path, QLatin1String("taxonomy"));
        const QString t = text(o, path, QLatin1String("taxonomy")).toUpper();
        if (!t.isEmpty() && !isUpperAlnum(t, 10, 10))
            problem(p, Tr::tr("%1 is \"%2\"; a provider taxonomy code is 10 letters and digits, "
                              "such as 207Q00000X.")
                               .arg(p, t));
        return t;
    }

    QString sex(const QJsonObject &o, const QString &path)
    {
        const QString p = childPath(path, QLatin1String("sex"));
        const QString t = text(o, path, QLatin1String("sex")).toUpper();
        if (!t.isEmpty() && !isSex(t))
            problem(p, Tr::tr("%1 is \"%2\"; use M, F or U (unknown).").arg(p, t));
        return t;
    }

    Address address(const QJsonObject &parent, const QString &parentPath, bool nineDigitZip)
    {
        Address a;
        const QString path = childPath(parentPath, QLatin1String("address"));
        const auto o = object(parent, parentPath, QLatin1String("address"));
        if (!o)
            return a;
        checkKeys(*o, path,
                  {QLatin1String("line1"), QLatin1String("line2"), QLatin1String("city"),
                   QLatin1String("state"), QLatin1String("zip")});
        a.line1 = text(*o, path, QLatin1String("line1"));
        a.line2 = text(*o, path, QLatin1String("line2"), Need::Optional);
        a.city = text(*o, path, QLatin1String("city"));

        a.state = text(*o, path, QLatin1String("state")).toUpper();
        if (!a.state.isEmpty() && (a.state.size() != 2 || !allUpperLetters(a.state))) {
            const QString p = childPath(path, QLatin1String("state"));
            problem(p, Tr::tr("%1 is \"%2\"; write the state as its two-letter code, such as MI.")
                               .arg(p, a.state));
        }

        a.zip = text(*o, path, QLatin1String("zip"));
        if (!a.zip.isEmpty()) {
            const QString p = childPath(path, QLatin1String("zip"));
            if (!allDigits(a.zip) || (a.zip.size() != 5 && a.zip.size() != 9)) {
                problem(p, Tr::tr("%1 is \"%2\"; a ZIP code is 5 or 9 digits, without a hyphen.")
                                   .arg(p, a.zip));
            } else if (nineDigitZip && a.zip.size() != 9) {
                problem(p, Tr::tr("%1 is \"%2\"; the billing provider's ZIP code needs all 9 "
                                  "digits (ZIP+4).")
                                   .arg(p, a.zip));
            }
        }
        return a;
    }

    Submitter submitter(const QJsonObject &root)
    {
        Submitter s;
        const QString path = QStringLiteral("submitter");
        const auto o = object(root, QString(), QLatin1String("submitter"));
        if (!o)
            return s;
        checkKeys(*o, path,
                  {QLatin1String("name"), QLatin1String("etin"), QLatin1String("contactName"),
                   QLatin1String("phone")});
        s.name = text(*o, path, QLatin1String("name"));
        s.etin = text(*o, path, QLatin1String("etin"));
        s.contactName = text(*o, path, QLatin1String("contactName"), Need::Optional);
        s.phone = text(*o, path, QLatin1String("phone"));
        return s;
    }

    Receiver receiver(const QJsonObject &root)
    {
        Receiver r;
        const QString path = QStringLiteral("receiver");
        const auto o = object(root, QString(), QLatin1String("receiver"));
        if (!o)
            return r;
        checkKeys(*o, path, {QLatin1String("name"), QLatin1String("etin")});
        r.name = text(*o, path, QLatin1String("name"));
        r.etin = text(*o, path, QLatin1String("etin"));
        return r;
    }

    BillingProvider billingProvider(const QJsonObject &claim, const QString &claimPath)
    {
        BillingProvider b;
        const QString path = childPath(claimPath, QLatin1String("billingProvider"));
        const auto o = object(claim, claimPath, QLatin1String("billingProvider"));
        if (!o)
            return b;
        checkKeys(*o, path,
                  {QLatin1String("name"), QLatin1String("npi"), QLatin1String("taxId"),
                   QLatin1String("taxonomy"), QLatin1String("address")});
        b.name = text(*o, path, QLatin1String("name"));
        b.npi = npi(*o, path);
        b.taxId = text(*o, path, QLatin1String("taxId"));
        if (!b.taxId.isEmpty() && (b.taxId.size() != 9 || !allDigits(b.taxId))) {
            const QString p = childPath(path, QLatin1String("taxId"));
            problem(p, Tr::tr("%1 is \"%2\"; a tax id (EIN) is 9 digits, without a hyphen.")
                               .arg(p, b.taxId));
        }
        b.taxonomy = taxonomy(*o, path);
        b.address = address(*o, path, true);
        return b;
    }

    RenderingProvider renderingProvider(const QJsonObject &claim, const QString &claimPath)
    {
        RenderingProvider r;
        const QString path = childPath(claimPath, QLatin1String("renderingProvider"));
        const auto o = object(claim, claimPath, QLatin1String("renderingProvider"));
        if (!o)
            return r;
        checkKeys(*o, path,
                  {QLatin1String("lastName"), QLatin1String("firstName"), QLatin1String("npi"),
                   QLatin1String("taxonomy")});
        r.lastName = text(*o, path, QLatin1String("lastName"));
        r.firstName = text(*o, path, QLatin1String("firstName"));
        r.npi = npi(*o, path);
        r.taxonomy = taxonomy(*o, path);
        return r;
    }

    Payer payer(const QJsonObject &claim, const QString &claimPath)
    {
        Payer y;
        const QString path = childPath(claimPath, QLatin1String("payer"));
        const auto o = object(claim, claimPath, QLatin1String("payer"));
        if (!o)
            return y;
        checkKeys(*o, path,
                  {QLatin1String("name"), QLatin1String("id"), QLatin1String("filingIndicator"),
                   QLatin1String("timelyFilingDays")});
        y.name = text(*o, path, QLatin1String("name"));
        y.id = text(*o, path, QLatin1String("id"));
        y.filingIndicator = text(*o, path, QLatin1String("filingIndicator")).toUpper();
        if (!y.filingIndicator.isEmpty() && !isFilingIndicator(y.filingIndicator)) {
            const QString p = childPath(path, QLatin1String("filingIndicator"));
            problem(p, Tr::tr("%1 is \"%2\", which is not a claim filing indicator (such as MB "
                              "Medicare Part B, MC Medicaid, CI commercial, BL Blue Cross).")
                               .arg(p, y.filingIndicator));
        }
        if (const auto days = wholeNumber(*o, path, QLatin1String("timelyFilingDays"),
                                          Need::Optional)) {
            if (*days < 0) {
                const QString p = childPath(path, QLatin1String("timelyFilingDays"));
                problem(p, Tr::tr("%1 is %2; give the payer's limit in days, or 0 for none.")
                                   .arg(p)
                                   .arg(*days));
            } else {
                y.timelyFilingDays = int(*days);
            }
        }
        return y;
    }

    Subscriber subscriber(const QJsonObject &claim, const QString &claimPath)
    {
        Subscriber s;
        const QString path = childPath(claimPath, QLatin1String("subscriber"));
        const auto o = object(claim, claimPath, QLatin1String("subscriber"));
        if (!o) {
            s.relationship.clear(); // unknown: no patient check is possible
            return s;
        }
        checkKeys(*o, path,
                  {QLatin1String("memberId"), QLatin1String("lastName"),
                   QLatin1String("firstName"), QLatin1String("birthDate"), QLatin1String("sex"),
                   QLatin1String("address"), QLatin1String("relationship")});
        s.memberId = text(*o, path, QLatin1String("memberId"));
        s.lastName = text(*o, path, QLatin1String("lastName"));
        s.firstName = text(*o, path, QLatin1String("firstName"));
        s.birthDate = date(*o, path, QLatin1String("birthDate"));
        s.sex = sex(*o, path);
        s.address = address(*o, path, false);
        s.relationship = text(*o, path, QLatin1String("relationship")).toLower();
        if (!s.relationship.isEmpty() && !isRelationship(s.relationship)) {
            const QString p = childPath(path, QLatin1String("relationship"));
            problem(p, Tr::tr("%1 is \"%2\"; use self, spouse, child or other.")
                               .arg(p, s.relationship));
        }
        return s;
    }

    Patient patient(const QJsonObject &o, const QString &path)
    {
        Patient pt;
        checkKeys(o, path,
                  {QLatin1String("lastName"), QLatin1String("firstName"),
                   QLatin1String("birthDate"), QLatin1String("sex"), QLatin1String("address")});
        pt.lastName = text(o, path, QLatin1String("lastName"));
        pt.firstName = text(o, path, QLatin1String("firstName"));
        pt.birthDate = date(o, path, QLatin1String("birthDate"));
        pt.sex = sex(o, path);
        pt.address = address(o, path, false);
        return pt;
    }

    /// Cents from a decimal string: "150.00", "150", "0.5". Never through a double.
    qint64 charge(const QJsonObject &line, const QString &linePath)
    {
        const QString p = childPath(linePath, QLatin1String("charge"));
        const auto v = present(line, p, QLatin1String("charge"), Need::Required);
        if (!v)
            return 0;
        if (!v->isString()) {
            problem(p, Tr::tr("%1 must be a decimal string in quotes, such as \"150.00\", so "
                              "that the cents stay exact.")
                               .arg(p));
            return 0;
        }
        const QString t = v->toString().trimmed();
        if (t.startsWith(QLatin1Char('-'))) {
            problem(p, Tr::tr("%1 is %2: a charge cannot be negative.").arg(p, t));
            return 0;
        }
        const qsizetype dot = t.indexOf(QLatin1Char('.'));
        const QString whole = dot < 0 ? t : t.left(dot);
        const QString cents = dot < 0 ? QString() : t.mid(dot + 1);
        if (!allDigits(whole) || (dot >= 0 && !allDigits(cents))) {
            problem(p, Tr::tr("%1 is \"%2\", which is not an amount; write it as digits with "
                              "a decimal point, such as 150.00.")
                               .arg(p, t));
            return 0;
        }
        if (cents.size() > 2) {
            problem(p, Tr::tr("%1 is %2, which has more than two decimals; a charge is in whole "
                              "cents.")
                               .arg(p, t));
            return 0;
        }
        const auto money = Money::parse(t);
        if (!money) {
            problem(p, Tr::tr("%1 is %2, which is too large for a charge.").arg(p, t));
            return 0;
        }
        return money->cents();
    }

    /// @p diagnosisCount is empty when the claim's diagnoses could not be read: the pointers
    /// are then not compared with them (that problem is already reported).
    ClaimLine line(const QJsonObject &o, const QString &path,
                   std::optional<qsizetype> diagnosisCount)
    {
        ClaimLine l;
        checkKeys(o, path,
                  {QLatin1String("code"), QLatin1String("modifiers"), QLatin1String("units"),
                   QLatin1String("charge"), QLatin1String("pointers"),
                   QLatin1String("serviceDate")});
        l.code = text(o, path, QLatin1String("code")).toUpper();
        if (!l.code.isEmpty() && !isUpperAlnum(l.code, 5, 5)) {
            const QString p = childPath(path, QLatin1String("code"));
            problem(p, Tr::tr("%1 is \"%2\", which is not shaped like a CPT or HCPCS code (five "
                              "letters and digits).")
                               .arg(p, l.code));
        }

        const QString modPath = childPath(path, QLatin1String("modifiers"));
        if (const auto mods = array(o, path, QLatin1String("modifiers"), Need::Optional)) {
            if (mods->size() > kMaxModifiers) {
                problem(modPath, Tr::tr("%1 lists %2 modifiers; a line takes at most 4.")
                                         .arg(modPath)
                                         .arg(mods->size()));
            }
            for (qsizetype i = 0; i < mods->size(); ++i) {
                const QString p = itemPath(modPath, i);
                const QString m = text(mods->at(i), p).toUpper();
                if (!m.isEmpty() && !isUpperAlnum(m, 2, 2))
                    problem(p, Tr::tr("%1 is \"%2\"; a modifier is two letters or digits, such "
                                      "as 25.")
                                       .arg(p, m));
                l.modifiers.append(m);
            }
        }

        if (const auto units = wholeNumber(o, path, QLatin1String("units"))) {
            if (*units < 1) {
                const QString p = childPath(path, QLatin1String("units"));
                problem(p, Tr::tr("%1 is %2; a line bills at least 1 unit.").arg(p).arg(*units));
            } else {
                l.units = int(*units);
            }
        }

        l.chargeCents = charge(o, path);

        const QString ptrPath = childPath(path, QLatin1String("pointers"));
        if (const auto ptrs = array(o, path, QLatin1String("pointers"))) {
            if (ptrs->isEmpty()) {
                problem(ptrPath, Tr::tr("%1 is empty; a line points to 1 to 4 of the claim's "
                                        "diagnoses.")
                                         .arg(ptrPath));
            } else if (ptrs->size() > kMaxPointers) {
                problem(ptrPath, Tr::tr("%1 lists %2 pointers; a line points to at most 4 "
                                        "diagnoses.")
                                         .arg(ptrPath)
                                         .arg(ptrs->size()));
            }
            for (qsizetype i = 0; i < ptrs->size(); ++i) {
                const QString p = itemPath(ptrPath, i);
                const auto n = wholeNumber(ptrs->at(i), p);
                if (!n)
                    continue;
                if (*n < 1) {
                    problem(p, Tr::tr("%1 is %2; pointers count from 1, the principal "
                                      "diagnosis.")
                                       .arg(p)
                                       .arg(*n));
                } else if (diagnosisCount && *n > *diagnosisCount) {
                    problem(p, Tr::tr("%1 is %2, but the claim's list of diagnoses ends at %3.")
                                       .arg(p)
                                       .arg(*n)
                                       .arg(*diagnosisCount));
                } else if (l.pointers.contains(int(*n))) {
                    problem(p, Tr::tr("%1 repeats diagnosis %2; point to each diagnosis once.")
                                       .arg(p)
                                       .arg(*n));
                }
                l.pointers.append(int(*n));
            }
        }

        l.serviceDate = date(o, path, QLatin1String("serviceDate"));
        return l;
    }

    ClaimDocument claim(const QJsonObject &o, const QString &path)
    {
        ClaimDocument c;
        checkKeys(o, path,
                  {QLatin1String("id"), QLatin1String("billingProvider"),
                   QLatin1String("renderingProvider"), QLatin1String("payer"),
                   QLatin1String("subscriber"), QLatin1String("patient"),
                   QLatin1String("placeOfService"), QLatin1String("frequency"),
                   QLatin1String("originalClaimNumber"), QLatin1String("priorAuthorization"),
                   QLatin1String("diagnoses"), QLatin1String("lines")});

        c.id = text(o, path, QLatin1String("id"));
        if (c.id.size() > 38) {
            const QString p = childPath(path, QLatin1String("id"));
            problem(p, Tr::tr("%1 has %2 characters; a patient control number has at most 38.")
                               .arg(p)
                               .arg(c.id.size()));
        }
        c.billingProvider = billingProvider(o, path);
        c.renderingProvider = renderingProvider(o, path);
        c.payer = payer(o, path);
        c.subscriber = subscriber(o, path);

        const QString patientPath = childPath(path, QLatin1String("patient"));
        const QJsonValue patientValue = o.value(QLatin1String("patient"));
        const bool patientGiven = !patientValue.isUndefined() && !patientValue.isNull();
        if (const auto po = object(o, path, QLatin1String("patient"), Need::Optional))
            c.patient = patient(*po, patientPath);
        if (c.subscriber.isPatient() && patientGiven) {
            problem(patientPath, Tr::tr("%1 is given, but the subscriber is the patient "
                                        "(relationship \"self\"); remove it, or give the "
                                        "subscriber's real relationship.")
                                         .arg(patientPath));
        } else if (isRelationship(c.subscriber.relationship) && !c.subscriber.isPatient()
                   && !patientGiven) {
            problem(patientPath, Tr::tr("%1 is missing; it is required when the patient is not "
                                        "the subscriber (relationship \"%2\").")
                                         .arg(patientPath, c.subscriber.relationship));
        }

        c.placeOfService = text(o, path, QLatin1String("placeOfService"));
        if (!c.placeOfService.isEmpty()
            && (c.placeOfService.size() != 2 || !allDigits(c.placeOfService))) {
            const QString p = childPath(path, QLatin1String("placeOfService"));
            problem(p, Tr::tr("%1 is \"%2\"; a place of service is two digits, such as 11 "
                              "(office).")
                               .arg(p, c.placeOfService));
        }

        c.frequency = text(o, path, QLatin1String("frequency"));
        const bool knownFrequency = c.frequency == QLatin1String("1") || c.isReplacement();
        if (!c.frequency.isEmpty() && !knownFrequency) {
            const QString p = childPath(path, QLatin1String("frequency"));
            problem(p, Tr::tr("%1 is \"%2\"; use \"1\" (original), \"7\" (replacement) or "
                              "\"8\" (void).")
                               .arg(p, c.frequency));
        }
        c.originalClaimNumber =
                text(o, path, QLatin1String("originalClaimNumber"), Need::Optional);
        const QString origPath = childPath(path, QLatin1String("originalClaimNumber"));
        const QJsonValue origValue = o.value(QLatin1String("originalClaimNumber"));
        if (c.isReplacement() && c.originalClaimNumber.isEmpty()
            && (origValue.isUndefined() || origValue.isNull() || origValue.isString())) {
            problem(origPath, Tr::tr("%1 is missing; a replacement (7) or void (8) claim names "
                                     "the payer's number of the claim it corrects.")
                                      .arg(origPath));
        } else if (c.frequency == QLatin1String("1") && !c.originalClaimNumber.isEmpty()) {
            problem(origPath, Tr::tr("%1 is given, but the claim is an original (frequency 1); "
                                     "remove it, or set the frequency to 7 or 8.")
                                      .arg(origPath));
        }

        c.priorAuthorization = text(o, path, QLatin1String("priorAuthorization"), Need::Optional);

        const QString dxPath = childPath(path, QLatin1String("diagnoses"));
        std::optional<qsizetype> diagnosisCount;
        if (const auto dx = array(o, path, QLatin1String("diagnoses"))) {
            if (!dx->isEmpty())
                diagnosisCount = dx->size();
            if (dx->isEmpty()) {
                problem(dxPath, Tr::tr("%1 is empty; a claim needs at least one diagnosis.")
                                        .arg(dxPath));
            } else if (dx->size() > kMaxDiagnoses) {
                problem(dxPath, Tr::tr("%1 lists %2 diagnoses; a professional claim holds at "
                                       "most 12.")
                                        .arg(dxPath)
                                        .arg(dx->size()));
            }
            for (qsizetype i = 0; i < dx->size(); ++i) {
                const QString p = itemPath(dxPath, i);
                const QString code = normalizedDiagnosis(text(dx->at(i), p));
                if (!code.isEmpty()
                    && (!isUpperAlnum(code, 3, 7) || !isAsciiUpper(code.at(0)))) {
                    problem(p, Tr::tr("%1 is \"%2\", which is not shaped like an ICD-10-CM code "
                                      "(a letter, then 2 to 6 letters and digits, such as "
                                      "E11.9).")
                                       .arg(p, dx->at(i).toString().trimmed()));
                }
                c.diagnoses.append(code);
            }
        }

        const QString linesPath = childPath(path, QLatin1String("lines"));
        if (const auto lines = array(o, path, QLatin1String("lines"))) {
            if (lines->isEmpty()) {
                problem(linesPath, Tr::tr("%1 is empty; a claim needs at least one service "
                                          "line.")
                                           .arg(linesPath));
            } else if (lines->size() > kMaxLines) {
                problem(linesPath, Tr::tr("%1 lists %2 service lines; an 837P claim holds at "
                                          "most 50. Split it into several claims.")
                                           .arg(linesPath)
                                           .arg(lines->size()));
            }
            for (qsizetype i = 0; i < lines->size(); ++i) {
                const QString p = itemPath(linesPath, i);
                if (!lines->at(i).isObject()) {
                    problem(p, Tr::tr("%1 must be an object ({ … }).").arg(p));
                    continue;
                }
                c.lines.append(line(lines->at(i).toObject(), p, diagnosisCount));
            }
        }
        return c;
    }

    ClaimBatch batch(const QJsonObject &root)
    {
        ClaimBatch b;
        checkKeys(root, QString(),
                  {QLatin1String("submitter"), QLatin1String("receiver"),
                   QLatin1String("claims")});
        b.submitter = submitter(root);
        b.receiver = receiver(root);

        const QString claimsPath = QStringLiteral("claims");
        const auto claims = array(root, QString(), QLatin1String("claims"));
        if (!claims)
            return b;
        if (claims->isEmpty())
            problem(claimsPath, Tr::tr("%1 is empty; the file needs at least one claim.")
                                        .arg(claimsPath));
        QHash<QString, qsizetype> firstIndex;
        QList<JsonProblem> duplicates;
        for (qsizetype i = 0; i < claims->size(); ++i) {
            const QString p = itemPath(claimsPath, i);
            if (!claims->at(i).isObject()) {
                problem(p, Tr::tr("%1 must be an object ({ … }).").arg(p));
                continue;
            }
            const ClaimDocument c = claim(claims->at(i).toObject(), p);
            if (!c.id.isEmpty()) {
                const auto it = firstIndex.constFind(c.id);
                if (it == firstIndex.constEnd()) {
                    firstIndex.insert(c.id, i);
                } else {
                    const QString idPath = childPath(p, QLatin1String("id"));
                    duplicates.append(JsonProblem{
                            idPath,
                            Tr::tr("%1 is \"%2\", the same as %3; each claim needs its own "
                                   "patient control number.")
                                    .arg(idPath, c.id,
                                         childPath(itemPath(claimsPath, *it),
                                                   QLatin1String("id")))});
                }
            }
            b.claims.append(c);
        }
        problems.append(duplicates);
        return b;
    }
};

} // namespace

QString normalizedDiagnosis(const QString &code)
{
    QString out = code.trimmed().toUpper();
    out.remove(QLatin1Char('.'));
    return out;
}

ReadResult read(const QByteArray &json)
{
    ReadResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset is mostly just past the character that broke the syntax (a missing
        // comma is found at the next quote): point at that character.
        const qsizetype at = qBound(qsizetype(0), qsizetype(error.offset) - 1, json.size());
        const QByteArray before = json.left(at);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        result.problems.append(JsonProblem{
                QString(),
                Tr::tr("The claims file is not valid JSON: %1 at line %2, column %3.")
                        .arg(error.errorString())
                        .arg(line)
                        .arg(column)});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append(JsonProblem{
                QString(),
                Tr::tr("The claims file must be one JSON object with submitter, receiver and "
                       "claims.")});
        return result;
    }
    Reader reader;
    result.batch = reader.batch(doc.object());
    result.problems = std::move(reader.problems);
    return result;
}

ReadResult readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.problems.append(JsonProblem{
                QString(),
                Tr::tr("Cannot open the claims file %1: %2.")
                        .arg(QDir::toNativeSeparators(fileName), file.errorString())});
        return result;
    }
    return read(file.readAll());
}

} // namespace cc::claimsjson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "payerruleservice.h"
#include "auditservice.h"
#include "storage/database.h"
#include "storage/payerrulerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <variant>

namespace cc {

namespace {

using Problem = PayerRuleService::Problem;
using PayerKey = PayerRuleRepository::PayerKey;

/// A rules file bigger than this is not a rules file (a practice has tens of rules).
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
/// Problems spelled out in the first lines of an import refusal; all of them are in the detail.
constexpr int kProblemsShown = 12;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::PayerRuleService)
};

/// Names are compared without case or repeated spaces: "Knee MRI" and "knee  mri" are one rule.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QStringList normalizedList(const QStringList &list)
{
    QStringList out;
    for (const QString &raw : list) {
        const QString entry = raw.trimmed().toUpper();
        if (!entry.isEmpty() && !out.contains(entry))
            out.append(entry);
    }
    return out;
}

QString actionKey(PayerRule::Action action)
{
    return action == PayerRule::Action::Authorization ? QStringLiteral("authorization")
                                                      : QStringLiteral("finding");
}

/// "A", "A or B", "A, B or C".
QString orList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = items.constFirst();
    for (qsizetype i = 1; i < items.size(); ++i) {
        out = i + 1 < items.size() ? Tr::tr("%1, %2").arg(out, items.at(i))
                                   : Tr::tr("%1 or %2").arg(out, items.at(i));
    }
    return out;
}

/// "A", "A and B", "A, B and C".
QString andList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = items.constFirst();
    for (qsizetype i = 1; i < items.size(); ++i) {
        out = i + 1 < items.size() ? Tr::tr("%1, %2").arg(out, items.at(i))
                                   : Tr::tr("%1 and %2").arg(out, items.at(i));
    }
    return out;
}

QString jsonPath(int ruleIndex, const QString &field, int index = -1)
{
    QString path = QStringLiteral("rules[%1]").arg(ruleIndex);
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    if (index >= 0)
        path += QStringLiteral("[%1]").arg(index);
    return path;
}

QString located(const QString &path, const QString &sentence)
{
    //: A JSON path such as rules[3].codes[1], then what is wrong there.
    return Tr::tr("%1: %2").arg(path, sentence);
}

/// Line and column (1-based) of a character offset, for a JSON syntax error.
QPair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

/**
 * Reads one rule object of a file into @p rule, with the payer's code and name in
 * @p payerCode / @p payerName (empty: every payer). Every field of the wrong type, every
 * unknown field and every unknown value becomes a line of @p problems.
 */
void readRule(const QJsonObject &o, int i, PayerRule &rule, QString &payerCode, QString &payerName,
    QStringList &problems)
{
    static const QStringList known = {
        QStringLiteral("name"),
        QStringLiteral("payer"),
        QStringLiteral("codes"),
        QStringLiteral("modifiersPresent"),
        QStringLiteral("modifiersAbsent"),
        QStringLiteral("placeOfService"),
        QStringLiteral("minAge"),
        QStringLiteral("maxAge"),
        QStringLiteral("sex"),
        QStringLiteral("action"),
        QStringLiteral("severity"),
        QStringLiteral("message"),
        QStringLiteral("fix"),
        QStringLiteral("active"),
    };
    // An unknown field is most likely a misspelt condition; ignoring it would make the rule
    // match more claims than its author meant.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            problems.append(located(jsonPath(i, it.key()),
                Tr::tr("This is not a field of a payer rule; the fields are %1.")
                    .arg(known.join(QStringLiteral(", ")))));
        }
    }

    auto text = [&](const QString &key) -> QString {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problems.append(located(jsonPath(i, key), Tr::tr("This must be text, in quotes.")));
            return {};
        }
        return v.toString();
    };
    auto list = [&](const QString &key) -> QStringList {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problems.append(located(
                jsonPath(i, key), Tr::tr("This must be a list of text, such as [\"73721\"].")));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype k = 0; k < array.size(); ++k) {
            if (!array.at(k).isString()) {
                problems.append(
                    located(jsonPath(i, key, int(k)), Tr::tr("This must be text, in quotes.")));
                continue;
            }
            out.append(array.at(k).toString());
        }
        return out;
    };
    auto age = [&](const QString &key) -> int {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return -1;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 130) {
            problems.append(located(jsonPath(i, key),
                Tr::tr("An age is a whole number of years from 0 to 130, or "
                       "null for no bound.")));
            return -1;
        }
        return int(d);
    };

    rule.name = text(QStringLiteral("name"));
    rule.codes = list(QStringLiteral("codes"));
    rule.modifiersPresent = list(QStringLiteral("modifiersPresent"));
    rule.modifiersAbsent = list(QStringLiteral("modifiersAbsent"));
    rule.placeOfService = text(QStringLiteral("placeOfService"));
    rule.minAge = age(QStringLiteral("minAge"));
    rule.maxAge = age(QStringLiteral("maxAge"));
    rule.sex = text(QStringLiteral("sex"));
    rule.message = text(QStringLiteral("message"));
    rule.fix = text(QStringLiteral("fix"));

    const QJsonValue payer = o.value(QLatin1String("payer"));
    if (payer.isObject()) {
        const QJsonObject p = payer.toObject();
        payerCode = p.value(QLatin1String("id")).toString().trimmed();
        payerName = p.value(QLatin1String("name")).toString().trimmed();
        if (payerCode.isEmpty()) {
            problems.append(located(jsonPath(i, QStringLiteral("payer.id")),
                Tr::tr("Name the payer by its payer id, such as \"SMHP2\".")));
        }
    } else if (!payer.isUndefined() && !payer.isNull()) {
        problems.append(located(jsonPath(i, QStringLiteral("payer")),
            Tr::tr("The payer is written {\"id\": \"SMHP2\", \"name\": \"Summit "
                   "Health Plan\"}, or null for every payer.")));
    }

    const QJsonValue action = o.value(QLatin1String("action"));
    if (action.isUndefined() || action.toString() == QLatin1String("finding")) {
        rule.action = PayerRule::Action::Finding;
    } else if (action.toString() == QLatin1String("authorization")) {
        rule.action = PayerRule::Action::Authorization;
    } else {
        problems.append(located(jsonPath(i, QStringLiteral("action")),
            Tr::tr("The action is \"finding\" or \"authorization\".")));
    }
    const QJsonValue severity = o.value(QLatin1String("severity"));
    if (severity.isUndefined() || severity.toString() == QLatin1String("error")) {
        rule.severity = Finding::Severity::Error;
    } else if (severity.toString() == QLatin1String("warning")) {
        rule.severity = Finding::Severity::Warning;
    } else {
        problems.append(located(jsonPath(i, QStringLiteral("severity")),
            Tr::tr("The severity is \"error\" or \"warning\".")));
    }
    const QJsonValue active = o.value(QLatin1String("active"));
    if (active.isUndefined()) {
        rule.active = true;
    } else if (active.isBool()) {
        rule.active = active.toBool();
    } else {
        problems.append(located(jsonPath(i, QStringLiteral("active")),
            Tr::tr("Active is true or false, without quotes.")));
    }
}

/// The payer a file names by its payer id code (and, to choose among payers sharing a code,
/// its name).
std::variant<const PayerKey *, QString> findPayer(
    const QList<PayerKey> &payers, const QString &code, const QString &name)
{
    QList<const PayerKey *> found;
    for (const PayerKey &p : payers) {
        if (p.code.compare(code, Qt::CaseInsensitive) == 0)
            found.append(&p);
    }
    const QString named = name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, name);
    if (found.isEmpty()) {
        return Tr::tr("No payer of this practice has the payer id %1. Add the payer first, or "
                      "change the file.")
            .arg(named);
    }
    if (found.size() == 1)
        return found.constFirst();
    for (const PayerKey *p : std::as_const(found)) {
        if (nameKey(p->name) == nameKey(name))
            return p;
    }
    QList<const PayerKey *> active;
    for (const PayerKey *p : std::as_const(found)) {
        if (p->active)
            active.append(p);
    }
    if (active.size() == 1)
        return active.constFirst();
    QStringList names;
    for (const PayerKey *p : std::as_const(found))
        names.append(p->name);
    return Tr::tr("Several payers have the payer id %1 (%2); give the payer's name exactly as the "
                  "practice spells it.")
        .arg(code, names.join(QStringLiteral(", ")));
}

QJsonValue ageJson(int age)
{
    return age >= 0 ? QJsonValue(age) : QJsonValue(QJsonValue::Null);
}

} // namespace

struct PayerRuleService::Plan
{
    QString fileName;
    QList<PayerRule> rules; ///< updates carry the id and version of the rule they replace
    ImportSummary summary;
};

// ---- reading ----------------------------------------------------------------------------

Result<void> PayerRuleService::mayRead(const Session &who) const
{
    if (who.userId <= 0)
        return Error::make(Error::Kind::Forbidden, tr("Log in to read the payer rules."));
    return {};
}

Result<QList<PayerRule>> PayerRuleService::rules(const Session &who, bool activeOnly)
{
    if (auto r = mayRead(who); !r)
        return r.error();
    return PayerRuleRepository(m_db).list(activeOnly);
}

Result<std::optional<PayerRule>> PayerRuleService::rule(const Session &who, qint64 id)
{
    if (auto r = mayRead(who); !r)
        return r.error();
    return PayerRuleRepository(m_db).get(id);
}

// ---- checking ---------------------------------------------------------------------------

PayerRule PayerRuleService::normalized(PayerRule rule)
{
    rule.name = rule.name.simplified();
    rule.codes = normalizedList(rule.codes);
    rule.modifiersPresent = normalizedList(rule.modifiersPresent);
    rule.modifiersAbsent = normalizedList(rule.modifiersAbsent);
    rule.placeOfService = rule.placeOfService.trimmed();
    rule.sex = rule.sex.trimmed().toUpper();
    rule.message = rule.message.trimmed();
    rule.fix = rule.fix.trimmed();
    return rule;
}

QList<PayerRuleService::Problem> PayerRuleService::check(const PayerRule &rule)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{3,7}$"));
    static const QRegularExpression prefix(QStringLiteral("^[A-Z0-9]{1,6}\\*$"));
    static const QRegularExpression range(QStringLiteral("^([A-Z0-9]{3,7})-([A-Z0-9]{3,7})$"));
    static const QRegularExpression modifier(QStringLiteral("^[A-Z0-9]{2}$"));
    static const QRegularExpression pos(QStringLiteral("^[0-9]{2}$"));

    QList<Problem> out;
    const auto add = [&out](const char *field, int index, const QString &message) {
        out.append({QString::fromLatin1(field), index, message});
    };

    if (rule.name.trimmed().isEmpty())
        add("name", -1,
            tr("Give the rule a name, such as “Summit: knee MRI needs an "
               "authorization”."));

    for (qsizetype i = 0; i < rule.codes.size(); ++i) {
        const QString &entry = rule.codes.at(i);
        if (code.match(entry).hasMatch() || prefix.match(entry).hasMatch())
            continue;
        if (const auto m = range.match(entry); m.hasMatch()) {
            const QString from = m.captured(1), to = m.captured(2);
            if (from.size() != to.size()) {
                add("codes", int(i),
                    tr("The range %1 has ends of different lengths; write both codes in full, "
                       "such as 97110-97140.")
                        .arg(entry));
            } else if (from > to) {
                add("codes", int(i),
                    tr("The range %1 runs backwards; write the lower code first, such as "
                       "97110-97140.")
                        .arg(entry));
            }
            continue;
        }
        add("codes", int(i),
            tr("“%1” is not a code (3 to 7 letters or digits), a prefix such as 992* or a range "
               "such as 97110-97140.")
                .arg(entry));
    }

    for (const auto &[field, list] : {std::pair {"modifiersPresent", &rule.modifiersPresent},
             std::pair {"modifiersAbsent", &rule.modifiersAbsent}}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!modifier.match(list->at(i)).hasMatch()) {
                add(field, int(i),
                    tr("“%1” is not a modifier: a modifier has two letters or digits, such as 25 "
                       "or LT.")
                        .arg(list->at(i)));
            }
        }
    }
    for (qsizetype i = 0; i < rule.modifiersAbsent.size(); ++i) {
        const QString &m = rule.modifiersAbsent.at(i);
        if (rule.modifiersPresent.contains(m)) {
            add("modifiersAbsent", int(i),
                tr("Modifier %1 cannot be both required and excluded: the rule would never "
                   "apply.")
                    .arg(m));
        }
    }

    if (!rule.placeOfService.isEmpty() && !pos.match(rule.placeOfService).hasMatch())
        add("placeOfService", -1,
            tr("A place of service has two digits, such as 11 (office) or 22 (outpatient "
               "hospital)."));

    const bool minOk = rule.minAge >= -1 && rule.minAge <= 130;
    const bool maxOk = rule.maxAge >= -1 && rule.maxAge <= 130;
    if (!minOk)
        add("minAge", -1, tr("The youngest age is a whole number of years from 0 to 130."));
    if (!maxOk)
        add("maxAge", -1, tr("The oldest age is a whole number of years from 0 to 130."));
    if (minOk && maxOk && rule.minAge >= 0 && rule.maxAge >= 0 && rule.minAge > rule.maxAge)
        add("maxAge", -1,
            tr("The ages run backwards (from %1 to %2): the youngest age comes first.")
                .arg(rule.minAge)
                .arg(rule.maxAge));

    if (!rule.sex.isEmpty() && rule.sex != QLatin1String("M") && rule.sex != QLatin1String("F"))
        add("sex", -1, tr("Sex is M, F, or empty for either."));

    if (rule.action == PayerRule::Action::Authorization && rule.codes.isEmpty())
        add("codes", -1,
            tr("A prior-authorization rule names the codes that need the authorization."));

    if (rule.message.trimmed().isEmpty())
        add("message", -1,
            tr("Write the message the biller will read, such as “Summit requires a prior "
               "authorization for knee MRI.”"));
    return out;
}

// ---- describing -------------------------------------------------------------------------

QString PayerRuleService::describeCode(const QString &entry)
{
    if (entry.endsWith(QLatin1Char('*')))
        return tr("any code starting with %1").arg(entry.chopped(1));
    if (const qsizetype dash = entry.indexOf(QLatin1Char('-')); dash > 0)
        return tr("any code from %1 to %2").arg(entry.left(dash), entry.mid(dash + 1));
    return entry;
}

QString PayerRuleService::describe(const PayerRule &rule)
{
    const QString scope = rule.payerId == 0 ? tr("For every payer")
        : rule.payerName.isEmpty()          ? tr("For the chosen payer")
                                            : tr("For %1").arg(rule.payerName);
    QStringList codes;
    for (const QString &entry : rule.codes)
        codes.append(describeCode(entry));
    const QString subject = codes.isEmpty() ? tr("every service") : orList(codes);

    QStringList when;
    if (rule.modifiersPresent.size() == 1)
        when.append(tr("the line carries modifier %1").arg(rule.modifiersPresent.constFirst()));
    else if (!rule.modifiersPresent.isEmpty())
        when.append(tr("the line carries modifier %1").arg(orList(rule.modifiersPresent)));
    if (rule.modifiersAbsent.size() == 1)
        when.append(
            tr("the line does not carry modifier %1").arg(rule.modifiersAbsent.constFirst()));
    else if (!rule.modifiersAbsent.isEmpty())
        when.append(
            tr("the line carries none of the modifiers %1").arg(orList(rule.modifiersAbsent)));
    if (!rule.placeOfService.isEmpty())
        when.append(tr("the place of service is %1").arg(rule.placeOfService));
    if (rule.minAge >= 0 && rule.maxAge >= 0) {
        when.append(rule.minAge == rule.maxAge
                ? tr("the patient is %1 years old").arg(rule.minAge)
                : tr("the patient is %1 to %2 years old").arg(rule.minAge).arg(rule.maxAge));
    } else if (rule.minAge >= 0) {
        when.append(tr("the patient is %1 or older").arg(rule.minAge));
    } else if (rule.maxAge >= 0) {
        when.append(tr("the patient is %1 or younger").arg(rule.maxAge));
    }
    if (rule.sex == QLatin1String("F"))
        when.append(tr("the patient is female"));
    else if (rule.sex == QLatin1String("M"))
        when.append(tr("the patient is male"));
    const QString conditions = andList(when);

    QString sentence;
    if (rule.action == PayerRule::Action::Authorization) {
        sentence = conditions.isEmpty()
            ? tr("%1, %2 needs a prior authorization active on the date of service.")
                  .arg(scope, subject)
            : tr("%1, %2 needs a prior authorization active on the date of service when "
                 "%3.")
                  .arg(scope, subject, conditions);
    } else {
        const QString message = rule.message.trimmed();
        const bool error = rule.severity == Finding::Severity::Error;
        if (message.isEmpty() && conditions.isEmpty()) {
            sentence = error ? tr("%1, %2 raises an error.").arg(scope, subject)
                             : tr("%1, %2 raises a warning.").arg(scope, subject);
        } else if (message.isEmpty()) {
            sentence = error
                ? tr("%1, %2 raises an error when %3.").arg(scope, subject, conditions)
                : tr("%1, %2 raises a warning when %3.").arg(scope, subject, conditions);
        } else if (conditions.isEmpty()) {
            sentence = error ? tr("%1, %2 raises an error: “%3”").arg(scope, subject, message)
                             : tr("%1, %2 raises a warning: “%3”").arg(scope, subject, message);
        } else {
            sentence = error ? tr("%1, %2 raises an error when %3: “%4”")
                                   .arg(scope, subject, conditions, message)
                             : tr("%1, %2 raises a warning when %3: “%4”")
                                   .arg(scope, subject, conditions, message);
        }
    }
    return rule.active ? sentence : tr("Inactive, so not checked: %1").arg(sentence);
}

// ---- writing ----------------------------------------------------------------------------

Result<PayerRule> PayerRuleService::save(const Session &who, const PayerRule &input)
{
    if (auto r = who.require(Permission::ManagePayerRules); !r)
        return r.error();
    const PayerRule rule = normalized(input);
    QList<Problem> problems = check(rule);

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    PayerRuleRepository repo(m_db);
    // The checks that need the database run inside the transaction: no other seat can add
    // a rule of the same name between the check and the write.
    auto payers = repo.payers();
    if (!payers)
        return payers.error();
    if (rule.payerId != 0 && std::none_of(payers->cbegin(), payers->cend(), [&](const PayerKey &p) {
            return p.id == rule.payerId;
        })) {
        problems.append({QStringLiteral("payer"), -1,
            tr("The payer of this rule no longer exists; choose another payer.")});
    }
    auto existing = repo.list(false);
    if (!existing)
        return existing.error();
    if (!rule.name.isEmpty()) {
        for (const PayerRule &other : existing.value()) {
            if (other.id != rule.id && nameKey(other.name) == nameKey(rule.name)) {
                problems.append({QStringLiteral("name"), -1,
                    tr("Another rule is already named “%1”; give this one a name "
                       "of its own (files of rules match rules by name).")
                        .arg(other.name)});
                break;
            }
        }
    }
    if (!problems.isEmpty()) {
        QStringList sentences;
        for (const Problem &p : std::as_const(problems))
            sentences.append(p.message);
        return Error::invalid(sentences.join(QLatin1Char('\n')));
    }

    qint64 id = rule.id;
    if (id == 0) {
        auto inserted = repo.insert(rule);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
    } else {
        if (auto r = repo.update(rule, rule.version); !r)
            return r.error();
    }
    if (auto r = m_audit.record(who,
            rule.id == 0 ? QStringLiteral("payer_rule.create")
                         : QStringLiteral("payer_rule.update"),
            QStringLiteral("payer_rule"), id, rule.name);
        !r)
        return r.error();
    auto saved = repo.get(id);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return Error::notFound(tr("The payer rule “%1” could not be read back.").arg(rule.name));
    if (auto r = tx.commit(); !r)
        return r.error();
    emit changed();
    return *saved.value();
}

Result<void> PayerRuleService::remove(const Session &who, qint64 id)
{
    if (auto r = who.require(Permission::ManagePayerRules); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    PayerRuleRepository repo(m_db);
    auto found = repo.get(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("This payer rule no longer exists: another seat deleted it."));
    if (auto r = repo.remove(id); !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("payer_rule.remove"),
            QStringLiteral("payer_rule"), id, found.value()->name);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit changed();
    return {};
}

// ---- files ------------------------------------------------------------------------------

Result<int> PayerRuleService::exportToFile(const Session &who, const QString &path)
{
    if (auto r = who.require(Permission::ManagePayerRules); !r)
        return r.error();
    PayerRuleRepository repo(m_db);
    auto all = repo.list(false);
    if (!all)
        return all.error();
    auto payers = repo.payers();
    if (!payers)
        return payers.error();
    QHash<qint64, PayerKey> byId;
    for (const PayerKey &p : payers.value())
        byId.insert(p.id, p);

    QJsonArray rules;
    for (const PayerRule &r : all.value()) {
        QJsonValue payer(QJsonValue::Null);
        if (r.payerId != 0) {
            const PayerKey p = byId.value(r.payerId);
            payer = QJsonObject {{QStringLiteral("id"), p.code}, {QStringLiteral("name"), p.name}};
        }
        rules.append(QJsonObject {
            {QStringLiteral("name"), r.name},
            {QStringLiteral("payer"), payer},
            {QStringLiteral("codes"), QJsonArray::fromStringList(r.codes)},
            {QStringLiteral("modifiersPresent"), QJsonArray::fromStringList(r.modifiersPresent)},
            {QStringLiteral("modifiersAbsent"), QJsonArray::fromStringList(r.modifiersAbsent)},
            {QStringLiteral("placeOfService"), r.placeOfService},
            {QStringLiteral("minAge"), ageJson(r.minAge)},
            {QStringLiteral("maxAge"), ageJson(r.maxAge)},
            {QStringLiteral("sex"), r.sex},
            {QStringLiteral("action"), actionKey(r.action)},
            {QStringLiteral("severity"), findings::severityKey(r.severity)},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("fix"), r.fix},
            {QStringLiteral("active"), r.active},
        });
    }
    const QJsonObject root {
        {QStringLiteral("format"), fileFormat()},
        {QStringLiteral("version"), kFileVersion},
        {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("rules"), rules},
    };

    // QSaveFile writes beside the target and renames at the end: a failed export leaves the
    // file that was there untouched.
    const QString fileName = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::ReadOnly,
            tr("The payer rules could not be written to %1: the folder cannot be "
               "written to. Choose another folder.")
                .arg(fileName),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::make(Error::Kind::DiskFull,
            tr("The payer rules could not be written to %1 (is the disk full?). "
               "Any file of that name was left as it was.")
                .arg(fileName),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (auto r
        = m_audit.record(who, QStringLiteral("payer_rule.export"), QStringLiteral("payer_rule"),
            std::nullopt, QStringLiteral("%1 rules to %2").arg(all->size()).arg(fileName));
        !r)
        return r.error();
    return int(all->size());
}

Result<PayerRuleService::Plan> PayerRuleService::readFile(const Session &who, const QString &path)
{
    if (auto r = who.require(Permission::ManagePayerRules); !r)
        return r.error();
    Plan plan;
    plan.fileName = QFileInfo(path).fileName();
    const QString &name = plan.fileName;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Open,
            tr("%1 could not be opened, so nothing was imported. Check that the "
               "file exists and that you may read it.")
                .arg(name),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileBytes) {
        return Error::invalid(tr("%1 is too large to be a file of payer rules, so nothing was "
                                 "imported. Choose a file exported by CleanClaim.")
                                  .arg(name));
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        return Error::invalid(tr("%1 is not valid JSON (%2 at line %3, column %4), so nothing "
                                 "was imported. Choose a file exported by CleanClaim, or correct "
                                 "this one.")
                                  .arg(name, parseError.errorString())
                                  .arg(line)
                                  .arg(column));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != fileFormat()) {
        return Error::invalid(tr("%1 is not a file of CleanClaim payer rules (its \"format\" is "
                                 "not \"%2\"), so nothing was imported.")
                                  .arg(name, fileFormat()));
    }
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version > kFileVersion) {
        return Error::invalid(tr("%1 was written by a newer CleanClaim (file version %2; this one "
                                 "reads version %3), so nothing was imported. Update CleanClaim "
                                 "first.")
                                  .arg(name)
                                  .arg(version)
                                  .arg(kFileVersion));
    }
    if (version < 1) {
        return Error::invalid(
            tr("%1: \"version\" must be %2, so nothing was imported.").arg(name).arg(kFileVersion));
    }
    if (!root.value(QLatin1String("rules")).isArray()) {
        return Error::invalid(
            tr("%1: \"rules\" must be a list of rules, so nothing was imported.").arg(name));
    }
    const QJsonArray array = root.value(QLatin1String("rules")).toArray();
    if (array.isEmpty())
        return Error::invalid(tr("%1 holds no rules, so nothing was imported.").arg(name));

    PayerRuleRepository repo(m_db);
    auto payers = repo.payers();
    if (!payers)
        return payers.error();
    auto existing = repo.list(false);
    if (!existing)
        return existing.error();
    QHash<QString, PayerRule> byName;
    for (const PayerRule &r : existing.value())
        byName.insert(nameKey(r.name), r);

    QStringList problems;
    QHash<QString, int> seen; ///< name key → index of the rule of the file that has it
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            problems.append(located(jsonPath(int(i), QString()),
                tr("A rule is written between braces: {\"name\": …}.")));
            continue;
        }
        PayerRule rule;
        QString payerCode, payerName;
        readRule(array.at(i).toObject(), int(i), rule, payerCode, payerName, problems);
        rule = normalized(rule);
        if (!payerCode.isEmpty()) {
            const auto found = findPayer(payers.value(), payerCode, payerName);
            if (const auto *message = std::get_if<QString>(&found)) {
                problems.append(located(jsonPath(int(i), QStringLiteral("payer")), *message));
            } else {
                const PayerKey *p = std::get<const PayerKey *>(found);
                rule.payerId = p->id;
                rule.payerName = p->name;
            }
        }
        for (const Problem &p : check(rule))
            problems.append(located(jsonPath(int(i), p.field, p.index), p.message));
        const QString key = nameKey(rule.name);
        if (!key.isEmpty()) {
            if (seen.contains(key)) {
                problems.append(located(jsonPath(int(i), QStringLiteral("name")),
                    tr("rules[%1] has the same name; each rule of a file "
                       "needs a name of its own.")
                        .arg(seen.value(key))));
            } else {
                seen.insert(key, int(i));
            }
        }
        if (const auto it = byName.constFind(key); it != byName.cend()) {
            rule.id = it->id;
            rule.version = it->version;
            ++plan.summary.updated;
        } else {
            rule.id = 0;
            ++plan.summary.added;
        }
        plan.rules.append(rule);
    }
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, kProblemsShown);
        if (problems.size() > kProblemsShown)
            shown.append(tr("…and %n more.", nullptr, int(problems.size() - kProblemsShown)));
        return Error::invalid(tr("%1 was not imported, and nothing was changed: it has %n "
                                 "problem(s). Correct the file and import it again.",
                                  nullptr, int(problems.size()))
                                  .arg(name)
                + QLatin1Char('\n') + shown.join(QLatin1Char('\n')),
            problems.join(QLatin1Char('\n')));
    }
    return plan;
}

Result<PayerRuleService::ImportSummary> PayerRuleService::checkImport(
    const Session &who, const QString &path)
{
    auto plan = readFile(who, path);
    if (!plan)
        return plan.error();
    return plan->summary;
}

Result<PayerRuleService::ImportSummary> PayerRuleService::importFromFile(
    const Session &who, const QString &path)
{
    if (auto r = who.require(Permission::ManagePayerRules); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    // Read inside the transaction: the rules matched by name cannot change before the write.
    auto plan = readFile(who, path);
    if (!plan)
        return plan.error();
    PayerRuleRepository repo(m_db);
    for (const PayerRule &rule : std::as_const(plan->rules)) {
        qint64 id = rule.id;
        if (id == 0) {
            auto inserted = repo.insert(rule);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
        } else {
            if (auto r = repo.update(rule, rule.version); !r)
                return r.error();
        }
        if (auto r = m_audit.record(who,
                rule.id == 0 ? QStringLiteral("payer_rule.create")
                             : QStringLiteral("payer_rule.update"),
                QStringLiteral("payer_rule"), id, QStringLiteral("%1 (import)").arg(rule.name));
            !r)
            return r.error();
    }
    if (auto r = m_audit.record(who, QStringLiteral("payer_rule.import"),
            QStringLiteral("payer_rule"), std::nullopt,
            QStringLiteral("%1: added %2, updated %3")
                .arg(plan->fileName)
                .arg(plan->summary.added)
                .arg(plan->summary.updated));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit changed();
    return plan->summary;
}

} // namespace cc

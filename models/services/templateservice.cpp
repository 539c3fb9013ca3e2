// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateservice.h"
#include "auditservice.h"
#include "storage/database.h"
#include "storage/queryrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::TemplateService)
};

QString kindKey(TemplateService::Kind kind)
{
    return kind == TemplateService::Kind::Query ? QStringLiteral("query")
                                                : QStringLiteral("checklist");
}

QString folder(TemplateService::Kind kind)
{
    return kind == TemplateService::Kind::Query ? QStringLiteral(":/templates/queries")
                                                : QStringLiteral(":/templates/checklists");
}

QString shipped(TemplateService::Kind kind, const QString &key)
{
    QFile f(folder(kind) + QLatin1Char('/') + key + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Result<QJsonObject> parseObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::invalid(Tr::tr("The template is not valid JSON: %1 (at character %2).")
                                      .arg(error.errorString())
                                      .arg(error.offset));
    }
    return doc.object();
}

} // namespace

Result<QueryTemplate> TemplateService::parseQuery(const QString &json)
{
    auto obj = parseObject(json);
    if (!obj)
        return obj.error();
    QueryTemplate t;
    t.key = obj->value(QLatin1String("key")).toString();
    t.title = obj->value(QLatin1String("title")).toString();
    t.form = obj->value(QLatin1String("form")).toString();
    t.question = obj->value(QLatin1String("question")).toString();
    t.source = obj->value(QLatin1String("source")).toString();
    for (const QJsonValue &v : obj->value(QLatin1String("options")).toArray())
        t.options.append(v.toString());
    if (t.key.isEmpty() || t.title.isEmpty() || t.question.isEmpty())
        return Error::invalid(Tr::tr("A query template needs a key, a title and a question."));
    if (t.form == QLatin1String("multiple_choice")) {
        // A compliant multiple-choice query offers every reasonable option plus "other" and
        // "clinically undetermined" (ACDIS/AHIMA query practice brief).
        const bool other = std::any_of(t.options.cbegin(), t.options.cend(), [](const QString &o) {
            return o.contains(QLatin1String("other"), Qt::CaseInsensitive);
        });
        const bool undetermined
                = std::any_of(t.options.cbegin(), t.options.cend(), [](const QString &o) {
                      return o.contains(QLatin1String("undetermined"), Qt::CaseInsensitive);
                  });
        if (t.options.size() < 3 || !other || !undetermined)
            return Error::invalid(Tr::tr("A multiple-choice query must offer the clinical options "
                                         "plus \"Other\" and \"Clinically undetermined\"."));
    } else if (t.form == QLatin1String("yes_no")) {
        if (t.options != QStringList{QStringLiteral("Yes"), QStringLiteral("No")})
            return Error::invalid(Tr::tr("A yes/no query offers exactly the options \"Yes\" and "
                                         "\"No\"."));
    } else if (t.form == QLatin1String("open")) {
        if (!t.options.isEmpty())
            return Error::invalid(Tr::tr("An open-ended query offers no options."));
    } else {
        return Error::invalid(Tr::tr("The form of a query is \"open\", \"multiple_choice\" or "
                                     "\"yes_no\"."));
    }
    return t;
}

Result<Checklist> TemplateService::parseChecklist(const QString &json)
{
    auto obj = parseObject(json);
    if (!obj)
        return obj.error();
    Checklist c;
    c.key = obj->value(QLatin1String("key")).toString();
    c.title = obj->value(QLatin1String("title")).toString();
    c.source = obj->value(QLatin1String("source")).toString();
    for (const QJsonValue &v : obj->value(QLatin1String("items")).toArray()) {
        const QJsonObject item = v.toObject();
        ChecklistItem i{item.value(QLatin1String("key")).toString(),
                        item.value(QLatin1String("text")).toString(),
                        item.value(QLatin1String("required")).toBool()};
        if (i.key.isEmpty() || i.text.isEmpty())
            return Error::invalid(Tr::tr("Every checklist item needs a key and a text."));
        c.items.append(i);
    }
    if (c.key.isEmpty() || c.title.isEmpty() || c.items.isEmpty())
        return Error::invalid(Tr::tr("A checklist needs a key, a title and at least one item."));
    return c;
}

QStringList TemplateService::shippedKeys(Kind kind)
{
    QStringList keys;
    const QDir dir(folder(kind));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        keys.append(file.chopped(5));
    return keys;
}

Result<QPair<QString, bool>> TemplateService::content(Kind kind, const QString &key)
{
    auto edited = QueryRepository(m_db).templateContent(kindKey(kind), key);
    if (!edited)
        return edited.error();
    if (edited.value())
        return qMakePair(*edited.value(), true);
    const QString text = shipped(kind, key);
    if (text.isEmpty())
        return Error::notFound(Tr::tr("There is no template named %1.").arg(key));
    return qMakePair(text, false);
}

Result<QList<QueryTemplate>> TemplateService::queryTemplates()
{
    QList<QueryTemplate> out;
    for (const QString &key : shippedKeys(Kind::Query)) {
        auto text = content(Kind::Query, key);
        if (!text)
            return text.error();
        auto t = parseQuery(text->first);
        if (!t)
            return t.error();
        out.append(t.value());
    }
    return out;
}

Result<std::optional<QueryTemplate>> TemplateService::queryTemplate(const QString &key)
{
    auto all = queryTemplates();
    if (!all)
        return all.error();
    for (const QueryTemplate &t : all.value()) {
        if (t.key == key)
            return std::optional<QueryTemplate>(t);
    }
    return std::optional<QueryTemplate>();
}

Result<std::optional<Checklist>> TemplateService::checklist(const QString &specialty)
{
    if (!shippedKeys(Kind::Checklist).contains(specialty))
        return std::optional<Checklist>();
    auto text = content(Kind::Checklist, specialty);
    if (!text)
        return text.error();
    auto c = parseChecklist(text->first);
    if (!c)
        return c.error();
    return std::optional<Checklist>(c.value());
}

Result<void> TemplateService::save(const Session &who, Kind kind, const QString &key,
                                   const QString &json)
{
    if (auto r = who.require(Permission::ManageTemplates); !r)
        return r;
    if (!shippedKeys(kind).contains(key))
        return Error::notFound(Tr::tr("There is no template named %1.").arg(key));
    if (kind == Kind::Query) {
        auto t = parseQuery(json);
        if (!t)
            return t.error();
        if (t->key != key)
            return Error::invalid(Tr::tr("The template's key must stay %1.").arg(key));
    } else {
        auto c = parseChecklist(json);
        if (!c)
            return c.error();
        if (c->key != key)
            return Error::invalid(Tr::tr("The checklist's key must stay %1.").arg(key));
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = QueryRepository(m_db).saveTemplate(kindKey(kind), key, json, who.userId); !r)
        return r;
    if (auto r = m_audit.record(who, QStringLiteral("template.save"), kindKey(kind), std::nullopt,
                                key);
        !r)
        return r;
    return tx.commit();
}

Result<void> TemplateService::reset(const Session &who, Kind kind, const QString &key)
{
    if (auto r = who.require(Permission::ManageTemplates); !r)
        return r;
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = QueryRepository(m_db).removeTemplate(kindKey(kind), key); !r)
        return r;
    if (auto r = m_audit.record(who, QStringLiteral("template.reset"), kindKey(kind), std::nullopt,
                                key);
        !r)
        return r;
    return tx.commit();
}

} // namespace cc

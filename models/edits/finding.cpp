// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::findings {

QString severityKey(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? QStringLiteral("error")
                                                : QStringLiteral("warning");
}

QJsonObject toJsonObject(const Finding &f)
{
    return QJsonObject{{QStringLiteral("rule"), f.rule},
                       {QStringLiteral("severity"), severityKey(f.severity)},
                       {QStringLiteral("line"), f.line},
                       {QStringLiteral("codes"), QJsonArray::fromStringList(f.codes)},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("fix"), f.fix},
                       {QStringLiteral("source"), f.source}};
}

QByteArray toJson(const QList<Finding> &list)
{
    QJsonArray array;
    for (const Finding &f : list)
        array.append(toJsonObject(f));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Finding> fromJson(const QByteArray &json)
{
    QList<Finding> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.rule = o.value(QLatin1String("rule")).toString();
        f.severity = o.value(QLatin1String("severity")).toString() == QLatin1String("warning")
                ? Finding::Severity::Warning
                : Finding::Severity::Error;
        f.line = o.value(QLatin1String("line")).toInt();
        for (const QJsonValue &c : o.value(QLatin1String("codes")).toArray())
            f.codes.append(c.toString());
        f.message = o.value(QLatin1String("message")).toString();
        f.fix = o.value(QLatin1String("fix")).toString();
        f.source = o.value(QLatin1String("source")).toString();
        out.append(f);
    }
    return out;
}

bool hasErrors(const QList<Finding> &list)
{
    return std::any_of(list.cbegin(), list.cend(), [](const Finding &f) { return f.isError(); });
}

} // namespace cc::findings

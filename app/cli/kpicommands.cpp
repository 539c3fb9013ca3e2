// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpicommands.h"
#include "domain/money.h"
#include "reports/measures.h"
#include "services/measureservice.h"
#include "services/workstation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace cc::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

// The default period: the 30 days ending on --to (today unless given).
constexpr int kDefaultDays = 30;

QString kpiUsage()
{
    return Tr::tr("Usage: cleanclaim [--db PATH] [--user NAME] kpi [--from YYYY-MM-DD] "
                  "[--to YYYY-MM-DD] [--by payer|provider|coder] [--json]\n"
                  "Prints the revenue-cycle measures over a period (default: the 30 days "
                  "ending today).\n");
}

/// A date given as exactly YYYY-MM-DD, or an invalid date.
QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

/// One JSON scalar as text (Qt escapes strings and writes numbers as short as they go).
QString jsonText(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString quoted(const QString &s)
{
    return jsonText(QJsonValue(s));
}

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QJsonValue amountJson(MeasureUnit unit, qint64 amount)
{
    switch (unit) {
    case MeasureUnit::Count:
    case MeasureUnit::Days:
        return QJsonValue(amount);
    case MeasureUnit::Cents:
        return QJsonValue(Money::fromCents(amount).toDecimalString());
    case MeasureUnit::Minutes:
        return QJsonValue(rounded(double(amount) / (24.0 * 60.0), 2));
    }
    return QJsonValue(amount);
}

/// {"value", "numerator", "denominator", "formula"} of one measure, on one line.
QString measureJson(const MeasureInfo &info, const MeasureValue &v)
{
    const QJsonValue value = v.value ? QJsonValue(rounded(*v.value, 4)) : QJsonValue();
    return QStringLiteral("{\"value\": %1, \"numerator\": %2, \"denominator\": %3, "
                          "\"formula\": %4}")
        .arg(jsonText(value), jsonText(amountJson(info.numeratorUnit, v.numerator)),
            jsonText(amountJson(info.denominatorUnit, v.denominator)), quoted(info.formula));
}

/// The "measures" object of a set, keys in MeasureKind order (QJsonObject would sort them).
QString measuresJson(const MeasureSet &set, const QString &indent)
{
    QStringList lines;
    for (const MeasureInfo &info : measures::all()) {
        if (!set.applies[std::size_t(info.kind)])
            continue;
        lines.append(indent + QStringLiteral("    ") + quoted(info.key) + QStringLiteral(": ")
            + measureJson(info, set.value(info.kind)));
    }
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QLatin1Char('\n') + indent
        + QLatin1Char('}');
}

QString valueText(const MeasureInfo &info, const MeasureValue &v)
{
    if (!v.value)
        return Tr::tr("no data");
    if (info.valueKind == MeasureValueKind::Rate)
        //: A rate in the kpi table: "93.5 %"
        return Tr::tr("%1 %").arg(QString::number(*v.value * 100.0, 'f', 1));
    //: Days in the kpi table: "12.4 days"
    return Tr::tr("%1 days").arg(QString::number(*v.value, 'f', 1));
}

QString amountText(MeasureUnit unit, qint64 amount)
{
    switch (unit) {
    case MeasureUnit::Count:
        return QString::number(amount);
    case MeasureUnit::Cents:
        return Money::fromCents(amount).toDisplayString();
    case MeasureUnit::Days:
        return Tr::tr("%n day(s)", nullptr, int(amount));
    case MeasureUnit::Minutes:
        return Tr::tr("%1 days").arg(QString::number(double(amount) / (24.0 * 60.0), 'f', 2));
    }
    return QString::number(amount);
}

/// The measures of a set as an aligned table: name, value, numerator, denominator.
void printTable(QTextStream &out, const MeasureSet &set)
{
    QList<QStringList> rows;
    rows.append({Tr::tr("Measure"), Tr::tr("Value"), Tr::tr("Numerator"), Tr::tr("Denominator")});
    for (const MeasureInfo &info : measures::all()) {
        if (!set.applies[std::size_t(info.kind)])
            continue;
        const MeasureValue &v = set.value(info.kind);
        //: "Clean on first scrub: 187" in the kpi table
        rows.append({info.name, valueText(info, v),
            Tr::tr("%1: %2").arg(info.numeratorName, amountText(info.numeratorUnit, v.numerator)),
            Tr::tr("%1: %2").arg(
                info.denominatorName, amountText(info.denominatorUnit, v.denominator))});
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            const bool last = i + 1 == r.size();
            line += last ? r.at(i) : r.at(i).leftJustified(widths[i] + 2);
        }
        out << line << '\n';
    }
}

QString dimensionTitle(MeasureDimension d)
{
    switch (d) {
    case MeasureDimension::Payer:
        return Tr::tr("Payer");
    case MeasureDimension::Provider:
        return Tr::tr("Provider");
    case MeasureDimension::Coder:
        return Tr::tr("Coder");
    case MeasureDimension::Overall:
        break;
    }
    return {};
}

} // namespace

int kpi(const GlobalOptions &global, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a
        = parseArgs(args, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by")},
            {QStringLiteral("json")});
    if (!a.error.isEmpty() || !a.positional.isEmpty()) {
        err << (a.error.isEmpty() ? Tr::tr("kpi takes no file names.") : a.error) << '\n'
            << kpiUsage();
        return 2;
    }
    QDate to = QDate::currentDate();
    if (a.options.contains(QStringLiteral("to"))) {
        to = parseDate(a.options.value(QStringLiteral("to")));
        if (!to.isValid()) {
            err << Tr::tr("--to takes a date as YYYY-MM-DD, not \"%1\".")
                       .arg(a.options.value(QStringLiteral("to")))
                << '\n';
            return 2;
        }
    }
    QDate from = to.addDays(-(kDefaultDays - 1));
    if (a.options.contains(QStringLiteral("from"))) {
        from = parseDate(a.options.value(QStringLiteral("from")));
        if (!from.isValid()) {
            err << Tr::tr("--from takes a date as YYYY-MM-DD, not \"%1\".")
                       .arg(a.options.value(QStringLiteral("from")))
                << '\n';
            return 2;
        }
    }
    if (from > to) {
        err << Tr::tr("The period starts on %1, after its last day %2: give a --from on or "
                      "before --to.")
                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            << '\n';
        return 2;
    }
    MeasureDimension by = MeasureDimension::Overall;
    if (a.options.contains(QStringLiteral("by"))) {
        const QString key = a.options.value(QStringLiteral("by"));
        if (key == QLatin1String("payer")) {
            by = MeasureDimension::Payer;
        } else if (key == QLatin1String("provider")) {
            by = MeasureDimension::Provider;
        } else if (key == QLatin1String("coder")) {
            by = MeasureDimension::Coder;
        } else {
            err << Tr::tr("--by takes payer, provider or coder, not \"%1\".").arg(key) << '\n';
            return 2;
        }
    }
    const bool json = a.options.contains(QStringLiteral("json"));

    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    // Without --user the holder of the file reads as the console, as every command does;
    // with it, the user's role decides (a coder is refused, exit 3).
    const Session console {
        0, QStringLiteral("console"), Tr::tr("Console"), Role::Manager, std::nullopt};
    const Session &who = practice.session ? *practice.session : console;
    MeasureService &service = practice.workstation->measures();
    const MeasurePeriod period {from, to};
    auto overall = service.compute(who, period);
    if (!overall)
        return fail(err, overall.error());
    QList<MeasureSet> groups;
    if (by != MeasureDimension::Overall) {
        auto sets = service.breakdown(who, period, by);
        if (!sets)
            return fail(err, sets.error());
        groups = sets.value();
    }

    if (json) {
        QStringList top;
        top.append(QStringLiteral("    \"from\": ") + quoted(from.toString(Qt::ISODate)));
        top.append(QStringLiteral("    \"to\": ") + quoted(to.toString(Qt::ISODate)));
        top.append(QStringLiteral("    \"measures\": ")
            + measuresJson(overall.value(), QStringLiteral("    ")));
        if (by != MeasureDimension::Overall) {
            QStringList items;
            const QString indent = QStringLiteral("            ");
            for (const MeasureSet &g : std::as_const(groups)) {
                items.append(QStringLiteral("        {\n") + indent + QStringLiteral("\"id\": ")
                    + QString::number(g.groupId) + QStringLiteral(",\n") + indent
                    + QStringLiteral("\"name\": ") + quoted(g.groupName) + QStringLiteral(",\n")
                    + indent + QStringLiteral("\"measures\": ") + measuresJson(g, indent)
                    + QStringLiteral("\n        }"));
            }
            top.append(items.isEmpty() ? QStringLiteral("    \"groups\": []")
                                       : QStringLiteral("    \"groups\": [\n")
                        + items.join(QStringLiteral(",\n")) + QStringLiteral("\n    ]"));
        }
        out << "{\n" << top.join(QStringLiteral(",\n")) << "\n}\n";
        return 0;
    }

    out << Tr::tr("Measures from %1 to %2")
               .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        << "\n\n";
    printTable(out, overall.value());
    for (const MeasureSet &g : std::as_const(groups)) {
        //: A group of the kpi breakdown: "Payer: Medicare"
        out << '\n' << Tr::tr("%1: %2").arg(dimensionTitle(by), g.groupName) << '\n';
        printTable(out, g);
    }
    return 0;
}

} // namespace cc::cli

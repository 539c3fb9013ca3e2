// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrubcommands.h"
#include "claims/claimsjson.h"
#include "services/scrubservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cc::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

QString scrubUsage()
{
    return Tr::tr("Usage: cleanclaim [--db PATH] [--user NAME] scrub [--input CLAIMS.json] "
                  "[--json] [--today YYYY-MM-DD]\n");
}

} // namespace

int scrub(const GlobalOptions &global, const QStringList &args, QTextStream &out,
          QTextStream &err)
{
    const Args a = parseArgs(args, {QStringLiteral("input"), QStringLiteral("today")},
                             {QStringLiteral("json")});
    if (!a.error.isEmpty() || !a.positional.isEmpty()) {
        err << (a.error.isEmpty() ? Tr::tr("scrub takes no FILE argument: give the claims file "
                                           "with --input.")
                                  : a.error)
            << '\n'
            << scrubUsage();
        return 2;
    }
    QDate today = QDate::currentDate();
    if (a.options.contains(QStringLiteral("today"))) {
        today = QDate::fromString(a.options.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << Tr::tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return 2;
        }
    }
    const bool json = a.options.contains(QStringLiteral("json"));

    // A bad claims file is reported before the database is touched.
    QList<ScrubClaim> claims;
    const QString input = a.options.value(QStringLiteral("input"));
    if (!input.isEmpty()) {
        const claimsjson::ReadResult read = claimsjson::readFile(input);
        if (!read.ok()) {
            const QString name = QFileInfo(input).fileName();
            for (const JsonProblem &p : read.problems)
                err << name << ": " << p.message << '\n';
            err << Tr::tr("%1 has %n problem(s); nothing was scrubbed.", nullptr,
                          int(read.problems.size()))
                            .arg(name)
                << '\n';
            return 1;
        }
        for (const ClaimDocument &c : read.batch.claims)
            claims.append(claimsjson::toScrubClaim(c));
    }

    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    if (practice.session && !practice.session->can(Permission::ManageClaims)
        && !practice.session->can(Permission::CodeEncounter)
        && !practice.session->can(Permission::ReviewHandoff))
        return fail(err, Error::forbidden(roles::describe(Permission::ManageClaims)));
    ScrubService &scrubber = practice.workstation->scrub();
    if (input.isEmpty()) {
        auto pending = scrubber.pendingClaims();
        if (!pending)
            return fail(err, pending.error());
        claims = pending.value();
    }
    auto result = scrubber.scrub(claims, today);
    if (!result)
        return fail(err, result.error());

    int errors = 0, warningsOnly = 0, clean = 0;
    for (const ScrubService::ClaimFindings &c : result.value()) {
        if (findings::hasErrors(c.findings))
            ++errors;
        else if (!c.findings.isEmpty())
            ++warningsOnly;
        else
            ++clean;
    }
    if (json) {
        QJsonArray array;
        for (const ScrubService::ClaimFindings &c : result.value()) {
            QJsonArray list;
            for (const Finding &f : c.findings)
                list.append(findings::toJsonObject(f));
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("findings"), list}});
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("claims"), array}})
                                         .toJson(QJsonDocument::Indented));
    } else {
        if (result->isEmpty())
            out << Tr::tr("Nothing is waiting for a scrub.") << '\n';
        for (const ScrubService::ClaimFindings &c : result.value()) {
            if (c.findings.isEmpty()) {
                out << Tr::tr("%1: clean").arg(c.id) << '\n';
                continue;
            }
            out << c.id << ":\n";
            for (const Finding &f : c.findings) {
                const QString where = f.line > 0 ? Tr::tr("line %1").arg(f.line)
                                                 : Tr::tr("claim");
                out << "  " << (f.isError() ? Tr::tr("error") : Tr::tr("warning")) << "  "
                    << where << "  " << f.rule << ": " << f.message << '\n'
                    << "      " << Tr::tr("Fix: %1").arg(f.fix) << '\n'
                    << "      " << Tr::tr("Source: %1").arg(f.source) << '\n';
            }
        }
        if (!result->isEmpty())
            out << Tr::tr("%n claim(s) scrubbed: ", nullptr, int(result->size()))
                << Tr::tr("%1 clean, %2 with warnings only, %3 with errors.")
                           .arg(clean)
                           .arg(warningsOnly)
                           .arg(errors)
                << '\n';
    }
    return errors > 0 ? 1 : 0;
}

} // namespace cc::cli

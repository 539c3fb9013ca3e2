// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12commands.h"
#include "claims/claimsjson.h"
#include "domain/money.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"
#include "services/workstation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace cc::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

QString export837Usage()
{
    return Tr::tr("Usage: cleanclaim [--db PATH] [--user NAME] export-837 [--input CLAIMS.json] "
                  "--out FILE\n"
                  "Without --input, the practice's ready claims are written (drafts are scrubbed "
                  "first), one file per receiver, and the claims become submitted.\n");
}

QString importAckUsage()
{
    return Tr::tr("Usage: cleanclaim [--db PATH] [--user NAME] import-ack FILE [--json]\n");
}

/// @p output for the first batch; "<stem>-<receiver>.<suffix>" beside it for the others.
QString batchPath(const QString &output, int index, const QString &receiver)
{
    if (index == 0)
        return output;
    const QFileInfo info(output);
    const QString suffix = info.completeSuffix().isEmpty() ? QString()
                                                            : QLatin1Char('.') + info.completeSuffix();
    return info.dir().filePath(info.baseName() + QLatin1Char('-') + receiver + suffix);
}

bool writeFile(const QString &path, const QByteArray &content, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}

/// export-837 without --input: the practice's ready claims, as SubmissionService::submit.
int exportFromDatabase(const GlobalOptions &global, const QString &output, QTextStream &out,
                       QTextStream &err)
{
    const QString shownDir = QDir::toNativeSeparators(QFileInfo(output).absolutePath());
    if (!QFileInfo(QFileInfo(output).absolutePath()).isWritable()) {
        err << Tr::tr("%1 is not a folder this user can write to; no claim was sent.")
                        .arg(shownDir)
            << '\n';
        return 1;
    }
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    Workstation &ws = *practice.workstation;
    if (auto scrubbed = ws.claims().scrubClaims(practice.session); !scrubbed)
        return fail(err, scrubbed.error());
    auto result = ws.submissions().submit(practice.session, {}, QDateTime::currentDateTime());
    if (!result)
        return fail(err, result.error());
    int failures = 0;
    for (qsizetype i = 0; i < result->batches.size(); ++i) {
        const BatchRecord &b = result->batches.at(i);
        const QString path = batchPath(output, int(i), b.summary.receiverId);
        QString problem;
        if (!writeFile(path, b.content, &problem)) {
            ++failures;
            err << Tr::tr("%1 cannot be written: %2. The batch is kept: save it again from "
                          "the Submissions screen (batch %3).")
                            .arg(QDir::toNativeSeparators(path), problem)
                            .arg(b.summary.id)
                << '\n';
            continue;
        }
        out << Tr::tr("%1: %n claim(s) to %2 (%3), %4, interchange %5.", nullptr,
                      b.summary.claimCount)
                        .arg(QDir::toNativeSeparators(path), b.summary.receiverName,
                             b.summary.receiverId,
                             Money::fromCents(b.summary.totalChargeCents).toDisplayString(),
                             b.summary.interchangeControl)
            << '\n';
    }
    for (const QString &s : result->skipped)
        out << Tr::tr("Not sent: %1").arg(s) << '\n';
    return failures == 0 ? 0 : 1;
}
} // namespace

int export837(const GlobalOptions &global, const QStringList &args, QTextStream &out,
              QTextStream &err)
{
    const Args a = parseArgs(args, {QStringLiteral("input"), QStringLiteral("out")});
    if (!a.error.isEmpty() || !a.positional.isEmpty()) {
        err << (a.error.isEmpty() ? Tr::tr("export-837 takes no FILE argument: give the claims "
                                           "file with --input and the 837 file with --out.")
                                  : a.error)
            << '\n'
            << export837Usage();
        return 2;
    }
    const QString input = a.options.value(QStringLiteral("input"));
    const QString output = a.options.value(QStringLiteral("out"));
    if (output.isEmpty()) {
        err << Tr::tr("Give the file to write with --out FILE.") << '\n' << export837Usage();
        return 2;
    }
    if (input.isEmpty())
        return exportFromDatabase(global, output, out, err);

    // A bad claims file is reported before the database is touched, and nothing is written.
    const claimsjson::ReadResult read = claimsjson::readFile(input);
    if (!read.ok()) {
        const QString name = QFileInfo(input).fileName();
        for (const JsonProblem &p : read.problems)
            err << name << ": " << p.message << '\n';
        err << Tr::tr("%1 has %n problem(s); no 837 was written.", nullptr,
                      int(read.problems.size()))
                        .arg(name)
            << '\n';
        return 1;
    }

    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    SubmissionService submissions(practice.workstation->database(),
                                  practice.workstation->audit());
    const QString shown = QDir::toNativeSeparators(output);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        err << Tr::tr("%1 cannot be written: %2.").arg(shown, file.errorString()) << '\n';
        return 1;
    }
    auto interchange = submissions.exportBatch(practice.session, read.batch,
                                               QDateTime::currentDateTime());
    if (!interchange)
        return fail(err, interchange.error());
    if (file.write(interchange.value()) != interchange->size() || !file.commit()) {
        err << Tr::tr("%1 cannot be written: %2.").arg(shown, file.errorString()) << '\n';
        return 1;
    }
    out << Tr::tr("%n claim(s) written to %1.", nullptr, int(read.batch.claims.size()))
                   .arg(shown)
        << '\n';
    return 0;
}

int importAck(const GlobalOptions &global, const QStringList &args, QTextStream &out,
              QTextStream &err)
{
    const Args a = parseArgs(args, {}, {QStringLiteral("json")});
    if (!a.error.isEmpty() || a.positional.size() != 1) {
        err << (a.error.isEmpty() ? Tr::tr("import-ack reads one file.") : a.error) << '\n'
            << importAckUsage();
        return 2;
    }
    const QString path = a.positional.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Tr::tr("%1 cannot be read: %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString())
            << '\n';
        return 1;
    }
    const QByteArray data = file.readAll();
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    auto result = practice.workstation->submissions().importAck(
            practice.session, QFileInfo(path).fileName(), data, QDateTime::currentDateTime());
    if (!result) {
        // A malformed file is the input's fault (1); the database refusing is 3.
        if (result.error().kind == Error::Kind::Invalid
            || result.error().kind == Error::Kind::Conflict) {
            err << QFileInfo(path).fileName() << ": " << result.error().userMessage << '\n';
            if (!result.error().detail.isEmpty())
                err << result.error().detail << '\n';
            err << Tr::tr("Nothing was changed.") << '\n';
            return 1;
        }
        return fail(err, result.error());
    }
    if (a.options.contains(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), result->kind);
        o.insert(QStringLiteral("accepted"), result->accepted);
        o.insert(QStringLiteral("rejected"), result->rejected);
        o.insert(QStringLiteral("lines"), QJsonArray::fromStringList(result->lines));
        o.insert(QStringLiteral("unmatched"), QJsonArray::fromStringList(result->unmatched));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const QString &line : result->lines)
        out << line << '\n';
    out << Tr::tr("%1 read: %2 accepted, %3 rejected, %4 not matched.")
                    .arg(result->kind)
                    .arg(result->accepted)
                    .arg(result->rejected)
                    .arg(result->unmatched.size())
        << '\n';
    return 0;
}

} // namespace cc::cli

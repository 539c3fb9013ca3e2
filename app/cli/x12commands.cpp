// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12commands.h"
#include "claims/claimsjson.h"
#include "services/submissionservice.h"
#include "services/workstation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
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
    return Tr::tr("Usage: cleanclaim [--db PATH] [--user NAME] export-837 --input CLAIMS.json "
                  "--out FILE\n");
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
    if (input.isEmpty()) {
        err << Tr::tr("export-837 needs --input CLAIMS.json for now: building the claims from "
                      "the practice database is not supported yet.")
            << '\n'
            << export837Usage();
        return 2;
    }
    if (output.isEmpty()) {
        err << Tr::tr("Give the file to write with --out FILE.") << '\n' << export837Usage();
        return 2;
    }

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

} // namespace cc::cli

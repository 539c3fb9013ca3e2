// SPDX-License-Identifier: GPL-3.0-or-later
#include "codecommands.h"

#include "codes/codefile.h"
#include "services/codesetservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace cc::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

constexpr int kDefaultLimit = 20;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

/// The locale for numbers: the user's, or US English under the C locale ("74,719").
QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

QString importUsage()
{
    return Tr::tr("Usage: cleanclaim --db PATH [--user NAME] import-codes KIND FILE "
                  "--effective YYYY-MM-DD [--release NAME]\n"
                  "KIND: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv\n");
}

QString searchUsage()
{
    return Tr::tr("Usage: cleanclaim --db PATH search-codes TEXT [--date YYYY-MM-DD] [--limit N]\n");
}

QString summaryText(const CodeSetService::ImportSummary &s)
{
    const QLocale numbers = numberLocale();
    const CodeRelease &r = s.release;
    const QString from = r.effectiveFrom.toString(Qt::ISODate);
    QString text = r.modifierCount > 0
            ? Tr::tr("Imported %1 codes and %2 modifiers into release \"%3\" (%4), effective %5.")
                      .arg(numbers.toString(r.codeCount), numbers.toString(r.modifierCount),
                           r.name, codekind::key(r.kind), from)
            : Tr::tr("Imported %1 codes into release \"%2\" (%3), effective %4.")
                      .arg(numbers.toString(r.codeCount), r.name, codekind::key(r.kind), from);
    if (r.effectiveTo) {
        text += QLatin1Char('\n')
                + Tr::tr("A later %1 release takes over after %2.")
                          .arg(codekind::label(r.kind), r.effectiveTo->toString(Qt::ISODate));
    }
    if (s.replaced)
        text += QLatin1Char('\n') + Tr::tr("It replaces the earlier import of that release.");
    return text;
}

} // namespace

int importCodes(const GlobalOptions &global, const QStringList &args, QTextStream &out,
                QTextStream &err)
{
    const Args a = parseArgs(args, {QStringLiteral("release"), QStringLiteral("effective")});
    if (!a.error.isEmpty()) {
        err << a.error << '\n' << importUsage();
        return 2;
    }
    if (a.positional.size() != 2) {
        err << Tr::tr("import-codes takes a KIND and a FILE.") << '\n' << importUsage();
        return 2;
    }
    const QString kind = a.positional.at(0);
    const auto format = codes::formatFromKey(kind);
    if (!format) {
        if (kind == QLatin1String("ncci-ptp") || kind == QLatin1String("mue"))
            err << Tr::tr("Importing %1 files is not available yet.").arg(kind) << '\n';
        else
            err << Tr::tr("Unknown KIND %1.").arg(kind) << '\n' << importUsage();
        return 2;
    }
    if (!a.options.contains(QStringLiteral("effective"))) {
        err << Tr::tr("import-codes needs --effective YYYY-MM-DD: the first date of service the "
                      "release applies to.")
            << '\n'
            << importUsage();
        return 2;
    }
    const QDate effective =
            QDate::fromString(a.options.value(QStringLiteral("effective")), Qt::ISODate);
    if (!effective.isValid()) {
        err << Tr::tr("--effective takes a date as YYYY-MM-DD.") << '\n';
        return 2;
    }
    const QString name = a.options.value(
            QStringLiteral("release"),
            QStringLiteral("%1 %2").arg(codekind::label(codes::kindOf(*format)),
                                        effective.toString(Qt::ISODate)));

    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;

    // A progress line, redrawn in place, only for a person watching a terminal.
    const bool showProgress = stderrIsTerminal();
    int shownPercent = -1;
    const QLocale numbers = numberLocale();
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != shownPercent) {
            shownPercent = percent;
            err << '\r'
                << Tr::tr("Importing %1: %2% (%3 of %4)")
                           .arg(kind)
                           .arg(percent)
                           .arg(numbers.toString(done), numbers.toString(total));
            err.flush();
        }
        return true;
    };
    const CodeSetService::ImportRequest request{*format, a.positional.at(1), name, effective};
    auto summary = practice.workstation->codes().importFile(
            practice.session, request,
            showProgress ? CodeSetService::Progress(progress) : CodeSetService::Progress());
    if (showProgress && shownPercent >= 0)
        err << '\n';
    if (!summary)
        return fail(err, summary.error());
    out << summaryText(summary.value()) << '\n';
    return 0;
}

int searchCodes(const GlobalOptions &global, const QStringList &args, QTextStream &out,
                QTextStream &err)
{
    const Args a = parseArgs(args, {QStringLiteral("date"), QStringLiteral("limit")});
    if (!a.error.isEmpty()) {
        err << a.error << '\n' << searchUsage();
        return 2;
    }
    const QString text = a.positional.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        err << Tr::tr("search-codes needs the TEXT to look for: a code or words.") << '\n'
            << searchUsage();
        return 2;
    }
    QDate date = QDate::currentDate();
    if (a.options.contains(QStringLiteral("date"))) {
        date = QDate::fromString(a.options.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid()) {
            err << Tr::tr("--date takes a date as YYYY-MM-DD.") << '\n';
            return 2;
        }
    }
    int limit = kDefaultLimit;
    if (a.options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = a.options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > CodeSetService::kMaxSearchLimit) {
            err << Tr::tr("--limit takes a whole number from 1 to %1.")
                            .arg(CodeSetService::kMaxSearchLimit)
                << '\n';
            return 2;
        }
    }

    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    CodeSetService &codes = practice.workstation->codes();
    auto found = codes.search(text, date, limit);
    if (!found)
        return fail(err, found.error());
    if (found->isEmpty()) {
        auto releases = codes.releases();
        const bool anyInForce = releases
                && std::any_of(releases->cbegin(), releases->cend(),
                               [&date](const CodeRelease &r) { return r.isInForce(date); });
        err << (anyInForce ? Tr::tr("No code in force on %1 matches \"%2\".")
                                     .arg(date.toString(Qt::ISODate), text)
                           : Tr::tr("No code set is in force on %1; import one with "
                                    "import-codes.")
                                     .arg(date.toString(Qt::ISODate)))
            << '\n';
        return 0;
    }
    // Machine-readable columns: the kind key and billable/header are not translated.
    for (const CodeEntry &e : std::as_const(found.value())) {
        out << e.displayCode() << '\t' << codekind::key(e.kind) << '\t'
            << (e.billable ? QLatin1String("billable") : QLatin1String("header")) << '\t'
            << e.description() << '\n';
    }
    return 0;
}

} // namespace cc::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codecommands.h"

#include "codes/codefile.h"
#include "services/codesetservice.h"
#include "services/editdataservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <functional>
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
                  "       KIND: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv\n"
                  "       cleanclaim --db PATH [--user NAME] import-codes ncci-ptp FILE [FILE...] "
                  "--release NAME\n"
                  "       the parts of one CMS NCCI practitioner PTP release, e.g. --release "
                  "v322r0\n"
                  "       cleanclaim --db PATH [--user NAME] import-codes mue FILE --release NAME "
                  "--effective YYYY-MM-DD\n"
                  "       a CMS practitioner MUE file, in force from the date to the next "
                  "release\n");
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

/**
 * A progress line on stderr, redrawn in place, only for a person watching a terminal
 * (callback() is empty otherwise). The destructor ends the line.
 */
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, const QString &kind) : m_err(err), m_kind(kind) { }
    ~ProgressLine()
    {
        if (m_shownPercent >= 0)
            m_err << '\n';
    }
    std::function<bool(qint64, qint64)> callback()
    {
        if (!stderrIsTerminal())
            return {};
        return [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != m_shownPercent) {
                m_shownPercent = percent;
                m_err << '\r'
                      << Tr::tr("Importing %1: %2% (%3 of %4)")
                                 .arg(m_kind)
                                 .arg(percent)
                                 .arg(m_numbers.toString(done), m_numbers.toString(total));
                m_err.flush();
            }
            return true;
        };
    }

private:
    QTextStream &m_err;
    QString m_kind;
    QLocale m_numbers = numberLocale();
    int m_shownPercent = -1;
};

/// Prints an import error: its sentence, then its detail one line each (FILE:LINE: what is
/// wrong, for a refused file).
int failImport(QTextStream &err, const Error &e)
{
    err << e.userMessage << '\n';
    const QStringList lines = e.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        err << line << '\n';
    return e.exitCode();
}

/// The date of --effective, or an invalid date after printing why (exit code 2).
QDate effectiveOption(const Args &a, QTextStream &err)
{
    const QDate effective =
            QDate::fromString(a.options.value(QStringLiteral("effective")), Qt::ISODate);
    if (!effective.isValid())
        err << Tr::tr("--effective takes a date as YYYY-MM-DD.") << '\n';
    return effective;
}

/// `import-codes ncci-ptp FILE [FILE…] --release NAME`.
int importNcciPtp(const GlobalOptions &global, const Args &a, QTextStream &out, QTextStream &err)
{
    const QStringList files = a.positional.mid(1);
    if (files.isEmpty()) {
        err << Tr::tr("import-codes ncci-ptp takes the FILE of a CMS PTP release, or the files "
                      "of its parts.")
            << '\n'
            << importUsage();
        return 2;
    }
    if (a.options.contains(QStringLiteral("effective"))) {
        err << Tr::tr("--effective does not apply to ncci-ptp: each PTP edit carries its own "
                      "effective and deletion dates.")
            << '\n'
            << importUsage();
        return 2;
    }
    const QString name = a.options.value(QStringLiteral("release")).trimmed();
    if (name.isEmpty()) {
        err << Tr::tr("import-codes ncci-ptp needs --release NAME: the CMS version, such as "
                      "v322r0.")
            << '\n'
            << importUsage();
        return 2;
    }
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    EditDataService edits(practice.workstation->database(), practice.workstation->audit());
    Result<EditDataService::PtpImportSummary> summary = [&] {
        ProgressLine progress(err, a.positional.at(0));
        return edits.importPtp(practice.session, files, name, progress.callback());
    }();
    if (!summary)
        return failImport(err, summary.error());
    out << Tr::tr("Imported %1 NCCI PTP edits into release \"%2\".")
                    .arg(numberLocale().toString(summary->rows), summary->release.name)
        << '\n';
    return 0;
}

/// `import-codes mue FILE --release NAME --effective YYYY-MM-DD`.
int importMue(const GlobalOptions &global, const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.positional.size() != 2) {
        err << Tr::tr("import-codes mue takes one FILE.") << '\n' << importUsage();
        return 2;
    }
    const QString name = a.options.value(QStringLiteral("release")).trimmed();
    if (name.isEmpty() || !a.options.contains(QStringLiteral("effective"))) {
        err << Tr::tr("import-codes mue needs --release NAME and --effective YYYY-MM-DD: the "
                      "first date of service the MUE values apply to.")
            << '\n'
            << importUsage();
        return 2;
    }
    const QDate effective = effectiveOption(a, err);
    if (!effective.isValid())
        return 2;
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    EditDataService edits(practice.workstation->database(), practice.workstation->audit());
    auto summary = edits.importMue(practice.session, a.positional.at(1), name, effective);
    if (!summary)
        return failImport(err, summary.error());
    out << Tr::tr("Imported %1 MUE values into release \"%2\", effective %3.")
                    .arg(numberLocale().toString(summary->rows), summary->release.name,
                         summary->release.effective.toString(Qt::ISODate))
        << '\n';
    return 0;
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
    if (a.positional.isEmpty()) {
        err << Tr::tr("import-codes takes a KIND and a FILE.") << '\n' << importUsage();
        return 2;
    }
    const QString kind = a.positional.at(0);
    if (kind == QLatin1String("ncci-ptp"))
        return importNcciPtp(global, a, out, err);
    if (kind == QLatin1String("mue"))
        return importMue(global, a, out, err);
    if (a.positional.size() != 2) {
        err << Tr::tr("import-codes takes a KIND and a FILE.") << '\n' << importUsage();
        return 2;
    }
    const auto format = codes::formatFromKey(kind);
    if (!format) {
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
    const QDate effective = effectiveOption(a, err);
    if (!effective.isValid())
        return 2;
    const QString name = a.options.value(
            QStringLiteral("release"),
            QStringLiteral("%1 %2").arg(codekind::label(codes::kindOf(*format)),
                                        effective.toString(Qt::ISODate)));

    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;

    const CodeSetService::ImportRequest request{*format, a.positional.at(1), name, effective};
    Result<CodeSetService::ImportSummary> summary = [&] {
        ProgressLine progress(err, kind);
        return practice.workstation->codes().importFile(practice.session, request,
                                                        progress.callback());
    }();
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

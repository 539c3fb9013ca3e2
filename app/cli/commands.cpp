// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "backupcommands.h"
#include "codecommands.h"
#include "kpicommands.h"
#include "postingcommands.h"
#include "remitcommands.h"
#include "scrubcommands.h"
#include "x12commands.h"

#include "services/auditservice.h"
#include "services/authservice.h"
#include "services/demobuilder.h"
#include "services/workstation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cc::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

} // namespace

Args parseArgs(const QStringList &args, const QStringList &withValue, const QStringList &flags)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            const QString name = arg.mid(2);
            if (withValue.contains(name)) {
                if (i + 1 >= args.size()) {
                    a.error = Tr::tr("The option %1 needs a value.").arg(arg);
                    return a;
                }
                a.options.insert(name, args.at(++i));
            } else if (flags.contains(name)) {
                a.options.insert(name, QStringLiteral("1"));
            } else {
                a.error = Tr::tr("Unknown option %1.").arg(arg);
                return a;
            }
        } else {
            a.positional.append(arg);
        }
    }
    return a;
}

int fail(QTextStream &err, const Error &e)
{
    err << e.userMessage << '\n';
    if (!e.detail.isEmpty())
        err << "  " << e.detail << '\n';
    return e.exitCode();
}

QString askPassword(const QString &prompt, QTextStream &err)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return QString();
    err << prompt << Qt::flush;
    termios before{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios hidden = before;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
    err << '\n';
    return line;
#else
    Q_UNUSED(prompt)
    Q_UNUSED(err)
    return QString();
#endif
}

Result<std::unique_ptr<Workstation>> openWorkstation(const GlobalOptions &global,
                                                     QTextStream &err)
{
    auto ws = Workstation::open(global.dbPath);
    // A server that wants a password libpq could not find (PGPASSWORD, ~/.pgpass): asked at
    // the terminal, and kept for this command's other connections to the same server.
    if (!ws && Database::needsPassword(ws.error())) {
        const QString password = askPassword(Tr::tr("Password for %1: ").arg(global.dbPath), err);
        if (!password.isEmpty()) {
            ws = Workstation::open(global.dbPath, password);
            if (ws)
                qputenv("PGPASSWORD", password.toLocal8Bit());
        }
    }
    return ws;
}

OpenedPractice openPractice(const GlobalOptions &global, QTextStream &err)
{
    OpenedPractice p;
    auto ws = openWorkstation(global, err);
    if (!ws) {
        p.exitCode = fail(err, ws.error());
        return p;
    }
    p.workstation = std::move(ws).value();
    if (!global.user.isEmpty()) {
        const QString password = qEnvironmentVariable("CLEANCLAIM_PASSWORD");
        auto s = p.workstation->auth().login(global.user, password);
        if (!s) {
            p.exitCode = fail(err, s.error());
            return p;
        }
        p.session = s.value();
    }
    return p;
}

namespace {

int demo(const GlobalOptions &global, const QStringList &rawArgs, QTextStream &out,
         QTextStream &err)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("encounters"), QStringLiteral("seed"),
                                   QStringLiteral("today")});
    if (!a.error.isEmpty() || !a.positional.isEmpty()) {
        err << (a.error.isEmpty() ? Tr::tr("demo takes no file names.") : a.error) << '\n'
            << usage();
        return 2;
    }
    DemoBuilder::Options options;
    bool ok = true;
    if (a.options.contains(QStringLiteral("encounters"))) {
        options.encounters = a.options.value(QStringLiteral("encounters")).toInt(&ok);
        if (!ok || options.encounters < 0) {
            err << Tr::tr("--encounters takes a whole number, 0 or more.") << '\n';
            return 2;
        }
    }
    if (a.options.contains(QStringLiteral("seed"))) {
        options.seed = a.options.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << Tr::tr("--seed takes a whole number.") << '\n';
            return 2;
        }
    }
    if (a.options.contains(QStringLiteral("today"))) {
        options.anchor = QDate::fromString(a.options.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.anchor.isValid()) {
            err << Tr::tr("--today takes a date as YYYY-MM-DD.") << '\n';
            return 2;
        }
    }
    auto ws = openWorkstation(global, err);
    if (!ws)
        return fail(err, ws.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = ws.value()->demo().build(options);
    if (!summary)
        return fail(err, summary.error());
    out << Tr::tr("Demo practice created in %1: %2 providers, %3 payers, %4 patients, %5 "
                  "encounters, %6 users (%7 ms).")
                    .arg(global.dbPath)
                    .arg(summary->providers)
                    .arg(summary->payers)
                    .arg(summary->patients)
                    .arg(summary->encounters)
                    .arg(summary->users)
                    .arg(timer.elapsed())
        << '\n';
    out << Tr::tr("Log in as coder / coder-demo (see the login screen for every role).") << '\n';
    return 0;
}

int auditVerify(const GlobalOptions &global, const QStringList &rawArgs, QTextStream &out,
                QTextStream &err)
{
    if (!rawArgs.isEmpty()) {
        err << Tr::tr("audit-verify takes no arguments.") << '\n';
        return 2;
    }
    auto ws = openWorkstation(global, err);
    if (!ws)
        return fail(err, ws.error());
    auto v = ws.value()->audit().verify();
    if (!v)
        return fail(err, v.error());
    if (v->intact) {
        out << Tr::tr("Audit trail intact: %1 rows, every hash matches.").arg(v->rows) << '\n';
        return 0;
    }
    err << Tr::tr("Audit trail broken at row %1: %2").arg(v->firstBrokenId).arg(v->reason)
        << '\n';
    return 1;
}

} // namespace

QString usage()
{
    return Tr::tr("Usage: cleanclaim [--db PATH] [--lang es] [--user NAME] [COMMAND [OPTIONS]]\n"
                  "With no command, the workstation window opens.\n"
                  "Commands:\n"
                  "  demo [--encounters N] [--seed S] [--today YYYY-MM-DD]\n"
                  "                        build a demo practice in an empty database\n"
                  "  audit-verify          check the audit trail's hash chain\n"
                  "  import-codes KIND FILE --effective YYYY-MM-DD [--release NAME]\n"
                  "                        KIND: icd10cm-order, icd10cm-codes, hcpcs, cpt-csv\n"
                  "  import-codes ncci-ptp FILE [FILE...] --release NAME\n"
                  "                        the CMS NCCI practitioner PTP edits (all parts)\n"
                  "  import-codes mue FILE --release NAME --effective YYYY-MM-DD\n"
                  "                        the CMS practitioner MUE values\n"
                  "  search-codes TEXT [--date YYYY-MM-DD] [--limit N]\n"
                  "                        code, kind, billable, description; one a line\n"
                  "  scrub [--input CLAIMS.json] [--json] [--today YYYY-MM-DD]\n"
                  "                        run the edits on a claims file, or on every claim\n"
                  "                        and coded encounter waiting for them\n"
                  "  export-837 [--input CLAIMS.json] --out FILE\n"
                  "                        write a claims file as one 837P, or the practice's\n"
                  "                        ready claims (one file per receiver; they become\n"
                  "                        submitted)\n"
                  "  import-ack FILE [--json]\n"
                  "                        read a 999 or 277CA onto the claims sent\n"
                  "  read-835 FILE [--json]\n"
                  "                        check an 835 remittance (no database needed)\n"
                  "  import-835 FILE [--json]\n"
                  "                        post an ERA (835) whole, or refuse it whole\n"
                  "  kpi [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by payer|provider|coder] "
                  "[--json]\n"
                  "                        the revenue-cycle measures over a period (default:\n"
                  "                        the 30 days ending today)\n"
                  "  backup --out FILE     a checked copy of the whole practice, taken while\n"
                  "                        others work; never writes over a file\n"
                  "  restore FILE          put a backup in place of the practice (no window may\n"
                  "                        have it open); the replaced database is kept\n"                  "  copy-to postgresql://user@host:port/practice\n"
                  "                        copy the practice file to an empty practice on a\n"
                  "                        PostgreSQL server, and check the copy\n"
                  "Exit codes: 0 done, 1 the input has errors, 2 usage, 3 the database "
                  "refused.\n");
}

bool isCommand(const QString &command)
{
    return command == QLatin1String("demo") || command == QLatin1String("audit-verify")
            || command == QLatin1String("import-codes") || command == QLatin1String("search-codes")
            || command == QLatin1String("scrub") || command == QLatin1String("export-837")
            || command == QLatin1String("import-ack") || command == QLatin1String("help")
            || command == QLatin1String("read-835") || command == QLatin1String("import-835")
            || command == QLatin1String("kpi") || command == QLatin1String("backup")
            || command == QLatin1String("restore") || command == QLatin1String("copy-to");
}

int run(const GlobalOptions &global, const QString &command, const QStringList &args,
        QTextStream &out, QTextStream &err)
{
    if (command == QLatin1String("demo"))
        return demo(global, args, out, err);
    if (command == QLatin1String("audit-verify"))
        return auditVerify(global, args, out, err);
    if (command == QLatin1String("import-codes"))
        return importCodes(global, args, out, err);
    if (command == QLatin1String("search-codes"))
        return searchCodes(global, args, out, err);
    if (command == QLatin1String("scrub"))
        return scrub(global, args, out, err);
    if (command == QLatin1String("export-837"))
        return export837(global, args, out, err);
    if (command == QLatin1String("import-ack"))
        return importAck(global, args, out, err);
    if (command == QLatin1String("read-835"))
        return read835(global, args, out, err);
    if (command == QLatin1String("import-835"))
        return import835(global, args, out, err);
    if (command == QLatin1String("kpi"))
        return kpi(global, args, out, err);
    if (command == QLatin1String("backup"))
        return backup(global, args, out, err);
    if (command == QLatin1String("restore"))
        return restore(global, args, out, err);
    if (command == QLatin1String("copy-to"))
        return copyTo(global, args, out, err);
    if (command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    err << Tr::tr("Unknown command %1.").arg(command) << '\n' << usage();
    return 2;
}

} // namespace cc::cli

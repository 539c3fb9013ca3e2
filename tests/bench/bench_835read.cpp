// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (DESIGN.md §8): parse + balance-check ../shared/x12/big_835_10MB.x12 (33k claims).
// Budget: ≤ 50 ms and ≤ 32 MB peak RSS in the CLI. Prints the figures; not a test.
//
//   bench_835read [--runs N] [--file FILE.x12]
//   In-process: Remit835Reader::read over the mapped file (median of N runs, ms, MB/s).
//   CLI: `cleanclaim read-835 FILE` as a child process: wall time and peak RSS (wait4's
//   ru_maxrss), and the same for --json.
#include "x12/remit835.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cc::x12;

namespace {

/// Counts what the reader hands over, keeping nothing (as a poster would).
class Counter : public Remit835Reader::Handler
{
public:
    int claims = 0;
    int lines = 0;
    int errors = 0;
    qint64 paid = 0;
    void claim(const RemitClaim &c) override
    {
        ++claims;
        lines += int(c.lines.size());
        paid += c.paidCents;
    }
    void error(const RemitError &) override { ++errors; }
};

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct ChildRun
{
    int exitCode = -1;
    double wallMs = 0;
    double cpuMs = 0;
    double peakMb = 0;
};

/// Runs @p args with stdout and stderr to /dev/null; its own rusage comes from wait4.
ChildRun runChild(const QList<QByteArray> &args)
{
    ChildRun r;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        std::vector<char *> argv;
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0)
        return r;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    r.wallMs = double(timer.nsecsElapsed()) / 1e6;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    r.peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    return r;
}

template<typename T>
T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int runs = 5;
    QString path = QStringLiteral(CC_SHARED_DIR "/x12/big_835_10MB.x12");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--file"))
            path = args.at(++i);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "SKIP: " << path << " is absent (../shared not available): nothing to measure.\n";
        return 0;
    }
    const uchar *mapped = file.map(0, file.size());
    const QByteArrayView data(reinterpret_cast<const char *>(mapped), file.size());
    const double mb = double(data.size()) / (1024.0 * 1024.0);

    QList<double> wall, cpu;
    Counter last;
    int segments = 0;
    for (int i = 0; i < runs; ++i) {
        Counter counter;
        QElapsedTimer timer;
        const double c0 = cpuMs();
        timer.start();
        segments = Remit835Reader::read(data, counter);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - c0);
        last = counter;
    }
    const double ms = median(wall);
    out << "read-835 in process: " << QString::number(ms, 'f', 1) << " ms median of " << runs
        << " (best " << QString::number(*std::min_element(wall.begin(), wall.end()), 'f', 1)
        << " ms, CPU " << QString::number(median(cpu), 'f', 1) << " ms), "
        << QString::number(mb / (ms / 1000.0), 'f', 0) << " MB/s — budget 50 ms\n";
    out << "  " << data.size() << " bytes, " << segments << " segments, " << last.claims
        << " claims, " << last.lines << " lines, " << last.errors << " errors, paid "
        << QString::number(double(last.paid) / 100.0, 'f', 2) << '\n';

    // The CLI as a user runs it: its own process, the file mapped, peak RSS from the kernel.
    QTemporaryDir dir; // --db names a file read-835 never opens
    const QByteArray bin = QByteArrayLiteral(CC_CLEANCLAIM_BIN);
    const QByteArray db = dir.filePath(QStringLiteral("unused.sqlite")).toLocal8Bit();
    const QByteArray input = path.toLocal8Bit();
    for (const bool json : {false, true}) {
        QList<double> times, peaks, cpus;
        int exitCode = 0;
        for (int i = 0; i < runs; ++i) {
            QList<QByteArray> cmd{bin, "--db", db, "read-835", input};
            if (json)
                cmd.append("--json");
            const ChildRun r = runChild(cmd);
            exitCode = r.exitCode;
            times.append(r.wallMs);
            peaks.append(r.peakMb);
            cpus.append(r.cpuMs);
        }
        out << (json ? "cleanclaim read-835 --json: " : "cleanclaim read-835: ")
            << QString::number(median(times), 'f', 0) << " ms wall (CPU "
            << QString::number(median(cpus), 'f', 0) << " ms, process start included), peak RSS "
            << QString::number(*std::max_element(peaks.begin(), peaks.end()), 'f', 1)
            << " MB — budget 32 MB" << (json ? " (applies to the plain read)" : "")
            << "; exit code " << exitCode << '\n';
    }
    return 0;
}

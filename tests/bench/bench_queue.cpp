// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (DESIGN.md §8): open the workstation on a 100,000-encounter practice to a usable
// coder queue. Budget: ≤ 1 s and ≤ 200 MB peak memory. Prints the figures; not a test.
//
//   bench_queue [--encounters N] [--db EXISTING.sqlite]
#include "coder/coderqueuewidget.h"
#include "itemmodels/queuemodel.h"
#include "mainwindow.h"
#include "services/authservice.h"
#include "services/demobuilder.h"
#include "services/workstation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {
long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    int encounters = 100000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--encounters"))
            encounters = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (path.isEmpty()) {
        // Build the practice in a separate step, so its memory does not count.
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        QElapsedTimer t;
        t.start();
        auto ws = cc::Workstation::open(path);
        if (!ws) {
            out << "error: " << ws.error().userMessage << '\n';
            return 1;
        }
        cc::DemoBuilder::Options o;
        o.encounters = encounters;
        o.seed = 1;
        auto built = ws.value()->demo().build(o);
        if (!built) {
            out << "error: " << built.error().userMessage << '\n';
            return 1;
        }
        out << "demo build: " << encounters << " encounters in " << t.elapsed() << " ms\n";
        out.flush();
        // Measure the opening in a fresh process so the build's memory is not counted.
        QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path});
        return 0;
    }

    const long rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    auto ws = cc::Workstation::open(path);
    if (!ws) {
        out << "error: " << ws.error().userMessage << '\n';
        return 1;
    }
    const qint64 opened = timer.elapsed();
    auto session = ws.value()->auth().login(QStringLiteral("coder"), QStringLiteral("coder-demo"));
    if (!session) {
        out << "error: " << session.error().userMessage << '\n';
        return 1;
    }
    const qint64 loggedIn = timer.elapsed();
    cc::MainWindow window(*ws.value(), session.value());
    window.show();
    QCoreApplication::processEvents();
    const qint64 shown = timer.elapsed();
    auto *queue = window.findChild<cc::CoderQueueWidget *>();
    const int rows = queue ? queue->model()->rowCount() : -1;
    out << "open + migrate: " << opened << " ms; login (Argon2id): " << loggedIn - opened
        << " ms; queue window shown: " << shown - loggedIn << " ms\n";
    out << "usable queue: " << shown << " ms total (budget 1000 ms), " << rows
        << " encounters of today listed\n";
    out << "peak memory: " << peakRssKb() / 1024 << " MB (budget 200 MB; "
        << rssBefore / 1024 << " MB before opening)\n";
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (DESIGN.md §8): import ICD-10-CM (74,719 codes, budget ≤ 1.5 s) and HCPCS (≈ 8k,
// budget ≤ 0.5 s) into a fresh database, then search them as a coder types: 1,000 searches of
// codes, words and prefixes, keystroke by keystroke. Budget: p99 ≤ 5 ms per search. Prints the
// figures and the size of the work; not a test.
//
//   bench_codes [--searches N] [--db NEW.sqlite]   (--db keeps the database for inspection)
#include "services/codesetservice.h"
#include "services/workstation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cc;

namespace {

/// What coders type, finished: codes with and without dots, words, word prefixes in any order.
const QStringList kTargets = {
    QStringLiteral("E11.9"),         QStringLiteral("diabetes type 2"),
    QStringLiteral("i10"),           QStringLiteral("essential hypertension"),
    QStringLiteral("S93.401A"),      QStringLiteral("sprain ankle right initial"),
    QStringLiteral("j069"),          QStringLiteral("upper respiratory infection"),
    QStringLiteral("G0439"),         QStringLiteral("annual wellness visit"),
    QStringLiteral("M54.50"),        QStringLiteral("low back pain"),
    QStringLiteral("z0000"),         QStringLiteral("general adult exam"),
    QStringLiteral("E78.5"),         QStringLiteral("hyperlipidemia"),
    QStringLiteral("N39.0"),         QStringLiteral("urinary tract infection"),
    QStringLiteral("J3301"),         QStringLiteral("triamcinolone injection"),
    QStringLiteral("F41.1"),         QStringLiteral("generalized anxiety"),
    QStringLiteral("R07.9"),         QStringLiteral("chest pain"),
    QStringLiteral("M17.11"),        QStringLiteral("osteoarthritis knee right"),
    QStringLiteral("Z23"),           QStringLiteral("influenza vaccine administration"),
    QStringLiteral("S52.501D"),      QStringLiteral("fracture radius lower end"),
    QStringLiteral("J44.9"),         QStringLiteral("copd chronic obstructive"),
    QStringLiteral("E55.9"),         QStringLiteral("vitamin d deficiency"),
    QStringLiteral("G0103"),         QStringLiteral("prostate screening psa"),
    QStringLiteral("H66.91"),        QStringLiteral("otitis media right"),
    QStringLiteral("I48.91"),        QStringLiteral("atrial fibrillation"),
    QStringLiteral("K21.9"),         QStringLiteral("reflux esophag"),
    QStringLiteral("L03.115"),       QStringLiteral("cellulitis leg"),
    QStringLiteral("J45.909"),       QStringLiteral("asthma uncomplicated"),
    QStringLiteral("A4550"),         QStringLiteral("wheelchair"),
};

/// Every keystroke of every target, in turn, until there are @p count searches.
QStringList keystrokes(int count)
{
    QStringList out;
    while (out.size() < count) {
        for (const QString &target : kTargets) {
            for (qsizetype n = 1; n <= target.size() && out.size() < count; ++n) {
                if (!target.at(n - 1).isSpace())
                    out.append(target.left(n));
            }
        }
    }
    return out;
}

double percentile(std::vector<qint64> sortedNs, double p)
{
    if (sortedNs.empty())
        return 0;
    const auto at = std::min(sortedNs.size() - 1, size_t(p * double(sortedNs.size())));
    return double(sortedNs.at(at)) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int searches = 1000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--searches"))
            searches = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    const QString shared = QStringLiteral(CC_SHARED_DIR "/codesets");
    const QString icdFile = shared + QStringLiteral("/icd10cm_codes_2026_reconstructed.txt");
    const QString hcpcsFile = shared + QStringLiteral("/HCPC2020_ANWEB_w_disclaimer.txt");
    if (!QFileInfo::exists(icdFile) || !QFileInfo::exists(hcpcsFile)) {
        out << "skipped: ../shared not found\n";
        return 0;
    }

    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("codes.sqlite"));
    if (QFileInfo::exists(path)) {
        out << "error: " << path << " exists; the benchmark needs a new database\n";
        return 2;
    }
    auto opened = Workstation::open(path);
    if (!opened) {
        out << "error: " << opened.error().userMessage << '\n';
        return 1;
    }
    CodeSetService &codes = opened.value()->codes();

    auto timedImport = [&](codes::CodeFileFormat format, const QString &file, const QString &name,
                           const QDate &from, double budgetMs) {
        QElapsedTimer timer;
        timer.start();
        auto s = codes.importFile(std::nullopt, {format, file, name, from});
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!s) {
            out << "error: " << s.error().userMessage << '\n';
            return false;
        }
        out << QStringLiteral("import %1: %2 codes, %3 modifiers, %4 MB file in %5 ms "
                              "(budget %6 ms)%7\n")
                        .arg(name)
                        .arg(s->release.codeCount)
                        .arg(s->release.modifierCount)
                        .arg(double(QFileInfo(file).size()) / 1e6, 0, 'f', 1)
                        .arg(ms, 0, 'f', 0)
                        .arg(budgetMs, 0, 'f', 0)
                        .arg(ms <= budgetMs ? QString() : QStringLiteral("  OVER BUDGET"));
        return true;
    };
    if (!timedImport(codes::CodeFileFormat::Icd10CmCodes, icdFile,
                     QStringLiteral("ICD-10-CM FY2026"), QDate(2025, 10, 1), 1500)
        || !timedImport(codes::CodeFileFormat::Hcpcs, hcpcsFile, QStringLiteral("HCPCS 2020"),
                        QDate(2020, 1, 1), 500))
        return 1;
    out << QStringLiteral("database: %1 MB (file and write-ahead log)\n")
                    .arg(double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size())
                                 / 1e6,
                         0, 'f', 1);

    const QDate dos(2026, 11, 2);
    const QStringList queries = keystrokes(searches);
    // One pass to prepare the statements and warm the page cache, as a running window has.
    for (const QString &q : queries.mid(0, 50))
        (void)codes.search(q, dos);
    std::vector<qint64> ns;
    ns.reserve(size_t(queries.size()));
    qint64 results = 0;
    QString slowest;
    qint64 slowestNs = 0;
    for (const QString &q : queries) {
        QElapsedTimer timer;
        timer.start();
        auto found = codes.search(q, dos, 20);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!found) {
            out << "error: " << found.error().userMessage << '\n';
            return 1;
        }
        results += found->size();
        ns.push_back(elapsed);
        if (elapsed > slowestNs) {
            slowestNs = elapsed;
            slowest = q;
        }
    }
    std::sort(ns.begin(), ns.end());
    const double p99 = percentile(ns, 0.99);
    out << QStringLiteral("search: %1 keystroke searches over %2 targets, %3 results, limit 20\n")
                    .arg(queries.size())
                    .arg(kTargets.size())
                    .arg(results);
    out << QStringLiteral("search latency: p50 %1 ms, p90 %2 ms, p99 %3 ms (budget 5 ms), max %4 "
                          "ms (\"%5\")%6\n")
                    .arg(percentile(ns, 0.50), 0, 'f', 3)
                    .arg(percentile(ns, 0.90), 0, 'f', 3)
                    .arg(p99, 0, 'f', 3)
                    .arg(double(slowestNs) / 1e6, 0, 'f', 3)
                    .arg(slowest)
                    .arg(p99 <= 5.0 ? QString() : QStringLiteral("  OVER BUDGET"));
    return 0;
}

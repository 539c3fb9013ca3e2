// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (DESIGN.md §8): post ../shared/x12/big_835_10MB.x12 (33,223 claims) into a
// database holding a sent claim for each of its CLP01 numbers. Budget: ≤ 1.5 s.
// Prints the figure and the size of the work; not a test.
//
//   bench_posting [--file PATH] [--keep DIR]
#include "domain/money.h"
#include "services/backupservice.h"
#include "services/claimservice.h"
#include "services/demobuilder.h"
#include "services/postingservice.h"
#include "services/workstation.h"
#include "storage/ledgerrepository.h"
#include "storage/remittancerepository.h"
#include "storage/transaction.h"
#include "x12/remit835.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QString path = QStringLiteral(CC_SHARED_DIR "/x12/big_835_10MB.x12");
    if (const qsizetype i = args.indexOf(QStringLiteral("--file")); i > 0 && i + 1 < args.size())
        path = args.at(i + 1);
    if (!QFileInfo::exists(path)) {
        out << "bench_posting: skipped, " << path
            << " is absent (the shared test files are not beside the project).\n";
        return 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "bench_posting: " << path << " cannot be read: " << file.errorString() << '\n';
        return 1;
    }
    const QByteArray data = file.readAll();

    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        dir = args.at(i + 1);
    auto opened = Workstation::open(dir + QStringLiteral("/bench_posting.sqlite"));
    if (!opened) {
        out << "bench_posting: " << opened.error().userMessage << '\n';
        return 1;
    }
    Workstation &ws = *opened.value();

    // Setup, not timed: a small demo practice, then one sent claim per CLP01 of the file,
    // copied from a demo claim whose patient has no secondary plan.
    QElapsedTimer setup;
    setup.start();
    DemoBuilder::Options demo;
    demo.encounters = 40;
    demo.seed = 11;
    demo.anchor = QDate(2026, 11, 27);
    if (auto r = ws.demo().build(demo); !r) {
        out << "bench_posting: demo: " << r.error().userMessage << '\n';
        return 1;
    }
    RemittanceRepository remits(ws.database());
    qint64 templateId = 0;
    qint64 patientId = 0;
    auto claims = ws.claims().claims();
    if (!claims) {
        out << "bench_posting: " << claims.error().userMessage << '\n';
        return 1;
    }
    for (const ClaimSummary &s : claims.value()) {
        auto c = remits.claim(s.id);
        if (c && c.value() && c.value()->secondaryCoverageId == 0 && c.value()->payerId != 0) {
            templateId = s.id;
            patientId = c.value()->patientId;
            break;
        }
    }
    if (templateId == 0) {
        out << "bench_posting: the demo practice has no claim to copy.\n";
        return 1;
    }
    const x12::Remittance835 parsed = x12::Remit835Reader::readAll(data);
    QList<RemittanceRepository::SentCopy> copies;
    for (const x12::RemitTransaction &t : parsed.transactions) {
        for (const x12::RemitClaim &c : t.claims) {
            RemittanceRepository::SentCopy copy;
            copy.patientControlNumber = QString::fromLatin1(c.id);
            for (const x12::RemitServiceLine &l : c.lines) {
                PostingClaimLine line;
                line.code = QString::fromLatin1(l.code);
                for (const QByteArray &m : l.modifiers)
                    line.modifiers.append(QString::fromLatin1(m));
                line.chargeCents = l.chargeCents;
                line.serviceDate = l.serviceDate.isValid() ? l.serviceDate : QDate(2014, 10, 1);
                copy.lines.append(line);
            }
            copies.append(copy);
        }
    }
    {
        Transaction tx(ws.database());
        if (auto r = tx.begin(); !r) {
            out << "bench_posting: " << r.error().userMessage << '\n';
            return 1;
        }
        auto lines = remits.insertSentCopies(templateId, copies, QDateTime::currentDateTimeUtc());
        if (!lines) {
            out << "bench_posting: " << lines.error().userMessage << " " << lines.error().detail
                << '\n';
            return 1;
        }
        LedgerRepository ledger(ws.database());
        for (const auto &[claimId, lineId, cents] : lines.value()) {
            LedgerEntry charge;
            charge.claimId = claimId;
            charge.claimLineId = lineId;
            charge.patientId = patientId;
            charge.kind = QString::fromLatin1(ledgerkind::kCharge);
            charge.amountCents = cents;
            charge.memo = QStringLiteral("Claim sent");
            if (auto r = ledger.append(charge, QDateTime::currentDateTimeUtc()); !r) {
                out << "bench_posting: " << r.error().userMessage << '\n';
                return 1;
            }
        }
        if (auto r = tx.commit(); !r) {
            out << "bench_posting: " << r.error().userMessage << '\n';
            return 1;
        }
    }
    const auto before = remits.rowCounts().value();
    out << "bench_posting: setup " << setup.elapsed() << " ms (" << copies.size()
        << " sent claims copied)\n";

    // A copy of the practice as it is now, so each further run posts into the same state.
    int runs = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    const QString base = dir + QStringLiteral("/bench_posting_base.sqlite");
    if (runs > 1) {
        if (auto r = ws.backups().backUp(std::nullopt, base); !r) {
            out << "bench_posting: copy: " << r.error().userMessage << '\n';
            return 1;
        }
    }

    // Timed: read, check, match and post the whole file in one transaction.
    auto post = [&](Workstation &into, qint64 *ms) {
        QElapsedTimer timer;
        timer.start();
        auto result = into.payments().postEra(std::nullopt, data, QFileInfo(path).fileName(),
                                              QDateTime::currentDateTime());
        *ms = timer.elapsed();
        return result;
    };
    QList<qint64> times;
    qint64 ms = 0;
    auto result = post(ws, &ms);
    if (!result) {
        out << "bench_posting: refused: " << result.error().userMessage << '\n'
            << result.error().detail.left(2000) << '\n';
        return 1;
    }
    times.append(ms);
    const auto after = remits.rowCounts().value();
    for (int run = 2; run <= runs; ++run) {
        const QString copy = dir + QStringLiteral("/bench_posting_%1.sqlite").arg(run);
        if (!QFile::copy(base, copy)) {
            out << "bench_posting: cannot copy " << base << " to " << copy << '\n';
            return 1;
        }
        auto again = Workstation::open(copy);
        if (!again) {
            out << "bench_posting: " << again.error().userMessage << '\n';
            return 1;
        }
        qint64 t = 0;
        if (auto r = post(*again.value(), &t); !r) {
            out << "bench_posting: run " << run << " refused: " << r.error().userMessage << '\n';
            return 1;
        }
        times.append(t);
    }
    qint64 rows = 0;
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const qint64 n = it.value() - before.value(it.key());
        rows += n;
        parts.append(QStringLiteral("%1 %2").arg(n).arg(it.key()));
    }
    parts.sort();
    QStringList each;
    for (qint64 t : std::as_const(times))
        each.append(QString::number(t));
    QList<qint64> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted.at(sorted.size() / 2);
    out << "bench_posting: " << QFileInfo(path).fileName() << ", " << data.size() << " bytes, "
        << parsed.claimCount() << " claims: posted in " << median << " ms (median of "
        << times.size() << " runs on copies of one practice: " << each.join(QStringLiteral(", "))
        << " ms; best " << sorted.first() << " ms; budget 1500 ms), "
        << (median > 0 ? qint64(parsed.claimCount()) * 1000 / median : 0) << " claims/s\n";
    out << "bench_posting: " << rows << " rows written: " << parts.join(QStringLiteral(", "))
        << '\n';
    out << "bench_posting: " << result->summary << '\n';
    return median <= 1500 ? 0 : 2;
}

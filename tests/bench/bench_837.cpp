// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (DESIGN.md §8): write an 837P of 10,000 claims × 4 lines. Budget: ≤ 300 ms.
// Prints the figure and the size of the work; not a test.
//
//   bench_837 [--claims N] [--runs N] [--out FILE]
//   (--out keeps the last interchange, to read or feed to a validator)
#include "domain/claim.h"
#include "x12/claim837writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace cc;

namespace {

const char *const kCodes[] = {"99213", "99214", "82947", "80053", "85025", "36415",
                              "93000", "87880", "J0696", "96372", "90471", "G0439"};
const char *const kDiagnoses[] = {"E119", "I10", "J069", "R509", "E785", "M545", "Z0000", "F329"};
const char *const kLast[] = {"SMITH", "GARCIA", "NGUYEN", "O'BRIEN", "MULLER", "Núñez", "PATEL"};
const char *const kFirst[] = {"JOHN", "MARIA", "ALICE", "José", "RAVI", "LUCAS", "DANA"};

Address address(int n)
{
    return Address{QStringLiteral("%1 Oak Ave").arg(n), {}, QStringLiteral("Kalamazoo"),
                   QStringLiteral("MI"), QStringLiteral("490011234")};
}

ClaimBatch makeBatch(int claims, quint32 seed)
{
    QRandomGenerator rng(seed);
    ClaimBatch b;
    b.submitter = {QStringLiteral("Lakeside Family Medicine"), QStringLiteral("LFM0001"),
                   QStringLiteral("Dana Ortiz"), QStringLiteral("2695550100")};
    b.receiver = {QStringLiteral("Great Lakes Clearinghouse"), QStringLiteral("GLCH01")};
    const BillingProvider billing{QStringLiteral("Lakeside Family Medicine"),
                                  QStringLiteral("1234567893"), QStringLiteral("123456789"),
                                  QStringLiteral("207Q00000X"), address(100)};
    const RenderingProvider rendering{QStringLiteral("Nguyen"), QStringLiteral("Alice"),
                                      QStringLiteral("1045678905"), QStringLiteral("207Q00000X")};
    b.claims.reserve(claims);
    for (int i = 0; i < claims; ++i) {
        ClaimDocument c;
        c.id = QStringLiteral("PCN%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        c.billingProvider = billing;
        c.renderingProvider = rendering;
        if (i % 3 == 0)
            c.renderingProvider.npi = billing.npi;
        c.payer = {QStringLiteral("Medicare Part B"), QStringLiteral("00952"),
                   QStringLiteral("MB"), 365};
        c.subscriber.memberId = QStringLiteral("1EG4TE5MK%1").arg(i);
        c.subscriber.lastName = QString::fromUtf8(kLast[rng.bounded(7)]);
        c.subscriber.firstName = QString::fromUtf8(kFirst[rng.bounded(7)]);
        c.subscriber.birthDate = QDate(1950, 1, 1).addDays(rng.bounded(20000));
        c.subscriber.sex = QStringLiteral("F");
        c.subscriber.address = address(i);
        if (i % 4 == 0) {
            c.subscriber.relationship = QStringLiteral("child");
            c.patient = Patient{c.subscriber.lastName, QStringLiteral("Lucas"),
                                QDate(2015, 2, 9), QStringLiteral("M"), address(i)};
        }
        c.placeOfService = QStringLiteral("11");
        if (i % 10 == 0) {
            c.frequency = QStringLiteral("7");
            c.originalClaimNumber = QStringLiteral("2026300%1").arg(i);
            c.priorAuthorization = QStringLiteral("AUTH%1").arg(i);
        }
        for (int d = 0; d < 3; ++d)
            c.diagnoses.append(QLatin1String(kDiagnoses[(i + d) % 8]));
        for (int l = 0; l < 4; ++l) {
            ClaimLine line;
            line.code = QLatin1String(kCodes[rng.bounded(12)]);
            if (l == 0)
                line.modifiers = {QStringLiteral("25")};
            line.units = 1 + int(rng.bounded(3));
            line.chargeCents = 500 + qint64(rng.bounded(30000));
            line.pointers = {1, 2};
            line.serviceDate = QDate(2026, 11, 2).addDays(-int(rng.bounded(60)));
            c.lines.append(line);
        }
        b.claims.append(c);
    }
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int claims = option("--claims", QStringLiteral("10000")).toInt();
    const int runs = std::max(1, option("--runs", QStringLiteral("5")).toInt());
    const QString outFile = option("--out", {});
    QTextStream out(stdout);

    const ClaimBatch batch = makeBatch(claims, 20261127);
    const QDateTime now(QDate(2026, 11, 27), QTime(14, 5));
    QByteArray x12;
    qint64 best = -1;
    QList<qint64> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        x12 = x12::write837(batch, {qint64(r) + 1, qint64(r) + 1, qint64(r) + 1}, now);
        const qint64 ms = t.elapsed();
        times.append(ms);
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::sort(times.begin(), times.end());
    out << "write 837P of " << claims << " claims: " << times.at(times.size() / 2)
        << " ms (budget 300 ms; median of " << runs << " runs, best " << best << " ms)\n";
    out << "  " << claims * 4 << " lines, " << x12.count('~') << " segments, " << x12.size()
        << " bytes\n";
    if (!outFile.isEmpty()) {
        QFile f(outFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(x12);
    }
    return 0;
}

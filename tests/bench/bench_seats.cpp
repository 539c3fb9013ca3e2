// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 8 §6): four seats — four processes, each its own connection — coding,
// handing off and posting against one practice for 60 s. Prints operations per second and the
// lost-update count, which must be 0. Not a test.
//
//   bench_seats [--seconds 60] [--encounters 3000] [--db EXISTING.sqlite | postgresql://…]
//
// The seats: two coders on the same 30 encounters (a small shared set, so that they do collide:
// each saves a draft, marks it coded and now and then hands it off), a biller who accepts half of
// the hand-offs (claim made, scrubbed, sent) and returns the other half, and a poster who pays
// the sent claims, three to an ERA, through the posting service. The biller returns nine
// hand-offs in ten, so that the coders' work lasts the minute; a seat with nothing waiting
// counts the time it sat idle, printed beside its figures.
//
// A lost update is two seats both told "saved" from the same version of one encounter: every
// successful save reports the version it made, and no (encounter, version) may appear twice.
// Each posted claim is checked too: paid, with its ledger holding exactly what the ERAs paid.
//
// Without --db the practice is one SQLite file (WAL, BEGIN IMMEDIATE): the seats take turns to
// write. With --db postgresql://… (the demo is built first in an empty database; password from
// PGPASSWORD) the seats work on a server, which locks rows, not the whole practice.
#include "domain/handoff.h"
#include "domain/money.h"
#include "services/authservice.h"
#include "services/claimservice.h"
#include "services/codingservice.h"
#include "services/demobuilder.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/postingservice.h"
#include "services/practiceservice.h"
#include "services/submissionservice.h"
#include "services/templateservice.h"
#include "services/workstation.h"
#include "storage/database.h"
#include "storage/ledgerrepository.h"
#include "x12/remit835writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace cc;

namespace {

QString argValue(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

struct Tally
{
    int ok = 0;        ///< operations that saved
    int conflicts = 0; ///< refused: another seat saved first (the row version moved)
    int refused = 0;   ///< refused for another reason (state moved on, nothing to do)
    QSet<QString> m_told;
    qint64 idleMs = 0; ///< time with no work to take (an empty queue)
    QTextStream *out = nullptr;

    void wrote(const char *what, qint64 id, qint64 value)
    {
        ++ok;
        *out << "W " << what << ' ' << id << ' ' << value << '\n';
    }
    void idle(int ms)
    {
        QThread::msleep(quint64(ms));
        idleMs += ms;
    }
    void failed(const Error &e)
    {
        if (e.kind == Error::Kind::Conflict) {
            ++conflicts;
        } else {
            ++refused;
            // Each kind of refusal once, on the console: what a seat was told.
            if (!m_told.contains(e.userMessage)) {
                m_told.insert(e.userMessage);
                QTextStream(stderr) << "bench_seats: a seat was told: " << e.userMessage << '\n';
            }
        }
    }
};

// ---------------------------------------------------------------------------------------------
// Seats (child processes)

int coderSeat(Workstation &ws, const Session &who, qint64 until, Tally &t)
{
    QRandomGenerator rng(quint32(who.userId * 7919 + QCoreApplication::applicationPid()));
    const QDate today = QDate::currentDate();
    QList<qint64> pool;
    int sinceRefresh = 0;
    auto refresh = [&]() -> bool {
        auto q = ws.encounters().queue(who, today.addDays(-140), today.addDays(1));
        if (!q)
            return false;
        pool.clear();
        for (const EncounterSummary &e : q.value()) {
            if (e.state == EncounterState::New || e.state == EncounterState::Coding
                || e.state == EncounterState::Coded || e.state == EncounterState::Returned)
                pool.append(e.id);
        }
        std::sort(pool.begin(), pool.end());
        pool = pool.mid(0, 30); // the shared hot set: both coders pick from the same rows
        sinceRefresh = 0;
        return true;
    };
    if (!refresh())
        return 1;
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        if (pool.isEmpty() || ++sinceRefresh > 20) {
            if (!refresh())
                return 1;
            if (pool.isEmpty()) {
                t.idle(20);
                continue;
            }
        }
        const qint64 id = pool.at(rng.bounded(int(pool.size())));
        auto e = ws.coding().open(who, id);
        if (!e) {
            t.failed(e.error());
            pool.removeAll(id);
            continue;
        }
        CodingDraft d;
        d.diagnoses = {{1, QStringLiteral("I10")}};
        ServiceLineEntry l;
        l.code = QStringLiteral("99213");
        l.pointers = {1};
        l.chargeCents = 13000;
        l.serviceDate = e->summary.dateOfService;
        d.services = {l};
        if (auto c = ws.templates().checklist(e->providerSpecialty); c && c.value()) {
            for (const ChecklistItem &i : c.value()->items)
                d.checkedItems.append(i.key);
        }
        auto saved = ws.coding().saveDraft(who, id, e->version, d);
        if (!saved) {
            t.failed(saved.error());
            continue;
        }
        t.wrote("encounter", id, saved.value());
        auto coded = ws.coding().markCoded(who, id, saved.value(), d);
        if (!coded) {
            t.failed(coded.error());
            if (coded.error().kind != Error::Kind::Conflict)
                pool.removeAll(id); // codes this encounter's payer or provider will not take
            continue;
        }
        t.wrote("encounter", id, coded.value());
        if (rng.bounded(4) == 0) {
            auto handed = ws.handoff().handOff(who, id, coded.value(), QStringLiteral("bench"));
            if (!handed) {
                t.failed(handed.error());
                continue;
            }
            t.wrote("encounter", id, handed.value());
            pool.removeAll(id);
        }
    }
    return 0;
}

int billerSeat(Workstation &ws, const Session &who, qint64 until, Tally &t)
{
    QRandomGenerator rng(quint32(QCoreApplication::applicationPid()));
    const QStringList reasons = returnreasons::keys();
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        auto items = ws.handoff().incoming(who);
        if (!items)
            return 1;
        if (items->isEmpty()) {
            t.idle(20);
            continue;
        }
        const HandoffItem &item = items->at(rng.bounded(int(items->size())));
        const qint64 id = item.summary.id;
        if (rng.bounded(10) != 0) {
            auto returned = ws.handoff().returnToCoder(who, id, item.version, reasons.first(),
                                                       QStringLiteral("bench: check the codes"));
            if (!returned)
                t.failed(returned.error());
            else
                t.wrote("encounter", id, returned.value());
            continue;
        }
        auto claim = ws.handoff().accept(who, id, item.version);
        if (!claim) {
            t.failed(claim.error());
            continue;
        }
        t.wrote("accepted", id, claim.value());
        if (auto s = ws.claims().scrubClaims(who, {claim.value()}); !s) {
            t.failed(s.error());
            continue;
        }
        auto sent = ws.submissions().submit(who, {claim.value()},
                                            QDateTime::currentDateTimeUtc());
        if (!sent || sent->batches.isEmpty()) {
            ++t.refused; // a claim with an open error stays a draft
            continue;
        }
        t.wrote("submitted", claim.value(), 0);
    }
    return 0;
}

int posterSeat(Workstation &ws, const Session &who, qint64 until, int seat, Tally &t)
{
    int eras = 0;
    QSet<qint64> tried;
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        auto sent = ws.claims().claims({ClaimState::Submitted});
        if (!sent)
            return 1;
        QList<qint64> ids;
        for (const ClaimSummary &c : sent.value()) {
            if (!c.payerName.isEmpty() && !tried.contains(c.id))
                ids.append(c.id);
        }
        std::sort(ids.begin(), ids.end());
        auto records = ws.claims().records(ids.mid(0, 20));
        if (!records)
            return 1;
        QList<ClaimRecord> batch;
        for (const ClaimRecord &r : records.value()) {
            if (batch.size() < 3
                && (batch.isEmpty() || r.document.payer.id == batch.first().document.payer.id))
                batch.append(r);
        }
        if (batch.isEmpty()) {
            t.idle(50);
            continue;
        }
        x12::RemitTransaction era;
        era.handling = "I";
        era.creditDebit = "C";
        era.paymentMethod = "ACH";
        era.paymentDate = QDate::currentDate();
        era.traceNumber = QStringLiteral("SEAT%1P%2N%3")
                                  .arg(seat)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(++eras)
                                  .toLatin1();
        era.payerName = batch.first().document.payer.name.toUpper().toLatin1();
        era.payerIdentifier = batch.first().document.payer.id.toLatin1();
        era.payeeName = "MAPLE GROVE FAMILY HEALTH";
        era.payeeIdQualifier = "XX";
        era.payeeId = batch.first().document.billingProvider.npi.toLatin1();
        for (const ClaimRecord &r : batch) {
            tried.insert(r.summary.id);
            x12::RemitClaim c;
            c.id = r.summary.patientControlNumber.toLatin1();
            c.status = r.coveragePriority == 2 ? "2" : "1";
            c.filingIndicator = r.document.payer.filingIndicator.toLatin1();
            c.payerClaimNumber = QStringLiteral("ICN%1").arg(r.summary.id).toLatin1();
            c.patientLastName = r.document.subscriber.lastName.toUpper().toLatin1();
            c.patientFirstName = r.document.subscriber.firstName.toUpper().toLatin1();
            c.memberId = r.document.subscriber.memberId.toLatin1();
            for (const ClaimLineRecord &lr : r.lines) {
                x12::RemitServiceLine s;
                s.qualifier = "HC";
                s.code = lr.line.code.toLatin1();
                for (const QString &m : lr.line.modifiers)
                    s.modifiers.append(m.toLatin1());
                s.chargeCents = lr.line.chargeCents;
                s.paidCents = lr.line.chargeCents;
                s.unitsPaid = QByteArray::number(lr.line.units);
                s.serviceDate = lr.line.serviceDate;
                s.lineControlNumber = lr.lineControlNumber.toLatin1();
                c.chargeCents += s.chargeCents;
                c.paidCents += s.paidCents;
                c.lines.append(s);
            }
            era.paymentCents += c.paidCents;
            era.claims.append(c);
        }
        x12::Remit835WriteOptions options;
        options.interchangeControlNumber = eras;
        options.created = QDateTime::currentDateTime();
        const QByteArray file = x12::write835({era}, options);
        auto posted = ws.payments().postEra(who, file, QString::fromLatin1(era.traceNumber),
                                            QDateTime::currentDateTime());
        if (!posted) {
            t.failed(posted.error());
            continue;
        }
        for (const x12::RemitClaim &c : era.claims) {
            for (const ClaimRecord &r : batch) {
                if (r.summary.patientControlNumber.toLatin1() == c.id)
                    t.wrote("posted", r.summary.id, c.paidCents);
            }
        }
    }
    return 0;
}

int runSeat(const QStringList &args)
{
    QTextStream out(stdout);
    const QString kind = argValue(args, QStringLiteral("--seat"));
    const QString user = argValue(args, QStringLiteral("--user"));
    const int seat = argValue(args, QStringLiteral("--number")).toInt();
    const qint64 start = argValue(args, QStringLiteral("--start")).toLongLong();
    const qint64 until = start + argValue(args, QStringLiteral("--seconds")).toLongLong() * 1000;
    auto opened = Workstation::open(argValue(args, QStringLiteral("--db")));
    if (!opened) {
        out << "E " << opened.error().userMessage << '\n';
        return 1;
    }
    Workstation &ws = *opened.value();
    auto who = ws.auth().login(user, user + QStringLiteral("-demo"));
    if (!who) {
        out << "E " << who.error().userMessage << '\n';
        return 1;
    }
    const qint64 wait = start - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));
    Tally t;
    t.out = &out;
    int code = 1;
    if (kind == QLatin1String("coder"))
        code = coderSeat(ws, who.value(), until, t);
    else if (kind == QLatin1String("biller"))
        code = billerSeat(ws, who.value(), until, t);
    else if (kind == QLatin1String("poster"))
        code = posterSeat(ws, who.value(), until, seat, t);
    out << "S " << kind << ' ' << t.ok << ' ' << t.conflicts << ' ' << t.refused << ' '
        << t.idleMs << '\n';
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--seat")))
        return runSeat(args);

    QTextStream out(stdout);
    const int seconds = argValue(args, QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const int encounters
            = argValue(args, QStringLiteral("--encounters"), QStringLiteral("3000")).toInt();
    QTemporaryDir dir;
    QString path = argValue(args, QStringLiteral("--db"));
    const bool onServer = Database::isServerUrl(path);
    if (path.isEmpty() || onServer) {
        if (path.isEmpty())
            path = dir.filePath(QStringLiteral("bench_seats.sqlite"));
        QElapsedTimer t;
        t.start();
        auto ws = Workstation::open(path);
        if (!ws) {
            out << "bench_seats: " << ws.error().userMessage << ' ' << ws.error().detail << '\n';
            return 1;
        }
        auto empty = ws.value()->practice().isEmpty();
        if (!empty) {
            out << "bench_seats: " << empty.error().userMessage << '\n';
            return 1;
        }
        DemoBuilder::Options o;
        o.encounters = encounters;
        o.seed = 8;
        if (!empty.value()) {
            out << "bench_seats: working on the practice already on " << path << '\n';
        } else if (auto r = ws.value()->demo().build(o); !r) {
            out << "bench_seats: demo: " << r.error().userMessage << '\n';
            return 1;
        } else {
            out << "bench_seats: demo practice of " << encounters << " encounters built in "
                << t.elapsed() << " ms\n";
        }
        out.flush();
    }

    struct SeatSpec
    {
        const char *kind;
        const char *user;
    };
    const SeatSpec specs[] = {{"coder", "coder"}, {"coder", "coder2"}, {"biller", "biller"},
                              {"poster", "biller"}};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 3000;
    QList<QProcess *> seats;
    for (int i = 0; i < 4; ++i) {
        auto *p = new QProcess(&app);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--seat"), QString::fromLatin1(specs[i].kind),
                  QStringLiteral("--user"), QString::fromLatin1(specs[i].user),
                  QStringLiteral("--number"), QString::number(i + 1), QStringLiteral("--db"),
                  path, QStringLiteral("--start"), QString::number(start),
                  QStringLiteral("--seconds"), QString::number(seconds)});
        seats.append(p);
    }
    QHash<QString, int> writesOf;   // "encounter 12 7" → how many seats were told "saved"
    QHash<qint64, qint64> paidByClaim;
    QHash<QString, QList<int>> perKind; // kind → ok, conflicts, refused
    int failedSeats = 0;
    for (QProcess *p : seats) {
        p->waitForFinished(int(seconds + 120) * 1000);
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            ++failedSeats;
        const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 4 && f.at(0) == "W" && f.at(1) == "encounter")
                ++writesOf[QString::fromLatin1(f.at(2) + ' ' + f.at(3))];
            else if (f.size() == 4 && f.at(0) == "W" && f.at(1) == "posted")
                paidByClaim[f.at(2).toLongLong()] += f.at(3).toLongLong();
            else if (f.size() == 6 && f.at(0) == "S") {
                QList<int> &k = perKind[QString::fromLatin1(f.at(1))];
                k.resize(4);
                for (int j = 0; j < 4; ++j)
                    k[j] += f.at(2 + j).toInt();
            } else if (f.size() > 1 && f.at(0) == "E")
                out << "bench_seats: a seat stopped: " << QString::fromUtf8(line.mid(2)) << '\n';
        }
    }

    // Lost updates: the same encounter version reported saved by two seats.
    int lost = 0;
    for (auto it = writesOf.cbegin(); it != writesOf.cend(); ++it)
        lost += it.value() - 1;
    // Every posted claim: paid, exactly what its ERAs paid (nothing doubled, nothing lost).
    int postingMismatches = 0;
    auto ws = Workstation::open(path);
    if (!ws) {
        out << "bench_seats: " << ws.error().userMessage << '\n';
        return 1;
    }
    for (auto it = paidByClaim.cbegin(); it != paidByClaim.cend(); ++it) {
        auto b = ws.value()->payments().balance(it.key());
        if (!b || b->paidCents != it.value())
            ++postingMismatches;
    }

    int total = 0;
    int conflicts = 0;
    int refused = 0;
    out << "bench_seats: 4 seats (processes) for " << seconds << " s on one "
        << (onServer ? "PostgreSQL" : "SQLite") << " practice\n";
    for (const char *kind : {"coder", "biller", "poster"}) {
        const QList<int> k = perKind.value(QString::fromLatin1(kind), QList<int>{0, 0, 0, 0});
        out << "  " << kind << (qstrcmp(kind, "coder") == 0 ? "s (2)" : "") << ": " << k.at(0)
            << " saved, " << k.at(1) << " conflicts, " << k.at(2) << " refused, idle "
            << QString::number(k.at(3) / 1000.0, 'f', 1) << " s (no work waiting)\n";
        total += k.at(0);
        conflicts += k.at(1);
        refused += k.at(2);
    }
    out << "bench_seats: " << total << " operations saved, "
        << QString::number(double(total) / seconds, 'f', 1) << " per second; " << conflicts
        << " conflicts told to the seat, " << refused << " refused; " << writesOf.size()
        << " encounter versions written, lost updates: " << lost << "; " << paidByClaim.size()
        << " claims posted, ledger mismatches: " << postingMismatches
        << (failedSeats ? QStringLiteral("; %1 seat(s) failed").arg(failedSeats) : QString())
        << '\n';
    return lost == 0 && postingMismatches == 0 && failedSeats == 0 ? 0 : 1;
}

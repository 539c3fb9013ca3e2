// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (DESIGN.md §8): scrub 10,000 claims × 4 lines with every edit and a 1,000,000-row
// NCCI PTP table in memory. Budget: ≤ 200 ms for the scrub. Prints the figures and the size of
// the work; not a test.
//
// The data is synthetic and made in memory: a PTP table over a realistic range of CPT numbers
// (with the pairs the claims use), one MUE release, payer rules, authorizations and a billing
// history; claims drawn from common primary-care encounters and from the same code range. The
// code sets are a hash keyed as ScrubService's cache is ("p|code|date"), so the lookup costs
// what a warm run costs.
//
//   bench_scrub [--claims N] [--ptp-rows N] [--runs N] [--seed S] [--sample N] [--no-string-key]
//   (--sample prints the first N findings, to read what the coder sees; --no-string-key skips
//   the second pass that keys the code memo as ScrubService does)
#include "edits/editdata.h"
#include "edits/editengine.h"
#include "services/workstation.h"
#include "storage/database.h"
#include "storage/editdatarepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace cc;

namespace {

const QDate kToday(2026, 11, 27);
constexpr qint64 kAcme = 1;
constexpr int kPatients = 3000;
constexpr int kLinesPerClaim = 4;

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

/// Diagnoses the claims use, with titles (so unspecified-code and manifestation-first read
/// real descriptions).
const QList<QPair<QString, QString>> &diagnoses()
{
    static const QList<QPair<QString, QString>> list = {
        {str("E119"), str("Type 2 diabetes mellitus without complications")},
        {str("I10"), str("Essential (primary) hypertension")},
        {str("E785"), str("Hyperlipidemia, unspecified")},
        {str("M1711"), str("Unilateral primary osteoarthritis, right knee")},
        {str("M1712"), str("Unilateral primary osteoarthritis, left knee")},
        {str("J069"), str("Acute upper respiratory infection, unspecified")},
        {str("M5450"), str("Low back pain, unspecified")},
        {str("Z0000"),
         str("Encounter for general adult medical examination without abnormal findings")},
        {str("N390"), str("Urinary tract infection, site not specified")},
        {str("F411"), str("Generalized anxiety disorder")},
        {str("K219"), str("Gastro-esophageal reflux disease without esophagitis")},
        {str("J449"), str("Chronic obstructive pulmonary disease, unspecified")},
        {str("E559"), str("Vitamin D deficiency, unspecified")},
        {str("I4891"), str("Unspecified atrial fibrillation")},
        {str("S83241A"),
         str("Other tear of medial meniscus, current injury, right knee, initial encounter")},
        {str("R739"), str("Hyperglycemia, unspecified")},
    };
    return list;
}

/// Encounters a primary-care and sports-medicine office bills every day, 4 lines each
/// (code, modifiers). Some carry edits on purpose: an E/M with an injection (PTP indicator 1,
/// bypassed by 25), 20611 with 20610 (indicator 0), an MRI needing authorization.
struct Template
{
    const char *codes[kLinesPerClaim];
    const char *modifiers[kLinesPerClaim];
};
const Template kTemplates[] = {
    {{"99213", "20610", "J3301", "82947"}, {"25", "RT", "", ""}},
    {{"99214", "36415", "80053", "85025"}, {"", "", "", ""}},
    {{"99213", "82947", "83036", "36415"}, {"", "", "", ""}},
    {{"20611", "20610", "99213", "J3301"}, {"LT", "", "", ""}},
    {{"99214", "73721", "29881", "20610"}, {"25", "RT", "RT", "XS"}},
    {{"99396", "80061", "82947", "36415"}, {"", "", "", ""}},
    {{"99213", "97110", "97140", "97530"}, {"", "GP", "", "GP"}},
    {{"99212", "87880", "81002", "99213"}, {"", "QW", "", ""}},
    {{"99213", "20610", "20610", "J3301"}, {"25", "LT", "RT", ""}},
    {{"99214", "20610", "82947", "36415"}, {"", "25", "", ""}},
};

/// @p count distinct CPT-like numbers from the surgical to the E/M range (10004–99499), in
/// the order drawn, after the codes the templates use.
QStringList codePool(int count, QRandomGenerator &rng)
{
    QStringList pool;
    QSet<QString> seen;
    for (const Template &t : kTemplates) {
        for (const char *code : t.codes) {
            if (!seen.contains(str(code))) {
                seen.insert(str(code));
                pool.append(str(code));
            }
        }
    }
    while (pool.size() < count) {
        const QString code = QString::number(rng.bounded(10004, 99500));
        if (!seen.contains(code)) {
            seen.insert(code);
            pool.append(code);
        }
    }
    return pool;
}

/**
 * Fills @p table with @p rows synthetic PTP rows over @p pool: first the pairs the templates
 * use (as the real file has them), then random ordered pairs. Codes, dates and rationales are
 * shared strings, as a loader that interns them would make them. This is the function to
 * replace with loading a release from the database.
 */
void generatePtp(PtpTable &table, const QStringList &pool, int rows, QRandomGenerator &rng,
                 QList<PtpEdit> *copy = nullptr)
{
    const QStringList rationales = {
        str("Misuse of column two code with column one code"),
        str("Standards of medical / surgical practice"),
        str("CPT Manual or CMS manual coding instructions"),
        str("Mutually exclusive procedures"),
        str("More extensive procedure"),
        str("HCPCS/CPT procedure code definition"),
        str("Laboratory panel"),
    };
    const QList<QDate> effective = {QDate(1996, 1, 1), QDate(2005, 7, 1), QDate(2014, 1, 1),
                                    QDate(2019, 10, 1), QDate(2024, 4, 1)};
    const QDate deleted(2022, 12, 31);
    table.release = str("v322r0 (synthetic)");
    table.reserve(rows);
    auto add = [&](const QString &a, const QString &b, int indicator, int rationale) {
        table.add({a, b, effective.at(1), {}, indicator, rationales.at(rationale)});
        if (copy)
            copy->append({a, b, effective.at(1), {}, indicator, rationales.at(rationale)});
    };
    add(str("20610"), str("99213"), 1, 2);
    add(str("20610"), str("99214"), 1, 2);
    add(str("20611"), str("20610"), 0, 0);
    add(str("29881"), str("20610"), 1, 1);
    add(str("80053"), str("82947"), 0, 6);
    add(str("97530"), str("97140"), 1, 3);
    add(str("99213"), str("36415"), 9, 2);
    const qsizetype n = pool.size();
    while (table.size() < rows) {
        const QString &a = pool.at(rng.bounded(n));
        const QString &b = pool.at(rng.bounded(n));
        if (a == b)
            continue;
        const int roll = int(rng.bounded(100));
        const PtpEdit edit{a, b, effective.at(rng.bounded(effective.size())),
                           roll < 5 ? deleted : QDate(), roll < 30 ? 0 : roll < 97 ? 1 : 9,
                           rationales.at(rng.bounded(rationales.size()))};
        table.add(edit);
        if (copy)
            copy->append(edit);
    }
}

/// MUE values for every code of the pool, one release; payer rules, authorizations for half
/// the patients, and three billed services per patient (some on the claims' dates).
void generateRest(EditData &data, const QStringList &pool, QRandomGenerator &rng)
{
    MueTable mue;
    mue.release = str("2026-10-01 (synthetic)");
    mue.effective = QDate(2026, 10, 1);
    mue.values.reserve(pool.size());
    for (const QString &code : pool) {
        mue.values.insert(code, {code, 1 + int(rng.bounded(4)), 1 + int(rng.bounded(3)),
                                 str("Clinical data")});
    }
    data.mue = {mue};

    auto rule = [&](qint64 id, const char *name, qint64 payer, QStringList codes) {
        PayerRule r;
        r.id = id;
        r.name = str(name);
        r.payerId = payer;
        r.payerName = payer == kAcme ? str("Acme Health") : QString();
        r.codes = std::move(codes);
        return r;
    };
    PayerRule mri = rule(1, "MRI needs prior authorization", kAcme,
                         {str("7372*"), str("7014*"), str("7214*")});
    mri.action = PayerRule::Action::Authorization;
    PayerRule glucose = rule(2, "Office glucose test needs QW", kAcme, {str("82947")});
    glucose.modifiersAbsent = {str("QW")};
    glucose.placeOfService = str("11");
    glucose.severity = Finding::Severity::Warning;
    PayerRule therapy = rule(3, "Therapy needs GP", 0, {str("97110-97546")});
    therapy.modifiersAbsent = {str("GP"), str("GO"), str("GN")};
    PayerRule pediatric = rule(4, "Pediatric claims", 0, {});
    pediatric.minAge = 0;
    pediatric.maxAge = 17;
    pediatric.severity = Finding::Severity::Warning;
    pediatric.message = str("Claims for children go to the pediatric billing queue.");
    PayerRule retired = rule(5, "Retired rule", 0, {str("99213")});
    retired.active = false;
    data.payerRules = {mri, glucose, therapy, pediatric, retired};

    for (qint64 p = 1; p <= kPatients; ++p) {
        if (p % 2 == 0) {
            const QDate from = QDate(2026, 8, 1).addDays(rng.bounded(60));
            data.authorizations.insert(p, {p, kAcme, QStringLiteral("A%1").arg(p),
                                           {str("73721")}, from, from.addDays(60)});
        }
        for (int i = 0; i < 3; ++i) {
            data.billed.insert(p, {p, QStringLiteral("OLD%1-%2").arg(p).arg(i),
                                   QDate(2026, 8, 1).addDays(rng.bounded(110)),
                                   pool.at(rng.bounded(qsizetype(40))), {}});
        }
    }
}

/// @p count claims of 4 lines: 60 % from the templates, the rest from the code pool; dates of
/// service over the last four months, 3,000 patients, two payers.
QList<ScrubClaim> generateClaims(int count, const QStringList &pool, QRandomGenerator &rng)
{
    const auto &dx = diagnoses();
    const QStringList evaluation = {str("99212"), str("99213"), str("99214"), str("99215")};
    QList<ScrubClaim> claims;
    claims.reserve(count);
    for (int i = 0; i < count; ++i) {
        ScrubClaim c;
        c.id = QStringLiteral("PCN%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        c.patientId = 1 + rng.bounded(kPatients);
        c.payerId = rng.bounded(2) ? kAcme : 2;
        c.payerName = c.payerId == kAcme ? str("Acme Health") : str("Medicare Part B");
        c.dateOfService = QDate(2026, 8, 1).addDays(rng.bounded(110));
        c.billingNpi = str("1234567893");
        c.renderingNpi = str("1245319599");
        c.memberId = QStringLiteral("M%1").arg(c.patientId);
        c.timelyFilingDays = c.payerId == kAcme ? 90 : 365;
        c.patientBirthDate = QDate(1940, 1, 1).addDays(rng.bounded(30000));
        c.patientSex = rng.bounded(2) ? str("F") : str("M");
        c.placeOfService = str("11");
        const qsizetype first = rng.bounded(dx.size());
        const qsizetype second = (first + 1 + rng.bounded(dx.size() - 1)) % dx.size();
        c.diagnoses = {dx.at(first).first, dx.at(second).first};
        const bool fromTemplate = rng.bounded(100) < 60;
        const Template &t = kTemplates[rng.bounded(int(std::size(kTemplates)))];
        for (int l = 0; l < kLinesPerClaim; ++l) {
            ScrubLine line;
            line.lineNo = l + 1;
            if (fromTemplate) {
                line.code = str(t.codes[l]);
                if (*t.modifiers[l])
                    line.modifiers = {str(t.modifiers[l])};
            } else {
                line.code = l == 0 ? evaluation.at(rng.bounded(evaluation.size()))
                                   : pool.at(rng.bounded(pool.size()));
            }
            line.units = 1 + (rng.bounded(20) == 0 ? 2 : 0);
            line.pointers = {1, 2};
            line.chargeCents = 5000 + rng.bounded(20000);
            line.serviceDate = c.dateOfService;
            c.lines.append(line);
        }
        claims.append(c);
    }
    return claims;
}

/// A code-set lookup key: the code, the day and the kind, hashed without building a string.
struct CodeKey
{
    QString code;
    qint64 day = 0;
    bool diagnosis = false;
    bool operator==(const CodeKey &) const = default;
};

size_t qHash(const CodeKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.code, key.day, key.diagnosis);
}

/// ScrubService's memo key: "p|code|YYYY-MM-DD" or "d|code|YYYY-MM-DD".
QString serviceKey(bool diagnosis, const QString &code, const QDate &date)
{
    return (diagnosis ? QStringLiteral("d|") : QStringLiteral("p|")) + code + QLatin1Char('|')
            + date.toString(Qt::ISODate);
}

/// The code sets as a memo holds them after a first pass: every code of the claims on its
/// date of service → what the code sets say.
QHash<CodeKey, EditEngine::CodeInfo> codeCache(const QList<ScrubClaim> &claims)
{
    QHash<QString, QString> titles;
    for (const auto &[code, title] : diagnoses())
        titles.insert(code, title);
    QHash<CodeKey, EditEngine::CodeInfo> cache;
    auto key = [](bool diagnosis, const QString &code, const QDate &date) {
        return CodeKey{code, date.toJulianDay(), diagnosis};
    };
    for (const ScrubClaim &c : claims) {
        for (const QString &d : c.diagnoses) {
            EditEngine::CodeInfo info;
            info.status = EditEngine::CodeInfo::Status::Valid;
            info.description = titles.value(d);
            info.source = str("ICD-10-CM FY2026");
            cache.insert(key(true, d, c.dateOfService), info);
        }
        for (const ScrubLine &l : c.lines) {
            EditEngine::CodeInfo info;
            info.status = EditEngine::CodeInfo::Status::Valid;
            info.source = str("CPT 2026");
            cache.insert(key(false, l.code, c.dateOfService), info);
        }
    }
    return cache;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// What scrubbing every claim @p runs times gave: the time of each run, the findings of the
/// last one.
struct Outcome
{
    QList<qint64> ms;
    QList<qint64> cpuMs; ///< CPU time of the process: the machine is shared, wall time varies
    qsizetype findings = 0;
    qsizetype errors = 0;
    QMap<QString, int> byRule;
    QList<Finding> sample;

    qint64 median() const
    {
        QList<qint64> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(sorted.size() / 2);
    }
    static QString join(const QList<qint64> &values)
    {
        QStringList text;
        for (qint64 t : values)
            text.append(QString::number(t));
        return text.join(QStringLiteral(", "));
    }
    QString runs() const
    {
        return QStringLiteral("wall %1 ms; cpu %2 ms").arg(join(ms), join(cpuMs));
    }
};

/// Makes one engine per run, as ScrubService does, and scrubs every claim with it.
Outcome scrubAll(const EditEngine::CodeLookup &lookup, const MedicalNecessityPack &pack,
                 const EditData &data, const QList<ScrubClaim> &claims, int runs, int sample)
{
    Outcome o;
    for (int run = 0; run < runs; ++run) {
        o.byRule.clear();
        o.findings = o.errors = 0;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        const EditEngine engine(lookup, pack, &data);
        for (const ScrubClaim &c : claims) {
            const QList<Finding> findings = engine.scrub(c, kToday);
            o.findings += findings.size();
            for (const Finding &f : findings) {
                ++o.byRule[f.rule];
                o.errors += f.isError() ? 1 : 0;
                if (run == 0 && o.sample.size() < sample)
                    o.sample.append(f);
            }
        }
        o.ms.append(timer.elapsed());
        o.cpuMs.append(qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int claimCount = 10000;
    int ptpRows = 1000000;
    int runs = 5;
    int sample = 0;
    quint32 seed = 20261127;
    const QStringList args = app.arguments();
    const bool stringKeyPass = !args.contains(QStringLiteral("--no-string-key"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--claims"))
            claimCount = qMax(1, args.at(i + 1).toInt());
        else if (a == QLatin1String("--ptp-rows"))
            ptpRows = qMax(10, args.at(i + 1).toInt());
        else if (a == QLatin1String("--runs"))
            runs = qMax(1, args.at(i + 1).toInt());
        else if (a == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else if (a == QLatin1String("--sample"))
            sample = qMax(0, args.at(i + 1).toInt());
    }

    auto pack = MedicalNecessityPack::shipped();
    if (!pack) {
        out << "error: " << pack.error().userMessage << '\n';
        return 1;
    }
    QRandomGenerator rng(seed);
    const QStringList pool = codePool(8000, rng);

    EditData data;
    QElapsedTimer timer;
    timer.start();
    const bool viaDatabase = !args.contains(QStringLiteral("--no-db"));
    QList<PtpEdit> rows;
    if (viaDatabase)
        rows.reserve(ptpRows);
    generatePtp(data.ptp, pool, ptpRows, rng, viaDatabase ? &rows : nullptr);
    const qint64 ptpMs = timer.elapsed();
    out << QStringLiteral("PTP table: %1 rows over %2 codes, built in memory in %3 ms\n")
                    .arg(data.ptp.size())
                    .arg(pool.size())
                    .arg(ptpMs);
    // The table the scrubber really uses is loaded from the practice database: store the rows
    // as an import would, then time the load on its own (DESIGN §8 asks for it separately).
    QTemporaryDir dir;
    if (viaDatabase) {
        auto ws = Workstation::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!ws) {
            out << "error: " << ws.error().userMessage << '\n';
            return 1;
        }
        EditDataRepository repo(ws.value()->database());
        timer.restart();
        {
            Transaction tx(ws.value()->database());
            PtpRelease release;
            release.name = str("v322r0-synthetic");
            release.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            auto id = tx.begin() ? repo.insertPtpRelease(release) : Result<qint64>(Error::invalid({}));
            if (!id || !repo.insertPtpEdits(id.value(), rows) || !tx.commit()) {
                out << "error: the PTP rows could not be stored\n";
                return 1;
            }
        }
        const qint64 storeMs = timer.elapsed();
        rows.clear();
        rows.squeeze();
        PtpTable loaded;
        timer.restart();
        if (auto r = repo.loadPtp(loaded); !r) {
            out << "error: " << r.error().userMessage << '\n';
            return 1;
        }
        const qint64 loadMs = timer.elapsed();
        out << QStringLiteral("PTP table: %1 rows stored in SQLite in %2 ms; loaded from the "
                              "database in %3 ms (load time, not part of the scrub)\n")
                        .arg(loaded.size())
                        .arg(storeMs)
                        .arg(loadMs);
        data.ptp = std::move(loaded);
    }
    generateRest(data, pool, rng);
    const QList<ScrubClaim> claims = generateClaims(claimCount, pool, rng);
    const QHash<CodeKey, EditEngine::CodeInfo> cache = codeCache(claims);
    QHash<QString, EditEngine::CodeInfo> serviceCache;
    for (auto it = cache.cbegin(); it != cache.cend(); ++it) {
        serviceCache.insert(serviceKey(it.key().diagnosis, it.key().code,
                                       QDate::fromJulianDay(it.key().day)),
                            it.value());
    }
    out << QStringLiteral("other data: MUE %1 codes, %2 payer rules, %3 authorizations, %4 "
                          "billed services; %5 claims x %6 lines; code cache %7 entries\n")
                    .arg(data.mue.first().values.size())
                    .arg(data.payerRules.size())
                    .arg(data.authorizations.size())
                    .arg(data.billed.size())
                    .arg(claims.size())
                    .arg(kLinesPerClaim)
                    .arg(cache.size());
    out.flush();

    const EditEngine::CodeLookup lookup = [&cache](const QString &code, const QDate &date,
                                                   bool diagnosis) {
        return cache.value(CodeKey{code, date.toJulianDay(), diagnosis});
    };
    // The same memo with ScrubService's key, a string made per lookup with QDate::toString.
    const EditEngine::CodeLookup stringKeyLookup
            = [&serviceCache](const QString &code, const QDate &date, bool diagnosis) {
                  return serviceCache.value(serviceKey(diagnosis, code, date));
              };

    const Outcome o = scrubAll(lookup, pack.value(), data, claims, runs, sample);
    out << QStringLiteral("findings: %1 (%2 errors) on %3 claims\n")
                    .arg(o.findings)
                    .arg(o.errors)
                    .arg(claims.size());
    for (auto it = o.byRule.cbegin(); it != o.byRule.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.key(), -20).arg(it.value(), 6);
    for (const Finding &f : o.sample) {
        out << QStringLiteral("  [%1 %2 line %3] %4\n      fix: %5\n      source: %6\n")
                        .arg(f.rule, findings::severityKey(f.severity))
                        .arg(f.line)
                        .arg(f.message, f.fix, f.source);
    }
    out << QStringLiteral("runs (hash lookup keyed by code, day, kind): %1\n").arg(o.runs());
    if (stringKeyPass) {
        const Outcome s = scrubAll(stringKeyLookup, pack.value(), data, claims, runs, 0);
        out << QStringLiteral("runs (ScrubService's string key \"p|code|YYYY-MM-DD\"): %1; "
                              "median wall %2 ms\n")
                        .arg(s.runs())
                        .arg(s.median());
    }
    out << QStringLiteral("peak RSS: %1 MB\n").arg(peakRssKb() / 1024);
    out << QStringLiteral("scrub %1 claims x %2 lines: %3 ms (budget 200 ms), median of %4 "
                          "runs\n")
                    .arg(claims.size())
                    .arg(kLinesPerClaim)
                    .arg(o.median())
                    .arg(runs);
    return 0;
}

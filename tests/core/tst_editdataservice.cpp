// SPDX-License-Identifier: GPL-3.0-or-later
// The scrubber's CMS data (EditDataService over EditDataRepository): PTP and MUE imports in
// one transaction with one audit row, refusals that leave nothing behind, the loads a scrub
// run reads, and the authorizations and billed services of the patients being scrubbed.
#include "codes/ncciparser.h"
#include "services/auditservice.h"
#include "services/editdataservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace cc;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/edits/") + QLatin1String(name);
}

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray()
                  : (r.error().userMessage + QLatin1Char(' ') + r.error().detail).toLocal8Bit();
}

/// The six header lines CMS puts before the PTP rows.
const char kPtpHeader[] =
        "CPT only copyright 2025 American Medical Association.  All rights reserved."
        "\t\t\t\t\t\t\r\n"
        "Column1/Column2 Edits\t\t\t\t\t\t\r\n"
        "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\t"
        "PTP Edit Rationale\r\n"
        "\t\tprior to 1996\tDate\tDate\t0=not allowed\t\r\n"
        "\t\t\t\t*=no data\t1=allowed\t\r\n"
        "\t\t\t\t\t9=not applicable\t\r\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A PTP file of @p rows rows of fictitious but well-formed edits.
QByteArray syntheticPtp(int rows)
{
    QByteArray out(kPtpHeader);
    out.reserve(out.size() + qsizetype(rows) * 72);
    static const char *const rationales[] = {
        "Misuse of column two code with column one code",
        "CPT Manual or CMS manual coding instruction",
        "Standards of medical / surgical practice",
        "Mutually exclusive procedures",
    };
    for (int i = 0; i < rows; ++i) {
        const int column1 = 10000 + i / 64;
        const qint64 column2 = 10000 + (qint64(i) * 7919) % 89999;
        out += QByteArray::number(column1) + '\t' + QByteArray::number(column2) + '\t'
                + (i % 11 == 0 ? "*" : "") + '\t' + QByteArray::number(19960101 + (i % 28))
                + '\t' + (i % 3 == 0 ? QByteArray("20231231") : QByteArray("*")) + '\t'
                + "019"[i % 3] + '\t' + rationales[(i / 64) % 4] + "\r\n";
    }
    return out;
}

} // namespace

class tst_EditDataService : public QObject
{
    Q_OBJECT
private slots:
    void importsPtpWithAuditRow();
    void importsPtpParts();
    void refusesBadPtpFileWhole();
    void refusesMissingFile();
    void refusesDuplicatePtpRelease();
    void refusesBadNames();
    void importNeedsPermission();
    void cancelLeavesNothing();
    void loadPtpReadsNewestRelease();
    void loadPtpWithoutRelease();
    void removesReleases();
    void importsMueAndLoadsByDate();
    void refusesBadMueFileWhole();
    void refusesDuplicateMueNameOrDate();
    void authorizationsByPatient();
    void billedServicesByPatient();
    void importsSharedExcerpts();
    void benchmarkMillionRows();

private:
    struct Fixture
    {
        test::TestDatabase t;
        EditDataService service{t.ws().database(), t.ws().audit()};
    };
    static qint64 scalar(test::TestDatabase &t, const QString &sql)
    {
        const QVariant v = t.value(sql);
        return v.isValid() ? v.toLongLong() : -1;
    }
    static bool exec(test::TestDatabase &t, const QString &sql)
    {
        QSqlQuery q(t.ws().database().connection());
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    /// Two patients with encounters, claims and authorizations, and a third with nothing.
    static bool addClaims(test::TestDatabase &t);
};

void tst_EditDataService::importsPtpWithAuditRow()
{
    Fixture f;
    QVERIFY2(f.t.isValid(), qPrintable(f.t.errorText()));
    QSignalSpy changed(&f.service, &EditDataService::releasesChanged);
    auto s = f.service.importPtp(std::nullopt, fixture("ptp_small.txt"),
                                 QStringLiteral("  v322r0 "));
    QVERIFY2(s.ok(), why(s).constData());
    QCOMPARE(s->rows, 12);
    QCOMPARE(s->release.name, QStringLiteral("v322r0"));
    QCOMPARE(s->release.rowCount, 12);
    QCOMPARE(s->release.importedBy, QStringLiteral("console"));
    QVERIFY(s->release.id > 0);
    QVERIFY(!s->release.importedAt.isEmpty());
    QCOMPARE(changed.count(), 1);

    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 12);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp WHERE deletion_date IS "
                                        "NULL")),
             8);
    QCOMPARE(f.t.value(QStringLiteral("SELECT effective_date FROM ncci_ptp WHERE column1 = "
                                      "'0001U'"))
                     .toString(),
             QStringLiteral("2019-01-01"));
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'edits.import' AND entity = 'ncci_ptp_release'")),
             1);
    QVERIFY(f.t.value(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                     "'edits.import'"))
                    .toString()
                    .contains(QStringLiteral("ptp_small.txt")));
    auto verified = f.t.ws().audit().verify();
    QVERIFY2(verified.ok() && verified->intact, why(verified).constData());

    auto releases = f.service.releases();
    QVERIFY2(releases.ok(), why(releases).constData());
    QCOMPARE(releases->ptp.size(), 1);
    QCOMPARE(releases->ptp.first().name, QStringLiteral("v322r0"));
    QCOMPARE(releases->ptp.first().rowCount, 12);
    QVERIFY(releases->mue.isEmpty());
}

void tst_EditDataService::importsPtpParts()
{
    Fixture f;
    const QString second = f.t.dir() + QStringLiteral("/ccipra-f2.txt");
    QVERIFY(writeFile(second, QByteArray(kPtpHeader)
                                      + "99215\t99211\t\t20100101\t*\t1\tMisuse of column two "
                                        "code with column one code\r\n"
                                        "99215\t99212\t\t20100101\t*\t1\tMisuse of column two "
                                        "code with column one code\r\n"));
    auto s = f.service.importPtp(std::nullopt, QStringList{fixture("ptp_small.txt"), second},
                                 QStringLiteral("v322r0"));
    QVERIFY2(s.ok(), why(s).constData());
    QCOMPARE(s->rows, 14);
    PtpTable table;
    QVERIFY(f.service.loadPtp(table).ok());
    QCOMPARE(table.size(), 14);
    QCOMPARE(table.edits(QStringLiteral("99215"), QStringLiteral("99212")).size(), 1);
    QCOMPARE(table.edits(QStringLiteral("11042"), QStringLiteral("11045")).size(), 1);
}

void tst_EditDataService::refusesBadPtpFileWhole()
{
    Fixture f;
    const QString file = fixture("ptp_bad.txt");
    auto s = f.service.importPtp(std::nullopt, file, QStringLiteral("v322r0"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Invalid);
    QCOMPARE(s.error().exitCode(), 1);
    QVERIFY2(s.error().userMessage.contains(QStringLiteral("nothing was changed")),
             qPrintable(s.error().userMessage));
    const QStringList lines = s.error().detail.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.first().startsWith(file + QStringLiteral(":8: ")), qPrintable(lines.first()));
    QVERIFY2(lines.last().startsWith(file + QStringLiteral(":15: ")), qPrintable(lines.last()));
    // The good rows of the refused file were not kept either.
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp_releases")), 0);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 0);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'edits.import'")),
             0);

    // One bad part refuses the release: the good part is not imported alone.
    auto parts = f.service.importPtp(std::nullopt, QStringList{fixture("ptp_small.txt"), file},
                                     QStringLiteral("v322r0"));
    QVERIFY(!parts.ok());
    QVERIFY2(parts.error().userMessage.contains(QStringLiteral("\"v322r0\"")),
             qPrintable(parts.error().userMessage));
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 0);
}

void tst_EditDataService::refusesMissingFile()
{
    Fixture f;
    auto s = f.service.importPtp(std::nullopt, fixture("nowhere.txt"), QStringLiteral("v1"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::NotFound);
    QVERIFY2(s.error().userMessage.contains(QStringLiteral("There is no file")),
             qPrintable(s.error().userMessage));
    auto m = f.service.importMue(std::nullopt, fixture("nowhere.csv"), QStringLiteral("m"),
                                 QDate(2026, 7, 1));
    QCOMPARE(m.error().kind, Error::Kind::NotFound);
}

void tst_EditDataService::refusesDuplicatePtpRelease()
{
    Fixture f;
    auto first = f.service.importPtp(std::nullopt, fixture("ptp_small.txt"),
                                     QStringLiteral("v322r0"));
    QVERIFY2(first.ok(), why(first).constData());
    auto again = f.service.importPtp(std::nullopt, fixture("ptp_small.txt"),
                                     QStringLiteral("v322r0"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY2(again.error().userMessage.contains(QStringLiteral("already imported")),
             qPrintable(again.error().userMessage));
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 12);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp_releases")), 1);
}

void tst_EditDataService::refusesBadNames()
{
    Fixture f;
    auto empty = f.service.importPtp(std::nullopt, fixture("ptp_small.txt"), QStringLiteral(" "));
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
    auto tooLong = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                       QString(101, QLatin1Char('x')), QDate(2026, 7, 1));
    QCOMPARE(tooLong.error().kind, Error::Kind::Invalid);
    auto noDate = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                      QStringLiteral("MUE"), QDate());
    QCOMPARE(noDate.error().kind, Error::Kind::Invalid);
    auto noFile = f.service.importPtp(std::nullopt, QStringList(), QStringLiteral("v1"));
    QCOMPARE(noFile.error().kind, Error::Kind::Invalid);
}

void tst_EditDataService::importNeedsPermission()
{
    Fixture f;
    QVERIFY2(f.t.makeDemo(5), qPrintable(f.t.errorText()));
    for (Role role : {Role::Coder, Role::Biller, Role::Manager}) {
        auto denied = f.service.importPtp(f.t.login(role), fixture("ptp_small.txt"),
                                          QStringLiteral("v322r0"));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, Error::Kind::Forbidden);
        QCOMPARE(denied.error().exitCode(), 3);
        auto mue = f.service.importMue(f.t.login(role), fixture("mue_small.csv"),
                                       QStringLiteral("MUE"), QDate(2026, 7, 1));
        QCOMPARE(mue.error().kind, Error::Kind::Forbidden);
    }
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp_releases")), 0);
    const Session admin = f.t.login(Role::Admin);
    auto allowed = f.service.importPtp(admin, fixture("ptp_small.txt"), QStringLiteral("v322r0"));
    QVERIFY2(allowed.ok(), why(allowed).constData());
    QCOMPARE(allowed->release.importedBy, admin.username);
    QCOMPARE(f.t.value(QStringLiteral("SELECT username FROM audit_log WHERE action = "
                                      "'edits.import'"))
                     .toString(),
             admin.username);
    // Removing is an administrator's action too.
    auto removed = f.service.removePtpRelease(f.t.login(Role::Coder), allowed->release.id);
    QCOMPARE(removed.error().kind, Error::Kind::Forbidden);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 12);
}

void tst_EditDataService::cancelLeavesNothing()
{
    Fixture f;
    const QString big = f.t.dir() + QStringLiteral("/big.txt");
    QVERIFY(writeFile(big, syntheticPtp(40000)));
    qint64 calls = 0;
    auto s = f.service.importPtp(std::nullopt, big, QStringLiteral("v1"),
                                 [&calls](qint64 done, qint64 total) {
                                     ++calls;
                                     return done < total / 2;
                                 });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 0);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp_releases")), 0);

    // Progress runs from 0 to the total when not cancelled.
    QList<qint64> seen;
    auto done = f.service.importPtp(std::nullopt, big, QStringLiteral("v1"),
                                    [&seen](qint64 d, qint64 total) {
                                        if (total != 40000)
                                            return false;
                                        seen.append(d);
                                        return true;
                                    });
    QVERIFY2(done.ok(), why(done).constData());
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 40000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
}

void tst_EditDataService::loadPtpReadsNewestRelease()
{
    Fixture f;
    const codes::ParsedPtpFile parsed = [] {
        QFile file(fixture("ptp_small.txt"));
        return file.open(QIODevice::ReadOnly) ? codes::parseNcciPtp(file.readAll())
                                              : codes::ParsedPtpFile();
    }();
    QVERIFY(parsed.ok());
    auto first = f.service.importPtp(std::nullopt, fixture("ptp_small.txt"),
                                     QStringLiteral("v321r0"));
    QVERIFY2(first.ok(), why(first).constData());

    PtpTable table;
    QVERIFY(f.service.loadPtp(table).ok());
    QCOMPARE(table.release, QStringLiteral("v321r0"));
    QCOMPARE(table.size(), parsed.edits.size());
    for (const PtpEdit &want : parsed.edits) {
        bool found = false;
        for (const PtpEdit *got : table.edits(want.column1, want.column2)) {
            found = found
                    || (got->effective == want.effective && got->deleted == want.deleted
                        && got->modifierIndicator == want.modifierIndicator
                        && got->rationale == want.rationale);
        }
        QVERIFY2(found, qPrintable(want.column1 + QLatin1Char('/') + want.column2));
    }
    const auto twice = table.edits(QStringLiteral("29881"), QStringLiteral("29880"));
    QCOMPARE(twice.size(), 2);
    QVERIFY(table.edits(QStringLiteral("29880"), QStringLiteral("29881")).isEmpty());
    const auto open = table.edits(QStringLiteral("11042"), QStringLiteral("11045"));
    QCOMPARE(open.size(), 1);
    QVERIFY(!open.first()->deleted.isValid());
    QVERIFY(open.first()->inForce(QDate(2026, 11, 2)));

    // A newer release replaces the older one in the scrubber's table.
    const QString newer = f.t.dir() + QStringLiteral("/v322.txt");
    QVERIFY(writeFile(newer, QByteArray(kPtpHeader)
                                     + "11042\t11045\t\t20090101\t20251231\t0\tStandards of "
                                       "medical / surgical practice\r\n"));
    auto second = f.service.importPtp(std::nullopt, newer, QStringLiteral("v322r0"));
    QVERIFY2(second.ok(), why(second).constData());
    QVERIFY(f.service.loadPtp(table).ok());
    QCOMPARE(table.release, QStringLiteral("v322r0"));
    QCOMPARE(table.size(), 1);
    const auto closed = table.edits(QStringLiteral("11042"), QStringLiteral("11045"));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first()->deleted, QDate(2025, 12, 31));
}

void tst_EditDataService::loadPtpWithoutRelease()
{
    Fixture f;
    PtpTable table;
    table.release = QStringLiteral("stale");
    QVERIFY(f.service.loadPtp(table).ok());
    QVERIFY(table.isEmpty());
    QVERIFY(table.release.isEmpty());
    auto mue = f.service.loadMue();
    QVERIFY(mue.ok());
    QVERIFY(mue->isEmpty());
}

void tst_EditDataService::removesReleases()
{
    Fixture f;
    auto older = f.service.importPtp(std::nullopt, fixture("ptp_small.txt"),
                                     QStringLiteral("v321r0"));
    QVERIFY2(older.ok(), why(older).constData());
    const QString newer = f.t.dir() + QStringLiteral("/v322.txt");
    QVERIFY(writeFile(newer, QByteArray(kPtpHeader)
                                     + "99215\t99211\t\t20100101\t*\t1\tMisuse\r\n"));
    auto latest = f.service.importPtp(std::nullopt, newer, QStringLiteral("v322r0"));
    QVERIFY2(latest.ok(), why(latest).constData());
    auto mue = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                   QStringLiteral("MUE 2026 Q3"), QDate(2026, 7, 1));
    QVERIFY2(mue.ok(), why(mue).constData());

    QSignalSpy changed(&f.service, &EditDataService::releasesChanged);
    QVERIFY(f.service.removePtpRelease(std::nullopt, latest->release.id).ok());
    QCOMPARE(changed.count(), 1);
    PtpTable table;
    QVERIFY(f.service.loadPtp(table).ok());
    QCOMPARE(table.release, QStringLiteral("v321r0")); // the older one serves again
    QCOMPARE(table.size(), 12);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM ncci_ptp")), 12);

    QVERIFY(f.service.removeMueRelease(std::nullopt, mue->release.id).ok());
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM mue_values")), 0);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'edits.remove'")),
             2);
    auto gone = f.service.removeMueRelease(std::nullopt, mue->release.id);
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    auto verified = f.t.ws().audit().verify();
    QVERIFY2(verified.ok() && verified->intact, why(verified).constData());
}

void tst_EditDataService::importsMueAndLoadsByDate()
{
    Fixture f;
    auto july = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                    QStringLiteral("MUE 2026 Q3"), QDate(2026, 7, 1));
    QVERIFY2(july.ok(), why(july).constData());
    QCOMPARE(july->rows, 7);
    QCOMPARE(july->release.effective, QDate(2026, 7, 1));
    QCOMPARE(july->release.rowCount, 7);
    const QString earlier = f.t.dir() + QStringLiteral("/mue_jan.csv");
    QVERIFY(writeFile(earlier, "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication "
                               "Indicator,MUE Rationale\r\n"
                               "11042,2,1 Line Edit,CMS Policy\r\n"));
    auto january = f.service.importMue(std::nullopt, earlier, QStringLiteral("MUE 2026 Q1"),
                                       QDate(2026, 1, 1));
    QVERIFY2(january.ok(), why(january).constData());
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                        "'edits.import' AND entity = 'mue_release'")),
             2);

    auto releases = f.service.releases();
    QVERIFY(releases.ok());
    QCOMPARE(releases->mue.size(), 2);
    QCOMPARE(releases->mue.first().name, QStringLiteral("MUE 2026 Q1"));

    auto loaded = f.service.loadMue();
    QVERIFY2(loaded.ok(), why(loaded).constData());
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded->at(0).effective, QDate(2026, 1, 1));
    QCOMPARE(loaded->at(1).release, QStringLiteral("MUE 2026 Q3"));
    QCOMPARE(loaded->at(1).values.size(), 7);
    const MueValue j = loaded->at(1).values.value(QStringLiteral("J1885"));
    QCOMPARE(j.maxUnits, 8);
    QCOMPARE(j.indicator, 1);
    QCOMPARE(j.rationale, QStringLiteral("Published Contractor Policy, per line"));

    EditData data;
    data.mue = loaded.value();
    QVERIFY(!data.mueInForce(QDate(2025, 12, 31)));
    QCOMPARE(data.mueInForce(QDate(2026, 3, 1))->values.value(QStringLiteral("11042")).maxUnits,
             2);
    QCOMPARE(data.mueInForce(QDate(2026, 7, 1))->values.value(QStringLiteral("11042")).maxUnits,
             1);
}

void tst_EditDataService::refusesBadMueFileWhole()
{
    Fixture f;
    const QString file = fixture("mue_bad.csv");
    auto s = f.service.importMue(std::nullopt, file, QStringLiteral("MUE"), QDate(2026, 7, 1));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Invalid);
    QVERIFY2(s.error().detail.contains(file + QStringLiteral(":6: The MUE value of 20610")),
             qPrintable(s.error().detail));
    QVERIFY2(s.error().detail.contains(file + QStringLiteral(":8: The code 11042 appears")),
             qPrintable(s.error().detail));
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM mue_releases")), 0);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM mue_values")), 0);

    auto hospital = f.service.importMue(std::nullopt, fixture("mue_outpatient.csv"),
                                        QStringLiteral("MUE"), QDate(2026, 7, 1));
    QVERIFY(!hospital.ok());
    QVERIFY2(hospital.error().detail.contains(QStringLiteral("practitioner services")),
             qPrintable(hospital.error().detail));
}

void tst_EditDataService::refusesDuplicateMueNameOrDate()
{
    Fixture f;
    auto first = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                     QStringLiteral("MUE 2026 Q3"), QDate(2026, 7, 1));
    QVERIFY2(first.ok(), why(first).constData());
    auto sameName = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                        QStringLiteral("MUE 2026 Q3"), QDate(2026, 10, 1));
    QCOMPARE(sameName.error().kind, Error::Kind::Conflict);
    QVERIFY2(sameName.error().userMessage.contains(QStringLiteral("already imported")),
             qPrintable(sameName.error().userMessage));
    auto sameDate = f.service.importMue(std::nullopt, fixture("mue_small.csv"),
                                        QStringLiteral("Another"), QDate(2026, 7, 1));
    QCOMPARE(sameDate.error().kind, Error::Kind::Conflict);
    QVERIFY2(sameDate.error().userMessage.contains(QStringLiteral("2026-07-01")),
             qPrintable(sameDate.error().userMessage));
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM mue_releases")), 1);
    QCOMPARE(scalar(f.t, QStringLiteral("SELECT COUNT(*) FROM mue_values")), 7);
}

bool tst_EditDataService::addClaims(test::TestDatabase &t)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO payers (id, name, payer_id, kind, filing_indicator) VALUES "
                       "(501, 'Summit Health', 'SUM01', 'commercial', 'CI')"),
        QStringLiteral("INSERT INTO providers (id, last_name, first_name, npi, taxonomy) VALUES "
                       "(601, 'Osler', 'Will', '1234567893', '207Q00000X')"),
        QStringLiteral("INSERT INTO patients (id, mrn, last_name, first_name, birth_date, sex) "
                       "VALUES (701, 'T701', 'Ames', 'Ann', '1950-02-03', 'F'), "
                       "(702, 'T702', 'Bell', 'Bob', '1961-04-05', 'M'), "
                       "(703, 'T703', 'Cole', 'Cy', '1972-06-07', 'M')"),
        QStringLiteral("INSERT INTO encounters (id, patient_id, provider_id, date_of_service, "
                       "place_of_service, clinical_note, created_at, updated_at) VALUES "
                       "(801, 701, 601, '2026-10-05', '11', '', '2026-10-05', '2026-10-05'), "
                       "(802, 701, 601, '2026-11-02', '11', '', '2026-11-02', '2026-11-02'), "
                       "(803, 702, 601, '2026-11-03', '11', '', '2026-11-03', '2026-11-03')"),
        QStringLiteral("INSERT INTO claims (id, encounter_id, patient_control_number, payer_id, "
                       "created_at, updated_at) VALUES "
                       "(901, 801, 'PCN901', 501, '2026-10-06', '2026-10-06'), "
                       "(902, 802, 'PCN902', 501, '2026-11-03', '2026-11-03'), "
                       "(903, 803, 'PCN903', 501, '2026-11-04', '2026-11-04')"),
        QStringLiteral("INSERT INTO claim_lines (claim_id, line_no, line_control_number, code, "
                       "modifier1, modifier2, modifier3, modifier4, units, pointers, "
                       "charge_cents, service_date) VALUES "
                       "(901, 1, 'L9011', '99213', '', '', '', '', 1, '1', 15000, '2026-10-05'), "
                       "(902, 1, 'L9021', '99214', '25', '', '', '', 1, '1', 20000, "
                       "'2026-11-02'), "
                       "(902, 2, 'L9022', '20610', 'RT', '', 'XS', '', 1, '1', 9000, "
                       "'2026-11-02'), "
                       "(903, 1, 'L9031', '93306', '', '', '', '', 1, '1', 50000, '2026-11-03')"),
        QStringLiteral("INSERT INTO prior_authorizations (patient_id, payer_id, auth_number, "
                       "codes, valid_from, valid_to, visits_allowed) VALUES "
                       "(701, 501, 'PA1001', '20610  20611', '2026-10-01', '2026-12-31', 3), "
                       "(702, 501, 'PA2001', '93306', '2026-09-01', '2026-11-30', NULL), "
                       "(702, 501, 'PA2002', '', '2026-12-01', '2027-01-31', 1)"),
    };
    for (const QString &sql : statements) {
        if (!exec(t, sql))
            return false;
    }
    return true;
}

void tst_EditDataService::authorizationsByPatient()
{
    Fixture f;
    QVERIFY(addClaims(f.t));
    auto some = f.service.authorizations({701, 703, 701});
    QVERIFY2(some.ok(), why(some).constData());
    QCOMPARE(some->size(), 1);
    const Authorization a = some->value(701);
    QCOMPARE(a.patientId, 701);
    QCOMPARE(a.payerId, 501);
    QCOMPARE(a.number, QStringLiteral("PA1001"));
    QCOMPARE(a.codes, (QStringList{QStringLiteral("20610"), QStringLiteral("20611")}));
    QCOMPARE(a.from, QDate(2026, 10, 1));
    QCOMPARE(a.to, QDate(2026, 12, 31));

    auto all = f.service.authorizations({});
    QVERIFY2(all.ok(), why(all).constData());
    QCOMPARE(all->size(), 3);
    const QList<Authorization> bob = all->values(702);
    QCOMPARE(bob.size(), 2);
    for (const Authorization &x : bob) {
        if (x.number == QLatin1String("PA2002"))
            QVERIFY(x.codes.isEmpty());
        else
            QCOMPARE(x.codes, QStringList{QStringLiteral("93306")});
    }

    auto none = f.service.authorizations({703});
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());

    // More patients than one query takes: the ids go in chunks.
    QList<qint64> many;
    for (qint64 id = 1; id <= 200; ++id)
        many.append(id);
    many.append(702);
    auto chunked = f.service.authorizations(many);
    QVERIFY2(chunked.ok(), why(chunked).constData());
    QCOMPARE(chunked->size(), 2);
    QCOMPARE(chunked->count(702), 2);
}

void tst_EditDataService::billedServicesByPatient()
{
    Fixture f;
    QVERIFY(addClaims(f.t));
    auto ann = f.service.billedServices({701});
    QVERIFY2(ann.ok(), why(ann).constData());
    QCOMPARE(ann->size(), 3);
    QList<BilledService> lines = ann->values(701);
    std::sort(lines.begin(), lines.end(), [](const BilledService &a, const BilledService &b) {
        return a.code < b.code;
    });
    QCOMPARE(lines.at(0).code, QStringLiteral("20610"));
    QCOMPARE(lines.at(0).claimId, QStringLiteral("PCN902"));
    QCOMPARE(lines.at(0).date, QDate(2026, 11, 2));
    QCOMPARE(lines.at(0).modifiers, (QStringList{QStringLiteral("RT"), QStringLiteral("XS")}));
    QCOMPARE(lines.at(0).patientId, 701);
    QCOMPARE(lines.at(1).code, QStringLiteral("99213"));
    QCOMPARE(lines.at(1).claimId, QStringLiteral("PCN901"));
    QVERIFY(lines.at(1).modifiers.isEmpty());
    QCOMPARE(lines.at(2).modifiers, QStringList{QStringLiteral("25")});

    auto all = f.service.billedServices({});
    QVERIFY2(all.ok(), why(all).constData());
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->value(702).code, QStringLiteral("93306"));
    QCOMPARE(all->value(702).claimId, QStringLiteral("PCN903"));

    auto nobody = f.service.billedServices({703, 9999});
    QVERIFY(nobody.ok());
    QVERIFY(nobody->isEmpty());
}

void tst_EditDataService::importsSharedExcerpts()
{
    const QString dir = test::sharedDir();
    if (dir.isEmpty())
        QSKIP("../shared not found: the CMS excerpts are needed");
    Fixture f;
    const QString ptp = dir + QStringLiteral("/codesets/ccipra-v322r0-f1.excerpt.txt");
    auto refused = f.service.importPtp(std::nullopt, ptp, QStringLiteral("v322r0"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().detail.count(QLatin1Char('\n')), 0); // one line only
    QVERIFY2(refused.error().detail.startsWith(QDir::toNativeSeparators(ptp)
                                               + QStringLiteral(":161: ")),
             qPrintable(refused.error().detail));

    QFile file(ptp);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes.truncate(bytes.lastIndexOf('\n') + 1);
    const QString cut = f.t.dir() + QStringLiteral("/ccipra-v322r0-f1.txt");
    QVERIFY(writeFile(cut, bytes));
    auto imported = f.service.importPtp(std::nullopt, cut, QStringLiteral("v322r0"));
    QVERIFY2(imported.ok(), why(imported).constData());
    QCOMPARE(imported->rows, 154);

    auto mue = f.service.importMue(
            std::nullopt,
            dir + QStringLiteral("/codesets/"
                                 "MCR_MUE_PractitionerServices_Eff_07-01-2026.excerpt.csv"),
            QStringLiteral("MUE 2026-07-01"), QDate(2026, 7, 1));
    QVERIFY2(mue.ok(), why(mue).constData());
    QCOMPARE(mue->rows, 44);

    PtpTable table;
    QVERIFY(f.service.loadPtp(table).ok());
    QCOMPARE(table.size(), 154);
    const auto e = table.edits(QStringLiteral("0001A"), QStringLiteral("90473"));
    QCOMPARE(e.size(), 1);
    QCOMPARE(e.first()->modifierIndicator, 9);
}

void tst_EditDataService::benchmarkMillionRows()
{
    // Not a timed test: prints the figures of DESIGN.md §8 when asked to.
    if (qEnvironmentVariableIsEmpty("CC_BENCH_PTP"))
        QSKIP("set CC_BENCH_PTP=1 to time a 1,000,000-row PTP import and load");
    const int rows = qEnvironmentVariableIntValue("CC_BENCH_PTP") > 1
            ? qEnvironmentVariableIntValue("CC_BENCH_PTP")
            : 1000000;
    Fixture f;
    const QString path = f.t.dir() + QStringLiteral("/ccipra-bench.txt");
    const QByteArray bytes = syntheticPtp(rows);
    QVERIFY(writeFile(path, bytes));
    // Wall time and this process's processor time: the machine may be shared.
    QElapsedTimer timer;
    auto lap = [&timer, cpu = std::clock()]() mutable {
        const std::clock_t now = std::clock();
        const QString text = QStringLiteral("%1 ms (cpu %2 ms)")
                                     .arg(timer.restart())
                                     .arg(qint64(now - cpu) * 1000 / CLOCKS_PER_SEC);
        cpu = now;
        return text;
    };
    timer.start();
    lap();
    const codes::ParsedPtpFile parsed = codes::parseNcciPtp(bytes);
    const QString parseTime = lap();
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.edits.size(), rows);
    lap();
    auto s = f.service.importPtp(std::nullopt, path, QStringLiteral("bench"));
    const QString importTime = lap();
    QVERIFY2(s.ok(), why(s).constData());
    PtpTable table;
    lap();
    QVERIFY(f.service.loadPtp(table).ok());
    const QString loadTime = lap();
    QCOMPARE(table.size(), rows);
    qInfo("PTP %d rows (%lld MB): parse %s; import (read, parse, insert, commit) %s; loadPtp %s",
          rows, qint64(bytes.size() >> 20), qPrintable(parseTime), qPrintable(importTime),
          qPrintable(loadTime));
}

QTEST_GUILESS_MAIN(tst_EditDataService)
#include "tst_editdataservice.moc"

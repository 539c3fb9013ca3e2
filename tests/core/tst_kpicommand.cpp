// SPDX-License-Identifier: GPL-3.0-or-later
// `cleanclaim kpi` (issue 7 §1), run as a user would: the real binary on the hand-built
// practice of measuresfixture.h. The JSON's shape and key order, known values in each unit,
// null for no data, the --by groups, the aligned table, usage errors (exit 2) and a coder
// refused (exit 3).
#include "measuresfixture.h"
#include "testdatabase.h"
#include "services/authservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace cc;
using namespace cc::test::measuresfixture;

class tst_KpiCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void json();
    void byPayer();
    void emptyPeriodIsNull();
    void table();
    void usageErrors_data();
    void usageErrors();
    void coderIsRefused();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    /// Runs the binary on the fixture's file (closed first, as another program would find it).
    Run kpi(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_KpiCommand::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->errorText()));
    QString error;
    QVERIFY2(build(*m_db, &error), qPrintable(error));
}

void tst_KpiCommand::cleanup()
{
    m_db.reset();
}

tst_KpiCommand::Run tst_KpiCommand::kpi(const QStringList &args, const QProcessEnvironment &env)
{
    m_db->close();
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_CLEANCLAIM_BIN),
        QStringList {QStringLiteral("--db"), m_db->path()} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void tst_KpiCommand::json()
{
    const Run r
        = kpi({QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
            QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + r.out));
    const QJsonObject o = doc.object();
    QCOMPARE(o.keys(),
        (QStringList {QStringLiteral("from"), QStringLiteral("measures"), QStringLiteral("to")}));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-30"));
    const QJsonObject m = o.value(QStringLiteral("measures")).toObject();
    QCOMPARE(m.size(), kMeasureCount);
    // The keys come in MeasureKind order in the text (a JSON object itself has no order).
    qsizetype last = -1;
    for (const MeasureInfo &info : measures::all()) {
        const QJsonObject v = m.value(info.key).toObject();
        QCOMPARE(v.keys(),
            (QStringList {QStringLiteral("denominator"), QStringLiteral("formula"),
                QStringLiteral("numerator"), QStringLiteral("value")}));
        QVERIFY(v.value(QStringLiteral("value")).isDouble());
        QVERIFY(!v.value(QStringLiteral("formula")).toString().isEmpty());
        const qsizetype at = r.out.indexOf(QLatin1Char('"') + info.key + QLatin1Char('"'));
        QVERIFY(at > last);
        last = at;
    }
    const QJsonObject clean = m.value(QStringLiteral("cleanClaimRate")).toObject();
    QCOMPARE(clean.value(QStringLiteral("value")).toDouble(), 0.6667);
    QCOMPARE(clean.value(QStringLiteral("numerator")).toInteger(), 2);
    QCOMPARE(clean.value(QStringLiteral("denominator")).toInteger(), 3);
    const QJsonObject dollars = m.value(QStringLiteral("denialRateDollars")).toObject();
    QCOMPARE(dollars.value(QStringLiteral("value")).toDouble(), 0.6);
    QCOMPARE(dollars.value(QStringLiteral("numerator")).toString(), QStringLiteral("360.00"));
    QCOMPARE(dollars.value(QStringLiteral("denominator")).toString(), QStringLiteral("600.00"));
    const QJsonObject ar = m.value(QStringLiteral("daysInAR")).toObject();
    QCOMPARE(ar.value(QStringLiteral("value")).toDouble(), 85.7396);
    QCOMPARE(ar.value(QStringLiteral("numerator")).toString(), QStringLiteral("805.00"));
    QCOMPARE(ar.value(QStringLiteral("denominator")).toString(), QStringLiteral("845.00"));
    const QJsonObject queries = m.value(QStringLiteral("queryTurnaroundDays")).toObject();
    QCOMPARE(queries.value(QStringLiteral("value")).toDouble(), 6.3125);
    QCOMPARE(queries.value(QStringLiteral("numerator")).toDouble(), 12.63); // 18180 minutes
    QCOMPARE(queries.value(QStringLiteral("denominator")).toInteger(), 2);
    const QJsonObject lag = m.value(QStringLiteral("chargeLagDays")).toObject();
    QCOMPARE(lag.value(QStringLiteral("numerator")).toInteger(), 21);
    QCOMPARE(lag.value(QStringLiteral("value")).toDouble(), 4.2);
}

void tst_KpiCommand::byPayer()
{
    const Run r = kpi({QStringLiteral("kpi"), QStringLiteral("--from"),
        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
        QStringLiteral("--by"), QStringLiteral("payer"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("measures")).toObject().size(), kMeasureCount);
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 3);
    const QJsonObject medicare = groups.at(1).toObject();
    QCOMPARE(medicare.value(QStringLiteral("id")).toInteger(), kMedicare);
    QCOMPARE(medicare.value(QStringLiteral("name")).toString(), QStringLiteral("Medicare"));
    const QJsonObject m = medicare.value(QStringLiteral("measures")).toObject();
    QCOMPARE(m.size(), kMeasureCount - 3); // no queries, audits or handoffs by payer
    QVERIFY(!m.contains(QStringLiteral("queryTurnaroundDays")));
    QCOMPARE(m.value(QStringLiteral("cleanClaimRate"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
        1.0);
    // Without --by there is no "groups".
    const Run plain = kpi({QStringLiteral("kpi"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("--json")});
    QCOMPARE(plain.code, 0);
    const QJsonObject p = QJsonDocument::fromJson(plain.out.toUtf8()).object();
    QVERIFY(!p.contains(QStringLiteral("groups")));
    QCOMPARE(p.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01")); // 30 days
}

void tst_KpiCommand::emptyPeriodIsNull()
{
    const Run r
        = kpi({QStringLiteral("kpi"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
            QStringLiteral("--to"), QStringLiteral("2025-01-31"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8())
                              .object()
                              .value(QStringLiteral("measures"))
                              .toObject();
    QCOMPARE(m.size(), kMeasureCount);
    for (const QString &key : m.keys()) {
        const QJsonObject v = m.value(key).toObject();
        QVERIFY2(v.contains(QStringLiteral("value")) && v.value(QStringLiteral("value")).isNull(),
            qPrintable(key));
    }
    QCOMPARE(m.value(QStringLiteral("netCollectionRate"))
                 .toObject()
                 .value(QStringLiteral("denominator"))
                 .toString(),
        QStringLiteral("0.00"));
    QCOMPARE(m.value(QStringLiteral("denialRate"))
                 .toObject()
                 .value(QStringLiteral("denominator"))
                 .toInteger(-1),
        0);
}

void tst_KpiCommand::table()
{
    const Run r = kpi({QStringLiteral("kpi"), QStringLiteral("--from"),
        QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
        QStringLiteral("--by"), QStringLiteral("coder")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QVERIFY(lines.first().contains(QStringLiteral("2026-11-01")));
    const auto line = [&lines](const QString &start) {
        for (const QString &l : lines) {
            if (l.startsWith(start))
                return l;
        }
        return QString();
    };
    const QString clean = line(QStringLiteral("Clean claim rate"));
    QVERIFY2(clean.contains(QStringLiteral("66.7 %")), qPrintable(r.out));
    QVERIFY(clean.contains(QStringLiteral("Clean on first scrub: 2")));
    QVERIFY(clean.contains(QStringLiteral("Claims scrubbed: 3")));
    QVERIFY(line(QStringLiteral("Days in A/R")).contains(QStringLiteral("85.7 days")));
    QVERIFY(line(QStringLiteral("Denial rate (dollars)")).contains(QStringLiteral("$360.00")));
    // Aligned: the value column starts at the same place on every measure's line.
    const qsizetype column = clean.indexOf(QStringLiteral("66.7 %"));
    QCOMPARE(line(QStringLiteral("Days in A/R")).indexOf(QStringLiteral("85.7 days")), column);
    QVERIFY(r.out.contains(QStringLiteral("Coder: coder1 (Kim Lee)")));
    QVERIFY(r.out.contains(QStringLiteral("Coder: coder2 (Ravi Shah)")));
    // "no data" in words in an empty period.
    const Run empty = kpi({QStringLiteral("kpi"), QStringLiteral("--from"),
        QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-31")});
    QCOMPARE(empty.code, 0);
    QCOMPARE(empty.out.count(QStringLiteral("no data")), kMeasureCount);
}

void tst_KpiCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("month 13") << QStringList {QStringLiteral("--from"),
        QStringLiteral("2026-13-01")}
                              << QStringLiteral("--from");
    QTest::newRow("not a date") << QStringList {QStringLiteral("--to"), QStringLiteral("yesterday")}
                                << QStringLiteral("--to");
    QTest::newRow("short form") << QStringList {QStringLiteral("--to"), QStringLiteral("2026-1-5")}
                                << QStringLiteral("--to");
    QTest::newRow("backwards") << QStringList {QStringLiteral("--from"),
        QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-11-01")}
                               << QStringLiteral("2026-11-30");
    QTest::newRow("from after today") << QStringList {QStringLiteral("--from"),
        QDate::currentDate().addDays(5).toString(Qt::ISODate)}
                                      << QStringLiteral("--from");
    QTest::newRow("unknown --by") << QStringList {QStringLiteral("--by"), QStringLiteral("nurse")}
                                  << QStringLiteral("nurse");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--since"), QStringLiteral("2026-11-01")}
        << QStringLiteral("--since");
    QTest::newRow("a file name") << QStringList {QStringLiteral("report.json")}
                                 << QStringLiteral("kpi");
}

void tst_KpiCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = kpi(QStringList {QStringLiteral("kpi")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void tst_KpiCommand::coderIsRefused()
{
    AuthService::NewUser u;
    u.username = QStringLiteral("cli-coder");
    u.fullName = QStringLiteral("Cli Coder");
    u.role = Role::Coder;
    u.password = QStringLiteral("coder-password-1");
    QVERIFY(m_db->ws().auth().createInitialUser(u).ok());
    u.username = QStringLiteral("cli-manager");
    u.fullName = QStringLiteral("Cli Manager");
    u.role = Role::Manager;
    u.password = QStringLiteral("manager-password-1");
    QVERIFY(m_db->ws().auth().createInitialUser(u).ok());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLEANCLAIM_PASSWORD"), QStringLiteral("coder-password-1"));
    const QStringList args = {QStringLiteral("kpi"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("--json")};
    const Run refused
        = kpi(QStringList {QStringLiteral("--user"), QStringLiteral("cli-coder")} + args, env);
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QStringLiteral("dashboard")), qPrintable(refused.err));
    env.insert(QStringLiteral("CLEANCLAIM_PASSWORD"), QStringLiteral("manager-password-1"));
    const Run allowed
        = kpi(QStringList {QStringLiteral("--user"), QStringLiteral("cli-manager")} + args, env);
    QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
    QVERIFY(allowed.out.contains(QStringLiteral("\"cleanClaimRate\"")));
}

QTEST_GUILESS_MAIN(tst_KpiCommand)
#include "tst_kpicommand.moc"

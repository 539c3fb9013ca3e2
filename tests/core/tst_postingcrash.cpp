// SPDX-License-Identifier: GPL-3.0-or-later
// A posting killed mid-transaction (issue 6 §8): `cleanclaim import-835` is run with the
// test-only hook CLEANCLAIM_TEST_CRASH_AFTER_POSTINGS, dies by SIGKILL with its transaction
// open, and leaves the database as it was; the same file then posts exactly once.
#include "testdatabase.h"
#include "domain/money.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"

#include <QtTest>

using namespace cc;

class tst_PostingCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedMidTransactionLeavesNothing();

private:
    struct Run
    {
        int status = -1; ///< the shell's $?: 128 + 9 for SIGKILL
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &crashAfter = {});
};

tst_PostingCrash::Run tst_PostingCrash::run(const QStringList &args, const QByteArray &crashAfter)
{
    // Through a shell, so that the exit status tells a SIGKILL (137) from any other end.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLEANCLAIM_TEST_CRASH_AFTER_POSTINGS"));
    if (!crashAfter.isEmpty())
        env.insert(QStringLiteral("CLEANCLAIM_TEST_CRASH_AFTER_POSTINGS"),
                   QString::fromLatin1(crashAfter));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), QStringLiteral("\"$@\"; echo \"status $?\" >&2"),
                        QStringLiteral("sh"), QStringLiteral(CC_CLEANCLAIM_BIN)}
                    + args);
    p.waitForFinished(120000);
    Run r;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const qsizetype at = r.err.lastIndexOf(QLatin1String("status "));
    if (at >= 0)
        r.status = r.err.mid(at + 7).trimmed().toInt();
    return r;
}

void tst_PostingCrash::killedMidTransactionLeavesNothing()
{
    test::TestDatabase db;
    QVERIFY2(db.makeDemo(120, 5), qPrintable(db.errorText()));
    db.value(QStringLiteral("DELETE FROM payer_rules"));
    db.value(QStringLiteral("UPDATE claims SET state = 'closed'"));
    // No secondary plans: the ERA writes the same rows whoever the patients are.
    db.value(QStringLiteral("UPDATE coverages SET effective_to = date(effective_from, '-1 day') "
                            "WHERE priority = 2"));
    const Session biller = db.login(Role::Biller);

    // Four claims sent, then one ERA that pays each of them (payment, CO-45, PR-2 per claim).
    QStringList claims;
    qint64 paid = 0;
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        const qint64 id = db.makeDraftClaim();
        QVERIFY(id > 0);
        QVERIFY(db.ws().claims().scrubClaims(biller, {id}).ok());
        db.value(QStringLiteral("DELETE FROM claim_findings WHERE claim_id = %1").arg(id));
        db.value(QStringLiteral("UPDATE claims SET state = 'scrubbed' WHERE id = %1").arg(id));
        QVERIFY(db.ws().submissions().submit(biller, {id}, QDateTime::currentDateTimeUtc()).ok());
        ids.append(id);
        const QString pcn = db.value(QStringLiteral("SELECT patient_control_number FROM claims "
                                                    "WHERE id = %1")
                                             .arg(id))
                                    .toString();
        const QString lcn = db.value(QStringLiteral("SELECT line_control_number FROM claim_lines "
                                                    "WHERE claim_id = %1")
                                             .arg(id))
                                    .toString();
        const QString dos = db.value(QStringLiteral("SELECT replace(service_date, '-', '') FROM "
                                                    "claim_lines WHERE claim_id = %1")
                                             .arg(id))
                                    .toString();
        claims << QStringLiteral("CLP*%1*1*22*15*3*12*ICN%2*11*1").arg(pcn).arg(i)
               << QStringLiteral("NM1*QC*1*DOE*JANE****MI*M%1").arg(i)
               << QStringLiteral("SVC*HC:82947*22*15**1") << QStringLiteral("DTM*472*%1").arg(dos)
               << QStringLiteral("CAS*CO*45*4") << QStringLiteral("CAS*PR*2*3")
               << QStringLiteral("REF*6R*%1").arg(lcn);
        paid += 1500;
    }
    QStringList st{QStringLiteral("ST*835*0001"),
                   QStringLiteral("BPR*I*%1*C*CHK************20261201")
                           .arg(Money::fromCents(paid).toDecimalString()),
                   QStringLiteral("TRN*1*CRASH01*1999999999"), QStringLiteral("N1*PR*ACME HEALTH*XV*ACME01"),
                   QStringLiteral("N1*PE*MAPLE GROVE*XX*1234567893"), QStringLiteral("LX*1")};
    st << claims;
    st << QStringLiteral("SE*%1*0001").arg(st.size() + 1);
    QStringList all{QStringLiteral("ISA*00*          *00*          *ZZ*ACME01         *ZZ*MGFH0001"
                                   "       *261201*1200*^*00501*000000777*0*P*:"),
                    QStringLiteral("GS*HP*ACME01*MGFH0001*20261201*1200*777*X*005010X221A1")};
    all << st << QStringLiteral("GE*1*777") << QStringLiteral("IEA*1*000000777");
    const QString eraPath = db.dir() + QStringLiteral("/crash.835");
    {
        QFile f(eraPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((all.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1());
    }

    auto snapshot = [&db]() {
        QStringList s;
        for (const char *sql : {"SELECT count(*) FROM postings", "SELECT count(*) FROM remittances",
                                "SELECT count(*) FROM remittance_claims",
                                "SELECT count(*) FROM denials",
                                "SELECT count(*) FROM claim_status_events",
                                "SELECT group_concat(state || ':' || version || ':' || "
                                "payer_claim_number) FROM claims"})
            s.append(db.value(QString::fromLatin1(sql)).toString());
        return s;
    };
    const QStringList before = snapshot();
    const QString path = db.path();
    db.close();

    // 1. Killed after 6 of its 12 ledger rows: SIGKILL, nothing kept.
    Run r = run({QStringLiteral("--db"), path, QStringLiteral("import-835"), eraPath},
                QByteArrayLiteral("6"));
    QVERIFY2(r.status == 128 + 9, qPrintable(QStringLiteral("status %1\n%2\n%3")
                                                     .arg(r.status)
                                                     .arg(r.out, r.err)));
    QVERIFY(!r.out.contains(QLatin1String("Posted")));
    QVERIFY(db.reopen());
    QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM remittances WHERE trace_number = "
                                     "'CRASH01'"))
                     .toInt(),
             0);
    QCOMPARE(snapshot(), before);
    db.close();

    // 2. Run again without the hook: posted once.
    r = run({QStringLiteral("--db"), path, QStringLiteral("import-835"), eraPath});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Posted 4 claim")), qPrintable(r.out));
    QVERIFY(db.reopen());
    const int postings = db.value(QStringLiteral("SELECT count(*) FROM postings")).toInt();
    QCOMPARE(postings, before.first().toInt() + 12);
    for (qint64 id : ids)
        QCOMPARE(db.value(QStringLiteral("SELECT state FROM claims WHERE id = %1").arg(id))
                         .toString(),
                 QStringLiteral("paid"));
    db.close();

    // 3. A third run: refused as a duplicate, nothing doubled.
    r = run({QStringLiteral("--db"), path, QStringLiteral("import-835"), eraPath});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QLatin1String("CRASH01")), qPrintable(r.err));
    QVERIFY(db.reopen());
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM postings")).toInt(), postings);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM remittances WHERE trace_number = "
                                     "'CRASH01'"))
                     .toInt(),
             1);
    QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_PostingCrash)
#include "tst_postingcrash.moc"

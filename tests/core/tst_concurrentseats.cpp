// SPDX-License-Identifier: GPL-3.0-or-later
// Two seats on one practice (issue 8 §2). Each seat is its own Workstation — its own database
// connection — on the same file, as two desktops are: the second to save an encounter or a
// claim gets a conflict that says who saved first, what is on record and what was not saved,
// and nothing is overwritten; the same ERA posted by two seats at the same moment posts once.
#include "testdatabase.h"
#include "domain/money.h"
#include "services/authservice.h"
#include "services/claimservice.h"
#include "services/codingservice.h"
#include "services/postingservice.h"
#include "services/submissionservice.h"
#include "services/workstation.h"
#include "storage/transaction.h"

#include <QtTest>

using namespace cc;

class tst_ConcurrentSeats : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void secondEncounterSaveIsAConflictThatSaysWhatChanged();
    void secondClaimSaveIsAConflictThatSaysWhatChanged();
    void sameEraFromTwoSeatsAtOncePostsOnce();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Workstation> m_other; ///< the second seat
};

void tst_ConcurrentSeats::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    auto other = Workstation::open(m_db->path());
    QVERIFY2(other.ok(), qPrintable(other ? QString() : other.error().userMessage));
    m_other = std::move(other).value();
}

void tst_ConcurrentSeats::cleanup()
{
    m_other.reset();
    m_db.reset();
}

void tst_ConcurrentSeats::secondEncounterSaveIsAConflictThatSaysWhatChanged()
{
    const qint64 id = m_db->value(QStringLiteral("SELECT e.id FROM encounters e JOIN providers p "
                                                 "ON p.id = e.provider_id WHERE e.state = 'new' "
                                                 "AND p.specialty = 'primary_care' ORDER BY e.id "
                                                 "LIMIT 1"))
                              .toLongLong();
    QVERIFY(id > 0);
    const Session dana = m_db->login(Role::Coder); // "coder": Dana Whitfield
    auto kevin = m_other->auth().login(QStringLiteral("coder2"), QStringLiteral("coder2-demo"));
    QVERIFY(kevin.ok());

    // Both seats open the same encounter.
    auto mine = m_db->ws().coding().open(dana, id);
    auto theirs = m_other->coding().open(kevin.value(), id);
    QVERIFY(mine.ok() && theirs.ok());
    QCOMPARE(mine->version, theirs->version);

    auto draft = [&](const QString &dx, const QString &code) {
        CodingDraft d;
        d.diagnoses = {{1, dx}};
        ServiceLineEntry l;
        l.code = code;
        l.pointers = {1};
        l.chargeCents = 13000;
        l.serviceDate = mine->summary.dateOfService;
        d.services = {l};
        return d;
    };
    // Kevin saves first; Dana, still on the version she opened, saves second.
    QVERIFY(m_other->coding()
                    .saveDraft(kevin.value(), id, theirs->version,
                               draft(QStringLiteral("I10"), QStringLiteral("99213")))
                    .ok());
    auto second = m_db->ws().coding().saveDraft(dana, id, mine->version,
                                                draft(QStringLiteral("E119"),
                                                      QStringLiteral("99214")));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Conflict);
    const QString message = second.error().userMessage;
    QVERIFY2(message.contains(QLatin1String("Kevin Osei")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Now on record: diagnoses I10 · services 99213")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Yours, not saved: diagnoses E11.9 · services 99214")),
             qPrintable(message));
    // Nothing of Dana's was written over Kevin's.
    QCOMPARE(m_db->value(QStringLiteral("SELECT group_concat(code) FROM encounter_diagnoses "
                                        "WHERE encounter_id = %1")
                                 .arg(id))
                     .toString(),
             QStringLiteral("I10"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT group_concat(code) FROM service_lines WHERE "
                                        "encounter_id = %1")
                                 .arg(id))
                     .toString(),
             QStringLiteral("99213"));
    // Reopened, her save goes through on top of his.
    auto reopened = m_db->ws().coding().open(dana, id);
    QVERIFY(reopened.ok());
    QVERIFY(m_db->ws()
                    .coding()
                    .saveDraft(dana, id, reopened->version,
                               draft(QStringLiteral("E119"), QStringLiteral("99214")))
                    .ok());
}

void tst_ConcurrentSeats::secondClaimSaveIsAConflictThatSaysWhatChanged()
{
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    const qint64 id = m_db->makeDraftClaim();
    QVERIFY(id > 0);
    const Session marcus = m_db->login(Role::Biller);
    auto mine = m_db->ws().claims().claim(id);
    auto theirs = m_other->claims().claim(id);
    QVERIFY(mine.ok() && theirs.ok());

    ClaimEdit first = ClaimEdit::of(theirs.value());
    first.priorAuthorization = QStringLiteral("AUTHFIRST");
    QVERIFY(m_other->claims().save(marcus, id, first).ok());

    ClaimEdit second = ClaimEdit::of(mine.value());
    second.priorAuthorization = QStringLiteral("AUTHSECOND");
    auto saved = m_db->ws().claims().save(marcus, id, second);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Conflict);
    const QString message = saved.error().userMessage;
    QVERIFY2(message.contains(QLatin1String("Marcus Bell")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("authorization AUTHFIRST")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Yours, not saved:")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("authorization AUTHSECOND")), qPrintable(message));
    QCOMPARE(m_db->value(QStringLiteral("SELECT prior_authorization FROM claims WHERE id = %1")
                                 .arg(id))
                     .toString(),
             QStringLiteral("AUTHFIRST"));
}

void tst_ConcurrentSeats::sameEraFromTwoSeatsAtOncePostsOnce()
{
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_db->value(QStringLiteral("UPDATE coverages SET effective_to = date(effective_from, "
                               "'-1 day') WHERE priority = 2"));
    const Session biller = m_db->login(Role::Biller);
    const qint64 id = m_db->makeDraftClaim();
    QVERIFY(id > 0);
    QVERIFY(m_db->ws().claims().scrubClaims(biller, {id}).ok());
    m_db->value(QStringLiteral("DELETE FROM claim_findings WHERE claim_id = %1").arg(id));
    m_db->value(QStringLiteral("UPDATE claims SET state = 'scrubbed' WHERE id = %1").arg(id));
    QVERIFY(m_db->ws().submissions().submit(biller, {id}, QDateTime::currentDateTimeUtc()).ok());
    const QString pcn = m_db->value(QStringLiteral("SELECT patient_control_number FROM claims "
                                                   "WHERE id = %1")
                                            .arg(id))
                                .toString();
    const QString lcn = m_db->value(QStringLiteral("SELECT line_control_number FROM claim_lines "
                                                   "WHERE claim_id = %1")
                                            .arg(id))
                                .toString();
    const QString dos = m_db->value(QStringLiteral("SELECT replace(service_date, '-', '') FROM "
                                                   "claim_lines WHERE claim_id = %1")
                                            .arg(id))
                                .toString();
    const QStringList segments{
            QStringLiteral("ISA*00*          *00*          *ZZ*ACME01         *ZZ*MGFH0001"
                           "       *261201*1200*^*00501*000000778*0*P*:"),
            QStringLiteral("GS*HP*ACME01*MGFH0001*20261201*1200*778*X*005010X221A1"),
            QStringLiteral("ST*835*0001"), QStringLiteral("BPR*I*15*C*CHK************20261201"),
            QStringLiteral("TRN*1*TWOSEATS*1999999999"),
            QStringLiteral("N1*PR*ACME HEALTH*XV*ACME01"),
            QStringLiteral("N1*PE*MAPLE GROVE*XX*1234567893"), QStringLiteral("LX*1"),
            QStringLiteral("CLP*%1*1*22*15*3*12*ICN77*11*1").arg(pcn),
            QStringLiteral("NM1*QC*1*DOE*JANE****MI*M1"), QStringLiteral("SVC*HC:82947*22*15**1"),
            QStringLiteral("DTM*472*%1").arg(dos), QStringLiteral("CAS*CO*45*4"),
            QStringLiteral("CAS*PR*2*3"), QStringLiteral("REF*6R*%1").arg(lcn),
            QStringLiteral("SE*14*0001"), QStringLiteral("GE*1*778"),
            QStringLiteral("IEA*1*000000778")};
    const QByteArray era = (segments.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1();
    const QString eraPath = m_db->dir() + QStringLiteral("/twoseats.835");
    {
        QFile f(eraPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(era);
    }
    const int postingsBefore = m_db->value(QStringLiteral("SELECT count(*) FROM postings")).toInt();

    // Seat one is posting the file: its transaction is open, its rows written, not committed.
    Transaction outer(m_db->ws().database());
    QVERIFY(outer.begin().ok());
    auto first = m_db->ws().payments().postEra(biller, era, QStringLiteral("twoseats.835"),
                                               QDateTime::currentDateTime());
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().userMessage));

    // Seat two (the console, another process) posts the same file meanwhile: it must wait for
    // seat one and then find the ERA posted.
    QProcess seat2;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    seat2.setProcessEnvironment(env);
    seat2.start(QStringLiteral(CC_CLEANCLAIM_BIN),
                {QStringLiteral("--db"), m_db->path(), QStringLiteral("import-835"), eraPath});
    QVERIFY(seat2.waitForStarted());
    // Long enough for it to read the file and reach the lock, well inside its busy timeout.
    QVERIFY(!seat2.waitForFinished(1500));
    QVERIFY(outer.commit().ok());
    QVERIFY(seat2.waitForFinished(60000));
    const QString out = QString::fromUtf8(seat2.readAllStandardOutput());
    const QString err = QString::fromUtf8(seat2.readAllStandardError());
    QCOMPARE(seat2.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("TWOSEATS")) && err.contains(QLatin1String("twice")),
             qPrintable(out + err));

    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM remittances WHERE trace_number = "
                                        "'TWOSEATS'"))
                     .toInt(),
             1);
    // One payment, one CO-45 and one PR-2: three ledger rows, once.
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM postings")).toInt(),
             postingsBefore + 3);
    QCOMPARE(m_db->value(QStringLiteral("SELECT state FROM claims WHERE id = %1").arg(id))
                     .toString(),
             QStringLiteral("paid"));
}

QTEST_GUILESS_MAIN(tst_ConcurrentSeats)
#include "tst_concurrentseats.moc"

// receiver and kept, control numbers that never repeat, 999 and 277CA acknowledgements read
// SubmissionService in database mode (issue 5 §2, §3): ready claims written as one 837P per
// onto the claims, rejections fixed and resubmitted, and the headless commands.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "x12/ackwriter.h"
#include "services/claimservice.h"
#include "services/submissionservice.h"
#include "x12/x12reader.h"

#include <QtTest>

using namespace cc;

class tst_SubmissionService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void submitWritesOneInterchangePerReceiver();
    void clearinghouseTakesEverything();
    void notReadyClaimsAreSkipped();
    void controlNumbersNeverRepeat();
    void batchIsKeptAndReopens();
    void dependantAndDelimitersStillValid();
    void ack277AcceptsAndRejects();
    void ack999RejectsTheSet();
    void malformedAckChangesNothing_data();
    void malformedAckChangesNothing();
    void sameAckTwiceIsRefused();
    void rejectedClaimFixedAndResubmitted();
    void ediSettingsValidated();
    void cliExportAndImportAck();

private:
    ClaimService &claims() { return m_db->ws().claims(); }
    SubmissionService &submissions() { return m_db->ws().submissions(); }
    /// A draft claim made ready (scrubbed).
    qint64 readyClaim(const QString &dx = QStringLiteral("E119"),
                      const QString &service = QStringLiteral("82947"));
    QString pcn(qint64 id) { return claims().claim(id, false)->summary.patientControlNumber; }
    ClaimState state(qint64 id) { return claims().claim(id, false)->summary.state; }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
};

void tst_SubmissionService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_biller = m_db->login(Role::Biller);
    // Only the claims a test makes are ready, and only its batches and acknowledgements exist.
    m_db->value(QStringLiteral("UPDATE claims SET state = 'closed'"));
    for (const char *table : {"claim_status_events", "batch_claims", "batches", "acknowledgements"})
        m_db->value(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
}

void tst_SubmissionService::cleanup()
{
    m_db.reset();
}

qint64 tst_SubmissionService::readyClaim(const QString &dx, const QString &service)
{
    const qint64 id = m_db->makeDraftClaim(dx, service);
    if (id == 0 || !claims().scrubClaims(m_biller, {id}).ok())
        return 0;
    return id;
}

void tst_SubmissionService::submitWritesOneInterchangePerReceiver()
{
    // No clearinghouse (the demo has one): each payer receives its own claims.
    EdiSettings edi = submissions().ediSettings().value();
    edi.clearinghouse = {};
    QVERIFY(submissions().setEdiSettings(m_db->login(Role::Admin), edi).ok());
    const qint64 a = readyClaim();
    const qint64 b = readyClaim();
    QVERIFY(a > 0 && b > 0);
    // Send b to another payer: a different receiver.
    const qint64 otherPayer = m_db->value(QStringLiteral("SELECT id FROM payers WHERE kind <> "
                                                         "'self_pay' AND id <> (SELECT payer_id "
                                                         "FROM claims WHERE id = %1) LIMIT 1")
                                                  .arg(a))
                                      .toLongLong();
    m_db->value(QStringLiteral("UPDATE claims SET payer_id = %1 WHERE id = %2").arg(otherPayer).arg(b));
    const int auditedBefore = m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                         "action = 'claims.submit'"))
                                      .toInt();
    auto result = submissions().submit(m_biller, {a, b}, QDateTime(QDate(2026, 11, 27), QTime(9, 30)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage));
    QCOMPARE(result->batches.size(), 2);
    QVERIFY(result->skipped.isEmpty());
    QStringList interchanges;
    for (const BatchRecord &batch : result->batches) {
        auto read = x12::Reader::read(batch.content);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
        QCOMPARE(read->groups.size(), 1);
        QCOMPARE(read->groups.first().sets.size(), 1);
        QCOMPARE(QString::fromLatin1(read->controlNumber).toInt(),
                 batch.summary.interchangeControl.toInt());
        QCOMPARE(QString::fromLatin1(read->receiverId), batch.summary.receiverId);
        QCOMPARE(batch.summary.claimCount, 1);
        interchanges.append(batch.summary.interchangeControl);
    }
    QVERIFY(interchanges.first() != interchanges.last());
    for (qint64 id : {a, b}) {
        QCOMPARE(state(id), ClaimState::Submitted);
        QCOMPARE(claims().claim(id)->summary.submissionCount, 1);
        QCOMPARE(claims().claim(id)->events.last().status, QStringLiteral("submitted"));
    }
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM batch_claims")).toInt(), 2);
    // REF*6R carries each line's control number; CLM01 the patient control number.
    const QByteArray all = result->batches.first().content + result->batches.last().content;
    QVERIFY(all.contains((QStringLiteral("CLM*") + pcn(a) + QStringLiteral("*")).toLatin1()));
    QVERIFY(all.contains((QStringLiteral("REF*6R*") + pcn(b) + QStringLiteral("-1~")).toLatin1()));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'claims.submit'"))
                     .toInt(),
             auditedBefore + 2);
    // Nothing is ready any more.
    QVERIFY(claims().readyClaims()->isEmpty());
    QVERIFY(!submissions().submit(m_biller, {}, QDateTime::currentDateTimeUtc()).ok());
}

void tst_SubmissionService::clearinghouseTakesEverything()
{
    const Session admin = m_db->login(Role::Admin);
    auto edi = submissions().ediSettings();
    QVERIFY(edi.ok());
    EdiSettings e = edi.value();
    e.clearinghouse = {QStringLiteral("Great Lakes Clearing"), QStringLiteral("GLC01")};
    e.production = false;
    QVERIFY(submissions().setEdiSettings(admin, e).ok());
    const qint64 a = readyClaim();
    const qint64 b = readyClaim(QStringLiteral("I10"), QStringLiteral("99213"));
    m_db->value(QStringLiteral("UPDATE claims SET payer_id = (SELECT id FROM payers WHERE kind = "
                               "'medicare') WHERE id = %1").arg(b));
    auto result = submissions().submit(m_biller, {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage));
    QCOMPARE(result->batches.size(), 1);
    const BatchRecord &batch = result->batches.first();
    QCOMPARE(batch.summary.receiverId, QStringLiteral("GLC01"));
    QCOMPARE(batch.summary.claimCount, 2);
    QVERIFY(batch.content.contains("NM1*40*2*GREAT LAKES CLEARING*****46*GLC01~"));
    // ISA15 T while testing with the clearinghouse.
    QCOMPARE(batch.content.mid(102, 1), QByteArray("T"));
    Q_UNUSED(a);
}

void tst_SubmissionService::notReadyClaimsAreSkipped()
{
    const qint64 ready = readyClaim();
    const qint64 draft = m_db->makeDraftClaim();
    QVERIFY(ready > 0 && draft > 0);
    auto result = submissions().submit(m_biller, {ready, draft}, QDateTime::currentDateTimeUtc());
    QVERIFY(result.ok());
    QCOMPARE(result->batches.size(), 1);
    QCOMPARE(result->skipped.size(), 1);
    QVERIFY(result->skipped.first().startsWith(pcn(draft)));
    QCOMPARE(state(draft), ClaimState::Draft);
    // Only unready claims: refused with every reason, nothing written.
    const int batches = m_db->value(QStringLiteral("SELECT count(*) FROM batches")).toInt();
    auto refused = submissions().submit(m_biller, {draft}, QDateTime::currentDateTimeUtc());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().userMessage.contains(pcn(draft)));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM batches")).toInt(), batches);
    // A coder cannot send claims.
    QCOMPARE(submissions().submit(m_db->login(Role::Coder), {}, QDateTime::currentDateTimeUtc())
                     .error()
                     .kind,
             Error::Kind::Forbidden);
}

void tst_SubmissionService::controlNumbersNeverRepeat()
{
    QSet<QString> isa;
    QSet<QString> gs;
    for (int round = 0; round < 3; ++round) {
        const qint64 id = readyClaim();
        auto result = submissions().submit(m_biller, {id}, QDateTime::currentDateTimeUtc());
        QVERIFY(result.ok());
        for (const BatchRecord &b : result->batches) {
            QVERIFY(!isa.contains(b.summary.interchangeControl));
            QVERIFY(!gs.contains(b.summary.groupControl));
            isa.insert(b.summary.interchangeControl);
            gs.insert(b.summary.groupControl);
        }
        // A second "run": a new service on the same database keeps counting.
        SubmissionService other(m_db->ws().database(), m_db->ws().audit(), &claims());
        auto n = other.reserveNumbers();
        QVERIFY(n.ok());
        QVERIFY(!isa.contains(QString::number(n->interchange)));
        isa.insert(QString::number(n->interchange));
    }
    QCOMPARE(isa.size(), 6);
}

void tst_SubmissionService::batchIsKeptAndReopens()
{
    const qint64 id = readyClaim();
    auto result = submissions().submit(m_biller, {id}, QDateTime::currentDateTimeUtc());
    QVERIFY(result.ok());
    const BatchRecord written = result->batches.first();
    auto list = submissions().batches();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().createdBy, m_db->value(QStringLiteral("SELECT full_name FROM users WHERE "
                                                                 "role = 'biller' LIMIT 1"))
                                              .toString());
    QCOMPARE(list->first().status, QStringLiteral("sent"));
    auto reopened = submissions().batch(written.summary.id);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->content, written.content);
    QCOMPARE(reopened->claims.size(), 1);
    QCOMPARE(reopened->claims.first().id, id);
    QVERIFY(reopened->summary.fileName.endsWith(QLatin1String(".x12")));
}

void tst_SubmissionService::dependantAndDelimitersStillValid()
{
    // A patient named with X12 delimiters, insured as a dependant of someone else.
    const qint64 id = readyClaim();
    const qint64 patient = m_db->value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN "
                                                      "encounters e ON e.id = c.encounter_id "
                                                      "WHERE c.id = %1").arg(id))
                                   .toLongLong();
    m_db->value(QStringLiteral("UPDATE patients SET last_name = 'O*Brien~Smith', "
                               "address_line1 = '12 Elm: Apt^3' WHERE id = %1").arg(patient));
    m_db->value(QStringLiteral("UPDATE coverages SET relationship = 'child', "
                               "subscriber_last_name = 'O''Brien', subscriber_first_name = "
                               "'Mary' WHERE id = (SELECT coverage_id FROM claims WHERE id = %1)")
                        .arg(id));
    auto result = submissions().submit(m_biller, {id}, QDateTime::currentDateTimeUtc());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage));
    const QByteArray file = result->batches.first().content;
    auto read = x12::Reader::read(file);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().userMessage));
    QVERIFY(file.contains("HL*3*2*23*0~"));
    QVERIFY(file.contains("PAT*19~"));
    QVERIFY(file.contains("NM1*QC*1*O BRIEN SMITH*"));
    QVERIFY(file.contains("N3*12 ELM APT 3~"));
    QVERIFY(file.contains("SBR*P**"));
}

void tst_SubmissionService::ack277AcceptsAndRejects()
{
    const qint64 a = readyClaim();
    const qint64 b = readyClaim();
    QVERIFY(submissions().submit(m_biller, {a, b}, QDateTime::currentDateTimeUtc()).ok());
    const QByteArray ack = x12::make277CA({{pcn(a), true, QStringLiteral("PAYER123")},
                                            {pcn(b), false, {}, QStringLiteral("A7"),
                                             QStringLiteral("562")},
                                            {QStringLiteral("CC9999999"), true, {}}});
    auto result = submissions().importAck(m_biller, QStringLiteral("ack.277"), ack,
                                          QDateTime::currentDateTimeUtc());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage));
    QCOMPARE(result->kind, QStringLiteral("277CA"));
    QCOMPARE(result->accepted, 1);
    QCOMPARE(result->rejected, 1);
    QCOMPARE(result->unmatched, QStringList{QStringLiteral("CC9999999")});
    QCOMPARE(state(a), ClaimState::Accepted);
    QCOMPARE(claims().claim(a)->payerClaimNumber, QStringLiteral("PAYER123"));
    QCOMPARE(state(b), ClaimState::Rejected);
    auto rejections = claims().rejections();
    QVERIFY(rejections.ok());
    QCOMPARE(rejections->size(), 1);
    QCOMPARE(rejections->first().id, b);
    // The reason in words: the category and the status code explained.
    const QString reason = rejections->first().statusMessage;
    QVERIFY2(reason.contains(QLatin1String("NPI")) || reason.contains(QLatin1String("National Provider")),
             qPrintable(reason));
    QVERIFY(reason.startsWith(QLatin1String("277CA")));
    const ClaimEvent last = claims().claim(b)->events.last();
    QCOMPARE(last.categoryCode, QStringLiteral("A7"));
    QCOMPARE(last.statusCode, QStringLiteral("562"));
    auto acks = submissions().acknowledgements();
    QCOMPARE(acks->size(), 1);
    QCOMPARE(acks->first().accepted, 1);
    QCOMPARE(submissions().acknowledgementContent(acks->first().id).value(), ack);
}

void tst_SubmissionService::ack999RejectsTheSet()
{
    const qint64 a = readyClaim();
    auto sent = submissions().submit(m_biller, {a}, QDateTime::currentDateTimeUtc());
    QVERIFY(sent.ok());
    const BatchRecord batch = sent->batches.first();
    const QString st = m_db->value(QStringLiteral("SELECT transaction_control FROM batch_claims "
                                                  "WHERE claim_id = %1").arg(a))
                               .toString();
    // The ST02 comes back zero-padded in the 999: still matched.
    const QString padded = QStringLiteral("%1").arg(st.toInt(), 4, 10, QLatin1Char('0'));
    auto result = submissions().importAck(m_biller, QStringLiteral("r.999"),
                                          x12::make999(batch.summary.groupControl,
                                                        {{padded, false}}),
                                          QDateTime::currentDateTimeUtc());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage));
    QCOMPARE(result->rejected, 1);
    QCOMPARE(state(a), ClaimState::Rejected);
    const QString reason = claims().claim(a)->summary.statusMessage;
    QVERIFY2(reason.contains(QLatin1String("NM1")) && reason.contains(QLatin1String("2010BA")),
             qPrintable(reason));
    QCOMPARE(submissions().batches()->first().status, QStringLiteral("rejected"));

    // An accepted 999 leaves the claim submitted, with the event on its history.
    const qint64 b = readyClaim();
    sent = submissions().submit(m_biller, {b}, QDateTime::currentDateTimeUtc());
    const QString st2 = m_db->value(QStringLiteral("SELECT transaction_control FROM batch_claims "
                                                   "WHERE claim_id = %1").arg(b))
                                .toString();
    result = submissions().importAck(m_biller, QStringLiteral("a.999"),
                                     x12::make999(sent->batches.first().summary.groupControl,
                                                   {{st2, true}}, 1000),
                                     QDateTime::currentDateTimeUtc());
    QVERIFY(result.ok());
    QCOMPARE(state(b), ClaimState::Submitted);
    QCOMPARE(claims().claim(b)->events.last().status, QStringLiteral("acknowledged"));
    QCOMPARE(submissions().batches()->first().status, QStringLiteral("accepted"));
}

void tst_SubmissionService::malformedAckChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("truncated") << 0;
    QTest::newRow("wrong SE01") << 1;
    QTest::newRow("an 835") << 2;
    QTest::newRow("not X12") << 3;
    QTest::newRow("empty") << 4;
}

void tst_SubmissionService::malformedAckChangesNothing()
{
    QFETCH(int, kind);
    const qint64 a = readyClaim();
    QVERIFY(submissions().submit(m_biller, {a}, QDateTime::currentDateTimeUtc()).ok());
    QByteArray data = x12::make277CA({{pcn(a), false}});
    switch (kind) {
    case 0: data.truncate(data.indexOf("SE*")); break;
    case 1: data.replace(QByteArray("SE*"), QByteArray("SE*9")); break;
    case 2: data.replace(QByteArray("ST*277*"), QByteArray("ST*835*")); break;
    case 3: data = "hello, this is not an acknowledgement"; break;
    case 4: data.clear(); break;
    }
    auto result = submissions().importAck(m_biller, QStringLiteral("bad.x12"), data,
                                          QDateTime::currentDateTimeUtc());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    if (kind == 1)
        QVERIFY2(result.error().userMessage.contains(QLatin1String("Segment")),
                 qPrintable(result.error().userMessage));
    QCOMPARE(state(a), ClaimState::Submitted);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM acknowledgements")).toInt(), 0);
}

void tst_SubmissionService::sameAckTwiceIsRefused()
{
    const qint64 a = readyClaim();
    QVERIFY(submissions().submit(m_biller, {a}, QDateTime::currentDateTimeUtc()).ok());
    const QByteArray ack = x12::make277CA({{pcn(a), true, QStringLiteral("X1")}});
    QVERIFY(submissions().importAck(m_biller, QStringLiteral("1.277"), ack, QDateTime::currentDateTimeUtc()).ok());
    auto again = submissions().importAck(m_biller, QStringLiteral("1.277"), ack,
                                         QDateTime::currentDateTimeUtc());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claim_status_events WHERE "
                                        "status = 'accepted'"))
                     .toInt(),
             1);
}

void tst_SubmissionService::rejectedClaimFixedAndResubmitted()
{
    const qint64 a = readyClaim();
    QVERIFY(submissions().submit(m_biller, {a}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(submissions().importAck(m_biller, QStringLiteral("r.277"),
                                    x12::make277CA({{pcn(a), false}}),
                                    QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(state(a), ClaimState::Rejected);
    // Not ready until the biller saves the fix.
    QVERIFY(claims().readyClaims()->isEmpty());
    auto r = claims().claim(a);
    const ClaimEdit e = ClaimEdit::of(r.value());
    auto saved = claims().save(m_biller, a, e);
    QVERIFY(saved.ok());
    QCOMPARE(saved->summary.state, ClaimState::Scrubbed);
    QVERIFY(claims().rejections()->isEmpty());
    auto sent = submissions().submit(m_biller, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(sent.ok());
    QCOMPARE(claims().claim(a)->summary.submissionCount, 2);
    QVERIFY(submissions().importAck(m_biller, QStringLiteral("a.277"),
                                    x12::make277CA({{pcn(a), true, QStringLiteral("P9")}}, 278),
                                    QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(state(a), ClaimState::Accepted);
}

void tst_SubmissionService::ediSettingsValidated()
{
    const Session admin = m_db->login(Role::Admin);
    EdiSettings e = submissions().ediSettings().value();
    QVERIFY(!e.submitter.etin.isEmpty()); // the practice NPI until set
    e.submitter.etin.clear();
    QVERIFY(!submissions().setEdiSettings(admin, e).ok());
    e.submitter.etin = QStringLiteral("SUB*1");
    e.submitter.phone = QStringLiteral("555");
    QVERIFY(!submissions().setEdiSettings(admin, e).ok());
    e.submitter.phone = QStringLiteral("(517) 555-0100");
    QVERIFY(submissions().setEdiSettings(admin, e).ok());
    QCOMPARE(submissions().ediSettings()->submitter.phone, QStringLiteral("5175550100"));
    QCOMPARE(submissions().setEdiSettings(m_biller, e).error().kind, Error::Kind::Forbidden);
}

void tst_SubmissionService::cliExportAndImportAck()
{
    const qint64 a = readyClaim();
    const QString path = m_db->path();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("batch.837"));
    m_db->close();
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(CC_CLEANCLAIM_BIN), QStringList{QStringLiteral("--db"), path} + args);
        p.waitForFinished(60000);
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    auto [code, stdOut, stdErr] = run({QStringLiteral("export-837"), QStringLiteral("--out"), out});
    QVERIFY2(code == 0, qPrintable(stdErr));
    QVERIFY(stdOut.contains(QLatin1String("batch.837")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(x12::Reader::read(f.readAll()).ok());
    f.close();
    QVERIFY(m_db->reopen());
    QCOMPARE(state(a), ClaimState::Submitted);
    const QString ackPath = dir.filePath(QStringLiteral("ack.277"));
    QFile ack(ackPath);
    QVERIFY(ack.open(QIODevice::WriteOnly));
    ack.write(x12::make277CA({{pcn(a), true, QStringLiteral("CLI1")}}));
    ack.close();
    m_db->close();
    std::tie(code, stdOut, stdErr) = run({QStringLiteral("import-ack"), ackPath});
    QVERIFY2(code == 0, qPrintable(stdErr));
    QVERIFY(stdOut.contains(QLatin1String("1 accepted")));
    // The same file again: refused, exit 1.
    std::tie(code, stdOut, stdErr) = run({QStringLiteral("import-ack"), ackPath});
    QCOMPARE(code, 1);
    QVERIFY(stdErr.contains(QLatin1String("read before")));
    // A malformed one: refused with the segment named.
    QVERIFY(ack.open(QIODevice::WriteOnly));
    ack.write("ISA*00*oops~");
    ack.close();
    std::tie(code, stdOut, stdErr) = run({QStringLiteral("import-ack"), ackPath});
    QCOMPARE(code, 1);
    QVERIFY(m_db->reopen());
    QCOMPARE(state(a), ClaimState::Accepted);
}

QTEST_MAIN(tst_SubmissionService)
#include "tst_submissionservice.moc"

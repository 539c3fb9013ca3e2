// SPDX-License-Identifier: GPL-3.0-or-later
// The scrubber on the practice's data, and `cleanclaim scrub` on a claims file and on the
// work waiting in the database.
#include "edits/editdata.h"
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/payerruleservice.h"
#include "services/scrubservice.h"
#include "services/templateservice.h"
#include "storage/database.h"
#include "storage/editdatarepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cc;

class tst_ScrubService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void claimFileIsMatchedToThePatient();
    void ptpTableIsLoadedOnceAndRefreshedAfterImport();
    void payerRuleNeedsAuthorization();
    void commandExitCodes();
    void commandRefusesABadClaimsFile();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    qint64 codeAndAccept(const QString &dx, const QString &service);
    QVariant scalar(const QString &sql) { return m_db->value(sql); }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
    Session m_biller;
};

void tst_ScrubService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(80, 11), qPrintable(m_db->errorText()));
    m_coder = m_db->login(Role::Coder);
    m_biller = m_db->login(Role::Biller);
}

void tst_ScrubService::cleanup()
{
    m_db.reset();
}

tst_ScrubService::Run tst_ScrubService::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CC_CLEANCLAIM_BIN), QStringList{QStringLiteral("--db"), m_db->path()} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 tst_ScrubService::codeAndAccept(const QString &dx, const QString &service)
{
    const qint64 id = m_db->markNewEncounterCoded(dx, service, 2500);
    if (id == 0)
        return 0;
    if (!m_db->ws().handoff().handOff(m_coder, id, m_db->value(QStringLiteral(
            "SELECT version FROM encounters WHERE id = %1").arg(id)).toInt(), QStringLiteral("ok")))
        return 0;
    auto again = m_db->ws().encounters().open(m_biller, id);
    auto found = m_db->ws().handoff().findings(m_biller, id);
    for (const StoredFinding &f : found.value()) {
        if (f.blocks())
            (void)m_db->ws().handoff().overrideFinding(m_biller, f.id,
                                                       QStringLiteral("Test override"));
    }
    auto claim = m_db->ws().handoff().accept(m_biller, id, again->version);
    if (!claim)
        qWarning() << claim.error().userMessage;
    return claim ? id : 0;
}

void tst_ScrubService::claimFileIsMatchedToThePatient()
{
    const qint64 encounterId = codeAndAccept(QStringLiteral("E119"), QStringLiteral("82947"));
    QVERIFY(encounterId > 0);
    const QString member = scalar(QStringLiteral("SELECT c.member_id FROM encounters e JOIN "
                                                 "coverages c ON c.patient_id = e.patient_id AND "
                                                 "c.priority = 1 WHERE e.id = %1")
                                          .arg(encounterId))
                                   .toString();
    const QDate dos = QDate::fromString(
            scalar(QStringLiteral("SELECT date_of_service FROM encounters WHERE id = %1")
                           .arg(encounterId))
                    .toString(),
            Qt::ISODate);
    ScrubClaim c;
    c.id = QStringLiteral("FILE1");
    c.memberId = member;
    c.dateOfService = dos;
    c.diagnoses = {QStringLiteral("E119")};
    c.lines = {{1, QStringLiteral("82947"), {}, 1, {1}, 2500, dos}};
    auto result = m_db->ws().scrub().scrub({c}, dos.addDays(1));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage));
    QCOMPARE(result->size(), 1);
    QCOMPARE(result->first().id, QStringLiteral("FILE1"));
    // The service is already on the claim made when the encounter was accepted: a duplicate.
    const QString pcn = scalar(QStringLiteral("SELECT patient_control_number FROM claims WHERE "
                                              "encounter_id = %1")
                                       .arg(encounterId))
                                .toString();
    QVERIFY(!pcn.isEmpty());
    const auto &found = result->first().findings;
    const auto dup = std::find_if(found.cbegin(), found.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("duplicate-claim");
    });
    QVERIFY(dup != found.cend());
    QVERIFY2(dup->message.contains(pcn), qPrintable(dup->message));
}

void tst_ScrubService::ptpTableIsLoadedOnceAndRefreshedAfterImport()
{
    ScrubService &scrub = m_db->ws().scrub();
    QVERIFY(scrub.pendingClaims().ok());
    QVERIFY(scrub.scrub({}, QDate::currentDate()).ok());
    QCOMPARE(scrub.loadedPtpRows(), 0);
    {
        EditDataRepository repo(m_db->ws().database());
        Transaction tx(m_db->ws().database());
        QVERIFY(tx.begin().ok());
        PtpRelease r;
        r.name = QStringLiteral("v999r0");
        r.importedAt = QStringLiteral("2026-11-27T00:00:00.000Z");
        auto id = repo.insertPtpRelease(r);
        QVERIFY(id.ok());
        PtpEdit e{QStringLiteral("99213"), QStringLiteral("36415"), QDate(2020, 1, 1), {}, 0,
                  QStringLiteral("Misuse of column two code with column one code")};
        QVERIFY(repo.insertPtpEdits(id.value(), {e}).ok());
        QVERIFY(tx.commit().ok());
    }
    ScrubClaim c;
    c.id = QStringLiteral("P1");
    c.dateOfService = QDate(2026, 11, 2);
    c.diagnoses = {QStringLiteral("I10")};
    c.lines = {{1, QStringLiteral("99213"), {}, 1, {1}, 13000, c.dateOfService},
               {2, QStringLiteral("36415"), {QStringLiteral("59")}, 1, {1}, 1000, c.dateOfService}};
    auto result = scrub.scrub({c}, QDate(2026, 11, 27));
    QVERIFY(result.ok());
    QCOMPARE(scrub.loadedPtpRows(), 1);
    const auto &found = result->first().findings;
    const auto ptp = std::find_if(found.cbegin(), found.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("ncci-ptp");
    });
    QVERIFY(ptp != found.cend());
    QVERIFY2(ptp->source.contains(QLatin1String("v999r0")), qPrintable(ptp->source));
}

void tst_ScrubService::payerRuleNeedsAuthorization()
{
    // Summit requires an authorization for 73721; a patient without one is told so.
    const Session manager = m_db->login(Role::Manager);
    PayerRuleService rules(m_db->ws().database(), m_db->ws().audit());
    PayerRule rule;
    rule.name = QStringLiteral("MRI needs authorization");
    rule.payerId = 4;
    rule.codes = {QStringLiteral("73721")};
    rule.action = PayerRule::Action::Authorization;
    rule.message = QStringLiteral("Summit Health pays an MRI only with a prior authorization.");
    auto saved = rules.save(manager, rule);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userMessage));
    ScrubClaim c;
    c.id = QStringLiteral("A1");
    c.patientId = 999999; // no authorization on file
    c.payerId = 4;
    c.payerName = QStringLiteral("Summit Health");
    c.dateOfService = QDate(2026, 11, 2);
    c.diagnoses = {QStringLiteral("M25561")};
    c.lines = {{1, QStringLiteral("73721"), {}, 1, {1}, 90000, c.dateOfService}};
    auto result = m_db->ws().scrub().scrub({c}, QDate(2026, 11, 27));
    QVERIFY(result.ok());
    const auto &found = result->first().findings;
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const Finding &f) {
        return f.rule == QLatin1String("auth-missing") && f.isError();
    }));
}

void tst_ScrubService::commandExitCodes()
{
    m_db->close();
    const Run all = run({QStringLiteral("scrub"), QStringLiteral("--json")});
    QVERIFY2(all.code == 0 || all.code == 1, qPrintable(all.err));
    const QJsonDocument doc = QJsonDocument::fromJson(all.out.toUtf8());
    QVERIFY2(doc.isObject(), qPrintable(all.out.left(400)));
    const QJsonArray claims = doc.object().value(QLatin1String("claims")).toArray();
    QVERIFY(!claims.isEmpty());
    bool anyError = false;
    for (const QJsonValue &c : claims) {
        QVERIFY(!c.toObject().value(QLatin1String("id")).toString().isEmpty());
        for (const QJsonValue &f : c.toObject().value(QLatin1String("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            for (const char *key : {"rule", "severity", "line", "codes", "message", "fix", "source"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            anyError = anyError || o.value(QLatin1String("severity")).toString() == QLatin1String("error");
        }
    }
    QCOMPARE(all.code, anyError ? 1 : 0);

    const QString file = QStringLiteral(CC_SOURCE_DIR "/tests/data/claims/two-claims.json");
    const Run text = run({QStringLiteral("scrub"), QStringLiteral("--input"), file,
                          QStringLiteral("--today"), QStringLiteral("2026-11-27")});
    QVERIFY2(text.out.contains(QLatin1String("claim(s) scrubbed")), qPrintable(text.out));
    QCOMPARE(run({QStringLiteral("scrub"), QStringLiteral("--bogus")}).code, 2);
    QCOMPARE(run({QStringLiteral("scrub"), QStringLiteral("--today"), QStringLiteral("27/11")}).code,
             2);
}

void tst_ScrubService::commandRefusesABadClaimsFile()
{
    m_db->close();
    const QString path = m_db->dir() + QStringLiteral("/bad.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"submitter": {"name": "A*B", "etin": "1", "contactName": "x", "phone": "1"},
                "receiver": {"name": "R", "etin": "2"}, "claims": [)");
    f.close();
    const Run bad = run({QStringLiteral("scrub"), QStringLiteral("--input"), path});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QLatin1String("bad.json")), qPrintable(bad.err));
    QVERIFY2(bad.err.contains(QLatin1String("nothing was scrubbed")), qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ScrubService)
#include "tst_scrubservice.moc"

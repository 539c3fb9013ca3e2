// SPDX-License-Identifier: GPL-3.0-or-later
// The coder → biller handoff: findings kept at Mark coded and hand-off, return with a reason,
// overrides only by billers and managers with a reason, and acceptance into a draft claim.
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/handoffservice.h"
#include "services/templateservice.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace cc;

class tst_HandoffService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void markCodedKeepsFindings();
    void handOffNeedsCodedWorkAndANoteForErrors();
    void billerReturnsWithReason();
    void returnedWorkTopsTheQueueWhateverItsDate();
    void overrideNeedsRoleAndReason();
    void acceptMakesADraftClaim();
    void staleVersionRefused();
    void rolesAreEnforced();

private:
    EncounterDetail detail(qint64 id);
    QVariant scalar(const QString &sql) { return m_db->value(sql); }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
    Session m_biller;
};

void tst_HandoffService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_coder = m_db->login(Role::Coder);
    m_biller = m_db->login(Role::Biller);
    m_db->ws().handoff().setToday(QDate::currentDate());
}

void tst_HandoffService::cleanup()
{
    m_db.reset();
}

EncounterDetail tst_HandoffService::detail(qint64 id)
{
    auto d = m_db->ws().encounters().open(m_coder, id);
    return d ? d.value() : EncounterDetail{};
}

void tst_HandoffService::markCodedKeepsFindings()
{
    // The classic case: a glucose test pointed to an ankle sprain.
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"), QStringLiteral("82947"));
    QVERIFY(id > 0);
    auto found = m_db->ws().handoff().findings(m_coder, id);
    QVERIFY(found.ok());
    const bool necessity = std::any_of(found->cbegin(), found->cend(), [](const StoredFinding &f) {
        return f.finding.rule == QLatin1String("dx-not-supporting") && f.finding.isError();
    });
    QVERIFY(necessity);
    const QString logged = scalar(QStringLiteral("SELECT findings_json FROM handoff_log WHERE "
                                                 "encounter_id = %1 AND to_state = 'coded'")
                                          .arg(id))
                                   .toString();
    QVERIFY2(logged.contains(QLatin1String("\"rule\":\"dx-not-supporting\"")), qPrintable(logged));
}

void tst_HandoffService::handOffNeedsCodedWorkAndANoteForErrors()
{
    const qint64 fresh = scalar(QStringLiteral("SELECT id FROM encounters WHERE state = 'new' "
                                               "ORDER BY id DESC LIMIT 1"))
                                 .toLongLong();
    auto notCoded = m_db->ws().handoff().handOff(m_coder, fresh, detail(fresh).version, {});
    QVERIFY(!notCoded.ok());
    QVERIFY(notCoded.error().userMessage.contains(QLatin1String("Mark it coded")));

    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"), QStringLiteral("82947"));
    const int version = detail(id).version;
    auto noNote = m_db->ws().handoff().handOff(m_coder, id, version, QStringLiteral("  "));
    QVERIFY(!noNote.ok());
    QCOMPARE(noNote.error().kind, Error::Kind::Invalid);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("coded"));

    auto handed = m_db->ws().handoff().handOff(m_coder, id, version,
                                               QStringLiteral("Glucose ordered for the ankle?"));
    QVERIFY2(handed.ok(), qPrintable(handed.ok() ? QString() : handed.error().userMessage));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("handed_off"));
    QCOMPARE(scalar(QStringLiteral("SELECT note FROM handoff_log WHERE encounter_id = %1 AND "
                                   "to_state = 'handed_off'")
                            .arg(id))
                     .toString(),
             QStringLiteral("Glucose ordered for the ankle?"));
    auto incoming = m_db->ws().handoff().incoming(m_biller);
    QVERIFY(incoming.ok());
    const auto it = std::find_if(incoming->cbegin(), incoming->cend(),
                                 [&](const HandoffItem &i) { return i.summary.id == id; });
    QVERIFY(it != incoming->cend());
    QVERIFY(it->errorCount >= 1);
    QCOMPARE(it->note, QStringLiteral("Glucose ordered for the ankle?"));
    QVERIFY(!it->coderName.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'encounter.handoff' AND entity_id = %1")
                            .arg(id))
                     .toInt(),
             1);
}

void tst_HandoffService::billerReturnsWithReason()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"), QStringLiteral("82947"));
    QVERIFY(m_db->ws().handoff().handOff(m_coder, id, detail(id).version, QStringLiteral("?")).ok());
    const int version = detail(id).version;
    auto noReason = m_db->ws().handoff().returnToCoder(m_biller, id, version, QStringLiteral("x"),
                                                       {});
    QVERIFY(!noReason.ok());
    auto otherWithoutText = m_db->ws().handoff().returnToCoder(m_biller, id, version,
                                                               QStringLiteral("other"), {});
    QVERIFY(!otherWithoutText.ok());
    auto returned = m_db->ws().handoff().returnToCoder(
            m_biller, id, version, QStringLiteral("dx-not-supporting"),
            QStringLiteral("Query Dr. Okafor for the indication"));
    QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().userMessage));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("returned"));
    QVERIFY(scalar(QStringLiteral("SELECT return_reason FROM encounters WHERE id = %1").arg(id))
                    .toString()
                    .contains(QLatin1String("Query Dr. Okafor")));
    QCOMPARE(scalar(QStringLiteral("SELECT reason_code || '|' || note FROM handoff_log WHERE "
                                   "encounter_id = %1 AND to_state = 'returned'")
                            .arg(id))
                     .toString(),
             QStringLiteral("dx-not-supporting|Query Dr. Okafor for the indication"));
    QVERIFY(scalar(QStringLiteral("SELECT findings_json FROM handoff_log WHERE encounter_id = %1 "
                                  "AND to_state = 'returned'")
                           .arg(id))
                    .toString()
                    .contains(QLatin1String("dx-not-supporting")));
}

void tst_HandoffService::returnedWorkTopsTheQueueWhateverItsDate()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"), QStringLiteral("82947"));
    QVERIFY(m_db->ws().handoff().handOff(m_coder, id, detail(id).version, QStringLiteral("?")).ok());
    QVERIFY(m_db->ws()
                    .handoff()
                    .returnToCoder(m_biller, id, detail(id).version,
                                   QStringLiteral("wrong-code"), {})
                    .ok());
    const QDate dos = detail(id).summary.dateOfService;
    // A queue of a day long after the encounter still shows it (with the demo's own returned
    // work, and nothing else).
    auto queue = m_db->ws().encounters().queue(m_coder, dos.addDays(400), dos.addDays(400));
    QVERIFY(queue.ok());
    QCOMPARE(queue->size(),
             scalar(QStringLiteral("SELECT count(*) FROM encounters WHERE state = 'returned'"))
                     .toInt());
    const auto mine = std::find_if(queue->cbegin(), queue->cend(),
                                   [&](const EncounterSummary &s) { return s.id == id; });
    QVERIFY(mine != queue->cend());
    QVERIFY(mine->returnReason.contains(QLatin1String("Wrong or outdated code")));
    for (const EncounterSummary &s : queue.value())
        QCOMPARE(s.state, EncounterState::Returned);
}

void tst_HandoffService::overrideNeedsRoleAndReason()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"), QStringLiteral("82947"));
    QVERIFY(m_db->ws().handoff().handOff(m_coder, id, detail(id).version, QStringLiteral("?")).ok());
    auto found = m_db->ws().handoff().findings(m_biller, id);
    QVERIFY(found.ok() && !found->isEmpty());
    const auto error = std::find_if(found->cbegin(), found->cend(),
                                    [](const StoredFinding &f) { return f.blocks(); });
    QVERIFY(error != found->cend());
    auto byCoder = m_db->ws().handoff().overrideFinding(m_coder, error->id,
                                                        QStringLiteral("It is fine, really"));
    QVERIFY(!byCoder.ok());
    QCOMPARE(byCoder.error().kind, Error::Kind::Forbidden);
    auto noReason = m_db->ws().handoff().overrideFinding(m_biller, error->id, QStringLiteral(" "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().kind, Error::Kind::Invalid);
    auto done = m_db->ws().handoff().overrideFinding(
            m_biller, error->id, QStringLiteral("Payer covers glucose for this plan"));
    QVERIFY(done.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT override_reason FROM claim_findings WHERE id = %1")
                            .arg(error->id))
                     .toString(),
             QStringLiteral("Payer covers glucose for this plan"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'finding.override' AND entity_id = %1")
                            .arg(id))
                     .toInt(),
             1);
}

void tst_HandoffService::acceptMakesADraftClaim()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("S93401A"), QStringLiteral("82947"));
    QVERIFY(m_db->ws().handoff().handOff(m_coder, id, detail(id).version, QStringLiteral("?")).ok());
    auto blocked = m_db->ws().handoff().accept(m_biller, id, detail(id).version);
    QVERIFY(!blocked.ok());
    QVERIFY(blocked.error().userMessage.contains(QLatin1String("override")));
    const int claimsBefore = scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt();

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), claimsBefore);
    auto found = m_db->ws().handoff().findings(m_biller, id);
    for (const StoredFinding &f : found.value()) {
        if (f.blocks())
            QVERIFY(m_db->ws()
                            .handoff()
                            .overrideFinding(m_biller, f.id, QStringLiteral("Reviewed with the payer"))
                            .ok());
    }
    auto claim = m_db->ws().handoff().accept(m_biller, id, detail(id).version);
    QVERIFY2(claim.ok(), qPrintable(claim.ok() ? QString() : claim.error().userMessage));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(id)).toString(),
             QStringLiteral("accepted"));
    // Claim numbers follow on from the demo's claims: CC and seven digits.
    const QString pcn = scalar(QStringLiteral("SELECT patient_control_number FROM claims WHERE "
                                              "id = %1")
                                       .arg(claim.value()))
                                .toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^CC\\d{7}$")).match(pcn).hasMatch(), qPrintable(pcn));
    QCOMPARE(pcn, QStringLiteral("CC%1").arg(scalar(QStringLiteral("SELECT count(*) FROM claims"))
                                                     .toInt(),
                                             7, 10, QLatin1Char('0')));
    QCOMPARE(scalar(QStringLiteral("SELECT state || '|' || total_charge_cents FROM claims WHERE "
                                   "id = %1")
                            .arg(claim.value()))
                     .toString(),
             QStringLiteral("draft|2200"));
    QCOMPARE(scalar(QStringLiteral("SELECT code || '|' || pointers || '|' || line_control_number "
                                   "FROM claim_lines WHERE claim_id = %1")
                            .arg(claim.value()))
                     .toString(),
             QStringLiteral("82947|1|%1-1").arg(pcn));
    // The findings and their overrides travel to the claim.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM claim_findings WHERE claim_id = %1 AND "
                                  "overridden_by IS NOT NULL")
                           .arg(claim.value()))
                    .toInt()
            >= 1);
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(to_state, '>') FROM (SELECT to_state FROM "
                                   "handoff_log WHERE encounter_id = %1 ORDER BY id) AS t")
                            .arg(id))
                     .toString(),
             QStringLiteral("coded>handed_off>accepted"));
    // A second acceptance is refused: the work is no longer waiting.
    QVERIFY(!m_db->ws().handoff().accept(m_biller, id, detail(id).version).ok());
}

void tst_HandoffService::staleVersionRefused()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("E119"), QStringLiteral("82947"));
    const int version = detail(id).version;
    QVERIFY(m_db->ws().handoff().handOff(m_coder, id, version, {}).ok());
    auto stale = m_db->ws().handoff().returnToCoder(m_biller, id, version,
                                                    QStringLiteral("wrong-code"), {});
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
}

void tst_HandoffService::rolesAreEnforced()
{
    const qint64 id = m_db->markNewEncounterCoded(QStringLiteral("E119"), QStringLiteral("82947"));
    QCOMPARE(m_db->ws().handoff().handOff(m_biller, id, detail(id).version, {}).error().kind,
             Error::Kind::Forbidden);
    QVERIFY(m_db->ws().handoff().handOff(m_coder, id, detail(id).version, {}).ok());
    QCOMPARE(m_db->ws().handoff().incoming(m_coder).error().kind, Error::Kind::Forbidden);
    QCOMPARE(m_db->ws().handoff().accept(m_coder, id, detail(id).version).error().kind,
             Error::Kind::Forbidden);
    const Session manager = m_db->login(Role::Manager);
    QVERIFY(m_db->ws().handoff().accept(manager, id, detail(id).version).ok());
}

QTEST_GUILESS_MAIN(tst_HandoffService)
#include "tst_handoffservice.moc"

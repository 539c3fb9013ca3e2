// SPDX-License-Identifier: GPL-3.0-or-later
// CodingFeedbackService (issue 7 §3): the denials whose payer reason traces to coding, for
// coders and managers. Only traced reasons are listed, with their rule and what to check; the
// period and "only my work" filters; the code pair read through the line's pointers; whether
// the scrubber had flagged the same rule on the claim or its encounter and who overrode it;
// grouping by rule, code pair and coder with counts and dollars; who may read; a denial opened
// by a real ERA posting; the change signal forwarded from the denial and posting services.
#include "testdatabase.h"
#include "domain/money.h"
#include "services/claimservice.h"
#include "services/codingfeedbackservice.h"
#include "services/denialservice.h"
#include "services/postingservice.h"
#include "services/submissionservice.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace cc;

class tst_CodingDenials : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void onlyTracedReasonsAreListed();
    void itemCarriesTheReasonAndTheRule();
    void onlyMineFilter();
    void periodFilter();
    void codePairFromPointers();
    void claimLevelDenialNamesEveryLine();
    void scrubberFlagsAndOverrides();
    void groupingCountsAndDollars();
    void whoMayRead_data();
    void whoMayRead();
    void postedEraDenialIsListed();
    void changesAreForwarded();

private:
    CodingFeedbackService &feedback() { return m_db->ws().codingFeedback(); }
    /// A claim (E11.9 → 82947, $22.00), sent and denied by its payer with @p reason: a claim
    /// answer and a denial of @p cents opened @p daysAgo days before m_today, of the line when
    /// @p lineLevel, else of the whole claim. Its stored findings are cleared, so each test
    /// adds the ones it means. Returns the denial's id (the claim's id in @p claimId).
    qint64 deniedClaim(qint64 &claimId, const QString &reason, qint64 cents = 2200,
        int daysAgo = 10, bool lineLevel = true, const QString &group = QStringLiteral("CO"),
        const QString &remarks = QString());
    /// Another denial of a claim deniedClaim() made.
    qint64 addDenial(qint64 claimId, const QString &reason, qint64 cents = 2200, int daysAgo = 10,
        bool lineLevel = true, const QString &group = QStringLiteral("CO"),
        const QString &remarks = QString());
    qint64 encounterOf(qint64 claimId)
    {
        return value(QStringLiteral("SELECT encounter_id FROM claims WHERE id = %1").arg(claimId))
            .toLongLong();
    }
    /// Stores a finding: on the claim, or on its encounter only (claim_id NULL).
    void addFinding(qint64 claimId, const QString &rule, bool error, bool onClaim,
        qint64 overriddenBy = 0, const QString &reason = QString());
    QList<CodingDenialItem> list(const Session &who, bool onlyMine = false, int days = 90);
    QVariant value(const QString &sql) { return m_db->value(sql); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->ws().database().connection());
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
    Session m_biller;
    Session m_manager;
    const QDate m_today = QDate(2026, 12, 15);
    int m_trace = 0;
};

void tst_CodingDenials::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_coder = m_db->login(Role::Coder);
    m_biller = m_db->login(Role::Biller);
    m_manager = m_db->login(Role::Manager);
    QVERIFY(m_coder.userId > 0 && m_biller.userId > 0 && m_manager.userId > 0);
    // Only the denials a test makes exist.
    QVERIFY(exec(QStringLiteral("DELETE FROM work_notes WHERE entity = 'denial'")));
    QVERIFY(exec(QStringLiteral("DELETE FROM denials")));
    feedback().setToday(m_today);
    m_trace = 0;
}

void tst_CodingDenials::cleanup()
{
    m_db.reset();
}

qint64 tst_CodingDenials::deniedClaim(qint64 &claimId, const QString &reason, qint64 cents,
    int daysAgo, bool lineLevel, const QString &group, const QString &remarks)
{
    claimId = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    if (claimId == 0)
        return 0;
    const QString id = QString::number(claimId);
    ++m_trace;
    if (!exec(QStringLiteral("DELETE FROM claim_findings WHERE claim_id = %1 OR encounter_id = "
                             "(SELECT encounter_id FROM claims WHERE id = %1)")
                  .arg(id)))
        return 0;
    // Sent, numbered by the payer and denied (0006's conventions, as tst_denialservice).
    exec(QStringLiteral("UPDATE claims SET state = 'denied', submission_count = 1, "
                        "payer_claim_number = 'ICN%1' WHERE id = %1")
             .arg(id));
    exec(QStringLiteral("INSERT INTO remittances (payer_identifier, payer_name, trace_number, "
                        "payment_cents, payment_date, source, posted_at) VALUES ('12345', "
                        "'ERA payer', 'TRN%1', 0, '2026-11-20', 'era', "
                        "'2026-11-20T12:00:00.000Z')")
             .arg(m_trace));
    exec(QStringLiteral("INSERT INTO remittance_claims (remittance_id, claim_id, "
                        "patient_control_number, status_code, charge_cents, paid_cents, "
                        "patient_responsibility_cents, payer_claim_number) SELECT "
                        "(SELECT max(id) FROM remittances), c.id, c.patient_control_number, '4', "
                        "c.total_charge_cents, 0, 0, 'ICN%1' FROM claims c WHERE c.id = %1")
             .arg(id));
    return addDenial(claimId, reason, cents, daysAgo, lineLevel, group, remarks);
}

qint64 tst_CodingDenials::addDenial(qint64 claimId, const QString &reason, qint64 cents,
    int daysAgo, bool lineLevel, const QString &group, const QString &remarks)
{
    const QString opened
        = QDateTime(m_today.addDays(-daysAgo), QTime(15, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db->ws().database().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO denials (claim_id, claim_line_id, remittance_id, remittance_claim_id, "
        "group_code, reason_code, remark_codes, amount_cents, opened_at) "
        "SELECT :claim, CASE WHEN :line = 1 THEN (SELECT min(id) FROM claim_lines WHERE "
        "claim_id = :claim2) END, rc.remittance_id, rc.id, :group, :reason, :remarks, "
        ":amount, :opened FROM remittance_claims rc WHERE rc.claim_id = :claim3 "
        "ORDER BY rc.id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":claim"), claimId);
    q.bindValue(QStringLiteral(":line"), lineLevel ? 1 : 0);
    q.bindValue(QStringLiteral(":claim2"), claimId);
    q.bindValue(QStringLiteral(":group"), group);
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(
        QStringLiteral(":remarks"), remarks.isNull() ? QString(QLatin1String("")) : remarks);
    q.bindValue(QStringLiteral(":amount"), cents);
    q.bindValue(QStringLiteral(":opened"), opened);
    q.bindValue(QStringLiteral(":claim3"), claimId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qWarning() << "deniedClaim:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

void tst_CodingDenials::addFinding(qint64 claimId, const QString &rule, bool error, bool onClaim,
    qint64 overriddenBy, const QString &reason)
{
    QSqlQuery q(m_db->ws().database().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO claim_findings (claim_id, encounter_id, rule, severity, line_no, codes, "
        "message, fix, source, overridden_by, override_reason, found_at) VALUES (:claim, "
        ":encounter, :rule, :severity, 1, '82947 E119', :message, 'Fix it.', 'test', :by, "
        ":reason, '2026-11-02T10:00:00.000Z')"));
    q.bindValue(QStringLiteral(":claim"),
        onClaim ? QVariant(claimId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":encounter"), encounterOf(claimId));
    q.bindValue(QStringLiteral(":rule"), rule);
    q.bindValue(
        QStringLiteral(":severity"), error ? QStringLiteral("error") : QStringLiteral("warning"));
    q.bindValue(QStringLiteral(":message"), QStringLiteral("The scrubber said %1.").arg(rule));
    q.bindValue(QStringLiteral(":by"),
        overriddenBy > 0 ? QVariant(overriddenBy) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":reason"), reason.isNull() ? QString(QLatin1String("")) : reason);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QList<CodingDenialItem> tst_CodingDenials::list(const Session &who, bool onlyMine, int days)
{
    auto r = feedback().codingDenials(who, m_today.addDays(1 - days), m_today, onlyMine);
    if (!r) {
        qWarning() << r.error().userMessage;
        return {};
    }
    return r.value();
}

void tst_CodingDenials::onlyTracedReasonsAreListed()
{
    qint64 c = 0;
    qint64 other = 0;
    // Traced to coding: diagnosis, bundling, units, modifier; and a lettered code in lower case.
    const qint64 d11 = deniedClaim(c, QStringLiteral("11"));
    const qint64 d97 = addDenial(c, QStringLiteral("97"));
    const qint64 d151 = addDenial(c, QStringLiteral("151"));
    const qint64 d4 = addDenial(c, QStringLiteral("4"));
    const qint64 dB22 = addDenial(c, QStringLiteral(" b22"), 2200, 10, false);
    // Billing, eligibility, filing and authorization reasons are not the coder's.
    QVERIFY(deniedClaim(other, QStringLiteral("16")));
    QVERIFY(addDenial(other, QStringLiteral("27")));
    QVERIFY(addDenial(other, QStringLiteral("29")));
    QVERIFY(addDenial(c, QStringLiteral("197")));
    QVERIFY(d11 && d97 && d151 && d4 && dB22);

    const auto items = list(m_coder);
    QSet<qint64> ids;
    QHash<qint64, QString> rules;
    for (const CodingDenialItem &i : items) {
        ids.insert(i.record.denialId);
        rules.insert(i.record.denialId, i.rule);
    }
    QCOMPARE(ids, (QSet<qint64> {d11, d97, d151, d4, dB22}));
    QCOMPARE(rules.value(d11), QStringLiteral("dx-not-supporting"));
    QCOMPARE(rules.value(d97), QStringLiteral("ncci-ptp"));
    QCOMPARE(rules.value(d151), QStringLiteral("mue-units"));
    QCOMPARE(rules.value(d4), QStringLiteral("modifier-invalid"));
    QCOMPARE(rules.value(dB22), QStringLiteral("dx-not-supporting"));
    // Every state is a lesson: a denial already written off is still listed.
    exec(QStringLiteral("UPDATE denials SET state = 'written_off' WHERE id = %1").arg(d97));
    QCOMPARE(list(m_coder).size(), 5);
}

void tst_CodingDenials::itemCarriesTheReasonAndTheRule()
{
    qint64 claimId = 0;
    const qint64 id = deniedClaim(claimId, QStringLiteral("50"), 2200, 12, true,
        QStringLiteral("CO"), QStringLiteral("N115,M25"));
    QVERIFY(id > 0);
    const auto items = list(m_coder);
    QCOMPARE(items.size(), 1);
    const CodingDenialItem &i = items.first();
    QCOMPARE(i.record.denialId, id);
    QCOMPARE(i.record.claimId, claimId);
    QCOMPARE(i.record.encounterId, encounterOf(claimId));
    QCOMPARE(i.rule, QStringLiteral("dx-not-supporting"));
    QCOMPARE(i.ruleTitle, QStringLiteral("Diagnosis does not support the service"));
    QVERIFY(i.whatToCheck.contains(QStringLiteral("diagnosis")));
    QCOMPARE(i.reasonLabel(),
        QStringLiteral("CO-50: Not medically necessary in the payer's "
                       "judgement"));
    QCOMPARE(i.groupText, QStringLiteral("Contractual obligation"));
    QCOMPARE(i.record.remarkCodes, (QStringList {QStringLiteral("N115"), QStringLiteral("M25")}));
    QCOMPARE(i.remarkTexts.first(), QStringLiteral("Decided by a local coverage policy (LCD)"));
    QCOMPARE(i.record.amountCents, 2200);
    QCOMPARE(i.record.patientControlNumber,
        value(
            QStringLiteral("SELECT patient_control_number FROM claims WHERE id = %1").arg(claimId))
            .toString());
    QCOMPARE(i.record.payerClaimNumber, QStringLiteral("ICN%1").arg(claimId));
    QVERIFY(!i.record.payerName.isEmpty());
    QVERIFY(i.record.dateOfService.isValid());
    QCOMPARE(i.record.coderId, m_coder.userId);
    QCOMPARE(i.record.coderName, m_coder.fullName);
    QVERIFY(i.record.providerName.contains(QLatin1String(", ")));
    QCOMPARE(i.record.openedAt.date(), m_today.addDays(-12));
    QCOMPARE(i.stateText, QStringLiteral("Open"));
}

void tst_CodingDenials::onlyMineFilter()
{
    qint64 mine = 0;
    qint64 theirs = 0;
    QVERIFY(deniedClaim(mine, QStringLiteral("11")));
    QVERIFY(deniedClaim(theirs, QStringLiteral("97")));
    QVERIFY(exec(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, "
                                "created_at) VALUES ('feedback-test-coder', 'Lee Park, CCS', "
                                "'coder', 'x', '2026-01-01T00:00:00.000Z')")));
    const qint64 otherId = value(QStringLiteral("SELECT id FROM users WHERE username = "
                                                "'feedback-test-coder'"))
                               .toLongLong();
    QVERIFY(otherId > 0);
    QVERIFY(exec(QStringLiteral("UPDATE encounters SET coder_id = %1 WHERE id = %2")
                     .arg(otherId)
                     .arg(encounterOf(theirs))));
    Session other;
    other.userId = otherId;
    other.username = QStringLiteral("feedback-test-coder");
    other.fullName = QStringLiteral("Lee Park, CCS");
    other.role = Role::Coder;

    // The whole team's denials, then each coder's own.
    QCOMPARE(list(m_coder, false).size(), 2);
    auto own = list(m_coder, true);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().record.claimId, mine);
    auto others = list(other, true);
    QCOMPARE(others.size(), 1);
    QCOMPARE(others.first().record.claimId, theirs);
    QCOMPARE(others.first().record.coderName, QStringLiteral("Lee Park, CCS"));
    // A manager codes nothing: "only mine" is empty for them, everyone's is not.
    QCOMPARE(list(m_manager, true).size(), 0);
    QCOMPARE(list(m_manager, false).size(), 2);
}

void tst_CodingDenials::periodFilter()
{
    qint64 c = 0;
    const qint64 recent = deniedClaim(c, QStringLiteral("11"), 2200, 0);
    const qint64 edge = deniedClaim(c, QStringLiteral("11"), 2200, 89);
    const qint64 old = deniedClaim(c, QStringLiteral("11"), 2200, 90);
    QVERIFY(recent && edge && old);
    QSet<qint64> ids;
    for (const CodingDenialItem &i : list(m_coder, false, 90))
        ids.insert(i.record.denialId);
    QCOMPARE(ids, (QSet<qint64> {recent, edge}));
    QCOMPARE(list(m_coder, false, 91).size(), 3);
    // Newest first.
    QCOMPARE(list(m_coder, false, 91).first().record.denialId, recent);

    auto backwards = feedback().codingDenials(m_coder, m_today, m_today.addDays(-1), false);
    QVERIFY(!backwards.ok());
    QCOMPARE(backwards.error().kind, Error::Kind::Invalid);
    auto undated = feedback().codingDenials(m_coder, QDate(), m_today, false);
    QVERIFY(!undated.ok());
    QCOMPARE(undated.error().kind, Error::Kind::Invalid);
}

void tst_CodingDenials::codePairFromPointers()
{
    qint64 claimId = 0;
    const qint64 lineDenial = deniedClaim(claimId, QStringLiteral("97"));
    QVERIFY(lineDenial > 0);
    // A second diagnosis, a second line pointing to it, and the first line pointing to both.
    QVERIFY(exec(QStringLiteral("INSERT INTO claim_diagnoses (claim_id, position, code) "
                                "VALUES (%1, 2, 'I10')")
                     .arg(claimId)));
    QVERIFY(exec(QStringLiteral("UPDATE claim_lines SET pointers = '1,2' WHERE claim_id = %1")
                     .arg(claimId)));
    QVERIFY(exec(
        QStringLiteral("INSERT INTO claim_lines (claim_id, line_no, line_control_number, code, "
                       "modifier1, units, pointers, charge_cents, service_date) SELECT claim_id, "
                       "2, line_control_number || 'B', '99213', '25', 1, '2', 9000, service_date "
                       "FROM claim_lines WHERE claim_id = %1 AND line_no = 1")
            .arg(claimId)));
    const qint64 secondLine
        = value(QStringLiteral("SELECT id FROM claim_lines WHERE claim_id = %1 AND line_no = 2")
                    .arg(claimId))
              .toLongLong();
    QVERIFY(exec(QStringLiteral("UPDATE denials SET claim_line_id = %1 WHERE id = %2")
                     .arg(secondLine)
                     .arg(lineDenial)));

    auto items = list(m_coder);
    QCOMPARE(items.size(), 1);
    const CodingDenialItem &i = items.first();
    QCOMPARE(i.record.claimLineId, secondLine);
    QCOMPARE(i.record.lines.size(), 1);
    QCOMPARE(i.record.lines.first().lineNo, 2);
    QCOMPARE(i.record.lines.first().modifiers, QStringList {QStringLiteral("25")});
    QCOMPARE(i.record.lines.first().diagnoses, QStringList {QStringLiteral("I10")});
    // The modifier stays out of the pair; the diagnosis is dotted only when it has a 4th
    // character.
    QCOMPARE(i.codePair(), QStringLiteral("99213 + I10"));

    // Back on the first line, both pointed diagnoses in pointer order.
    QVERIFY(exec(QStringLiteral("UPDATE claim_lines SET pointers = '2,1' WHERE claim_id = %1 "
                                "AND line_no = 1")
                     .arg(claimId)));
    QVERIFY(exec(QStringLiteral("UPDATE denials SET claim_line_id = (SELECT id FROM claim_lines "
                                "WHERE claim_id = %1 AND line_no = 1) WHERE id = %2")
                     .arg(claimId)
                     .arg(lineDenial)));
    QCOMPARE(list(m_coder).first().codePair(), QStringLiteral("82947 + I10, E11.9"));
}

void tst_CodingDenials::claimLevelDenialNamesEveryLine()
{
    qint64 claimId = 0;
    QVERIFY(deniedClaim(claimId, QStringLiteral("11"), 11200, 5, false));
    QVERIFY(exec(QStringLiteral("INSERT INTO claim_lines (claim_id, line_no, line_control_number, "
                                "code, units, pointers, charge_cents, service_date) SELECT "
                                "claim_id, 2, line_control_number || 'B', '99213', 1, '1', 9000, "
                                "service_date FROM claim_lines WHERE claim_id = %1 AND line_no = 1")
                     .arg(claimId)));
    auto items = list(m_coder);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().record.claimLineId, 0);
    QCOMPARE(items.first().record.lines.size(), 2);
    QCOMPARE(items.first().codePairs,
        (QStringList {QStringLiteral("82947 + E11.9"), QStringLiteral("99213 + E11.9")}));
    QCOMPARE(items.first().codePair(), QStringLiteral("82947 + E11.9; 99213 + E11.9"));
}

void tst_CodingDenials::scrubberFlagsAndOverrides()
{
    qint64 warned = 0;
    qint64 overridden = 0;
    qint64 otherRule = 0;
    qint64 silent = 0;
    QVERIFY(deniedClaim(warned, QStringLiteral("11")));
    QVERIFY(deniedClaim(overridden, QStringLiteral("97")));
    QVERIFY(deniedClaim(otherRule, QStringLiteral("151")));
    QVERIFY(deniedClaim(silent, QStringLiteral("4")));
    // A warning while the encounter was coded (no claim yet) …
    addFinding(warned, QStringLiteral("dx-not-supporting"), false, false);
    // … an error on the claim that the biller overrode with a reason …
    addFinding(overridden, QStringLiteral("ncci-ptp"), true, true, m_biller.userId,
        QStringLiteral("Separate site, documented."));
    // … a finding of another rule only …
    addFinding(otherRule, QStringLiteral("unspecified-code"), false, true);
    // … and a modifier finding on the first claim, which says nothing of the modifier denial
    // of another claim.
    addFinding(warned, QStringLiteral("modifier-invalid"), true, true);

    QHash<qint64, CodingDenialItem> byClaim;
    for (const CodingDenialItem &i : list(m_coder))
        byClaim.insert(i.record.claimId, i);
    QCOMPARE(byClaim.size(), 4);

    const CodingDenialItem &w = byClaim[warned];
    QVERIFY(w.scrubberFlagged());
    QVERIFY(!w.overridden());
    QCOMPARE(w.sameRule.size(), 1);
    QVERIFY(!w.mainFinding()->onClaim);
    QVERIFY(!w.mainFinding()->error);
    QCOMPARE(w.mainFinding()->message, QStringLiteral("The scrubber said dx-not-supporting."));
    QCOMPARE(w.record.findings.size(), 2); // the other rule is kept for the detail

    const CodingDenialItem &o = byClaim[overridden];
    QVERIFY(o.scrubberFlagged());
    QVERIFY(o.overridden());
    QVERIFY(o.mainFinding()->onClaim);
    QVERIFY(o.mainFinding()->error);
    QCOMPARE(o.mainFinding()->overriddenBy, m_biller.fullName);
    QCOMPARE(o.mainFinding()->overrideReason, QStringLiteral("Separate site, documented."));

    const CodingDenialItem &r = byClaim[otherRule];
    QVERIFY(!r.scrubberFlagged());
    QVERIFY(!r.overridden());
    QCOMPARE(r.mainFinding(), nullptr);
    QCOMPARE(r.record.findings.size(), 1);

    const CodingDenialItem &s = byClaim[silent];
    QVERIFY(!s.scrubberFlagged());
    QVERIFY(s.record.findings.isEmpty());
}

void tst_CodingDenials::groupingCountsAndDollars()
{
    qint64 a = 0;
    qint64 c = 0;
    qint64 d = 0;
    QVERIFY(deniedClaim(a, QStringLiteral("11"), 2200));
    QVERIFY(addDenial(a, QStringLiteral("50"), 1500));
    QVERIFY(deniedClaim(c, QStringLiteral("97"), 9000));
    QVERIFY(deniedClaim(d, QStringLiteral("236"), 1000));
    QVERIFY(exec(QStringLiteral("UPDATE claim_lines SET code = '99213' WHERE claim_id IN (%1, %2)")
                     .arg(c)
                     .arg(d)));
    QVERIFY(exec(QStringLiteral("UPDATE encounters SET coder_id = %1 WHERE id = %2")
                     .arg(m_manager.userId)
                     .arg(encounterOf(d))));
    const auto items = list(m_manager);
    QCOMPARE(items.size(), 4);

    const auto byRule = CodingFeedbackService::group(items, CodingDenialGrouping::Rule);
    QCOMPARE(byRule.size(), 2);
    // Two of each: the dollars decide the order.
    QCOMPARE(byRule[0].key, QStringLiteral("ncci-ptp"));
    QCOMPARE(byRule[0].count, 2);
    QCOMPARE(byRule[0].deniedCents, 10000);
    QCOMPARE(byRule[0].label, QStringLiteral("Code pair bundled (NCCI) (ncci-ptp)"));
    QCOMPARE(byRule[1].key, QStringLiteral("dx-not-supporting"));
    QCOMPARE(byRule[1].count, 2);
    QCOMPARE(byRule[1].deniedCents, 3700);

    // One more dx-not-supporting: now the most frequent comes first though it is cheaper.
    QVERIFY(addDenial(a, QStringLiteral("167"), 100));
    const auto more = list(m_manager);
    const auto byRule2 = CodingFeedbackService::group(more, CodingDenialGrouping::Rule);
    QCOMPARE(byRule2[0].key, QStringLiteral("dx-not-supporting"));
    QCOMPARE(byRule2[0].count, 3);
    QCOMPARE(byRule2[0].deniedCents, 3800);
    int rows = 0;
    for (const CodingDenialGroup &g : byRule2) {
        rows += int(g.rows.size());
        for (int row : g.rows)
            QCOMPARE(more[row].rule, g.key);
    }
    QCOMPARE(rows, 5);

    const auto byPair = CodingFeedbackService::group(items, CodingDenialGrouping::CodePair);
    QCOMPARE(byPair.size(), 2);
    QCOMPARE(byPair[0].label, QStringLiteral("99213 + E11.9"));
    QCOMPARE(byPair[0].count, 2);
    QCOMPARE(byPair[0].deniedCents, 10000);
    QCOMPARE(byPair[1].label, QStringLiteral("82947 + E11.9"));
    QCOMPARE(byPair[1].deniedCents, 3700);

    const auto byCoder = CodingFeedbackService::group(items, CodingDenialGrouping::Coder);
    QCOMPARE(byCoder.size(), 2);
    QCOMPARE(byCoder[0].label, m_coder.fullName);
    QCOMPARE(byCoder[0].count, 3);
    QCOMPARE(byCoder[0].deniedCents, 12700);
    QCOMPARE(byCoder[1].key, QString::number(m_manager.userId));
    QCOMPARE(byCoder[1].label, m_manager.fullName);
    QCOMPARE(byCoder[1].deniedCents, 1000);
}

void tst_CodingDenials::whoMayRead_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("coder") << int(Role::Coder) << true;
    QTest::newRow("manager") << int(Role::Manager) << true;
    // Billers work every denial in their Denials workspace; this view is the coders'.
    QTest::newRow("biller") << int(Role::Biller) << false;
    QTest::newRow("provider") << int(Role::Provider) << false;
    QTest::newRow("admin") << int(Role::Admin) << false;
}

void tst_CodingDenials::whoMayRead()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    qint64 c = 0;
    QVERIFY(deniedClaim(c, QStringLiteral("11")));
    const Session who = m_db->login(Role(role));
    QVERIFY(who.userId > 0);
    auto r = feedback().codingDenials(who, m_today.addDays(-89), m_today, false);
    QCOMPARE(r.ok(), allowed);
    if (allowed)
        QCOMPARE(r->size(), 1);
    else
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
}

void tst_CodingDenials::postedEraDenialIsListed()
{
    // A claim really sent, then denied at line level by a real ERA: the path billers use.
    const qint64 claimId
        = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    QVERIFY(claimId > 0);
    ClaimService &claims = m_db->ws().claims();
    QVERIFY(claims.scrubClaims(m_biller, {claimId}));
    if (claims.claim(claimId, false)->summary.state != ClaimState::Scrubbed)
        QVERIFY(exec(
            QStringLiteral("UPDATE claims SET state = 'scrubbed' WHERE id = %1").arg(claimId)));
    auto sent = m_db->ws().submissions().submit(
        m_biller, {claimId}, QDateTime(QDate(2026, 11, 20), QTime(16, 0)));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().userMessage));
    const QString pcn = value(QStringLiteral("SELECT patient_control_number FROM claims "
                                             "WHERE id = %1")
                                  .arg(claimId))
                            .toString();
    const QString lcn = value(QStringLiteral("SELECT line_control_number FROM claim_lines "
                                             "WHERE claim_id = %1")
                                  .arg(claimId))
                            .toString();
    const QString dos = value(QStringLiteral("SELECT replace(service_date, '-', '') FROM "
                                             "claim_lines WHERE claim_id = %1")
                                  .arg(claimId))
                            .toString();
    const QStringList segments = {
        QStringLiteral("ISA*00*          *00*          *ZZ*ACME01         *ZZ*MGFH0001       "
                       "*261201*1200*^*00501*000000901*0*P*:"),
        QStringLiteral("GS*HP*ACME01*MGFH0001*20261201*1200*901*X*005010X221A1"),
        QStringLiteral("ST*835*0001"),
        QStringLiteral("BPR*I*0*C*NON************20261201"),
        QStringLiteral("TRN*1*DENY11*1999999999"),
        QStringLiteral("N1*PR*ACME HEALTH*XV*ACME01"),
        QStringLiteral("N1*PE*MAPLE GROVE FAMILY HEALTH*XX*1234567893"),
        QStringLiteral("LX*1"),
        QStringLiteral("CLP*%1*4*22*0**12*ERA11*11*1").arg(pcn),
        QStringLiteral("NM1*QC*1*DOE*JANE****MI*M1"),
        QStringLiteral("SVC*HC:82947*22*0**1"),
        QStringLiteral("DTM*472*%1").arg(dos),
        QStringLiteral("CAS*CO*11*22"),
        QStringLiteral("REF*6R*%1").arg(lcn),
        QStringLiteral("LQ*HE*M76"),
        QStringLiteral("SE*14*0001"),
        QStringLiteral("GE*1*901"),
        QStringLiteral("IEA*1*000000901"),
    };
    const QByteArray file
        = (segments.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1();
    QSignalSpy changed(&feedback(), &CodingFeedbackService::codingDenialsChanged);
    auto posted = m_db->ws().payments().postEra(m_biller, file, QStringLiteral("deny.835"),
        QDateTime(m_today.addDays(-3), QTime(9, 0), Qt::UTC));
    QVERIFY2(posted.ok(),
        qPrintable(posted.ok()
                ? QString()
                : posted.error().userMessage + QStringLiteral(" / ") + posted.error().detail));
    QCOMPARE(posted->denials, 1);
    QVERIFY(changed.count() >= 1);

    const auto items = list(m_coder, true);
    QCOMPARE(items.size(), 1);
    const CodingDenialItem &i = items.first();
    QCOMPARE(i.record.claimId, claimId);
    QVERIFY(i.record.claimLineId > 0);
    QCOMPARE(i.rule, QStringLiteral("dx-not-supporting"));
    QCOMPARE(i.record.remarkCodes, QStringList {QStringLiteral("M76")});
    QCOMPARE(i.record.payerClaimNumber, QStringLiteral("ERA11"));
    QCOMPARE(i.record.amountCents, 2200);
    QCOMPARE(i.codePair(), QStringLiteral("82947 + E11.9"));
    QCOMPARE(i.record.openedAt.date(), m_today.addDays(-3));
}

void tst_CodingDenials::changesAreForwarded()
{
    qint64 c = 0;
    const qint64 id = deniedClaim(c, QStringLiteral("11"));
    QVERIFY(id > 0);
    QSignalSpy changed(&feedback(), &CodingFeedbackService::codingDenialsChanged);
    QVERIFY(m_db->ws().denials().addNote(m_biller, id, QStringLiteral("Called the payer.")).ok());
    QCOMPARE(changed.count(), 1);
    emit m_db->ws().payments().postingsChanged();
    QCOMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(tst_CodingDenials)
#include "tst_codingdenials.moc"

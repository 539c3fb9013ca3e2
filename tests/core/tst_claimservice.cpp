// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimService (issue 5 §1, §4, §5): the claim built from an accepted encounter with the
// source of each value, the biller's changes re-scrubbed and saved, replacement and void
// claims, and the CMS-1500 PDF.
#include "testdatabase.h"
#include "x12/ackwriter.h"
#include "services/claimservice.h"
#include "services/practiceservice.h"
#include "services/submissionservice.h"

#include <QtTest>

using namespace cc;

class tst_ClaimService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void builtFromAcceptedEncounter();
    void chargesComeFromTheFeeSchedule();
    void coverageInPriorityOrder();
    void previewRescrubsWithoutStoring();
    void saveStoresAndMovesState();
    void badInputIsRefusedAndLosesNothing_data();
    void badInputIsRefusedAndLosesNothing();
    void staleVersionIsAConflict();
    void sentClaimsCannotBeEdited();
    void scrubClaimsReadiesCleanDrafts();
    void overrideOpensTheWay();
    void replacementAndVoid();
    void correctionNeedsPayerNumber();
    void cms1500Pdf();
    void rolesAreEnforced();

private:
    ClaimService &claims() { return m_db->ws().claims(); }
    ClaimEdit editOf(const ClaimRecord &r) const;
    /// A claim made, sent and accepted by the payer with payer claim number @p icn.
    qint64 acceptedClaim(const QString &icn);

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
};

void tst_ClaimService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    // The demo's payer rules would add findings these tests do not look at.
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_biller = m_db->login(Role::Biller);
}

void tst_ClaimService::cleanup()
{
    m_db.reset();
}

ClaimEdit tst_ClaimService::editOf(const ClaimRecord &r) const
{
    return ClaimEdit::of(r);
}

qint64 tst_ClaimService::acceptedClaim(const QString &icn)
{
    const qint64 id = m_db->makeDraftClaim();
    if (!claims().scrubClaims(m_biller, {id}).ok())
        return 0;
    auto sent = m_db->ws().submissions().submit(m_biller, {id}, QDateTime::currentDateTimeUtc());
    if (!sent.ok())
        return 0;
    const QString pcn = claims().claim(id)->summary.patientControlNumber;
    auto read = m_db->ws().submissions().importAck(
            m_biller, QStringLiteral("a.277"), x12::make277CA({{pcn, true, icn}}),
            QDateTime::currentDateTimeUtc());
    return read.ok() ? id : 0;
}

void tst_ClaimService::builtFromAcceptedEncounter()
{
    const qint64 id = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    QVERIFY(id > 0);
    auto r = claims().claim(id);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    const ClaimDocument &doc = r->document;
    QCOMPARE(r->summary.state, ClaimState::Draft);
    QCOMPARE(doc.id, r->summary.patientControlNumber);
    QCOMPARE(doc.frequency, QStringLiteral("1"));
    QCOMPARE(doc.diagnoses, QStringList{QStringLiteral("E119")});
    QCOMPARE(doc.lines.size(), 1);
    QCOMPARE(doc.lines.first().code, QStringLiteral("82947"));
    QCOMPARE(doc.lines.first().pointers, QList<int>{1});
    QCOMPARE(r->lines.first().lineControlNumber, doc.id + QStringLiteral("-1"));
    // Billing provider: the practice; rendering: the encounter's provider.
    QCOMPARE(doc.billingProvider.npi,
             m_db->value(QStringLiteral("SELECT npi FROM practice")).toString());
    QCOMPARE(doc.billingProvider.taxId,
             m_db->value(QStringLiteral("SELECT tax_id FROM practice")).toString());
    QCOMPARE(r->renderingProviderId, r->encounterProviderId);
    QCOMPARE(doc.renderingProvider.npi,
             m_db->value(QStringLiteral("SELECT p.npi FROM providers p JOIN encounters e ON "
                                        "e.provider_id = p.id WHERE e.id = %1")
                                 .arg(r->summary.encounterId))
                     .toString());
    // Payer and subscriber: the primary coverage.
    QCOMPARE(r->coveragePriority, 1);
    QCOMPARE(doc.subscriber.memberId,
             m_db->value(QStringLiteral("SELECT member_id FROM coverages WHERE id = %1")
                                 .arg(r->coverageId))
                     .toString());
    QVERIFY(!doc.payer.id.isEmpty());
    QVERIFY(!doc.payer.filingIndicator.isEmpty());
    QCOMPARE(doc.placeOfService, r->encounterPlaceOfService);
    // Every group names where it came from.
    for (const char *key : {claimfield::Payer, claimfield::Subscriber, claimfield::Patient,
                            claimfield::BillingProvider, claimfield::RenderingProvider,
                            claimfield::PlaceOfService, claimfield::Diagnoses,
                            claimfield::PriorAuthorization, claimfield::Frequency})
        QVERIFY2(!r->sources.value(QLatin1String(key)).isEmpty(), key);
    QVERIFY(r->sources.value(QLatin1String(claimfield::Payer)).contains(QLatin1String("primary")));
    QVERIFY(!r->sources.value(claimfield::lineCharge(1)).isEmpty());
    // The diagnoses are the claim's own, copied from the coding.
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claim_diagnoses WHERE claim_id = %1")
                                 .arg(id))
                     .toInt(),
             1);
}

void tst_ClaimService::chargesComeFromTheFeeSchedule()
{
    // The coder's charge follows the fee schedule of the patient's payer; the claim says so.
    const qint64 id = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    auto r = claims().claim(id);
    QVERIFY(r.ok());
    const Session admin = m_db->login(Role::Admin);
    const QDate dos = r->summary.dateOfService;
    QVERIFY(m_db->ws().practice().setFee(admin, 0, QStringLiteral("82947"), 2200,
                                         dos.addYears(-1)).ok());
    auto fee = claims().feeFor(r->payerId, QStringLiteral("82947"), dos);
    QVERIFY(fee.ok() && fee.value());
    QCOMPARE(fee.value()->first, 2200);
    QVERIFY2(fee.value()->second.contains(QLatin1String("practice default")),
             qPrintable(fee.value()->second));
    r = claims().claim(id);
    QCOMPARE(r->sources.value(claimfield::lineCharge(1)), fee.value()->second);

    // A payer's own fee wins over the practice default.
    QVERIFY(m_db->ws().practice().setFee(admin, r->payerId, QStringLiteral("82947"), 1875,
                                         dos.addMonths(-1)).ok());
    fee = claims().feeFor(r->payerId, QStringLiteral("82947"), dos);
    QCOMPARE(fee.value()->first, 1875);
    QVERIFY(fee.value()->second.contains(r->summary.payerName));
    // The claim still carries 22.00, entered before: the source says so.
    r = claims().claim(id);
    QVERIFY2(r->sources.value(claimfield::lineCharge(1)).contains(QLatin1String("18.75")),
             qPrintable(r->sources.value(claimfield::lineCharge(1))));
    // No fee on file for a code: said plainly.
    fee = claims().feeFor(r->payerId, QStringLiteral("99999"), dos);
    QVERIFY(fee.ok() && !fee.value());
}

void tst_ClaimService::coverageInPriorityOrder()
{
    const qint64 id = m_db->makeDraftClaim();
    auto options = claims().coverageOptions(id);
    QVERIFY(options.ok());
    QVERIFY(!options->isEmpty());
    QCOMPARE(options->first().priority, 1);
    QVERIFY(options->first().activeOnDateOfService);
    for (qsizetype i = 1; i < options->size(); ++i) {
        if (options->at(i).activeOnDateOfService)
            QVERIFY(options->at(i).priority >= options->at(i - 1).priority);
    }

    // Billing the secondary plan instead: the preview reads its payer and insured whole.
    auto r = claims().claim(id);
    m_db->value(QStringLiteral("DELETE FROM coverages WHERE patient_id = %1 AND priority = 2")
                        .arg(r->patientId));
    m_db->value(QStringLiteral(
            "INSERT INTO coverages (patient_id, payer_id, priority, member_id, relationship, "
            "subscriber_last_name, subscriber_first_name, subscriber_birth_date, subscriber_sex, "
            "effective_from) SELECT %1, id, 2, 'SEC-42', 'spouse', 'Rivera', 'Ana', '1970-03-04', "
            "'F', '2020-01-01' FROM payers WHERE kind = 'medicaid' LIMIT 1")
                        .arg(r->patientId));
    options = claims().coverageOptions(id);
    const auto secondary = std::find_if(options->cbegin(), options->cend(),
                                        [](const CoverageOption &o) { return o.priority == 2; });
    QVERIFY(secondary != options->cend());
    ClaimEdit e = editOf(r.value());
    e.coverageId = secondary->id;
    auto preview = claims().preview(id, e);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().userMessage));
    QCOMPARE(preview->document.subscriber.memberId, QStringLiteral("SEC-42"));
    QCOMPARE(preview->document.subscriber.lastName, QStringLiteral("Rivera"));
    QVERIFY(preview->document.patient.has_value());
    QCOMPARE(preview->payerId, secondary->payerId);
    QCOMPARE(preview->summary.payerName, secondary->payerName);
    QVERIFY(preview->sources.value(QLatin1String(claimfield::Payer))
                    .contains(QLatin1String("secondary")));
    QCOMPARE(preview->summary.version, r->summary.version);
    // Nothing stored.
    QCOMPARE(claims().claim(id)->coverageId, r->coverageId);
    // Another patient's coverage is refused.
    e.coverageId = m_db->value(QStringLiteral("SELECT id FROM coverages WHERE patient_id <> %1 "
                                              "LIMIT 1").arg(r->patientId))
                           .toLongLong();
    QVERIFY(!claims().preview(id, e).ok());
}

void tst_ClaimService::previewRescrubsWithoutStoring()
{
    const qint64 id = m_db->makeDraftClaim();
    auto r = claims().claim(id);
    ClaimEdit e = editOf(r.value());
    e.lines.first().modifiers = {QStringLiteral("LT"), QStringLiteral("RT")};
    auto preview = claims().preview(id, e);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().userMessage));
    const bool flagged = std::any_of(preview->findings.cbegin(), preview->findings.cend(),
                                     [](const StoredFinding &f) {
                                         return f.finding.rule == QLatin1String("modifier-invalid")
                                                 && f.finding.isError();
                                     });
    QVERIFY(flagged);
    // Nothing stored.
    auto again = claims().claim(id);
    QCOMPARE(again->summary.version, r->summary.version);
    QVERIFY(again->document.lines.first().modifiers.isEmpty());
}

void tst_ClaimService::saveStoresAndMovesState()
{
    const qint64 id = m_db->makeDraftClaim();
    auto r = claims().claim(id);
    ClaimEdit e = editOf(r.value());
    e.diagnoses.append(QStringLiteral("I10"));
    e.lines.first().pointers = {1, 2};
    e.lines.first().units = 2;
    e.lines.first().chargeCents = 4400;
    auto saved = claims().save(m_biller, id, e);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userMessage));
    QCOMPARE(saved->summary.version, r->summary.version + 2); // update, then state
    QCOMPARE(saved->summary.state, ClaimState::Scrubbed);
    QCOMPARE(saved->summary.totalChargeCents, 4400);
    QCOMPARE(saved->document.diagnoses, (QStringList{QStringLiteral("E119"), QStringLiteral("I10")}));
    QCOMPARE(saved->document.lines.first().pointers, (QList<int>{1, 2}));
    QCOMPARE(m_db->value(QStringLiteral("SELECT first_scrub_clean FROM claims WHERE id = %1").arg(id))
                     .toInt(),
             1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'claim.update' AND entity_id = %1")
                                 .arg(id))
                     .toInt(),
             1);

    // An error finding sends it back to draft, with the finding stored on the claim.
    e = editOf(saved.value());
    e.lines.first().modifiers = {QStringLiteral("LT"), QStringLiteral("RT")};
    saved = claims().save(m_biller, id, e);
    QVERIFY(saved.ok());
    QCOMPARE(saved->summary.state, ClaimState::Draft);
    QVERIFY(saved->summary.errorCount > 0);
    QVERIFY(std::any_of(saved->findings.cbegin(), saved->findings.cend(),
                        [](const StoredFinding &f) { return f.blocks(); }));
}

void tst_ClaimService::badInputIsRefusedAndLosesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative charge") << 0 << QStringLiteral("negative");
    QTest::newRow("delimiter in code") << 1 << QStringLiteral("CPT or HCPCS");
    QTest::newRow("pointer past the diagnoses") << 2 << QStringLiteral("does not have");
    QTest::newRow("thirteen diagnoses") << 3 << QStringLiteral("at most 12");
    QTest::newRow("no lines") << 4 << QStringLiteral("at least one service line");
    QTest::newRow("bad modifier") << 5 << QStringLiteral("not a modifier");
    QTest::newRow("zero units") << 6 << QStringLiteral("units");
    QTest::newRow("place of service") << 7 << QStringLiteral("place of service");
    QTest::newRow("diagnosis twice") << 8 << QStringLiteral("twice");
}

void tst_ClaimService::badInputIsRefusedAndLosesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    const qint64 id = m_db->makeDraftClaim();
    auto r = claims().claim(id);
    ClaimEdit e = editOf(r.value());
    switch (kind) {
    case 0: e.lines.first().chargeCents = -100; break;
    case 1: e.lines.first().code = QStringLiteral("829*7~"); break;
    case 2: e.lines.first().pointers = {1, 3}; break;
    case 3:
        for (int i = 0; i < 12; ++i)
            e.diagnoses.append(QStringLiteral("Z%1").arg(100 + i));
        break;
    case 4: e.lines.clear(); break;
    case 5: e.lines.first().modifiers = {QStringLiteral("2*")}; break;
    case 6: e.lines.first().units = 0; break;
    case 7: e.placeOfService = QStringLiteral("office"); break;
    case 8: e.diagnoses.append(QStringLiteral("e11.9")); break;
    }
    auto saved = claims().save(m_biller, id, e);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY2(saved.error().userMessage.contains(expected, Qt::CaseInsensitive),
             qPrintable(saved.error().userMessage));
    auto after = claims().claim(id);
    QCOMPARE(after->summary.version, r->summary.version);
    QCOMPARE(after->document, r->document);
}

void tst_ClaimService::staleVersionIsAConflict()
{
    const qint64 id = m_db->makeDraftClaim();
    auto r = claims().claim(id);
    ClaimEdit e = editOf(r.value());
    QVERIFY(claims().save(m_biller, id, e).ok());
    e.lines.first().units = 3;
    auto stale = claims().save(m_biller, id, e);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(claims().claim(id)->document.lines.first().units, 1);
}

void tst_ClaimService::sentClaimsCannotBeEdited()
{
    const qint64 id = acceptedClaim(QStringLiteral("ICN1"));
    QVERIFY(id > 0);
    auto r = claims().claim(id);
    QCOMPARE(r->summary.state, ClaimState::Accepted);
    auto saved = claims().save(m_biller, id, editOf(r.value()));
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().userMessage.contains(QLatin1String("replacement")));
}

void tst_ClaimService::scrubClaimsReadiesCleanDrafts()
{
    const qint64 clean = m_db->makeDraftClaim();
    const qint64 other = m_db->makeDraftClaim(QStringLiteral("I10"), QStringLiteral("99213"), 9000);
    QVERIFY(clean > 0 && other > 0);
    auto ready = claims().scrubClaims(m_biller);
    QVERIFY(ready.ok());
    QVERIFY(ready.value() >= 2);
    QCOMPARE(claims().claim(clean)->summary.state, ClaimState::Scrubbed);
    auto list = claims().readyClaims();
    QVERIFY(std::any_of(list->cbegin(), list->cend(),
                        [&](const ClaimSummary &s) { return s.id == clean; }));
    // Self-pay claims are never offered for an 837P.
    QVERIFY(std::none_of(list->cbegin(), list->cend(),
                         [](const ClaimSummary &s) { return s.payerName == QLatin1String("Self-pay"); }));
}

void tst_ClaimService::overrideOpensTheWay()
{
    const qint64 id = m_db->makeDraftClaim();
    auto r = claims().claim(id);
    ClaimEdit e = editOf(r.value());
    e.lines.first().modifiers = {QStringLiteral("LT"), QStringLiteral("RT")};
    auto saved = claims().save(m_biller, id, e);
    QCOMPARE(saved->summary.state, ClaimState::Draft);
    for (const StoredFinding &f : saved->findings) {
        if (!f.blocks())
            continue;
        QVERIFY(!claims().overrideFinding(m_biller, id, f.id, QStringLiteral("no")).ok());
        QVERIFY(claims().overrideFinding(m_biller, id, f.id,
                                         QStringLiteral("Both knees, payer agreed")).ok());
    }
    QCOMPARE(claims().claim(id)->summary.state, ClaimState::Scrubbed);
    // The override survives a re-scrub of the same finding.
    QVERIFY(claims().scrubClaims(m_biller, {id}).ok());
    QCOMPARE(claims().claim(id)->summary.state, ClaimState::Scrubbed);
}

void tst_ClaimService::replacementAndVoid()
{
    const qint64 id = acceptedClaim(QStringLiteral("ICN-77"));
    QVERIFY(id > 0);
    auto original = claims().claim(id);
    QCOMPARE(original->payerClaimNumber, QStringLiteral("ICN-77"));

    auto replacement = claims().createCorrection(m_biller, id, QStringLiteral("7"));
    QVERIFY2(replacement.ok(), qPrintable(replacement.ok() ? QString()
                                                           : replacement.error().userMessage));
    auto r = claims().claim(replacement.value());
    QCOMPARE(r->document.frequency, QStringLiteral("7"));
    QCOMPARE(r->document.originalClaimNumber, QStringLiteral("ICN-77"));
    QCOMPARE(r->originalClaimId, id);
    QCOMPARE(r->originalPatientControlNumber, original->summary.patientControlNumber);
    QVERIFY(r->summary.patientControlNumber != original->summary.patientControlNumber);
    QCOMPARE(r->document.lines, original->document.lines);
    QCOMPARE(r->document.diagnoses, original->document.diagnoses);
    QCOMPARE(r->lines.first().lineControlNumber, r->summary.patientControlNumber + QStringLiteral("-1"));
    QVERIFY(r->sources.value(QLatin1String(claimfield::Frequency)).contains(QLatin1String("ICN-77")));
    // Scrubbed straight away: the duplicate-claim edit knows it replaces the original.
    QCOMPARE(r->summary.state, ClaimState::Scrubbed);
    // The original is unchanged and stays linked.
    QCOMPARE(claims().claim(id)->summary.state, ClaimState::Accepted);

    auto voided = claims().createCorrection(m_biller, id, QStringLiteral("8"));
    QVERIFY(voided.ok());
    QCOMPARE(claims().claim(voided.value())->document.frequency, QStringLiteral("8"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claims WHERE original_claim_id = %1")
                                 .arg(id))
                     .toInt(),
             2);
    QVERIFY(!claims().createCorrection(m_biller, id, QStringLiteral("1")).ok());

    // The replacement goes out with REF*F8 and CLM05-3 = 7.
    auto sent = m_db->ws().submissions().submit(m_biller, {replacement.value()},
                                                QDateTime::currentDateTimeUtc());
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().userMessage));
    const QByteArray file = sent->batches.first().content;
    QVERIFY(file.contains("REF*F8*ICN-77~"));
    QVERIFY(file.contains(":B:7*"));
}

void tst_ClaimService::correctionNeedsPayerNumber()
{
    const qint64 draft = m_db->makeDraftClaim();
    auto refused = claims().createCorrection(m_biller, draft, QStringLiteral("7"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().userMessage.contains(QLatin1String("accepted")));
    // Accepted but without a payer claim number.
    const qint64 id = acceptedClaim(QString());
    QVERIFY(id > 0);
    refused = claims().createCorrection(m_biller, id, QStringLiteral("7"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().userMessage.contains(QLatin1String("payer claim number")));
}

void tst_ClaimService::cms1500Pdf()
{
    const qint64 id = m_db->makeDraftClaim();
    auto pdf = claims().cms1500Pdf(id);
    QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().userMessage));
    QVERIFY(pdf->startsWith("%PDF"));
    QVERIFY(pdf->size() > 2000);
    QVERIFY(!claims().cms1500Pdf(999999).ok());
}

void tst_ClaimService::rolesAreEnforced()
{
    const qint64 id = m_db->makeDraftClaim();
    const Session coder = m_db->login(Role::Coder);
    auto r = claims().claim(id);
    QCOMPARE(claims().save(coder, id, editOf(r.value())).error().kind, Error::Kind::Forbidden);
    QCOMPARE(claims().scrubClaims(coder).error().kind, Error::Kind::Forbidden);
    QCOMPARE(claims().createCorrection(coder, id, QStringLiteral("7")).error().kind,
             Error::Kind::Forbidden);
}

QTEST_MAIN(tst_ClaimService)
#include "tst_claimservice.moc"

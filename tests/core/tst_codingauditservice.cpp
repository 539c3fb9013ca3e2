// SPDX-License-Identifier: GPL-3.0-or-later
// CodingAuditService (issue 7 §4): the draw (N per coder, period edges, reproducible from its
// seed, nothing pending drawn twice, the coder's codes snapshotted), the blind case, the
// agreement per code line with exact agreed/audited numbers, one recode per item, a coder never
// auditing their own work, roles, invalid codes refused whole, the comparison side by side and
// accuracy per coder per month.
#include "testdatabase.h"
#include "services/authservice.h"
#include "services/codingauditservice.h"
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/templateservice.h"

#include <QSignalSpy>
#include <QtTest>

Q_DECLARE_METATYPE(cc::RecodeServiceLine)

using namespace cc;

namespace {
const QDate kFrom(2026, 11, 1);
const QDate kTo(2026, 11, 30);

ServiceLineEntry line(const QString &code, const QStringList &modifiers = {}, int units = 1)
{
    ServiceLineEntry l;
    l.code = code;
    l.modifiers = modifiers;
    l.units = units;
    l.pointers = {1};
    return l;
}

RecodeServiceLine recode(const QString &code, const QStringList &modifiers = {}, int units = 1)
{
    return {code, modifiers, units};
}
} // namespace

class tst_CodingAuditService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void rolesAreChecked();
    void drawRefusesBadInput();
    void drawTakesNPerCoderWithinThePeriod();
    void drawSnapshotsTheCodersLines();
    void drawIsReproducibleFromItsSeed();
    void auditedEncountersAreNotDrawnAgain();
    void demoWorkIsDrawnByItsLoggedCoder();
    void blindCaseHasNoCodes();
    void agreementPerLine_data();
    void agreementPerLine();
    void agreementMatchesOneToOne();
    void secondRecodeRefused();
    void coderNeverRecodesOwnWork();
    void auditorWhoOpenedTheEncounterIsNotBlind();
    void invalidCodesRefusedAndNothingStored();
    void comparisonSideBySide();
    void accuracyPerCoderPerMonth();

private:
    CodingAuditService &audits() { return m_db->ws().codingAudits(); }
    /// Codes a new encounter as @p coder (through CodingService) and moves its DOS to @p dos.
    qint64 coded(const Session &coder, const QDate &dos, const QStringList &dx,
                 const QList<ServiceLineEntry> &services);
    /// The standard coding: E11.9, I10; 99214-25, 36415.
    qint64 standard(const Session &coder, const QDate &dos)
    {
        return coded(coder, dos, {QStringLiteral("E119"), QStringLiteral("I10")},
                     {line(QStringLiteral("99214"), {QStringLiteral("25")}),
                      line(QStringLiteral("36415"))});
    }
    /// The item of @p encounterId in @p auditId (0 when it was not drawn).
    qint64 itemOf(qint64 auditId, qint64 encounterId)
    {
        return m_db->value(QStringLiteral("SELECT id FROM coding_audit_items WHERE audit_id = %1 "
                                          "AND encounter_id = %2")
                                   .arg(auditId)
                                   .arg(encounterId))
                .toLongLong();
    }
    int version(qint64 itemId)
    {
        return m_db->value(QStringLiteral("SELECT version FROM coding_audit_items WHERE id = %1")
                                   .arg(itemId))
                .toInt();
    }
    QList<qint64> drawnEncounters(qint64 auditId);
    /// Audit-trail rows of @p action (on @p entityId when not 0) written by this test.
    int auditRows(const char *action, qint64 entityId = 0)
    {
        QString sql = QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE id > %1 AND action = '%2'")
                              .arg(m_auditBase)
                              .arg(QLatin1String(action));
        if (entityId > 0)
            sql += QStringLiteral(" AND entity_id = %1").arg(entityId);
        return m_db->value(sql).toInt();
    }
    void clearAudits()
    {
        m_db->value(QStringLiteral("DELETE FROM coding_audit_lines"));
        m_db->value(QStringLiteral("DELETE FROM coding_audit_items"));
        m_db->value(QStringLiteral("DELETE FROM coding_audits"));
    }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_manager;
    Session m_coder;  ///< the demo coder
    Session m_coder2; ///< a second coder made for these tests
    Session m_biller;
    qint64 m_auditBase = 0; ///< the newest audit-trail row before the test
};

void tst_CodingAuditService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(160, 5), qPrintable(m_db->errorText()));
    // Without the demo's coders (on its encounters and in the handoff log), only the encounters
    // these tests code are candidates.
    m_db->value(QStringLiteral("DELETE FROM handoff_log"));
    m_db->value(QStringLiteral("UPDATE encounters SET coder_id = NULL"));
    // The demo's own audit goes too: each test draws its own.
    for (const char *table : {"coding_audit_lines", "coding_audit_items", "coding_audits"})
        m_db->value(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    m_manager = m_db->login(Role::Manager);
    m_coder = m_db->login(Role::Coder);
    m_biller = m_db->login(Role::Biller);
    const Session admin = m_db->login(Role::Admin);
    auto made = m_db->ws().auth().createUser(
            admin, {QStringLiteral("sortiz"), QStringLiteral("Sam Ortiz, CCS"), Role::Coder,
                    QStringLiteral("coder2-secret"), {}});
    QVERIFY2(made, made ? "" : qPrintable(made.error().userMessage));
    auto s = m_db->ws().auth().login(QStringLiteral("sortiz"), QStringLiteral("coder2-secret"));
    QVERIFY(s);
    m_coder2 = s.value();
    m_auditBase = m_db->value(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
}

void tst_CodingAuditService::cleanup()
{
    m_db.reset();
}

qint64 tst_CodingAuditService::coded(const Session &coder, const QDate &dos,
                                     const QStringList &dx,
                                     const QList<ServiceLineEntry> &services)
{
    const qint64 id = m_db->value(QStringLiteral("SELECT id FROM encounters WHERE state = 'new' "
                                                 "ORDER BY id LIMIT 1"))
                              .toLongLong();
    auto e = m_db->ws().encounters().open(coder, id);
    if (!e) {
        qWarning() << e.error().userMessage;
        return 0;
    }
    CodingDraft d;
    for (const QString &code : dx)
        d.diagnoses.append({int(d.diagnoses.size()) + 1, code});
    for (ServiceLineEntry l : services) {
        l.serviceDate = e->summary.dateOfService;
        d.services.append(l);
    }
    auto checklist = m_db->ws().templates().checklist(e->providerSpecialty);
    if (checklist.ok() && checklist.value()) {
        for (const ChecklistItem &i : checklist.value()->items)
            d.checkedItems.append(i.key);
    }
    auto done = m_db->ws().coding().markCoded(coder, id, e->version, d);
    if (!done) {
        qWarning() << done.error().userMessage;
        return 0;
    }
    m_db->value(QStringLiteral("UPDATE encounters SET date_of_service = '%1' WHERE id = %2")
                        .arg(dos.toString(Qt::ISODate))
                        .arg(id));
    return id;
}

QList<qint64> tst_CodingAuditService::drawnEncounters(qint64 auditId)
{
    auto items = audits().items(m_manager, auditId);
    if (!items)
        return {};
    QList<qint64> out;
    for (const CodingAuditItemRecord &i : items.value())
        out.append(i.encounterId);
    std::sort(out.begin(), out.end());
    return out;
}

void tst_CodingAuditService::rolesAreChecked()
{
    QVERIFY(standard(m_coder, QDate(2026, 11, 5)) > 0);
    auto biller = audits().drawSample(m_biller, kFrom, kTo, 1, 1);
    QVERIFY(!biller);
    QCOMPARE(biller.error().kind, Error::Kind::Forbidden);
    auto coder = audits().drawSample(m_coder2, kFrom, kTo, 1, 1);
    QVERIFY(!coder);
    QCOMPARE(coder.error().kind, Error::Kind::Forbidden);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM coding_audits")).toInt(), 0);
    QCOMPARE(audits().audits(m_coder2).error().kind, Error::Kind::Forbidden);
    QCOMPARE(audits().pendingFor(m_biller).error().kind, Error::Kind::Forbidden);
    QCOMPARE(audits().accuracy(m_coder2, kFrom, kTo).error().kind, Error::Kind::Forbidden);

    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 1);
    QVERIFY2(drawn, drawn ? "" : qPrintable(drawn.error().userMessage));
    const qint64 item
            = m_db->value(QStringLiteral("SELECT id FROM coding_audit_items")).toLongLong();
    QCOMPARE(audits().blindCase(m_biller, item).error().kind, Error::Kind::Forbidden);
    auto recoded = audits().submitRecode(m_biller, item, version(item), {QStringLiteral("E119")},
                                         {recode(QStringLiteral("99214"))});
    QCOMPARE(recoded.error().kind, Error::Kind::Forbidden);
    QVERIFY(audits().pendingFor(m_coder2).ok());
    QVERIFY(audits().blindCase(m_coder2, item).ok());
}

void tst_CodingAuditService::drawRefusesBadInput()
{
    QVERIFY(standard(m_coder, QDate(2026, 11, 5)) > 0);
    auto zero = audits().drawSample(m_manager, kFrom, kTo, 0, 1);
    QVERIFY(!zero);
    QCOMPARE(zero.error().kind, Error::Kind::Invalid);
    QVERIFY(!audits().drawSample(m_manager, kFrom, kTo, -3, 1));
    auto backwards = audits().drawSample(m_manager, kTo, kFrom, 1, 1);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, Error::Kind::Invalid);
    QVERIFY(backwards.error().userMessage.contains(QStringLiteral("not after")));
    auto empty = audits().drawSample(m_manager, QDate(2025, 1, 1), QDate(2025, 1, 31), 1, 1);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
    QVERIFY2(empty.error().userMessage.contains(QStringLiteral("no coded encounters")),
             qPrintable(empty.error().userMessage));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM coding_audits")).toInt(), 0);
}

void tst_CodingAuditService::drawTakesNPerCoderWithinThePeriod()
{
    // Coder 1: three in the period (on both edges) and one the day before; coder 2: one in the
    // period and one the day after.
    const qint64 a1 = standard(m_coder, kFrom);
    const qint64 a2 = standard(m_coder, QDate(2026, 11, 15));
    const qint64 a3 = standard(m_coder, kTo);
    const qint64 before = standard(m_coder, kFrom.addDays(-1));
    const qint64 b1 = standard(m_coder2, QDate(2026, 11, 10));
    const qint64 after = standard(m_coder2, kTo.addDays(1));
    QVERIFY(a1 && a2 && a3 && before && b1 && after);

    QSignalSpy changed(&audits(), &CodingAuditService::codingAuditsChanged);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 2, 42, QStringLiteral("Q4 review"));
    QVERIFY2(drawn, drawn ? "" : qPrintable(drawn.error().userMessage));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(drawn->itemCount, 3);
    QCOMPARE(drawn->perCoder, 2);
    QCOMPARE(drawn->seed, 42u);
    QCOMPARE(drawn->periodFrom, kFrom);
    const QList<qint64> got = drawnEncounters(drawn->id);
    QCOMPARE(got.size(), 3);
    QVERIFY(got.contains(b1));
    QVERIFY(!got.contains(before));
    QVERIFY(!got.contains(after));
    int fromCoder1 = 0;
    for (qint64 id : got)
        fromCoder1 += (id == a1 || id == a2 || id == a3) ? 1 : 0;
    QCOMPARE(fromCoder1, 2);
    // Each item names who coded it.
    QCOMPARE(m_db->value(QStringLiteral("SELECT coder_id FROM coding_audit_items WHERE "
                                        "encounter_id = %1")
                                 .arg(b1))
                     .toLongLong(),
             m_coder2.userId);
    // With N larger than anyone's work, all of it.
    clearAudits();
    auto all = audits().drawSample(m_manager, kFrom, kTo, 10, 42);
    QVERIFY(all);
    QCOMPARE(drawnEncounters(all->id), (QList<qint64>{a1, a2, a3, b1}));
    QCOMPARE(auditRows("coding_audit.draw"), 2);
}

void tst_CodingAuditService::drawSnapshotsTheCodersLines()
{
    const qint64 e = coded(m_coder, QDate(2026, 11, 3), {QStringLiteral("E119")},
                           {line(QStringLiteral("99214"), {QStringLiteral("59"),
                                                           QStringLiteral("25")}),
                            line(QStringLiteral("96372"), {}, 2)});
    QVERIFY(e);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 7);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, e);
    const QString sql = QStringLiteral(
            "SELECT group_concat(kind || ':' || position || ':' || code || ':' || modifiers || ':' "
            "|| units, ' ') FROM (SELECT * FROM coding_audit_lines WHERE item_id = %1 AND side = "
            "'coder' ORDER BY kind, position) AS t")
                                .arg(item);
    const QString expected = QStringLiteral("dx:1:E119::1 service:1:99214:25,59:1 "
                                            "service:2:96372::2");
    QCOMPARE(m_db->value(sql).toString(), expected);
    // Later edits of the encounter do not change what is audited.
    m_db->value(QStringLiteral("UPDATE service_lines SET code = '99215' WHERE encounter_id = %1")
                        .arg(e));
    m_db->value(QStringLiteral("UPDATE encounter_diagnoses SET code = 'I10' WHERE encounter_id = "
                               "%1")
                        .arg(e));
    QCOMPARE(m_db->value(sql).toString(), expected);
}

void tst_CodingAuditService::drawIsReproducibleFromItsSeed()
{
    for (int day = 1; day <= 8; ++day)
        QVERIFY(standard(m_coder, QDate(2026, 11, day)));
    for (int day = 1; day <= 5; ++day)
        QVERIFY(standard(m_coder2, QDate(2026, 11, 10 + day)));
    auto first = audits().drawSample(m_manager, kFrom, kTo, 2, 1234);
    QVERIFY(first);
    const QList<qint64> sample = drawnEncounters(first->id);
    QCOMPARE(sample.size(), 4);
    clearAudits();
    auto again = audits().drawSample(m_manager, kFrom, kTo, 2, 1234);
    QVERIFY(again);
    QCOMPARE(drawnEncounters(again->id), sample);
    // Another seed draws another sample (for some of these seeds at least).
    bool differs = false;
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u}) {
        clearAudits();
        auto other = audits().drawSample(m_manager, kFrom, kTo, 2, seed);
        QVERIFY(other);
        QCOMPARE(other->itemCount, 4);
        differs = differs || drawnEncounters(other->id) != sample;
    }
    QVERIFY(differs);
}

void tst_CodingAuditService::auditedEncountersAreNotDrawnAgain()
{
    const qint64 a = standard(m_coder, QDate(2026, 11, 2));
    const qint64 b = standard(m_coder, QDate(2026, 11, 3));
    QVERIFY(a && b);
    auto first = audits().drawSample(m_manager, kFrom, kTo, 1, 9);
    QVERIFY(first);
    const qint64 firstEncounter = drawnEncounters(first->id).value(0);
    const qint64 other = firstEncounter == a ? b : a;
    auto second = audits().drawSample(m_manager, kFrom, kTo, 5, 9);
    QVERIFY(second);
    QCOMPARE(drawnEncounters(second->id), QList<qint64>{other});
    auto third = audits().drawSample(m_manager, kFrom, kTo, 5, 9);
    QVERIFY(!third);
    QVERIFY(third.error().userMessage.contains(QStringLiteral("no coded encounters")));
    // Nor once recoded: whoever recoded it, or read its comparison, has seen the coder's codes,
    // so a second recode of it could not be blind.
    const qint64 item = itemOf(first->id, firstEncounter);
    QVERIFY(audits().submitRecode(m_coder2, item, version(item), {QStringLiteral("E119")},
                                  {recode(QStringLiteral("99214"))}));
    auto fourth = audits().drawSample(m_manager, kFrom, kTo, 5, 9);
    QVERIFY(!fourth);
    QVERIFY(fourth.error().userMessage.contains(QStringLiteral("no coded encounters")));
    // A newly coded encounter is drawn, and only it.
    const qint64 c = standard(m_coder, QDate(2026, 11, 4));
    QVERIFY(c);
    auto fifth = audits().drawSample(m_manager, kFrom, kTo, 5, 9);
    QVERIFY(fifth);
    QCOMPARE(drawnEncounters(fifth->id), QList<qint64>{c});
}

void tst_CodingAuditService::demoWorkIsDrawnByItsLoggedCoder()
{
    // Work recorded without encounters.coder_id (older demo data): its coder is whoever last
    // moved it into coded in the handoff log.
    test::TestDatabase db;
    QVERIFY(db.makeDemo(160, 5));
    db.value(QStringLiteral("UPDATE encounters SET coder_id = NULL"));
    const Session manager = db.login(Role::Manager);
    const Session coder = db.login(Role::Coder);
    auto drawn = db.ws().codingAudits().drawSample(manager, QDate(2026, 10, 1),
                                                   QDate(2026, 11, 30), 3, 5);
    QVERIFY2(drawn, drawn ? "" : qPrintable(drawn.error().userMessage));
    QVERIFY(drawn->itemCount > 0);
    const QString ofThisDraw = QStringLiteral(" AND audit_id = %1").arg(drawn->id);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM coding_audit_items WHERE coder_id IS "
                                     "NULL")
                      + ofThisDraw)
                     .toInt(),
             0);
    // Each item's coder is the encounter's logged coder; at most 3 per coder.
    QCOMPARE(db.value(QStringLiteral(
                              "SELECT count(*) FROM coding_audit_items i WHERE i.coder_id <> "
                              "(SELECT h.user_id FROM handoff_log h WHERE h.encounter_id = "
                              "i.encounter_id AND h.to_state = 'coded' ORDER BY h.at DESC, h.id "
                              "DESC LIMIT 1)")
                      + ofThisDraw)
                     .toInt(),
             0);
    QCOMPARE(db.value(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM "
                                     "coding_audit_items WHERE audit_id = %1 GROUP BY coder_id) AS t")
                              .arg(drawn->id))
                     .toInt(),
             3);
    // The demo coder never gets their own work to recode.
    auto pending = db.ws().codingAudits().pendingFor(coder);
    QVERIFY(pending);
    for (const CodingAuditItemRecord &i : pending.value())
        QVERIFY(i.coderId != coder.userId);
    QVERIFY(db.value(QStringLiteral("SELECT count(*) FROM coding_audit_items WHERE coder_id = %1")
                             .arg(coder.userId)
                     + ofThisDraw)
                    .toInt()
            > 0);
}

void tst_CodingAuditService::blindCaseHasNoCodes()
{
    const qint64 e = standard(m_coder, QDate(2026, 11, 12));
    QVERIFY(e);
    m_db->value(QStringLiteral("UPDATE encounters SET addendum = 'Provider adds: A1c 8.1 today.' "
                               "WHERE id = %1")
                        .arg(e));
    const qint64 provider
            = m_db->value(QStringLiteral("SELECT provider_id FROM encounters WHERE id = %1").arg(e))
                      .toLongLong();
    m_db->value(QStringLiteral(
                        "INSERT INTO documentation_queries (encounter_id, coder_id, provider_id, "
                        "template, form, question, sent_at, answered_at, answer) VALUES (%1, %2, "
                        "%3, 'open', 'open', 'Is the diabetes controlled?', "
                        "'2026-11-12T10:00:00.000Z', '2026-11-12T12:00:00.000Z', 'Uncontrolled, "
                        "with hyperglycemia.')")
                        .arg(e)
                        .arg(m_coder.userId)
                        .arg(provider));
    m_db->value(QStringLiteral(
                        "INSERT INTO documentation_queries (encounter_id, coder_id, provider_id, "
                        "template, form, question, sent_at) VALUES (%1, %2, %3, 'open', 'open', "
                        "'Still waiting?', '2026-11-12T10:00:00.000Z')")
                        .arg(e)
                        .arg(m_coder.userId)
                        .arg(provider));
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 3);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, e);
    auto blind = audits().blindCase(m_coder2, item);
    QVERIFY2(blind, blind ? "" : qPrintable(blind.error().userMessage));
    const BlindCase &c = blind.value();
    QCOMPARE(c.itemId, item);
    QCOMPARE(c.version, version(item));
    QCOMPARE(c.dateOfService, QDate(2026, 11, 12));
    QCOMPARE(c.clinicalNote,
             m_db->value(QStringLiteral("SELECT clinical_note FROM encounters WHERE id = %1")
                                 .arg(e))
                     .toString());
    QVERIFY(!c.clinicalNote.isEmpty());
    QCOMPARE(c.addendum, QStringLiteral("Provider adds: A1c 8.1 today."));
    QVERIFY(!c.placeOfService.isEmpty());
    QVERIFY(!c.providerName.isEmpty());
    QVERIFY(c.patientAgeYears > 0);
    QVERIFY(QStringList({QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("U")})
                    .contains(c.patientSex));
    QCOMPARE(c.answeredQueries.size(), 1); // the unanswered one is not shown
    QCOMPARE(c.answeredQueries.at(0).answer, QStringLiteral("Uncontrolled, with hyperglycemia."));
    // Nothing the auditor reads carries the coder's codes.
    QStringList texts{c.placeOfService, c.providerName, c.providerSpecialty, c.clinicalNote,
                      c.addendum, c.answeredQueries.at(0).question};
    for (const QString &t : texts) {
        for (const char *code : {"E119", "E11.9", "I10", "99214", "36415"})
            QVERIFY2(!t.contains(QLatin1String(code)), code);
    }
    // Reading the case is audited, once per user and item.
    QVERIFY(audits().blindCase(m_coder2, item));
    QCOMPARE(auditRows("coding_audit.open"), 1);
}

void tst_CodingAuditService::agreementPerLine_data()
{
    QTest::addColumn<QStringList>("dx");
    QTest::addColumn<QList<RecodeServiceLine>>("services");
    QTest::addColumn<int>("agreed");
    QTest::addColumn<int>("audited");
    const QList<RecodeServiceLine> same{recode(QStringLiteral("99214"), {QStringLiteral("25")}),
                                        recode(QStringLiteral("36415"))};
    // The coder coded E11.9, I10; 99214-25 × 1, 36415 × 1.
    QTest::newRow("all agree (order, dots and case ignored)")
            << QStringList{QStringLiteral("i10"), QStringLiteral("E11.9")}
            << QList<RecodeServiceLine>{recode(QStringLiteral("36415")),
                                        recode(QStringLiteral("99214"), {QStringLiteral(" 25")})}
            << 4 << 4;
    QTest::newRow("auditor misses a diagnosis") << QStringList{QStringLiteral("E119")} << same
                                                << 3 << 4;
    QTest::newRow("auditor adds a diagnosis")
            << QStringList{QStringLiteral("E119"), QStringLiteral("I10"), QStringLiteral("E785")}
            << same << 4 << 5;
    QTest::newRow("modifier differs")
            << QStringList{QStringLiteral("E119"), QStringLiteral("I10")}
            << QList<RecodeServiceLine>{recode(QStringLiteral("99214")),
                                        recode(QStringLiteral("36415"))}
            << 3 << 5;
    QTest::newRow("units differ")
            << QStringList{QStringLiteral("E119"), QStringLiteral("I10")}
            << QList<RecodeServiceLine>{recode(QStringLiteral("99214"), {QStringLiteral("25")}),
                                        recode(QStringLiteral("36415"), {}, 2)}
            << 3 << 5;
    QTest::newRow("another E/M level, a diagnosis changed")
            << QStringList{QStringLiteral("E1165"), QStringLiteral("I10")}
            << QList<RecodeServiceLine>{recode(QStringLiteral("99213"), {QStringLiteral("25")}),
                                        recode(QStringLiteral("36415"))}
            << 2 << 6;
}

void tst_CodingAuditService::agreementPerLine()
{
    QFETCH(QStringList, dx);
    QFETCH(QList<RecodeServiceLine>, services);
    QFETCH(int, agreed);
    QFETCH(int, audited);
    const qint64 e = standard(m_coder, QDate(2026, 11, 20));
    QVERIFY(e);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 11);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, e);
    QSignalSpy changed(&audits(), &CodingAuditService::codingAuditsChanged);
    auto done = audits().submitRecode(m_manager, item, version(item), dx, services,
                                      QStringLiteral("checked against the note"));
    QVERIFY2(done, done ? "" : qPrintable(done.error().userMessage));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(done->agreedLines, agreed);
    QCOMPARE(done->auditedLines, audited);
    QVERIFY(done->isDone());
    QCOMPARE(done->auditorId, m_manager.userId);
    QCOMPARE(m_db->value(QStringLiteral("SELECT agreed_lines || '/' || audited_lines || ' ' || "
                                        "auditor_note FROM coding_audit_items WHERE id = %1")
                                 .arg(item))
                     .toString(),
             QStringLiteral("%1/%2 checked against the note").arg(agreed).arg(audited));
    // The flags per line say the same: agreed lines on each side, the rest not.
    for (const char *side : {"coder", "auditor"}) {
        QCOMPARE(m_db->value(QStringLiteral("SELECT sum(agreed) FROM coding_audit_lines WHERE "
                                            "item_id = %1 AND side = '%2'")
                                     .arg(item)
                                     .arg(QLatin1String(side)))
                         .toInt(),
                 agreed);
    }
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM coding_audit_lines WHERE item_id = "
                                        "%1 AND side = 'auditor'")
                                 .arg(item))
                     .toInt(),
             int(dx.size() + services.size()));
    QCOMPARE(auditRows("coding_audit.recode", item), 1);
}

void tst_CodingAuditService::agreementMatchesOneToOne()
{
    auto lineOf = [](const char *side, const char *kind, const char *code, int units) {
        CodingAuditLine l;
        l.side = QLatin1String(side);
        l.kind = QLatin1String(kind);
        l.code = QLatin1String(code);
        l.units = units;
        return l;
    };
    // The coder billed the draw twice; the auditor once: one line agrees, two are audited.
    const QList<CodingAuditLine> coder{lineOf("coder", "service", "36415", 1),
                                       lineOf("coder", "service", "36415", 1)};
    const QList<CodingAuditLine> auditor{lineOf("auditor", "service", "36415", 1)};
    const AuditAgreement a = CodingAuditService::agreement(coder, auditor);
    QCOMPARE(a.agreedLines, 1);
    QCOMPARE(a.auditedLines, 2);
    QCOMPARE(a.coderAgreed, (QList<bool>{true, false}));
    QCOMPARE(a.auditorAgreed, (QList<bool>{true}));
    // A diagnosis never matches a service of the same characters.
    const AuditAgreement b = CodingAuditService::agreement(
            {lineOf("coder", "dx", "A09", 1)}, {lineOf("auditor", "service", "A09", 1)});
    QCOMPARE(b.agreedLines, 0);
    QCOMPARE(b.auditedLines, 2);
    QVERIFY(!codingaudit::accuracy(0, 0));
    QCOMPARE(*codingaudit::accuracy(3, 4), 0.75);
}

void tst_CodingAuditService::secondRecodeRefused()
{
    const qint64 e = standard(m_coder, QDate(2026, 11, 8));
    const qint64 f = standard(m_coder, QDate(2026, 11, 9));
    QVERIFY(e && f);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 5, 2);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, e);
    const int v = version(item);
    QVERIFY(audits().submitRecode(m_coder2, item, v, {QStringLiteral("E119")},
                                  {recode(QStringLiteral("99214"))}));
    for (int tryVersion : {v, v + 1}) {
        auto again = audits().submitRecode(m_manager, item, tryVersion,
                                           {QStringLiteral("E119"), QStringLiteral("I10")},
                                           {recode(QStringLiteral("99214"))});
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Invalid);
        QVERIFY2(again.error().userMessage.contains(QStringLiteral("recoded already")),
                 qPrintable(again.error().userMessage));
    }
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM coding_audit_lines WHERE item_id = "
                                        "%1 AND side = 'auditor'")
                                 .arg(item))
                     .toInt(),
             2);
    QCOMPARE(m_db->value(QStringLiteral("SELECT auditor_id FROM coding_audit_items WHERE id = %1")
                                 .arg(item))
                     .toLongLong(),
             m_coder2.userId);
    // A stale version on a pending item is a conflict.
    const qint64 other = itemOf(drawn->id, f);
    auto stale = audits().submitRecode(m_coder2, other, version(other) - 1,
                                       {QStringLiteral("E119")}, {recode(QStringLiteral("99214"))});
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
}

void tst_CodingAuditService::auditorWhoOpenedTheEncounterIsNotBlind()
{
    const qint64 encounter = standard(m_coder, QDate(2026, 11, 4));
    QVERIFY(encounter);
    // Opened before the draw (handoff review, say): still blind to this audit.
    QVERIFY(m_db->ws().encounters().open(m_manager, encounter));
    QTest::qWait(3); // the trail's times are in milliseconds
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 8);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, encounter);
    QVERIFY(audits().blindCase(m_coder2, item));
    // The second coder looks the encounter up in the queue after the draw, and sees its codes.
    QTest::qWait(3);
    QVERIFY(m_db->ws().encounters().open(m_coder2, encounter));
    auto again = audits().blindCase(m_coder2, item);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Forbidden);
    auto peeked = audits().submitRecode(m_coder2, item, version(item), {QStringLiteral("E119")},
                                        {recode(QStringLiteral("99214"))});
    QVERIFY(!peeked);
    QCOMPARE(peeked.error().kind, Error::Kind::Forbidden);
    QVERIFY2(peeked.error().userMessage.contains(QStringLiteral("would not be blind")),
             qPrintable(peeked.error().userMessage));
    QVERIFY(m_db->value(QStringLiteral("SELECT completed_at FROM coding_audit_items WHERE id = %1")
                                .arg(item))
                    .isNull());
    // The manager, who opened it only before the draw, recodes it.
    QVERIFY(audits().submitRecode(m_manager, item, version(item), {QStringLiteral("E119")},
                                  {recode(QStringLiteral("99214"))}));
}

void tst_CodingAuditService::coderNeverRecodesOwnWork()
{
    const qint64 mine = standard(m_coder, QDate(2026, 11, 4));
    const qint64 theirs = standard(m_coder2, QDate(2026, 11, 4));
    QVERIFY(mine && theirs);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 8);
    QVERIFY(drawn);
    const qint64 myItem = itemOf(drawn->id, mine);
    const qint64 theirItem = itemOf(drawn->id, theirs);
    auto pending = audits().pendingFor(m_coder);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).id, theirItem);
    QCOMPARE(audits().pendingFor(m_coder2)->at(0).id, myItem);
    QCOMPARE(audits().pendingFor(m_manager)->size(), 2);
    auto blind = audits().blindCase(m_coder, myItem);
    QVERIFY(!blind);
    QCOMPARE(blind.error().kind, Error::Kind::Forbidden);
    auto own = audits().submitRecode(m_coder, myItem, version(myItem), {QStringLiteral("E119")},
                                     {recode(QStringLiteral("99214"))});
    QVERIFY(!own);
    QCOMPARE(own.error().kind, Error::Kind::Forbidden);
    QVERIFY(m_db->value(QStringLiteral("SELECT completed_at FROM coding_audit_items WHERE id = %1")
                                .arg(myItem))
                    .isNull());
    QVERIFY(audits().submitRecode(m_coder, theirItem, version(theirItem),
                                  {QStringLiteral("E119")}, {recode(QStringLiteral("99214"))}));
}

void tst_CodingAuditService::invalidCodesRefusedAndNothingStored()
{
    const qint64 e = standard(m_coder, QDate(2026, 11, 6));
    QVERIFY(e);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 4);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, e);
    const int v = version(item);
    struct Case
    {
        const char *name;
        QStringList dx;
        QList<RecodeServiceLine> services;
    };
    const QList<Case> cases{
            {"unknown diagnosis", {QStringLiteral("E119"), QStringLiteral("Q999X")},
             {recode(QStringLiteral("99214"))}},
            {"header diagnosis", {QStringLiteral("E11")}, {recode(QStringLiteral("99214"))}},
            {"unknown service", {QStringLiteral("E119")}, {recode(QStringLiteral("00000"))}},
            {"diagnosis as a service", {QStringLiteral("E119")}, {recode(QStringLiteral("I10"))}},
            {"no units", {QStringLiteral("E119")}, {recode(QStringLiteral("99214"), {}, 0)}},
            {"bad modifier", {QStringLiteral("E119")},
             {recode(QStringLiteral("99214"), {QStringLiteral("2X5")})}},
            {"no diagnosis", {}, {recode(QStringLiteral("99214"))}},
            {"no service", {QStringLiteral("E119")}, {}},
            {"diagnosis twice", {QStringLiteral("E119"), QStringLiteral("e11.9")},
             {recode(QStringLiteral("99214"))}},
    };
    for (const Case &c : cases) {
        auto r = audits().submitRecode(m_coder2, item, v, c.dx, c.services);
        QVERIFY2(!r, c.name);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
    }
    auto unknown = audits().submitRecode(m_coder2, item, v, {QStringLiteral("Q999X")},
                                         {recode(QStringLiteral("99214"))});
    QVERIFY(unknown.error().userMessage.contains(QStringLiteral("Q999X")));
    QVERIFY(m_db->value(QStringLiteral("SELECT completed_at FROM coding_audit_items WHERE id = %1")
                                .arg(item))
                    .isNull());
    QCOMPARE(version(item), v);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM coding_audit_lines WHERE side = "
                                        "'auditor'"))
                     .toInt(),
             0);
    QCOMPARE(auditRows("coding_audit.recode"), 0);
}

void tst_CodingAuditService::comparisonSideBySide()
{
    const qint64 e = standard(m_coder, QDate(2026, 11, 18));
    QVERIFY(e);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 1, 6);
    QVERIFY(drawn);
    const qint64 item = itemOf(drawn->id, e);
    QCOMPARE(audits().comparison(m_manager, item).error().kind, Error::Kind::Invalid); // pending
    // Auditor: E11.9 and E78.5 (no I10); 99214 without 25; 36415; 93000 added.
    QVERIFY(audits().submitRecode(m_coder2, item, version(item),
                                  {QStringLiteral("E119"), QStringLiteral("E785")},
                                  {recode(QStringLiteral("99214")),
                                   recode(QStringLiteral("36415")),
                                   recode(QStringLiteral("93000"))}));
    auto c = audits().comparison(m_manager, item);
    QVERIFY2(c, c ? "" : qPrintable(c.error().userMessage));
    QCOMPARE(c->item.agreedLines, 2);
    QCOMPARE(c->item.auditedLines, 7);
    using O = AuditComparisonRow::Outcome;
    struct Expected
    {
        QString coder;
        QString auditor;
        O outcome;
    };
    const QList<Expected> expected{
            {QStringLiteral("E11.9"), QStringLiteral("E11.9"), O::Agreed},
            {QStringLiteral("I10"), QString(), O::CoderOnly},
            {QString(), QStringLiteral("E78.5"), O::AuditorOnly},
            {QStringLiteral("36415"), QStringLiteral("36415"), O::Agreed},
            {QStringLiteral("99214-25"), QStringLiteral("99214"), O::ModifiersDiffer},
            {QString(), QStringLiteral("93000"), O::AuditorOnly},
    };
    QCOMPARE(c->rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const AuditComparisonRow &r = c->rows.at(i);
        QCOMPARE(r.coder ? codingaudit::lineText(*r.coder) : QString(), expected.at(i).coder);
        QCOMPARE(r.auditor ? codingaudit::lineText(*r.auditor) : QString(),
                 expected.at(i).auditor);
        QCOMPARE(r.outcome, expected.at(i).outcome);
        QVERIFY(!r.outcomeText().isEmpty());
    }
    QCOMPARE(c->rows.at(0).coderDescription,
             QStringLiteral("Type 2 diabetes mellitus without complications"));
    QCOMPARE(c->rows.at(0).auditorDescription, c->rows.at(0).coderDescription);
    QVERIFY(c->rows.at(1).auditorDescription.isEmpty());
    // The auditor may read their comparison; another coder may not.
    QVERIFY(audits().comparison(m_coder2, item));
    QCOMPARE(audits().comparison(m_coder, item).error().kind, Error::Kind::Forbidden);
}

void tst_CodingAuditService::accuracyPerCoderPerMonth()
{
    QList<qint64> mine;
    for (int day = 1; day <= 3; ++day)
        mine.append(standard(m_coder, QDate(2026, 11, day)));
    const qint64 theirs = standard(m_coder2, QDate(2026, 11, 4));
    QVERIFY(!mine.contains(0) && theirs);
    auto drawn = audits().drawSample(m_manager, kFrom, kTo, 5, 1);
    QVERIFY(drawn);
    const QList<RecodeServiceLine> same{recode(QStringLiteral("99214"), {QStringLiteral("25")}),
                                        recode(QStringLiteral("36415"))};
    const QStringList bothDx{QStringLiteral("E119"), QStringLiteral("I10")};
    auto submit = [&](qint64 encounter, const Session &who, const QStringList &dx,
                      const char *completedAt) {
        const qint64 item = itemOf(drawn->id, encounter);
        if (!audits().submitRecode(who, item, version(item), dx, same))
            return false;
        m_db->value(QStringLiteral("UPDATE coding_audit_items SET completed_at = '%1' WHERE id = "
                                   "%2")
                            .arg(QLatin1String(completedAt))
                            .arg(item));
        return true;
    };
    QVERIFY(submit(mine[0], m_coder2, bothDx, "2026-10-05T15:00:00.000Z"));           // 4/4
    QVERIFY(submit(mine[1], m_coder2, {QStringLiteral("E119")},
                   "2026-10-31T23:59:00.000Z")); // 3/4
    QVERIFY(submit(mine[2], m_manager, {QStringLiteral("E119"), QStringLiteral("I10"),
                                        QStringLiteral("E785")},
                   "2026-11-02T09:00:00.000Z")); // 4/5
    QVERIFY(submit(theirs, m_coder, bothDx, "2026-11-30T10:00:00.000Z")); // 4/4

    auto rows = audits().accuracy(m_manager, QDate(2026, 10, 1), QDate(2026, 11, 30));
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().userMessage));
    QCOMPARE(rows->size(), 3);
    // By coder name: "Dana Whitfield, CPC" before "Sam Ortiz, CCS"; then by month.
    const CodingAccuracyRecord &oct = rows->at(0);
    QCOMPARE(oct.coderId, m_coder.userId);
    QCOMPARE(oct.month, QDate(2026, 10, 1));
    QCOMPARE(oct.items, 2);
    QCOMPARE(oct.agreedLines, 7);
    QCOMPARE(oct.auditedLines, 8);
    QCOMPARE(*codingaudit::accuracy(oct.agreedLines, oct.auditedLines), 7.0 / 8.0);
    QCOMPARE(rows->at(1).coderId, m_coder.userId);
    QCOMPARE(rows->at(1).month, QDate(2026, 11, 1));
    QCOMPARE(rows->at(1).agreedLines, 4);
    QCOMPARE(rows->at(1).auditedLines, 5);
    QCOMPARE(rows->at(2).coderId, m_coder2.userId);
    QCOMPARE(rows->at(2).coderName, QStringLiteral("Sam Ortiz, CCS"));
    QCOMPARE(rows->at(2).agreedLines, 4);
    QCOMPARE(rows->at(2).auditedLines, 4);
    // The period is of completion dates, edges included.
    auto november = audits().accuracy(m_manager, QDate(2026, 11, 2), QDate(2026, 11, 30));
    QVERIFY(november);
    QCOMPARE(november->size(), 2);
    auto none = audits().accuracy(m_manager, QDate(2026, 12, 1), QDate(2026, 12, 31));
    QVERIFY(none && none->isEmpty());
    QVERIFY(!audits().accuracy(m_manager, kTo, kFrom));
}

QTEST_GUILESS_MAIN(tst_CodingAuditService)
#include "tst_codingauditservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/practiceservice.h"
#include "services/templateservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class tst_CodingService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void draftMovesNewToCoding();
    void staleVersionIsAConflict();
    void markCodedNamesEveryProblem();
    void markCodedSucceeds();
    void headerCodeOffersChildren();
    void unspecifiedCodeWithDetailedNote();
    void feeScheduleDefaultsAndPayerOverride();
    void negativeChargeRefused();
    void copyFromLastVisit();
    void billerMayNotCode();

private:
    /// A new primary-care encounter of today and its detail.
    EncounterDetail newEncounter(const QString &specialty = QStringLiteral("primary_care"));
    CodingDraft validDraft(const EncounterDetail &e, bool tickAll);
    QVariant scalar(const QString &sql)
    {
        return m_db->value(sql);
    }
    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
};

void tst_CodingService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(200, 21), qPrintable(m_db->errorText()));
    m_coder = m_db->login(Role::Coder);
}

void tst_CodingService::cleanup()
{
    m_db.reset();
}

EncounterDetail tst_CodingService::newEncounter(const QString &specialty)
{
    const qint64 id = scalar(QStringLiteral("SELECT e.id FROM encounters e JOIN providers p ON "
                                            "p.id = e.provider_id WHERE e.state = 'new' AND "
                                            "p.specialty = '%1' ORDER BY e.id LIMIT 1")
                                     .arg(specialty))
                              .toLongLong();
    auto d = m_db->ws().coding().open(m_coder, id);
    return d ? d.value() : EncounterDetail{};
}

CodingDraft tst_CodingService::validDraft(const EncounterDetail &e, bool tickAll)
{
    CodingDraft d;
    d.diagnoses = {{1, QStringLiteral("I10")}};
    ServiceLineEntry l;
    l.code = QStringLiteral("99213");
    l.units = 1;
    l.pointers = {1};
    l.chargeCents = 13000;
    l.serviceDate = e.summary.dateOfService;
    d.services = {l};
    if (tickAll) {
        auto c = m_db->ws().templates().checklist(e.providerSpecialty);
        if (c.ok() && c.value()) {
            for (const ChecklistItem &i : c.value()->items)
                d.checkedItems.append(i.key);
        }
    }
    return d;
}

void tst_CodingService::draftMovesNewToCoding()
{
    const EncounterDetail e = newEncounter();
    QVERIFY(e.summary.id > 0);
    auto v = m_db->ws().coding().saveDraft(m_coder, e.summary.id, e.version, validDraft(e, false));
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().userMessage));
    QCOMPARE(v.value(), e.version + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(e.summary.id))
                     .toString(),
             QStringLiteral("coding"));
    QCOMPARE(scalar(QStringLiteral("SELECT from_state || '>' || to_state FROM handoff_log WHERE "
                                   "encounter_id = %1")
                            .arg(e.summary.id))
                     .toString(),
             QStringLiteral("new>coding"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'encounter.save' AND entity_id = %1")
                            .arg(e.summary.id))
                     .toInt(),
             1);
    auto reread = m_db->ws().coding().open(m_coder, e.summary.id);
    QCOMPARE(reread->diagnoses.size(), 1);
    QCOMPARE(reread->diagnoses.first().code, QStringLiteral("I10"));
    QCOMPARE(reread->services.size(), 1);
}

void tst_CodingService::staleVersionIsAConflict()
{
    const EncounterDetail e = newEncounter();
    QVERIFY(m_db->ws().coding().saveDraft(m_coder, e.summary.id, e.version, validDraft(e, false)).ok());
    CodingDraft other = validDraft(e, false);
    other.diagnoses = {{1, QStringLiteral("E119")}};
    auto stale = m_db->ws().coding().saveDraft(m_coder, e.summary.id, e.version, other);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(scalar(QStringLiteral("SELECT code FROM encounter_diagnoses WHERE encounter_id = %1")
                            .arg(e.summary.id))
                     .toString(),
             QStringLiteral("I10"));
}

void tst_CodingService::markCodedNamesEveryProblem()
{
    const EncounterDetail e = newEncounter();
    CodingDraft d = validDraft(e, false);
    d.diagnoses.append({2, QStringLiteral("E11")});   // a category
    d.diagnoses.append({3, QStringLiteral("Q99ZZZ")}); // no such code
    ServiceLineEntry l = d.services.first();
    l.code = QStringLiteral("82947");
    l.pointers.clear();
    d.services.append(l);
    auto r = m_db->ws().coding().markCoded(m_coder, e.summary.id, e.version, d);
    QVERIFY(!r.ok());
    const QString m = r.error().userMessage;
    QVERIFY2(m.contains(QStringLiteral("E11")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("Q99ZZZ")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("points to no diagnosis")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("checklist")), qPrintable(m));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(e.summary.id))
                     .toString(),
             QStringLiteral("new"));
}

void tst_CodingService::markCodedSucceeds()
{
    const EncounterDetail e = newEncounter();
    CodingDraft d = validDraft(e, true);
    d.coderNote = QStringLiteral("Straightforward follow-up.");
    auto r = m_db->ws().coding().markCoded(m_coder, e.summary.id, e.version, d);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage));
    QCOMPARE(scalar(QStringLiteral("SELECT state || '|' || coder_note FROM encounters WHERE id = %1")
                            .arg(e.summary.id))
                     .toString(),
             QStringLiteral("coded|Straightforward follow-up."));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM encounter_checklist WHERE encounter_id = %1")
                           .arg(e.summary.id))
                    .toInt()
            > 0);
}

void tst_CodingService::headerCodeOffersChildren()
{
    auto check = m_db->ws().coding().checkDiagnosis(QStringLiteral("E11"), QDate(2026, 11, 27),
                                                    QString());
    QVERIFY(check.ok());
    QCOMPARE(check->severity, CodeCheck::Severity::Error);
    QVERIFY(!check->suggestions.isEmpty());
    QVERIFY(std::any_of(check->suggestions.cbegin(), check->suggestions.cend(),
                        [](const CodeEntry &c) { return c.code == QLatin1String("E119"); }));
    auto unknown = m_db->ws().coding().checkService(QStringLiteral("ZZZZZ"), QDate(2026, 11, 27));
    QVERIFY(unknown.ok());
    QCOMPARE(unknown->severity, CodeCheck::Severity::Error);
}

void tst_CodingService::unspecifiedCodeWithDetailedNote()
{
    const QString note = QStringLiteral("Chronic systolic heart failure, stable on therapy.");
    auto check = m_db->ws().coding().checkDiagnosis(QStringLiteral("I50.9"), QDate(2026, 11, 27),
                                                    note);
    QVERIFY(check.ok());
    QCOMPARE(check->severity, CodeCheck::Severity::Warning);
    QVERIFY(check->message.contains(QStringLiteral("systolic")));
    auto specific = m_db->ws().coding().checkDiagnosis(QStringLiteral("I50.22"),
                                                       QDate(2026, 11, 27), note);
    QVERIFY(specific.ok());
    QCOMPARE(specific->severity, CodeCheck::Severity::Ok);
}

void tst_CodingService::feeScheduleDefaultsAndPayerOverride()
{
    const QDate dos(2026, 11, 27);
    auto base = m_db->ws().coding().chargeFor(QStringLiteral("99213"), 1, dos);
    QVERIFY(base.ok());
    QCOMPARE(base.value(), qint64(13000));
    const Session manager = m_db->login(Role::Manager);
    QVERIFY(m_db->ws().practice().setFee(manager, 1, QStringLiteral("99213"), 9500,
                                         QDate(2026, 1, 1))
                    .ok());
    QCOMPARE(m_db->ws().coding().chargeFor(QStringLiteral("99213"), 1, dos).value(), qint64(9500));
    QCOMPARE(m_db->ws().coding().chargeFor(QStringLiteral("99213"), 2, dos).value(), qint64(13000));
    // Before the override's date the default applies.
    QCOMPARE(m_db->ws().coding().chargeFor(QStringLiteral("99213"), 1, QDate(2025, 12, 31)).value(),
             qint64(13000));
    auto refused = m_db->ws().practice().setFee(manager, 1, QStringLiteral("99213"), -1,
                                                QDate(2026, 1, 1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    auto byCoder = m_db->ws().practice().setFee(m_coder, 1, QStringLiteral("99213"), 1,
                                                QDate(2026, 1, 1));
    QCOMPARE(byCoder.error().kind, Error::Kind::Forbidden);
}

void tst_CodingService::negativeChargeRefused()
{
    const EncounterDetail e = newEncounter();
    CodingDraft d = validDraft(e, false);
    d.services[0].chargeCents = -500;
    auto r = m_db->ws().coding().saveDraft(m_coder, e.summary.id, e.version, d);
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains(QStringLiteral("negative")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM encounter_diagnoses WHERE encounter_id = %1")
                            .arg(e.summary.id))
                     .toInt(),
             0);
}

void tst_CodingService::copyFromLastVisit()
{
    // A patient with a coded visit and a later new one.
    const QVariant pair = scalar(QStringLiteral(
            "SELECT n.id FROM encounters n JOIN encounters c ON c.patient_id = n.patient_id AND "
            "c.state IN ('coded', 'handed_off', 'accepted', 'billed') AND c.date_of_service <= "
            "n.date_of_service AND c.id <> n.id "
            "WHERE n.state = 'new' LIMIT 1"));
    if (!pair.isValid())
        QSKIP("the demo made no patient with a coded and a new visit");
    auto copied = m_db->ws().coding().copyFromLastVisit(m_coder, pair.toLongLong());
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().userMessage));
    QVERIFY(!copied->diagnoses.isEmpty());
    QVERIFY(!copied->services.isEmpty());
    const QDate dos = QDate::fromString(
            scalar(QStringLiteral("SELECT date_of_service FROM encounters WHERE id = %1")
                           .arg(pair.toLongLong()))
                    .toString(),
            Qt::ISODate);
    for (const ServiceLineEntry &l : copied->services)
        QCOMPARE(l.serviceDate, dos);
    // A patient's first visit has nothing to copy.
    const qint64 first = scalar(QStringLiteral(
            "SELECT e.id FROM encounters e WHERE NOT EXISTS (SELECT 1 FROM encounters c WHERE "
            "c.patient_id = e.patient_id AND c.id <> e.id) LIMIT 1")).toLongLong();
    if (first) {
        auto none = m_db->ws().coding().copyFromLastVisit(m_coder, first);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    }
}

void tst_CodingService::billerMayNotCode()
{
    const EncounterDetail e = newEncounter();
    auto r = m_db->ws().coding().saveDraft(m_db->login(Role::Biller), e.summary.id, e.version,
                                           validDraft(e, false));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
}

QTEST_GUILESS_MAIN(tst_CodingService)
#include "tst_codingservice.moc"

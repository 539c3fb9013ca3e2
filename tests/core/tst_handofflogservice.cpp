// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/handofflogservice.h"
#include "services/auditservice.h"
#include "storage/database.h"
#include "storage/encounterrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {
Finding finding(const QString &rule, Finding::Severity severity, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.message = message;
    f.fix = QStringLiteral("Fix it.");
    f.source = QStringLiteral("Test pack v1");
    return f;
}

QString at(int month, int day, int hour, int minute = 0)
{
    // Midday UTC stays on the same calendar day in every time zone from UTC-11 to UTC+11.
    return QStringLiteral("2026-%1-%2T%3:%4:00.000Z")
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

/// The records of an RFC 4180 text (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}
} // namespace

/**
 * The scenario, November 2026 (coder A is the demo coder, coder B a second one, the biller
 * the demo biller):
 *   E1 coded (A, 2 Nov 12:00) → handed off (A) → returned 3 Nov [ncci-ptp, mue-units]
 *      → coded (A) → handed off (A, 4 Nov) → accepted 5 Nov 12:00: 72 hours
 *   E2 coded (B) → handed off (B, 6 Nov) → returned 7 Nov [ncci-ptp twice, dx-not-supporting]
 *   E3 coded (A, 8 Nov 12:00) → handed off (A) → accepted 9 Nov 12:00: 24 hours
 *   E4 coded (B, 10 Nov 12:00) → handed off (B) → accepted 10 Nov 14:00: 2 hours
 *   E5 returned 12 Nov [auth-missing] with no coded step: encounters.coder_id is B
 *   E6 a query (A, 11 Nov) and a return on 15 Oct, before the range, of unknown coder
 */
class tst_HandoffLogService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void entriesCarryTheirContext();
    void filters_data();
    void filters();
    void ruleFilterReadsSpacedJson();
    void wrongFiltersAreRefused();
    void returnsPerCoder();
    void rulesBehindReturns();
    void medianOddAndEven();
    void summaryForOneUser();
    void summaryAttributesToEncounterCoder();
    void describeDuration_data();
    void describeDuration();
    void exportCsv();
    void exportToAnUnwritablePlace();
    void refusedForOtherRoles_data();
    void refusedForOtherRoles();

private:
    bool exec(const QString &sql)
    {
        QSqlQuery q(m->db->ws().database().connection());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        return ok;
    }
    qint64 log(qint64 encounter, qint64 user, EncounterState from, EncounterState to,
        const QString &when, const QString &note = {}, const QString &reason = {},
        const QList<Finding> &found = {})
    {
        EncounterRepository repo(m->db->ws().database());
        auto r = repo.logTransition(
            encounter, user, from, to, note, reason, QString::fromUtf8(findings::toJson(found)));
        if (!r) {
            qWarning("%s", qPrintable(r.error().detail));
            return 0;
        }
        const qint64 id
            = m->db->value(QStringLiteral("SELECT max(id) FROM handoff_log")).toLongLong();
        exec(QStringLiteral("UPDATE handoff_log SET at = '%1' WHERE id = %2").arg(when).arg(id));
        return id;
    }
    HandoffLogFilter november() const
    {
        HandoffLogFilter f;
        f.from = QDate(2026, 11, 1);
        f.to = QDate(2026, 11, 30);
        return f;
    }
    QList<HandoffLogEntry> entries(const HandoffLogFilter &f)
    {
        auto r = m->log->entries(m->manager, f);
        if (!r)
            qWarning("%s", qPrintable(r.error().userMessage + r.error().detail));
        return r ? r.value() : QList<HandoffLogEntry>();
    }
    HandoffSummary summary(const HandoffLogFilter &f)
    {
        auto r = m->log->summary(m->manager, f);
        if (!r)
            qWarning("%s", qPrintable(r.error().userMessage + r.error().detail));
        return r ? r.value() : HandoffSummary();
    }
    const HandoffSummary::CoderReturns *coder(const HandoffSummary &s, qint64 id)
    {
        for (const auto &c : s.byCoder) {
            if (c.coderId == id)
                return &c;
        }
        return nullptr;
    }

    /// Builds the scenario into a new practice.
    void build();

    /// One practice with the scenario.
    struct Fixture
    {
        std::unique_ptr<test::TestDatabase> db;
        std::unique_ptr<HandoffLogService> log;
        Session manager;
        qint64 coderA = 0;
        qint64 coderB = 0;
        qint64 biller = 0;
        QList<qint64> enc; ///< E1..E6 at 0..5
        qint64 formulaRow = 0;
    };
    std::unique_ptr<Fixture> m_shared; ///< read by the tests that change nothing
    std::unique_ptr<Fixture> m_own; ///< built afresh for each test that writes
    Fixture *m = nullptr;
};

void tst_HandoffLogService::build()
{
    m->db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m->db->makeDemo(20, 5), qPrintable(m->db->errorText()));
    m->log = std::make_unique<HandoffLogService>(m->db->ws().database(), m->db->ws().audit());
    m->manager = m->db->login(Role::Manager);
    QVERIFY(m->manager.userId > 0);
    m->coderA = m->db->login(Role::Coder).userId;
    m->biller = m->db->login(Role::Biller).userId;
    QVERIFY(exec(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, "
                                "created_at) VALUES ('zoe', 'Zoe Park', 'coder', 'x', "
                                "'2026-01-01T00:00:00.000Z')")));
    m->coderB
        = m->db->value(QStringLiteral("SELECT id FROM users WHERE username = 'zoe'")).toLongLong();
    QVERIFY(m->coderA > 0 && m->coderB > 0 && m->biller > 0);
    m->enc.clear();
    for (int i = 0; i < 6; ++i) {
        m->enc << m->db
                      ->value(QStringLiteral("SELECT id FROM encounters ORDER BY id LIMIT 1 "
                                             "OFFSET %1")
                                  .arg(i))
                      .toLongLong();
        QVERIFY(m->enc.last() > 0);
    }
    // The scenario alone: the demo's own handoff rows would blur the counts.
    QVERIFY(exec(QStringLiteral("DELETE FROM handoff_log")));
    QVERIFY(exec(QStringLiteral("UPDATE encounters SET coder_id = NULL")));
    QVERIFY(exec(QStringLiteral("UPDATE encounters SET coder_id = %1 WHERE id = %2")
                     .arg(m->coderB)
                     .arg(m->enc[4])));

    using S = EncounterState;
    using F = Finding::Severity;
    const qint64 a = m->coderA, b = m->coderB, bill = m->biller;

    // E1
    QVERIFY(log(m->enc[0], a, S::Coding, S::Coded, at(11, 2, 12)));
    QVERIFY(log(m->enc[0], a, S::Coded, S::HandedOff, at(11, 2, 13), QStringLiteral("Ready")));
    QVERIFY(log(m->enc[0], bill, S::HandedOff, S::Returned, at(11, 3, 12),
        QStringLiteral("Needs \"auth\", call payer\nthen resend"),
        QStringLiteral("missing-documentation"),
        {finding(
             QStringLiteral("ncci-ptp"), F::Error, QStringLiteral("93000 is bundled into 99213")),
            finding(QStringLiteral("mue-units"), F::Warning,
                QStringLiteral("Units exceed the MUE of 1"))}));
    QVERIFY(log(m->enc[0], a, S::Returned, S::Coded, at(11, 4, 12)));
    QVERIFY(log(m->enc[0], a, S::Coded, S::HandedOff, at(11, 4, 12, 30)));
    QVERIFY(log(m->enc[0], bill, S::HandedOff, S::Accepted, at(11, 5, 12)));
    // E2
    QVERIFY(log(m->enc[1], b, S::Coding, S::Coded, at(11, 6, 12)));
    QVERIFY(log(m->enc[1], b, S::Coded, S::HandedOff, at(11, 6, 13)));
    QVERIFY(log(m->enc[1], bill, S::HandedOff, S::Returned, at(11, 7, 12),
        QStringLiteral("-5 units billed"), QStringLiteral("units-or-charge"),
        {finding(QStringLiteral("ncci-ptp"), F::Error, QStringLiteral("Pair one")),
            finding(QStringLiteral("ncci-ptp"), F::Error, QStringLiteral("Pair two")),
            finding(QStringLiteral("dx-not-supporting"), F::Error,
                QStringLiteral("No diagnosis supports 82947"))}));
    // E3
    QVERIFY(log(m->enc[2], a, S::Coding, S::Coded, at(11, 8, 12)));
    QVERIFY(log(m->enc[2], a, S::Coded, S::HandedOff, at(11, 8, 14)));
    QVERIFY(log(m->enc[2], bill, S::HandedOff, S::Accepted, at(11, 9, 12)));
    // E4
    QVERIFY(log(m->enc[3], b, S::Coding, S::Coded, at(11, 10, 12)));
    QVERIFY(log(m->enc[3], b, S::Coded, S::HandedOff, at(11, 10, 12, 5)));
    QVERIFY(log(m->enc[3], bill, S::HandedOff, S::Accepted, at(11, 10, 14)));
    // E5
    m->formulaRow = log(m->enc[4], bill, S::HandedOff, S::Returned, at(11, 12, 12),
        QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("authorization"),
        {finding(
            QStringLiteral("auth-missing"), F::Error, QStringLiteral("No authorization on file"))});
    QVERIFY(m->formulaRow);
    // E6
    QVERIFY(log(m->enc[5], a, S::Coding, S::QueryPending, at(11, 11, 12),
        QStringLiteral("@provider: laterality?")));
    QVERIFY(log(m->enc[5], bill, S::HandedOff, S::Returned, at(10, 15, 12),
        QStringLiteral("+1 visit"), QStringLiteral("other"),
        {finding(QStringLiteral("future-dos"), F::Error, QStringLiteral("Future"))}));
}

void tst_HandoffLogService::initTestCase()
{
    m_shared = std::make_unique<Fixture>();
    m = m_shared.get();
    build();
}

void tst_HandoffLogService::init()
{
    // The tests that change the database (rows, the audit trail) get a practice of their
    // own; the others read one shared practice, which saves building it 30 times.
    static const QList<QByteArray> writers = {"entriesCarryTheirContext",
        "ruleFilterReadsSpacedJson", "summaryAttributesToEncounterCoder", "exportCsv",
        "exportToAnUnwritablePlace", "refusedForOtherRoles"};
    if (writers.contains(QByteArray(QTest::currentTestFunction()))) {
        m_own = std::make_unique<Fixture>();
        m = m_own.get();
        build();
    } else {
        m = m_shared.get();
    }
}

void tst_HandoffLogService::cleanup()
{
    m = nullptr;
    m_own.reset();
}

void tst_HandoffLogService::cleanupTestCase()
{
    m_shared.reset();
}

void tst_HandoffLogService::entriesCarryTheirContext()
{
    const QList<HandoffLogEntry> rows = entries(november());
    QCOMPARE(rows.size(), 17);
    // Newest first.
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).at >= rows.at(i).at);
    const HandoffLogEntry &e5 = rows.first();
    QCOMPARE(e5.id, m->formulaRow);
    QCOMPARE(e5.encounterId, m->enc[4]);
    QCOMPARE(e5.at, QDateTime(QDate(2026, 11, 12), QTime(12, 0), Qt::UTC));
    QCOMPARE(e5.userId, m->biller);
    QCOMPARE(e5.userName, QStringLiteral("Marcus Bell"));
    QCOMPARE(e5.fromState, QStringLiteral("handed_off"));
    QCOMPARE(e5.toState, QStringLiteral("returned"));
    QCOMPARE(e5.reasonCode, QStringLiteral("authorization"));
    QCOMPARE(e5.findings.size(), 1);
    QCOMPARE(e5.findings.first().rule, QStringLiteral("auth-missing"));
    QCOMPARE(e5.findings.first().fix, QStringLiteral("Fix it."));
    QCOMPARE(e5.findings.first().source, QStringLiteral("Test pack v1"));
    const QString patient = m->db
                                ->value(QStringLiteral("SELECT p.last_name || ', ' || "
                                                       "p.first_name FROM encounters e JOIN "
                                                       "patients p ON p.id = e.patient_id WHERE "
                                                       "e.id = %1")
                                            .arg(m->enc[4]))
                                .toString();
    QCOMPARE(e5.patientName, patient);
    QVERIFY(!e5.mrn.isEmpty());
    QCOMPARE(e5.dateOfService.toString(Qt::ISODate),
        m->db
            ->value(QStringLiteral("SELECT date_of_service FROM encounters WHERE id = %1")
                        .arg(m->enc[4]))
            .toString());

    // A row with no user keeps its place, with no name.
    QVERIFY(exec(QStringLiteral("INSERT INTO handoff_log (encounter_id, at, user_id, from_state, "
                                "to_state) VALUES (%1, '%2', NULL, 'new', 'coding')")
                     .arg(m->enc[5])
                     .arg(at(11, 20, 12))));
    const QList<HandoffLogEntry> after = entries(november());
    QCOMPARE(after.size(), 18);
    QCOMPARE(after.first().userId, qint64(0));
    QVERIFY(after.first().userName.isEmpty());
}

void tst_HandoffLogService::filters_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("user"); // 0 any, 1 coder A, 2 coder B, 3 biller
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("rows");

    const QDate nov1(2026, 11, 1), nov30(2026, 11, 30);
    const QStringList any;
    const QStringList returned {QStringLiteral("returned")};
    QTest::newRow("everything") << QDate() << QDate() << 0 << any << QString() << 18;
    QTest::newRow("november") << nov1 << nov30 << 0 << any << QString() << 17;
    QTest::newRow("october") << QDate(2026, 10, 1) << QDate(2026, 10, 31) << 0 << any << QString()
                             << 1;
    QTest::newRow("one day, both ends included")
        << QDate(2026, 11, 10) << QDate(2026, 11, 10) << 0 << any << QString() << 3;
    QTest::newRow("open start") << QDate() << QDate(2026, 11, 3) << 0 << any << QString() << 4;
    QTest::newRow("coder A") << nov1 << nov30 << 1 << any << QString() << 7;
    QTest::newRow("coder B") << nov1 << nov30 << 2 << any << QString() << 4;
    QTest::newRow("biller") << nov1 << nov30 << 3 << any << QString() << 6;
    QTest::newRow("returned") << nov1 << nov30 << 0 << returned << QString() << 3;
    QTest::newRow("returned, any time") << QDate() << QDate() << 0 << returned << QString() << 4;
    QTest::newRow("accepted or handed off")
        << nov1 << nov30 << 0
        << QStringList {QStringLiteral("accepted"), QStringLiteral("handed_off")} << QString() << 8;
    QTest::newRow("ncci-ptp") << nov1 << nov30 << 0 << any << QStringLiteral("ncci-ptp") << 2;
    QTest::newRow("mue-units") << nov1 << nov30 << 0 << any << QStringLiteral("mue-units") << 1;
    QTest::newRow("code-invalid") << QDate() << QDate() << 0 << any
                                  << QStringLiteral("code-invalid") << 0;
    QTest::newRow("future-dos in november")
        << nov1 << nov30 << 0 << any << QStringLiteral("future-dos") << 0;
    QTest::newRow("biller's returns for auth")
        << nov1 << nov30 << 3 << returned << QStringLiteral("auth-missing") << 1;
    QTest::newRow("coder A's returns") << nov1 << nov30 << 1 << returned << QString() << 0;
}

void tst_HandoffLogService::filters()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, user);
    QFETCH(QStringList, states);
    QFETCH(QString, rule);
    QFETCH(int, rows);
    HandoffLogFilter f;
    f.from = from;
    f.to = to;
    f.userId = QList<qint64> {0, m->coderA, m->coderB, m->biller}.at(user);
    f.toStates = states;
    f.rule = rule;
    auto r = m->log->entries(m->manager, f);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r->size(), rows);
    for (const HandoffLogEntry &e : r.value()) {
        if (f.userId)
            QCOMPARE(e.userId, f.userId);
        if (!states.isEmpty())
            QVERIFY(states.contains(e.toState));
        if (!rule.isEmpty())
            QVERIFY(e.hasRule(rule));
        if (from.isValid())
            QVERIFY(e.at.toLocalTime().date() >= from);
        if (to.isValid())
            QVERIFY(e.at.toLocalTime().date() <= to);
    }
}

void tst_HandoffLogService::ruleFilterReadsSpacedJson()
{
    // Another writer may space its JSON; a message may quote a rule without naming it.
    QVERIFY(exec(
        QStringLiteral("INSERT INTO handoff_log (encounter_id, at, user_id, from_state, to_state, "
                       "findings_json) VALUES (%1, '%2', %3, 'handed_off', 'returned', "
                       "'[{\"rule\": \"payer-rule\", \"severity\": \"warning\", \"message\": "
                       "\"see \\\"rule\\\":\\\"npi-invalid\\\"\"}]')")
            .arg(m->enc[5])
            .arg(at(11, 21, 12))
            .arg(m->biller)));
    HandoffLogFilter f = november();
    f.rule = QStringLiteral("payer-rule");
    QCOMPARE(entries(f).size(), 1);
    QCOMPARE(entries(f).first().findings.first().severity, Finding::Severity::Warning);
    f.rule = QStringLiteral("npi-invalid");
    QCOMPARE(entries(f).size(), 0);
}

void tst_HandoffLogService::wrongFiltersAreRefused()
{
    HandoffLogFilter backwards;
    backwards.from = QDate(2026, 11, 30);
    backwards.to = QDate(2026, 11, 1);
    auto r = m->log->entries(m->manager, backwards);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("2026-11-30")));
    QVERIFY(!m->log->summary(m->manager, backwards).ok());

    HandoffLogFilter wild = november();
    wild.rule = QStringLiteral("%");
    QCOMPARE(m->log->entries(m->manager, wild).error().kind, Error::Kind::Invalid);
    HandoffLogFilter state = november();
    state.toStates = {QStringLiteral("paid")};
    QCOMPARE(m->log->entries(m->manager, state).error().kind, Error::Kind::Invalid);
}

void tst_HandoffLogService::returnsPerCoder()
{
    const HandoffSummary s = summary(november());
    QCOMPARE(s.returns, 3);
    QCOMPARE(s.handedOff, 5);
    QCOMPARE(s.byCoder.size(), 2);
    // Most returns first.
    QCOMPARE(s.byCoder.at(0).coderId, m->coderB);
    QCOMPARE(s.byCoder.at(0).coderName, QStringLiteral("Zoe Park"));
    QCOMPARE(s.byCoder.at(0).returns, 2); // E2, and E5 through encounters.coder_id
    QCOMPARE(s.byCoder.at(0).handedOff, 2);
    QCOMPARE(s.byCoder.at(0).rate(), std::optional<double>(1.0));
    QCOMPARE(s.byCoder.at(1).coderId, m->coderA);
    QCOMPARE(s.byCoder.at(1).coderName, QStringLiteral("Dana Whitfield, CPC"));
    QCOMPARE(s.byCoder.at(1).returns, 1);
    QCOMPARE(s.byCoder.at(1).handedOff, 3); // E1 twice, E3
    QCOMPARE(*s.byCoder.at(1).rate(), 1.0 / 3.0);
}

void tst_HandoffLogService::rulesBehindReturns()
{
    const HandoffSummary s = summary(november());
    QCOMPARE(s.rules.size(), 4);
    // ncci-ptp once for E1 and once for E2 (named twice there): 2; then ties by id.
    QCOMPARE(s.rules.at(0).rule, QStringLiteral("ncci-ptp"));
    QCOMPARE(s.rules.at(0).returns, 2);
    QCOMPARE(s.rules.at(1).rule, QStringLiteral("auth-missing"));
    QCOMPARE(s.rules.at(2).rule, QStringLiteral("dx-not-supporting"));
    QCOMPARE(s.rules.at(3).rule, QStringLiteral("mue-units"));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(s.rules.at(i).returns, 1);
    // The October return's rule counts only when October is in the range.
    HandoffLogFilter all;
    const HandoffSummary everything = summary(all);
    QCOMPARE(everything.rules.size(), 5);
    QCOMPARE(everything.returns, 4);
}

void tst_HandoffLogService::medianOddAndEven()
{
    // Odd: E1 72 h, E3 24 h, E4 2 h → 24 h.
    const HandoffSummary odd = summary(november());
    QCOMPARE(odd.accepted, 3);
    QCOMPARE(odd.measured, 3);
    QCOMPARE(odd.medianCodedToAcceptedSecs, std::optional<qint64>(24 * 3600));
    // Even: up to 9 Nov, E1 72 h and E3 24 h → 48 h.
    HandoffLogFilter f = november();
    f.to = QDate(2026, 11, 9);
    const HandoffSummary even = summary(f);
    QCOMPARE(even.accepted, 2);
    QCOMPARE(even.medianCodedToAcceptedSecs, std::optional<qint64>(48 * 3600));
    // Measured from the first coded step, which may lie before the range.
    f.from = QDate(2026, 11, 5);
    f.to = QDate(2026, 11, 5);
    const HandoffSummary one = summary(f);
    QCOMPARE(one.accepted, 1);
    QCOMPARE(one.medianCodedToAcceptedSecs, std::optional<qint64>(72 * 3600));
    QCOMPARE(HandoffLogService::describeDuration(*one.medianCodedToAcceptedSecs),
        QStringLiteral("3 day(s)"));
    // None accepted: no median.
    f.from = QDate(2026, 11, 20);
    f.to = QDate(2026, 11, 30);
    const HandoffSummary none = summary(f);
    QCOMPARE(none.accepted, 0);
    QVERIFY(!none.medianCodedToAcceptedSecs);
    QVERIFY(none.byCoder.isEmpty());
}

void tst_HandoffLogService::summaryForOneUser()
{
    HandoffLogFilter f = november();
    f.userId = m->coderB;
    const HandoffSummary b = summary(f);
    QCOMPARE(b.byCoder.size(), 1);
    QCOMPARE(b.byCoder.first().coderId, m->coderB);
    QCOMPARE(b.byCoder.first().returns, 2);
    QCOMPARE(b.byCoder.first().handedOff, 2);
    QCOMPARE(b.rules.size(), 3); // ncci-ptp, dx-not-supporting, auth-missing
    QCOMPARE(b.accepted, 1); // E4
    QCOMPARE(b.medianCodedToAcceptedSecs, std::optional<qint64>(2 * 3600));

    // The biller returned both coders' work: each coder keeps their whole handed-off count.
    f.userId = m->biller;
    const HandoffSummary bill = summary(f);
    QCOMPARE(bill.returns, 3);
    QCOMPARE(bill.byCoder.size(), 2);
    QCOMPARE(coder(bill, m->coderA)->handedOff, 3);
    QCOMPARE(bill.accepted, 3);

    // The outcome and rule filters narrow the list only.
    f = november();
    f.toStates = {QStringLiteral("accepted")};
    f.rule = QStringLiteral("mue-units");
    QCOMPARE(summary(f).returns, 3);
}

void tst_HandoffLogService::summaryAttributesToEncounterCoder()
{
    // E6's October return has no coded step and no encounters.coder_id: an unknown coder.
    HandoffLogFilter f;
    f.to = QDate(2026, 10, 31);
    const HandoffSummary s = summary(f);
    QCOMPARE(s.returns, 1);
    QCOMPARE(s.byCoder.size(), 1);
    QCOMPARE(s.byCoder.first().coderId, qint64(0));
    QCOMPARE(s.byCoder.first().coderName, QStringLiteral("Unknown coder"));
    QVERIFY(!s.byCoder.first().rate());

    // Once the encounter names its coder, the return is theirs.
    QVERIFY(exec(QStringLiteral("UPDATE encounters SET coder_id = %1 WHERE id = %2")
                     .arg(m->coderA)
                     .arg(m->enc[5])));
    const HandoffSummary named = summary(f);
    QCOMPARE(named.byCoder.first().coderId, m->coderA);

    // A later coded step by B, before the return, wins over encounters.coder_id.
    QVERIFY(
        log(m->enc[5], m->coderB, EncounterState::Coding, EncounterState::Coded, at(10, 14, 12)));
    const HandoffSummary stepped = summary(f);
    QCOMPARE(stepped.byCoder.first().coderId, m->coderB);
}

void tst_HandoffLogService::describeDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(30) << QStringLiteral("under a minute");
    QTest::newRow("minutes") << qint64(50 * 60 + 10) << QStringLiteral("50 minute(s)");
    QTest::newRow("hour") << qint64(3600) << QStringLiteral("1 hour(s)");
    QTest::newRow("hours and minutes")
        << qint64(5 * 3600 + 10 * 60) << QStringLiteral("5 hour(s) 10 minute(s)");
    QTest::newRow("days and hours")
        << qint64(2 * 86400 + 4 * 3600 + 59) << QStringLiteral("2 day(s) 4 hour(s)");
}

void tst_HandoffLogService::describeDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(HandoffLogService::describeDuration(seconds), text);
}

void tst_HandoffLogService::exportCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    HandoffLogFilter f = november();
    auto written = m->log->exportCsv(m->manager, f, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().detail));
    QCOMPARE(written.value(), 17);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    QVERIFY(text.startsWith(
        QStringLiteral("When,Encounter,Patient,User,From,To,Reason,Note,Findings\r\n")));
    const QList<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), 18);
    for (const QStringList &r : records)
        QCOMPARE(r.size(), 9);

    // The newest row: E5's return, whose note is a formula.
    const QStringList e5 = records.at(1);
    const QDateTime when = QDateTime(QDate(2026, 11, 12), QTime(12, 0), Qt::UTC).toLocalTime();
    QCOMPARE(e5.at(0), when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(e5.at(1), QString::number(m->enc[4]));
    QVERIFY(e5.at(2).contains(QLatin1String(", ")));
    QCOMPARE(e5.at(3), QStringLiteral("Marcus Bell"));
    QCOMPARE(e5.at(4), QStringLiteral("Handed off"));
    QCOMPARE(e5.at(5), QStringLiteral("Returned"));
    QCOMPARE(e5.at(6), QStringLiteral("Authorization missing"));
    QCOMPARE(e5.at(7), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(e5.at(8), QStringLiteral("auth-missing: No authorization on file"));
    // Quoted on the wire: the patient's comma, the formula's quotes.
    QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\",")));

    auto rowOf = [&](const QString &note) -> QStringList {
        for (const QStringList &r : records) {
            if (r.at(7) == note)
                return r;
        }
        return {};
    };
    // A quote, a comma and a line break in one note; two findings in one cell.
    const QStringList e1 = rowOf(QStringLiteral("Needs \"auth\", call payer\nthen resend"));
    QCOMPARE(e1.size(), 9);
    QCOMPARE(e1.at(8),
        QStringLiteral("ncci-ptp: 93000 is bundled into 99213; mue-units: "
                       "Units exceed the MUE of 1"));
    QVERIFY(text.contains(QStringLiteral("\"Needs \"\"auth\"\", call payer\nthen resend\"")));
    // Formula starts are neutralised: - and @ too.
    QCOMPARE(rowOf(QStringLiteral("'-5 units billed")).size(), 9);
    QCOMPARE(rowOf(QStringLiteral("'@provider: laterality?")).size(), 9);
    QVERIFY(!text.contains(QStringLiteral(",-5 units")));

    // The export is in the audit trail, with its count and filter, and no patient data.
    QCOMPARE(m->db
                 ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'handofflog.export' AND user_id = %1")
                             .arg(m->manager.userId))
                 .toInt(),
        1);
    const QString detail = m->db
                               ->value(QStringLiteral("SELECT detail FROM audit_log WHERE "
                                                      "action = 'handofflog.export'"))
                               .toString();
    QVERIFY2(detail.contains(QStringLiteral("rows=17")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("from=2026-11-01 to=2026-11-30")), qPrintable(detail));
    QVERIFY(m->db->ws().audit().verify()->intact);

    // The CSV of a filtered export holds only the filtered rows.
    f.rule = QStringLiteral("ncci-ptp");
    QCOMPARE(m->log->exportCsv(m->manager, f, path).value(), 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(file.readAll().mid(3))).size(), 3);
}

void tst_HandoffLogService::exportToAnUnwritablePlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/log.csv"));
    auto written = m->log->exportCsv(m->manager, november(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::ReadOnly);
    QVERIFY(written.error().userMessage.contains(path));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m->db
                 ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'handofflog.export'"))
                 .toInt(),
        0);
}

void tst_HandoffLogService::refusedForOtherRoles_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("coder") << Role::Coder;
    QTest::newRow("biller") << Role::Biller;
    QTest::newRow("admin") << Role::Admin;
}

void tst_HandoffLogService::refusedForOtherRoles()
{
    QFETCH(Role, role);
    const Session who = m->db->login(role);
    QVERIFY(who.userId > 0);
    QCOMPARE(m->log->entries(who, november()).error().kind, Error::Kind::Forbidden);
    QCOMPARE(m->log->summary(who, november()).error().kind, Error::Kind::Forbidden);
    QCOMPARE(m->log->users(who).error().kind, Error::Kind::Forbidden);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    QCOMPARE(m->log->exportCsv(who, november(), path).error().kind, Error::Kind::Forbidden);
    QVERIFY(!QFile::exists(path));
    // The manager may.
    auto users = m->log->users(m->manager);
    QVERIFY(users.ok());
    QCOMPARE(users->size(), m->db->value(QStringLiteral("SELECT count(*) FROM users")).toInt());
}

QTEST_GUILESS_MAIN(tst_HandoffLogService)
#include "tst_handofflogservice.moc"

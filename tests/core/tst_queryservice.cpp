// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/authservice.h"
#include "services/queryservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class tst_QueryService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sendAnswerRoundTrip();
    void nonCompliantQueriesRefused();
    void answerChecks();
    void overdue();

private:
    QVariant scalar(const QString &sql)
    {
        return m_db->value(sql);
    }
    qint64 providersNewEncounter()
    {
        return scalar(QStringLiteral("SELECT id FROM encounters WHERE state = 'new' AND "
                                     "provider_id = %1 ORDER BY id LIMIT 1")
                              .arg(*m_provider.providerId))
                .toLongLong();
    }
    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
    Session m_provider;
};

void tst_QueryService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->makeDemo(120, 8));
    m_coder = m_db->login(Role::Coder);
    m_provider = m_db->login(Role::Provider);
    QVERIFY(m_provider.providerId.has_value());
}

void tst_QueryService::cleanup()
{
    m_db.reset();
}

void tst_QueryService::sendAnswerRoundTrip()
{
    const qint64 encounter = providersNewEncounter();
    QVERIFY(encounter > 0);
    QSignalSpy changed(&m_db->ws().queries(), &QueryService::queriesChanged);
    auto id = m_db->ws().queries().send(
            m_coder, encounter,
            {QStringLiteral("mc-laterality"), QStringLiteral("Which knee?"),
             QStringLiteral("Knee pain after a fall."), {}});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().userMessage));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(encounter))
                     .toString(),
             QStringLiteral("query_pending"));
    auto inbox = m_db->ws().queries().inbox(m_provider);
    QVERIFY(inbox.ok());
    QCOMPARE(inbox->size(), 1);
    QCOMPARE(inbox->first().options.size(), 5);

    QVERIFY(m_db->ws().queries().answer(m_provider, id.value(), QStringLiteral("Left"),
                                        QStringLiteral("Left knee."))
                    .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(encounter))
                     .toString(),
             QStringLiteral("coding"));
    QVERIFY(scalar(QStringLiteral("SELECT addendum FROM encounters WHERE id = %1").arg(encounter))
                    .toString()
                    .contains(QStringLiteral("Left knee.")));
    QVERIFY(m_db->ws().queries().inbox(m_provider)->isEmpty());
    // Turnaround is kept: sent and answered times.
    QVERIFY(scalar(QStringLiteral("SELECT answered_at >= sent_at FROM documentation_queries WHERE "
                                  "id = %1")
                           .arg(id.value()))
                    .toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(from_state || '>' || to_state, ' ') FROM "
                                   "handoff_log WHERE encounter_id = %1")
                            .arg(encounter))
                     .toString(),
             QStringLiteral("new>query_pending query_pending>coding"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('query.send', "
                                   "'query.answer') AND entity_id = %1")
                            .arg(encounter))
                     .toInt(),
             2);
}

void tst_QueryService::nonCompliantQueriesRefused()
{
    const qint64 encounter = providersNewEncounter();
    auto yesNo = m_db->ws().queries().send(
            m_coder, encounter,
            {QStringLiteral("yn-confirm-documented"), QStringLiteral("Does the patient have CKD?"),
             QString(), {}});
    QVERIFY(!yesNo.ok());
    QVERIFY(yesNo.error().userMessage.contains(QStringLiteral("quote")));
    auto leading = m_db->ws().queries().send(
            m_coder, encounter,
            {QStringLiteral("mc-laterality"), QStringLiteral("Which side?"), QStringLiteral("q"),
             {QStringLiteral("Right"), QStringLiteral("Left")}});
    QVERIFY(!leading.ok());
    QVERIFY(leading.error().userMessage.contains(QStringLiteral("Clinically undetermined")));
    auto byBiller = m_db->ws().queries().send(
            m_db->login(Role::Biller), encounter,
            {QStringLiteral("open-specificity"), QStringLiteral("q"), QString(), {}});
    QCOMPARE(byBiller.error().kind, Error::Kind::Forbidden);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM documentation_queries WHERE "
                                   "encounter_id = %1")
                            .arg(encounter))
                     .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM encounters WHERE id = %1").arg(encounter))
                     .toString(),
             QStringLiteral("new"));
}

void tst_QueryService::answerChecks()
{
    const qint64 encounter = providersNewEncounter();
    auto id = m_db->ws().queries().send(
            m_coder, encounter,
            {QStringLiteral("mc-laterality"), QStringLiteral("Which side?"), QStringLiteral("q"), {}});
    QVERIFY(id.ok());
    auto notOffered = m_db->ws().queries().answer(m_provider, id.value(), QStringLiteral("Both"), {});
    QVERIFY(!notOffered.ok());
    QCOMPARE(notOffered.error().kind, Error::Kind::Invalid);
    auto empty = m_db->ws().queries().answer(m_provider, id.value(), QStringLiteral("  "), {});
    QVERIFY(!empty.ok());
    // Another provider may not answer.
    AuthService::NewUser other{QStringLiteral("drchen"), QStringLiteral("Howard Chen, MD"),
                               Role::Provider, QStringLiteral("cardio-pass-1"),
                               *m_provider.providerId + 3};
    QVERIFY(m_db->ws().auth().createUser(m_db->login(Role::Admin), other).ok());
    auto chen = m_db->ws().auth().login(QStringLiteral("drchen"), QStringLiteral("cardio-pass-1"));
    QVERIFY(chen.ok());
    auto forbidden = m_db->ws().queries().answer(chen.value(), id.value(), QStringLiteral("Left"), {});
    QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
    QVERIFY(m_db->ws().queries().answer(m_provider, id.value(),
                                        QStringLiteral("Other (please specify): both knees"), {})
                    .ok());
    auto twice = m_db->ws().queries().answer(m_provider, id.value(), QStringLiteral("Left"), {});
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
}

void tst_QueryService::overdue()
{
    DocumentationQuery q;
    q.sentAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    QVERIFY(q.isOverdue(now, 3));
    QVERIFY(!q.isOverdue(now, 10));
    q.answeredAt = now;
    QVERIFY(!q.isOverdue(now, 3));
    QCOMPARE(m_db->ws().queries().overdueDays().value(), 3);
}

QTEST_GUILESS_MAIN(tst_QueryService)
#include "tst_queryservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/auditservice.h"
#include "services/encounterservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class tst_AuditService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void intactChain();
    void loginsAndOpeningsAreAudited();
    void alteredRowIsNamed();
    void deletedMiddleRowIsNamed();
    void deletedNewestRowIsNoticed();
    void insertedRowIsNamed();

private:
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->ws().database().connection());
        return q.exec(sql);
    }
    std::unique_ptr<test::TestDatabase> m_db;
    Session m_coder;
};

void tst_AuditService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->makeDemo(30));
    m_coder = m_db->login(Role::Coder);
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_db->ws().audit().record(m_coder, QStringLiteral("test.event"),
                                          QStringLiteral("encounter"), i + 1,
                                          QStringLiteral("step %1").arg(i))
                        .ok());
}

void tst_AuditService::cleanup()
{
    m_db.reset();
}

void tst_AuditService::intactChain()
{
    auto v = m_db->ws().audit().verify();
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->firstBrokenId, qint64(0));
    QVERIFY(v->rows >= 7); // demo creation, login, five events
}

void tst_AuditService::loginsAndOpeningsAreAudited()
{
    auto queue = m_db->ws().encounters().queue(m_coder, QDate(2026, 10, 1), QDate(2026, 11, 30));
    QVERIFY(queue.ok() && !queue->isEmpty());
    const qint64 id = queue->first().id;
    QVERIFY(m_db->ws().encounters().open(m_coder, id).ok());
    QVERIFY(m_db->ws().encounters().open(m_coder, id).ok()); // once per session and encounter
    QSqlQuery q(m_db->ws().database().connection());
    q.prepare(QStringLiteral("SELECT count(*), max(username) FROM audit_log WHERE action = "
                             "'encounter.open' AND entity_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("coder"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_AuditService::alteredRowIsNamed()
{
    QVERIFY(exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 4")));
    auto v = m_db->ws().audit().verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, qint64(4));
    QVERIFY(v->reason.contains(QStringLiteral("altered")));
}

void tst_AuditService::deletedMiddleRowIsNamed()
{
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    auto v = m_db->ws().audit().verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, qint64(4));
    QVERIFY(v->reason.contains(QStringLiteral("removed")));
}

void tst_AuditService::deletedNewestRowIsNoticed()
{
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")));
    auto v = m_db->ws().audit().verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QVERIFY(v->reason.contains(QStringLiteral("newest rows were removed")));
}

void tst_AuditService::insertedRowIsNamed()
{
    // A forged row squeezed in with a made-up hash.
    QVERIFY(exec(QStringLiteral("UPDATE audit_log SET id = id + 100 WHERE id >= 5")));
    QVERIFY(exec(QStringLiteral("INSERT INTO audit_log (id, at, username, action, prev_hash, hash) "
                                "VALUES (5, '2026-01-01T00:00:00.000Z', 'x', 'forged', 'a', 'b')")));
    auto v = m_db->ws().audit().verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenId, qint64(5));
}

QTEST_GUILESS_MAIN(tst_AuditService)
#include "tst_auditservice.moc"

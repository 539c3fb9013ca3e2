// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_Transaction : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void commitKeeps();
    void destructorRollsBack();
    void nestedRollbackKeepsOuter();
    void nestedCommitThenOuterRollback();
    void writerCheckedLinksOnlyWhileItRuns();
    void writerCheckedLinksBackAfterRollback();
    void nestedWriterCheckedKeepsTheChecks();

private:
    int count()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM t"));
        q.next();
        return q.value(0).toInt();
    }
    void insert(int v)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(v)));
    }
    bool foreignKeysOn()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("PRAGMA foreign_keys"));
        q.next();
        return q.value(0).toInt() == 1;
    }
    /// A row whose parent does not exist: refused while the database checks links.
    bool insertOrphan(int v)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("INSERT INTO child (parent_id) VALUES (%1)").arg(v));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Transaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
    QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))")));
}

void tst_Transaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Transaction::commitKeeps()
{
    Transaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    insert(1);
    QVERIFY(tx.commit().ok());
    QCOMPARE(count(), 1);
    QCOMPARE(m_db->transactionDepth(), 0);
}

void tst_Transaction::destructorRollsBack()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        insert(1);
        insert(2);
        QCOMPARE(count(), 2);
    }
    QCOMPARE(count(), 0);
    QCOMPARE(m_db->transactionDepth(), 0);
}

void tst_Transaction::nestedRollbackKeepsOuter()
{
    Transaction outer(*m_db);
    QVERIFY(outer.begin().ok());
    insert(1);
    {
        Transaction inner(*m_db);
        QVERIFY(inner.begin().ok());
        QVERIFY(inner.isNested());
        insert(2);
        QCOMPARE(count(), 2);
    } // rolled back to the savepoint
    QCOMPARE(count(), 1);
    QVERIFY(outer.commit().ok());
    QCOMPARE(count(), 1);
}

void tst_Transaction::nestedCommitThenOuterRollback()
{
    {
        Transaction outer(*m_db);
        QVERIFY(outer.begin().ok());
        Transaction inner(*m_db);
        QVERIFY(inner.begin().ok());
        insert(5);
        QVERIFY(inner.commit().ok());
        QCOMPARE(m_db->transactionDepth(), 1);
    }
    QCOMPARE(count(), 0); // the outer unit of work never committed
}

void tst_Transaction::writerCheckedLinksOnlyWhileItRuns()
{
    QVERIFY(foreignKeysOn());
    QVERIFY(!insertOrphan(7)); // the database checks links
    {
        Transaction tx(*m_db, Transaction::Links::CheckedByWriter);
        QVERIFY(tx.begin().ok());
        QVERIFY(!foreignKeysOn());
        QVERIFY(insertOrphan(8)); // the writer vouches for its links
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(foreignKeysOn());
    QVERIFY(!insertOrphan(9));
}

void tst_Transaction::writerCheckedLinksBackAfterRollback()
{
    {
        Transaction tx(*m_db, Transaction::Links::CheckedByWriter);
        QVERIFY(tx.begin().ok());
        QVERIFY(insertOrphan(8));
    } // rolled back
    QVERIFY(foreignKeysOn());
    QVERIFY(!insertOrphan(9));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM child")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_Transaction::nestedWriterCheckedKeepsTheChecks()
{
    Transaction outer(*m_db);
    QVERIFY(outer.begin().ok());
    {
        Transaction inner(*m_db, Transaction::Links::CheckedByWriter);
        QVERIFY(inner.begin().ok());
        QVERIFY(foreignKeysOn()); // SQLite cannot change it inside a transaction: not tried
        QVERIFY(!insertOrphan(8));
        QVERIFY(inner.commit().ok());
    }
    QVERIFY(outer.commit().ok());
    QVERIFY(foreignKeysOn());
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"

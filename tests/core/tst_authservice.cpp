// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/auditservice.h"
#include "services/authservice.h"
#include "services/encounterservice.h"
#include "services/practiceservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class tst_AuthService : public QObject
{
    Q_OBJECT
private slots:
    void loginWithRightPassword();
    void wrongPasswordIsRefusedAndAudited();
    void unknownUserSaysTheSameAsWrongPassword();
    void passwordsAreArgon2id();
    void roleRefusals_data();
    void roleRefusals();
    void queueIsRefusedToBiller();
    void createUserNeedsAdmin();
    void unlockChecksPassword();
};

void tst_AuthService::loginWithRightPassword()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    auto s = t.ws().auth().login(QStringLiteral("coder"), QStringLiteral("coder-demo"));
    QVERIFY(s.ok());
    QCOMPARE(s->role, Role::Coder);
    QCOMPARE(s->username, QStringLiteral("coder"));
    auto p = t.ws().auth().login(QStringLiteral("provider"), QStringLiteral("provider-demo"));
    QVERIFY(p.ok());
    QVERIFY(p->providerId.has_value());
}

void tst_AuthService::wrongPasswordIsRefusedAndAudited()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    auto s = t.ws().auth().login(QStringLiteral("coder"), QStringLiteral("Coder-demo"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Auth);
    QVERIFY(s.error().userMessage.contains(QStringLiteral("not right")));
    QSqlQuery q(t.ws().database().connection());
    QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND username = 'coder'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_AuthService::unknownUserSaysTheSameAsWrongPassword()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    auto a = t.ws().auth().login(QStringLiteral("nobody"), QStringLiteral("x"));
    auto b = t.ws().auth().login(QStringLiteral("coder"), QStringLiteral("x"));
    QVERIFY(!a.ok() && !b.ok());
    QCOMPARE(a.error().userMessage, b.error().userMessage);
}

void tst_AuthService::passwordsAreArgon2id()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    QSqlQuery q(t.ws().database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    int n = 0;
    while (q.next()) {
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("demo")));
        ++n;
    }
    QCOMPARE(n, 6); // one account per role, and a second coder
}

void tst_AuthService::roleRefusals_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    using P = Permission;
    QTest::newRow("coder codes") << int(Role::Coder) << int(P::CodeEncounter) << true;
    QTest::newRow("coder may not post") << int(Role::Coder) << int(P::PostPayments) << false;
    QTest::newRow("coder may not override") << int(Role::Coder) << int(P::OverrideFinding) << false;
    QTest::newRow("biller may not code") << int(Role::Biller) << int(P::CodeEncounter) << false;
    QTest::newRow("biller overrides") << int(Role::Biller) << int(P::OverrideFinding) << true;
    QTest::newRow("biller may not write off") << int(Role::Biller) << int(P::WriteOff) << false;
    QTest::newRow("manager writes off") << int(Role::Manager) << int(P::WriteOff) << true;
    QTest::newRow("provider answers") << int(Role::Provider) << int(P::AnswerQuery) << true;
    QTest::newRow("provider may not see queue") << int(Role::Provider) << int(P::ViewCoderQueue)
                                                << false;
    QTest::newRow("admin manages users") << int(Role::Admin) << int(P::ManageUsers) << true;
    QTest::newRow("manager may not manage users") << int(Role::Manager) << int(P::ManageUsers)
                                                  << false;
}

void tst_AuthService::roleRefusals()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    Session s;
    s.role = static_cast<Role>(role);
    const auto r = s.require(static_cast<Permission>(permission));
    QCOMPARE(r.ok(), allowed);
    if (!allowed) {
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY(r.error().userMessage.contains(QStringLiteral("Your role does not allow")));
    }
}

void tst_AuthService::queueIsRefusedToBiller()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    const Session biller = t.login(Role::Biller);
    QVERIFY(biller.userId > 0);
    auto q = t.ws().encounters().queue(biller, QDate(2026, 11, 1), QDate(2026, 11, 27));
    QVERIFY(!q.ok());
    QCOMPARE(q.error().kind, Error::Kind::Forbidden);
    const Session coder = t.login(Role::Coder);
    QVERIFY(t.ws().encounters().queue(coder, QDate(2026, 11, 1), QDate(2026, 11, 27)).ok());
    auto trail = t.ws().audit().recent(coder, 10);
    QVERIFY(!trail.ok());
    QCOMPARE(trail.error().kind, Error::Kind::Forbidden);
    auto lock = t.ws().practice().setIdleLockMinutes(coder, 5);
    QVERIFY(!lock.ok());
    QCOMPARE(lock.error().kind, Error::Kind::Forbidden);
}

void tst_AuthService::createUserNeedsAdmin()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    AuthService::NewUser u{QStringLiteral("newcoder"), QStringLiteral("New Coder"), Role::Coder,
                           QStringLiteral("long-enough-1"), {}};
    auto refused = t.ws().auth().createUser(t.login(Role::Manager), u);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    auto made = t.ws().auth().createUser(t.login(Role::Admin), u);
    QVERIFY(made.ok());
    QVERIFY(t.ws().auth().login(QStringLiteral("newcoder"), QStringLiteral("long-enough-1")).ok());
    // Bad input: a short password and a taken name are refused with a sentence.
    AuthService::NewUser weak{QStringLiteral("weak"), QStringLiteral("W"), Role::Coder,
                              QStringLiteral("short"), {}};
    auto w = t.ws().auth().createUser(t.login(Role::Admin), weak);
    QVERIFY(!w.ok());
    QCOMPARE(w.error().kind, Error::Kind::Invalid);
    auto taken = t.ws().auth().createUser(t.login(Role::Admin), u);
    QVERIFY(!taken.ok());
    QVERIFY(taken.error().userMessage.contains(QStringLiteral("taken")));
}

void tst_AuthService::unlockChecksPassword()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(20));
    const Session coder = t.login(Role::Coder);
    QVERIFY(!t.ws().auth().unlock(coder, QStringLiteral("wrong")).ok());
    QVERIFY(t.ws().auth().unlock(coder, QStringLiteral("coder-demo")).ok());
}

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_authservice.moc"

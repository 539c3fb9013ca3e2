// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/auditservice.h"
#include "services/payerruleservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace cc;

Q_DECLARE_METATYPE(cc::Role)
Q_DECLARE_METATYPE(cc::PayerRule)

class tst_PayerRuleService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusesWhatIsWrong_data();
    void refusesWhatIsWrong();
    void listsEveryProblem();
    void normalizesBeforeSaving();
    void insertsAndUpdates();
    void staleUpdateIsAConflict();
    void updateOfARemovedRule();
    void namesAreUnique();
    void unknownPayerIsRefused();
    void removes();
    void permissions_data();
    void permissions();
    void readingNeedsALogin();
    void describe_data();
    void describe();
    void exportThenImportIntoAFreshPractice();
    void importReplacesTheRuleOfTheSameName();
    void badImportsChangeNothing_data();
    void badImportsChangeNothing();
    void importOfAMissingFile();
    void exportToAnUnwritableFolder();

private:
    PayerRule summitMri() const
    {
        PayerRule r;
        r.name = QStringLiteral("Summit knee MRI");
        r.payerId = 4;
        r.codes = {QStringLiteral("73721")};
        r.action = PayerRule::Action::Authorization;
        r.message = QStringLiteral("Summit requires a prior authorization for knee MRI.");
        r.fix = QStringLiteral("Get the authorization number from the ordering office.");
        return r;
    }
    PayerRule modifier25() const
    {
        PayerRule r;
        r.name = QStringLiteral("E/M with a procedure needs 25");
        r.codes = {QStringLiteral("992*"), QStringLiteral("99381-99387")};
        r.modifiersAbsent = {QStringLiteral("25")};
        r.placeOfService = QStringLiteral("11");
        r.minAge = 18;
        r.maxAge = 64;
        r.sex = QStringLiteral("F");
        r.severity = Finding::Severity::Warning;
        r.message = QStringLiteral("An E/M on the day of a procedure usually carries 25.");
        return r;
    }
    qint64 count(const QString &sql) { return m_db->value(sql).toLongLong(); }
    qint64 ruleCount() { return count(QStringLiteral("SELECT count(*) FROM payer_rules")); }
    qint64 auditCount(const QString &action)
    {
        return count(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    }
    QString writeFile(const QByteArray &content)
    {
        const QString path = m_db->dir() + QStringLiteral("/import-%1.json").arg(++m_files);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    QTemporaryDir m_templateDir;
    QString m_template; ///< the demo practice, built once and copied per test
    std::map<Role, Session> m_users; ///< logged in once: hashing passwords is slow on purpose
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PayerRuleService> m_rules;
    Session m_manager;
    int m_files = 0;
};

void tst_PayerRuleService::initTestCase()
{
    test::TestDatabase demo;
    QVERIFY2(demo.isValid(), qPrintable(demo.errorText()));
    QVERIFY2(demo.makeDemo(8, 3), qPrintable(demo.errorText()));
    // The demo writes payer rules of its own; these tests start from none.
    demo.value(QStringLiteral("DELETE FROM payer_rules"));
    for (Role role : roles::all()) {
        m_users[role] = demo.login(role);
        QVERIFY(m_users[role].userId > 0);
    }
    demo.close();
    if (test::TestDatabase::onServer())
        return; // a server's database is not a file to copy: init() builds it each time
    m_template = m_templateDir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(QFile::copy(demo.path(), m_template));
}

void tst_PayerRuleService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    if (test::TestDatabase::onServer()) {
        // The same small demo, built again (it is deterministic: the same users and ids).
        QVERIFY2(m_db->makeDemo(8, 3), qPrintable(m_db->errorText()));
        m_db->value(QStringLiteral("DELETE FROM payer_rules"));
        m_rules = std::make_unique<PayerRuleService>(m_db->ws().database(), m_db->ws().audit());
        m_manager = m_users.at(Role::Manager);
        return;
    }
    m_db->close();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_db->path() + QLatin1String(suffix));
    QVERIFY(QFile::copy(m_template, m_db->path()));
    QVERIFY2(m_db->reopen(), qPrintable(m_db->errorText()));
    m_rules = std::make_unique<PayerRuleService>(m_db->ws().database(), m_db->ws().audit());
    m_manager = m_users.at(Role::Manager);
}

void tst_PayerRuleService::cleanup()
{
    m_rules.reset();
    m_db.reset();
}

void tst_PayerRuleService::refusesWhatIsWrong_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("pos");
    QTest::addColumn<int>("minAge");
    QTest::addColumn<int>("maxAge");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<bool>("authorization");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field"); ///< empty: saved
    QTest::addColumn<QString>("says");

    const QString n = QStringLiteral("A rule");
    const QString m = QStringLiteral("A message.");
    const QStringList none;
    auto list = [](const char *a) { return QStringList {QString::fromLatin1(a)}; };
    // clang-format off
    QTest::newRow("finding, no condition") << n << none << none << none << QString() << -1 << -1 << QString() << false << m << QString() << QString();
    QTest::newRow("authorization for a code") << n << list("73721") << none << none << QString() << -1 << -1 << QString() << true << m << QString() << QString();
    QTest::newRow("HCPCS code") << n << list("G0439") << none << none << QString() << -1 << -1 << QString() << false << m << QString() << QString();
    QTest::newRow("7 characters") << n << list("0001U12") << none << none << QString() << -1 << -1 << QString() << false << m << QString() << QString();
    QTest::newRow("prefix") << n << list("992*") << none << none << QString() << -1 << -1 << QString() << false << m << QString() << QString();
    QTest::newRow("range") << n << list("97110-97140") << none << none << QString() << -1 << -1 << QString() << false << m << QString() << QString();
    QTest::newRow("every condition") << n << list("99213") << list("25") << list("59") << QStringLiteral("11") << 0 << 130 << QStringLiteral("M") << false << m << QString() << QString();
    QTest::newRow("one age") << n << none << none << none << QString() << 65 << 65 << QString() << false << m << QString() << QString();
    QTest::newRow("no name") << QStringLiteral("  ") << none << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("name") << QStringLiteral("Give the rule a name");
    QTest::newRow("no message") << n << none << none << none << QString() << -1 << -1 << QString() << false << QString() << QStringLiteral("message") << QStringLiteral("Write the message");
    QTest::newRow("code too short") << n << list("12") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("“12” is not a code");
    QTest::newRow("code too long") << n << list("12345678") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("is not a code");
    QTest::newRow("diagnosis with a dot") << n << list("E11.9") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("“E11.9” is not a code");
    QTest::newRow("star alone") << n << list("*") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("is not a code");
    QTest::newRow("star inside") << n << list("99*13") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("is not a code");
    QTest::newRow("range of unequal ends") << n << list("9711-97140") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("different lengths");
    QTest::newRow("range backwards") << n << list("97140-97110") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("runs backwards");
    QTest::newRow("range with one end") << n << list("97110-") << none << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("codes") << QStringLiteral("is not a code");
    QTest::newRow("modifier of three") << n << none << list("255") << none << QString() << -1 << -1 << QString() << false << m << QStringLiteral("modifiersPresent") << QStringLiteral("“255” is not a modifier");
    QTest::newRow("modifier of one") << n << none << none << list("5") << QString() << -1 << -1 << QString() << false << m << QStringLiteral("modifiersAbsent") << QStringLiteral("“5” is not a modifier");
    QTest::newRow("modifier required and excluded") << n << none << list("25") << list("25") << QString() << -1 << -1 << QString() << false << m << QStringLiteral("modifiersAbsent") << QStringLiteral("both required and excluded");
    QTest::newRow("place of service of one digit") << n << none << none << none << QStringLiteral("1") << -1 << -1 << QString() << false << m << QStringLiteral("placeOfService") << QStringLiteral("two digits");
    QTest::newRow("place of service in letters") << n << none << none << none << QStringLiteral("OF") << -1 << -1 << QString() << false << m << QStringLiteral("placeOfService") << QStringLiteral("two digits");
    QTest::newRow("age above 130") << n << none << none << none << QString() << 131 << -1 << QString() << false << m << QStringLiteral("minAge") << QStringLiteral("0 to 130");
    QTest::newRow("negative age") << n << none << none << none << QString() << -1 << -7 << QString() << false << m << QStringLiteral("maxAge") << QStringLiteral("0 to 130");
    QTest::newRow("ages backwards") << n << none << none << none << QString() << 70 << 20 << QString() << false << m << QStringLiteral("maxAge") << QStringLiteral("from 70 to 20");
    QTest::newRow("sex unknown") << n << none << none << none << QString() << -1 << -1 << QStringLiteral("U") << false << m << QStringLiteral("sex") << QStringLiteral("Sex is M, F");
    QTest::newRow("authorization without codes") << n << none << none << none << QString() << -1 << -1 << QString() << true << m << QStringLiteral("codes") << QStringLiteral("names the codes");
    // clang-format on
}

void tst_PayerRuleService::refusesWhatIsWrong()
{
    QFETCH(QString, name);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(QString, pos);
    QFETCH(int, minAge);
    QFETCH(int, maxAge);
    QFETCH(QString, sex);
    QFETCH(bool, authorization);
    QFETCH(QString, message);
    QFETCH(QString, field);
    QFETCH(QString, says);

    PayerRule r;
    r.name = name;
    r.codes = codes;
    r.modifiersPresent = present;
    r.modifiersAbsent = absent;
    r.placeOfService = pos;
    r.minAge = minAge;
    r.maxAge = maxAge;
    r.sex = sex;
    r.action = authorization ? PayerRule::Action::Authorization : PayerRule::Action::Finding;
    r.message = message;

    const QList<PayerRuleService::Problem> problems
        = PayerRuleService::check(PayerRuleService::normalized(r));
    QSignalSpy changed(m_rules.get(), &PayerRuleService::changed);
    auto saved = m_rules->save(m_manager, r);
    if (field.isEmpty()) {
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userMessage));
        QVERIFY(problems.isEmpty());
        QCOMPARE(ruleCount(), 1);
        QCOMPARE(changed.size(), 1);
        return;
    }
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY2(saved.error().userMessage.contains(says), qPrintable(saved.error().userMessage));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    QCOMPARE(ruleCount(), 0);
    QCOMPARE(auditCount(QStringLiteral("payer_rule.create")), 0);
    QCOMPARE(changed.size(), 0);
}

void tst_PayerRuleService::listsEveryProblem()
{
    PayerRule r;
    r.codes = {QStringLiteral("73721"), QStringLiteral("ABC.D"), QStringLiteral("20-10")};
    r.modifiersPresent = {QStringLiteral("LTX")};
    r.placeOfService = QStringLiteral("1A");
    r.minAge = 40;
    r.maxAge = 30;
    auto saved = m_rules->save(m_manager, r);
    QVERIFY(!saved.ok());
    const QStringList lines = saved.error().userMessage.split(QLatin1Char('\n'));
    // name, two codes, modifier, place of service, ages, message: one sentence each.
    QCOMPARE(lines.size(), 7);
    for (const QString &line : lines)
        QVERIFY2(line.endsWith(QLatin1Char('.')) || line.endsWith(QStringLiteral(".”")),
            qPrintable(line));
    const auto problems = PayerRuleService::check(r);
    QCOMPARE(problems.size(), 7);
    QCOMPARE(problems.at(1).field, QStringLiteral("codes"));
    QCOMPARE(problems.at(1).index, 1);
    QCOMPARE(problems.at(2).index, 2);
}

void tst_PayerRuleService::normalizesBeforeSaving()
{
    PayerRule r = summitMri();
    r.name = QStringLiteral("  Summit   knee MRI ");
    r.codes
        = {QStringLiteral(" 73721"), QStringLiteral("73721"), QStringLiteral("g0439"), QString()};
    r.modifiersAbsent = {QStringLiteral("lt"), QStringLiteral("LT")};
    r.sex = QStringLiteral("f");
    auto saved = m_rules->save(m_manager, r);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userMessage));
    QCOMPARE(saved->name, QStringLiteral("Summit knee MRI"));
    QCOMPARE(saved->codes, (QStringList {QStringLiteral("73721"), QStringLiteral("G0439")}));
    QCOMPARE(saved->modifiersAbsent, QStringList {QStringLiteral("LT")});
    QCOMPARE(saved->sex, QStringLiteral("F"));
    // Stored as the schema says: space-separated lists.
    QCOMPARE(m_db->value(QStringLiteral("SELECT codes FROM payer_rules")).toString(),
        QStringLiteral("73721 G0439"));
}

void tst_PayerRuleService::insertsAndUpdates()
{
    QSignalSpy changed(m_rules.get(), &PayerRuleService::changed);
    auto saved = m_rules->save(m_manager, summitMri());
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().userMessage));
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->payerName, QStringLiteral("Summit Health Plan"));
    QCOMPARE(changed.size(), 1);

    auto second = m_rules->save(m_manager, modifier25());
    QVERIFY(second.ok());
    QCOMPARE(second->payerId, 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT payer_id IS NULL FROM payer_rules WHERE id = %1")
                             .arg(second->id))
                 .toInt(),
        1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT min_age IS NULL AND max_age IS NULL FROM "
                                        "payer_rules WHERE id = %1")
                             .arg(saved->id))
                 .toInt(),
        1);

    PayerRule edit = saved.value();
    edit.active = false;
    edit.codes.append(QStringLiteral("73722"));
    auto updated = m_rules->save(m_manager, edit);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().userMessage));
    QCOMPARE(updated->id, saved->id);
    QCOMPARE(updated->version, 2);
    QVERIFY(!updated->active);
    QCOMPARE(changed.size(), 3);

    auto all = m_rules->rules(m_manager);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    auto active = m_rules->rules(m_manager, true);
    QVERIFY(active.ok());
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->constFirst().name, modifier25().name);
    const PayerRule &back = all->at(all->constFirst().id == saved->id ? 0 : 1);
    QCOMPARE(back.codes, (QStringList {QStringLiteral("73721"), QStringLiteral("73722")}));
    QCOMPARE(back.payerName, QStringLiteral("Summit Health Plan"));
    QCOMPARE(back.action, PayerRule::Action::Authorization);
    QCOMPARE(back.fix, summitMri().fix);

    auto one = m_rules->rule(m_manager, second->id);
    QVERIFY(one.ok() && one.value());
    QCOMPARE(one.value()->modifiersAbsent, QStringList {QStringLiteral("25")});
    QCOMPARE(one.value()->minAge, 18);
    QCOMPARE(one.value()->maxAge, 64);
    QCOMPARE(one.value()->severity, Finding::Severity::Warning);
    QCOMPARE(one.value()->placeOfService, QStringLiteral("11"));

    QCOMPARE(auditCount(QStringLiteral("payer_rule.create")), 2);
    QCOMPARE(auditCount(QStringLiteral("payer_rule.update")), 1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT username FROM audit_log WHERE action = "
                                        "'payer_rule.update'"))
                 .toString(),
        m_manager.username);
    auto verified = m_db->ws().audit().verify();
    QVERIFY(verified.ok() && verified->intact);
}

void tst_PayerRuleService::staleUpdateIsAConflict()
{
    auto saved = m_rules->save(m_manager, summitMri());
    QVERIFY(saved.ok());
    PayerRule mine = saved.value();
    PayerRule theirs = saved.value();
    theirs.message = QStringLiteral("Theirs.");
    QVERIFY(m_rules->save(m_manager, theirs).ok());

    QSignalSpy changed(m_rules.get(), &PayerRuleService::changed);
    mine.message = QStringLiteral("Mine.");
    auto stale = m_rules->save(m_manager, mine);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().userMessage.contains(QStringLiteral("Another seat saved")),
        qPrintable(stale.error().userMessage));
    QCOMPARE(m_db->value(QStringLiteral("SELECT message FROM payer_rules")).toString(),
        QStringLiteral("Theirs."));
    QCOMPARE(m_db->value(QStringLiteral("SELECT version FROM payer_rules")).toInt(), 2);
    QCOMPARE(auditCount(QStringLiteral("payer_rule.update")), 1);
    QCOMPARE(changed.size(), 0);
}

void tst_PayerRuleService::updateOfARemovedRule()
{
    auto saved = m_rules->save(m_manager, summitMri());
    QVERIFY(saved.ok());
    QVERIFY(m_rules->remove(m_manager, saved->id).ok());
    auto again = m_rules->save(m_manager, saved.value());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QVERIFY(again.error().userMessage.contains(QStringLiteral("deleted")));
    QCOMPARE(ruleCount(), 0);
}

void tst_PayerRuleService::namesAreUnique()
{
    QVERIFY(m_rules->save(m_manager, summitMri()).ok());
    PayerRule other = modifier25();
    other.name = QStringLiteral("SUMMIT KNEE  mri");
    auto saved = m_rules->save(m_manager, other);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY(saved.error().userMessage.contains(QStringLiteral("already named “Summit knee MRI”")));
    QCOMPARE(ruleCount(), 1);
    // Saving a rule under its own name is no clash.
    auto first = m_rules->rules(m_manager);
    QVERIFY(first.ok());
    QVERIFY(m_rules->save(m_manager, first->constFirst()).ok());
}

void tst_PayerRuleService::unknownPayerIsRefused()
{
    PayerRule r = summitMri();
    r.payerId = 999;
    auto saved = m_rules->save(m_manager, r);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY(saved.error().userMessage.contains(QStringLiteral("payer")));
    QCOMPARE(ruleCount(), 0);
}

void tst_PayerRuleService::removes()
{
    auto saved = m_rules->save(m_manager, summitMri());
    QVERIFY(saved.ok());
    QSignalSpy changed(m_rules.get(), &PayerRuleService::changed);
    QVERIFY(m_rules->remove(m_manager, saved->id).ok());
    QCOMPARE(ruleCount(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                        "'payer_rule.remove' AND entity_id = %1")
                             .arg(saved->id))
                 .toString(),
        QStringLiteral("Summit knee MRI"));
    auto twice = m_rules->remove(m_manager, saved->id);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Error::Kind::NotFound);
    QCOMPARE(changed.size(), 1);
}

void tst_PayerRuleService::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("mayWrite");
    QTest::newRow("coder") << Role::Coder << false;
    QTest::newRow("biller") << Role::Biller << false;
    QTest::newRow("provider") << Role::Provider << false;
    QTest::newRow("manager") << Role::Manager << true;
    QTest::newRow("admin") << Role::Admin << true;
}

void tst_PayerRuleService::permissions()
{
    QFETCH(Role, role);
    QFETCH(bool, mayWrite);
    auto existing = m_rules->save(m_manager, summitMri());
    QVERIFY(existing.ok());
    const QString file = m_db->dir() + QStringLiteral("/rules.json");
    QVERIFY(m_rules->exportToFile(m_manager, file).ok());
    const Session who = m_users.at(role);
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    // Everyone may read the rules the scrubber applies to their work.
    auto read = m_rules->rules(who);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);

    auto saved = m_rules->save(who, modifier25());
    auto removed = m_rules->remove(who, existing->id);
    auto exported = m_rules->exportToFile(who, m_db->dir() + QStringLiteral("/mine.json"));
    auto imported = m_rules->importFromFile(who, file);
    auto checked = m_rules->checkImport(who, file);
    if (mayWrite) {
        QVERIFY(saved.ok() && removed.ok() && exported.ok() && imported.ok() && checked.ok());
        return;
    }
    for (const Error &e :
        {saved.error(), removed.error(), exported.error(), imported.error(), checked.error()}) {
        QCOMPARE(e.kind, Error::Kind::Forbidden);
        QVERIFY2(
            e.userMessage.contains(QStringLiteral("write payer rules")), qPrintable(e.userMessage));
    }
    QCOMPARE(ruleCount(), 1);
    QVERIFY(!QFile::exists(m_db->dir() + QStringLiteral("/mine.json")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
}

void tst_PayerRuleService::readingNeedsALogin()
{
    auto read = m_rules->rules(Session());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Forbidden);
}

void tst_PayerRuleService::describe_data()
{
    QTest::addColumn<PayerRule>("rule");
    QTest::addColumn<QString>("sentence");

    PayerRule mri = summitMri();
    mri.payerName = QStringLiteral("Summit Health Plan");
    QTest::newRow("authorization") << mri
                                   << QStringLiteral("For Summit Health Plan, 73721 needs a prior "
                                                     "authorization active on the date of "
                                                     "service.");
    PayerRule mri2 = mri;
    mri2.codes.append(QStringLiteral("7372*"));
    mri2.placeOfService = QStringLiteral("22");
    QTest::newRow("authorization, two codes, a condition")
        << mri2
        << QStringLiteral("For Summit Health Plan, 73721 or any code starting with 7372 needs "
                          "a prior authorization active on the date of service when the place "
                          "of service is 22.");
    QTest::newRow("warning, every condition")
        << modifier25()
        << QStringLiteral("For every payer, any code starting with 992 or any code from 99381 "
                          "to 99387 raises a warning when the line does not carry modifier "
                          "25, the place of service is 11, the patient is 18 to 64 years old "
                          "and the patient is female: “An E/M on the day of a procedure "
                          "usually carries 25.”");
    PayerRule any;
    any.message = QStringLiteral("Check the payer's policy");
    any.modifiersPresent = {QStringLiteral("GA"), QStringLiteral("GZ")};
    any.minAge = 65;
    any.active = false;
    QTest::newRow("inactive error")
        << any
        << QStringLiteral("Inactive, so not checked: For every payer, every service raises an "
                          "error when the line carries modifier GA or GZ and the patient is "
                          "65 or older: “Check the payer's policy”");
}

void tst_PayerRuleService::describe()
{
    QFETCH(PayerRule, rule);
    QFETCH(QString, sentence);
    QCOMPARE(PayerRuleService::describe(rule), sentence);
}

void tst_PayerRuleService::exportThenImportIntoAFreshPractice()
{
    PayerRule inactive = modifier25();
    inactive.name = QStringLiteral("Blue Cross preventive");
    inactive.payerId = 3;
    inactive.codes = {QStringLiteral("G0439")};
    inactive.modifiersAbsent.clear();
    inactive.modifiersPresent = {QStringLiteral("33")};
    inactive.minAge = -1;
    inactive.active = false;
    inactive.fix = QStringLiteral("Bill with 33.");
    for (const PayerRule &r : {summitMri(), modifier25(), inactive})
        QVERIFY(m_rules->save(m_manager, r).ok());
    auto before = m_rules->rules(m_manager);
    QVERIFY(before.ok());

    const QString path = m_db->dir() + QStringLiteral("/payer-rules.json");
    auto exported = m_rules->exportToFile(m_manager, path);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().userMessage));
    QCOMPARE(exported.value(), 3);
    QCOMPARE(auditCount(QStringLiteral("payer_rule.export")), 1);

    // The file names payers by their payer id code and name, never by a row id.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(
        root.value(QLatin1String("format")).toString(), QStringLiteral("cleanclaim-payer-rules"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    QCOMPARE(rules.size(), 3);
    bool sawSummit = false;
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.contains(QLatin1String("id")));
        if (o.value(QLatin1String("name")).toString() == summitMri().name) {
            sawSummit = true;
            QCOMPARE(o.value(QLatin1String("payer")).toObject(),
                (QJsonObject {{QStringLiteral("id"), QStringLiteral("SMHP2")},
                    {QStringLiteral("name"), QStringLiteral("Summit Health Plan")}}));
            QCOMPARE(o.value(QLatin1String("action")).toString(), QStringLiteral("authorization"));
            QVERIFY(o.value(QLatin1String("minAge")).isNull());
        }
        if (o.value(QLatin1String("name")).toString() == modifier25().name) {
            QVERIFY(o.value(QLatin1String("payer")).isNull());
            QCOMPARE(o.value(QLatin1String("minAge")).toInt(), 18);
        }
    }
    QVERIFY(sawSummit);

    // A fresh practice: the same payers (the demo), no rules.
    test::TestDatabase fresh;
    QVERIFY2(fresh.makeDemo(4, 11), qPrintable(fresh.errorText()));
    fresh.value(QStringLiteral("DELETE FROM payer_rules"));
    PayerRuleService other(fresh.ws().database(), fresh.ws().audit());
    const Session admin = fresh.login(Role::Admin);
    auto preview = other.checkImport(admin, path);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().userMessage));
    QCOMPARE(preview->added, 3);
    QCOMPARE(preview->updated, 0);
    QCOMPARE(fresh.value(QStringLiteral("SELECT count(*) FROM payer_rules")).toInt(), 0);

    QSignalSpy changed(&other, &PayerRuleService::changed);
    auto imported = other.importFromFile(admin, path);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().userMessage));
    QCOMPARE(imported->added, 3);
    QCOMPARE(imported->updated, 0);
    QCOMPARE(changed.size(), 1);
    auto after = other.rules(admin);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        const PayerRule &a = before->at(i);
        const PayerRule &b = after->at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.payerId, a.payerId); // same demo payers, same ids
        QCOMPARE(b.payerName, a.payerName);
        QCOMPARE(b.codes, a.codes);
        QCOMPARE(b.modifiersPresent, a.modifiersPresent);
        QCOMPARE(b.modifiersAbsent, a.modifiersAbsent);
        QCOMPARE(b.placeOfService, a.placeOfService);
        QCOMPARE(b.minAge, a.minAge);
        QCOMPARE(b.maxAge, a.maxAge);
        QCOMPARE(b.sex, a.sex);
        QCOMPARE(b.action, a.action);
        QCOMPARE(b.severity, a.severity);
        QCOMPARE(b.message, a.message);
        QCOMPARE(b.fix, a.fix);
        QCOMPARE(b.active, a.active);
        QCOMPARE(b.version, 1);
    }
    QCOMPARE(fresh
                 .value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'payer_rule.create'"))
                 .toInt(),
        3);
    QCOMPARE(fresh
                 .value(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                       "'payer_rule.import'"))
                 .toString(),
        QStringLiteral("payer-rules.json: added 3, updated 0"));

    // The same file again replaces each rule by name.
    auto again = other.importFromFile(admin, path);
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 3);
    QCOMPARE(fresh.value(QStringLiteral("SELECT count(*) FROM payer_rules")).toInt(), 3);
    QCOMPARE(fresh.value(QStringLiteral("SELECT min(version) FROM payer_rules")).toInt(), 2);
    auto verified = fresh.ws().audit().verify();
    QVERIFY(verified.ok() && verified->intact);
}

void tst_PayerRuleService::importReplacesTheRuleOfTheSameName()
{
    auto existing = m_rules->save(m_manager, summitMri());
    QVERIFY(existing.ok());
    const QByteArray json = R"({"format": "cleanclaim-payer-rules", "version": 1, "rules": [
        {"name": "summit KNEE mri", "payer": {"id": "SMHP2", "name": "Summit Health Plan"},
         "codes": ["73721", "73723"], "action": "authorization", "message": "New text."},
        {"name": "Medicaid adult vision", "payer": {"id": "MCDMI"}, "codes": ["92004"],
         "minAge": 21, "severity": "warning", "message": "Medicaid covers adult eye exams once a year."}
    ]})";
    const QString path = writeFile(json);
    auto imported = m_rules->importFromFile(m_manager, path);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().userMessage));
    QCOMPARE(imported->added, 1);
    QCOMPARE(imported->updated, 1);
    auto updated = m_rules->rule(m_manager, existing->id);
    QVERIFY(updated.ok() && updated.value());
    QCOMPARE(updated.value()->name, QStringLiteral("summit KNEE mri"));
    QCOMPARE(updated.value()->message, QStringLiteral("New text."));
    QCOMPARE(updated.value()->version, 2);
    QVERIFY(updated.value()->fix.isEmpty());
    auto all = m_rules->rules(m_manager);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    const PayerRule &medicaid = all->constFirst();
    QCOMPARE(medicaid.payerId, 2);
    QCOMPARE(medicaid.minAge, 21);
    QCOMPARE(medicaid.maxAge, -1);
    QCOMPARE(medicaid.severity, Finding::Severity::Warning);
    QCOMPARE(medicaid.action, PayerRule::Action::Finding);
    QVERIFY(medicaid.active);
}

void tst_PayerRuleService::badImportsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("says");

    const QByteArray head = R"({"format": "cleanclaim-payer-rules", "version": 1, "rules": )";
    const QByteArray good = R"({"name": "Good", "codes": ["73721"], "message": "m."})";
    auto rules = [&](const QByteArray &a, const QByteArray &b = {}) {
        return head + "[" + a + (b.isEmpty() ? QByteArray() : ", " + b) + "]}";
    };
    auto says = [](std::initializer_list<const char *> parts) {
        QStringList out;
        for (const char *p : parts)
            out.append(QString::fromUtf8(p));
        return out;
    };
    QTest::newRow("not JSON") << QByteArray(
        "{\"format\": \"cleanclaim-payer-rules\",\n \"rules\": [")
                              << says({"is not valid JSON", "line 2"});
    QTest::newRow("empty file") << QByteArray() << says({"is not valid JSON"});
    QTest::newRow("an array") << QByteArray("[]")
                              << says({"is not a file of CleanClaim payer rules"});
    QTest::newRow("another format")
        << QByteArray(R"({"format": "cleanclaim-templates", "version": 1, "rules": []})")
        << says({"is not a file of CleanClaim payer rules"});
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "cleanclaim-payer-rules", "version": 2, "rules": []})")
        << says({"newer CleanClaim", "version 2"});
    QTest::newRow("rules not a list")
        << QByteArray(R"({"format": "cleanclaim-payer-rules", "version": 1, "rules": {}})")
        << says({"\"rules\" must be a list"});
    QTest::newRow("no rules") << rules({}) << says({"holds no rules"});
    QTest::newRow("bad code in the second rule")
        << rules(good, R"({"name": "Bad", "codes": ["73721", "7-3"], "message": "m."})")
        << says({"rules[1].codes[1]: “7-3” is not a code", "1 problem"});
    QTest::newRow("unknown payer") << rules(
        R"({"name": "P", "payer": {"id": "ZZZ99", "name": "Nowhere Health"}, "message": "m."})")
                                   << says({"rules[0].payer: No payer of this practice has the "
                                            "payer id ZZZ99 (Nowhere "
                                            "Health)"});
    QTest::newRow("payer by row id")
        << rules(R"({"name": "P", "payer": 4, "message": "m."})") << says({"rules[0].payer:"});
    QTest::newRow("misspelt field")
        << rules(R"({"name": "P", "modifersPresent": ["25"], "message": "m."})")
        << says({"rules[0].modifersPresent: This is not a field"});
    QTest::newRow("age as text") << rules(R"({"name": "P", "minAge": "18", "message": "m."})")
                                 << says({"rules[0].minAge: An age is a whole number"});
    QTest::newRow("fractional age")
        << rules(R"({"name": "P", "maxAge": 17.5, "message": "m."})") << says({"rules[0].maxAge:"});
    QTest::newRow("codes as text") << rules(R"({"name": "P", "codes": "73721", "message": "m."})")
                                   << says({"rules[0].codes: This must be a list"});
    QTest::newRow("unknown action") << rules(R"({"name": "P", "action": "deny", "message": "m."})")
                                    << says({"rules[0].action:"});
    QTest::newRow("same name twice")
        << rules(good, R"({"name": "GOOD", "codes": ["73722"], "message": "m."})")
        << says({"rules[1].name: rules[0] has the same name"});
    QTest::newRow("several problems")
        << rules(R"({"codes": ["ABC-ABD", "x"], "sex": "X", "minAge": 9, "maxAge": 3})")
        << says({"5 problem", "rules[0].name:", "rules[0].codes[1]:", "rules[0].sex:",
               "rules[0].maxAge:", "rules[0].message:"});
    QTest::newRow("a rule not an object") << rules(good, "\"Bad\"") << says({"rules[1]: A rule"});
}

void tst_PayerRuleService::badImportsChangeNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, says);
    auto existing = m_rules->save(m_manager, summitMri());
    QVERIFY(existing.ok());
    const QString path = writeFile(json);
    QVERIFY(!path.isEmpty());
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QSignalSpy changed(m_rules.get(), &PayerRuleService::changed);

    auto checked = m_rules->checkImport(m_manager, path);
    QVERIFY(!checked.ok());
    auto imported = m_rules->importFromFile(m_manager, path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Invalid);
    QCOMPARE(imported.error().userMessage, checked.error().userMessage);
    for (const QString &part : says)
        QVERIFY2(
            imported.error().userMessage.contains(part), qPrintable(imported.error().userMessage));
    QVERIFY(imported.error().userMessage.contains(QStringLiteral("nothing")));

    // The rule already there is untouched, nothing else was added or audited.
    QCOMPARE(ruleCount(), 1);
    auto kept = m_rules->rule(m_manager, existing->id);
    QVERIFY(kept.ok() && kept.value());
    QCOMPARE(kept.value()->version, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(changed.size(), 0);
}

void tst_PayerRuleService::importOfAMissingFile()
{
    auto imported = m_rules->importFromFile(m_manager, m_db->dir() + QStringLiteral("/none.json"));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Open);
    QVERIFY(imported.error().userMessage.contains(QStringLiteral("none.json could not be opened")));
    QVERIFY(imported.error().detail.contains(QStringLiteral("none.json")));
}

void tst_PayerRuleService::exportToAnUnwritableFolder()
{
    QVERIFY(m_rules->save(m_manager, summitMri()).ok());
    auto exported = m_rules->exportToFile(
        m_manager, m_db->dir() + QStringLiteral("/no-such-folder/rules.json"));
    QVERIFY(!exported.ok());
    QVERIFY(exported.error().userMessage.contains(QStringLiteral("rules.json")));
    QVERIFY(!exported.error().detail.isEmpty());
    QCOMPARE(auditCount(QStringLiteral("payer_rule.export")), 0);
}

QTEST_GUILESS_MAIN(tst_PayerRuleService)
#include "tst_payerruleservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/templateservice.h"
#include "testdatabase.h"

#include <QTest>

using namespace cc;

class tst_TemplateService : public QObject
{
    Q_OBJECT
private slots:
    void shippedTemplatesAreCompliant();
    void checklistsForEachSpecialty();
    void parseQuery_data();
    void parseQuery();
    void managerEditsAndResets();
    void coderMayNotEdit();
};

void tst_TemplateService::shippedTemplatesAreCompliant()
{
    test::TestDatabase t;
    auto all = t.ws().templates().queryTemplates();
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().userMessage));
    QVERIFY(all->size() >= 5);
    QStringList forms;
    for (const QueryTemplate &q : all.value()) {
        forms.append(q.form);
        QVERIFY(!q.source.isEmpty());
    }
    QVERIFY(forms.contains(QStringLiteral("open")));
    QVERIFY(forms.contains(QStringLiteral("multiple_choice")));
    QVERIFY(forms.contains(QStringLiteral("yes_no")));
}

void tst_TemplateService::checklistsForEachSpecialty()
{
    test::TestDatabase t;
    for (const char *specialty : {"primary_care", "orthopedics", "cardiology"}) {
        auto c = t.ws().templates().checklist(QString::fromLatin1(specialty));
        QVERIFY(c.ok() && c.value());
        QVERIFY(std::any_of(c.value()->items.cbegin(), c.value()->items.cend(),
                            [](const ChecklistItem &i) { return i.required; }));
    }
    auto ortho = t.ws().templates().checklist(QStringLiteral("orthopedics"));
    QVERIFY(std::any_of(ortho.value()->items.cbegin(), ortho.value()->items.cend(),
                        [](const ChecklistItem &i) { return i.key == QLatin1String("laterality"); }));
    auto none = t.ws().templates().checklist(QStringLiteral("dermatology"));
    QVERIFY(none.ok() && !none.value());
}

void tst_TemplateService::parseQuery_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::newRow("open") << QStringLiteral(
            R"({"key":"k","title":"t","form":"open","question":"q?","options":[]})") << true;
    QTest::newRow("mc complete") << QStringLiteral(
            R"({"key":"k","title":"t","form":"multiple_choice","question":"q?","options":["A","Other","Clinically undetermined"]})")
                                 << true;
    QTest::newRow("mc without undetermined") << QStringLiteral(
            R"({"key":"k","title":"t","form":"multiple_choice","question":"q?","options":["A","B","Other"]})")
                                             << false;
    QTest::newRow("yes no with maybe") << QStringLiteral(
            R"({"key":"k","title":"t","form":"yes_no","question":"q?","options":["Yes","No","Maybe"]})")
                                       << false;
    QTest::newRow("open with options") << QStringLiteral(
            R"({"key":"k","title":"t","form":"open","question":"q?","options":["A"]})") << false;
    QTest::newRow("unknown form") << QStringLiteral(
            R"({"key":"k","title":"t","form":"leading","question":"q?"})") << false;
    QTest::newRow("not json") << QStringLiteral("{key: k") << false;
}

void tst_TemplateService::parseQuery()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    auto t = TemplateService::parseQuery(json);
    QCOMPARE(t.ok(), ok);
    if (!ok)
        QVERIFY(!t.error().userMessage.isEmpty());
}

void tst_TemplateService::managerEditsAndResets()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(10));
    const Session manager = t.login(Role::Manager);
    auto original = t.ws().templates().content(TemplateService::Kind::Query,
                                               QStringLiteral("mc-laterality"));
    QVERIFY(original.ok());
    QVERIFY(!original->second);
    QString edited = original->first;
    edited.replace(QStringLiteral("which side is affected?"), QStringLiteral("which side?"));
    QVERIFY(t.ws().templates().save(manager, TemplateService::Kind::Query,
                                    QStringLiteral("mc-laterality"), edited)
                    .ok());
    auto now = t.ws().templates().queryTemplate(QStringLiteral("mc-laterality"));
    QVERIFY(now.ok() && now.value());
    QVERIFY(now.value()->question.endsWith(QStringLiteral("which side?")));
    // An edit that drops "Clinically undetermined" is refused and changes nothing.
    QString bad = edited;
    bad.replace(QStringLiteral(", \"Clinically undetermined\""), QString());
    auto refused = t.ws().templates().save(manager, TemplateService::Kind::Query,
                                           QStringLiteral("mc-laterality"), bad);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().userMessage.contains(QStringLiteral("Clinically undetermined")));
    QVERIFY(t.ws().templates().queryTemplate(QStringLiteral("mc-laterality")).value()->options.contains(
            QStringLiteral("Clinically undetermined")));
    QVERIFY(t.ws().templates().reset(manager, TemplateService::Kind::Query,
                                     QStringLiteral("mc-laterality"))
                    .ok());
    QVERIFY(!t.ws().templates().content(TemplateService::Kind::Query,
                                        QStringLiteral("mc-laterality"))
                     ->second);
}

void tst_TemplateService::coderMayNotEdit()
{
    test::TestDatabase t;
    QVERIFY(t.makeDemo(10));
    auto text = t.ws().templates().content(TemplateService::Kind::Checklist,
                                           QStringLiteral("cardiology"));
    auto r = t.ws().templates().save(t.login(Role::Coder), TemplateService::Kind::Checklist,
                                     QStringLiteral("cardiology"), text->first);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
}

QTEST_GUILESS_MAIN(tst_TemplateService)
#include "tst_templateservice.moc"

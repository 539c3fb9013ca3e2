// SPDX-License-Identifier: GPL-3.0-or-later
// Code-set releases: imports, validity by date of service, search, cancel, the starter set.
#include "services/auditservice.h"
#include "services/codesetservice.h"
#include "services/demoscenarios.h"
#include "services/practiceservice.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cc;

namespace {
/// The query counting codes whose search index holds a word starting with @p prefix (FTS5's
/// table on SQLite, the codes' tsvector column on a server).
QString indexedWith(const QString &prefix)
{
    if (test::TestDatabase::onServer())
        return QStringLiteral("SELECT count(*) FROM codes WHERE search @@ "
                              "to_tsquery('simple', '%1:*')").arg(prefix);
    return QStringLiteral("SELECT count(*) FROM code_search WHERE code_search MATCH '%1*'")
            .arg(prefix);
}
} // namespace
using codes::CodeFileFormat;
using Status = CodeSetService::Lookup::Status;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/codes/") + QLatin1String(name);
}

CodeSetService::ImportRequest request(CodeFileFormat format, const char *file, const QString &name,
                                      const QDate &from)
{
    return {format, fixture(file), name, from};
}

/// The error of a failed result, for test messages (the message is built even on success).
template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : (r.error().userMessage + QLatin1Char(' ') + r.error().detail).toLocal8Bit();
}

QStringList codesOf(const QList<CodeEntry> &entries)
{
    QStringList out;
    for (const CodeEntry &e : entries)
        out.append(e.code);
    return out;
}

const QDate kFy2025(2024, 10, 1);
const QDate kFy2026(2025, 10, 1);

} // namespace

class tst_CodeSetService : public QObject
{
    Q_OBJECT
private slots:
    void importsOrderFile();
    void importsHcpcsWithModifiersAndTerminations();
    void importsCptCsv();
    void refusesMalformedFileWhole_data();
    void refusesMalformedFileWhole();
    void refusesBadRequests();
    void reimportReplacesRelease();
    void rangesStayConsistent();
    void sameDateOtherNameIsRefused();
    void validityAcrossReleases();
    void headersAndChildren();
    void searchRanksTypedCodeFirst_data();
    void searchRanksTypedCodeFirst();
    void searchMatchesWordPrefixesInAnyOrder();
    void searchFlagsHeaders();
    void searchFollowsDateOfService();
    void searchFiltersKinds();
    void cancelLeavesNothing();
    void cancelledReplacementKeepsOldRelease();
    void importOnWorkerThread();
    void importNeedsPermission();
    void starterSetCoversDemo();
    void emptyPracticeGetsStarterSet();
    void starterTitlesAreCmsTitles();
    void importsSharedCmsFiles();

private:
    static qint64 scalar(test::TestDatabase &t, const QString &sql)
    {
        QSqlQuery q(t.ws().database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static CodeSetService::ImportSummary mustImport(test::TestDatabase &t,
                                                    const CodeSetService::ImportRequest &r)
    {
        auto s = t.ws().codes().importFile(std::nullopt, r);
        if (!s)
            qFatal("import failed: %s", qPrintable(s.error().userMessage + s.error().detail));
        return s.value();
    }
};

void tst_CodeSetService::importsOrderFile()
{
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.errorText()));
    auto s = t.ws().codes().importFile(
            std::nullopt, request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                                  QStringLiteral("ICD-10-CM test"), kFy2026));
    QVERIFY2(s.ok(), why(s).constData());
    QCOMPARE(s->release.kind, CodeKind::Icd10Cm);
    QCOMPARE(s->release.name, QStringLiteral("ICD-10-CM test"));
    QCOMPARE(s->release.effectiveFrom, kFy2026);
    QVERIFY(!s->release.effectiveTo);
    QCOMPARE(s->release.codeCount, qint64(20));
    QCOMPARE(s->release.importedBy, QStringLiteral("console"));
    QVERIFY(s->release.source.contains(QStringLiteral("icd10cm_order_small.txt")));
    QVERIFY(!s->replaced);
    auto releases = t.ws().codes().releases();
    QVERIFY(releases.ok());
    QCOMPARE(releases->size(), 1);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'codes.import' AND entity = 'code_release'")),
             qint64(1));

    // Stored without dots, shown with them; Windows-1252 titles decoded.
    auto l = t.ws().codes().lookup(QStringLiteral("h81.01"), QDate(2026, 3, 1));
    QVERIFY(l.ok());
    QCOMPARE(l->status, Status::Valid);
    QCOMPARE(l->entry->code, QStringLiteral("H8101"));
    QCOMPARE(l->entry->displayCode(), QStringLiteral("H81.01"));
    QCOMPARE(l->entry->description(), QStringLiteral("M\u00e9ni\u00e8re\u2019s disease, right ear"));
    QVERIFY2(l->message.contains(QStringLiteral("H81.01")), qPrintable(l->message));
    auto cafe = t.ws().codes().search(QStringLiteral("cafe"), QDate(2026, 3, 1));
    QVERIFY(cafe.ok());
    QCOMPARE(codesOf(cafe.value()), QStringList{QStringLiteral("L813")});
}

void tst_CodeSetService::importsHcpcsWithModifiersAndTerminations()
{
    test::TestDatabase t;
    const auto s = mustImport(t, request(CodeFileFormat::Hcpcs, "hcpcs_small.txt",
                                         QStringLiteral("HCPCS 2020"), QDate(2020, 1, 1)));
    QCOMPARE(s.release.kind, CodeKind::Hcpcs);
    QCOMPARE(s.release.codeCount, qint64(8));
    QCOMPARE(s.release.modifierCount, qint64(3));
    const QDate dos(2020, 6, 1);
    auto awv = t.ws().codes().lookup(QStringLiteral("G0439"), dos);
    QCOMPARE(awv->status, Status::Valid);
    QCOMPARE(awv->entry->longDescription,
             QStringLiteral("Annual wellness visit, includes a personalized prevention plan of "
                            "service (pps), subsequent visit"));
    QCOMPARE(awv->entry->addDate, std::optional<QDate>(QDate(2011, 1, 1)));
    // Terminated before the release took effect: kept, with its dates, but not valid.
    auto retired = t.ws().codes().lookup(QStringLiteral("G9999"), dos);
    QCOMPARE(retired->status, Status::Terminated);
    QCOMPARE(retired->entry->termDate, std::optional<QDate>(QDate(2019, 12, 31)));
    QVERIFY2(retired->message.contains(QStringLiteral("2019-12-31")), qPrintable(retired->message));
    auto found = t.ws().codes().search(QStringLiteral("retired"), dos);
    QVERIFY(found->isEmpty());
    auto mods = t.ws().codes().modifiers(dos);
    QVERIFY(mods.ok());
    QCOMPARE(mods->size(), 3);
    QCOMPARE(mods->at(1).modifier, QStringLiteral("RT"));
    QCOMPARE(mods->at(1).longDescription,
             QStringLiteral("Right side (used to identify procedures performed on the right side "
                            "of the body)"));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM code_modifiers")), qint64(3));
}

void tst_CodeSetService::importsCptCsv()
{
    test::TestDatabase t;
    const auto s = mustImport(t, request(CodeFileFormat::CptCsv, "cpt_small.csv",
                                         QStringLiteral("CPT 2026"), QDate(2026, 1, 1)));
    QCOMPARE(s.release.kind, CodeKind::Cpt);
    QCOMPARE(s.release.codeCount, qint64(5));
    QCOMPARE(s.release.modifierCount, qint64(1));
    auto glucose = t.ws().codes().lookup(QStringLiteral("82947"), QDate(2026, 2, 2));
    QCOMPARE(glucose->status, Status::Valid);
    QCOMPARE(glucose->entry->longDescription,
             QStringLiteral("Blood sugar measured by the lab\u2019s analyzer, also called "
                            "\"quantitative\""));
    auto typed = t.ws().codes().search(QStringLiteral("9921"), QDate(2026, 2, 2));
    QCOMPARE(codesOf(typed.value()), (QStringList{QStringLiteral("99213"), QStringLiteral("99214")}));
}

void tst_CodeSetService::refusesMalformedFileWhole_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("where");
    QTest::newRow("order file") << int(CodeFileFormat::Icd10CmOrder)
                                << QStringLiteral("icd10cm_order_bad.txt")
                                << QStringList{QStringLiteral(":3: "), QStringLiteral(":5: ")};
    QTest::newRow("hcpcs") << int(CodeFileFormat::Hcpcs) << QStringLiteral("hcpcs_bad.txt")
                           << QStringList{QStringLiteral(":9: "), QStringLiteral(":11: ")};
    QTest::newRow("cpt") << int(CodeFileFormat::CptCsv) << QStringLiteral("cpt_bad.csv")
                         << QStringList{QStringLiteral(":3: "), QStringLiteral(":4: "),
                                        QStringLiteral(":5: ")};
    QTest::newRow("cpt without header") << int(CodeFileFormat::CptCsv)
                                        << QStringLiteral("cpt_no_header.csv")
                                        << QStringList{QStringLiteral(":1: ")};
}

void tst_CodeSetService::refusesMalformedFileWhole()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    QFETCH(QStringList, where);
    test::TestDatabase t;
    const QString path = fixture(qPrintable(file));
    auto s = t.ws().codes().importFile(std::nullopt, {CodeFileFormat(format), path,
                                                      QStringLiteral("Bad"), QDate(2026, 1, 1)});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Invalid);
    QCOMPARE(s.error().exitCode(), 1);
    const QStringList lines = s.error().userMessage.split(QLatin1Char('\n'));
    QVERIFY2(lines.first().contains(QStringLiteral("was not imported")), qPrintable(lines.first()));
    QCOMPARE(lines.size(), where.size() + 1);
    for (int i = 0; i < where.size(); ++i)
        QVERIFY2(lines.at(i + 1).startsWith(path + where.at(i)), qPrintable(lines.at(i + 1)));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM code_releases")), qint64(0));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM codes")), qint64(0));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(0));
}

void tst_CodeSetService::refusesBadRequests()
{
    test::TestDatabase t;
    auto missing = t.ws().codes().importFile(
            std::nullopt, {CodeFileFormat::Icd10CmCodes, fixture("no_such_file.txt"),
                           QStringLiteral("X"), kFy2026});
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QCOMPARE(missing.error().exitCode(), 1);
    auto noName = t.ws().codes().importFile(
            std::nullopt,
            request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt", QStringLiteral("  "),
                    kFy2026));
    QCOMPARE(noName.error().kind, Error::Kind::Invalid);
    auto noDate = t.ws().codes().importFile(
            std::nullopt, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt",
                                  QStringLiteral("X"), QDate()));
    QCOMPARE(noDate.error().kind, Error::Kind::Invalid);
    // The wrong layout for the file is a malformed file, not a crash.
    auto wrong = t.ws().codes().importFile(
            std::nullopt, request(CodeFileFormat::Hcpcs, "icd10cm_codes_fy2026.txt",
                                  QStringLiteral("X"), kFy2026));
    QCOMPARE(wrong.error().kind, Error::Kind::Invalid);
}

void tst_CodeSetService::reimportReplacesRelease()
{
    test::TestDatabase t;
    const QString name = QStringLiteral("ICD-10-CM FY2026");
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt", name, kFy2026));
    // Re-imported from another file (and date): the release is replaced, not doubled.
    const auto again = mustImport(t, request(CodeFileFormat::Icd10CmCodes,
                                             "icd10cm_codes_fy2025.txt", name, kFy2025));
    QVERIFY(again.replaced);
    QCOMPARE(again.release.codeCount, qint64(7));
    QCOMPARE(again.release.effectiveFrom, kFy2025);
    QCOMPARE(t.ws().codes().releases()->size(), 1);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM codes")), qint64(7));
    const QDate dos(2026, 1, 5);
    QCOMPARE(t.ws().codes().lookup(QStringLiteral("E78010"), dos)->status, Status::Unknown);
    QCOMPARE(t.ws().codes().lookup(QStringLiteral("E7801"), dos)->status, Status::Valid);
    // The search index follows: the old words are gone, the new ones found.
    QVERIFY(t.ws().codes().search(QStringLiteral("homozygous"), dos)->isEmpty());
    QCOMPARE(codesOf(t.ws().codes().search(QStringLiteral("familial"), dos).value()),
             QStringList{QStringLiteral("E7801")});
    QCOMPARE(scalar(t, indexedWith(QStringLiteral("hyper"))),
             qint64(6));
}

void tst_CodeSetService::rangesStayConsistent()
{
    test::TestDatabase t;
    const auto file = "icd10cm_codes_fy2026.txt";
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, file, QStringLiteral("A"), kFy2025));
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, file, QStringLiteral("C"),
                          QDate(2026, 10, 1)));
    // B goes between A and C: A ends the day before B, B the day before C, C is open.
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, file, QStringLiteral("B"), kFy2026));
    mustImport(t, request(CodeFileFormat::CptCsv, "cpt_small.csv", QStringLiteral("CPT"),
                          QDate(2026, 1, 1)));
    auto all = t.ws().codes().releases();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    QHash<QString, CodeRelease> byName;
    for (const CodeRelease &r : all.value())
        byName.insert(r.name, r);
    QCOMPARE(byName.value(QStringLiteral("A")).effectiveTo,
             std::optional<QDate>(QDate(2025, 9, 30)));
    QCOMPARE(byName.value(QStringLiteral("B")).effectiveTo,
             std::optional<QDate>(QDate(2026, 9, 30)));
    QVERIFY(!byName.value(QStringLiteral("C")).effectiveTo);
    QVERIFY(!byName.value(QStringLiteral("CPT")).effectiveTo); // other kinds are not touched
    // Moving B later by re-importing it keeps the chain consistent.
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, file, QStringLiteral("B"),
                          QDate(2026, 4, 1)));
    const QList<CodeRelease> moved = t.ws().codes().releases().value();
    for (const CodeRelease &r : moved)
        byName.insert(r.name, r);
    QCOMPARE(byName.value(QStringLiteral("A")).effectiveTo,
             std::optional<QDate>(QDate(2026, 3, 31)));
    QCOMPARE(byName.value(QStringLiteral("B")).effectiveTo,
             std::optional<QDate>(QDate(2026, 9, 30)));
}

void tst_CodeSetService::sameDateOtherNameIsRefused()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt",
                          QStringLiteral("FY2026"), kFy2026));
    auto clash = t.ws().codes().importFile(
            std::nullopt, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2025.txt",
                                  QStringLiteral("Other"), kFy2026));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().kind, Error::Kind::Invalid);
    QVERIFY2(clash.error().userMessage.contains(QStringLiteral("already takes effect on "
                                                               "2025-10-01")),
             why(clash).constData());
    QCOMPARE(t.ws().codes().releases()->size(), 1);
}

void tst_CodeSetService::validityAcrossReleases()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2025.txt",
                          QStringLiteral("ICD-10-CM FY2025"), kFy2025));
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt",
                          QStringLiteral("ICD-10-CM FY2026"), kFy2026));
    CodeSetService &codes = t.ws().codes();
    // E78.01 was deleted (split in three) in FY2026.
    QCOMPARE(codes.lookup(QStringLiteral("E78.01"), QDate(2025, 9, 30))->status, Status::Valid);
    auto after = codes.lookup(QStringLiteral("E78.01"), kFy2026);
    QCOMPARE(after->status, Status::NotInForce);
    QCOMPARE(after->release->name, QStringLiteral("ICD-10-CM FY2025"));
    QVERIFY2(after->message.contains(QStringLiteral("\"ICD-10-CM FY2025\", in force from "
                                                    "2024-10-01 to 2025-09-30")),
             qPrintable(after->message));
    QVERIFY2(after->message.contains(QStringLiteral("not in the ICD-10-CM release \"ICD-10-CM "
                                                    "FY2026\"")),
             qPrintable(after->message));
    // And the codes that replaced it are valid only from FY2026 on.
    QCOMPARE(codes.lookup(QStringLiteral("E78.010"), kFy2026)->status, Status::Valid);
    auto before = codes.lookup(QStringLiteral("E78.010"), QDate(2025, 9, 30));
    QCOMPARE(before->status, Status::NotInForce);
    QCOMPARE(before->release->name, QStringLiteral("ICD-10-CM FY2026"));
    // Codes in both releases are valid throughout.
    QCOMPARE(codes.lookup(QStringLiteral("I10"), QDate(2024, 10, 1))->status, Status::Valid);
    QCOMPARE(codes.lookup(QStringLiteral("I10"), QDate(2030, 1, 1))->status, Status::Valid);
    // Before the first release, and codes no release holds.
    auto early = codes.lookup(QStringLiteral("I10"), QDate(2020, 1, 1));
    QCOMPARE(early->status, Status::NotInForce);
    QVERIFY2(early->message.startsWith(QStringLiteral("No ICD-10-CM release is in force on "
                                                      "2020-01-01.")),
             qPrintable(early->message));
    auto unknown = codes.lookup(QStringLiteral("E11.99"), kFy2026);
    QCOMPARE(unknown->status, Status::Unknown);
    QVERIFY(!unknown->isValid());
    QVERIFY2(unknown->message.contains(QStringLiteral("E1199")), qPrintable(unknown->message));
    // The kind filter: a diagnosis is not looked for among procedures.
    QCOMPARE(codes.lookup(QStringLiteral("I10"), kFy2026, kProcedureKinds)->status,
             Status::Unknown);
    QVERIFY(!codes.lookup(QString(), kFy2026).ok());
}

void tst_CodeSetService::headersAndChildren()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                          QStringLiteral("Order"), kFy2026));
    CodeSetService &codes = t.ws().codes();
    const QDate dos(2026, 5, 4);
    auto e11 = codes.lookup(QStringLiteral("E11"), dos);
    QCOMPARE(e11->status, Status::Header);
    QVERIFY(!e11->entry->billable);
    QCOMPARE(codesOf(e11->billableChildren),
             (QStringList{QStringLiteral("E1165"), QStringLiteral("E1169"), QStringLiteral("E118"),
                          QStringLiteral("E119")}));
    QVERIFY2(e11->message.contains(QStringLiteral("such as E11.65")), qPrintable(e11->message));
    auto children = codes.children(QStringLiteral("S93.40"), dos);
    QVERIFY(children.ok());
    QCOMPARE(codesOf(children.value()),
             (QStringList{QStringLiteral("S93401A"), QStringLiteral("S93401D"),
                          QStringLiteral("S93401S")}));
    QCOMPARE(codes.children(QStringLiteral("E116"), dos)->size(), 2);
    QVERIFY(codes.children(QStringLiteral("I10"), dos)->isEmpty());
    QVERIFY(codes.children(QStringLiteral("E11"), QDate(2020, 1, 1))->isEmpty());
}

void tst_CodeSetService::searchRanksTypedCodeFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::newRow("undotted") << QStringLiteral("e119") << QStringLiteral("E119");
    QTest::newRow("dotted") << QStringLiteral("E11.9") << QStringLiteral("E119");
    QTest::newRow("upper case") << QStringLiteral("I10") << QStringLiteral("I10");
    QTest::newRow("category") << QStringLiteral("e11") << QStringLiteral("E11");
    QTest::newRow("seven characters") << QStringLiteral("s93.401a") << QStringLiteral("S93401A");
    QTest::newRow("hcpcs") << QStringLiteral("g0439") << QStringLiteral("G0439");
}

void tst_CodeSetService::searchRanksTypedCodeFirst()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                          QStringLiteral("Order"), QDate(2020, 1, 1)));
    mustImport(t, request(CodeFileFormat::Hcpcs, "hcpcs_small.txt", QStringLiteral("HCPCS"),
                          QDate(2020, 1, 1)));
    auto found = t.ws().codes().search(text, QDate(2021, 1, 1));
    QVERIFY(found.ok());
    QVERIFY(!found->isEmpty());
    QCOMPARE(found->first().code, first);
    if (first == QLatin1String("E11")) {
        // The header first, then the codes under it in code order.
        QCOMPARE(codesOf(found.value()),
                 (QStringList{QStringLiteral("E11"), QStringLiteral("E116"),
                              QStringLiteral("E1165"), QStringLiteral("E1169"),
                              QStringLiteral("E118"), QStringLiteral("E119")}));
    }
}

void tst_CodeSetService::searchMatchesWordPrefixesInAnyOrder()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                          QStringLiteral("Order"), kFy2026));
    CodeSetService &codes = t.ws().codes();
    const QDate dos(2026, 1, 2);
    const QStringList type2 = codesOf(codes.search(QStringLiteral("diab typ 2"), dos).value());
    QCOMPARE(type2.size(), 6);
    QCOMPARE(type2.first(), QStringLiteral("E11")); // the most general first
    for (const QString &c : type2)
        QVERIFY2(c.startsWith(QLatin1String("E11")), qPrintable(c));
    QCOMPARE(codesOf(codes.search(QStringLiteral("2 TYPE diabetes"), dos).value()), type2);
    QCOMPARE(codesOf(codes.search(QStringLiteral("hypertens"), dos).value()).first(),
             QStringLiteral("I11")); // "Hypertensive heart disease" is shorter than I10's title
    QVERIFY(codesOf(codes.search(QStringLiteral("hypertens"), dos).value())
                    .contains(QStringLiteral("I10")));
    QCOMPARE(codesOf(codes.search(QStringLiteral("ankle sprain right init"), dos).value()),
             QStringList{QStringLiteral("S93401A")});
    QCOMPARE(codesOf(codes.search(QStringLiteral("meniere"), dos).value()),
             (QStringList{QStringLiteral("H810"), QStringLiteral("H8101")}));
    QVERIFY(codes.search(QStringLiteral("diab typ 3"), dos)->isEmpty());
    QVERIFY(codes.search(QStringLiteral("   "), dos)->isEmpty());
    QCOMPARE(codes.search(QStringLiteral("diab"), dos, 3)->size(), 3);
    // Characters of the FTS5 syntax are only text.
    QVERIFY(codes.search(QStringLiteral("\"diab* OR NOT ("), dos).ok());
    QVERIFY(!codes.search(QStringLiteral("diab"), QDate()).ok());
}

void tst_CodeSetService::searchFlagsHeaders()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                          QStringLiteral("Order"), kFy2026));
    auto found = t.ws().codes().search(QStringLiteral("sprain"), QDate(2026, 1, 2));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 5);
    for (const CodeEntry &e : found.value())
        QCOMPARE(e.billable, e.code.size() == 7); // S93.40 and S93.401 are headers
    QCOMPARE(found->first().displayCode(), QStringLiteral("S93.40"));
}

void tst_CodeSetService::searchFollowsDateOfService()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2025.txt",
                          QStringLiteral("FY2025"), kFy2025));
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt",
                          QStringLiteral("FY2026"), kFy2026));
    CodeSetService &codes = t.ws().codes();
    QCOMPARE(codesOf(codes.search(QStringLiteral("familial"), QDate(2025, 9, 30)).value()),
             QStringList{QStringLiteral("E7801")});
    QCOMPARE(codesOf(codes.search(QStringLiteral("familial"), kFy2026).value()),
             (QStringList{QStringLiteral("E78019"), QStringLiteral("E78010"),
                          QStringLiteral("E78011")}));
    QCOMPARE(codesOf(codes.search(QStringLiteral("E78.01"), QDate(2025, 9, 30)).value()),
             QStringList{QStringLiteral("E7801")});
    QCOMPARE(codes.search(QStringLiteral("E78.01"), kFy2026)->size(), 3);
    // Each code once, from the release in force: no doubles across releases.
    QCOMPARE(codes.search(QStringLiteral("hyper"), kFy2026)->size(), 8);
    QVERIFY(codes.search(QStringLiteral("hyper"), QDate(2024, 9, 30))->isEmpty());
}

void tst_CodeSetService::searchFiltersKinds()
{
    test::TestDatabase t;
    mustImport(t, request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                          QStringLiteral("Order"), QDate(2020, 1, 1)));
    mustImport(t, request(CodeFileFormat::Hcpcs, "hcpcs_small.txt", QStringLiteral("HCPCS"),
                          QDate(2020, 1, 1)));
    CodeSetService &codes = t.ws().codes();
    const QDate dos(2021, 1, 1);
    auto screening = codes.search(QStringLiteral("screening"), dos);
    QCOMPARE(codesOf(screening.value()),
             (QStringList{QStringLiteral("G0444"), QStringLiteral("G0103")}));
    QCOMPARE(screening->first().kind, CodeKind::Hcpcs);
    QVERIFY(codes.search(QStringLiteral("screening"), dos, 20, kDiagnosisKinds)->isEmpty());
    // "E1" starts both diagnosis codes; procedures only when asked for all kinds.
    const QList<CodeEntry> e1 = codes.search(QStringLiteral("e1"), dos, 50, kDiagnosisKinds).value();
    QVERIFY(!e1.isEmpty());
    for (const CodeEntry &e : e1)
        QCOMPARE(e.kind, CodeKind::Icd10Cm);
}

void tst_CodeSetService::cancelLeavesNothing()
{
    test::TestDatabase t;
    QList<qint64> seen;
    auto s = t.ws().codes().importFile(
            std::nullopt,
            request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt",
                    QStringLiteral("Cancelled"), kFy2026),
            [&seen](qint64 done, qint64 total) {
                seen.append(done);
                return !(done > 0 && done <= total); // cancel once writing has begun
            });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Cancelled);
    QVERIFY2(s.error().userMessage.contains(QStringLiteral("nothing was changed")),
             why(s).constData());
    QCOMPARE(seen.first(), qint64(0));
    QCOMPARE(seen.last(), qint64(20));
    for (const char *table : {"code_releases", "codes", "code_modifiers", "audit_log"})
        QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 qint64(0));
    QCOMPARE(scalar(t, indexedWith(QStringLiteral("diab"))),
             qint64(0));
    QCOMPARE(t.ws().database().transactionDepth(), 0);
    // Cancelled before anything was written.
    auto early = t.ws().codes().importFile(
            std::nullopt,
            request(CodeFileFormat::Icd10CmOrder, "icd10cm_order_small.txt", QStringLiteral("X"),
                    kFy2026),
            [](qint64, qint64) { return false; });
    QCOMPARE(early.error().kind, Error::Kind::Cancelled);
}

void tst_CodeSetService::cancelledReplacementKeepsOldRelease()
{
    test::TestDatabase t;
    const QString name = QStringLiteral("FY2026");
    mustImport(t, request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt", name, kFy2026));
    auto s = t.ws().codes().importFile(
            std::nullopt,
            request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2025.txt", name, kFy2025),
            [](qint64 done, qint64) { return done == 0; });
    QCOMPARE(s.error().kind, Error::Kind::Cancelled);
    auto releases = t.ws().codes().releases();
    QCOMPARE(releases->size(), 1);
    QCOMPARE(releases->first().effectiveFrom, kFy2026);
    QCOMPARE(releases->first().codeCount, qint64(9));
    QCOMPARE(t.ws().codes().search(QStringLiteral("familial"), kFy2026)->size(), 3);
}

void tst_CodeSetService::importOnWorkerThread()
{
    test::TestDatabase t;
    const QString path = t.path();
    const auto req = request(CodeFileFormat::Hcpcs, "hcpcs_small.txt", QStringLiteral("HCPCS"),
                             QDate(2020, 1, 1));
    std::atomic_bool cancel = true;
    std::atomic<qint64> calls = 0;
    std::optional<Result<CodeSetService::ImportSummary>> result;
    auto run = [&] {
        result.emplace(CodeSetService::importWithOwnConnection(
                path, std::nullopt, req, [&](qint64, qint64) {
                    ++calls;
                    return !cancel.load();
                }));
    };
    // First cancelled by the flag, then run to the end.
    std::unique_ptr<QThread> worker(QThread::create(run));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Cancelled);
    QVERIFY(t.ws().codes().releases()->isEmpty());

    cancel = false;
    calls = 0;
    worker.reset(QThread::create(run));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(result);
    QVERIFY2(result->ok(), why(*result).constData());
    QVERIFY(calls.load() >= 2);
    // The window's own connection sees the release at once.
    QCOMPARE(t.ws().codes().releases()->size(), 1);
    QCOMPARE(t.ws().codes().search(QStringLiteral("G0439"), QDate(2020, 2, 1))->size(), 1);
    auto v = t.ws().audit().verify();
    QVERIFY(v.ok() && v->intact);
}

void tst_CodeSetService::importNeedsPermission()
{
    test::TestDatabase t;
    QVERIFY2(t.makeDemo(10), qPrintable(t.errorText()));
    const auto req = request(CodeFileFormat::Icd10CmCodes, "icd10cm_codes_fy2026.txt",
                             QStringLiteral("ICD-10-CM FY2026"), kFy2026);
    auto denied = t.ws().codes().importFile(t.login(Role::Coder), req);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, Error::Kind::Forbidden);
    QCOMPARE(denied.error().exitCode(), 3);
    auto manager = t.ws().codes().importFile(t.login(Role::Manager), req);
    QCOMPARE(manager.error().kind, Error::Kind::Forbidden);
    const Session admin = t.login(Role::Admin);
    auto done = t.ws().codes().importFile(admin, req);
    QVERIFY2(done.ok(), why(done).constData());
    QCOMPARE(done->release.importedBy, admin.username);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'codes.import' AND user_id = %1")
                               .arg(admin.userId)),
             qint64(1));
    // The starter release of the demo now ends the day before FY2026.
    const QList<CodeRelease> releases = t.ws().codes().releases().value();
    for (const CodeRelease &r : releases) {
        if (r.kind == CodeKind::Icd10Cm && r.name == CodeSetService::starterReleaseName())
            QCOMPARE(r.effectiveTo, std::optional<QDate>(QDate(2025, 9, 30)));
    }
}

void tst_CodeSetService::starterSetCoversDemo()
{
    test::TestDatabase t;
    QVERIFY2(t.makeDemo(20), qPrintable(t.errorText()));
    CodeSetService &codes = t.ws().codes();
    auto releases = codes.releases();
    QCOMPARE(releases->size(), 3);
    for (const CodeRelease &r : releases.value()) {
        QCOMPARE(r.name, CodeSetService::starterReleaseName());
        QCOMPARE(r.effectiveFrom, CodeSetService::starterEffectiveDate());
        QVERIFY(r.codeCount > 40);
    }
    QCOMPARE(releases->at(2).kind, CodeKind::Icd10Cm); // ordered by kind key
    QVERIFY(releases->at(2).codeCount >= 250);
    QCOMPARE(codes.installStarterSet().value(), 0); // once per kind only

    const QDate dos(2026, 11, 27);
    for (const demo::Scenario &s : demo::scenarios()) {
        for (const QString &dx : s.diagnoses) {
            auto l = codes.lookup(dx, dos, kDiagnosisKinds);
            QVERIFY2(l.ok() && l->isValid(), qPrintable(s.key + QLatin1Char(' ') + l->message));
        }
        for (const demo::ScenarioService &svc : s.services) {
            auto l = codes.lookup(svc.code, dos, kProcedureKinds);
            QVERIFY2(l.ok() && l->isValid(), qPrintable(s.key + QLatin1Char(' ') + l->message));
        }
    }
    QStringList modifiers;
    const QList<CodeModifier> inForce = codes.modifiers(dos).value();
    for (const CodeModifier &m : inForce)
        modifiers.append(m.modifier);
    for (const char *m : {"25", "59", "XE", "XS", "XP", "XU", "LT", "RT", "F7", "TC", "26", "GA",
                          "QW", "KX", "T9", "FA", "E4", "RI", "33"})
        QVERIFY2(modifiers.contains(QLatin1String(m)), m);
    QCOMPARE(codes.lookup(QStringLiteral("E11"), dos)->status, Status::Header);
    QCOMPARE(codes.lookup(QStringLiteral("S93.40"), dos)->status, Status::Header);
    QCOMPARE(codes.search(QStringLiteral("e11.9"), dos)->first().displayCode(),
             QStringLiteral("E11.9"));
    QCOMPARE(codes.search(QStringLiteral("diab typ 2"), dos)->first().code, QStringLiteral("E11"));
    QVERIFY(codes.children(QStringLiteral("E11"), dos)->size() >= 8);
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'codes.import'")),
             qint64(3));
}

void tst_CodeSetService::emptyPracticeGetsStarterSet()
{
    test::TestDatabase t;
    PracticeService::EmptyPractice p;
    p.name = QStringLiteral("Lakeside Clinic");
    p.npi = QStringLiteral("1234567893");
    p.taxId = QStringLiteral("381234567");
    p.adminUsername = QStringLiteral("office");
    p.adminFullName = QStringLiteral("Office Administrator");
    p.adminPassword = QStringLiteral("a long enough passphrase 42");
    auto created = t.ws().practice().createEmptyPractice(p);
    QVERIFY2(created.ok(), why(created).constData());
    auto releases = t.ws().codes().releases();
    QCOMPARE(releases->size(), 3);
    QCOMPARE(t.ws().codes().lookup(QStringLiteral("I10"), QDate::currentDate())->status,
             Status::Valid);
}

void tst_CodeSetService::starterTitlesAreCmsTitles()
{
    const QString shared = test::sharedDir();
    if (shared.isEmpty())
        QSKIP("../shared not found: the CMS files are needed to check the starter titles");
    QFile cms(shared + QStringLiteral("/codesets/icd10cm_codes_2026_reconstructed.txt"));
    QVERIFY(cms.open(QIODevice::ReadOnly));
    const codes::ParsedCodeFile fy2026 = codes::parseIcd10CmCodes(cms.readAll());
    QVERIFY(fy2026.ok());
    QHash<QString, QString> titles;
    for (const CodeRecord &r : fy2026.codes)
        titles.insert(r.code, r.longDescription);
    QFile starter(QStringLiteral(":/codes/icd10cm.tsv"));
    QVERIFY(starter.open(QIODevice::ReadOnly));
    const codes::ParsedCodeFile ours = codes::parseStarterTable(CodeKind::Icd10Cm,
                                                                starter.readAll());
    QVERIFY(ours.ok());
    int billable = 0;
    for (const CodeRecord &r : ours.codes) {
        if (!r.billable) {
            QVERIFY2(!titles.contains(r.code), qPrintable(r.code)); // a header is never billable
            continue;
        }
        ++billable;
        QVERIFY2(titles.contains(r.code), qPrintable(r.code));
        QCOMPARE(r.longDescription, titles.value(r.code));
    }
    QVERIFY(billable >= 250);
}

void tst_CodeSetService::importsSharedCmsFiles()
{
    const QString shared = test::sharedDir();
    if (shared.isEmpty())
        QSKIP("../shared not found: the full CMS code files are needed");
    test::TestDatabase t;
    const auto icd = mustImport(t, {CodeFileFormat::Icd10CmCodes,
                                    shared + QStringLiteral("/codesets/"
                                                            "icd10cm_codes_2026_reconstructed.txt"),
                                    QStringLiteral("ICD-10-CM FY2026"), kFy2026});
    QCOMPARE(icd.release.codeCount, qint64(74719));
    const auto hcpcs = mustImport(t, {CodeFileFormat::Hcpcs,
                                      shared + QStringLiteral("/codesets/"
                                                              "HCPC2020_ANWEB_w_disclaimer.txt"),
                                      QStringLiteral("HCPCS 2020"), QDate(2020, 1, 1)});
    QCOMPARE(hcpcs.release.codeCount, qint64(6710));
    QCOMPARE(hcpcs.release.modifierCount, qint64(369));
    CodeSetService &codes = t.ws().codes();
    const QDate dos(2026, 11, 2);
    QCOMPARE(codes.lookup(QStringLiteral("E11.9"), dos)->status, Status::Valid);
    QCOMPARE(codes.lookup(QStringLiteral("G0439"), dos)->entry->longDescription,
             QStringLiteral("Annual wellness visit, includes a personalized prevention plan of "
                            "service (pps), subsequent visit"));
    QCOMPARE(codes.search(QStringLiteral("G0439"), dos)->first().code, QStringLiteral("G0439"));
    QCOMPARE(codes.search(QStringLiteral("e11.9"), dos)->first().code, QStringLiteral("E119"));
    const auto type2 = codes.search(QStringLiteral("diab typ 2"), dos, 20).value();
    QCOMPARE(type2.size(), 20);
    for (const CodeEntry &e : type2)
        QVERIFY2(e.code.startsWith(QLatin1String("E11")) || e.code.startsWith(QLatin1String("O24"))
                         || e.code.startsWith(QLatin1String("Z")),
                 qPrintable(e.code + QLatin1Char(' ') + e.description()));
    QVERIFY(codesOf(codes.search(QStringLiteral("essential hypertension"), dos).value())
                    .contains(QStringLiteral("I10")));
    // HCPCS E11xx wheelchairs share the digits of E11 diagnoses: diagnoses come first, and a
    // dot means ICD-10-CM only.
    const QList<CodeEntry> e11 = codes.search(QStringLiteral("e11"), dos, 100).value();
    QCOMPARE(e11.size(), 100);
    QCOMPARE(e11.first().kind, CodeKind::Icd10Cm);
    QVERIFY(std::is_sorted(e11.cbegin(), e11.cend(), [](const CodeEntry &a, const CodeEntry &b) {
        return int(a.kind) < int(b.kind);
    }));
    const QList<CodeEntry> dotted = codes.search(QStringLiteral("E11.6"), dos, 50).value();
    QVERIFY(!dotted.isEmpty());
    for (const CodeEntry &e : dotted)
        QCOMPARE(e.kind, CodeKind::Icd10Cm);
    QCOMPARE(codes.search(QStringLiteral("E1100"), dos).value().value(1).kind, CodeKind::Hcpcs);
}

QTEST_GUILESS_MAIN(tst_CodeSetService)
#include "tst_codesetservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// How the text of a code search box is read: a code, words, or both.
#include "codes/codequery.h"
#include "domain/codeentry.h"

#include <QTest>

using namespace cc;
using namespace cc::codes;

class tst_CodeQuery : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void displayCodes();
    void relevance();
};

void tst_CodeQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("codePrefix");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("code") << QStringLiteral("e119") << QStringLiteral("E119")
                          << QStringList{QStringLiteral("e119")};
    QTest::newRow("dotted code") << QStringLiteral(" E11.9 ") << QStringLiteral("E119")
                                 << QStringList{QStringLiteral("e119")};
    QTest::newRow("dot typed last") << QStringLiteral("E11.") << QStringLiteral("E11")
                                    << QStringList{QStringLiteral("e11")};
    QTest::newRow("category") << QStringLiteral("e11") << QStringLiteral("E11")
                              << QStringList{QStringLiteral("e11")};
    QTest::newRow("cpt") << QStringLiteral("99213") << QStringLiteral("99213")
                         << QStringList{QStringLiteral("99213")};
    QTest::newRow("one letter") << QStringLiteral("s") << QStringLiteral("S") << QStringList();
    QTest::newRow("vitamin") << QStringLiteral("b12") << QStringLiteral("B12")
                             << QStringList{QStringLiteral("b12")};
    QTest::newRow("word") << QStringLiteral("hypertens") << QString()
                          << QStringList{QStringLiteral("hypertens")};
    QTest::newRow("words") << QStringLiteral("Diab  typ 2") << QString()
                           << QStringList{QStringLiteral("diab"), QStringLiteral("typ"),
                                          QStringLiteral("2")};
    QTest::newRow("punctuation") << QStringLiteral("ankle, sprain (right)") << QString()
                                 << QStringList{QStringLiteral("ankle"), QStringLiteral("sprain"),
                                                QStringLiteral("right")};
    QTest::newRow("fts syntax is text") << QStringLiteral("\"flu\" OR NOT*") << QString()
                                        << QStringList{QStringLiteral("flu"), QStringLiteral("or"),
                                                       QStringLiteral("not")};
    QTest::newRow("accents") << QStringLiteral("Ménière") << QString()
                             << QStringList{QStringLiteral("meniere")};
    QTest::newRow("two dots") << QStringLiteral("e1.1.9") << QString()
                              << QStringList{QStringLiteral("e1"), QStringLiteral("1"),
                                             QStringLiteral("9")};
    QTest::newRow("empty") << QStringLiteral("  ") << QString() << QStringList();
}

void tst_CodeQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, codePrefix);
    QFETCH(QStringList, words);
    const CodeQuery q = CodeQuery::parse(text);
    QCOMPARE(q.codePrefix, codePrefix);
    QCOMPARE(q.words, words);
    QCOMPARE(q.isEmpty(), codePrefix.isEmpty() && words.isEmpty());
}

void tst_CodeQuery::displayCodes()
{
    QCOMPARE(displayCode(CodeKind::Icd10Cm, QStringLiteral("E119")), QStringLiteral("E11.9"));
    QCOMPARE(displayCode(CodeKind::Icd10Cm, QStringLiteral("S93401A")), QStringLiteral("S93.401A"));
    QCOMPARE(displayCode(CodeKind::Icd10Cm, QStringLiteral("I10")), QStringLiteral("I10"));
    QCOMPARE(displayCode(CodeKind::Hcpcs, QStringLiteral("G0439")), QStringLiteral("G0439"));
    QCOMPARE(displayCode(CodeKind::Cpt, QStringLiteral("99213")), QStringLiteral("99213"));
    QCOMPARE(normalizedCode(u"e11.9 "), QStringLiteral("E119"));
    QCOMPARE(codekind::fromKey(QStringLiteral("hcpcs")), std::optional<CodeKind>(CodeKind::Hcpcs));
    QVERIFY(!codekind::fromKey(QStringLiteral("icd9")));
}

void tst_CodeQuery::relevance()
{
    const CodeQuery q = CodeQuery::parse(QStringLiteral("diab typ 2"));
    const auto type2 = q.relevance(u"Type 2 diabetes mellitus with foot ulcer");
    const auto stage2 = q.relevance(u"Type 1 diabetes mellitus, presymptomatic, Stage 2");
    QCOMPARE(type2.missing, 0);
    QCOMPARE(type2.span, 3);
    QCOMPARE(stage2.span, 7);
    QVERIFY(type2 < stage2);
    const auto partial = q.relevance(u"Diabetes insipidus");
    QCOMPARE(partial.missing, 2);
    QVERIFY(stage2 < partial);
    QCOMPARE(CodeQuery::fold(u"M\u00e9ni\u00e8re\u2019s"), QStringLiteral("meniere\u2019s"));
    QVERIFY(CodeQuery::startsAWord(u"Caf\u00e9 au lait spots", QStringLiteral("cafe")));
    QVERIFY(!CodeQuery::startsAWord(u"Cafe au lait spots", QStringLiteral("lai t")));
}

QTEST_GUILESS_MAIN(tst_CodeQuery)
#include "tst_codequery.moc"

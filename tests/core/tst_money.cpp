// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"

#include <QTest>

using cc::Money;

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void format();
    void arithmetic();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole") << QStringLiteral("150") << true << qint64(15000);
    QTest::newRow("one decimal") << QStringLiteral("150.1") << true << qint64(15010);
    QTest::newRow("two decimals") << QStringLiteral("150.10") << true << qint64(15010);
    QTest::newRow("negative") << QStringLiteral("-3.05") << true << qint64(-305);
    QTest::newRow("grouping and symbol") << QStringLiteral("$1,234.50") << true << qint64(123450);
    QTest::newRow("cents only") << QStringLiteral(".99") << true << qint64(99);
    QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("dot only") << QStringLiteral(".") << false << qint64(0);
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    const auto m = Money::parse(text);
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->cents(), cents);
}

void tst_Money::format()
{
    QCOMPARE(Money::fromCents(15010).toDecimalString(), QStringLiteral("150.10"));
    QCOMPARE(Money::fromCents(-305).toDecimalString(), QStringLiteral("-3.05"));
    QCOMPARE(Money::fromCents(5).toDecimalString(), QStringLiteral("0.05"));
    QCOMPARE(Money::fromCents(123456789).toDisplayString(), QStringLiteral("$1,234,567.89"));
    QCOMPARE(Money::fromCents(-100).toDisplayString(), QStringLiteral("-$1.00"));
}

void tst_Money::arithmetic()
{
    const Money a = Money::fromCents(1010);
    const Money b = Money::fromCents(20);
    QCOMPARE((a + b).cents(), qint64(1030));
    QCOMPARE((a - b).cents(), qint64(990));
    QCOMPARE((b * 3).cents(), qint64(60));
    QVERIFY(b < a);
    QVERIFY((-a).isNegative());
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"

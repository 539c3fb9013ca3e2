// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/npi.h"

#include <QTest>

class tst_Npi : public QObject
{
    Q_OBJECT
private slots:
    void isValid_data();
    void isValid();
    void checkDigit();
};

void tst_Npi::isValid_data()
{
    QTest::addColumn<QString>("npi");
    QTest::addColumn<bool>("valid");
    // 1234567893 is the CMS worked example of the check digit.
    QTest::newRow("cms example") << QStringLiteral("1234567893") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("1234567890") << false;
    QTest::newRow("transposed digits") << QStringLiteral("1243567893") << false;
    QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
    QTest::newRow("eleven digits") << QStringLiteral("12345678931") << false;
    QTest::newRow("letters") << QStringLiteral("12345A7893") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("another valid") << QStringLiteral("1245319599") << true;
}

void tst_Npi::isValid()
{
    QFETCH(QString, npi);
    QFETCH(bool, valid);
    QCOMPARE(cc::npi::isValid(npi), valid);
}

void tst_Npi::checkDigit()
{
    QCOMPARE(cc::npi::checkDigit(QStringLiteral("123456789")), 3);
    for (const char *nine : {"100000000", "199999999", "287654321"}) {
        const QString n = QString::fromLatin1(nine);
        QVERIFY(cc::npi::isValid(n + QString::number(cc::npi::checkDigit(n))));
    }
}

QTEST_GUILESS_MAIN(tst_Npi)
#include "tst_npi.moc"

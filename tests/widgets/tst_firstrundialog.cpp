// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/firstrundialog.h"
#include "services/authservice.h"
#include "services/practiceservice.h"
#include "testdatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace cc;

class tst_FirstRunDialog : public QObject
{
    Q_OBJECT
private slots:
    void demoIsTheDefault();
    void emptyPracticeWithItsAdministrator();
    void badNpiIsRefusedAndNothingSaved();
};

void tst_FirstRunDialog::demoIsTheDefault()
{
    FirstRunDialog d(QStringLiteral("/tmp/x.sqlite"));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.choice(), FirstRunDialog::Choice::Demo);
    QCOMPARE(d.demoEncounters(), 600);
}

void tst_FirstRunDialog::emptyPracticeWithItsAdministrator()
{
    test::TestDatabase t;
    FirstRunDialog d(t.path());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::mouseClick(d.findChild<QRadioButton *>(QStringLiteral("choiceEmpty")), Qt::LeftButton);
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("practiceName")),
                     QStringLiteral("Riverside Pediatrics"));
    auto *npi = d.findChild<QLineEdit *>(QStringLiteral("practiceNpi"));
    npi->setFocus();
    npi->home(false);
    QTest::keyClicks(npi, QStringLiteral("1245319599"));
    auto *tax = d.findChild<QLineEdit *>(QStringLiteral("practiceTaxId"));
    tax->home(false);
    QTest::keyClicks(tax, QStringLiteral("381234567"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("adminName")),
                     QStringLiteral("Ana Ortiz"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("adminPassword")),
                     QStringLiteral("river-side-42"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("adminConfirm")),
                     QStringLiteral("river-side-41"));
    auto *start = d.findChild<QPushButton *>(QStringLiteral("startButton"));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(d.isVisible()); // the passwords differ
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("firstRunMessage"))->text().contains(
            QStringLiteral("differ")));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("adminConfirm")),
                     QStringLiteral("river-side-42"));
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.choice(), FirstRunDialog::Choice::Empty);

    auto made = t.ws().practice().createEmptyPractice(d.emptyPractice());
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().userMessage));
    auto practice = t.ws().practice().practice();
    QVERIFY(practice.ok() && practice.value());
    QCOMPARE(practice.value()->name, QStringLiteral("Riverside Pediatrics"));
    QVERIFY(!practice.value()->isDemo);
    auto admin = t.ws().auth().login(QStringLiteral("admin"), QStringLiteral("river-side-42"));
    QVERIFY(admin.ok());
    QCOMPARE(admin->role, Role::Admin);
}

void tst_FirstRunDialog::badNpiIsRefusedAndNothingSaved()
{
    test::TestDatabase t;
    PracticeService::EmptyPractice p{QStringLiteral("X"), QStringLiteral("1234567890"),
                                     QStringLiteral("381234567"), QStringLiteral("admin"),
                                     QStringLiteral("A"), QStringLiteral("long-password")};
    auto r = t.ws().practice().createEmptyPractice(p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY(r.error().userMessage.contains(QStringLiteral("NPI")));
    // A short password fails after the practice row was written: the transaction undoes it.
    p.npi = QStringLiteral("1234567893");
    p.adminPassword = QStringLiteral("short");
    auto weak = t.ws().practice().createEmptyPractice(p);
    QVERIFY(!weak.ok());
    QVERIFY(t.ws().practice().isEmpty().value());
}

QTEST_MAIN(tst_FirstRunDialog)
#include "tst_firstrundialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsWidget: the electronic-claims group (who sends the 837P and to whom), typed into
// the real fields and checked through SubmissionService.
#include "testdatabase.h"
#include "admin/settingswidget.h"
#include "services/submissionservice.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace cc;

class tst_SettingsWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ediGroupHiddenWithoutService();
    void ediSettingsSaved();
    void badPhoneRefusedAndNothingSaved();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void tst_SettingsWidget::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(40, 3), qPrintable(m_db->errorText()));
}

void tst_SettingsWidget::cleanup()
{
    m_db.reset();
}

void tst_SettingsWidget::ediGroupHiddenWithoutService()
{
    SettingsWidget w(m_db->login(Role::Admin), m_db->ws().practice());
    w.show();
    QVERIFY(!w.findChild<QGroupBox *>(QStringLiteral("ediSettings"))->isVisible());
    w.setSubmissions(&m_db->ws().submissions());
    QVERIFY(w.findChild<QGroupBox *>(QStringLiteral("ediSettings"))->isVisible());
    // The demo's clearinghouse is shown.
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("clearinghouseEtin"))->text(),
             QStringLiteral("GLCX01"));
}

void tst_SettingsWidget::ediSettingsSaved()
{
    SettingsWidget w(m_db->login(Role::Admin), m_db->ws().practice());
    w.setSubmissions(&m_db->ws().submissions());
    w.show();
    auto *etin = w.findChild<QLineEdit *>(QStringLiteral("submitterEtin"));
    etin->clear();
    QTest::keyClicks(etin, QStringLiteral("MAPLE77"));
    auto *ch = w.findChild<QLineEdit *>(QStringLiteral("clearinghouseEtin"));
    ch->clear();
    auto *chName = w.findChild<QLineEdit *>(QStringLiteral("clearinghouseName"));
    chName->clear();
    auto *production = w.findChild<QCheckBox *>(QStringLiteral("ediProduction"));
    if (!production->isChecked())
        QTest::mouseClick(production, Qt::LeftButton, {}, QPoint(4, production->height() / 2));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    const EdiSettings e = m_db->ws().submissions().ediSettings().value();
    QCOMPARE(e.submitter.etin, QStringLiteral("MAPLE77"));
    QVERIFY(e.clearinghouse.etin.isEmpty());
    QVERIFY(e.production);
}

void tst_SettingsWidget::badPhoneRefusedAndNothingSaved()
{
    SettingsWidget w(m_db->login(Role::Admin), m_db->ws().practice());
    w.setSubmissions(&m_db->ws().submissions());
    w.show();
    const EdiSettings before = m_db->ws().submissions().ediSettings().value();
    auto *phone = w.findChild<QLineEdit *>(QStringLiteral("contactPhone"));
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("555-12"));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("ten digits")), qPrintable(box->text()));
    box->close();
    QCOMPARE(m_db->ws().submissions().ediSettings()->submitter.phone, before.submitter.phone);
}

QTEST_MAIN(tst_SettingsWidget)
#include "tst_settingswidget.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/instancelock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class tst_InstanceLock : public QObject
{
    Q_OBJECT
private slots:
    void secondCopyIsRefused();
    void releasedLockCanBeTaken();
};

void tst_InstanceLock::secondCopyIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    auto first = InstanceLock::acquire(db);
    QVERIFY(first.ok() && first.value());
    auto second = InstanceLock::acquire(db);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Busy);
    QVERIFY(second.error().userMessage.contains(QStringLiteral("already open")));
    QVERIFY(second.error().userMessage.contains(QString::number(QCoreApplication::applicationPid())));
}

void tst_InstanceLock::releasedLockCanBeTaken()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    {
        auto first = InstanceLock::acquire(db);
        QVERIFY(first.ok() && first.value());
    }
    auto again = InstanceLock::acquire(db);
    QVERIFY(again.ok() && again.value());
}

QTEST_GUILESS_MAIN(tst_InstanceLock)
#include "tst_instancelock.moc"

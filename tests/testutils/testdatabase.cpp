// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "services/handoffservice.h"

#include "services/authservice.h"
#include "services/codingservice.h"
#include "services/encounterservice.h"
#include "services/templateservice.h"
#include "services/demobuilder.h"
#include "storage/database.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc::test {

TestDatabase::TestDatabase()
{
    m_path = m_dir.filePath(QStringLiteral("practice.sqlite"));
    reopen();
}

TestDatabase::~TestDatabase()
{
    close();
}

void TestDatabase::close()
{
    m_ws.reset();
}

bool TestDatabase::reopen()
{
    m_ws.reset();
    auto ws = Workstation::open(m_path);
    if (!ws) {
        m_error = ws.error().userMessage + QStringLiteral(" / ") + ws.error().detail;
        return false;
    }
    m_ws = std::move(ws).value();
    return true;
}

bool TestDatabase::makeDemo(int encounters, quint64 seed, QDate anchor)
{
    DemoBuilder::Options o;
    o.encounters = encounters;
    o.seed = seed;
    o.anchor = anchor;
    auto r = m_ws->demo().build(o);
    if (!r) {
        m_error = r.error().userMessage + QStringLiteral(" / ") + r.error().detail;
        return false;
    }
    return true;
}

Session TestDatabase::login(Role role)
{
    for (const auto &c : DemoBuilder::credentials()) {
        if (c.role == roles::toKey(role)) {
            auto s = m_ws->auth().login(c.username, c.password);
            if (s)
                return s.value();
        }
    }
    return {};
}

qint64 TestDatabase::markNewEncounterCoded(const QString &dx, const QString &service,
                                           qint64 chargeCents)
{
    const qint64 id = value(QStringLiteral("SELECT e.id FROM encounters e JOIN providers p ON "
                                           "p.id = e.provider_id JOIN coverages c ON "
                                           "c.patient_id = e.patient_id AND c.priority = 1 "
                                           "WHERE e.state = 'new' AND p.specialty = "
                                           "'primary_care' ORDER BY e.id LIMIT 1"))
                              .toLongLong();
    const Session coder = login(Role::Coder);
    auto e = m_ws->encounters().open(coder, id);
    if (!e) {
        qWarning() << e.error().userMessage;
        return 0;
    }
    CodingDraft d;
    d.diagnoses = {{1, dx}};
    ServiceLineEntry l;
    l.code = service;
    l.pointers = {1};
    l.chargeCents = chargeCents;
    l.serviceDate = e->summary.dateOfService;
    d.services = {l};
    auto checklist = m_ws->templates().checklist(e->providerSpecialty);
    if (checklist.ok() && checklist.value()) {
        for (const ChecklistItem &i : checklist.value()->items)
            d.checkedItems.append(i.key);
    }
    auto coded = m_ws->coding().markCoded(coder, id, e->version, d);
    if (!coded) {
        qWarning() << coded.error().userMessage;
        return 0;
    }
    return id;
}

qint64 TestDatabase::makeDraftClaim(const QString &dx, const QString &service,
                                    qint64 chargeCents)
{
    const qint64 id = markNewEncounterCoded(dx, service, chargeCents);
    if (id == 0)
        return 0;
    const Session coder = login(Role::Coder);
    const Session biller = login(Role::Biller);
    auto e = m_ws->encounters().open(coder, id);
    if (!e) {
        qWarning() << e.error().userMessage;
        return 0;
    }
    int version = e->version;
    if (e->summary.state == EncounterState::Coded) {
        auto handed = m_ws->handoff().handOff(coder, id, version, QStringLiteral("test"));
        if (!handed) {
            qWarning() << handed.error().userMessage;
            return 0;
        }
        version = handed.value();
    }
    auto claim = m_ws->handoff().accept(biller, id, version);
    if (!claim) {
        qWarning() << claim.error().userMessage;
        return 0;
    }
    return claim.value();
}

QVariant TestDatabase::value(const QString &sql)
{
    QSqlQuery q(m_ws->database().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString sharedDir()
{
    const QByteArray env = qgetenv("CC_SHARED_DIR");
    const QString dir = env.isEmpty() ? QStringLiteral(CC_SHARED_DIR) : QString::fromLocal8Bit(env);
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

namespace {
QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

QByteArray dataFile(const QString &relative)
{
    return readBytes(QStringLiteral(CC_SOURCE_DIR "/tests/data/") + relative);
}

QByteArray sharedFile(const QString &relative)
{
    const QString dir = sharedDir();
    return dir.isEmpty() ? QByteArray() : readBytes(dir + QLatin1Char('/') + relative);
}

} // namespace cc::test

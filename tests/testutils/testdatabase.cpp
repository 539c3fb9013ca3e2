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
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace cc::test {

namespace {

/// Runs @p sql on the maintenance database of the test server @p server; empty on success,
/// else why not.
QString onServerAdmin(const QString &server, const QString &sql)
{
    const QUrl u(server);
    const QString name = QStringLiteral("cc_test_admin");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            if (!q.exec(sql))
                problem = sql + QStringLiteral(": ") + q.lastError().text();
        } else {
            problem = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("CLEANCLAIM_TEST_ENGINE").compare(QLatin1String("postgresql"),
                                                                   Qt::CaseInsensitive) == 0;
}

TestDatabase::TestDatabase()
{
    if (!onServer()) {
        m_path = m_dir.filePath(QStringLiteral("practice.sqlite"));
        reopen();
        return;
    }
    const QString server = qEnvironmentVariable("CLEANCLAIM_TEST_POSTGRESQL");
    if (server.isEmpty()) {
        m_error = QStringLiteral("CLEANCLAIM_TEST_ENGINE=postgresql needs the server in "
                                 "CLEANCLAIM_TEST_POSTGRESQL (scripts/private-postgresql.sh)");
        return;
    }
    static int made = 0;
    const QString name = QStringLiteral("cc_t_%1_%2").arg(QCoreApplication::applicationPid())
                                 .arg(++made);
    for (const QString &sql : {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)"),
                               QStringLiteral("CREATE DATABASE %1")}) {
        if (const QString problem = onServerAdmin(server, sql.arg(name)); !problem.isEmpty()) {
            m_error = problem;
            return;
        }
    }
    m_serverDatabase = name;
    QUrl u(server);
    u.setPath(QLatin1Char('/') + name);
    m_path = u.toString();
    if (!reopen())
        return;
    // The tests' own queries read the database as SQLite would answer them: its
    // group_concat(), with or without a separator, julianday() and strftime(). (Test databases
    // only: the program never uses them.)
    QSqlQuery q(m_ws->database().connection());
    for (const QString &sql : {
                 QStringLiteral("CREATE FUNCTION cc_concat(acc text, val text, sep text) "
                                "RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val "
                                "IS NULL THEN acc WHEN acc IS NULL THEN val ELSE acc || sep || "
                                "val END $$"),
                 QStringLiteral("CREATE FUNCTION cc_concat(acc text, val text) RETURNS text "
                                "LANGUAGE sql IMMUTABLE AS $$ SELECT cc_concat(acc, val, ',') $$"),
                 QStringLiteral("CREATE AGGREGATE group_concat(text, text) "
                                "(SFUNC = cc_concat, STYPE = text)"),
                 QStringLiteral("CREATE AGGREGATE group_concat(text) "
                                "(SFUNC = cc_concat, STYPE = text)"),
                 // SQLite's julianday() of an ISO date or time, and the strftime() forms the
                 // tests use (week of the year, year and month).
                 QStringLiteral("CREATE FUNCTION julianday(t text) RETURNS double precision "
                                "LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM "
                                "(t::timestamp)) / 86400.0 + 2440587.5 $$"),
                 QStringLiteral("CREATE FUNCTION strftime(f text, t text) RETURNS text "
                                "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE f WHEN '%W' THEN "
                                "to_char(t::timestamp, 'IW') WHEN '%Y-%m' THEN "
                                "to_char(t::timestamp, 'YYYY-MM') END $$")}) {
        if (!q.exec(sql)) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            m_ws.reset();
            return;
        }
    }
}

TestDatabase::~TestDatabase()
{
    close();
    if (!m_serverDatabase.isEmpty()) {
        const QString problem = onServerAdmin(
                qEnvironmentVariable("CLEANCLAIM_TEST_POSTGRESQL"),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
        if (!problem.isEmpty())
            qWarning().noquote() << problem;
    }
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"
#include "services/workstation.h"

#include <QString>
#include <QVariant>
#include <QTemporaryDir>

#include <memory>

namespace cc::test {

/**
 * A fresh, migrated practice database in its own temporary folder (after qtbase's
 * tst_databases.h). Construct one per test function; everything is removed on destruction.
 *
 * With CLEANCLAIM_TEST_ENGINE=postgresql the practice is instead a database of its own on the
 * server CLEANCLAIM_TEST_POSTGRESQL names (created here, dropped on destruction), and path()
 * is its postgresql:// address: the same tests then run against both engines (issue 8 §3).
 */
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    bool isValid() const { return m_ws != nullptr; }
    QString errorText() const { return m_error; }
    /// The practice's file, or its postgresql:// address on a server.
    QString path() const { return m_path; }
    /// Whether this practice lives on a PostgreSQL server (CLEANCLAIM_TEST_ENGINE=postgresql).
    static bool onServer();
    QString dir() const { return m_dir.path(); }
    Workstation &ws() { return *m_ws; }

    /// Builds the demo practice (anchor 2026-11-27 unless given) and returns false on error.
    bool makeDemo(int encounters = 120, quint64 seed = 7, QDate anchor = QDate(2026, 11, 27));
    /// Logs in as the demo account of @p role.
    Session login(Role role);
    /**
     * Codes the first new primary-care encounter that has a primary coverage: diagnosis @p dx,
     * one line of @p service pointed to it at @p chargeCents, every checklist item ticked, and
     * marks it coded as the demo coder. Returns its id, or 0 (with a warning) on failure.
     */
    qint64 markNewEncounterCoded(const QString &dx, const QString &service,
                                 qint64 chargeCents = 2200);
    /**
     * markNewEncounterCoded(), then handed off by the coder and accepted by the biller: the
     * draft claim's id, or 0 (with a warning) on failure.
     */
    qint64 makeDraftClaim(const QString &dx = QStringLiteral("E119"),
                          const QString &service = QStringLiteral("82947"),
                          qint64 chargeCents = 2200);
    /// The first column of the first row of @p sql, or an invalid QVariant when the query
    /// fails or returns no row: for tests that assert on the database.
    QVariant value(const QString &sql);
    /// Closes the connection (to reopen or tamper with the file from outside).
    void close();
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    QString m_serverDatabase; ///< the database made for this practice on the server
    std::unique_ptr<Workstation> m_ws;
};

/// The shared test data folder (../shared beside the project), or empty when absent.
QString sharedDir();
/// The bytes of @p relative under tests/data, or empty when it cannot be read.
QByteArray dataFile(const QString &relative);
/// The bytes of @p relative under sharedDir(), or empty when it is absent.
QByteArray sharedFile(const QString &relative);

} // namespace cc::test

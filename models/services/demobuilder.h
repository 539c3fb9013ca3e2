// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cc {

class AuditService;
class AuthService;
class Database;

/**
 * Builds a believable demo practice: providers of three specialties, Medicare, Medicaid, two
 * commercial plans and self-pay, patients with coverages (dependants, secondary plans), a fee
 * schedule, prior authorizations, and encounters over the 30 days up to the anchor date with
 * clinical notes a coder can code from. The same seed and anchor give the same practice.
 */
class DemoBuilder
{
public:
    struct Options
    {
        quint64 seed = 1;
        int encounters = 600;
        QDate anchor = QDate::currentDate(); ///< "today" of the demo
    };
    struct Summary
    {
        int providers = 0;
        int payers = 0;
        int patients = 0;
        int encounters = 0;
        int users = 0;
    };
    struct Credential
    {
        QString username;
        QString password;
        QString role;
    };

    DemoBuilder(Database &db, AuditService &audit, AuthService &auth)
        : m_db(db), m_audit(audit), m_auth(auth)
    {
    }

    /// Fills an empty database; refuses one that already holds a practice.
    Result<Summary> build(const Options &options);

    /// The demo accounts, one per role (shown on the login screen of a demo database only).
    static QList<Credential> credentials();

private:
    /// Carries the older coded work along the handoff as a day of real work would have:
    /// scrubbed, handed off, and (when clean and old enough) accepted into a draft claim or
    /// returned to the coder for an error. Timestamps follow the dates of service.
    Result<void> advanceCodedWork(const Options &options);
    /// The biller's side of the demo: clean claims sent in weekly batches, the clearinghouse's
    /// 999 and 277CA read back, a few rejections, some of them fixed and resent.
    Result<void> sendClaims(const Options &options);
    /// The payers' answers: weekly ERAs per payer for the older accepted claims (most paid with
    /// contractual and patient amounts, some denied or partly paid, a reversal with its
    /// corrected claim, a PLB, a claim that matches none of ours), posted through
    /// PostingService.
    Result<void> postRemittances(const Options &options);

    Database &m_db;
    AuditService &m_audit;
    AuthService &m_auth;
};

} // namespace cc

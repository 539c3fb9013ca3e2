// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cc {

class AuditService;
class AuthService;
class ClaimService;
class Database;
class DenialService;
class PostingService;
class SubmissionService;

namespace demo {
struct History;
}

/**
 * Builds a believable demo practice: providers of three specialties, Medicare, Medicaid, two
 * commercial plans and self-pay, patients with coverages (dependants, secondary plans), a fee
 * schedule, prior authorizations, and encounters with clinical notes a coder can code from.
 *
 * The encounters span 14 weeks of clinic days up to the anchor date, plus a few visits 4 to 5
 * months old, and the practice's work on them is played through the real services with
 * timestamps that follow the dates (issue 7 §5): two coders code (a few slips and missed
 * documentation problems, queries to the provider), billers accept or return the handoffs,
 * claims go out in weekly batches with 999/277CA answers, payers send weekly ERAs (paid,
 * partly paid, denied for coding and for billing reasons, crossovers and secondary claims),
 * denials are worked (corrected and resubmitted, appealed, written off, moved to the patient),
 * statements go out monthly, and two monthly coding audits are drawn and recoded. The early
 * weeks are worse than the late ones, so every measure of the manager's dashboard shows a
 * trend. Nothing is stamped on or after the anchor day (today's visits come from the evening
 * before's schedule), so the demo is never in the future. The same seed and anchor give the
 * same practice.
 */
class DemoBuilder
{
public:
    struct Options
    {
        quint64 seed = 1;
        /// 14 weeks of clinic days, about 32 visits a week. (The demo of 30 days had 600; each
        /// encounter now lives its whole life through claims, payments and denial work, and
        /// 450 keeps building the demo within 1.5 times the time the 30-day demo took.)
        int encounters = 450;
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

    /// The demo accounts (shown on the login screen of a demo database only): one per role,
    /// and a second coder, so that the per-coder measures compare two people.
    static QList<Credential> credentials();

private:
    /// The sessions of the demo accounts, for the services the history is played through.
    Result<void> openSessions(demo::History &history);
    /// The coders' side (demowork.cpp): documentation queries sent and answered, the coding
    /// stored with the coder's name, and the coded work carried along the handoff: scrubbed,
    /// handed off, and accepted into a draft claim or returned to the coder and fixed.
    Result<void> codeAndHandOff(const Options &options, demo::History &history);
    /// The biller's weeks (democlaims.cpp): new claims scrubbed (errors fixed or overridden),
    /// sent each Friday with the clearinghouse's 999 and 277CA read back (rejections fixed and
    /// resent), each payer's weekly ERA posted, denials worked and statements run, in date
    /// order up to the anchor.
    Result<void> playClaims(const Options &options, demo::History &history);
    /// The payers' answers to the claims due on @p day, one ERA per payer (democlaims.cpp).
    Result<void> postEras(demo::History &history, PostingService &payments, ClaimService &claims,
                          const QDate &day, const QList<qint64> &claimIds);
    /// The reversal of an earlier payment with its corrected claim, in an ERA of its own.
    Result<void> postReversal(demo::History &history, PostingService &payments,
                              ClaimService &claims, const QDate &day);
    /// A week's denial work on @p day (demoback.cpp): denials a week old or more are
    /// corrected and resubmitted, appealed, written off or moved to the patient; the ids of
    /// the corrected claims to send are added to @p toSend.
    Result<void> workDenials(demo::History &history, ClaimService &claims, DenialService &denials,
                             const QDate &day, QList<qint64> &toSend);
    /// A statement run on @p day for every patient with a balance to bill (demoback.cpp).
    Result<void> runStatements(demo::History &history, const QDate &day);
    /// Two monthly coding audits, drawn a month apart and recoded by the manager, with
    /// fewer disagreements in the later one (demoback.cpp).
    Result<void> auditCoding(demo::History &history);

    Database &m_db;
    AuditService &m_audit;
    AuthService &m_auth;
};

} // namespace cc

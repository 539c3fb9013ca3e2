// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

class Database;

/**
 * The SQL of the office manager's measures (issue 7 §1): for each measure, the records that
 * fall in a period with the raw facts MeasureService turns into numerators and denominators
 * (MeasureService's class comment says which records and why). Read only.
 *
 * Timestamps are stored as ISO UTC text; a record falls on the calendar day its first ten
 * characters name (`substr(x, 1, 10)`, which SQLite and PostgreSQL both have), so the period's
 * last day is included whole. Dates are bound as "YYYY-MM-DD" text.
 */
class MeasuresRepository
{
public:
    explicit MeasuresRepository(Database &db)
        : m_db(db)
    { }

    /// Whom a record belongs to (for breakdowns) and what a drill-down shows of it.
    struct Subject
    {
        qint64 claimId = 0; ///< 0 for encounter records and for ledger rows without a claim
        qint64 encounterId = 0;
        QString controlNumber; ///< the claim's patient control number; empty without a claim
        QString patientName; ///< "Last, First"
        QDate dateOfService;
        qint64 payerId = 0; ///< 0: no payer (self-pay), or an encounter record
        QString payerName;
        qint64 providerId = 0; ///< the encounter's provider
        QString providerName; ///< "Last, First"
        qint64 coderId = 0; ///< the encounter's coder (the audited coder for audits); 0: none
        QString coderUsername;
        QString coderFullName;
    };

    /// An original claim (frequency 1) created in the period and scrubbed.
    struct ScrubbedClaim
    {
        Subject subject;
        QDate created;
        bool clean = false; ///< claims.first_scrub_clean
    };
    Result<QList<ScrubbedClaim>> scrubbedClaims(const QDate &from, const QDate &to);

    /// A claim whose first batch was made in the period, with the first acknowledgement that
    /// accepted or rejected it.
    struct FirstSubmission
    {
        Subject subject;
        QDate firstSent;
        QString answer; ///< "accepted", "rejected", or empty while waiting
        QString answerKind; ///< "999", "277CA", or empty when the event names no file
    };
    Result<QList<FirstSubmission>> firstSubmissions(const QDate &from, const QDate &to);

    /// A claim's first payer answer (ERA or EOB claim, reversals aside) posted in the period.
    struct FirstAdjudication
    {
        Subject subject;
        QDate posted; ///< remittances.posted_at
        QString statusCode; ///< CLP02
        qint64 chargeCents = 0; ///< CLP03
        qint64 paidCents = 0; ///< CLP04
        int denialCount = 0; ///< denial rows opened by this answer
        qint64 deniedCents = 0; ///< their amounts
        QString topGroup; ///< group and reason of the largest of them
        QString topReason;
    };
    Result<QList<FirstAdjudication>> firstAdjudications(const QDate &from, const QDate &to);

    /// A claim with ledger rows posted up to a day, its balance then and its recent charges.
    struct BalanceAsOf
    {
        Subject subject;
        QDate firstCharged; ///< invalid when no charge row is on the ledger by then
        qint64 balanceCents = 0; ///< insurance + patient balance of the rows up to the day
        qint64 recentChargeCents = 0; ///< charge rows posted from `recentFrom` to the day
        bool isVoid = false; ///< frequency 8
        bool superseded = false; ///< a replacement or void of it was sent by the day
    };
    /// Every claim with a ledger row posted on or before @p asOf.
    Result<QList<BalanceAsOf>> balancesAsOf(const QDate &asOf, const QDate &recentFrom);

    /// The ledger rows of one claim (or of one patient, for rows without a claim) posted in
    /// the period, summed by kind. Amounts are signed as stored: reversals net out.
    struct Collections
    {
        Subject subject;
        QDate lastPosted;
        qint64 paymentCents = 0; ///< payment + patient_payment
        qint64 chargeCents = 0;
        qint64 contractualCents = 0; ///< adjustment rows of group CO
        /// A replacement or void of the claim was in a batch by the end of the period: its
        /// charges and contractual adjustments are counted on the claim that replaced it.
        bool superseded = false;
    };
    Result<QList<Collections>> collections(const QDate &from, const QDate &to);

    /// An original claim (frequency 1, not a secondary claim) created in the period.
    struct CreatedClaim
    {
        Subject subject;
        QDateTime created;
    };
    Result<QList<CreatedClaim>> createdClaims(const QDate &from, const QDate &to);

    /// A documentation query answered in the period.
    struct AnsweredQuery
    {
        Subject subject;
        qint64 queryId = 0;
        QDateTime sentAt;
        QDateTime answeredAt;
    };
    Result<QList<AnsweredQuery>> answeredQueries(const QDate &from, const QDate &to);

    /// A coding audit item completed in the period.
    struct AuditItem
    {
        Subject subject;
        qint64 itemId = 0;
        QDate completed;
        qint64 agreedLines = 0;
        qint64 auditedLines = 0;
    };
    Result<QList<AuditItem>> auditItems(const QDate &from, const QDate &to);

    /// A handoff-log move to 'handed_off' or 'returned' made in the period.
    struct HandoffMove
    {
        Subject subject;
        qint64 logId = 0;   ///< the hand-off's row
        QDate at;           ///< the hand-off's day
        bool returned = false; ///< billing's answer was a return
        bool accepted = false; ///< billing's answer was an acceptance (neither: none yet)
        QString reasonCode; ///< the return reason key
    };
    Result<QList<HandoffMove>> handoffMoves(const QDate &from, const QDate &to);

    /// A denial opened in the period.
    struct OpenedDenial
    {
        Subject subject;
        QDate opened;
        QString group;
        QString reason;
        qint64 amountCents = 0;
        QString lineCode; ///< the denied line's service code; empty for a claim-level denial
    };
    Result<QList<OpenedDenial>> denialsOpened(const QDate &from, const QDate &to);

private:
    Database &m_db;
};

} // namespace cc

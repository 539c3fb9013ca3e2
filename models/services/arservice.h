// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "storage/receivablesrepository.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <array>

namespace cc {

class AuditService;
class Database;

/**
 * Amounts aged by date of service (DOMAIN.md, Measures): 0–30, 31–60, 61–90, 91–120 and over
 * 120 days between the DOS and the day the caller names as today. A DOS after today counts as
 * 0 days. The same buckets serve A/R and patient statements.
 */
struct AgingBuckets
{
    static constexpr int kCount = 5;
    std::array<qint64, kCount> cents {};

    /// The bucket of an age in days: 0 (≤ 30), 1 (31–60), 2 (61–90), 3 (91–120), 4 (> 120).
    static int bucketOf(int days);
    static int bucketOf(const QDate &dateOfService, const QDate &today)
    {
        return bucketOf(int(dateOfService.daysTo(today)));
    }
    void add(const QDate &dateOfService, const QDate &today, qint64 amountCents)
    {
        cents[std::size_t(bucketOf(dateOfService, today))] += amountCents;
    }
    qint64 total() const;
    AgingBuckets &operator+=(const AgingBuckets &other);
    bool operator==(const AgingBuckets &) const = default;
};

/// One row of an aging report: a payer or a patient.
struct AgingRow
{
    qint64 id = 0; ///< payer id (0: claims without a payer) or patient id
    QString name; ///< payer name, or "Last, First"
    QString detail; ///< the payer's kind, or the patient's MRN
    AgingBuckets insurance; ///< insurance balance by DOS
    qint64 patientBalanceCents = 0; ///< shown separately: what the patients owe on these claims
    int claimCount = 0;
    qint64 totalCents() const { return insurance.total(); }
};

/// One unpaid claim past its payer's expected days.
struct FollowUpRow
{
    qint64 claimId = 0;
    QString controlNumber;
    qint64 patientId = 0;
    QString patientName;
    QString payerName;
    QDate dateOfService;
    QDate sentDate; ///< the last submission (the DOS when never submitted)
    int daysOutstanding = 0; ///< days from sentDate to today
    int expectedDays = 0; ///< payers.expected_payment_days
    qint64 balanceCents = 0; ///< the insurance balance
    QString state; ///< claims.state key
    QString lastNote;
    QDate nextActionDate;
};

using ClaimNote = ReceivablesRepository::WorkNote;

/**
 * Accounts receivable (issue 6 §6): aging by payer and by patient, and the follow-up list of
 * unpaid claims with their notes.
 *
 * Definitions:
 *  - A claim is **on the A/R** when its charge is on the ledger (it was sent, or billed to the
 *    patient as a self-pay visit), it is not a void (frequency 8), it is not superseded (no
 *    replacement or void of it has been sent: that one carries on), and its insurance or
 *    patient balance (view claim_balances) is not zero.
 *  - **Outstanding** is its insurance balance, aged by DOS as of `today` and grouped by the
 *    claim's payer or by the patient; its patient balance is shown beside it, separately.
 *    Both views add up to the same totals.
 *  - The **follow-up list**: claims on the A/R with an insurance balance > 0, not denied
 *    (denials have their own list), whose days since the last submission (the DOS when never
 *    submitted) exceed the payer's expected_payment_days, and whose next-action date is empty
 *    or on or before today. The next-action date is that of the newest follow-up note.
 *
 * Reading needs nothing; notes need Permission::ManageClaims and are audited "claim.follow_up".
 */
class ArService : public QObject
{
    Q_OBJECT
public:
    ArService(Database &db, AuditService &audit, QObject *parent = nullptr);
    ~ArService() override;

    Result<QList<AgingRow>> agingByPayer(const QDate &today);
    Result<QList<AgingRow>> agingByPatient(const QDate &today);
    /// Oldest first (most days outstanding).
    Result<QList<FollowUpRow>> followUp(const QDate &today);

    /**
     * Adds a follow-up note to a claim (work_notes, entity 'claim', action 'follow_up') with
     * an optional next-action date; the claim leaves the follow-up list until that date. A
     * note is required; a date before today() is refused.
     */
    Result<qint64> addFollowUpNote(
        const Session &who, qint64 claimId, const QString &note, const QDate &nextActionDate);
    /// The claim's notes, newest first.
    Result<QList<ClaimNote>> notes(qint64 claimId);

    /// Translated heading of an aging bucket ("0–30", "31–60", … "120+").
    static QString bucketTitle(int bucket);

    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

signals:
    /// A follow-up note was added.
    void followUpChanged();

private:
    Result<QList<AgingRow>> aging(const QDate &today, bool byPayer);

    Database &m_db;
    AuditService &m_audit;
    QDate m_today;
};

} // namespace cc

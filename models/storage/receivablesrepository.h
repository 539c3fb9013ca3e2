// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "storage/ledgerrepository.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cc {

class Database;

/**
 * The SQL of the back end's receivables (issue 6 §5–§6): the claims of each visit with their
 * ledger balances, for patient statements and A/R aging; the patient-balance history and the
 * statements sent (dunning count); statement runs; self-pay visits billed to the patient; and
 * the follow-up notes on unpaid claims (`work_notes`, entity 'claim').
 *
 * Rows are raw facts; StatementService and ArService decide what they mean (pending insurance,
 * buckets, eligibility). Callers writing run inside their own transaction.
 */
class ReceivablesRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::ReceivablesRepository)
public:
    explicit ReceivablesRepository(Database &db);
    ~ReceivablesRepository();

    /// One claim of a visit, with its payer, its state and its ledger balances.
    struct VisitClaim
    {
        qint64 claimId = 0;
        QString controlNumber;
        qint64 encounterId = 0;
        qint64 patientId = 0;
        QDate dateOfService;
        QString providerName; ///< "Last, First Credential" of who saw the patient
        qint64 payerId = 0; ///< 0: no payer
        QString payerName;
        QString payerKind; ///< empty when no payer
        int expectedPaymentDays = 30;
        QString state; ///< claims.state key
        QString frequency; ///< 1, 7, 8
        int submissionCount = 0;
        qint64 primaryClaimId = 0; ///< set on a secondary claim
        bool superseded = false; ///< a replacement or void of it has been sent
        bool answered = false; ///< a payer answer is posted (ledger row or ERA claim)
        bool charged = false; ///< its charge rows are on the ledger
        QDate lastSentDate; ///< the newest 'submitted' event; invalid when never sent
        qint64 totalChargeCents = 0;
        QStringList codes; ///< service codes in line order (never descriptions)
        ClaimBalance balance;
    };
    /**
     * Every claim of every visit that has something on the ledger or a ready self-pay claim
     * not yet billed; of @p patientIds only when not empty. Ordered by patient, DOS, claim.
     */
    Result<QList<VisitClaim>> visitClaims(const QList<qint64> &patientIds = {});

    /// Name, MRN and address of each patient of @p patientIds (every patient when empty).
    Result<QHash<qint64, PatientRecord>> patients(const QList<qint64> &patientIds);

    /// A ledger row that moved a patient balance (+ owed, − paid or written off).
    struct PatientMovement
    {
        QDate date;
        qint64 deltaCents = 0;
        bool patientPayment = false; ///< a patient_payment row of a positive amount
    };
    /// The patient-balance movements of each patient (all when empty), oldest first.
    Result<QHash<qint64, QList<PatientMovement>>> patientMovements(const QList<qint64> &patientIds);
    /// The dates of the statements each patient (all when empty) has had, oldest first.
    Result<QHash<qint64, QList<QDate>>> statementDates(const QList<qint64> &patientIds);

    /// A line of a ready self-pay claim whose charge is not on the ledger yet.
    struct SelfPayLine
    {
        qint64 claimId = 0;
        qint64 claimLineId = 0;
        qint64 patientId = 0;
        qint64 chargeCents = 0;
    };
    /// The lines of ready (scrubbed) claims with a self-pay payer (or none), not yet charged.
    Result<QList<SelfPayLine>> unbilledSelfPayLines(const QList<qint64> &patientIds = {});
    /// Moves a claim to @p state (a key), raising its version.
    Result<void> setClaimState(qint64 claimId, const QString &state, const QDateTime &at);

    Result<qint64> insertRun(const QDate &runDate, const QDateTime &createdAt, qint64 userId);
    Result<void> setRunTotals(qint64 runId, int statementCount, qint64 totalDueCents);
    Result<qint64> insertStatement(qint64 runId, qint64 patientId, const QDate &statementDate,
        qint64 amountDueCents, int dunningLevel);

    /// A claim on the A/R: sent (charged), not superseded and not a void, with a balance.
    struct OpenClaim
    {
        qint64 claimId = 0;
        QString controlNumber;
        qint64 patientId = 0;
        QString patientName; ///< "Last, First"
        QString mrn;
        QDate dateOfService;
        qint64 payerId = 0;
        QString payerName;
        QString payerKind;
        int expectedPaymentDays = 30;
        QString state;
        QDate lastSentDate;
        qint64 insuranceBalanceCents = 0;
        qint64 patientBalanceCents = 0;
        QString lastNote;
        QDate nextActionDate; ///< of the newest follow-up note; invalid when none
    };
    Result<QList<OpenClaim>> openClaims();

    /// A work note (entity 'claim').
    struct WorkNote
    {
        qint64 id = 0;
        QDateTime at;
        QString userName;
        QString action;
        QString note;
        QDate nextActionDate;
    };
    Result<bool> claimExists(qint64 claimId);
    Result<qint64> insertClaimNote(qint64 claimId, const QDateTime &at, qint64 userId,
        const QString &action, const QString &note, const QDate &nextActionDate);
    /// The notes of a claim, newest first.
    Result<QList<WorkNote>> claimNotes(qint64 claimId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/posting.h"
#include "storage/ledgerrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <tuple>

namespace cc {

class Database;

/// One line of a claim of ours, as payment posting matches it.
struct PostingClaimLine
{
    qint64 id = 0;
    int lineNo = 0;
    QString lineControlNumber; ///< our REF*6R
    QString code;
    QStringList modifiers;     ///< without empty ones
    int units = 1;
    qint64 chargeCents = 0;
    QDate serviceDate;
};

/// A claim of ours as payment posting needs it (loaded in bulk for a whole ERA).
struct PostingClaim
{
    qint64 id = 0;
    QString patientControlNumber;
    qint64 patientId = 0;
    QString patientName;       ///< "Last, First"
    QString memberId;          ///< of the claim's coverage
    qint64 payerId = 0;
    QString payerName;
    qint64 coverageId = 0;
    QString state;             ///< claims.state key
    QString frequency;
    qint64 primaryClaimId = 0; ///< set on a secondary claim
    QDate serviceDate;
    qint64 totalChargeCents = 0;
    qint64 secondaryCoverageId = 0; ///< the patient's priority-2 coverage in force on the DOS
    qint64 secondaryPayerId = 0;
    QString secondaryPayerName;
    qint64 secondaryClaimId = 0;    ///< a secondary claim already made from this one
    QList<PostingClaimLine> lines;
};

/**
 * What comes back after a claim is sent (issue 6): remittances (ERA and EOB), the payer's
 * answer per claim (remittance_claims, with the Unmatched ERA list), provider-level
 * adjustments, denials, and the claim reads and writes payment posting needs. Ledger rows are
 * LedgerRepository's. Callers run the writes inside their own transaction.
 */
class RemittanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::RemittanceRepository)
public:
    explicit RemittanceRepository(Database &db);
    ~RemittanceRepository();

    /**
     * Inside a write transaction: waits until no other seat is posting, and holds the turn
     * until this transaction ends, so a posting checks for duplicates against every posting
     * committed before it. (SQLite's BEGIN IMMEDIATE holds the whole practice already; a
     * server locks the remittances table against other postings, not against readers.)
     */
    Result<void> takePostingTurn();

    /// When a remittance with this payer, trace number and amount was posted; nullopt: never.
    Result<std::optional<QDateTime>> postedAt(const QString &payerIdentifier,
                                              const QString &traceNumber, qint64 paymentCents);

    struct PayerInfo
    {
        qint64 id = 0;
        QString name;
        QString identifier; ///< payers.payer_id
        bool acceptsEra = true;
    };
    Result<std::optional<PayerInfo>> payer(qint64 payerId);
    /// The payer whose identifier is @p identifier, 0 when none.
    Result<qint64> payerIdByIdentifier(const QString &identifier);

    /// Claims with the patient control numbers @p pcns (those on file), with their lines, read
    /// in a few statements whatever the count.
    Result<QHash<QString, PostingClaim>> claimsByControlNumber(const QStringList &pcns);
    Result<std::optional<PostingClaim>> claim(qint64 claimId);

    struct NewRemittance
    {
        QString source; ///< era or eob
        QString payerIdentifier;
        QString payerName;
        qint64 payerId = 0;
        QString traceNumber;
        qint64 paymentCents = 0;
        QDate paymentDate;
        QString paymentMethod;
        QString fileName;
        QDateTime postedAt;
        qint64 userId = 0; ///< 0: the console administrator
        int claimCount = 0;
        QString contentHash;
    };
    Result<qint64> insertRemittance(const NewRemittance &r);

    struct NewRemittanceClaim
    {
        qint64 remittanceId = 0;
        qint64 claimId = 0; ///< 0: unmatched
        QString patientControlNumber;
        QString status;
        qint64 chargeCents = 0;
        qint64 paidCents = 0;
        qint64 patientResponsibilityCents = 0;
        QString payerClaimNumber;
        QString patientName;
        QString memberId;
        QDate serviceDate;
        QString crossoverPayer;
        QString resolution; ///< posted or unmatched
        QString payload;    ///< the claim as JSON when unmatched
    };
    Result<qint64> insertRemittanceClaim(const NewRemittanceClaim &c);
    /**
     * Stores @p claims in order, several per statement (an ERA of thousands of claims), as
     * insertRemittanceClaim() would one by one; returns their ids in the same order. The
     * ids are read back and checked, not assumed.
     */
    Result<QList<qint64>> insertRemittanceClaims(const QList<NewRemittanceClaim> &claims);

    Result<void> insertProviderAdjustment(qint64 remittanceId, const ProviderAdjustmentRow &a);

    struct NewDenial
    {
        qint64 claimId = 0;
        qint64 claimLineId = 0;
        qint64 remittanceId = 0;
        qint64 remittanceClaimId = 0;
        QString group;
        QString reason;
        QString remarks; ///< RARCs, comma-separated
        qint64 amountCents = 0;
        QDateTime openedAt;
    };
    Result<void> insertDenial(const NewDenial &d);
    /// Stores @p denials in order, several per statement, as insertDenial() one by one.
    Result<void> insertDenials(const QList<NewDenial> &denials);
    /// Closes the open denials of @p claimId (a reversal took back the answer they came from).
    Result<int> closeOpenDenials(qint64 claimId, const QDateTime &at);

    /// The payer's answer on the claim: its state, and its payer claim number unless empty.
    Result<void> setClaimAnswer(qint64 claimId, const QString &state,
                                const QString &payerClaimNumber, const QDateTime &at);
    struct ClaimAnswer
    {
        qint64 claimId = 0;
        QString state;
        QString payerClaimNumber;
    };
    /// setClaimAnswer() for each of @p answers in order, several claims per statement (a
    /// claim named twice is updated twice, as one by one).
    Result<void> setClaimAnswers(const QList<ClaimAnswer> &answers, const QDateTime &at);
    /// A status event on the claim's history (no acknowledgement).
    Result<void> addClaimEvent(qint64 claimId, const QDateTime &at, const QString &status,
                               const QString &message);
    struct ClaimEvent
    {
        qint64 claimId = 0;
        QString status;
        QString message;
    };
    /// addClaimEvent() for each of @p events in order, several per statement.
    Result<void> addClaimEvents(const QList<ClaimEvent> &events, const QDateTime &at);
    /// Payment, adjustment and patient-responsibility rows of @p claimId posted from a payer's
    /// answer other than @p exceptRemittanceId, not reversals and not yet reversed.
    Result<QList<qint64>> reversibleRows(qint64 claimId, qint64 exceptRemittanceId);
    /**
     * A draft secondary claim copying @p primaryId (encounter, providers, diagnoses, lines)
     * for @p coverageId / @p payerId with the new number @p pcn; primary_claim_id points at
     * the primary. Returns its id.
     */
    Result<qint64> insertSecondaryClaim(qint64 primaryId, qint64 coverageId, qint64 payerId,
                                        const QString &pcn, const QDateTime &at);
    /// Each line's id and charge, for the charge rows of a claim being sent.
    Result<QList<std::pair<qint64, qint64>>> lineCharges(qint64 claimId);
    /// Each line's insurance balance (line id → cents) from the ledger.
    Result<QHash<qint64, qint64>> lineInsuranceBalances(qint64 claimId);

    /// Remittances newest first (@p onlyId: that one).
    Result<QList<RemittanceSummary>> remittances(int limit = 0, qint64 onlyId = 0);

    /// A payer answer on record (remittance_claims).
    struct StoredRemittanceClaim
    {
        qint64 id = 0;
        qint64 remittanceId = 0;
        qint64 claimId = 0;
        QString patientControlNumber;
        QString status;
        qint64 chargeCents = 0;
        qint64 paidCents = 0;
        qint64 patientResponsibilityCents = 0;
        QString payerClaimNumber;
        QString patientName;
        QString memberId;
        QDate serviceDate;
        QString crossoverPayer;
        QString resolution;
        QString payload;
        QString resolutionNote;
        int version = 1;
        QString payerName;   ///< of the remittance
        QString traceNumber;
        QString source;
    };
    Result<QList<StoredRemittanceClaim>> remittanceClaims(qint64 remittanceId);
    Result<std::optional<StoredRemittanceClaim>> remittanceClaim(qint64 id);
    /// Unmatched ERA claims, oldest first.
    Result<QList<UnmatchedEraClaim>> unmatched();
    /**
     * Resolves an unmatched answer: matched to @p claimId, or dismissed (@p claimId 0).
     * Conflict when someone resolved or changed it since @p version.
     */
    Result<void> resolve(qint64 id, int version, const QString &resolution, qint64 claimId,
                         qint64 userId, const QString &note, const QDateTime &at);
    /// Claims that share the charge, date of service, member id or last name, newest first.
    Result<QList<MatchCandidate>> candidates(qint64 chargeCents, const QDate &dateOfService,
                                             const QString &memberId, const QString &lastName,
                                             int limit = 200);
    /// The member id and patient's name of each candidate id (for scoring).
    struct CandidateFacts
    {
        QString memberId;
        QString lastName;
        QString firstName;
    };
    Result<QHash<qint64, CandidateFacts>> candidateFacts(const QList<qint64> &claimIds);

    Result<QList<ProviderAdjustmentRow>> providerAdjustments(qint64 remittanceId);

    /// A ledger row of a remittance with its line as the claim has it.
    struct RemittancePosting
    {
        LedgerRow row;
        int lineNo = 0;
        QString code;
        QStringList modifiers;
        QDate serviceDate;
        qint64 lineChargeCents = 0;
    };
    Result<QList<RemittancePosting>> postingsOfRemittance(qint64 remittanceId);

    struct DenialRow
    {
        qint64 id = 0;
        qint64 claimId = 0;
        qint64 claimLineId = 0;
        qint64 remittanceClaimId = 0;
        int lineNo = 0;
        QString code;
        QStringList modifiers;
        QDate serviceDate;
        qint64 lineChargeCents = 0;
        QString group;
        QString reason;
        QString remarks;
        qint64 amountCents = 0;
        QString state;
    };
    Result<QList<DenialRow>> denialsOfRemittance(qint64 remittanceId);

    /// Rows in the tables a posting writes (postings, denials, remittances, remittance_claims,
    /// provider_adjustments, claim_status_events): for the benchmark's figures and checks.
    Result<QHash<QString, qint64>> rowCounts();

    /// A claim as sent, for benchmarks and load tests (insertSentCopies).
    struct SentCopy
    {
        QString patientControlNumber;
        QList<PostingClaimLine> lines; ///< code, modifiers, charge and date are used
    };
    /**
     * Benchmarks and load tests only: copies claim @p templateId (encounter, coverage, payer,
     * providers) once per @p copies entry with its number and lines, as a claim sent once and
     * accepted. Returns each new line as (claim id, line id, charge) so the caller can put
     * the charges on the ledger (LedgerRepository).
     */
    Result<QList<std::tuple<qint64, qint64, qint64>>> insertSentCopies(
            qint64 templateId, const QList<SentCopy> &copies, const QDateTime &at);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

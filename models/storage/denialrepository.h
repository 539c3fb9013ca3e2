// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cc {

class Database;

/// The states of a denial (table `denials`, migration 0001).
namespace denialstate {
inline constexpr auto kOpen = "open";
inline constexpr auto kResubmitted = "resubmitted";
inline constexpr auto kAppealed = "appealed";
inline constexpr auto kWrittenOff = "written_off";
inline constexpr auto kTransferred = "transferred";
inline constexpr auto kClosed = "closed";
/// Translated name for the screen ("Open", "Appealed"…); the key itself when unknown.
QString displayName(const QString &state);
/// Written off, transferred and closed denials are done: nothing more can be done with them.
bool isFinished(const QString &state);
} // namespace denialstate

/// Which denials the work list shows.
enum class DenialFilter {
    Open,    ///< not worked yet
    Working, ///< not finished: open, resubmitted or appealed (waiting for the payer)
    All,
};

/// One denial with what the work list and the detail pane show about it.
struct DenialRecord
{
    qint64 id = 0;
    qint64 claimId = 0;
    qint64 claimLineId = 0;        ///< 0: the whole claim
    int lineNo = 0;                ///< the line's number, 0 for the whole claim
    QString lineCode;              ///< "99213-25", empty for the whole claim
    qint64 remittanceId = 0;
    qint64 remittanceClaimId = 0;
    QString groupCode;             ///< CO, OA, PI (PR for a patient-responsibility denial)
    QString reasonCode;            ///< CARC
    QStringList remarkCodes;       ///< RARCs
    qint64 amountCents = 0;        ///< denied, as the payer said
    qint64 openCents = 0;          ///< still to work: the amount, never more than the claim's
                                   ///< insurance balance; 0 once finished
    QDateTime openedAt;            ///< UTC
    QDateTime resolvedAt;          ///< UTC, invalid while not finished
    QString state;                 ///< denialstate key
    int version = 0;

    QString patientControlNumber;  ///< ours (CLM01)
    QString payerClaimNumber;      ///< the payer's (CLP07)
    QString claimState;            ///< claim state key
    qint64 claimChargeCents = 0;
    qint64 insuranceBalanceCents = 0;
    qint64 patientId = 0;
    QString patientName;           ///< "Last, First"
    QDate patientBirthDate;
    QString memberId;
    qint64 payerId = 0;
    QString payerName;
    QDate dateOfService;
    QDate remittanceDate;          ///< the ERA's payment date (or when it was posted)

    QString lastAction;            ///< the newest work note's action, empty when none
    QDateTime lastActionAt;
};

/// One entry of a denial's history (a `work_notes` row with entity 'denial').
struct DenialNote
{
    qint64 id = 0;
    qint64 denialId = 0;
    QDateTime at;                  ///< UTC
    qint64 userId = 0;
    QString userName;              ///< the user's full name
    QString action;                ///< resubmit, appeal, write_off, transfer, note
    QString note;                  ///< the reason or the note
};

/// What an appeal letter needs beyond the denial itself: the practice and the payer's address.
struct DenialLetterContext
{
    QString practiceName;
    QString practiceNpi;
    QString practiceTaxId;
    QStringList practiceAddress;   ///< lines, e.g. "12 Main St", "Lansing, MI 48901"
    QString practicePhone;
    QString payerName;
    QStringList payerAddress;
    QString renderingProvider;     ///< "First Last, MD"
    QString renderingProviderNpi;
};

/**
 * The denial work list (`denials` joined to its claim, patient, payer, encounter and
 * remittance), denial state changes with version checks, and the denial history in
 * `work_notes`. Callers run inside their own transaction for writes.
 */
class DenialRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::DenialRepository)
public:
    explicit DenialRepository(Database &db);
    ~DenialRepository();

    /// Denials by @p filter, oldest first.
    Result<QList<DenialRecord>> denials(DenialFilter filter);
    /// One denial, or nullopt when there is none with this id.
    Result<std::optional<DenialRecord>> denial(qint64 id);
    /// The denials of @p claimId in @p states (all states when empty).
    Result<QList<DenialRecord>> denialsOfClaim(qint64 claimId, const QStringList &states = {});

    /**
     * Moves denial @p id from @p version to @p state (version + 1; resolved_at set when the
     * state is finished). Conflict when the denial changed since @p version, NotFound when
     * it is gone.
     */
    Result<void> setState(qint64 id, int version, const QString &state, const QDateTime &at);

    /// Appends a history entry; returns its id.
    Result<qint64> addNote(qint64 denialId, qint64 userId, const QString &action,
                           const QString &note, const QDateTime &at);
    /// The history of @p denialId, oldest first.
    Result<QList<DenialNote>> notes(qint64 denialId);

    /// The practice letterhead and the payer's address of @p claimId.
    Result<DenialLetterContext> letterContext(qint64 claimId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

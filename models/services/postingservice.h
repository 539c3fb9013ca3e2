// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/posting.h"
#include "domain/session.h"
#include "storage/ledgerrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace cc {

class AuditService;
class ClaimService;
class Database;

/**
 * Payment posting (issue 6 §2, §3): ERAs (835) and paper EOBs onto the append-only ledger.
 *
 * An ERA claim is matched on CLP01 (our patient control number); its lines on REF*6R, else
 * code + modifiers + date, else code + date (a payer that dropped a modifier). Payments,
 * CO/PI/OA adjustments and PR amounts (to the patient's balance) become ledger rows; a denied
 * claim (CLP02 4) or a line paid nothing with a denial reason becomes a denial for the work
 * list instead of an adjustment; a reversal (CLP02 22) reverses the rows of the earlier
 * answer; PLBs are kept at provider level; the payer's claim number (CLP07) is stored; a
 * crossover (19/20/21) is noted so no secondary claim is sent, otherwise a draft secondary
 * claim is made when the patient has a secondary coverage. A claim we do not know waits in
 * the Unmatched ERA list. An ERA already posted (same payer, TRN02 and amount) is refused.
 * A whole file posts in one transaction, or nothing does; audited "payments.post".
 */
class PostingService : public QObject
{
    Q_OBJECT
public:
    /// @p claims makes secondary claims; without it none are made.
    PostingService(Database &db, AuditService &audit, ClaimService *claims = nullptr,
                   QObject *parent = nullptr);
    ~PostingService() override;

    /// What posting @p content would do; nothing is stored. Reader errors and duplicates are
    /// in EraPreview::errors.
    Result<EraPreview> previewEra(const QByteArray &content, const QString &fileName);
    /**
     * Posts @p content whole, or refuses it whole (a reader error, a duplicate, a database
     * error). @p who needs Permission::PostPayments; std::nullopt is the console
     * administrator (a headless command without --user).
     */
    Result<PostingResult> postEra(const std::optional<Session> &who, const QByteArray &content,
                                  const QString &fileName, const QDateTime &now);

    /// ERAs and EOBs posted, newest first.
    Result<QList<RemittanceSummary>> remittances(int limit = 0);
    Result<RemittanceDetail> remittance(qint64 remittanceId);

    /// ERA claims that matched no claim of ours and are not yet resolved, oldest first.
    Result<QList<UnmatchedEraClaim>> unmatched();
    /// Claims that may be the one @p unmatchedId meant, likeliest first.
    Result<QList<MatchCandidate>> matchCandidates(qint64 unmatchedId);
    /// Posts the unmatched ERA claim to @p claimId (one transaction, audited).
    Result<PostingResult> matchUnmatched(const Session &who, qint64 unmatchedId, int version,
                                         qint64 claimId, const QString &note,
                                         const QDateTime &now);
    /// Marks it not ours (a reason is required); nothing is posted.
    Result<void> dismissUnmatched(const Session &who, qint64 unmatchedId, int version,
                                  const QString &reason, const QDateTime &now);

    /// The claim as the EOB form shows it (lines, charges, insurance balances).
    Result<EobForm> eobForm(qint64 claimId);
    /**
     * Posts a paper EOB: the same ledger and the same checks as an ERA. Every line must
     * balance (charge − adjustments = paid) and the check amount must equal what the claims
     * paid, else nothing is posted and the error names the line. A check number already
     * posted for the payer with the same amount is refused.
     */
    Result<PostingResult> postEob(const Session &who, const EobEntry &entry, const QDateTime &now);

    /// The ledger rows of @p claimId and its balances.
    Result<QList<LedgerRow>> ledger(qint64 claimId);
    Result<ClaimBalance> balance(qint64 claimId);

signals:
    /// After any posting, match or dismissal: balances, denials and statements changed.
    void postingsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
// Private to PostingService (postingservice*.cpp): the engine that turns one payer answer into
// ledger rows, denials, claim states and events, shared by ERA, unmatched and EOB posting.
#pragma once

#include "postingservice.h"
#include "storage/ledgerrepository.h"
#include "storage/remittancerepository.h"
#include "x12/remit835.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

/// Early return of an Error from a function returning Result<…> (CC_TRY lives with the storage
/// layer's private headers).
#define CC_POSTING_TRY(expr)                                                                       \
    do {                                                                                           \
        auto cc_posting_result_ = (expr);                                                          \
        if (!cc_posting_result_)                                                                   \
            return cc_posting_result_.error();                                                     \
    } while (false)

namespace cc {

class AuditService;
class ClaimService;
class Database;

namespace posting {

/// The remittance a claim answer belongs to.
struct RemitContext
{
    qint64 remittanceId = 0;
    QString payerName;
    QString traceNumber;
    QString source; ///< era or eob
};

/// Which of our lines an SVC was matched to.
struct LineMatch
{
    int index = -1;          ///< into PostingClaim::lines, -1: none
    QString by;              ///< "REF*6R", "code, modifiers and date", "code and date"
    QStringList dropped;     ///< our modifiers the payer left out
};

/// Matches each SVC of @p rc to a line of @p claim (each of ours used once): REF*6R, then
/// code + modifiers + date, then code + date with modifiers the payer dropped.
QList<LineMatch> matchLines(const x12::RemitClaim &rc, const PostingClaim &claim);

/// Whether the non-PR adjustment @p adj is a denial: every non-PR amount of a denied claim
/// (CLP02 4); a denial reason on a line (or claim) paid nothing.
bool isDenial(const x12::RemitClaim &rc, bool paidNothing, const x12::RemitAdjustment &adj);

/// The code as the biller reads it: "99213-25".
QString codeWithModifiers(const QString &code, const QStringList &modifiers);

QString text(const QByteArray &bytes);

/// The claim as JSON, kept with an unmatched answer so it can be posted later.
QString toJson(const x12::RemitClaim &claim);
std::optional<x12::RemitClaim> fromJson(const QString &json);

/**
 * Posts payer answers inside the caller's transaction. Ledger rows, denials, claim answers
 * and claim events are kept back and written several rows per statement (in the order they
 * were made, so ids come out as one by one); they are written before anything reads them
 * back (a reversal, a secondary claim) and by flush(), which the caller must call before it
 * commits. Test-only: when the environment variable CLEANCLAIM_TEST_CRASH_AFTER_POSTINGS=N is
 * set, the process kills itself with SIGKILL right after the write that takes the ledger to
 * N rows or more (tst_postingcrash proves a file posts whole or not at all). Unset, it costs
 * one comparison per write.
 */
class Poster
{
    Q_DECLARE_TR_FUNCTIONS(cc::PostingService)
public:
    Poster(Database &db, qint64 userId, const QDateTime &now, bool makeSecondaries);

    RemittanceRepository remits;
    LedgerRepository ledger;
    PostingResult result;
    QList<qint64> secondaryClaimIds;

    /// Posts @p rc onto @p claim (updated: state, secondary claim) as answer @p remittanceClaimId.
    Result<void> postClaim(const x12::RemitClaim &rc, PostingClaim &claim,
                           const RemitContext &ctx, qint64 remittanceClaimId);
    /// Writes every row kept back. Call it before the transaction commits.
    Result<void> flush();
    /// The summary sentence of result.
    QString summary() const;
    qint64 userId() const { return m_userId; }

private:
    /// Rows kept back until flush() (and flushed when this many ledger rows wait).
    static constexpr qsizetype kFlushRows = 4096;
    Result<void> append(const LedgerEntry &entry);
    Result<qint64> reverse(qint64 rowId, const RemitContext &ctx, qint64 remittanceClaimId);
    void answer(qint64 claimId, const QString &state, const QString &payerClaimNumber);
    void event(qint64 claimId, const QString &status, const QString &message);
    void rowsWritten(qsizetype n);
    Result<void> reverseClaim(const x12::RemitClaim &rc, PostingClaim &claim,
                              const RemitContext &ctx, qint64 remittanceClaimId);
    Result<void> queueSecondary(PostingClaim &claim, const RemitContext &ctx);

    Database &m_db;
    qint64 m_userId = 0;
    QDateTime m_now;
    bool m_makeSecondaries = false;
    int m_crashAfter = 0;
    qsizetype m_rows = 0;
    QList<LedgerEntry> m_postings;
    QList<RemittanceRepository::NewDenial> m_denials;
    QList<RemittanceRepository::ClaimAnswer> m_answers;
    QList<RemittanceRepository::ClaimEvent> m_events;
};

} // namespace posting

struct PostingService::Private
{
    Private(Database &database, AuditService &auditService, ClaimService *claimService)
        : db(database), audit(auditService), claims(claimService)
    {
    }
    Database &db;
    AuditService &audit;
    ClaimService *claims = nullptr;

    /// A file read and checked, with the claims it names.
    struct Prepared
    {
        /// For a preview, the whole file; for posting, each transaction's header and PLBs
        /// only: the claims are read again one by one as they are posted (keeping 33,000
        /// claims with their lines cost more than reading the file twice).
        x12::Remittance835 file;
        QList<QStringList> controlNumbers; ///< per transaction, the CLP01s in file order
        QStringList errors;
        QList<QDateTime> postedBefore; ///< per transaction, invalid: never
        QHash<QString, PostingClaim> claims;
    };
    Result<Prepared> prepare(const QByteArray &content, const QString &fileName);
    /// The first half of prepare(): the file read and its own checks; needs no database.
    enum class Claims { Kept, Counted };
    Prepared read(const QByteArray &content, const QString &fileName,
                  Claims claims = Claims::Kept) const;
    /// The second half: already posted? (each transaction), then the claims it answers (when
    /// nothing is wrong so far).
    Result<void> check(Prepared &p);
    EraClaimPreview previewClaim(const x12::RemitClaim &rc, const PostingClaim *claim) const;
};

} // namespace cc

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

/// Which side of a coding audit a code line belongs to (coding_audit_lines.side).
namespace auditside {
inline constexpr auto kCoder = "coder";
inline constexpr auto kAuditor = "auditor";
} // namespace auditside

/// The kind of a code line of a coding audit (coding_audit_lines.kind).
namespace auditlinekind {
inline constexpr auto kDiagnosis = "dx";
inline constexpr auto kService = "service";
} // namespace auditlinekind

/// One code line of either side of an audited encounter.
struct CodingAuditLine
{
    qint64 id = 0;
    QString side;          ///< auditside key
    QString kind;          ///< auditlinekind key
    int position = 0;      ///< 1-based, in the side's order
    QString code;          ///< normalized (no dot, upper case)
    QStringList modifiers; ///< sorted; empty for diagnoses
    int units = 1;         ///< 1 for diagnoses
    bool agreed = false;   ///< the other side has the same line (set when the recode is saved)

    bool isDiagnosis() const { return kind == QLatin1String(auditlinekind::kDiagnosis); }
};

/// One audit (a draw) with the counts of its items.
struct CodingAuditRecord
{
    qint64 id = 0;
    QDateTime createdAt; ///< UTC
    QString createdByName;
    QDate periodFrom;
    QDate periodTo;
    int perCoder = 0;
    quint32 seed = 0;
    QString note;
    int itemCount = 0;
    int doneCount = 0;
    int agreedLines = 0;  ///< over the done items
    int auditedLines = 0; ///< over the done items
};

/// One sampled encounter of an audit, with what the lists show about it.
struct CodingAuditItemRecord
{
    qint64 id = 0;
    qint64 auditId = 0;
    qint64 encounterId = 0;
    qint64 coderId = 0; ///< who coded the encounter (0 when unknown)
    QString coderName;
    qint64 auditorId = 0; ///< 0 until recoded
    QString auditorName;
    QDateTime completedAt; ///< UTC; invalid while pending
    int agreedLines = 0;
    int auditedLines = 0;
    QString auditorNote;
    int version = 0;
    QDate dateOfService;
    QString patientName; ///< "Last, First"
    QString mrn;
    QString providerName; ///< "Last, First"

    bool isDone() const { return completedAt.isValid(); }
};

/// A coded encounter that may be drawn into a sample.
struct CodingAuditCandidate
{
    qint64 encounterId = 0;
    qint64 coderId = 0;
    QDate dateOfService;
};

/// The facts of an encounter an auditor reads: deliberately no code of any kind.
struct BlindEncounterFacts
{
    qint64 encounterId = 0;
    QDate dateOfService;
    QString placeOfService;
    QDate patientBirthDate;
    QString patientSex;
    QString providerName; ///< "Last, First Credential"
    QString providerSpecialty;
    QString clinicalNote;
    QString addendum;
};

/// Per coder and month of completion: the lines agreed and audited.
struct CodingAccuracyRecord
{
    qint64 coderId = 0;
    QString coderName;
    QDate month; ///< the first day of the month the items were completed in (UTC)
    int items = 0;
    int agreedLines = 0;
    int auditedLines = 0;
};

/**
 * The SQL of coding audits (issue 7 §4, migration 0008): the coded encounters a sample is
 * drawn from, the audits, their items and both sides' code lines, the facts of the blind case
 * and the accuracy per coder and month. Rows are raw facts; CodingAuditService decides what
 * they mean. Callers writing run inside their own transaction.
 */
class CodingAuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::CodingAuditRepository)
public:
    explicit CodingAuditRepository(Database &db);
    ~CodingAuditRepository();

    /**
     * The encounters with a DOS in [@p from, @p to] in a coded state (coded, handed_off,
     * returned, accepted, billed) with a known coder, none of them drawn before,
     * by coder then encounter id. The coder is encounters.coder_id, or (for work recorded
     * without it, like the demo's) the user of the newest handoff-log step into coded.
     */
    Result<QList<CodingAuditCandidate>> candidates(const QDate &from, const QDate &to);
    /// The coder's codes of @p encounterId as audit lines (side coder): diagnoses in
    /// position order, then service lines in line order with sorted modifiers.
    Result<QList<CodingAuditLine>> encounterLines(qint64 encounterId);

    Result<qint64> insertAudit(const QDateTime &createdAt, qint64 userId, const QDate &from,
                               const QDate &to, int perCoder, quint32 seed, const QString &note);
    Result<qint64> insertItem(qint64 auditId, qint64 encounterId, qint64 coderId);
    /// Appends @p lines to @p itemId (their side, kind, position, code, modifiers, units).
    Result<void> insertLines(qint64 itemId, const QList<CodingAuditLine> &lines);
    Result<void> setLineAgreed(qint64 lineId, bool agreed);
    /**
     * Completes @p itemId when its version is still @p version and it is not done yet
     * (version + 1). Conflict when another seat changed or completed it first.
     */
    Result<void> complete(qint64 itemId, int version, qint64 auditorId, const QDateTime &at,
                          int agreedLines, int auditedLines, const QString &note);

    /// Every audit, newest first.
    Result<QList<CodingAuditRecord>> audits();
    Result<std::optional<CodingAuditRecord>> audit(qint64 auditId);
    /// The items of @p auditId (of every audit when 0), by DOS then id; only the unfinished
    /// ones when @p pendingOnly.
    Result<QList<CodingAuditItemRecord>> items(qint64 auditId, bool pendingOnly = false);
    Result<std::optional<CodingAuditItemRecord>> item(qint64 itemId);
    /// Both sides' lines of @p itemId: coder before auditor, diagnoses before services, in
    /// position order.
    Result<QList<CodingAuditLine>> lines(qint64 itemId);

    Result<std::optional<BlindEncounterFacts>> blindFacts(qint64 encounterId);
    /// When @p userId first opened the encounter of @p itemId (the audit trail's
    /// encounter.open) since its audit was drawn; invalid when they have not.
    Result<QDateTime> openedSinceDrawn(qint64 itemId, qint64 userId);

    /// The items completed on a (UTC) date in [@p from, @p to], per coder and month.
    Result<QList<CodingAccuracyRecord>> accuracy(const QDate &from, const QDate &to);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

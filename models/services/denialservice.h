// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/error.h"
#include "domain/session.h"
#include "storage/denialrepository.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cc {

class AuditService;
class ClaimService;
class Database;

/// One row of the denial work list: the denial and the words the biller reads about it.
struct DenialItem
{
    DenialRecord record;
    QString reasonText;          ///< the CARC's plain description
    QString groupText;           ///< "Contractual obligation"…
    QStringList remarkTexts;     ///< one per record.remarkCodes
    int ageDays = 0;             ///< days since the denial was opened
    int ageFromServiceDays = 0;  ///< days since the date of service
    QString stateText;           ///< translated state
    QString lastActionText;      ///< translated last action, empty when none

    /// "CO-50: Not medically necessary in the payer's judgement"
    QString reasonLabel() const;
};

/// How the work list groups its rows.
enum class DenialGrouping { Reason, Payer, Age };

/// One group of the work list with its count and total still open.
struct DenialGroup
{
    QString key;                 ///< the reason code, the payer's id, or the age bucket 0–3
    QString label;               ///< "CO-16: Claim lacks information…", "Medicare", "31–60 days"
    int count = 0;
    qint64 totalCents = 0;       ///< the open amounts
    QList<int> rows;             ///< indexes into the list that was grouped, in list order
};

/// A denial with its claim lines and history: what the detail pane shows.
struct DenialDetail
{
    DenialItem item;
    QStringList diagnoses;
    QList<ClaimLineRecord> lines;
    QList<DenialNote> history;
    /// Other denials of the same claim.
    QList<DenialItem> related;
};

/// The actions of a denial's history (work_notes.action).
namespace denialaction {
inline constexpr auto kResubmit = "resubmit";
inline constexpr auto kAppeal = "appeal";
inline constexpr auto kAppealLetter = "appeal_letter";
inline constexpr auto kWriteOff = "write_off";
inline constexpr auto kTransfer = "transfer";
inline constexpr auto kNote = "note";
/// "Resubmitted as a corrected claim", "Appealed", "Note"…; the key itself when unknown.
QString displayName(const QString &action);
} // namespace denialaction

/**
 * The denial work list (issue 6 §4): denials left open on the insurance balance by posted
 * ERAs and EOBs, and the four ways to work one. Each action is one transaction with a version
 * check, an audit row and a history entry naming who did it and why; a reason is required.
 *
 * - correctAndResubmit(): a replacement claim (frequency 7, REF*F8 = the payer's claim number)
 *   made by ClaimService::createCorrection in the same transaction; every unfinished denial
 *   of the claim becomes resubmitted.
 * - appeal(): the denial becomes appealed and the letter is kept in its history.
 * - writeOff(): managers only; a write_off ledger row for the open amount.
 * - transferToPatient(): a transfer ledger row (group PR) for the open amount.
 *
 * The work list and the actions need Permission::ManageClaims; writing off needs
 * Permission::WriteOff as well.
 */
class DenialService : public QObject
{
    Q_OBJECT
public:
    DenialService(Database &db, AuditService &audit, ClaimService &claims,
                  QObject *parent = nullptr);
    ~DenialService() override;

    /// The work list by @p filter, oldest denial first.
    Result<QList<DenialItem>> denials(const Session &who,
                                      DenialFilter filter = DenialFilter::Working);
    /// One denial with its claim lines, history and the other denials of its claim.
    Result<DenialDetail> detail(const Session &who, qint64 denialId);
    /// The history of a denial, oldest first.
    Result<QList<DenialNote>> history(const Session &who, qint64 denialId);

    /// Replaces the denied claim (frequency 7); returns the new claim's id.
    Result<qint64> correctAndResubmit(const Session &who, qint64 denialId, int version,
                                      const QString &reason);
    /// Marks the denial appealed and keeps @p letterText in its history.
    Result<void> appeal(const Session &who, qint64 denialId, int version, const QString &reason,
                        const QString &letterText);
    /// Writes the open amount off (managers).
    Result<void> writeOff(const Session &who, qint64 denialId, int version,
                          const QString &reason);
    /// Moves the open amount to the patient's balance.
    Result<void> transferToPatient(const Session &who, qint64 denialId, int version,
                                   const QString &reason);
    /// Adds a note to the denial's history (no state change); returns the note's id.
    Result<qint64> addNote(const Session &who, qint64 denialId, const QString &note);

    /// The appeal letter for @p denialId from the template, filled in, signed by @p who.
    Result<QString> appealLetter(const Session &who, qint64 denialId);
    /// Saves @p text (as the biller edited it) as a PDF letter with the practice letterhead
    /// and the payer's address at @p path.
    Result<void> appealLetterPdf(const Session &who, qint64 denialId, const QString &text,
                                 const QString &path);

    /// The groups of @p items by @p grouping: by age in bucket order, else the largest total
    /// first.
    static QList<DenialGroup> group(const QList<DenialItem> &items, DenialGrouping grouping);
    /// 0: 0–30 days, 1: 31–60, 2: 61–90, 3: over 90.
    static int ageBucket(int days);
    static QString ageBucketLabel(int bucket);
    /// The template the letters start from (`:/templates/letters/appeal.txt`).
    static QString appealTemplate();

    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

signals:
    /// A denial was worked, or a note was added.
    void denialsChanged();

private:
    Result<DenialRecord> loadForAction(const Session &who, qint64 denialId, int version,
                                       const QString &reason, bool allowAppealed);
    Result<void> moveOpenAmount(const Session &who, qint64 denialId, int version,
                                const QString &reason, bool writeOff);
    DenialItem itemOf(const DenialRecord &record) const;

    Database &m_db;
    AuditService &m_audit;
    ClaimService &m_claims;
    QDate m_today;
};

} // namespace cc

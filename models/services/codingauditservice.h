// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "storage/codingauditrepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

class AuditService;
class CodeSetService;
class Database;

/// A service line as the auditor codes it.
struct RecodeServiceLine
{
    QString code;
    QStringList modifiers; ///< any order; compared as a set
    int units = 1;
};

/// An answered documentation query, as the auditor reads it with the note.
struct BlindQuery
{
    QString question;
    QString answer;
    QString answeredBy;
    QDateTime answeredAt; ///< UTC
};

/**
 * What an auditor sees of a sampled encounter: the documentation and the facts a coder codes
 * from, and by construction nothing of the coder's work: the struct has no field that could
 * hold a code, a modifier, units or the coder's note.
 */
struct BlindCase
{
    qint64 itemId = 0;
    int version = 0; ///< of the audit item: pass it back to submitRecode()
    QDate dateOfService;
    QString placeOfService;
    int patientAgeYears = 0; ///< on the date of service
    QString patientSex;      ///< M, F, U
    QString providerName;
    QString providerSpecialty;
    QString clinicalNote;
    QString addendum;
    QList<BlindQuery> answeredQueries;
};

/// One row of the side-by-side comparison of a recoded encounter.
struct AuditComparisonRow
{
    enum class Outcome {
        Agreed,
        ModifiersDiffer,         ///< same code, another modifier set
        UnitsDiffer,             ///< same code and modifiers, other units
        ModifiersAndUnitsDiffer, ///< same code only
        CoderOnly,               ///< only the coder has the line
        AuditorOnly,             ///< only the auditor has the line
    };
    QString kind; ///< auditlinekind key
    std::optional<CodingAuditLine> coder;
    std::optional<CodingAuditLine> auditor;
    QString coderDescription;
    QString auditorDescription;
    Outcome outcome = Outcome::Agreed;

    bool agreed() const { return outcome == Outcome::Agreed; }
    /// "✓ Agreed", "✗ Only the coder"…: words, so the result never rests on colour alone.
    QString outcomeText() const;
};

/// Both codings of a recoded item, rows aligned: per kind (diagnoses, then services) the
/// agreed lines paired, then lines of the same code that differ, then the coder's only, then
/// the auditor's only.
struct AuditComparison
{
    CodingAuditItemRecord item;
    QList<AuditComparisonRow> rows;
};

/// Which lines of both sides agree, and the counts kept on the item.
struct AuditAgreement
{
    QList<bool> coderAgreed;   ///< per coder line, in the order given
    QList<bool> auditorAgreed; ///< per auditor line, in the order given
    int agreedLines = 0;       ///< coder lines that agree (matched one to one)
    int auditedLines = 0;      ///< the union: coder + auditor − agreed
};

namespace codingaudit {
/// agreed ÷ audited, or nothing when nothing was audited (DOMAIN.md "Measures").
std::optional<double> accuracy(int agreedLines, int auditedLines);
/// "83.3 %" (one decimal, in the user's locale), or "No data" when nothing was audited.
QString accuracyText(int agreedLines, int auditedLines);
/// "Pending" or "Done".
QString stateText(const CodingAuditItemRecord &item);
/// "E11.9", "99214-25-59 × 2": a line as people read it (units shown when not 1).
QString lineText(const CodingAuditLine &line);
/// "25,59" from a list of modifiers: trimmed, upper case, unique, sorted.
QStringList normalizedModifiers(const QStringList &modifiers);
} // namespace codingaudit

/**
 * Coding audits (issue 7 §4): the manager draws a random sample of coded encounters (up to N
 * per coder over a period of dates of service); an auditor recodes each one blind; agreement is
 * computed per code line and kept; the disagreements list both codings side by side; accuracy
 * is reported per coder and month.
 *
 * - At the draw the coder's lines are copied (side 'coder'), so later edits of the encounter
 *   do not change what is audited. An encounter drawn once is never drawn again (whoever
 *   recoded it, or read its comparison, has seen the coder's codes, so a second recode could
 *   not be blind); the draw is reproducible from its seed over the same data.
 * - A diagnosis line agrees when the other side has the same code (dots and case ignored); a
 *   service line when the other side has a line of the same code, modifier set and units.
 *   Lines are matched one to one. agreed = coder lines that agree; audited = the union of both
 *   sides' lines (a line only one side has is a disagreement).
 * - A coder never audits an encounter they coded: pendingFor() leaves those out and every call
 *   refuses them.
 *
 * Drawing, the lists and the accuracy report need Permission::DrawCodingAudit (managers);
 * recoding needs Permission::RecodeAudit (managers and coders). Each write is one transaction
 * with an audit row ("coding_audit.draw", "coding_audit.recode"); opening a blind case or a
 * comparison is audited once per user and item.
 */
class CodingAuditService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPerCoder = 200;
    static constexpr int kMaxDiagnoses = 12;
    static constexpr int kMaxServices = 50;
    static constexpr int kMaxModifiers = 4;
    static constexpr int kMaxUnits = 999;

    CodingAuditService(Database &db, AuditService &audit, CodeSetService &codes,
                       QObject *parent = nullptr);
    ~CodingAuditService() override;

    /**
     * Draws up to @p perCoder encounters per coder among those coded with a DOS in
     * [@p from, @p to], chosen with QRandomGenerator(@p seed), and snapshots their codes.
     * Refuses perCoder < 1 (or > kMaxPerCoder), from > to, and a period with nothing to draw.
     */
    Result<CodingAuditRecord> drawSample(const Session &who, const QDate &from, const QDate &to,
                                         int perCoder, quint32 seed, const QString &note = {});
    /// Every audit, newest first, with its counts.
    Result<QList<CodingAuditRecord>> audits(const Session &who);
    /// The items of @p auditId, by DOS.
    Result<QList<CodingAuditItemRecord>> items(const Session &who, qint64 auditId);
    /// The unfinished items @p who may recode (never their own coding), by DOS.
    Result<QList<CodingAuditItemRecord>> pendingFor(const Session &who);

    /// The documentation of an item, without the coder's codes (audited "coding_audit.open").
    Result<BlindCase> blindCase(const Session &who, qint64 itemId);

    /**
     * Stores the auditor's coding of @p itemId and its agreement with the coder's. Every code
     * must be valid on the DOS (diagnoses ICD-10-CM, services CPT/HCPCS); at least one
     * diagnosis and one service line; units 1–kMaxUnits; modifiers two letters or digits.
     * @p version is BlindCase::version. One recode per item: a second is refused. Returns the
     * completed item.
     */
    Result<CodingAuditItemRecord> submitRecode(const Session &who, qint64 itemId, int version,
                                               const QStringList &diagnoses,
                                               const QList<RecodeServiceLine> &services,
                                               const QString &note = {});

    /// Both codings of a recoded item side by side (managers, and the auditor who recoded it).
    Result<AuditComparison> comparison(const Session &who, qint64 itemId);

    /// Per coder and month, the items completed on a date in [@p from, @p to] (UTC dates).
    Result<QList<CodingAccuracyRecord>> accuracy(const Session &who, const QDate &from,
                                                 const QDate &to);

    /// The line-by-line agreement of two codings (see the class comment).
    static AuditAgreement agreement(const QList<CodingAuditLine> &coder,
                                    const QList<CodingAuditLine> &auditor);

signals:
    /// An audit was drawn or an item recoded.
    void codingAuditsChanged();

private:
    Result<CodingAuditItemRecord> loadItem(qint64 itemId);
    Result<void> recordOpen(const Session &who, const QString &action, qint64 itemId);
    QString describeCode(const CodingAuditLine &line, const QDate &date);

    /// Forbidden when @p who opened the item's encounter in the queue since its draw.
    Result<void> checkBlind(const Session &who, qint64 itemId);
    Database &m_db;
    AuditService &m_audit;
    CodeSetService &m_codes;
    QSet<QPair<QString, qint64>> m_opened; ///< (action + user, item) already audited this run
};

} // namespace cc

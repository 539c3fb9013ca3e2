// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "storage/codingdenialrepository.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cc {

class Database;
class DenialService;
class PostingService;

/// One denial traced to coding, with the words the coder reads about it.
struct CodingDenialItem
{
    CodingDenialRecord record;
    QString rule; ///< the scrubber rule the reason traces to (DESIGN.md §5)
    QString ruleTitle; ///< "Code pair bundled (NCCI)"
    QString whatToCheck; ///< one sentence for the coder
    QString reasonText; ///< the CARC's plain description
    QString groupText; ///< "Contractual obligation"…
    QStringList remarkTexts; ///< one per record.remarkCodes
    QString stateText; ///< the denial's state, translated
    /// "99214 + E11.9, I10": each named line's code with its pointed diagnoses, line order.
    QStringList codePairs;
    /// The scrubber's findings of the same rule on the claim or on its encounter: the warning
    /// the claim went out with, or nothing when the scrubber did not see it coming.
    QList<CodingDenialFinding> sameRule;

    /// The scrubber had flagged this rule before the claim was paid or denied.
    bool scrubberFlagged() const { return !sameRule.isEmpty(); }
    /// One of those findings was overridden by a biller or manager.
    bool overridden() const;
    /// The finding to show: an overridden one first, then an error, then the first.
    const CodingDenialFinding *mainFinding() const;
    /// The code pairs joined ("99214 + E11.9; 82947 + E11.9" for a claim-level denial).
    QString codePair() const;
    /// "CO-50: Not medically necessary in the payer's judgement"
    QString reasonLabel() const;
};

/// How the coder's denial list groups its rows.
enum class CodingDenialGrouping { Rule, CodePair, Coder };

/// One group of the coder's denial list, with its count and the dollars denied.
struct CodingDenialGroup
{
    QString key; ///< the rule id, the code pair, or the coder's user id
    QString label; ///< "Code pair bundled (NCCI) (ncci-ptp)", "99214 + E11.9"…
    int count = 0;
    qint64 deniedCents = 0; ///< the sum of the denied amounts (as the payers said)
    QList<int> rows; ///< indexes into the list that was grouped, in list order
};

/**
 * Shared denial analytics for coders (issue 7 §3): the denials whose payer reason traces to
 * coding (remitcodes::codingRule()), so the coder sees what was denied, why in the payer's
 * words, which rule it maps to and what to check, and whether the scrubber had warned about
 * it and someone overrode the warning: the gap the coder learns from.
 *
 * A service of its own rather than more of DenialService: its readers are coders and managers
 * (Permission::ViewCoderQueue), not the billers who work denials (Permission::ManageClaims,
 * who see every denial in their own workspace), it never writes, and it keeps DenialService,
 * the biller's work list, from growing past its size. It forwards DenialService's and
 * PostingService's change signals as codingDenialsChanged(), so a view needs one connection.
 *
 * A denial falls in a period by the day it was opened (when the ERA or EOB was posted), as
 * the dashboard counts denials. All states are listed: a denial worked or written off is
 * still a lesson.
 */
class CodingFeedbackService : public QObject
{
    Q_OBJECT
public:
    CodingFeedbackService(
        Database &db, DenialService &denials, PostingService &postings, QObject *parent = nullptr);
    ~CodingFeedbackService() override;

    /**
     * The denials traced to coding opened from @p from to @p to (inclusive), newest first;
     * with @p onlyMine, only those of encounters @p who coded. Coders and managers only
     * (Permission::ViewCoderQueue); a coder may read everyone's, so the team learns together.
     */
    Result<QList<CodingDenialItem>> codingDenials(
        const Session &who, const QDate &from, const QDate &to, bool onlyMine);

    /// The groups of @p items by @p grouping: the most denials first, then the most dollars,
    /// then by label.
    static QList<CodingDenialGroup> group(
        const QList<CodingDenialItem> &items, CodingDenialGrouping grouping);
    /// "99214 + E11.9, I10" (modifiers left out, diagnoses dotted); "99214" with none pointed.
    static QString codePair(const CodingDenialLine &line);

    /// The default period's end; tests pin it.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

signals:
    /// Denials were opened (a posting) or worked: the lists may have changed.
    void codingDenialsChanged();

private:
    CodingDenialItem itemOf(CodingDenialRecord record) const;

    Database &m_db;
    QDate m_today;
};

} // namespace cc

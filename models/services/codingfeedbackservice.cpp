// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingfeedbackservice.h"
#include "denialservice.h"
#include "postingservice.h"
#include "domain/codeentry.h"
#include "domain/remitcodes.h"
#include "storage/denialrepository.h"

#include <QHash>

#include <algorithm>

namespace cc {

bool CodingDenialItem::overridden() const
{
    return std::any_of(sameRule.cbegin(), sameRule.cend(),
        [](const CodingDenialFinding &f) { return f.isOverridden(); });
}

const CodingDenialFinding *CodingDenialItem::mainFinding() const
{
    if (sameRule.isEmpty())
        return nullptr;
    for (const CodingDenialFinding &f : sameRule) {
        if (f.isOverridden())
            return &f;
    }
    for (const CodingDenialFinding &f : sameRule) {
        if (f.error)
            return &f;
    }
    return &sameRule.first();
}

QString CodingDenialItem::codePair() const
{
    return codePairs.join(QStringLiteral("; "));
}

QString CodingDenialItem::reasonLabel() const
{
    return QStringLiteral("%1: %2").arg(
        remitcodes::adjustmentCode(record.groupCode, record.reasonCode), reasonText);
}

CodingFeedbackService::CodingFeedbackService(
    Database &db, DenialService &denials, PostingService &postings, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // A posting opens denials; a denial worked changes its state: both change what we list.
    connect(&denials, &DenialService::denialsChanged, this,
        &CodingFeedbackService::codingDenialsChanged);
    connect(&postings, &PostingService::postingsChanged, this,
        &CodingFeedbackService::codingDenialsChanged);
}

CodingFeedbackService::~CodingFeedbackService() = default;

QString CodingFeedbackService::codePair(const CodingDenialLine &line)
{
    if (line.diagnoses.isEmpty())
        return line.code;
    QStringList dx;
    for (const QString &code : line.diagnoses)
        dx.append(displayCode(CodeKind::Icd10Cm, code));
    return QStringLiteral("%1 + %2").arg(line.code, dx.join(QStringLiteral(", ")));
}

CodingDenialItem CodingFeedbackService::itemOf(CodingDenialRecord record) const
{
    CodingDenialItem item;
    item.rule = remitcodes::codingRule(record.reasonCode);
    item.ruleTitle = remitcodes::ruleTitle(item.rule);
    item.whatToCheck = remitcodes::ruleCheckText(item.rule);
    item.reasonText = remitcodes::reasonText(record.reasonCode);
    item.groupText = remitcodes::groupText(record.groupCode);
    for (const QString &code : record.remarkCodes)
        item.remarkTexts.append(remitcodes::remarkText(code));
    item.stateText = denialstate::displayName(record.state);
    for (const CodingDenialLine &line : record.lines)
        item.codePairs.append(codePair(line));
    for (const CodingDenialFinding &f : record.findings) {
        if (f.rule == item.rule)
            item.sameRule.append(f);
    }
    item.record = std::move(record);
    return item;
}

Result<QList<CodingDenialItem>> CodingFeedbackService::codingDenials(
    const Session &who, const QDate &from, const QDate &to, bool onlyMine)
{
    if (auto r = who.require(Permission::ViewCoderQueue); !r)
        return r.error();
    if (!from.isValid() || !to.isValid())
        return Error::invalid(tr("Choose the first and the last day of the period."));
    if (from > to)
        return Error::invalid(tr("The period starts on %1, after it ends on %2. Choose a first "
                                 "day on or before the last.")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    auto rows = CodingDenialRepository(m_db).denials(
        from, to, remitcodes::codingReasons(), onlyMine ? who.userId : 0);
    if (!rows)
        return rows.error();
    QList<CodingDenialItem> out;
    out.reserve(rows->size());
    for (CodingDenialRecord &r : std::move(rows).value()) {
        CodingDenialItem item = itemOf(std::move(r));
        // The repository filtered on the same list; this keeps the two from ever disagreeing.
        if (!item.rule.isEmpty())
            out.append(std::move(item));
    }
    return out;
}

QList<CodingDenialGroup> CodingFeedbackService::group(
    const QList<CodingDenialItem> &items, CodingDenialGrouping grouping)
{
    QList<CodingDenialGroup> groups;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CodingDenialItem &item = items[i];
        QString key;
        QString label;
        switch (grouping) {
        case CodingDenialGrouping::Rule:
            key = item.rule;
            //: A group of the coder's denial list: the rule's name, then its id
            label = tr("%1 (%2)").arg(item.ruleTitle, item.rule);
            break;
        case CodingDenialGrouping::CodePair:
            key = item.codePair();
            label = key.isEmpty() ? tr("No service line") : key;
            break;
        case CodingDenialGrouping::Coder:
            key = QString::number(item.record.coderId);
            label = item.record.coderId > 0 && !item.record.coderName.isEmpty()
                ? item.record.coderName
                : tr("Coder not recorded");
            break;
        }
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, groups.size());
            groups.append(CodingDenialGroup {key, label, 0, 0, {}});
        }
        CodingDenialGroup &g = groups[it.value()];
        ++g.count;
        g.deniedCents += item.record.amountCents;
        g.rows.append(int(i));
    }
    // The most frequent lesson first: a Pareto of what to learn.
    std::stable_sort(
        groups.begin(), groups.end(), [](const CodingDenialGroup &a, const CodingDenialGroup &b) {
            if (a.count != b.count)
                return a.count > b.count;
            if (a.deniedCents != b.deniedCents)
                return a.deniedCents > b.deniedCents;
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
    return groups;
}

} // namespace cc

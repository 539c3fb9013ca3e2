// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingdenialmodel.h"
#include "domain/remitcodes.h"
#include "domain/money.h"

#include <QFont>
#include <QLocale>

namespace cc {

CodingDenialModel::CodingDenialModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CodingDenialModel::setDenials(QList<CodingDenialItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    rebuild();
    endResetModel();
}

void CodingDenialModel::setGrouping(CodingDenialGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void CodingDenialModel::rebuild()
{
    m_groups = CodingFeedbackService::group(m_items, m_grouping);
    m_rows.clear();
    for (int g = 0; g < int(m_groups.size()); ++g) {
        m_rows.append(Row {g, -1});
        for (int item : m_groups[g].rows)
            m_rows.append(Row {-1, item});
    }
}

const CodingDenialItem *CodingDenialModel::denialAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[row].item < 0)
        return nullptr;
    return &m_items[m_rows[row].item];
}

bool CodingDenialModel::isGroupRow(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[row].group >= 0;
}

int CodingDenialModel::rowOf(qint64 denialId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[i].item >= 0 && m_items[m_rows[i].item].record.denialId == denialId)
            return i;
    }
    return -1;
}

qint64 CodingDenialModel::deniedCents() const
{
    qint64 total = 0;
    for (const CodingDenialGroup &g : m_groups)
        total += g.deniedCents;
    return total;
}

QString CodingDenialModel::scrubberText(const CodingDenialItem &item)
{
    const CodingDenialFinding *f = item.mainFinding();
    if (!f)
        return tr("Not flagged");
    if (f->isOverridden())
        //: The scrubber's finding was overridden; %1 is who overrode it
        return tr("Overridden by %1").arg(f->overriddenBy);
    return f->error ? tr("Flagged as an error") : tr("Warned");
}

int CodingDenialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodingDenialModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CodingDenialModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[index.row()];
    if (row.group >= 0) {
        const CodingDenialGroup &g = m_groups[row.group];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != 0)
                return {};
            //: A group of the coder's denial list: its name, how many denials, the dollars
            return tr("%1 — %n denial(s), %2 denied", nullptr, g.count)
                .arg(g.label, Money::fromCents(g.deniedCents).toDisplayString());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::AccessibleTextRole:
            return tr("Group %1: %n denial(s), %2 denied", nullptr, g.count)
                .arg(g.label, Money::fromCents(g.deniedCents).toDisplayString());
        case DenialIdRole:
            return qint64(0);
        case GroupRole:
            return true;
        case AmountCentsRole:
            return g.deniedCents;
        default:
            return {};
        }
    }
    const CodingDenialItem &item = m_items[row.item];
    const CodingDenialRecord &r = item.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Rule:
            return item.rule;
        case Column::CodePair:
            return item.codePair();
        case Column::Reason:
            return remitcodes::adjustmentCode(r.groupCode, r.reasonCode);
        case Column::Claim:
            return r.patientControlNumber;
        case Column::DateOfService:
            return QLocale().toString(r.dateOfService, QLocale::ShortFormat);
        case Column::Payer:
            return r.payerName;
        case Column::Coder:
            return r.coderName;
        case Column::Denied:
            return Money::fromCents(r.amountCents).toDisplayString();
        case Column::Scrubber:
            return scrubberText(item);
        case Column::State:
            return item.stateText;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Column::Rule:
            return item.ruleTitle;
        case Column::Reason:
            return item.reasonLabel();
        case Column::Scrubber:
            if (const CodingDenialFinding *f = item.mainFinding())
                return f->message;
            return tr("The scrubber did not flag this rule on the claim or the encounter.");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::Denied)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DenialIdRole:
        return r.denialId;
    case GroupRole:
        return false;
    case AmountCentsRole:
        return r.amountCents;
    default:
        return {};
    }
}

Qt::ItemFlags CodingDenialModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroupRow(index.row()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CodingDenialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Rule:
            return tr("The scrubber rule the payer's reason traces to");
        case Column::CodePair:
            return tr("The denied service with the diagnoses it points to");
        case Column::Reason:
            return tr("The payer's group and reason code (CARC)");
        case Column::Claim:
            return tr("Our claim number");
        case Column::DateOfService:
            return tr("The date of service");
        case Column::Payer:
            return tr("The payer that denied it");
        case Column::Coder:
            return tr("Who coded the encounter");
        case Column::Denied:
            return tr("The amount the payer denied");
        case Column::Scrubber:
            return tr("Whether the scrubber flagged the same rule before the claim went out, "
                      "and whether someone overrode it");
        case Column::State:
            return tr("Where the biller's work on the denial stands");
        case Column::Count:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Rule:
        return tr("Rule");
    case Column::CodePair:
        return tr("Code pair");
    case Column::Reason:
        return tr("Reason");
    case Column::Claim:
        return tr("Claim");
    case Column::DateOfService:
        return tr("Service date");
    case Column::Payer:
        return tr("Payer");
    case Column::Coder:
        return tr("Coder");
    case Column::Denied:
        return tr("Denied");
    case Column::Scrubber:
        return tr("Scrubber");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc

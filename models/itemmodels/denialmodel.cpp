// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialmodel.h"
#include "domain/remitcodes.h"
#include "domain/money.h"

#include <QFont>
#include <QLocale>

namespace cc {

DenialModel::DenialModel(QObject *parent) : QAbstractTableModel(parent) { }

void DenialModel::setDenials(QList<DenialItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    rebuild();
    endResetModel();
}

void DenialModel::setGrouping(DenialGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void DenialModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    beginResetModel();
    m_filter = trimmed;
    rebuild();
    endResetModel();
}

bool DenialModel::matches(const DenialItem &item) const
{
    if (m_filter.isEmpty())
        return true;
    const DenialRecord &r = item.record;
    for (const QString &field : {r.patientControlNumber, r.payerClaimNumber, r.patientName,
                                 r.payerName, r.reasonCode, item.reasonText,
                                 r.groupCode + QLatin1Char('-') + r.reasonCode, item.stateText}) {
        if (field.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return r.remarkCodes.contains(m_filter, Qt::CaseInsensitive);
}

void DenialModel::rebuild()
{
    QList<int> shown;
    QList<DenialItem> filtered;
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (matches(m_items[i])) {
            shown.append(i);
            filtered.append(m_items[i]);
        }
    }
    m_groups = DenialService::group(filtered, m_grouping);
    m_rows.clear();
    for (int g = 0; g < int(m_groups.size()); ++g) {
        // Point the group's rows at m_items rather than at the filtered copy.
        for (int &row : m_groups[g].rows)
            row = shown[row];
        m_rows.append(Row{g, -1});
        for (int item : m_groups[g].rows)
            m_rows.append(Row{-1, item});
    }
}

const DenialItem *DenialModel::denialAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[row].item < 0)
        return nullptr;
    return &m_items[m_rows[row].item];
}

bool DenialModel::isGroupRow(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[row].group >= 0;
}

int DenialModel::rowOf(qint64 denialId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[i].item >= 0 && m_items[m_rows[i].item].record.id == denialId)
            return i;
    }
    return -1;
}

int DenialModel::denialCount() const
{
    int n = 0;
    for (const DenialGroup &g : m_groups)
        n += g.count;
    return n;
}

int DenialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DenialModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DenialModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[index.row()];
    if (row.group >= 0) {
        const DenialGroup &g = m_groups[row.group];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != 0)
                return {};
            //: A group of the denial list: its name, how many denials, the total still open
            return tr("%1 — %n denial(s), %2 open", nullptr, g.count)
                    .arg(g.label, Money::fromCents(g.totalCents).toDisplayString());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::AccessibleTextRole:
            return tr("Group %1: %n denial(s), %2 open", nullptr, g.count)
                    .arg(g.label, Money::fromCents(g.totalCents).toDisplayString());
        case DenialIdRole:
            return qint64(0);
        case GroupRole:
            return true;
        case AmountCentsRole:
            return g.totalCents;
        default:
            return {};
        }
    }
    const DenialItem &item = m_items[row.item];
    const DenialRecord &r = item.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Reason:
            return remitcodes::adjustmentCode(r.groupCode, r.reasonCode);
        case Column::Patient: return r.patientName;
        case Column::Claim: return r.patientControlNumber;
        case Column::Payer: return r.payerName;
        case Column::DateOfService: return QLocale().toString(r.dateOfService, QLocale::ShortFormat);
        case Column::Age: return item.ageDays;
        case Column::Amount: return Money::fromCents(r.openCents).toDisplayString();
        case Column::State: return item.stateText;
        case Column::LastAction: return item.lastActionText;
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Reason)
            return item.reasonLabel();
        if (Column(index.column()) == Column::Age)
            return tr("%n day(s) since the denial; ", nullptr, item.ageDays)
                    + tr("%n day(s) since the date of service", nullptr, item.ageFromServiceDays);
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::Amount || Column(index.column()) == Column::Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DenialIdRole:
        return r.id;
    case GroupRole:
        return false;
    case AmountCentsRole:
        return r.openCents;
    default:
        return {};
    }
}

Qt::ItemFlags DenialModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroupRow(index.row()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DenialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Reason: return tr("Reason");
    case Column::Patient: return tr("Patient");
    case Column::Claim: return tr("Claim");
    case Column::Payer: return tr("Payer");
    case Column::DateOfService: return tr("Service date");
    case Column::Age: return tr("Age (days)");
    case Column::Amount: return tr("Open");
    case Column::State: return tr("State");
    case Column::LastAction: return tr("Last action");
    case Column::Count: break;
    }
    return {};
}

} // namespace cc

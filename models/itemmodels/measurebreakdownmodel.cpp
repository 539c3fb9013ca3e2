// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurebreakdownmodel.h"
#include "measureformat.h"

namespace cc {

MeasureBreakdownModel::MeasureBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MeasureBreakdownModel::setSets(MeasureDimension dimension, QList<MeasureSet> sets)
{
    beginResetModel();
    m_dimension = dimension;
    m_sets = std::move(sets);
    endResetModel();
}

const MeasureSet *MeasureBreakdownModel::setAt(int row) const
{
    return row >= 0 && row < m_sets.size() ? &m_sets.at(row) : nullptr;
}

std::optional<MeasureKind> MeasureBreakdownModel::kindOf(int column)
{
    if (column < 1 || column > kMeasureCount)
        return std::nullopt;
    return MeasureKind(column - 1);
}

int MeasureBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

int MeasureBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + kMeasureCount;
}

QVariant MeasureBreakdownModel::data(const QModelIndex &index, int role) const
{
    const MeasureSet *set = index.isValid() ? setAt(index.row()) : nullptr;
    if (!set)
        return {};
    if (role == GroupIdRole)
        return set->groupId;
    const auto kind = kindOf(index.column());
    if (!kind) {
        if (role == Qt::DisplayRole || role == SortRole)
            return set->groupName;
        return {};
    }
    const MeasureInfo &info = measures::info(*kind);
    const MeasureValue &v = set->value(*kind);
    const bool applies = set->applies[std::size_t(*kind)];
    switch (role) {
    case Qt::DisplayRole:
        if (!applies)
            //: A measure that does not apply to the grouping (query turnaround by payer)
            return tr("n/a");
        return v.hasData() ? measureformat::value(info, v) : QStringLiteral("—");
    case SortRole:
        return applies && v.value ? QVariant(*v.value) : QVariant();
    case Qt::ToolTipRole:
        if (!applies)
            return tr("%1 is not counted by this grouping.").arg(info.name);
        return tr("<b>%1</b><br>%2")
            .arg(set->groupName.toHtmlEscaped(), measureformat::toolTip(info, v));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MeasureBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto kind = kindOf(section);
    if (role == Qt::DisplayRole) {
        if (kind)
            return measures::info(*kind).name;
        switch (m_dimension) {
        case MeasureDimension::Payer:
            return tr("Payer");
        case MeasureDimension::Provider:
            return tr("Provider");
        case MeasureDimension::Coder:
            return tr("Coder");
        case MeasureDimension::Overall:
            break;
        }
        return tr("Group");
    }
    if (role == Qt::ToolTipRole && kind) {
        const MeasureInfo &info = measures::info(*kind);
        return tr("%1: %2").arg(info.name, info.formula);
    }
    if (role == Qt::TextAlignmentRole)
        return kind ? int(Qt::AlignRight | Qt::AlignVCenter)
                    : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace cc

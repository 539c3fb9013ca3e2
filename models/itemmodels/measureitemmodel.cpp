// SPDX-License-Identifier: GPL-3.0-or-later
#include "measureitemmodel.h"
#include "measureformat.h"

#include <QLocale>

#include <algorithm>

namespace cc {

MeasureItemModel::MeasureItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MeasureItemModel::setItems(
    MeasureKind kind, QList<MeasureItem> items, MeasureDimension dimension)
{
    beginResetModel();
    m_kind = kind;
    m_dimension = dimension;
    m_items = std::move(items);
    endResetModel();
}

const MeasureItem *MeasureItemModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

bool MeasureItemModel::groupIsEmpty() const
{
    return std::all_of(m_items.cbegin(), m_items.cend(),
        [](const MeasureItem &i) { return i.groupName.isEmpty(); });
}

int MeasureItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MeasureItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString MeasureItemModel::contribution(const MeasureItem &item) const
{
    const MeasureInfo &info = measures::info(m_kind);
    //: What one record adds to a measure: "$120.00 of $150.00", "1 of 1", "12 days of 1"
    return tr("%1 of %2")
        .arg(measureformat::amount(info.numeratorUnit, item.numeratorPart),
            measureformat::amount(info.denominatorUnit, item.denominatorPart));
}

QVariant MeasureItemModel::data(const QModelIndex &index, int role) const
{
    const MeasureItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const auto column = Column(index.column());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Reference:
            return item->reference;
        case Column::Patient:
            return item->patientName;
        case Column::DateOfService:
            return locale.toString(item->dateOfService, QLocale::ShortFormat);
        case Column::Date:
            return locale.toString(item->date, QLocale::ShortFormat);
        case Column::Group:
            return item->groupName;
        case Column::Counted:
            return item->inNumerator ? tr("Yes") : tr("No");
        case Column::Contribution:
            return contribution(*item);
        case Column::Detail:
            return item->detail;
        case Column::Count:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::DateOfService:
            return item->dateOfService;
        case Column::Date:
            return item->date;
        case Column::Counted:
            return item->inNumerator;
        case Column::Contribution:
            return item->numeratorPart;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ClaimIdRole:
        return item->claimId;
    case EncounterIdRole:
        return item->encounterId;
    case Qt::TextAlignmentRole:
        return column == Column::Contribution ? int(Qt::AlignRight | Qt::AlignVCenter)
                                              : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Column::Detail && !item->detail.isEmpty())
            return item->detail;
        if (column == Column::Counted)
            return item->inNumerator ? tr("Counted in the numerator and the denominator")
                                     : tr("Counted in the denominator only");
        if (column == Column::Reference)
            return item->claimId != 0 ? tr("Enter or double-click opens the claim")
                                      : tr("Encounter %1").arg(item->encounterId);
        return {};
    default:
        return {};
    }
}

QVariant MeasureItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    const MeasureInfo &info = measures::info(m_kind);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Reference:
            return info.listsEncounters ? tr("Encounter") : tr("Claim");
        case Column::Patient:
            return tr("Patient");
        case Column::DateOfService:
            return tr("DOS");
        case Column::Date:
            return tr("Date");
        case Column::Group:
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
        case Column::Counted:
            return tr("In numerator");
        case Column::Contribution:
            return tr("Adds");
        case Column::Detail:
            return tr("Why");
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::DateOfService:
            return tr("Date of service");
        case Column::Date:
            return tr("The date that puts the record in the period: %1").arg(info.periodRule);
        case Column::Counted:
            return tr("Whether the record counts in the numerator (%1)").arg(info.numeratorName);
        case Column::Contribution:
            return tr("What the record adds to the numerator (%1) of what it adds to the "
                      "denominator (%2)")
                .arg(info.numeratorName, info.denominatorName);
        case Column::Detail:
            return tr("Why the record counts as it does");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Column::Contribution ? int(Qt::AlignRight | Qt::AlignVCenter)
                                              : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace cc

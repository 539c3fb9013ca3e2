// SPDX-License-Identifier: GPL-3.0-or-later
#include "agingmodel.h"
#include "domain/money.h"

#include <QFont>

#include <optional>

namespace cc {

AgingModel::AgingModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{ }

void AgingModel::setRows(QList<AgingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_totals = AgingRow {};
    m_totals.id = -1;
    for (const AgingRow &r : std::as_const(m_rows)) {
        m_totals.insurance += r.insurance;
        m_totals.patientBalanceCents += r.patientBalanceCents;
        m_totals.claimCount += r.claimCount;
    }
    endResetModel();
}

int AgingModel::rowCount(const QModelIndex &parent) const
{
    // The totals row is there only when there is something to add up.
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int AgingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AgingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool isTotal = index.row() == totalsRow();
    const AgingRow &r = isTotal ? m_totals : m_rows.at(index.row());
    const auto column = Column(index.column());
    std::optional<qint64> cents;
    switch (column) {
    case Column::Days0To30:
    case Column::Days31To60:
    case Column::Days61To90:
    case Column::Days91To120:
    case Column::Over120:
        cents = r.insurance.cents[std::size_t(index.column() - int(Column::Days0To30))];
        break;
    case Column::Total:
        cents = r.totalCents();
        break;
    case Column::PatientBalance:
        cents = r.patientBalanceCents;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (cents)
            return Money::fromCents(*cents).toDisplayString();
        if (column == Column::Name)
            return isTotal ? tr("Total") : r.name;
        if (column == Column::Claims)
            return r.claimCount;
        return {};
    case IdRole:
        return r.id;
    case CentsRole:
        return cents ? QVariant(*cents) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal || column == Column::Total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Name && !isTotal && !r.detail.isEmpty())
            return m_kind == Kind::ByPatient ? tr("MRN %1").arg(r.detail) : r.detail;
        return {};
    default:
        return {};
    }
}

QVariant AgingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return m_kind == Kind::ByPayer ? tr("Payer") : tr("Patient");
        case Column::Days0To30:
        case Column::Days31To60:
        case Column::Days61To90:
        case Column::Days91To120:
        case Column::Over120:
            return ArService::bucketTitle(section - int(Column::Days0To30));
        case Column::Total:
            return tr("Insurance total");
        case Column::PatientBalance:
            return tr("Patient balance");
        case Column::Claims:
            return tr("Claims");
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Total:
            return tr("The insurance balance still owed on these claims");
        case Column::PatientBalance:
            return tr("What the patients owe on these claims, shown apart from the insurance "
                      "balance");
        case Column::Claims:
            return tr("Claims sent and not settled");
        case Column::Name:
            return {};
        default:
            return tr("The insurance balance by days since the date of service");
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace cc

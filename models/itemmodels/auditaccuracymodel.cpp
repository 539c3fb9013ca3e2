// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditaccuracymodel.h"
#include "services/codingauditservice.h"

#include <QLocale>

namespace cc {

AuditAccuracyModel::AuditAccuracyModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditAccuracyModel::setRows(QList<CodingAccuracyRecord> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AuditAccuracyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditAccuracyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AuditAccuracyModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const CodingAccuracyRecord &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Coder:
            return r.coderName.isEmpty() ? tr("Unknown coder") : r.coderName;
        case Column::Month:
            // ISO month: sorts and exports as it reads.
            return r.month.toString(QStringLiteral("yyyy-MM"));
        case Column::Items:
            return r.items;
        case Column::Agreed:
            return r.agreedLines;
        case Column::Audited:
            return r.auditedLines;
        case Column::Accuracy:
            return codingaudit::accuracyText(r.agreedLines, r.auditedLines);
        case Column::Count:
            break;
        }
        return {};
    case AccuracyRole: {
        const auto value = codingaudit::accuracy(r.agreedLines, r.auditedLines);
        return value ? QVariant(*value) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return column == Column::Coder || column == Column::Month
                ? int(Qt::AlignLeft | Qt::AlignVCenter)
                : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AuditAccuracyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Coder: return tr("Coder");
        case Column::Month: return tr("Month");
        case Column::Items: return tr("Encounters");
        case Column::Agreed: return tr("Lines agreed");
        case Column::Audited: return tr("Lines audited");
        case Column::Accuracy: return tr("Accuracy");
        case Column::Count: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Month: return tr("The month the encounters were recoded in");
        case Column::Items: return tr("Encounters recoded");
        case Column::Audited: return tr("Code lines of either coding (a line only one side has "
                                        "counts as a disagreement)");
        case Column::Accuracy: return tr("Lines agreed ÷ lines audited");
        default: return {};
        }
    }
    return {};
}

} // namespace cc

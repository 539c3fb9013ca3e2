// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcomparisonmodel.h"

#include <QBrush>
#include <QColor>

namespace cc {

AuditComparisonModel::AuditComparisonModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditComparisonModel::setRows(QList<AuditComparisonRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AuditComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AuditComparisonModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const AuditComparisonRow &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool dx = r.kind == QLatin1String(auditlinekind::kDiagnosis);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Kind:
            return dx ? tr("Diagnosis") : tr("Service");
        case Column::CoderCode:
            return r.coder ? codingaudit::lineText(*r.coder) : tr("—");
        case Column::CoderDescription:
            return r.coderDescription;
        case Column::AuditorCode:
            return r.auditor ? codingaudit::lineText(*r.auditor) : tr("—");
        case Column::AuditorDescription:
            return r.auditorDescription;
        case Column::Result:
            return r.outcomeText();
        case Column::Count:
            break;
        }
        return {};
    case AgreedRole:
        return r.agreed();
    case Qt::BackgroundRole:
        // Amber shading with dark text (contrast well above 4.5:1 in both palettes); the
        // Result column says the same in words.
        return r.agreed() ? QVariant() : QVariant(QBrush(QColor(0xff, 0xec, 0xb3)));
    case Qt::ForegroundRole:
        return r.agreed() ? QVariant() : QVariant(QBrush(QColor(0x21, 0x21, 0x21)));
    case Qt::ToolTipRole:
        if (column == Column::CoderDescription && !r.coderDescription.isEmpty())
            return r.coderDescription;
        if (column == Column::AuditorDescription && !r.auditorDescription.isEmpty())
            return r.auditorDescription;
        return {};
    default:
        return {};
    }
}

QVariant AuditComparisonModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Kind: return tr("Kind");
        case Column::CoderCode: return tr("Coder");
        case Column::CoderDescription: return tr("Coder's code means");
        case Column::AuditorCode: return tr("Auditor");
        case Column::AuditorDescription: return tr("Auditor's code means");
        case Column::Result: return tr("Result");
        case Column::Count: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::CoderCode: return tr("The coder's line, as it was when the sample was drawn");
        case Column::AuditorCode: return tr("The auditor's blind recode");
        case Column::Result: return tr("A service line agrees when code, modifiers and units "
                                       "are the same; a diagnosis when the code is");
        default: return {};
        }
    }
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingaudititemmodel.h"
#include "services/codingauditservice.h"

#include <QLocale>

namespace cc {

CodingAuditItemModel::CodingAuditItemModel(QObject *parent) : QAbstractTableModel(parent) { }

void CodingAuditItemModel::setRows(QList<CodingAuditItemRecord> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const CodingAuditItemRecord *CodingAuditItemModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CodingAuditItemModel::rowOf(qint64 itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == itemId)
            return i;
    }
    return -1;
}

int CodingAuditItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodingAuditItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CodingAuditItemModel::data(const QModelIndex &index, int role) const
{
    const CodingAuditItemRecord *r = rowAt(index.row());
    if (!r)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::DateOfService:
            return QLocale().toString(r->dateOfService, QLocale::ShortFormat);
        case Column::Patient:
            return r->patientName;
        case Column::Provider:
            return r->providerName;
        case Column::Coder:
            return r->coderName;
        case Column::State:
            return codingaudit::stateText(*r);
        case Column::Auditor:
            return r->auditorName;
        case Column::Agreed:
            return r->isDone() ? tr("%1 of %2").arg(r->agreedLines).arg(r->auditedLines)
                               : QString();
        case Column::Accuracy:
            return r->isDone() ? codingaudit::accuracyText(r->agreedLines, r->auditedLines)
                               : QString();
        case Column::Count:
            break;
        }
        return {};
    case ItemIdRole:
        return r->id;
    case Qt::TextAlignmentRole:
        return column == Column::Agreed || column == Column::Accuracy
                ? int(Qt::AlignRight | Qt::AlignVCenter)
                : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Column::State && r->isDone())
            return tr("Recoded by %1 on %2")
                    .arg(r->auditorName,
                         QLocale().toString(r->completedAt.toLocalTime(), QLocale::ShortFormat));
        if (column == Column::State)
            return tr("Waiting for a blind recode");
        if (column == Column::Patient)
            return tr("MRN %1").arg(r->mrn);
        return {};
    default:
        return {};
    }
}

QVariant CodingAuditItemModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::DateOfService: return tr("DOS");
        case Column::Patient: return tr("Patient");
        case Column::Provider: return tr("Provider");
        case Column::Coder: return tr("Coder");
        case Column::State: return tr("State");
        case Column::Auditor: return tr("Auditor");
        case Column::Agreed: return tr("Lines agreed");
        case Column::Accuracy: return tr("Accuracy");
        case Column::Count: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::DateOfService: return tr("Date of service");
        case Column::Coder: return tr("Who coded the encounter");
        case Column::Auditor: return tr("Who recoded it blind");
        case Column::Agreed: return tr("Code lines both codings share, of all the code lines "
                                       "either has");
        case Column::Accuracy: return tr("Lines agreed ÷ lines audited");
        default: return {};
        }
    }
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingauditlistmodel.h"
#include "services/codingauditservice.h"

#include <QLocale>

namespace cc {

CodingAuditListModel::CodingAuditListModel(QObject *parent) : QAbstractTableModel(parent) { }

void CodingAuditListModel::setRows(QList<CodingAuditRecord> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const CodingAuditRecord *CodingAuditListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CodingAuditListModel::rowOf(qint64 auditId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == auditId)
            return i;
    }
    return -1;
}

int CodingAuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodingAuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CodingAuditListModel::data(const QModelIndex &index, int role) const
{
    const CodingAuditRecord *r = rowAt(index.row());
    if (!r)
        return {};
    const auto column = Column(index.column());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Audit:
            return tr("Audit %1").arg(r->id);
        case Column::Drawn:
            return tr("%1, %2")
                    .arg(locale.toString(r->createdAt.toLocalTime().date(), QLocale::ShortFormat),
                         r->createdByName);
        case Column::Period:
            return tr("%1 – %2")
                    .arg(locale.toString(r->periodFrom, QLocale::ShortFormat),
                         locale.toString(r->periodTo, QLocale::ShortFormat));
        case Column::PerCoder:
            return r->perCoder;
        case Column::Seed:
            return QString::number(r->seed);
        case Column::Done:
            return tr("%1 of %2").arg(r->doneCount).arg(r->itemCount);
        case Column::Accuracy:
            return codingaudit::accuracyText(r->agreedLines, r->auditedLines);
        case Column::Count:
            break;
        }
        return {};
    case AuditIdRole:
        return r->id;
    case Qt::TextAlignmentRole:
        return column == Column::PerCoder || column == Column::Seed || column == Column::Done
                        || column == Column::Accuracy
                ? int(Qt::AlignRight | Qt::AlignVCenter)
                : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Column::Accuracy)
            return tr("%1 of %2 audited code lines agreed, over the %3 items done")
                    .arg(r->agreedLines)
                    .arg(r->auditedLines)
                    .arg(r->doneCount);
        if (!r->note.isEmpty())
            return r->note;
        return {};
    default:
        return {};
    }
}

QVariant CodingAuditListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Audit: return tr("Audit");
        case Column::Drawn: return tr("Drawn");
        case Column::Period: return tr("Dates of service");
        case Column::PerCoder: return tr("Per coder");
        case Column::Seed: return tr("Seed");
        case Column::Done: return tr("Recoded");
        case Column::Accuracy: return tr("Accuracy");
        case Column::Count: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Drawn: return tr("When the sample was drawn, and by whom");
        case Column::Period: return tr("The dates of service the sample was drawn from");
        case Column::PerCoder: return tr("At most this many encounters of each coder");
        case Column::Seed: return tr("The same seed over the same data draws the same sample");
        case Column::Done: return tr("Items recoded of the items drawn");
        case Column::Accuracy: return tr("Audited code lines the auditor agreed with ÷ audited "
                                         "code lines");
        default: return {};
        }
    }
    return {};
}

} // namespace cc

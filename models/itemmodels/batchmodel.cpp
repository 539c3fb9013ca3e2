// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmodel.h"
#include "domain/money.h"

#include <QColor>
#include <QLocale>

namespace cc {

BatchModel::BatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BatchModel::setBatches(QList<BatchSummary> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

const BatchSummary *BatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int BatchModel::rowOf(qint64 batchId) const
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).id == batchId)
            return i;
    }
    return -1;
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    const BatchSummary *b = batchAt(index.row());
    if (!b || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Created:
            return QLocale().toString(b->createdAt.toLocalTime(), QLocale::ShortFormat);
        case Column::CreatedBy:
            return b->createdBy;
        case Column::Receiver:
            return b->receiverName;
        case Column::Interchange:
            return b->interchangeControl;
        case Column::Group:
            return b->groupControl;
        case Column::Claims:
            return b->claimCount;
        case Column::Charge:
            return Money::fromCents(b->totalChargeCents).toDisplayString();
        case Column::Status:
            return batchstatus::displayName(b->status);
        case Column::FileName:
            return b->fileName;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Receiver && !b->receiverId.isEmpty())
            //: receiver name and its electronic id, e.g. "Medicare (ETIN 12345)"
            return tr("%1 (ETIN %2)").arg(b->receiverName, b->receiverId);
        if (column == Column::Created)
            return QLocale().toString(b->createdAt.toLocalTime(), QLocale::LongFormat);
        if (column == Column::Status || column == Column::FileName)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        // Text carries the status too; the colour only helps the eye.
        if (column == Column::Status && b->status.contains(QLatin1String("reject")))
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Claims || column == Column::Charge)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case BatchIdRole:
        return b->id;
    default:
        break;
    }
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Created:
            return tr("Written");
        case Column::CreatedBy:
            return tr("By");
        case Column::Receiver:
            return tr("Receiver");
        case Column::Interchange:
            return tr("ISA13");
        case Column::Group:
            return tr("GS06");
        case Column::Claims:
            return tr("Claims");
        case Column::Charge:
            return tr("Total charge");
        case Column::Status:
            return tr("Status");
        case Column::FileName:
            return tr("File");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Created:
            return tr("When the batch was written");
        case Column::CreatedBy:
            return tr("Who wrote the batch");
        case Column::Receiver:
            return tr("The clearinghouse or payer the file goes to");
        case Column::Interchange:
            return tr("Interchange control number: the 999 and TA1 answer with it");
        case Column::Group:
            return tr("Group control number: the 999 echoes it in AK1");
        case Column::Claims:
            return tr("Claims in the batch");
        case Column::Charge:
            return tr("Total charge of the claims in the batch");
        case Column::Status:
            return tr("What the acknowledgements said about the batch");
        case Column::FileName:
            return tr("The file name the batch was written under");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (Column(section) == Column::Claims || Column(section) == Column::Charge))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackmodel.h"

#include <QColor>
#include <QLocale>

namespace cc {

AckModel::AckModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AckModel::setAcknowledgements(QList<AcknowledgementSummary> acks)
{
    beginResetModel();
    m_acks = std::move(acks);
    endResetModel();
}

const AcknowledgementSummary *AckModel::ackAt(int row) const
{
    return row >= 0 && row < m_acks.size() ? &m_acks.at(row) : nullptr;
}

int AckModel::rowOf(qint64 ackId) const
{
    for (int i = 0; i < m_acks.size(); ++i) {
        if (m_acks.at(i).id == ackId)
            return i;
    }
    return -1;
}

int AckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_acks.size());
}

int AckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AckModel::data(const QModelIndex &index, int role) const
{
    const AcknowledgementSummary *a = ackAt(index.row());
    if (!a || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Received:
            return QLocale().toString(a->receivedAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Kind:
            return a->kind;
        case Column::FileName:
            return a->fileName;
        case Column::Interchange:
            return a->interchangeControl;
        case Column::Accepted:
            return a->accepted;
        case Column::Rejected:
            return a->rejected;
        case Column::Summary:
            return a->summary;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Summary || column == Column::FileName)
            return data(index, Qt::DisplayRole);
        if (column == Column::Received)
            return QLocale().toString(a->receivedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::ForegroundRole:
        if (column == Column::Rejected && a->rejected > 0)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Accepted || column == Column::Rejected)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AckIdRole:
        return a->id;
    default:
        break;
    }
    return {};
}

QVariant AckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::Received:
            return tr("Read");
        case Column::Kind:
            return tr("Kind");
        case Column::FileName:
            return tr("File");
        case Column::Interchange:
            return tr("ISA13");
        case Column::Accepted:
            return tr("Accepted");
        case Column::Rejected:
            return tr("Rejected");
        case Column::Summary:
            return tr("Summary");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Received:
            return tr("When the file was read");
        case Column::Kind:
            return tr("999: the file's syntax was checked; 277CA: each claim was accepted or "
                      "rejected");
        case Column::FileName:
            return tr("The file as it was named when read");
        case Column::Interchange:
            return tr("The acknowledgement's own interchange number");
        case Column::Accepted:
            return tr("Claims (277CA) or transaction sets (999) accepted");
        case Column::Rejected:
            return tr("Claims (277CA) or transaction sets (999) rejected");
        case Column::Summary:
            return tr("What the file said, in a sentence");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (Column(section) == Column::Accepted || Column(section) == Column::Rejected))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc

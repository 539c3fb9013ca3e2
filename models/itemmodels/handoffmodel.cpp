// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoffmodel.h"
#include "domain/money.h"

#include <QColor>
#include <QLocale>

namespace cc {

HandoffModel::HandoffModel(QObject *parent) : QAbstractTableModel(parent) { }

void HandoffModel::setItems(QList<HandoffItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const HandoffItem *HandoffModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int HandoffModel::rowOf(qint64 encounterId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).summary.id == encounterId)
            return i;
    }
    return -1;
}

int HandoffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HandoffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString HandoffModel::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return QString();
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QVariant HandoffModel::data(const QModelIndex &index, int role) const
{
    const HandoffItem *item = itemAt(index.row());
    if (!item)
        return {};
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Age:
            return age(item->handedOffAt,
                       m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
        case Column::Patient: return item->summary.patientName;
        case Column::DateOfService:
            return QLocale().toString(item->summary.dateOfService, QLocale::ShortFormat);
        case Column::Payer:
            return item->summary.payerName.isEmpty() ? tr("Self-pay") : item->summary.payerName;
        case Column::Coder: return item->coderName;
        case Column::Findings:
            if (item->errorCount == 0 && item->warningCount == 0)
                return tr("Clean");
            if (item->errorCount == 0)
                return tr("%n warning(s)", nullptr, item->warningCount);
            if (item->warningCount == 0)
                return tr("%n error(s)", nullptr, item->errorCount);
            //: errors and warnings of the scrubber, e.g. "1 error, 2 warnings"
            return tr("%1, %2")
                    .arg(tr("%n error(s)", nullptr, item->errorCount),
                         tr("%n warning(s)", nullptr, item->warningCount));
        case Column::Charge: return Money::fromCents(item->totalChargeCents).toDisplayString();
        case Column::Note: return item->note;
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Note)
        return item->note;
    if (role == Qt::ForegroundRole && column == Column::Findings && item->errorCount > 0)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::TextAlignmentRole && column == Column::Charge)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return item->summary.id;
    return {};
}

QVariant HandoffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Age: return tr("Waiting");
    case Column::Patient: return tr("Patient");
    case Column::DateOfService: return tr("Date of service");
    case Column::Payer: return tr("Payer");
    case Column::Coder: return tr("Coder");
    case Column::Findings: return tr("Findings");
    case Column::Charge: return tr("Charge");
    case Column::Note: return tr("Coder's note");
    case Column::Count: break;
    }
    return {};
}

} // namespace cc

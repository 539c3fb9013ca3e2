// SPDX-License-Identifier: GPL-3.0-or-later
#include "remittancemodel.h"
#include "domain/money.h"

#include <QColor>
#include <QLocale>

namespace cc {

RemittanceModel::RemittanceModel(QObject *parent) : QAbstractTableModel(parent) { }

void RemittanceModel::setRemittances(QList<RemittanceSummary> remittances)
{
    beginResetModel();
    m_rows = std::move(remittances);
    endResetModel();
}

const RemittanceSummary *RemittanceModel::remittanceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RemittanceModel::rowOf(qint64 remittanceId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == remittanceId)
            return i;
    }
    return -1;
}

int RemittanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemittanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RemittanceModel::data(const QModelIndex &index, int role) const
{
    const RemittanceSummary *r = remittanceAt(index.row());
    if (!r || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::PostedAt:
            return QLocale().toString(r->postedAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Payer:
            return r->payerName;
        case Column::Trace:
            return r->traceNumber;
        case Column::Source:
            return r->source == QLatin1String("eob") ? tr("Paper EOB") : tr("ERA");
        case Column::Method:
            return r->paymentMethod;
        case Column::PaymentDate:
            return QLocale().toString(r->paymentDate, QLocale::ShortFormat);
        case Column::Amount:
            return Money::fromCents(r->paymentCents).toDisplayString();
        case Column::Claims:
            return r->claimCount;
        case Column::Unmatched:
            return r->unmatchedCount;
        case Column::PostedBy:
            return r->postedBy;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::PostedAt:
            return QLocale().toString(r->postedAt.toLocalTime(), QLocale::LongFormat);
        case Column::Source:
            return r->fileName.isEmpty() ? QVariant() : QVariant(r->fileName);
        case Column::Payer:
            return r->payerIdentifier.isEmpty()
                    ? r->payerName
                    : tr("%1 (payer id %2)").arg(r->payerName, r->payerIdentifier);
        case Column::Unmatched:
            if (r->unmatchedCount > 0)
                return tr("%n claim(s) of this payment matched no claim of ours: see Unmatched "
                          "ERA",
                          nullptr, r->unmatchedCount);
            break;
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Column::Unmatched && r->unmatchedCount > 0)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Amount || column == Column::Claims || column == Column::Unmatched)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RemittanceIdRole:
        return r->id;
    case CentsRole:
        return r->paymentCents;
    default:
        break;
    }
    return {};
}

QVariant RemittanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::PostedAt:
            return tr("Posted");
        case Column::Payer:
            return tr("Payer");
        case Column::Trace:
            return tr("Trace / check");
        case Column::Source:
            return tr("From");
        case Column::Method:
            return tr("Method");
        case Column::PaymentDate:
            return tr("Payment date");
        case Column::Amount:
            return tr("Amount");
        case Column::Claims:
            return tr("Claims");
        case Column::Unmatched:
            return tr("Not matched");
        case Column::PostedBy:
            return tr("Posted by");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::PostedAt:
            return tr("When the payment was posted");
        case Column::Payer:
            return tr("The payer who sent the payment");
        case Column::Trace:
            return tr("The EFT trace number (TRN02) or the check number: the key to the bank "
                      "deposit");
        case Column::Source:
            return tr("ERA: an 835 file; Paper EOB: entered by hand from the paper");
        case Column::Method:
            return tr("CHK check, ACH electronic transfer, NON no payment");
        case Column::PaymentDate:
            return tr("The check date or the EFT effective date");
        case Column::Amount:
            return tr("The amount of the payment");
        case Column::Claims:
            return tr("Claims the payment covers");
        case Column::Unmatched:
            return tr("Claims that matched no claim of ours and wait under Unmatched ERA");
        case Column::PostedBy:
            return tr("Who posted it");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (column == Column::Amount || column == Column::Claims || column == Column::Unmatched))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupmodel.h"
#include "domain/money.h"

#include <QLocale>

namespace cc {

FollowUpModel::FollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FollowUpModel::setRows(QList<FollowUpRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const FollowUpRow *FollowUpModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FollowUpModel::rowOf(qint64 claimId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).claimId == claimId)
            return i;
    }
    return -1;
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    const FollowUpRow *r = rowAt(index.row());
    if (!r)
        return {};
    const auto column = Column(index.column());
    const auto date = [](const QDate &d) {
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::ControlNumber:
            return r->controlNumber;
        case Column::Patient:
            return r->patientName;
        case Column::Payer:
            return r->payerName;
        case Column::DateOfService:
            return date(r->dateOfService);
        case Column::Sent:
            return date(r->sentDate);
        case Column::Days:
            return r->daysOutstanding;
        case Column::Balance:
            return Money::fromCents(r->balanceCents).toDisplayString();
        case Column::LastNote:
            return r->lastNote.section(QLatin1Char('\n'), 0, 0);
        case Column::NextAction:
            return r->nextActionDate.isValid() ? date(r->nextActionDate) : tr("None");
        case Column::Count:
            break;
        }
        return {};
    case ClaimIdRole:
        return r->claimId;
    case Qt::TextAlignmentRole:
        return column == Column::Days || column == Column::Balance
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Column::Days)
            return tr("%1 days since sent; %2 expects to pay within %3 days")
                .arg(r->daysOutstanding)
                .arg(r->payerName)
                .arg(r->expectedDays);
        if (column == Column::LastNote && !r->lastNote.isEmpty())
            return r->lastNote;
        return {};
    default:
        return {};
    }
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::ControlNumber:
            return tr("Claim");
        case Column::Patient:
            return tr("Patient");
        case Column::Payer:
            return tr("Payer");
        case Column::DateOfService:
            return tr("DOS");
        case Column::Sent:
            return tr("Sent");
        case Column::Days:
            return tr("Days");
        case Column::Balance:
            return tr("Balance");
        case Column::LastNote:
            return tr("Last note");
        case Column::NextAction:
            return tr("Next action");
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::ControlNumber:
            return tr("The claim's patient control number");
        case Column::DateOfService:
            return tr("Date of service");
        case Column::Sent:
            return tr("The last time the claim was sent");
        case Column::Days:
            return tr("Days since the claim was last sent");
        case Column::Balance:
            return tr("The insurance balance still owed");
        case Column::NextAction:
            return tr("The follow-up date of the newest note");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return column == Column::Days || column == Column::Balance
            ? int(Qt::AlignRight | Qt::AlignVCenter)
            : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "unmatchedmodel.h"
#include "domain/money.h"
#include "domain/remitcodes.h"

#include <QLocale>

namespace cc {

UnmatchedModel::UnmatchedModel(QObject *parent) : QAbstractTableModel(parent) { }

void UnmatchedModel::setClaims(QList<UnmatchedEraClaim> claims)
{
    beginResetModel();
    m_rows = std::move(claims);
    endResetModel();
}

const UnmatchedEraClaim *UnmatchedModel::claimAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int UnmatchedModel::rowOf(qint64 unmatchedId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == unmatchedId)
            return i;
    }
    return -1;
}

int UnmatchedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnmatchedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant UnmatchedModel::data(const QModelIndex &index, int role) const
{
    const UnmatchedEraClaim *u = claimAt(index.row());
    if (!u || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    const bool money = column == Column::Charge || column == Column::Paid;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::PaymentDate:
            return QLocale().toString(u->paymentDate, QLocale::ShortFormat);
        case Column::Payer:
            return u->payerName;
        case Column::Trace:
            return u->traceNumber;
        case Column::ClaimNumber:
            return u->patientControlNumber;
        case Column::Patient:
            return u->patientName;
        case Column::MemberId:
            return u->memberId;
        case Column::PayerClaimNumber:
            return u->payerClaimNumber;
        case Column::Status:
            return remitcodes::claimStatusText(u->status);
        case Column::ServiceDate:
            return QLocale().toString(u->serviceDate, QLocale::ShortFormat);
        case Column::Charge:
            return Money::fromCents(u->chargeCents).toDisplayString();
        case Column::Paid:
            return Money::fromCents(u->paidCents).toDisplayString();
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::ClaimNumber)
            return tr("The payer sent claim number %1; no claim of ours has it.")
                    .arg(u->patientControlNumber);
        if (column == Column::Status)
            return tr("CLP02 %1").arg(u->status);
        break;
    case Qt::TextAlignmentRole:
        if (money)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UnmatchedIdRole:
        return u->id;
    case CentsRole:
        if (column == Column::Charge)
            return u->chargeCents;
        if (column == Column::Paid)
            return u->paidCents;
        break;
    default:
        break;
    }
    return {};
}

QVariant UnmatchedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::PaymentDate:
            return tr("Paid on");
        case Column::Payer:
            return tr("Payer");
        case Column::Trace:
            return tr("Trace / check");
        case Column::ClaimNumber:
            return tr("Claim number sent");
        case Column::Patient:
            return tr("Patient");
        case Column::MemberId:
            return tr("Member ID");
        case Column::PayerClaimNumber:
            return tr("Payer's claim no.");
        case Column::Status:
            return tr("Status");
        case Column::ServiceDate:
            return tr("Date of service");
        case Column::Charge:
            return tr("Charge");
        case Column::Paid:
            return tr("Paid");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::PaymentDate:
            return tr("The date of the payment that carried this claim");
        case Column::Payer:
            return tr("The payer who sent it");
        case Column::Trace:
            return tr("The EFT trace or check number of the payment");
        case Column::ClaimNumber:
            return tr("The patient control number the payer sent back (CLP01)");
        case Column::Patient:
            return tr("The patient as the payer named them");
        case Column::MemberId:
            return tr("The member ID the payer sent");
        case Column::PayerClaimNumber:
            return tr("The payer's own number for the claim (CLP07)");
        case Column::Status:
            return tr("What the payer did with the claim (CLP02)");
        case Column::ServiceDate:
            return tr("The first date of service");
        case Column::Charge:
            return tr("What the payer says was billed");
        case Column::Paid:
            return tr("What the payer paid");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Charge || column == Column::Paid))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchclaimmodel.h"
#include "domain/money.h"

#include <QLocale>

namespace cc {

BatchClaimModel::BatchClaimModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BatchClaimModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    m_checked.clear();
    endResetModel();
}

void BatchClaimModel::setClaims(QList<ClaimSummary> claims)
{
    const QSet<qint64> before = m_checked;
    beginResetModel();
    m_claims = std::move(claims);
    // A check stays with its claim while the claim is listed; a claim that left (sent, fixed
    // elsewhere) takes its check with it.
    QSet<qint64> kept;
    for (const ClaimSummary &c : std::as_const(m_claims)) {
        if (m_checked.contains(c.id))
            kept.insert(c.id);
    }
    m_checked = kept;
    endResetModel();
    if (m_checked != before)
        emit checkedChanged();
}

const ClaimSummary *BatchClaimModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims.at(row) : nullptr;
}

int BatchClaimModel::rowOf(qint64 claimId) const
{
    for (int i = 0; i < m_claims.size(); ++i) {
        if (m_claims.at(i).id == claimId)
            return i;
    }
    return -1;
}

QList<qint64> BatchClaimModel::checkedIds() const
{
    QList<qint64> ids;
    for (const ClaimSummary &c : m_claims) {
        if (m_checked.contains(c.id))
            ids.append(c.id);
    }
    return ids;
}

qint64 BatchClaimModel::checkedChargeCents() const
{
    qint64 cents = 0;
    for (const ClaimSummary &c : m_claims) {
        if (m_checked.contains(c.id))
            cents += c.totalChargeCents;
    }
    return cents;
}

void BatchClaimModel::setChecked(qint64 claimId, bool checked)
{
    const int row = rowOf(claimId);
    if (!m_checkable || row < 0 || m_checked.contains(claimId) == checked)
        return;
    if (checked)
        m_checked.insert(claimId);
    else
        m_checked.remove(claimId);
    const QModelIndex cell = index(row, int(Column::ControlNumber));
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
    emit checkedChanged();
}

void BatchClaimModel::setAllChecked(bool checked)
{
    if (!m_checkable || m_claims.isEmpty())
        return;
    const QSet<qint64> before = m_checked;
    m_checked.clear();
    if (checked) {
        for (const ClaimSummary &c : std::as_const(m_claims))
            m_checked.insert(c.id);
    }
    if (m_checked == before)
        return;
    emit dataChanged(index(0, int(Column::ControlNumber)),
        index(rowCount() - 1, int(Column::ControlNumber)), {Qt::CheckStateRole});
    emit checkedChanged();
}

int BatchClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int BatchClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

Qt::ItemFlags BatchClaimModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == int(Column::ControlNumber))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BatchClaimModel::data(const QModelIndex &index, int role) const
{
    const ClaimSummary *c = claimAt(index.row());
    if (!c || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::ControlNumber:
            return c->patientControlNumber;
        case Column::Patient:
            return c->patientName;
        case Column::Payer:
            return c->payerName.isEmpty() ? tr("Self-pay") : c->payerName;
        case Column::DateOfService:
            return QLocale().toString(c->dateOfService, QLocale::ShortFormat);
        case Column::Charge:
            return Money::fromCents(c->totalChargeCents).toDisplayString();
        case Column::Submissions:
            return c->submissionCount;
        case Column::State:
            return claimstate::displayName(c->state);
        case Column::Reason:
            return c->statusMessage;
        case Column::Count:
            break;
        }
        break;
    case Qt::CheckStateRole:
        if (m_checkable && column == Column::ControlNumber)
            return m_checked.contains(c->id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (column == Column::Reason && !c->statusMessage.isEmpty())
            return c->statusMessage;
        if (column == Column::Submissions)
            return tr("Times sent so far: %1").arg(c->submissionCount);
        if (m_checkable && column == Column::ControlNumber)
            return tr("Tick to put the claim in the next batch (Space)");
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Charge || column == Column::Submissions)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Column::Reason)
            return int(Qt::AlignLeft | Qt::AlignTop);
        break;
    case Qt::AccessibleTextRole:
        if (m_checkable && column == Column::ControlNumber)
            return m_checked.contains(c->id)
                ? tr("%1, in the next batch").arg(c->patientControlNumber)
                : tr("%1, not in the next batch").arg(c->patientControlNumber);
        break;
    case ClaimIdRole:
        return c->id;
    default:
        break;
    }
    return {};
}

bool BatchClaimModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ClaimSummary *c = claimAt(index.row());
    if (!c || !m_checkable || role != Qt::CheckStateRole
        || index.column() != int(Column::ControlNumber))
        return false;
    setChecked(c->id, value.toInt() == Qt::Checked);
    return true;
}

QVariant BatchClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Column::ControlNumber:
            return tr("Claim");
        case Column::Patient:
            return tr("Patient");
        case Column::Payer:
            return tr("Payer");
        case Column::DateOfService:
            return tr("Date of service");
        case Column::Charge:
            return tr("Charge");
        case Column::Submissions:
            return tr("Sent");
        case Column::State:
            return tr("State");
        case Column::Reason:
            return tr("Reason");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::ControlNumber:
            return tr("The patient control number (CLM01) the payer sends back");
        case Column::Patient:
            return tr("Patient, last name first");
        case Column::Payer:
            return tr("The payer the claim goes to");
        case Column::DateOfService:
            return tr("First date of service");
        case Column::Charge:
            return tr("Total charge of the claim");
        case Column::Submissions:
            return tr("How many times the claim has been sent");
        case Column::State:
            return tr("Where the claim is now");
        case Column::Reason:
            return tr("What the payer or clearinghouse said, from the newest acknowledgement");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (Column(section) == Column::Charge || Column(section) == Column::Submissions))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchcandidatemodel.h"
#include "domain/money.h"

#include <QLocale>

namespace cc {

MatchCandidateModel::MatchCandidateModel(QObject *parent) : QAbstractTableModel(parent) { }

void MatchCandidateModel::setCandidates(QList<MatchCandidate> candidates)
{
    beginResetModel();
    m_rows = std::move(candidates);
    endResetModel();
}

const MatchCandidate *MatchCandidateModel::candidateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MatchCandidateModel::rowOf(qint64 claimId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).claimId == claimId)
            return i;
    }
    return -1;
}

int MatchCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant MatchCandidateModel::data(const QModelIndex &index, int role) const
{
    const MatchCandidate *m = candidateAt(index.row());
    if (!m || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::ClaimNumber:
            return m->patientControlNumber;
        case Column::Patient:
            return m->patientName;
        case Column::Payer:
            return m->payerName;
        case Column::ServiceDate:
            return QLocale().toString(m->serviceDate, QLocale::ShortFormat);
        case Column::Charge:
            return Money::fromCents(m->chargeCents).toDisplayString();
        case Column::State:
            return m->state;
        case Column::Why:
            return m->why;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Why || column == Column::ClaimNumber)
            return m->why;
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Charge)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ClaimIdRole:
        return m->claimId;
    case ScoreRole:
        return m->score;
    default:
        break;
    }
    return {};
}

QVariant MatchCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::ClaimNumber:
            return tr("Claim");
        case Column::Patient:
            return tr("Patient");
        case Column::Payer:
            return tr("Payer");
        case Column::ServiceDate:
            return tr("Date of service");
        case Column::Charge:
            return tr("Charge");
        case Column::State:
            return tr("State");
        case Column::Why:
            return tr("Why it may be this one");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::ClaimNumber:
            return tr("Our claim number (patient control number)");
        case Column::Patient:
            return tr("The claim's patient");
        case Column::Payer:
            return tr("The payer the claim was billed to");
        case Column::ServiceDate:
            return tr("The claim's first date of service");
        case Column::Charge:
            return tr("The claim's total charge");
        case Column::State:
            return tr("Where the claim is now");
        case Column::Why:
            return tr("What this claim has in common with the payer's claim");
        case Column::Count:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == Column::Charge)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cc

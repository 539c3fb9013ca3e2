// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/posting.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The claims of ours that may be the one an unmatched ERA claim meant (MatchCandidate),
 * likeliest first, with the reason each is listed. Read-only.
 */
class MatchCandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { ClaimNumber, Patient, Payer, ServiceDate, Charge, State, Why, Count };
    /// Qt::UserRole + 1: the candidate's claim id (qint64).
    static constexpr int ClaimIdRole = Qt::UserRole + 1;
    /// The candidate's score (int): higher is likelier.
    static constexpr int ScoreRole = Qt::UserRole + 2;

    explicit MatchCandidateModel(QObject *parent = nullptr);

    void setCandidates(QList<MatchCandidate> candidates);
    const QList<MatchCandidate> &candidates() const { return m_rows; }
    const MatchCandidate *candidateAt(int row) const;
    int rowOf(qint64 claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MatchCandidate> m_rows;
};

} // namespace cc

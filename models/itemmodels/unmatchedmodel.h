// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/posting.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The ERA claims that matched no claim of ours (UnmatchedEraClaim), oldest first, as
 * PostingService::unmatched() returns them. Read-only; a biller matches or dismisses a row
 * through the service and the list is loaded again.
 */
class UnmatchedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        PaymentDate,
        Payer,
        Trace,
        ClaimNumber,
        Patient,
        MemberId,
        PayerClaimNumber,
        Status,
        ServiceDate,
        Charge,
        Paid,
        Count
    };
    /// Qt::UserRole + 1: the unmatched row's id (remittance_claims.id, qint64).
    static constexpr int UnmatchedIdRole = Qt::UserRole + 1;
    /// The amount in cents (qint64) of the Charge and Paid columns.
    static constexpr int CentsRole = Qt::UserRole + 2;

    explicit UnmatchedModel(QObject *parent = nullptr);

    void setClaims(QList<UnmatchedEraClaim> claims);
    const QList<UnmatchedEraClaim> &claims() const { return m_rows; }
    const UnmatchedEraClaim *claimAt(int row) const;
    int rowOf(qint64 unmatchedId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UnmatchedEraClaim> m_rows;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cc {

/**
 * Claims as rows (ClaimSummary): the ready claims of the Submissions screen, the claims of one
 * batch and the rejected claims. The views hide the columns they do not need. When checkable,
 * the first column carries a check box: the claims the biller picked for the next batch; the
 * checks survive setClaims() for the claims still listed.
 */
class BatchClaimModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        ControlNumber,
        Patient,
        Payer,
        DateOfService,
        Charge,
        Submissions,
        State,
        Reason,
        Count
    };
    /// Qt::UserRole + 1: the claim id of a row (qint64), in every column.
    static constexpr int ClaimIdRole = Qt::UserRole + 1;

    explicit BatchClaimModel(QObject *parent = nullptr);

    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }

    void setClaims(QList<ClaimSummary> claims);
    const QList<ClaimSummary> &claims() const { return m_claims; }
    const ClaimSummary *claimAt(int row) const;
    int rowOf(qint64 claimId) const;

    /// The checked claims, in row order.
    QList<qint64> checkedIds() const;
    void setChecked(qint64 claimId, bool checked);
    void setAllChecked(bool checked);
    bool isChecked(qint64 claimId) const { return m_checked.contains(claimId); }
    /// The sum of the checked claims' charges, in cents.
    qint64 checkedChargeCents() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The set of checked claims changed (by the user or by setClaims()).
    void checkedChanged();

private:
    QList<ClaimSummary> m_claims;
    QSet<qint64> m_checked;
    bool m_checkable = false;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/posting.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The remittances on record (RemittanceSummary: ERAs and paper EOBs), newest first, as
 * PostingService::remittances() returns them. Read-only; the Payments screen reloads it when
 * PostingService::postingsChanged() fires.
 */
class RemittanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        PostedAt,
        Payer,
        Trace,
        Source,
        Method,
        PaymentDate,
        Amount,
        Claims,
        Unmatched,
        PostedBy,
        Count
    };
    /// Qt::UserRole + 1: the remittance id of a row (qint64), in every column.
    static constexpr int RemittanceIdRole = Qt::UserRole + 1;
    /// The amount in cents (qint64) in the Amount column, for sorting and tests.
    static constexpr int CentsRole = Qt::UserRole + 2;

    explicit RemittanceModel(QObject *parent = nullptr);

    void setRemittances(QList<RemittanceSummary> remittances);
    const QList<RemittanceSummary> &remittances() const { return m_rows; }
    const RemittanceSummary *remittanceAt(int row) const;
    int rowOf(qint64 remittanceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RemittanceSummary> m_rows;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"

#include <QAbstractTableModel>

namespace cc {

/// The 837P batches written (BatchSummary), newest first as the service gives them.
class BatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Created,
        CreatedBy,
        Receiver,
        Interchange,
        Group,
        Claims,
        Charge,
        Status,
        FileName,
        Count
    };
    /// Qt::UserRole + 1: the batch id of a row (qint64), in every column.
    static constexpr int BatchIdRole = Qt::UserRole + 1;

    explicit BatchModel(QObject *parent = nullptr);

    void setBatches(QList<BatchSummary> batches);
    const QList<BatchSummary> &batches() const { return m_batches; }
    const BatchSummary *batchAt(int row) const;
    int rowOf(qint64 batchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BatchSummary> m_batches;
};

} // namespace cc

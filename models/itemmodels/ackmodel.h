// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"

#include <QAbstractTableModel>

namespace cc {

/// The 999 and 277CA acknowledgements read (AcknowledgementSummary), newest first.
class AckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Received, Kind, FileName, Interchange, Accepted, Rejected, Summary, Count };
    /// Qt::UserRole + 1: the acknowledgement id of a row (qint64), in every column.
    static constexpr int AckIdRole = Qt::UserRole + 1;

    explicit AckModel(QObject *parent = nullptr);

    void setAcknowledgements(QList<AcknowledgementSummary> acks);
    const QList<AcknowledgementSummary> &acknowledgements() const { return m_acks; }
    const AcknowledgementSummary *ackAt(int row) const;
    int rowOf(qint64 ackId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AcknowledgementSummary> m_acks;
};

} // namespace cc

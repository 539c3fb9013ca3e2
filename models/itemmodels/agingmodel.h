// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/arservice.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * An aging report (ArService::agingByPayer or agingByPatient) as rows, with a totals row at
 * the bottom: the name, the five buckets of the insurance balance by DOS, their total, the
 * patient balance beside it and the number of claims. Money is right-aligned; CentsRole gives
 * the raw amount.
 */
class AgingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { ByPayer, ByPatient };
    enum class Column {
        Name,
        Days0To30,
        Days31To60,
        Days61To90,
        Days91To120,
        Over120,
        Total,
        PatientBalance,
        Claims,
        Count
    };
    /// Qt::UserRole + 1: the payer or patient id (qint64); -1 on the totals row.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// Qt::UserRole + 2: the raw amount in cents of a money column (qint64).
    static constexpr int CentsRole = Qt::UserRole + 2;

    explicit AgingModel(Kind kind, QObject *parent = nullptr);

    void setRows(QList<AgingRow> rows);
    const QList<AgingRow> &rows() const { return m_rows; }
    /// The sums of every row.
    const AgingRow &totals() const { return m_totals; }
    /// The row of the totals (the last one).
    int totalsRow() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<AgingRow> m_rows;
    AgingRow m_totals;
};

} // namespace cc

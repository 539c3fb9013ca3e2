// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/measures.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The measures broken down by payer, provider or coder (MeasureService::breakdown): one row
 * per group, the group's name in the first column and one column per MeasureKind after it.
 * A cell reads "93.5 %", "—" when nothing was counted, or "n/a" where the measure does not
 * apply to the dimension; its tooltip gives the numerator and denominator.
 */
class MeasureBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Column 0 is the group; column 1 + int(kind) is that measure.
    static constexpr int kGroupColumn = 0;
    /// Qt::UserRole + 1: the group id of a row (qint64).
    static constexpr int GroupIdRole = Qt::UserRole + 1;
    /// Qt::UserRole + 2: the value as a number (double), empty without data: for sorting.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit MeasureBreakdownModel(QObject *parent = nullptr);

    void setSets(MeasureDimension dimension, QList<MeasureSet> sets);
    const QList<MeasureSet> &sets() const { return m_sets; }
    MeasureDimension dimension() const { return m_dimension; }
    /// The set of @p row, or nullptr when out of range.
    const MeasureSet *setAt(int row) const;
    static int columnOf(MeasureKind kind) { return 1 + int(kind); }
    /// The measure of @p column, or nothing for the group column.
    static std::optional<MeasureKind> kindOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MeasureDimension m_dimension = MeasureDimension::Overall;
    QList<MeasureSet> m_sets;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/measures.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The records behind one measure (MeasureService::items, the dashboard's drill-down) as a
 * table: the claim's control number or the encounter, the patient, the DOS, the date that put
 * the record in the period, its payer, provider or coder, whether it counts in the numerator,
 * what it adds to the numerator and denominator, and why. SortRole gives values that sort
 * right (dates as dates, amounts as numbers) for a QSortFilterProxyModel.
 */
class MeasureItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Reference,
        Patient,
        DateOfService,
        Date,
        Group,
        Counted,
        Contribution,
        Detail,
        Count
    };
    /// Qt::UserRole + 1: the claim id of a row (qint64), 0 when the row is an encounter only.
    static constexpr int ClaimIdRole = Qt::UserRole + 1;
    /// Qt::UserRole + 2: the encounter id of a row (qint64).
    static constexpr int EncounterIdRole = Qt::UserRole + 2;
    /// Qt::UserRole + 3: a value to sort the column by.
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit MeasureItemModel(QObject *parent = nullptr);

    /// Shows @p items of measure @p kind; @p dimension names the Group column.
    void setItems(MeasureKind kind, QList<MeasureItem> items,
        MeasureDimension dimension = MeasureDimension::Overall);
    const QList<MeasureItem> &items() const { return m_items; }
    MeasureKind kind() const { return m_kind; }
    /// The item of @p row, or nullptr when out of range.
    const MeasureItem *itemAt(int row) const;
    /// True when every row has an empty group (the column says nothing).
    bool groupIsEmpty() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString contribution(const MeasureItem &item) const;

    MeasureKind m_kind = MeasureKind::CleanClaimRate;
    MeasureDimension m_dimension = MeasureDimension::Overall;
    QList<MeasureItem> m_items;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/denialservice.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The denial work list as a flat table with a header row before each group: the groups come
 * from DenialService::group() (by reason, payer or age bucket), and each header row reads
 * "label — N denials, $total open" in its first column (views span it across the row). The
 * filter text keeps the denials whose claim number, patient, payer, reason code or reason
 * text contain it; the groups' counts and totals follow the filter. Header rows are enabled
 * but not selectable; denialAt() is null for them.
 */
class DenialModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Reason, Patient, Claim, Payer, DateOfService, Age, Amount, State,
                        LastAction, Count };
    /// Qt::UserRole + 1: the denial id of a row (qint64), 0 on a group header.
    static constexpr int DenialIdRole = Qt::UserRole + 1;
    /// Qt::UserRole + 2: true on a group header row.
    static constexpr int GroupRole = Qt::UserRole + 2;
    /// Qt::UserRole + 3: the open amount in cents (a row's, or the group's total).
    static constexpr int AmountCentsRole = Qt::UserRole + 3;

    explicit DenialModel(QObject *parent = nullptr);

    void setDenials(QList<DenialItem> items);
    const QList<DenialItem> &denials() const { return m_items; }
    void setGrouping(DenialGrouping grouping);
    DenialGrouping grouping() const { return m_grouping; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// The groups shown (after the filter), in order.
    const QList<DenialGroup> &groups() const { return m_groups; }
    /// The denial of @p row, or nullptr for a group header or a row out of range.
    const DenialItem *denialAt(int row) const;
    bool isGroupRow(int row) const;
    /// The row of denial @p denialId, or -1 when it is not shown.
    int rowOf(qint64 denialId) const;
    /// The denials shown (after the filter).
    int denialCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int group = -1; ///< index into m_groups for a header row
        int item = -1;  ///< index into m_items for a denial row
    };
    void rebuild();
    bool matches(const DenialItem &item) const;

    QList<DenialItem> m_items;
    DenialGrouping m_grouping = DenialGrouping::Reason;
    QString m_filter;
    QList<DenialGroup> m_groups; ///< rows index m_items
    QList<Row> m_rows;
};

} // namespace cc

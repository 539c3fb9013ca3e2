// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/codingfeedbackservice.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The coder's denials from coding as a flat table with a header row before each group: the
 * groups come from CodingFeedbackService::group() (by rule, code pair or coder), and each
 * header row reads "label — N denials, $total denied" in its first column (views span it
 * across the row). Header rows are enabled but not selectable; denialAt() is null for them.
 */
class CodingDenialModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Rule,
        CodePair,
        Reason,
        Claim,
        DateOfService,
        Payer,
        Coder,
        Denied,
        Scrubber,
        State,
        Count
    };
    /// Qt::UserRole + 1: the denial id of a row (qint64), 0 on a group header.
    static constexpr int DenialIdRole = Qt::UserRole + 1;
    /// Qt::UserRole + 2: true on a group header row.
    static constexpr int GroupRole = Qt::UserRole + 2;
    /// Qt::UserRole + 3: the denied amount in cents (a row's, or the group's total).
    static constexpr int AmountCentsRole = Qt::UserRole + 3;

    explicit CodingDenialModel(QObject *parent = nullptr);

    void setDenials(QList<CodingDenialItem> items);
    const QList<CodingDenialItem> &denials() const { return m_items; }
    void setGrouping(CodingDenialGrouping grouping);
    CodingDenialGrouping grouping() const { return m_grouping; }

    /// The groups shown, in order.
    const QList<CodingDenialGroup> &groups() const { return m_groups; }
    /// The denial of @p row, or nullptr for a group header or a row out of range.
    const CodingDenialItem *denialAt(int row) const;
    bool isGroupRow(int row) const;
    /// The row of denial @p denialId, or -1 when it is not shown.
    int rowOf(qint64 denialId) const;
    int denialCount() const { return int(m_items.size()); }
    qint64 deniedCents() const;

    /// "Overridden by Marcus Bell", "Flagged as an error", "Warned" or "Not flagged": what the
    /// scrubber said of the same rule before the claim went out.
    static QString scrubberText(const CodingDenialItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int group = -1; ///< index into m_groups for a header row
        int item = -1; ///< index into m_items for a denial row
    };
    void rebuild();

    QList<CodingDenialItem> m_items;
    CodingDenialGrouping m_grouping = CodingDenialGrouping::Rule;
    QList<CodingDenialGroup> m_groups;
    QList<Row> m_rows;
};

} // namespace cc

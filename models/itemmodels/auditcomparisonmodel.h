// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/codingauditservice.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The two codings of a recoded encounter side by side (CodingAuditService::comparison): per
 * row the kind, the coder's line and its description, the auditor's line and its
 * description, and the result in words ("✓ Agreed", "✗ Only the coder"). Disagreeing rows are
 * also shaded, but the words carry the meaning.
 */
class AuditComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Kind,
        CoderCode,
        CoderDescription,
        AuditorCode,
        AuditorDescription,
        Result,
        Count
    };
    /// Qt::UserRole + 1: whether the row agrees (bool), in every column.
    static constexpr int AgreedRole = Qt::UserRole + 1;

    explicit AuditComparisonModel(QObject *parent = nullptr);

    void setRows(QList<AuditComparisonRow> rows);
    const QList<AuditComparisonRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditComparisonRow> m_rows;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/codingauditrepository.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The sampled encounters of an audit (CodingAuditService::items), or the ones waiting for the
 * session's recode (pendingFor): DOS, patient, provider, coder, state, auditor, the lines
 * agreed of those audited and the accuracy once done. The state is a word, never a colour.
 */
class CodingAuditItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        DateOfService,
        Patient,
        Provider,
        Coder,
        State,
        Auditor,
        Agreed,
        Accuracy,
        Count
    };
    /// Qt::UserRole + 1: the item id (qint64), in every column.
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit CodingAuditItemModel(QObject *parent = nullptr);

    void setRows(QList<CodingAuditItemRecord> rows);
    const QList<CodingAuditItemRecord> &rows() const { return m_rows; }
    const CodingAuditItemRecord *rowAt(int row) const;
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CodingAuditItemRecord> m_rows;
};

} // namespace cc

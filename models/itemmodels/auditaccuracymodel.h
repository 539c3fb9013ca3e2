// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/codingauditrepository.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * Coding audit accuracy per coder and month (CodingAuditService::accuracy): the coder, the
 * month the items were recoded in, the items, the lines agreed and audited, and the accuracy
 * ("No data" when no line was audited). AccuracyRole gives the ratio as a double.
 */
class AuditAccuracyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Coder, Month, Items, Agreed, Audited, Accuracy, Count };
    /// Qt::UserRole + 1: the accuracy (double, 0–1), or an invalid QVariant without data.
    static constexpr int AccuracyRole = Qt::UserRole + 1;

    explicit AuditAccuracyModel(QObject *parent = nullptr);

    void setRows(QList<CodingAccuracyRecord> rows);
    const QList<CodingAccuracyRecord> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CodingAccuracyRecord> m_rows;
};

} // namespace cc

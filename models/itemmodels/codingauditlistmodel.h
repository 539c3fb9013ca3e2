// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/codingauditrepository.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The coding audits drawn (CodingAuditService::audits), newest first: when and by whom, the
 * period of dates of service, encounters per coder, the seed that repeats the draw, how many
 * items are done, and the accuracy over those.
 */
class CodingAuditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Audit, Drawn, Period, PerCoder, Seed, Done, Accuracy, Count };
    /// Qt::UserRole + 1: the audit id (qint64), in every column.
    static constexpr int AuditIdRole = Qt::UserRole + 1;

    explicit CodingAuditListModel(QObject *parent = nullptr);

    void setRows(QList<CodingAuditRecord> rows);
    const QList<CodingAuditRecord> &rows() const { return m_rows; }
    const CodingAuditRecord *rowAt(int row) const;
    int rowOf(qint64 auditId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CodingAuditRecord> m_rows;
};

} // namespace cc

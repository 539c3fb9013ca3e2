// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/handoff.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace cc {

/// The biller's incoming handoff list: one row per handed-off encounter.
class HandoffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Age, Patient, Findings, DateOfService, Payer, Coder, Charge, Note, Count };

    explicit HandoffModel(QObject *parent = nullptr);

    void setItems(QList<HandoffItem> items);
    const QList<HandoffItem> &items() const { return m_items; }
    const HandoffItem *itemAt(int row) const;
    int rowOf(qint64 encounterId) const;
    /// The clock the ages are measured against (tests fix it).
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "3 h", "2 d": how long work has waited, in the largest whole unit.
    static QString age(const QDateTime &since, const QDateTime &now);

private:
    QList<HandoffItem> m_items;
    QDateTime m_now;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/arservice.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The follow-up list of unpaid claims (ArService::followUp) as rows: claim number, patient,
 * payer, DOS, sent date, days outstanding (against the payer's expected days), the insurance
 * balance, the last note and the next-action date.
 */
class FollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        ControlNumber,
        Patient,
        Payer,
        DateOfService,
        Sent,
        Days,
        Balance,
        LastNote,
        NextAction,
        Count
    };
    /// Qt::UserRole + 1: the claim id of a row (qint64), in every column.
    static constexpr int ClaimIdRole = Qt::UserRole + 1;

    explicit FollowUpModel(QObject *parent = nullptr);

    void setRows(QList<FollowUpRow> rows);
    const QList<FollowUpRow> &rows() const { return m_rows; }
    const FollowUpRow *rowAt(int row) const;
    int rowOf(qint64 claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FollowUpRow> m_rows;
};

} // namespace cc

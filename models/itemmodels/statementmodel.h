// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/statementservice.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cc {

/**
 * Patients with a patient balance (StatementService::balances) as rows: the balance, its
 * aging, whether insurance is still pending on a visit and why, the last statement and which
 * statement the next one would be. Patients with something to bill carry a check box in the
 * first column: the patients of the next run; the checks survive setBalances() for the
 * patients still listed.
 */
class StatementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Patient,
        Mrn,
        Balance,
        Days0To30,
        Days31To60,
        Days61To90,
        Days91To120,
        Over120,
        Pending,
        LastStatement,
        Dunning,
        Count
    };
    /// Qt::UserRole + 1: the patient id of a row (qint64), in every column.
    static constexpr int PatientIdRole = Qt::UserRole + 1;
    /// Qt::UserRole + 2: the raw amount in cents of a money column (qint64).
    static constexpr int CentsRole = Qt::UserRole + 2;

    explicit StatementModel(QObject *parent = nullptr);

    void setBalances(QList<PatientBalance> balances);
    const QList<PatientBalance> &balances() const { return m_rows; }
    const PatientBalance *balanceAt(int row) const;
    int rowOf(qint64 patientId) const;

    /// The checked patients, in row order.
    QList<qint64> checkedIds() const;
    void setChecked(qint64 patientId, bool checked);
    /// Checks every patient with something to bill (or none).
    void setAllChecked(bool checked);
    bool isChecked(qint64 patientId) const { return m_checked.contains(patientId); }
    /// The number of patients a run would bill.
    int eligibleCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    QList<PatientBalance> m_rows;
    QSet<qint64> m_checked;
};

} // namespace cc

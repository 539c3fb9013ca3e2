// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/encounter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace cc {

/** The coder queue: one row per encounter loaded by EncounterService::queue(). */
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { DateOfService, Patient, Provider, Payer, State, Services, Diagnoses, Count };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        StateRole,      ///< EncounterState as int
        ProviderIdRole,
        PayerIdRole,
        SortRole,
    };

    explicit QueueModel(QObject *parent = nullptr);

    void setEncounters(QList<EncounterSummary> rows);
    void setOverdueDays(int days) { m_overdueDays = days; }
    const QList<EncounterSummary> &encounters() const { return m_rows; }
    const EncounterSummary *encounterAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isOverdue(const EncounterSummary &e) const;
    QList<EncounterSummary> m_rows;
    int m_overdueDays = 3;
};

/**
 * Filters the queue by provider, payer and state (0 / -1 = any) and by free text over patient,
 * MRN and provider. stateCounts() counts the rows that pass every filter but the state one, so
 * the state chips show what choosing a state would give.
 */
class QueueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterProxy(QObject *parent = nullptr);

    void setProviderId(qint64 id);
    void setPayerId(qint64 id);
    /// The coder's open work: new, coding, coded (not yet handed off) and returned encounters.
    static constexpr int kActive = -2;
    static QList<EncounterState> activeStates();
    /// -1 for every state, kActive for the open work.
    void setState(int state);
    void setText(const QString &text);
    int state() const { return m_state; }

    QHash<int, int> stateCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Returned work sorts first whatever the column and order: it tops the coder's queue.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool passesNonState(const EncounterSummary &e) const;
    qint64 m_providerId = 0;
    qint64 m_payerId = 0;
    int m_state = kActive;
    QString m_text;
};

} // namespace cc

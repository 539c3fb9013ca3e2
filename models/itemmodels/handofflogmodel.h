// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/handofflog.h"

#include <QAbstractTableModel>

namespace cc {

/**
 * The Handoff log list: one row per transition loaded by HandoffLogService::entries(). Rows
 * are replaced as a whole on each reload; sort through a QSortFilterProxyModel on SortRole.
 */
class HandoffLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        When,
        Encounter,
        Patient,
        DateOfService,
        User,
        Change,
        Reason,
        Findings,
        Note,
        Count
    };
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< the log row's id
        EncounterIdRole,
        ToStateRole, ///< the state key moved into
        SortRole,
    };

    explicit HandoffLogModel(QObject *parent = nullptr);

    void setEntries(QList<HandoffLogEntry> rows);
    const QList<HandoffLogEntry> &entries() const { return m_rows; }
    const HandoffLogEntry *entryAt(int row) const;
    /// Row of log row @p id, -1 when not listed.
    int rowOf(qint64 id) const;

    /// Re-reads every translated text (call on QEvent::LanguageChange).
    void languageChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HandoffLogEntry> m_rows;
};

} // namespace cc

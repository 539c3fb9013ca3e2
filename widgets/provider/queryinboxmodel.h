// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coding.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>

namespace cc {

/**
 * The provider's inbox: one row per documentation query loaded by QueryService::inbox().
 * It lives with the widgets rather than in models/itemmodels because it hands out icons
 * (QtGui), which cleanclaim_core does not link. Rows are replaced as a whole on each reload.
 */
class QueryInboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Patient, DateOfService, Coder, Sent, Status, Count };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole, ///< bool: unanswered for more than the overdue days
        AnsweredRole,
    };

    explicit QueryInboxModel(QObject *parent = nullptr);

    /// Replaces the rows; @p now and @p overdueDays decide which are overdue.
    void setQueries(QList<DocumentationQuery> rows, const QDateTime &now, int overdueDays);
    void setIcons(const QIcon &overdue, const QIcon &answered);
    const DocumentationQuery *queryAt(int row) const;
    /// Row of query @p id, -1 when not listed.
    int rowOf(qint64 id) const;
    int overdueDays() const { return m_overdueDays; }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isOverdue(const DocumentationQuery &q) const { return q.isOverdue(m_now, m_overdueDays); }

    QList<DocumentationQuery> m_rows;
    QDateTime m_now;
    int m_overdueDays = 3;
    QIcon m_overdueIcon;
    QIcon m_answeredIcon;
};

} // namespace cc

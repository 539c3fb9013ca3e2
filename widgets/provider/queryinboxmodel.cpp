// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryinboxmodel.h"

#include <QFont>
#include <QLocale>

namespace cc {

QueryInboxModel::QueryInboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueryInboxModel::setQueries(
    QList<DocumentationQuery> rows, const QDateTime &now, int overdueDays)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    m_overdueDays = overdueDays;
    endResetModel();
}

void QueryInboxModel::setIcons(const QIcon &overdue, const QIcon &answered)
{
    m_overdueIcon = overdue;
    m_answeredIcon = answered;
    if (!m_rows.isEmpty()) {
        const int c = int(Column::Status);
        emit dataChanged(index(0, c), index(int(m_rows.size()) - 1, c), {Qt::DecorationRole});
    }
}

const DocumentationQuery *QueryInboxModel::queryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int QueryInboxModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

int QueryInboxModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [this](const DocumentationQuery &q) { return isOverdue(q); }));
}

int QueryInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant QueryInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentationQuery &q = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool overdue = isOverdue(q);
    const QLocale locale;
    switch (role) {
    case IdRole:
        return q.id;
    case OverdueRole:
        return overdue;
    case AnsweredRole:
        return q.isAnswered();
    case Qt::DisplayRole:
        switch (column) {
        case Column::Patient:
            return q.patientName;
        case Column::DateOfService:
            return locale.toString(q.dateOfService, QLocale::ShortFormat);
        case Column::Coder:
            return q.coderName;
        case Column::Sent:
            return locale.toString(q.sentAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Status:
            if (q.isAnswered())
                return tr("Answered");
            return overdue ? tr("Overdue") : tr("Open");
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::Patient:
            return q.patientName.toLower();
        case Column::DateOfService:
            return q.dateOfService;
        case Column::Coder:
            return q.coderName.toLower();
        case Column::Sent:
            return q.sentAt;
        case Column::Status:
            // Overdue first, then open, then answered.
            return q.isAnswered() ? 2 : (overdue ? 0 : 1);
        case Column::Count:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Column::Status) {
            if (q.isAnswered())
                return m_answeredIcon;
            if (overdue)
                return m_overdueIcon;
        }
        break;
    case Qt::FontRole:
        if (overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (q.isAnswered()) {
            return tr("Answered by %1 on %2")
                .arg(q.answeredByName,
                    locale.toString(q.answeredAt->toLocalTime(), QLocale::ShortFormat));
        }
        if (overdue) {
            return tr("Unanswered for more than %n day(s): the coder is waiting to finish this "
                      "encounter.",
                nullptr, m_overdueDays);
        }
        return tr("Sent by %1 on %2")
            .arg(q.coderName, locale.toString(q.sentAt.toLocalTime(), QLocale::ShortFormat));
    default:
        break;
    }
    return {};
}

QVariant QueryInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Patient:
            return tr("Patient");
        case Column::DateOfService:
            return tr("Date of service");
        case Column::Coder:
            return tr("Coder");
        case Column::Sent:
            return tr("Sent");
        case Column::Status:
            return tr("Status");
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Patient:
            return tr("The patient of the encounter the query is about");
        case Column::DateOfService:
            return tr("When the patient was seen");
        case Column::Coder:
            return tr("The coder who asked");
        case Column::Sent:
            return tr("When the query was sent");
        case Column::Status:
            return tr("Open, Overdue (unanswered for more than %n day(s)) or Answered", nullptr,
                m_overdueDays);
        case Column::Count:
            break;
        }
    }
    return {};
}

} // namespace cc

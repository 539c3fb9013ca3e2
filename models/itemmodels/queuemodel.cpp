// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuemodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace cc {

QueueModel::QueueModel(QObject *parent) : QAbstractTableModel(parent) { }

void QueueModel::setEncounters(QList<EncounterSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const EncounterSummary *QueueModel::encounterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EncounterSummary &e = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::DateOfService: return QLocale().toString(e.dateOfService, QLocale::ShortFormat);
        case Column::Patient: return QStringLiteral("%1 (%2)").arg(e.patientName, e.mrn);
        case Column::Provider: return e.providerName;
        case Column::Payer: return e.payerName.isEmpty() ? tr("No coverage") : e.payerName;
        case Column::State:
            if (e.newAnswers > 0)
                return tr("%1 · answer received").arg(encounterstate::displayName(e.state));
            if (isOverdue(e))
                return tr("%1 · overdue").arg(encounterstate::displayName(e.state));
            // The biller's reason is what the coder needs first: it shows in the row.
            if (e.state == EncounterState::Returned && !e.returnReason.isEmpty())
                return tr("%1 · %2").arg(encounterstate::displayName(e.state), e.returnReason);
            return encounterstate::displayName(e.state);
        case Column::Services: return e.serviceCount;
        case Column::Diagnoses: return e.diagnosisCount;
        case Column::Count: break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Column::State && e.state == EncounterState::Returned)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::FontRole:
        if (e.newAnswers > 0 || e.state == EncounterState::Returned) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::State && e.newAnswers > 0)
            return tr("The provider answered your query: open the encounter to read it.");
        if (column == Column::State && isOverdue(e))
            return tr("The query has waited more than %n day(s) for the provider's answer.",
                      nullptr, m_overdueDays);
        if (column == Column::State && !e.returnReason.isEmpty())
            return tr("Returned: %1").arg(e.returnReason);
        if (column == Column::Patient)
            return tr("Medical record number %1").arg(e.mrn);
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Services || column == Column::Diagnoses)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case Column::DateOfService: return e.dateOfService.toJulianDay() * 10000000 + e.id;
        case Column::Patient: return e.patientName;
        case Column::Provider: return e.providerName;
        case Column::Payer: return e.payerName;
        case Column::State: return int(e.state);
        case Column::Services: return e.serviceCount;
        case Column::Diagnoses: return e.diagnosisCount;
        case Column::Count: break;
        }
        break;
    case IdRole: return e.id;
    case StateRole: return int(e.state);
    case ProviderIdRole: return e.providerId;
    case PayerIdRole: return e.payerId;
    default: break;
    }
    return {};
}

bool QueueModel::isOverdue(const EncounterSummary &e) const
{
    return e.openQuerySentAt.isValid()
            && e.openQuerySentAt.secsTo(QDateTime::currentDateTimeUtc())
            > qint64(m_overdueDays) * 86400;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Column::DateOfService: return tr("Date");
        case Column::Patient: return tr("Patient");
        case Column::Provider: return tr("Provider");
        case Column::Payer: return tr("Payer");
        case Column::State: return tr("State");
        case Column::Services: return tr("Services");
        case Column::Diagnoses: return tr("Diagnoses");
        case Column::Count: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Column::DateOfService: return tr("Date of service");
        case Column::Patient: return tr("Patient name and medical record number");
        case Column::Provider: return tr("Rendering provider");
        case Column::Payer: return tr("Primary payer on the date of service");
        case Column::State: return tr("Where the encounter is in the coding workflow");
        case Column::Services: return tr("Service lines on the provider's superbill");
        case Column::Diagnoses: return tr("Diagnoses coded so far");
        case Column::Count: break;
        }
    }
    return {};
}

QueueFilterProxy::QueueFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
    setDynamicSortFilter(true);
}

void QueueFilterProxy::setProviderId(qint64 id)
{
    if (m_providerId == id)
        return;
    m_providerId = id;
    invalidateFilter();
}

void QueueFilterProxy::setPayerId(qint64 id)
{
    if (m_payerId == id)
        return;
    m_payerId = id;
    invalidateFilter();
}

void QueueFilterProxy::setState(int state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

void QueueFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

bool QueueFilterProxy::passesNonState(const EncounterSummary &e) const
{
    if (m_providerId && e.providerId != m_providerId)
        return false;
    if (m_payerId && e.payerId != m_payerId)
        return false;
    if (!m_text.isEmpty() && !e.patientName.contains(m_text, Qt::CaseInsensitive)
        && !e.mrn.contains(m_text, Qt::CaseInsensitive)
        && !e.providerName.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool QueueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto *model = qobject_cast<const QueueModel *>(sourceModel());
    const EncounterSummary *e = model ? model->encounterAt(sourceRow) : nullptr;
    if (!e)
        return false;
    if (m_state == kActive && !activeStates().contains(e->state))
        return false;
    if (m_state >= 0 && int(e->state) != m_state)
        return false;
    return passesNonState(*e);
}

bool QueueFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const QueueModel *>(sourceModel());
    const EncounterSummary *l = model ? model->encounterAt(left.row()) : nullptr;
    const EncounterSummary *r = model ? model->encounterAt(right.row()) : nullptr;
    if (l && r) {
        const bool lReturned = l->state == EncounterState::Returned;
        const bool rReturned = r->state == EncounterState::Returned;
        if (lReturned != rReturned)
            return sortOrder() == Qt::AscendingOrder ? lReturned : rReturned;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QList<EncounterState> QueueFilterProxy::activeStates()
{
    // Coded work still here has findings the coder chose to look at before handing it off.
    return {EncounterState::New, EncounterState::Coding, EncounterState::Coded,
            EncounterState::Returned};
}

QHash<int, int> QueueFilterProxy::stateCounts() const
{
    QHash<int, int> counts;
    const auto *model = qobject_cast<const QueueModel *>(sourceModel());
    if (!model)
        return counts;
    for (const EncounterSummary &e : model->encounters()) {
        if (passesNonState(e))
            ++counts[int(e.state)];
    }
    return counts;
}

} // namespace cc

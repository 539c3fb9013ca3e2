// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementmodel.h"
#include "domain/money.h"
#include "print/statementpdf.h"

#include <QFont>
#include <QLocale>

#include <optional>

namespace cc {

StatementModel::StatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatementModel::setBalances(QList<PatientBalance> balances)
{
    const QSet<qint64> before = m_checked;
    beginResetModel();
    m_rows = std::move(balances);
    QSet<qint64> kept;
    for (const PatientBalance &p : std::as_const(m_rows)) {
        if (m_checked.contains(p.patientId) && p.isEligible())
            kept.insert(p.patientId);
    }
    m_checked = kept;
    endResetModel();
    if (m_checked != before)
        emit checkedChanged();
}

const PatientBalance *StatementModel::balanceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StatementModel::rowOf(qint64 patientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).patientId == patientId)
            return i;
    }
    return -1;
}

QList<qint64> StatementModel::checkedIds() const
{
    QList<qint64> ids;
    for (const PatientBalance &p : m_rows) {
        if (m_checked.contains(p.patientId))
            ids.append(p.patientId);
    }
    return ids;
}

void StatementModel::setChecked(qint64 patientId, bool checked)
{
    const int row = rowOf(patientId);
    if (row < 0 || (checked && !m_rows.at(row).isEligible()))
        return;
    if (checked == m_checked.contains(patientId))
        return;
    if (checked)
        m_checked.insert(patientId);
    else
        m_checked.remove(patientId);
    const QModelIndex i = index(row, 0);
    emit dataChanged(i, i, {Qt::CheckStateRole});
    emit checkedChanged();
}

void StatementModel::setAllChecked(bool checked)
{
    QSet<qint64> next;
    if (checked) {
        for (const PatientBalance &p : std::as_const(m_rows)) {
            if (p.isEligible())
                next.insert(p.patientId);
        }
    }
    if (next == m_checked)
        return;
    m_checked = next;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emit checkedChanged();
}

int StatementModel::eligibleCount() const
{
    int n = 0;
    for (const PatientBalance &p : m_rows)
        n += p.isEligible() ? 1 : 0;
    return n;
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    const PatientBalance *p = balanceAt(index.row());
    if (!p)
        return {};
    const auto column = Column(index.column());
    if (role == PatientIdRole)
        return p->patientId;
    auto cents = [&]() -> std::optional<qint64> {
        switch (column) {
        case Column::Balance:
            return p->balanceCents;
        case Column::Days0To30:
            return p->aging.cents[0];
        case Column::Days31To60:
            return p->aging.cents[1];
        case Column::Days61To90:
            return p->aging.cents[2];
        case Column::Days91To120:
            return p->aging.cents[3];
        case Column::Over120:
            return p->aging.cents[4];
        default:
            return std::nullopt;
        }
    }();
    switch (role) {
    case Qt::DisplayRole:
        if (cents)
            return Money::fromCents(*cents).toDisplayString();
        switch (column) {
        case Column::Patient:
            return p->name;
        case Column::Mrn:
            return p->mrn;
        case Column::Pending:
            if (!p->insurancePending)
                return tr("No");
            return p->pendingCents > 0
                ? tr("Yes: %1 waits").arg(Money::fromCents(p->pendingCents).toDisplayString())
                : tr("Yes");
        case Column::LastStatement:
            return p->lastStatementDate.isValid()
                ? QLocale().toString(p->lastStatementDate, QLocale::ShortFormat)
                : tr("Never");
        case Column::Dunning:
            //: which statement the next one is for this balance: "3rd statement"
            return p->isEligible() ? tr("%1 statement").arg(statementpdf::ordinal(p->dunningLevel))
                                   : tr("None due");
        default:
            return {};
        }
    case CentsRole:
        return cents ? QVariant(*cents) : QVariant();
    case Qt::TextAlignmentRole:
        if (cents)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::CheckStateRole:
        if (column == Column::Patient && p->isEligible())
            return m_checked.contains(p->patientId) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Pending && p->insurancePending)
            return tr("Visits still with insurance are left off the statement:\n%1")
                .arg(p->pendingReason);
        if (column == Column::Patient && !p->isEligible())
            return tr("Nothing to bill yet: every visit with a balance is still with insurance.");
        return {};
    case Qt::FontRole:
        if (column == Column::Dunning && p->dunningLevel >= 3 && p->isEligible()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

bool StatementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PatientBalance *p = balanceAt(index.row());
    if (!p || role != Qt::CheckStateRole || Column(index.column()) != Column::Patient)
        return false;
    if (!p->isEligible())
        return false;
    setChecked(p->patientId, Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags StatementModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const PatientBalance *p = balanceAt(index.row());
    if (p && Column(index.column()) == Column::Patient && p->isEligible())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Patient:
            return tr("Patient");
        case Column::Mrn:
            return tr("MRN");
        case Column::Balance:
            return tr("Balance");
        case Column::Days0To30:
            return ArService::bucketTitle(0);
        case Column::Days31To60:
            return ArService::bucketTitle(1);
        case Column::Days61To90:
            return ArService::bucketTitle(2);
        case Column::Days91To120:
            return ArService::bucketTitle(3);
        case Column::Over120:
            return ArService::bucketTitle(4);
        case Column::Pending:
            return tr("Insurance pending");
        case Column::LastStatement:
            return tr("Last statement");
        case Column::Dunning:
            return tr("Next");
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Patient:
            return tr("Tick the patients to send a statement to (Space)");
        case Column::Balance:
            return tr("What the patient owes on visits insurance has answered");
        case Column::Days0To30:
        case Column::Days31To60:
        case Column::Days61To90:
        case Column::Days91To120:
        case Column::Over120:
            return tr("The balance by days since the date of service");
        case Column::Pending:
            return tr("Visits still with insurance: left off the statement until it answers");
        case Column::Dunning:
            return tr("Which statement the next one would be since the balance was last zero "
                      "or last paid");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Column::Balance:
        case Column::Days0To30:
        case Column::Days31To60:
        case Column::Days61To90:
        case Column::Days91To120:
        case Column::Over120:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

} // namespace cc

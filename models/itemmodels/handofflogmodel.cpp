// SPDX-License-Identifier: GPL-3.0-or-later
#include "handofflogmodel.h"
#include "services/handofflogservice.h"

#include <QFont>
#include <QLocale>

namespace cc {

namespace {
QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return nl < 0 ? text : text.left(nl) + QStringLiteral(" …");
}

QString ruleList(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &f : findings) {
        if (!rules.contains(f.rule))
            rules << f.rule;
    }
    return rules.join(QStringLiteral(", "));
}
} // namespace

HandoffLogModel::HandoffLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HandoffLogModel::setEntries(QList<HandoffLogEntry> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const HandoffLogEntry *HandoffLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HandoffLogModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

void HandoffLogModel::languageChanged()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

int HandoffLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HandoffLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant HandoffLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HandoffLogEntry &e = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Column::Encounter:
            return e.encounterId;
        case Column::Patient:
            return e.mrn.isEmpty() ? e.patientName
                                   : QStringLiteral("%1 (%2)").arg(e.patientName, e.mrn);
        case Column::DateOfService:
            return QLocale().toString(e.dateOfService, QLocale::ShortFormat);
        case Column::User:
            return e.userName.isEmpty() ? tr("(no user)") : e.userName;
        case Column::Change:
            //: An encounter's move between two states, e.g. "Handed off → Returned"
            return tr("%1 → %2").arg(
                HandoffLogService::stateName(e.fromState), HandoffLogService::stateName(e.toState));
        case Column::Reason:
            return HandoffLogService::reasonName(e.reasonCode);
        case Column::Findings:
            return ruleList(e.findings);
        case Column::Note:
            return firstLine(e.note);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        case Column::Findings: {
            QStringList lines;
            for (const Finding &f : e.findings) {
                lines << (f.isError() ? tr("Error · %1: %2") : tr("Warning · %1: %2"))
                             .arg(f.rule, f.message);
            }
            return lines.isEmpty() ? tr("No findings at that moment")
                                   : lines.join(QLatin1Char('\n'));
        }
        case Column::Note:
            return e.note;
        case Column::Reason:
            return e.reasonCode.isEmpty()
                ? QVariant()
                : QVariant(QStringLiteral("%1 (%2)").arg(
                    HandoffLogService::reasonName(e.reasonCode), e.reasonCode));
        case Column::Patient:
        case Column::User:
        case Column::Change:
            return data(index, Qt::DisplayRole);
        default:
            break;
        }
        break;
    case Qt::FontRole:
        if (column == Column::Change && e.toState == QLatin1String("returned")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Encounter)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case Column::When:
            return e.at.toMSecsSinceEpoch();
        case Column::Encounter:
            return e.encounterId;
        case Column::Patient:
            return e.patientName;
        case Column::DateOfService:
            return e.dateOfService.toJulianDay();
        case Column::User:
            return e.userName;
        case Column::Change:
            return HandoffLogService::stateName(e.toState);
        case Column::Reason:
            return HandoffLogService::reasonName(e.reasonCode);
        case Column::Findings:
            return int(e.findings.size());
        case Column::Note:
            return e.note;
        case Column::Count:
            break;
        }
        break;
    case IdRole:
        return e.id;
    case EncounterIdRole:
        return e.encounterId;
    case ToStateRole:
        return e.toState;
    default:
        break;
    }
    return {};
}

QVariant HandoffLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Column::When:
            return tr("When");
        case Column::Encounter:
            return tr("Encounter");
        case Column::Patient:
            return tr("Patient");
        case Column::DateOfService:
            return tr("Service date");
        case Column::User:
            return tr("User");
        case Column::Change:
            return tr("From → to");
        case Column::Reason:
            return tr("Reason");
        case Column::Findings:
            return tr("Findings");
        case Column::Note:
            return tr("Note");
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Column::When:
            return tr("When the encounter changed state (your local time)");
        case Column::Encounter:
            return tr("Encounter number");
        case Column::Patient:
            return tr("Patient name and medical record number");
        case Column::DateOfService:
            return tr("Date of service");
        case Column::User:
            return tr("Who made the change");
        case Column::Change:
            return tr("The state the encounter left and the one it entered");
        case Column::Reason:
            return tr("The biller's reason for a return");
        case Column::Findings:
            return tr("Rules the edits raised at that moment");
        case Column::Note:
            return tr("The note written with the change");
        case Column::Count:
            break;
        }
    }
    return {};
}

} // namespace cc

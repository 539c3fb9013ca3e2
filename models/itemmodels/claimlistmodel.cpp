// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimlistmodel.h"
#include "domain/codeentry.h"
#include "domain/money.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace cc {

namespace claimtext {

QString date(const QDate &date)
{
    if (!date.isValid())
        return QString();
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

QString sex(const QString &sex)
{
    if (sex == QLatin1String("M"))
        return ClaimListModel::tr("male");
    if (sex == QLatin1String("F"))
        return ClaimListModel::tr("female");
    return ClaimListModel::tr("sex unknown");
}

QString relationship(const QString &key)
{
    if (key == QLatin1String("self"))
        return ClaimListModel::tr("Self: the patient is the insured");
    if (key == QLatin1String("spouse"))
        return ClaimListModel::tr("Spouse of the insured");
    if (key == QLatin1String("child"))
        return ClaimListModel::tr("Child of the insured");
    return ClaimListModel::tr("Other relationship to the insured");
}

QString address(const Address &a)
{
    if (a.line1.isEmpty() && a.city.isEmpty())
        return ClaimListModel::tr("No address on file");
    QString zip = a.zip;
    if (zip.size() == 9)
        zip.insert(5, QLatin1Char('-'));
    const QString street = a.line2.isEmpty() ? a.line1
                                             : QStringLiteral("%1, %2").arg(a.line1, a.line2);
    //: street, city, state and ZIP code
    return ClaimListModel::tr("%1, %2, %3 %4").arg(street, a.city, a.state, zip);
}

QString person(const QString &last, const QString &first)
{
    return first.isEmpty() ? last : QStringLiteral("%1, %2").arg(last, first);
}

QString frequency(const QString &frequency)
{
    if (frequency == QLatin1String("7"))
        return ClaimListModel::tr("7 — replacement of a prior claim");
    if (frequency == QLatin1String("8"))
        return ClaimListModel::tr("8 — void of a prior claim");
    return ClaimListModel::tr("1 — original claim");
}

QString eventStatus(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return ClaimListModel::tr("Sent");
    if (status == QLatin1String("accepted"))
        return ClaimListModel::tr("Accepted");
    if (status == QLatin1String("rejected"))
        return ClaimListModel::tr("Rejected");
    if (status == QLatin1String("acknowledged"))
        return ClaimListModel::tr("Acknowledged");
    return status;
}

QString finding(const StoredFinding &sf)
{
    const Finding &f = sf.finding;
    // Most messages name their line already ("Line 1 (82947) carries…").
    const QString line = ClaimListModel::tr("Line %1").arg(f.line);
    const QString where = f.line > 0 && !f.message.startsWith(line)
            ? ClaimListModel::tr("%1: ").arg(line)
            : QString();
    //: Prefixes of a finding, so that severity is not told by colour alone.
    QString text = (f.isError() ? ClaimListModel::tr("Error: %1")
                                : ClaimListModel::tr("Warning: %1"))
                           .arg(where + f.message)
            + QLatin1Char('\n') + ClaimListModel::tr("Fix: %1").arg(f.fix) + QLatin1Char('\n')
            + ClaimListModel::tr("Source: %1").arg(f.source);
    if (sf.isOverridden())
        text += QLatin1Char('\n')
                + ClaimListModel::tr("Overridden by %1: %2").arg(sf.overriddenBy,
                                                                 sf.overrideReason);
    return text;
}

QString coverage(const CoverageOption &c)
{
    static const char *const kPriorities[] = {QT_TRANSLATE_NOOP("cc::ClaimListModel", "primary"),
                                              QT_TRANSLATE_NOOP("cc::ClaimListModel", "secondary"),
                                              QT_TRANSLATE_NOOP("cc::ClaimListModel", "tertiary")};
    const QString priority = c.priority >= 1 && c.priority <= 3
            ? ClaimListModel::tr(kPriorities[c.priority - 1])
            : ClaimListModel::tr("priority %1").arg(c.priority);
    //: a coverage of the patient: priority, payer, member id
    const QString text = ClaimListModel::tr("%1 — %2, member %3")
                                 .arg(priority, c.payerName, c.memberId);
    return c.activeOnDateOfService
            ? text
            : ClaimListModel::tr("%1 (not active on the date of service)").arg(text);
}

QList<std::pair<QString, QString>> placesOfService()
{
    // CMS place of service code set: the places a physician practice bills from.
    static const char *const kPlaces[][2] = {
        {"02", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Telehealth outside the patient's home")},
        {"10", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Telehealth in the patient's home")},
        {"11", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Office")},
        {"12", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Home")},
        {"19", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Off-campus outpatient hospital")},
        {"20", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Urgent care facility")},
        {"21", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Inpatient hospital")},
        {"22", QT_TRANSLATE_NOOP("cc::ClaimListModel", "On-campus outpatient hospital")},
        {"23", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Emergency room")},
        {"31", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Skilled nursing facility")},
        {"32", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Nursing facility")},
        {"81", QT_TRANSLATE_NOOP("cc::ClaimListModel", "Independent laboratory")},
    };
    QList<std::pair<QString, QString>> out;
    for (const auto &p : kPlaces)
        out.append({QLatin1String(p[0]), ClaimListModel::tr(p[1])});
    return out;
}

} // namespace claimtext

ClaimListModel::ClaimListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ClaimListModel::setClaims(QList<ClaimSummary> claims)
{
    beginResetModel();
    m_claims = std::move(claims);
    endResetModel();
}

const ClaimSummary *ClaimListModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims.at(row) : nullptr;
}

int ClaimListModel::rowOf(qint64 claimId) const
{
    for (int i = 0; i < m_claims.size(); ++i) {
        if (m_claims.at(i).id == claimId)
            return i;
    }
    return -1;
}

int ClaimListModel::countIn(ClaimState state) const
{
    return int(std::count_if(m_claims.cbegin(), m_claims.cend(),
                             [state](const ClaimSummary &c) { return c.state == state; }));
}

int ClaimListModel::countIn(const QList<ClaimState> &states) const
{
    if (states.isEmpty())
        return int(m_claims.size());
    return int(std::count_if(m_claims.cbegin(), m_claims.cend(),
                             [&states](const ClaimSummary &c) {
                                 return states.contains(c.state);
                             }));
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ClaimListModel::findingsText(int errors, int warnings)
{
    if (errors == 0 && warnings == 0)
        return tr("Clean");
    if (errors == 0)
        return tr("%n warning(s)", nullptr, warnings);
    if (warnings == 0)
        return tr("%n error(s)", nullptr, errors);
    //: errors and warnings of the scrubber, e.g. "1 error, 2 warnings"
    return tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                            tr("%n warning(s)", nullptr, warnings));
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    const ClaimSummary *c = claimAt(index.row());
    if (!c)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::ControlNumber:
            //: a replacement (7) or void (8) claim after its control number
            return c->frequency == QLatin1String("7")   ? tr("%1 (replacement)")
                                                                 .arg(c->patientControlNumber)
                    : c->frequency == QLatin1String("8") ? tr("%1 (void)")
                                                                 .arg(c->patientControlNumber)
                                                         : c->patientControlNumber;
        case Column::Patient: return c->patientName;
        case Column::Payer: return c->payerName.isEmpty() ? tr("Self-pay") : c->payerName;
        case Column::DateOfService:
            return QLocale().toString(c->dateOfService, QLocale::ShortFormat);
        case Column::State: return claimstate::displayName(c->state);
        case Column::Charge: return Money::fromCents(c->totalChargeCents).toDisplayString();
        case Column::Findings: return findingsText(c->errorCount, c->warningCount);
        case Column::Submissions: return c->submissionCount;
        case Column::Status: return c->statusMessage;
        case Column::Count: break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Status && !c->statusMessage.isEmpty())
            return c->statusMessage;
        if (column == Column::ControlNumber && c->frequency == QLatin1String("7"))
            return tr("Replacement claim (frequency 7) of a claim the payer accepted");
        if (column == Column::ControlNumber && c->frequency == QLatin1String("8"))
            return tr("Void (frequency 8) of a claim the payer accepted");
        if (column == Column::Patient || column == Column::Payer)
            return data(index, Qt::DisplayRole); // the column may be too narrow
        if (column == Column::Findings && (c->errorCount > 0 || c->warningCount > 0))
            return tr("Open the claim to see each finding with its fix and source");
        break;
    case Qt::ForegroundRole:
        if ((column == Column::Findings && c->errorCount > 0)
            || (column == Column::State && c->state == ClaimState::Rejected))
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Charge || column == Column::Submissions)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return c->id;
    case StateRole: return int(c->state);
    case SortRole:
        switch (column) {
        case Column::DateOfService: return c->dateOfService;
        case Column::State: return int(c->state);
        case Column::Charge: return c->totalChargeCents;
        case Column::Findings: return c->errorCount * 1000 + c->warningCount;
        case Column::Submissions: return c->submissionCount;
        default: return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return QStringList{c->patientControlNumber, c->patientName, c->payerName}
                .join(QLatin1Char(' '))
                .toLower();
    default: break;
    }
    return {};
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::ControlNumber: return tr("Claim");
        case Column::Patient: return tr("Patient");
        case Column::Payer: return tr("Payer");
        case Column::DateOfService: return tr("DOS");
        case Column::State: return tr("State");
        case Column::Charge: return tr("Charge");
        case Column::Findings: return tr("Findings");
        case Column::Submissions: return tr("Sent");
        case Column::Status: return tr("Status");
        case Column::Count: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::ControlNumber:
            return tr("Patient control number (box 26, CLM01): the payer sends it back");
        case Column::Patient: return tr("Patient, last name first");
        case Column::Payer: return tr("The payer the claim goes to");
        case Column::DateOfService: return tr("First date of service of the claim");
        case Column::State: return tr("Draft, ready to send, submitted, accepted, rejected…");
        case Column::Charge: return tr("Total charge of the claim's lines");
        case Column::Findings: return tr("Open findings of the last scrub");
        case Column::Submissions: return tr("How many times the claim was sent");
        case Column::Status: return tr("What the last acknowledgement said");
        case Column::Count: break;
        }
    } else if (role == Qt::TextAlignmentRole
               && (column == Column::Charge || column == Column::Submissions)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

namespace {
constexpr int kMaxModifiers = 4;
constexpr int kMaxPointers = 4;
} // namespace

ClaimLineModel::ClaimLineModel(QObject *parent) : QAbstractTableModel(parent) { }

void ClaimLineModel::setLines(const QList<ClaimLine> &lines, const QStringList &chargeSources)
{
    beginResetModel();
    m_lines = lines;
    m_sources = chargeSources;
    while (m_sources.size() < m_lines.size())
        m_sources.append(QString());
    endResetModel();
}

void ClaimLineModel::setChargeSources(const QStringList &chargeSources)
{
    for (int i = 0; i < m_sources.size(); ++i)
        m_sources[i] = chargeSources.value(i);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, int(Column::Source)),
                         index(int(m_lines.size()) - 1, int(Column::Source)));
}

void ClaimLineModel::setPlaceOfService(const QString &placeOfService)
{
    m_placeOfService = placeOfService;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, int(Column::PlaceOfService)),
                         index(int(m_lines.size()) - 1, int(Column::PlaceOfService)));
}

void ClaimLineModel::setEditable(bool editable)
{
    beginResetModel(); // the flags change everywhere
    m_editable = editable;
    endResetModel();
}

void ClaimLineModel::appendLine(const ClaimLine &line)
{
    const auto row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    m_sources.append(QString());
    endInsertRows();
    emit linesEdited();
}

void ClaimLineModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    m_sources.removeAt(row);
    endRemoveRows();
    emit linesEdited();
}

void ClaimLineModel::remapPointers(const QStringList &before, const QStringList &after)
{
    for (ClaimLine &l : m_lines) {
        QList<int> pointers;
        for (int p : std::as_const(l.pointers)) {
            if (p < 1 || p > before.size()) {
                pointers.append(p); // already wrong: the scrubber says so
                continue;
            }
            if (const auto now = after.indexOf(before.at(p - 1)); now >= 0)
                pointers.append(int(now) + 1);
        }
        l.pointers = pointers;
    }
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, int(Column::Pointers)),
                         index(int(m_lines.size()) - 1, int(Column::Pointers)));
}

qint64 ClaimLineModel::totalChargeCents() const
{
    qint64 total = 0;
    for (const ClaimLine &l : m_lines)
        total += l.chargeCents;
    return total;
}

QString ClaimLineModel::pointerLetters(const QList<int> &pointers)
{
    QString out;
    for (int p : pointers)
        out += p >= 1 && p <= 12 ? QChar(char16_t(u'A' + p - 1)) : QChar(u'?');
    return out;
}

int ClaimLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ClaimLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ClaimLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ClaimLine &l = m_lines.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Column::Date: return claimtext::date(l.serviceDate);
        case Column::PlaceOfService: return m_placeOfService;
        case Column::Code: return l.code;
        case Column::Modifiers: return l.modifiers.join(QLatin1Char(' '));
        case Column::Units: return QString::number(l.units);
        case Column::Pointers: return pointerLetters(l.pointers);
        case Column::Charge: return Money::fromCents(l.chargeCents).toDecimalString();
        case Column::Source: return m_sources.value(index.row());
        case Column::Count: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Units || column == Column::Charge))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Column::Source && m_sourceColor.isValid())
        return m_sourceColor;
    if (role == Qt::ToolTipRole && column == Column::Source)
        return m_sources.value(index.row());
    return {};
}

Qt::ItemFlags ClaimLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const auto column = Column(index.column());
    if (m_editable && column >= Column::Code && column <= Column::Charge)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ClaimLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString refused = apply(index.row(), Column(index.column()),
                                  value.toString().trimmed());
    if (!refused.isEmpty()) {
        emit inputRefused(refused);
        return false;
    }
    // A code or units can change the charge and its source too.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), int(Column::Count) - 1));
    emit linesEdited();
    return true;
}

QString ClaimLineModel::apply(int row, Column column, const QString &text)
{
    ClaimLine &l = m_lines[row];
    switch (column) {
    case Column::Code: {
        const QString code = normalizedCode(text);
        static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{5}$"));
        if (!form.match(code).hasMatch())
            return tr("“%1” is not a CPT or HCPCS code: five letters or digits, e.g. 99213.")
                    .arg(text);
        if (code == l.code)
            return {};
        l.code = code;
        // A new code takes its price from the fee schedule of the claim's payer.
        const auto fee = m_fees ? m_fees(code, l.serviceDate) : std::nullopt;
        if (fee)
            l.chargeCents = fee->first * l.units;
        m_sources[row] = fee ? fee->second
                             : tr("No fee on file for %1: type the charge").arg(code);
        return {};
    }
    case Column::Modifiers: {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        const QStringList mods = text.toUpper().split(separators, Qt::SkipEmptyParts);
        if (mods.size() > kMaxModifiers)
            return tr("A line holds at most %1 modifiers.").arg(kMaxModifiers);
        l.modifiers = mods;
        return {};
    }
    case Column::Units: {
        bool ok = false;
        const int units = text.toInt(&ok);
        if (!ok || units < 1 || units > 9999)
            return tr("Units must be a whole number from 1 to 9999.");
        // The charge follows the units while it is the fee schedule's price.
        const auto fee = m_fees ? m_fees(l.code, l.serviceDate) : std::nullopt;
        if (fee && l.chargeCents == fee->first * l.units)
            l.chargeCents = fee->first * units;
        l.units = units;
        return {};
    }
    case Column::Pointers: {
        static const QRegularExpression form(QStringLiteral("^[A-La-l\\s,]*$"));
        QList<int> pointers;
        for (const QChar c : text.toUpper()) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('L'))
                pointers.append(c.unicode() - u'A' + 1);
        }
        if (!form.match(text).hasMatch() || pointers.size() > kMaxPointers)
            return tr("Pointers are up to %1 diagnosis letters A–L, e.g. AB.").arg(kMaxPointers);
        l.pointers = pointers;
        return {};
    }
    case Column::Charge: {
        const auto money = Money::parse(text);
        if (!money || money->isNegative())
            return tr("“%1” is not a charge: type dollars and cents, e.g. 125.00.").arg(text);
        if (money->cents() != l.chargeCents)
            m_sources[row] = tr("Typed by the biller");
        l.chargeCents = money->cents();
        return {};
    }
    default: break;
    }
    return {};
}

QVariant ClaimLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Date: return tr("Date (A)");
        case Column::PlaceOfService: return tr("POS (B)");
        case Column::Code: return tr("Code (D)");
        case Column::Modifiers: return tr("Modifiers");
        case Column::Units: return tr("Units (G)");
        case Column::Pointers: return tr("Pointer (E)");
        case Column::Charge: return tr("Charge (F)");
        case Column::Source: return tr("Charge from");
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Date: return tr("Date of service (24A)");
        case Column::PlaceOfService: return tr("The claim's place of service (24B)");
        case Column::Code: return tr("CPT or HCPCS code (24D)");
        case Column::Modifiers: return tr("Up to 4, separated by spaces: 25 59");
        case Column::Units: return tr("Days or units (24G)");
        case Column::Pointers: return tr("Diagnosis letters A–L, up to 4: AB (24E)");
        case Column::Charge:
            return tr("Dollars and cents; it follows the units at the fee schedule's price");
        case Column::Source: return tr("Where the charge came from");
        case Column::Count: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Units || column == Column::Charge))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

ClaimEventModel::ClaimEventModel(QObject *parent) : QAbstractTableModel(parent) { }

void ClaimEventModel::setEvents(QList<ClaimEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int ClaimEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ClaimEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ClaimEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const ClaimEvent &e = m_events.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::When: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Column::What: return claimtext::eventStatus(e.status);
        case Column::Code: {
            QStringList code{e.categoryCode, e.statusCode};
            code.removeAll(QString());
            return code.join(QLatin1Char(':'));
        }
        case Column::Message: return e.message;
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Message && !e.message.isEmpty())
        return e.message;
    if (role == Qt::ForegroundRole && column == Column::What
        && e.status == QLatin1String("rejected"))
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

QVariant ClaimEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::When: return tr("When");
        case Column::What: return tr("What");
        case Column::Code: return tr("Code");
        case Column::Message: return tr("Message");
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::When: return tr("When it was sent or the acknowledgement was read");
        case Column::What: return tr("Sent, accepted or rejected");
        case Column::Code: return tr("Claim status category and code of the 277CA");
        case Column::Message: return tr("What the clearinghouse or the payer said");
        case Column::Count: break;
        }
    }
    return {};
}

ClaimFilterProxy::ClaimFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ClaimListModel::SortRole);
}

QList<ClaimState> ClaimFilterProxy::statesOf(Preset preset)
{
    switch (preset) {
    case Preset::Ready: return {ClaimState::Scrubbed};
    case Preset::Drafts: return {ClaimState::Draft};
    case Preset::Rejected: return {ClaimState::Rejected};
    case Preset::Submitted: return {ClaimState::Submitted};
    case Preset::Accepted: return {ClaimState::Accepted};
    case Preset::All: break;
    }
    return {};
}

QString ClaimFilterProxy::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Ready: return tr("Ready to send");
    case Preset::Drafts: return tr("Drafts");
    case Preset::Rejected: return tr("Rejected");
    case Preset::Submitted: return tr("Submitted");
    case Preset::Accepted: return tr("Accepted");
    case Preset::All: break;
    }
    return tr("All claims");
}

QString ClaimFilterProxy::emptyText(Preset preset)
{
    switch (preset) {
    case Preset::Ready:
        return tr("No claim is ready to send. Scrub the drafts (F9), or fix the findings of the "
                  "drafts and save them.");
    case Preset::Drafts:
        return tr("No draft claims. A claim is made when you accept coded work in the Handoff "
                  "view.");
    case Preset::Rejected:
        return tr("No rejected claims: nothing came back refused from the clearinghouse or the "
                  "payers.");
    case Preset::Submitted: return tr("No claims are waiting for an acknowledgement.");
    case Preset::Accepted: return tr("No claims accepted by a payer yet.");
    case Preset::All: break;
    }
    return tr("No claims yet. Accept coded work in the Handoff view to make the first.");
}

void ClaimFilterProxy::setStates(const QList<ClaimState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
}

void ClaimFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ClaimFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty()
        && !m_states.contains(ClaimState(index.data(ClaimListModel::StateRole).toInt())))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ClaimListModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &w) { return haystack.contains(w); });
}

} // namespace cc

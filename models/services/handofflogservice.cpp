// SPDX-License-Identifier: GPL-3.0-or-later
#include "handofflogservice.h"
#include "auditservice.h"
#include "domain/encounter.h"
#include "domain/handoff.h"
#include "storage/database.h"
#include "storage/handofflogrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::HandoffLogService)
};

const auto kCoded = QStringLiteral("coded");
const auto kHandedOff = QStringLiteral("handed_off");
const auto kReturned = QStringLiteral("returned");
const auto kAccepted = QStringLiteral("accepted");

/// The first instant of a local calendar day, as stored timestamps are written.
QString utcBound(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

HandoffLogRepository::Range rangeOf(const HandoffLogFilter &f)
{
    HandoffLogRepository::Range r;
    if (f.from.isValid())
        r.fromUtc = utcBound(f.from);
    if (f.to.isValid())
        r.toUtc = utcBound(f.to.addDays(1));
    return r;
}

QDateTime parseUtc(const QString &at)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t.toUTC();
}

/// One CSV field: guarded against spreadsheet formulas, then quoted per RFC 4180 when needed.
QString csvField(const QString &text)
{
    QString s = text;
    if (!s.isEmpty()) {
        const QChar c = s.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            s.prepend(QLatin1Char('\''));
    }
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
        || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString describeFilter(const HandoffLogFilter &f)
{
    return QStringLiteral("from=%1 to=%2 user=%3 outcome=%4 rule=%5")
        .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("-"),
            f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("-"),
            f.userId > 0 ? QString::number(f.userId) : QStringLiteral("any"),
            f.toStates.isEmpty() ? QStringLiteral("any") : f.toStates.join(QLatin1Char('|')),
            f.rule.isEmpty() ? QStringLiteral("any") : f.rule);
}
} // namespace

HandoffLogService::HandoffLogService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{ }

Result<void> HandoffLogService::validate(const HandoffLogFilter &f) const
{
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return Error::invalid(Tr::tr("The range starts on %1, after its last day %2: swap the "
                                     "two dates or change one.")
                                  .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    for (const QString &state : f.toStates) {
        if (!encounterstate::fromKey(state))
            return Error::invalid(Tr::tr("\"%1\" is not an encounter state.").arg(state));
    }
    static const QRegularExpression ruleFormat(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!f.rule.isEmpty() && !ruleFormat.match(f.rule).hasMatch())
        return Error::invalid(Tr::tr("\"%1\" is not a rule id: rule ids are lower-case words "
                                     "joined by hyphens, such as ncci-ptp.")
                                  .arg(f.rule));
    return {};
}

Result<QList<HandoffLogEntry>> HandoffLogService::entries(
    const Session &who, const HandoffLogFilter &filter)
{
    if (auto r = who.require(Permission::ViewHandoffLog); !r)
        return r.error();
    if (auto r = validate(filter); !r)
        return r.error();
    HandoffLogRepository::Query q;
    q.range = rangeOf(filter);
    q.userId = filter.userId;
    q.toStates = filter.toStates;
    q.rule = filter.rule;
    return HandoffLogRepository(m_db).entries(q);
}

Result<HandoffSummary> HandoffLogService::summary(
    const Session &who, const HandoffLogFilter &filter)
{
    if (auto r = who.require(Permission::ViewHandoffLog); !r)
        return r.error();
    if (auto r = validate(filter); !r)
        return r.error();
    const HandoffLogRepository::Range range = rangeOf(filter);
    auto steps = HandoffLogRepository(m_db).summarySteps(range);
    if (!steps)
        return steps.error();

    struct Coder
    {
        qint64 id = 0;
        QString name;
    };
    QHash<qint64, HandoffSummary::CoderReturns> byCoder;
    QHash<QString, int> ruleCounts;
    QList<qint64> durations;
    HandoffSummary out;
    const qint64 user = filter.userId;
    auto entry = [&byCoder](const Coder &c) -> HandoffSummary::CoderReturns & {
        auto it = byCoder.find(c.id);
        if (it == byCoder.end()) {
            HandoffSummary::CoderReturns r;
            r.coderId = c.id;
            r.coderName = c.name.isEmpty() ? Tr::tr("Unknown coder") : c.name;
            it = byCoder.insert(c.id, r);
        }
        return it.value();
    };

    const QList<HandoffLogRepository::Step> &all = steps.value();
    qsizetype i = 0;
    while (i < all.size()) {
        // One encounter's steps, oldest first.
        const qint64 encounterId = all.at(i).encounterId;
        const Coder encounterCoder {all.at(i).encounterCoderId, all.at(i).encounterCoderName};
        std::optional<Coder> lastCoder;
        QString firstCodedAt;
        const HandoffLogRepository::Step *accepted = nullptr;
        Coder acceptedCoder;
        for (; i < all.size() && all.at(i).encounterId == encounterId; ++i) {
            const HandoffLogRepository::Step &s = all.at(i);
            const bool inRange = range.fromUtc.isEmpty() || s.at >= range.fromUtc;
            if (s.toState == kCoded || s.toState == kHandedOff) {
                lastCoder = s.userId > 0 ? Coder {s.userId, s.userName} : encounterCoder;
                if (s.toState == kCoded && firstCodedAt.isEmpty())
                    firstCodedAt = s.at;
                if (s.toState == kHandedOff && inRange)
                    ++entry(*lastCoder).handedOff;
            } else if (s.toState == kReturned && inRange) {
                const Coder coder = lastCoder.value_or(encounterCoder);
                if (user > 0 && coder.id != user && s.userId != user)
                    continue;
                ++entry(coder).returns;
                ++out.returns;
                for (const QString &rule : s.rules)
                    ++ruleCounts[rule];
            } else if (s.toState == kAccepted && inRange) {
                accepted = &s;
                acceptedCoder = lastCoder.value_or(encounterCoder);
            }
        }
        if (!accepted)
            continue;
        if (user > 0 && acceptedCoder.id != user && accepted->userId != user)
            continue;
        ++out.accepted;
        if (!firstCodedAt.isEmpty()) {
            const qint64 secs = parseUtc(firstCodedAt).secsTo(parseUtc(accepted->at));
            if (secs >= 0)
                durations.append(secs);
        }
    }

    for (const HandoffSummary::CoderReturns &c : std::as_const(byCoder)) {
        // With a user chosen, the coders listed are the ones whose work that user returned,
        // and the user themself.
        if (user > 0 && c.returns == 0 && c.coderId != user)
            continue;
        out.byCoder.append(c);
        out.handedOff += c.handedOff;
    }
    std::sort(out.byCoder.begin(), out.byCoder.end(),
        [](const HandoffSummary::CoderReturns &a, const HandoffSummary::CoderReturns &b) {
            if (a.returns != b.returns)
                return a.returns > b.returns;
            return QString::localeAwareCompare(a.coderName, b.coderName) < 0;
        });
    for (auto it = ruleCounts.cbegin(); it != ruleCounts.cend(); ++it)
        out.rules.append({it.key(), it.value()});
    std::sort(out.rules.begin(), out.rules.end(),
        [](const HandoffSummary::RuleCount &a, const HandoffSummary::RuleCount &b) {
            if (a.returns != b.returns)
                return a.returns > b.returns;
            return a.rule < b.rule;
        });

    out.measured = int(durations.size());
    if (!durations.isEmpty()) {
        std::sort(durations.begin(), durations.end());
        const qsizetype mid = durations.size() / 2;
        out.medianCodedToAcceptedSecs = durations.size() % 2 == 1
            ? durations.at(mid)
            : (durations.at(mid - 1) + durations.at(mid)) / 2;
    }
    return out;
}

Result<int> HandoffLogService::exportCsv(
    const Session &who, const HandoffLogFilter &filter, const QString &path)
{
    auto rows = entries(who, filter);
    if (!rows)
        return rows.error();
    if (path.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Choose a file to export the handoff log to."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::ReadOnly,
            Tr::tr("The handoff log could not be written to %1. Nothing was "
                   "exported; choose a folder you may write to.")
                .arg(path),
            file.errorString());
    }
    file.write(toCsv(rows.value()));

    // The audit row and the file stand or fall together: the row is committed only once the
    // file is in place, and the file is removed when the row cannot be kept.
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    const int count = int(rows->size());
    if (auto r = m_audit.record(who, QStringLiteral("handofflog.export"),
            QStringLiteral("handoff_log"), std::nullopt,
            QStringLiteral("rows=%1 %2 file=%3").arg(count).arg(describeFilter(filter), path));
        !r)
        return r.error();
    if (!file.commit()) {
        return Error::make(Error::Kind::ReadOnly,
            Tr::tr("The handoff log could not be saved as %1 (the disk may be "
                   "full). Nothing was exported.")
                .arg(path),
            file.errorString());
    }
    if (auto r = tx.commit(); !r) {
        QFile::remove(path);
        return r.error();
    }
    emit exported(path, count);
    return count;
}

Result<QList<HandoffUser>> HandoffLogService::users(const Session &who)
{
    if (auto r = who.require(Permission::ViewHandoffLog); !r)
        return r.error();
    auto users = HandoffLogRepository(m_db).users();
    if (!users)
        return users.error();
    QList<HandoffUser> out = std::move(users).value();
    std::sort(out.begin(), out.end(), [](const HandoffUser &a, const HandoffUser &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QByteArray HandoffLogService::toCsv(const QList<HandoffLogEntry> &entries)
{
    const QString eol = QStringLiteral("\r\n");
    QString text;
    const QStringList header
        = {Tr::tr("When"), Tr::tr("Encounter"), Tr::tr("Patient"), Tr::tr("User"), Tr::tr("From"),
            Tr::tr("To"), Tr::tr("Reason"), Tr::tr("Note"), Tr::tr("Findings")};
    QStringList cells;
    for (const QString &h : header)
        cells << csvField(h);
    text += cells.join(QLatin1Char(',')) + eol;
    for (const HandoffLogEntry &e : entries) {
        cells.clear();
        // ISO date and time on the workstation's clock, which spreadsheets read as a date.
        cells << csvField(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              << QString::number(e.encounterId) << csvField(e.patientName) << csvField(e.userName)
              << csvField(stateName(e.fromState)) << csvField(stateName(e.toState))
              << csvField(reasonName(e.reasonCode)) << csvField(e.note)
              << csvField(findingsText(e.findings));
        text += cells.join(QLatin1Char(',')) + eol;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString HandoffLogService::findingsText(const QList<Finding> &findings)
{
    QStringList parts;
    for (const Finding &f : findings)
        parts << QStringLiteral("%1: %2").arg(f.rule, f.message);
    return parts.join(QStringLiteral("; "));
}

QString HandoffLogService::stateName(const QString &key)
{
    const auto state = encounterstate::fromKey(key);
    return state ? encounterstate::displayName(*state) : key;
}

QString HandoffLogService::reasonName(const QString &key)
{
    return key.isEmpty() ? QString() : returnreasons::displayName(key);
}

QString HandoffLogService::describeDuration(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        const int rest = int(minutes % 60);
        const QString h = Tr::tr("%n hour(s)", nullptr, int(hours));
        //: A duration: "5 hours" "10 minutes"
        return rest == 0 ? h : Tr::tr("%1 %2").arg(h, Tr::tr("%n minute(s)", nullptr, rest));
    }
    const qint64 days = hours / 24;
    const int rest = int(hours % 24);
    const QString d = Tr::tr("%n day(s)", nullptr, int(days));
    //: A duration: "2 days" "4 hours"
    return rest == 0 ? d : Tr::tr("%1 %2").arg(d, Tr::tr("%n hour(s)", nullptr, rest));
}

} // namespace cc

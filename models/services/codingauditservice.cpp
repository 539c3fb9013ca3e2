// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingauditservice.h"
#include "auditservice.h"
#include "codesetservice.h"
#include "storage/queryrepository.h"
#include "storage/transaction.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace cc {

namespace {

using LinePredicate = std::function<bool(const CodingAuditLine &, const CodingAuditLine &)>;

bool sameCode(const CodingAuditLine &a, const CodingAuditLine &b)
{
    return a.kind == b.kind && normalizedCode(a.code) == normalizedCode(b.code);
}

/// The agreement rule: a diagnosis by its code, a service line by code, modifier set and units.
bool sameLine(const CodingAuditLine &a, const CodingAuditLine &b)
{
    if (!sameCode(a, b))
        return false;
    if (a.isDiagnosis())
        return true;
    return codingaudit::normalizedModifiers(a.modifiers)
            == codingaudit::normalizedModifiers(b.modifiers)
            && a.units == b.units;
}

/**
 * Pairs lines of @p coder with lines of @p auditor one to one where @p same holds, skipping
 * lines already used. The rules are equivalences, so taking the first free partner in order
 * finds as many pairs as any matching could.
 */
QList<QPair<int, int>> matchLines(const QList<CodingAuditLine> &coder,
                                  const QList<CodingAuditLine> &auditor, const LinePredicate &same,
                                  QList<bool> &coderUsed, QList<bool> &auditorUsed)
{
    QList<QPair<int, int>> pairs;
    for (int i = 0; i < coder.size(); ++i) {
        if (coderUsed[i])
            continue;
        for (int j = 0; j < auditor.size(); ++j) {
            if (!auditorUsed[j] && same(coder[i], auditor[j])) {
                coderUsed[i] = true;
                auditorUsed[j] = true;
                pairs.append({i, j});
                break;
            }
        }
    }
    return pairs;
}

int ageOn(const QDate &birth, const QDate &day)
{
    if (!birth.isValid() || !day.isValid())
        return 0;
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return std::max(0, years);
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

namespace codingaudit {

std::optional<double> accuracy(int agreedLines, int auditedLines)
{
    if (auditedLines <= 0)
        return std::nullopt;
    return double(agreedLines) / double(auditedLines);
}

QString accuracyText(int agreedLines, int auditedLines)
{
    const auto value = accuracy(agreedLines, auditedLines);
    if (!value)
        return QCoreApplication::translate("cc::codingaudit", "No data");
    //: An accuracy as a percentage, e.g. "83.3 %".
    return QCoreApplication::translate("cc::codingaudit", "%1 %")
            .arg(QLocale().toString(*value * 100.0, 'f', 1));
}

QString lineText(const CodingAuditLine &line)
{
    if (line.isDiagnosis())
        return displayCode(CodeKind::Icd10Cm, line.code);
    QStringList parts{line.code};
    parts.append(line.modifiers);
    const QString code = parts.join(QLatin1Char('-'));
    if (line.units == 1)
        return code;
    //: A service line's code and its units, e.g. "96372 × 2".
    return QCoreApplication::translate("cc::codingaudit", "%1 × %2").arg(code).arg(line.units);
}

QString stateText(const CodingAuditItemRecord &item)
{
    return item.isDone() ? QCoreApplication::translate("cc::codingaudit", "Done")
                         : QCoreApplication::translate("cc::codingaudit", "Pending");
}

QStringList normalizedModifiers(const QStringList &modifiers)
{
    QStringList out;
    for (const QString &m : modifiers) {
        const QString clean = m.trimmed().toUpper();
        if (!clean.isEmpty() && !out.contains(clean))
            out.append(clean);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace codingaudit

QString AuditComparisonRow::outcomeText() const
{
    switch (outcome) {
    case Outcome::Agreed:
        return CodingAuditService::tr("✓ Agreed");
    case Outcome::ModifiersDiffer:
        return CodingAuditService::tr("✗ Modifiers differ");
    case Outcome::UnitsDiffer:
        return CodingAuditService::tr("✗ Units differ");
    case Outcome::ModifiersAndUnitsDiffer:
        return CodingAuditService::tr("✗ Modifiers and units differ");
    case Outcome::CoderOnly:
        return CodingAuditService::tr("✗ Only the coder");
    case Outcome::AuditorOnly:
        return CodingAuditService::tr("✗ Only the auditor");
    }
    return {};
}

CodingAuditService::CodingAuditService(Database &db, AuditService &audit, CodeSetService &codes,
                                       QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_codes(codes)
{
}

CodingAuditService::~CodingAuditService() = default;

AuditAgreement CodingAuditService::agreement(const QList<CodingAuditLine> &coder,
                                             const QList<CodingAuditLine> &auditor)
{
    AuditAgreement a;
    a.coderAgreed = QList<bool>(coder.size(), false);
    a.auditorAgreed = QList<bool>(auditor.size(), false);
    const auto pairs = matchLines(coder, auditor, sameLine, a.coderAgreed, a.auditorAgreed);
    a.agreedLines = int(pairs.size());
    a.auditedLines = int(coder.size() + auditor.size()) - a.agreedLines;
    return a;
}

Result<CodingAuditRecord> CodingAuditService::drawSample(const Session &who, const QDate &from,
                                                         const QDate &to, int perCoder,
                                                         quint32 seed, const QString &note)
{
    if (auto r = who.require(Permission::DrawCodingAudit); !r)
        return r.error();
    if (perCoder < 1 || perCoder > kMaxPerCoder)
        return Error::invalid(tr("Choose between 1 and %1 encounters per coder.")
                                      .arg(kMaxPerCoder));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last day."));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    CodingAuditRepository repo(m_db);
    auto candidates = repo.candidates(from, to);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return Error::invalid(tr("There are no coded encounters in that period (%1 to %2) that "
                                 "are not already waiting in an audit. Choose another period.")
                                      .arg(dateText(from), dateText(to)));

    // The candidates come by coder, then encounter id: the same data and seed give the same
    // sample. Each coder's encounters are shuffled in turn from one generator.
    QMap<qint64, QList<CodingAuditCandidate>> byCoder;
    for (const CodingAuditCandidate &c : candidates.value())
        byCoder[c.coderId].append(c);
    QRandomGenerator rng(seed);
    QList<CodingAuditCandidate> chosen;
    for (auto it = byCoder.begin(); it != byCoder.end(); ++it) {
        QList<CodingAuditCandidate> &pool = it.value();
        const qsizetype take = std::min<qsizetype>(perCoder, pool.size());
        for (qsizetype i = 0; i < take; ++i) {
            const qsizetype j = i + qsizetype(rng.bounded(quint32(pool.size() - i)));
            pool.swapItemsAt(i, j);
        }
        chosen.append(pool.mid(0, take));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto auditId = repo.insertAudit(now, who.userId, from, to, perCoder, seed, note.trimmed());
    if (!auditId)
        return auditId.error();
    for (const CodingAuditCandidate &c : std::as_const(chosen)) {
        auto itemId = repo.insertItem(auditId.value(), c.encounterId, c.coderId);
        if (!itemId)
            return itemId.error();
        // The snapshot: what the coder coded at the draw is what is audited.
        auto lines = repo.encounterLines(c.encounterId);
        if (!lines)
            return lines.error();
        if (auto r = repo.insertLines(itemId.value(), lines.value()); !r)
            return r.error();
    }
    if (auto r = m_audit.record(who, QStringLiteral("coding_audit.draw"),
                                QStringLiteral("coding_audit"), auditId.value(),
                                QStringLiteral("DOS %1..%2, %3 per coder, seed %4: %5 encounters "
                                               "of %6 coders")
                                        .arg(dateText(from), dateText(to))
                                        .arg(perCoder)
                                        .arg(seed)
                                        .arg(chosen.size())
                                        .arg(byCoder.size()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit codingAuditsChanged();
    auto drawn = repo.audit(auditId.value());
    if (!drawn)
        return drawn.error();
    if (!drawn.value())
        return Error::notFound(tr("Audit %1 no longer exists.").arg(auditId.value()));
    return *drawn.value();
}

Result<QList<CodingAuditRecord>> CodingAuditService::audits(const Session &who)
{
    if (auto r = who.require(Permission::DrawCodingAudit); !r)
        return r.error();
    return CodingAuditRepository(m_db).audits();
}

Result<QList<CodingAuditItemRecord>> CodingAuditService::items(const Session &who, qint64 auditId)
{
    if (auto r = who.require(Permission::DrawCodingAudit); !r)
        return r.error();
    return CodingAuditRepository(m_db).items(auditId);
}

Result<QList<CodingAuditItemRecord>> CodingAuditService::pendingFor(const Session &who)
{
    if (auto r = who.require(Permission::RecodeAudit); !r)
        return r.error();
    auto pending = CodingAuditRepository(m_db).items(0, true);
    if (!pending)
        return pending.error();
    QList<CodingAuditItemRecord> out;
    for (const CodingAuditItemRecord &i : pending.value()) {
        if (i.coderId != who.userId)
            out.append(i);
    }
    return out;
}

Result<CodingAuditItemRecord> CodingAuditService::loadItem(qint64 itemId)
{
    auto found = CodingAuditRepository(m_db).item(itemId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Audit item %1 no longer exists.").arg(itemId));
    return *found.value();
}

Result<void> CodingAuditService::recordOpen(const Session &who, const QString &action,
                                            qint64 itemId)
{
    const auto key = qMakePair(action + QLatin1Char('/') + QString::number(who.userId), itemId);
    if (m_opened.contains(key))
        return {};
    if (auto r = m_audit.record(who, action, QStringLiteral("coding_audit_item"), itemId); !r)
        return r.error();
    m_opened.insert(key);
    return {};
}

Result<void> CodingAuditService::checkBlind(const Session &who, qint64 itemId)
{
    // Blind means the auditor has not seen the coder's codes: opening the encounter in the
    // coder queue since the draw shows them (the audit trail records every opening).
    auto opened = CodingAuditRepository(m_db).openedSinceDrawn(itemId, who.userId);
    if (!opened)
        return opened.error();
    if (opened->isValid())
        return Error::make(Error::Kind::Forbidden,
                           tr("You opened this encounter in the coder queue on %1, after it was "
                              "drawn for audit, and saw its codes there: your recode would not "
                              "be blind. Another auditor recodes it.")
                                   .arg(QLocale().toString(opened->toLocalTime(),
                                                           QLocale::ShortFormat)));
    return {};
}

Result<BlindCase> CodingAuditService::blindCase(const Session &who, qint64 itemId)
{
    if (auto r = who.require(Permission::RecodeAudit); !r)
        return r.error();
    auto item = loadItem(itemId);
    if (!item)
        return item.error();
    if (item->coderId == who.userId)
        return Error::make(Error::Kind::Forbidden,
                           tr("You coded this encounter, so you cannot audit it: a coder never "
                              "audits their own work. Another coder or the office manager "
                              "recodes it."));
    if (auto r = checkBlind(who, itemId); !r)
        return r.error();
    auto facts = CodingAuditRepository(m_db).blindFacts(item->encounterId);
    if (!facts)
        return facts.error();
    if (!facts.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(item->encounterId));
    auto queries = QueryRepository(m_db).forEncounter(item->encounterId);
    if (!queries)
        return queries.error();
    if (auto r = recordOpen(who, QStringLiteral("coding_audit.open"), itemId); !r)
        return r.error();

    const BlindEncounterFacts &f = *facts.value();
    BlindCase c;
    c.itemId = itemId;
    c.version = item->version;
    c.dateOfService = f.dateOfService;
    c.placeOfService = f.placeOfService;
    c.patientAgeYears = ageOn(f.patientBirthDate, f.dateOfService);
    c.patientSex = f.patientSex;
    c.providerName = f.providerName;
    c.providerSpecialty = f.providerSpecialty;
    c.clinicalNote = f.clinicalNote;
    c.addendum = f.addendum;
    for (const DocumentationQuery &q : queries.value()) {
        if (q.isAnswered())
            c.answeredQueries.append({q.question, q.answer, q.answeredByName, *q.answeredAt});
    }
    return c;
}

Result<CodingAuditItemRecord> CodingAuditService::submitRecode(
        const Session &who, qint64 itemId, int version, const QStringList &diagnoses,
        const QList<RecodeServiceLine> &services, const QString &note)
{
    if (auto r = who.require(Permission::RecodeAudit); !r)
        return r.error();
    auto item = loadItem(itemId);
    if (!item)
        return item.error();
    if (item->isDone())
        return Error::invalid(tr("This encounter was recoded already by %1 on %2: each sampled "
                                 "encounter is recoded once.")
                                      .arg(item->auditorName,
                                           item->completedAt.toLocalTime().date().toString(
                                                   Qt::ISODate)));
    if (item->coderId == who.userId)
        return Error::make(Error::Kind::Forbidden,
                           tr("You coded this encounter, so you cannot audit it: a coder never "
                              "audits their own work. Another coder or the office manager "
                              "recodes it."));
    if (item->version != version)
        return Error::make(Error::Kind::Conflict,
                           tr("Audit item %1 was changed by someone else since you opened it. "
                              "Reload the list, then try again.")
                                   .arg(itemId));
    if (auto r = checkBlind(who, itemId); !r)
        return r.error();

    const QDate dos = item->dateOfService;
    QStringList problems;
    QList<CodingAuditLine> auditorLines;
    if (diagnoses.isEmpty())
        problems.append(tr("Code at least one diagnosis."));
    if (services.isEmpty())
        problems.append(tr("Code at least one service line."));
    if (diagnoses.size() > kMaxDiagnoses)
        problems.append(tr("At most %1 diagnoses.").arg(kMaxDiagnoses));
    if (services.size() > kMaxServices)
        problems.append(tr("At most %1 service lines.").arg(kMaxServices));
    QStringList seen;
    for (qsizetype i = 0; i < diagnoses.size(); ++i) {
        const QString code = normalizedCode(diagnoses.at(i));
        if (code.isEmpty()) {
            problems.append(tr("Diagnosis %1 has no code.").arg(i + 1));
            continue;
        }
        if (seen.contains(code)) {
            problems.append(tr("%1 is listed twice.").arg(displayCode(CodeKind::Icd10Cm, code)));
            continue;
        }
        seen.append(code);
        auto found = m_codes.lookup(code, dos, kDiagnosisKinds);
        if (!found)
            return found.error();
        if (!found->isValid())
            problems.append(found->message);
        CodingAuditLine l;
        l.side = QLatin1String(auditside::kAuditor);
        l.kind = QLatin1String(auditlinekind::kDiagnosis);
        l.position = int(auditorLines.size()) + 1;
        l.code = code;
        auditorLines.append(l);
    }
    static const QRegularExpression modifierPattern(QStringLiteral("^[A-Z0-9]{2}$"));
    for (qsizetype i = 0; i < services.size(); ++i) {
        const RecodeServiceLine &s = services.at(i);
        const QString code = normalizedCode(s.code);
        const int lineNo = int(i) + 1;
        if (code.isEmpty()) {
            problems.append(tr("Service line %1 has no code.").arg(lineNo));
            continue;
        }
        auto found = m_codes.lookup(code, dos, kProcedureKinds);
        if (!found)
            return found.error();
        if (!found->isValid())
            problems.append(found->message);
        if (s.units < 1 || s.units > kMaxUnits)
            problems.append(tr("Line %1 (%2): units must be from 1 to %3.")
                                    .arg(lineNo)
                                    .arg(code)
                                    .arg(kMaxUnits));
        const QStringList modifiers = codingaudit::normalizedModifiers(s.modifiers);
        if (modifiers.size() > kMaxModifiers)
            problems.append(tr("Line %1 (%2): at most %3 modifiers.")
                                    .arg(lineNo)
                                    .arg(code)
                                    .arg(kMaxModifiers));
        for (const QString &m : modifiers) {
            if (!modifierPattern.match(m).hasMatch())
                problems.append(tr("Line %1 (%2): \"%3\" is not a modifier (two letters or "
                                   "digits, such as 25).")
                                        .arg(lineNo)
                                        .arg(code, m));
        }
        CodingAuditLine l;
        l.side = QLatin1String(auditside::kAuditor);
        l.kind = QLatin1String(auditlinekind::kService);
        l.position = lineNo;
        l.code = code;
        l.modifiers = modifiers;
        l.units = s.units;
        auditorLines.append(l);
    }
    if (!problems.isEmpty())
        return Error::invalid(tr("The recode cannot be saved yet:\n• %1")
                                      .arg(problems.join(QStringLiteral("\n• "))));

    CodingAuditRepository repo(m_db);
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto stored = repo.lines(itemId);
    if (!stored)
        return stored.error();
    QList<CodingAuditLine> coderLines;
    for (const CodingAuditLine &l : stored.value()) {
        if (l.side == QLatin1String(auditside::kCoder))
            coderLines.append(l);
    }
    const AuditAgreement a = agreement(coderLines, auditorLines);
    for (qsizetype i = 0; i < auditorLines.size(); ++i)
        auditorLines[i].agreed = a.auditorAgreed.at(i);
    // The version check and "not recoded yet" are one statement: a second seat saving the
    // same item at the same time gets a refusal, not a second recode.
    if (auto r = repo.complete(itemId, version, who.userId, QDateTime::currentDateTimeUtc(),
                               a.agreedLines, a.auditedLines, note.trimmed());
        !r)
        return r.error();
    if (auto r = repo.insertLines(itemId, auditorLines); !r)
        return r.error();
    for (qsizetype i = 0; i < coderLines.size(); ++i) {
        if (coderLines.at(i).agreed == a.coderAgreed.at(i))
            continue;
        if (auto r = repo.setLineAgreed(coderLines.at(i).id, a.coderAgreed.at(i)); !r)
            return r.error();
    }
    if (auto r = m_audit.record(who, QStringLiteral("coding_audit.recode"),
                                QStringLiteral("coding_audit_item"), itemId,
                                QStringLiteral("encounter %1: %2 of %3 lines agreed")
                                        .arg(item->encounterId)
                                        .arg(a.agreedLines)
                                        .arg(a.auditedLines));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit codingAuditsChanged();
    return loadItem(itemId);
}

QString CodingAuditService::describeCode(const CodingAuditLine &line, const QDate &date)
{
    auto found = m_codes.lookup(line.code, date,
                                line.isDiagnosis() ? kDiagnosisKinds : kProcedureKinds);
    if (!found || !found->entry)
        return tr("(not in the code sets)");
    return found->entry->description();
}

Result<AuditComparison> CodingAuditService::comparison(const Session &who, qint64 itemId)
{
    if (!who.can(Permission::DrawCodingAudit) && !who.can(Permission::RecodeAudit))
        return Error::forbidden(roles::describe(Permission::DrawCodingAudit));
    auto item = loadItem(itemId);
    if (!item)
        return item.error();
    if (!who.can(Permission::DrawCodingAudit) && item->auditorId != who.userId)
        return Error::forbidden(roles::describe(Permission::DrawCodingAudit));
    if (!item->isDone())
        return Error::invalid(tr("This encounter has not been recoded yet: the comparison "
                                 "shows once the auditor has saved a recode."));
    auto stored = CodingAuditRepository(m_db).lines(itemId);
    if (!stored)
        return stored.error();
    if (auto r = recordOpen(who, QStringLiteral("coding_audit.compare"), itemId); !r)
        return r.error();

    AuditComparison out;
    out.item = item.value();
    QHash<QString, QString> descriptions;
    auto describe = [&](const CodingAuditLine &l) {
        const QString key = l.kind + QLatin1Char('/') + l.code;
        auto it = descriptions.find(key);
        if (it == descriptions.end())
            it = descriptions.insert(key, describeCode(l, item->dateOfService));
        return it.value();
    };
    for (const char *kind : {auditlinekind::kDiagnosis, auditlinekind::kService}) {
        QList<CodingAuditLine> coder;
        QList<CodingAuditLine> auditor;
        for (const CodingAuditLine &l : stored.value()) {
            if (l.kind != QLatin1String(kind))
                continue;
            (l.side == QLatin1String(auditside::kCoder) ? coder : auditor).append(l);
        }
        QList<bool> coderUsed(coder.size(), false);
        QList<bool> auditorUsed(auditor.size(), false);
        auto addRow = [&](int i, int j, AuditComparisonRow::Outcome outcome) {
            AuditComparisonRow row;
            row.kind = QLatin1String(kind);
            row.outcome = outcome;
            if (i >= 0) {
                row.coder = coder.at(i);
                row.coderDescription = describe(coder.at(i));
            }
            if (j >= 0) {
                row.auditor = auditor.at(j);
                row.auditorDescription = describe(auditor.at(j));
            }
            out.rows.append(row);
        };
        for (const auto &p : matchLines(coder, auditor, sameLine, coderUsed, auditorUsed))
            addRow(p.first, p.second, AuditComparisonRow::Outcome::Agreed);
        // A service coded by both with other modifiers or units: one row, so the difference
        // reads across.
        for (const auto &p : matchLines(coder, auditor, sameCode, coderUsed, auditorUsed)) {
            const CodingAuditLine &c = coder.at(p.first);
            const CodingAuditLine &a = auditor.at(p.second);
            const bool modifiers = codingaudit::normalizedModifiers(c.modifiers)
                    != codingaudit::normalizedModifiers(a.modifiers);
            const bool units = c.units != a.units;
            addRow(p.first, p.second,
                   modifiers && units ? AuditComparisonRow::Outcome::ModifiersAndUnitsDiffer
                           : modifiers ? AuditComparisonRow::Outcome::ModifiersDiffer
                                       : AuditComparisonRow::Outcome::UnitsDiffer);
        }
        for (int i = 0; i < coder.size(); ++i) {
            if (!coderUsed.at(i))
                addRow(i, -1, AuditComparisonRow::Outcome::CoderOnly);
        }
        for (int j = 0; j < auditor.size(); ++j) {
            if (!auditorUsed.at(j))
                addRow(-1, j, AuditComparisonRow::Outcome::AuditorOnly);
        }
    }
    return out;
}

Result<QList<CodingAccuracyRecord>> CodingAuditService::accuracy(const Session &who,
                                                                 const QDate &from,
                                                                 const QDate &to)
{
    if (auto r = who.require(Permission::DrawCodingAudit); !r)
        return r.error();
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last day."));
    return CodingAuditRepository(m_db).accuracy(from, to);
}

} // namespace cc

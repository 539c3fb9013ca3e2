// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingservice.h"
#include "seatconflict.h"
#include "auditservice.h"
#include "codesetservice.h"
#include "edits/editengine.h"
#include "encounterservice.h"
#include "queryservice.h"
#include "scrubservice.h"
#include "templateservice.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/encounterrepository.h"
#include "storage/practicerepository.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace cc {

namespace {
/// Words of a note that carry detail the ICD-10-CM code set distinguishes. When a code says
/// "unspecified" and the note holds one of these that the code's own title lacks, the coder is
/// warned that a more specific code (or a query) may be due.
const QStringList kDetailWords = {
    QStringLiteral("right"),     QStringLiteral("left"),        QStringLiteral("bilateral"),
    QStringLiteral("type 1"),    QStringLiteral("type 2"),      QStringLiteral("stage"),
    QStringLiteral("systolic"),  QStringLiteral("diastolic"),   QStringLiteral("acute"),
    QStringLiteral("chronic"),   QStringLiteral("recurrent"),   QStringLiteral("paroxysmal"),
    QStringLiteral("persistent"), QStringLiteral("permanent"),  QStringLiteral("displaced"),
    QStringLiteral("nondisplaced"), QStringLiteral("intractable"),
};

bool containsWord(const QString &text, const QString &word)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}
} // namespace

Result<EncounterDetail> CodingService::open(const Session &who, qint64 encounterId)
{
    auto detail = m_encounters.open(who, encounterId);
    if (!detail)
        return detail.error();
    if (who.can(Permission::CodeEncounter) && detail->summary.newAnswers > 0) {
        if (auto r = m_queries.markAnswersSeen(who, encounterId); !r)
            return r.error();
    }
    return detail;
}

Result<CodeCheck> CodingService::checkDiagnosis(const QString &code, const QDate &date,
                                                const QString &noteText)
{
    CodeCheck check;
    auto found = m_codes.lookup(code, date, kDiagnosisKinds);
    if (!found)
        return found.error();
    const CodeSetService::Lookup &l = found.value();
    check.entry = l.entry;
    check.suggestions = l.billableChildren;
    if (!l.isValid()) {
        check.severity = CodeCheck::Severity::Error;
        check.message = l.message;
        return check;
    }
    const QString title = l.entry ? l.entry->description() : QString();
    if (title.contains(QLatin1String("unspecified"), Qt::CaseInsensitive)) {
        QStringList details;
        for (const QString &w : kDetailWords) {
            if (containsWord(noteText, w) && !containsWord(title, w))
                details.append(w);
        }
        if (!details.isEmpty()) {
            check.severity = CodeCheck::Severity::Warning;
            check.message = tr("%1 is an \"unspecified\" code, but the note says \"%2\". Choose "
                               "the more specific code the note supports, or query the "
                               "provider.")
                                    .arg(l.entry->displayCode(),
                                         details.join(QStringLiteral("\", \"")));
        }
    }
    return check;
}

Result<CodeCheck> CodingService::checkService(const QString &code, const QDate &date)
{
    CodeCheck check;
    auto found = m_codes.lookup(code, date, kProcedureKinds);
    if (!found)
        return found.error();
    check.entry = found->entry;
    check.suggestions = found->billableChildren;
    if (!found->isValid()) {
        check.severity = CodeCheck::Severity::Error;
        check.message = found->message;
    }
    return check;
}

Result<QList<Finding>> CodingService::editFindings(const EncounterDetail &e,
                                                  const CodingDraft &draft)
{
    return m_scrub.codingFindings(e, draft);
}

Result<qint64> CodingService::chargeFor(const QString &code, qint64 payerId, const QDate &date)
{
    auto fee = PracticeRepository(m_db).fee(normalizedCode(code), payerId, date);
    if (!fee)
        return fee.error();
    return fee.value().value_or(0);
}

QStringList CodingService::structuralProblems(const CodingDraft &draft)
{
    QStringList problems;
    if (draft.diagnoses.size() > kMaxDiagnoses)
        problems.append(tr("A claim holds at most %1 diagnoses; this encounter has %2.")
                                .arg(kMaxDiagnoses)
                                .arg(draft.diagnoses.size()));
    for (int i = 0; i < draft.diagnoses.size(); ++i) {
        if (draft.diagnoses.at(i).code.trimmed().isEmpty())
            problems.append(tr("Diagnosis %1 has no code.").arg(QChar(u'A' + i)));
    }
    for (const ServiceLineEntry &l : draft.services) {
        if (l.code.trimmed().isEmpty())
            problems.append(tr("Line %1 has no code.").arg(l.lineNo));
        if (l.units < 1)
            problems.append(tr("Line %1: units must be 1 or more.").arg(l.lineNo));
        if (l.chargeCents < 0)
            problems.append(tr("Line %1: a charge cannot be negative.").arg(l.lineNo));
        if (l.modifiers.size() > kMaxModifiers)
            problems.append(tr("Line %1: at most %2 modifiers.").arg(l.lineNo).arg(kMaxModifiers));
        if (l.pointers.size() > kMaxPointers)
            problems.append(tr("Line %1: at most %2 diagnosis pointers.")
                                    .arg(l.lineNo)
                                    .arg(kMaxPointers));
        for (int p : l.pointers) {
            if (p < 1 || p > draft.diagnoses.size())
                problems.append(tr("Line %1 points to diagnosis %2, which is not on the "
                                   "encounter.")
                                        .arg(l.lineNo)
                                        .arg(p >= 1 && p <= 26 ? QString(QChar(u'A' + p - 1))
                                                               : QString::number(p)));
        }
    }
    return problems;
}

Result<int> CodingService::store(const Session &who, qint64 encounterId, int version,
                                 const CodingDraft &draft, EncounterState target)
{
    auto current = EncounterRepository(m_db).detail(encounterId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    const EncounterState from = current.value()->summary.state;
    if (from != EncounterState::New && from != EncounterState::Coding
        && from != EncounterState::Returned && from != EncounterState::Coded) {
        return Error::invalid(tr("This encounter is %1 and cannot be changed by coding now.")
                                      .arg(encounterstate::displayName(from)));
    }
    CodingDraft clean = draft;
    for (int i = 0; i < clean.diagnoses.size(); ++i) {
        clean.diagnoses[i].position = i + 1;
        clean.diagnoses[i].code = normalizedCode(clean.diagnoses[i].code);
    }
    for (int i = 0; i < clean.services.size(); ++i) {
        ServiceLineEntry &l = clean.services[i];
        l.lineNo = i + 1;
        l.code = normalizedCode(l.code);
        for (QString &m : l.modifiers)
            m = m.trimmed().toUpper();
        l.modifiers.removeAll(QString());
        if (!l.serviceDate.isValid())
            l.serviceDate = current.value()->summary.dateOfService;
    }
    // Coded work is scrubbed as the claim it will become; the findings travel with it.
    QString findingsJson = QStringLiteral("[]");
    std::optional<QList<Finding>> found;
    if (target == EncounterState::Coded) {
        auto scrubbed = m_scrub.encounterFindings(*current.value(), clean, QDate::currentDate());
        if (!scrubbed)
            return scrubbed.error();
        found = scrubbed.value();
        findingsJson = QString::fromUtf8(findings::toJson(*found));
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    EncounterRepository repo(m_db);
    auto newVersion = repo.saveCoding(encounterId, version, clean, target, who.userId);
    if (!newVersion) {
        // Another seat saved first: say who, when, and what is on record now.
        if (newVersion.error().kind == Error::Kind::Conflict) {
            if (auto now = repo.detail(encounterId); now && now.value())
                return seatconflict::encounter(m_db, *now.value(), clean);
        }
        return newVersion.error();
    }
    if (found) {
        if (auto r = ClaimRepository(m_db).replaceEncounterFindings(encounterId, *found); !r)
            return r.error();
    }
    if (from != target) {
        if (auto r = repo.logTransition(encounterId, who.userId, from, target, clean.coderNote,
                                        {}, findingsJson);
            !r)
            return r.error();
    }
    const QString action = target == EncounterState::Coded ? QStringLiteral("encounter.coded")
                                                           : QStringLiteral("encounter.save");
    if (auto r = m_audit.record(who, action, QStringLiteral("encounter"), encounterId,
                                QStringLiteral("%1 diagnoses, %2 lines")
                                        .arg(clean.diagnoses.size())
                                        .arg(clean.services.size()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit m_encounters.encountersChanged();
    return newVersion;
}

Result<int> CodingService::saveDraft(const Session &who, qint64 encounterId, int version,
                                     const CodingDraft &draft)
{
    if (auto r = who.require(Permission::CodeEncounter); !r)
        return r.error();
    const QStringList problems = structuralProblems(draft);
    if (!problems.isEmpty())
        return Error::invalid(problems.join(QLatin1Char('\n')));
    return store(who, encounterId, version, draft, EncounterState::Coding);
}

Result<int> CodingService::markCoded(const Session &who, qint64 encounterId, int version,
                                     const CodingDraft &draft)
{
    if (auto r = who.require(Permission::CodeEncounter); !r)
        return r.error();
    auto current = EncounterRepository(m_db).detail(encounterId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    const EncounterDetail &e = *current.value();
    const QDate dos = e.summary.dateOfService;

    QStringList problems = structuralProblems(draft);
    if (draft.diagnoses.isEmpty())
        problems.append(tr("Code at least one diagnosis."));
    if (draft.services.isEmpty())
        problems.append(tr("Code at least one service line."));
    for (const DiagnosisEntry &dx : draft.diagnoses) {
        auto check = checkDiagnosis(dx.code, dos, QString());
        if (!check)
            return check.error();
        if (check->severity == CodeCheck::Severity::Error)
            problems.append(check->message);
    }
    for (const ServiceLineEntry &l : draft.services) {
        auto check = checkService(l.code, dos);
        if (!check)
            return check.error();
        if (check->severity == CodeCheck::Severity::Error)
            problems.append(check->message);
        if (l.pointers.isEmpty())
            problems.append(tr("Line %1 (%2) points to no diagnosis: every service needs the "
                               "diagnosis that supports it.")
                                    .arg(l.lineNo)
                                    .arg(l.code));
    }
    auto checklist = m_templates.checklist(e.providerSpecialty);
    if (!checklist)
        return checklist.error();
    if (checklist.value()) {
        QStringList missing;
        for (const ChecklistItem &item : checklist.value()->items) {
            if (item.required && !draft.checkedItems.contains(item.key))
                missing.append(item.text);
        }
        if (!missing.isEmpty())
            problems.append(tr("Tick the required %1 checklist items: %2.")
                                    .arg(checklist.value()->title,
                                         missing.join(QStringLiteral("; "))));
    }
    if (!problems.isEmpty()) {
        return Error::invalid(tr("The encounter cannot be marked coded yet:\n• %1")
                                      .arg(problems.join(QStringLiteral("\n• "))));
    }
    auto stored = store(who, encounterId, version, draft, EncounterState::Coded);
    if (stored)
        emit encounterCoded(encounterId);
    return stored;
}

Result<CodingDraft> CodingService::copyFromLastVisit(const Session &who, qint64 encounterId)
{
    if (auto r = who.require(Permission::CodeEncounter); !r)
        return r.error();
    EncounterRepository repo(m_db);
    auto current = repo.detail(encounterId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::notFound(tr("Encounter %1 no longer exists.").arg(encounterId));
    const EncounterDetail &e = *current.value();
    auto previous = repo.previousCoded(e.patientId, e.summary.dateOfService, encounterId);
    if (!previous)
        return previous.error();
    if (!previous.value())
        return Error::notFound(tr("This patient has no earlier coded visit to copy from."));
    auto last = repo.detail(*previous.value());
    if (!last)
        return last.error();
    CodingDraft draft;
    draft.diagnoses = last.value()->diagnoses;
    draft.services = last.value()->services;
    for (ServiceLineEntry &l : draft.services) {
        l.serviceDate = e.summary.dateOfService;
        auto fee = chargeFor(l.code, e.summary.payerId, e.summary.dateOfService);
        if (!fee)
            return fee.error();
        l.chargeCents = fee.value() * l.units;
    }
    if (auto r = m_audit.record(who, QStringLiteral("encounter.copy_last_visit"),
                                QStringLiteral("encounter"), encounterId,
                                QStringLiteral("from encounter %1").arg(*previous.value()));
        !r)
        return r.error();
    return draft;
}

} // namespace cc

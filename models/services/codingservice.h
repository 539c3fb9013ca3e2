// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codeentry.h"
#include "domain/coding.h"
#include "domain/error.h"
#include "domain/session.h"
#include "edits/finding.h"

#include <QObject>

namespace cc {

class AuditService;
class CodeSetService;
class Database;
class EncounterService;
class QueryService;
class ScrubService;
class TemplateService;

/// What the coding panel says about one code as the coder types it.
struct CodeCheck
{
    enum class Severity { Ok, Warning, Error };
    Severity severity = Severity::Ok;
    QString message;                ///< a sentence; empty when Ok
    std::optional<CodeEntry> entry; ///< the code as found, when found
    QList<CodeEntry> suggestions;   ///< billable children of a header code
};

/**
 * Coding an encounter: diagnoses and service lines with charges from the fee schedule,
 * checks of each code against the code set in force on the date of service, drafts, "copy
 * from last visit", and "Mark coded" once the codes are valid and the specialty checklist's
 * required items are ticked.
 */
class CodingService : public QObject
{
    Q_OBJECT
public:
    CodingService(Database &db, AuditService &audit, CodeSetService &codes,
                  TemplateService &templates, EncounterService &encounters, QueryService &queries,
                  ScrubService &scrub, QObject *parent = nullptr)
        : QObject(parent), m_db(db), m_audit(audit), m_codes(codes), m_templates(templates),
          m_encounters(encounters), m_queries(queries), m_scrub(scrub)
    {
    }

    static constexpr int kMaxDiagnoses = 12;
    static constexpr int kMaxModifiers = 4;
    static constexpr int kMaxPointers = 4;

    /// Opens an encounter for coding (audited) and marks the provider's answers as seen.
    Result<EncounterDetail> open(const Session &who, qint64 encounterId);
    /// A diagnosis code on @p date; @p noteText lets "unspecified" codes be questioned.
    Result<CodeCheck> checkDiagnosis(const QString &code, const QDate &date,
                                     const QString &noteText);
    Result<CodeCheck> checkService(const QString &code, const QDate &date);
    /// The charge of @p code for the payer on @p date (0 when the code has no fee).
    Result<qint64> chargeFor(const QString &code, qint64 payerId, const QDate &date);

    /// Saves the coder's work as it is; the encounter is then "coding". Returns the new version.
    Result<int> saveDraft(const Session &who, qint64 encounterId, int version,
                          const CodingDraft &draft);
    /**
     * Saves and marks the encounter coded, or refuses with every problem named. The
     * scrubber's edits run and are kept with the encounter and in the handoff log; the coder
     * reads them in the coding panel before handing off.
     */
    Result<int> markCoded(const Session &who, qint64 encounterId, int version,
                          const CodingDraft &draft);
    /// The diagnoses and services of the patient's previous coded visit (dates moved to this
    /// visit, charges from today's fee schedule).
    Result<CodingDraft> copyFromLastVisit(const Session &who, qint64 encounterId);

    /**
     * The scrubber's coding edits on the draft (medical necessity, sex and age conflicts,
     * manifestation order, modifier 25…), as the coding panel shows them before a claim exists.
     */
    Result<QList<Finding>> editFindings(const EncounterDetail &encounter,
                                        const CodingDraft &draft);

    /// Problems that make a draft impossible to store (too many codes, bad pointers…).
    static QStringList structuralProblems(const CodingDraft &draft);

signals:
    void encounterCoded(qint64 encounterId);

private:
    Result<int> store(const Session &who, qint64 encounterId, int version,
                      const CodingDraft &draft, EncounterState target);

    Database &m_db;
    AuditService &m_audit;
    CodeSetService &m_codes;
    TemplateService &m_templates;
    EncounterService &m_encounters;
    QueryService &m_queries;
    ScrubService &m_scrub;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "workstation.h"
#include "changewatcher.h"
#include "claimservice.h"
#include "denialservice.h"
#include "submissionservice.h"
#include "postingservice.h"
#include "statementservice.h"
#include "arservice.h"
#include "auditservice.h"
#include "authservice.h"
#include "backupservice.h"
#include "codesetservice.h"
#include "codingfeedbackservice.h"
#include "codingauditservice.h"
#include "codingservice.h"
#include "demobuilder.h"
#include "editdataservice.h"
#include "encounterservice.h"
#include "handoffservice.h"
#include "handofflogservice.h"
#include "measureservice.h"
#include "payerruleservice.h"
#include "scrubservice.h"
#include "practiceservice.h"
#include "queryservice.h"
#include "templateservice.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace cc {

Workstation::~Workstation()
{
    // Services hold references to the database: they go first.
    m_backups.reset();
    m_measures.reset();
    m_codingAudits.reset();
    m_codingFeedback.reset();
    m_denials.reset();
    m_payments.reset();
    m_receivables.reset();
    m_statements.reset();
    m_submissions.reset();
    m_claims.reset();
    m_payerRules.reset();
    m_handoffLog.reset();
    m_handoff.reset();
    m_coding.reset();
    m_scrub.reset();
    m_editData.reset();
    m_queries.reset();
    m_templates.reset();
    m_demo.reset();
    m_encounters.reset();
    m_practice.reset();
    m_codes.reset();
    m_auth.reset();
    m_audit.reset();
    m_db.reset();
}

Result<std::unique_ptr<Workstation>> Workstation::open(const QString &path,
                                                      const QString &password)
{
    auto db = Database::isServerUrl(path) ? Database::openServer(path, password)
                                          : Database::openSqlite(path);
    if (!db)
        return db.error();
    Migrator migrator(*db.value());
    if (auto r = migrator.migrate(); !r)
        return r.error();
    std::unique_ptr<Workstation> w(new Workstation);
    w->m_db = std::move(db).value();
    w->m_audit = std::make_unique<AuditService>(*w->m_db);
    w->m_auth = std::make_unique<AuthService>(*w->m_db, *w->m_audit);
    w->m_codes = std::make_unique<CodeSetService>(*w->m_db, *w->m_audit);
    w->m_practice = std::make_unique<PracticeService>(*w->m_db, *w->m_audit, *w->m_auth);
    w->m_encounters = std::make_unique<EncounterService>(*w->m_db, *w->m_audit);
    w->m_demo = std::make_unique<DemoBuilder>(*w->m_db, *w->m_audit, *w->m_auth);
    w->m_templates = std::make_unique<TemplateService>(*w->m_db, *w->m_audit);
    w->m_queries = std::make_unique<QueryService>(*w->m_db, *w->m_audit, *w->m_templates,
                                                  *w->m_encounters);
    w->m_editData = std::make_unique<EditDataService>(*w->m_db, *w->m_audit);
    w->m_scrub = std::make_unique<ScrubService>(*w->m_db, *w->m_codes);
    w->m_coding = std::make_unique<CodingService>(*w->m_db, *w->m_audit, *w->m_codes,
                                                  *w->m_templates, *w->m_encounters,
                                                  *w->m_queries, *w->m_scrub);
    w->m_handoff = std::make_unique<HandoffService>(*w->m_db, *w->m_audit, *w->m_encounters,
                                                    *w->m_scrub);
    w->m_handoffLog = std::make_unique<HandoffLogService>(*w->m_db, *w->m_audit);
    w->m_payerRules = std::make_unique<PayerRuleService>(*w->m_db, *w->m_audit);
    w->m_claims = std::make_unique<ClaimService>(*w->m_db, *w->m_audit, *w->m_scrub);
    w->m_submissions = std::make_unique<SubmissionService>(*w->m_db, *w->m_audit,
                                                           w->m_claims.get());
    w->m_denials = std::make_unique<DenialService>(*w->m_db, *w->m_audit, *w->m_claims);
    w->m_payments = std::make_unique<PostingService>(*w->m_db, *w->m_audit, w->m_claims.get());
    w->m_statements = std::make_unique<StatementService>(*w->m_db, *w->m_audit);
    w->m_receivables = std::make_unique<ArService>(*w->m_db, *w->m_audit);
    w->m_measures = std::make_unique<MeasureService>(*w->m_db, *w->m_audit);
    w->m_codingAudits = std::make_unique<CodingAuditService>(*w->m_db, *w->m_audit, *w->m_codes);
    w->m_codingFeedback = std::make_unique<CodingFeedbackService>(*w->m_db, *w->m_denials,
                                                                  *w->m_payments);
    w->m_backups = std::make_unique<BackupService>(*w->m_db, *w->m_audit);
    w->m_changes = std::make_unique<ChangeWatcher>(*w->m_db);
    {
        // Another seat's change may touch any queue: every list refreshes as after a local save.
        Workstation *ws = w.get();
        QObject::connect(ws->m_changes.get(), &ChangeWatcher::changedElsewhere,
                         ws->m_changes.get(), [ws] {
            emit ws->m_encounters->encountersChanged();
            emit ws->m_queries->queriesChanged();
            emit ws->m_handoff->handoffChanged();
            emit ws->m_claims->claimsChanged();
            emit ws->m_submissions->submissionsChanged();
            emit ws->m_denials->denialsChanged();
            emit ws->m_payments->postingsChanged();
            emit ws->m_statements->statementsChanged();
            emit ws->m_receivables->followUpChanged();
            emit ws->m_codingAudits->codingAuditsChanged();
            emit ws->m_codingFeedback->codingDenialsChanged();
            emit ws->m_payerRules->changed();
        });
    }
    return w;
}

} // namespace cc

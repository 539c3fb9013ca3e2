// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QString>

#include <memory>

namespace cc {

class ArService;
class AuditService;
class AuthService;
class BackupService;
class ChangeWatcher;
class ClaimService;
class CodeSetService;
class CodingAuditService;
class CodingFeedbackService;
class CodingService;
class Database;
class DenialService;
class DemoBuilder;
class EditDataService;
class EncounterService;
class HandoffService;
class HandoffLogService;
class MeasureService;
class PayerRuleService;
class PostingService;
class ScrubService;
class StatementService;
class SubmissionService;
class PracticeService;
class QueryService;
class TemplateService;

/**
 * One open practice: the database, migrated to the newest schema, and the services that act
 * on it. The application and the headless commands make one; widgets receive its services.
 */
class Workstation
{
public:
    ~Workstation();

    /// Opens (creating when missing) and migrates the SQLite practice file at @p path.
    /// @p path is a file, or a server's "postgresql://…" address with @p password (when
    /// empty, the one libpq finds: PGPASSWORD or ~/.pgpass).
    static Result<std::unique_ptr<Workstation>> open(const QString &path,
                                                     const QString &password = QString());

    Database &database() { return *m_db; }
    AuditService &audit() { return *m_audit; }
    AuthService &auth() { return *m_auth; }
    CodeSetService &codes() { return *m_codes; }
    PracticeService &practice() { return *m_practice; }
    EncounterService &encounters() { return *m_encounters; }
    DemoBuilder &demo() { return *m_demo; }
    TemplateService &templates() { return *m_templates; }
    QueryService &queries() { return *m_queries; }
    CodingService &coding() { return *m_coding; }
    ScrubService &scrub() { return *m_scrub; }
    EditDataService &editData() { return *m_editData; }
    HandoffService &handoff() { return *m_handoff; }
    HandoffLogService &handoffLog() { return *m_handoffLog; }
    PayerRuleService &payerRules() { return *m_payerRules; }
    ClaimService &claims() { return *m_claims; }
    SubmissionService &submissions() { return *m_submissions; }
    DenialService &denials() { return *m_denials; }
    PostingService &payments() { return *m_payments; }
    StatementService &statements() { return *m_statements; }
    ArService &receivables() { return *m_receivables; }
    MeasureService &measures() { return *m_measures; }
    CodingAuditService &codingAudits() { return *m_codingAudits; }
    CodingFeedbackService &codingFeedback() { return *m_codingFeedback; }
    BackupService &backups() { return *m_backups; }
    /// Work saved by another seat: polls, and on a change emits each service's "changed"
    /// signal so that every queue refreshes. The window starts it; headless commands do not.
    ChangeWatcher &changes() { return *m_changes; }

private:
    Workstation() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<CodeSetService> m_codes;
    std::unique_ptr<PracticeService> m_practice;
    std::unique_ptr<EncounterService> m_encounters;
    std::unique_ptr<DemoBuilder> m_demo;
    std::unique_ptr<TemplateService> m_templates;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<EditDataService> m_editData;
    std::unique_ptr<ScrubService> m_scrub;
    std::unique_ptr<CodingService> m_coding;
    std::unique_ptr<HandoffService> m_handoff;
    std::unique_ptr<HandoffLogService> m_handoffLog;
    std::unique_ptr<PayerRuleService> m_payerRules;
    std::unique_ptr<ClaimService> m_claims;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<DenialService> m_denials;
    std::unique_ptr<PostingService> m_payments;
    std::unique_ptr<StatementService> m_statements;
    std::unique_ptr<ArService> m_receivables;
    std::unique_ptr<MeasureService> m_measures;
    std::unique_ptr<CodingAuditService> m_codingAudits;
    std::unique_ptr<CodingFeedbackService> m_codingFeedback;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<ChangeWatcher> m_changes; // last: its connections name the services
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
// The back end of the demo history (issue 7 §5): the biller's weekly denial work through
// DenialService, the monthly statement runs, and a coding audit drawn and recoded through
// CodingAuditService. Every step is stamped on the demo's day, not the wall clock's.
#include "auditservice.h"
#include "claimservice.h"
#include "codesetservice.h"
#include "codingauditservice.h"
#include "demobuilder.h"
#include "demohistory_p.h"
#include "denialservice.h"
#include "statementservice.h"
#include "domain/money.h"
#include "storage/demohistoryrepository.h"
#include "storage/ledgerrepository.h"
#include "storage/receivablesrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::DemoBuilder)
};

using demo::Calendar;

/// What the biller does with a denial: by its reason, as a billing office would.
enum class Work { Resubmit, Appeal, WriteOff, Transfer };

Work workFor(const QString &carc, bool overridden, demo::Rng &dice)
{
    if (carc == QLatin1String("16") || carc == QLatin1String("97") || carc == QLatin1String("4")
        || carc == QLatin1String("151"))
        return Work::Resubmit; // fixable on a corrected claim
    if (carc == QLatin1String("50"))
        return Work::Appeal; // the records show why it was necessary
    if (carc == QLatin1String("11"))
        return overridden ? Work::WriteOff : Work::Appeal;
    if (carc == QLatin1String("197"))
        return dice.chance(50) ? Work::Appeal : Work::WriteOff;
    if (carc == QLatin1String("204") || carc == QLatin1String("27"))
        return Work::Transfer; // the patient's plan does not pay: the patient does
    return Work::WriteOff;     // 29 timely filing, 18 duplicate
}

} // namespace

Result<void> DemoBuilder::workDenials(demo::History &h, ClaimService &claims,
                                      DenialService &denials, const QDate &day,
                                      QList<qint64> &toSend)
{
    demo::Rng &dice = h.dice;
    claims.setToday(day);
    denials.setToday(day);
    auto open = denials.denials(h.biller, DenialFilter::Open);
    if (!open)
        return open.error();
    DemoHistoryRepository clock(m_db);
    int minute = 0;
    QSet<qint64> worked; // claims: a resubmission changes every denial of its claim
    for (const DenialItem &item : open.value()) {
        const DenialRecord &d = item.record;
        // A denial waits a week or more; about half of those are worked each week.
        if (d.openedAt.date().daysTo(day) < 6 || worked.contains(d.claimId) || !dice.chance(55))
            continue;
        worked.insert(d.claimId);
        const QDateTime at = Calendar::at(day, 10 + minute / 60, minute % 60);
        minute += 7;
        auto mark = clock.mark();
        if (!mark)
            return mark.error();
        qint64 replacementId = 0;
        switch (workFor(d.reasonCode, h.overridden.contains(d.claimId), dice)) {
        case Work::Resubmit: {
            auto replacement = denials.correctAndResubmit(
                    h.biller, d.id, d.version,
                    Tr::tr("Corrected as the payer's reason says; sent as a replacement."));
            if (!replacement)
                return replacement.error();
            h.replacements.insert(replacement.value());
            toSend.append(replacement.value());
            replacementId = replacement.value();
            if (d.reasonCode == QLatin1String("16"))
                break; // the missing information was on file: nothing to change
            // The fix the denial asks for: the modifier, the units, the side.
            auto claim = claims.claim(replacement.value(), false);
            if (!claim)
                return claim.error();
            ClaimEdit e = ClaimEdit::of(claim.value());
            const demo::EncounterPlan *plan = h.planOfClaim(d.claimId);
            for (ClaimLine &l : e.lines) {
                if (d.reasonCode == QLatin1String("97") && l.code.startsWith(QLatin1String("992"))
                    && !l.modifiers.contains(QStringLiteral("25")))
                    l.modifiers.prepend(QStringLiteral("25"));
                if (d.reasonCode == QLatin1String("151") && l.units > 1
                    && d.lineCode.startsWith(l.code)) {
                    l.chargeCents /= l.units;
                    l.units = 1;
                }
                if (d.reasonCode == QLatin1String("4") && plan) {
                    for (const ServiceLineEntry &s : plan->correct.services) {
                        if (s.code == l.code)
                            l.modifiers = s.modifiers;
                    }
                }
            }
            if (d.reasonCode == QLatin1String("4") && plan) {
                e.diagnoses.clear();
                for (const DiagnosisEntry &dx : plan->correct.diagnoses)
                    e.diagnoses.append(dx.code);
            }
            if (auto r = claims.save(h.biller, replacement.value(), e); !r)
                return r.error();
            break;
        }
        case Work::Appeal: {
            auto letter = denials.appealLetter(h.biller, d.id);
            if (!letter)
                return letter.error();
            if (auto r = denials.appeal(h.biller, d.id, d.version,
                                        Tr::tr("Appealed with the visit note and the orders."),
                                        letter.value());
                !r)
                return r.error();
            break;
        }
        case Work::WriteOff:
            if (auto r = denials.writeOff(h.manager, d.id, d.version,
                                          Tr::tr("Not recoverable: written off (%1-%2).")
                                                  .arg(d.groupCode, d.reasonCode));
                !r)
                return r.error();
            break;
        case Work::Transfer:
            if (auto r = denials.transferToPatient(
                        h.biller, d.id, d.version,
                        Tr::tr("The plan does not cover it; billed to the patient."));
                !r)
                return r.error();
            break;
        }
        CC_DEMO_TRY(clock.restampSince(mark.value(), at));
        CC_DEMO_TRY(clock.restampDenialResolved(d.id, at));
        // The denied claim changed state; the replacement was scrubbed again when saved.
        CC_DEMO_TRY(clock.restampClaims({d.claimId}, at));
        if (replacementId)
            CC_DEMO_TRY(clock.restampClaimFindings(replacementId, at));
    }
    return {};
}

Result<void> DemoBuilder::runStatements(demo::History &h, const QDate &day)
{
    // StatementService::run draws the PDF, which needs a GUI application; the demo is built
    // headless too, so it writes what a run writes (self-pay visits billed, the run, one
    // statement per patient with a balance, the audit row) from the service's own balances.
    ReceivablesRepository repo(m_db);
    LedgerRepository ledger(m_db);
    const QDateTime at = Calendar::at(day, 12);
    auto lines = repo.unbilledSelfPayLines();
    if (!lines)
        return lines.error();
    QList<qint64> billed;
    for (const ReceivablesRepository::SelfPayLine &l : lines.value()) {
        LedgerEntry e;
        e.claimId = l.claimId;
        e.claimLineId = l.claimLineId;
        e.patientId = l.patientId;
        e.amountCents = l.chargeCents;
        e.userId = h.biller.userId;
        e.memo = QStringLiteral("Self-pay visit");
        e.kind = QLatin1String(ledgerkind::kCharge);
        CC_DEMO_TRY(ledger.append(e, at));
        e.kind = QLatin1String(ledgerkind::kTransfer);
        e.groupCode = QStringLiteral("PR");
        CC_DEMO_TRY(ledger.append(e, at));
        if (!billed.contains(l.claimId))
            billed.append(l.claimId);
    }
    for (qint64 claimId : std::as_const(billed))
        CC_DEMO_TRY(repo.setClaimState(claimId, QStringLiteral("adjudicated"), at));

    StatementService statements(m_db, m_audit);
    auto balances = statements.balances(day);
    if (!balances)
        return balances.error();
    QList<PatientBalance> due;
    for (const PatientBalance &b : balances.value()) {
        if (b.isEligible())
            due.append(b);
    }
    if (due.isEmpty())
        return {};
    auto runId = repo.insertRun(day, at, h.biller.userId);
    if (!runId)
        return runId.error();
    qint64 total = 0;
    for (const PatientBalance &b : std::as_const(due)) {
        CC_DEMO_TRY(repo.insertStatement(runId.value(), b.patientId, day, b.balanceCents,
                                         b.dunningLevel));
        total += b.balanceCents;
    }
    CC_DEMO_TRY(repo.setRunTotals(runId.value(), int(due.size()), total));
    CC_DEMO_TRY(m_audit.record(h.biller, QStringLiteral("statements.run"),
                               QStringLiteral("statement_run"), runId.value(),
                               QStringLiteral("%1 statements, %2 due, %3 self-pay claims billed "
                                              "(demo history)")
                                       .arg(due.size())
                                       .arg(Money::fromCents(total).toDecimalString())
                                       .arg(billed.size())));
    return {};
}

Result<void> DemoBuilder::auditCoding(demo::History &h)
{
    // The manager audits a month of coding twice: the month 13 to 9 weeks back (before the
    // feedback loop), drawn two months ago, and the month 9 to 5 weeks back, drawn a month ago;
    // four encounters per coder each time, recoded as the note (and the provider's answers)
    // support. Where the coder's stored codes differ (a missed detail) the lines disagree; in
    // the first audit the auditor also reads some visit levels differently, more of the newer
    // coder's, so accuracy per coder tends to rise from one audit to the next.
    const QDate anchor = h.calendar.anchor;
    if (h.encounters.size() < 40)
        return {};
    struct Round
    {
        int fromBack, toBack, drawnBack;
        int levelDisagreements[2]; ///< per coder: the demo coder, the second coder
        quint32 seed;
    };
    const Round rounds[] = {{91, 64, 60, {1, 2}, 20260101u}, {63, 35, 30, {0, 0}, 20260201u}};
    CodeSetService codes(m_db, m_audit);
    CodingAuditService audits(m_db, m_audit, codes);
    DemoHistoryRepository clock(m_db);
    for (const Round &round : rounds) {
        const QDateTime drawnAt
                = Calendar::at(Calendar::workday(anchor.addDays(-round.drawnBack)), 9);
        auto mark = clock.mark();
        if (!mark)
            return mark.error();
        auto drawn = audits.drawSample(h.manager, anchor.addDays(-round.fromBack),
                                       anchor.addDays(-round.toBack), 4, round.seed,
                                       Tr::tr("Monthly coding review"));
        if (!drawn) {
            if (drawn.error().kind == Error::Kind::Invalid)
                continue; // nothing coded in that month (a small demo)
            return drawn.error();
        }
        CC_DEMO_TRY(clock.restampSince(mark.value(), drawnAt));
        auto items = audits.items(h.manager, drawn->id);
        if (!items)
            return items.error();
        int levelsLeft[2] = {round.levelDisagreements[0], round.levelDisagreements[1]};
        int n = 0;
        for (const CodingAuditItemRecord &item : items.value()) {
            const demo::EncounterPlan *plan = h.plan(item.encounterId);
            if (!plan)
                continue;
            QStringList diagnoses;
            for (const DiagnosisEntry &d : plan->correct.diagnoses)
                diagnoses.append(d.code);
            QList<RecodeServiceLine> services;
            for (const ServiceLineEntry &s : plan->correct.services)
                services.append({s.code, s.modifiers, s.units});
            // The level of an office visit is where auditors and coders part most often.
            int &left = levelsLeft[item.coderId == h.coder2.userId ? 1 : 0];
            if (left > 0) {
                static const QHash<QString, QString> kOtherLevel = {
                    {QStringLiteral("99202"), QStringLiteral("99203")},
                    {QStringLiteral("99203"), QStringLiteral("99204")},
                    {QStringLiteral("99204"), QStringLiteral("99203")},
                    {QStringLiteral("99205"), QStringLiteral("99204")},
                    {QStringLiteral("99212"), QStringLiteral("99213")},
                    {QStringLiteral("99213"), QStringLiteral("99214")},
                    {QStringLiteral("99214"), QStringLiteral("99213")},
                    {QStringLiteral("99215"), QStringLiteral("99214")},
                };
                for (RecodeServiceLine &s : services) {
                    if (kOtherLevel.contains(s.code)) {
                        s.code = kOtherLevel.value(s.code);
                        --left;
                        break;
                    }
                }
            }
            const QDateTime at = Calendar::at(
                    Calendar::workday(drawnAt.date().addDays(1 + n / 3)), 10 + n % 6, 15);
            ++n;
            mark = clock.mark();
            if (!mark)
                return mark.error();
            auto done = audits.submitRecode(h.manager, item.id, item.version, diagnoses,
                                            services);
            if (!done)
                return done.error();
            CC_DEMO_TRY(clock.restampSince(mark.value(), at));
            CC_DEMO_TRY(clock.restampAuditItem(item.id, at));
        }
    }
    return {};
}

} // namespace cc

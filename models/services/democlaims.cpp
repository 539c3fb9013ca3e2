// SPDX-License-Identifier: GPL-3.0-or-later
// DemoBuilder::playClaims: the demo's claims history (issues 5–7). Week after week, in date
// order up to the anchor, the biller scrubs the new claims (fixing or overriding the errors the
// coders passed on), sends them each Friday through a clearinghouse the demo plays itself (the
// 999 and 277CA come back through the same SubmissionService a biller uses), the payers answer
// with weekly ERAs posted through PostingService, denials are worked and statements go out.
// Early weeks go worse than late ones (demo::Calendar), so the measures show a trend.
#include "auditservice.h"
#include "claimservice.h"
#include "codesetservice.h"
#include "demobuilder.h"
#include "demohistory_p.h"
#include "denialservice.h"
#include "postingservice.h"
#include "scrubservice.h"
#include "submissionservice.h"
#include "storage/batchrepository.h"
#include "storage/demohistoryrepository.h"
#include "storage/practicerepository.h"
#include "x12/ackwriter.h"
#include "x12/remit835writer.h"

#include <QCoreApplication>
#include <QMap>

namespace cc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::DemoBuilder)
};

using demo::Calendar;

/// Why the demo clearinghouse rejects a claim now and then (category, status code).
struct DemoRejection
{
    const char *category;
    const char *status;
    const char *entity;
};
constexpr DemoRejection kRejections[] = {
    {"A7", "30", "IL"},  // subscriber and subscriber id do not match
    {"A7", "562", "85"}, // the billing provider's NPI
    {"A6", "21", "85"},  // missing or invalid information
};

/// Why the demo payers deny a claim or a line (group, CARC, RARC).
struct DemoDenial
{
    const char *group;
    const char *reason;
    const char *remark;
};
/// The billing, eligibility and contract reasons: the whole claim is denied.
constexpr DemoDenial kBillingDenials[] = {
    {"CO", "16", "M51"},   // claim lacks information
    {"CO", "197", "N54"},  // precertification absent
    {"CO", "29", "N211"},  // timely filing
    {"OA", "18", "N522"},  // duplicate
    {"CO", "204", "N130"}, // not covered under the plan
    {"CO", "27", "N30"},   // coverage ended
};
// The coding reasons: one line is denied (remitcodes::codingRule traces them to a rule).
constexpr DemoDenial kNotNecessary = {"CO", "50", "N115"};
constexpr DemoDenial kDxMismatch = {"CO", "11", "M76"};
constexpr DemoDenial kBundled = {"CO", "97", "M15"};
constexpr DemoDenial kUnits = {"CO", "151", "N362"};
constexpr DemoDenial kModifier = {"CO", "4", "N56"};

bool isLab(const QString &code)
{
    static const QStringList kLabs = {
        QStringLiteral("82947"), QStringLiteral("82948"), QStringLiteral("82962"),
        QStringLiteral("83036"), QStringLiteral("80061"), QStringLiteral("84443"),
        QStringLiteral("84153"), QStringLiteral("82306"), QStringLiteral("81003"),
        QStringLiteral("G0103")};
    return kLabs.contains(code);
}

bool isVisit(const QString &code)
{
    return code.startsWith(QLatin1String("992"));
}

x12::RemitServiceLine lineOf(const ClaimLineRecord &l)
{
    x12::RemitServiceLine s;
    s.qualifier = "HC";
    s.code = l.line.code.toLatin1();
    for (const QString &m : l.line.modifiers)
        s.modifiers.append(m.toLatin1());
    s.chargeCents = l.line.chargeCents;
    s.serviceDate = l.line.serviceDate;
    s.lineControlNumber = l.lineControlNumber.toLatin1();
    return s;
}

/// The payer's answer to one line paid as agreed: 80 % allowed, CO-45 for the rest, and the
/// patient's share (copay, coinsurance or deductible by turns).
x12::RemitServiceLine paidLine(const ClaimLineRecord &l, int nth)
{
    x12::RemitServiceLine s = lineOf(l);
    const qint64 allowed = l.line.chargeCents * 8 / 10;
    s.allowedCents = allowed;
    qint64 patient = 0;
    QByteArray reason;
    switch (nth % 4) {
    case 0: patient = std::min<qint64>(2000, allowed); reason = "3"; break;  // copay
    case 1: patient = allowed / 5; reason = "2"; break;                      // coinsurance
    case 2: patient = std::min<qint64>(5000, allowed); reason = "1"; break;  // deductible
    default: break;                                                          // paid in full
    }
    if (l.line.chargeCents > allowed)
        s.adjustments.append({"CO", "45", l.line.chargeCents - allowed, {}, 0});
    if (patient > 0)
        s.adjustments.append({"PR", reason, patient, {}, 0});
    s.paidCents = allowed - patient;
    return s;
}

/// A secondary plan's answer to one line: it pays the primary's coinsurance (20 % of the
/// allowed amount); the rest was the primary payer's (OA-23).
x12::RemitServiceLine secondaryLine(const ClaimLineRecord &l)
{
    x12::RemitServiceLine s = lineOf(l);
    const qint64 allowed = l.line.chargeCents * 8 / 10;
    s.allowedCents = allowed;
    s.paidCents = allowed / 5;
    if (l.line.chargeCents > allowed)
        s.adjustments.append({"CO", "45", l.line.chargeCents - allowed, {}, 0});
    if (allowed > s.paidCents)
        s.adjustments.append({"OA", "23", allowed - s.paidCents, {}, 0});
    return s;
}

/// The same line denied (paid nothing) for @p why.
x12::RemitServiceLine deniedLine(const ClaimLineRecord &l, const DemoDenial &why)
{
    x12::RemitServiceLine s = lineOf(l);
    s.adjustments.append({why.group, why.reason, l.line.chargeCents, {}, 0});
    s.remarks.append(why.remark);
    return s;
}

/// CLP03/04/05 from the lines.
void total(x12::RemitClaim &c)
{
    c.chargeCents = c.paidCents = c.patientResponsibilityCents = 0;
    for (const x12::RemitServiceLine &l : c.lines) {
        c.chargeCents += l.chargeCents;
        c.paidCents += l.paidCents;
        c.patientResponsibilityCents += l.adjustedCents("PR");
    }
}

/// An ERA's payment header from the payer of @p r, paid on @p day.
x12::RemitTransaction eraOf(const ClaimRecord &r, const QDate &day, const QByteArray &trace)
{
    x12::RemitTransaction t;
    t.handling = "I";
    t.creditDebit = "C";
    t.paymentMethod = "ACH";
    t.paymentDate = day;
    t.traceNumber = trace;
    t.payerName = r.document.payer.name.toUpper().toLatin1();
    t.payerIdentifier = r.document.payer.id.toLatin1();
    t.payeeName = "MAPLE GROVE FAMILY HEALTH";
    t.payeeIdQualifier = "XX";
    t.payeeId = r.document.billingProvider.npi.toLatin1();
    return t;
}

/// Weeks from the 277CA to the payer's ERA: Medicare is quick, Summit slow.
int paymentWeeks(const ClaimSummary &c, bool secondary, demo::Rng &dice)
{
    if (secondary || c.payerName.startsWith(QLatin1String("Medicare")))
        return 2;
    if (c.payerName.startsWith(QLatin1String("Summit")))
        return dice.between(4, 6);
    return dice.between(2, 3);
}

} // namespace

Result<void> DemoBuilder::playClaims(const Options &options, demo::History &h)
{
    PracticeRepository practice(m_db);
    const std::pair<QString, QString> edi[] = {
        {QStringLiteral("edi.submitter_etin"), QStringLiteral("MGFH0001")},
        {QStringLiteral("edi.clearinghouse_name"), QStringLiteral("Great Lakes Claims Exchange")},
        {QStringLiteral("edi.clearinghouse_etin"), QStringLiteral("GLCX01")},
        {QStringLiteral("edi.production"), QStringLiteral("0")},
    };
    for (const auto &[key, value] : edi) {
        if (auto r = practice.setSetting(key, value); !r)
            return r.error();
    }
    if (h.claimCreated.isEmpty())
        return {};

    const Calendar &calendar = h.calendar;
    h.dice = demo::Rng(options.seed ^ 0x7061796572ULL);
    demo::Rng &dice = h.dice;
    CodeSetService codes(m_db, m_audit);
    ScrubService scrubber(m_db, codes);
    ClaimService claims(m_db, m_audit, scrubber);
    SubmissionService submissions(m_db, m_audit, &claims);
    PostingService payments(m_db, m_audit, &claims);
    DenialService denials(m_db, m_audit, claims);
    DemoHistoryRepository clock(m_db);
    const Session &biller = h.biller;

    // Runs @p step and moves what it stamped with the wall clock to @p at: the rows it added,
    // and the claims @p changed it changed.
    auto stamped = [&](const QDateTime &at, const auto &step,
                       const QList<qint64> &changed = {}) -> Result<void> {
        auto mark = clock.mark();
        if (!mark)
            return mark.error();
        if (auto r = step(); !r)
            return r.error();
        // A rescrub deletes the claim's findings before it stores them again, so the new rows
        // may take the ids of the old ones: those are restamped by claim, not by the mark.
        CC_DEMO_TRY(clock.restampClaims(changed, at));
        for (qint64 id : changed)
            CC_DEMO_TRY(clock.restampClaimFindings(id, at));
        return clock.restampSince(mark.value(), at);
    };

    QDate first = options.anchor;
    for (const QDate &d : std::as_const(h.claimCreated))
        first = std::min(first, d);
    first = first.addDays(1 - first.dayOfWeek());

    // Every claim the handoff made is scrubbed as it is made. The scrubber loads its data once
    // per call, so the claims go in 8-week spans, each scrubbed as of its last day (no payer's
    // filing limit is that short), and the stamps are moved to the day each claim was made.
    QMap<QDate, QList<qint64>> spans;
    for (auto it = h.claimCreated.cbegin(); it != h.claimCreated.cend(); ++it) {
        const qint64 back = it.value().daysTo(options.anchor);
        spans[options.anchor.addDays(-(back / 56) * 56)].append(it.key());
    }
    for (auto span = spans.begin(); span != spans.end(); ++span) {
        std::sort(span->begin(), span->end());
        claims.setToday(span.key());
        if (auto r = claims.scrubClaims(biller, span.value()); !r)
            return r.error();
    }
    for (auto it = h.claimCreated.cbegin(); it != h.claimCreated.cend(); ++it) {
        const QDateTime at = Calendar::at(it.value(), 17);
        CC_DEMO_TRY(clock.restampClaims({it.key()}, at));
        CC_DEMO_TRY(clock.restampClaimFindings(it.key(), at));
    }
    QSet<qint64> unclean; // not clean on their first scrub: the biller fixes them that week
    QSet<qint64> selfPay; // billed to the patient by a statement run, never sent
    auto scrubbed = claims.claims({ClaimState::Draft, ClaimState::Scrubbed});
    if (!scrubbed)
        return scrubbed.error();
    for (const ClaimSummary &c : scrubbed.value()) {
        if (c.state == ClaimState::Draft && c.errorCount > 0)
            unclean.insert(c.id);
        if (c.payerName.isEmpty() || c.payerName == QLatin1String("Self-pay"))
            selfPay.insert(c.id);
    }

    QMap<QDate, QList<qint64>> due;  // Thursday → claims the payers answer then
    QList<qint64> rejected;          // rejected by the 277CA, fixed the next Friday
    QList<qint64> corrections;       // replacement claims from the denial work
    for (QDate monday = first; monday <= options.anchor; monday = monday.addDays(7)) {
        const QDate tuesday = monday.addDays(1), thursday = monday.addDays(3),
                    friday = monday.addDays(4);
        if (tuesday < options.anchor) {
            if (auto r = workDenials(h, claims, denials, tuesday, corrections); !r)
                return r.error();
        }
        if (thursday < options.anchor) {
            const QList<qint64> answered = due.take(thursday);
            if (!answered.isEmpty()) {
                if (auto r = postEras(h, payments, claims, thursday, answered); !r)
                    return r.error();
            }
        }
        if (friday >= options.anchor)
            break;
        claims.setToday(friday);
        denials.setToday(friday);
        // The secondary claims the week's ERAs made.
        QList<qint64> toSend = h.newSecondaries;
        h.newSecondaries.clear();
        if (!toSend.isEmpty()) {
            CC_DEMO_TRY(stamped(Calendar::at(friday, 13), [&]() -> Result<void> {
                if (auto r = claims.scrubClaims(biller, toSend); !r)
                    return r.error();
                return {};
            }, toSend));
            // What stops a secondary claim the biller settles the same day: the scrubber takes
            // it for a second bill of the visit (the secondary plan is another payer), or the
            // secondary plan wants the authorization the primary one had.
            auto secondaries = claims.records(toSend);
            if (!secondaries)
                return secondaries.error();
            for (const ClaimRecord &r : secondaries.value()) {
                for (const StoredFinding &f : r.findings) {
                    if (!f.blocks())
                        continue;
                    const QString why = f.finding.rule == QLatin1String("duplicate-claim")
                            ? Tr::tr("Secondary claim after the primary plan's payment; not a "
                                     "duplicate.")
                            : f.finding.rule == QLatin1String("auth-missing")
                            ? Tr::tr("Authorization obtained by phone; number on file.")
                            : Tr::tr("Checked with the front desk; the claim is right as it is.");
                    CC_DEMO_TRY(stamped(Calendar::at(friday, 13, 30), [&]() {
                        return claims.overrideFinding(biller, r.summary.id, f.id, why);
                    }, {r.summary.id}));
                }
            }
        }
        // This week's new claims; the ones with errors the coders passed on are fixed first.
        // Before the feedback loop the biller often overrides a diagnosis finding (and the
        // payer denies the line); otherwise the claim is fixed.
        QList<qint64> broken;
        for (auto it = h.claimCreated.cbegin(); it != h.claimCreated.cend(); ++it) {
            if (it.value() < monday.addDays(-2) || it.value() > friday)
                continue;
            toSend.append(it.key());
            if (unclean.contains(it.key()))
                broken.append(it.key());
        }
        std::sort(broken.begin(), broken.end());
        auto records = claims.records(broken);
        if (!records)
            return records.error();
        for (const ClaimRecord &r : records.value()) {
            if (r.summary.state != ClaimState::Draft || !hasOpenError(r.findings))
                continue;
            const demo::EncounterPlan *plan = h.planOfClaim(r.summary.id);
            const bool dxError = std::any_of(r.findings.cbegin(), r.findings.cend(),
                                             [](const StoredFinding &f) {
                                                 return f.blocks()
                                                         && f.finding.rule
                                                                 == QLatin1String(
                                                                         "dx-not-supporting");
                                             });
            const QDateTime at = Calendar::at(friday, 14, dice.below(60));
            QList<StoredFinding> found = r.findings;
            if (plan && !(dxError && dice.chance(calendar.mix(70, 15, plan->dos)))) {
                ClaimEdit e = ClaimEdit::of(r);
                e.diagnoses.clear();
                for (const DiagnosisEntry &d : plan->correct.diagnoses)
                    e.diagnoses.append(d.code);
                e.lines.clear();
                for (const ClaimLineRecord &l : r.lines) {
                    for (const ServiceLineEntry &s : plan->correct.services) {
                        if (s.code != l.line.code)
                            continue;
                        ClaimLine line = l.line;
                        line.modifiers = s.modifiers;
                        line.pointers = s.pointers;
                        line.units = s.units;
                        e.lines.append(line);
                        break;
                    }
                }
                CC_DEMO_TRY(stamped(at, [&]() -> Result<void> {
                    auto saved = claims.save(biller, r.summary.id, e);
                    if (!saved)
                        return saved.error();
                    found = saved->findings;
                    return {};
                }, {r.summary.id}));
            }
            // Whatever still stops the claim (an authorization, a duplicate) the biller
            // overrides with a reason, as billers do.
            for (const StoredFinding &f : std::as_const(found)) {
                if (!f.blocks())
                    continue;
                const QString why = f.finding.rule == QLatin1String("dx-not-supporting")
                        ? Tr::tr("The provider says the test was indicated; sent as coded.")
                        : f.finding.rule == QLatin1String("auth-missing")
                        ? Tr::tr("Authorization obtained by phone; number on file.")
                        : Tr::tr("Checked with the front desk; the claim is right as it is.");
                CC_DEMO_TRY(stamped(at, [&]() {
                    return claims.overrideFinding(biller, r.summary.id, f.id, why);
                }, {r.summary.id}));
                if (f.finding.rule == QLatin1String("dx-not-supporting"))
                    h.overridden.insert(r.summary.id);
            }
        }
        // Last week's rejections, fixed (the subscriber's id, the NPI) and sent again.
        auto toResend = claims.records(rejected);
        if (!toResend)
            return toResend.error();
        for (const ClaimRecord &c : toResend.value()) {
            CC_DEMO_TRY(stamped(Calendar::at(friday, 15), [&]() -> Result<void> {
                if (auto w = claims.save(biller, c.summary.id, ClaimEdit::of(c)); !w)
                    return w.error();
                return {};
            }, {c.summary.id}));
        }
        toSend.append(rejected);
        toSend.append(corrections);
        const QSet<qint64> rejectedBefore(rejected.cbegin(), rejected.cend());
        rejected.clear();
        corrections.clear();
        // What is ready and has a payer to go to (self-pay visits are billed by statements;
        // a secondary or corrected claim with an error waits for the biller).
        QList<qint64> unsure;
        for (qint64 id : std::as_const(toSend)) {
            if (!h.claimCreated.contains(id) && !rejectedBefore.contains(id))
                unsure.append(id);
        }
        auto unsureRecords = claims.records(unsure);
        if (!unsureRecords)
            return unsureRecords.error();
        QSet<qint64> waiting;
        for (const ClaimRecord &r : unsureRecords.value()) {
            if (r.summary.state != ClaimState::Scrubbed)
                waiting.insert(r.summary.id);
        }
        QList<qint64> ids;
        for (qint64 id : std::as_const(toSend)) {
            if (!selfPay.contains(id) && !waiting.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty())
            continue;
        std::sort(ids.begin(), ids.end());
        const QDateTime sentAt = Calendar::at(friday, 16, 30);
        // Sending scrubs the claims again: their findings are stored anew.
        auto beforeSend = clock.mark();
        if (!beforeSend)
            return beforeSend.error();
        auto sent = submissions.submit(biller, ids, sentAt);
        if (!sent)
            return sent.error();
        CC_DEMO_TRY(clock.restampSince(beforeSend.value(), sentAt));
        CC_DEMO_TRY(clock.restampClaims(ids, sentAt));
        for (qint64 id : std::as_const(ids))
            CC_DEMO_TRY(clock.restampClaimFindings(id, sentAt));
        for (const BatchRecord &batch : sent->batches) {
            auto inBatch = BatchRepository(m_db).claimIds(batch.summary.id);
            if (!inBatch)
                return inBatch.error();
            auto members = BatchRepository(m_db).claimsOfGroup(batch.summary.groupControl,
                                                                nullptr);
            if (!members)
                return members.error();
            QList<x12::SetReply> sets;
            for (const QString &control : QSet<QString>(members->cbegin(), members->cend()))
                sets.append({control, true});
            // The clearinghouse's 999 comes back within the hour; the payers' 277CA the
            // Monday after, unless that is still to come on the demo's today.
            const QDateTime syntaxAt = Calendar::at(friday, 17, 5);
            ++h.interchange;
            if (auto r = submissions.importAck(biller, QStringLiteral("999-%1.x12").arg(h.interchange),
                                               x12::make999(batch.summary.groupControl, sets,
                                                            h.interchange, friday),
                                               syntaxAt);
                !r)
                return r.error();
            CC_DEMO_TRY(clock.restampClaims(inBatch.value(), syntaxAt));
            const QDate ackDay = friday.addDays(3);
            if (ackDay >= options.anchor)
                continue;
            const QDateTime ackAt = Calendar::at(ackDay, 7, 40);
            auto submitted = claims.claims({ClaimState::Submitted});
            if (!submitted)
                return submitted.error();
            const QSet<qint64> sentNow(inBatch->cbegin(), inBatch->cend());
            QList<ClaimSummary> batchClaims;
            for (const ClaimSummary &c : submitted.value()) {
                if (sentNow.contains(c.id))
                    batchClaims.append(c);
            }
            std::sort(batchClaims.begin(), batchClaims.end(),
                      [](const ClaimSummary &a, const ClaimSummary &b) { return a.id < b.id; });
            QList<x12::ClaimReply> replies;
            for (const ClaimSummary &c : std::as_const(batchClaims)) {
                const QDate dos = c.dateOfService;
                // A resent claim goes through; a new one is rejected now and then (front-desk
                // data), far less once the practice checks eligibility.
                if (c.submissionCount <= 1 && c.frequency == QLatin1String("1")
                    && h.rejections.next(dice, calendar.mix(7, 3, dos))) {
                    const DemoRejection &why = kRejections[dice.below(3)];
                    replies.append({c.patientControlNumber, false, {},
                                    QString::fromLatin1(why.category),
                                    QString::fromLatin1(why.status),
                                    QString::fromLatin1(why.entity)});
                    if (friday.addDays(7) < options.anchor)
                        rejected.append(c.id);
                    continue;
                }
                replies.append({c.patientControlNumber, true,
                                QStringLiteral("%1%2")
                                        .arg(ackDay.toString(QStringLiteral("yyMMdd")))
                                        .arg(c.id, 7, 10, QLatin1Char('0'))});
                // The payer answers weeks later; a few claims it never answers at all (the
                // follow-up list), among them the oldest visits'.
                const demo::EncounterPlan *plan = h.planOfClaim(c.id);
                const bool lost = plan && plan->tail ? dice.chance(50) : dice.chance(3);
                if (!lost) {
                    const int weeks = paymentWeeks(c, h.secondaries.contains(c.id), dice);
                    const QDate thursday = friday.addDays(7 * weeks - 1);
                    if (thursday < options.anchor)
                        due[thursday].append(c.id);
                }
            }
            ++h.interchange;
            if (auto r = submissions.importAck(biller, QStringLiteral("277CA-%1.x12").arg(h.interchange),
                                               x12::make277CA(replies, h.interchange, ackDay),
                                               ackAt);
                !r)
                return r.error();
            CC_DEMO_TRY(clock.restampClaims(inBatch.value(), ackAt));
        }
        if (friday.day() <= 7 && friday >= calendar.firstDay().addDays(21)) {
            if (auto r = runStatements(h, friday); !r)
                return r.error();
        }
    }
    // The newest claims wait, scrubbed, for the biller to send them.
    claims.setToday(options.anchor);
    denials.setToday(options.anchor);
    return postReversal(h, payments, claims, options.anchor.addDays(-2));
}

Result<void> DemoBuilder::postEras(demo::History &h, PostingService &payments,
                                   ClaimService &claims, const QDate &day,
                                   const QList<qint64> &claimIds)
{
    const Calendar &calendar = h.calendar;
    demo::Rng &dice = h.dice;
    QList<qint64> ids = claimIds;
    std::sort(ids.begin(), ids.end());
    auto records = claims.records(ids);
    if (!records)
        return records.error();
    QMap<QString, QList<ClaimRecord>> byPayer;
    for (const ClaimRecord &r : records.value()) {
        // A claim answered another way meanwhile (a replacement) is left alone.
        if (r.summary.state == ClaimState::Accepted)
            byPayer[r.document.payer.id].append(r);
    }
    for (auto it = byPayer.cbegin(); it != byPayer.cend(); ++it) {
        const QList<ClaimRecord> &members = it.value();
        x12::RemitTransaction t = eraOf(members.first(), day,
                                        QStringLiteral("EFT%1%2")
                                                .arg(day.toString(QStringLiteral("yyMMdd")))
                                                .arg(++h.eras, 3, 10, QLatin1Char('0'))
                                                .toLatin1());
        for (const ClaimRecord &r : members) {
            const QDate dos = r.summary.dateOfService;
            const demo::EncounterPlan *plan = h.planOfClaim(r.summary.id);
            x12::RemitClaim c;
            c.id = r.summary.patientControlNumber.toLatin1();
            c.status = r.coveragePriority == 2 ? "2" : "1";
            c.filingIndicator = r.document.payer.filingIndicator.toLatin1();
            c.payerClaimNumber = (r.payerClaimNumber.isEmpty()
                                          ? QStringLiteral("ICN%1").arg(r.summary.id)
                                          : r.payerClaimNumber)
                                         .toLatin1();
            const Patient &pt = r.document.patient.value_or(
                    Patient{r.document.subscriber.lastName, r.document.subscriber.firstName, {},
                            {}, {}});
            c.patientLastName = pt.lastName.toUpper().toLatin1();
            c.patientFirstName = pt.firstName.toUpper().toLatin1();
            c.memberId = r.document.subscriber.memberId.toLatin1();

            // What the payer denies. The whole claim for a billing reason; one line for a
            // coding reason: a diagnosis finding the biller overrode, a missed modifier, or
            // one of the payer's own edits the scrubber has no data for.
            const DemoDenial *whole = nullptr;
            const DemoDenial *lineWhy = nullptr;
            qsizetype denyAt = -1;
            const bool original = r.summary.frequency == QLatin1String("1")
                    && r.coveragePriority != 2;
            if (original && plan && plan->tail) {
                whole = &kBillingDenials[dice.below(2)];
            } else if (original) {
                if (h.overridden.contains(r.summary.id)) {
                    for (const StoredFinding &f : r.findings) {
                        if (f.isOverridden()
                            && f.finding.rule == QLatin1String("dx-not-supporting")) {
                            denyAt = f.finding.line - 1;
                            lineWhy = dice.chance(50) ? &kNotNecessary : &kDxMismatch;
                            break;
                        }
                    }
                }
                if (!lineWhy && plan && plan->slip == demo::Slip::Teaching && dice.chance(85)) {
                    const QString &key = plan->scenario->key;
                    for (qsizetype i = 0; i < r.lines.size(); ++i) {
                        const ClaimLine &l = r.lines.at(i).line;
                        if (key == QLatin1String("skin-biopsy-no-25") && isVisit(l.code)
                            && !l.modifiers.contains(QStringLiteral("25"))) {
                            denyAt = i;
                            lineWhy = &kBundled;
                        } else if (key == QLatin1String("knee-injection-no-laterality")
                                   && l.code == QLatin1String("20610")) {
                            denyAt = i;
                            lineWhy = &kModifier;
                        }
                    }
                }
                if (!lineWhy && h.codingDenials.next(dice, calendar.mix(6, 3, dos))) {
                    const bool procedure = std::any_of(
                            r.lines.cbegin(), r.lines.cend(), [](const ClaimLineRecord &l) {
                                return !isVisit(l.line.code) && !isLab(l.line.code)
                                        && !l.line.code.startsWith(QLatin1Char('J'));
                            });
                    // The payer's edit that fits a line; a reason the history has not shown
                    // yet comes first, so the coders' denial analytics show every one of them.
                    auto reasonFor = [&](const ClaimLine &l) -> const DemoDenial * {
                        if (l.units > 1)
                            return &kUnits;
                        if (isLab(l.code)) {
                            const bool mismatch = !h.codingReasons.contains(
                                                          QLatin1String(kDxMismatch.reason))
                                    || (h.codingReasons.contains(
                                                QLatin1String(kNotNecessary.reason))
                                        && dice.chance(50));
                            return mismatch ? &kDxMismatch : &kNotNecessary;
                        }
                        if (!l.modifiers.isEmpty() && !l.modifiers.contains(QStringLiteral("25")))
                            return &kModifier;
                        if (isVisit(l.code) && procedure)
                            return &kBundled;
                        return nullptr;
                    };
                    for (int pass = 0; pass < 2 && !lineWhy; ++pass) {
                        for (qsizetype i = 0; i < r.lines.size() && !lineWhy; ++i) {
                            const DemoDenial *why = reasonFor(r.lines.at(i).line);
                            if (why
                                && (pass == 1
                                    || !h.codingReasons.contains(QLatin1String(why->reason)))) {
                                lineWhy = why;
                                denyAt = i;
                            }
                        }
                    }
                }
                if (lineWhy)
                    h.codingReasons.insert(QLatin1String(lineWhy->reason));
                if (!lineWhy && h.billingDenials.next(dice, calendar.mix(5, 3, dos)))
                    whole = &kBillingDenials[dice.below(int(std::size(kBillingDenials)))];
            }
            if (denyAt < 0 || denyAt >= r.lines.size())
                lineWhy = nullptr;
            for (qsizetype i = 0; i < r.lines.size(); ++i) {
                const ClaimLineRecord &l = r.lines.at(i);
                if (whole)
                    c.lines.append(deniedLine(l, *whole));
                else if (lineWhy && i == denyAt)
                    c.lines.append(deniedLine(l, *lineWhy));
                else if (c.status == "2")
                    c.lines.append(secondaryLine(l));
                else
                    c.lines.append(paidLine(l, dice.below(4)));
            }
            if (whole)
                c.status = "4";
            // A patient with a second plan: every other time the payer forwards the claim
            // itself (crossover); otherwise the posting queues our own secondary claim.
            if (c.status == "1") {
                const QString second = h.secondPlan.value(r.patientId);
                if (!second.isEmpty() && dice.chance(50)) {
                    c.status = "19";
                    c.crossoverPayer = second.toUpper().toLatin1();
                }
            }
            total(c);
            if (!h.toReverse && c.status == "1" && !lineWhy && c.paidCents > 500
                && day >= calendar.anchor.addDays(-35))
                h.toReverse = std::pair{r, c};
            // A replacement is paid whole; the payer takes back what it paid on the claim it
            // replaces (a PLB WO naming that claim).
            if (r.summary.frequency == QLatin1String("7") && r.originalClaimId != 0) {
                auto before = payments.balance(r.originalClaimId);
                if (!before)
                    return before.error();
                if (before->paidCents > 0)
                    t.providerAdjustments.append({t.payeeId, day, "WO", c.payerClaimNumber,
                                                  before->paidCents, 0});
            }
            t.claims.append(c);
        }
        if (h.eras == 1) {
            // A claim of another practice that reached us by mistake: the Unmatched ERA list.
            x12::RemitClaim stranger = t.claims.first();
            stranger.id = "LKS-20417";
            stranger.status = "1";
            stranger.payerClaimNumber = "ICN-LKS-20417";
            stranger.patientLastName = "WINTERS";
            stranger.patientFirstName = "DALE";
            stranger.memberId = "XQZ448812";
            for (x12::RemitServiceLine &l : stranger.lines)
                l.lineControlNumber.clear();
            t.claims.append(stranger);
            // Interest on a late payment: a negative PLB adds to the payment.
            t.providerAdjustments.append({t.payeeId, QDate(day.year(), 12, 31), "L6",
                                          "INTEREST", -325, 0});
        }
        qint64 paid = 0;
        for (const x12::RemitClaim &c : t.claims)
            paid += c.paidCents;
        if (paid - t.providerAdjustedCents() < 0) {
            // Never a negative payment: the recovery waits for a larger ERA.
            t.providerAdjustments.removeIf(
                    [](const x12::ProviderAdjustment &a) { return a.reason == "WO"; });
        }
        t.paymentCents = paid - t.providerAdjustedCents();
        x12::Remit835WriteOptions w;
        w.senderId = t.payerIdentifier;
        w.receiverId = "MGFH0001";
        w.interchangeControlNumber = 800000 + h.eras;
        w.groupControlNumber = 800000 + h.eras;
        w.created = Calendar::at(day, 6);
        const QByteArray file = x12::write835({t}, w);
        const QDateTime at = Calendar::at(day, 9, 15);
        DemoHistoryRepository clock(m_db);
        auto mark = clock.mark();
        if (!mark)
            return mark.error();
        if (auto r = payments.postEra(h.biller, file,
                                      QStringLiteral("835-%1.x12").arg(w.interchangeControlNumber),
                                      at);
            !r)
            return r.error();
        if (auto r = clock.restampSince(mark.value(), at); !r)
            return r.error();
        // The claims the posting made are the secondary claims, sent with Friday's batch.
        auto after = clock.mark();
        if (!after)
            return after.error();
        for (qint64 id = mark->claims + 1; id <= after->claims; ++id) {
            h.secondaries.insert(id);
            h.newSecondaries.append(id);
        }
    }
    return {};
}

Result<void> DemoBuilder::postReversal(demo::History &h, PostingService &payments,
                                       ClaimService &claims, const QDate &day)
{
    Q_UNUSED(claims);
    if (!h.toReverse)
        return {};
    // The payer took one payment back and paid it again, corrected: a reversal (CLP02 22)
    // followed by the corrected claim, in an ERA of its own.
    const auto &[record, original] = *h.toReverse;
    x12::RemitClaim reversal = original;
    reversal.status = "22";
    reversal.chargeCents = -original.chargeCents;
    reversal.paidCents = -original.paidCents;
    reversal.patientResponsibilityCents = -original.patientResponsibilityCents;
    for (x12::RemitServiceLine &l : reversal.lines) {
        l.chargeCents = -l.chargeCents;
        l.paidCents = -l.paidCents;
        for (x12::RemitAdjustment &a : l.adjustments)
            a.amountCents = -a.amountCents;
    }
    x12::RemitClaim corrected = original;
    corrected.payerClaimNumber += "R";
    x12::RemitServiceLine &first = corrected.lines.first();
    for (x12::RemitAdjustment &a : first.adjustments) {
        if (a.group == "CO" && a.amountCents >= 500) {
            a.amountCents -= 500; // the payer had applied the wrong fee schedule
            first.paidCents += 500;
            if (first.allowedCents)
                *first.allowedCents += 500;
            break;
        }
    }
    total(corrected);
    x12::RemitTransaction t = eraOf(
            record, day,
            QStringLiteral("EFT%1R").arg(day.toString(QStringLiteral("yyMMdd"))).toLatin1());
    t.claims = {reversal, corrected};
    t.paymentCents = reversal.paidCents + corrected.paidCents;
    x12::Remit835WriteOptions w;
    w.senderId = t.payerIdentifier;
    w.receiverId = "MGFH0001";
    w.interchangeControlNumber = 800000 + ++h.eras;
    w.groupControlNumber = w.interchangeControlNumber;
    w.created = Calendar::at(day, 6);
    const QDateTime at = Calendar::at(day, 9, 15);
    DemoHistoryRepository clock(m_db);
    auto mark = clock.mark();
    if (!mark)
        return mark.error();
    if (auto r = payments.postEra(h.biller, x12::write835({t}, w),
                                  QStringLiteral("835-%1.x12").arg(w.interchangeControlNumber),
                                  at);
        !r)
        return r.error();
    return clock.restampSince(mark.value(), at);
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
// DemoBuilder::codeAndHandOff: the coders' side of the demo history (issue 7 §5). The coding
// DemoBuilder::build decided for each encounter is stored with the coder's name; queries go to
// Dr. Okafor and she answers them through QueryService; coded work is scrubbed, handed off and
// accepted into a draft claim, or returned to the coder, fixed and handed off again. Every step
// is stamped on the day the demo says it happened.
#include "auditservice.h"
#include "codesetservice.h"
#include "demobuilder.h"
#include "demohistory_p.h"
#include "encounterservice.h"
#include "queryservice.h"
#include "scrubservice.h"
#include "templateservice.h"
#include "domain/handoff.h"
#include "storage/claimrepository.h"
#include "storage/demohistoryrepository.h"
#include "storage/encounterrepository.h"

#include <QCoreApplication>
#include <QMap>

namespace cc {

namespace demo {

namespace {

void dropService(CodingDraft &c, const QString &code)
{
    c.services.removeIf([&](const ServiceLineEntry &l) { return l.code == code; });
    int lineNo = 1;
    for (ServiceLineEntry &l : c.services)
        l.lineNo = lineNo++;
}

void setDiagnosis(CodingDraft &c, const QString &from, const QString &to)
{
    for (DiagnosisEntry &d : c.diagnoses) {
        if (d.code == from)
            d.code = to;
    }
}

/// Replaces modifier @p from of the lines of @p code by @p to (adds @p to when @p from is empty).
void setModifier(CodingDraft &c, const QString &code, const QString &from, const QString &to)
{
    for (ServiceLineEntry &l : c.services) {
        if (l.code != code)
            continue;
        if (from.isEmpty())
            l.modifiers.prepend(to);
        else
            l.modifiers.replaceInStrings(from, to);
    }
}

} // namespace

void correctTeachingCase(const Scenario &scenario, bool queried, CodingDraft &coding)
{
    const QString &key = scenario.key;
    if (key == QLatin1String("ankle-sprain-glucose")) {
        dropService(coding, QStringLiteral("82947")); // not indicated: the charge comes off
    } else if (key == QLatin1String("vitd-fatigue")) {
        dropService(coding, QStringLiteral("82306"));
    } else if (key == QLatin1String("skin-biopsy-no-25")) {
        setModifier(coding, QStringLiteral("99213"), {}, QStringLiteral("25"));
    } else if (key == QLatin1String("knee-injection-no-laterality")) {
        // The orthopedic office confirms the side on the phone: the right knee.
        setDiagnosis(coding, QStringLiteral("M1710"), QStringLiteral("M1711"));
        setModifier(coding, QStringLiteral("20610"), QStringLiteral("LT"), QStringLiteral("RT"));
    } else if (key == QLatin1String("asthma") && queried) {
        setDiagnosis(coding, QStringLiteral("J45909"), QStringLiteral("J4530"));
    } else if (key == QLatin1String("htn-ckd") && queried) {
        setDiagnosis(coding, QStringLiteral("N1830"), QStringLiteral("N1831"));
    }
    // dm2-ckd-specificity and hf-specificity: the note documents the detail, and the
    // scenario's codes are the specific ones.
}

void missTeachingCase(const Scenario &scenario, CodingDraft &coding)
{
    const QString &key = scenario.key;
    if (key == QLatin1String("dm2-ckd-specificity")) {
        // The superbill's E11.9, without the kidney disease the note documents.
        coding.diagnoses = {{1, QStringLiteral("E119")}, {2, QStringLiteral("Z7984")}};
        for (ServiceLineEntry &l : coding.services)
            l.pointers = {1, 2};
    } else if (key == QLatin1String("hf-specificity")) {
        setDiagnosis(coding, QStringLiteral("I5022"), QStringLiteral("I509"));
    }
    // The others are coded as the superbill says: the scenario's own codes.
}

} // namespace demo

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::DemoBuilder)
};

using demo::Calendar;
using demo::EncounterPlan;

/// The rules whose errors a biller sends back to the coder (the others are the biller's to
/// fix on the claim: authorization, duplicates, filing limits).
bool isCodingRule(const QString &rule)
{
    static const QStringList kCoding = {
        QStringLiteral("code-invalid"),     QStringLiteral("code-not-billable"),
        QStringLiteral("dx-not-supporting"), QStringLiteral("ncci-ptp"),
        QStringLiteral("mue-units"),        QStringLiteral("age-conflict"),
        QStringLiteral("sex-conflict"),     QStringLiteral("manifestation-first"),
        QStringLiteral("modifier-invalid"), QStringLiteral("pointer-invalid"),
        QStringLiteral("too-many-diagnoses")};
    return kCoding.contains(rule);
}

/// The line of @p note that starts with @p label, else the note's first line.
QString quote(const QString &note, const QString &label)
{
    const QStringList lines = note.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (l.startsWith(label))
            return l.trimmed();
    }
    return lines.value(0).trimmed();
}

/// The query a coder sends about @p plan's encounter (its note is @p note), and the answer the
/// provider gives in @p answer.
QueryService::NewQuery queryFor(const EncounterPlan &plan, const QString &note, QString *answer)
{
    QueryService::NewQuery q;
    const QString &key = plan.scenario->key;
    const QString assessment = quote(note, QStringLiteral("Assessment:"));
    if (key == QLatin1String("ankle-sprain-glucose") || key == QLatin1String("vitd-fatigue")) {
        const QString code = key == QLatin1String("vitd-fatigue") ? QStringLiteral("82306")
                                                                   : QStringLiteral("82947");
        q.templateKey = QStringLiteral("open-clinical-indication");
        q.question = Tr::tr("The superbill lists the test %1 on %2. The note quoted below does "
                            "not state a clinical reason for it. Please document the condition "
                            "or indication for the test, or state that it was not indicated.")
                             .arg(code, plan.dos.toString(QStringLiteral("MM/dd/yyyy")));
        q.quotedText = assessment;
        *answer = Tr::tr("Not indicated: it was ordered by mistake. Please remove the charge.");
    } else if (key == QLatin1String("skin-biopsy-no-25")) {
        q.templateKey = QStringLiteral("yn-confirm-documented");
        q.question = Tr::tr("Besides the biopsy, the note quoted below documents a follow-up of "
                            "the patient's hypertension. Please confirm that this separate "
                            "evaluation took place on this date of service.");
        q.quotedText = assessment;
        *answer = QStringLiteral("Yes");
    } else if (key == QLatin1String("dm2-ckd-specificity")) {
        q.templateKey = QStringLiteral("mc-diabetes-type");
        q.question = Tr::tr("The note quoted below documents diabetes and chronic kidney "
                            "disease. Based on your clinical judgment, can the type of "
                            "diabetes, and any condition caused by it, be further specified?");
        q.quotedText = assessment;
        *answer = QStringLiteral("Other (please specify): ")
                + Tr::tr("type 2 diabetes with diabetic chronic kidney disease, stage 3a");
    } else if (key == QLatin1String("asthma")) {
        q.templateKey = QStringLiteral("open-specificity");
        q.question = Tr::tr("The note quoted below documents asthma without its severity or "
                            "whether it is intermittent or persistent. Based on your clinical "
                            "judgment, can you classify it further?");
        q.quotedText = assessment;
        *answer = Tr::tr("Mild persistent asthma, uncomplicated.");
    } else {
        q.templateKey = QStringLiteral("yn-confirm-documented");
        q.question = Tr::tr("The note quoted below documents this assessment. Please confirm "
                            "that it applies to this date of service.");
        q.quotedText = assessment;
        *answer = QStringLiteral("Yes");
    }
    return q;
}

/// Why the biller returns an encounter, from its findings.
QString returnReason(const QList<Finding> &found, demo::Slip slip)
{
    for (const Finding &f : found) {
        if (f.severity != Finding::Severity::Error || !isCodingRule(f.rule))
            continue;
        if (f.rule == QLatin1String("dx-not-supporting"))
            return QStringLiteral("dx-not-supporting");
        return QStringLiteral("wrong-code");
    }
    for (const Finding &f : found) {
        if (f.rule == QLatin1String("modifier-25-missing"))
            return QStringLiteral("missing-modifier");
    }
    return slip == demo::Slip::Teaching ? QStringLiteral("missing-documentation")
                                        : QStringLiteral("wrong-code");
}

} // namespace

Result<void> DemoBuilder::codeAndHandOff(const Options &options, demo::History &h)
{
    const Calendar &calendar = h.calendar;
    DemoHistoryRepository clock(m_db);
    EncounterRepository encounters(m_db);
    ClaimRepository claims(m_db);
    demo::Rng dice(options.seed ^ 0x68616e646f6666ULL);
    // When each encounter was last worked on: the repositories stamp encounters.updated_at
    // with the wall clock, and the coder's queue sorts and shows it.
    QHash<qint64, QDateTime> touched;

    // 1. Queries to Dr. Okafor, sent and answered through QueryService; an answered query lets
    // the coder code the encounter as the answer says.
    TemplateService templates(m_db, m_audit);
    EncounterService encounterService(m_db, m_audit);
    QueryService queries(m_db, m_audit, templates, encounterService);
    for (const EncounterPlan &plan : std::as_const(h.encounters)) {
        if (!plan.query)
            continue;
        auto detail = encounters.detail(plan.id);
        if (!detail)
            return detail.error();
        if (!detail.value())
            continue;
        QString answer;
        const QueryService::NewQuery q = queryFor(plan, detail.value()->clinicalNote, &answer);
        auto mark = clock.mark();
        if (!mark)
            return mark.error();
        auto queryId = queries.send(h.coderSession(plan.coderId), plan.id, q);
        if (!queryId)
            return queryId.error();
        if (auto r = clock.restampSince(mark.value(), plan.querySent); !r)
            return r.error();
        touched.insert(plan.id, plan.querySent);
        if (!plan.queryAnswered)
            continue;
        mark = clock.mark();
        if (!mark)
            return mark.error();
        if (auto r = queries.answer(h.provider, queryId.value(), answer, {}); !r)
            return r.error();
        if (auto r = clock.restampSince(mark.value(), plan.queryAnswer); !r)
            return r.error();
        if (auto r = clock.restampQueryAnswered(queryId.value(), plan.queryAnswer); !r)
            return r.error();
        touched.insert(plan.id, plan.queryAnswer);
        if (!plan.coded)
            continue;
        auto answered = encounters.detail(plan.id);
        if (!answered || !answered.value())
            return answered ? Error::notFound(Tr::tr("A demo encounter disappeared.")) : answered.error();
        CodingDraft draft = plan.correct;
        draft.coderNote = Tr::tr("Coded after the provider's answer to the query.");
        if (auto r = encounters.saveCoding(plan.id, answered.value()->version, draft,
                                           EncounterState::Coded, plan.coderId);
            !r)
            return r.error();
        touched.insert(plan.id, std::max(plan.queryAnswer.addSecs(3600),
                                         Calendar::at(plan.codedDay, 9)));
    }

    // 2. Who coded what: the per-coder measures read encounters.coder_id.
    QList<qint64> byCoder, byCoder2;
    for (const EncounterPlan &plan : std::as_const(h.encounters)) {
        if (plan.coded)
            (plan.coderId == h.coder2.userId ? byCoder2 : byCoder).append(plan.id);
    }
    if (auto r = clock.setCoder(byCoder, h.coder.userId); !r)
        return r.error();
    if (auto r = clock.setCoder(byCoder2, h.coder2.userId); !r)
        return r.error();

    // 3. The handoff. The newest coded work only: a benchmark-sized demo keeps an older coded
    // backlog rather than spend minutes scrubbing it.
    constexpr qsizetype kMaxAdvanced = 3000;
    QList<const EncounterPlan *> work;
    for (const EncounterPlan &plan : std::as_const(h.encounters)) {
        if (plan.coded)
            work.append(&plan);
    }
    work = work.mid(std::max<qsizetype>(0, work.size() - kMaxAdvanced));
    CodeSetService codes(m_db, m_audit);
    ScrubService scrubber(m_db, codes);

    struct Item
    {
        const EncounterPlan *plan = nullptr;
        EncounterDetail detail;
        QList<Finding> found;
        QDate day; ///< handed off (again)
    };
    // Scrubs @p items as of when they were handed off: timely filing counts from there. The
    // scrubber loads its data once per call, so the items go in 8-week spans, each scrubbed
    // as of its last day: no payer's filing limit is that short.
    auto scrubItems = [&](QList<Item> &items) -> Result<void> {
        QMap<QDate, QList<qsizetype>> weeks;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qint64 back = items.at(i).day.daysTo(options.anchor);
            weeks[options.anchor.addDays(-(back / 56) * 56)].append(i);
        }
        for (auto w = weeks.cbegin(); w != weeks.cend(); ++w) {
            QList<ScrubClaim> batch;
            for (qsizetype i : w.value()) {
                auto claim = scrubber.storedEncounterClaim(items.at(i).plan->id,
                                                           &items[i].detail);
                if (!claim)
                    return claim.error();
                batch.append(claim.value().value_or(ScrubClaim{}));
            }
            auto scrubbed = scrubber.scrub(batch, w.key());
            if (!scrubbed)
                return scrubbed.error();
            for (qsizetype k = 0; k < w.value().size(); ++k)
                items[w.value().at(k)].found = scrubbed->at(k).findings;
        }
        return {};
    };
    // The encounter handed off on item.day at @p time, with its findings stamped then.
    auto handOff = [&](Item &item, EncounterState from, const QTime &time,
                       const QString &note) -> Result<QString> {
        const QString json = QString::fromUtf8(findings::toJson(item.found));
        const qint64 id = item.plan->id;
        const qint64 coderId = item.plan->coderId;
        CC_DEMO_TRY(claims.replaceEncounterFindings(id, item.found));
        CC_DEMO_TRY(clock.restampEncounterFindings(id, QDateTime(item.day, time, Qt::UTC)));
        const QString at = DemoHistoryRepository::stamp(QDateTime(item.day, time, Qt::UTC));
        const QString handed
                = DemoHistoryRepository::stamp(QDateTime(item.day, time.addSecs(120), Qt::UTC));
        CC_DEMO_TRY(encounters.logTransition(id, coderId, from, EncounterState::Coded, {}, {},
                                             json, at));
        CC_DEMO_TRY(encounters.setState(id, -1, EncounterState::HandedOff));
        CC_DEMO_TRY(encounters.logTransition(id, coderId, EncounterState::Coded,
                                             EncounterState::HandedOff, note, {}, json,
                                             handed));
        touched.insert(id, QDateTime(item.day, time.addSecs(120), Qt::UTC));
        return json;
    };
    // The biller accepts the encounter on @p day: its draft claim, made then.
    auto accept = [&](const Item &item, const QString &json, const QDateTime &at)
            -> Result<void> {
        const qint64 id = item.plan->id;
        auto context = claims.context(id);
        if (!context)
            return context.error();
        auto pcn = claims.nextPatientControlNumber();
        if (!pcn)
            return pcn.error();
        auto claimId = claims.insertDraft(item.detail, context.value(), pcn.value(), {});
        if (!claimId)
            return claimId.error();
        CC_DEMO_TRY(clock.restampNewClaim(claimId.value(), at));
        CC_DEMO_TRY(claims.attachFindings(id, claimId.value()));
        CC_DEMO_TRY(encounters.setState(id, -1, EncounterState::Accepted));
        CC_DEMO_TRY(encounters.logTransition(id, h.biller.userId, EncounterState::HandedOff,
                                             EncounterState::Accepted, {}, {}, json,
                                             DemoHistoryRepository::stamp(at)));
        h.claimCreated.insert(claimId.value(), at.date());
        h.claimEncounter.insert(claimId.value(), id);
        touched.insert(id, at);
        return {};
    };

    QList<Item> items;
    items.reserve(work.size());
    for (const EncounterPlan *plan : std::as_const(work))
        items.append({plan, {}, {}, plan->codedDay});
    if (auto r = scrubItems(items); !r)
        return r.error();
    QList<Item> fixed; // returned, fixed by the coder: handed off again
    demo::Quota passOn; // coding errors the biller accepts, to fix on the claim
    for (Item &item : items) {
        const EncounterPlan &plan = *item.plan;
        const QDate dos = plan.dos;
        const bool errors = findings::hasErrors(item.found);
        const QString note = errors ? Tr::tr("Coded as documented; please look at the finding.")
                                    : QString();
        auto json = handOff(item, EncounterState::Coding, QTime(14, 0), note);
        if (!json)
            return json.error();
        // The biller gets to it the same day or a few days later (sooner once the loop works).
        const int wait = dice.between(0, 2);
        const QDate billerDay = Calendar::addWorkdays(item.day, wait);
        if (billerDay >= options.anchor)
            continue; // still waiting for the biller
        const bool codingError = std::any_of(item.found.cbegin(), item.found.cend(),
                                             [](const Finding &f) {
                                                 return f.severity == Finding::Severity::Error
                                                         && isCodingRule(f.rule);
                                             });
        // Before the feedback loop the biller mostly fixes coding errors on the claim (they
        // are thrown over the wall); once it works, most go back to the coder with a reason.
        const bool sendBack = codingError ? !passOn.next(dice, calendar.mix(62, 40, dos))
                : plan.slip == demo::Slip::Teaching ? dice.chance(calendar.mix(10, 45, dos))
                                                     : false;
        const QDateTime billerAt = Calendar::at(billerDay, wait == 0 ? 16 : 10,
                                                dice.below(50));
        if (!sendBack) {
            if (auto r = accept(item, json.value(), billerAt); !r)
                return r.error();
            continue;
        }
        const QString reason = returnReason(item.found, plan.slip);
        const QString text = Tr::tr("Please check the finding with the provider.");
        CC_DEMO_TRY(encounters.setState(
                plan.id, -1, EncounterState::Returned,
                QStringLiteral("%1: %2").arg(returnreasons::displayName(reason), text)));
        CC_DEMO_TRY(encounters.logTransition(plan.id, h.biller.userId, EncounterState::HandedOff,
                                             EncounterState::Returned, text, reason,
                                             json.value(),
                                             DemoHistoryRepository::stamp(billerAt)));
        touched.insert(plan.id, billerAt);
        const QDate fixDay = Calendar::addWorkdays(billerDay, dice.between(1, 2));
        if (fixDay >= options.anchor)
            continue; // in the coder's queue
        auto current = encounters.detail(plan.id);
        if (!current || !current.value())
            return current ? Error::notFound(Tr::tr("A demo encounter disappeared."))
                           : current.error();
        CodingDraft draft = plan.correct;
        draft.coderNote = Tr::tr("Fixed as the biller asked.");
        if (auto r = encounters.saveCoding(plan.id, current.value()->version, draft,
                                           EncounterState::Coded, plan.coderId);
            !r)
            return r.error();
        touched.insert(plan.id, Calendar::at(fixDay, 10, 30));
        fixed.append({&plan, {}, {}, fixDay});
    }
    if (auto r = scrubItems(fixed); !r)
        return r.error();
    for (Item &item : fixed) {
        auto json = handOff(item, EncounterState::Returned, QTime(11, 0),
                            Tr::tr("Fixed as you asked."));
        if (!json)
            return json.error();
        const QDate acceptDay = Calendar::addWorkdays(item.day, dice.between(0, 1));
        if (acceptDay >= options.anchor || findings::hasErrors(item.found))
            continue;
        if (auto r = accept(item, json.value(), Calendar::at(acceptDay, 15, dice.below(50))); !r)
            return r.error();
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        CC_DEMO_TRY(clock.restampEncounter(it.key(), it.value()));
    return {};
}

} // namespace cc

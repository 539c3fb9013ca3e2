// SPDX-License-Identifier: GPL-3.0-or-later
// DemoBuilder::sendClaims: the demo's claims history (issue 5). The demo practice sends its
// clean claims each Friday through a clearinghouse it plays itself: the 999 and 277CA come
// back through the same SubmissionService a biller uses, so the Submissions and Claims
// screens show real batches, acknowledgements and rejections.
#include "auditservice.h"
#include "claimservice.h"
#include "codesetservice.h"
#include "demobuilder.h"
#include "scrubservice.h"
#include "postingservice.h"
#include "submissionservice.h"
#include "storage/batchrepository.h"
#include "storage/practicerepository.h"
#include "storage/userrepository.h"
#include "x12/ackwriter.h"
#include "x12/remit835writer.h"

#include <QMap>

namespace cc {

namespace {

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

/// Why the demo payers deny a claim now and then (group, CARC, RARC).
struct DemoDenial
{
    const char *group;
    const char *reason;
    const char *remark;
};
constexpr DemoDenial kDenials[] = {
    {"CO", "16", "M51"},   // claim lacks information
    {"CO", "50", "N115"},  // not medically necessary
    {"CO", "97", "M15"},   // bundled
    {"CO", "197", "N54"},  // precertification absent
    {"CO", "29", "N211"},  // timely filing
    {"OA", "18", "N522"},  // duplicate
    {"CO", "204", "N130"}, // not covered under the plan
};

/// The payer's answer to one line paid as agreed: 80 % allowed, CO-45 for the rest, and the
/// patient's share (copay, coinsurance or deductible by turns).
x12::RemitServiceLine paidLine(const ClaimLineRecord &l, int nth)
{
    x12::RemitServiceLine s;
    s.qualifier = "HC";
    s.code = l.line.code.toLatin1();
    for (const QString &m : l.line.modifiers)
        s.modifiers.append(m.toLatin1());
    s.chargeCents = l.line.chargeCents;
    s.serviceDate = l.line.serviceDate;
    s.lineControlNumber = l.lineControlNumber.toLatin1();
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

/// The same line denied (paid nothing) for @p why.
x12::RemitServiceLine deniedLine(const ClaimLineRecord &l, const DemoDenial &why)
{
    x12::RemitServiceLine s;
    s.qualifier = "HC";
    s.code = l.line.code.toLatin1();
    for (const QString &m : l.line.modifiers)
        s.modifiers.append(m.toLatin1());
    s.chargeCents = l.line.chargeCents;
    s.serviceDate = l.line.serviceDate;
    s.lineControlNumber = l.lineControlNumber.toLatin1();
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

} // namespace

Result<void> DemoBuilder::sendClaims(const Options &options)
{
    UserRepository users(m_db);
    auto billerUser = users.findByUsername(QStringLiteral("biller"));
    if (!billerUser)
        return billerUser.error();
    if (!billerUser.value())
        return {};
    const Session biller{billerUser.value()->id, billerUser.value()->username,
                         billerUser.value()->fullName, Role::Biller, std::nullopt};

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

    CodeSetService codes(m_db, m_audit);
    ScrubService scrubber(m_db, codes);
    ClaimService claims(m_db, m_audit, scrubber);
    claims.setToday(options.anchor);
    SubmissionService submissions(m_db, m_audit, &claims);
    if (auto r = claims.scrubClaims(biller); !r)
        return r.error();
    auto ready = claims.readyClaims();
    if (!ready)
        return ready.error();

    // Ready claims by the Friday after their date of service; the newest week stays ready
    // for the biller to send.
    QMap<QDate, QList<qint64>> weeks;
    for (const ClaimSummary &c : ready.value()) {
        const QDate friday = c.dateOfService.addDays((5 - c.dateOfService.dayOfWeek() + 7) % 7);
        if (friday.addDays(10) >= options.anchor)
            continue;
        weeks[friday].append(c.id);
    }
    int isa = 700000;
    int nth = 0;
    QList<qint64> rejected;
    for (auto week = weeks.cbegin(); week != weeks.cend(); ++week) {
        const QDateTime sentAt(week.key(), QTime(16, 30));
        auto sent = submissions.submit(biller, week.value(), sentAt);
        if (!sent)
            return sent.error();
        for (const BatchRecord &batch : sent->batches) {
            auto ids = BatchRepository(m_db).claimIds(batch.summary.id);
            if (!ids)
                return ids.error();
            auto members = BatchRepository(m_db).claimsOfGroup(batch.summary.groupControl, nullptr);
            if (!members)
                return members.error();
            QList<x12::SetReply> sets;
            for (const QString &control : QSet<QString>(members->cbegin(), members->cend()))
                sets.append({control, true});
            const QDate ackDay = week.key().addDays(3); // the Monday after
            ++isa;
            if (auto r = submissions.importAck(biller, QStringLiteral("999-%1.x12").arg(isa),
                                               x12::make999(batch.summary.groupControl, sets,
                                                            isa, ackDay),
                                               QDateTime(ackDay, QTime(7, 5)));
                !r)
                return r.error();
            QList<x12::ClaimReply> replies;
            auto summaries = claims.claims({ClaimState::Submitted});
            if (!summaries)
                return summaries.error();
            for (const ClaimSummary &c : summaries.value()) {
                if (!ids->contains(c.id))
                    continue;
                // About one claim in eighteen comes back rejected.
                if (++nth % 18 == 0) {
                    const DemoRejection &why = kRejections[(nth / 18) % 3];
                    replies.append({c.patientControlNumber, false, {},
                                    QString::fromLatin1(why.category),
                                    QString::fromLatin1(why.status),
                                    QString::fromLatin1(why.entity)});
                    rejected.append(c.id);
                } else {
                    replies.append({c.patientControlNumber, true,
                                    QStringLiteral("%1%2")
                                            .arg(ackDay.toString(QStringLiteral("yyMMdd")))
                                            .arg(c.id, 7, 10, QLatin1Char('0'))});
                }
            }
            ++isa;
            if (auto r = submissions.importAck(biller, QStringLiteral("277CA-%1.x12").arg(isa),
                                               x12::make277CA(replies, isa, ackDay.addDays(1)),
                                               QDateTime(ackDay.addDays(1), QTime(7, 40)));
                !r)
                return r.error();
        }
    }
    // The biller fixed the older rejections and sent them again; the newest still wait.
    QList<qint64> fixed;
    for (qsizetype i = 0; i + 3 < rejected.size(); ++i) {
        auto c = claims.claim(rejected.at(i), false);
        if (!c)
            return c.error();
        const ClaimEdit e = ClaimEdit::of(c.value());
        if (auto r = claims.save(biller, c->summary.id, e); !r)
            return r.error();
        fixed.append(c->summary.id);
    }
    if (fixed.isEmpty())
        return {};
    const QDate resent = options.anchor.addDays(-2);
    auto sent = submissions.submit(biller, fixed, QDateTime(resent, QTime(11, 0)));
    if (!sent)
        return sent.error();
    for (const BatchRecord &batch : sent->batches) {
        auto members = BatchRepository(m_db).claimsOfGroup(batch.summary.groupControl, nullptr);
        if (!members)
            return members.error();
        QList<x12::SetReply> sets;
        for (const QString &control : QSet<QString>(members->cbegin(), members->cend()))
            sets.append({control, true});
        ++isa;
        if (auto r = submissions.importAck(biller, QStringLiteral("999-%1.x12").arg(isa),
                                           x12::make999(batch.summary.groupControl, sets, isa,
                                                        resent.addDays(1)),
                                           QDateTime(resent.addDays(1), QTime(7, 5)));
            !r)
            return r.error();
    }
    QList<x12::ClaimReply> replies;
    auto again = claims.records(fixed);
    if (!again)
        return again.error();
    for (const ClaimRecord &c : again.value())
        replies.append({c.summary.patientControlNumber, true,
                        QStringLiteral("R%1").arg(c.summary.id, 7, 10, QLatin1Char('0'))});
    ++isa;
    if (auto r = submissions.importAck(biller, QStringLiteral("277CA-%1.x12").arg(isa),
                                       x12::make277CA(replies, isa, resent.addDays(1)),
                                       QDateTime(resent.addDays(1), QTime(7, 40)));
        !r)
        return r.error();
    return {};
}

Result<void> DemoBuilder::postRemittances(const Options &options)
{
    UserRepository users(m_db);
    auto billerUser = users.findByUsername(QStringLiteral("biller"));
    if (!billerUser)
        return billerUser.error();
    if (!billerUser.value())
        return {};
    const Session biller{billerUser.value()->id, billerUser.value()->username,
                         billerUser.value()->fullName, Role::Biller, std::nullopt};
    CodeSetService codes(m_db, m_audit);
    ScrubService scrubber(m_db, codes);
    ClaimService claims(m_db, m_audit, scrubber);
    claims.setToday(options.anchor);
    PostingService payments(m_db, m_audit, &claims);

    // Accepted claims seen at least two weeks ago: answered the second Friday after their
    // date of service, one ERA per payer and week.
    auto accepted = claims.claims({ClaimState::Accepted});
    if (!accepted)
        return accepted.error();
    QList<qint64> ids;
    for (const ClaimSummary &c : accepted.value()) {
        if (c.dateOfService.addDays(14) <= options.anchor)
            ids.append(c.id);
    }
    std::sort(ids.begin(), ids.end());
    auto records = claims.records(ids);
    if (!records)
        return records.error();
    QMap<std::pair<QDate, QString>, QList<ClaimRecord>> eras;
    for (const ClaimRecord &r : records.value()) {
        const QDate dos = r.summary.dateOfService;
        QDate paid = dos.addDays(14 + (5 - dos.dayOfWeek() + 7) % 7);
        if (paid >= options.anchor)
            paid = options.anchor.addDays(-1);
        eras[{paid, r.document.payer.id}].append(r);
    }
    int nth = 0;
    int era = 0;
    std::optional<std::pair<ClaimRecord, x12::RemitClaim>> toReverse;
    for (auto it = eras.cbegin(); it != eras.cend(); ++it) {
        const QDate paidOn = it.key().first;
        const QList<ClaimRecord> &members = it.value();
        x12::RemitTransaction t;
        t.handling = "I";
        t.creditDebit = "C";
        t.paymentMethod = "ACH";
        t.paymentDate = paidOn;
        t.traceNumber = QStringLiteral("EFT%1%2")
                                .arg(paidOn.toString(QStringLiteral("yyMMdd")))
                                .arg(++era, 3, 10, QLatin1Char('0'))
                                .toLatin1();
        t.payerName = members.first().document.payer.name.toUpper().toLatin1();
        t.payerIdentifier = members.first().document.payer.id.toLatin1();
        t.payeeName = "MAPLE GROVE FAMILY HEALTH";
        t.payeeIdQualifier = "XX";
        t.payeeId = members.first().document.billingProvider.npi.toLatin1();
        for (const ClaimRecord &r : members) {
            ++nth;
            x12::RemitClaim c;
            c.id = r.summary.patientControlNumber.toLatin1();
            c.status = "1";
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
            // About one claim in twelve is denied whole; one in fifteen loses its last line.
            const bool denied = nth % 12 == 5;
            const bool partly = !denied && nth % 15 == 7 && r.lines.size() > 1;
            const DemoDenial &why = kDenials[(nth / 12) % 7];
            for (qsizetype i = 0; i < r.lines.size(); ++i) {
                const bool lineDenied = denied || (partly && i == r.lines.size() - 1);
                c.lines.append(lineDenied ? deniedLine(r.lines.at(i), partly ? kDenials[2] : why)
                                          : paidLine(r.lines.at(i), nth + int(i)));
            }
            if (denied)
                c.status = "4";
            // A patient with a second plan: every other time the payer forwards the claim
            // itself (crossover); otherwise the posting queues our own secondary claim.
            auto coverages = claims.coverageOptions(r.summary.id);
            if (!coverages)
                return coverages.error();
            for (const CoverageOption &o : coverages.value()) {
                if (!denied && o.priority == 2 && o.activeOnDateOfService && nth % 2 == 0) {
                    c.status = "19";
                    c.crossoverPayer = o.payerName.toUpper().toLatin1();
                }
            }
            total(c);
            if (!toReverse && c.status == "1" && c.paidCents > 500)
                toReverse = std::pair{r, c};
            t.claims.append(c);
        }
        if (era == 1) {
            // A claim of another practice that reached us by mistake: the Unmatched ERA list.
            x12::RemitClaim stranger = t.claims.first();
            stranger.id = "LKS-20417";
            stranger.payerClaimNumber = "ICN-LKS-20417";
            stranger.patientLastName = "WINTERS";
            stranger.patientFirstName = "DALE";
            stranger.memberId = "XQZ448812";
            for (x12::RemitServiceLine &l : stranger.lines)
                l.lineControlNumber.clear();
            t.claims.append(stranger);
            // Interest on a late payment: a negative PLB adds to the payment.
            t.providerAdjustments.append({t.payeeId, QDate(paidOn.year(), 12, 31), "L6",
                                          "INTEREST", -325, 0});
        }
        for (const x12::RemitClaim &c : t.claims)
            t.paymentCents += c.paidCents;
        t.paymentCents -= t.providerAdjustedCents();
        x12::Remit835WriteOptions w;
        w.senderId = t.payerIdentifier;
        w.receiverId = "MGFH0001";
        w.interchangeControlNumber = 800000 + era;
        w.groupControlNumber = 800000 + era;
        w.created = QDateTime(paidOn, QTime(6, 0));
        const QByteArray file = x12::write835({t}, w);
        if (auto r = payments.postEra(biller, file, QStringLiteral("835-%1.x12").arg(w.interchangeControlNumber),
                                      QDateTime(paidOn, QTime(9, 15)));
            !r)
            return r.error();
    }
    if (!toReverse)
        return {};
    // The payer took one payment back and paid it again, corrected: a reversal (CLP02 22)
    // followed by the corrected claim, in an ERA of its own.
    const auto &[record, original] = *toReverse;
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
    const QDate paidOn = options.anchor.addDays(-2);
    x12::RemitTransaction t;
    t.handling = "I";
    t.creditDebit = "C";
    t.paymentMethod = "ACH";
    t.paymentDate = paidOn;
    t.traceNumber = QStringLiteral("EFT%1R").arg(paidOn.toString(QStringLiteral("yyMMdd"))).toLatin1();
    t.payerName = record.document.payer.name.toUpper().toLatin1();
    t.payerIdentifier = record.document.payer.id.toLatin1();
    t.payeeName = "MAPLE GROVE FAMILY HEALTH";
    t.payeeIdQualifier = "XX";
    t.payeeId = record.document.billingProvider.npi.toLatin1();
    t.claims = {reversal, corrected};
    t.paymentCents = reversal.paidCents + corrected.paidCents;
    x12::Remit835WriteOptions w;
    w.senderId = t.payerIdentifier;
    w.receiverId = "MGFH0001";
    w.interchangeControlNumber = 800000 + ++era;
    w.groupControlNumber = w.interchangeControlNumber;
    w.created = QDateTime(paidOn, QTime(6, 0));
    if (auto r = payments.postEra(biller, x12::write835({t}, w),
                                  QStringLiteral("835-%1.x12").arg(w.interchangeControlNumber),
                                  QDateTime(paidOn, QTime(9, 15)));
        !r)
        return r.error();
    return {};
}

} // namespace cc

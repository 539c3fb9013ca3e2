// SPDX-License-Identifier: GPL-3.0-or-later
// PostingService: paper EOBs (issue 6 §3), the Unmatched ERA list, and remittances on record.
// The same engine (posting::Poster) and the same ledger as an ERA.
#include "postingservice.h"
#include "postingservice_p.h"
#include "auditservice.h"
#include "claimservice.h"
#include "domain/money.h"
#include "domain/remitcodes.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSet>

#include <algorithm>

namespace cc {

using namespace posting;

namespace {

const QStringList &groupCodes()
{
    static const QStringList kGroups = {QStringLiteral("CO"), QStringLiteral("PR"),
                                        QStringLiteral("OA"), QStringLiteral("PI")};
    return kGroups;
}

Result<void> auditAs(AuditService &audit, const std::optional<Session> &who, const QString &action,
                     const QString &entity, qint64 id, const QString &detail)
{
    return who ? audit.record(*who, action, entity, id, detail)
               : audit.recordSystem(QStringLiteral("console"), action, entity, id, detail);
}

} // namespace

Result<QList<RemittanceSummary>> PostingService::remittances(int limit)
{
    return RemittanceRepository(d->db).remittances(limit);
}

Result<RemittanceDetail> PostingService::remittance(qint64 remittanceId)
{
    RemittanceRepository repo(d->db);
    auto summaries = repo.remittances(0, remittanceId);
    if (!summaries)
        return summaries.error();
    if (summaries->isEmpty())
        return Error::notFound(tr("Remittance %1 is no longer on record.").arg(remittanceId));
    RemittanceDetail detail;
    detail.summary = summaries->constFirst();
    EraTransactionPreview &t = detail.content;
    t.payerName = detail.summary.payerName;
    t.payerIdentifier = detail.summary.payerIdentifier;
    t.traceNumber = detail.summary.traceNumber;
    t.paymentMethod = detail.summary.paymentMethod;
    t.paymentDate = detail.summary.paymentDate;
    t.paymentCents = detail.summary.paymentCents;
    auto plb = repo.providerAdjustments(remittanceId);
    if (!plb)
        return plb.error();
    for (ProviderAdjustmentRow a : plb.value()) {
        a.reasonText = remitcodes::providerAdjustmentText(a.reason);
        t.providerAdjustments.append(a);
    }
    auto stored = repo.remittanceClaims(remittanceId);
    if (!stored)
        return stored.error();
    QHash<qint64, qsizetype> index; // remittance claim id → position in t.claims
    for (const RemittanceRepository::StoredRemittanceClaim &s : stored.value()) {
        EraClaimPreview c;
        c.patientControlNumber = s.patientControlNumber;
        c.status = s.status;
        c.statusText = remitcodes::claimStatusText(s.status);
        c.claimId = s.claimId;
        c.patientName = s.patientName;
        c.payerClaimNumber = s.payerClaimNumber;
        c.chargeCents = s.chargeCents;
        c.paidCents = s.paidCents;
        c.patientResponsibilityCents = s.patientResponsibilityCents;
        c.reversal = s.status == QLatin1String("22");
        c.denied = s.status == QLatin1String("4");
        if (s.resolution == QLatin1String("unmatched"))
            c.notes.append(tr("Not matched to a claim of ours yet: see the Unmatched ERA list."));
        else if (s.resolution == QLatin1String("dismissed"))
            c.notes.append(tr("Dismissed as not ours: %1").arg(s.resolutionNote));
        else if (s.resolution == QLatin1String("matched"))
            c.notes.append(tr("Matched by hand: %1").arg(s.resolutionNote));
        if (!s.crossoverPayer.isEmpty())
            c.notes.append(tr("Crossed over to %1: no secondary claim will be sent.")
                                   .arg(s.crossoverPayer));
        index.insert(s.id, t.claims.size());
        t.claims.append(c);
    }
    // The lines as the ledger and the denial list have them.
    auto lineOf = [](EraClaimPreview &c, qint64 lineId, int lineNo, const QString &code,
                     const QStringList &mods, const QDate &date,
                     qint64 charge) -> EraLinePreview & {
        for (EraLinePreview &l : c.lines) {
            if (l.claimLineId == lineId)
                return l;
        }
        EraLinePreview l;
        l.claimLineId = lineId;
        l.lineNumber = lineNo;
        l.code = codeWithModifiers(code, mods);
        l.serviceDate = date;
        l.chargeCents = charge;
        c.lines.append(l);
        return c.lines.last();
    };
    auto postings = repo.postingsOfRemittance(remittanceId);
    if (!postings)
        return postings.error();
    for (const RemittanceRepository::RemittancePosting &p : postings.value()) {
        const LedgerEntry &e = p.row.entry;
        if (!index.contains(e.remittanceClaimId))
            continue;
        EraClaimPreview &c = t.claims[index.value(e.remittanceClaimId)];
        const PostedAdjustment adj{e.groupCode, e.reasonCode, e.amountCents};
        if (e.kind == QLatin1String(ledgerkind::kAdjustment))
            c.adjustedCents += e.amountCents;
        if (e.claimLineId == 0) {
            if (e.kind != QLatin1String(ledgerkind::kPayment))
                c.adjustments.append(adj);
            continue;
        }
        EraLinePreview &l = lineOf(c, e.claimLineId, p.lineNo, p.code, p.modifiers,
                                   p.serviceDate, p.lineChargeCents);
        l.matchedBy = tr("posted");
        if (e.kind == QLatin1String(ledgerkind::kPayment)) {
            l.paidCents += e.amountCents;
            if (e.allowedCents)
                l.allowedCents = *e.allowedCents;
        } else {
            l.adjustments.append(adj);
        }
    }
    auto denials = repo.denialsOfRemittance(remittanceId);
    if (!denials)
        return denials.error();
    for (const RemittanceRepository::DenialRow &dn : denials.value()) {
        if (!index.contains(dn.remittanceClaimId))
            continue;
        EraClaimPreview &c = t.claims[index.value(dn.remittanceClaimId)];
        c.denied = true;
        c.deniedCents += dn.amountCents;
        const PostedAdjustment adj{dn.group, dn.reason, dn.amountCents};
        if (dn.claimLineId == 0) {
            c.adjustments.append(adj);
            continue;
        }
        EraLinePreview &l = lineOf(c, dn.claimLineId, dn.lineNo, dn.code, dn.modifiers,
                                   dn.serviceDate, dn.lineChargeCents);
        l.denied = true;
        l.adjustments.append(adj);
        if (!dn.remarks.isEmpty())
            l.remarks = dn.remarks.split(QLatin1Char(','));
    }
    return detail;
}

Result<QList<UnmatchedEraClaim>> PostingService::unmatched()
{
    return RemittanceRepository(d->db).unmatched();
}

Result<QList<MatchCandidate>> PostingService::matchCandidates(qint64 unmatchedId)
{
    RemittanceRepository repo(d->db);
    auto stored = repo.remittanceClaim(unmatchedId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error::notFound(tr("That ERA claim is no longer on record."));
    const RemittanceRepository::StoredRemittanceClaim &s = *stored.value();
    const std::optional<x12::RemitClaim> rc = fromJson(s.payload);
    const QString last = rc ? text(rc->patientLastName).toUpper() : QString();
    const QString first = rc ? text(rc->patientFirstName).toUpper() : QString();
    auto found = repo.candidates(s.chargeCents, s.serviceDate, s.memberId, last);
    if (!found)
        return found.error();
    QList<qint64> ids;
    for (const MatchCandidate &c : found.value())
        ids.append(c.claimId);
    auto facts = repo.candidateFacts(ids);
    if (!facts)
        return facts.error();
    QList<MatchCandidate> out = found.value();
    for (MatchCandidate &c : out) {
        const RemittanceRepository::CandidateFacts f = facts->value(c.claimId);
        QStringList same;
        if (c.chargeCents == s.chargeCents) {
            c.score += 3;
            same.append(tr("charge"));
        }
        if (s.serviceDate.isValid() && c.serviceDate == s.serviceDate) {
            c.score += 3;
            same.append(tr("date of service"));
        }
        if (!s.memberId.isEmpty() && f.memberId == s.memberId) {
            c.score += 4;
            same.append(tr("member id"));
        }
        if (!last.isEmpty() && f.lastName.toUpper() == last) {
            c.score += first.isEmpty() || f.firstName.toUpper() == first ? 2 : 1;
            same.append(tr("patient name"));
        }
        c.why = tr("Same %1").arg(same.join(QStringLiteral(", ")));
    }
    std::stable_sort(out.begin(), out.end(), [](const MatchCandidate &a, const MatchCandidate &b) {
        return a.score > b.score;
    });
    if (out.size() > 20)
        out.resize(20);
    return out;
}

Result<PostingResult> PostingService::matchUnmatched(const Session &who, qint64 unmatchedId,
                                                     int version, qint64 claimId,
                                                     const QString &note, const QDateTime &now)
{
    if (auto r = who.require(Permission::PostPayments); !r)
        return r.error();
    Transaction tx(d->db);
    if (auto r = tx.begin(); !r)
        return r.error();
    Poster poster(d->db, who.userId, now, d->claims != nullptr);
    auto stored = poster.remits.remittanceClaim(unmatchedId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error::notFound(tr("That ERA claim is no longer on record."));
    const RemittanceRepository::StoredRemittanceClaim &s = *stored.value();
    const std::optional<x12::RemitClaim> rc = fromJson(s.payload);
    if (!rc)
        return Error::make(Error::Kind::Other,
                           tr("The ERA claim %1 cannot be read back from the database, so it "
                              "cannot be posted.")
                                   .arg(s.patientControlNumber),
                           QStringLiteral("remittance_claims %1: payload is not valid JSON")
                                   .arg(unmatchedId));
    auto claim = poster.remits.claim(claimId);
    if (!claim)
        return claim.error();
    if (!claim.value())
        return Error::notFound(tr("Claim %1 is no longer on record.").arg(claimId));
    // resolve() refuses when someone else matched or dismissed it first.
    if (auto r = poster.remits.resolve(unmatchedId, version, QStringLiteral("matched"), claimId,
                                       who.userId, note.trimmed(), now);
        !r)
        return r.error();
    PostingClaim target = *claim.value();
    const RemitContext ctx{s.remittanceId, s.payerName, tr("trace %1").arg(s.traceNumber),
                           s.source};
    if (auto r = poster.postClaim(rc.value(), target, ctx, unmatchedId); !r)
        return r.error();
    if (auto r = d->audit.record(who, QStringLiteral("payments.match"),
                                 QStringLiteral("remittance_claim"), unmatchedId,
                                 QStringLiteral("ERA claim %1 of remittance %2 matched to claim "
                                                "%3 (%4)")
                                         .arg(s.patientControlNumber)
                                         .arg(s.remittanceId)
                                         .arg(target.patientControlNumber)
                                         .arg(claimId));
        !r)
        return r.error();
    if (auto r = poster.flush(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    PostingResult result = poster.result;
    result.remittanceIds = {s.remittanceId};
    result.summary = poster.summary();
    emit postingsChanged();
    if (d->claims)
        emit d->claims->claimsChanged();
    return result;
}

Result<void> PostingService::dismissUnmatched(const Session &who, qint64 unmatchedId, int version,
                                              const QString &reason, const QDateTime &now)
{
    if (auto r = who.require(Permission::PostPayments); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why this ERA claim is not ours before dismissing it."));
    Transaction tx(d->db);
    if (auto r = tx.begin(); !r)
        return r.error();
    RemittanceRepository repo(d->db);
    auto stored = repo.remittanceClaim(unmatchedId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error::notFound(tr("That ERA claim is no longer on record."));
    if (auto r = repo.resolve(unmatchedId, version, QStringLiteral("dismissed"), 0, who.userId,
                              reason.trimmed(), now);
        !r)
        return r;
    if (auto r = d->audit.record(who, QStringLiteral("payments.dismiss"),
                                 QStringLiteral("remittance_claim"), unmatchedId,
                                 QStringLiteral("ERA claim %1 of remittance %2 dismissed: %3")
                                         .arg(stored.value()->patientControlNumber)
                                         .arg(stored.value()->remittanceId)
                                         .arg(reason.trimmed()));
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    emit postingsChanged();
    return {};
}

Result<EobForm> PostingService::eobForm(qint64 claimId)
{
    RemittanceRepository repo(d->db);
    auto claim = repo.claim(claimId);
    if (!claim)
        return claim.error();
    if (!claim.value())
        return Error::notFound(tr("Claim %1 is no longer on record.").arg(claimId));
    const PostingClaim &c = *claim.value();
    auto balances = repo.lineInsuranceBalances(claimId);
    if (!balances)
        return balances.error();
    EobForm form;
    form.claimId = c.id;
    form.patientControlNumber = c.patientControlNumber;
    form.patientName = c.patientName;
    form.payerId = c.payerId;
    form.payerName = c.payerName;
    form.state = c.state;
    for (const PostingClaimLine &l : c.lines) {
        EobFormLine f;
        f.claimLineId = l.id;
        f.lineNumber = l.lineNo;
        f.code = codeWithModifiers(l.code, l.modifiers);
        f.serviceDate = l.serviceDate;
        f.units = l.units;
        f.chargeCents = l.chargeCents;
        f.insuranceBalanceCents = balances->value(l.id, 0);
        form.lines.append(f);
    }
    return form;
}

Result<PostingResult> PostingService::postEob(const Session &who, const EobEntry &entry,
                                              const QDateTime &now)
{
    if (auto r = who.require(Permission::PostPayments); !r)
        return r.error();
    const QString check = entry.checkNumber.trimmed();
    if (check.isEmpty())
        return Error::invalid(tr("Enter the check number from the EOB."));
    if (!entry.checkDate.isValid())
        return Error::invalid(tr("Enter the check date from the EOB."));
    if (entry.checkAmountCents < 0)
        return Error::invalid(tr("The check amount cannot be negative."));
    if (entry.claims.isEmpty())
        return Error::invalid(tr("Add at least one claim from the EOB."));
    RemittanceRepository repo(d->db);
    auto payer = repo.payer(entry.payerId);
    if (!payer)
        return payer.error();
    if (!payer.value())
        return Error::invalid(tr("Choose the payer that sent the EOB."));
    const RemittanceRepository::PayerInfo payerInfo = *payer.value();
    const QString payerKey = payerInfo.identifier.isEmpty() ? payerInfo.name : payerInfo.identifier;

    // Every check first: nothing is posted unless the whole EOB balances.
    struct Prepared
    {
        PostingClaim claim;
        x12::RemitClaim remit;
    };
    QList<Prepared> prepared;
    QSet<qint64> seenClaims;
    qint64 totalPaid = 0;
    for (const EobClaim &ec : entry.claims) {
        auto claim = repo.claim(ec.claimId);
        if (!claim)
            return claim.error();
        if (!claim.value())
            return Error::notFound(tr("Claim %1 is no longer on record.").arg(ec.claimId));
        const PostingClaim &c = *claim.value();
        const QString pcn = c.patientControlNumber;
        if (seenClaims.contains(c.id))
            return Error::invalid(tr("Claim %1 is on this EOB twice.").arg(pcn));
        seenClaims.insert(c.id);
        if (ec.lines.isEmpty())
            return Error::invalid(tr("Claim %1 has no line filled in.").arg(pcn));
        static const QStringList kStatuses = {
                QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("3"),
                QStringLiteral("4"),  QStringLiteral("19"), QStringLiteral("20"),
                QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23")};
        if (!kStatuses.contains(ec.status))
            return Error::invalid(tr("Claim %1: \"%2\" is not a claim status (1 primary, 2 "
                                     "secondary, 3 tertiary, 4 denied, 19–21 crossed over, 22 "
                                     "reversal, 23 not our claim).")
                                          .arg(pcn, ec.status));
        x12::RemitClaim rc;
        rc.id = pcn.toUtf8();
        rc.status = ec.status.toLatin1();
        rc.payerClaimNumber = ec.payerClaimNumber.trimmed().toUtf8();
        QSet<qint64> seenLines;
        for (const EobLine &el : ec.lines) {
            auto ours = std::find_if(c.lines.cbegin(), c.lines.cend(), [&](const PostingClaimLine &l) {
                return l.id == el.claimLineId;
            });
            if (ours == c.lines.cend())
                return Error::invalid(tr("Claim %1: a line of the EOB is not a line of this "
                                         "claim.")
                                              .arg(pcn));
            const QString line = tr("Claim %1, line %2 (%3)")
                                         .arg(pcn)
                                         .arg(ours->lineNo)
                                         .arg(codeWithModifiers(ours->code, ours->modifiers));
            if (seenLines.contains(el.claimLineId))
                return Error::invalid(tr("%1 is entered twice.").arg(line));
            seenLines.insert(el.claimLineId);
            if (el.paidCents < 0 || el.allowedCents < 0)
                return Error::invalid(tr("%1: the allowed and paid amounts cannot be negative.")
                                              .arg(line));
            x12::RemitServiceLine sl;
            sl.qualifier = "HC";
            sl.code = ours->code.toUtf8();
            for (const QString &m : ours->modifiers)
                sl.modifiers.append(m.toUtf8());
            sl.chargeCents = ours->chargeCents;
            sl.paidCents = el.paidCents;
            sl.serviceDate = ours->serviceDate;
            sl.lineControlNumber = ours->lineControlNumber.toUtf8();
            if (el.allowedCents > 0)
                sl.allowedCents = el.allowedCents;
            qint64 adjusted = 0;
            for (const PostedAdjustment &a : el.adjustments) {
                const QString group = a.group.trimmed().toUpper();
                if (!groupCodes().contains(group))
                    return Error::invalid(tr("%1: \"%2\" is not an adjustment group; use CO, PR, "
                                             "OA or PI.")
                                                  .arg(line, a.group));
                if (a.reason.trimmed().isEmpty())
                    return Error::invalid(tr("%1: every adjustment needs its reason code (CARC).")
                                                  .arg(line));
                if (a.amountCents < 0)
                    return Error::invalid(tr("%1: adjustment amounts cannot be negative.")
                                                  .arg(line));
                adjusted += a.amountCents;
                x12::RemitAdjustment adj;
                adj.group = group.toLatin1();
                adj.reason = a.reason.trimmed().toUtf8();
                adj.amountCents = a.amountCents;
                sl.adjustments.append(adj);
                if (group == QLatin1String("PR"))
                    rc.patientResponsibilityCents += a.amountCents;
            }
            if (ours->chargeCents - adjusted != el.paidCents)
                return Error::invalid(
                        tr("%1 does not balance: the charge %2 less the adjustments %3 is %4, but "
                           "%5 is entered as paid. Make the line balance before saving.")
                                .arg(line, Money::fromCents(ours->chargeCents).toDisplayString(),
                                     Money::fromCents(adjusted).toDisplayString(),
                                     Money::fromCents(ours->chargeCents - adjusted)
                                             .toDisplayString(),
                                     Money::fromCents(el.paidCents).toDisplayString()));
            for (const QString &r : el.remarks) {
                if (!r.trimmed().isEmpty())
                    sl.remarks.append(r.trimmed().toUtf8());
            }
            rc.chargeCents += sl.chargeCents;
            rc.paidCents += sl.paidCents;
            rc.lines.append(sl);
        }
        totalPaid += rc.paidCents;
        prepared.append({c, rc});
    }
    if (totalPaid != entry.checkAmountCents)
        return Error::invalid(tr("The claims on this EOB were paid %1 in all, but the check is for "
                                 "%2. Check every paid amount, or the check amount.")
                                      .arg(Money::fromCents(totalPaid).toDisplayString(),
                                           Money::fromCents(entry.checkAmountCents)
                                                   .toDisplayString()));
    auto posted = repo.postedAt(payerKey, check, entry.checkAmountCents);
    if (!posted)
        return posted.error();
    if (posted.value())
        return Error::make(Error::Kind::Conflict,
                           tr("Check %1 from %2 for %3 was posted on %4; it is refused, not "
                              "posted twice.")
                                   .arg(check, payerInfo.name,
                                        Money::fromCents(entry.checkAmountCents).toDisplayString(),
                                        QLocale().toString(posted.value()->toLocalTime(),
                                                           QLocale::ShortFormat)));

    Transaction tx(d->db);
    if (auto r = tx.begin(); !r)
        return r.error();
    Poster poster(d->db, who.userId, now, d->claims != nullptr);
    RemittanceRepository::NewRemittance nr;
    nr.source = QStringLiteral("eob");
    nr.payerIdentifier = payerKey;
    nr.payerName = payerInfo.name;
    nr.payerId = payerInfo.id;
    nr.traceNumber = check;
    nr.paymentCents = entry.checkAmountCents;
    nr.paymentDate = entry.checkDate;
    nr.paymentMethod = QStringLiteral("CHK");
    nr.postedAt = now;
    nr.userId = who.userId;
    nr.claimCount = int(prepared.size());
    auto remittanceId = poster.remits.insertRemittance(nr);
    if (!remittanceId)
        return remittanceId.error();
    poster.result.remittanceIds.append(remittanceId.value());
    const RemitContext ctx{remittanceId.value(), payerInfo.name, tr("check %1").arg(check),
                           nr.source};
    for (Prepared &p : prepared) {
        RemittanceRepository::NewRemittanceClaim rc;
        rc.remittanceId = remittanceId.value();
        rc.claimId = p.claim.id;
        rc.patientControlNumber = p.claim.patientControlNumber;
        rc.status = QString::fromLatin1(p.remit.status);
        rc.chargeCents = p.remit.chargeCents;
        rc.paidCents = p.remit.paidCents;
        rc.patientResponsibilityCents = p.remit.patientResponsibilityCents;
        rc.payerClaimNumber = text(p.remit.payerClaimNumber);
        rc.patientName = p.claim.patientName;
        rc.memberId = p.claim.memberId;
        rc.serviceDate = p.claim.serviceDate;
        rc.resolution = QStringLiteral("posted");
        auto rcId = poster.remits.insertRemittanceClaim(rc);
        if (!rcId)
            return rcId.error();
        if (auto r = poster.postClaim(p.remit, p.claim, ctx, rcId.value()); !r)
            return r.error();
    }
    if (auto r = auditAs(d->audit, who, QStringLiteral("payments.post"),
                         QStringLiteral("remittance"), remittanceId.value(),
                         QStringLiteral("EOB %1 from %2 (%3), check %4 of %5, %6: %7 claims")
                                 .arg(remittanceId.value())
                                 .arg(payerInfo.name, payerKey, check,
                                      entry.checkDate.toString(Qt::ISODate),
                                      Money::fromCents(entry.checkAmountCents).toDecimalString())
                                 .arg(prepared.size()));
        !r)
        return r.error();
    if (auto r = poster.flush(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    PostingResult result = poster.result;
    result.summary = poster.summary();
    emit postingsChanged();
    if (d->claims)
        emit d->claims->claimsChanged();
    return result;
}

} // namespace cc

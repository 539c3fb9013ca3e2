// SPDX-License-Identifier: GPL-3.0-or-later
// PostingService: ERAs (835) onto the append-only ledger (issue 6 §2). The posting engine
// (Poster) is shared with the unmatched list and paper EOBs (postingservice_eob.cpp).
#include "postingservice.h"
#include "postingservice_p.h"
#include "auditservice.h"
#include "claimservice.h"
#include "domain/money.h"
#include "domain/remitcodes.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <csignal>
#include <future>

namespace cc {

namespace posting {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString codeWithModifiers(const QString &code, const QStringList &modifiers)
{
    return modifiers.isEmpty() ? code : code + QLatin1Char('-') + modifiers.join(QLatin1Char('-'));
}

namespace {

QStringList texts(const QList<QByteArray> &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QByteArray &b : list)
        out.append(text(b));
    return out;
}

/// The date an SVC was done: its own DTM, else the claim's statement date (invalid: any).
QDate lineDate(const x12::RemitClaim &rc, const x12::RemitServiceLine &l)
{
    return l.serviceDate.isValid() ? l.serviceDate : rc.statementFrom;
}

bool sameDate(const QDate &theirs, const QDate &ours)
{
    return !theirs.isValid() || theirs == ours;
}

} // namespace

QList<LineMatch> matchLines(const x12::RemitClaim &rc, const PostingClaim &claim)
{
    QList<LineMatch> out(rc.lines.size());
    QList<bool> used(claim.lines.size(), false);
    // 1. REF*6R: the line control number we sent.
    for (qsizetype i = 0; i < rc.lines.size(); ++i) {
        const QByteArray &lcn = rc.lines.at(i).lineControlNumber;
        if (lcn.isEmpty())
            continue;
        const QString key = text(lcn);
        for (qsizetype j = 0; j < claim.lines.size(); ++j) {
            if (!used.at(j) && claim.lines.at(j).lineControlNumber == key) {
                used[j] = true;
                out[i].index = int(j);
                out[i].by = PostingService::tr("REF*6R");
                break;
            }
        }
    }
    // The code as we sent it: SVC06 when the payer changed it, else SVC01.
    auto submitted = [](const x12::RemitServiceLine &l) {
        return std::pair{text(l.originalCode.isEmpty() ? l.code : l.originalCode),
                         texts(l.originalCode.isEmpty() ? l.modifiers : l.originalModifiers)};
    };
    // 2. Code, modifiers and date.
    for (qsizetype i = 0; i < rc.lines.size(); ++i) {
        if (out.at(i).index >= 0)
            continue;
        const auto [code, mods] = submitted(rc.lines.at(i));
        const QDate date = lineDate(rc, rc.lines.at(i));
        for (qsizetype j = 0; j < claim.lines.size(); ++j) {
            const PostingClaimLine &ours = claim.lines.at(j);
            if (!used.at(j) && ours.code == code && ours.modifiers == mods
                && sameDate(date, ours.serviceDate)) {
                used[j] = true;
                out[i].index = int(j);
                out[i].by = PostingService::tr("code, modifiers and date");
                break;
            }
        }
    }
    // 3. Code and date: a payer that dropped a modifier (theirs are a subset of ours).
    for (qsizetype i = 0; i < rc.lines.size(); ++i) {
        if (out.at(i).index >= 0)
            continue;
        const auto [code, mods] = submitted(rc.lines.at(i));
        const QDate date = lineDate(rc, rc.lines.at(i));
        for (qsizetype j = 0; j < claim.lines.size(); ++j) {
            const PostingClaimLine &ours = claim.lines.at(j);
            if (used.at(j) || ours.code != code || !sameDate(date, ours.serviceDate))
                continue;
            bool subset = true;
            for (const QString &m : mods)
                subset = subset && ours.modifiers.contains(m);
            if (!subset)
                continue;
            used[j] = true;
            out[i].index = int(j);
            out[i].by = PostingService::tr("code and date");
            for (const QString &m : ours.modifiers) {
                if (!mods.contains(m))
                    out[i].dropped.append(m);
            }
            break;
        }
    }
    return out;
}

bool isDenial(const x12::RemitClaim &rc, bool paidNothing, const x12::RemitAdjustment &adj)
{
    if (adj.group == "PR")
        return false;
    if (rc.isDenied())
        return true;
    return paidNothing
            && remitcodes::isDenialReason(QString::fromLatin1(adj.group),
                                          QString::fromLatin1(adj.reason));
}

// JSON of an unmatched claim. Bytes go through Latin-1 both ways so that any byte of the
// file comes back as it was.
namespace {

QJsonValue bytes(const QByteArray &b)
{
    return QString::fromLatin1(b);
}

QByteArray bytesOf(const QJsonValue &v)
{
    return v.toString().toLatin1();
}

QJsonArray bytesList(const QList<QByteArray> &list)
{
    QJsonArray a;
    for (const QByteArray &b : list)
        a.append(bytes(b));
    return a;
}

QList<QByteArray> bytesListOf(const QJsonValue &v)
{
    QList<QByteArray> out;
    for (const QJsonValue &x : v.toArray())
        out.append(bytesOf(x));
    return out;
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Cents as strings: JSON numbers are doubles.
QJsonValue cents(qint64 c)
{
    return QString::number(c);
}

qint64 centsOf(const QJsonValue &v)
{
    return v.toString().toLongLong();
}

QJsonArray adjustments(const QList<x12::RemitAdjustment> &list)
{
    QJsonArray a;
    for (const x12::RemitAdjustment &adj : list)
        a.append(QJsonObject{{QStringLiteral("group"), bytes(adj.group)},
                             {QStringLiteral("reason"), bytes(adj.reason)},
                             {QStringLiteral("amount"), cents(adj.amountCents)},
                             {QStringLiteral("quantity"), bytes(adj.quantity)},
                             {QStringLiteral("segment"), adj.segment}});
    return a;
}

QList<x12::RemitAdjustment> adjustmentsOf(const QJsonValue &v)
{
    QList<x12::RemitAdjustment> out;
    for (const QJsonValue &x : v.toArray()) {
        const QJsonObject o = x.toObject();
        x12::RemitAdjustment adj;
        adj.group = bytesOf(o.value(QStringLiteral("group")));
        adj.reason = bytesOf(o.value(QStringLiteral("reason")));
        adj.amountCents = centsOf(o.value(QStringLiteral("amount")));
        adj.quantity = bytesOf(o.value(QStringLiteral("quantity")));
        adj.segment = o.value(QStringLiteral("segment")).toInt();
        out.append(adj);
    }
    return out;
}

} // namespace

QString toJson(const x12::RemitClaim &c)
{
    QJsonArray lines;
    for (const x12::RemitServiceLine &l : c.lines) {
        QJsonObject o{{QStringLiteral("qualifier"), bytes(l.qualifier)},
                      {QStringLiteral("code"), bytes(l.code)},
                      {QStringLiteral("modifiers"), bytesList(l.modifiers)},
                      {QStringLiteral("charge"), cents(l.chargeCents)},
                      {QStringLiteral("paid"), cents(l.paidCents)},
                      {QStringLiteral("revenueCode"), bytes(l.revenueCode)},
                      {QStringLiteral("unitsPaid"), bytes(l.unitsPaid)},
                      {QStringLiteral("originalCode"), bytes(l.originalCode)},
                      {QStringLiteral("originalModifiers"), bytesList(l.originalModifiers)},
                      {QStringLiteral("originalUnits"), bytes(l.originalUnits)},
                      {QStringLiteral("serviceDate"), date(l.serviceDate)},
                      {QStringLiteral("serviceDateEnd"), date(l.serviceDateEnd)},
                      {QStringLiteral("lineControlNumber"), bytes(l.lineControlNumber)},
                      {QStringLiteral("adjustments"), adjustments(l.adjustments)},
                      {QStringLiteral("remarks"), bytesList(l.remarks)},
                      {QStringLiteral("segment"), l.segment}};
        if (l.allowedCents)
            o.insert(QStringLiteral("allowed"), cents(*l.allowedCents));
        lines.append(o);
    }
    const QJsonObject o{{QStringLiteral("id"), bytes(c.id)},
                        {QStringLiteral("status"), bytes(c.status)},
                        {QStringLiteral("charge"), cents(c.chargeCents)},
                        {QStringLiteral("paid"), cents(c.paidCents)},
                        {QStringLiteral("patientResponsibility"),
                         cents(c.patientResponsibilityCents)},
                        {QStringLiteral("filingIndicator"), bytes(c.filingIndicator)},
                        {QStringLiteral("payerClaimNumber"), bytes(c.payerClaimNumber)},
                        {QStringLiteral("facilityCode"), bytes(c.facilityCode)},
                        {QStringLiteral("frequency"), bytes(c.frequency)},
                        {QStringLiteral("patientLastName"), bytes(c.patientLastName)},
                        {QStringLiteral("patientFirstName"), bytes(c.patientFirstName)},
                        {QStringLiteral("memberId"), bytes(c.memberId)},
                        {QStringLiteral("crossoverPayer"), bytes(c.crossoverPayer)},
                        {QStringLiteral("renderingProviderId"), bytes(c.renderingProviderId)},
                        {QStringLiteral("remarks"), bytesList(c.remarks)},
                        {QStringLiteral("statementFrom"), date(c.statementFrom)},
                        {QStringLiteral("statementTo"), date(c.statementTo)},
                        {QStringLiteral("received"), date(c.received)},
                        {QStringLiteral("adjustments"), adjustments(c.adjustments)},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("segment"), c.segment}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<x12::RemitClaim> fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    x12::RemitClaim c;
    c.id = bytesOf(o.value(QStringLiteral("id")));
    c.status = bytesOf(o.value(QStringLiteral("status")));
    c.chargeCents = centsOf(o.value(QStringLiteral("charge")));
    c.paidCents = centsOf(o.value(QStringLiteral("paid")));
    c.patientResponsibilityCents = centsOf(o.value(QStringLiteral("patientResponsibility")));
    c.filingIndicator = bytesOf(o.value(QStringLiteral("filingIndicator")));
    c.payerClaimNumber = bytesOf(o.value(QStringLiteral("payerClaimNumber")));
    c.facilityCode = bytesOf(o.value(QStringLiteral("facilityCode")));
    c.frequency = bytesOf(o.value(QStringLiteral("frequency")));
    c.patientLastName = bytesOf(o.value(QStringLiteral("patientLastName")));
    c.patientFirstName = bytesOf(o.value(QStringLiteral("patientFirstName")));
    c.memberId = bytesOf(o.value(QStringLiteral("memberId")));
    c.crossoverPayer = bytesOf(o.value(QStringLiteral("crossoverPayer")));
    c.renderingProviderId = bytesOf(o.value(QStringLiteral("renderingProviderId")));
    c.remarks = bytesListOf(o.value(QStringLiteral("remarks")));
    c.statementFrom = dateOf(o.value(QStringLiteral("statementFrom")));
    c.statementTo = dateOf(o.value(QStringLiteral("statementTo")));
    c.received = dateOf(o.value(QStringLiteral("received")));
    c.adjustments = adjustmentsOf(o.value(QStringLiteral("adjustments")));
    c.segment = o.value(QStringLiteral("segment")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        x12::RemitServiceLine s;
        s.qualifier = bytesOf(l.value(QStringLiteral("qualifier")));
        s.code = bytesOf(l.value(QStringLiteral("code")));
        s.modifiers = bytesListOf(l.value(QStringLiteral("modifiers")));
        s.chargeCents = centsOf(l.value(QStringLiteral("charge")));
        s.paidCents = centsOf(l.value(QStringLiteral("paid")));
        s.revenueCode = bytesOf(l.value(QStringLiteral("revenueCode")));
        s.unitsPaid = bytesOf(l.value(QStringLiteral("unitsPaid")));
        s.originalCode = bytesOf(l.value(QStringLiteral("originalCode")));
        s.originalModifiers = bytesListOf(l.value(QStringLiteral("originalModifiers")));
        s.originalUnits = bytesOf(l.value(QStringLiteral("originalUnits")));
        s.serviceDate = dateOf(l.value(QStringLiteral("serviceDate")));
        s.serviceDateEnd = dateOf(l.value(QStringLiteral("serviceDateEnd")));
        s.lineControlNumber = bytesOf(l.value(QStringLiteral("lineControlNumber")));
        if (l.contains(QStringLiteral("allowed")))
            s.allowedCents = centsOf(l.value(QStringLiteral("allowed")));
        s.adjustments = adjustmentsOf(l.value(QStringLiteral("adjustments")));
        s.remarks = bytesListOf(l.value(QStringLiteral("remarks")));
        s.segment = l.value(QStringLiteral("segment")).toInt();
        c.lines.append(s);
    }
    return c;
}

// ---------------------------------------------------------------------------------------------
// Poster

Poster::Poster(Database &db, qint64 userId, const QDateTime &now, bool makeSecondaries)
    : remits(db)
    , ledger(db)
    , m_db(db)
    , m_userId(userId)
    , m_now(now.toUTC()) // converted once: a local time costs a time-zone lookup per row
    , m_makeSecondaries(makeSecondaries)
    , m_crashAfter(qEnvironmentVariableIntValue("CLEANCLAIM_TEST_CRASH_AFTER_POSTINGS"))
{
}

void Poster::rowsWritten(qsizetype n)
{
    m_rows += n;
#ifdef SIGKILL
    // Test-only hook (see the class comment): die inside the open transaction.
    if (m_crashAfter > 0 && n > 0 && m_rows >= m_crashAfter)
        ::raise(SIGKILL);
#endif
}

Result<void> Poster::append(const LedgerEntry &entry)
{
    m_postings.append(entry);
    if (m_postings.size() >= kFlushRows)
        return flush();
    return {};
}

void Poster::answer(qint64 claimId, const QString &state, const QString &payerClaimNumber)
{
    m_answers.append({claimId, state, payerClaimNumber});
}

void Poster::event(qint64 claimId, const QString &status, const QString &message)
{
    m_events.append({claimId, status, message});
}

Result<void> Poster::flush()
{
    if (!m_postings.isEmpty()) {
        CC_POSTING_TRY(ledger.appendMany(m_postings, m_now));
        const qsizetype n = m_postings.size();
        m_postings.clear();
        rowsWritten(n);
    }
    if (!m_denials.isEmpty()) {
        CC_POSTING_TRY(remits.insertDenials(m_denials));
        m_denials.clear();
    }
    if (!m_answers.isEmpty()) {
        CC_POSTING_TRY(remits.setClaimAnswers(m_answers, m_now));
        m_answers.clear();
    }
    if (!m_events.isEmpty()) {
        CC_POSTING_TRY(remits.addClaimEvents(m_events, m_now));
        m_events.clear();
    }
    return {};
}

Result<qint64> Poster::reverse(qint64 rowId, const RemitContext &ctx, qint64 remittanceClaimId)
{
    auto id = ledger.reverse(rowId, m_userId, ctx.remittanceId, remittanceClaimId,
                             tr("Reversed by %1 (%2)").arg(ctx.payerName, ctx.traceNumber), m_now);
    if (id)
        rowsWritten(1);
    return id;
}

Result<void> Poster::reverseClaim(const x12::RemitClaim &rc, PostingClaim &claim,
                                  const RemitContext &ctx, qint64 remittanceClaimId)
{
    // It reads the ledger and denials: what is kept back goes first.
    CC_POSTING_TRY(flush());
    auto rows = remits.reversibleRows(claim.id, ctx.remittanceId);
    if (!rows)
        return rows.error();
    for (qint64 id : rows.value())
        CC_POSTING_TRY(reverse(id, ctx, remittanceClaimId));
    auto closed = remits.closeOpenDenials(claim.id, m_now);
    if (!closed)
        return closed.error();
    answer(claim.id, QStringLiteral("accepted"), QString());
    claim.state = QStringLiteral("accepted");
    const QString message
            = tr("%1 reversed its earlier answer (%2, %3): %n ledger row(s) reversed; the claim "
                 "is open with the payer again.",
                 nullptr, int(rows->size()))
                      .arg(ctx.payerName, ctx.traceNumber,
                           Money::fromCents(rc.paidCents).toDisplayString());
    event(claim.id, QStringLiteral("reversed"), message);
    ++result.reversals;
    ++result.claimsPosted;
    return {};
}

Result<void> Poster::postClaim(const x12::RemitClaim &rc, PostingClaim &claim,
                               const RemitContext &ctx, qint64 remittanceClaimId)
{
    if (rc.isReversal())
        return reverseClaim(rc, claim, ctx, remittanceClaimId);

    LedgerEntry base;
    base.claimId = claim.id;
    base.patientId = claim.patientId;
    base.remittanceId = ctx.remittanceId;
    base.remittanceClaimId = remittanceClaimId;
    base.userId = m_userId;
    qint64 denied = 0;
    int denialRows = 0;
    qint64 patientCents = 0;

    // One CAS amount: patient responsibility, a denial for the work list, or an adjustment.
    auto adjust = [&](const x12::RemitAdjustment &adj, qint64 lineId, bool paidNothing,
                      const QString &remarks) -> Result<void> {
        if (adj.amountCents == 0)
            return {};
        if (isDenial(rc, paidNothing, adj)) {
            RemittanceRepository::NewDenial n;
            n.claimId = claim.id;
            n.claimLineId = lineId;
            n.remittanceId = ctx.remittanceId;
            n.remittanceClaimId = remittanceClaimId;
            n.group = QString::fromLatin1(adj.group);
            n.reason = QString::fromLatin1(adj.reason);
            n.remarks = remarks;
            n.amountCents = adj.amountCents;
            n.openedAt = m_now;
            denied += adj.amountCents;
            ++denialRows;
            m_denials.append(n);
            return {};
        }
        LedgerEntry e = base;
        e.claimLineId = lineId;
        e.groupCode = QString::fromLatin1(adj.group);
        e.reasonCode = QString::fromLatin1(adj.reason);
        e.amountCents = adj.amountCents;
        if (adj.group == "PR") {
            e.kind = QString::fromLatin1(ledgerkind::kPatientResponsibility);
            patientCents += adj.amountCents;
        } else {
            e.kind = QString::fromLatin1(ledgerkind::kAdjustment);
        }
        return append(e);
    };

    const QString claimRemarks = texts(rc.remarks).join(QLatin1Char(','));
    const QList<LineMatch> matches = matchLines(rc, claim);
    qint64 paidOnLines = 0;
    for (qsizetype i = 0; i < rc.lines.size(); ++i) {
        const x12::RemitServiceLine &l = rc.lines.at(i);
        const qint64 lineId = matches.at(i).index >= 0 ? claim.lines.at(matches.at(i).index).id : 0;
        if (l.paidCents != 0) {
            LedgerEntry e = base;
            e.claimLineId = lineId;
            e.kind = QString::fromLatin1(ledgerkind::kPayment);
            e.amountCents = l.paidCents;
            e.allowedCents = l.allowedCents;
            CC_POSTING_TRY(append(e));
        }
        paidOnLines += l.paidCents;
        const QString remarks = l.remarks.isEmpty() ? claimRemarks
                                                    : texts(l.remarks).join(QLatin1Char(','));
        for (const x12::RemitAdjustment &adj : l.adjustments)
            CC_POSTING_TRY(adjust(adj, lineId, l.paidCents == 0, remarks));
    }
    // What the claim paid beyond its lines (claim-level CAS, or no lines at all) goes on the
    // claim, so the ledger's payments always add up to CLP04.
    if (rc.paidCents != paidOnLines) {
        LedgerEntry e = base;
        e.kind = QString::fromLatin1(ledgerkind::kPayment);
        e.amountCents = rc.paidCents - paidOnLines;
        e.memo = rc.lines.isEmpty() ? QString() : tr("Claim-level payment");
        CC_POSTING_TRY(append(e));
    }
    for (const x12::RemitAdjustment &adj : rc.adjustments)
        CC_POSTING_TRY(adjust(adj, 0, rc.paidCents == 0, claimRemarks));

    QString state;
    QString message;
    const QString paid = Money::fromCents(rc.paidCents).toDisplayString();
    const QString trace = ctx.traceNumber;
    if ((denialRows > 0 || rc.isDenied()) && rc.paidCents <= 0) {
        state = QStringLiteral("denied");
        message = tr("%1 denied the claim (%2): %3 to work on the denial list.")
                          .arg(ctx.payerName, trace, Money::fromCents(denied).toDisplayString());
    } else if (denialRows > 0) {
        state = QStringLiteral("partially_paid");
        message = tr("%1 paid %2 and denied %3 (%4); the denied amount is on the denial list.")
                          .arg(ctx.payerName, paid, Money::fromCents(denied).toDisplayString(),
                               trace);
    } else {
        state = QStringLiteral("paid");
        message = tr("%1 paid %2 (%3); patient responsibility %4.")
                          .arg(ctx.payerName, paid, trace,
                               Money::fromCents(patientCents).toDisplayString());
    }
    if (rc.isCrossover())
        message += QLatin1Char(' ')
                + tr("Crossed over to %1: no secondary claim will be sent.")
                          .arg(rc.crossoverPayer.isEmpty() ? tr("the next payer")
                                                           : text(rc.crossoverPayer));
    answer(claim.id, state, text(rc.payerClaimNumber));
    event(claim.id, state, message);
    claim.state = state;
    ++result.claimsPosted;
    result.paidCents += rc.paidCents;
    if (denialRows > 0)
        ++result.denials;
    if (rc.status == "1")
        CC_POSTING_TRY(queueSecondary(claim, ctx));
    return {};
}

Result<void> Poster::queueSecondary(PostingClaim &claim, const RemitContext &ctx)
{
    if (!m_makeSecondaries || claim.primaryClaimId != 0 || claim.secondaryCoverageId == 0
        || claim.secondaryCoverageId == claim.coverageId || claim.secondaryClaimId != 0)
        return {};
    // It reads the balance and writes a claim and events: what is kept back goes first.
    CC_POSTING_TRY(flush());
    auto balance = ledger.balance(claim.id);
    if (!balance)
        return balance.error();
    if (balance->insuranceBalanceCents + balance->patientBalanceCents <= 0)
        return {};
    auto pcn = ClaimRepository(m_db).nextPatientControlNumber();
    if (!pcn)
        return pcn.error();
    auto id = remits.insertSecondaryClaim(claim.id, claim.secondaryCoverageId,
                                          claim.secondaryPayerId, pcn.value(), m_now);
    if (!id)
        return id.error();
    CC_POSTING_TRY(remits.addClaimEvent(id.value(), m_now, QStringLiteral("created"),
                                tr("Secondary claim to %1 for what %2 left on claim %3")
                                        .arg(claim.secondaryPayerName, ctx.payerName,
                                             claim.patientControlNumber)));
    CC_POSTING_TRY(remits.addClaimEvent(claim.id, m_now, QStringLiteral("secondary"),
                                tr("Secondary claim %1 to %2 queued as a draft")
                                        .arg(pcn.value(), claim.secondaryPayerName)));
    claim.secondaryClaimId = id.value();
    secondaryClaimIds.append(id.value());
    ++result.secondaryClaims;
    return {};
}

QString Poster::summary() const
{
    QStringList parts;
    parts.append(tr("Posted %n claim(s), %1 paid.", nullptr, result.claimsPosted)
                         .arg(Money::fromCents(result.paidCents).toDisplayString()));
    if (result.denials > 0)
        parts.append(tr("%n claim(s) denied in whole or in part.", nullptr, result.denials));
    if (result.reversals > 0)
        parts.append(tr("%n reversal(s).", nullptr, result.reversals));
    if (result.secondaryClaims > 0)
        parts.append(tr("%n secondary claim(s) queued.", nullptr, result.secondaryClaims));
    if (result.unmatched > 0)
        parts.append(tr("%n claim(s) not matched: see the Unmatched ERA list.", nullptr,
                        result.unmatched));
    return parts.join(QLatin1Char(' '));
}

} // namespace posting

// ---------------------------------------------------------------------------------------------
// PostingService

using namespace posting;

namespace {

/// "Segment 14 (CLP): the claim does not balance…"
QString errorSentence(const x12::RemitError &e)
{
    if (e.segment <= 0)
        return e.message;
    return PostingService::tr("Segment %1 (%2): %3")
            .arg(e.segment)
            .arg(QString::fromLatin1(e.segmentId), e.message);
}

QString payerKey(const x12::RemitTransaction &t)
{
    return t.payerIdentifier.isEmpty() ? text(t.payerName) : text(t.payerIdentifier);
}

} // namespace

Result<PostingService::Private::Prepared>
PostingService::Private::prepare(const QByteArray &content, const QString &fileName)
{
    Prepared p = read(content, fileName);
    if (auto r = check(p); !r)
        return r.error();
    return p;
}

namespace {

/// Keeps each transaction's header and PLBs and its claims' control numbers: what posting
/// needs before the claims are read again one by one.
class Headers : public x12::Remit835Reader::Handler
{
public:
    Headers(x12::Remittance835 &file, QList<QStringList> &controlNumbers)
        : m_file(file), m_controlNumbers(controlNumbers)
    {
    }
    void transactionStarted(const x12::RemitTransaction &header) override
    {
        m_file.transactions.append(header);
        m_controlNumbers.append(QStringList());
    }
    void claim(const x12::RemitClaim &claim) override
    {
        m_controlNumbers.last().append(text(claim.id));
    }
    void transactionFinished(const x12::RemitTransaction &transaction) override
    {
        m_file.transactions.last() = transaction;
    }
    void error(const x12::RemitError &error) override { m_file.errors.append(error); }

private:
    x12::Remittance835 &m_file;
    QList<QStringList> &m_controlNumbers;
};

} // namespace

PostingService::Private::Prepared PostingService::Private::read(const QByteArray &content,
                                                                const QString &fileName,
                                                                Claims claims) const
{
    Prepared p;
    if (claims == Claims::Kept) {
        p.file = x12::Remit835Reader::readAll(content);
        for (const x12::RemitTransaction &t : std::as_const(p.file.transactions)) {
            QStringList numbers;
            numbers.reserve(t.claims.size());
            for (const x12::RemitClaim &c : t.claims)
                numbers.append(text(c.id));
            p.controlNumbers.append(numbers);
        }
    } else {
        Headers headers(p.file, p.controlNumbers);
        x12::Remit835Reader::read(content, headers);
    }
    for (const x12::RemitError &e : p.file.errors)
        p.errors.append(errorSentence(e));
    if (p.file.transactions.isEmpty() && p.errors.isEmpty())
        p.errors.append(tr("%1 holds no 835 transaction (no ST*835 segment); nothing was posted.")
                                .arg(fileName));
    return p;
}

Result<void> PostingService::Private::check(Prepared &p)
{
    RemittanceRepository remits(db);
    QSet<QString> keys;
    QStringList pcns;
    for (qsizetype i = 0; i < p.file.transactions.size(); ++i) {
        const x12::RemitTransaction &t = p.file.transactions.at(i);
        const QString payer = payerKey(t);
        const QString trace = text(t.traceNumber);
        auto posted = remits.postedAt(payer, trace, t.paymentCents);
        if (!posted)
            return posted.error();
        p.postedBefore.append(posted->value_or(QDateTime()));
        const QString amount = Money::fromCents(t.paymentCents).toDisplayString();
        if (posted.value()) {
            p.errors.append(tr("The payment from %1 with trace number %2 for %3 was posted on %4; "
                               "it is refused, not posted twice.")
                                    .arg(text(t.payerName), trace, amount,
                                         QLocale().toString(posted.value()->toLocalTime(),
                                                            QLocale::ShortFormat)));
        }
        const QString key = payer + QLatin1Char('\n') + trace + QLatin1Char('\n')
                + QString::number(t.paymentCents);
        if (keys.contains(key))
            p.errors.append(tr("Segment %1 (ST): the payment from %2 with trace number %3 for %4 "
                               "is in this file twice.")
                                    .arg(t.segment)
                                    .arg(text(t.payerName), trace, amount));
        keys.insert(key);
        pcns.append(p.controlNumbers.value(i));
    }
    if (!p.errors.isEmpty())
        return {};
    auto claims = remits.claimsByControlNumber(pcns);
    if (!claims)
        return claims.error();
    p.claims = std::move(claims).value();
    return {};
}

EraClaimPreview PostingService::Private::previewClaim(const x12::RemitClaim &rc,
                                                      const PostingClaim *claim) const
{
    EraClaimPreview c;
    c.patientControlNumber = text(rc.id);
    c.status = text(rc.status);
    c.statusText = remitcodes::claimStatusText(c.status);
    c.claimId = claim ? claim->id : 0;
    c.patientName = claim ? claim->patientName
                          : text(rc.patientLastName) + QStringLiteral(", ")
                    + text(rc.patientFirstName);
    c.payerClaimNumber = text(rc.payerClaimNumber);
    c.chargeCents = rc.chargeCents;
    c.paidCents = rc.paidCents;
    c.patientResponsibilityCents = rc.patientResponsibilityCents;
    c.reversal = rc.isReversal();
    auto classify = [&](const x12::RemitAdjustment &adj, bool paidNothing, bool *denied) {
        PostedAdjustment p{QString::fromLatin1(adj.group), QString::fromLatin1(adj.reason),
                           adj.amountCents};
        if (!c.reversal && isDenial(rc, paidNothing, adj)) {
            c.deniedCents += adj.amountCents;
            *denied = true;
        } else if (!c.reversal && adj.group != "PR") {
            c.adjustedCents += adj.amountCents;
        }
        return p;
    };
    bool claimDenied = false;
    for (const x12::RemitAdjustment &adj : rc.adjustments)
        c.adjustments.append(classify(adj, rc.paidCents == 0, &claimDenied));
    QList<LineMatch> matches;
    if (claim)
        matches = matchLines(rc, *claim);
    bool anyDenied = claimDenied;
    for (qsizetype i = 0; i < rc.lines.size(); ++i) {
        const x12::RemitServiceLine &l = rc.lines.at(i);
        EraLinePreview p;
        p.code = codeWithModifiers(text(l.code), texts(l.modifiers));
        p.serviceDate = l.serviceDate;
        p.chargeCents = l.chargeCents;
        p.paidCents = l.paidCents;
        p.allowedCents = l.allowedCents.value_or(-1);
        p.remarks = texts(l.remarks);
        for (const x12::RemitAdjustment &adj : l.adjustments)
            p.adjustments.append(classify(adj, l.paidCents == 0, &p.denied));
        anyDenied = anyDenied || p.denied;
        if (claim) {
            const LineMatch &m = matches.at(i);
            if (m.index >= 0) {
                const PostingClaimLine &ours = claim->lines.at(m.index);
                p.claimLineId = ours.id;
                p.lineNumber = ours.lineNo;
                p.matchedBy = m.by;
                for (const QString &mod : m.dropped)
                    c.notes.append(PostingService::tr("Line %1 (%2) matched without modifier %3.")
                                           .arg(ours.lineNo)
                                           .arg(ours.code, mod));
            } else {
                c.notes.append(PostingService::tr("Service %1 matched no line of the claim; it "
                                                  "is posted on the claim.")
                                       .arg(p.code));
            }
        }
        c.lines.append(p);
    }
    c.denied = anyDenied || rc.isDenied();
    if (!claim) {
        c.notes.append(PostingService::tr("No claim of ours has the number %1: it will wait in "
                                          "the Unmatched ERA list.")
                               .arg(c.patientControlNumber));
        return c;
    }
    if (c.reversal)
        c.notes.append(PostingService::tr("Reversal of the earlier answer: what was posted for "
                                          "this claim is reversed and the claim is open again."));
    if (c.deniedCents > 0)
        c.notes.append(PostingService::tr("Denied: %1 goes to the denial list.")
                               .arg(Money::fromCents(c.deniedCents).toDisplayString()));
    if (rc.isCrossover()) {
        c.notes.append(PostingService::tr("Crossed over to %1: no secondary claim will be sent.")
                               .arg(rc.crossoverPayer.isEmpty()
                                            ? PostingService::tr("the next payer")
                                            : text(rc.crossoverPayer)));
    } else if (claims && rc.status == "1" && claim->primaryClaimId == 0
               && claim->secondaryCoverageId != 0
               && claim->secondaryCoverageId != claim->coverageId && claim->secondaryClaimId == 0
               && rc.chargeCents - rc.paidCents - c.adjustedCents > 0) {
        c.queuesSecondary = true;
        c.notes.append(PostingService::tr("A secondary claim will be made for %1.")
                               .arg(claim->secondaryPayerName));
    }
    return c;
}

PostingService::PostingService(Database &db, AuditService &audit, ClaimService *claims,
                               QObject *parent)
    : QObject(parent), d(new Private(db, audit, claims))
{
}

PostingService::~PostingService() = default;

Result<EraPreview> PostingService::previewEra(const QByteArray &content, const QString &fileName)
{
    auto prepared = d->prepare(content, fileName);
    if (!prepared)
        return prepared.error();
    const Private::Prepared &p = prepared.value();
    EraPreview preview;
    preview.fileName = fileName;
    preview.errors = p.errors;
    for (qsizetype i = 0; i < p.file.transactions.size(); ++i) {
        const x12::RemitTransaction &t = p.file.transactions.at(i);
        EraTransactionPreview tp;
        tp.payerName = text(t.payerName);
        tp.payerIdentifier = payerKey(t);
        tp.traceNumber = text(t.traceNumber);
        tp.paymentMethod = text(t.paymentMethod);
        tp.paymentDate = t.paymentDate;
        tp.paymentCents = t.paymentCents;
        tp.alreadyPostedAt = p.postedBefore.value(i);
        for (const x12::ProviderAdjustment &a : t.providerAdjustments)
            tp.providerAdjustments.append({text(a.providerId), a.fiscalPeriodDate, text(a.reason),
                                           remitcodes::providerAdjustmentText(text(a.reason)),
                                           text(a.reference), a.amountCents});
        for (const x12::RemitClaim &c : t.claims) {
            auto it = p.claims.constFind(text(c.id));
            tp.claims.append(d->previewClaim(c, it == p.claims.cend() ? nullptr : &it.value()));
        }
        preview.transactions.append(tp);
    }
    return preview;
}

Result<PostingResult> PostingService::postEra(const std::optional<Session> &who,
                                              const QByteArray &content, const QString &fileName,
                                              const QDateTime &now)
{
    if (who) {
        if (auto r = who->require(Permission::PostPayments); !r)
            return r.error();
    }
    // The file's hash (kept with each remittance) costs tens of milliseconds for a large file
    // and needs nothing else, so it is computed on another thread while the file is read,
    // checked and matched (or here when no thread can be started). On a refusal, the future's
    // destructor waits for it.
    std::future<QByteArray> hashing = std::async(std::launch::async | std::launch::deferred,
                                                 [&content] {
        return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    });
    auto refusal = [&fileName](const Private::Prepared &p) {
        bool duplicate = false;
        for (const QDateTime &at : p.postedBefore)
            duplicate = duplicate || at.isValid();
        const int shown = 10;
        QStringList lines = p.errors.mid(0, shown);
        if (p.errors.size() > shown)
            lines.append(tr("…and %n more problem(s).", nullptr, int(p.errors.size() - shown)));
        return Error::make(duplicate ? Error::Kind::Conflict : Error::Kind::Invalid,
                           tr("%1 was refused; nothing was posted.\n%2")
                                   .arg(fileName, lines.join(QLatin1Char('\n'))),
                           QStringLiteral("%1: %2 problem(s)\n%3")
                                   .arg(fileName)
                                   .arg(p.errors.size())
                                   .arg(p.errors.join(QLatin1Char('\n'))));
    };
    // The file is read and checked on its own first, without holding up other seats.
    Private::Prepared p = d->read(content, fileName, Private::Claims::Counted);
    if (!p.errors.isEmpty())
        return refusal(p);
    // Then the write lock, before the file is checked against what is posted: two seats
    // posting the same ERA at the same moment take turns, and the second finds the first's
    // remittance and is refused as a duplicate (the UNIQUE key on remittances holds anyway).
    // The claims are read under the same lock, so no other seat's posting slips in between.
    // Every link the posting writes comes from a claim read or a row written under that lock
    // (or the signed-in user), so the writer vouches for them (Transaction::Links).
    Transaction tx(d->db, Transaction::Links::CheckedByWriter);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = RemittanceRepository(d->db).takePostingTurn(); !r)
        return r.error();
    if (auto r = d->check(p); !r)
        return r.error();
    if (!p.errors.isEmpty())
        return refusal(p);
    const qint64 userId = who ? who->userId : 0;
    const QString hash = QString::fromLatin1(hashing.get());

    Poster poster(d->db, userId, now, d->claims != nullptr);

    // The file is read a second time, each claim posted as it is read (Prepared says why).
    // The first pass found no error, so this one finds none either: the same bytes.
    class Stream : public x12::Remit835Reader::Handler
    {
    public:
        Stream(Private &d, Private::Prepared &p, Poster &poster, const std::optional<Session> &who,
               const QString &fileName, const QString &hash, const QDateTime &now)
            : d(d), p(p), poster(poster), who(who), fileName(fileName), hash(hash), now(now)
        {
        }
        Result<void> status; ///< the first failure: what follows it is skipped

        void transactionStarted(const x12::RemitTransaction &) override
        {
            ++index;
            if (status)
                status = start(p.file.transactions.at(index)); // with its PLBs, from the first pass
        }
        void claim(const x12::RemitClaim &c) override
        {
            if (status)
                status = post(c);
        }
        void transactionFinished(const x12::RemitTransaction &) override
        {
            if (status)
                status = finish(p.file.transactions.at(index));
        }

    private:
        Result<void> start(const x12::RemitTransaction &t)
        {
            nr = RemittanceRepository::NewRemittance();
            nr.source = QStringLiteral("era");
            nr.payerIdentifier = payerKey(t);
            nr.payerName = text(t.payerName);
            nr.traceNumber = text(t.traceNumber);
            nr.paymentCents = t.paymentCents;
            nr.paymentDate = t.paymentDate;
            nr.paymentMethod = text(t.paymentMethod);
            nr.fileName = fileName;
            nr.postedAt = now;
            nr.userId = poster.userId();
            nr.claimCount = int(p.controlNumbers.at(index).size());
            nr.contentHash = hash;
            auto payerId = poster.remits.payerIdByIdentifier(nr.payerIdentifier);
            if (!payerId)
                return payerId.error();
            nr.payerId = payerId.value();
            if (nr.payerId == 0) {
                // The payer of the claims it answers, when the file's identifier is not on
                // record.
                for (const QString &number : p.controlNumbers.at(index)) {
                    auto it = p.claims.constFind(number);
                    if (it != p.claims.cend() && it->payerId != 0) {
                        nr.payerId = it->payerId;
                        break;
                    }
                }
            }
            auto id = poster.remits.insertRemittance(nr);
            if (!id)
                return id.error();
            remittanceId = id.value();
            poster.result.remittanceIds.append(remittanceId);
            ctx = RemitContext{remittanceId, nr.payerName, tr("trace %1").arg(nr.traceNumber),
                               nr.source};
            return {};
        }

        Result<void> post(const x12::RemitClaim &c)
        {
            auto it = p.claims.find(text(c.id));
            PostingClaim *claim = it == p.claims.end() ? nullptr : &it.value();
            RemittanceRepository::NewRemittanceClaim rc;
            rc.remittanceId = remittanceId;
            rc.claimId = claim ? claim->id : 0;
            rc.patientControlNumber = text(c.id);
            rc.status = text(c.status);
            rc.chargeCents = c.chargeCents;
            rc.paidCents = c.paidCents;
            rc.patientResponsibilityCents = c.patientResponsibilityCents;
            rc.payerClaimNumber = text(c.payerClaimNumber);
            rc.patientName = text(c.patientLastName)
                    + (c.patientFirstName.isEmpty() ? QString()
                                                    : QStringLiteral(", ") + text(c.patientFirstName));
            rc.memberId = text(c.memberId);
            rc.serviceDate = c.serviceDate();
            rc.crossoverPayer = c.isCrossover() ? text(c.crossoverPayer) : QString();
            rc.resolution = claim ? QStringLiteral("posted") : QStringLiteral("unmatched");
            if (!claim)
                rc.payload = toJson(c);
            // The answer first: the ledger rows and denials name it.
            auto rcId = poster.remits.insertRemittanceClaim(rc);
            if (!rcId)
                return rcId.error();
            if (!claim) {
                ++poster.result.unmatched;
                return {};
            }
            return poster.postClaim(c, *claim, ctx, rcId.value());
        }

        Result<void> finish(const x12::RemitTransaction &t)
        {
            for (const x12::ProviderAdjustment &a : t.providerAdjustments) {
                const ProviderAdjustmentRow row{text(a.providerId), a.fiscalPeriodDate,
                                                text(a.reason), QString(), text(a.reference),
                                                a.amountCents};
                CC_POSTING_TRY(poster.remits.insertProviderAdjustment(remittanceId, row));
            }
            const QString detail = QStringLiteral("ERA %1 from %2 (%3), trace %4, %5: %6 claims, "
                                                  "%7 unmatched, %8 PLB, file %9")
                                           .arg(remittanceId)
                                           .arg(nr.payerName, nr.payerIdentifier, nr.traceNumber,
                                                Money::fromCents(nr.paymentCents).toDecimalString())
                                           .arg(nr.claimCount)
                                           .arg(poster.result.unmatched)
                                           .arg(t.providerAdjustments.size())
                                           .arg(fileName);
            const QString action = QStringLiteral("payments.post");
            const QString entity = QStringLiteral("remittance");
            auto audited = who ? d.audit.record(*who, action, entity, remittanceId, detail)
                               : d.audit.recordSystem(QStringLiteral("console"), action, entity,
                                                      remittanceId, detail);
            if (!audited)
                return audited.error();
            return {};
        }

        Private &d;
        Private::Prepared &p;
        Poster &poster;
        const std::optional<Session> &who;
        const QString &fileName;
        const QString &hash;
        const QDateTime &now;
        qsizetype index = -1;
        RemittanceRepository::NewRemittance nr;
        qint64 remittanceId = 0;
        RemitContext ctx;
    };
    Stream stream(*d, p, poster, who, fileName, hash, now);
    x12::Remit835Reader::read(content, stream);
    if (!stream.status)
        return stream.status.error();
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

Result<QList<LedgerRow>> PostingService::ledger(qint64 claimId)
{
    return LedgerRepository(d->db).rows(claimId);
}

Result<ClaimBalance> PostingService::balance(qint64 claimId)
{
    return LedgerRepository(d->db).balance(claimId);
}

} // namespace cc

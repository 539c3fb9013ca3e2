// SPDX-License-Identifier: GPL-3.0-or-later
// SubmissionService::importAck: what a 999 or 277CA says of the claims we sent (issue 5 §3).
#include "auditservice.h"
#include "claimservice.h"
#include "submissionservice.h"
#include "storage/batchrepository.h"
#include "storage/claimrecordrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "x12/ackreader.h"
#include "x12/x12reader.h"

#include <QCryptographicHash>
#include <QLocale>

namespace cc {

namespace {

/// ST02 values compared as numbers: "0001" in an acknowledgement is the "1" we keep.
QString numeric(const QByteArray &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok ? QString::number(n) : QString::fromLatin1(text.trimmed());
}

/// The sentence of one rejected transaction set: its status and every segment error in words.
QString setRejection(const x12::SetAck &set)
{
    QStringList parts;
    parts.append(SubmissionService::tr("999: transaction set %1: %2")
                         .arg(QString::fromLatin1(set.controlNumber), set.statusText));
    for (const x12::SegmentError &e : set.segmentErrors) {
        QString segment = SubmissionService::tr("segment %1 at position %2")
                                  .arg(QString::fromLatin1(e.segmentId))
                                  .arg(e.position);
        if (!e.loop.isEmpty())
            segment += SubmissionService::tr(" (loop %1)").arg(QString::fromLatin1(e.loop));
        QStringList elements;
        for (const x12::ElementError &el : e.elements) {
            QString one = SubmissionService::tr("element %1").arg(el.position);
            if (el.componentPosition > 0)
                one += QStringLiteral("-%1").arg(el.componentPosition);
            one += QStringLiteral(": ") + el.explanation;
            if (!el.badValue.isEmpty())
                one += SubmissionService::tr(" (\"%1\")").arg(QString::fromLatin1(el.badValue));
            elements.append(one);
        }
        parts.append(segment + QStringLiteral(": ") + e.explanation
                     + (elements.isEmpty() ? QString()
                                           : QStringLiteral("; ")
                                      + elements.join(QStringLiteral("; "))));
    }
    parts.append(set.syntaxTexts);
    return parts.join(QStringLiteral(". "));
}

QString withoutPeriod(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

/// The words of a 277CA claim status: "Rejected…: Entity's contract/member number (Subscriber)".
QString statusSentence(const x12::ClaimAck &c)
{
    QStringList parts;
    for (const x12::ClaimStatus &s : c.statuses) {
        QString one = withoutPeriod(s.categoryText);
        if (!s.statusText.isEmpty())
            one += QStringLiteral(": ") + withoutPeriod(s.statusText);
        if (!s.entityText.isEmpty())
            one += QStringLiteral(" (") + s.entityText + QLatin1Char(')');
        parts.append(one);
    }
    for (const x12::LineAck &l : c.lines) {
        if (l.outcome != x12::ClaimOutcome::Rejected)
            continue;
        for (const x12::ClaimStatus &s : l.statuses)
            parts.append(SubmissionService::tr("line %1: %2: %3")
                                 .arg(QString::fromLatin1(l.lineControlNumber.isEmpty()
                                                                  ? l.procedure
                                                                  : l.lineControlNumber),
                                      withoutPeriod(s.categoryText),
                                      withoutPeriod(s.statusText)));
    }
    return parts.join(QStringLiteral("; "));
}

/// "999", "277CA", or empty when the file holds neither: read from the first ST.
Result<QString> kindOf(const QByteArray &data)
{
    auto segments = x12::Reader::tokenize(data);
    if (!segments)
        return segments.error();
    for (const x12::Segment &s : segments.value()) {
        if (!s.is("ST"))
            continue;
        const QByteArray id = s.element(1);
        if (id == "999" || id == "997")
            return QStringLiteral("999");
        if (id == "277")
            return QStringLiteral("277CA");
        return Error::invalid(
                SubmissionService::tr("This file is a %1 transaction, not a 999 or 277CA "
                                      "acknowledgement. Remittances (835) are posted elsewhere.")
                        .arg(QString::fromLatin1(id)));
    }
    return Error::invalid(SubmissionService::tr("This file holds no transaction set (no ST "
                                                "segment), so it is not an acknowledgement."));
}

} // namespace

Result<AckImportResult> SubmissionService::importAck(const std::optional<Session> &who,
                                                     const QString &fileName,
                                                     const QByteArray &data, const QDateTime &now)
{
    if (who) {
        if (auto r = who->require(Permission::ManageClaims); !r)
            return r.error();
    }
    auto kind = kindOf(data);
    if (!kind)
        return kind.error();
    AckImportResult result;
    result.kind = kind.value();
    const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    BatchRepository batches(m_db);
    auto seen = batches.acknowledgementExists(result.kind, hash);
    if (!seen)
        return seen.error();
    if (seen.value())
        return Error::make(Error::Kind::Conflict,
                           tr("This %1 was read before; nothing was changed again.")
                                   .arg(result.kind));

    // Parse the whole file first: a malformed acknowledgement changes nothing.
    std::optional<x12::Ack999> ack999;
    std::optional<x12::Ack277> ack277;
    if (result.kind == QLatin1String("999")) {
        auto r = x12::AckReader::read999(data);
        if (!r)
            return r.error();
        ack999 = r.value();
    } else {
        auto r = x12::AckReader::read277CA(data);
        if (!r)
            return r.error();
        ack277 = r.value();
    }
    auto envelope = x12::Reader::read(data, x12::Reader::Counts::Lenient);
    const QString isa = envelope ? QString::fromLatin1(envelope->controlNumber) : QString();

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    BatchRepository::NewAcknowledgement na{result.kind, now, fileName, isa, data, hash};
    auto ackId = batches.insertAcknowledgement(na);
    if (!ackId)
        return ackId.error();
    result.acknowledgementId = ackId.value();
    ClaimRecordRepository claims(m_db);

    auto applyState = [&](qint64 claimId, ClaimState to, const ClaimEvent &ev) -> Result<void> {
        auto current = claims.summaries({}, 0, {claimId});
        if (!current)
            return current.error();
        if (current->isEmpty())
            return {};
        const ClaimState from = current->constFirst().state;
        // Only a claim out with the payer moves; a claim already fixed keeps its state.
        if (from == ClaimState::Submitted || from == ClaimState::Accepted
            || from == ClaimState::Rejected) {
            if (from != to) {
                if (auto r = claims.setState(claimId, to); !r)
                    return r;
            }
        }
        return claims.addEvent(claimId, ackId.value(), now, ev);
    };

    if (ack999) {
        const QString group = numeric(ack999->groupControlNumber);
        qint64 batchId = 0;
        auto members = batches.claimsOfGroup(group, &batchId);
        if (!members)
            return members.error();
        if (batchId == 0)
            result.unmatched.append(tr("group %1").arg(group));
        int setsRejected = 0;
        for (const x12::SetAck &set : ack999->sets) {
            const QString st = numeric(set.controlNumber);
            QList<qint64> ids;
            for (auto it = members->cbegin(); it != members->cend(); ++it) {
                if (it.value() == st)
                    ids.append(it.key());
            }
            std::sort(ids.begin(), ids.end());
            if (batchId != 0 && ids.isEmpty())
                result.unmatched.append(tr("transaction set %1").arg(st));
            ClaimEvent ev;
            ev.statusCode = QString::fromLatin1(set.statusCode);
            if (set.accepted()) {
                ++result.accepted;
                ev.status = QStringLiteral("acknowledged");
                ev.message = tr("999: the clearinghouse took transaction set %1 (%2)")
                                     .arg(st, set.statusText);
                result.lines.append(tr("Transaction set %1: %2, %n claim(s).", nullptr,
                                       int(ids.size()))
                                            .arg(st, set.statusText));
                for (qint64 id : ids) {
                    if (auto r = claims.addEvent(id, ackId.value(), now, ev); !r)
                        return r.error();
                }
            } else {
                ++result.rejected;
                ++setsRejected;
                ev.status = QStringLiteral("rejected");
                ev.message = setRejection(set);
                result.lines.append(tr("Transaction set %1 rejected, %n claim(s) to fix: %2",
                                       nullptr, int(ids.size()))
                                            .arg(st, ev.message));
                for (qint64 id : ids) {
                    if (auto r = applyState(id, ClaimState::Rejected, ev); !r)
                        return r.error();
                }
            }
        }
        if (batchId != 0) {
            const QString status = setsRejected == 0 ? QStringLiteral("accepted")
                    : setsRejected == ack999->sets.size() ? QStringLiteral("rejected")
                                                          : QStringLiteral("partial");
            if (auto r = batches.setStatus(batchId, status); !r)
                return r.error();
        }
    } else {
        QStringList pcns;
        for (const x12::ClaimAck &c : ack277->claims)
            pcns.append(QString::fromLatin1(c.patientControlNumber).trimmed());
        auto ids = claims.idsByControlNumber(pcns);
        if (!ids)
            return ids.error();
        for (const x12::ClaimAck &c : ack277->claims) {
            const QString pcn = QString::fromLatin1(c.patientControlNumber).trimmed();
            const auto it = ids->constFind(pcn);
            const QString words = statusSentence(c);
            if (it == ids->cend()) {
                result.unmatched.append(pcn);
                result.lines.append(tr("%1: not a claim of this practice (%2)").arg(pcn, words));
                continue;
            }
            ClaimEvent ev;
            if (!c.statuses.isEmpty()) {
                ev.categoryCode = QString::fromLatin1(c.statuses.constFirst().category);
                ev.statusCode = QString::fromLatin1(c.statuses.constFirst().status);
            }
            ev.message = QStringLiteral("277CA: ") + words;
            if (c.accepted()) {
                ++result.accepted;
                ev.status = QStringLiteral("accepted");
                if (!c.payerClaimNumber.isEmpty()) {
                    if (auto r = claims.setPayerClaimNumber(
                                it.value(), QString::fromLatin1(c.payerClaimNumber).trimmed());
                        !r)
                        return r.error();
                }
                if (auto r = applyState(it.value(), ClaimState::Accepted, ev); !r)
                    return r.error();
                result.lines.append(tr("%1 accepted: %2").arg(pcn, words));
            } else if (c.rejected()) {
                ++result.rejected;
                ev.status = QStringLiteral("rejected");
                if (auto r = applyState(it.value(), ClaimState::Rejected, ev); !r)
                    return r.error();
                result.lines.append(tr("%1 rejected: %2").arg(pcn, words));
            } else {
                ev.status = QStringLiteral("pending");
                if (auto r = claims.addEvent(it.value(), ackId.value(), now, ev); !r)
                    return r.error();
                result.lines.append(tr("%1: %2").arg(pcn, words));
            }
        }
    }

    const QString summary = tr("%1: %2 accepted, %3 rejected, %4 not matched")
                                    .arg(result.kind)
                                    .arg(result.accepted)
                                    .arg(result.rejected)
                                    .arg(result.unmatched.size());
    if (auto r = batches.setAcknowledgementOutcome(ackId.value(), result.accepted,
                                                   result.rejected, summary);
        !r)
        return r.error();
    const QString action = QStringLiteral("claims.ack");
    const QString entity = QStringLiteral("acknowledgement");
    auto audited = who ? m_audit.record(*who, action, entity, ackId.value(), summary)
                       : m_audit.recordSystem(QStringLiteral("console"), action, entity,
                                              ackId.value(), summary);
    if (!audited)
        return audited.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit submissionsChanged();
    if (m_claims)
        emit m_claims->claimsChanged();
    return result;
}

} // namespace cc

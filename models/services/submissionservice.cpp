// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionservice.h"
#include "auditservice.h"
#include "claimservice.h"
#include "domain/money.h"
#include "storage/batchrepository.h"
#include "storage/claimrecordrepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/ledgerrepository.h"
#include "storage/practicerepository.h"
#include "storage/remittancerepository.h"
#include "storage/transaction.h"
#include "x12/x12text.h"


namespace cc {

namespace {

constexpr qint64 kMaxControlNumber = 999999999;

/// A counter value folded into 1..999,999,999 (ISA13 and GS06 have nine digits).
qint64 bounded(qint64 counter)
{
    return ((counter - 1) % kMaxControlNumber + kMaxControlNumber) % kMaxControlNumber + 1;
}

const auto kSubmitterName = QStringLiteral("edi.submitter_name");
const auto kSubmitterEtin = QStringLiteral("edi.submitter_etin");
const auto kContactName = QStringLiteral("edi.contact_name");
const auto kContactPhone = QStringLiteral("edi.contact_phone");
const auto kClearinghouseName = QStringLiteral("edi.clearinghouse_name");
const auto kClearinghouseEtin = QStringLiteral("edi.clearinghouse_etin");
const auto kProduction = QStringLiteral("edi.production");

QString digits(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

} // namespace

SubmissionService::SubmissionService(Database &db, AuditService &audit, ClaimService *claims,
                                     QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_claims(claims)
{
}

SubmissionService::~SubmissionService() = default;

Result<InterchangeNumbers> SubmissionService::reserveNumbers()
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    ClaimRepository claims(m_db);
    auto isa = claims.nextControlNumber(QStringLiteral("isa"));
    if (!isa)
        return isa.error();
    auto gs = claims.nextControlNumber(QStringLiteral("gs"));
    if (!gs)
        return gs.error();
    auto st = claims.nextControlNumber(QStringLiteral("st"));
    if (!st)
        return st.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return InterchangeNumbers{bounded(isa.value()), bounded(gs.value()), bounded(st.value())};
}

Result<QByteArray> SubmissionService::exportBatch(const std::optional<Session> &who,
                                                  const ClaimBatch &batch, const QDateTime &now,
                                                  const x12::Write837Options &options)
{
    if (who) {
        if (auto r = who->require(Permission::ManageClaims); !r)
            return r.error();
    }
    if (batch.claims.isEmpty())
        return Error::invalid(tr("There is no claim to send."));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto numbers = reserveNumbers();
    if (!numbers)
        return numbers.error();
    QByteArray interchange = x12::write837(batch, numbers.value(), now, options);

    const QString detail = QStringLiteral("ISA13 %1, GS06 %2, ST02 %3, %4 claims, %5 bytes")
                                   .arg(numbers->interchange)
                                   .arg(numbers->group)
                                   .arg(numbers->transaction)
                                   .arg(batch.claims.size())
                                   .arg(interchange.size());
    const QString action = QStringLiteral("claims.export837");
    const QString entity = QStringLiteral("interchange");
    auto audited = who ? m_audit.record(*who, action, entity, numbers->interchange, detail)
                       : m_audit.recordSystem(QStringLiteral("console"), action, entity,
                                              numbers->interchange, detail);
    if (!audited)
        return audited.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return interchange;
}

Result<EdiSettings> SubmissionService::ediSettings()
{
    PracticeRepository repo(m_db);
    auto practice = repo.practice();
    if (!practice)
        return practice.error();
    const PracticeRecord p = practice.value().value_or(PracticeRecord{});
    EdiSettings e;
    struct Item { const QString &key; QString *target; QString fallback; };
    const Item items[] = {
        {kSubmitterName, &e.submitter.name, p.name},
        {kSubmitterEtin, &e.submitter.etin, p.npi},
        {kContactName, &e.submitter.contactName, p.name},
        {kContactPhone, &e.submitter.phone, digits(p.phone)},
        {kClearinghouseName, &e.clearinghouse.name, QString()},
        {kClearinghouseEtin, &e.clearinghouse.etin, QString()},
    };
    for (const Item &i : items) {
        auto v = repo.setting(i.key, i.fallback);
        if (!v)
            return v.error();
        *i.target = v.value();
    }
    auto production = repo.setting(kProduction, QStringLiteral("1"));
    if (!production)
        return production.error();
    e.production = production.value() != QLatin1String("0");
    return e;
}

Result<void> SubmissionService::setEdiSettings(const Session &who, const EdiSettings &settings)
{
    if (auto r = who.require(Permission::ManageSettings); !r)
        return r.error();
    const EdiSettings &e = settings;
    if (x12::clean(e.submitter.name).isEmpty() || x12::cleanId(e.submitter.etin).isEmpty())
        return Error::invalid(tr("The submitter needs a name and the id the clearinghouse gave "
                                 "the practice (ETIN)."));
    if (e.submitter.etin.size() > 15 || e.clearinghouse.etin.size() > 15)
        return Error::invalid(tr("An interchange id (ETIN) has at most 15 characters."));
    if (!e.clearinghouse.etin.isEmpty() && x12::clean(e.clearinghouse.name).isEmpty())
        return Error::invalid(tr("Give the clearinghouse's name beside its id."));
    if (!e.submitter.phone.isEmpty() && digits(e.submitter.phone).size() != 10)
        return Error::invalid(tr("The contact phone needs ten digits."));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    PracticeRepository repo(m_db);
    const std::pair<QString, QString> values[] = {
        {kSubmitterName, e.submitter.name.trimmed()},
        {kSubmitterEtin, e.submitter.etin.trimmed()},
        {kContactName, e.submitter.contactName.trimmed()},
        {kContactPhone, digits(e.submitter.phone)},
        {kClearinghouseName, e.clearinghouse.name.trimmed()},
        {kClearinghouseEtin, e.clearinghouse.etin.trimmed()},
        {kProduction, e.production ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto &[key, value] : values) {
        if (auto r = repo.setSetting(key, value); !r)
            return r.error();
    }
    if (auto r = m_audit.record(who, QStringLiteral("settings.edi"), QStringLiteral("settings"),
                                std::nullopt,
                                QStringLiteral("submitter %1, receiver %2")
                                        .arg(e.submitter.etin,
                                             e.clearinghouse.etin.isEmpty()
                                                     ? QStringLiteral("each payer")
                                                     : e.clearinghouse.etin));
        !r)
        return r.error();
    return tx.commit();
}

Result<SubmissionResult> SubmissionService::submit(const std::optional<Session> &who,
                                                   const QList<qint64> &claimIds,
                                                   const QDateTime &now)
{
    if (who) {
        if (auto r = who->require(Permission::ManageClaims); !r)
            return r.error();
    }
    if (!m_claims)
        return Error::make(Error::Kind::Other,
                           tr("Claims cannot be sent from here."),
                           QStringLiteral("SubmissionService without a ClaimService"));
    auto edi = ediSettings();
    if (!edi)
        return edi.error();
    if (x12::cleanId(edi->submitter.etin).isEmpty())
        return Error::invalid(tr("The practice has no submitter id (ETIN) yet. Set it under "
                                 "Settings, Electronic claims."));

    QList<qint64> ids = claimIds;
    if (ids.isEmpty()) {
        auto ready = m_claims->readyClaims();
        if (!ready)
            return ready.error();
        for (const ClaimSummary &s : ready.value())
            ids.append(s.id);
        std::sort(ids.begin(), ids.end());
    }
    SubmissionResult result;
    // Receiver key → (receiver, claims), in order of first appearance.
    QList<QString> order;
    QHash<QString, std::pair<Receiver, QList<ClaimRecord>>> groups;
    auto all = m_claims->records(ids);
    if (!all)
        return all.error();
    for (const ClaimRecord &r : all.value()) {
        const QString pcn = r.summary.patientControlNumber;
        const int open = int(std::count_if(r.findings.cbegin(), r.findings.cend(),
                                           [](const StoredFinding &f) { return f.blocks(); }));
        if (r.summary.state != ClaimState::Scrubbed) {
            result.skipped.append(tr("%1: it is %2, not ready to send.")
                                          .arg(pcn, claimstate::displayName(r.summary.state)));
            continue;
        }
        if (open > 0) {
            result.skipped.append(tr("%1: %n error finding(s) still open.", nullptr, open)
                                          .arg(pcn));
            continue;
        }
        if (r.payerId == 0 || r.document.payer.id.isEmpty()
            || r.payerKind == QLatin1String("self_pay")) {
            result.skipped.append(tr("%1: no payer to send it to (self-pay); bill the patient.")
                                          .arg(pcn));
            continue;
        }
        if (r.document.subscriber.memberId.isEmpty()) {
            result.skipped.append(tr("%1: the coverage has no member id.").arg(pcn));
            continue;
        }
        const bool direct = x12::cleanId(edi->clearinghouse.etin).isEmpty();
        const Receiver receiver = direct ? Receiver{r.document.payer.name, r.document.payer.id}
                                         : edi->clearinghouse;
        const QString key = receiver.etin;
        if (!groups.contains(key)) {
            order.append(key);
            groups.insert(key, {receiver, {}});
        }
        groups[key].second.append(r);
    }
    if (order.isEmpty())
        return Error::invalid(result.skipped.isEmpty()
                                      ? tr("There is no claim ready to send.")
                                      : tr("None of these claims can be sent:\n%1")
                                                .arg(result.skipped.join(QLatin1Char('\n'))));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    BatchRepository batches(m_db);
    ClaimRecordRepository claims(m_db);
    LedgerRepository ledger(m_db);
    RemittanceRepository remittances(m_db);
    x12::Write837Options options;
    options.production = edi->production;
    for (const QString &key : order) {
        const auto &[receiver, records] = groups.value(key);
        auto numbers = reserveNumbers();
        if (!numbers)
            return numbers.error();
        ClaimBatch batch;
        batch.submitter = edi->submitter;
        batch.receiver = receiver;
        qint64 total = 0;
        for (const ClaimRecord &r : records) {
            batch.claims.append(r.document);
            total += r.document.totalChargeCents();
        }
        const QByteArray content = x12::write837(batch, numbers.value(), now, options);
        BatchRepository::NewBatch nb;
        nb.createdAt = now;
        nb.userId = who ? who->userId : 0;
        nb.receiverId = receiver.etin;
        nb.receiverName = receiver.name;
        nb.interchangeControl = QString::number(numbers->interchange);
        nb.groupControl = QString::number(numbers->group);
        nb.fileName = QStringLiteral("837P-%1-%2.x12")
                              .arg(numbers->interchange, 9, 10, QLatin1Char('0'))
                              .arg(x12::cleanId(receiver.etin));
        nb.content = content;
        nb.claimCount = int(records.size());
        nb.totalChargeCents = total;
        auto batchId = batches.insertBatch(nb);
        if (!batchId)
            return batchId.error();
        const QString st = QString::number(numbers->transaction);
        for (const ClaimRecord &r : records) {
            if (auto w = batches.insertBatchClaim(batchId.value(), r.summary.id, st); !w)
                return w.error();
            if (auto w = claims.markSubmitted(r.summary.id); !w)
                return w.error();
            // The claim's charges go on the ledger when it is first sent (a void charges
            // nothing): one row per line, kept at claim level (claim_line_id NULL) because a
            // rejected claim's lines are replaced when the biller fixes it. A fix that changed
            // the charges before resending posts the difference.
            if (r.summary.frequency != QLatin1String("8")) {
                auto lines = remittances.lineCharges(r.summary.id);
                if (!lines)
                    return lines.error();
                LedgerEntry charge;
                charge.claimId = r.summary.id;
                charge.patientId = r.patientId;
                charge.kind = QString::fromLatin1(ledgerkind::kCharge);
                charge.userId = who ? who->userId : 0;
                if (r.summary.submissionCount == 0) {
                    for (int i = 0; i < lines->size(); ++i) {
                        charge.amountCents = lines->at(i).second;
                        charge.memo = tr("Claim sent: line %1").arg(i + 1);
                        if (auto w = ledger.append(charge, now); !w)
                            return w.error();
                    }
                } else {
                    qint64 total = 0;
                    for (const auto &line : lines.value())
                        total += line.second;
                    auto charged = ledger.balance(r.summary.id);
                    if (!charged)
                        return charged.error();
                    if (charged->chargeCents != total) {
                        charge.amountCents = total - charged->chargeCents;
                        charge.memo = tr("Charges changed before the claim was sent again");
                        if (auto w = ledger.append(charge, now); !w)
                            return w.error();
                    }
                }
            }
            ClaimEvent ev;
            ev.status = QStringLiteral("submitted");
            ev.message = tr("Sent to %1 in interchange %2 (submission %3)")
                                 .arg(receiver.name, nb.interchangeControl)
                                 .arg(r.summary.submissionCount + 1);
            if (auto w = claims.addEvent(r.summary.id, 0, now, ev); !w)
                return w.error();
        }
        const QString detail = QStringLiteral("batch %1 to %2: ISA13 %3, GS06 %4, ST02 %5, %6 "
                                              "claims, %7")
                                       .arg(batchId.value())
                                       .arg(receiver.etin, nb.interchangeControl,
                                            nb.groupControl, st)
                                       .arg(records.size())
                                       .arg(Money::fromCents(total).toDecimalString());
        const QString action = QStringLiteral("claims.submit");
        const QString entity = QStringLiteral("batch");
        auto audited = who ? m_audit.record(*who, action, entity, batchId.value(), detail)
                           : m_audit.recordSystem(QStringLiteral("console"), action, entity,
                                                  batchId.value(), detail);
        if (!audited)
            return audited.error();
        BatchRecord record;
        record.summary.id = batchId.value();
        record.summary.createdAt = now;
        record.summary.receiverName = receiver.name;
        record.summary.receiverId = receiver.etin;
        record.summary.interchangeControl = nb.interchangeControl;
        record.summary.groupControl = nb.groupControl;
        record.summary.fileName = nb.fileName;
        record.summary.claimCount = nb.claimCount;
        record.summary.totalChargeCents = total;
        record.summary.status = QStringLiteral("sent");
        record.content = content;
        result.batches.append(record);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    emit submissionsChanged();
    emit m_claims->claimsChanged();
    return result;
}

Result<QList<BatchSummary>> SubmissionService::batches(int limit)
{
    return BatchRepository(m_db).batches(limit);
}

Result<BatchRecord> SubmissionService::batch(qint64 batchId)
{
    BatchRepository repo(m_db);
    auto summary = repo.batches(0, batchId);
    if (!summary)
        return summary.error();
    if (summary->isEmpty())
        return Error::notFound(tr("Batch %1 is no longer on record.").arg(batchId));
    BatchRecord b;
    b.summary = summary->constFirst();
    auto content = repo.content(batchId);
    if (!content)
        return content.error();
    b.content = content.value();
    auto ids = repo.claimIds(batchId);
    if (!ids)
        return ids.error();
    if (!ids->isEmpty()) {
        auto claims = ClaimRecordRepository(m_db).summaries({}, 0, ids.value());
        if (!claims)
            return claims.error();
        b.claims = claims.value();
    }
    return b;
}

Result<QList<AcknowledgementSummary>> SubmissionService::acknowledgements(int limit)
{
    return BatchRepository(m_db).acknowledgements(limit);
}

Result<QByteArray> SubmissionService::acknowledgementContent(qint64 id)
{
    return BatchRepository(m_db).acknowledgementContent(id);
}

} // namespace cc

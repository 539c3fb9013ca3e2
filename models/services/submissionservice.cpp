// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionservice.h"
#include "auditservice.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace cc {

namespace {

constexpr qint64 kMaxControlNumber = 999999999;

/// A counter value folded into 1..999,999,999 (ISA13 and GS06 have nine digits).
qint64 bounded(qint64 counter)
{
    return ((counter - 1) % kMaxControlNumber + kMaxControlNumber) % kMaxControlNumber + 1;
}

} // namespace

SubmissionService::SubmissionService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit)
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

} // namespace cc

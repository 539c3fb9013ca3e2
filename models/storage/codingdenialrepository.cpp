// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingdenialrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QSqlQuery>

namespace cc {

namespace {

// %1: the reason binds (":p0,:p1,…"); %2: the coder condition, or nothing.
const auto kDenials = QStringLiteral(R"(
SELECT d.id, d.claim_id, coalesce(d.claim_line_id, 0), c.encounter_id, d.group_code,
       d.reason_code, d.remark_codes, d.amount_cents, d.opened_at, d.state,
       c.patient_control_number,
       coalesce(nullif(rc.payer_claim_number, ''), c.payer_claim_number),
       coalesce(c.payer_id, 0), coalesce(py.name, r.payer_name, ''), e.date_of_service,
       coalesce(e.coder_id, 0), coalesce(nullif(u.full_name, ''), u.username, ''),
       e.provider_id, coalesce(pr.last_name, ''), coalesce(pr.first_name, ''),
       coalesce(pr.credential, '')
FROM denials d
JOIN claims c ON c.id = d.claim_id
JOIN encounters e ON e.id = c.encounter_id
LEFT JOIN users u ON u.id = e.coder_id
LEFT JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN remittances r ON r.id = d.remittance_id
LEFT JOIN remittance_claims rc ON rc.id = d.remittance_claim_id
WHERE substr(d.opened_at, 1, 10) BETWEEN :from AND :to
  AND upper(trim(d.reason_code)) IN (%1) %2
ORDER BY d.opened_at DESC, d.id DESC
)");

// %1: the claim binds.
const auto kLines = QStringLiteral(R"(
SELECT claim_id, id, line_no, code, modifier1, modifier2, modifier3, modifier4, units, pointers,
       charge_cents
FROM claim_lines WHERE claim_id IN (%1)
ORDER BY claim_id, line_no
)");
const auto kDiagnoses = QStringLiteral(R"(
SELECT claim_id, position, code FROM claim_diagnoses WHERE claim_id IN (%1)
)");
// A finding of the encounter (stored while it was coded, before its claim existed) belongs to
// every claim of that encounter; a claim's own findings carry both ids.
const auto kFindings = QStringLiteral(R"(
SELECT c.id, f.rule, f.severity, f.line_no, f.codes, f.message,
       CASE WHEN f.claim_id IS NULL THEN 0 ELSE 1 END, coalesce(f.overridden_by, 0),
       coalesce(nullif(u.full_name, ''), u.username, ''), f.override_reason
FROM claims c
JOIN claim_findings f
  ON f.claim_id = c.id OR (f.claim_id IS NULL AND f.encounter_id = c.encounter_id)
LEFT JOIN users u ON u.id = f.overridden_by
WHERE c.id IN (%1)
ORDER BY c.id, f.id
)");

// Well under SQLite's bind limit (and sql::bindName's :p999).
constexpr int kChunk = 400;

QString binds(qsizetype count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < int(count); ++i)
        names.append(sql::bindName(i));
    return names.join(QLatin1Char(','));
}

QDateTime parseStamp(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at;
}

QList<int> parsePointers(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (ok && n > 0)
            out.append(n);
    }
    return out;
}

QString providerName(const QString &last, const QString &first, const QString &credential)
{
    if (last.isEmpty() && first.isEmpty())
        return {};
    QString name = QStringLiteral("%1, %2").arg(last, first);
    if (!credential.isEmpty())
        name += QLatin1Char(' ') + credential;
    return name;
}

/// Runs @p sqlText (with %1 for the claim binds) once per chunk of @p claimIds.
template <typename Read>
Result<void> forClaimChunks(Database &db, const QString &sqlText, const QString &what,
    const QList<qint64> &claimIds, Read read)
{
    for (qsizetype start = 0; start < claimIds.size(); start += kChunk) {
        const QList<qint64> chunk = claimIds.mid(start, kChunk);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, sqlText.arg(binds(chunk.size())), what));
        for (int i = 0; i < int(chunk.size()); ++i)
            q.bindValue(sql::bindName(i), chunk[i]);
        CC_TRY(sql::exec(q, what));
        while (q.next())
            read(q);
    }
    return {};
}

} // namespace

struct CodingDenialRepository::Private
{
    explicit Private(Database &database)
        : db(database)
    { }
    Database &db;
};

CodingDenialRepository::CodingDenialRepository(Database &db)
    : d(new Private(db))
{ }
CodingDenialRepository::~CodingDenialRepository() = default;

Result<QList<CodingDenialRecord>> CodingDenialRepository::denials(
    const QDate &from, const QDate &to, const QStringList &reasonCodes, qint64 coderId)
{
    QList<CodingDenialRecord> out;
    if (reasonCodes.isEmpty() || !from.isValid() || !to.isValid())
        return out;
    const QString what = QStringLiteral("coding denials");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    const QString coder = coderId > 0 ? QStringLiteral("AND e.coder_id = :coder") : QString();
    CC_TRY(sql::prepare(q, kDenials.arg(binds(reasonCodes.size()), coder), what));
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    for (int i = 0; i < int(reasonCodes.size()); ++i)
        q.bindValue(sql::bindName(i), reasonCodes[i].trimmed().toUpper());
    if (coderId > 0)
        q.bindValue(QStringLiteral(":coder"), coderId);
    CC_TRY(sql::exec(q, what));
    QList<qint64> claimIds;
    QSet<qint64> seen;
    while (q.next()) {
        CodingDenialRecord r;
        r.denialId = q.value(0).toLongLong();
        r.claimId = q.value(1).toLongLong();
        r.claimLineId = q.value(2).toLongLong();
        r.encounterId = q.value(3).toLongLong();
        r.groupCode = q.value(4).toString();
        r.reasonCode = q.value(5).toString().trimmed().toUpper();
        // Stored as the ERA gave them; accept commas, colons or blanks between codes.
        for (const QString &part : q.value(6).toString().split(
                 QRegularExpression(QStringLiteral("[,;: ]+")), Qt::SkipEmptyParts))
            r.remarkCodes.append(part.trimmed().toUpper());
        r.amountCents = q.value(7).toLongLong();
        r.openedAt = parseStamp(q.value(8));
        r.state = q.value(9).toString();
        r.patientControlNumber = q.value(10).toString();
        r.payerClaimNumber = q.value(11).toString();
        r.payerId = q.value(12).toLongLong();
        r.payerName = q.value(13).toString();
        r.dateOfService = QDate::fromString(q.value(14).toString().left(10), Qt::ISODate);
        r.coderId = q.value(15).toLongLong();
        r.coderName = q.value(16).toString();
        r.providerId = q.value(17).toLongLong();
        r.providerName
            = providerName(q.value(18).toString(), q.value(19).toString(), q.value(20).toString());
        if (!seen.contains(r.claimId)) {
            seen.insert(r.claimId);
            claimIds.append(r.claimId);
        }
        out.append(std::move(r));
    }
    if (out.isEmpty())
        return out;
    CC_TRY(addLines(out, claimIds));
    CC_TRY(addFindings(out, claimIds));
    return out;
}

Result<void> CodingDenialRepository::addLines(
    QList<CodingDenialRecord> &records, const QList<qint64> &claimIds)
{
    // position → code of each claim's diagnoses.
    QHash<qint64, QHash<int, QString>> diagnoses;
    CC_TRY(forClaimChunks(d->db, kDiagnoses, QStringLiteral("coding denial diagnoses"), claimIds,
        [&](const QSqlQuery &q) {
            diagnoses[q.value(0).toLongLong()].insert(q.value(1).toInt(), q.value(2).toString());
        }));
    QHash<qint64, QList<CodingDenialLine>> lines;
    CC_TRY(forClaimChunks(
        d->db, kLines, QStringLiteral("coding denial lines"), claimIds, [&](const QSqlQuery &q) {
            const qint64 claimId = q.value(0).toLongLong();
            CodingDenialLine l;
            l.claimLineId = q.value(1).toLongLong();
            l.lineNo = q.value(2).toInt();
            l.code = q.value(3).toString();
            for (int i = 4; i <= 7; ++i) {
                if (!q.value(i).toString().isEmpty())
                    l.modifiers.append(q.value(i).toString());
            }
            l.units = q.value(8).toInt();
            const QHash<int, QString> dx = diagnoses.value(claimId);
            // A pointer to no diagnosis is the scrubber's pointer-invalid;
            // here it simply adds nothing to the code pair.
            for (int p : parsePointers(q.value(9).toString())) {
                const QString code = dx.value(p);
                if (!code.isEmpty() && !l.diagnoses.contains(code))
                    l.diagnoses.append(code);
            }
            l.chargeCents = q.value(10).toLongLong();
            lines[claimId].append(l);
        }));
    for (CodingDenialRecord &r : records) {
        const QList<CodingDenialLine> ofClaim = lines.value(r.claimId);
        for (const CodingDenialLine &l : ofClaim) {
            if (r.claimLineId == 0 || l.claimLineId == r.claimLineId)
                r.lines.append(l);
        }
    }
    return {};
}

Result<void> CodingDenialRepository::addFindings(
    QList<CodingDenialRecord> &records, const QList<qint64> &claimIds)
{
    QHash<qint64, QList<CodingDenialFinding>> findings;
    CC_TRY(forClaimChunks(d->db, kFindings, QStringLiteral("coding denial findings"), claimIds,
        [&](const QSqlQuery &q) {
            CodingDenialFinding f;
            f.rule = q.value(1).toString();
            f.error = q.value(2).toString() == QLatin1String("error");
            f.lineNo = q.value(3).toInt();
            f.codes = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            f.message = q.value(5).toString();
            f.onClaim = q.value(6).toInt() != 0;
            f.overriddenById = q.value(7).toLongLong();
            f.overriddenBy = q.value(8).toString();
            if (f.isOverridden() && f.overriddenBy.isEmpty())
                f.overriddenBy = tr("a removed user");
            f.overrideReason = q.value(9).toString();
            findings[q.value(0).toLongLong()].append(f);
        }));
    for (CodingDenialRecord &r : records)
        r.findings = findings.value(r.claimId);
    return {};
}

} // namespace cc

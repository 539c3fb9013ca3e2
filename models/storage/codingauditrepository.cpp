// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingauditrepository.h"
#include "database.h"
#include "sqlerror_p.h"
#include "domain/codeentry.h"

#include <QSqlQuery>

#include <algorithm>

namespace cc {

namespace {

// The coder of work recorded without encounters.coder_id (the demo writes the handoff log
// only) is whoever last moved it into coded: that is the person whose codes are audited.
const auto kCandidates = QStringLiteral(R"(
SELECT id, coder, date_of_service FROM (
    SELECT e.id, e.date_of_service,
           coalesce(e.coder_id,
                    (SELECT h.user_id FROM handoff_log h
                     WHERE h.encounter_id = e.id AND h.to_state = 'coded'
                       AND h.user_id IS NOT NULL
                     ORDER BY h.at DESC, h.id DESC LIMIT 1)) AS coder
    FROM encounters e
    WHERE e.date_of_service BETWEEN :from AND :to
      AND e.state IN ('coded', 'handed_off', 'returned', 'accepted', 'billed')
      AND NOT EXISTS (SELECT 1 FROM coding_audit_items i WHERE i.encounter_id = e.id)) AS candidates
WHERE coder IS NOT NULL
ORDER BY coder, id
)");

const auto kEncounterDiagnoses = QStringLiteral(
        "SELECT code FROM encounter_diagnoses WHERE encounter_id = :id ORDER BY position");
const auto kEncounterServices = QStringLiteral(R"(
SELECT code, modifier1, modifier2, modifier3, modifier4, units
FROM service_lines WHERE encounter_id = :id ORDER BY line_no
)");

const auto kInsertAudit = QStringLiteral(R"(
INSERT INTO coding_audits (created_at, created_by, period_from, period_to, per_coder, seed, note)
VALUES (:at, :user, :from, :to, :per, :seed, :note)
)");
const auto kInsertItem = QStringLiteral(
        "INSERT INTO coding_audit_items (audit_id, encounter_id, coder_id) VALUES (:a, :e, :c)");
const auto kInsertLine = QStringLiteral(R"(
INSERT INTO coding_audit_lines (item_id, side, kind, position, code, modifiers, units, agreed)
VALUES (:item, :side, :kind, :pos, :code, :mods, :units, :agreed)
)");
const auto kSetAgreed = QStringLiteral(
        "UPDATE coding_audit_lines SET agreed = :agreed WHERE id = :id");
const auto kComplete = QStringLiteral(R"(
UPDATE coding_audit_items
SET auditor_id = :auditor, completed_at = :at, agreed_lines = :agreed,
    audited_lines = :audited, auditor_note = :note, version = version + 1
WHERE id = :id AND version = :version AND completed_at IS NULL
)");
const auto kItemState = QStringLiteral(
        "SELECT completed_at FROM coding_audit_items WHERE id = :id");

const auto kAudits = QStringLiteral(R"(
SELECT a.id, a.created_at, coalesce(nullif(u.full_name, ''), u.username, ''), a.period_from,
       a.period_to, a.per_coder, a.seed, a.note, coalesce(s.n, 0), coalesce(s.done, 0),
       coalesce(s.agreed, 0), coalesce(s.audited, 0)
FROM coding_audits a
LEFT JOIN users u ON u.id = a.created_by
LEFT JOIN (SELECT audit_id, count(*) AS n, count(completed_at) AS done,
                  sum(CASE WHEN completed_at IS NULL THEN 0 ELSE agreed_lines END) AS agreed,
                  sum(CASE WHEN completed_at IS NULL THEN 0 ELSE audited_lines END) AS audited
           FROM coding_audit_items GROUP BY audit_id) s ON s.audit_id = a.id
)");

const auto kItems = QStringLiteral(R"(
SELECT i.id, i.audit_id, i.encounter_id, coalesce(i.coder_id, 0),
       coalesce(nullif(c.full_name, ''), c.username, ''), coalesce(i.auditor_id, 0),
       coalesce(nullif(a.full_name, ''), a.username, ''), i.completed_at, i.agreed_lines,
       i.audited_lines, i.auditor_note, i.version, e.date_of_service,
       p.last_name || ', ' || p.first_name, p.mrn, pr.last_name || ', ' || pr.first_name
FROM coding_audit_items i
JOIN encounters e ON e.id = i.encounter_id
JOIN patients p ON p.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
LEFT JOIN users c ON c.id = i.coder_id
LEFT JOIN users a ON a.id = i.auditor_id
)");
const auto kItemsOrder = QStringLiteral(" ORDER BY e.date_of_service, i.id");

const auto kLines = QStringLiteral(R"(
SELECT id, side, kind, position, code, modifiers, units, agreed
FROM coding_audit_lines WHERE item_id = :id
ORDER BY CASE side WHEN 'coder' THEN 0 ELSE 1 END, CASE kind WHEN 'dx' THEN 0 ELSE 1 END,
         position, id
)");

const auto kBlindFacts = QStringLiteral(R"(
SELECT e.id, e.date_of_service, e.place_of_service, p.birth_date, p.sex, pr.last_name,
       pr.first_name, pr.credential, pr.specialty, e.clinical_note, e.addendum
FROM encounters e
JOIN patients p ON p.id = e.patient_id
JOIN providers pr ON pr.id = e.provider_id
WHERE e.id = :id
)");

// completed_at is ISO UTC text, so its first characters are the UTC date and month: the same
// reading the measures engine makes of the period.
const auto kAccuracy = QStringLiteral(R"(
SELECT coalesce(i.coder_id, 0), coalesce(nullif(u.full_name, ''), u.username, ''),
       substr(i.completed_at, 1, 7), count(*), sum(i.agreed_lines), sum(i.audited_lines)
FROM coding_audit_items i
LEFT JOIN users u ON u.id = i.coder_id
WHERE i.completed_at IS NOT NULL AND substr(i.completed_at, 1, 10) BETWEEN :from AND :to
GROUP BY coalesce(i.coder_id, 0), u.full_name, u.username, substr(i.completed_at, 1, 7)
ORDER BY 2, 1, 3
)");

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString isoStamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at;
}

QDate parseDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QStringList splitModifiers(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

CodingAuditItemRecord readItem(const QSqlQuery &q)
{
    CodingAuditItemRecord r;
    r.id = q.value(0).toLongLong();
    r.auditId = q.value(1).toLongLong();
    r.encounterId = q.value(2).toLongLong();
    r.coderId = q.value(3).toLongLong();
    r.coderName = q.value(4).toString();
    r.auditorId = q.value(5).toLongLong();
    r.auditorName = q.value(6).toString();
    r.completedAt = parseStamp(q.value(7));
    r.agreedLines = q.value(8).toInt();
    r.auditedLines = q.value(9).toInt();
    r.auditorNote = q.value(10).toString();
    r.version = q.value(11).toInt();
    r.dateOfService = parseDate(q.value(12));
    r.patientName = q.value(13).toString();
    r.mrn = q.value(14).toString();
    r.providerName = q.value(15).toString();
    return r;
}

} // namespace

struct CodingAuditRepository::Private
{
    explicit Private(Database &database) : db(database) { }
    Database &db;
};

CodingAuditRepository::CodingAuditRepository(Database &db) : d(new Private(db)) { }
CodingAuditRepository::~CodingAuditRepository() = default;

Result<QList<CodingAuditCandidate>> CodingAuditRepository::candidates(const QDate &from,
                                                                     const QDate &to)
{
    const QString what = QStringLiteral("coding audit candidates");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kCandidates, what));
    q.bindValue(QStringLiteral(":from"), isoDate(from));
    q.bindValue(QStringLiteral(":to"), isoDate(to));
    CC_TRY(sql::exec(q, what));
    QList<CodingAuditCandidate> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), parseDate(q.value(2))});
    return out;
}

Result<QList<CodingAuditLine>> CodingAuditRepository::encounterLines(qint64 encounterId)
{
    QList<CodingAuditLine> out;
    {
        const QString what = QStringLiteral("coding audit snapshot diagnoses");
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, kEncounterDiagnoses, what));
        q.bindValue(QStringLiteral(":id"), encounterId);
        CC_TRY(sql::exec(q, what));
        while (q.next()) {
            CodingAuditLine l;
            l.side = QLatin1String(auditside::kCoder);
            l.kind = QLatin1String(auditlinekind::kDiagnosis);
            l.position = int(out.size()) + 1;
            l.code = normalizedCode(q.value(0).toString());
            out.append(l);
        }
    }
    const QString what = QStringLiteral("coding audit snapshot services");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kEncounterServices, what));
    q.bindValue(QStringLiteral(":id"), encounterId);
    CC_TRY(sql::exec(q, what));
    int position = 0;
    while (q.next()) {
        CodingAuditLine l;
        l.side = QLatin1String(auditside::kCoder);
        l.kind = QLatin1String(auditlinekind::kService);
        l.position = ++position;
        l.code = normalizedCode(q.value(0).toString());
        for (int i = 1; i <= 4; ++i) {
            const QString m = q.value(i).toString().trimmed().toUpper();
            if (!m.isEmpty())
                l.modifiers.append(m);
        }
        std::sort(l.modifiers.begin(), l.modifiers.end());
        l.units = q.value(5).toInt();
        out.append(l);
    }
    return out;
}

Result<qint64> CodingAuditRepository::insertAudit(const QDateTime &createdAt, qint64 userId,
                                                  const QDate &from, const QDate &to,
                                                  int perCoder, quint32 seed,
                                                  const QString &note)
{
    const QString what = QStringLiteral("insert coding audit");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertAudit, what));
    q.bindValue(QStringLiteral(":at"), isoStamp(createdAt));
    q.bindValue(QStringLiteral(":user"),
                userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":from"), isoDate(from));
    q.bindValue(QStringLiteral(":to"), isoDate(to));
    q.bindValue(QStringLiteral(":per"), perCoder);
    q.bindValue(QStringLiteral(":seed"), qint64(seed));
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<qint64> CodingAuditRepository::insertItem(qint64 auditId, qint64 encounterId,
                                                 qint64 coderId)
{
    const QString what = QStringLiteral("insert coding audit item");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertItem, what));
    q.bindValue(QStringLiteral(":a"), auditId);
    q.bindValue(QStringLiteral(":e"), encounterId);
    q.bindValue(QStringLiteral(":c"),
                coderId > 0 ? QVariant(coderId) : QVariant(QMetaType(QMetaType::LongLong)));
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<void> CodingAuditRepository::insertLines(qint64 itemId,
                                                const QList<CodingAuditLine> &lines)
{
    const QString what = QStringLiteral("insert coding audit lines");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kInsertLine, what));
    for (const CodingAuditLine &l : lines) {
        q.bindValue(QStringLiteral(":item"), itemId);
        q.bindValue(QStringLiteral(":side"), l.side);
        q.bindValue(QStringLiteral(":kind"), l.kind);
        q.bindValue(QStringLiteral(":pos"), l.position);
        q.bindValue(QStringLiteral(":code"), sql::text(l.code));
        q.bindValue(QStringLiteral(":mods"), sql::text(l.modifiers.join(QLatin1Char(','))));
        q.bindValue(QStringLiteral(":units"), l.units);
        q.bindValue(QStringLiteral(":agreed"), l.agreed ? 1 : 0);
        CC_TRY(sql::exec(q, what));
    }
    return {};
}

Result<void> CodingAuditRepository::setLineAgreed(qint64 lineId, bool agreed)
{
    const QString what = QStringLiteral("mark coding audit line");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSetAgreed, what));
    q.bindValue(QStringLiteral(":agreed"), agreed ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), lineId);
    CC_TRY(sql::exec(q, what));
    return {};
}

Result<void> CodingAuditRepository::complete(qint64 itemId, int version, qint64 auditorId,
                                             const QDateTime &at, int agreedLines,
                                             int auditedLines, const QString &note)
{
    const QString what = QStringLiteral("complete coding audit item");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kComplete, what));
    q.bindValue(QStringLiteral(":auditor"), auditorId);
    q.bindValue(QStringLiteral(":at"), isoStamp(at));
    q.bindValue(QStringLiteral(":agreed"), agreedLines);
    q.bindValue(QStringLiteral(":audited"), auditedLines);
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    q.bindValue(QStringLiteral(":id"), itemId);
    q.bindValue(QStringLiteral(":version"), version);
    CC_TRY(sql::exec(q, what));
    if (q.numRowsAffected() == 1)
        return {};

    QSqlQuery check(d->db.connection());
    CC_TRY(sql::prepare(check, kItemState, QStringLiteral("coding audit item state")));
    check.bindValue(QStringLiteral(":id"), itemId);
    CC_TRY(sql::exec(check, QStringLiteral("coding audit item state")));
    if (!check.next())
        return Error::notFound(tr("Audit item %1 no longer exists.").arg(itemId));
    if (!check.value(0).isNull())
        return Error::invalid(tr("Audit item %1 was recoded already: each sampled encounter "
                                 "is recoded once.")
                                      .arg(itemId));
    return Error::make(Error::Kind::Conflict,
                       tr("Audit item %1 was changed by someone else since you opened it. "
                          "Reload the list, then try again.")
                               .arg(itemId));
}

Result<QList<CodingAuditRecord>> CodingAuditRepository::audits()
{
    const QString what = QStringLiteral("coding audits");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kAudits + QStringLiteral(" ORDER BY a.id DESC"), what));
    CC_TRY(sql::exec(q, what));
    QList<CodingAuditRecord> out;
    while (q.next()) {
        CodingAuditRecord r;
        r.id = q.value(0).toLongLong();
        r.createdAt = parseStamp(q.value(1));
        r.createdByName = q.value(2).toString();
        r.periodFrom = parseDate(q.value(3));
        r.periodTo = parseDate(q.value(4));
        r.perCoder = q.value(5).toInt();
        r.seed = quint32(q.value(6).toLongLong());
        r.note = q.value(7).toString();
        r.itemCount = q.value(8).toInt();
        r.doneCount = q.value(9).toInt();
        r.agreedLines = q.value(10).toInt();
        r.auditedLines = q.value(11).toInt();
        out.append(r);
    }
    return out;
}

Result<std::optional<CodingAuditRecord>> CodingAuditRepository::audit(qint64 auditId)
{
    auto all = audits();
    if (!all)
        return all.error();
    for (const CodingAuditRecord &r : all.value()) {
        if (r.id == auditId)
            return std::optional<CodingAuditRecord>(r);
    }
    return std::optional<CodingAuditRecord>();
}

Result<QList<CodingAuditItemRecord>> CodingAuditRepository::items(qint64 auditId,
                                                                  bool pendingOnly)
{
    const QString what = QStringLiteral("coding audit items");
    QStringList where;
    if (auditId > 0)
        where.append(QStringLiteral("i.audit_id = :audit"));
    if (pendingOnly)
        where.append(QStringLiteral("i.completed_at IS NULL"));
    const QString clause = where.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kItems + clause + kItemsOrder, what));
    if (auditId > 0)
        q.bindValue(QStringLiteral(":audit"), auditId);
    CC_TRY(sql::exec(q, what));
    QList<CodingAuditItemRecord> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

Result<std::optional<CodingAuditItemRecord>> CodingAuditRepository::item(qint64 itemId)
{
    const QString what = QStringLiteral("coding audit item");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kItems + QStringLiteral(" WHERE i.id = :id"), what));
    q.bindValue(QStringLiteral(":id"), itemId);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return std::optional<CodingAuditItemRecord>();
    return std::optional<CodingAuditItemRecord>(readItem(q));
}

Result<QDateTime> CodingAuditRepository::openedSinceDrawn(qint64 itemId, qint64 userId)
{
    const QString what = QStringLiteral("coding audit: encounter opened since drawn");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, QStringLiteral(R"(
SELECT min(l.at)
FROM coding_audit_items i
JOIN coding_audits a ON a.id = i.audit_id
JOIN audit_log l ON l.action = 'encounter.open' AND l.entity = 'encounter'
                AND l.entity_id = i.encounter_id AND l.user_id = :user AND l.at >= a.created_at
WHERE i.id = :id
)"), what));
    q.bindValue(QStringLiteral(":id"), itemId);
    q.bindValue(QStringLiteral(":user"), userId);
    CC_TRY(sql::exec(q, what));
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

Result<QList<CodingAuditLine>> CodingAuditRepository::lines(qint64 itemId)
{
    const QString what = QStringLiteral("coding audit lines");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kLines, what));
    q.bindValue(QStringLiteral(":id"), itemId);
    CC_TRY(sql::exec(q, what));
    QList<CodingAuditLine> out;
    while (q.next()) {
        CodingAuditLine l;
        l.id = q.value(0).toLongLong();
        l.side = q.value(1).toString();
        l.kind = q.value(2).toString();
        l.position = q.value(3).toInt();
        l.code = q.value(4).toString();
        l.modifiers = splitModifiers(q.value(5).toString());
        l.units = q.value(6).toInt();
        l.agreed = q.value(7).toInt() != 0;
        out.append(l);
    }
    return out;
}

Result<std::optional<BlindEncounterFacts>> CodingAuditRepository::blindFacts(qint64 encounterId)
{
    const QString what = QStringLiteral("coding audit blind case");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kBlindFacts, what));
    q.bindValue(QStringLiteral(":id"), encounterId);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return std::optional<BlindEncounterFacts>();
    BlindEncounterFacts f;
    f.encounterId = q.value(0).toLongLong();
    f.dateOfService = parseDate(q.value(1));
    f.placeOfService = q.value(2).toString();
    f.patientBirthDate = parseDate(q.value(3));
    f.patientSex = q.value(4).toString();
    const QString credential = q.value(7).toString();
    f.providerName = credential.isEmpty()
            ? QStringLiteral("%1, %2").arg(q.value(5).toString(), q.value(6).toString())
            : QStringLiteral("%1, %2 %3")
                      .arg(q.value(5).toString(), q.value(6).toString(), credential);
    f.providerSpecialty = q.value(8).toString();
    f.clinicalNote = q.value(9).toString();
    f.addendum = q.value(10).toString();
    return std::optional<BlindEncounterFacts>(f);
}

Result<QList<CodingAccuracyRecord>> CodingAuditRepository::accuracy(const QDate &from,
                                                                   const QDate &to)
{
    const QString what = QStringLiteral("coding audit accuracy");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kAccuracy, what));
    q.bindValue(QStringLiteral(":from"), isoDate(from));
    q.bindValue(QStringLiteral(":to"), isoDate(to));
    CC_TRY(sql::exec(q, what));
    QList<CodingAccuracyRecord> out;
    while (q.next()) {
        CodingAccuracyRecord r;
        r.coderId = q.value(0).toLongLong();
        r.coderName = q.value(1).toString();
        r.month = QDate::fromString(q.value(2).toString() + QStringLiteral("-01"), Qt::ISODate);
        r.items = q.value(3).toInt();
        r.agreedLines = q.value(4).toInt();
        r.auditedLines = q.value(5).toInt();
        out.append(r);
    }
    return out;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialrepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace cc {

namespace {

// The work list: each denial with its claim, patient, payer, date of service and ERA. The
// insurance balance comes from the ledger view; SQLite pushes the claim_id term into the view,
// so it reads only that claim's postings.
const auto kDenialColumns = QStringLiteral(R"(
SELECT d.id, d.claim_id, coalesce(d.claim_line_id, 0), coalesce(l.line_no, 0),
       coalesce(l.code, ''), coalesce(l.modifier1, ''), coalesce(l.modifier2, ''),
       coalesce(d.remittance_id, 0), coalesce(d.remittance_claim_id, 0), d.group_code,
       d.reason_code, d.remark_codes, d.amount_cents, d.opened_at, d.resolved_at, d.state,
       d.version, c.patient_control_number,
       coalesce(nullif(rc.payer_claim_number, ''), c.payer_claim_number), c.state,
       c.total_charge_cents,
       coalesce((SELECT b.insurance_balance_cents FROM claim_balances b
                 WHERE b.claim_id = d.claim_id), 0),
       p.id, p.last_name, p.first_name, p.birth_date, coalesce(cv.member_id, ''),
       coalesce(c.payer_id, 0), coalesce(py.name, r.payer_name, ''), e.date_of_service,
       coalesce(r.payment_date, substr(r.posted_at, 1, 10)),
       (SELECT w.action FROM work_notes w WHERE w.entity = 'denial' AND w.entity_id = d.id
        ORDER BY w.id DESC LIMIT 1),
       (SELECT w.at FROM work_notes w WHERE w.entity = 'denial' AND w.entity_id = d.id
        ORDER BY w.id DESC LIMIT 1)
FROM denials d
JOIN claims c ON c.id = d.claim_id
JOIN encounters e ON e.id = c.encounter_id
JOIN patients p ON p.id = e.patient_id
LEFT JOIN claim_lines l ON l.id = d.claim_line_id
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN coverages cv ON cv.id = c.coverage_id
LEFT JOIN remittances r ON r.id = d.remittance_id
LEFT JOIN remittance_claims rc ON rc.id = d.remittance_claim_id
)");
const auto kOrder = QStringLiteral(" ORDER BY d.opened_at, d.id");

const auto kSetState = QStringLiteral(R"(
UPDATE denials SET state = :state, version = version + 1, resolved_at = :resolved
WHERE id = :id AND version = :version
)");
const auto kExists = QStringLiteral("SELECT version FROM denials WHERE id = :id");

const auto kAddNote = QStringLiteral(R"(
INSERT INTO work_notes (entity, entity_id, at, user_id, action, note)
VALUES ('denial', :id, :at, :user, :action, :note)
)");
const auto kNotes = QStringLiteral(R"(
SELECT w.id, w.entity_id, w.at, coalesce(w.user_id, 0), coalesce(u.full_name, ''), w.action,
       w.note
FROM work_notes w
LEFT JOIN users u ON u.id = w.user_id
WHERE w.entity = 'denial' AND w.entity_id = :id
ORDER BY w.id
)");

const auto kPractice = QStringLiteral(R"(
SELECT name, npi, tax_id, address_line1, address_line2, city, state, zip, phone
FROM practice ORDER BY id LIMIT 1
)");
const auto kClaimParties = QStringLiteral(R"(
SELECT coalesce(py.name, ''), coalesce(py.address_line1, ''), coalesce(py.city, ''),
       coalesce(py.state, ''), coalesce(py.zip, ''), coalesce(pr.first_name, ''),
       coalesce(pr.last_name, ''), coalesce(pr.credential, ''), coalesce(pr.npi, '')
FROM claims c
LEFT JOIN payers py ON py.id = c.payer_id
LEFT JOIN providers pr ON pr.id = c.rendering_provider_id
WHERE c.id = :id
)");

QDateTime parseStamp(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(s.left(10), Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at;
}

QDate parseDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QString cityLine(const QString &city, const QString &state, const QString &zip)
{
    QString zipText = zip;
    if (zipText.size() == 9)
        zipText = zipText.left(5) + QLatin1Char('-') + zipText.mid(5);
    QString line = city;
    if (!state.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + state;
    if (!zipText.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + zipText;
    return line;
}

DenialRecord readDenial(const QSqlQuery &q)
{
    DenialRecord r;
    r.id = q.value(0).toLongLong();
    r.claimId = q.value(1).toLongLong();
    r.claimLineId = q.value(2).toLongLong();
    r.lineNo = q.value(3).toInt();
    QStringList code;
    for (int i = 4; i <= 6; ++i) {
        if (!q.value(i).toString().isEmpty())
            code.append(q.value(i).toString());
    }
    r.lineCode = code.join(QLatin1Char('-'));
    r.remittanceId = q.value(7).toLongLong();
    r.remittanceClaimId = q.value(8).toLongLong();
    r.groupCode = q.value(9).toString();
    r.reasonCode = q.value(10).toString();
    // Stored as the ERA gave them; accept commas, colons or blanks between codes.
    const QString remarks = q.value(11).toString();
    for (const QString &part : remarks.split(QRegularExpression(QStringLiteral("[,;: ]+")),
                                      Qt::SkipEmptyParts))
        r.remarkCodes.append(part.trimmed().toUpper());
    r.amountCents = q.value(12).toLongLong();
    r.openedAt = parseStamp(q.value(13));
    r.resolvedAt = parseStamp(q.value(14));
    r.state = q.value(15).toString();
    r.version = q.value(16).toInt();
    r.patientControlNumber = q.value(17).toString();
    r.payerClaimNumber = q.value(18).toString();
    r.claimState = q.value(19).toString();
    r.claimChargeCents = q.value(20).toLongLong();
    r.insuranceBalanceCents = q.value(21).toLongLong();
    r.patientId = q.value(22).toLongLong();
    r.patientName = q.value(23).toString() + QStringLiteral(", ") + q.value(24).toString();
    r.patientBirthDate = parseDate(q.value(25));
    r.memberId = q.value(26).toString();
    r.payerId = q.value(27).toLongLong();
    r.payerName = q.value(28).toString();
    r.dateOfService = parseDate(q.value(29));
    r.remittanceDate = parseDate(q.value(30));
    r.lastAction = q.value(31).toString();
    r.lastActionAt = parseStamp(q.value(32));
    if (!denialstate::isFinished(r.state))
        r.openCents = qBound<qint64>(0, r.insuranceBalanceCents, r.amountCents);
    return r;
}

} // namespace

namespace denialstate {

QString displayName(const QString &state)
{
    if (state == QLatin1String(kOpen))
        return QCoreApplication::translate("cc::denialstate", "Open");
    if (state == QLatin1String(kResubmitted))
        return QCoreApplication::translate("cc::denialstate", "Resubmitted");
    if (state == QLatin1String(kAppealed))
        return QCoreApplication::translate("cc::denialstate", "Appealed");
    if (state == QLatin1String(kWrittenOff))
        return QCoreApplication::translate("cc::denialstate", "Written off");
    if (state == QLatin1String(kTransferred))
        return QCoreApplication::translate("cc::denialstate", "Transferred to patient");
    if (state == QLatin1String(kClosed))
        return QCoreApplication::translate("cc::denialstate", "Closed");
    return state;
}

bool isFinished(const QString &state)
{
    return state == QLatin1String(kWrittenOff) || state == QLatin1String(kTransferred)
            || state == QLatin1String(kClosed);
}

} // namespace denialstate

struct DenialRepository::Private
{
    explicit Private(Database &database) : db(database) { }
    Database &db;
};

DenialRepository::DenialRepository(Database &db) : d(new Private(db)) { }
DenialRepository::~DenialRepository() = default;

Result<QList<DenialRecord>> DenialRepository::denials(DenialFilter filter)
{
    const QString what = QStringLiteral("denial work list");
    QString where;
    switch (filter) {
    case DenialFilter::Open:
        where = QStringLiteral("WHERE d.state = 'open'");
        break;
    case DenialFilter::Working:
        where = QStringLiteral("WHERE d.state IN ('open', 'resubmitted', 'appealed')");
        break;
    case DenialFilter::All:
        break;
    }
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kDenialColumns + where + kOrder, what));
    CC_TRY(sql::exec(q, what));
    QList<DenialRecord> out;
    while (q.next())
        out.append(readDenial(q));
    return out;
}

Result<std::optional<DenialRecord>> DenialRepository::denial(qint64 id)
{
    const QString what = QStringLiteral("denial");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kDenialColumns + QStringLiteral("WHERE d.id = :id"), what));
    q.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return std::optional<DenialRecord>();
    return std::optional<DenialRecord>(readDenial(q));
}

Result<QList<DenialRecord>> DenialRepository::denialsOfClaim(qint64 claimId,
                                                            const QStringList &states)
{
    const QString what = QStringLiteral("denials of claim");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kDenialColumns + QStringLiteral("WHERE d.claim_id = :id") + kOrder,
                        what));
    q.bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(q, what));
    QList<DenialRecord> out;
    while (q.next()) {
        DenialRecord r = readDenial(q);
        if (states.isEmpty() || states.contains(r.state))
            out.append(std::move(r));
    }
    return out;
}

Result<void> DenialRepository::setState(qint64 id, int version, const QString &state,
                                        const QDateTime &at)
{
    const QString what = QStringLiteral("change denial state");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kSetState, what));
    q.bindValue(QStringLiteral(":state"), state);
    q.bindValue(QStringLiteral(":resolved"),
                denialstate::isFinished(state)
                        ? QVariant(at.toUTC().toString(Qt::ISODateWithMs))
                        : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), version);
    CC_TRY(sql::exec(q, what));
    if (q.numRowsAffected() == 1)
        return {};

    QSqlQuery check(d->db.connection());
    CC_TRY(sql::prepare(check, kExists, QStringLiteral("denial version")));
    check.bindValue(QStringLiteral(":id"), id);
    CC_TRY(sql::exec(check, QStringLiteral("denial version")));
    if (!check.next())
        return Error::notFound(tr("Denial %1 no longer exists.").arg(id));
    return Error::make(Error::Kind::Conflict,
                       tr("Denial %1 was worked by someone else since you opened it. Reload the "
                          "list to see what was done, then try again.")
                               .arg(id));
}

Result<qint64> DenialRepository::addNote(qint64 denialId, qint64 userId, const QString &action,
                                         const QString &note, const QDateTime &at)
{
    const QString what = QStringLiteral("add denial note");
    QSqlQuery q(d->db.connection());
    CC_TRY(sql::prepare(q, kAddNote, what));
    q.bindValue(QStringLiteral(":id"), denialId);
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":user"),
                userId > 0 ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    CC_TRY(sql::exec(q, what));
    return q.lastInsertId().toLongLong();
}

Result<QList<DenialNote>> DenialRepository::notes(qint64 denialId)
{
    const QString what = QStringLiteral("denial history");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kNotes, what));
    q.bindValue(QStringLiteral(":id"), denialId);
    CC_TRY(sql::exec(q, what));
    QList<DenialNote> out;
    while (q.next()) {
        DenialNote n;
        n.id = q.value(0).toLongLong();
        n.denialId = q.value(1).toLongLong();
        n.at = parseStamp(q.value(2));
        n.userId = q.value(3).toLongLong();
        n.userName = q.value(4).toString();
        n.action = q.value(5).toString();
        n.note = q.value(6).toString();
        out.append(n);
    }
    return out;
}

Result<DenialLetterContext> DenialRepository::letterContext(qint64 claimId)
{
    DenialLetterContext c;
    {
        const QString what = QStringLiteral("practice letterhead");
        QSqlQuery q(d->db.connection());
        q.setForwardOnly(true);
        CC_TRY(sql::prepare(q, kPractice, what));
        CC_TRY(sql::exec(q, what));
        if (q.next()) {
            c.practiceName = q.value(0).toString();
            c.practiceNpi = q.value(1).toString();
            c.practiceTaxId = q.value(2).toString();
            for (int i = 3; i <= 4; ++i) {
                if (!q.value(i).toString().isEmpty())
                    c.practiceAddress.append(q.value(i).toString());
            }
            const QString city = cityLine(q.value(5).toString(), q.value(6).toString(),
                                          q.value(7).toString());
            if (!city.isEmpty())
                c.practiceAddress.append(city);
            c.practicePhone = q.value(8).toString();
        }
    }
    const QString what = QStringLiteral("claim payer and provider");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    CC_TRY(sql::prepare(q, kClaimParties, what));
    q.bindValue(QStringLiteral(":id"), claimId);
    CC_TRY(sql::exec(q, what));
    if (!q.next())
        return Error::notFound(tr("Claim %1 is not on record.").arg(claimId));
    c.payerName = q.value(0).toString();
    if (!q.value(1).toString().isEmpty())
        c.payerAddress.append(q.value(1).toString());
    const QString city = cityLine(q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString());
    if (!city.isEmpty())
        c.payerAddress.append(city);
    QString name = (q.value(5).toString() + QLatin1Char(' ') + q.value(6).toString()).trimmed();
    if (!name.isEmpty() && !q.value(7).toString().isEmpty())
        name += QStringLiteral(", ") + q.value(7).toString();
    c.renderingProvider = name;
    c.renderingProviderNpi = q.value(8).toString();
    return c;
}

} // namespace cc

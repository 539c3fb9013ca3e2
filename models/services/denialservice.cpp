// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialservice.h"
#include "auditservice.h"
#include "claimservice.h"
#include "domain/money.h"
#include "domain/remitcodes.h"
#include "print/appealletter.h"
#include "storage/database.h"
#include "storage/ledgerrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cc {

namespace {

QString usDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("MM/dd/yyyy")) : QString();
}

/// "E119" → "E11.9", as people read diagnosis codes.
QString dottedDiagnosis(const QString &code)
{
    return code.size() > 3 ? code.left(3) + QLatin1Char('.') + code.mid(3) : code;
}

QString lineCode(const ClaimLine &line)
{
    QStringList parts{line.code};
    parts.append(line.modifiers);
    return parts.join(QLatin1Char('-'));
}

QString fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    return text;
}

} // namespace

QString DenialItem::reasonLabel() const
{
    return QStringLiteral("%1: %2").arg(
            remitcodes::adjustmentCode(record.groupCode, record.reasonCode), reasonText);
}

namespace denialaction {

QString displayName(const QString &action)
{
    if (action == QLatin1String(kResubmit))
        return QCoreApplication::translate("cc::denialaction", "Resubmitted as a corrected claim");
    if (action == QLatin1String(kAppeal))
        return QCoreApplication::translate("cc::denialaction", "Appealed");
    if (action == QLatin1String(kAppealLetter))
        return QCoreApplication::translate("cc::denialaction", "Appeal letter");
    if (action == QLatin1String(kWriteOff))
        return QCoreApplication::translate("cc::denialaction", "Written off");
    if (action == QLatin1String(kTransfer))
        return QCoreApplication::translate("cc::denialaction", "Transferred to patient");
    if (action == QLatin1String(kNote))
        return QCoreApplication::translate("cc::denialaction", "Note");
    return action;
}

} // namespace denialaction

DenialService::DenialService(Database &db, AuditService &audit, ClaimService &claims,
                             QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_claims(claims)
{
}

DenialService::~DenialService() = default;

DenialItem DenialService::itemOf(const DenialRecord &record) const
{
    DenialItem item;
    item.record = record;
    item.reasonText = remitcodes::reasonText(record.reasonCode);
    item.groupText = remitcodes::groupText(record.groupCode);
    for (const QString &code : record.remarkCodes)
        item.remarkTexts.append(remitcodes::remarkText(code));
    const QDate now = today();
    if (record.openedAt.isValid())
        item.ageDays = int(qMax<qint64>(0, record.openedAt.toLocalTime().date().daysTo(now)));
    if (record.dateOfService.isValid())
        item.ageFromServiceDays = int(qMax<qint64>(0, record.dateOfService.daysTo(now)));
    item.stateText = denialstate::displayName(record.state);
    if (!record.lastAction.isEmpty())
        item.lastActionText = denialaction::displayName(record.lastAction);
    return item;
}

Result<QList<DenialItem>> DenialService::denials(const Session &who, DenialFilter filter)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    auto rows = DenialRepository(m_db).denials(filter);
    if (!rows)
        return rows.error();
    QList<DenialItem> out;
    out.reserve(rows->size());
    for (const DenialRecord &r : rows.value())
        out.append(itemOf(r));
    return out;
}

Result<DenialDetail> DenialService::detail(const Session &who, qint64 denialId)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    DenialRepository repo(m_db);
    auto found = repo.denial(denialId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Denial %1 no longer exists.").arg(denialId));
    DenialDetail detail;
    detail.item = itemOf(*found.value());
    auto claim = m_claims.claim(detail.item.record.claimId, false);
    if (!claim)
        return claim.error();
    detail.lines = claim->lines;
    for (const QString &dx : claim->document.diagnoses)
        detail.diagnoses.append(dottedDiagnosis(dx));
    auto notes = repo.notes(denialId);
    if (!notes)
        return notes.error();
    detail.history = notes.value();
    auto related = repo.denialsOfClaim(detail.item.record.claimId);
    if (!related)
        return related.error();
    for (const DenialRecord &r : related.value()) {
        if (r.id != denialId)
            detail.related.append(itemOf(r));
    }
    return detail;
}

Result<QList<DenialNote>> DenialService::history(const Session &who, qint64 denialId)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    return DenialRepository(m_db).notes(denialId);
}

Result<DenialRecord> DenialService::loadForAction(const Session &who, qint64 denialId,
                                                  int version, const QString &reason,
                                                  bool allowAppealed)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why: every action on a denial needs a reason, which is "
                                 "kept in its history."));
    auto found = DenialRepository(m_db).denial(denialId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Denial %1 no longer exists.").arg(denialId));
    const DenialRecord &d = *found.value();
    if (d.version != version)
        return Error::make(Error::Kind::Conflict,
                           tr("Denial %1 was worked by someone else since you opened it. Reload "
                              "the list to see what was done, then try again.")
                                   .arg(denialId));
    if (denialstate::isFinished(d.state)
        || (!allowAppealed && d.state == QLatin1String(denialstate::kAppealed)))
        return Error::invalid(tr("Denial %1 of claim %2 is already %3: there is nothing more "
                                 "to do with it here.")
                                      .arg(QString::number(denialId), d.patientControlNumber,
                                           denialstate::displayName(d.state).toLower()));
    return d;
}

Result<qint64> DenialService::correctAndResubmit(const Session &who, qint64 denialId,
                                                 int version, const QString &reason)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto loaded = loadForAction(who, denialId, version, reason, true);
    if (!loaded)
        return loaded.error();
    const DenialRecord &d = loaded.value();
    if (d.state == QLatin1String(denialstate::kResubmitted))
        return Error::invalid(tr("Claim %1 was already resubmitted for this denial. Wait for "
                                 "the payer's answer to the corrected claim.")
                                      .arg(d.patientControlNumber));
    // The replacement claim is made inside this transaction (as a savepoint), so a refusal
    // below leaves neither a new claim nor a changed denial.
    auto newClaim = m_claims.createCorrection(who, d.claimId, QStringLiteral("7"));
    if (!newClaim)
        return newClaim.error();

    DenialRepository repo(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ofClaim = repo.denialsOfClaim(d.claimId, {QLatin1String(denialstate::kOpen),
                                                   QLatin1String(denialstate::kAppealed)});
    if (!ofClaim)
        return ofClaim.error();
    for (const DenialRecord &other : ofClaim.value()) {
        const int expected = other.id == denialId ? version : other.version;
        if (auto r = repo.setState(other.id, expected, QLatin1String(denialstate::kResubmitted),
                                   now);
            !r)
            return r.error();
        if (auto r = repo.addNote(other.id, who.userId, QLatin1String(denialaction::kResubmit),
                                  reason.trimmed(), now);
            !r)
            return r.error();
        if (auto r = m_audit.record(who, QStringLiteral("denial.resubmit"),
                                    QStringLiteral("denial"), other.id,
                                    QStringLiteral("claim %1 replaced by claim id %2: %3")
                                            .arg(d.patientControlNumber,
                                                 QString::number(newClaim.value()),
                                                 reason.trimmed()));
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    emit denialsChanged();
    return newClaim.value();
}

Result<void> DenialService::appeal(const Session &who, qint64 denialId, int version,
                                   const QString &reason, const QString &letterText)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto loaded = loadForAction(who, denialId, version, reason, false);
    if (!loaded)
        return loaded.error();
    DenialRepository repo(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto r = repo.setState(denialId, version, QLatin1String(denialstate::kAppealed), now); !r)
        return r.error();
    if (auto r = repo.addNote(denialId, who.userId, QLatin1String(denialaction::kAppeal),
                              reason.trimmed(), now);
        !r)
        return r.error();
    // The letter as sent is part of the record of the appeal.
    if (!letterText.trimmed().isEmpty()) {
        if (auto r = repo.addNote(denialId, who.userId, QLatin1String(denialaction::kAppealLetter),
                                  letterText, now);
            !r)
            return r.error();
    }
    if (auto r = m_audit.record(who, QStringLiteral("denial.appeal"), QStringLiteral("denial"),
                                denialId,
                                QStringLiteral("claim %1: %2")
                                        .arg(loaded->patientControlNumber, reason.trimmed()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit denialsChanged();
    return {};
}

Result<void> DenialService::writeOff(const Session &who, qint64 denialId, int version,
                                     const QString &reason)
{
    if (auto r = who.require(Permission::WriteOff); !r)
        return r.error();
    return moveOpenAmount(who, denialId, version, reason, true);
}

Result<void> DenialService::transferToPatient(const Session &who, qint64 denialId, int version,
                                              const QString &reason)
{
    return moveOpenAmount(who, denialId, version, reason, false);
}

Result<void> DenialService::moveOpenAmount(const Session &who, qint64 denialId, int version,
                                           const QString &reason, bool writeOff)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto loaded = loadForAction(who, denialId, version, reason, true);
    if (!loaded)
        return loaded.error();
    const DenialRecord &d = loaded.value();
    LedgerRepository ledger(m_db);
    auto balance = ledger.balance(d.claimId);
    if (!balance)
        return balance.error();
    // Never more than is still owed by the insurance: another denial of the same claim, or a
    // late payment, may have taken part of it already.
    const qint64 amount = qBound<qint64>(0, balance->insuranceBalanceCents, d.amountCents);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (amount > 0) {
        LedgerEntry e;
        e.claimId = d.claimId;
        e.claimLineId = d.claimLineId;
        e.patientId = d.patientId;
        e.remittanceClaimId = d.remittanceClaimId;
        e.kind = QLatin1String(writeOff ? ledgerkind::kWriteOff : ledgerkind::kTransfer);
        // A write-off leaves the insurance balance, so it never carries PR (which would take it
        // off the patient's balance instead).
        e.groupCode = writeOff ? (d.groupCode.isEmpty() || d.groupCode == u"PR"
                                          ? QStringLiteral("CO")
                                          : d.groupCode)
                               : QStringLiteral("PR");
        e.reasonCode = d.reasonCode;
        e.amountCents = amount;
        e.userId = who.userId;
        e.memo = reason.trimmed();
        if (auto r = ledger.append(e, now); !r)
            return r.error();
    }
    DenialRepository repo(m_db);
    const QString state = QLatin1String(writeOff ? denialstate::kWrittenOff
                                                 : denialstate::kTransferred);
    if (auto r = repo.setState(denialId, version, state, now); !r)
        return r.error();
    if (auto r = repo.addNote(denialId, who.userId,
                              QLatin1String(writeOff ? denialaction::kWriteOff
                                                     : denialaction::kTransfer),
                              reason.trimmed(), now);
        !r)
        return r.error();
    if (auto r = m_audit.record(who,
                                writeOff ? QStringLiteral("denial.write_off")
                                         : QStringLiteral("denial.transfer"),
                                QStringLiteral("denial"), denialId,
                                QStringLiteral("claim %1, %2 %3: %4")
                                        .arg(d.patientControlNumber,
                                             Money::fromCents(amount).toDecimalString(),
                                             d.groupCode + QLatin1Char('-') + d.reasonCode,
                                             reason.trimmed()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit denialsChanged();
    return {};
}

Result<qint64> DenialService::addNote(const Session &who, qint64 denialId, const QString &note)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    if (note.trimmed().isEmpty())
        return Error::invalid(tr("The note is empty. Write what was done or found."));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    DenialRepository repo(m_db);
    auto found = repo.denial(denialId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Denial %1 no longer exists.").arg(denialId));
    auto id = repo.addNote(denialId, who.userId, QLatin1String(denialaction::kNote),
                           note.trimmed(), QDateTime::currentDateTimeUtc());
    if (!id)
        return id.error();
    if (auto r = m_audit.record(who, QStringLiteral("denial.note"), QStringLiteral("denial"),
                                denialId);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit denialsChanged();
    return id.value();
}

QString DenialService::appealTemplate()
{
    QFile f(QStringLiteral(":/templates/letters/appeal.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Result<QString> DenialService::appealLetter(const Session &who, qint64 denialId)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    DenialRepository repo(m_db);
    auto found = repo.denial(denialId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Denial %1 no longer exists.").arg(denialId));
    const DenialItem item = itemOf(*found.value());
    const DenialRecord &d = item.record;
    auto claim = m_claims.claim(d.claimId, false);
    if (!claim)
        return claim.error();
    auto context = repo.letterContext(d.claimId);
    if (!context)
        return context.error();
    const QString text = appealTemplate();
    if (text.isEmpty())
        return Error::make(Error::Kind::Other, tr("The appeal letter template is missing."),
                           QStringLiteral(":/templates/letters/appeal.txt"));

    QStringList codes;
    for (const ClaimLineRecord &l : claim->lines) {
        if (d.claimLineId == 0 || l.lineNo == d.lineNo)
            codes.append(lineCode(l.line));
    }
    QStringList diagnoses;
    for (const QString &dx : claim->document.diagnoses)
        diagnoses.append(dottedDiagnosis(dx));
    QString codesText = codes.join(QStringLiteral(", "));
    if (!diagnoses.isEmpty())
        codesText = tr("%1 (diagnoses %2)").arg(codesText, diagnoses.join(QStringLiteral(", ")));
    QStringList remarks;
    for (qsizetype i = 0; i < d.remarkCodes.size(); ++i)
        remarks.append(QStringLiteral("%1: %2").arg(d.remarkCodes[i], item.remarkTexts[i]));

    const DenialLetterContext &c = context.value();
    const QHash<QString, QString> values{
        {QStringLiteral("date"), usDate(today())},
        {QStringLiteral("practice_name"), c.practiceName},
        {QStringLiteral("practice_address"), c.practiceAddress.join(QStringLiteral(", "))},
        {QStringLiteral("practice_phone"), c.practicePhone},
        {QStringLiteral("practice_npi"), c.practiceNpi},
        {QStringLiteral("payer_name"), c.payerName.isEmpty() ? d.payerName : c.payerName},
        {QStringLiteral("payer_address"), c.payerAddress.join(QStringLiteral(", "))},
        {QStringLiteral("patient_name"), d.patientName},
        {QStringLiteral("patient_dob"), usDate(d.patientBirthDate)},
        {QStringLiteral("member_id"), d.memberId},
        {QStringLiteral("claim_number"), d.patientControlNumber},
        {QStringLiteral("payer_claim_number"), d.payerClaimNumber},
        {QStringLiteral("dos"), usDate(d.dateOfService)},
        {QStringLiteral("codes"), codesText},
        {QStringLiteral("billed_amount"), Money::fromCents(d.claimChargeCents).toDisplayString()},
        {QStringLiteral("denied_amount"), Money::fromCents(d.amountCents).toDisplayString()},
        {QStringLiteral("reason"), item.reasonLabel()},
        {QStringLiteral("remarks"), remarks.isEmpty() ? tr("none") : remarks.join(QStringLiteral("; "))},
        {QStringLiteral("provider_name"), c.renderingProvider},
        {QStringLiteral("provider_npi"), c.renderingProviderNpi},
        {QStringLiteral("signer"), who.fullName},
    };
    return fill(text, values);
}

Result<void> DenialService::appealLetterPdf(const Session &who, qint64 denialId,
                                            const QString &text, const QString &path)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    DenialRepository repo(m_db);
    auto found = repo.denial(denialId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("Denial %1 no longer exists.").arg(denialId));
    const DenialRecord &d = *found.value();
    auto context = repo.letterContext(d.claimId);
    if (!context)
        return context.error();
    appealletter::Letter letter;
    letter.practiceName = context->practiceName;
    letter.practiceAddress = context->practiceAddress;
    letter.practicePhone = context->practicePhone;
    letter.practiceNpi = context->practiceNpi;
    letter.date = today();
    letter.payerName = context->payerName.isEmpty() ? d.payerName : context->payerName;
    letter.payerAddress = context->payerAddress;
    letter.title = tr("Appeal of claim %1").arg(d.patientControlNumber);
    letter.text = text;
    if (auto r = appealletter::writePdfFile(letter, path); !r)
        return r.error();
    // A letter with patient data left the program: the trail says so.
    return m_audit.record(who, QStringLiteral("denial.appeal_letter"), QStringLiteral("denial"),
                          denialId, QStringLiteral("claim %1").arg(d.patientControlNumber));
}

int DenialService::ageBucket(int days)
{
    if (days <= 30)
        return 0;
    if (days <= 60)
        return 1;
    if (days <= 90)
        return 2;
    return 3;
}

QString DenialService::ageBucketLabel(int bucket)
{
    switch (bucket) {
    case 0: return tr("0–30 days");
    case 1: return tr("31–60 days");
    case 2: return tr("61–90 days");
    default: return tr("Over 90 days");
    }
}

QList<DenialGroup> DenialService::group(const QList<DenialItem> &items, DenialGrouping grouping)
{
    QList<DenialGroup> groups;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DenialItem &item = items[i];
        QString key;
        QString label;
        switch (grouping) {
        case DenialGrouping::Reason:
            key = item.record.reasonCode;
            label = QStringLiteral("%1: %2").arg(item.record.reasonCode, item.reasonText);
            break;
        case DenialGrouping::Payer:
            key = item.record.payerId > 0 ? QString::number(item.record.payerId)
                                          : item.record.payerName;
            label = item.record.payerName.isEmpty() ? tr("No payer") : item.record.payerName;
            break;
        case DenialGrouping::Age: {
            const int bucket = ageBucket(item.ageDays);
            key = QString::number(bucket);
            label = ageBucketLabel(bucket);
            break;
        }
        }
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, groups.size());
            groups.append(DenialGroup{key, label, 0, 0, {}});
        }
        DenialGroup &g = groups[it.value()];
        ++g.count;
        g.totalCents += item.record.openCents;
        g.rows.append(int(i));
    }
    if (grouping == DenialGrouping::Age) {
        std::sort(groups.begin(), groups.end(),
                  [](const DenialGroup &a, const DenialGroup &b) { return a.key < b.key; });
    } else {
        std::stable_sort(groups.begin(), groups.end(),
                         [](const DenialGroup &a, const DenialGroup &b) {
                             if (a.totalCents != b.totalCents)
                                 return a.totalCents > b.totalCents;
                             if (a.count != b.count)
                                 return a.count > b.count;
                             return a.label < b.label;
                         });
    }
    return groups;
}

} // namespace cc

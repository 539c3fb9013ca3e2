// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimservice.h"
#include "seatconflict.h"
#include "auditservice.h"
#include "codingservice.h"
#include "scrubservice.h"
#include "claims/claimsjson.h"
#include "domain/codeentry.h"
#include "domain/money.h"
#include "edits/editdata.h"
#include "print/cms1500.h"
#include "storage/claimrecordrepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/editdatarepository.h"
#include "storage/practicerepository.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace cc {

namespace {

QString priorityName(int priority)
{
    switch (priority) {
    case 1: return ClaimService::tr("primary");
    case 2: return ClaimService::tr("secondary");
    case 3: return ClaimService::tr("tertiary");
    default: return {};
    }
}

/// The claim's shape, before the scrubber looks at its content: what no claim may be.
QStringList structuralProblems(const ClaimEdit &edit)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{3,7}$"));
    static const QRegularExpression modifierPattern(QStringLiteral("^[A-Z0-9]{2}$"));
    static const QRegularExpression posPattern(QStringLiteral("^[0-9]{2}$"));
    QStringList problems;
    if (!posPattern.match(edit.placeOfService).hasMatch())
        problems.append(ClaimService::tr("The place of service must be two digits, e.g. 11 for "
                                         "an office."));
    if (edit.diagnoses.isEmpty())
        problems.append(ClaimService::tr("A claim needs at least one diagnosis."));
    if (edit.diagnoses.size() > CodingService::kMaxDiagnoses)
        problems.append(ClaimService::tr("A claim holds at most %1 diagnoses; this one has %2.")
                                .arg(CodingService::kMaxDiagnoses)
                                .arg(edit.diagnoses.size()));
    for (qsizetype i = 0; i < edit.diagnoses.size(); ++i) {
        if (!codePattern.match(edit.diagnoses.at(i)).hasMatch())
            problems.append(ClaimService::tr("Diagnosis %1 (\"%2\") is not written like an "
                                             "ICD-10-CM code.")
                                    .arg(QChar(u'A' + int(i)))
                                    .arg(edit.diagnoses.at(i)));
    }
    if (QStringList unique = edit.diagnoses; unique.removeDuplicates() > 0)
        problems.append(ClaimService::tr("A diagnosis is listed twice; list each once."));
    if (edit.lines.isEmpty())
        problems.append(ClaimService::tr("A claim needs at least one service line."));
    if (edit.lines.size() > 50)
        problems.append(ClaimService::tr("An 837P claim holds at most 50 service lines."));
    for (qsizetype i = 0; i < edit.lines.size(); ++i) {
        const ClaimLine &l = edit.lines.at(i);
        const int n = int(i + 1);
        if (!codePattern.match(l.code).hasMatch())
            problems.append(ClaimService::tr("Line %1: \"%2\" is not written like a CPT or "
                                             "HCPCS code.")
                                    .arg(n)
                                    .arg(l.code));
        if (l.modifiers.size() > 4)
            problems.append(ClaimService::tr("Line %1 has more than four modifiers.").arg(n));
        for (const QString &m : l.modifiers) {
            if (!modifierPattern.match(m).hasMatch())
                problems.append(ClaimService::tr("Line %1: \"%2\" is not a modifier (two "
                                                 "letters or digits).")
                                        .arg(n)
                                        .arg(m));
        }
        if (l.units < 1 || l.units > 9999)
            problems.append(ClaimService::tr("Line %1: units must be between 1 and 9999.").arg(n));
        if (l.chargeCents < 0)
            problems.append(ClaimService::tr("Line %1: a charge cannot be negative.").arg(n));
        if (l.chargeCents > 99999999)
            problems.append(ClaimService::tr("Line %1: the charge is larger than any claim "
                                             "takes.")
                                    .arg(n));
        if (l.pointers.isEmpty() || l.pointers.size() > 4)
            problems.append(ClaimService::tr("Line %1 must point to one to four diagnoses.")
                                    .arg(n));
        for (int p : l.pointers) {
            if (p < 1 || p > edit.diagnoses.size())
                problems.append(ClaimService::tr("Line %1 points to diagnosis %2, which the "
                                                 "claim does not have.")
                                        .arg(n)
                                        .arg(p >= 1 && p <= 26 ? QString(QChar(u'A' + p - 1))
                                                               : QString::number(p)));
        }
        if (!l.serviceDate.isValid())
            problems.append(ClaimService::tr("Line %1 has no date of service.").arg(n));
    }
    return problems;
}

/// Upper-case, trimmed, without the dots people type in codes.
ClaimEdit normalized(ClaimEdit edit)
{
    for (QString &dx : edit.diagnoses)
        dx = normalizedCode(dx);
    for (ClaimLine &l : edit.lines) {
        l.code = l.code.trimmed().toUpper();
        for (QString &m : l.modifiers)
            m = m.trimmed().toUpper();
        l.modifiers.removeAll(QString());
    }
    edit.placeOfService = edit.placeOfService.trimmed();
    edit.priorAuthorization = edit.priorAuthorization.trimmed();
    return edit;
}

} // namespace

ClaimService::ClaimService(Database &db, AuditService &audit, ScrubService &scrub,
                           QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_scrub(scrub)
{
}

ClaimService::~ClaimService() = default;

Result<QList<ClaimSummary>> ClaimService::claims(const QList<ClaimState> &states, int limit)
{
    return ClaimRecordRepository(m_db).summaries(states, limit);
}

Result<QList<ClaimSummary>> ClaimService::rejections()
{
    return ClaimRecordRepository(m_db).summaries({ClaimState::Rejected});
}

Result<QList<ClaimSummary>> ClaimService::readyClaims()
{
    return ClaimRecordRepository(m_db).summaries({ClaimState::Scrubbed}, 0, {}, true);
}

Result<std::optional<qint64>> ClaimService::claimByControlNumber(const QString &pcn)
{
    return ClaimRecordRepository(m_db).idByControlNumber(pcn.trimmed().toUpper());
}

Result<ClaimRecord> ClaimService::claim(qint64 claimId, bool withSources)
{
    auto r = load(claimId);
    if (r && withSources)
        fillSources(r.value());
    return r;
}

Result<QList<ClaimRecord>> ClaimService::records(const QList<qint64> &claimIds)
{
    return ClaimRecordRepository(m_db).readMany(claimIds);
}

Result<ClaimRecord> ClaimService::load(qint64 claimId)
{
    auto read = ClaimRecordRepository(m_db).read(claimId);
    if (!read)
        return read.error();
    if (!read.value())
        return Error::notFound(tr("Claim %1 no longer exists.").arg(claimId));
    return std::move(*read.value());
}

Result<QList<CoverageOption>> ClaimService::coverageOptions(qint64 claimId)
{
    auto r = load(claimId);
    if (!r)
        return r.error();
    return ClaimRecordRepository(m_db).coverageOptions(r->patientId, r->summary.dateOfService);
}

Result<std::optional<std::pair<qint64, QString>>>
ClaimService::feeFor(qint64 payerId, const QString &code, const QDate &date)
{
    auto row = PracticeRepository(m_db).feeRow(normalizedCode(code), payerId, date);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<std::pair<qint64, QString>>();
    const PracticeRepository::FeeRow &f = *row.value();
    const QString words = f.payerId > 0
            ? tr("Fee schedule: %1, from %2").arg(f.payerName, QLocale().toString(f.effectiveFrom, QLocale::ShortFormat))
            : tr("Fee schedule: practice default, from %1")
                      .arg(QLocale().toString(f.effectiveFrom, QLocale::ShortFormat));
    return std::optional<std::pair<qint64, QString>>({f.chargeCents, words});
}

void ClaimService::fillSources(ClaimRecord &r)
{
    QHash<QString, QString> &s = r.sources;
    const ClaimDocument &doc = r.document;
    if (r.coverageId == 0) {
        s.insert(QLatin1String(claimfield::Payer),
                 tr("No coverage on the date of service: self-pay"));
        s.insert(QLatin1String(claimfield::Subscriber), tr("The patient (self-pay)"));
    } else {
        s.insert(QLatin1String(claimfield::Payer),
                 tr("Coverage %1 (%2) on file, member id %3")
                         .arg(r.coveragePriority)
                         .arg(priorityName(r.coveragePriority), doc.subscriber.memberId));
        s.insert(QLatin1String(claimfield::Subscriber),
                 doc.subscriber.isPatient()
                         ? tr("Coverage on file: the patient is the insured")
                         : tr("Coverage on file: the insured is the patient's %1")
                                   .arg(doc.subscriber.relationship));
    }
    s.insert(QLatin1String(claimfield::Patient), tr("Patient record"));
    s.insert(QLatin1String(claimfield::BillingProvider), tr("Practice settings"));
    s.insert(QLatin1String(claimfield::RenderingProvider),
             r.renderingProviderId == r.encounterProviderId
                     ? tr("The encounter's provider")
                     : tr("Set by the biller (the encounter names another provider)"));
    s.insert(QLatin1String(claimfield::PlaceOfService),
             doc.placeOfService == r.encounterPlaceOfService
                     ? tr("The encounter")
                     : tr("Set by the biller (the encounter says %1)")
                               .arg(r.encounterPlaceOfService));
    s.insert(QLatin1String(claimfield::Diagnoses),
             tr("Coding of encounter %1, principal first").arg(r.summary.encounterId));
    if (doc.frequency == QLatin1String("7"))
        s.insert(QLatin1String(claimfield::Frequency),
                 tr("Replacement of %1 (payer claim number %2)")
                         .arg(r.originalPatientControlNumber, doc.originalClaimNumber));
    else if (doc.frequency == QLatin1String("8"))
        s.insert(QLatin1String(claimfield::Frequency),
                 tr("Void of %1 (payer claim number %2)")
                         .arg(r.originalPatientControlNumber, doc.originalClaimNumber));
    else
        s.insert(QLatin1String(claimfield::Frequency), tr("Original claim"));

    // The authorization on file that the number matches, when any.
    QString authSource = doc.priorAuthorization.isEmpty() ? tr("None on file for this payer")
                                                          : tr("Entered by the biller");
    if (auto auths = EditDataRepository(m_db).authorizations({r.patientId})) {
        for (const Authorization &a : auths->values(r.patientId)) {
            if (a.payerId != r.payerId)
                continue;
            if (!doc.priorAuthorization.isEmpty() && a.number == doc.priorAuthorization) {
                authSource = tr("Authorization on file, valid %1 to %2")
                                     .arg(QLocale().toString(a.from, QLocale::ShortFormat),
                                          QLocale().toString(a.to, QLocale::ShortFormat));
                break;
            }
            if (doc.priorAuthorization.isEmpty() && r.summary.dateOfService >= a.from
                && r.summary.dateOfService <= a.to)
                authSource = tr("Authorization %1 is on file but not on the claim")
                                     .arg(a.number);
        }
    }
    s.insert(QLatin1String(claimfield::PriorAuthorization), authSource);

    for (const ClaimLineRecord &l : r.lines) {
        auto fee = feeFor(r.payerId, l.line.code, l.line.serviceDate);
        QString words;
        if (!fee || !fee.value())
            words = tr("No fee on file: charge as entered");
        else if (fee.value()->first * l.line.units == l.line.chargeCents
                 || fee.value()->first == l.line.chargeCents)
            words = fee.value()->second;
        else
            words = tr("Entered by hand (the fee schedule says %1)")
                            .arg(Money::fromCents(fee.value()->first).toDisplayString());
        s.insert(claimfield::lineCharge(l.lineNo), words);
    }
}

namespace {
ScrubClaim scrubClaimOf(const ClaimRecord &r)
{
    ScrubClaim c = claimsjson::toScrubClaim(r.document);
    c.patientId = r.patientId;
    c.payerId = r.payerId;
    c.dateOfService = r.summary.dateOfService;
    c.replacesClaimId = r.originalPatientControlNumber;
    return c;
}
} // namespace

Result<QList<Finding>> ClaimService::findingsOf(const ClaimRecord &r)
{
    auto scrubbed = m_scrub.scrub({scrubClaimOf(r)}, today());
    if (!scrubbed)
        return scrubbed.error();
    return scrubbed->isEmpty() ? QList<Finding>() : scrubbed->constFirst().findings;
}

Result<ClaimRecord> ClaimService::preview(qint64 claimId, const ClaimEdit &raw)
{
    auto loaded = load(claimId);
    if (!loaded)
        return loaded.error();
    ClaimRecord r = std::move(loaded.value());
    const ClaimEdit edit = normalized(raw);
    if (const QStringList problems = structuralProblems(edit); !problems.isEmpty())
        return Error::invalid(problems.join(QLatin1Char('\n')));
    // The edit as the claim will be, read back whole (payer, insured, patient of the new
    // coverage, providers, coding) inside a transaction that is then rolled back.
    qint64 payerId = r.payerId;
    if (edit.coverageId != r.coverageId) {
        auto payer = ClaimRecordRepository(m_db).coveragePayer(r.patientId, edit.coverageId);
        if (!payer)
            return payer.error();
        if (edit.coverageId != 0 && payer.value() == 0)
            return Error::invalid(tr("That coverage is not this patient's."));
        payerId = payer.value();
    }
    const ClaimSummary before = r.summary;
    {
        Transaction tx(m_db);
        if (auto b = tx.begin(); !b)
            return b.error();
        ClaimEdit probe = edit;
        probe.version = before.version; // a preview never conflicts; save() checks the version
        auto updated = ClaimRecordRepository(m_db).update(claimId, before.patientControlNumber,
                                                          probe, payerId);
        if (!updated)
            return updated.error();
        auto changed = load(claimId);
        if (!changed)
            return changed.error();
        r = std::move(changed.value());
        tx.rollback();
    }
    r.summary.version = before.version;
    r.summary.state = before.state;
    r.summary.updatedAt = before.updatedAt;
    fillSources(r);
    auto found = findingsOf(r);
    if (!found)
        return found.error();
    r.findings.clear();
    for (const Finding &f : found.value())
        r.findings.append(StoredFinding{0, f, {}, {}, 0});
    return r;
}

Result<ClaimRecord> ClaimService::save(const Session &who, qint64 claimId, const ClaimEdit &raw)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    auto current = load(claimId);
    if (!current)
        return current.error();
    if (!claimstate::isEditable(current->summary.state))
        return Error::invalid(tr("Claim %1 is %2: what was sent stays as it was sent. Make a "
                                 "replacement claim to change it.")
                                      .arg(current->summary.patientControlNumber,
                                           claimstate::displayName(current->summary.state)));
    if (current->summary.version != raw.version)
        return seatconflict::claim(m_db, current.value(), raw);
    const ClaimEdit edit = normalized(raw);
    auto preview = this->preview(claimId, edit);
    if (!preview)
        return preview.error();

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    ClaimRecordRepository claims(m_db);
    auto version = claims.update(claimId, current->summary.patientControlNumber, edit,
                                 preview->payerId);
    if (!version) {
        // Another seat saved between the check above and now.
        if (version.error().kind == Error::Kind::Conflict) {
            if (auto now = load(claimId))
                return seatconflict::claim(m_db, now.value(), raw);
        }
        return version.error();
    }
    QList<Finding> found;
    for (const StoredFinding &s : preview->findings)
        found.append(s.finding);
    if (auto r = claims.replaceFindings(claimId, found); !r)
        return r.error();
    auto stored = claims.findings(claimId);
    if (!stored)
        return stored.error();
    const bool clean = !hasOpenError(stored.value());
    if (auto r = claims.setState(claimId, clean ? ClaimState::Scrubbed : ClaimState::Draft,
                                 clean);
        !r)
        return r.error();
    ClaimEvent saved;
    saved.status = QStringLiteral("changed");
    saved.message = clean ? tr("Changed by %1: ready to send").arg(who.fullName)
                          : tr("Changed by %1: an error finding is still open").arg(who.fullName);
    if (auto r = claims.addEvent(claimId, 0, QDateTime::currentDateTimeUtc(), saved); !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("claim.update"), QStringLiteral("claim"),
                                claimId,
                                QStringLiteral("%1: %2 lines, %3, %4")
                                        .arg(current->summary.patientControlNumber)
                                        .arg(edit.lines.size())
                                        .arg(Money::fromCents(preview->summary.totalChargeCents)
                                                     .toDecimalString(),
                                             clean ? QStringLiteral("ready")
                                                   : QStringLiteral("open errors")));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit claimsChanged();
    return claim(claimId);
}

Result<int> ClaimService::scrubClaims(const std::optional<Session> &who,
                                      const QList<qint64> &claimIds)
{
    if (who) {
        if (auto r = who->require(Permission::ManageClaims); !r)
            return r.error();
    }
    ClaimRecordRepository claims(m_db);
    QList<qint64> ids = claimIds;
    if (ids.isEmpty()) {
        auto drafts = claims.summaries({ClaimState::Draft});
        if (!drafts)
            return drafts.error();
        for (const ClaimSummary &s : drafts.value())
            ids.append(s.id);
    }
    // Read every claim, then scrub them together: the scrubber loads its data once.
    auto all = claims.readMany(ids);
    if (!all)
        return all.error();
    QList<ClaimRecord> records;
    QList<ScrubClaim> scrubClaims;
    for (ClaimRecord &r : all.value()) {
        if (!claimstate::isEditable(r.summary.state))
            continue;
        scrubClaims.append(scrubClaimOf(r));
        records.append(std::move(r));
    }
    auto scrubbed = m_scrub.scrub(scrubClaims, today());
    if (!scrubbed)
        return scrubbed.error();

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    int ready = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ClaimRecord &r = records.at(i);
        const qint64 id = r.summary.id;
        if (auto w = claims.replaceFindings(id, scrubbed->at(i).findings); !w)
            return w.error();
        auto stored = claims.findings(id);
        if (!stored)
            return stored.error();
        const bool clean = !hasOpenError(stored.value());
        // A rejected claim stays rejected until the biller saves a fix.
        if (r.summary.state != ClaimState::Rejected) {
            if (auto w = claims.setState(id, clean ? ClaimState::Scrubbed : ClaimState::Draft,
                                         clean);
                !w)
                return w.error();
        }
        if (clean)
            ++ready;
    }
    const QString detail = QStringLiteral("%1 claims scrubbed, %2 ready").arg(ids.size()).arg(ready);
    auto audited = who ? m_audit.record(*who, QStringLiteral("claims.scrub"), QStringLiteral("claim"),
                                        std::nullopt, detail)
                       : m_audit.recordSystem(QStringLiteral("console"),
                                              QStringLiteral("claims.scrub"),
                                              QStringLiteral("claim"), std::nullopt, detail);
    if (!audited)
        return audited.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit claimsChanged();
    return ready;
}

Result<void> ClaimService::overrideFinding(const Session &who, qint64 claimId, qint64 findingId,
                                           const QString &reason)
{
    if (auto r = who.require(Permission::OverrideFinding); !r)
        return r.error();
    const QString why = reason.trimmed();
    if (why.size() < 5)
        return Error::invalid(tr("Say in a few words why this finding does not stop the claim."));
    ClaimRecordRepository claims(m_db);
    auto owner = claims.findingClaim(findingId);
    if (!owner)
        return owner.error();
    if (!owner.value() || *owner.value() != claimId)
        return Error::notFound(tr("That finding is no longer on the claim; it may have been "
                                  "fixed. Look at the claim again."));
    auto current = load(claimId);
    if (!current)
        return current.error();
    if (!claimstate::isEditable(current->summary.state))
        return Error::invalid(tr("Claim %1 has been sent; its findings can no longer change.")
                                      .arg(current->summary.patientControlNumber));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = ClaimRepository(m_db).overrideFinding(findingId, who.userId, why); !r)
        return r.error();
    auto stored = claims.findings(claimId);
    if (!stored)
        return stored.error();
    const bool clean = !hasOpenError(stored.value());
    if (clean && current->summary.state == ClaimState::Draft) {
        if (auto r = claims.setState(claimId, ClaimState::Scrubbed); !r)
            return r.error();
    }
    ClaimEvent overridden;
    overridden.status = QStringLiteral("override");
    overridden.message = tr("Finding accepted by %1: %2").arg(who.fullName, why);
    if (auto r = claims.addEvent(claimId, 0, QDateTime::currentDateTimeUtc(), overridden); !r)
        return r.error();
    if (auto r = m_audit.record(who, QStringLiteral("claim.override"), QStringLiteral("finding"),
                                findingId, why);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    emit claimsChanged();
    return {};
}

Result<qint64> ClaimService::createCorrection(const Session &who, qint64 claimId,
                                              const QString &frequency)
{
    if (auto r = who.require(Permission::ManageClaims); !r)
        return r.error();
    if (frequency != QLatin1String("7") && frequency != QLatin1String("8"))
        return Error::invalid(tr("A corrected claim is a replacement (7) or a void (8)."));
    auto original = load(claimId);
    if (!original)
        return original.error();
    const ClaimRecord &o = original.value();
    if (!claimstate::canBeCorrected(o.summary.state))
        return Error::invalid(tr("Claim %1 is %2. Only a claim the payer has accepted or "
                                 "adjudicated can be replaced or voided; fix and resend the "
                                 "others.")
                                      .arg(o.summary.patientControlNumber,
                                           claimstate::displayName(o.summary.state)));
    if (o.payerClaimNumber.isEmpty())
        return Error::invalid(tr("Claim %1 has no payer claim number yet. The payer's number "
                                 "goes on a replacement or void (REF*F8); it comes with the "
                                 "277CA or the remittance.")
                                      .arg(o.summary.patientControlNumber));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto pcn = ClaimRepository(m_db).nextPatientControlNumber();
    if (!pcn)
        return pcn.error();
    ClaimRecordRepository claims(m_db);
    auto id = claims.insertCorrection(claimId, frequency, pcn.value());
    if (!id)
        return id.error();
    ClaimEvent created;
    created.status = QStringLiteral("created");
    created.message = (frequency == QLatin1String("7") ? tr("Replacement of %1, made by %2")
                                                       : tr("Void of %1, made by %2"))
                              .arg(o.summary.patientControlNumber, who.fullName);
    if (auto r = claims.addEvent(id.value(), 0, QDateTime::currentDateTimeUtc(), created); !r)
        return r.error();
    const QString action = frequency == QLatin1String("7") ? QStringLiteral("claim.replace")
                                                           : QStringLiteral("claim.void");
    if (auto r = m_audit.record(who, action, QStringLiteral("claim"), id.value(),
                                QStringLiteral("%1 of %2 (payer claim number %3)")
                                        .arg(pcn.value(), o.summary.patientControlNumber,
                                             o.payerClaimNumber));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    // Scrub the new claim so it shows as ready (or not) straight away.
    if (auto r = scrubClaims(who, {id.value()}); !r)
        return r.error();
    emit claimsChanged();
    return id.value();
}

Result<QByteArray> ClaimService::cms1500Pdf(qint64 claimId)
{
    auto r = load(claimId);
    if (!r)
        return r.error();
    cms1500::Options options;
    options.signedOn = today();
    return cms1500::writePdf(r->document, options);
}

} // namespace cc

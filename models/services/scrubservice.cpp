// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrubservice.h"
#include "codesetservice.h"
#include "edits/editdata.h"
#include "edits/editengine.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/editdatarepository.h"
#include "storage/encounterrepository.h"
#include "storage/payerrulerepository.h"

#include <QSet>

namespace cc {

struct ScrubService::Private
{
    Database &db;
    CodeSetService &codes;
    std::optional<MedicalNecessityPack> pack;
    EditData data;           ///< PTP and MUE kept between runs; the rest reloaded per run
    QString ptpStamp;        ///< identity of the PTP release loaded
    QString mueStamp;
    bool dataLoaded = false;

    Result<const MedicalNecessityPack *> necessity()
    {
        if (!pack) {
            auto shipped = MedicalNecessityPack::shipped();
            if (!shipped)
                return shipped.error();
            pack = std::move(shipped).value();
        }
        return &*pack;
    }

    /// Loads what the edits read for the patients of one run.
    Result<const EditData *> load(const QList<qint64> &patientIds)
    {
        EditDataRepository repo(db);
        auto ptpReleases = repo.ptpReleases();
        if (!ptpReleases)
            return ptpReleases.error();
        const QString ptpNow = ptpReleases->isEmpty()
                ? QString()
                : QStringLiteral("%1/%2").arg(ptpReleases->last().id).arg(ptpReleases->size());
        if (!dataLoaded || ptpNow != ptpStamp) {
            PtpTable table;
            if (!ptpNow.isEmpty()) {
                if (auto r = repo.loadPtp(table); !r)
                    return r.error();
            }
            data.ptp = std::move(table);
            ptpStamp = ptpNow;
        }
        auto mueReleases = repo.mueReleases();
        if (!mueReleases)
            return mueReleases.error();
        QStringList mueIds;
        for (const auto &r : mueReleases.value())
            mueIds.append(QString::number(r.id));
        const QString mueNow = mueIds.join(QLatin1Char(','));
        if (!dataLoaded || mueNow != mueStamp) {
            auto mue = repo.loadMue();
            if (!mue)
                return mue.error();
            data.mue = std::move(mue).value();
            mueStamp = mueNow;
        }
        dataLoaded = true;

        auto rules = PayerRuleRepository(db).list(true);
        if (!rules)
            return rules.error();
        data.payerRules = std::move(rules).value();
        auto auths = repo.authorizations(patientIds);
        if (!auths)
            return auths.error();
        data.authorizations = std::move(auths).value();
        auto billed = repo.billedServices(patientIds);
        if (!billed)
            return billed.error();
        data.billed = std::move(billed).value();
        return &data;
    }

    /// The code sets in force, memoized for one run: a claim file repeats the same codes.
    EditEngine::CodeLookup lookup(std::optional<Error> &failure)
    {
        // Keyed by code and (day, kind) packed in one number: no text formatting per lookup.
        auto cache = std::make_shared<QHash<QPair<QString, qint64>, EditEngine::CodeInfo>>();
        return [this, cache, &failure](const QString &code, const QDate &date, bool diagnosis) {
            const QPair<QString, qint64> key{code, date.toJulianDay() * 2 + (diagnosis ? 1 : 0)};
            if (auto it = cache->constFind(key); it != cache->cend())
                return it.value();
            EditEngine::CodeInfo info;
            auto found = codes.lookup(code, date, diagnosis ? kDiagnosisKinds : kProcedureKinds);
            if (!found) {
                if (!failure)
                    failure = found.error();
                return info;
            }
            if (found->entry)
                info.description = found->entry->description();
            if (found->release)
                info.source = QStringLiteral("%1 %2").arg(codekind::label(found->release->kind),
                                                          found->release->name);
            info.why = found->message;
            info.status = found->isValid() ? EditEngine::CodeInfo::Status::Valid
                    : found->status == CodeSetService::Lookup::Status::Header
                    ? EditEngine::CodeInfo::Status::NotBillable
                    : EditEngine::CodeInfo::Status::Unknown;
            cache->insert(key, info);
            return info;
        };
    }
};

ScrubService::ScrubService(Database &db, CodeSetService &codes, QObject *parent)
    : QObject(parent), d(new Private{db, codes, {}, {}, {}, {}, false})
{
}

ScrubService::~ScrubService() = default;

void ScrubService::invalidate()
{
    d->dataLoaded = false;
    d->data = EditData();
}

qsizetype ScrubService::loadedPtpRows() const
{
    return d->data.ptp.size();
}

ScrubClaim ScrubService::toScrubClaim(const EncounterDetail &e, const CodingDraft &draft,
                                      const ClaimContext &c)
{
    ScrubClaim claim;
    claim.id = QString::number(e.summary.id);
    claim.patientId = e.patientId;
    claim.payerId = c.payerId;
    claim.dateOfService = e.summary.dateOfService;
    claim.billingNpi = c.billingNpi;
    claim.renderingNpi = c.renderingNpi;
    claim.memberId = c.memberId;
    claim.payerName = c.payerName;
    claim.timelyFilingDays = c.timelyFilingDays;
    claim.patientBirthDate = e.patientBirthDate;
    claim.patientSex = e.patientSex;
    claim.placeOfService = e.summary.placeOfService;
    for (const DiagnosisEntry &dx : draft.diagnoses)
        claim.diagnoses.append(normalizedCode(dx.code));
    int lineNo = 0;
    for (const ServiceLineEntry &l : draft.services) {
        claim.lines.append({++lineNo, normalizedCode(l.code), l.modifiers, l.units, l.pointers,
                            l.chargeCents,
                            l.serviceDate.isValid() ? l.serviceDate : e.summary.dateOfService});
    }
    return claim;
}

Result<QList<Finding>> ScrubService::codingFindings(const EncounterDetail &e,
                                                    const CodingDraft &draft)
{
    auto pack = d->necessity();
    if (!pack)
        return pack.error();
    auto context = ClaimRepository(d->db).context(e.summary.id);
    if (!context)
        return context.error();
    auto data = d->load({e.patientId});
    if (!data)
        return data.error();
    std::optional<Error> failure;
    ScrubClaim claim = toScrubClaim(e, draft, context.value());
    const QList<Finding> out
            = EditEngine(d->lookup(failure), *pack.value(), data.value()).scrubCoding(claim);
    if (failure)
        return *failure;
    return out;
}

Result<QList<Finding>> ScrubService::encounterFindings(const EncounterDetail &e,
                                                       const CodingDraft &draft,
                                                       const QDate &today)
{
    auto context = ClaimRepository(d->db).context(e.summary.id);
    if (!context)
        return context.error();
    auto result = scrub({toScrubClaim(e, draft, context.value())}, today);
    if (!result)
        return result.error();
    return result->isEmpty() ? QList<Finding>() : result->first().findings;
}

Result<QList<ScrubService::ClaimFindings>> ScrubService::scrub(QList<ScrubClaim> claims,
                                                               const QDate &today)
{
    auto pack = d->necessity();
    if (!pack)
        return pack.error();
    bool unresolved = false;
    for (const ScrubClaim &c : claims)
        unresolved = unresolved || c.patientId == 0;
    if (unresolved) {
        auto members = ClaimRepository(d->db).membersById();
        if (!members)
            return members.error();
        for (ScrubClaim &c : claims) {
            if (c.patientId != 0)
                continue;
            const auto it = members->constFind(c.memberId.trimmed());
            if (it != members->cend()) {
                c.patientId = it->first;
                if (c.payerId == 0)
                    c.payerId = it->second;
            }
        }
    }
    QSet<qint64> patients;
    for (const ScrubClaim &c : claims) {
        if (c.patientId != 0)
            patients.insert(c.patientId);
    }
    auto data = d->load(patients.values());
    if (!data)
        return data.error();
    std::optional<Error> failure;
    const EditEngine engine(d->lookup(failure), *pack.value(), data.value());
    QList<ClaimFindings> out;
    out.reserve(claims.size());
    for (const ScrubClaim &c : claims) {
        out.append({c.id, engine.scrub(c, today)});
        if (failure)
            return *failure;
    }
    return out;
}

Result<std::optional<ScrubClaim>> ScrubService::storedEncounterClaim(qint64 encounterId,
                                                                     EncounterDetail *detail)
{
    auto found = EncounterRepository(d->db).detail(encounterId);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<ScrubClaim>();
    auto context = ClaimRepository(d->db).context(encounterId);
    if (!context)
        return context.error();
    if (detail)
        *detail = *found.value();
    return std::optional<ScrubClaim>(
            toScrubClaim(*found.value(), CodingDraft::of(*found.value()), context.value()));
}

Result<QList<ScrubClaim>> ScrubService::pendingClaims()
{
    ClaimRepository claims(d->db);
    auto drafts = claims.draftScrubClaims();
    if (!drafts)
        return drafts.error();
    QList<ScrubClaim> out = drafts.value();
    EncounterRepository encounters(d->db);
    for (EncounterState state : {EncounterState::Coded, EncounterState::HandedOff}) {
        auto rows = encounters.inState(state);
        if (!rows)
            return rows.error();
        for (const EncounterSummary &s : rows.value()) {
            auto claim = storedEncounterClaim(s.id);
            if (!claim)
                return claim.error();
            if (!claim.value())
                continue;
            claim.value()->id = QStringLiteral("encounter-%1").arg(s.id);
            out.append(*claim.value());
        }
    }
    return out;
}

} // namespace cc

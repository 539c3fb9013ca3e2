// SPDX-License-Identifier: GPL-3.0-or-later
#include "codesetservice.h"
#include "auditservice.h"
#include "codes/codequery.h"
#include "storage/coderepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace cc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::CodeSetService)
};

const auto kAuditAction = QStringLiteral("codes.import");
const auto kAuditEntity = QStringLiteral("code_release");
// Large imports leave the search index in several segments; merging them keeps the first
// keystrokes of a search fast. Small releases (the starter set) do not need it.
constexpr qint64 kOptimizeAfter = 20000;
// Word matches are read this many at a time, the most general first, then ranked by how well
// they match the words; a wider pool ranks better and costs more per keystroke.
constexpr int kRankingPool = 100;

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Error fileErrors(const QString &file, const codes::ParsedCodeFile &content)
{
    QStringList lines;
    lines.append(Tr::tr("%1 was not imported because %n line(s) of it are wrong; nothing was "
                        "changed.",
                        nullptr, int(content.errorCount))
                         .arg(file));
    for (const codes::CodeFileError &e : content.errors) {
        lines.append(e.line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(e.line).arg(e.message)
                                : QStringLiteral("%1: %2").arg(file, e.message));
    }
    const qint64 unlisted = content.errorCount - content.errors.size();
    if (unlisted > 0)
        lines.append(Tr::tr("…and %n more line(s) with errors.", nullptr, int(unlisted)));
    return Error::invalid(lines.join(QLatin1Char('\n')));
}

bool contains(CodeKinds kinds, CodeKind kind)
{
    return kinds.testFlag(kind);
}

} // namespace

QString CodeSetService::starterReleaseName()
{
    return QStringLiteral("Starter set");
}

QDate CodeSetService::starterEffectiveDate()
{
    return QDate(2015, 10, 1); // the first day of ICD-10-CM in the United States
}

CodeSetService::CodeSetService(Database &db, AuditService &audit)
    : m_db(db), m_audit(audit), m_repo(std::make_unique<CodeRepository>(db))
{
}

CodeSetService::~CodeSetService() = default;

Result<CodeSetService::ImportSummary>
CodeSetService::importFile(const std::optional<Session> &who, const ImportRequest &request,
                           const Progress &progress)
{
    if (who) {
        if (auto r = who->require(Permission::ManageCodeSets); !r)
            return r.error();
    }
    const QString name = request.releaseName.simplified();
    if (name.isEmpty())
        return Error::invalid(Tr::tr("Give the release a name, such as \"ICD-10-CM FY2026\"."));
    if (name.size() > 100)
        return Error::invalid(Tr::tr("The release name is longer than 100 characters."));
    if (!request.effectiveFrom.isValid())
        return Error::invalid(Tr::tr("Give the date the release takes effect."));

    const QString shownPath = QDir::toNativeSeparators(request.filePath);
    QFile file(request.filePath);
    if (!QFileInfo::exists(request.filePath))
        return Error::notFound(Tr::tr("There is no file %1.").arg(shownPath));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(Tr::tr("The file %1 could not be read: %2.")
                                      .arg(shownPath, file.errorString()));
    }
    const codes::ParsedCodeFile content = codes::parse(request.format, file);
    file.close();
    if (!content.ok())
        return fileErrors(shownPath, content);

    CodeRelease release;
    release.kind = codes::kindOf(request.format);
    release.name = name;
    release.effectiveFrom = request.effectiveFrom;
    release.source = QStringLiteral("%1: %2").arg(codes::formatKey(request.format),
                                                  QFileInfo(request.filePath).fileName());
    release.importedBy = who ? who->username : QStringLiteral("console");
    return store(who, release, content, progress);
}

Result<CodeSetService::ImportSummary>
CodeSetService::importWithOwnConnection(const QString &databasePath,
                                        const std::optional<Session> &who,
                                        const ImportRequest &request, const Progress &progress)
{
    // A server practice: libpq finds the password as the window's connection did
    // (PGPASSWORD, ~/.pgpass, or the one the window was given).
    auto db = Database::isServerUrl(databasePath)
            ? Database::openServer(databasePath)
            : Database::openSqlite(databasePath, Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    AuditService audit(*db.value());
    CodeSetService service(*db.value(), audit);
    return service.importFile(who, request, progress);
}

Result<int> CodeSetService::installStarterSet()
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto existing = m_repo->releases();
    if (!existing)
        return existing.error();
    int installed = 0;
    for (CodeKind kind : codekind::all()) {
        const bool present = std::any_of(existing->cbegin(), existing->cend(),
                                         [kind](const CodeRelease &r) { return r.kind == kind; });
        if (present)
            continue;
        const QString path = QStringLiteral(":/codes/%1.tsv").arg(codekind::key(kind));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::make(Error::Kind::Other,
                               Tr::tr("The starter code set is missing from this copy of "
                                      "CleanClaim; reinstall it."),
                               path);
        }
        const codes::ParsedCodeFile content = codes::parseStarterTable(kind, file.readAll());
        if (!content.ok()) {
            const codes::CodeFileError first = content.errors.value(0);
            return Error::make(Error::Kind::Other,
                               Tr::tr("The starter code set of this copy of CleanClaim is "
                                      "damaged; reinstall it."),
                               QStringLiteral("%1:%2: %3").arg(path).arg(first.line).arg(
                                       first.message));
        }
        CodeRelease release;
        release.kind = kind;
        release.name = starterReleaseName();
        release.effectiveFrom = starterEffectiveDate();
        release.source = QStringLiteral("starter: resources/codes/%1.tsv").arg(codekind::key(kind));
        release.importedBy = QStringLiteral("system");
        if (auto r = store(std::nullopt, release, content, {}); !r)
            return r.error();
        ++installed;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return installed;
}

Result<CodeSetService::ImportSummary>
CodeSetService::store(const std::optional<Session> &who, CodeRelease release,
                      const codes::ParsedCodeFile &content, const Progress &progress)
{
    const qint64 total = content.codes.size() + content.modifiers.size();
    const Error cancelled = Error::make(Error::Kind::Cancelled,
                                        Tr::tr("The import was cancelled; nothing was changed."));
    if (progress && !progress(0, total))
        return cancelled;

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto existing = m_repo->releases();
    if (!existing)
        return existing.error();
    ImportSummary summary;
    for (const CodeRelease &r : std::as_const(existing.value())) {
        if (r.kind != release.kind)
            continue;
        if (r.name == release.name) {
            if (auto removed = m_repo->removeRelease(r.id); !removed)
                return removed.error();
            summary.replaced = true;
        } else if (r.effectiveFrom == release.effectiveFrom) {
            return Error::invalid(Tr::tr("The %1 release \"%2\" already takes effect on %3. "
                                         "Give this release another date, or the name \"%2\" "
                                         "to replace that one.")
                                          .arg(codekind::label(r.kind), r.name,
                                               day(r.effectiveFrom)));
        }
    }

    auto id = m_repo->insertRelease(release);
    if (!id)
        return id.error();
    release.id = id.value();
    auto written = m_repo->insertCodes(release.id, content.codes, [&](qint64 done) {
        return !progress || progress(done, total);
    });
    if (!written)
        return written.error().kind == Error::Kind::Cancelled ? cancelled : written.error();
    if (auto r = m_repo->insertModifiers(release.id, content.modifiers); !r)
        return r.error();
    if (progress && !progress(total, total))
        return cancelled;
    if (auto r = m_repo->setCounts(release.id, content.codes.size(), content.modifiers.size());
        !r)
        return r.error();
    if (auto r = updateRanges(release.kind); !r)
        return r.error();

    const QString detail = QStringLiteral("%1 \"%2\" effective %3: %4 codes, %5 modifiers; %6%7")
                                   .arg(codekind::key(release.kind), release.name,
                                        day(release.effectiveFrom))
                                   .arg(content.codes.size())
                                   .arg(content.modifiers.size())
                                   .arg(release.source,
                                        summary.replaced ? QStringLiteral("; replaced")
                                                         : QString());
    auto audited = who ? m_audit.record(*who, kAuditAction, kAuditEntity, release.id, detail)
                       : m_audit.recordSystem(release.importedBy, kAuditAction, kAuditEntity,
                                              release.id, detail);
    if (!audited)
        return audited.error();
    if (content.codes.size() >= kOptimizeAfter) {
        if (auto r = m_repo->optimizeSearchIndex(); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();

    auto stored = m_repo->releases();
    if (!stored)
        return stored.error();
    for (const CodeRelease &r : std::as_const(stored.value())) {
        if (r.id == release.id)
            summary.release = r;
    }
    return summary;
}

Result<void> CodeSetService::updateRanges(CodeKind kind)
{
    auto all = m_repo->releases();
    if (!all)
        return all.error();
    QList<CodeRelease> ofKind;
    for (const CodeRelease &r : std::as_const(all.value())) {
        if (r.kind == kind)
            ofKind.append(r);
    }
    // releases() orders by effective date: each release ends the day before the next begins.
    for (qsizetype i = 0; i < ofKind.size(); ++i) {
        const std::optional<QDate> to = i + 1 < ofKind.size()
                ? std::optional<QDate>(ofKind.at(i + 1).effectiveFrom.addDays(-1))
                : std::nullopt;
        if (to != ofKind.at(i).effectiveTo) {
            if (auto r = m_repo->setEffectiveTo(ofKind.at(i).id, to); !r)
                return r;
        }
    }
    return {};
}

Result<QList<CodeRelease>> CodeSetService::releases()
{
    return m_repo->releases();
}

Result<QList<CodeRelease>> CodeSetService::releasesInForce(const QDate &date, CodeKinds kinds)
{
    auto all = m_repo->releasesInForce(date);
    if (!all)
        return all.error();
    QList<CodeRelease> out;
    for (const CodeRelease &r : std::as_const(all.value())) {
        if (contains(kinds, r.kind))
            out.append(r);
    }
    return out;
}

Result<QList<CodeEntry>> CodeSetService::search(const QString &text, const QDate &date,
                                                int limit, CodeKinds kinds)
{
    if (!date.isValid())
        return Error::invalid(Tr::tr("Give a date of service to search the codes in force."));
    limit = qBound(1, limit, kMaxSearchLimit);
    const codes::CodeQuery query = codes::CodeQuery::parse(text);
    QList<CodeEntry> out;
    if (query.isEmpty())
        return out;
    if (query.dotted)
        kinds &= kDiagnosisKinds;
    auto inForce = releasesInForce(date, kinds);
    if (!inForce)
        return inForce.error();
    if (inForce->isEmpty())
        return out;

    if (!query.codePrefix.isEmpty()) {
        auto byCode = m_repo->codesWithPrefix(inForce.value(), query.codePrefix, date, limit);
        if (!byCode)
            return byCode.error();
        out = std::move(byCode).value();
    }
    if (out.size() < limit && !query.words.isEmpty()) {
        // One-letter words start nearly every description, so the index cannot narrow with
        // them cheaply: they are checked on the candidates the longer words find.
        QStringList indexed;
        QStringList checked;
        for (const QString &w : query.words)
            (w.size() > 1 ? indexed : checked).append(w);
        if (indexed.isEmpty())
            std::swap(indexed, checked);
        auto byWords = m_repo->codesMatchingWords(inForce.value(), indexed, date,
                                                  qMax(limit, kRankingPool));
        if (!byWords)
            return byWords.error();
        QSet<qint64> listed;
        for (const CodeEntry &e : std::as_const(out))
            listed.insert(e.id);
        struct Candidate
        {
            CodeEntry entry;
            codes::CodeQuery::Relevance relevance;
        };
        QList<Candidate> ranked;
        for (const CodeEntry &e : std::as_const(byWords.value())) {
            const bool hasChecked = std::all_of(
                    checked.cbegin(), checked.cend(), [&e](const QString &w) {
                        return codes::CodeQuery::startsAWord(e.description(), w)
                                || codes::CodeQuery::startsAWord(e.shortDescription, w)
                                || e.code.startsWith(w, Qt::CaseInsensitive);
                    });
            if (hasChecked && !listed.contains(e.id))
                ranked.append({e, query.relevance(e.description())});
        }
        // The pool comes most general first; keep that order among equally good matches.
        std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate &a, const Candidate &b) {
            return a.relevance < b.relevance;
        });
        for (const Candidate &c : std::as_const(ranked)) {
            if (out.size() >= limit)
                break;
            out.append(c.entry);
        }
    }
    return out;
}

Result<QList<CodeEntry>> CodeSetService::children(const QString &code, const QDate &date,
                                                  int limit)
{
    if (!date.isValid())
        return Error::invalid(Tr::tr("Give a date of service to list the codes in force."));
    const QString normalized = normalizedCode(code);
    QList<CodeEntry> out;
    if (normalized.isEmpty())
        return out;
    auto occurrences = m_repo->occurrences(normalized);
    if (!occurrences)
        return occurrences.error();
    // Only the releases in force that hold the header: E11 is a diagnosis category, and the
    // HCPCS E1100 is not one of its children.
    QList<CodeRelease> holding;
    for (const auto &[entry, release] : std::as_const(occurrences.value())) {
        if (release.isInForce(date))
            holding.append(release);
    }
    auto found = m_repo->codesWithPrefix(holding, normalized, date, qMax(1, limit), true);
    if (!found)
        return found.error();
    for (const CodeEntry &e : std::as_const(found.value())) {
        if (e.code != normalized)
            out.append(e);
    }
    return out;
}

Result<CodeSetService::Lookup> CodeSetService::lookup(const QString &code, const QDate &date,
                                                      CodeKinds kinds)
{
    const QString normalized = normalizedCode(code);
    if (normalized.isEmpty())
        return Error::invalid(Tr::tr("Enter a code to look up."));
    if (!date.isValid())
        return Error::invalid(Tr::tr("Give a date of service to check the code on."));
    auto occurrences = m_repo->occurrences(normalized);
    if (!occurrences)
        return occurrences.error();
    QList<std::pair<CodeEntry, CodeRelease>> relevant;
    for (const auto &occurrence : std::as_const(occurrences.value())) {
        if (contains(kinds, occurrence.second.kind))
            relevant.append(occurrence);
    }
    auto inForce = releasesInForce(date, kinds);
    if (!inForce)
        return inForce.error();
    return describe(normalized, date, relevant, inForce.value(), kinds);
}

Result<CodeSetService::Lookup>
CodeSetService::describe(const QString &code, const QDate &date,
                         const QList<std::pair<CodeEntry, CodeRelease>> &occurrences,
                         const QList<CodeRelease> &inForce, CodeKinds kinds)
{
    Lookup out;
    // In force: a billable, current entry wins over a header or a terminated one (a code that
    // exists in two code sets, such as E1100, is valid if either set bills it).
    const std::pair<CodeEntry, CodeRelease> *current = nullptr;
    for (const auto &occurrence : occurrences) {
        if (!occurrence.second.isInForce(date))
            continue;
        const CodeEntry &e = occurrence.first;
        if (!current || (e.billable && !e.isTerminatedOn(date)))
            current = &occurrence;
    }
    if (current) {
        const CodeEntry &e = current->first;
        const CodeRelease &r = current->second;
        out.entry = e;
        out.release = r;
        const QString shown = e.displayCode();
        if (e.isTerminatedOn(date)) {
            out.status = Lookup::Status::Terminated;
            out.message = Tr::tr("%1 (%2) was terminated on %3 and cannot be billed for %4.")
                                  .arg(shown, codekind::label(e.kind), day(*e.termDate), day(date));
        } else if (!e.billable) {
            out.status = Lookup::Status::Header;
            auto children = m_repo->codesWithPrefix({r}, e.code, date, kLookupChildren, true);
            if (!children)
                return children.error();
            out.billableChildren = std::move(children).value();
            out.message = out.billableChildren.isEmpty()
                    ? Tr::tr("%1 (%2) is a heading, not a billable code, and no billable code "
                             "under it is in force on %3.")
                              .arg(shown, codekind::label(e.kind), day(date))
                    : Tr::tr("%1 (%2) is a heading, not a billable code: choose a code under "
                             "it, such as %3.")
                              .arg(shown, codekind::label(e.kind),
                                   out.billableChildren.constFirst().displayCode());
        } else {
            out.status = Lookup::Status::Valid;
            out.message = Tr::tr("%1 (%2) is valid on %3: %4")
                                  .arg(shown, codekind::label(e.kind), day(date), e.description());
        }
        return out;
    }

    if (!occurrences.isEmpty()) {
        // Name the release nearest the date: the latest that began by then, else the first
        // that begins after it.
        const std::pair<CodeEntry, CodeRelease> *before = nullptr;
        const std::pair<CodeEntry, CodeRelease> *after = nullptr;
        for (const auto &occurrence : occurrences) {
            const QDate from = occurrence.second.effectiveFrom;
            if (from <= date) {
                if (!before || from > before->second.effectiveFrom)
                    before = &occurrence;
            } else if (!after || from < after->second.effectiveFrom) {
                after = &occurrence;
            }
        }
        const auto &[e, r] = before ? *before : *after;
        out.status = Lookup::Status::NotInForce;
        out.entry = e;
        out.release = r;
        const auto sameKind = std::find_if(inForce.cbegin(), inForce.cend(),
                                           [&r](const CodeRelease &f) { return f.kind == r.kind; });
        const QString label = codekind::label(r.kind);
        if (sameKind != inForce.cend()) {
            out.message = r.effectiveTo
                    ? Tr::tr("%1 is not in the %2 release \"%3\", in force on %4. It is in the "
                             "release \"%5\", in force from %6 to %7.")
                              .arg(e.displayCode(), label, sameKind->name, day(date), r.name,
                                   day(r.effectiveFrom), day(*r.effectiveTo))
                    : Tr::tr("%1 is not in the %2 release \"%3\", in force on %4. It is in the "
                             "release \"%5\", in force from %6.")
                              .arg(e.displayCode(), label, sameKind->name, day(date), r.name,
                                   day(r.effectiveFrom));
        } else {
            out.message = r.effectiveTo
                    ? Tr::tr("No %1 release is in force on %2. %3 is in the release \"%4\", in "
                             "force from %5 to %6.")
                              .arg(label, day(date), e.displayCode(), r.name,
                                   day(r.effectiveFrom), day(*r.effectiveTo))
                    : Tr::tr("No %1 release is in force on %2. %3 is in the release \"%4\", in "
                             "force from %5.")
                              .arg(label, day(date), e.displayCode(), r.name,
                                   day(r.effectiveFrom));
        }
        return out;
    }

    out.status = Lookup::Status::Unknown;
    QStringList labels;
    for (CodeKind k : codekind::all()) {
        if (contains(kinds, k))
            labels.append(codekind::label(k));
    }
    out.message = kinds == kAllCodeKinds
            ? Tr::tr("%1 is not a code of any imported code set.").arg(code)
            : Tr::tr("%1 is not a code of any imported %2 release.")
                      .arg(code, labels.join(QStringLiteral(", ")));
    return out;
}

Result<QList<CodeModifier>> CodeSetService::modifiers(const QDate &date)
{
    auto inForce = releasesInForce(date, kProcedureKinds);
    if (!inForce)
        return inForce.error();
    QList<CodeModifier> out;
    for (const CodeRelease &r : std::as_const(inForce.value())) {
        auto list = m_repo->modifiers(r);
        if (!list)
            return list.error();
        out.append(list.value());
    }
    return out;
}

} // namespace cc

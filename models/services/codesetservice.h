// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes/codefile.h"
#include "domain/codeentry.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cc {

class AuditService;
class CodeRepository;
class Database;

/**
 * Versioned code sets (DESIGN.md §4): imports releases of ICD-10-CM, HCPCS and CPT, answers
 * whether a code is valid on a date of service, and searches the codes in force on a date as
 * someone types.
 *
 * A code is valid on a date when the release of its kind in force on that date holds it, it is
 * billable (not an ICD-10-CM header) and it was not terminated before that date.
 *
 * Threads: the service works on the connection of its Database and belongs to that thread.
 * To import without freezing a window, run importWithOwnConnection() on a worker thread: it
 * opens a second connection to the same file.
 * @code
 * std::atomic_bool cancelled = false;
 * auto future = QtConcurrent::run([path, who, request, &cancelled] {
 *     return CodeSetService::importWithOwnConnection(path, who, request,
 *             [&](qint64 done, qint64 total) {
 *                 // called on the worker: post to the GUI thread, e.g. with
 *                 // QMetaObject::invokeMethod(bar, …, Qt::QueuedConnection)
 *                 return !cancelled.load();
 *             });
 * });
 * @endcode
 */
class CodeSetService
{
public:
    /// Called while an import writes: @p done of @p total records. Return false to cancel; the
    /// import then leaves nothing behind.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct ImportRequest
    {
        codes::CodeFileFormat format = codes::CodeFileFormat::Icd10CmCodes;
        QString filePath;
        QString releaseName;  ///< importing the same kind and name again replaces the release
        QDate effectiveFrom;
    };

    struct ImportSummary
    {
        CodeRelease release; ///< as stored: counts and the effective range included
        bool replaced = false; ///< a release of the same kind and name was replaced
    };

    /// Why a code is or is not valid on a date of service.
    struct Lookup
    {
        enum class Status {
            Valid,      ///< billable in the release in force
            Header,     ///< in the release in force, but a category: see billableChildren
            Terminated, ///< in the release in force, but terminated before the date
            NotInForce, ///< only in other releases: see entry and release
            Unknown,    ///< in no imported release
        };
        Status status = Status::Unknown;
        std::optional<CodeEntry> entry;     ///< the entry the status is about
        std::optional<CodeRelease> release; ///< the release holding entry
        QList<CodeEntry> billableChildren;  ///< for a header: its first billable codes
        QString message;                    ///< a translated sentence saying all of the above

        bool isValid() const { return status == Status::Valid; }
    };

    /// The name and date of the releases installStarterSet() creates.
    static QString starterReleaseName();
    static QDate starterEffectiveDate();
    /// Header lookups list at most this many billable children.
    static constexpr int kLookupChildren = 50;
    static constexpr int kMaxSearchLimit = 500;

    CodeSetService(Database &db, AuditService &audit);
    ~CodeSetService();
    CodeSetService(const CodeSetService &) = delete;
    CodeSetService &operator=(const CodeSetService &) = delete;

    /**
     * Imports a code-set file as one release, in one transaction. @p who needs
     * Permission::ManageCodeSets; std::nullopt is the administrator at the console (the
     * headless command run without --user). A file with a malformed record is refused whole:
     * the error names every wrong line as FILE:LINE with what is wrong. Writes an audit row
     * "codes.import".
     */
    Result<ImportSummary> importFile(const std::optional<Session> &who,
                                     const ImportRequest &request, const Progress &progress = {});
    /**
     * importFile() on a connection of its own to the practice database at @p databasePath
     * (already created and migrated): callable from any thread. @p progress is called on the
     * calling thread.
     */
    static Result<ImportSummary> importWithOwnConnection(const QString &databasePath,
                                                         const std::optional<Session> &who,
                                                         const ImportRequest &request,
                                                         const Progress &progress = {});

    /**
     * Installs the starter set shipped in resources/codes/ (common primary-care codes) as a
     * release named starterReleaseName() effective starterEffectiveDate(), for each kind that
     * has no release yet. Runs in the caller's transaction when there is one. Returns the
     * number of releases installed.
     */
    Result<int> installStarterSet();

    /// Every release, by kind then effective date.
    Result<QList<CodeRelease>> releases();

    /**
     * The codes in force on @p date matching @p text, best first, for a search box:
     * - a typed code ("e119", "E11.9", case and dot as you like) first, then the codes under
     *   it in code order ("e11" → E11, E11.0…), diagnoses before procedures; a dot limits the
     *   search to ICD-10-CM;
     * - then codes whose descriptions hold every typed word as a prefix, in any order ("diab
     *   typ 2"): those with the words closest together and nearest the start first, the most
     *   general (shortest) among equals.
     * Headers are included with billable false, for the caller to grey; children() lists what
     * is under them. At most @p limit (1 to kMaxSearchLimit) entries.
     */
    Result<QList<CodeEntry>> search(const QString &text, const QDate &date, int limit = 20,
                                    CodeKinds kinds = kAllCodeKinds);
    /// The billable codes in force on @p date under the header @p code, in code order.
    Result<QList<CodeEntry>> children(const QString &code, const QDate &date, int limit = 1000);
    /// Whether @p code is valid on @p date, and if not, why.
    Result<Lookup> lookup(const QString &code, const QDate &date,
                          CodeKinds kinds = kAllCodeKinds);
    /// The modifiers of the HCPCS and CPT releases in force on @p date.
    Result<QList<CodeModifier>> modifiers(const QDate &date);

private:
    Result<QList<CodeRelease>> releasesInForce(const QDate &date, CodeKinds kinds);
    Result<ImportSummary> store(const std::optional<Session> &who, CodeRelease release,
                                const codes::ParsedCodeFile &content, const Progress &progress);
    Result<void> updateRanges(CodeKind kind);
    Result<Lookup> describe(const QString &code, const QDate &date,
                            const QList<std::pair<CodeEntry, CodeRelease>> &occurrences,
                            const QList<CodeRelease> &inForce, CodeKinds kinds);

    Database &m_db;
    AuditService &m_audit;
    std::unique_ptr<CodeRepository> m_repo;
};

} // namespace cc

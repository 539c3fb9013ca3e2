// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "edits/editdata.h"
#include "storage/editdatarepository.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cc {

class AuditService;
class Database;

/**
 * The CMS data of the scrubber (DESIGN.md §5): imports the NCCI practitioner PTP edits and the
 * practitioner MUE values as releases, lists and removes them, and loads them for a scrub run
 * together with the authorizations on file and the services already billed.
 *
 * Imports check Permission::ManageCodeSets (std::nullopt is the administrator at the console,
 * the headless command run without --user), read and check the whole file before writing,
 * and write in one transaction with one audit row: a file with one wrong line leaves nothing
 * behind, and the error names every wrong line as FILE:LINE in its detail.
 *
 * Threads: the service works on the connection of its Database and belongs to that thread. A
 * PTP part of a million rows takes seconds; to keep a window responsive, run
 * importPtpWithOwnConnection() on a worker thread.
 */
class EditDataService : public QObject
{
    Q_OBJECT
public:
    /// Called while an import writes: @p done of @p total rows. Return false to cancel; the
    /// import then leaves nothing behind.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct PtpImportSummary
    {
        PtpRelease release; ///< as stored
        qint64 rows = 0;    ///< edits imported
    };
    struct MueImportSummary
    {
        MueRelease release; ///< as stored
        qint64 rows = 0;    ///< codes imported
    };
    /// Every imported release, for the screen that lists them.
    struct Releases
    {
        QList<PtpRelease> ptp; ///< oldest import first; the last is the one the scrubber reads
        QList<MueRelease> mue; ///< by effective date
    };

    /// Longest release name accepted.
    static constexpr int kMaxNameLength = 100;

    EditDataService(Database &db, AuditService &audit, QObject *parent = nullptr);
    ~EditDataService() override;

    /**
     * Imports the parts of one CMS practitioner PTP release (`ccipra-v322r0-f1.txt` …
     * `-f4.txt`) as the release @p releaseName, e.g. "v322r0". A name already imported is
     * refused: remove that release first. Writes an audit row "edits.import".
     */
    Result<PtpImportSummary> importPtp(const std::optional<Session> &who,
                                       const QStringList &paths, const QString &releaseName,
                                       const Progress &progress = {});
    /// importPtp() of a single file.
    Result<PtpImportSummary> importPtp(const std::optional<Session> &who, const QString &path,
                                       const QString &releaseName, const Progress &progress = {});
    /**
     * importPtp() on a connection of its own to the practice database at @p databasePath
     * (already created and migrated): callable from any thread. @p progress is called on the
     * calling thread.
     */
    static Result<PtpImportSummary>
    importPtpWithOwnConnection(const QString &databasePath, const std::optional<Session> &who,
                               const QStringList &paths, const QString &releaseName,
                               const Progress &progress = {});

    /**
     * Imports a CMS practitioner MUE file as the release @p releaseName in force from
     * @p effective until the next release. A name or an effective date already imported is
     * refused. Writes an audit row "edits.import".
     */
    Result<MueImportSummary> importMue(const std::optional<Session> &who, const QString &path,
                                       const QString &releaseName, const QDate &effective);

    /// Every imported release.
    Result<Releases> releases();
    /// Removes a release with its rows (Permission::ManageCodeSets); audit row "edits.remove".
    Result<void> removePtpRelease(const std::optional<Session> &who, qint64 releaseId);
    Result<void> removeMueRelease(const std::optional<Session> &who, qint64 releaseId);

    /// The newest PTP release into @p out (empty when none is imported).
    Result<void> loadPtp(PtpTable &out);
    /// Every MUE release, by effective date.
    Result<QList<MueTable>> loadMue();
    /// The prior authorizations of @p patientIds (every patient when empty), by patient.
    Result<QMultiHash<qint64, Authorization>> authorizations(const QList<qint64> &patientIds);
    /// The services on the claims of @p patientIds (every patient when empty), by patient.
    Result<QMultiHash<qint64, BilledService>> billedServices(const QList<qint64> &patientIds);

signals:
    /// A release was imported or removed.
    void releasesChanged();

private:
    Result<QString> checkedName(const std::optional<Session> &who, const QString &name) const;
    Result<void> audit(const std::optional<Session> &who, const QString &action,
                       const QString &entity, qint64 id, const QString &detail);

    Database &m_db;
    AuditService &m_audit;
    std::unique_ptr<EditDataRepository> m_repo;
};

} // namespace cc

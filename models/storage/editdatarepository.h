// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "edits/editdata.h"

#include <QDate>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <functional>
#include <memory>

namespace cc {

class Database;

/// One imported NCCI PTP release (one or more parts of the CMS practitioner file).
struct PtpRelease
{
    qint64 id = 0;
    QString name;       ///< e.g. "v322r0"
    qint64 rowCount = 0;
    QString importedAt; ///< ISO date and time, UTC
    QString importedBy;
};

/// One imported MUE release, in force from its effective date until the next one.
struct MueRelease
{
    qint64 id = 0;
    QString name;
    QDate effective;
    qint64 rowCount = 0;
    QString importedAt; ///< ISO date and time, UTC
    QString importedBy;
};

/**
 * The scrubber's data in the database (DESIGN.md §5): the NCCI PTP and MUE releases and their
 * rows, and, for the patients of the claims being scrubbed, the prior authorizations on file
 * and the services already billed.
 *
 * Writes run in the caller's transaction (services open them). Statements are prepared once
 * and kept for the life of the repository. Not thread-safe: one repository per connection.
 */
class EditDataRepository
{
public:
    explicit EditDataRepository(Database &db);
    ~EditDataRepository();
    EditDataRepository(const EditDataRepository &) = delete;
    EditDataRepository &operator=(const EditDataRepository &) = delete;

    /// Every PTP release, oldest import first.
    Result<QList<PtpRelease>> ptpReleases();
    /// Every MUE release, by effective date.
    Result<QList<MueRelease>> mueReleases();

    /// Adds a PTP release (name, rowCount, importedBy; importedAt now when empty); returns
    /// its id. A name already used is refused by the database (Error::Kind::Constraint).
    Result<qint64> insertPtpRelease(const PtpRelease &release);
    /**
     * Writes @p edits into the release @p releaseId, many rows a statement. After each batch
     * calls @p progress with the number written so far; when it returns false, stops with an
     * Error of kind Cancelled (the caller's transaction then rolls back).
     */
    Result<void> insertPtpEdits(qint64 releaseId, const QList<PtpEdit> &edits,
                                const std::function<bool(qint64)> &progress = {});
    /// Removes a PTP release and its rows.
    Result<void> removePtpRelease(qint64 releaseId);

    /// Adds an MUE release (name, effective, rowCount, importedBy); returns its id.
    Result<qint64> insertMueRelease(const MueRelease &release);
    Result<void> insertMueValues(qint64 releaseId, const QList<MueValue> &values);
    /// Removes an MUE release and its values.
    Result<void> removeMueRelease(qint64 releaseId);

    /**
     * Replaces @p out with the rows of the newest PTP release (the highest id: the CMS file
     * is cumulative, so the newest import holds every edit with its dates). Leaves @p out
     * empty, with an empty release name, when no PTP release is imported.
     */
    Result<void> loadPtp(PtpTable &out);
    /// Every MUE release with its values, by effective date.
    Result<QList<MueTable>> loadMue();

    /// The prior authorizations of @p patientIds (every patient when empty), by patient id.
    Result<QMultiHash<qint64, Authorization>> authorizations(const QList<qint64> &patientIds);
    /**
     * The lines of every claim of @p patientIds (every patient when empty), by patient id:
     * claimId is the claim's patient control number, modifiers its non-empty modifiers.
     */
    Result<QMultiHash<qint64, BilledService>> billedServices(const QList<qint64> &patientIds);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

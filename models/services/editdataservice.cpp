// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdataservice.h"
#include "auditservice.h"
#include "codes/ncciparser.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace cc {

namespace {

const auto kImportAction = QStringLiteral("edits.import");
const auto kRemoveAction = QStringLiteral("edits.remove");
const auto kPtpEntity = QStringLiteral("ncci_ptp_release");
const auto kMueEntity = QStringLiteral("mue_release");

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The errors of one file as lines "FILE:LINE: what is wrong".
void appendErrorLines(QStringList &lines, const QString &file,
                      const QList<codes::CodeFileError> &errors, qint64 errorCount)
{
    for (const codes::CodeFileError &e : errors) {
        lines.append(e.line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(e.line).arg(e.message)
                                : QStringLiteral("%1: %2").arg(file, e.message));
    }
    const qint64 unlisted = errorCount - errors.size();
    if (unlisted > 0) {
        lines.append(EditDataService::tr("%1: …and %n more line(s) with errors.", nullptr,
                                         int(qMin<qint64>(unlisted, INT_MAX)))
                             .arg(file));
    }
}

/// Reads a whole file, or says why it cannot.
Result<QByteArray> readFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(EditDataService::tr("There is no file %1.").arg(shownPath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(EditDataService::tr("The file %1 could not be read: %2.")
                                      .arg(shownPath(path), file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error::invalid(EditDataService::tr("The file %1 could not be read: %2.")
                                      .arg(shownPath(path), file.errorString()));
    }
    return bytes;
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled,
                       EditDataService::tr("The import was cancelled; nothing was changed."));
}

} // namespace

EditDataService::EditDataService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit), m_repo(std::make_unique<EditDataRepository>(db))
{
}

EditDataService::~EditDataService() = default;

Result<QString> EditDataService::checkedName(const std::optional<Session> &who,
                                             const QString &name) const
{
    if (who) {
        if (auto r = who->require(Permission::ManageCodeSets); !r)
            return r.error();
    }
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return Error::invalid(tr("Give the release a name, such as \"v322r0\"."));
    if (simplified.size() > kMaxNameLength) {
        return Error::invalid(
                tr("The release name is longer than %1 characters.").arg(kMaxNameLength));
    }
    return simplified;
}

Result<void> EditDataService::audit(const std::optional<Session> &who, const QString &action,
                                    const QString &entity, qint64 id, const QString &detail)
{
    return who ? m_audit.record(*who, action, entity, id, detail)
               : m_audit.recordSystem(QStringLiteral("console"), action, entity, id, detail);
}

Result<EditDataService::PtpImportSummary>
EditDataService::importPtp(const std::optional<Session> &who, const QString &path,
                           const QString &releaseName, const Progress &progress)
{
    return importPtp(who, QStringList{path}, releaseName, progress);
}

Result<EditDataService::PtpImportSummary>
EditDataService::importPtp(const std::optional<Session> &who, const QStringList &paths,
                           const QString &releaseName, const Progress &progress)
{
    auto name = checkedName(who, releaseName);
    if (!name)
        return name.error();
    if (paths.isEmpty())
        return Error::invalid(tr("Choose the PTP file to import."));
    const auto sameName = [&name](const QList<PtpRelease> &list) {
        return std::find_if(list.cbegin(), list.cend(),
                            [&name](const PtpRelease &r) { return r.name == name.value(); });
    };
    const auto duplicate = [&name](const PtpRelease &r) {
        return Error::make(Error::Kind::Conflict,
                           tr("The PTP release \"%1\" was already imported on %2 by %3. Remove "
                              "it first to import it again, or give this release another "
                              "name.")
                                   .arg(name.value(), r.importedAt.left(10), r.importedBy));
    };
    // Refuse a repeated name before reading a million rows.
    auto existing = m_repo->ptpReleases();
    if (!existing)
        return existing.error();
    if (auto it = sameName(existing.value()); it != existing->cend())
        return duplicate(*it);

    QList<PtpEdit> edits;
    QStringList errorLines;
    qint64 errorCount = 0;
    QStringList fileNames;
    for (const QString &path : paths) {
        auto bytes = readFile(path);
        if (!bytes)
            return bytes.error();
        codes::ParsedPtpFile parsed = codes::parseNcciPtp(bytes.value());
        bytes = QByteArray(); // the bytes are no longer needed: free them before the next part
        fileNames.append(QFileInfo(path).fileName());
        if (!parsed.ok()) {
            errorCount += parsed.errorCount;
            appendErrorLines(errorLines, shownPath(path), parsed.errors, parsed.errorCount);
            continue;
        }
        if (edits.isEmpty())
            edits = std::move(parsed.edits);
        else
            edits.append(std::move(parsed.edits));
    }
    if (errorCount > 0) {
        const int shownCount = int(qMin<qint64>(errorCount, INT_MAX));
        const QString sentence = paths.size() == 1
                ? tr("%1 was not imported because %n line(s) of it are wrong; nothing was "
                     "changed.",
                     nullptr, shownCount)
                          .arg(shownPath(paths.constFirst()))
                : tr("The PTP release \"%1\" was not imported because %n line(s) of its files "
                     "are wrong; nothing was changed.",
                     nullptr, shownCount)
                          .arg(name.value());
        return Error::invalid(sentence, errorLines.join(QLatin1Char('\n')));
    }

    const qint64 total = edits.size();
    if (progress && !progress(0, total))
        return cancelledError();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    // Another seat may have imported the same release while this one was reading.
    existing = m_repo->ptpReleases();
    if (!existing)
        return existing.error();
    if (auto it = sameName(existing.value()); it != existing->cend())
        return duplicate(*it);

    PtpRelease release;
    release.name = name.value();
    release.rowCount = total;
    release.importedBy = who ? who->username : QStringLiteral("console");
    auto id = m_repo->insertPtpRelease(release);
    if (!id)
        return id.error();
    release.id = id.value();
    auto written = m_repo->insertPtpEdits(release.id, edits, [&](qint64 done) {
        return !progress || progress(done, total);
    });
    if (!written)
        return written.error().kind == Error::Kind::Cancelled ? cancelledError() : written.error();
    const QString detail = QStringLiteral("ncci-ptp \"%1\": %2 edits from %3")
                                   .arg(release.name)
                                   .arg(total)
                                   .arg(fileNames.join(QStringLiteral(", ")));
    if (auto r = audit(who, kImportAction, kPtpEntity, release.id, detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    PtpImportSummary summary;
    summary.rows = total;
    summary.release = release;
    if (auto stored = m_repo->ptpReleases()) {
        for (const PtpRelease &r : std::as_const(stored.value())) {
            if (r.id == release.id)
                summary.release = r;
        }
    }
    emit releasesChanged();
    return summary;
}

Result<EditDataService::PtpImportSummary>
EditDataService::importPtpWithOwnConnection(const QString &databasePath,
                                            const std::optional<Session> &who,
                                            const QStringList &paths, const QString &releaseName,
                                            const Progress &progress)
{
    // A server practice: libpq finds the password as the window's connection did
    // (PGPASSWORD, ~/.pgpass, or the one the window was given).
    auto db = Database::isServerUrl(databasePath)
            ? Database::openServer(databasePath)
            : Database::openSqlite(databasePath, Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    AuditService audit(*db.value());
    EditDataService service(*db.value(), audit);
    return service.importPtp(who, paths, releaseName, progress);
}

Result<EditDataService::MueImportSummary>
EditDataService::importMue(const std::optional<Session> &who, const QString &path,
                           const QString &releaseName, const QDate &effective)
{
    auto name = checkedName(who, releaseName);
    if (!name)
        return name.error();
    if (!effective.isValid())
        return Error::invalid(tr("Give the date the MUE release takes effect."));
    // Refuses a repeated name or date, with the release that already has it.
    const auto clash = [&](const QList<MueRelease> &list) -> std::optional<Error> {
        for (const MueRelease &r : list) {
            if (r.name == name.value()) {
                return Error::make(Error::Kind::Conflict,
                                   tr("The MUE release \"%1\" was already imported on %2 by "
                                      "%3. Remove it first to import it again, or give this "
                                      "release another name.")
                                           .arg(r.name, r.importedAt.left(10), r.importedBy));
            }
            if (r.effective == effective) {
                return Error::make(Error::Kind::Conflict,
                                   tr("The MUE release \"%1\" already takes effect on %2. "
                                      "Remove it first, or give this release another date.")
                                           .arg(r.name, day(effective)));
            }
        }
        return std::nullopt;
    };
    auto existing = m_repo->mueReleases();
    if (!existing)
        return existing.error();
    if (auto e = clash(existing.value()))
        return *e;

    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const codes::ParsedMueFile parsed = codes::parseMue(bytes.value());
    if (!parsed.ok()) {
        QStringList lines;
        appendErrorLines(lines, shownPath(path), parsed.errors, parsed.errorCount);
        return Error::invalid(tr("%1 was not imported because %n line(s) of it are wrong; "
                                 "nothing was changed.",
                                 nullptr, int(qMin<qint64>(parsed.errorCount, INT_MAX)))
                                      .arg(shownPath(path)),
                              lines.join(QLatin1Char('\n')));
    }

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    existing = m_repo->mueReleases();
    if (!existing)
        return existing.error();
    if (auto e = clash(existing.value()))
        return *e;
    MueRelease release;
    release.name = name.value();
    release.effective = effective;
    release.rowCount = parsed.values.size();
    release.importedBy = who ? who->username : QStringLiteral("console");
    auto id = m_repo->insertMueRelease(release);
    if (!id)
        return id.error();
    release.id = id.value();
    if (auto r = m_repo->insertMueValues(release.id, parsed.values); !r)
        return r.error();
    const QString detail = QStringLiteral("mue \"%1\" effective %2: %3 codes from %4")
                                   .arg(release.name, day(effective))
                                   .arg(parsed.values.size())
                                   .arg(QFileInfo(path).fileName());
    if (auto r = audit(who, kImportAction, kMueEntity, release.id, detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();

    MueImportSummary summary;
    summary.rows = parsed.values.size();
    summary.release = release;
    if (auto stored = m_repo->mueReleases()) {
        for (const MueRelease &r : std::as_const(stored.value())) {
            if (r.id == release.id)
                summary.release = r;
        }
    }
    emit releasesChanged();
    return summary;
}

Result<EditDataService::Releases> EditDataService::releases()
{
    Releases out;
    auto ptp = m_repo->ptpReleases();
    if (!ptp)
        return ptp.error();
    auto mue = m_repo->mueReleases();
    if (!mue)
        return mue.error();
    out.ptp = std::move(ptp).value();
    out.mue = std::move(mue).value();
    return out;
}

Result<void> EditDataService::removePtpRelease(const std::optional<Session> &who,
                                               qint64 releaseId)
{
    if (who) {
        if (auto r = who->require(Permission::ManageCodeSets); !r)
            return r.error();
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto existing = m_repo->ptpReleases();
    if (!existing)
        return existing.error();
    const auto it = std::find_if(existing->cbegin(), existing->cend(),
                                 [releaseId](const PtpRelease &r) { return r.id == releaseId; });
    if (it == existing->cend())
        return Error::notFound(tr("That PTP release is no longer in the database."));
    if (auto r = m_repo->removePtpRelease(releaseId); !r)
        return r;
    const QString detail =
            QStringLiteral("ncci-ptp \"%1\": %2 edits").arg(it->name).arg(it->rowCount);
    if (auto r = audit(who, kRemoveAction, kPtpEntity, releaseId, detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    emit releasesChanged();
    return {};
}

Result<void> EditDataService::removeMueRelease(const std::optional<Session> &who,
                                               qint64 releaseId)
{
    if (who) {
        if (auto r = who->require(Permission::ManageCodeSets); !r)
            return r.error();
    }
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto existing = m_repo->mueReleases();
    if (!existing)
        return existing.error();
    const auto it = std::find_if(existing->cbegin(), existing->cend(),
                                 [releaseId](const MueRelease &r) { return r.id == releaseId; });
    if (it == existing->cend())
        return Error::notFound(tr("That MUE release is no longer in the database."));
    if (auto r = m_repo->removeMueRelease(releaseId); !r)
        return r;
    const QString detail = QStringLiteral("mue \"%1\" effective %2: %3 codes")
                                   .arg(it->name, day(it->effective))
                                   .arg(it->rowCount);
    if (auto r = audit(who, kRemoveAction, kMueEntity, releaseId, detail); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    emit releasesChanged();
    return {};
}

Result<void> EditDataService::loadPtp(PtpTable &out)
{
    return m_repo->loadPtp(out);
}

Result<QList<MueTable>> EditDataService::loadMue()
{
    return m_repo->loadMue();
}

Result<QMultiHash<qint64, Authorization>>
EditDataService::authorizations(const QList<qint64> &patientIds)
{
    return m_repo->authorizations(patientIds);
}

Result<QMultiHash<qint64, BilledService>>
EditDataService::billedServices(const QList<qint64> &patientIds)
{
    return m_repo->billedServices(patientIds);
}

} // namespace cc

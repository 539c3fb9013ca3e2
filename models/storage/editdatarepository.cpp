// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdatarepository.h"
#include "database.h"
#include "sqlerror_p.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc {

namespace {

const auto kSelectPtpReleases = QStringLiteral(R"(
SELECT id, name, row_count, imported_at, imported_by FROM ncci_ptp_releases ORDER BY id
)");
const auto kSelectNewestPtpRelease = QStringLiteral(R"(
SELECT id, name, row_count FROM ncci_ptp_releases ORDER BY id DESC LIMIT 1
)");
const auto kInsertPtpRelease = QStringLiteral(R"(
INSERT INTO ncci_ptp_releases (name, row_count, imported_at, imported_by)
VALUES (:name, :rows, :imported_at, :imported_by)
)");
const auto kDeletePtpRows = QStringLiteral("DELETE FROM ncci_ptp WHERE release_id = :release");
const auto kDeletePtpRelease = QStringLiteral("DELETE FROM ncci_ptp_releases WHERE id = :release");
// A multi-row insert: %1 is kPtpBatchRows tuples of named values (see ptpPlaceholders()).
const auto kInsertPtpRows = QStringLiteral(R"(
INSERT INTO ncci_ptp (release_id, column1, column2, effective_date, deletion_date,
                      modifier_indicator, rationale)
VALUES %1
)");
// Dates come back as YYYYMMDD integers, which cost no string per row (this load reads a
// million rows). "+release_id" keeps the planner off the pair index: reading the table in
// order is faster than following the index to every row.
const auto kSelectPtpRows = QStringLiteral(R"(
SELECT column1, column2, CAST(REPLACE(effective_date, '-', '') AS INTEGER),
       CAST(REPLACE(deletion_date, '-', '') AS INTEGER), modifier_indicator, rationale
FROM ncci_ptp WHERE +release_id = :release
)");

const auto kSelectMueReleases = QStringLiteral(R"(
SELECT id, name, effective_from, row_count, imported_at, imported_by
FROM mue_releases ORDER BY effective_from
)");
const auto kInsertMueRelease = QStringLiteral(R"(
INSERT INTO mue_releases (name, effective_from, row_count, imported_at, imported_by)
VALUES (:name, :effective, :rows, :imported_at, :imported_by)
)");
const auto kInsertMueValue = QStringLiteral(R"(
INSERT INTO mue_values (release_id, code, max_units, adjudication_indicator, rationale)
VALUES (:release, :code, :units, :indicator, :rationale)
)");
const auto kSelectMueValues = QStringLiteral(R"(
SELECT code, max_units, adjudication_indicator, rationale FROM mue_values
WHERE release_id = :release
)");
const auto kDeleteMueValues = QStringLiteral("DELETE FROM mue_values WHERE release_id = :release");
const auto kDeleteMueRelease = QStringLiteral("DELETE FROM mue_releases WHERE id = :release");

// %1: empty, or a condition on the patient ids (see idCondition()).
const auto kSelectAuthorizations = QStringLiteral(R"(
SELECT patient_id, payer_id, auth_number, codes, valid_from, valid_to
FROM prior_authorizations %1
ORDER BY patient_id, valid_from, id
)");
const auto kSelectBilled = QStringLiteral(R"(
SELECT e.patient_id, c.patient_control_number, l.service_date, l.code, l.modifier1, l.modifier2,
       l.modifier3, l.modifier4, coalesce(c.payer_id, 0)
FROM claim_lines l
JOIN claims c ON c.id = l.claim_id
JOIN encounters e ON e.id = c.encounter_id
%1
ORDER BY e.patient_id, l.service_date, c.id, l.line_no
)");

// Rows per INSERT statement: SQLite binds at most 32,766 values a statement; 7 × 256 stays
// far below, and larger batches gain nothing measurable.
constexpr int kPtpBatchRows = 256;
constexpr int kPtpColumns = 7;
// Rows between two progress calls.
constexpr qint64 kProgressEvery = 16384;
// Patient ids per query: "IN (?, …)" with this many values; a short last chunk repeats an id.
constexpr int kIdChunk = 64;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString isoDay(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

/// A YYYYMMDD integer as a date (invalid for 0 or NULL).
QDate fromDayNumber(qint64 n)
{
    return n > 0 ? QDate(int(n / 10000), int(n / 100 % 100), int(n % 100)) : QDate();
}

/// The text of a date for the insert: the PTP files hold a few hundred distinct dates, so
/// each is formatted once.
class DayTexts
{
public:
    QVariant operator()(const QDate &d)
    {
        if (!d.isValid())
            return nullText();
        auto it = m_texts.constFind(d.toJulianDay());
        if (it == m_texts.cend())
            it = m_texts.insert(d.toJulianDay(), QVariant(isoDay(d)));
        return it.value();
    }

private:
    QHash<qint64, QVariant> m_texts;
};

/// Shares equal strings of a long load (codes, rationales), which repeat across rows.
class StringPool
{
public:
    QString operator()(const QString &s)
    {
        auto it = m_pool.constFind(s);
        if (it != m_pool.cend())
            return *it;
        m_pool.insert(s);
        return s;
    }

private:
    QSet<QString> m_pool;
};

/**
 * The names of the values of the multi-row PTP insert, row by row: ":r0c0" … ":r255c6".
 * Named binds with names made once cost a third less than positional ones, for which Qt
 * formats a name at every bind (QSqlResultPrivate::fieldSerial); this matters a million times.
 */
const QStringList &ptpPlaceholders()
{
    static const QStringList names = [] {
        QStringList out;
        out.reserve(kPtpBatchRows * kPtpColumns);
        for (int r = 0; r < kPtpBatchRows; ++r) {
            for (int c = 0; c < kPtpColumns; ++c)
                out.append(QStringLiteral(":r%1c%2").arg(r).arg(c));
        }
        return out;
    }();
    return names;
}

/// The VALUES tuples of an insert of @p rows rows.
QString ptpTuples(int rows)
{
    const QStringList &names = ptpPlaceholders();
    QStringList tuples;
    for (int r = 0; r < rows; ++r) {
        tuples.append(QLatin1Char('(')
                      + names.mid(r * kPtpColumns, kPtpColumns).join(QStringLiteral(", "))
                      + QLatin1Char(')'));
    }
    return tuples.join(QStringLiteral(",\n"));
}

/// After a loop over next(): an error when the rows stopped on one rather than at their end.
/// Finishes the query either way.
Result<void> endOfRows(QSqlQuery &q, const QString &what)
{
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid())
        return sql::toError(error, what);
    return {};
}

/// "WHERE column IN (?, ?, …)" with kIdChunk values, or nothing for every patient.
QString idCondition(const QString &column, bool everyPatient)
{
    if (everyPatient)
        return QString();
    QStringList marks;
    marks.fill(QStringLiteral("?"), kIdChunk);
    return QStringLiteral("WHERE %1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

/// @p ids without repeats, in chunks of kIdChunk (the last padded with its first id).
QList<QList<qint64>> idChunks(const QList<qint64> &ids)
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    QList<QList<qint64>> chunks;
    for (qsizetype i = 0; i < unique.size(); i += kIdChunk) {
        QList<qint64> chunk = unique.mid(i, kIdChunk);
        while (chunk.size() < kIdChunk)
            chunk.append(chunk.constFirst());
        chunks.append(chunk);
    }
    return chunks;
}

} // namespace

struct EditDataRepository::Private
{
    Database &db;
    sql::StatementCache statements{db, true};

    Result<QSqlQuery *> statement(const QString &sql, const QString &what)
    {
        return statements.get(sql, what);
    }


    /// Runs a kept statement that adds a row; returns the row's id.
    Result<qint64> insert(const QString &sql, const QString &what,
                          const std::function<void(QSqlQuery &)> &bind)
    {
        auto q = statement(sql, what);
        if (!q)
            return q.error();
        bind(*q.value());
        CC_TRY(sql::exec(*q.value(), what));
        const qint64 id = q.value()->lastInsertId().toLongLong();
        q.value()->finish();
        return id;
    }

    /**
     * Runs @p sqlTemplate (with %1 for the patient condition) for @p patientIds, a chunk at a
     * time, or once for every patient when the list is empty, and hands each row to @p read.
     */
    Result<void> forPatients(const QString &sqlTemplate, const QString &column,
                             const QString &what, const QList<qint64> &patientIds,
                             const std::function<void(const QSqlQuery &)> &read)
    {
        const bool every = patientIds.isEmpty();
        auto q = statement(sqlTemplate.arg(idCondition(column, every)), what);
        if (!q)
            return q.error();
        QSqlQuery *s = q.value();
        const QList<QList<qint64>> chunks = every ? QList<QList<qint64>>{{}} : idChunks(patientIds);
        for (const QList<qint64> &chunk : chunks) {
            for (int i = 0; i < chunk.size(); ++i)
                s->bindValue(i, chunk.at(i));
            CC_TRY(sql::exec(*s, what));
            while (s->next())
                read(*s);
            CC_TRY(endOfRows(*s, what));
        }
        return {};
    }
};

EditDataRepository::EditDataRepository(Database &db) : d(new Private{db}) { }
EditDataRepository::~EditDataRepository() = default;

Result<QList<PtpRelease>> EditDataRepository::ptpReleases()
{
    const QString what = QStringLiteral("select PTP releases");
    auto q = d->statement(kSelectPtpReleases, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    CC_TRY(sql::exec(*s, what));
    QList<PtpRelease> out;
    while (s->next()) {
        PtpRelease r;
        r.id = s->value(0).toLongLong();
        r.name = s->value(1).toString();
        r.rowCount = s->value(2).toLongLong();
        r.importedAt = s->value(3).toString();
        r.importedBy = s->value(4).toString();
        out.append(r);
    }
    CC_TRY(endOfRows(*s, what));
    return out;
}

Result<QList<MueRelease>> EditDataRepository::mueReleases()
{
    const QString what = QStringLiteral("select MUE releases");
    auto q = d->statement(kSelectMueReleases, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    CC_TRY(sql::exec(*s, what));
    QList<MueRelease> out;
    while (s->next()) {
        MueRelease r;
        r.id = s->value(0).toLongLong();
        r.name = s->value(1).toString();
        r.effective = QDate::fromString(s->value(2).toString(), Qt::ISODate);
        r.rowCount = s->value(3).toLongLong();
        r.importedAt = s->value(4).toString();
        r.importedBy = s->value(5).toString();
        out.append(r);
    }
    CC_TRY(endOfRows(*s, what));
    return out;
}

Result<qint64> EditDataRepository::insertPtpRelease(const PtpRelease &release)
{
    return d->insert(kInsertPtpRelease, QStringLiteral("insert PTP release"), [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":name"), sql::text(release.name));
        q.bindValue(QStringLiteral(":rows"), release.rowCount);
        q.bindValue(QStringLiteral(":imported_at"),
                    release.importedAt.isEmpty() ? nowUtc() : release.importedAt);
        q.bindValue(QStringLiteral(":imported_by"), sql::text(release.importedBy));
    });
}

Result<void> EditDataRepository::insertPtpEdits(qint64 releaseId, const QList<PtpEdit> &edits,
                                                const std::function<bool(qint64)> &progress)
{
    const QString what = QStringLiteral("insert PTP edits");
    auto batch = d->statement(kInsertPtpRows.arg(ptpTuples(kPtpBatchRows)), what);
    if (!batch)
        return batch.error();
    auto single = d->statement(kInsertPtpRows.arg(ptpTuples(1)), what);
    if (!single)
        return single.error();

    const QStringList &names = ptpPlaceholders();
    DayTexts day;
    const QVariant release(releaseId);
    auto bindRow = [&](QSqlQuery &q, int row, const PtpEdit &e) {
        const qsizetype at = qsizetype(row) * kPtpColumns;
        q.bindValue(names.at(at), release);
        q.bindValue(names.at(at + 1), e.column1);
        q.bindValue(names.at(at + 2), e.column2);
        q.bindValue(names.at(at + 3), day(e.effective));
        q.bindValue(names.at(at + 4), day(e.deleted));
        q.bindValue(names.at(at + 5), e.modifierIndicator);
        q.bindValue(names.at(at + 6), sql::text(e.rationale));
    };
    const qsizetype total = edits.size();
    qsizetype written = 0;
    qint64 reported = 0;
    while (written < total) {
        if (total - written >= kPtpBatchRows) {
            QSqlQuery *q = batch.value();
            for (int r = 0; r < kPtpBatchRows; ++r)
                bindRow(*q, r, edits.at(written + r));
            CC_TRY(sql::exec(*q, what));
            written += kPtpBatchRows;
        } else {
            QSqlQuery *q = single.value();
            bindRow(*q, 0, edits.at(written));
            CC_TRY(sql::exec(*q, what));
            ++written;
        }
        if (progress && (written - reported >= kProgressEvery || written == total)) {
            reported = written;
            if (!progress(written)) {
                batch.value()->finish();
                single.value()->finish();
                return Error::make(Error::Kind::Cancelled, QString(),
                                   QStringLiteral("insert PTP edits: stopped by the caller"));
            }
        }
    }
    batch.value()->finish();
    single.value()->finish();
    return {};
}

Result<void> EditDataRepository::removePtpRelease(qint64 releaseId)
{
    const auto bind = [&](QSqlQuery &q) { q.bindValue(QStringLiteral(":release"), releaseId); };
    CC_TRY(d->statements.execute(kDeletePtpRows, QStringLiteral("delete PTP edits"), bind));
    return d->statements.execute(kDeletePtpRelease, QStringLiteral("delete PTP release"), bind);
}

Result<qint64> EditDataRepository::insertMueRelease(const MueRelease &release)
{
    return d->insert(kInsertMueRelease, QStringLiteral("insert MUE release"), [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":name"), sql::text(release.name));
        q.bindValue(QStringLiteral(":effective"), isoDay(release.effective));
        q.bindValue(QStringLiteral(":rows"), release.rowCount);
        q.bindValue(QStringLiteral(":imported_at"),
                    release.importedAt.isEmpty() ? nowUtc() : release.importedAt);
        q.bindValue(QStringLiteral(":imported_by"), sql::text(release.importedBy));
    });
}

Result<void> EditDataRepository::insertMueValues(qint64 releaseId, const QList<MueValue> &values)
{
    const QString what = QStringLiteral("insert MUE value");
    auto q = d->statement(kInsertMueValue, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    for (const MueValue &v : values) {
        s->bindValue(0, releaseId);
        s->bindValue(1, v.code);
        s->bindValue(2, v.maxUnits);
        s->bindValue(3, v.indicator);
        s->bindValue(4, sql::text(v.rationale));
        CC_TRY(sql::exec(*s, what));
    }
    s->finish();
    return {};
}

Result<void> EditDataRepository::removeMueRelease(qint64 releaseId)
{
    const auto bind = [&](QSqlQuery &q) { q.bindValue(QStringLiteral(":release"), releaseId); };
    CC_TRY(d->statements.execute(kDeleteMueValues, QStringLiteral("delete MUE values"), bind));
    return d->statements.execute(kDeleteMueRelease, QStringLiteral("delete MUE release"), bind);
}

Result<void> EditDataRepository::loadPtp(PtpTable &out)
{
    out = PtpTable();
    const QString releaseWhat = QStringLiteral("select newest PTP release");
    auto r = d->statement(kSelectNewestPtpRelease, releaseWhat);
    if (!r)
        return r.error();
    QSqlQuery *release = r.value();
    CC_TRY(sql::exec(*release, releaseWhat));
    if (!release->next())
        return endOfRows(*release, releaseWhat); // no release imported yet, or an error
    const qint64 releaseId = release->value(0).toLongLong();
    const QString name = release->value(1).toString();
    const qint64 rows = release->value(2).toLongLong();
    release->finish();

    const QString what = QStringLiteral("select PTP edits");
    auto q = d->statement(kSelectPtpRows, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":release"), releaseId);
    CC_TRY(sql::exec(*s, what));
    out.release = name;
    out.reserve(rows);
    // Equal strings are stored once: the file names some fifteen thousand codes and a few
    // dozen rationales. Rows come in file order, by column 1: compare with the row before
    // first, which is cheaper than the pool's lookup.
    StringPool strings;
    QString column1;
    QString rationale;
    while (s->next()) {
        PtpEdit e;
        const QString code = s->value(0).toString();
        if (code != column1)
            column1 = strings(code);
        e.column1 = column1;
        e.column2 = strings(s->value(1).toString());
        e.effective = fromDayNumber(s->value(2).toLongLong());
        e.deleted = fromDayNumber(s->value(3).toLongLong());
        e.modifierIndicator = s->value(4).toInt();
        const QString text = s->value(5).toString();
        if (text != rationale)
            rationale = strings(text);
        e.rationale = rationale;
        out.add(std::move(e));
    }
    // next() is false at the end and on an error: a half-read table must not pass as whole.
    if (auto r = endOfRows(*s, what); !r) {
        out = PtpTable();
        return r;
    }
    return {};
}

Result<QList<MueTable>> EditDataRepository::loadMue()
{
    auto releases = mueReleases();
    if (!releases)
        return releases.error();
    const QString what = QStringLiteral("select MUE values");
    auto q = d->statement(kSelectMueValues, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    QList<MueTable> out;
    for (const MueRelease &r : std::as_const(releases.value())) {
        MueTable t;
        t.release = r.name;
        t.effective = r.effective;
        t.values.reserve(r.rowCount);
        s->bindValue(QStringLiteral(":release"), r.id);
        CC_TRY(sql::exec(*s, what));
        while (s->next()) {
            MueValue v;
            v.code = s->value(0).toString();
            v.maxUnits = s->value(1).toInt();
            v.indicator = s->value(2).toInt();
            v.rationale = s->value(3).toString();
            t.values.insert(v.code, v);
        }
        CC_TRY(endOfRows(*s, what));
        out.append(std::move(t));
    }
    return out;
}

Result<QMultiHash<qint64, Authorization>>
EditDataRepository::authorizations(const QList<qint64> &patientIds)
{
    QMultiHash<qint64, Authorization> out;
    auto r = d->forPatients(kSelectAuthorizations, QStringLiteral("patient_id"),
                            QStringLiteral("select prior authorizations"), patientIds,
                            [&out](const QSqlQuery &q) {
                                Authorization a;
                                a.patientId = q.value(0).toLongLong();
                                a.payerId = q.value(1).toLongLong();
                                a.number = q.value(2).toString();
                                a.codes = q.value(3).toString().simplified().split(
                                        QLatin1Char(' '), Qt::SkipEmptyParts);
                                a.from = QDate::fromString(q.value(4).toString(), Qt::ISODate);
                                a.to = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                                out.insert(a.patientId, a);
                            });
    if (!r)
        return r.error();
    return out;
}

Result<QMultiHash<qint64, BilledService>>
EditDataRepository::billedServices(const QList<qint64> &patientIds)
{
    QMultiHash<qint64, BilledService> out;
    auto r = d->forPatients(kSelectBilled, QStringLiteral("e.patient_id"),
                            QStringLiteral("select billed services"), patientIds,
                            [&out](const QSqlQuery &q) {
                                BilledService b;
                                b.patientId = q.value(0).toLongLong();
                                b.claimId = q.value(1).toString();
                                b.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
                                b.code = q.value(3).toString();
                                for (int i = 4; i < 8; ++i) {
                                    const QString m = q.value(i).toString().trimmed();
                                    if (!m.isEmpty())
                                        b.modifiers.append(m);
                                }
                                b.payerId = q.value(8).toLongLong();
                                out.insert(b.patientId, b);
                            });
    if (!r)
        return r.error();
    return out;
}

} // namespace cc

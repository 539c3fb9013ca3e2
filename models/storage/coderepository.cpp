// SPDX-License-Identifier: GPL-3.0-or-later
#include "coderepository.h"
#include "database.h"
#include "dialect_p.h"
#include "sqlerror_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <numeric>

namespace cc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::CodeRepository)
};

const auto kReleaseColumns = QStringLiteral(
        "id, kind, name, effective_from, effective_to, source, code_count, modifier_count, "
        "imported_at, imported_by");
const auto kSelectReleases = QStringLiteral(R"(
SELECT %1 FROM code_releases ORDER BY kind, effective_from
)").arg(kReleaseColumns);
const auto kSelectReleasesInForce = QStringLiteral(R"(
SELECT %1 FROM code_releases
WHERE effective_from <= :date AND (effective_to IS NULL OR effective_to >= :date)
ORDER BY kind
)").arg(kReleaseColumns);
const auto kInsertRelease = QStringLiteral(R"(
INSERT INTO code_releases (kind, name, effective_from, source, imported_at, imported_by)
VALUES (:kind, :name, :from, :source, :imported_at, :imported_by)
)");
const auto kUpdateCounts = QStringLiteral(
        "UPDATE code_releases SET code_count = :codes, modifier_count = :modifiers WHERE id = :id");
const auto kUpdateEffectiveTo
        = QStringLiteral("UPDATE code_releases SET effective_to = :to WHERE id = :id");
const auto kDeleteCodes = QStringLiteral("DELETE FROM codes WHERE release_id = :release");
const auto kDeleteModifiers
        = QStringLiteral("DELETE FROM code_modifiers WHERE release_id = :release");
const auto kDeleteRelease = QStringLiteral("DELETE FROM code_releases WHERE id = :release");
const auto kInsertCode = QStringLiteral(R"(
INSERT INTO codes (id, release_id, code, billable, short_description, long_description,
                   add_date, term_date)
VALUES (:id, :release, :code, :billable, :short, :long, :add_date, :term_date)
)");
const auto kInsertModifier = QStringLiteral(R"(
INSERT INTO code_modifiers (release_id, modifier, short_description, long_description,
                            add_date, term_date)
VALUES (:release, :modifier, :short, :long, :add_date, :term_date)
)");

const auto kEntryColumns = QStringLiteral(
        "c.id, c.code, c.billable, c.short_description, c.long_description, c.add_date, "
        "c.term_date");
const auto kSelectPrefix = QStringLiteral(R"(
SELECT %1 FROM codes c
WHERE c.release_id = :release AND c.code >= :from AND c.code < :to
  AND (c.term_date IS NULL OR c.term_date >= :date) AND c.billable >= :min_billable
ORDER BY c.code
LIMIT :limit
)").arg(kEntryColumns);
// Driven by the (few) releases, so each probe uses the (release_id, code) index.
const auto kSelectOccurrences = QStringLiteral(R"(
SELECT %1, r.id, r.kind, r.name, r.effective_from, r.effective_to, r.source, r.code_count,
       r.modifier_count, r.imported_at, r.imported_by
FROM code_releases r CROSS JOIN codes c
WHERE c.release_id = r.id AND c.code = :code
ORDER BY r.effective_from DESC, r.kind
)").arg(kEntryColumns);
const auto kSelectModifiers = QStringLiteral(R"(
SELECT modifier, short_description, long_description, add_date, term_date
FROM code_modifiers WHERE release_id = :release ORDER BY modifier
)");

constexpr qint64 kInsertBatch = 4096;
// A word of at least this many characters is looked up in the vocabulary and searched as the
// terms it starts ("fract" → fracture OR fractured OR fractures): FTS5 then seeks in each term's
// list instead of merging every list the prefix covers, which costs milliseconds for common
// words. Shorter words use the prefix index, or the prefix itself when they start more terms
// than kMaxExpansion.
constexpr int kExpandFrom = 3;
constexpr int kMaxExpansion = 48;

QVariant dateValue(const std::optional<QDate> &d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDate> readDate(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

/// Reads the release columns starting at @p at.
CodeRelease readRelease(const QSqlQuery &q, int at)
{
    CodeRelease r;
    r.id = q.value(at).toLongLong();
    r.kind = codekind::fromKey(q.value(at + 1).toString()).value_or(CodeKind::Icd10Cm);
    r.name = q.value(at + 2).toString();
    r.effectiveFrom = QDate::fromString(q.value(at + 3).toString(), Qt::ISODate);
    r.effectiveTo = readDate(q.value(at + 4));
    r.source = q.value(at + 5).toString();
    r.codeCount = q.value(at + 6).toLongLong();
    r.modifierCount = q.value(at + 7).toLongLong();
    r.importedAt = q.value(at + 8).toString();
    r.importedBy = q.value(at + 9).toString();
    return r;
}

/// Reads the kEntryColumns of a row.
CodeEntry readEntry(const QSqlQuery &q, CodeKind kind, qint64 releaseId)
{
    CodeEntry e;
    e.id = q.value(0).toLongLong();
    e.releaseId = releaseId;
    e.kind = kind;
    e.code = q.value(1).toString();
    e.billable = q.value(2).toInt() != 0;
    e.shortDescription = q.value(3).toString();
    e.longDescription = q.value(4).toString();
    e.addDate = readDate(q.value(5));
    e.termDate = readDate(q.value(6));
    return e;
}

/// The order of codes inside a release's band, and of word matches merged across releases.
bool generalFirst(qsizetype lengthA, const QString &codeA, qsizetype lengthB,
                  const QString &codeB)
{
    return lengthA != lengthB ? lengthA < lengthB : codeA < codeB;
}

/// @p term as an FTS5 string: quoted, so that AND, OR, NOT and punctuation are plain text.
QString quotedTerm(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The first string after every string that starts with @p prefix ("E11" → "E12").
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

} // namespace

struct CodeRepository::Private
{
    Database &db;
    sql::StatementCache statements{db, true};

    Result<QSqlQuery *> statement(const QString &sql, const QString &what)
    {
        return statements.get(sql, what);
    }


    Result<QList<CodeRelease>> readReleases(QSqlQuery &q, const QString &what)
    {
        CC_TRY(sql::exec(q, what));
        QList<CodeRelease> out;
        while (q.next())
            out.append(readRelease(q, 0));
        q.finish();
        return out;
    }
};

CodeRepository::CodeRepository(Database &db) : d(new Private{db}) { }
CodeRepository::~CodeRepository() = default;

Result<QList<CodeRelease>> CodeRepository::releases()
{
    const QString what = QStringLiteral("select code releases");
    auto q = d->statement(kSelectReleases, what);
    if (!q)
        return q.error();
    return d->readReleases(*q.value(), what);
}

Result<QList<CodeRelease>> CodeRepository::releasesInForce(const QDate &date)
{
    const QString what = QStringLiteral("select code releases in force");
    auto q = d->statement(kSelectReleasesInForce, what);
    if (!q)
        return q.error();
    q.value()->bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    return d->readReleases(*q.value(), what);
}

Result<qint64> CodeRepository::insertRelease(const CodeRelease &release)
{
    const QString what = QStringLiteral("insert code release");
    auto q = d->statement(kInsertRelease, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":kind"), codekind::key(release.kind));
    s->bindValue(QStringLiteral(":name"), sql::text(release.name));
    s->bindValue(QStringLiteral(":from"), release.effectiveFrom.toString(Qt::ISODate));
    s->bindValue(QStringLiteral(":source"), sql::text(release.source));
    s->bindValue(QStringLiteral(":imported_at"),
                 release.importedAt.isEmpty()
                         ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                         : release.importedAt);
    s->bindValue(QStringLiteral(":imported_by"), sql::text(release.importedBy));
    CC_TRY(sql::exec(*s, what));
    const qint64 id = s->lastInsertId().toLongLong();
    s->finish();
    return id;
}

Result<void> CodeRepository::setCounts(qint64 releaseId, qint64 codes, qint64 modifiers)
{
    return d->statements.execute(kUpdateCounts, QStringLiteral("update code release counts"), [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":codes"), codes);
        q.bindValue(QStringLiteral(":modifiers"), modifiers);
        q.bindValue(QStringLiteral(":id"), releaseId);
    });
}

Result<void> CodeRepository::setEffectiveTo(qint64 releaseId,
                                            const std::optional<QDate> &effectiveTo)
{
    return d->statements.execute(kUpdateEffectiveTo, QStringLiteral("update code release range"),
                  [&](QSqlQuery &q) {
                      q.bindValue(QStringLiteral(":to"), dateValue(effectiveTo));
                      q.bindValue(QStringLiteral(":id"), releaseId);
                  });
}

Result<void> CodeRepository::removeRelease(qint64 releaseId)
{
    const auto bindRelease = [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":release"), releaseId);
    };
    const sql::dialect::CodeSearch &search = sql::dialect::codeSearch(d->db.engine());
    if (!search.unindex.isEmpty())
        CC_TRY(d->statements.execute(search.unindex, QStringLiteral("unindex code release"),
                                     bindRelease));
    CC_TRY(d->statements.execute(kDeleteCodes, QStringLiteral("delete release codes"), bindRelease));
    CC_TRY(d->statements.execute(kDeleteModifiers, QStringLiteral("delete release modifiers"), bindRelease));
    return d->statements.execute(kDeleteRelease, QStringLiteral("delete code release"), bindRelease);
}

Result<void> CodeRepository::insertCodes(qint64 releaseId, const QList<CodeRecord> &codes,
                                         const std::function<bool(qint64)> &progress)
{
    if (codes.size() >= kBandSize) {
        return Error::invalid(Tr::tr("A release holds at most %1 codes; this one has %2.")
                                      .arg(kBandSize - 1)
                                      .arg(codes.size()));
    }
    // Number the codes most general (shortest description) first: see the class comment.
    QList<qsizetype> order(codes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&codes](qsizetype a, qsizetype b) {
        const CodeRecord &x = codes.at(a);
        const CodeRecord &y = codes.at(b);
        const QString &dx = x.longDescription.isEmpty() ? x.shortDescription : x.longDescription;
        const QString &dy = y.longDescription.isEmpty() ? y.shortDescription : y.longDescription;
        return generalFirst(dx.size(), x.code, dy.size(), y.code);
    });

    const QString insertWhat = QStringLiteral("insert code");
    const QString indexWhat = QStringLiteral("index codes");
    auto insert = d->statement(kInsertCode, insertWhat);
    if (!insert)
        return insert.error();
    const QString &indexSql = sql::dialect::codeSearch(d->db.engine()).index;
    QSqlQuery *x = nullptr;
    if (!indexSql.isEmpty()) {
        auto index = d->statement(indexSql, indexWhat);
        if (!index)
            return index.error();
        x = index.value();
    }
    QSqlQuery *s = insert.value();
    const qint64 base = releaseId * kBandSize;
    qint64 written = 0;
    while (written < codes.size()) {
        const qint64 batchEnd = qMin<qint64>(written + kInsertBatch, codes.size());
        for (qint64 i = written; i < batchEnd; ++i) {
            const CodeRecord &c = codes.at(order.at(i));
            // Positional binds: this loop runs 75,000 times for ICD-10-CM.
            s->bindValue(0, base + i + 1);
            s->bindValue(1, releaseId);
            s->bindValue(2, c.code);
            s->bindValue(3, c.billable ? 1 : 0);
            s->bindValue(4, sql::text(c.shortDescription));
            s->bindValue(5, sql::text(c.longDescription));
            s->bindValue(6, dateValue(c.addDate));
            s->bindValue(7, dateValue(c.termDate));
            CC_TRY(sql::exec(*s, insertWhat));
        }
        if (x) {
            x->bindValue(QStringLiteral(":first"), base + written + 1);
            x->bindValue(QStringLiteral(":last"), base + batchEnd);
            CC_TRY(sql::exec(*x, indexWhat));
        }
        written = batchEnd;
        if (progress && !progress(written)) {
            return Error::make(Error::Kind::Cancelled, QString(),
                               QStringLiteral("insert codes: stopped by the caller"));
        }
    }
    s->finish();
    if (x)
        x->finish();
    return {};
}

Result<void> CodeRepository::insertModifiers(qint64 releaseId,
                                             const QList<ModifierRecord> &modifiers)
{
    const QString what = QStringLiteral("insert modifier");
    for (const ModifierRecord &m : modifiers) {
        CC_TRY(d->statements.execute(kInsertModifier, what, [&](QSqlQuery &q) {
            q.bindValue(QStringLiteral(":release"), releaseId);
            q.bindValue(QStringLiteral(":modifier"), m.modifier);
            q.bindValue(QStringLiteral(":short"), sql::text(m.shortDescription));
            q.bindValue(QStringLiteral(":long"), sql::text(m.longDescription));
            q.bindValue(QStringLiteral(":add_date"), dateValue(m.addDate));
            q.bindValue(QStringLiteral(":term_date"), dateValue(m.termDate));
        }));
    }
    return {};
}

Result<void> CodeRepository::optimizeSearchIndex()
{
    const QString &optimize = sql::dialect::codeSearch(d->db.engine()).optimize;
    if (optimize.isEmpty())
        return {};
    return sql::run(d->db.connection(), optimize, QStringLiteral("optimize code search"));
}

Result<QList<CodeEntry>> CodeRepository::codesWithPrefix(const QList<CodeRelease> &releases,
                                                         const QString &prefix,
                                                         const QDate &date, int limit,
                                                         bool billableOnly)
{
    QList<CodeEntry> out;
    if (prefix.isEmpty() || limit <= 0)
        return out;
    const QString what = QStringLiteral("select codes by prefix");
    auto q = d->statement(kSelectPrefix, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    for (const CodeRelease &release : releases) {
        s->bindValue(QStringLiteral(":release"), release.id);
        s->bindValue(QStringLiteral(":from"), prefix);
        s->bindValue(QStringLiteral(":to"), prefixEnd(prefix));
        s->bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
        s->bindValue(QStringLiteral(":min_billable"), billableOnly ? 1 : 0);
        s->bindValue(QStringLiteral(":limit"), limit);
        CC_TRY(sql::exec(*s, what));
        while (s->next())
            out.append(readEntry(*s, release.kind, release.id));
        s->finish();
    }
    // The code itself first; then diagnoses before procedures, each code set in code order
    // (a header before its children).
    std::stable_sort(out.begin(), out.end(), [&prefix](const CodeEntry &a, const CodeEntry &b) {
        const bool exactA = a.code == prefix;
        const bool exactB = b.code == prefix;
        if (exactA != exactB)
            return exactA;
        return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.code < b.code;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<std::optional<QString>> CodeRepository::matchExpression(const QStringList &words)
{
    const QString what = QStringLiteral("expand search word");
    const sql::dialect::CodeSearch &search = sql::dialect::codeSearch(d->db.engine());
    QStringList parts;
    if (search.tsquery) {
        // Every word as a prefix ("fract:*"), letters and digits only (the rest of a tsquery
        // is its syntax); the engine's index serves prefixes itself.
        const QString accented = sql::dialect::accented();
        const QString unaccented = sql::dialect::unaccented();
        for (const QString &word : words) {
            QString plain;
            for (QChar c : word) {
                if (const qsizetype at = accented.indexOf(c); at >= 0)
                    c = unaccented.at(at);
                if (c.isLetterOrNumber())
                    plain.append(c.toLower());
            }
            if (!plain.isEmpty())
                parts.append(plain + QStringLiteral(":*"));
        }
        if (parts.isEmpty())
            return std::optional<QString>();
        return std::optional<QString>(parts.join(QLatin1String(" & ")));
    }
    for (const QString &word : words) {
        if (word.size() < kExpandFrom) {
            parts.append(quotedTerm(word) + QLatin1Char('*'));
            continue;
        }
        auto q = d->statement(search.terms, what);
        if (!q)
            return q.error();
        QSqlQuery *s = q.value();
        s->bindValue(QStringLiteral(":from"), word);
        s->bindValue(QStringLiteral(":to"), prefixEnd(word));
        s->bindValue(QStringLiteral(":limit"), kMaxExpansion + 1);
        CC_TRY(sql::exec(*s, what));
        QStringList terms;
        while (s->next())
            terms.append(quotedTerm(s->value(0).toString()));
        s->finish();
        if (terms.isEmpty())
            return std::optional<QString>(); // no indexed word starts so: nothing can match
        if (terms.size() > kMaxExpansion)
            parts.append(quotedTerm(word) + QLatin1Char('*'));
        else if (terms.size() == 1)
            parts.append(terms.constFirst());
        else
            parts.append(QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    // Every part must match (FTS5 wants AND spelled out between parenthesized groups).
    return std::optional<QString>(parts.join(QLatin1String(" AND ")));
}

Result<QList<CodeEntry>> CodeRepository::codesMatchingWords(const QList<CodeRelease> &releases,
                                                            const QStringList &words,
                                                            const QDate &date, int limit)
{
    QList<CodeEntry> out;
    if (words.isEmpty() || limit <= 0)
        return out;
    const QString what = QStringLiteral("search codes by words");
    auto q = d->statement(sql::dialect::codeSearch(d->db.engine()).words.arg(kEntryColumns), what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    auto expression = matchExpression(words);
    if (!expression)
        return expression.error();
    if (!expression->has_value())
        return out;
    const QString match = **expression;
    for (const CodeRelease &release : releases) {
        s->bindValue(QStringLiteral(":match"), match);
        s->bindValue(QStringLiteral(":first"), release.id * kBandSize);
        s->bindValue(QStringLiteral(":last"), (release.id + 1) * kBandSize - 1);
        s->bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
        s->bindValue(QStringLiteral(":limit"), limit);
        CC_TRY(sql::exec(*s, what));
        while (s->next())
            out.append(readEntry(*s, release.kind, release.id));
        s->finish();
    }
    // Each release's matches come most general first; merge them in the same order.
    std::stable_sort(out.begin(), out.end(), [](const CodeEntry &a, const CodeEntry &b) {
        return generalFirst(a.description().size(), a.code, b.description().size(), b.code);
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<std::pair<CodeEntry, CodeRelease>>> CodeRepository::occurrences(const QString &code)
{
    const QString what = QStringLiteral("select code occurrences");
    auto q = d->statement(kSelectOccurrences, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":code"), code);
    CC_TRY(sql::exec(*s, what));
    QList<std::pair<CodeEntry, CodeRelease>> out;
    while (s->next()) {
        const CodeRelease release = readRelease(*s, 7);
        out.append({readEntry(*s, release.kind, release.id), release});
    }
    s->finish();
    return out;
}

Result<QList<CodeModifier>> CodeRepository::modifiers(const CodeRelease &release)
{
    const QString what = QStringLiteral("select modifiers");
    auto q = d->statement(kSelectModifiers, what);
    if (!q)
        return q.error();
    QSqlQuery *s = q.value();
    s->bindValue(QStringLiteral(":release"), release.id);
    CC_TRY(sql::exec(*s, what));
    QList<CodeModifier> out;
    while (s->next()) {
        CodeModifier m;
        m.releaseId = release.id;
        m.kind = release.kind;
        m.modifier = s->value(0).toString();
        m.shortDescription = s->value(1).toString();
        m.longDescription = s->value(2).toString();
        m.addDate = readDate(s->value(3));
        m.termDate = readDate(s->value(4));
        out.append(m);
    }
    s->finish();
    return out;
}

} // namespace cc

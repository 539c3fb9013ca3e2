// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codeentry.h"
#include "domain/error.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

namespace cc {

class Database;

/**
 * Code-set releases, their codes and modifiers, and the FTS5 search index over the codes.
 *
 * Layout: each release owns a band of row ids, [release id × 2^24, +2^24); inside it the codes
 * are numbered by the length of their description, then by code. The search index shares the
 * ids, so a word search reads only the bands of the releases in force, stops after the first
 * matches it needs, and those are the most general codes (the shortest titles: "Type 2
 * diabetes mellitus" before its fifty complications). The index is an external-content FTS5
 * table: this class adds and removes its entries together with the codes, in the caller's
 * transaction.
 *
 * Statements are prepared once and kept for the life of the repository, so a search per
 * keystroke does not re-prepare. Not thread-safe: one repository per connection.
 */
class CodeRepository
{
public:
    /// The most codes one release can hold (the width of its id band).
    static constexpr qint64 kBandSize = qint64(1) << 24;

    explicit CodeRepository(Database &db);
    ~CodeRepository();

    /// Every release, by kind then effective date.
    Result<QList<CodeRelease>> releases();
    /// The releases in force on @p date (at most one per kind).
    Result<QList<CodeRelease>> releasesInForce(const QDate &date);
    /// Adds an empty release; returns its id. effectiveTo and the counts are set later.
    Result<qint64> insertRelease(const CodeRelease &release);
    Result<void> setCounts(qint64 releaseId, qint64 codes, qint64 modifiers);
    Result<void> setEffectiveTo(qint64 releaseId, const std::optional<QDate> &effectiveTo);
    /// Removes a release with its codes, their search entries and its modifiers.
    Result<void> removeRelease(qint64 releaseId);

    /**
     * Writes @p codes into the empty release @p releaseId and indexes them for search. After
     * each batch calls @p progress with the number written so far; when it returns false,
     * stops with an Error of kind Cancelled (the caller's transaction then rolls back).
     */
    Result<void> insertCodes(qint64 releaseId, const QList<CodeRecord> &codes,
                             const std::function<bool(qint64)> &progress = {});
    Result<void> insertModifiers(qint64 releaseId, const QList<ModifierRecord> &modifiers);
    /// Merges the search index into one segment (after a large import: faster prefixes).
    Result<void> optimizeSearchIndex();

    /**
     * Codes of @p releases that start with @p prefix (normalized) and are not terminated
     * before @p date: @p prefix itself first, then ICD-10-CM, HCPCS and CPT codes, each in code
     * order (a header before its children), at most @p limit.
     * With @p billableOnly, headers are left out.
     */
    Result<QList<CodeEntry>> codesWithPrefix(const QList<CodeRelease> &releases,
                                             const QString &prefix, const QDate &date,
                                             int limit, bool billableOnly = false);
    /**
     * Codes of @p releases whose code or descriptions hold a word starting with each of
     * @p words (folded as the index folds them: lower case, no diacritics; any order), not
     * terminated before @p date: the shortest descriptions first, at most @p limit.
     */
    Result<QList<CodeEntry>> codesMatchingWords(const QList<CodeRelease> &releases,
                                                const QStringList &words, const QDate &date,
                                                int limit);
    /// Every entry of @p code (normalized) with its release, newest release first.
    Result<QList<std::pair<CodeEntry, CodeRelease>>> occurrences(const QString &code);
    /// The modifiers of @p release, in order.
    Result<QList<CodeModifier>> modifiers(const CodeRelease &release);

private:
    /// The FTS5 expression requiring every word of @p words as a prefix, or nullopt when some
    /// word starts no indexed term (then nothing can match).
    Result<std::optional<QString>> matchExpression(const QStringList &words);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cc

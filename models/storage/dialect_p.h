// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to models/storage/.

#include "database.h"

#include <QStringList>

/**
 * Where SQLite and PostgreSQL differ, for the statements every engine runs: the one place
 * that says so (issue 8). Repositories write SQL both engines read (standard SQL, `||`,
 * coalesce, `RETURNING`, ISO dates and times as text); what cannot be written so is here.
 */
namespace cc::sql::dialect {

/**
 * A statement of a migration file (written for SQLite) as @p engine runs it: the same text on
 * SQLite; on PostgreSQL, 64-bit integer columns and identity keys, and nothing at all for what
 * only SQLite has (PRAGMA, its schema table, FTS5 virtual tables).
 */
QStringList migration(Database::Engine engine, const QString &statement);

/**
 * What @p engine adds after migration step @p version: on PostgreSQL, after step 2, the code
 * search SQLite keeps in FTS5 (a generated full-text column over each code and a GIN index).
 */
QStringList afterMigration(Database::Engine engine, int version);

/// Code search (CodeRepository): how codes are indexed and searched by words.
struct CodeSearch
{
    QString index;    ///< binds :first, :last (code ids); empty: the engine keeps it itself
    QString unindex;  ///< binds :release; empty when nothing is needed
    QString optimize; ///< empty when nothing is needed
    /// %1: the columns; binds :match, :first, :last, :date, :limit. Rows in id order.
    QString words;
    /// The vocabulary (binds :from, :to, :limit), when the engine has one to expand prefixes.
    QString terms;
    /// How the words' expression is written: FTS5 ("a"* AND ("b" OR "c")) or a tsquery.
    bool tsquery = false;
};
const CodeSearch &codeSearch(Database::Engine engine);

/// Statements that make the schema-version record exist (none on SQLite: PRAGMA user_version).
QStringList prepareVersion(Database::Engine engine);
/// The query that reads the schema version (one row, one integer).
QString readVersion(Database::Engine engine);
/// The statements that record schema version @p version.
QStringList writeVersion(Database::Engine engine, int version);
/// The query counting tables that are not CleanClaim's own bookkeeping (one integer).
QString countTables(Database::Engine engine);
/// " FOR UPDATE" where a read must lock the rows it reads until the transaction ends (on
/// SQLite the write transaction holds the whole database already).
QString forUpdate(Database::Engine engine);
/// The statement that tells other connections work was committed (empty: they poll instead).
QString announceWork(Database::Engine engine);
/// The channel announceWork() speaks on.
QString workChannel();

/// The accented Latin letters a server's code search folds, and what each becomes (the same
/// length): the index and the words searched for are folded alike.
QString accented();
QString unaccented();

/// The statement that makes a posting wait for other seats' postings until its transaction
/// ends (empty: the write transaction holds the practice already).
QString postingTurn(Database::Engine engine);

/// The statement that starts an outermost transaction that will write.
QString beginWrite(Database::Engine engine);

} // namespace cc::sql::dialect

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

namespace cc {

class Database;

/**
 * RAII unit of work. The outermost guard begins a write transaction; a nested guard opens a
 * SAVEPOINT. Nothing is kept unless commit() succeeds: the destructor rolls back (to the
 * savepoint when nested). One user action is one transaction; services open them.
 *
 * @code
 * Transaction tx(db);
 * CC_TRY(tx.begin());
 * …writes…
 * return tx.commit();
 * @endcode
 */
class Transaction
{
public:
    /**
     * Who checks that the links a transaction writes (claim, line, patient, remittance ids)
     * point at rows that exist. Normally the database does, on every row. A bulk writer whose
     * every id comes from rows it read or wrote under the same write lock may take it on
     * itself: posting a 33,000-claim ERA makes 700,000 such look-ups, a tenth of its time.
     * Only an outermost transaction can turn the checks off (SQLite reads the setting only
     * outside a transaction); they are back on when it ends, committed or not, and other
     * connections never lose them.
     */
    enum class Links { CheckedByDatabase, CheckedByWriter };

    explicit Transaction(Database &db, Links links = Links::CheckedByDatabase);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();
    bool isNested() const { return m_level > 1; }

private:
    void restoreLinkChecks();

    Database &m_db;
    Links m_links = Links::CheckedByDatabase;
    bool m_linksOff = false; ///< the checks were turned off by begin()
    int m_level = 0; ///< 0 = not begun or finished
};

} // namespace cc

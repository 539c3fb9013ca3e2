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
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();
    bool isNested() const { return m_level > 1; }

private:
    Database &m_db;
    int m_level = 0; ///< 0 = not begun or finished
};

} // namespace cc

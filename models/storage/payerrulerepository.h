// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "edits/editdata.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cc {

class Database;

/**
 * The payer rules the manager writes (table payer_rules, schema 4), read and written as
 * cc::PayerRule. Lists are stored space-separated; an empty list, a NULL payer and a NULL age
 * are "no condition". Each row carries a version: update() writes only over the version the
 * caller read. Opens no transaction of its own: the service does.
 */
class PayerRuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(cc::PayerRuleRepository)
public:
    /// A payer as the rules name it: its row id, its payer id code ("SMHP2") and name.
    struct PayerKey
    {
        qint64 id = 0;
        QString code;
        QString name;
        bool active = true;
    };

    explicit PayerRuleRepository(Database &db)
        : m_db(db)
    { }

    /// Every rule (or the active ones only), with its payer's name, ordered by name.
    Result<QList<PayerRule>> list(bool activeOnly);
    /// The rule @p id, or nothing when there is no such row.
    Result<std::optional<PayerRule>> get(qint64 id);
    /// Adds @p rule (its id and version are ignored) at version 1; returns the new id.
    Result<qint64> insert(const PayerRule &rule);
    /**
     * Writes @p rule over row rule.id when its version is still @p expectedVersion, and
     * returns the new version. Error::Kind::Conflict when another seat saved first;
     * Error::Kind::NotFound when the row was removed.
     */
    Result<int> update(const PayerRule &rule, int expectedVersion);
    /// Removes the rule @p id; Error::Kind::NotFound when there is no such row.
    Result<void> remove(qint64 id);

    /// Every payer of the practice (active or not), for naming payers in files.
    Result<QList<PayerKey>> payers();

private:
    Database &m_db;
};

} // namespace cc

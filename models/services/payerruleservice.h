// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "edits/editdata.h"

#include <QList>
#include <QObject>

#include <optional>

namespace cc {

class AuditService;
class Database;

/**
 * The payer rules the office manager writes: conditions on payer, codes, modifiers, place of
 * service, age and sex that raise a finding (error or warning, with a message and a fix) or
 * require a prior authorization. The scrubber reads them as cc::PayerRule.
 *
 * Any logged-in user may read the rules; every change needs Permission::ManagePayerRules, is
 * one transaction with its audit rows, and is followed by changed(). Rules travel between
 * practices as a JSON file:
 * @code
 * {"format": "cleanclaim-payer-rules", "version": 1, "exportedAt": "2026-11-27T10:00:00Z",
 *  "rules": [{"name": "Summit knee MRI", "payer": {"id": "SMHP2", "name": "Summit Health Plan"},
 *             "codes": ["73721"], "modifiersPresent": [], "modifiersAbsent": [],
 *             "placeOfService": "", "minAge": null, "maxAge": null, "sex": "",
 *             "action": "authorization", "severity": "error",
 *             "message": "…", "fix": "…", "active": true}]}
 * @endcode
 * "payer" is null for every payer; on import it is matched by its payer id code ("id"). An
 * imported rule replaces the rule of the same name (compared without regard to case) or is
 * added; the whole file is one transaction, refused whole when any rule is wrong.
 */
class PayerRuleService : public QObject
{
    Q_OBJECT
public:
    PayerRuleService(Database &db, AuditService &audit, QObject *parent = nullptr)
        : QObject(parent)
        , m_db(db)
        , m_audit(audit)
    { }

    /// The "format" and "version" of the file exportToFile() writes.
    static QString fileFormat() { return QStringLiteral("cleanclaim-payer-rules"); }
    static constexpr int kFileVersion = 1;

    /// One thing wrong with a rule: the field as the file names it ("name", "payer", "codes",
    /// "modifiersPresent", "modifiersAbsent", "placeOfService", "minAge", "maxAge", "sex",
    /// "action", "message"), the entry of a list field (-1: the field as a whole), and one
    /// translated sentence.
    struct Problem
    {
        QString field;
        int index = -1;
        QString message;
    };

    /// What an import did (or, from checkImport(), would do).
    struct ImportSummary
    {
        int added = 0; ///< rules with a name not yet in the practice
        int updated = 0; ///< rules that replaced the practice's rule of the same name
    };

    /// Every rule, or the active ones only, ordered by name. Any logged-in user.
    Result<QList<PayerRule>> rules(const Session &who, bool activeOnly = false);
    /// The rule @p id, or nothing when it does not exist. Any logged-in user.
    Result<std::optional<PayerRule>> rule(const Session &who, qint64 id);

    /**
     * Adds the rule (id 0) or changes it (its version must still be the one in the
     * database, else Error::Kind::Conflict). Trims and upper-cases it first (normalized()),
     * then refuses it with one sentence per problem (check(), an unknown payer, a name
     * another rule has). Returns the rule as saved: id, payer name and new version.
     */
    Result<PayerRule> save(const Session &who, const PayerRule &rule);
    Result<void> remove(const Session &who, qint64 id);

    /// Writes every rule (active or not) to @p path (replaced whole or not at all). Needs
    /// ManagePayerRules. Returns the number of rules written.
    Result<int> exportToFile(const Session &who, const QString &path);
    /// Reads and checks @p path as importFromFile() does, and says what it would do, writing
    /// nothing.
    Result<ImportSummary> checkImport(const Session &who, const QString &path);
    /// Imports every rule of @p path in one transaction, or none: an error names each
    /// problem by its JSON path (rules[3].codes[1]).
    Result<ImportSummary> importFromFile(const Session &who, const QString &path);

    /// The rule with its text trimmed, codes, modifiers and sex upper-cased and repeated list
    /// entries dropped.
    static PayerRule normalized(PayerRule rule);
    /// What is wrong with a (normalized) rule on its own, every problem; empty when none.
    static QList<Problem> check(const PayerRule &rule);
    /// The rule as one plain sentence: "For Summit Health Plan, 73721 needs a prior
    /// authorization active on the date of service."
    static QString describe(const PayerRule &rule);
    /// One code entry for people: "73721", "any code starting with 992", "any code from
    /// 97110 to 97140".
    static QString describeCode(const QString &entry);

signals:
    /// A rule was added, changed or removed (here or by an import).
    void changed();

private:
    struct Plan;
    Result<Plan> readFile(const Session &who, const QString &path);
    Result<void> mayRead(const Session &who) const;

    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

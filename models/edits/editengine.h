// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "editdata.h"
#include "finding.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace cc {

/**
 * Service → supporting diagnoses (NCD/LCD style), read from a rule pack file such as
 * resources/rules/medical-necessity.json. A diagnosis entry is a code prefix ("E78", "Z12.31")
 * or a range of categories ("E08-E13").
 */
class MedicalNecessityPack
{
public:
    struct Rule
    {
        QString name;
        QString source; ///< the coverage policy it summarises, e.g. "CMS Lab NCD 190.20"
        QStringList codes;
        QStringList diagnoses;
    };

    static Result<MedicalNecessityPack> fromJson(const QByteArray &json);
    /// The pack shipped in resources/rules/.
    static Result<MedicalNecessityPack> shipped();

    QString source() const { return m_source; }
    QString version() const { return m_version; }
    /// The rule for a service code, or nullptr when the pack has none.
    const Rule *ruleFor(const QString &serviceCode) const;
    /// True when @p diagnosis (no dot) falls under one of the rule's entries.
    static bool supports(const Rule &rule, const QString &diagnosis);

private:
    QString m_source;
    QString m_version;
    QList<Rule> m_rules;
    QHash<QString, qsizetype> m_index; ///< service code → its rule in m_rules
};

/**
 * The CPT and HCPCS Level II modifiers CleanClaim knows, read from a rule pack file such as
 * resources/rules/modifiers.json: the two-character codes, each with a plain label in our own
 * words (no AMA descriptors). `modifier-invalid` warns of a modifier that is not in it.
 */
class ModifierList
{
public:
    static Result<ModifierList> fromJson(const QByteArray &json);
    /// The list shipped in resources/rules/.
    static Result<ModifierList> shipped();

    QString source() const { return m_source; }
    QString version() const { return m_version; }
    bool isEmpty() const { return m_labels.isEmpty(); }
    qsizetype size() const { return m_labels.size(); }
    bool contains(const QString &modifier) const { return m_labels.contains(modifier); }
    QString label(const QString &modifier) const { return m_labels.value(modifier); }

private:
    QString m_source;
    QString m_version;
    QHash<QString, QString> m_labels;
};

/**
 * The scrubber, as a pure function of a claim and the data given to it: code validity comes
 * through a lookup function (the code-set releases in force on the date of service), medical
 * necessity from a rule pack, and NCCI PTP, MUE, payer rules, authorizations and the services
 * already billed from an EditData the caller owns (it must outlive the engine). Without
 * EditData the rules that read it (`ncci-ptp`, `mue-units`, `auth-missing`, `payer-rule`, and
 * the history half of `duplicate-claim`) do not run.
 *
 * The engine is cheap to make (the shipped modifier list is read once per process) and const
 * once made: one engine scrubs a whole run, and several threads may share it when the lookup
 * function is safe to call from them.
 */
class EditEngine
{
    Q_DECLARE_TR_FUNCTIONS(cc::EditEngine)
public:
    /// What the code sets say of one code on a date.
    struct CodeInfo
    {
        enum class Status { Valid, NotBillable, Unknown };
        Status status = Status::Unknown;
        QString description;
        QString why;    ///< the code sets' own sentence when not valid
        QString source; ///< e.g. "ICD-10-CM FY2026"
    };
    using CodeLookup
            = std::function<CodeInfo(const QString &code, const QDate &date, bool diagnosis)>;

    /// @p data may be nullptr (no PTP, MUE, payer rules, authorizations or billing history).
    EditEngine(CodeLookup lookup, MedicalNecessityPack pack, const EditData *data = nullptr);

    /// Every rule of DESIGN.md §5.
    QList<Finding> scrub(const ScrubClaim &claim, const QDate &today) const;
    /// The edits that speak to the coding (codes, demographics, medical necessity, modifiers,
    /// NCCI PTP, MUE, payer rules and authorizations): what the coding panel shows while the
    /// coder works, before a claim exists. Not the claim's completeness, dates or duplicates.
    QList<Finding> scrubCoding(const ScrubClaim &claim) const;

    static constexpr int kMaxDiagnoses = 12;
    /// Modifiers an 837P service line (SV101-3..6) holds.
    static constexpr int kMaxModifiers = 4;

    /// True for the NCCI PTP-associated modifiers that may bypass an indicator-1 edit: 59,
    /// XE XS XP XU, 24 25 57 58 78 79 27 91, E1–E4, FA F1–F9, TA T1–T9, LT RT LC LD RC LM RI.
    static bool isPtpModifier(const QString &modifier);

private:
    void codeRules(const ScrubClaim &c, QList<Finding> &out) const;
    void structureRules(const ScrubClaim &c, const QDate &today, QList<Finding> &out) const;
    void demographicRules(const ScrubClaim &c, QList<Finding> &out) const;
    void necessityRules(const ScrubClaim &c, QList<Finding> &out) const;
    void modifierRules(const ScrubClaim &c, QList<Finding> &out) const;
    void modifier25Rule(const ScrubClaim &c, QList<Finding> &out) const;
    void modifierValidityRule(const ScrubClaim &c, QList<Finding> &out) const;
    void ptpRule(const ScrubClaim &c, QList<Finding> &out) const;
    void mueRule(const ScrubClaim &c, QList<Finding> &out) const;
    void payerRules(const ScrubClaim &c, QList<Finding> &out) const;
    void duplicateRule(const ScrubClaim &c, QList<Finding> &out) const;

    CodeLookup m_lookup;
    MedicalNecessityPack m_pack;
    const EditData *m_data = nullptr;
    const ModifierList *m_modifiers = nullptr; ///< the shipped list; never nullptr
};

} // namespace cc

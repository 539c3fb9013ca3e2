// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "finding.h"

#include <QCoreApplication>

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
};

/**
 * The scrubber, as a pure function of a claim and the data given to it: code validity comes
 * through a lookup function (the code-set releases in force on the date of service), medical
 * necessity from a rule pack. This first part implements the claim-level, code-set, pointer,
 * NPI, date, demographic and medical-necessity rules of DESIGN.md §5; NCCI PTP, MUE,
 * authorizations, duplicates and payer rules follow.
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

    EditEngine(CodeLookup lookup, MedicalNecessityPack pack);

    QList<Finding> scrub(const ScrubClaim &claim, const QDate &today) const;
    /// The edits that speak to the coding alone (codes, demographics, medical necessity,
    /// modifiers): what the coding panel shows while the coder works, before a claim exists.
    QList<Finding> scrubCoding(const ScrubClaim &claim) const;

    static constexpr int kMaxDiagnoses = 12;

private:
    void codeRules(const ScrubClaim &c, QList<Finding> &out) const;
    void structureRules(const ScrubClaim &c, const QDate &today, QList<Finding> &out) const;
    void demographicRules(const ScrubClaim &c, QList<Finding> &out) const;
    void necessityRules(const ScrubClaim &c, QList<Finding> &out) const;
    void modifierRules(const ScrubClaim &c, QList<Finding> &out) const;

    CodeLookup m_lookup;
    MedicalNecessityPack m_pack;
};

} // namespace cc

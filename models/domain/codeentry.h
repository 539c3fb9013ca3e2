// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cc {

/// The code systems CleanClaim keeps releases of (DESIGN.md §4).
enum class CodeKind {
    Icd10Cm = 0x1, ///< diagnoses; a dot after the third character when shown
    Hcpcs = 0x2,   ///< HCPCS Level II procedures, supplies and drugs
    Cpt = 0x4,     ///< the practice's licensed CPT codes (numbers and our own labels only)
};
Q_DECLARE_FLAGS(CodeKinds, CodeKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(CodeKinds)

inline constexpr CodeKinds kAllCodeKinds = CodeKinds(0x7);
/// The kinds a diagnosis and a service line take.
inline constexpr CodeKinds kDiagnosisKinds = CodeKinds(0x1);
inline constexpr CodeKinds kProcedureKinds = CodeKinds(0x6);

namespace codekind {
/// "icd10cm", "hcpcs", "cpt": as stored and as printed by the headless commands.
QString key(CodeKind kind);
std::optional<CodeKind> fromKey(const QString &key);
/// "ICD-10-CM", "HCPCS", "CPT": names of the code systems, never translated.
QString label(CodeKind kind);
QList<CodeKind> all();
} // namespace codekind

/// A code as stored: no dot, no spaces, upper case ("e11.9" → "E119").
QString normalizedCode(QStringView text);
/// A code as people write it: ICD-10-CM with a dot after the category ("E119" → "E11.9"),
/// HCPCS and CPT as stored.
QString displayCode(CodeKind kind, const QString &code);

/// One code of a code-set file, as an importer reads it.
struct CodeRecord
{
    QString code; ///< normalized (no dot, upper case)
    bool billable = true; ///< false for ICD-10-CM headers (categories and subcategories)
    QString shortDescription;
    QString longDescription;
    std::optional<QDate> addDate;  ///< HCPCS: when the code was added
    std::optional<QDate> termDate; ///< HCPCS: the last day the code may be billed
};

/// One two-character modifier of a code-set file (HCPCS Level II or CPT).
struct ModifierRecord
{
    QString modifier;
    QString shortDescription;
    QString longDescription;
    std::optional<QDate> addDate;
    std::optional<QDate> termDate;
};

/**
 * One imported release of a code set: ICD-10-CM FY2026, HCPCS 2020… A release is in force
 * from its effective date to the day before the next release of the same kind; the newest
 * release has no end.
 */
struct CodeRelease
{
    qint64 id = 0;
    CodeKind kind = CodeKind::Icd10Cm;
    QString name;
    QDate effectiveFrom;
    std::optional<QDate> effectiveTo;
    QString source; ///< the importer and file it came from
    qint64 codeCount = 0;
    qint64 modifierCount = 0;
    QString importedAt; ///< ISO UTC timestamp
    QString importedBy;

    bool isInForce(const QDate &date) const
    {
        return date >= effectiveFrom && (!effectiveTo || date <= *effectiveTo);
    }
};

/// A code of a release, as search and lookup return it.
struct CodeEntry
{
    qint64 id = 0;
    qint64 releaseId = 0;
    CodeKind kind = CodeKind::Icd10Cm;
    QString code; ///< normalized
    bool billable = true;
    QString shortDescription;
    QString longDescription;
    std::optional<QDate> addDate;
    std::optional<QDate> termDate;

    QString displayCode() const { return cc::displayCode(kind, code); }
    /// The long description, or the short one when the file had no long one.
    QString description() const
    {
        return longDescription.isEmpty() ? shortDescription : longDescription;
    }
    /// True when the code was terminated before @p date (HCPCS termination dates).
    bool isTerminatedOn(const QDate &date) const { return termDate && *termDate < date; }
};

/// A modifier of a release.
struct CodeModifier
{
    qint64 releaseId = 0;
    CodeKind kind = CodeKind::Hcpcs;
    QString modifier;
    QString shortDescription;
    QString longDescription;
    std::optional<QDate> addDate;
    std::optional<QDate> termDate;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codeentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace cc::codes {

/// The code-set files CleanClaim reads (formats in ../shared/codesets/SOURCES.md).
enum class CodeFileFormat {
    Icd10CmOrder, ///< CMS ICD-10-CM order file: billable flag, short and long titles
    Icd10CmCodes, ///< CMS ICD-10-CM codes file: code and long title, all billable
    Hcpcs,        ///< CMS HCPCS Level II fixed-width file (320-character records)
    CptCsv,       ///< the practice's licensed CPT file as CSV: code,short,long
};

/// "icd10cm-order", "icd10cm-codes", "hcpcs", "cpt-csv": the KIND of `import-codes`.
QString formatKey(CodeFileFormat format);
std::optional<CodeFileFormat> formatFromKey(const QString &key);
QList<CodeFileFormat> allFormats();
/// The code set a file of @p format belongs to.
CodeKind kindOf(CodeFileFormat format);

/// What is wrong with one line of a file: a translated sentence.
struct CodeFileError
{
    qint64 line = 0; ///< 1-based; 0 for the file as a whole
    QString message;
};

/**
 * The content of a code-set file. When errorCount is not 0 the file must be refused whole:
 * codes and modifiers then hold only what could be read.
 */
struct ParsedCodeFile
{
    /// At most this many errors are kept with their sentence; errorCount counts them all.
    static constexpr int kMaxReportedErrors = 25;

    CodeKind kind = CodeKind::Icd10Cm;
    QList<CodeRecord> codes;
    QList<ModifierRecord> modifiers;
    QList<CodeFileError> errors;
    qint64 errorCount = 0;

    bool ok() const { return errorCount == 0; }
};

/**
 * Parsers: pure functions from the bytes of a file to its codes, or to the line-numbered
 * reasons it cannot be imported. Every reader checks each record in full (lengths, code
 * shapes, flags, dates, duplicates) so that an import never half-trusts a file.
 */
ParsedCodeFile parse(CodeFileFormat format, const QByteArray &bytes);
/// Reads @p device to its end, then parses; a read error is reported as a file error.
ParsedCodeFile parse(CodeFileFormat format, QIODevice &device);

ParsedCodeFile parseIcd10CmOrder(const QByteArray &bytes);
ParsedCodeFile parseIcd10CmCodes(const QByteArray &bytes);
/// The free-text disclaimer CMS puts before the first record is skipped; continuation records
/// (RECID 4 and 8) extend the long description of the record before them.
ParsedCodeFile parseHcpcs(const QByteArray &bytes);
/// Two-character rows of a CPT file are modifiers.
ParsedCodeFile parseCptCsv(const QByteArray &bytes);

/**
 * The starter tables in resources/codes/: tab-separated `code, billable (1|0), short, long`,
 * `#` comment lines. Two-character codes of the HCPCS and CPT tables are modifiers.
 */
ParsedCodeFile parseStarterTable(CodeKind kind, const QByteArray &bytes);

/// A well-formed code of @p kind, normalized (no dot, upper case).
bool isWellFormedCode(CodeKind kind, QStringView code);
/// A well-formed two-character modifier.
bool isWellFormedModifier(QStringView modifier);

} // namespace cc::codes

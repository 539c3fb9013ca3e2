// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes/codefile.h"
#include "edits/editdata.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace cc::codes {

/**
 * The content of a CMS NCCI practitioner PTP file (one part, `ccipra-vNNNrN-fN.txt`). When
 * errorCount is not 0 the file must be refused whole: edits then holds only the rows that
 * could be read.
 */
struct ParsedPtpFile
{
    /// At most this many errors are kept with their sentence; errorCount counts them all.
    static constexpr int kMaxReportedErrors = ParsedCodeFile::kMaxReportedErrors;

    QList<PtpEdit> edits;
    QList<CodeFileError> errors;
    qint64 errorCount = 0;

    bool ok() const { return errorCount == 0; }
};

/**
 * The content of a CMS practitioner MUE file (`MCR_MUE_PractitionerServices_Eff_….csv`), in
 * file order. When errorCount is not 0 the file must be refused whole.
 */
struct ParsedMueFile
{
    static constexpr int kMaxReportedErrors = ParsedCodeFile::kMaxReportedErrors;

    QList<MueValue> values;
    QList<CodeFileError> errors;
    qint64 errorCount = 0;

    bool ok() const { return errorCount == 0; }
};

/**
 * Reads an NCCI practitioner PTP file as CMS publishes it: tab-separated, six header lines
 * (the AMA notice, "Column1/Column2 Edits", four lines of column headings), then one edit a
 * line: column 1, column 2, the pre-1996 flag (empty or "*"), effective date YYYYMMDD,
 * deletion date YYYYMMDD or "*" (none), modifier indicator 0, 1 or 9, rationale.
 *
 * Every row is checked in full (codes, flag, dates, deletion not before effect, indicator);
 * errors carry 1-based line numbers. A file whose header is not the PTP header is refused
 * with one sentence saying so. A last line that ends without a line break is refused: the
 * file was cut short and that row may be incomplete.
 *
 * Works on the bytes (no regular expressions, no decoding of the whole file) and shares the
 * strings that repeat (codes, rationales), so a part of a million rows reads in about a
 * second and costs about 100 bytes a row.
 */
ParsedPtpFile parseNcciPtp(const QByteArray &bytes);

/**
 * Reads a practitioner MUE file as CMS publishes it: CSV (RFC 4180 quoting, fields may hold
 * line breaks), a quoted notice row, the header row `HCPCS/CPT Code, Practitioner Services
 * MUE Values, MUE Adjudication Indicator, MUE Rationale`, then `code,units,"N text",rationale`
 * where N is 1 (line edit), 2 (date of service edit: policy) or 3 (date of service edit:
 * clinical). Errors name the physical line where the row starts. The MUE files of other
 * services (outpatient hospital, DME) are refused with a sentence saying which file they are.
 */
ParsedMueFile parseMue(const QByteArray &bytes);

/// A CPT or HCPCS code as the NCCI files write it: five upper-case letters or digits.
bool isNcciCode(QByteArrayView code);

} // namespace cc::codes

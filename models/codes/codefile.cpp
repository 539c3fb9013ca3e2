// SPDX-License-Identifier: GPL-3.0-or-later
#include "codefile.h"
#include "codefile_p.h"

#include <QIODevice>

namespace cc::codes {

using namespace detail;

QString formatKey(CodeFileFormat format)
{
    switch (format) {
    case CodeFileFormat::Icd10CmOrder: return QStringLiteral("icd10cm-order");
    case CodeFileFormat::Icd10CmCodes: return QStringLiteral("icd10cm-codes");
    case CodeFileFormat::Hcpcs: return QStringLiteral("hcpcs");
    case CodeFileFormat::CptCsv: return QStringLiteral("cpt-csv");
    }
    return {};
}

std::optional<CodeFileFormat> formatFromKey(const QString &key)
{
    for (CodeFileFormat f : allFormats()) {
        if (formatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QList<CodeFileFormat> allFormats()
{
    return {CodeFileFormat::Icd10CmOrder, CodeFileFormat::Icd10CmCodes, CodeFileFormat::Hcpcs,
            CodeFileFormat::CptCsv};
}

CodeKind kindOf(CodeFileFormat format)
{
    switch (format) {
    case CodeFileFormat::Icd10CmOrder:
    case CodeFileFormat::Icd10CmCodes: return CodeKind::Icd10Cm;
    case CodeFileFormat::Hcpcs: return CodeKind::Hcpcs;
    case CodeFileFormat::CptCsv: return CodeKind::Cpt;
    }
    return CodeKind::Icd10Cm;
}

bool isWellFormedCode(CodeKind kind, QStringView code)
{
    switch (kind) {
    case CodeKind::Icd10Cm:
        // A letter, then two to six letters or digits: I10, C4A0, S93401A, and since FY2026
        // the QA codes of genetic neurodevelopmental disorders.
        if (code.size() < 3 || code.size() > 7 || code.at(0) < QLatin1Char('A')
            || code.at(0) > QLatin1Char('Z'))
            return false;
        for (qsizetype i = 1; i < code.size(); ++i) {
            if (!isUpperAlnum(code.at(i)))
                return false;
        }
        return true;
    case CodeKind::Hcpcs:
        return code.size() == 5 && code.at(0) >= QLatin1Char('A') && code.at(0) <= QLatin1Char('Z')
                && allDigits(code.mid(1));
    case CodeKind::Cpt:
        // Category I codes are five digits; category II, III and PLA codes end in F, T or U.
        return code.size() == 5 && allDigits(code.left(4))
                && (isAsciiDigit(code.at(4)) || code.at(4) == QLatin1Char('F')
                    || code.at(4) == QLatin1Char('T') || code.at(4) == QLatin1Char('U'));
    }
    return false;
}

bool isWellFormedModifier(QStringView modifier)
{
    return modifier.size() == 2 && isUpperAlnum(modifier.at(0)) && isUpperAlnum(modifier.at(1));
}

std::optional<QDate> detail::parseCompactDate(QStringView field, bool *ok)
{
    *ok = true;
    if (isBlank(field))
        return std::nullopt;
    if (field.size() != 8 || !allDigits(field)) {
        *ok = false;
        return std::nullopt;
    }
    const QDate d(field.left(4).toInt(), field.mid(4, 2).toInt(), field.mid(6, 2).toInt());
    if (!d.isValid()) {
        *ok = false;
        return std::nullopt;
    }
    return d;
}

ParsedCodeFile parse(CodeFileFormat format, const QByteArray &bytes)
{
    switch (format) {
    case CodeFileFormat::Icd10CmOrder: return parseIcd10CmOrder(bytes);
    case CodeFileFormat::Icd10CmCodes: return parseIcd10CmCodes(bytes);
    case CodeFileFormat::Hcpcs: return parseHcpcs(bytes);
    case CodeFileFormat::CptCsv: return parseCptCsv(bytes);
    }
    return {};
}

ParsedCodeFile parse(CodeFileFormat format, QIODevice &device)
{
    if (!device.isReadable()) {
        Collector out(kindOf(format));
        out.error(0, Tr::tr("The file could not be read: %1.").arg(device.errorString()));
        return out.finish();
    }
    return parse(format, device.readAll());
}

ParsedCodeFile parseIcd10CmOrder(const QByteArray &bytes)
{
    // 1–5 order number | 6 blank | 7–13 code | 14 blank | 15 flag | 16 blank | 17–76 short
    // description | 77 blank | 78– long description.
    const QString text = decodeText(bytes);
    Collector out(CodeKind::Icd10Cm);
    LineReader lines(text);
    while (lines.next()) {
        const QStringView line = lines.line();
        const qint64 n = lines.number();
        if (isBlank(line))
            continue;
        if (line.size() < 78) {
            out.error(n, Tr::tr("The line has %1 characters; an order-file record has at least "
                                "78 (order number, code, flag, short and long titles).")
                                 .arg(line.size()));
            continue;
        }
        if (!allDigits(line.left(5))) {
            out.error(n, Tr::tr("The order number \"%1\" (columns 1–5) is not five digits.")
                                 .arg(line.left(5)));
            continue;
        }
        if (!line.at(5).isSpace() || !line.at(13).isSpace() || !line.at(15).isSpace()
            || !line.at(76).isSpace()) {
            out.error(n, Tr::tr("The fields are not in the columns of an order file (blanks "
                                "expected in columns 6, 14, 16 and 77)."));
            continue;
        }
        const QString code = line.mid(6, 7).trimmed().toString();
        if (!isWellFormedCode(CodeKind::Icd10Cm, code)) {
            out.error(n, Tr::tr("\"%1\" (columns 7–13) is not an ICD-10-CM code: a letter, then "
                                "two to six letters or digits, without a dot.")
                                 .arg(code));
            continue;
        }
        const QChar flag = line.at(14);
        if (flag != QLatin1Char('0') && flag != QLatin1Char('1')) {
            out.error(n, Tr::tr("The billable flag of %1 (column 15) is \"%2\"; it must be 1 "
                                "(billable) or 0 (header).")
                                 .arg(code, flag));
            continue;
        }
        CodeRecord r;
        r.code = code;
        r.billable = flag == QLatin1Char('1');
        r.shortDescription = line.mid(16, 60).trimmed().toString();
        r.longDescription = line.mid(77).trimmed().toString();
        if (r.longDescription.isEmpty()) {
            out.error(n, Tr::tr("The code %1 has no long title (from column 78).").arg(code));
            continue;
        }
        out.addCode(n, std::move(r));
    }
    return out.finish();
}

ParsedCodeFile parseIcd10CmCodes(const QByteArray &bytes)
{
    // The code left-justified in 7 characters, a blank, then the long title.
    const QString text = decodeText(bytes);
    Collector out(CodeKind::Icd10Cm);
    LineReader lines(text);
    while (lines.next()) {
        const QStringView line = lines.line();
        const qint64 n = lines.number();
        if (isBlank(line))
            continue;
        qsizetype end = 0;
        while (end < line.size() && !line.at(end).isSpace())
            ++end;
        const QString code = line.left(end).toString();
        if (!isWellFormedCode(CodeKind::Icd10Cm, code)) {
            out.error(n, Tr::tr("\"%1\" is not an ICD-10-CM code: a letter, then two to "
                                "six letters or digits, without a dot.")
                                 .arg(code));
            continue;
        }
        CodeRecord r;
        r.code = code;
        r.longDescription = line.mid(end).trimmed().toString();
        if (r.longDescription.isEmpty()) {
            out.error(n, Tr::tr("The code %1 has no title after it.").arg(code));
            continue;
        }
        out.addCode(n, std::move(r));
    }
    return out.finish();
}

ParsedCodeFile parseStarterTable(CodeKind kind, const QByteArray &bytes)
{
    const QString text = decodeText(bytes);
    Collector out(kind);
    LineReader lines(text);
    while (lines.next()) {
        const QStringView line = lines.line();
        const qint64 n = lines.number();
        if (isBlank(line) || line.startsWith(QLatin1Char('#')))
            continue;
        const QList<QStringView> fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 4) {
            out.error(n, Tr::tr("The row has %1 fields; it needs 4: code, billable, short and "
                                "long description.")
                                 .arg(fields.size()));
            continue;
        }
        const QString code = fields.at(0).trimmed().toString();
        const QStringView billable = fields.at(1).trimmed();
        if (billable != QLatin1String("0") && billable != QLatin1String("1")) {
            out.error(n, Tr::tr("The billable field of %1 is \"%2\"; it must be 1 or 0.")
                                 .arg(code, billable));
            continue;
        }
        const QString shortText = fields.at(2).trimmed().toString();
        const QString longText = fields.at(3).trimmed().toString();
        if (shortText.isEmpty() && longText.isEmpty()) {
            out.error(n, Tr::tr("The code %1 has no description.").arg(code));
            continue;
        }
        if (kind != CodeKind::Icd10Cm && isWellFormedModifier(code)) {
            out.addModifier(n, {code, shortText, longText, std::nullopt, std::nullopt});
        } else if (isWellFormedCode(kind, code)) {
            out.addCode(n, {code, billable == QLatin1String("1"), shortText, longText,
                            std::nullopt, std::nullopt});
        } else {
            out.error(n, Tr::tr("\"%1\" is not a %2 code.").arg(code, codekind::label(kind)));
        }
    }
    return out.finish();
}

} // namespace cc::codes

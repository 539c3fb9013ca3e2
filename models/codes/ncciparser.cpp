// SPDX-License-Identifier: GPL-3.0-or-later
// The CMS NCCI files: practitioner PTP edits (tab-separated) and practitioner MUE values (CSV).
// Formats in ../shared/codesets/SOURCES.md.
#include "ncciparser.h"
#include "textcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringView>

#include <cstring>

namespace cc::codes {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::NcciParser)
};

constexpr qsizetype kPtpHeaderLines = 6;
// A PTP row has seven fields; the rationale may be missing.
constexpr int kPtpFields = 7;
constexpr int kPtpMinFields = 6;
// The header row of an MUE file comes after the notice; a file without one in its first
// records is not an MUE file.
constexpr int kMueHeaderSearch = 10;
constexpr int kMueFields = 4;
constexpr int kMueMinFields = 3;
// Values longer than this are shortened when quoted in an error.
constexpr qsizetype kShownLength = 40;

bool isBlankByte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isBlankByte(v[b]))
        ++b;
    while (e > b && isBlankByte(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

bool isBlankLine(QByteArrayView v)
{
    return trimmed(v).isEmpty();
}

/// @p v as text for an error sentence, shortened when long.
QString shown(QByteArrayView v)
{
    const QString text = decodeText(v);
    return text.size() > kShownLength ? text.left(kShownLength) + QChar(0x2026) : text;
}

QString shown(QStringView v)
{
    return v.size() > kShownLength ? v.left(kShownLength).toString() + QChar(0x2026)
                                   : v.toString();
}

/// A YYYYMMDD field as a date; an invalid date when it is not one.
QDate compactDate(QByteArrayView v)
{
    if (v.size() != 8)
        return {};
    int digits[8];
    for (int i = 0; i < 8; ++i) {
        const char c = v[i];
        if (c < '0' || c > '9')
            return {};
        digits[i] = c - '0';
    }
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int m = digits[4] * 10 + digits[5];
    const int d = digits[6] * 10 + digits[7];
    return QDate(y, m, d); // invalid for month 13, February 30 and the like
}

QString isoDay(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Shares the strings that repeat through a file: a PTP part of a million rows names some
/// fifteen thousand codes and a few dozen rationales.
class Interner
{
public:
    /// @p code is well-formed (five ASCII characters): packed, it is its own hash key.
    QString code(QByteArrayView code)
    {
        quint64 key = 0;
        for (char c : code)
            key = (key << 8) | uchar(c);
        auto it = m_codes.constFind(key);
        if (it != m_codes.cend())
            return it.value();
        const QString s = QString::fromLatin1(code);
        m_codes.insert(key, s);
        return s;
    }
    QString text(QByteArrayView text)
    {
        if (text.isEmpty())
            return QString(QLatin1String(""));
        // A raw-data key is enough to look up; a stored key must own its bytes.
        const QByteArray probe = QByteArray::fromRawData(text.data(), text.size());
        auto it = m_texts.constFind(probe);
        if (it != m_texts.cend())
            return it.value();
        const QString s = decodeText(text).simplified();
        m_texts.insert(text.toByteArray(), s);
        return s;
    }

private:
    QHash<quint64, QString> m_codes;
    QHash<QByteArray, QString> m_texts;
};

/// Counts every error and keeps the first sentences.
template<typename Parsed>
void addError(Parsed &out, qint64 line, const QString &message)
{
    ++out.errorCount;
    if (out.errors.size() < Parsed::kMaxReportedErrors)
        out.errors.append({line, message});
}

/// Splits a line at tabs: the first @p capacity fields go to @p fields; returns how many
/// fields the line has.
int splitTabs(QByteArrayView line, QByteArrayView *fields, int capacity)
{
    int n = 0;
    const char *p = line.data();
    const char *const end = p + line.size();
    for (;;) {
        const auto *tab = static_cast<const char *>(std::memchr(p, '\t', size_t(end - p)));
        const char *fieldEnd = tab ? tab : end;
        if (n < capacity)
            fields[n] = QByteArrayView(p, fieldEnd - p);
        ++n;
        if (!tab)
            return n;
        p = tab + 1;
    }
}

/// True when @p line has the shape of a PTP row: two codes first.
bool looksLikePtpRow(QByteArrayView line)
{
    QByteArrayView f[2];
    if (splitTabs(line, f, 2) < 2)
        return false;
    return isNcciCode(trimmed(f[0])) && isNcciCode(trimmed(f[1]));
}

/// The error of a PTP header, or an empty message when @p lines (the first six) are one.
CodeFileError checkPtpHeader(const QList<QByteArrayView> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!looksLikePtpRow(lines.at(i)))
            continue;
        if (i == 0) {
            return {1, Tr::tr("The file starts with a row of edits, but a CMS NCCI PTP file "
                              "starts with six header lines (the AMA notice, \"Column1/Column2 "
                              "Edits\" and four lines of column headings). Import the file as "
                              "CMS publishes it.")};
        }
        return {i + 1, Tr::tr("This line is already a row of edits, but a CMS NCCI PTP file "
                              "has six header lines: this file's header is incomplete. Import "
                              "the file as CMS publishes it.")};
    }
    if (lines.size() < 3) {
        return {0, Tr::tr("This is not a CMS NCCI PTP file: it has %n line(s), fewer than the "
                          "six header lines of one.",
                          nullptr, int(lines.size()))};
    }
    QByteArrayView f[2];
    const int n = splitTabs(lines.at(2), f, 2);
    const bool headings = n >= 2 && trimmed(f[0]).compare("Column 1", Qt::CaseInsensitive) == 0
            && trimmed(f[1]).compare("Column 2", Qt::CaseInsensitive) == 0;
    if (!headings) {
        return {3, Tr::tr("This is not a CMS NCCI PTP file: its third line should hold the "
                          "column headings \"Column 1\", \"Column 2\"…, but it reads \"%1\".")
                           .arg(shown(trimmed(lines.at(2))))};
    }
    return {0, QString()};
}

/// Checks one PTP row; on success fills @p edit, else returns the sentence saying why not.
QString readPtpRow(QByteArrayView line, Interner &strings, PtpEdit &edit)
{
    QByteArrayView f[kPtpFields + 1];
    const int n = splitTabs(line, f, kPtpFields + 1);
    if (n < kPtpMinFields) {
        return Tr::tr("The row has %n field(s); a PTP row has 7, separated by tabs: column 1, "
                      "column 2, the pre-1996 flag, effective date, deletion date, modifier "
                      "indicator and rationale.",
                      nullptr, n);
    }
    // A tab after the rationale (an empty eighth field) is harmless; more is not a PTP row.
    if (n > kPtpFields + 1 || (n == kPtpFields + 1 && !isBlankLine(f[kPtpFields]))) {
        return Tr::tr("The row has %n field(s); a PTP row has 7, separated by tabs.", nullptr,
                      n);
    }
    const QByteArrayView column1 = trimmed(f[0]);
    const QByteArrayView column2 = trimmed(f[1]);
    if (!isNcciCode(column1)) {
        return Tr::tr("Column 1 \"%1\" is not a CPT or HCPCS code (five capital letters or "
                      "digits).")
                .arg(shown(column1));
    }
    if (!isNcciCode(column2)) {
        return Tr::tr("Column 2 \"%1\" is not a CPT or HCPCS code (five capital letters or "
                      "digits).")
                .arg(shown(column2));
    }
    const QByteArrayView prior = trimmed(f[2]);
    if (!prior.isEmpty() && prior != "*") {
        return Tr::tr("The pre-1996 flag (field 3) of %1/%2 is \"%3\"; it must be empty or "
                      "\"*\".")
                .arg(shown(column1), shown(column2), shown(prior));
    }
    const QByteArrayView effective = trimmed(f[3]);
    edit.effective = compactDate(effective);
    if (!edit.effective.isValid()) {
        return Tr::tr("The effective date (field 4) of %1/%2 is \"%3\"; it must be a date "
                      "written YYYYMMDD.")
                .arg(shown(column1), shown(column2), shown(effective));
    }
    const QByteArrayView deleted = trimmed(f[4]);
    if (deleted == "*") {
        edit.deleted = QDate();
    } else {
        edit.deleted = compactDate(deleted);
        if (!edit.deleted.isValid()) {
            return Tr::tr("The deletion date (field 5) of %1/%2 is \"%3\"; it must be a date "
                          "written YYYYMMDD, or \"*\" when the edit is not deleted.")
                    .arg(shown(column1), shown(column2), shown(deleted));
        }
        if (edit.deleted < edit.effective) {
            return Tr::tr("The edit %1/%2 is deleted on %3, before it takes effect on %4.")
                    .arg(shown(column1), shown(column2), isoDay(edit.deleted),
                         isoDay(edit.effective));
        }
    }
    const QByteArrayView indicator = trimmed(f[5]);
    if (indicator.size() != 1
        || (indicator[0] != '0' && indicator[0] != '1' && indicator[0] != '9')) {
        return Tr::tr("The modifier indicator (field 6) of %1/%2 is \"%3\"; it must be 0 (no "
                      "modifier allowed), 1 (allowed) or 9 (not applicable).")
                .arg(shown(column1), shown(column2), shown(indicator));
    }
    edit.modifierIndicator = indicator[0] - '0';
    edit.column1 = strings.code(column1);
    edit.column2 = strings.code(column2);
    edit.rationale = strings.text(n > 6 ? trimmed(f[6]) : QByteArrayView());
    return QString();
}

/**
 * Splits decoded CSV text (RFC 4180) into records. Counts physical lines so that an error
 * names the line where its record starts; a line break inside a quoted field is part of the
 * field.
 */
class CsvRecords
{
public:
    explicit CsvRecords(QStringView text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    /// The line the next record starts on.
    qint64 line() const { return m_line; }

    /// Reads the next record into @p fields. On a malformed record returns false with
    /// @p error set and skips to the end of its line.
    bool next(QStringList &fields, QString &error)
    {
        fields.clear();
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        auto endField = [&] {
            fields.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        };
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                        field.append(c);
                        ++m_pos;
                    } else {
                        quoted = false;
                        wasQuoted = true;
                    }
                    continue;
                }
                if (c == QLatin1Char('\n'))
                    ++m_line;
                if (c != QLatin1Char('\r'))
                    field.append(c);
                continue;
            }
            if (c == QLatin1Char(',')) {
                endField();
                continue;
            }
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\r') && m_pos < m_text.size()
                    && m_text.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
                ++m_line;
                endField();
                return true;
            }
            if (c == QLatin1Char('"')) {
                if (wasQuoted || !field.trimmed().isEmpty()) {
                    error = Tr::tr("A quote appears inside a field that is not quoted; quote "
                                   "the whole field and write a quote inside it as \"\".");
                    skipLine();
                    return false;
                }
                field.clear();
                quoted = true;
                continue;
            }
            if (wasQuoted && !c.isSpace()) {
                error = Tr::tr("Text follows the closing quote of a field; a quoted field ends "
                               "at a comma or at the end of the row.");
                skipLine();
                return false;
            }
            if (!wasQuoted)
                field.append(c);
        }
        if (quoted) {
            error = Tr::tr("A quoted field is not closed before the end of the file.");
            return false;
        }
        endField();
        return true;
    }

private:
    void skipLine()
    {
        const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
        m_pos = end < 0 ? m_text.size() : end + 1;
        ++m_line;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
};

bool isBlankRecord(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool isNcciCodeText(QStringView code)
{
    if (code.size() != 5)
        return false;
    for (QChar c : code) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return isNcciCode(QByteArrayView(code.toLatin1()));
}

/// A cell of a header row, folded for comparison: one space between words, lower case.
QString folded(const QString &cell)
{
    return cell.simplified().toLower();
}

bool isMueHeader(const QStringList &fields)
{
    return fields.size() >= kMueMinFields && folded(fields.at(1)).contains(u"mue values")
            && folded(fields.at(2)).contains(u"indicator");
}

/// The sentence refusing an MUE header, or an empty string when it is the practitioner one.
QString checkMueHeader(const QStringList &fields)
{
    const QString code = folded(fields.at(0));
    if (!code.contains(u"hcpcs") && !code.contains(u"cpt")) {
        return Tr::tr("The first heading of the MUE file should be \"HCPCS/CPT Code\"; it is "
                      "\"%1\".")
                .arg(shown(fields.at(0).simplified()));
    }
    if (!folded(fields.at(1)).contains(u"practitioner")) {
        return Tr::tr("This MUE file holds \"%1\"; CleanClaim reads the MUE file of "
                      "practitioner services (MCR_MUE_PractitionerServices_….csv).")
                .arg(shown(fields.at(1).simplified()));
    }
    return QString();
}

/// Checks one MUE data row; on success fills @p value, else returns why not.
QString readMueRow(const QStringList &fields, MueValue &value)
{
    if (fields.size() < kMueMinFields) {
        return Tr::tr("The row has %n field(s); an MUE row has 4: code, MUE value, "
                      "adjudication indicator and rationale.",
                      nullptr, int(fields.size()));
    }
    for (qsizetype i = kMueFields; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty()) {
            return Tr::tr("The row has %n field(s); an MUE row has 4: code, MUE value, "
                          "adjudication indicator and rationale.",
                          nullptr, int(fields.size()));
        }
    }
    const QString code = fields.at(0).trimmed();
    if (!isNcciCodeText(code)) {
        return Tr::tr("\"%1\" is not a CPT or HCPCS code (five capital letters or digits).")
                .arg(shown(code));
    }
    const QString units = fields.at(1).trimmed();
    bool ok = !units.isEmpty();
    for (QChar c : units)
        ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const int maxUnits = ok ? units.toInt(&ok) : 0;
    if (!ok) {
        return Tr::tr("The MUE value of %1 is \"%2\"; it must be a whole number of units, 0 or "
                      "more.")
                .arg(code, shown(units));
    }
    // "2 Date of Service Edit: Policy": the digit is the indicator, the words repeat it.
    const QString indicator = fields.at(2).simplified();
    const bool indicatorOk = !indicator.isEmpty() && indicator.at(0) >= QLatin1Char('1')
            && indicator.at(0) <= QLatin1Char('3')
            && (indicator.size() == 1 || indicator.at(1) == QLatin1Char(' '));
    if (!indicatorOk) {
        return Tr::tr("The MUE adjudication indicator of %1 is \"%2\"; it must start with 1 "
                      "(line edit), 2 (date of service edit: policy) or 3 (date of service "
                      "edit: clinical).")
                .arg(code, shown(indicator));
    }
    value.code = code;
    value.maxUnits = maxUnits;
    value.indicator = indicator.at(0).unicode() - '0';
    value.rationale = fields.size() > 3 ? fields.at(3).simplified() : QString();
    if (value.rationale.isNull())
        value.rationale = QString(QLatin1String(""));
    return QString();
}

} // namespace

bool isNcciCode(QByteArrayView code)
{
    if (code.size() != 5)
        return false;
    for (char c : code) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

ParsedPtpFile parseNcciPtp(const QByteArray &bytes)
{
    ParsedPtpFile out;
    const char *const data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
    qint64 number = 0;
    bool terminated = true;
    // Moves to the next line: its text without the line break, and whether a break ends it.
    auto nextLine = [&](QByteArrayView &line) {
        if (pos >= size)
            return false;
        const char *start = data + pos;
        const auto *lf = static_cast<const char *>(std::memchr(start, '\n', size_t(size - pos)));
        terminated = lf != nullptr;
        const char *end = lf ? lf : data + size;
        pos = (end - data) + 1;
        ++number;
        const char *stop = end > start && end[-1] == '\r' ? end - 1 : end;
        line = QByteArrayView(start, stop - start);
        return true;
    };

    QByteArrayView line;
    QList<QByteArrayView> header;
    while (header.size() < kPtpHeaderLines && nextLine(line))
        header.append(line);
    if (header.isEmpty() || (header.size() == 1 && isBlankLine(header.constFirst()))) {
        addError(out, 0, Tr::tr("The file is empty."));
        return out;
    }
    if (const CodeFileError e = checkPtpHeader(header); !e.message.isEmpty()) {
        addError(out, e.line, e.message);
        return out;
    }

    // A row of the CMS files takes about 75 bytes.
    out.edits.reserve(size / 64);
    Interner strings;
    PtpEdit edit;
    while (nextLine(line)) {
        if (isBlankLine(line))
            continue;
        const QString error = readPtpRow(line, strings, edit);
        if (!error.isEmpty()) {
            addError(out, number, error);
            continue;
        }
        if (!terminated) {
            addError(out, number,
                     Tr::tr("The file ends on this line without a line break: it looks cut "
                            "short (an interrupted download or copy), so this row may be "
                            "incomplete. Download the file again from CMS."));
            continue;
        }
        out.edits.append(edit);
    }
    if (out.errorCount == 0 && out.edits.isEmpty())
        addError(out, 0, Tr::tr("The file holds no PTP edits after its header."));
    return out;
}

ParsedMueFile parseMue(const QByteArray &bytes)
{
    ParsedMueFile out;
    const QString text = decodeText(bytes);
    CsvRecords records(text);
    QStringList fields;
    QString error;
    bool headerSeen = false;
    int recordsBeforeHeader = 0;
    QHash<QString, qint64> firstLine;
    while (!records.atEnd()) {
        const qint64 n = records.line();
        if (!records.next(fields, error)) {
            addError(out, n, error);
            if (!headerSeen)
                return out;
            continue;
        }
        if (isBlankRecord(fields))
            continue;
        if (!headerSeen) {
            if (isMueHeader(fields)) {
                headerSeen = true;
                if (const QString wrong = checkMueHeader(fields); !wrong.isEmpty()) {
                    addError(out, n, wrong);
                    return out;
                }
                continue;
            }
            // Before the header only the notice may come: a row of codes there means the
            // header is missing.
            if (isNcciCodeText(fields.at(0).trimmed())
                || ++recordsBeforeHeader >= kMueHeaderSearch) {
                addError(out, n,
                         Tr::tr("This is not a CMS MUE file: the header row \"HCPCS/CPT Code, "
                                "Practitioner Services MUE Values, MUE Adjudication "
                                "Indicator, MUE Rationale\" does not come before line %1.")
                                 .arg(n));
                return out;
            }
            continue;
        }
        MueValue value;
        if (const QString wrong = readMueRow(fields, value); !wrong.isEmpty()) {
            addError(out, n, wrong);
            continue;
        }
        const auto seen = firstLine.constFind(value.code);
        if (seen != firstLine.cend()) {
            addError(out, n,
                     Tr::tr("The code %1 appears a second time (first on line %2).")
                             .arg(value.code)
                             .arg(seen.value()));
            continue;
        }
        firstLine.insert(value.code, n);
        out.values.append(std::move(value));
    }
    if (!headerSeen && out.errorCount == 0) {
        addError(out, 0,
                 text.trimmed().isEmpty()
                         ? Tr::tr("The file is empty.")
                         : Tr::tr("This is not a CMS MUE file: it has no header row "
                                  "\"HCPCS/CPT Code, Practitioner Services MUE Values, MUE "
                                  "Adjudication Indicator, MUE Rationale\"."));
    } else if (out.errorCount == 0 && out.values.isEmpty()) {
        addError(out, 0, Tr::tr("The file holds no MUE values after its header."));
    }
    return out;
}

} // namespace cc::codes

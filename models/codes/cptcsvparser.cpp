// SPDX-License-Identifier: GPL-3.0-or-later
// The practice's licensed CPT file as CSV (RFC 4180): a header row `code,short,long`, then one
// code per row. Fields may be quoted ("…", with "" for a quote) and may then hold commas and
// line breaks. CleanClaim ships no CPT descriptors: they come only from this file.
#include "codefile.h"
#include "codefile_p.h"

namespace cc::codes {

using namespace detail;

namespace {

/// Splits decoded CSV text into records, counting lines so that errors name where a record
/// starts.
class CsvReader
{
public:
    explicit CsvReader(const QString &text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qint64 line() const { return m_line; }

    /// Reads the next record into @p fields. On a malformed record returns false with
    /// @p error set and skips to the end of that line.
    bool next(QStringList &fields, QString &error)
    {
        fields.clear();
        QString field;
        bool quoted = false;     // inside a quoted field
        bool wasQuoted = false;  // the current field was quoted (and closed)
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
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    field.append(c);
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                fields.append(wasQuoted ? field : field.trimmed());
                field.clear();
                wasQuoted = false;
                continue;
            }
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\r') && m_pos < m_text.size()
                    && m_text.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
                ++m_line;
                fields.append(wasQuoted ? field : field.trimmed());
                return true;
            }
            if (c == QLatin1Char('"')) {
                if (wasQuoted || !field.trimmed().isEmpty()) {
                    error = Tr::tr("A quote appears in the middle of a field; quote the whole "
                                   "field and write a quote inside it as \"\".");
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
            field.append(c);
        }
        if (quoted) {
            error = Tr::tr("A quoted field is not closed before the end of the file.");
            return false;
        }
        fields.append(wasQuoted ? field : field.trimmed());
        return true;
    }

private:
    void skipLine()
    {
        const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
        m_pos = end < 0 ? m_text.size() : end + 1;
        ++m_line;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1; ///< the line the reader is on
};

bool isBlankRecord(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

ParsedCodeFile parseCptCsv(const QByteArray &bytes)
{
    const QString text = decodeText(bytes);
    Collector out(CodeKind::Cpt);
    CsvReader reader(text);
    bool headerSeen = false;
    QStringList fields;
    QString error;
    while (!reader.atEnd()) {
        const qint64 n = reader.line();
        if (!reader.next(fields, error)) {
            out.error(n, error);
            continue;
        }
        if (isBlankRecord(fields))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            QStringList names;
            for (const QString &f : std::as_const(fields))
                names.append(f.trimmed().toLower());
            if (names != QStringList{QStringLiteral("code"), QStringLiteral("short"),
                                     QStringLiteral("long")}) {
                out.error(n, Tr::tr("The first row must be the header code,short,long; it is "
                                    "\"%1\".")
                                     .arg(fields.join(QLatin1Char(','))));
            }
            continue;
        }
        if (fields.size() != 3) {
            out.error(n, Tr::tr("The row has %n field(s); it needs 3: code, short and long "
                                "description.",
                                nullptr, int(fields.size())));
            continue;
        }
        const QString code = fields.at(0).trimmed().toUpper();
        const QString shortText = fields.at(1).simplified();
        const QString longText = fields.at(2).simplified();
        if (shortText.isEmpty() && longText.isEmpty()) {
            out.error(n, Tr::tr("The code %1 has no description.").arg(code));
            continue;
        }
        if (isWellFormedModifier(code)) {
            out.addModifier(n, {code, shortText, longText, std::nullopt, std::nullopt});
        } else if (isWellFormedCode(CodeKind::Cpt, code)) {
            out.addCode(n, {code, true, shortText, longText, std::nullopt, std::nullopt});
        } else {
            out.error(n, Tr::tr("\"%1\" is neither a CPT code (four digits, then a digit or F, "
                                "T or U) nor a two-character modifier.")
                                 .arg(code));
        }
    }
    return out.finish();
}

} // namespace cc::codes

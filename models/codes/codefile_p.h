// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals shared by the code-set parsers: not part of the core's interface.

#include "codefile.h"
#include "textcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringView>

namespace cc::codes::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::CodeFile)
};

/// Walks the lines of a decoded file (LF or CR LF), numbered from 1.
class LineReader
{
public:
    explicit LineReader(const QString &text) : m_text(text) { }

    /// Moves to the next line; false at the end. A final line break ends the last line
    /// rather than starting an empty one.
    bool next()
    {
        if (m_pos >= m_text.size())
            return false;
        qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
        if (end < 0)
            end = m_text.size();
        qsizetype stop = end;
        if (stop > m_pos && m_text.at(stop - 1) == QLatin1Char('\r'))
            --stop;
        m_line = QStringView(m_text).mid(m_pos, stop - m_pos);
        m_pos = end + 1;
        ++m_number;
        return true;
    }
    QStringView line() const { return m_line; }
    qint64 number() const { return m_number; }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    qint64 m_number = 0;
    QStringView m_line;
};

/// Collects the records and errors of one file: refuses duplicate codes and caps the number
/// of sentences kept.
class Collector
{
public:
    explicit Collector(CodeKind kind) { m_out.kind = kind; }

    void error(qint64 line, const QString &message)
    {
        ++m_out.errorCount;
        if (m_out.errors.size() < ParsedCodeFile::kMaxReportedErrors)
            m_out.errors.append({line, message});
    }
    /// Adds @p record unless its code was seen before (then reports the line and returns
    /// false).
    bool addCode(qint64 line, CodeRecord record)
    {
        if (!checkUnique(m_codeLines, record.code, line))
            return false;
        m_out.codes.append(std::move(record));
        return true;
    }
    bool addModifier(qint64 line, ModifierRecord record)
    {
        if (!checkUnique(m_modifierLines, record.modifier, line))
            return false;
        m_out.modifiers.append(std::move(record));
        return true;
    }
    ParsedCodeFile &result() { return m_out; }
    ParsedCodeFile finish()
    {
        if (m_out.errorCount == 0 && m_out.codes.isEmpty() && m_out.modifiers.isEmpty())
            error(0, Tr::tr("The file holds no codes."));
        return std::move(m_out);
    }

private:
    bool checkUnique(QHash<QString, qint64> &seen, const QString &code, qint64 line)
    {
        const auto it = seen.constFind(code);
        if (it != seen.constEnd()) {
            error(line, Tr::tr("The code %1 appears a second time (first on line %2).")
                                .arg(code)
                                .arg(it.value()));
            return false;
        }
        seen.insert(code, line);
        return true;
    }

    ParsedCodeFile m_out;
    QHash<QString, qint64> m_codeLines;
    QHash<QString, qint64> m_modifierLines;
};

inline bool isBlank(QStringView s)
{
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

inline bool isUpperAlnum(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

inline bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

/// A YYYYMMDD field: nullopt when blank; sets @p ok to false when it is not a date.
std::optional<QDate> parseCompactDate(QStringView field, bool *ok);

} // namespace cc::codes::detail

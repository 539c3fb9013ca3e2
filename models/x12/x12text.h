// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace cc::x12 {

/**
 * The delimiters CleanClaim writes (docs X12.md §1): element `*`, segment `~`, component `:`,
 * repetition `^`. A reader must take them from ISA instead (X12.md §5).
 */
inline constexpr char kElementSeparator = '*';
inline constexpr char kSegmentTerminator = '~';
inline constexpr char kComponentSeparator = ':';
inline constexpr char kRepetitionSeparator = '^';

/// True for the four delimiters above.
constexpr bool isDelimiter(QChar c)
{
    return c == QLatin1Char(kElementSeparator) || c == QLatin1Char(kSegmentTerminator)
            || c == QLatin1Char(kComponentSeparator) || c == QLatin1Char(kRepetitionSeparator);
}

/**
 * Free text (a name, an address) made safe for X12: common accented letters transliterated
 * (é → E, ñ → N, ß → SS), other non-ASCII and non-printable characters dropped, the four
 * delimiters and control characters turned into spaces, upper-cased, runs of spaces collapsed,
 * trimmed. "O*Brien~Smith" → "O BRIEN SMITH"; "José Núñez" → "JOSE NUNEZ".
 */
QString clean(const QString &text);

/**
 * An identifier or code (patient control number, member id, NPI, procedure code) made safe
 * for X12 without changing its case: the same as clean() except that letters keep their case,
 * since the number comes back in the 835 and must match byte for byte.
 */
QString cleanId(const QString &text);

/// Components joined with `:`, trailing empty components dropped ("HC:99213::" → "HC:99213").
QString composite(std::initializer_list<QString> components);
QString composite(const QStringList &components);

/**
 * Builds the segments of one interchange into a byte buffer. Each segment is its id and its
 * elements joined with `*`, without the trailing empty elements, then `~` (and a newline when
 * @p lineBreaks). The elements must already be clean (clean(), cleanId(), composite()).
 */
class SegmentWriter
{
public:
    explicit SegmentWriter(bool lineBreaks = true) : m_lineBreaks(lineBreaks) { }

    void add(QLatin1StringView id, std::initializer_list<QString> elements);
    void add(QLatin1StringView id, const QStringList &elements);
    /// Appends @p text unchanged (the fixed-width ISA) as one segment.
    void addRaw(const QString &text);

    /// Segments added since the last resetCount() (for SE01).
    qsizetype count() const { return m_count; }
    void resetCount() { m_count = 0; }

    const QByteArray &data() const { return m_data; }
    QByteArray take() { return std::move(m_data); }

    /// One segment as text, without its terminator.
    static QString segment(QLatin1StringView id, std::initializer_list<QString> elements);

private:
    template<typename It>
    void append(QLatin1StringView id, It begin, It end);
    void terminate();

    QByteArray m_data;
    qsizetype m_count = 0;
    bool m_lineBreaks = true;
};

} // namespace cc::x12

// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12text.h"

#include <QStringList>

#include <algorithm>

namespace cc::x12 {

namespace {

/// A character that can go into an element as it is.
bool isPlain(QChar c, bool upperOnly)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || u > 0x7e || isDelimiter(c))
        return false;
    return !(upperOnly && u >= u'a' && u <= u'z');
}

/// Letters that Unicode decomposition does not turn into ASCII.
QLatin1StringView special(char16_t u)
{
    switch (u) {
    case 0x00df: return QLatin1StringView("ss"); // ß
    case 0x00c6: return QLatin1StringView("AE");
    case 0x00e6: return QLatin1StringView("ae");
    case 0x0152: return QLatin1StringView("OE");
    case 0x0153: return QLatin1StringView("oe");
    case 0x00d8: return QLatin1StringView("O");
    case 0x00f8: return QLatin1StringView("o");
    case 0x0141: return QLatin1StringView("L");
    case 0x0142: return QLatin1StringView("l");
    case 0x0110: return QLatin1StringView("D");
    case 0x0111: return QLatin1StringView("d");
    case 0x00d0: return QLatin1StringView("D");
    case 0x00f0: return QLatin1StringView("d");
    case 0x00de: return QLatin1StringView("TH");
    case 0x00fe: return QLatin1StringView("th");
    case 0x2018:
    case 0x2019: return QLatin1StringView("'");
    case 0x201c:
    case 0x201d: return QLatin1StringView("\"");
    case 0x2013:
    case 0x2014: return QLatin1StringView("-");
    default: return {};
    }
}

QString sanitize(const QString &text, bool upper)
{
    // Fast path: already clean (the usual case for data the claims reader accepted).
    bool plain = true;
    QChar previous = QLatin1Char(' ');
    for (QChar c : text) {
        if (!isPlain(c, upper) || (c == QLatin1Char(' ') && previous == QLatin1Char(' '))) {
            plain = false;
            break;
        }
        previous = c;
    }
    if (plain && !text.endsWith(QLatin1Char(' ')))
        return text;

    QString ascii;
    ascii.reserve(text.size());
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || isDelimiter(c)) {
            ascii.append(QLatin1Char(' '));
        } else if (u < 0x7f) {
            ascii.append(c);
        } else if (const QLatin1StringView s = special(u); !s.isEmpty()) {
            ascii.append(s);
        } else if (c.isSpace()) {
            ascii.append(QLatin1Char(' '));
        }
        // Anything else (combining accents, other scripts, symbols) is dropped.
    }
    if (upper)
        ascii = ascii.toUpper();
    return ascii.simplified();
}

} // namespace

QString clean(const QString &text)
{
    return sanitize(text, true);
}

QString cleanId(const QString &text)
{
    return sanitize(text, false);
}

QString composite(const QStringList &components)
{
    qsizetype last = components.size();
    while (last > 0 && components.at(last - 1).isEmpty())
        --last;
    QString out;
    for (qsizetype i = 0; i < last; ++i) {
        if (i > 0)
            out.append(QLatin1Char(kComponentSeparator));
        out.append(components.at(i));
    }
    return out;
}

QString composite(std::initializer_list<QString> components)
{
    return composite(QStringList(components));
}

template<typename It>
void SegmentWriter::append(QLatin1StringView id, It begin, It end)
{
    while (end != begin && (end - 1)->isEmpty())
        --end;
    qsizetype size = id.size() + 2;
    for (It it = begin; it != end; ++it)
        size += it->size() + 1;
    if (m_data.capacity() - m_data.size() < size)
        m_data.reserve(std::max(m_data.capacity() * 2, m_data.size() + size));
    m_data.append(id.data(), id.size());
    for (It it = begin; it != end; ++it) {
        m_data.append(kElementSeparator);
        // The elements are clean (printable ASCII), so each QChar is one byte.
        for (QChar c : *it)
            m_data.append(char(c.unicode()));
    }
    terminate();
}

void SegmentWriter::terminate()
{
    m_data.append(kSegmentTerminator);
    if (m_lineBreaks)
        m_data.append('\n');
    ++m_count;
}

void SegmentWriter::add(QLatin1StringView id, std::initializer_list<QString> elements)
{
    append(id, elements.begin(), elements.end());
}

void SegmentWriter::add(QLatin1StringView id, const QStringList &elements)
{
    append(id, elements.cbegin(), elements.cend());
}

void SegmentWriter::addRaw(const QString &text)
{
    m_data.append(text.toLatin1());
    terminate();
}

QString SegmentWriter::segment(QLatin1StringView id, std::initializer_list<QString> elements)
{
    auto end = elements.end();
    while (end != elements.begin() && (end - 1)->isEmpty())
        --end;
    QString out = id;
    for (auto it = elements.begin(); it != end; ++it) {
        out.append(QLatin1Char(kElementSeparator));
        out.append(*it);
    }
    return out;
}

} // namespace cc::x12

// SPDX-License-Identifier: GPL-3.0-or-later
#include "codequery.h"

#include "domain/codeentry.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <climits>

namespace cc::codes {

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

/// Calls @p visit for each word (run of letters and digits) of @p text.
template<typename Visit>
void forEachWord(QStringView text, Visit visit)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            visit(text.mid(start, i - start));
            start = -1;
        }
    }
}

} // namespace

bool CodeQuery::isCodeLike(QStringView token)
{
    if (token.isEmpty() || token.size() > 8 || !isAsciiLetterOrDigit(token.front()))
        return false;
    int dots = 0;
    bool digit = false;
    for (QChar c : token) {
        if (c == QLatin1Char('.')) {
            if (++dots > 1)
                return false;
        } else if (!isAsciiLetterOrDigit(c)) {
            return false;
        } else if (c.isDigit()) {
            digit = true;
        }
    }
    return digit || token.size() == 1;
}

QString CodeQuery::fold(QStringView text)
{
    QString lower = text.toString().toLower();
    if (std::all_of(lower.cbegin(), lower.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return lower;
    const QString decomposed = lower.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

CodeQuery CodeQuery::parse(const QString &text)
{
    CodeQuery q;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return q;
    if (isCodeLike(trimmed)) {
        q.codePrefix = normalizedCode(trimmed);
        q.dotted = trimmed.contains(QLatin1Char('.'));
        // One letter is the chapter being typed, not yet a word worth searching.
        if (q.codePrefix.size() > 1)
            q.words = {q.codePrefix.toLower()};
        return q;
    }
    forEachWord(fold(trimmed), [&q](QStringView word) {
        const QString w = word.toString();
        if (q.words.size() < kMaxWords && !q.words.contains(w))
            q.words.append(w);
    });
    return q;
}

bool CodeQuery::startsAWord(QStringView text, const QString &word)
{
    bool found = false;
    forEachWord(fold(text), [&](QStringView w) { found = found || w.startsWith(word); });
    return found;
}

CodeQuery::Relevance CodeQuery::relevance(QStringView description) const
{
    // One bit per query word for each word of the description: which query words it starts.
    QVarLengthArray<quint32, 48> masks;
    quint32 found = 0;
    forEachWord(fold(description), [&](QStringView w) {
        quint32 mask = 0;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (w.startsWith(words.at(i)))
                mask |= quint32(1) << i;
        }
        masks.append(mask);
        found |= mask;
    });
    Relevance r;
    r.missing = int(words.size()) - std::popcount(found);
    r.span = int(masks.size()) + 1;
    r.start = r.span;
    if (found == 0)
        return r;
    for (qsizetype start = 0; start < masks.size(); ++start) {
        if (masks.at(start) == 0)
            continue;
        quint32 covered = 0;
        for (qsizetype end = start; end < masks.size() && end - start + 1 < r.span; ++end) {
            covered |= masks.at(end);
            if (covered == found) {
                r.span = int(end - start + 1);
                r.start = int(start);
                break;
            }
        }
    }
    return r;
}

} // namespace cc::codes

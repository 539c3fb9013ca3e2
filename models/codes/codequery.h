// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cc::codes {

/**
 * What someone typed into a code search box. A single code-like token ("e119", "E11.9",
 * "G04", "99213") is read as a code prefix, and also as a word for the descriptions ("b12"
 * finds both codes starting B12 and "Vitamin B12 deficiency"); a single letter only as a code
 * prefix (the chapter being typed). Anything else is a list of word prefixes that must all
 * match, in any order ("diab typ 2").
 */
struct CodeQuery
{
    /// At most this many words are searched; more add nothing a coder needs.
    static constexpr int kMaxWords = 8;

    QString codePrefix; ///< normalized (no dot, upper case); empty when the text is not a code
    bool dotted = false; ///< the code was typed with a dot: only ICD-10-CM codes have one
    QStringList words;  ///< folded word prefixes (see fold()), in the order typed

    bool isEmpty() const { return codePrefix.isEmpty() && words.isEmpty(); }

    static CodeQuery parse(const QString &text);
    /// True when @p token has the shape of a (partial) code: letters and digits with at most
    /// one dot, at most 8 characters, and a digit unless it is a single letter.
    static bool isCodeLike(QStringView token);
    /// Lower case without diacritics ("Ménière" → "meniere"), as the search index keeps words.
    static QString fold(QStringView text);

    /// How well a description matches the words, for ranking: fewer missing words first, then
    /// the words closer together ("Type 2 diabetes" before "Type 1 diabetes, stage 2"), then
    /// nearer the start ("Otitis media, left ear" before "Scarlet fever with otitis media").
    struct Relevance
    {
        int missing = 0; ///< words that start no word of the description
        int span = 0;    ///< the fewest consecutive description words holding the others
        int start = 0;   ///< where the first such run begins (0 = the first word)
        bool operator<(const Relevance &o) const
        {
            if (missing != o.missing)
                return missing < o.missing;
            return span != o.span ? span < o.span : start < o.start;
        }
    };
    Relevance relevance(QStringView description) const;
    /// True when @p word starts a word of @p text (folded).
    static bool startsAWord(QStringView text, const QString &word);
};

} // namespace cc::codes

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cc::x12 {

/// The four separators of an interchange, read from its ISA (X12.md §5).
struct Delimiters
{
    char element = '*';     ///< ISA byte 3
    char repetition = '^';  ///< ISA11
    char component = ':';   ///< ISA16
    char segment = '~';     ///< the byte after ISA16
};

/**
 * One segment of an interchange. `elements[0]` is the segment id, so `element(1)` is the
 * first data element as the implementation guides number it (e.g. SE01).
 */
struct Segment
{
    int number = 0;  ///< 1-based ordinal in the interchange (ISA = 1)
    QList<QByteArray> elements;
    char componentSeparator = ':';
    char repetitionSeparator = '^';

    QByteArray id() const { return elements.value(0); }
    bool is(QByteArrayView segmentId) const { return !elements.isEmpty() && elements.first() == segmentId; }
    /// The data element at 1-based @p index, or an empty array when absent.
    QByteArray element(int index) const { return elements.value(index); }
    int elementCount() const { return int(elements.size()) - 1; }
    /// The components of element @p index (one component when it has no separator).
    QList<QByteArray> components(int index) const;
    /// Component @p component (1-based) of element @p index, or empty.
    QByteArray component(int index, int component) const;
    /// The repetitions of element @p index.
    QList<QByteArray> repetitions(int index) const;
};

/// An ST..SE transaction set: indexes into Interchange::segments.
struct TransactionSet
{
    QByteArray id;             ///< ST01 (837, 835, 999, 277…)
    QByteArray controlNumber;  ///< ST02
    QByteArray version;        ///< ST03
    qsizetype first = 0;       ///< index of ST
    qsizetype last = 0;        ///< index of SE
    int segmentCount() const { return int(last - first + 1); }
};

/// A GS..GE functional group.
struct FunctionalGroup
{
    QByteArray functionalId;   ///< GS01 (HC, HP, FA, HN…)
    QByteArray controlNumber;  ///< GS06
    QByteArray version;        ///< GS08
    qsizetype first = 0;       ///< index of GS
    qsizetype last = 0;        ///< index of GE
    QList<TransactionSet> sets;
};

/// A whole ISA..IEA interchange, tokenized and with its envelope checked.
struct Interchange
{
    Delimiters delimiters;
    QByteArray controlNumber;  ///< ISA13
    QByteArray senderId;       ///< ISA06, trimmed
    QByteArray receiverId;     ///< ISA08, trimmed
    QList<Segment> segments;   ///< every segment, ISA..IEA
    QList<FunctionalGroup> groups;
    /// Count mismatches found in lenient mode (empty in strict mode: they are errors there).
    QStringList warnings;

    /// The segments ST..SE of @p set.
    QList<Segment> body(const TransactionSet &set) const
    {
        return segments.mid(set.first, set.last - set.first + 1);
    }
};

/**
 * Tokenizer and envelope checker for any X12 interchange. Works on bytes: no regular
 * expressions, no conversion to QString except for messages.
 */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(cc::x12::Reader)
public:
    enum class Counts {
        Strict,   ///< wrong SE01/GE01/IEA01 counts or control numbers are errors
        Lenient,  ///< they are collected in Interchange::warnings (files in the wild)
    };

    /// Reads the delimiters from the ISA at the start of @p data (after a BOM / whitespace).
    static Result<Delimiters> delimiters(const QByteArray &data);
    /// Splits @p data into segments without checking the envelope.
    static Result<QList<Segment>> tokenize(const QByteArray &data, Delimiters *used = nullptr);
    /// Tokenizes and checks the ISA/GS/ST envelope (X12.md §1).
    static Result<Interchange> read(const QByteArray &data, Counts counts = Counts::Strict);

    /// The sentence of every reader error: "Segment 14 (SE): <what>".
    static Error segmentError(int number, const QByteArray &id, const QString &what);
};

/// Parses an X12 decimal ("150", "150.1", "-3.05", "12.500") into cents exactly, or nullopt.
std::optional<qint64> parseCents(QByteArrayView text);
/// Parses CCYYMMDD, or returns an invalid QDate.
QDate parseDate(QByteArrayView text);

} // namespace cc::x12

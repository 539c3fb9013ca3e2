// SPDX-License-Identifier: GPL-3.0-or-later
#include "x12reader.h"

namespace cc::x12 {

namespace {

constexpr qsizetype IsaLength = 106;

bool isBlank(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t';
}

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/// Skips a UTF-8 byte order mark and leading white space.
qsizetype contentStart(const QByteArray &data)
{
    qsizetype pos = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < data.size() && isBlank(data.at(pos)))
        ++pos;
    return pos;
}

/// What a separator looks like in a message: the character, or CR / LF / TAB.
QString describe(char c)
{
    switch (c) {
    case '\r': return QStringLiteral("CR");
    case '\n': return QStringLiteral("LF");
    case '\t': return QStringLiteral("TAB");
    case ' ': return QStringLiteral("space");
    default: return QStringLiteral("“%1”").arg(QLatin1Char(c));
    }
}

QByteArray leadingId(const QByteArray &data, qsizetype from)
{
    qsizetype end = from;
    while (end < data.size() && end - from < 3 && isAlnum(data.at(end)))
        ++end;
    return data.mid(from, end - from);
}

bool validId(const QByteArray &id)
{
    if (id.size() < 2 || id.size() > 3)
        return false;
    if (!(id.at(0) >= 'A' && id.at(0) <= 'Z'))
        return false;
    for (char c : id)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

QList<QByteArray> splitOn(const QByteArray &text, char sep)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(sep, from);
        if (at < 0) {
            parts.append(text.mid(from));
            return parts;
        }
        parts.append(text.mid(from, at - from));
        from = at + 1;
    }
}

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

} // namespace

QList<QByteArray> Segment::components(int index) const
{
    const QByteArray e = element(index);
    if (e.isEmpty())
        return {};
    return splitOn(e, componentSeparator);
}

QByteArray Segment::component(int index, int component) const
{
    return components(index).value(component - 1);
}

QList<QByteArray> Segment::repetitions(int index) const
{
    const QByteArray e = element(index);
    if (e.isEmpty())
        return {};
    if (repetitionSeparator == '\0')
        return {e};
    return splitOn(e, repetitionSeparator);
}

Error Reader::segmentError(int number, const QByteArray &id, const QString &what)
{
    if (id.isEmpty())
        return Error::invalid(tr("Segment %1: %2").arg(QString::number(number), what));
    return Error::invalid(tr("Segment %1 (%2): %3").arg(QString::number(number), latin(id), what));
}

Result<Delimiters> Reader::delimiters(const QByteArray &data)
{
    const qsizetype start = contentStart(data);
    if (data.size() - start < 3 || data.mid(start, 3) != "ISA") {
        if (start >= data.size())
            return Error::invalid(tr("The file is empty: an X12 interchange starts with an ISA segment."));
        return segmentError(1, leadingId(data, start),
                            tr("the file does not start with an interchange header (ISA)."));
    }
    const auto tooShort = [&](qsizetype length) {
        return segmentError(1, QByteArrayLiteral("ISA"),
                            tr("the interchange header has %1 characters; it needs %2.")
                                    .arg(length)
                                    .arg(IsaLength));
    };
    if (data.size() - start < 4)
        return tooShort(data.size() - start);
    Delimiters d;
    d.element = data.at(start + 3);
    if (isAlnum(d.element) || isBlank(d.element))
        return segmentError(1, QByteArrayLiteral("ISA"),
                            tr("the element separator %1 is a letter, digit or space.")
                                    .arg(describe(d.element)));
    // The 16th element separator precedes ISA16 (component separator); the terminator follows.
    qsizetype sep11 = -1, sep12 = -1, sep16 = -1;
    int count = 0;
    for (qsizetype i = start + 3; i < data.size() && i < start + 4 * IsaLength; ++i) {
        if (data.at(i) != d.element)
            continue;
        ++count;
        if (count == 11)
            sep11 = i;
        else if (count == 12)
            sep12 = i;
        else if (count == 16) {
            sep16 = i;
            break;
        }
    }
    if (sep16 < 0 || sep16 + 2 >= data.size()) {
        // Up to the first segment terminator candidate or the end of the data.
        qsizetype length = data.size() - start;
        const qsizetype nl = data.indexOf('\n', start);
        if (nl >= 0)
            length = std::min(length, nl - start);
        return tooShort(length);
    }
    const qsizetype length = sep16 + 3 - start;
    if (length < IsaLength)
        return tooShort(length);
    d.component = data.at(sep16 + 1);
    d.segment = data.at(sep16 + 2);
    if (sep12 - sep11 == 2 && !isAlnum(data.at(sep11 + 1)))
        d.repetition = data.at(sep11 + 1);
    else
        d.repetition = '\0';  // 4010 "U": no repetition separator
    if (d.segment == d.element || d.segment == d.component || isAlnum(d.segment)
        || d.component == d.element) {
        return segmentError(1, QByteArrayLiteral("ISA"),
                            tr("the separators are not distinct (element %1, component %2, "
                               "segment terminator %3).")
                                    .arg(describe(d.element), describe(d.component),
                                         describe(d.segment)));
    }
    return d;
}

Result<QList<Segment>> Reader::tokenize(const QByteArray &data, Delimiters *used)
{
    const auto delims = delimiters(data);
    if (!delims)
        return delims.error();
    const Delimiters d = *delims;
    if (used)
        *used = d;

    QList<Segment> segments;
    segments.reserve(data.size() / 40 + 1);
    qsizetype pos = contentStart(data);
    const qsizetype size = data.size();
    int number = 0;
    while (pos < size) {
        const char c = data.at(pos);
        if (c == d.segment || (isBlank(c) && c != d.element)) {
            ++pos;  // CR/LF/indentation after a terminator, or an empty segment
            continue;
        }
        const qsizetype end = data.indexOf(d.segment, pos);
        QByteArray id;
        if (end < 0) {
            const qsizetype sep = data.indexOf(d.element, pos);
            id = data.mid(pos, (sep < 0 ? size : sep) - pos).trimmed();
            return segmentError(number + 1, validId(id) ? id : QByteArray(),
                                tr("the last segment has no terminator (%1); the file may be "
                                   "cut short.")
                                        .arg(describe(d.segment)));
        }
        qsizetype stop = end;
        if (d.segment == '\n' && stop > pos && data.at(stop - 1) == '\r')
            --stop;  // CR LF where LF is the terminator
        Segment s;
        s.number = ++number;
        s.componentSeparator = d.component;
        s.repetitionSeparator = d.repetition;
        s.elements = splitOn(data.mid(pos, stop - pos), d.element);
        if (!validId(s.elements.first())) {
            return segmentError(s.number, {},
                                tr("“%1” is not a segment id.")
                                        .arg(QString::fromUtf8(s.elements.first().left(20))));
        }
        segments.append(std::move(s));
        pos = end + 1;
    }
    return segments;
}

Result<Interchange> Reader::read(const QByteArray &data, Counts counts)
{
    Interchange ic;
    auto tokens = tokenize(data, &ic.delimiters);
    if (!tokens)
        return tokens.error();
    ic.segments = std::move(tokens).value();
    const QList<Segment> &segs = ic.segments;
    const qsizetype n = segs.size();

    const Segment &isa = segs.first();
    if (isa.elementCount() < 16)
        return segmentError(1, isa.id(), tr("the interchange header has %1 elements; it needs 16.")
                                                 .arg(isa.elementCount()));
    ic.senderId = isa.element(6).trimmed();
    ic.receiverId = isa.element(8).trimmed();
    ic.controlNumber = isa.element(13);

    // A count or control-number mismatch: an error in strict mode, a warning otherwise.
    std::optional<Error> failure;
    const auto problem = [&](const Segment &s, const QString &what) {
        const Error e = segmentError(s.number, s.id(), what);
        if (counts == Counts::Strict)
            failure = e;
        else
            ic.warnings.append(e.userMessage);
        return counts == Counts::Strict;
    };
    const auto number = [](const QByteArray &text, bool *ok) {
        return text.trimmed().toInt(ok);
    };
    const auto endsEarly = [&](const QString &what) { return segmentError(segs.last().number, segs.last().id(), what); };

    qsizetype i = 1;
    bool closed = false;
    while (i < n) {
        const Segment &s = segs.at(i);
        if (s.is("GS")) {
            FunctionalGroup g;
            g.first = i;
            g.functionalId = s.element(1);
            g.controlNumber = s.element(6);
            g.version = s.element(8);
            ++i;
            for (;;) {
                if (i >= n)
                    return endsEarly(tr("the file ends inside the functional group that starts at "
                                        "segment %1 (GS); its trailer (GE) is missing.")
                                             .arg(s.number));
                const Segment &t = segs.at(i);
                if (t.is("ST")) {
                    TransactionSet set;
                    set.first = i;
                    set.id = t.element(1);
                    set.controlNumber = t.element(2);
                    set.version = t.element(3);
                    ++i;
                    while (i < n && !segs.at(i).is("SE")) {
                        const Segment &b = segs.at(i);
                        if (b.is("ST") || b.is("GE") || b.is("GS") || b.is("IEA") || b.is("ISA"))
                            return segmentError(b.number, b.id(),
                                                tr("the transaction set that starts at segment %1 "
                                                   "(ST) has no trailer (SE) before this segment.")
                                                        .arg(t.number));
                        ++i;
                    }
                    if (i >= n)
                        return endsEarly(tr("the file ends inside the transaction set that starts "
                                            "at segment %1 (ST); its trailer (SE) is missing.")
                                                 .arg(t.number));
                    const Segment &se = segs.at(i);
                    set.last = i;
                    bool ok = false;
                    const int declared = number(se.element(1), &ok);
                    if (!ok) {
                        if (problem(se, tr("SE01 “%1” is not a number.").arg(latin(se.element(1)))))
                            return *failure;
                    } else if (declared != set.segmentCount()) {
                        if (problem(se, tr("the transaction set has %1 segments, SE01 says %2.")
                                                .arg(set.segmentCount())
                                                .arg(declared)))
                            return *failure;
                    }
                    if (se.element(2) != set.controlNumber
                        && problem(se, tr("SE02 “%1” does not match the control number “%2” of "
                                          "segment %3 (ST).")
                                               .arg(latin(se.element(2)), latin(set.controlNumber))
                                               .arg(t.number)))
                        return *failure;
                    g.sets.append(set);
                    ++i;
                } else if (t.is("GE")) {
                    g.last = i;
                    bool ok = false;
                    const int declared = number(t.element(1), &ok);
                    if (!ok) {
                        if (problem(t, tr("GE01 “%1” is not a number.").arg(latin(t.element(1)))))
                            return *failure;
                    } else if (declared != g.sets.size()) {
                        if (problem(t, tr("the functional group has %1 transaction sets, GE01 "
                                          "says %2.")
                                               .arg(g.sets.size())
                                               .arg(declared)))
                            return *failure;
                    }
                    if (t.element(2) != g.controlNumber
                        && problem(t, tr("GE02 “%1” does not match the group control number "
                                         "“%2” of segment %3 (GS).")
                                              .arg(latin(t.element(2)), latin(g.controlNumber))
                                              .arg(s.number)))
                        return *failure;
                    ++i;
                    break;
                } else {
                    return segmentError(t.number, t.id(),
                                        tr("a transaction set header (ST) or the group trailer "
                                           "(GE) was expected here."));
                }
            }
            ic.groups.append(std::move(g));
        } else if (s.is("IEA")) {
            bool ok = false;
            const int declared = number(s.element(1), &ok);
            if (!ok) {
                if (problem(s, tr("IEA01 “%1” is not a number.").arg(latin(s.element(1)))))
                    return *failure;
            } else if (declared != ic.groups.size()) {
                if (problem(s, tr("the interchange has %1 functional groups, IEA01 says %2.")
                                       .arg(ic.groups.size())
                                       .arg(declared)))
                    return *failure;
            }
            if (s.element(2) != ic.controlNumber
                && problem(s, tr("IEA02 “%1” does not match the interchange control number “%2” "
                                 "of segment 1 (ISA).")
                                      .arg(latin(s.element(2)), latin(ic.controlNumber))))
                return *failure;
            ++i;
            if (i < n)
                return segmentError(segs.at(i).number, segs.at(i).id(),
                                    tr("there is data after the interchange trailer (IEA) of "
                                       "segment %1.")
                                            .arg(s.number));
            closed = true;
        } else if (s.is("TA1")) {
            ++i;  // interchange acknowledgement: allowed between ISA and the first GS
        } else {
            return segmentError(s.number, s.id(),
                                tr("a functional group header (GS) or the interchange trailer "
                                   "(IEA) was expected here."));
        }
    }
    if (!closed)
        return endsEarly(tr("the file ends without the interchange trailer (IEA)."));
    return ic;
}

std::optional<qint64> parseCents(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    qint64 whole = 0;
    int digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') {
        if (++digits > 15)
            return std::nullopt;
        whole = whole * 10 + (text[i] - '0');
        ++i;
    }
    qint64 cents = 0;
    int decimals = 0;
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && text[i] >= '0' && text[i] <= '9') {
            const int digit = text[i] - '0';
            if (decimals < 2)
                cents = cents * 10 + digit;
            else if (digit != 0)
                return std::nullopt;  // a fraction of a cent
            ++decimals;
            ++i;
        }
    }
    if (i != n || digits + decimals == 0)
        return std::nullopt;
    if (decimals == 1)
        cents *= 10;
    const qint64 value = whole * 100 + cents;
    return negative ? -value : value;
}

QDate parseDate(QByteArrayView text)
{
    if (text.size() != 8)
        return {};
    int v[3] = {0, 0, 0};
    const int widths[3] = {4, 2, 2};
    qsizetype pos = 0;
    for (int part = 0; part < 3; ++part) {
        for (int k = 0; k < widths[part]; ++k, ++pos) {
            const char c = text[pos];
            if (c < '0' || c > '9')
                return {};
            v[part] = v[part] * 10 + (c - '0');
        }
    }
    return QDate(v[0], v[1], v[2]);
}

} // namespace cc::x12

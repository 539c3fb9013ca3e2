// SPDX-License-Identifier: GPL-3.0-or-later
#include "remit835.h"
#include "x12reader.h"

#include "domain/money.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cc::x12 {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::x12::Remit835Reader)
};

constexpr int kMaxElements = 64;
constexpr qsizetype kIsaLength = 106;

bool isBlank(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t';
}

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool validId(QByteArrayView id)
{
    const auto upperOrDigit = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    return (id.size() == 2 || id.size() == 3) && id[0] >= 'A' && id[0] <= 'Z'
            && upperOrDigit(id[1]) && (id.size() == 2 || upperOrDigit(id[2]));
}

/// @p v equals the literal @p lit. Byte by byte on purpose: N is a constant, so this unrolls
/// into a few compares, where memcmp stayed a library call per qualifier tested.
template<qsizetype N>
inline bool is(QByteArrayView v, const char (&lit)[N])
{
    if (v.size() != N - 1)
        return false;
    for (qsizetype i = 0; i < N - 1; ++i)
        if (v[i] != lit[i])
            return false;
    return true;
}

/// A segment id as one number, so dispatch is a switch. Ids are 2 or 3 bytes (validId()), so
/// no loop: this runs for every segment.
constexpr quint32 key(QByteArrayView id)
{
    const quint32 two = quint32(quint8(id[0])) << 8 | quint8(id[1]);
    return id.size() == 2 ? two : two << 8 | quint8(id[2]);
}

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.data(), bytes.size());
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDecimalString();
}

/// The @p n bytes at @p a and @p b are equal. Values are mostly codes and ids of up to 16
/// bytes: two overlapping loads per side compare them inline, where memcmp was a library call
/// per field.
Q_ALWAYS_INLINE bool sameBytes(const char *a, const char *b, qsizetype n)
{
    if (n >= 8 && n <= 16) {
        quint64 a0, a1, b0, b1;
        std::memcpy(&a0, a, 8);
        std::memcpy(&a1, a + n - 8, 8);
        std::memcpy(&b0, b, 8);
        std::memcpy(&b1, b + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4 && n < 8) {
        quint32 a0, a1, b0, b1;
        std::memcpy(&a0, a, 4);
        std::memcpy(&a1, a + n - 4, 4);
        std::memcpy(&b0, b, 4);
        std::memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n < 4) { // 0..3 bytes: the first, middle and last one cover them all
        const size_t half = size_t(n) / 2; // (unsigned: a shift, where n / 2 made a division)
        return n == 0 || (a[0] == b[0] && a[half] == b[half] && a[n - 1] == b[n - 1]);
    }
    return std::memcmp(a, b, size_t(n)) == 0;
}

/// Copies @p n bytes (n > 0) like memcpy, inline up to 16 bytes (overlapping moves).
inline void copyBytes(char *dst, const char *src, qsizetype n)
{
    if (n >= 8 && n <= 16) {
        quint64 s0, s1;
        std::memcpy(&s0, src, 8);
        std::memcpy(&s1, src + n - 8, 8);
        std::memcpy(dst, &s0, 8);
        std::memcpy(dst + n - 8, &s1, 8);
    } else if (n >= 4 && n < 8) {
        quint32 s0, s1;
        std::memcpy(&s0, src, 4);
        std::memcpy(&s1, src + n - 4, 4);
        std::memcpy(dst, &s0, 4);
        std::memcpy(dst + n - 4, &s1, 4);
    } else if (n < 4) {
        const size_t half = size_t(n) / 2;
        const char first = src[0], middle = src[half], last = src[n - 1];
        dst[0] = first;
        dst[half] = middle;
        dst[n - 1] = last;
    } else {
        std::memcpy(dst, src, size_t(n));
    }
}

/// The part of assign() for a value that changed: out of line, so that each call site only
/// holds the comparison.
Q_NEVER_INLINE void assignChanged(QByteArray &dst, QByteArrayView v)
{
    if (dst.isDetached() && dst.capacity() >= v.size()) {
        if (dst.size() != v.size()) // (the same length is common: claim ids, procedure codes)
            dst.resize(v.size());
        if (!v.isEmpty())
            copyBytes(dst.data(), v.data(), v.size());
    } else if (v.isEmpty()) {
        dst = QByteArray();
    } else {
        dst = QByteArray(v.data(), v.size());
    }
}

/// Copies @p v into @p dst, reusing dst's buffer when nobody else holds it: the reader keeps
/// one claim and refills it, so a handler that copies nothing causes no allocation. Most
/// values are the same as in the last claim ("HC", "1", "45"…): that test is inline.
Q_ALWAYS_INLINE void assign(QByteArray &dst, QByteArrayView v)
{
    if (dst.size() != v.size() || !sameBytes(dst.constData(), v.data(), v.size()))
        assignChanged(dst, v);
}

/// The CAS group codes as static literals (no allocation per adjustment).
QByteArray groupCode(QByteArrayView v)
{
    // One array: one initialization guard to test per CAS, not four.
    static const QByteArray codes[] = {QByteArrayLiteral("CO"), QByteArrayLiteral("PR"),
                                       QByteArrayLiteral("OA"), QByteArrayLiteral("PI")};
    if (v.size() == 2) {
        if (v[0] == 'C' && v[1] == 'O')
            return codes[0];
        if (v[0] == 'P' && v[1] == 'R')
            return codes[1];
        if (v[0] == 'O' && v[1] == 'A')
            return codes[2];
        if (v[0] == 'P' && v[1] == 'I')
            return codes[3];
    }
    return v.toByteArray();
}

/// The common CLP02 values as static literals.
void assignStatus(QByteArray &dst, QByteArrayView v)
{
    if (is(v, "1"))
        dst = QByteArrayLiteral("1");
    else if (is(v, "2"))
        dst = QByteArrayLiteral("2");
    else if (is(v, "4"))
        dst = QByteArrayLiteral("4");
    else if (is(v, "19"))
        dst = QByteArrayLiteral("19");
    else if (is(v, "22"))
        dst = QByteArrayLiteral("22");
    else
        assign(dst, v);
}

/// The next item of @p list: an old one when there is one, else one from @p spare (the caller
/// overwrites every field), so refilling the reader's one claim allocates nothing once grown.
template<typename T>
T &nextItem(QList<T> &list, int &count, std::vector<T> &spare)
{
    if (count < list.size())
        return list[count++];
    ++count;
    if (!spare.empty()) {
        list.append(std::move(spare.back()));
        spare.pop_back();
        return list.last();
    }
    return list.emplaceBack();
}

/// The work of trim() when there is some.
template<typename T>
Q_NEVER_INLINE void trimTail(QList<T> &list, int count, std::vector<T> &spare)
{
    if (!list.isDetached()) {
        list.resize(count);
        return;
    }
    while (list.size() > count) {
        spare.push_back(std::move(list.last())); // one move, not takeLast()'s two
        list.removeLast();
    }
}

/// Shrinks @p list to @p count items, keeping the others in @p spare for later claims. The
/// test is inline: it runs four times per line, and there is rarely anything to do.
template<typename T>
inline void trim(QList<T> &list, int count, std::vector<T> &spare)
{
    if (list.size() > count) // else nothing; also keeps a null list null (resize would allocate)
        trimTail(list, count, spare);
}

/// Drops a list that a handler kept a copy of, instead of copying it on the next write.
template<typename T>
void reuse(QList<T> &list)
{
    if (!list.isEmpty() && !list.isDetached())
        list = QList<T>();
}

/// Splits @p v on @p sep into at most @p max parts; returns how many.
int split(QByteArrayView v, char sep, QByteArrayView *out, int max)
{
    int n = 0;
    const char *p = v.data();
    const char *end = p + v.size();
    while (n < max) {
        // memchr() is not given a null pointer, even for no bytes (an empty element's view).
        const char *at = p == end ? nullptr
                                  : static_cast<const char *>(std::memchr(p, sep, size_t(end - p)));
        if (!at) {
            out[n++] = QByteArrayView(p, end - p);
            break;
        }
        out[n++] = QByteArrayView(p, at - p);
        p = at + 1;
    }
    return n;
}

/// The usual shapes of an amount ("150", "-3.05", "12.5") read inline: sets @p out and returns
/// true, or returns false for anything else (empty, "+1", ".5", "12.500", 16 digits, not a
/// number…), which parseCents() then decides. On what it accepts it gives what parseCents()
/// gives; it only spares the call and the std::optional for the 400,000 amounts of a big file.
inline bool plainCents(QByteArrayView v, qint64 &out)
{
    const char *p = v.data();
    const char *const end = p + v.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    const char *const first = p;
    // At most 16 digits are read (no overflow); more than 15 is for parseCents() to refuse.
    const char *const stop = end - p > 16 ? p + 16 : end;
    qint64 whole = 0;
    while (p != stop && unsigned(*p - '0') < 10) {
        whole = whole * 10 + (*p - '0');
        ++p;
    }
    const qsizetype digits = p - first;
    if (digits == 0 || digits > 15)
        return false;
    qint64 cents = whole * 100;
    if (p != end) {
        // ".d" or ".dd" and nothing after
        const qsizetype decimals = end - p - 1;
        if (*p != '.' || decimals < 1 || decimals > 2 || unsigned(p[1] - '0') >= 10)
            return false;
        cents += (p[1] - '0') * 10;
        if (decimals == 2) {
            if (unsigned(p[2] - '0') >= 10)
                return false;
            cents += p[2] - '0';
        }
    }
    out = negative ? -cents : cents;
    return true;
}

enum class Loop {
    Header,     ///< after ST, before N1*PR
    Payer,      ///< 1000A
    Payee,      ///< 1000B
    Detail,     ///< after LX, before the first CLP of the group
    Claim,      ///< 2100 before its first SVC
    Line,       ///< 2110
    OrphanLine, ///< an SVC outside any claim: reported once, its segments skipped
    Footer,     ///< after a PLB
};

/// The state machine of one read. It keeps one claim and refills it for the next.
class Parser
{
public:
    Parser(QByteArrayView data, Remit835Reader::Handler &handler)
        : m_data(data), m_handler(handler)
    {
        setDelimiters(m_delims);
    }

    int run();

private:
    // Tokenizing
    void setDelimiters(const Delimiters &d);
    const char *readIsa(const char *p, const char *end);
    void splitSegment(const char *begin, const char *end);
    const char *scanSegment(const char *p, const char *end);
    void trimElements();
    QByteArrayView el(int index) const
    {
        return index < m_count ? m_elements[size_t(index)] : QByteArrayView();
    }
    QString elementName(int index) const
    {
        return text(id()) + QString::number(index).rightJustified(2, QLatin1Char('0'));
    }

    void error(int segment, QByteArrayView id, const QString &message);
    void error(const QString &message) { error(m_number, id(), message); }
    void outOfPlace(const QString &why) { error(why); }
    Q_ALWAYS_INLINE bool amount(int index, qint64 &out, bool required)
    {
        return plainCents(el(index), out) || otherAmount(index, out, required);
    }
    bool otherAmount(int index, qint64 &out, bool required);
    QDate date(int index);
    QDate newDate(int index, quint64 bytes);

    void dispatch();
    void onIsa();
    void onIea();
    void onGs();
    void onGe();
    void onSt();
    void onSe();
    void onBpr();
    void onN1();
    void onRef();
    void onDtm();
    void onClp();
    void onCas();
    void onNm1();
    void onRemarks(int first, int last, int extra1 = 0, int extra2 = 0);
    void onSvc();
    void onPlb();
    bool requireHeader();

    void startClaim();
    void finishClaim();
    void startTransaction();
    void ensureStarted();
    void finishTransaction(bool complete);
    void finishFile();

    QByteArrayView m_data;
    Remit835Reader::Handler &m_handler;
    Delimiters m_delims;
#ifdef __SSE2__
    // m_delims' element separator and terminator in all 16 bytes, for scanSegment(): made
    // once per interchange instead of once per segment.
    __m128i m_separatorBytes;
    __m128i m_terminatorBytes;
#endif

    // The current segment
    int m_number = 0;
    /// The segment id. Read from m_elements each time, not copied: a 16-byte copy of a view
    /// just written as two 8-byte values stalls the CPU (no store forwarding), every segment.
    QByteArrayView id() const { return m_elements[0]; }
    quint32 m_key = 0; ///< key(id()), once the id is valid
    std::array<QByteArrayView, kMaxElements> m_elements {};
    int m_count = 0;
    bool m_blank = false; ///< the segment has a byte <= ' ': some element may need trimming
    std::array<QByteArrayView, 8> m_parts {};
    // Dates repeat from segment to segment (the lines of a claim share one or a few): the
    // last few parsed, by their 8 bytes, replaced in turn.
    struct CachedDate
    {
        quint64 text = 0;
        QDate date;
    };
    std::array<CachedDate, 8> m_dates {};
    int m_dateCount = 0;
    int m_dateNext = 0;

    // Envelope
    bool m_inIsa = false;
    int m_isaNumber = 0;
    QByteArray m_isaControl;
    int m_groupCount = 0;
    bool m_inGs = false;
    int m_gsNumber = 0;
    QByteArray m_gsControl;
    int m_setCount = 0;
    bool m_inSt = false;
    bool m_is835 = false;
    int m_stNumber = 0;
    QByteArray m_stControl;

    // Transaction
    RemitTransaction m_tx;
    Loop m_loop = Loop::Header;
    bool m_bprSeen = false;
    int m_bprNumber = 0;
    bool m_headerReported = false;
    bool m_started = false;
    bool m_txAmountsOk = true;
    bool m_payerIdFromN1 = false;
    qint64 m_paidSum = 0;
    qint64 m_plbSum = 0;

    // Claim
    RemitClaim m_claim;
    bool m_claimOpen = false;
    bool m_claimAmountsOk = true;
    int m_lineCount = 0;
    int m_claimAdjustments = 0;
    enum Name { PatientName = 1, MemberId = 2, MemberFromIl = 4, Crossover = 8, Rendering = 16 };
    int m_names = 0; ///< the Name values set in the current claim
    int m_claimRemarks = 0;
    /// The line being read, m_claim.lines[m_lineCount - 1], valid in Loop::Line: its segments
    /// use it without QList's detach check each time.
    RemitServiceLine *m_line = nullptr;
    /// What is filled in each line of m_claim (the lists are trimmed when the claim ends).
    struct LineState
    {
        bool ok = true;
        int adjustments = 0;
        int remarks = 0;
        int modifiers = 0;
        int originalModifiers = 0;
    };
    std::vector<LineState> m_lineState;
    // Items of earlier claims, kept to be refilled instead of allocated again.
    // (std::vector: lighter than QList to push and pop, and never shared)
    std::vector<RemitServiceLine> m_spareLines;
    std::vector<RemitAdjustment> m_spareAdjustments;
    std::vector<QByteArray> m_spareBytes;
    LineState &lineState() { return m_lineState[size_t(m_lineCount - 1)]; }
};

int Parser::run()
{
    const char *p = m_data.data();
    const char *const end = p + m_data.size();
    if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end) {
        const char c = *p;
        if (c == m_delims.segment || (isBlank(c) && c != m_delims.element)) {
            ++p; // CR/LF/indentation between segments, or an empty segment
            continue;
        }
        const char *stop = nullptr;
        if (end - p > 4 && p[0] == 'I' && p[1] == 'S' && p[2] == 'A' && !isAlnum(p[3])
            && !isBlank(p[3]))
            stop = readIsa(p, end);
        if (stop)
            splitSegment(p, stop);
        else
            stop = scanSegment(p, end);
        if (m_blank)
            trimElements(); // CR before an LF terminator, padding, indentation
        const bool terminated = stop != nullptr;
        ++m_number;
        p = terminated ? stop + 1 : end;
        const QByteArrayView segmentId = id();
        if (!validId(segmentId)) {
            error(m_number, {},
                  Tr::tr("“%1” is not a segment id; the segment is skipped.")
                          .arg(text(segmentId.first(std::min<qsizetype>(20, segmentId.size())))));
            continue;
        }
        m_key = key(segmentId);
        if (m_number == 1 && segmentId != "ISA")
            error(Tr::tr("The file does not start with an interchange header (ISA)."));
        if (!terminated)
            error(Tr::tr("The last segment has no terminator: the file may be cut short."));
        dispatch();
    }
    finishFile();
    return m_number;
}

/// Reads the four delimiters of the ISA at @p p (X12.md §5) and returns its terminator, or
/// nullptr (error reported) when the header is malformed: the previous delimiters stay.
const char *Parser::readIsa(const char *p, const char *end)
{
    const char element = p[3];
    int count = 0;
    const char *sep11 = nullptr;
    const char *sep12 = nullptr;
    const char *sep16 = nullptr;
    for (const char *q = p + 3; q < end && q < p + 4 * kIsaLength; ++q) {
        if (*q != element)
            continue;
        ++count;
        if (count == 11) {
            sep11 = q;
        } else if (count == 12) {
            sep12 = q;
        } else if (count == 16) {
            sep16 = q;
            break;
        }
    }
    const auto malformed = [&]() {
        error(m_number + 1, "ISA",
              Tr::tr("The interchange header (ISA) is cut short or malformed: its separators "
                     "cannot be read."));
        return nullptr;
    };
    if (!sep16 || sep16 + 2 >= end || sep16 + 3 - p < kIsaLength)
        return malformed();
    Delimiters d;
    d.element = element;
    d.component = sep16[1];
    d.segment = sep16[2];
    d.repetition = (sep12 - sep11 == 2 && !isAlnum(sep11[1])) ? sep11[1] : '\0';
    if (d.segment == d.element || d.segment == d.component || isAlnum(d.segment)
        || d.component == d.element || d.segment == ' ')
        return malformed();
    setDelimiters(d);
    return sep16 + 2;
}

void Parser::setDelimiters(const Delimiters &d)
{
    m_delims = d;
#ifdef __SSE2__
    m_separatorBytes = _mm_set1_epi8(d.element);
    m_terminatorBytes = _mm_set1_epi8(d.segment);
#endif
}

void Parser::splitSegment(const char *begin, const char *end)
{
    m_count = split(QByteArrayView(begin, end - begin), m_delims.element, m_elements.data(),
                    kMaxElements);
    m_blank = true; // the ISA pads its ids with spaces
}

/**
 * Splits the segment that starts at @p p into m_elements and returns its terminator, or
 * nullptr when the data ends first. With SSE2 it compares 16 bytes at a time against both the
 * element separator and the terminator: the one pass over the file that the budget allows.
 * The same pass notes in m_blank whether the segment has any byte <= ' ' (blanks are all
 * such bytes), so the elements of most segments need no trimming at all.
 */
const char *Parser::scanSegment(const char *p, const char *end)
{
    const char sep = m_delims.element;
    const char term = m_delims.segment;
    int n = 0;
    const char *from = p;
    const char *q = p;
    bool blank = false;
#ifdef __SSE2__
    const __m128i seps = m_separatorBytes;
    const __m128i terms = m_terminatorBytes;
    const __m128i spaces = _mm_set1_epi8(' ');
    while (end - q >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
        const unsigned t = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, terms)));
        unsigned s = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, seps)));
        // min(byte, ' ') == byte: the byte is <= ' ' (unsigned)
        unsigned b = unsigned(
                _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(block, spaces), block)));
        if (t) {
            const unsigned before = (1u << __builtin_ctz(t)) - 1; // the bytes before the terminator
            s &= before;
            b &= before;
        }
        blank |= b != 0;
        if (n + 16 < kMaxElements) {
            // Room for every separator of the block: no limit to check per element.
            for (; s; s &= s - 1) {
                const char *at = q + __builtin_ctz(s);
                m_elements[size_t(n++)] = QByteArrayView(from, at - from);
                from = at + 1;
            }
        } else {
            for (; s; s &= s - 1) {
                if (n == kMaxElements - 1)
                    break;
                const char *at = q + __builtin_ctz(s);
                m_elements[size_t(n++)] = QByteArrayView(from, at - from);
                from = at + 1;
            }
        }
        if (t) {
            const char *stop = q + __builtin_ctz(t);
            m_elements[size_t(n++)] = QByteArrayView(from, stop - from);
            m_count = n;
            m_blank = blank;
            return stop;
        }
        q += 16;
    }
#endif
    for (; q < end && *q != term; ++q) {
        blank |= uchar(*q) <= ' ';
        if (*q == sep && n < kMaxElements - 1) {
            m_elements[size_t(n++)] = QByteArrayView(from, q - from);
            from = q + 1;
        }
    }
    m_elements[size_t(n++)] = QByteArrayView(from, q - from);
    m_count = n;
    m_blank = blank;
    return q < end ? q : nullptr;
}

void Parser::trimElements()
{
    for (int i = 0; i < m_count; ++i) {
        QByteArrayView &e = m_elements[size_t(i)];
        // One compare per end in the common case: blanks are all <= ' '.
        if (!e.isEmpty() && (uchar(e.front()) <= ' ' || uchar(e.back()) <= ' '))
            e = e.trimmed();
    }
}

void Parser::error(int segment, QByteArrayView id, const QString &message)
{
    RemitError e;
    e.segment = segment;
    e.segmentId = id.toByteArray();
    e.message = message;
    m_handler.error(e);
}

/// Element @p index as cents into @p out (0 when empty). Reports a bad or missing amount.
/// amount() reads the usual shapes inline (plainCents()) and calls this for the rest.
bool Parser::otherAmount(int index, qint64 &out, bool required)
{
    const QByteArrayView v = el(index);
    out = 0;
    if (v.isEmpty()) {
        if (required)
            error(Tr::tr("%1 is missing: an amount is required there.").arg(elementName(index)));
        return !required;
    }
    const auto cents = parseCents(v);
    if (!cents) {
        error(Tr::tr("%1 “%2” is not an amount of money.").arg(elementName(index), text(v)));
        return false;
    }
    out = *cents;
    return true;
}

/// Element @p index as a CCYYMMDD date; reports one that is not a date.
QDate Parser::date(int index)
{
    const QByteArrayView v = el(index);
    if (v.isEmpty())
        return {};
    quint64 bytes = 0;
    if (v.size() == 8) {
        std::memcpy(&bytes, v.data(), 8);
        for (int i = 0; i < m_dateCount; ++i)
            if (m_dates[size_t(i)].text == bytes)
                return m_dates[size_t(i)].date;
    }
    return newDate(index, bytes);
}

/// date() for a date not in the cache (@p bytes: its 8 bytes, when it has 8).
Q_NEVER_INLINE QDate Parser::newDate(int index, quint64 bytes)
{
    const QByteArrayView v = el(index);
    const QDate d = parseDate(v);
    if (d.isValid() && v.size() == 8) {
        m_dates[size_t(m_dateNext)] = CachedDate{bytes, d};
        m_dateNext = (m_dateNext + 1) % int(m_dates.size());
        if (m_dateCount < int(m_dates.size()))
            ++m_dateCount;
    }
    if (!d.isValid())
        error(Tr::tr("%1 “%2” is not a date (CCYYMMDD).").arg(elementName(index), text(v)));
    return d;
}

void Parser::dispatch()
{
    switch (m_key) {
    case key("ISA"): onIsa(); return;
    case key("IEA"): onIea(); return;
    case key("GS"): onGs(); return;
    case key("GE"): onGe(); return;
    case key("ST"): onSt(); return;
    case key("SE"): onSe(); return;
    case key("TA1"):
        if (m_inIsa && !m_inGs)
            return;
        break;
    default:
        break;
    }
    if (!m_inSt) {
        outOfPlace(Tr::tr("This segment is outside any transaction set (ST … SE); it is "
                          "ignored."));
        return;
    }
    if (!m_is835)
        return; // the body of a set that is not an 835: counted, not read

    switch (m_key) {
    case key("BPR"): onBpr(); return;
    case key("TRN"):
        assign(m_tx.traceNumber, el(2));
        assign(m_tx.originatorId, el(3));
        return;
    case key("N1"): onN1(); return;
    case key("REF"): onRef(); return;
    case key("DTM"): onDtm(); return;
    case key("LX"):
        requireHeader();
        finishClaim();
        if (m_loop == Loop::Footer)
            outOfPlace(Tr::tr("A claim group (LX) comes after the provider adjustments (PLB); "
                              "it is read anyway."));
        m_loop = Loop::Detail;
        return;
    case key("CLP"): onClp(); return;
    case key("CAS"): onCas(); return;
    case key("NM1"): onNm1(); return;
    case key("MIA"):
        if (m_loop == Loop::Claim)
            onRemarks(20, 23, 5);
        else
            outOfPlace(Tr::tr("An inpatient adjudication (MIA) outside a claim; it is ignored."));
        return;
    case key("MOA"):
        if (m_loop == Loop::Claim)
            onRemarks(3, 7);
        else
            outOfPlace(Tr::tr("An outpatient adjudication (MOA) outside a claim; it is ignored."));
        return;
    case key("SVC"): onSvc(); return;
    case key("AMT"):
        if (m_loop == Loop::Line && is(el(1), "B6")) {
            qint64 cents = 0;
            if (amount(2, cents, true))
                m_line->allowedCents = cents;
        } else if (m_loop == Loop::Claim || m_loop == Loop::Line) {
            qint64 cents = 0;
            amount(2, cents, false);
        }
        return;
    case key("LQ"):
        if (m_loop == Loop::Line) {
            if (is(el(1), "HE") && !el(2).isEmpty())
                assign(nextItem(m_line->remarks, lineState().remarks, m_spareBytes), el(2));
        } else if (m_loop != Loop::OrphanLine) {
            outOfPlace(Tr::tr("A remark (LQ) outside a service line; it is ignored."));
        }
        return;
    case key("PLB"): onPlb(); return;
    default:
        return; // CUR, N3, N4, PER, RDM, TS3, TS2, QTY…: not needed for posting
    }
}

void Parser::onIsa()
{
    if (m_inSt)
        finishTransaction(false);
    if (m_inIsa) {
        error(Tr::tr("A new interchange starts before the one of segment %1 (ISA) ended: its "
                     "trailer (IEA) is missing.")
                      .arg(m_isaNumber));
    }
    if (m_count < 17)
        error(Tr::tr("The interchange header has %1 elements; it needs 16.").arg(m_count - 1));
    m_inIsa = true;
    m_inGs = false;
    m_isaNumber = m_number;
    m_isaControl = el(13).toByteArray();
    m_groupCount = 0;
}

void Parser::onIea()
{
    if (!m_inIsa) {
        outOfPlace(Tr::tr("An interchange trailer (IEA) without its header (ISA)."));
        return;
    }
    if (m_inSt)
        finishTransaction(false);
    if (m_inGs)
        error(Tr::tr("The functional group of segment %1 (GS) has no trailer (GE).")
                      .arg(m_gsNumber));
    m_inGs = false;
    bool ok = false;
    const int declared = el(1).toInt(&ok);
    if (!ok)
        error(Tr::tr("IEA01 “%1” is not a number.").arg(text(el(1))));
    else if (declared != m_groupCount)
        error(Tr::tr("The interchange has %1 functional groups, but IEA01 says %2.")
                      .arg(m_groupCount)
                      .arg(declared));
    if (el(2) != m_isaControl)
        error(Tr::tr("IEA02 “%1” does not match the interchange control number “%2” of segment "
                     "%3 (ISA).")
                      .arg(text(el(2)), text(m_isaControl))
                      .arg(m_isaNumber));
    m_inIsa = false;
}

void Parser::onGs()
{
    if (m_inSt)
        finishTransaction(false);
    if (!m_inIsa)
        outOfPlace(Tr::tr("A functional group (GS) outside an interchange (ISA … IEA)."));
    if (m_inGs)
        error(Tr::tr("A new functional group starts before the one of segment %1 (GS) ended: "
                     "its trailer (GE) is missing.")
                      .arg(m_gsNumber));
    m_inGs = true;
    m_gsNumber = m_number;
    m_gsControl = el(6).toByteArray();
    m_setCount = 0;
    ++m_groupCount;
}

void Parser::onGe()
{
    if (!m_inGs) {
        outOfPlace(Tr::tr("A group trailer (GE) without its header (GS)."));
        return;
    }
    if (m_inSt)
        finishTransaction(false);
    bool ok = false;
    const int declared = el(1).toInt(&ok);
    if (!ok)
        error(Tr::tr("GE01 “%1” is not a number.").arg(text(el(1))));
    else if (declared != m_setCount)
        error(Tr::tr("The functional group has %1 transaction sets, but GE01 says %2.")
                      .arg(m_setCount)
                      .arg(declared));
    if (el(2) != m_gsControl)
        error(Tr::tr("GE02 “%1” does not match the group control number “%2” of segment %3 "
                     "(GS).")
                      .arg(text(el(2)), text(m_gsControl))
                      .arg(m_gsNumber));
    m_inGs = false;
}

void Parser::onSt()
{
    if (m_inSt)
        finishTransaction(false);
    if (!m_inGs)
        outOfPlace(Tr::tr("A transaction set (ST) outside a functional group (GS … GE)."));
    ++m_setCount;
    m_inSt = true;
    m_stNumber = m_number;
    m_stControl = el(2).toByteArray();
    m_is835 = is(el(1), "835");
    if (!m_is835) {
        error(Tr::tr("This transaction set is a %1, not an 835 payment advice; it is skipped.")
                      .arg(text(el(1))));
        return;
    }
    startTransaction();
}

void Parser::onSe()
{
    if (!m_inSt) {
        outOfPlace(Tr::tr("A transaction set trailer (SE) without its header (ST)."));
        return;
    }
    const int actual = m_number - m_stNumber + 1;
    bool ok = false;
    const int declared = el(1).toInt(&ok);
    if (!ok)
        error(Tr::tr("SE01 “%1” is not a number.").arg(text(el(1))));
    else if (declared != actual)
        error(Tr::tr("The transaction set has %1 segments, but SE01 says %2.")
                      .arg(actual)
                      .arg(declared));
    if (el(2) != m_stControl)
        error(Tr::tr("SE02 “%1” does not match the control number “%2” of segment %3 (ST).")
                      .arg(text(el(2)), text(m_stControl))
                      .arg(m_stNumber));
    if (m_is835)
        finishTransaction(true);
    m_inSt = false;
}

void Parser::startTransaction()
{
    m_tx = RemitTransaction();
    m_tx.controlNumber = m_stControl;
    m_tx.segment = m_number;
    m_loop = Loop::Header;
    m_bprSeen = false;
    m_headerReported = false;
    m_started = false;
    m_txAmountsOk = true;
    m_payerIdFromN1 = false;
    m_paidSum = 0;
    m_plbSum = 0;
    m_claimOpen = false;
}

/// Hands the header over before the first claim (or at the end of an empty transaction).
void Parser::ensureStarted()
{
    if (m_started)
        return;
    m_started = true;
    if (m_tx.payerIdentifier.isEmpty())
        m_tx.payerIdentifier = m_tx.originatorId;
    m_handler.transactionStarted(m_tx);
}

/// Reports, once per transaction, claims or PLBs that come before the payment (BPR).
bool Parser::requireHeader()
{
    if (m_bprSeen)
        return true;
    if (!m_headerReported) {
        m_headerReported = true;
        outOfPlace(Tr::tr("This segment comes before the payment information (BPR), which "
                          "must follow ST; it is read anyway."));
    }
    return false;
}

void Parser::finishTransaction(bool complete)
{
    finishClaim();
    ensureStarted();
    if (!complete) {
        error(Tr::tr("The transaction set of segment %1 (ST) has no trailer (SE); its payment "
                     "is not checked.")
                      .arg(m_stNumber));
    } else if (!m_bprSeen) {
        if (!m_headerReported)
            error(m_stNumber, "ST",
                  Tr::tr("This 835 has no payment information (BPR)."));
    } else if (m_txAmountsOk) {
        const qint64 payment = m_tx.creditDebit == "D" ? -m_tx.paymentCents : m_tx.paymentCents;
        const qint64 expected = m_paidSum - m_plbSum;
        if (payment != expected) {
            error(m_bprNumber, "BPR",
                  Tr::tr("The payment does not balance: the claims paid %1 − provider "
                         "adjustments %2 = %3, but the payment (BPR02) is %4.")
                          .arg(money(m_paidSum), money(m_plbSum), money(expected),
                               money(payment)));
        }
    }
    m_tx.claims.clear();
    m_handler.transactionFinished(m_tx);
    m_inSt = false;
}

void Parser::onBpr()
{
    if (m_bprSeen) {
        outOfPlace(Tr::tr("A second payment segment (BPR) in the same 835; it is ignored."));
        return;
    }
    if (m_loop != Loop::Header || m_started)
        outOfPlace(Tr::tr("The payment information (BPR) must come right after ST; it is read "
                          "anyway."));
    m_bprSeen = true;
    m_bprNumber = m_number; // balance errors name the BPR
    assign(m_tx.handling, el(1));
    if (!amount(2, m_tx.paymentCents, true))
        m_txAmountsOk = false;
    assign(m_tx.creditDebit, el(3));
    assign(m_tx.paymentMethod, el(4));
    m_tx.paymentDate = date(16);
}

void Parser::onN1()
{
    if (m_loop != Loop::Header && m_loop != Loop::Payer && m_loop != Loop::Payee) {
        outOfPlace(Tr::tr("A party (N1) after the claims began; it is ignored."));
        return;
    }
    if (is(el(1), "PR")) {
        m_loop = Loop::Payer;
        assign(m_tx.payerName, el(2));
        if (!el(4).isEmpty()) {
            assign(m_tx.payerIdentifier, el(4));
            m_payerIdFromN1 = true;
        }
    } else if (is(el(1), "PE")) {
        m_loop = Loop::Payee;
        assign(m_tx.payeeName, el(2));
        assign(m_tx.payeeIdQualifier, el(3));
        assign(m_tx.payeeId, el(4));
    }
}

void Parser::onRef()
{
    switch (m_loop) {
    case Loop::Payer:
        if (is(el(1), "2U") && !m_payerIdFromN1)
            assign(m_tx.payerIdentifier, el(2));
        return;
    case Loop::Line:
        if (is(el(1), "6R"))
            assign(m_line->lineControlNumber, el(2));
        return;
    case Loop::Detail:
    case Loop::Footer:
        outOfPlace(Tr::tr("A reference (REF) outside the header, a claim or a line; it is "
                          "ignored."));
        return;
    default:
        return; // header, payee and claim references are not needed for posting
    }
}

void Parser::onDtm()
{
    const QByteArrayView q = el(1);
    switch (m_loop) {
    case Loop::Header:
    case Loop::Payer:
    case Loop::Payee:
        if (is(q, "405"))
            m_tx.productionDate = date(2);
        return;
    case Loop::Claim:
        if (is(q, "232"))
            m_claim.statementFrom = date(2);
        else if (is(q, "233"))
            m_claim.statementTo = date(2);
        else if (is(q, "050"))
            m_claim.received = date(2);
        else
            date(2);
        return;
    case Loop::Line: {
        RemitServiceLine &line = *m_line;
        if (is(q, "472") || is(q, "150"))
            line.serviceDate = date(2);
        else if (is(q, "151"))
            line.serviceDateEnd = date(2);
        else
            date(2);
        return;
    }
    case Loop::OrphanLine:
        return;
    case Loop::Detail:
    case Loop::Footer:
        outOfPlace(Tr::tr("A date (DTM) outside the header, a claim or a line; it is ignored."));
        return;
    }
}

void Parser::startClaim()
{
    RemitClaim &c = m_claim;
    m_claimOpen = true;
    m_claimAmountsOk = true;
    m_lineCount = 0;
    c.segment = m_number;
    // The names keep the last claim's bytes until finishClaim(): most claims have the same
    // NM1s, and overwriting a value costs less than clearing it and setting it again.
    m_names = 0;
    c.statementFrom = {};
    c.statementTo = {};
    c.received = {};
    m_claimAdjustments = 0;
    m_claimRemarks = 0;
    reuse(c.remarks);
    reuse(c.adjustments);
    reuse(c.lines);
}

void Parser::onClp()
{
    requireHeader();
    finishClaim();
    if (m_loop == Loop::Footer)
        outOfPlace(Tr::tr("A claim (CLP) after the provider adjustments (PLB); it is read "
                          "anyway."));
    m_loop = Loop::Claim;
    startClaim();
    RemitClaim &c = m_claim;
    assign(c.id, el(1));
    assignStatus(c.status, el(2));
    if (c.id.isEmpty())
        error(Tr::tr("The claim has no patient control number (CLP01)."));
    bool ok = amount(3, c.chargeCents, true);
    ok = amount(4, c.paidCents, true) && ok;
    if (!amount(5, c.patientResponsibilityCents, false))
        ok = false;
    if (!ok) {
        m_claimAmountsOk = false;
        m_txAmountsOk = false;
    }
    assign(c.filingIndicator, el(6));
    assign(c.payerClaimNumber, el(7));
    assign(c.facilityCode, el(8));
    assign(c.frequency, el(9));
}

void Parser::onCas()
{
    QList<RemitAdjustment> *list = nullptr;
    int *count = nullptr;
    if (m_loop == Loop::Claim) {
        list = &m_claim.adjustments;
        count = &m_claimAdjustments;
    } else if (m_loop == Loop::Line) {
        list = &m_line->adjustments;
        count = &lineState().adjustments;
    } else if (m_loop == Loop::OrphanLine)
        return;
    if (!list) {
        outOfPlace(Tr::tr("An adjustment (CAS) outside a claim or a service line; it is "
                          "ignored."));
        return;
    }
    if (el(1).isEmpty())
        error(Tr::tr("The adjustment has no group code (CAS01)."));
    const QByteArray group = groupCode(el(1));
    // Six triplets at most; those past the last element are empty, so they are not visited.
    for (int t = 0; t < 6 && 2 + 3 * t < m_count; ++t) {
        const int at = 2 + 3 * t;
        if (el(at).isEmpty() && el(at + 1).isEmpty())
            continue;
        RemitAdjustment &a = nextItem(*list, *count, m_spareAdjustments);
        if (a.group.constData() != group.constData() || a.group.size() != group.size())
            a.group = group; // (the same literal as last time is the usual case)
        assign(a.reason, el(at));
        if (!amount(at + 1, a.amountCents, true)) {
            if (m_loop == Loop::Line)
                lineState().ok = false;
            else
                m_claimAmountsOk = false;
        }
        assign(a.quantity, el(at + 2));
        a.segment = m_number;
    }
}

void Parser::onNm1()
{
    if (m_loop == Loop::OrphanLine)
        return;
    if (m_loop != Loop::Claim) {
        outOfPlace(Tr::tr("A name (NM1) outside a claim, or after its service lines; it is "
                          "ignored."));
        return;
    }
    const QByteArrayView q = el(1);
    if (is(q, "QC")) {
        assign(m_claim.patientLastName, el(3));
        assign(m_claim.patientFirstName, el(4));
        m_names |= PatientName;
        if (!(m_names & MemberFromIl)) {
            assign(m_claim.memberId, el(9));
            m_names |= MemberId;
        }
    } else if (is(q, "IL")) {
        if (!el(9).isEmpty()) {
            assign(m_claim.memberId, el(9));
            m_names |= MemberId | MemberFromIl;
        }
    } else if (is(q, "TT")) {
        assign(m_claim.crossoverPayer, el(3));
        m_names |= Crossover;
    } else if (is(q, "82")) {
        assign(m_claim.renderingProviderId, el(9));
        m_names |= Rendering;
    }
}

/// The remark codes of MOA (elements 3..7) or MIA (5 and 20..23).
void Parser::onRemarks(int first, int last, int extra1, int extra2)
{
    for (const int i : {extra1, extra2})
        if (i > 0 && !el(i).isEmpty())
            assign(nextItem(m_claim.remarks, m_claimRemarks, m_spareBytes), el(i));
    for (int i = first; i <= last; ++i)
        if (!el(i).isEmpty())
            assign(nextItem(m_claim.remarks, m_claimRemarks, m_spareBytes), el(i));
}

void Parser::onSvc()
{
    if (!m_claimOpen || (m_loop != Loop::Claim && m_loop != Loop::Line)) {
        outOfPlace(Tr::tr("A service line (SVC) before any claim (CLP); it and its segments "
                          "are ignored."));
        m_loop = Loop::OrphanLine;
        return;
    }
    m_loop = Loop::Line;
    RemitClaim &c = m_claim;
    RemitServiceLine &line = nextItem(c.lines, m_lineCount, m_spareLines);
    m_line = &line;
    if (size_t(m_lineCount) > m_lineState.size())
        m_lineState.resize(size_t(m_lineCount));
    LineState &state = lineState();
    state = LineState();
    line.segment = m_number;

    const int parts = split(el(1), m_delims.component, m_parts.data(), int(m_parts.size()));
    assign(line.qualifier, m_parts[0]);
    assign(line.code, parts > 1 ? m_parts[1] : QByteArrayView());
    for (int i = 2; i < parts && i < 6; ++i)
        if (!m_parts[size_t(i)].isEmpty())
            assign(nextItem(line.modifiers, state.modifiers, m_spareBytes), m_parts[size_t(i)]);
    if (line.code.isEmpty())
        error(Tr::tr("The service line has no procedure code (SVC01)."));

    bool ok = amount(2, line.chargeCents, true);
    ok = amount(3, line.paidCents, true) && ok;
    if (!ok)
        state.ok = false;
    assign(line.revenueCode, el(4));
    assign(line.unitsPaid, el(5));
    if (!el(6).isEmpty()) {
        const int n = split(el(6), m_delims.component, m_parts.data(), int(m_parts.size()));
        assign(line.originalCode, n > 1 ? m_parts[1] : QByteArrayView());
        for (int i = 2; i < n && i < 6; ++i)
            if (!m_parts[size_t(i)].isEmpty())
                assign(nextItem(line.originalModifiers, state.originalModifiers, m_spareBytes),
                       m_parts[size_t(i)]);
    } else {
        assign(line.originalCode, {});
    }
    assign(line.originalUnits, el(7));
    line.serviceDate = {};
    line.serviceDateEnd = {};
    assign(line.lineControlNumber, {});
    line.allowedCents.reset();
}

void Parser::finishClaim()
{
    if (!m_claimOpen)
        return;
    m_claimOpen = false;
    RemitClaim &c = m_claim;
    if (!(m_names & PatientName)) {
        assign(c.patientLastName, {});
        assign(c.patientFirstName, {});
    }
    if (!(m_names & MemberId))
        assign(c.memberId, {});
    if (!(m_names & Crossover))
        assign(c.crossoverPayer, {});
    if (!(m_names & Rendering))
        assign(c.renderingProviderId, {});
    trim(c.lines, m_lineCount, m_spareLines);
    trim(c.adjustments, m_claimAdjustments, m_spareAdjustments);
    trim(c.remarks, m_claimRemarks, m_spareBytes);
    bool linesOk = true;
    qint64 linesAdjusted = 0; // Σ line CAS, for the claim check below
    for (int i = 0; i < m_lineCount; ++i) {
        RemitServiceLine &line = c.lines[i];
        const LineState &state = m_lineState[size_t(i)];
        trim(line.adjustments, state.adjustments, m_spareAdjustments);
        trim(line.remarks, state.remarks, m_spareBytes);
        trim(line.modifiers, state.modifiers, m_spareBytes);
        trim(line.originalModifiers, state.originalModifiers, m_spareBytes);
        if (!state.ok) {
            linesOk = false;
            continue;
        }
        const qint64 adjusted = line.adjustedCents();
        linesAdjusted += adjusted;
        if (line.chargeCents - adjusted != line.paidCents) {
            error(line.segment, "SVC",
                  Tr::tr("Service line %1 (%2) of claim %3 does not balance: charge %4 − "
                         "adjustments %5 = %6, but the payer paid %7.")
                          .arg(QString::number(i + 1), text(line.code), text(c.id),
                               money(line.chargeCents), money(adjusted),
                               money(line.chargeCents - adjusted), money(line.paidCents)));
        }
    }
    if (m_claimAmountsOk && linesOk) {
        // Claim CAS and line CAS, as c.adjustedCents() would sum them again
        qint64 adjusted = linesAdjusted;
        for (const RemitAdjustment &a : std::as_const(c.adjustments))
            adjusted += a.amountCents;
        if (c.chargeCents - adjusted != c.paidCents) {
            error(c.segment, "CLP",
                  Tr::tr("Claim %1 does not balance: charge %2 − adjustments %3 = %4, but the "
                         "payer paid %5.")
                          .arg(text(c.id), money(c.chargeCents), money(adjusted),
                               money(c.chargeCents - adjusted), money(c.paidCents)));
        }
    }
    m_paidSum += c.paidCents;
    ensureStarted();
    if (m_handler.keepsClaims()) {
        // Kept claims are moved out whole: reusing their storage would copy every one of
        // them (the kept copy shares it) when the next claim is read into it.
        m_handler.takeClaim(std::move(c));
        c = RemitClaim();
    } else {
        m_handler.claim(c);
    }
}

void Parser::onPlb()
{
    requireHeader();
    finishClaim();
    m_loop = Loop::Footer;
    const QByteArrayView provider = el(1);
    const QDate period = date(2);
    for (int pair = 0; pair < 6; ++pair) {
        const int at = 3 + 2 * pair;
        if (el(at).isEmpty() && el(at + 1).isEmpty())
            continue;
        ProviderAdjustment adj;
        adj.providerId = provider.toByteArray();
        adj.fiscalPeriodDate = period;
        const int n = split(el(at), m_delims.component, m_parts.data(), 2);
        adj.reason = m_parts[0].toByteArray();
        if (n > 1)
            adj.reference = m_parts[1].toByteArray();
        if (adj.reason.isEmpty())
            error(Tr::tr("%1 has an amount but no adjustment reason.").arg(elementName(at)));
        if (amount(at + 1, adj.amountCents, true))
            m_plbSum += adj.amountCents;
        else
            m_txAmountsOk = false;
        adj.segment = m_number;
        m_tx.providerAdjustments.append(std::move(adj));
    }
}

void Parser::finishFile()
{
    if (m_number == 0) {
        error(0, {}, Tr::tr("The file is empty: an 835 starts with an interchange header (ISA)."));
        return;
    }
    if (!m_inSt && !m_inGs && !m_inIsa)
        return;
    QStringList missing;
    if (m_inSt)
        missing.append(QStringLiteral("SE"));
    if (m_inGs)
        missing.append(QStringLiteral("GE"));
    if (m_inIsa)
        missing.append(QStringLiteral("IEA"));
    //: %1 lists segment ids, e.g. "SE, GE, IEA"
    error(Tr::tr("The file ends before its trailers (%1): it may have been cut short. What "
                 "comes before was read.")
                  .arg(missing.join(QStringLiteral(", "))));
    if (m_inSt && m_is835) {
        // Hand over what was read, without the payment check (claims are missing).
        finishClaim();
        ensureStarted();
        m_tx.claims.clear();
        m_handler.transactionFinished(m_tx);
    }
    m_inSt = m_inGs = m_inIsa = false;
}

/// Keeps everything: claims inside their transactions.
class Collector : public Remit835Reader::Handler
{
public:
    explicit Collector(Remittance835 &out) : m_out(out) { }

    void transactionStarted(const RemitTransaction &header) override
    {
        m_out.transactions.append(header);
    }
    bool keepsClaims() const override { return true; }
    void takeClaim(RemitClaim &&claim) override
    {
        m_out.transactions.last().claims.append(std::move(claim));
    }
    void transactionFinished(const RemitTransaction &transaction) override
    {
        RemitTransaction &last = m_out.transactions.last();
        QList<RemitClaim> claims = std::move(last.claims);
        last = transaction;
        last.claims = std::move(claims);
    }
    void error(const RemitError &error) override { m_out.errors.append(error); }

private:
    Remittance835 &m_out;
};

} // namespace

qint64 RemitServiceLine::adjustedCents(QByteArrayView group) const
{
    qint64 sum = 0;
    for (const RemitAdjustment &a : adjustments)
        if (group.isEmpty() || a.group == group)
            sum += a.amountCents;
    return sum;
}

qint64 RemitClaim::adjustedCents(QByteArrayView group) const
{
    qint64 sum = 0;
    for (const RemitAdjustment &a : adjustments)
        if (group.isEmpty() || a.group == group)
            sum += a.amountCents;
    for (const RemitServiceLine &line : lines)
        sum += line.adjustedCents(group);
    return sum;
}

QDate RemitClaim::serviceDate() const
{
    for (const RemitServiceLine &line : lines)
        if (line.serviceDate.isValid())
            return line.serviceDate;
    return statementFrom;
}

qint64 RemitTransaction::claimsPaidCents() const
{
    qint64 sum = 0;
    for (const RemitClaim &c : claims)
        sum += c.paidCents;
    return sum;
}

qint64 RemitTransaction::providerAdjustedCents() const
{
    qint64 sum = 0;
    for (const ProviderAdjustment &p : providerAdjustments)
        sum += p.amountCents;
    return sum;
}

int Remittance835::claimCount() const
{
    qsizetype n = 0;
    for (const RemitTransaction &t : transactions)
        n += t.claims.size();
    return int(n);
}

qint64 Remittance835::chargeCents() const
{
    qint64 sum = 0;
    for (const RemitTransaction &t : transactions)
        for (const RemitClaim &c : t.claims)
            sum += c.chargeCents;
    return sum;
}

qint64 Remittance835::paidCents() const
{
    qint64 sum = 0;
    for (const RemitTransaction &t : transactions)
        sum += t.claimsPaidCents();
    return sum;
}

int Remit835Reader::read(QByteArrayView data, Handler &handler)
{
    Parser parser(data, handler);
    return parser.run();
}

Remittance835 Remit835Reader::readAll(QByteArrayView data)
{
    Remittance835 r;
    Collector collector(r);
    r.segmentCount = read(data, collector);
    return r;
}

} // namespace cc::x12

// SPDX-License-Identifier: GPL-3.0-or-later
#include "remit835writer.h"

#include <algorithm>
#include <initializer_list>

namespace cc::x12 {

namespace {

/**
 * Builds segments on bytes. x12text.h's SegmentWriter writes QStrings with the fixed
 * delimiters `*~:`; an 835 writer needs chosen delimiters, and the posting benchmark writes
 * tens of thousands of claims, so this one appends bytes directly.
 */
class Builder
{
public:
    explicit Builder(const Remit835WriteOptions &o) : m_o(o) { m_data.reserve(4096); }

    /// Starts a segment with @p id; add elements with el(), end it with end().
    Builder &begin(const char *id)
    {
        m_data.append(id);
        m_pendingEmpty = 0;
        return *this;
    }
    /// One element; empty ones are only written when a later element is not empty.
    Builder &el(QByteArrayView value)
    {
        if (value.isEmpty()) {
            ++m_pendingEmpty;
            return *this;
        }
        for (; m_pendingEmpty >= 0; --m_pendingEmpty)
            m_data.append(m_o.elementSeparator);
        m_pendingEmpty = 0;
        const qsizetype at = m_data.size();
        m_data.append(value.data(), value.size());
        for (qsizetype i = at; i < m_data.size(); ++i) {
            const char c = m_data.at(i);
            if (c == m_o.elementSeparator || c == m_o.componentSeparator
                || c == m_o.segmentTerminator || c == m_o.repetitionSeparator || c == '\r'
                || c == '\n')
                m_data[i] = ' ';
        }
        return *this;
    }
    /// A composite element: its components joined, trailing empty ones dropped.
    Builder &composite(std::initializer_list<QByteArrayView> parts)
    {
        QByteArray joined;
        int pendingEmpty = 0;
        bool first = true;
        for (QByteArrayView p : parts) {
            if (p.isEmpty() && !first) {
                ++pendingEmpty;
                continue;
            }
            if (!first)
                for (int i = 0; i <= pendingEmpty; ++i)
                    joined.append(m_o.componentSeparator);
            pendingEmpty = 0;
            first = false;
            for (char c : p)
                joined.append(c == m_o.elementSeparator || c == m_o.componentSeparator
                                              || c == m_o.segmentTerminator
                                              || c == m_o.repetitionSeparator
                                      ? ' '
                                      : c);
        }
        // Elements are cleaned again by el(): keep the component separators.
        return raw(joined);
    }
    Builder &cents(qint64 value)
    {
        char buf[32];
        int n = 0;
        const bool negative = value < 0;
        quint64 v = negative ? quint64(-value) : quint64(value);
        const int fraction = int(v % 100);
        v /= 100;
        char digits[24];
        int d = 0;
        do {
            digits[d++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        if (negative)
            buf[n++] = '-';
        while (d)
            buf[n++] = digits[--d];
        if (fraction) {
            buf[n++] = '.';
            buf[n++] = char('0' + fraction / 10);
            if (fraction % 10)
                buf[n++] = char('0' + fraction % 10);
        }
        return raw(QByteArrayView(buf, n));
    }
    Builder &date(const QDate &d)
    {
        if (!d.isValid())
            return el({});
        return raw(d.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    }
    Builder &number(qint64 n) { return raw(QByteArray::number(n)); }
    void end()
    {
        m_data.append(m_o.segmentTerminator);
        m_data.append(m_o.lineBreak);
        ++m_count;
    }
    /// Appends a fixed-width segment (the ISA) as it is.
    void addRaw(const QByteArray &segment)
    {
        m_data.append(segment);
        end();
    }

    int count() const { return m_count; }
    void resetCount() { m_count = 0; }
    QByteArray take() { return std::move(m_data); }

private:
    /// An element whose bytes are already clean.
    Builder &raw(QByteArrayView value)
    {
        if (value.isEmpty())
            return el(value);
        for (; m_pendingEmpty >= 0; --m_pendingEmpty)
            m_data.append(m_o.elementSeparator);
        m_pendingEmpty = 0;
        m_data.append(value.data(), value.size());
        return *this;
    }

    const Remit835WriteOptions &m_o;
    QByteArray m_data;
    int m_pendingEmpty = 0;
    int m_count = 0;
};

QByteArray padded(QByteArrayView value, int width)
{
    QByteArray v = value.first(std::min<qsizetype>(width, value.size())).toByteArray();
    while (v.size() < width)
        v.append(' ');
    return v;
}

/// CAS segments for @p adjustments: consecutive ones of one group share a segment, 6 each.
void writeCas(Builder &b, const QList<RemitAdjustment> &adjustments)
{
    qsizetype i = 0;
    while (i < adjustments.size()) {
        const QByteArray &group = adjustments.at(i).group;
        b.begin("CAS").el(group);
        for (int t = 0; t < 6 && i < adjustments.size() && adjustments.at(i).group == group;
             ++t, ++i) {
            const RemitAdjustment &a = adjustments.at(i);
            b.el(a.reason).cents(a.amountCents).el(a.quantity);
        }
        b.end();
    }
}

void writeLine(Builder &b, const RemitServiceLine &line)
{
    const auto code = [&](const QByteArray &qualifier, const QByteArray &procedure,
                          const QList<QByteArray> &mods) {
        b.composite({qualifier.isEmpty() ? QByteArrayView("HC") : QByteArrayView(qualifier),
                     procedure, mods.value(0), mods.value(1), mods.value(2), mods.value(3)});
    };
    b.begin("SVC");
    code(line.qualifier, line.code, line.modifiers);
    b.cents(line.chargeCents).cents(line.paidCents).el(line.revenueCode).el(line.unitsPaid);
    if (!line.originalCode.isEmpty())
        code(line.qualifier, line.originalCode, line.originalModifiers);
    else
        b.el({});
    b.el(line.originalUnits);
    b.end();
    if (line.serviceDateEnd.isValid()) {
        if (line.serviceDate.isValid())
            b.begin("DTM").el("150").date(line.serviceDate).end();
        b.begin("DTM").el("151").date(line.serviceDateEnd).end();
    } else if (line.serviceDate.isValid()) {
        b.begin("DTM").el("472").date(line.serviceDate).end();
    }
    writeCas(b, line.adjustments);
    if (!line.lineControlNumber.isEmpty())
        b.begin("REF").el("6R").el(line.lineControlNumber).end();
    if (line.allowedCents)
        b.begin("AMT").el("B6").cents(*line.allowedCents).end();
    for (const QByteArray &remark : line.remarks)
        b.begin("LQ").el("HE").el(remark).end();
}

void writeClaim(Builder &b, const RemitClaim &c)
{
    b.begin("CLP")
            .el(c.id)
            .el(c.status.isEmpty() ? QByteArrayView("1") : QByteArrayView(c.status))
            .cents(c.chargeCents)
            .cents(c.paidCents)
            .cents(c.patientResponsibilityCents)
            .el(c.filingIndicator)
            .el(c.payerClaimNumber)
            .el(c.facilityCode)
            .el(c.frequency)
            .end();
    writeCas(b, c.adjustments);
    b.begin("NM1").el("QC").el("1").el(c.patientLastName).el(c.patientFirstName).el({}).el({});
    b.el({}).el(c.memberId.isEmpty() ? QByteArrayView() : QByteArrayView("MI")).el(c.memberId);
    b.end();
    if (!c.crossoverPayer.isEmpty())
        b.begin("NM1").el("TT").el("2").el(c.crossoverPayer).end();
    if (!c.renderingProviderId.isEmpty()) {
        b.begin("NM1").el("82").el("1").el({}).el({}).el({}).el({}).el({}).el("XX");
        b.el(c.renderingProviderId).end();
    }
    if (!c.remarks.isEmpty()) {
        b.begin("MOA").el({}).el({});
        for (qsizetype i = 0; i < c.remarks.size() && i < 5; ++i)
            b.el(c.remarks.at(i));
        b.end();
    }
    if (c.statementFrom.isValid())
        b.begin("DTM").el("232").date(c.statementFrom).end();
    if (c.statementTo.isValid())
        b.begin("DTM").el("233").date(c.statementTo).end();
    if (c.received.isValid())
        b.begin("DTM").el("050").date(c.received).end();
    for (const RemitServiceLine &line : c.lines)
        writeLine(b, line);
}

void writePlb(Builder &b, const QList<ProviderAdjustment> &adjustments)
{
    qsizetype i = 0;
    while (i < adjustments.size()) {
        const ProviderAdjustment &head = adjustments.at(i);
        b.begin("PLB").el(head.providerId).date(head.fiscalPeriodDate);
        for (int pair = 0; pair < 6 && i < adjustments.size()
             && adjustments.at(i).providerId == head.providerId
             && adjustments.at(i).fiscalPeriodDate == head.fiscalPeriodDate;
             ++pair, ++i) {
            const ProviderAdjustment &p = adjustments.at(i);
            b.composite({p.reason, p.reference}).cents(p.amountCents);
        }
        b.end();
    }
}

void writeTransaction(Builder &b, const RemitTransaction &t, int index)
{
    b.resetCount();
    const QByteArray control = t.controlNumber.isEmpty()
            ? QByteArray::number(index + 1).rightJustified(4, '0')
            : t.controlNumber;
    b.begin("ST").el("835").el(control).el("005010X221A1").end();
    b.begin("BPR")
            .el(t.handling.isEmpty() ? QByteArrayView("I") : QByteArrayView(t.handling))
            .cents(t.paymentCents)
            .el(t.creditDebit.isEmpty() ? QByteArrayView("C") : QByteArrayView(t.creditDebit))
            .el(t.paymentMethod.isEmpty() ? QByteArrayView("CHK")
                                          : QByteArrayView(t.paymentMethod));
    for (int i = 5; i <= 15; ++i)
        b.el({});
    b.date(t.paymentDate).end();
    b.begin("TRN").el("1").el(t.traceNumber).el(t.originatorId).end();
    if (t.productionDate.isValid())
        b.begin("DTM").el("405").date(t.productionDate).end();
    b.begin("N1").el("PR").el(t.payerName).end();
    if (!t.payerIdentifier.isEmpty() && t.payerIdentifier != t.originatorId)
        b.begin("REF").el("2U").el(t.payerIdentifier).end();
    b.begin("N1").el("PE").el(t.payeeName);
    if (!t.payeeId.isEmpty())
        b.el(t.payeeIdQualifier.isEmpty() ? QByteArrayView("XX")
                                          : QByteArrayView(t.payeeIdQualifier))
                .el(t.payeeId);
    b.end();
    if (!t.claims.isEmpty()) {
        b.begin("LX").el("1").end();
        for (const RemitClaim &c : t.claims)
            writeClaim(b, c);
    }
    writePlb(b, t.providerAdjustments);
    b.begin("SE").number(b.count() + 1).el(control).end();
}

} // namespace

QByteArray write835(const QList<RemitTransaction> &transactions,
                    const Remit835WriteOptions &options)
{
    Builder b(options);
    const QByteArray control = QByteArray::number(options.interchangeControlNumber)
                                       .rightJustified(9, '0')
                                       .right(9);
    const QByteArray group = QByteArray::number(options.groupControlNumber);
    const QDate day = options.created.date();
    const QTime time = options.created.time();
    const char sep = options.elementSeparator;
    QByteArray isa = "ISA";
    for (const QByteArray &e :
         {QByteArray("00"), padded({}, 10), QByteArray("00"), padded({}, 10), QByteArray("ZZ"),
          padded(options.senderId, 15), QByteArray("ZZ"), padded(options.receiverId, 15),
          day.toString(QStringLiteral("yyMMdd")).toLatin1(),
          time.toString(QStringLiteral("HHmm")).toLatin1(),
          QByteArray(1, options.repetitionSeparator), QByteArray("00501"), control,
          QByteArray("0"), QByteArray(1, options.usage),
          QByteArray(1, options.componentSeparator)}) {
        isa.append(sep);
        isa.append(e);
    }
    b.addRaw(isa);
    b.begin("GS")
            .el("HP")
            .el(options.senderId)
            .el(options.receiverId)
            .date(day)
            .el(time.toString(QStringLiteral("HHmm")).toLatin1())
            .number(options.groupControlNumber)
            .el("X")
            .el("005010X221A1")
            .end();
    for (qsizetype i = 0; i < transactions.size(); ++i)
        writeTransaction(b, transactions.at(i), int(i));
    b.begin("GE").number(transactions.size()).el(group).end();
    b.begin("IEA").el("1").el(control).end();
    return b.take();
}

} // namespace cc::x12

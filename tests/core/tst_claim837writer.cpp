// SPDX-License-Identifier: GPL-3.0-or-later
// The 837P writer (models/x12), its text helpers, SubmissionService and `export-837`.
//
// The golden files in tests/data/x12 were produced by the writer and then read segment by
// segment against docs X12.md §1; run with CC_UPDATE_GOLDEN=1 to rewrite them after a
// deliberate change (and read them again before committing).
#include "claims/claimsjson.h"
#include "services/auditservice.h"
#include "services/submissionservice.h"
#include "services/workstation.h"
#include "testdatabase.h"
#include "x12/claim837writer.h"
#include "x12/x12reader.h"
#include "x12/x12text.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>

using namespace cc;

namespace {

QString dataPath(const char *dir, const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/") + QLatin1String(dir) + QLatin1Char('/')
            + QLatin1String(name);
}

QString dataPath(const char *dir, const QString &name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/") + QLatin1String(dir) + QLatin1Char('/')
            + name;
}

QByteArray readBytes(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QDateTime kNow(QDate(2026, 11, 27), QTime(14, 5));
const InterchangeNumbers kNumbers{123, 45, 6};

ClaimBatch twoClaims()
{
    const auto r = claimsjson::readFile(dataPath("claims", "two-claims.json"));
    return r.batch;
}

ClaimBatch only(int index)
{
    ClaimBatch b = twoClaims();
    b.claims = {b.claims.value(index)};
    return b;
}

/// The segments of an interchange written with our delimiters, newlines dropped.
QList<QStringList> segments(const QByteArray &x12)
{
    QList<QStringList> out;
    const QString text = QString::fromLatin1(x12);
    for (QString s : text.split(QLatin1Char('~'), Qt::SkipEmptyParts)) {
        s = s.trimmed();
        if (!s.isEmpty())
            out.append(s.split(QLatin1Char('*')));
    }
    return out;
}

QList<QStringList> withId(const QList<QStringList> &all, const QString &id,
                          const QString &first = {})
{
    QList<QStringList> out;
    for (const QStringList &s : all) {
        if (s.value(0) == id && (first.isEmpty() || s.value(1) == first))
            out.append(s);
    }
    return out;
}

// --- an implementation-guide check of 837P files ------------------------------------------
//
// What a 999 from an implementation-guide validator would reject in a file we write: the
// envelope, the segment ids of the X222A1 map, the loops in order with their required
// segments, the HL tree, the key qualifiers and code values, element lengths, and delimiters
// or non-printable bytes inside elements. Hand-written from X12.md §1 and the 005010X222A1
// map for the loops CleanClaim writes (1000A/B, 2000A/2010AA, 2000B/2010BA/BB, 2000C/2010CA,
// 2300, 2310B, 2400); anything else in the transaction set is reported.

/// The segment ids of the 837P 005010X222A1 map, envelope included.
bool isX222Segment(const QByteArray &id)
{
    static const QSet<QByteArray> ids{
            "ISA", "GS",  "ST",  "BHT", "NM1", "PER", "HL",  "PRV", "CUR", "N3",  "N4",  "REF",
            "SBR", "PAT", "DMG", "CLM", "DTP", "PWK", "CN1", "AMT", "K3",  "NTE", "CR1", "CR2",
            "CRC", "HI",  "HCP", "CAS", "OI",  "MOA", "LX",  "SV1", "SV5", "CR3", "QTY", "MEA",
            "PS1", "LIN", "CTP", "SVD", "LQ",  "FRM", "SE",  "GE",  "IEA"};
    return ids.contains(id);
}

/// The most elements the X12 5010 dictionary gives each segment we write.
int maxElements(const QByteArray &id)
{
    static const QHash<QByteArray, int> counts{
            {"ISA", 16}, {"GS", 8},  {"ST", 3},  {"BHT", 6}, {"NM1", 12}, {"PER", 9},
            {"HL", 4},   {"PRV", 6}, {"N3", 2},  {"N4", 7},  {"REF", 4},  {"SBR", 9},
            {"PAT", 9},  {"DMG", 11}, {"CLM", 20}, {"DTP", 3}, {"HI", 12}, {"LX", 1},
            {"SV1", 21}, {"SE", 2},  {"GE", 2},  {"IEA", 2}};
    return counts.value(id, 99);
}

/// Minimum and maximum length of the key elements (005010X222A1 element attributes).
struct ElementLength
{
    const char *segment;
    int element;
    int min;
    int max;
};

constexpr ElementLength kLengths[] = {
        {"NM1", 3, 1, 60},  {"NM1", 4, 1, 35},  {"NM1", 5, 1, 25}, {"NM1", 9, 2, 80},
        {"N3", 1, 1, 55},   {"N3", 2, 1, 55},   {"N4", 1, 2, 30},  {"N4", 2, 2, 2},
        {"N4", 3, 3, 15},   {"CLM", 1, 1, 38},  {"CLM", 2, 1, 18}, {"REF", 2, 1, 50},
        {"PER", 2, 1, 60},  {"PER", 4, 1, 256}, {"PRV", 3, 1, 50}, {"HL", 1, 1, 12},
        {"HL", 2, 1, 12},   {"BHT", 3, 1, 50},  {"LX", 1, 1, 6},   {"SV1", 2, 1, 18},
        {"SV1", 4, 1, 15},  {"SBR", 9, 1, 2},   {"PAT", 1, 2, 2},  {"DMG", 2, 1, 35},
        {"ST", 2, 4, 9},    {"SE", 2, 4, 9},    {"GS", 2, 2, 15},  {"GS", 3, 2, 15},
        {"GS", 6, 1, 9},    {"GE", 2, 1, 9},    {"IEA", 2, 9, 9}};

/// The elements that are composites: CLM05, HI01–HI12, SV101, SV107, SVD03.
bool isComposite(const QByteArray &id, int element)
{
    return (id == "CLM" && element == 5) || id == "HI"
            || (id == "SV1" && (element == 1 || element == 7)) || (id == "SVD" && element == 3);
}

bool isUpperAlnum(const QByteArray &text, qsizetype min, qsizetype max)
{
    if (text.size() < min || text.size() > max)
        return false;
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text, qsizetype size)
{
    if (text.size() != size)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QString elementName(const QByteArray &id, int element)
{
    return QString::fromLatin1(id) + QStringLiteral("%1").arg(element, 2, 10, QLatin1Char('0'));
}

class IgCheck
{
public:
    QStringList problems;

    explicit IgCheck(const QByteArray &data) { run(data); }

private:
    QList<x12::Segment> m_segments; // ST..SE
    qsizetype m_at = 0;
    int m_hlCount = 0;
    QSet<QByteArray> m_hlIds;

    static QString where(const x12::Segment &s)
    {
        QByteArray name = s.id();
        if (s.elementCount() > 0)
            name += '*' + s.element(1);
        return QStringLiteral("segment %1 (%2)").arg(s.number).arg(QString::fromLatin1(name));
    }

    void fail(const QString &loop, const QString &what)
    {
        problems.append(loop + QStringLiteral(": ") + what);
    }

    void fail(const x12::Segment &s, const QString &loop, const QString &what)
    {
        problems.append(QStringLiteral("%1, %2: %3").arg(loop, where(s), what));
    }

    const x12::Segment *peek() const
    {
        return m_at < m_segments.size() ? &m_segments.at(m_at) : nullptr;
    }

    /// The next segment is @p id with @p value in element @p element (any value when null).
    bool at(const char *id, const char *value = nullptr, int element = 1) const
    {
        const x12::Segment *s = peek();
        return s && s->is(id) && (!value || s->element(element) == value);
    }

    const x12::Segment *take(const char *id, const char *value = nullptr, int element = 1)
    {
        return at(id, value, element) ? &m_segments.at(m_at++) : nullptr;
    }

    /// A required segment: taken, or reported as missing (and nothing is consumed).
    const x12::Segment *need(const QString &loop, const char *id, const char *value = nullptr,
                             int element = 1)
    {
        if (const x12::Segment *s = take(id, value, element))
            return s;
        QString wanted = QLatin1String(id);
        if (value)
            wanted += QStringLiteral(" with %1 = %2").arg(elementName(id, element),
                                                        QLatin1String(value));
        fail(loop, QStringLiteral("%1 is required here; found %2")
                           .arg(wanted, peek() ? where(*peek()) : QStringLiteral("the end")));
        return nullptr;
    }

    /// Element @p element of @p s is one of @p allowed.
    void expect(const x12::Segment *s, const QString &loop, int element,
                std::initializer_list<const char *> allowed)
    {
        if (!s)
            return;
        const QByteArray value = s->element(element);
        QStringList names;
        for (const char *a : allowed) {
            if (value == a)
                return;
            names.append(QLatin1String(a));
        }
        fail(*s, loop, QStringLiteral("%1 is \"%2\"; expected %3")
                               .arg(elementName(s->id(), element), QString::fromLatin1(value),
                                    names.join(QLatin1Char('/'))));
    }

    /// HL01 counts from 1, HL02 is @p parent (an HL already seen); returns HL01.
    QByteArray hl(const x12::Segment *s, const QString &loop, const QByteArray &parent)
    {
        if (!s)
            return {};
        ++m_hlCount;
        const QByteArray id = s->element(1);
        if (id != QByteArray::number(m_hlCount))
            fail(*s, loop, QStringLiteral("HL01 is \"%1\"; expected %2")
                                   .arg(QString::fromLatin1(id))
                                   .arg(m_hlCount));
        if (s->element(2) != parent)
            fail(*s, loop, QStringLiteral("HL02 is \"%1\"; expected the parent HL \"%2\"")
                                   .arg(QString::fromLatin1(s->element(2)),
                                        QString::fromLatin1(parent)));
        if (!s->element(2).isEmpty() && !m_hlIds.contains(s->element(2)))
            fail(*s, loop, QStringLiteral("HL02 names no earlier HL"));
        m_hlIds.insert(id);
        return id;
    }

    void checkEnvelope(const QByteArray &data, const x12::Interchange &ic)
    {
        // ISA: 106 characters, its delimiters at fixed positions, fixed-width elements.
        const QByteArray isa = data.left(106);
        const char element = isa.at(3), component = isa.at(104), terminator = isa.at(105);
        const QList<QByteArray> fields = isa.left(105).split(element);
        static constexpr int widths[] = {3, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
        if (fields.size() != 17) {
            fail(QStringLiteral("ISA"), QStringLiteral("%1 elements in 106 characters; expected 16")
                                                .arg(fields.size() - 1));
        } else {
            for (int i = 0; i < 17; ++i) {
                if (fields.at(i).size() != widths[i])
                    fail(QStringLiteral("ISA"),
                         QStringLiteral("ISA%1 has %2 characters; expected %3")
                                 .arg(i, 2, 10, QLatin1Char('0'))
                                 .arg(fields.at(i).size())
                                 .arg(widths[i]));
            }
            if (fields.at(12) != "00501")
                fail(QStringLiteral("ISA"), QStringLiteral("ISA12 is not 00501"));
            if (fields.at(15) != "P" && fields.at(15) != "T")
                fail(QStringLiteral("ISA"), QStringLiteral("ISA15 is not P or T"));
        }
        const x12::Delimiters &d = ic.delimiters;
        if (d.element != element || d.component != component || d.segment != terminator
            || QByteArray(1, d.repetition) != fields.value(11)) {
            fail(QStringLiteral("ISA"), QStringLiteral("the delimiters are not those of ISA"));
        }
        const QSet<char> delimiters{element, component, terminator, d.repetition};
        if (d.repetition != '^')
            fail(QStringLiteral("ISA"), QStringLiteral("ISA11 is not the repetition separator ^"));
        if (delimiters.size() != 4)
            fail(QStringLiteral("ISA"), QStringLiteral("the four delimiters are not distinct"));

        // Every byte printable ASCII, except a line break right after a terminator.
        for (qsizetype k = 0; k < data.size(); ++k) {
            const uchar c = uchar(data.at(k));
            if (c == '\n' && k > 0 && data.at(k - 1) == terminator)
                continue;
            if (c < 0x20 || c > 0x7e)
                fail(QStringLiteral("file"), QStringLiteral("byte 0x%1 at offset %2 is not "
                                                            "printable ASCII")
                                                     .arg(int(c), 2, 16, QLatin1Char('0'))
                                                     .arg(k));
        }

        // One group of one 837 in version X222A1.
        if (ic.groups.size() != 1 || ic.groups.first().sets.size() != 1) {
            fail(QStringLiteral("envelope"), QStringLiteral("expected one GS with one ST"));
            return;
        }
        const x12::FunctionalGroup &g = ic.groups.first();
        if (g.functionalId != "HC" || g.version != "005010X222A1")
            fail(QStringLiteral("GS"), QStringLiteral("GS01 is not HC or GS08 not 005010X222A1"));
        const x12::TransactionSet &set = g.sets.first();
        if (set.id != "837" || set.version != "005010X222A1")
            fail(QStringLiteral("ST"), QStringLiteral("ST01 is not 837 or ST03 not 005010X222A1"));
    }

    /// Ids, element counts and lengths; no delimiter inside an element; no trailing empties.
    void checkElements(const x12::Interchange &ic)
    {
        for (const x12::Segment &s : ic.segments) {
            const QByteArray id = s.id();
            const QString loop = QStringLiteral("syntax");
            if (!isX222Segment(id)) {
                fail(s, loop, QStringLiteral("not a segment of the 005010X222A1 map"));
                continue;
            }
            if (s.elementCount() > maxElements(id))
                fail(s, loop, QStringLiteral("%1 elements; %2 has at most %3")
                                      .arg(s.elementCount())
                                      .arg(QString::fromLatin1(id))
                                      .arg(maxElements(id)));
            if (id == "ISA")
                continue;
            if (s.elementCount() == 0 || s.elements.last().isEmpty())
                fail(s, loop, QStringLiteral("ends with an empty element (a trailing '%1')")
                                      .arg(QLatin1Char(ic.delimiters.element)));
            for (int i = 1; i <= s.elementCount(); ++i) {
                const QByteArray e = s.element(i);
                const QString name = elementName(id, i);
                if (e.contains(ic.delimiters.repetition))
                    fail(s, loop, QStringLiteral("%1 contains the repetition separator").arg(name));
                const char component = ic.delimiters.component;
                if (e.contains(component) && !isComposite(id, i))
                    fail(s, loop, QStringLiteral("%1 contains the component separator").arg(name));
                else if (e.startsWith(component) || e.endsWith(component))
                    fail(s, loop, QStringLiteral("%1 has an empty first or last component")
                                          .arg(name));
                if (e != e.trimmed())
                    fail(s, loop, QStringLiteral("%1 has leading or trailing spaces").arg(name));
                for (const ElementLength &l : kLengths) {
                    if (id == l.segment && i == l.element && !e.isEmpty()
                        && (e.size() < l.min || e.size() > l.max))
                        fail(s, loop, QStringLiteral("%1 has %2 characters; it takes %3 to %4")
                                              .arg(name)
                                              .arg(e.size())
                                              .arg(l.min)
                                              .arg(l.max));
                }
            }
        }
    }

    void checkAddress(const QString &loop, bool nineDigitZip)
    {
        need(loop, "N3");
        const x12::Segment *n4 = need(loop, "N4");
        if (n4 && !isDigits(n4->element(3), 5) && !isDigits(n4->element(3), 9))
            fail(*n4, loop, QStringLiteral("N403 is not a 5 or 9-digit ZIP code"));
        if (n4 && nineDigitZip && !isDigits(n4->element(3), 9))
            fail(*n4, loop, QStringLiteral("N403 is not the 9-digit ZIP code the IG requires"));
    }

    void checkDemographics(const QString &loop)
    {
        const x12::Segment *dmg = need(loop, "DMG", "D8");
        if (dmg && !x12::parseDate(dmg->element(2)).isValid())
            fail(*dmg, loop, QStringLiteral("DMG02 is not a CCYYMMDD date"));
        expect(dmg, loop, 3, {"F", "M", "U"});
    }

    void checkPerson(const x12::Segment *nm1, const QString &loop)
    {
        if (nm1 && (nm1->element(3).isEmpty() || nm1->element(4).isEmpty()))
            fail(*nm1, loop, QStringLiteral("the last or first name is empty"));
    }

    void claim(const QByteArray &billingNpi)
    {
        const QString loop = QStringLiteral("2300");
        const x12::Segment *clm = take("CLM");
        if (clm->element(1).isEmpty())
            fail(*clm, loop, QStringLiteral("CLM01 is empty"));
        const std::optional<qint64> total = x12::parseCents(clm->element(2));
        if (!total)
            fail(*clm, loop, QStringLiteral("CLM02 is not an amount"));
        const QList<QByteArray> pos = clm->components(5);
        if (pos.size() != 3 || !isDigits(pos.value(0), 2) || pos.value(1) != "B"
            || (pos.value(2) != "1" && pos.value(2) != "7" && pos.value(2) != "8")) {
            fail(*clm, loop, QStringLiteral("CLM05 is not POS:B:frequency (1, 7 or 8)"));
        }
        expect(clm, loop, 6, {"Y", "N"});
        expect(clm, loop, 7, {"A", "B", "C"});
        expect(clm, loop, 8, {"N", "W", "Y"});
        expect(clm, loop, 9, {"I", "Y"});
        while (at("DTP") && !at("DTP", "472"))
            take("DTP");

        // 2300 REF in the order of the map; F8 exactly when the claim corrects another.
        static const QList<QByteArray> refOrder{"4N", "F5", "EW", "9F", "G1", "F8", "X4",
                                                "9A", "9C", "LX", "D9", "EA", "P4", "1J"};
        qsizetype lastRef = -1;
        bool f8 = false;
        while (const x12::Segment *ref = take("REF")) {
            const qsizetype index = refOrder.indexOf(ref->element(1));
            if (index < 0)
                fail(*ref, loop, QStringLiteral("not a 2300 REF qualifier"));
            else if (index <= lastRef)
                fail(*ref, loop, QStringLiteral("out of the map's order (or repeated)"));
            lastRef = std::max(lastRef, index);
            f8 = f8 || ref->element(1) == "F8";
        }
        const bool corrects = pos.value(2) == "7" || pos.value(2) == "8";
        if (corrects != f8)
            fail(*clm, loop, corrects ? QStringLiteral("frequency 7/8 without REF*F8")
                                      : QStringLiteral("REF*F8 on an original claim"));

        // HI: ABK then ABF, 1 to 12 ICD-10-CM codes without the dot.
        const x12::Segment *hi = need(loop, "HI");
        int diagnoses = 0;
        if (hi) {
            diagnoses = hi->elementCount();
            for (int i = 1; i <= hi->elementCount(); ++i) {
                const QList<QByteArray> c = hi->components(i);
                const QByteArray qualifier = i == 1 ? "ABK" : "ABF";
                if (c.size() != 2 || c.value(0) != qualifier || !isUpperAlnum(c.value(1), 3, 7))
                    fail(*hi, loop, QStringLiteral("%1 is not %2:<ICD-10-CM code>")
                                            .arg(elementName("HI", i), QLatin1String(qualifier)));
            }
        }

        // 2310B rendering provider: only when it is not the billing provider.
        if (const x12::Segment *nm1 = take("NM1", "82")) {
            expect(nm1, QStringLiteral("2310B"), 2, {"1", "2"});
            expect(nm1, QStringLiteral("2310B"), 8, {"XX"});
            if (!isDigits(nm1->element(9), 10))
                fail(*nm1, QStringLiteral("2310B"), QStringLiteral("NM109 is not an NPI"));
            if (nm1->element(9) == billingNpi)
                fail(*nm1, QStringLiteral("2310B"),
                     QStringLiteral("sent although the rendering provider is the billing "
                                    "provider"));
            if (const x12::Segment *prv = take("PRV")) {
                expect(prv, QStringLiteral("2310B"), 1, {"PE"});
                expect(prv, QStringLiteral("2310B"), 2, {"PXC"});
            }
        }

        // 2320/2330A/2330B other payer (coordination of benefits): SBR, CAS, AMT*D, OI,
        // NM1*IL, NM1*PR, DTP*573 when no line carries the date.
        bool cob = false;
        qint64 priorPaid = 0;
        qint64 priorAdjusted = 0;
        while (const x12::Segment *sbr = take("SBR")) {
            const QString l2320 = QStringLiteral("2320");
            cob = true;
            expect(sbr, l2320, 1, {"P", "S", "T"});
            expect(sbr, l2320, 2, {"01", "18", "19", "20", "21", "39", "40", "53", "G8"});
            priorAdjusted += casTotal(l2320);
            if (const x12::Segment *amt = need(l2320, "AMT", "D"))
                priorPaid += x12::parseCents(amt->element(2)).value_or(0);
            const x12::Segment *oi = need(l2320, "OI");
            expect(oi, l2320, 3, {"N", "W", "Y"});
            expect(oi, l2320, 6, {"I", "Y"});
            const x12::Segment *other = need(QStringLiteral("2330A"), "NM1", "IL");
            expect(other, QStringLiteral("2330A"), 8, {"II", "MI"});
            const x12::Segment *payer = need(QStringLiteral("2330B"), "NM1", "PR");
            expect(payer, QStringLiteral("2330B"), 8, {"PI", "XV"});
            if (const x12::Segment *dtp = take("DTP", "573"))
                expect(dtp, QStringLiteral("2330B"), 2, {"D8"});
        }
        qint64 lineAdjusted = 0;

        // 2400: LX numbered from 1, SV1, DTP*472, REF*6R, 2430 SVD/CAS/DTP*573.
        if (!at("LX"))
            fail(*clm, loop, QStringLiteral("a claim without a service line (2400)"));
        int line = 0;
        qint64 sum = 0;
        while (const x12::Segment *lx = take("LX")) {
            const QString lineLoop = QStringLiteral("2400");
            if (lx->element(1) != QByteArray::number(++line))
                fail(*lx, lineLoop, QStringLiteral("LX01 is not %1").arg(line));
            qint64 lineCharge = 0;
            if (const x12::Segment *sv1 = need(lineLoop, "SV1")) {
                const QList<QByteArray> procedure = sv1->components(1);
                bool shaped = procedure.size() >= 2 && procedure.size() <= 6
                        && procedure.value(0) == "HC" && isUpperAlnum(procedure.value(1), 5, 5);
                for (qsizetype m = 2; m < procedure.size(); ++m)
                    shaped = shaped && isUpperAlnum(procedure.at(m), 2, 2);
                if (!shaped)
                    fail(*sv1, lineLoop, QStringLiteral("SV101 is not HC:<code>[:modifier]x0-4"));
                const std::optional<qint64> charge = x12::parseCents(sv1->element(2));
                if (!charge)
                    fail(*sv1, lineLoop, QStringLiteral("SV102 is not an amount"));
                sum += charge.value_or(0);
                lineCharge = charge.value_or(0);
                expect(sv1, lineLoop, 3, {"UN", "MJ"});
                if (sv1->element(4).toDouble() <= 0)
                    fail(*sv1, lineLoop, QStringLiteral("SV104 is not a positive quantity"));
                const QList<QByteArray> pointers = sv1->components(7);
                QSet<int> seen;
                for (const QByteArray &p : pointers) {
                    bool ok = false;
                    const int n = p.toInt(&ok);
                    if (!ok || n < 1 || n > diagnoses || seen.contains(n))
                        fail(*sv1, lineLoop, QStringLiteral("SV107 pointer \"%1\" is not a "
                                                            "distinct diagnosis of HI")
                                                     .arg(QString::fromLatin1(p)));
                    seen.insert(n);
                }
                if (pointers.isEmpty() || pointers.size() > 4)
                    fail(*sv1, lineLoop, QStringLiteral("SV107 has %1 pointers; 1 to 4")
                                                 .arg(pointers.size()));
            }
            const x12::Segment *dtp = need(lineLoop, "DTP", "472");
            expect(dtp, lineLoop, 2, {"D8"});
            if (dtp && !x12::parseDate(dtp->element(3)).isValid())
                fail(*dtp, lineLoop, QStringLiteral("DTP03 is not a CCYYMMDD date"));
            if (const x12::Segment *ref = take("REF", "6R")) {
                if (ref->element(2) != clm->element(1) + '-' + lx->element(1))
                    fail(*ref, lineLoop, QStringLiteral("REF02 is not <CLM01>-<LX01>"));
            }
            if (const x12::Segment *svd = take("SVD")) {
                const QString l2430 = QStringLiteral("2430");
                if (!cob)
                    fail(*svd, l2430, QStringLiteral("a line adjudication without loop 2320"));
                const qint64 paid = x12::parseCents(svd->element(2)).value_or(-1);
                const qint64 adjusted = casTotal(l2430);
                const x12::Segment *dtp = need(l2430, "DTP", "573");
                expect(dtp, l2430, 2, {"D8"});
                lineAdjusted += adjusted;
                if (lineCharge - adjusted != paid)
                    fail(*svd, l2430, QStringLiteral("SV102 less the line's CAS is not SVD02"));
            }
        }
        if (cob && total && *total - priorAdjusted - lineAdjusted != priorPaid)
            fail(*clm, QStringLiteral("2320"),
                 QStringLiteral("CLM02 less every CAS of the other payer is not its AMT*D"));
        if (line > 50)
            fail(*clm, loop, QStringLiteral("more than 50 service lines"));
        if (total && *total != sum)
            fail(*clm, loop, QStringLiteral("CLM02 is not the sum of the lines' SV102"));
    }

    /// Takes the CAS segments that follow and returns the sum of their amounts.
    qint64 casTotal(const QString &loop)
    {
        qint64 sum = 0;
        while (const x12::Segment *cas = take("CAS")) {
            expect(cas, loop, 1, {"CO", "CR", "OA", "PI", "PR"});
            for (int i = 3; i <= 18; i += 3) {
                if (cas->element(i).isEmpty())
                    continue;
                const std::optional<qint64> amount = x12::parseCents(cas->element(i));
                if (!amount)
                    fail(*cas, loop, QStringLiteral("%1 is not an amount").arg(i));
                sum += amount.value_or(0);
            }
        }
        return sum;
    }

    void subscriber(const QByteArray &billingHl, const QByteArray &billingNpi)
    {
        const x12::Segment *hlSegment = take("HL");
        const QByteArray subscriberHl = hl(hlSegment, QStringLiteral("2000B"), billingHl);
        const x12::Segment *sbr = need(QStringLiteral("2000B"), "SBR");
        expect(sbr, QStringLiteral("2000B"), 1,
               {"A", "B", "C", "D", "E", "F", "G", "H", "P", "S", "T", "U"});
        const bool self = sbr && sbr->element(2) == "18";
        if (sbr && !self && !sbr->element(2).isEmpty())
            fail(*sbr, QStringLiteral("2000B"), QStringLiteral("SBR02 is neither 18 nor empty"));
        expect(sbr, QStringLiteral("2000B"), 9,
               {"11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS",
                "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"});

        const QString l2010ba = QStringLiteral("2010BA");
        const x12::Segment *il = need(l2010ba, "NM1", "IL");
        expect(il, l2010ba, 2, {"1", "2"});
        expect(il, l2010ba, 8, {"MI", "II"});
        if (self) {
            checkAddress(l2010ba, false);
            checkDemographics(l2010ba);
        } else {
            // IG: "Required when the patient is the subscriber. If not required, do not send."
            for (const char *id : {"N3", "N4", "DMG"}) {
                if (const x12::Segment *s = take(id))
                    fail(*s, l2010ba, QStringLiteral("sent although the subscriber is not the "
                                                     "patient (SBR02 is not 18)"));
            }
        }
        const x12::Segment *pr = need(QStringLiteral("2010BB"), "NM1", "PR");
        expect(pr, QStringLiteral("2010BB"), 2, {"2"});
        expect(pr, QStringLiteral("2010BB"), 8, {"PI", "XV"});

        const bool patientLoop = at("HL", "23", 3);
        if (hlSegment && hlSegment->element(4) != (patientLoop ? "1" : "0"))
            fail(*hlSegment, QStringLiteral("2000B"), QStringLiteral("HL04 does not tell whether a "
                                                                    "2000C follows"));
        if (patientLoop) {
            const QString l2000c = QStringLiteral("2000C");
            const x12::Segment *patientHl = take("HL");
            hl(patientHl, l2000c, subscriberHl);
            if (patientHl->element(4) != "0")
                fail(*patientHl, l2000c, QStringLiteral("HL04 is not 0"));
            if (self)
                fail(*patientHl, l2000c, QStringLiteral("a patient loop although SBR02 is 18"));
            const x12::Segment *pat = need(l2000c, "PAT");
            expect(pat, l2000c, 1, {"01", "19", "20", "21", "39", "40", "53", "G8"});
            const QString l2010ca = QStringLiteral("2010CA");
            const x12::Segment *qc = need(l2010ca, "NM1", "QC");
            expect(qc, l2010ca, 2, {"1"});
            if (qc && qc->elementCount() > 5)
                fail(*qc, l2010ca, QStringLiteral("NM106–NM109 are not used in 2010CA"));
            checkPerson(qc, l2010ca);
            checkAddress(l2010ca, false);
            checkDemographics(l2010ca);
        } else if (!self) {
            fail(QStringLiteral("2000B"), QStringLiteral("no patient loop (2000C) although "
                                                         "SBR02 is not 18"));
        }
        if (!at("CLM"))
            fail(QStringLiteral("2300"), QStringLiteral("a subscriber without a claim"));
        while (at("CLM"))
            claim(billingNpi);
    }

    void run(const QByteArray &data)
    {
        if (data.size() < 106 || !data.startsWith("ISA")) {
            fail(QStringLiteral("ISA"), QStringLiteral("the file does not start with a 106-"
                                                       "character ISA"));
            return;
        }
        // The envelope; wrong SE01/GE01/IEA01 counts or control numbers are problems, but
        // the rest is still checked (as a 999 reports IK5 codes 4 and 5 together).
        const auto read = x12::Reader::read(data, x12::Reader::Counts::Lenient);
        if (!read) {
            fail(QStringLiteral("envelope"), read.error().userMessage);
            return;
        }
        const x12::Interchange &ic = *read;
        for (const QString &warning : ic.warnings)
            fail(QStringLiteral("envelope"), warning);
        checkEnvelope(data, ic);
        checkElements(ic);
        if (ic.groups.size() != 1 || ic.groups.first().sets.size() != 1)
            return;
        const x12::TransactionSet set = ic.groups.first().sets.first();
        m_segments = ic.body(set);

        need(QStringLiteral("header"), "ST");
        const x12::Segment *bht = need(QStringLiteral("header"), "BHT", "0019");
        expect(bht, QStringLiteral("header"), 2, {"00", "18"});
        expect(bht, QStringLiteral("header"), 6, {"CH", "RP"});
        if (bht && !x12::parseDate(bht->element(4)).isValid())
            fail(*bht, QStringLiteral("header"), QStringLiteral("BHT04 is not a date"));
        const x12::Segment *submitter = need(QStringLiteral("1000A"), "NM1", "41");
        expect(submitter, QStringLiteral("1000A"), 8, {"46"});
        const x12::Segment *per = need(QStringLiteral("1000A"), "PER", "IC");
        expect(per, QStringLiteral("1000A"), 3, {"TE", "EM", "FX", "EX"});
        take("PER", "IC");
        const x12::Segment *receiver = need(QStringLiteral("1000B"), "NM1", "40");
        expect(receiver, QStringLiteral("1000B"), 2, {"2"});
        expect(receiver, QStringLiteral("1000B"), 8, {"46"});

        if (!at("HL", "20", 3))
            fail(QStringLiteral("2000A"), QStringLiteral("no billing provider HL"));
        while (at("HL", "20", 3)) {
            const QString l2000a = QStringLiteral("2000A");
            const x12::Segment *billing = take("HL");
            const QByteArray billingHl = hl(billing, l2000a, {});
            expect(billing, l2000a, 4, {"1"});
            if (const x12::Segment *prv = take("PRV")) {
                expect(prv, l2000a, 1, {"BI"});
                expect(prv, l2000a, 2, {"PXC"});
            }
            const QString l2010aa = QStringLiteral("2010AA");
            const x12::Segment *nm85 = need(l2010aa, "NM1", "85");
            expect(nm85, l2010aa, 8, {"XX"});
            const QByteArray npi = nm85 ? nm85->element(9) : QByteArray();
            if (!isDigits(npi, 10))
                fail(l2010aa, QStringLiteral("NM109 is not an NPI"));
            checkAddress(l2010aa, true);
            const x12::Segment *tax = need(l2010aa, "REF");
            expect(tax, l2010aa, 1, {"EI", "SY"});
            if (!at("HL", "22", 3))
                fail(l2000a, QStringLiteral("a billing provider without a subscriber (2000B)"));
            while (at("HL", "22", 3))
                subscriber(billingHl, npi);
        }
        const x12::Segment *se = need(QStringLiteral("trailer"), "SE");
        if (se && se->element(1).toInt() != m_segments.size())
            fail(*se, QStringLiteral("trailer"), QStringLiteral("SE01 is not the segment count"));
        if (m_at < m_segments.size())
            fail(m_segments.at(m_at), QStringLiteral("order"),
                 QStringLiteral("unexpected here (out of its loop, or not written by CleanClaim)"));
    }
};

/// The problems an implementation-guide validator would find in @p x12 (none = valid).
QStringList igProblems(const QByteArray &x12)
{
    return IgCheck(x12).problems;
}

} // namespace

class tst_Claim837Writer : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void cleanIdKeepsCase();
    void segmentTrimsTrailingEmpties();
    void decimal_data();
    void decimal();

    void golden_data();
    void golden();
    void goldenContents();
    void validatesAgainstImplementationGuide_data();
    void validatesAgainstImplementationGuide();
    void validatorFindsProblems_data();
    void validatorFindsProblems();
    void envelope();
    void counts();
    void hierarchy();
    void lineControlNumbers();
    void delimitersInText();
    void replacementHasF8();
    void secondaryClaimHasCobLoops();
    void renderingSameAsBilling();
    void lineBreaksOption();
    void matchesValidatedSample();

    void reserveNumbersNeverRepeat();
    void exportAuditsAndChecksPermission();
    void cli();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &db, const QStringList &args);
};

void tst_Claim837Writer::clean_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("SMITH") << QStringLiteral("SMITH");
    QTest::newRow("lower") << QStringLiteral("Smith") << QStringLiteral("SMITH");
    QTest::newRow("delimiters") << QStringLiteral("O*Brien~Smith") << QStringLiteral("O BRIEN SMITH");
    QTest::newRow("all four") << QStringLiteral("a*b~c:d^e") << QStringLiteral("A B C D E");
    QTest::newRow("accents") << QStringLiteral("José Núñez-Äß") << QStringLiteral("JOSE NUNEZ-ASS");
    QTest::newRow("ligature") << QStringLiteral("Łukasz Ørsted") << QStringLiteral("LUKASZ ORSTED");
    QTest::newRow("control") << QStringLiteral("a\tb\r\nc") << QStringLiteral("A B C");
    QTest::newRow("spaces") << QStringLiteral("  100   Main\u00a0St  ") << QStringLiteral("100 MAIN ST");
    QTest::newRow("other script") << QStringLiteral("Li 李 Wei") << QStringLiteral("LI WEI");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trailing space") << QStringLiteral("AB ") << QStringLiteral("AB");
}

void tst_Claim837Writer::clean()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(x12::clean(in), out);
}

void tst_Claim837Writer::cleanIdKeepsCase()
{
    QCOMPARE(x12::cleanId(QStringLiteral("pcn-0001")), QStringLiteral("pcn-0001"));
    QCOMPARE(x12::cleanId(QStringLiteral(" a*b~c ")), QStringLiteral("a b c"));
}

void tst_Claim837Writer::segmentTrimsTrailingEmpties()
{
    QCOMPARE(x12::SegmentWriter::segment(QLatin1StringView("NM1"),
                                         {QStringLiteral("QC"), QStringLiteral("1"),
                                          QStringLiteral("DOE"), {}, {}, {}}),
             QStringLiteral("NM1*QC*1*DOE"));
    QCOMPARE(x12::SegmentWriter::segment(QLatin1StringView("SBR"),
                                         {QStringLiteral("P"), {}, {}, QStringLiteral("CI")}),
             QStringLiteral("SBR*P***CI"));
    QCOMPARE(x12::composite({QStringLiteral("HC"), QStringLiteral("99213"), {}, {}}),
             QStringLiteral("HC:99213"));
    x12::SegmentWriter w(false);
    w.add(QLatin1StringView("LX"), {QStringLiteral("1"), {}});
    w.add(QLatin1StringView("N3"), QStringList{QStringLiteral("1 MAIN ST"), QString()});
    QCOMPARE(w.data(), QByteArray("LX*1~N3*1 MAIN ST~"));
    QCOMPARE(w.count(), 2);
}

void tst_Claim837Writer::decimal_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(15000) << QStringLiteral("150");
    QTest::newRow("tenths") << qint64(1850) << QStringLiteral("18.5");
    QTest::newRow("cents") << qint64(1805) << QStringLiteral("18.05");
    QTest::newRow("both") << qint64(1899) << QStringLiteral("18.99");
    QTest::newRow("under a dollar") << qint64(50) << QStringLiteral("0.5");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0.01");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("negative") << qint64(-305) << QStringLiteral("-3.05");
    QTest::newRow("large") << qint64(9999999999999) << QStringLiteral("99999999999.99");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QStringLiteral("-92233720368547758.08");
}

void tst_Claim837Writer::decimal()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(x12::decimal(cents), text);
}

void tst_Claim837Writer::golden_data()
{
    // input: a claims file of tests/data/claims; claim: the one claim of it to write, or -1
    // for all; problems: how many the claims reader reports (it refuses delimiters and control
    // characters, yet the writer must still make a valid file of what it read).
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("claim");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("problems");
    const QString two = QStringLiteral("two-claims.json");
    QTest::newRow("self") << two << 0 << dataPath("x12", "self-subscriber.837") << 0;
    QTest::newRow("dependant") << two << 1 << dataPath("x12", "dependant.837") << 0;
    QTest::newRow("both") << two << -1 << dataPath("x12", "two-claims.837") << 0;
    // 12 diagnoses; lines with 0 to 4 modifiers, 1 to 4 pointers, units up to 4.
    QTest::newRow("lines, modifiers, units, pointers")
            << QStringLiteral("lines-modifiers.json") << -1
            << dataPath("x12", "lines-modifiers.837") << 0;
    // REF*G1 on an original claim of a spouse (PAT*01).
    QTest::newRow("prior authorization") << QStringLiteral("prior-auth.json") << -1
                                         << dataPath("x12", "prior-auth.837") << 0;
    // Claim 1: rendering != billing (2310B NM1*82 + PRV*PE); claim 2: rendering = billing
    // (no 2310B), a patient of relationship "other" (PAT*G8).
    QTest::newRow("rendering") << QStringLiteral("rendering.json") << -1
                               << dataPath("x12", "rendering.837") << 0;
    QTest::newRow("replacement") << QStringLiteral("replacement.json") << -1
                                 << dataPath("x12", "replacement.837") << 0;
    QTest::newRow("void") << QStringLiteral("void.json") << -1 << dataPath("x12", "void.837")
                          << 0;
    // * ~ : ^, a tab, a BEL and accented letters in names, addresses and ids; names and
    // addresses longer than their elements.
    QTest::newRow("names with delimiters") << QStringLiteral("delimiters.json") << -1
                                           << dataPath("x12", "delimiters.837") << 18;
}

void tst_Claim837Writer::golden()
{
    QFETCH(QString, input);
    QFETCH(int, claim);
    QFETCH(QString, file);
    QFETCH(int, problems);
    const auto read = claimsjson::readFile(dataPath("claims", input));
    QStringList messages;
    for (const JsonProblem &p : read.problems)
        messages.append(p.message);
    QVERIFY2(read.problems.size() == problems, qPrintable(messages.join(QLatin1Char('\n'))));
    ClaimBatch batch = read.batch;
    if (claim >= 0)
        batch.claims = {batch.claims.value(claim)};
    QVERIFY(!batch.claims.isEmpty());
    const QByteArray written = x12::write837(batch, kNumbers, kNow);
    if (qEnvironmentVariableIsSet("CC_UPDATE_GOLDEN")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(written);
    }
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray expected = f.readAll();
    if (written != expected) {
        const QList<QByteArray> a = written.split('\n'), b = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
            QCOMPARE(a.value(i), b.value(i));
    }
    QCOMPARE(written, expected);
}

void tst_Claim837Writer::goldenContents()
{
    // What each golden is there for, read from the files themselves (golden() keeps them
    // equal to the writer's output).
    const auto golden = [](const char *name) {
        return segments(readBytes(dataPath("x12", name)));
    };
    // The segments with @p id (and first element @p first), each joined with '*'.
    const auto texts = [](const QList<QStringList> &all, const char *id,
                          const char *first = nullptr) {
        QStringList out;
        for (const QStringList &s : withId(all, QLatin1String(id),
                                           first ? QString::fromLatin1(first) : QString()))
            out.append(s.join(QLatin1Char('*')));
        return out;
    };
    const auto indexOf = [](const QList<QStringList> &all, const char *id, qsizetype from = 0) {
        for (qsizetype i = from; i < all.size(); ++i) {
            if (all.at(i).value(0) == QLatin1String(id))
                return i;
        }
        return qsizetype(-1);
    };

    // Several lines: 12 diagnoses in one HI (ABK, then 11 ABF), 0 to 4 modifiers, units,
    // 1 to 4 pointers, a line control number per line.
    const QList<QStringList> lines = golden("lines-modifiers.837");
    QCOMPARE(texts(lines, "HI"),
             QStringList{QStringLiteral("HI*ABK:E1165*ABF:I10*ABF:E785*ABF:N1831*ABF:M1711*"
                                        "ABF:G4733*ABF:J449*ABF:R7303*ABF:Z794*ABF:E6601*"
                                        "ABF:M5450*ABF:Z6835")});
    QCOMPARE(texts(lines, "SV1"),
             (QStringList{QStringLiteral("SV1*HC:99214:25*185*UN*1***1:2:3:4"),
                          QStringLiteral("SV1*HC:97110:GP:KX:59:XU*96*UN*3***5:6:7:8"),
                          QStringLiteral("SV1*HC:20610:RT:XS*240.5*UN*1***5:9"),
                          QStringLiteral("SV1*HC:J3301:JZ:RT:GA*12.4*UN*4***9:10:11"),
                          QStringLiteral("SV1*HC:82947*18.05*UN*2***12")}));
    QCOMPARE(texts(lines, "DTP", "472"),
             (QStringList{QStringLiteral("DTP*472*D8*20261102"),
                          QStringLiteral("DTP*472*D8*20261102"),
                          QStringLiteral("DTP*472*D8*20261103"),
                          QStringLiteral("DTP*472*D8*20261103"),
                          QStringLiteral("DTP*472*D8*20261104")}));
    QCOMPARE(texts(lines, "REF", "6R").size(), 5);
    QCOMPARE(texts(lines, "REF", "6R").last(), QStringLiteral("REF*6R*PCN0101-5"));
    QCOMPARE(texts(lines, "CLM"),
             QStringList{QStringLiteral("CLM*PCN0101*551.95***11:B:1*Y*A*Y*Y")});

    // Prior authorization: REF*G1 between CLM and HI; no F8 on an original claim. The
    // subscriber is not the patient, so 2010BA has no N3/N4/DMG.
    const QList<QStringList> auth = golden("prior-auth.837");
    const qsizetype clm = indexOf(auth, "CLM");
    QVERIFY(clm > 0);
    QCOMPARE(auth.value(clm + 1).join(QLatin1Char('*')), QStringLiteral("REF*G1*PA20261104-88"));
    QCOMPARE(auth.value(clm + 2).value(0), QStringLiteral("HI"));
    QVERIFY(texts(auth, "REF", "F8").isEmpty());
    QCOMPARE(texts(auth, "PAT"), QStringList{QStringLiteral("PAT*01")});
    QCOMPARE(auth.value(indexOf(auth, "SBR") + 1).join(QLatin1Char('*')),
             QStringLiteral("NM1*IL*1*BRENNAN*THOMAS****MI*W884512097"));
    QCOMPARE(auth.value(indexOf(auth, "SBR") + 2).value(1), QStringLiteral("PR"));
    QCOMPARE(texts(auth, "DMG"), QStringList{QStringLiteral("DMG*D8*19801203*F")});

    // Rendering: 2310B (NM1*82 + PRV*PE) after HI on the first claim only; the second's
    // rendering NPI is the billing NPI, so its HI is followed by its first line.
    const QList<QStringList> rendering = golden("rendering.837");
    QCOMPARE(texts(rendering, "NM1", "82"),
             QStringList{QStringLiteral("NM1*82*1*PATEL*RAVI****XX*1987654328")});
    QCOMPARE(texts(rendering, "PRV", "PE"), QStringList{QStringLiteral("PRV*PE*PXC*208000000X")});
    const qsizetype firstHi = indexOf(rendering, "HI");
    QCOMPARE(rendering.value(firstHi + 1).value(1), QStringLiteral("82"));
    QCOMPARE(rendering.value(firstHi + 2).value(1), QStringLiteral("PE"));
    const qsizetype secondHi = indexOf(rendering, "HI", firstHi + 1);
    QVERIFY(secondHi > firstHi);
    QCOMPARE(rendering.value(secondHi + 1).join(QLatin1Char('*')), QStringLiteral("LX*1"));
    QCOMPARE(texts(rendering, "PAT"), QStringList{QStringLiteral("PAT*G8")});
    QCOMPARE(texts(rendering, "HL").size(), 4); // one 2000A for both claims

    // Replacement and void: CLM05-3 is 7 or 8, with the payer's number in REF*F8.
    const QList<QStringList> replacement = golden("replacement.837");
    QCOMPARE(withId(replacement, QStringLiteral("CLM")).value(0).value(5),
             QStringLiteral("11:B:7"));
    QCOMPARE(texts(replacement, "REF", "F8"), QStringList{QStringLiteral("REF*F8*22630600123401")});
    QVERIFY(texts(replacement, "REF", "G1").isEmpty());
    const QList<QStringList> voided = golden("void.837");
    QCOMPARE(withId(voided, QStringLiteral("CLM")).value(0).value(5), QStringLiteral("11:B:8"));
    QCOMPARE(texts(voided, "REF", "F8"), QStringList{QStringLiteral("REF*F8*22630600123402")});

    // Delimiters, a tab, a BEL and accents: replaced or transliterated, never escaped; names
    // and addresses cut to their element's length.
    const QByteArray raw = readBytes(dataPath("x12", "delimiters.837"));
    QCOMPARE(raw.count('^'), 1); // ISA11 only
    QVERIFY(!raw.contains('\t'));
    const QList<QStringList> names = segments(raw);
    QCOMPARE(texts(names, "NM1", "QC"),
             QStringList{QStringLiteral("NM1*QC*1*O BRIEN SMITH*ZOE ANN")});
    QCOMPARE(texts(names, "N3").last(), QStringLiteral("N3*12 OAK AVE APT 3 B*REAR ENTRANCE"));
    QCOMPARE(texts(names, "NM1", "IL"),
             QStringList{QStringLiteral("NM1*IL*1*O'BRIEN*MAXIMILIANA EVANGELINA SEAN-DOLORES"
                                        "****MI*W12 34 5")});
    QCOMPARE(texts(names, "NM1", "85"),
             QStringList{QStringLiteral("NM1*85*2*LAKESIDE FAMILY MEDICINE & PEDIATRIC ASSOCIATES "
                                        "OF SOUTHWEST*****XX*1234567893")});
    QCOMPARE(texts(names, "N3").first(),
             QStringLiteral("N3*KALAMAZOO MEDICAL ARTS BUILDING, 1234 NORTH OLD LAKE SH*"
                            "SUITE 2 B"));
    QCOMPARE(texts(names, "N4").first(),
             QStringLiteral("N4*VILLAGE OF GROSSE POINTE SHORE*MI*482361234"));
    QCOMPARE(texts(names, "NM1", "82"),
             QStringList{QStringLiteral("NM1*82*1*NUNEZ-ORSTED*JOSE****XX*1551234564")});
    QCOMPARE(texts(names, "NM1", "PR"),
             QStringList{QStringLiteral("NM1*PR*2*PRIORITY HEALTH HMO PLAN*****PI*38217")});
    QCOMPARE(texts(names, "PER"), QStringList{QStringLiteral("PER*IC*DANA ORTIZ*TE*2695550100")});
    QCOMPARE(withId(names, QStringLiteral("CLM")).value(0).value(1), QStringLiteral("PCN D 01"));
    QCOMPARE(texts(names, "REF", "G1"), QStringList{QStringLiteral("REF*G1*AUTH 55 01")});
    QCOMPARE(texts(names, "REF", "6R"), QStringList{QStringLiteral("REF*6R*PCN D 01-1")});
}

void tst_Claim837Writer::validatesAgainstImplementationGuide_data()
{
    golden_data();
    // The validator itself is checked on a file an implementation-guide validator accepted.
    QTest::newRow("validated sample") << QString() << -1
                                      << QStringLiteral(CC_SHARED_DIR "/x12/minimal_837p.x12")
                                      << 0;
}

void tst_Claim837Writer::validatesAgainstImplementationGuide()
{
    QFETCH(QString, file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (file.startsWith(QStringLiteral(CC_SHARED_DIR)))
            QSKIP("../shared/x12 is absent");
        QFAIL(qPrintable(file));
    }
    const QByteArray data = f.readAll();
    const QStringList problems = igProblems(data);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The same in plain words for the envelope: ISA is 106 characters with its delimiters at
    // 3, 104 and 105, and SE01 counts ST..SE.
    QCOMPARE(data.indexOf('~'), 105);
    QCOMPARE(data.at(3), '*');
    QCOMPARE(data.at(104), ':');
    const QList<QStringList> all = segments(data);
    qsizetype st = -1, se = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).value(0) == QLatin1String("ST"))
            st = i;
        else if (all.at(i).value(0) == QLatin1String("SE"))
            se = i;
    }
    QVERIFY(st > 0 && se > st);
    QCOMPARE(all.at(se).value(1), QString::number(se - st + 1));
}

void tst_Claim837Writer::validatorFindsProblems_data()
{
    // A golden with one thing broken, and a word of the problem the validator must report;
    // recount: SE01 is corrected after a segment was added or removed, so that the reader's
    // count check does not hide the problem.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<bool>("recount");
    QTest::addColumn<QString>("expected");
    const QString self = dataPath("x12", "self-subscriber.837");
    const QString dependant = dataPath("x12", "dependant.837");
    QTest::newRow("subscriber address beside 2000C")
            << dependant << QByteArray("NM1*PR*") << QByteArray("N3*7 ELM ST~\nNM1*PR*")
            << true << QStringLiteral("not the patient");
    QTest::newRow("SE01") << self << QByteArray("SE*31*") << QByteArray("SE*30*")
                          << false << QStringLiteral("SE01");
    QTest::newRow("no DTP*472") << self << QByteArray("DTP*472*D8*20261102~\nREF*6R*PCN0001-2")
                                << QByteArray("REF*6R*PCN0001-2") << true << QStringLiteral("DTP");
    QTest::newRow("component separator in a name")
            << self << QByteArray("*SMITH*JOHN*") << QByteArray("*SMI:TH*JOHN*")
            << false << QStringLiteral("component separator");
    QTest::newRow("repetition separator in an address")
            << self << QByteArray("N3*12 OAK AVE") << QByteArray("N3*12 OAK^AVE")
            << false << QStringLiteral("repetition separator");
    QTest::newRow("tab") << self << QByteArray("*SMITH*") << QByteArray("*SMI\tTH*")
                         << false << QStringLiteral("printable");
    QTest::newRow("HL parent") << dependant << QByteArray("HL*3*2*23") << QByteArray("HL*3*7*23")
                               << false << QStringLiteral("HL02");
    QTest::newRow("rendering = billing")
            << self << QByteArray("XX*1045678905") << QByteArray("XX*1234567893")
            << false << QStringLiteral("2310B");
    QTest::newRow("ABF before ABK") << self << QByteArray("HI*ABK:E119*ABF:I10")
                                    << QByteArray("HI*ABF:I10*ABK:E119") << false
                                    << QStringLiteral("HI01");
    QTest::newRow("pointer beyond HI") << self << QByteArray("***1:2~") << QByteArray("***1:3~")
                                       << false << QStringLiteral("SV107");
    QTest::newRow("NM103 too long")
            << self << QByteArray("*SMITH*JOHN*")
            << QByteArray("*SMITHSMITHSMITHSMITHSMITHSMITHSMITHSMITHSMITHSMITHSMITHSMITHX*JOHN*")
            << false << QStringLiteral("NM103");
    QTest::newRow("segment out of its loop")
            << self << QByteArray("HI*ABK:E119*ABF:I10~\n")
            << QByteArray("NTE*ADD*NOTE~\nHI*ABK:E119*ABF:I10~\n") << true << QStringLiteral("HI");
    QTest::newRow("refused sample (DMG03 X)")
            << QStringLiteral(CC_SHARED_DIR "/x12/minimal_837p_bad.x12") << QByteArray()
            << QByteArray() << false << QStringLiteral("DMG03");
}

void tst_Claim837Writer::validatorFindsProblems()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(bool, recount);
    QFETCH(QString, expected);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (file.startsWith(QStringLiteral(CC_SHARED_DIR)))
            QSKIP("../shared/x12 is absent");
        QFAIL(qPrintable(file));
    }
    QByteArray data = f.readAll();
    if (!from.isEmpty()) {
        QCOMPARE(data.count(from), 1);
        data.replace(from, to);
    }
    if (recount) {
        const qsizetype st = data.indexOf("\nST*"), se = data.indexOf("\nSE*");
        QVERIFY(st > 0 && se > st);
        const qsizetype count = data.mid(st, se - st).count('~') + 1;
        const qsizetype star = data.indexOf('*', se + 4);
        data.replace(se + 4, star - (se + 4), QByteArray::number(count));
    }
    const QStringList problems = igProblems(data);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(expected),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Claim837Writer::envelope()
{
    const QByteArray x = x12::write837(twoClaims(), {987654321, 77, 12345}, kNow);
    const QList<QByteArray> lines = x.split('\n');
    const QByteArray isa = lines.value(0);
    QCOMPARE(isa.size(), 106);
    QCOMPARE(isa.at(3), '*');
    QCOMPARE(isa.at(104), ':');
    QCOMPARE(isa.at(105), '~');
    const QList<QStringList> all = segments(x);
    const QStringList isaElements = all.first();
    QCOMPARE(isaElements.size(), 17);
    QCOMPARE(isaElements.at(6), QStringLiteral("LFM0001        "));
    QCOMPARE(isaElements.at(8), QStringLiteral("GLCH01         "));
    QCOMPARE(isaElements.at(9), QStringLiteral("261127"));
    QCOMPARE(isaElements.at(10), QStringLiteral("1405"));
    QCOMPARE(isaElements.at(11), QStringLiteral("^"));
    QCOMPARE(isaElements.at(12), QStringLiteral("00501"));
    QCOMPARE(isaElements.at(13), QStringLiteral("987654321"));
    const QStringList gs = withId(all, QStringLiteral("GS")).value(0);
    QCOMPARE(gs.value(6), QStringLiteral("77"));
    QCOMPARE(gs.value(8), QStringLiteral("005010X222A1"));
    QCOMPARE(withId(all, QStringLiteral("ST")).value(0).value(2), QStringLiteral("12345"));
    QCOMPARE(withId(all, QStringLiteral("SE")).value(0).value(2), QStringLiteral("12345"));
    QCOMPARE(withId(all, QStringLiteral("GE")).value(0),
             (QStringList{QStringLiteral("GE"), QStringLiteral("1"), QStringLiteral("77")}));
    QCOMPARE(all.last(), (QStringList{QStringLiteral("IEA"), QStringLiteral("1"),
                                      QStringLiteral("987654321")}));
    // Small numbers are padded: ISA13 to nine digits, ST02 to four.
    const QList<QStringList> small = segments(x12::write837(only(0), {1, 1, 1}, kNow));
    QCOMPARE(small.first().at(13), QStringLiteral("000000001"));
    QCOMPARE(withId(small, QStringLiteral("ST")).value(0).value(2), QStringLiteral("0001"));
    QCOMPARE(small.last().value(2), QStringLiteral("000000001"));
}

void tst_Claim837Writer::counts()
{
    const QList<QStringList> all = segments(x12::write837(twoClaims(), kNumbers, kNow));
    qsizetype st = -1, se = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).first() == QLatin1String("ST"))
            st = i;
        if (all.at(i).first() == QLatin1String("SE"))
            se = i;
    }
    QVERIFY(st > 0 && se > st);
    QCOMPARE(all.at(se).value(1).toLongLong(), se - st + 1);
    QCOMPARE(withId(all, QStringLiteral("ST")).size(), 1);
    QCOMPARE(withId(all, QStringLiteral("GS")).size(), 1);
}

void tst_Claim837Writer::hierarchy()
{
    ClaimBatch shared = twoClaims();
    shared.claims[1].billingProvider = shared.claims[0].billingProvider;
    const QList<QStringList> all = segments(x12::write837(shared, kNumbers, kNow));
    const QList<QStringList> hl = withId(all, QStringLiteral("HL"));
    // Both claims share the billing provider: 1 (20), 2 (22, self), 3 (22), 4 (23 under 3).
    QCOMPARE(hl.size(), 4);
    QCOMPARE(hl.at(0), (QStringList{QStringLiteral("HL"), QStringLiteral("1"), QString(),
                                    QStringLiteral("20"), QStringLiteral("1")}));
    QCOMPARE(hl.at(1), (QStringList{QStringLiteral("HL"), QStringLiteral("2"),
                                    QStringLiteral("1"), QStringLiteral("22"),
                                    QStringLiteral("0")}));
    QCOMPARE(hl.at(2), (QStringList{QStringLiteral("HL"), QStringLiteral("3"),
                                    QStringLiteral("1"), QStringLiteral("22"),
                                    QStringLiteral("1")}));
    QCOMPARE(hl.at(3), (QStringList{QStringLiteral("HL"), QStringLiteral("4"),
                                    QStringLiteral("3"), QStringLiteral("23"),
                                    QStringLiteral("0")}));
    const QList<QStringList> sbr = withId(all, QStringLiteral("SBR"));
    QCOMPARE(sbr.size(), 2);
    QCOMPARE(sbr.at(0).value(2), QStringLiteral("18"));
    QCOMPARE(sbr.at(0).value(9), QStringLiteral("MB"));
    QCOMPARE(sbr.at(1).value(2), QString());
    QCOMPARE(sbr.at(1).value(9), QStringLiteral("BL"));
    QCOMPARE(withId(all, QStringLiteral("PAT")).value(0).value(1), QStringLiteral("19"));
    QCOMPARE(withId(all, QStringLiteral("NM1"), QStringLiteral("QC")).size(), 1);
    // DMG: the self subscriber's and the dependant patient's, not the dependant's subscriber.
    QCOMPARE(withId(all, QStringLiteral("DMG")).size(), 2);

    // A second billing provider (here: the same NPI at another address, so another 2010AA)
    // opens a second 2000A; claims are grouped under their own provider.
    const QList<QStringList> hl2 = withId(segments(x12::write837(twoClaims(), kNumbers, kNow)),
                                          QStringLiteral("HL"));
    QCOMPARE(hl2.size(), 5);
    QCOMPARE(hl2.at(2).value(3), QStringLiteral("20"));
    QCOMPARE(hl2.at(2).value(2), QString());
    QCOMPARE(hl2.at(3).value(2), QStringLiteral("3"));
    QCOMPARE(hl2.at(4).value(2), QStringLiteral("4"));
}

void tst_Claim837Writer::lineControlNumbers()
{
    const QList<QStringList> all = segments(x12::write837(twoClaims(), kNumbers, kNow));
    const QList<QStringList> refs = withId(all, QStringLiteral("REF"), QStringLiteral("6R"));
    QStringList values;
    for (const QStringList &r : refs)
        values.append(r.value(2));
    QCOMPARE(values, (QStringList{QStringLiteral("PCN0001-1"), QStringLiteral("PCN0001-2"),
                                  QStringLiteral("PCN0002-1"), QStringLiteral("PCN0002-2"),
                                  QStringLiteral("PCN0002-3")}));
    QCOMPARE(withId(all, QStringLiteral("LX")).size(), 5);
    QCOMPARE(withId(all, QStringLiteral("SV1")).size(), 5);
    QCOMPARE(withId(all, QStringLiteral("DTP"), QStringLiteral("472")).size(), 5);
    const QList<QStringList> clm = withId(all, QStringLiteral("CLM"));
    QCOMPARE(clm.at(0).value(2), QStringLiteral("168.5"));
    QCOMPARE(clm.at(1).value(2), QStringLiteral("235.5"));
    QCOMPARE(clm.at(1).value(5), QStringLiteral("11:B:7"));
}

void tst_Claim837Writer::delimitersInText()
{
    ClaimBatch b = twoClaims();
    const QString evil = QStringLiteral("O*Brien~Smith:Jr^III");
    b.submitter.name = evil;
    b.submitter.contactName = evil;
    b.receiver.name = evil;
    for (ClaimDocument &c : b.claims) {
        c.billingProvider.name = evil;
        c.billingProvider.address.line1 = evil;
        c.billingProvider.address.line2 = evil;
        c.billingProvider.address.city = evil;
        c.subscriber.lastName = evil;
        c.subscriber.firstName = evil;
        c.subscriber.address.line1 = evil;
        c.payer.name = evil;
        c.renderingProvider.lastName = evil;
        if (c.patient) {
            c.patient->lastName = evil;
            c.patient->firstName = evil;
        }
        c.priorAuthorization = QStringLiteral("A*1");
        c.id = c.id + QStringLiteral("~X");
    }
    const QByteArray x = x12::write837(b, kNumbers, kNow);
    QVERIFY(!x.contains('^') || x.count('^') == 1); // only ISA11
    const QList<QStringList> all = segments(x);
    // Element counts (with the id) of every segment the writer makes.
    const QHash<QString, QList<int>> expected{
            {QStringLiteral("ISA"), {17}},      {QStringLiteral("GS"), {9}},
            {QStringLiteral("ST"), {4}},        {QStringLiteral("BHT"), {7}},
            {QStringLiteral("NM1"), {10, 5}},   {QStringLiteral("PER"), {5}},
            {QStringLiteral("HL"), {5}},        {QStringLiteral("PRV"), {4}},
            {QStringLiteral("N3"), {2, 3}},     {QStringLiteral("N4"), {4}},
            {QStringLiteral("REF"), {3}},       {QStringLiteral("SBR"), {10}},
            {QStringLiteral("DMG"), {4}},       {QStringLiteral("PAT"), {2}},
            {QStringLiteral("CLM"), {10}},      {QStringLiteral("HI"), {3, 4}},
            {QStringLiteral("LX"), {2}},        {QStringLiteral("SV1"), {8}},
            {QStringLiteral("DTP"), {4}},       {QStringLiteral("SE"), {3}},
            {QStringLiteral("GE"), {3}},        {QStringLiteral("IEA"), {3}}};
    for (const QStringList &s : all) {
        QVERIFY2(expected.contains(s.first()), qPrintable(s.join(QLatin1Char('*'))));
        QVERIFY2(expected.value(s.first()).contains(int(s.size())),
                 qPrintable(s.join(QLatin1Char('*'))));
        if (s.first() != QLatin1String("ISA") && s.first() != QLatin1String("CLM")
            && s.first() != QLatin1String("SV1") && s.first() != QLatin1String("HI")) {
            for (const QString &e : s)
                QVERIFY2(!e.contains(QLatin1Char(':')), qPrintable(s.join(QLatin1Char('*'))));
        }
    }
    QCOMPARE(withId(all, QStringLiteral("NM1"), QStringLiteral("IL")).value(0).value(3),
             QStringLiteral("O BRIEN SMITH JR III"));
    QCOMPARE(withId(all, QStringLiteral("CLM")).value(0).value(1), QStringLiteral("PCN0001 X"));
    QCOMPARE(withId(all, QStringLiteral("REF"), QStringLiteral("6R")).value(0).value(2),
             QStringLiteral("PCN0001 X-1"));
}

void tst_Claim837Writer::replacementHasF8()
{
    const QList<QStringList> original = segments(x12::write837(only(0), kNumbers, kNow));
    QVERIFY(withId(original, QStringLiteral("REF"), QStringLiteral("F8")).isEmpty());
    QVERIFY(withId(original, QStringLiteral("REF"), QStringLiteral("G1")).isEmpty());
    const QList<QStringList> replacement = segments(x12::write837(only(1), kNumbers, kNow));
    QCOMPARE(withId(replacement, QStringLiteral("REF"), QStringLiteral("F8")).value(0).value(2),
             QStringLiteral("2026300123456"));
    QCOMPARE(withId(replacement, QStringLiteral("REF"), QStringLiteral("G1")).value(0).value(2),
             QStringLiteral("AUTH778899"));
    ClaimBatch voided = only(1);
    voided.claims[0].frequency = QStringLiteral("8");
    const QList<QStringList> v = segments(x12::write837(voided, kNumbers, kNow));
    QCOMPARE(withId(v, QStringLiteral("REF"), QStringLiteral("F8")).size(), 1);
    QCOMPARE(withId(v, QStringLiteral("CLM")).value(0).value(5), QStringLiteral("11:B:8"));
}

/// The first claim of two-claims.json sent to its secondary payer after the primary paid
/// each line less a contractual adjustment and coinsurance, and adjusted the claim by 0.00.
ClaimBatch secondaryClaim()
{
    ClaimBatch b = only(0);
    ClaimDocument &c = b.claims[0];
    c.payerResponsibility = QStringLiteral("S");
    PriorPayer prior;
    prior.payer = Payer{QStringLiteral("First Health Plan"), QStringLiteral("FHP01"),
                        QStringLiteral("CI"), 365};
    prior.subscriber = c.subscriber;
    prior.subscriber.memberId = QStringLiteral("FHP778812");
    prior.adjudicated = QDate(2026, 11, 20);
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        const qint64 charge = c.lines.at(i).chargeCents;
        PriorPayerLine line;
        line.lineNumber = int(i + 1);
        line.adjustments = {{QStringLiteral("CO"), QStringLiteral("45"), charge / 4},
                            {QStringLiteral("PR"), QStringLiteral("2"), charge / 10}};
        line.paidCents = charge - charge / 4 - charge / 10;
        prior.paidCents += line.paidCents;
        prior.lines.append(line);
    }
    c.priorPayer = prior;
    return b;
}

void tst_Claim837Writer::secondaryClaimHasCobLoops()
{
    const ClaimBatch batch = secondaryClaim();
    const QByteArray written = x12::write837(batch, kNumbers, kNow);
    const QString file = dataPath("x12", "secondary.837");
    if (qEnvironmentVariableIsSet("CC_UPDATE_GOLDEN")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(written);
    }
    QCOMPARE(written, readBytes(file));
    const QStringList problems = igProblems(written);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    const QList<QStringList> all = segments(written);
    const QList<QStringList> sbr = withId(all, QStringLiteral("SBR"));
    QCOMPARE(sbr.size(), 2);
    QCOMPARE(sbr.at(0).value(1), QStringLiteral("S")); // 2000B: this payer is secondary
    QCOMPARE(sbr.at(1).value(1), QStringLiteral("P")); // 2320: the other payer was primary
    QCOMPARE(withId(all, QStringLiteral("AMT"), QStringLiteral("D")).size(), 1);
    QCOMPARE(withId(all, QStringLiteral("OI")).size(), 1);
    QCOMPARE(withId(all, QStringLiteral("NM1"), QStringLiteral("PR")).size(), 2);
    const int lines = int(batch.claims.first().lines.size());
    QCOMPARE(withId(all, QStringLiteral("SVD")).size(), lines);
    QCOMPARE(withId(all, QStringLiteral("SVD")).value(0).value(1), QStringLiteral("FHP01"));
    QCOMPARE(withId(all, QStringLiteral("DTP"), QStringLiteral("573")).size(), lines);
    QCOMPARE(withId(all, QStringLiteral("CAS")).size(), 2 * lines);

    // A primary answer that does not balance is caught by the check.
    ClaimBatch broken = batch;
    broken.claims[0].priorPayer->lines[0].paidCents += 1;
    broken.claims[0].priorPayer->paidCents += 1;
    const QStringList found = igProblems(x12::write837(broken, kNumbers, kNow));
    QVERIFY2(found.join(QLatin1Char(' ')).contains(QStringLiteral("SVD02")),
             qPrintable(found.join(QLatin1Char('\n'))));
    // An original (primary) claim keeps SBR*P and has no COB loop.
    const QList<QStringList> primary = segments(x12::write837(only(0), kNumbers, kNow));
    QCOMPARE(withId(primary, QStringLiteral("SBR")).size(), 1);
    QCOMPARE(withId(primary, QStringLiteral("SBR")).value(0).value(1), QStringLiteral("P"));
    QVERIFY(withId(primary, QStringLiteral("SVD")).isEmpty());
}

void tst_Claim837Writer::renderingSameAsBilling()
{
    ClaimBatch b = only(0);
    QCOMPARE(withId(segments(x12::write837(b, kNumbers, kNow)), QStringLiteral("NM1"),
                    QStringLiteral("82"))
                     .size(),
             1);
    b.claims[0].renderingProvider.npi = b.claims[0].billingProvider.npi;
    const QList<QStringList> all = segments(x12::write837(b, kNumbers, kNow));
    QVERIFY(withId(all, QStringLiteral("NM1"), QStringLiteral("82")).isEmpty());
    QVERIFY(withId(all, QStringLiteral("PRV"), QStringLiteral("PE")).isEmpty());
}

void tst_Claim837Writer::lineBreaksOption()
{
    x12::Write837Options o;
    o.lineBreaks = false;
    o.production = false;
    const QByteArray flat = x12::write837(only(0), kNumbers, kNow, o);
    QVERIFY(!flat.contains('\n'));
    QCOMPARE(flat.at(102), 'T');
    const QByteArray broken = x12::write837(only(0), kNumbers, kNow);
    QCOMPARE(broken.at(102), 'P');
    QByteArray joined = broken;
    joined.replace('\n', QByteArray());
    joined[102] = 'T';
    QCOMPARE(flat, joined);
    QVERIFY(broken.endsWith("~\n"));
}

void tst_Claim837Writer::matchesValidatedSample()
{
    // ../x12/minimal_837p.x12 was accepted by an implementation-guide validator. The same
    // claim written by us differs only by the REF*6R we add to every line (so SE01 is 24).
    const QString sample = QStringLiteral(CC_SHARED_DIR "/x12/minimal_837p.x12");
    QFile f(sample);
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("../shared/x12 is absent");
    const Address billingAddress{QStringLiteral("123 Main St"), {}, QStringLiteral("Anytown"),
                                 QStringLiteral("MI"), QStringLiteral("490011234")};
    ClaimBatch b;
    b.submitter = {QStringLiteral("Acme Billing"), QStringLiteral("SUB123"),
                   QStringLiteral("Jane Clerk"), QStringLiteral("5555551212")};
    b.receiver = {QStringLiteral("Clearinghouse"), QStringLiteral("RCV456")};
    ClaimDocument c;
    c.id = QStringLiteral("PATACCT001");
    c.billingProvider = {QStringLiteral("Acme Medical Group"), QStringLiteral("1234567893"),
                         QStringLiteral("123456789"), {}, billingAddress};
    c.renderingProvider = {QStringLiteral("Doe"), QStringLiteral("Jim"),
                           QStringLiteral("1234567893"), {}};
    c.payer = {QStringLiteral("Acme Insurance"), QStringLiteral("PAYERID01"),
               QStringLiteral("CI"), 365};
    c.subscriber.memberId = QStringLiteral("W123456789");
    c.subscriber.lastName = QStringLiteral("Doe");
    c.subscriber.firstName = QStringLiteral("John");
    c.subscriber.birthDate = QDate(1970, 1, 1);
    c.subscriber.sex = QStringLiteral("M");
    c.subscriber.address = {QStringLiteral("456 Oak Ave"), {}, QStringLiteral("Anytown"),
                            QStringLiteral("MI"), QStringLiteral("490015678")};
    c.placeOfService = QStringLiteral("11");
    c.diagnoses = {QStringLiteral("J069")};
    c.lines = {ClaimLine{QStringLiteral("99213"), {}, 1, 15000, {1}, QDate(2024, 1, 10)}};
    b.claims = {c};
    x12::Write837Options o;
    o.lineBreaks = false;
    o.production = false;
    o.senderId = QStringLiteral("SUBMITTERID");
    o.receiverId = QStringLiteral("RECEIVERID");
    QList<QStringList> ours = segments(
            x12::write837(b, {1, 1, 1}, QDateTime(QDate(2024, 1, 15), QTime(12, 0)), o));
    QList<QStringList> theirs = segments(f.readAll());
    QCOMPARE(withId(ours, QStringLiteral("SE")).value(0).value(1), QStringLiteral("24"));
    const auto drop = [](QList<QStringList> &list) {
        list.removeIf([](const QStringList &s) {
            return s.first() == QLatin1String("SE")
                    || (s.first() == QLatin1String("REF") && s.value(1) == QLatin1String("6R"))
                    || s.first() == QLatin1String("BHT");
        });
    };
    drop(ours);
    drop(theirs);
    QCOMPARE(ours.size(), theirs.size());
    for (qsizetype i = 0; i < ours.size(); ++i)
        QCOMPARE(ours.at(i).join(QLatin1Char('*')), theirs.at(i).join(QLatin1Char('*')));
}

void tst_Claim837Writer::reserveNumbersNeverRepeat()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QSet<qint64> isa, gs, st;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 2; ++i) {
            SubmissionService s(db.ws().database(), db.ws().audit());
            auto n = s.reserveNumbers();
            QVERIFY2(n, qPrintable(n ? QString() : n.error().detail));
            QVERIFY(!isa.contains(n->interchange));
            QVERIFY(!gs.contains(n->group));
            QVERIFY(!st.contains(n->transaction));
            isa.insert(n->interchange);
            gs.insert(n->group);
            st.insert(n->transaction);
            auto x = s.exportBatch(std::nullopt, twoClaims(), kNow);
            QVERIFY(x);
            const QList<QStringList> all = segments(x.value());
            const qint64 isa13 = all.first().at(13).toLongLong();
            const qint64 gs06 = withId(all, QStringLiteral("GS")).value(0).value(6).toLongLong();
            QVERIFY(!isa.contains(isa13));
            QVERIFY(!gs.contains(gs06));
            isa.insert(isa13);
            gs.insert(gs06);
        }
        db.close();
        QVERIFY(db.reopen());
    }
    QCOMPARE(isa.size(), 8);

    // 1000 reservations in two runs; in each run two seats (two connections to the same
    // practice file, a SubmissionService on each) take turns. Every ISA13, GS06 and ST02 as
    // written into the interchange is new, and none repeats a number taken above.
    const ClaimBatch one = only(0);
    QSet<QString> isa13s, gs06s, st02s;
    for (int run = 0; run < 2; ++run) {
        auto opened = Workstation::open(db.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        const std::unique_ptr<Workstation> seat = std::move(opened).value();
        std::optional<SubmissionService> first, second;
        first.emplace(db.ws().database(), db.ws().audit());
        second.emplace(seat->database(), seat->audit());
        for (int i = 0; i < 500; ++i) {
            SubmissionService &s = i % 2 == 0 ? *first : *second;
            const auto n = s.reserveNumbers();
            QVERIFY2(n, qPrintable(n ? QString() : n.error().detail));
            QVERIFY(!isa.contains(n->interchange));
            QVERIFY(!gs.contains(n->group));
            QVERIFY(!st.contains(n->transaction));
            const QList<QStringList> all = segments(x12::write837(one, *n, kNow));
            const QString isa13 = all.first().value(13);
            const QString gs06 = withId(all, QStringLiteral("GS")).value(0).value(6);
            const QString st02 = withId(all, QStringLiteral("ST")).value(0).value(2);
            QVERIFY2(!isa13s.contains(isa13), qPrintable(isa13));
            QVERIFY2(!gs06s.contains(gs06), qPrintable(gs06));
            QVERIFY2(!st02s.contains(st02), qPrintable(st02));
            QCOMPARE(withId(all, QStringLiteral("IEA")).value(0).value(2), isa13);
            QCOMPARE(withId(all, QStringLiteral("GE")).value(0).value(2), gs06);
            QCOMPARE(withId(all, QStringLiteral("SE")).value(0).value(2), st02);
            isa13s.insert(isa13);
            gs06s.insert(gs06);
            st02s.insert(st02);
        }
        first.reset();
        second.reset();
        db.close();
        QVERIFY(db.reopen());
    }
    QCOMPARE(isa13s.size(), 1000);
    QCOMPARE(gs06s.size(), 1000);
    QCOMPARE(st02s.size(), 1000);
}

void tst_Claim837Writer::exportAuditsAndChecksPermission()
{
    test::TestDatabase db;
    QVERIFY2(db.makeDemo(5, 3), qPrintable(db.errorText()));
    SubmissionService s(db.ws().database(), db.ws().audit());
    const qint64 before = db.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'claims.export837'"))
                                  .toLongLong();
    auto refused = s.exportBatch(db.login(Role::Coder), twoClaims(), kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    auto done = s.exportBatch(db.login(Role::Biller), twoClaims(), kNow);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().userMessage));
    QVERIFY(done->startsWith("ISA*"));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'claims.export837'"))
                     .toLongLong(),
             before + 1);
    QVERIFY(db.ws().audit().verify().value().intact);
    auto empty = s.exportBatch(std::nullopt, ClaimBatch{}, kNow);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
}

tst_Claim837Writer::Run tst_Claim837Writer::run(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CC_CLEANCLAIM_BIN), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_Claim837Writer::cli()
{
    test::TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.errorText()));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.837"));
    const QString input = dataPath("claims", "two-claims.json");

    const Run first = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                      input, QStringLiteral("--out"), out});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(out) || first.out.contains(QStringLiteral("out.837")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> a = segments(f.readAll());
    f.close();
    QCOMPARE(withId(a, QStringLiteral("CLM")).size(), 2);

    const Run second = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                       input, QStringLiteral("--out"), out});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> b = segments(f.readAll());
    f.close();
    QVERIFY(a.first().at(13) != b.first().at(13));

    // A bad claims file: its problems on stderr, exit 1, nothing written.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"submitter": {"name": "X"}, "claims": [}")");
    badFile.close();
    const QString notWritten = dir.filePath(QStringLiteral("none.837"));
    const Run refused = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                        bad, QStringLiteral("--out"), notWritten});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(QStringLiteral("bad.json")));
    QVERIFY(!QFile::exists(notWritten));

    // Without --input, the practice's ready claims (tst_submissionservice covers the sending);
    // an empty practice has nothing to send: refused in a sentence, nothing written.
    const Run database = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--out"),
                                         notWritten});
    QCOMPARE(database.code, 1);
    QVERIFY(!database.err.isEmpty());
    QVERIFY(!QFile::exists(notWritten));
    const Run noOut = run(db.path(), {QStringLiteral("export-837"), QStringLiteral("--input"),
                                      input});
    QCOMPARE(noOut.code, 2);
}

QTEST_GUILESS_MAIN(tst_Claim837Writer)
#include "tst_claim837writer.moc"

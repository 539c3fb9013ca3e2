// SPDX-License-Identifier: GPL-3.0-or-later
#include "claim837writer.h"
#include "x12text.h"

#include <QList>
#include <QStringList>

namespace cc::x12 {

namespace {

constexpr QLatin1StringView kVersion("005010X222A1");

/// ISA fields are fixed width: cut or pad with spaces on the right.
QString fixed(const QString &text, int width)
{
    return text.left(width).leftJustified(width, QLatin1Char(' '));
}

/// A control number in 1..999,999,999 as @p width digits at least.
QString controlNumber(qint64 n, int width)
{
    const qint64 bounded = ((n % 1000000000) + 1000000000) % 1000000000;
    return QStringLiteral("%1").arg(bounded, width, 10, QLatin1Char('0'));
}

/// CCYYMMDD (DTP D8, DMG02, GS04, BHT04), or empty for an invalid date.
QString d8(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return {};
    const int value = date.year() * 10000 + date.month() * 100 + date.day();
    QString out(8, QLatin1Char('0'));
    int rest = value;
    for (int i = 7; i >= 0; --i, rest /= 10)
        out[i] = QLatin1Char(char('0' + rest % 10));
    return out;
}

/// Free text made safe (clean()) and cut to the element's maximum length: NM103 60, NM104 35,
/// N301/N302 55, N401 30, PER02 60. The claims reader does not bound names, and clean() may
/// lengthen them (ß → SS); a longer element is a syntax error (999 IK4 code 5), while the
/// implementation guide lets the sender shorten a name or an address.
QString text(const QString &value, int maxLength)
{
    return clean(value).left(maxLength).trimmed();
}

constexpr int kNameMax = 60;       ///< NM103, PER02 (element 1035, 93)
constexpr int kFirstNameMax = 35;  ///< NM104 (element 1036)
constexpr int kAddressMax = 55;    ///< N301, N302 (element 166)
constexpr int kCityMax = 30;       ///< N401 (element 19)

/// PAT01 individual relationship code of the patient to the subscriber.
QString relationshipCode(const QString &relationship)
{
    if (relationship == QLatin1String("spouse"))
        return QStringLiteral("01");
    if (relationship == QLatin1String("child"))
        return QStringLiteral("19");
    return QStringLiteral("G8");
}

class Writer
{
public:
    Writer(const ClaimBatch &batch, const InterchangeNumbers &numbers, const QDateTime &now,
           const Write837Options &options)
        : m_batch(batch), m_numbers(numbers), m_now(now), m_options(options),
          m_out(options.lineBreaks)
    {
    }

    QByteArray write()
    {
        header();
        // One 2000A per distinct billing provider, in order of first appearance.
        QList<const BillingProvider *> providers;
        for (const ClaimDocument &c : m_batch.claims) {
            bool seen = false;
            for (const BillingProvider *p : std::as_const(providers))
                seen = seen || *p == c.billingProvider;
            if (!seen)
                providers.append(&c.billingProvider);
        }
        for (const BillingProvider *p : std::as_const(providers)) {
            const int providerHl = billingProvider(*p);
            for (const ClaimDocument &c : m_batch.claims) {
                if (c.billingProvider == *p)
                    claim(c, providerHl);
            }
        }
        trailer();
        return m_out.take();
    }

private:
    void header()
    {
        const QString submitterEtin = cleanId(m_batch.submitter.etin);
        const QString receiverEtin = cleanId(m_batch.receiver.etin);
        const QString sender =
                m_options.senderId.isEmpty() ? submitterEtin : cleanId(m_options.senderId);
        const QString receiver =
                m_options.receiverId.isEmpty() ? receiverEtin : cleanId(m_options.receiverId);
        const QString isa13 = controlNumber(m_numbers.interchange, 9);
        m_isa13 = isa13;
        m_gs06 = QString::number(((m_numbers.group % 1000000000) + 1000000000) % 1000000000);
        m_st02 = controlNumber(m_numbers.transaction, 4);

        const QStringList isa{QStringLiteral("ISA"),
                              QStringLiteral("00"),
                              fixed({}, 10),
                              QStringLiteral("00"),
                              fixed({}, 10),
                              QStringLiteral("ZZ"),
                              fixed(sender, 15),
                              QStringLiteral("ZZ"),
                              fixed(receiver, 15),
                              m_now.toString(QStringLiteral("yyMMdd")),
                              m_now.toString(QStringLiteral("HHmm")),
                              QString(QLatin1Char(kRepetitionSeparator)),
                              QStringLiteral("00501"),
                              isa13,
                              m_options.requestTa1 ? QStringLiteral("1") : QStringLiteral("0"),
                              m_options.production ? QStringLiteral("P") : QStringLiteral("T"),
                              QString(QLatin1Char(kComponentSeparator))};
        m_out.addRaw(isa.join(QLatin1Char(kElementSeparator)));
        m_out.add(QLatin1StringView("GS"),
                  {QStringLiteral("HC"), sender, receiver, d8(m_now.date()),
                   m_now.toString(QStringLiteral("HHmm")), m_gs06, QStringLiteral("X"),
                   QString(kVersion)});
        m_out.resetCount();
        m_out.add(QLatin1StringView("ST"), {QStringLiteral("837"), m_st02, QString(kVersion)});
        m_out.add(QLatin1StringView("BHT"),
                  {QStringLiteral("0019"), QStringLiteral("00"), isa13, d8(m_now.date()),
                   m_now.toString(QStringLiteral("HHmm")), QStringLiteral("CH")});
        // 1000A submitter, 1000B receiver.
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("41"), QStringLiteral("2"),
                   text(m_batch.submitter.name, kNameMax), {}, {}, {}, {}, QStringLiteral("46"),
                   submitterEtin});
        m_out.add(QLatin1StringView("PER"),
                  {QStringLiteral("IC"), text(m_batch.submitter.contactName, kNameMax),
                   QStringLiteral("TE"), cleanId(m_batch.submitter.phone)});
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("40"), QStringLiteral("2"),
                   text(m_batch.receiver.name, kNameMax), {}, {}, {}, {}, QStringLiteral("46"),
                   receiverEtin});
    }

    void address(const Address &a)
    {
        m_out.add(QLatin1StringView("N3"),
                  {text(a.line1, kAddressMax), text(a.line2, kAddressMax)});
        m_out.add(QLatin1StringView("N4"),
                  {text(a.city, kCityMax), clean(a.state), cleanId(a.zip)});
    }

    void demographics(const QDate &birthDate, const QString &sex)
    {
        m_out.add(QLatin1StringView("DMG"),
                  {QStringLiteral("D8"), d8(birthDate), clean(sex)});
    }

    int hl(int parent, const char *level, bool hasChildren)
    {
        const int id = ++m_hl;
        m_out.add(QLatin1StringView("HL"),
                  {QString::number(id), parent > 0 ? QString::number(parent) : QString(),
                   QLatin1String(level), hasChildren ? QStringLiteral("1") : QStringLiteral("0")});
        return id;
    }

    int billingProvider(const BillingProvider &p)
    {
        const int id = hl(0, "20", true);
        if (!p.taxonomy.isEmpty())
            m_out.add(QLatin1StringView("PRV"),
                      {QStringLiteral("BI"), QStringLiteral("PXC"), cleanId(p.taxonomy)});
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("85"), QStringLiteral("2"), text(p.name, kNameMax), {}, {}, {},
                   {}, QStringLiteral("XX"), cleanId(p.npi)});
        address(p.address);
        m_out.add(QLatin1StringView("REF"), {QStringLiteral("EI"), cleanId(p.taxId)});
        return id;
    }

    void claim(const ClaimDocument &c, int providerHl)
    {
        const Subscriber &s = c.subscriber;
        const bool self = s.isPatient() || !c.patient;
        // 2000B subscriber.
        const int subscriberHl = hl(providerHl, "22", !self);
        m_out.add(QLatin1StringView("SBR"),
                  {responsibility(c.payerResponsibility), self ? QStringLiteral("18") : QString(),
                   {}, {}, {}, {}, {}, {}, cleanId(c.payer.filingIndicator)});
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("IL"), QStringLiteral("1"), text(s.lastName, kNameMax),
                   text(s.firstName, kFirstNameMax), {}, {}, {}, QStringLiteral("MI"),
                   cleanId(s.memberId)});
        // IG: the subscriber's N3, N4 and DMG only when the subscriber is the patient ("If
        // not required by this implementation guide, do not send"): the patient's address
        // goes in 2010CA otherwise (X12 RFI 1925, 2281).
        if (self) {
            address(s.address);
            demographics(s.birthDate, s.sex);
        }
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("PR"), QStringLiteral("2"), text(c.payer.name, kNameMax), {},
                   {}, {}, {}, QStringLiteral("PI"), cleanId(c.payer.id)});
        // 2000C patient.
        if (!self) {
            hl(subscriberHl, "23", false);
            m_out.add(QLatin1StringView("PAT"), {relationshipCode(s.relationship)});
            const Patient &p = *c.patient;
            m_out.add(QLatin1StringView("NM1"),
                      {QStringLiteral("QC"), QStringLiteral("1"), text(p.lastName, kNameMax),
                       text(p.firstName, kFirstNameMax)});
            address(p.address);
            demographics(p.birthDate, p.sex);
        }
        // 2300 claim.
        const QString pcn = cleanId(c.id);
        m_out.add(QLatin1StringView("CLM"),
                  {pcn, decimal(c.totalChargeCents()), {}, {},
                   composite({cleanId(c.placeOfService), QStringLiteral("B"),
                              cleanId(c.frequency)}),
                   QStringLiteral("Y"), QStringLiteral("A"), QStringLiteral("Y"),
                   QStringLiteral("Y")});
        // IG order of the 2300 REFs: G1 (prior authorization) before F8 (payer claim number).
        if (!c.priorAuthorization.isEmpty())
            m_out.add(QLatin1StringView("REF"),
                      {QStringLiteral("G1"), cleanId(c.priorAuthorization)});
        if (c.isReplacement() && !c.originalClaimNumber.isEmpty())
            m_out.add(QLatin1StringView("REF"),
                      {QStringLiteral("F8"), cleanId(c.originalClaimNumber)});
        QStringList hi;
        for (qsizetype i = 0; i < c.diagnoses.size(); ++i) {
            QString code = cleanId(c.diagnoses.at(i));
            code.remove(QLatin1Char('.'));
            hi.append(composite({i == 0 ? QStringLiteral("ABK") : QStringLiteral("ABF"), code}));
        }
        if (!hi.isEmpty())
            m_out.add(QLatin1StringView("HI"), hi);
        // 2310B rendering provider, when it is not the billing provider.
        const RenderingProvider &r = c.renderingProvider;
        if (!r.npi.isEmpty() && r.npi != c.billingProvider.npi) {
            m_out.add(QLatin1StringView("NM1"),
                      {QStringLiteral("82"), QStringLiteral("1"), text(r.lastName, kNameMax),
                       text(r.firstName, kFirstNameMax), {}, {}, {}, QStringLiteral("XX"),
                       cleanId(r.npi)});
            if (!r.taxonomy.isEmpty())
                m_out.add(QLatin1StringView("PRV"),
                          {QStringLiteral("PE"), QStringLiteral("PXC"), cleanId(r.taxonomy)});
        }
        if (c.priorPayer)
            priorPayer(*c.priorPayer);
        // 2400 lines.
        for (qsizetype i = 0; i < c.lines.size(); ++i) {
            const ClaimLine &l = c.lines.at(i);
            const QString number = QString::number(i + 1);
            m_out.add(QLatin1StringView("LX"), {number});
            QStringList procedure{QStringLiteral("HC"), cleanId(l.code)};
            for (const QString &m : l.modifiers)
                procedure.append(cleanId(m));
            QStringList pointers;
            for (int p : l.pointers)
                pointers.append(QString::number(p));
            m_out.add(QLatin1StringView("SV1"),
                      {composite(procedure), decimal(l.chargeCents), QStringLiteral("UN"),
                       QString::number(l.units), {}, {}, composite(pointers)});
            m_out.add(QLatin1StringView("DTP"),
                      {QStringLiteral("472"), QStringLiteral("D8"), d8(l.serviceDate)});
            m_out.add(QLatin1StringView("REF"),
                      {QStringLiteral("6R"), pcn + QLatin1Char('-') + number});
            if (c.priorPayer)
                priorPayerLine(*c.priorPayer, l, int(i + 1), procedure);
        }
    }

    /// Loops 2320, 2330A and 2330B: the earlier payer, what it paid and adjusted.
    void priorPayer(const PriorPayer &p)
    {
        const Subscriber &s = p.subscriber;
        m_out.add(QLatin1StringView("SBR"),
                  {responsibility(p.responsibility),
                   s.isPatient() ? QStringLiteral("18") : relationshipCode(s.relationship), {},
                   {}, {}, {}, {}, {}, cleanId(p.payer.filingIndicator)});
        adjustments(p.adjustments);
        m_out.add(QLatin1StringView("AMT"), {QStringLiteral("D"), decimal(p.paidCents)});
        m_out.add(QLatin1StringView("OI"),
                  {{}, {}, QStringLiteral("Y"), {}, {}, QStringLiteral("Y")});
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("IL"), QStringLiteral("1"), text(s.lastName, kNameMax),
                   text(s.firstName, kFirstNameMax), {}, {}, {}, QStringLiteral("MI"),
                   cleanId(s.memberId)});
        m_out.add(QLatin1StringView("NM1"),
                  {QStringLiteral("PR"), QStringLiteral("2"), text(p.payer.name, kNameMax), {},
                   {}, {}, {}, QStringLiteral("PI"), cleanId(p.payer.id)});
        // IG: the adjudication date sits here only when no line (2430) carries it.
        if (p.lines.isEmpty() && p.adjudicated.isValid())
            m_out.add(QLatin1StringView("DTP"),
                      {QStringLiteral("573"), QStringLiteral("D8"), d8(p.adjudicated)});
    }

    /// Loop 2430 for line @p number, when the earlier payer answered it.
    void priorPayerLine(const PriorPayer &p, const ClaimLine &line, int number,
                        const QStringList &procedure)
    {
        for (const PriorPayerLine &l : p.lines) {
            if (l.lineNumber != number)
                continue;
            m_out.add(QLatin1StringView("SVD"),
                      {cleanId(p.payer.id), decimal(l.paidCents), composite(procedure), {},
                       QString::number(line.units)});
            adjustments(l.adjustments);
            if (p.adjudicated.isValid())
                m_out.add(QLatin1StringView("DTP"),
                          {QStringLiteral("573"), QStringLiteral("D8"), d8(p.adjudicated)});
            return;
        }
    }

    /// CAS segments: one per group, up to six reason/amount triplets each.
    void adjustments(const QList<ClaimAdjustment> &list)
    {
        QStringList groups;
        for (const ClaimAdjustment &a : list) {
            if (a.amountCents != 0 && !groups.contains(a.group))
                groups.append(a.group);
        }
        for (const QString &group : std::as_const(groups)) {
            QStringList elements{cleanId(group)};
            for (const ClaimAdjustment &a : list) {
                if (a.group != group || a.amountCents == 0)
                    continue;
                if (elements.size() == 1 + 3 * 6) {
                    m_out.add(QLatin1StringView("CAS"), elements);
                    elements = QStringList{cleanId(group)};
                }
                elements << cleanId(a.reason) << decimal(a.amountCents) << QString();
            }
            m_out.add(QLatin1StringView("CAS"), elements);
        }
    }

    static QString responsibility(const QString &code)
    {
        return code == QLatin1String("S") || code == QLatin1String("T") ? code
                                                                          : QStringLiteral("P");
    }

    void trailer()
    {
        m_out.add(QLatin1StringView("SE"), {QString::number(m_out.count() + 1), m_st02});
        m_out.add(QLatin1StringView("GE"), {QStringLiteral("1"), m_gs06});
        m_out.add(QLatin1StringView("IEA"), {QStringLiteral("1"), m_isa13});
    }

    const ClaimBatch &m_batch;
    const InterchangeNumbers m_numbers;
    const QDateTime m_now;
    const Write837Options m_options;
    SegmentWriter m_out;
    int m_hl = 0;
    QString m_isa13;
    QString m_gs06;
    QString m_st02;
};

} // namespace

QString decimal(qint64 cents)
{
    const bool negative = cents < 0;
    // Work on the magnitude as unsigned so that the smallest qint64 does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(cents) : quint64(cents);
    QString out = QString::number(magnitude / 100);
    const quint64 fraction = magnitude % 100;
    if (fraction != 0) {
        out.append(QLatin1Char('.'));
        out.append(QLatin1Char(char('0' + fraction / 10)));
        if (fraction % 10 != 0)
            out.append(QLatin1Char(char('0' + fraction % 10)));
    }
    if (negative)
        out.prepend(QLatin1Char('-'));
    return out;
}

QByteArray write837(const ClaimBatch &batch, const InterchangeNumbers &numbers,
                    const QDateTime &now, const Write837Options &options)
{
    return Writer(batch, numbers, now, options).write();
}

} // namespace cc::x12

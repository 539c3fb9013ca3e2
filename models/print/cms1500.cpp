// SPDX-License-Identifier: GPL-3.0-or-later
// The 1500 claim form (02/12) drawn on a 10 characters per inch, 6 lines per inch grid, as the
// form itself is, so that typewriter-style values line up with their boxes. The grid is our
// own clean drawing of the box layout (numbers and short labels); no form artwork is copied.
#include "cms1500.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <tuple>

namespace cc::cms1500 {

namespace {

// The form's own grid: 10 characters per inch across, 6 lines per inch down.
constexpr qreal kColMm = 2.54;
constexpr qreal kLineMm = 25.4 / 6.0;
constexpr qreal kLeftMm = 6.35;
const QColor kInk(0x8b, 0x1a, 0x1a); // the form's red, dark enough to read and to copy
const QColor kShade(0xf7, 0xe4, 0xe4); // the supplemental half of each service line
// Box 21's three rows of four codes share its four lines with the label.
constexpr qreal kDiagnosisTop = 36.75;
constexpr qreal kDiagnosisStep = 1.08;

qreal cx(qreal col)
{
    return kLeftMm + col * kColMm;
}
qreal ly(qreal line)
{
    return line * kLineMm;
}
QRectF cell(qreal c0, qreal l0, qreal c1, qreal l1)
{
    return QRectF(QPointF(cx(c0), ly(l0)), QPointF(cx(c1), ly(l1)));
}

/// A box of the grid; `text` is what is printed in its corner, `labelRect` where.
struct GridBox
{
    QString number;
    QString label;
    QRectF rect;
    QRectF labelRect;
    QString text;
};

// clang-format off
/// A check box: its square (column, value line) and its caption, above it or beside it.
struct Check { const char *box; const char *caption; qreal col, line, capFrom, capTo; bool above; };
/// Small printed words that are not box labels.
struct Caption { const char *text; qreal c0, l0, c1, l1; int align; };
/**
 * A box of the grid: outline in columns and lines, and where its label goes: the top
 * `labelLines` of the box, or `labelCols` at its left when the label sits beside the value,
 * up to column `labelTo` when something else shares that line. What is printed is `shown`,
 * else `prefix` and the label, else "number. label".
 */
struct BoxSpec { const char *number; const char *label; qreal c0, l0, c1, l1;
                 qreal labelLines = 1, labelCols = 0, labelTo = 0;
                 const char *shown = nullptr, *prefix = nullptr; };

/// The translation context of the form, and its tables (QT_TR_NOOP takes the context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cms1500)
public:
    static const Check checks[];
    static const Caption captions[];
    static const BoxSpec boxes[];
};

const Check Tr::checks[] = {
    {"1:medicare", QT_TR_NOOP("MEDICARE"), 1.5, 8, 1.5, 8.3, true},
    {"1:medicaid", QT_TR_NOOP("MEDICAID"), 8.5, 8, 8.5, 14.8, true},
    {"1:tricare", QT_TR_NOOP("TRICARE"), 15, 8, 15, 21.3, true},
    {"1:champva", QT_TR_NOOP("CHAMPVA"), 21.5, 8, 21.5, 27.8, true},
    {"1:group", QT_TR_NOOP("GROUP HEALTH PLAN"), 28, 8, 28, 35.8, true},
    {"1:feca", QT_TR_NOOP("FECA BLK LUNG"), 36, 8, 36, 42.3, true},
    {"1:other", QT_TR_NOOP("OTHER"), 42.5, 8, 42.5, 47.8, true},
    {"3:M", QT_TR_NOOP("M"), 41, 10, 42.3, 44.5, false},
    {"3:F", QT_TR_NOOP("F"), 45, 10, 46.3, 47.8, false},
    {"6:self", QT_TR_NOOP("Self"), 31.5, 12, 29.2, 31.4, false},
    {"6:spouse", QT_TR_NOOP("Spouse"), 36.2, 12, 32.9, 36.1, false},
    {"6:child", QT_TR_NOOP("Child"), 40.6, 12, 37.6, 40.5, false},
    {"6:other", QT_TR_NOOP("Other"), 45.2, 12, 42.0, 45.1, false},
    {"10a:yes", QT_TR_NOOP("YES"), 32, 20, 33.3, 36.5, false},
    {"10a:no", QT_TR_NOOP("NO"), 39, 20, 40.3, 43, false},
    {"10b:yes", QT_TR_NOOP("YES"), 32, 22, 33.3, 36.5, false},
    {"10b:no", QT_TR_NOOP("NO"), 39, 22, 40.3, 43, false},
    {"10c:yes", QT_TR_NOOP("YES"), 32, 24, 33.3, 36.5, false},
    {"10c:no", QT_TR_NOOP("NO"), 39, 24, 40.3, 43, false},
    {"11a:M", QT_TR_NOOP("M"), 66, 20, 67.3, 69.5, false},
    {"11a:F", QT_TR_NOOP("F"), 71, 20, 72.3, 74.5, false},
    {"11d:yes", QT_TR_NOOP("YES"), 49.5, 26, 50.8, 54, false},
    {"11d:no", QT_TR_NOOP("NO"), 55, 26, 56.3, 59, false},
    {"25:ssn", QT_TR_NOOP("SSN"), 15, 55, 15, 18, true},
    {"25:ein", QT_TR_NOOP("EIN"), 19, 55, 19, 21.8, true},
    {"27:yes", QT_TR_NOOP("YES"), 36.5, 55, 37.8, 40.5, false},
    {"27:no", QT_TR_NOOP("NO"), 41.5, 55, 42.8, 45.8, false},
};

constexpr int kTop = Qt::AlignLeft | Qt::AlignTop;
constexpr int kMid = Qt::AlignLeft | Qt::AlignVCenter;
const Caption Tr::captions[] = {
    {QT_TR_NOOP("SEX"), 41, 9, 48, 10, kTop},
    {QT_TR_NOOP("SEX"), 66, 19, 78, 20, kTop},
    {QT_TR_NOOP("PLACE (State)"), 43.5, 21, 48, 22, kTop},
    {QT_TR_NOOP("SIGNED"), 0.3, 29, 4, 30, kMid},
    {QT_TR_NOOP("DATE"), 30, 29, 33, 30, kMid},
    {QT_TR_NOOP("SIGNED"), 48.3, 29, 52, 30, kMid},
    {QT_TR_NOOP("ICD Ind."), 39, 36, 43.5, 36.75, kMid},
    {QT_TR_NOOP("From MM DD YY"), 0.3, 41, 9, 42, kMid},
    {QT_TR_NOOP("To MM DD YY"), 9.3, 41, 18, 42, kMid},
    {QT_TR_NOOP("CPT/HCPCS"), 24.3, 41, 30, 42, kMid},
    {QT_TR_NOOP("MODIFIER"), 30.3, 41, 42, 42, kMid},
    {QT_TR_NOOP("$"), 46.2, 55, 47.2, 56, kMid},
    {QT_TR_NOOP("$"), 57.2, 55, 58.2, 56, kMid},
    {QT_TR_NOOP("SIGNED"), 0.3, 60, 3.4, 61, kMid},
    {QT_TR_NOOP("DATE"), 0.3, 61, 3.4, 62, kMid},
};

const BoxSpec Tr::boxes[] = {
    {"1", QT_TR_NOOP("INSURANCE PROGRAM"), 0, 7, 48, 9, 1, 1.4, 0, "1."},
    {"1a", QT_TR_NOOP("INSURED'S I.D. NUMBER (For Program in Item 1)"), 48, 7, 78, 9},
    {"2", QT_TR_NOOP("PATIENT'S NAME (Last Name, First Name, Middle Initial)"), 0, 9, 29, 11},
    {"3", QT_TR_NOOP("PATIENT'S BIRTH DATE"), 29, 9, 48, 11},
    {"4", QT_TR_NOOP("INSURED'S NAME (Last Name, First Name, Middle Initial)"), 48, 9, 78, 11},
    {"5", QT_TR_NOOP("PATIENT'S ADDRESS (No., Street)"), 0, 11, 29, 13},
    {"6", QT_TR_NOOP("PATIENT RELATIONSHIP TO INSURED"), 29, 11, 48, 13},
    {"7", QT_TR_NOOP("INSURED'S ADDRESS (No., Street)"), 48, 11, 78, 13},
    {"", QT_TR_NOOP("CITY"), 0, 13, 24, 15},
    {"", QT_TR_NOOP("STATE"), 24, 13, 29, 15},
    {"", QT_TR_NOOP("ZIP CODE"), 0, 15, 12, 17},
    {"", QT_TR_NOOP("TELEPHONE (Include Area Code)"), 12, 15, 29, 17},
    {"8", QT_TR_NOOP("RESERVED FOR NUCC USE"), 29, 13, 48, 17},
    {"", QT_TR_NOOP("CITY"), 48, 13, 72, 15},
    {"", QT_TR_NOOP("STATE"), 72, 13, 78, 15},
    {"", QT_TR_NOOP("ZIP CODE"), 48, 15, 60, 17},
    {"", QT_TR_NOOP("TELEPHONE (Include Area Code)"), 60, 15, 78, 17},
    {"9", QT_TR_NOOP("OTHER INSURED'S NAME"), 0, 17, 29, 19},
    {"10", QT_TR_NOOP("IS PATIENT'S CONDITION RELATED TO:"), 29, 17, 48, 19},
    {"11", QT_TR_NOOP("INSURED'S POLICY GROUP OR FECA NUMBER"), 48, 17, 78, 19},
    {"9a", QT_TR_NOOP("OTHER INSURED'S POLICY OR GROUP NUMBER"), 0, 19, 29, 21},
    {"10a", QT_TR_NOOP("EMPLOYMENT? (Current or Previous)"), 29, 19, 48, 21},
    {"11a", QT_TR_NOOP("INSURED'S DATE OF BIRTH"), 48, 19, 78, 21},
    {"9b", QT_TR_NOOP("RESERVED FOR NUCC USE"), 0, 21, 29, 23},
    {"10b", QT_TR_NOOP("AUTO ACCIDENT?"), 29, 21, 48, 23},
    {"11b", QT_TR_NOOP("OTHER CLAIM ID (Designated by NUCC)"), 48, 21, 78, 23},
    {"9c", QT_TR_NOOP("RESERVED FOR NUCC USE"), 0, 23, 29, 25},
    {"10c", QT_TR_NOOP("OTHER ACCIDENT?"), 29, 23, 48, 25},
    {"11c", QT_TR_NOOP("INSURANCE PLAN NAME OR PROGRAM NAME"), 48, 23, 78, 25},
    {"9d", QT_TR_NOOP("INSURANCE PLAN NAME OR PROGRAM NAME"), 0, 25, 29, 27},
    {"10d", QT_TR_NOOP("CLAIM CODES (Designated by NUCC)"), 29, 25, 48, 27},
    {"11d", QT_TR_NOOP("IS THERE ANOTHER HEALTH BENEFIT PLAN?"), 48, 25, 78, 27},
    //: Box 12 of the claim form, with a short wording of our own for the authorization.
    {"12", QT_TR_NOOP("PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE. Authorizes the release of "
                      "the medical information needed to process this claim."), 0, 27, 48, 30, 2},
    //: Box 13 of the claim form, with a short wording of our own for the authorization.
    {"13", QT_TR_NOOP("INSURED'S OR AUTHORIZED PERSON'S SIGNATURE. Authorizes payment of "
                      "benefits to the physician or supplier."), 48, 27, 78, 30, 2},
    {"14", QT_TR_NOOP("DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP)"), 0, 30, 29, 32},
    {"15", QT_TR_NOOP("OTHER DATE"), 29, 30, 48, 32},
    {"16", QT_TR_NOOP("DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION"), 48, 30, 78, 32},
    {"17", QT_TR_NOOP("NAME OF REFERRING PROVIDER OR OTHER SOURCE"), 0, 32, 29, 34},
    {"17a", QT_TR_NOOP("OTHER ID"), 29, 32, 48, 33, 1, 1.6, 0, "17a."},
    {"17b", QT_TR_NOOP("NPI"), 29, 33, 48, 34, 1, 3.5, 0, "17b. NPI"},
    {"18", QT_TR_NOOP("HOSPITALIZATION DATES RELATED TO CURRENT SERVICES"), 48, 32, 78, 34},
    {"19", QT_TR_NOOP("ADDITIONAL CLAIM INFORMATION (Designated by NUCC)"), 0, 34, 48, 36},
    {"20", QT_TR_NOOP("OUTSIDE LAB? $ CHARGES"), 48, 34, 78, 36},
    {"21", QT_TR_NOOP("DIAGNOSIS OR NATURE OF ILLNESS OR INJURY. Relate A-L to service line "
                      "below (24E)"), 0, 36, 48, 40, kDiagnosisTop - 36, 0, 38.5},
    {"22", QT_TR_NOOP("RESUBMISSION CODE"), 48, 36, 58, 38},
    {"", QT_TR_NOOP("ORIGINAL REF. NO."), 58, 36, 78, 38},
    {"23", QT_TR_NOOP("PRIOR AUTHORIZATION NUMBER"), 48, 38, 78, 40},
    {"24A", QT_TR_NOOP("DATE(S) OF SERVICE"), 0, 40, 18, 54, 1, 0, 0, nullptr, "24. A. "},
    {"24B", QT_TR_NOOP("PLACE OF SERVICE"), 18, 40, 21, 54, 2, 0, 0, nullptr, "B. "},
    {"24C", QT_TR_NOOP("EMG"), 21, 40, 24, 54, 2, 0, 0, nullptr, "C. "},
    {"24D", QT_TR_NOOP("PROCEDURES, SERVICES, OR SUPPLIES"), 24, 40, 42, 54, 1, 0, 0, nullptr,
     "D. "},
    {"24E", QT_TR_NOOP("DIAGNOSIS POINTER"), 42, 40, 47, 54, 2, 0, 0, nullptr, "E. "},
    {"24F", QT_TR_NOOP("$ CHARGES"), 47, 40, 57, 54, 2, 0, 0, nullptr, "F. "},
    {"24G", QT_TR_NOOP("DAYS OR UNITS"), 57, 40, 61, 54, 2, 0, 0, nullptr, "G. "},
    {"24H", QT_TR_NOOP("EPSDT Family Plan"), 61, 40, 64, 54, 2, 0, 0, nullptr, "H. "},
    {"24I", QT_TR_NOOP("ID. QUAL."), 64, 40, 67, 54, 2, 0, 0, nullptr, "I. "},
    {"24J", QT_TR_NOOP("RENDERING PROVIDER ID. #"), 67, 40, 78, 54, 2, 0, 0, nullptr, "J. "},
    {"25", QT_TR_NOOP("FEDERAL TAX I.D. NUMBER"), 0, 54, 22, 56, 1, 0, 14.8},
    {"26", QT_TR_NOOP("PATIENT'S ACCOUNT NO."), 22, 54, 35, 56},
    {"27", QT_TR_NOOP("ACCEPT ASSIGNMENT?"), 35, 54, 46, 56},
    {"28", QT_TR_NOOP("TOTAL CHARGE"), 46, 54, 57, 56},
    {"29", QT_TR_NOOP("AMOUNT PAID"), 57, 54, 67, 56},
    {"30", QT_TR_NOOP("Rsvd for NUCC Use"), 67, 54, 78, 56},
    {"31", QT_TR_NOOP("SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS"),
     0, 56, 22, 62, 2},
    {"32", QT_TR_NOOP("SERVICE FACILITY LOCATION INFORMATION"), 22, 56, 49, 61},
    {"32a", QT_TR_NOOP("NPI"), 22, 61, 35.5, 62, 1, 1.2, 0, "a."},
    {"32b", QT_TR_NOOP("OTHER ID"), 35.5, 61, 49, 62, 1, 1.2, 0, "b."},
    {"33", QT_TR_NOOP("BILLING PROVIDER INFO & PH #"), 49, 56, 78, 61},
    {"33a", QT_TR_NOOP("NPI"), 49, 61, 62, 62, 1, 1.2, 0, "a."},
    {"33b", QT_TR_NOOP("OTHER ID"), 62, 61, 78, 62, 1, 1.2, 0, "b."},
};
// clang-format on

/// The grid, built with the translated labels.
QList<GridBox> grid()
{
    QList<GridBox> g;
    for (const BoxSpec &s : Tr::boxes) {
        const QString number = QLatin1String(s.number);
        const QString label = Tr::tr(s.label);
        GridBox b {number, label, cell(s.c0, s.l0, s.c1, s.l1), {}, {}};
        b.labelRect = s.labelCols > 0
            ? cell(s.c0, s.l0, s.c0 + s.labelCols, s.l1)
            : cell(s.c0, s.l0, s.labelTo > 0 ? s.labelTo : s.c1, s.l0 + s.labelLines);
        if (s.shown)
            b.text = QLatin1String(s.shown);
        else if (s.prefix)
            b.text = QLatin1String(s.prefix) + label;
        else
            b.text = number.isEmpty() ? label : number + QStringLiteral(". ") + label;
        g.append(b);
    }
    return g;
}

QRectF checkRect(const Check &c)
{
    const QRectF band = cell(c.col, c.line, c.col + 1.3, c.line + 1);
    return QRectF(band.left(), band.center().y() - 1.8, 3.6, 3.6);
}

/// "MM DD YYYY" (birth dates, signature) or "MM DD YY" (service dates); empty when invalid.
QString date(const QDate &d, bool fullYear = true)
{
    const QString format = fullYear ? QStringLiteral("MM dd yyyy") : QStringLiteral("MM dd yy");
    return d.isValid() ? d.toString(format) : QString();
}

QString personName(const QString &last, const QString &first)
{
    return first.isEmpty() ? last : last + QStringLiteral(", ") + first;
}

QString zip(const QString &z)
{
    return z.size() == 9 ? z.left(5) + QLatin1Char('-') + z.mid(5) : z;
}

QString street(const Address &a)
{
    return a.line2.isEmpty() ? a.line1 : a.line1 + QLatin1Char(' ') + a.line2;
}

/// Box 1 by the claim filing indicator (SBR09): Medicare, Medicaid, TRICARE, CHAMPVA, a group
/// health plan (commercial, Blue Cross, HMO, PPO, POS, EPO, indemnity, dental), else "other".
QString programOption(const QString &indicator)
{
    static const QList<std::pair<QString, QString>> options = {
        {QStringLiteral(" MA MB "), QStringLiteral("medicare")},
        {QStringLiteral(" MC "), QStringLiteral("medicaid")},
        {QStringLiteral(" CH "), QStringLiteral("tricare")},
        {QStringLiteral(" VA "), QStringLiteral("champva")},
        {QStringLiteral(" CI BL HM 12 13 14 15 16 17 DS "), QStringLiteral("group")},
    };
    for (const auto &[codes, option] : options) {
        if (indicator.size() == 2
            && codes.contains(QLatin1Char(' ') + indicator + QLatin1Char(' ')))
            return option;
    }
    return QStringLiteral("other");
}

/// Collects the fields of one page; empty values are left out.
class PageBuilder
{
public:
    explicit PageBuilder(const QHash<QString, QString> &labels)
        : m_labels(labels)
    { }

    void text(const QString &box, const QString &text, const QRectF &rect,
        Qt::Alignment align = Qt::AlignLeft)
    {
        if (text.isEmpty())
            return;
        const QString base = box.section(QLatin1Char('.'), 0, 0);
        // "21A" … "21L" share the label of box 21.
        const QString label = m_labels.value(base, m_labels.value(base.left(2)));
        m_fields.append(Field {box, label, text, rect, align});
    }
    void text(const char *box, const QString &value, const QRectF &rect,
        Qt::Alignment align = Qt::AlignLeft)
    {
        text(QString::fromLatin1(box), value, rect, align);
    }
    void check(const QString &box)
    {
        for (const Check &c : Tr::checks) {
            if (box == QLatin1String(c.box))
                m_fields.append(Field {
                    box, Tr::tr(c.caption), QStringLiteral("X"), checkRect(c), Qt::AlignHCenter});
        }
    }
    /// Dollars right-aligned before column @p split, cents after it, on value line @p line.
    void money(const QString &box, qint64 cents, qreal c0, qreal split, qreal c1, qreal line)
    {
        const qint64 abs = cents < 0 ? -cents : cents;
        const QString sign = cents < 0 ? QStringLiteral("-") : QString();
        text(box, sign + QString::number(abs / 100), cell(c0, line, split - 0.2, line + 1),
            Qt::AlignRight);
        text(box + QStringLiteral(".cents"),
            QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0')),
            cell(split + 0.4, line, c1, line + 1));
    }
    /// Column @p col ("24D") of service line @p row (1–6), optionally a @p part of it.
    void lineText(int row, const char *col, const QString &value, qreal c0, qreal c1,
        const QString &part = {}, Qt::Alignment align = Qt::AlignLeft)
    {
        const qreal l = 41 + 2 * row;
        text(QString::fromLatin1(col) + QLatin1Char('.') + QString::number(row) + part, value,
            cell(c0, l, c1, l + 1), align);
    }
    QList<Field> take() { return std::move(m_fields); }

private:
    const QHash<QString, QString> &m_labels;
    QList<Field> m_fields;
};

} // namespace

QString diagnosisWithPeriod(const QString &code)
{
    if (code.size() <= 3 || code.contains(QLatin1Char('.')))
        return code;
    return code.left(3) + QLatin1Char('.') + code.mid(3);
}

int pageCount(const ClaimDocument &claim)
{
    return std::max<int>(1, int((claim.lines.size() + kLinesPerPage - 1) / kLinesPerPage));
}

QList<FormBox> formBoxes()
{
    QList<FormBox> out;
    for (const GridBox &b : grid())
        out.append(FormBox {b.number, b.label, b.rect});
    return out;
}

QList<QList<Field>> pages(const ClaimDocument &claim, const Options &o)
{
    QHash<QString, QString> labels;
    for (const GridBox &g : grid())
        labels.insert(g.number, g.label);
    labels.insert(QStringLiteral("carrier"), Tr::tr("PAYER"));
    labels.insert(QStringLiteral("page"), Tr::tr("PAGE"));

    const Subscriber &sub = claim.subscriber;
    const bool dependant = claim.patient.has_value() && !sub.isPatient();
    const Patient pat = dependant
        ? *claim.patient
        : Patient {sub.lastName, sub.firstName, sub.birthDate, sub.sex, sub.address};
    const BillingProvider &bill = claim.billingProvider;
    const RenderingProvider &rend = claim.renderingProvider;
    const QString billCity = QStringLiteral("%1 %2 %3")
                                 .arg(bill.address.city, bill.address.state, zip(bill.address.zip))
                                 .simplified();
    const QString rel = sub.relationship;
    const bool knownRel = rel == QLatin1String("self") || rel == QLatin1String("spouse")
        || rel == QLatin1String("child");
    //: Printed in boxes 12 and 13 of the paper claim, as US payers expect it.
    const QString onFile = Tr::tr("SIGNATURE ON FILE");
    const bool ssn = o.federalTaxIdType.compare(QLatin1String("SSN"), Qt::CaseInsensitive) == 0;

    const int count = pageCount(claim);
    QList<QList<Field>> out;
    for (int page = 0; page < count; ++page) {
        PageBuilder b(labels);
        b.text("carrier", claim.payer.name, cell(40, 2, 78, 3));
        b.check(QStringLiteral("1:") + programOption(claim.payer.filingIndicator));
        b.text("1a", sub.memberId, cell(48.5, 8, 77.7, 9));
        b.text("2", personName(pat.lastName, pat.firstName), cell(0.5, 10, 28.7, 11));
        b.text("3", date(pat.birthDate), cell(29.5, 10, 39.7, 11));
        b.check(QStringLiteral("3:") + pat.sex);
        b.text("4", personName(sub.lastName, sub.firstName), cell(48.5, 10, 77.7, 11));
        b.text("5", street(pat.address), cell(0.5, 12, 28.7, 13));
        b.text("5.city", pat.address.city, cell(0.5, 14, 23.7, 15));
        b.text("5.state", pat.address.state, cell(24.5, 14, 28.7, 15));
        b.text("5.zip", zip(pat.address.zip), cell(0.5, 16, 11.7, 17));
        b.check(QStringLiteral("6:") + (knownRel ? rel : QStringLiteral("other")));
        b.text("7", street(sub.address), cell(48.5, 12, 77.7, 13));
        b.text("7.city", sub.address.city, cell(48.5, 14, 71.7, 15));
        b.text("7.state", sub.address.state, cell(72.5, 14, 77.7, 15));
        b.text("7.zip", zip(sub.address.zip), cell(48.5, 16, 59.7, 17));
        // The claim carries no accident or employment information: as in the 837P, where a
        // missing CLM11 says the condition is not related, the three questions are answered NO.
        for (const char *q : {"10a:no", "10b:no", "10c:no"})
            b.check(QLatin1String(q));
        b.text("11a", date(sub.birthDate), cell(48.5, 20, 58.7, 21));
        b.check(QStringLiteral("11a:") + sub.sex);
        b.text("11c", claim.payer.name, cell(48.5, 24, 77.7, 25));
        b.text("12", onFile, cell(4.2, 29, 29.7, 30));
        b.text("13", onFile, cell(52.2, 29, 77.7, 30));
        b.text(
            "21.ind", QStringLiteral("0"), cell(43.8, 36, 45.6, kDiagnosisTop), Qt::AlignHCenter);
        for (int i = 0; i < std::min<int>(12, int(claim.diagnoses.size())); ++i) {
            const qreal s = 12.0 * (i % 4);
            const qreal l = kDiagnosisTop + kDiagnosisStep * (i / 4);
            const QString code = claim.diagnoses.at(i);
            b.text(QStringLiteral("21") + QLatin1Char(char('A' + i)),
                o.diagnosisPeriod ? diagnosisWithPeriod(code) : code,
                cell(s + 1.8, l, s + 11.7, l + kDiagnosisStep));
        }
        if (claim.isReplacement()) {
            b.text("22", claim.frequency, cell(48.5, 37, 57.7, 38));
            b.text("22.ref", claim.originalClaimNumber, cell(58.5, 37, 77.7, 38));
        }
        b.text("23", claim.priorAuthorization, cell(48.5, 39, 77.7, 40));

        const qsizetype first = qsizetype(page) * kLinesPerPage;
        const qsizetype last = std::min(first + kLinesPerPage, claim.lines.size());
        for (qsizetype i = first; i < last; ++i) {
            const ClaimLine &line = claim.lines.at(i);
            const int row = int(i - first) + 1;
            const QString served = date(line.serviceDate, false);
            b.lineText(row, "24A", served, 0.5, 8.7, QStringLiteral(".from"));
            b.lineText(row, "24A", served, 9.5, 17.7, QStringLiteral(".to"));
            b.lineText(row, "24B", claim.placeOfService, 18.5, 20.7);
            b.lineText(row, "24D", line.code, 24.5, 29.8);
            for (int m = 0; m < std::min<int>(4, int(line.modifiers.size())); ++m) {
                b.lineText(row, "24D", line.modifiers.at(m), 30.5 + 3 * m, 32.8 + 3 * m,
                    QStringLiteral(".mod%1").arg(m + 1));
            }
            QString pointers;
            for (const int p : line.pointers) {
                if (p >= 1 && p <= 12 && pointers.size() < 4)
                    pointers.append(QLatin1Char(char('A' + p - 1)));
            }
            b.lineText(row, "24E", pointers, 42.5, 46.8);
            b.money(
                QStringLiteral("24F.%1").arg(row), line.chargeCents, 47.3, 54, 56.8, 41 + 2 * row);
            b.lineText(row, "24G", QString::number(line.units), 57.3, 60.7, {}, Qt::AlignRight);
            b.lineText(row, "24J", rend.npi, 67.5, 77.7);
        }

        b.text("25", bill.taxId, cell(0.5, 55, 14.7, 56));
        b.check(ssn ? QStringLiteral("25:ssn") : QStringLiteral("25:ein"));
        b.text("26", claim.id, cell(22.5, 55, 34.7, 56));
        b.check(o.acceptAssignment ? QStringLiteral("27:yes") : QStringLiteral("27:no"));
        if (page + 1 < count) {
            //: Box 28 of every page but the last of a claim with more than six lines.
            b.text("28", Tr::tr("CONTINUED"), cell(47.3, 55, 56.8, 56));
        } else {
            b.money(QStringLiteral("28"), claim.totalChargeCents(), 47.3, 54, 56.8, 55);
            if (o.amountPaidCents != 0)
                b.money(QStringLiteral("29"), o.amountPaidCents, 58.3, 64, 66.8, 55);
        }
        const QString signer = QStringLiteral("%1 %2").arg(rend.firstName, rend.lastName);
        b.text("31", signer.trimmed(), cell(3.5, 60, 21.7, 61));
        b.text("31.date", date(o.signedOn), cell(3.5, 61, 14, 62));
        // 32, the service facility, is the billing provider's office, as is 33.
        for (const auto &[box, c, right, npiRight] :
            {std::tuple("32", 22.5, 48.7, 35.2), std::tuple("33", 49.5, 77.7, 61.7)}) {
            const QString n = QLatin1String(box);
            b.text(n, bill.name, cell(c, 57, right, 58));
            b.text(n + QStringLiteral(".street"), street(bill.address), cell(c, 58, right, 59));
            b.text(n + QStringLiteral(".city"), billCity, cell(c, 59, right, 60));
            b.text(n + QLatin1Char('a'), bill.npi, cell(c + 1, 61, npiRight, 62));
        }
        if (!bill.taxonomy.isEmpty())
            b.text("33b", QStringLiteral("ZZ") + bill.taxonomy, cell(63.5, 61, 77.7, 62));
        b.text("page", Tr::tr("PAGE %1 OF %2").arg(page + 1).arg(count), cell(56, 62.4, 78, 63.4),
            Qt::AlignRight);
        out.append(b.take());
    }
    return out;
}

namespace {

/// Millimetres on the painter's device.
struct Device
{
    qreal k; // device units per millimetre
    QRectF r(const QRectF &mm) const { return QRectF(mm.topLeft() * k, mm.size() * k); }
    QPointF p(qreal x, qreal y) const { return QPointF(x * k, y * k); }
};

/// @p text in @p rect (mm) at @p points or smaller, wrapped, so that it stays inside.
void drawSmall(QPainter &p, const Device &d, const QRectF &rect, const QString &text, qreal points,
    int flags = Qt::AlignLeft | Qt::AlignTop, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setBold(bold);
    const QRectF r = d.r(rect.adjusted(0.35, 0.2, -0.3, -0.1));
    for (qreal pt = points; pt >= 2.5; pt -= 0.25) {
        font.setPointSizeF(pt);
        const QRectF need
            = QFontMetricsF(font, p.device()).boundingRect(r, flags | Qt::TextWordWrap, text);
        if (need.width() <= r.width() + 0.5 && need.height() <= r.height() + 0.5)
            break;
    }
    p.setFont(font);
    p.drawText(r, flags | Qt::TextWordWrap, text);
}

void drawGrid(QPainter &p, const Device &d)
{
    const QPen thin(kInk, 0.15 * d.k);
    const QPen dotted(kInk, 0.12 * d.k, Qt::DotLine);
    p.setPen(Qt::NoPen);
    p.setBrush(kShade);
    for (int i = 0; i < kLinesPerPage; ++i)
        p.drawRect(d.r(cell(0, 42 + 2 * i, 78, 43 + 2 * i)));
    p.setBrush(Qt::NoBrush);

    p.setPen(kInk);
    drawSmall(p, d, cell(0, 4.6, 40, 6), Tr::tr("HEALTH INSURANCE CLAIM FORM"), 11, kMid, true);
    drawSmall(
        p, d, cell(0, 5.9, 40, 6.9), Tr::tr("Field layout of the 1500 claim form (02/12)"), 6);
    drawSmall(p, d, cell(0, 62.4, 50, 63.4), Tr::tr("Printed by CleanClaim"), 6);

    const QList<GridBox> boxes = grid();
    for (const GridBox &b : boxes) {
        p.setPen(thin);
        p.drawRect(d.r(b.rect));
        p.setPen(kInk);
        drawSmall(p, d, b.labelRect, b.text, 5);
    }
    p.setPen(QPen(kInk, 0.4 * d.k));
    p.drawRect(d.r(cell(0, 7, 78, 62)));
    p.drawLine(d.p(cx(0), ly(27)), d.p(cx(78), ly(27))); // patient/insured above, provider below

    // Row rules and the sub-columns of the service lines.
    p.setPen(thin);
    for (int i = 0; i <= kLinesPerPage; ++i)
        p.drawLine(d.p(cx(0), ly(42 + 2 * i)), d.p(cx(78), ly(42 + 2 * i)));
    p.setPen(dotted);
    for (int i = 0; i < kLinesPerPage; ++i) {
        const qreal top = ly(43 + 2 * i), bottom = ly(44 + 2 * i);
        for (const qreal c : {9.0, 30.0, 33.0, 36.0, 39.0, 54.0})
            p.drawLine(d.p(cx(c), top), d.p(cx(c), bottom));
        p.setPen(kInk);
        drawSmall(p, d, cell(64, 43 + 2 * i, 67, 44 + 2 * i), Tr::tr("NPI"), 5, Qt::AlignCenter);
        drawSmall(p, d, cell(-2.3, 42 + 2 * i, -0.1, 44 + 2 * i), QString::number(i + 1), 7,
            Qt::AlignCenter);
        p.setPen(dotted);
    }
    // Ticks between month, day and year of the dates.
    auto ticks = [&](qreal c0, qreal line) {
        for (const qreal c : {c0 + 2.5, c0 + 5.5})
            p.drawLine(d.p(cx(c), ly(line + 0.55)), d.p(cx(c), ly(line + 1)));
    };
    p.setPen(thin);
    ticks(29.5, 10);
    ticks(48.5, 20);
    for (int i = 0; i < kLinesPerPage; ++i) {
        ticks(0.5, 43 + 2 * i);
        ticks(9.5, 43 + 2 * i);
    }
    p.setPen(dotted); // the ICD indicator goes between two dotted lines
    for (const qreal c : {43.8, 45.6})
        p.drawLine(d.p(cx(c), ly(36.05)), d.p(cx(c), ly(kDiagnosisTop)));
    p.setPen(thin);
    for (int i = 0; i < 12; ++i) {
        const qreal l = kDiagnosisTop + kDiagnosisStep * (i / 4);
        drawSmall(p, d, cell(12.0 * (i % 4) + 0.2, l, 12.0 * (i % 4) + 1.9, l + kDiagnosisStep),
            QString(QLatin1Char(char('A' + i))) + QLatin1Char('.'), 6, kMid);
    }
    for (const Check &c : Tr::checks) {
        p.setPen(thin);
        p.drawRect(d.r(checkRect(c)));
        p.setPen(kInk);
        const QRectF cap = c.above ? cell(c.capFrom, c.line - 1, c.capTo, c.line)
                                   : cell(c.capFrom, c.line, c.capTo, c.line + 1);
        drawSmall(p, d, cap, Tr::tr(c.caption), 5, c.above ? kTop : kMid);
    }
    for (const Caption &c : Tr::captions)
        drawSmall(p, d, cell(c.c0, c.l0, c.c1, c.l1), Tr::tr(c.text), 5, c.align);
}

/// A typewriter face at 10 characters per inch on this device.
QFont valueFont(const QPainter &p, const Device &d)
{
    QFont font(QStringLiteral("Courier"));
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setPointSizeF(12);
    const qreal advance = QFontMetricsF(font, p.device()).horizontalAdvance(QLatin1Char('0'));
    if (advance > 0)
        font.setPointSizeF(12 * kColMm * d.k / advance);
    return font;
}

} // namespace

void paint(QPainter &painter, const QList<Field> &page, bool drawFormLines)
{
    const Device d {painter.device()->logicalDpiX() / 25.4};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (drawFormLines)
        drawGrid(painter, d);

    const QFont font = valueFont(painter, d);
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (const Field &f : page) {
        const QRectF r = d.r(f.rect);
        const qreal width = fm.horizontalAdvance(f.text);
        // Too long for its box: narrowed, never cut, so nothing the claim holds is lost.
        const qreal sx = width > r.width() ? r.width() / width : 1.0;
        qreal x = r.left();
        if (f.alignment & Qt::AlignRight)
            x = r.right() - width * sx;
        else if (f.alignment & Qt::AlignHCenter)
            x = r.center().x() - width * sx / 2;
        const qreal baseline = r.center().y() + fm.capHeight() / 2;
        painter.save();
        painter.translate(x, baseline);
        painter.scale(sx, 1.0);
        painter.drawText(QPointF(0, 0), f.text);
        painter.restore();
    }
    painter.restore();
}

QImage preview(const ClaimDocument &claim, const Options &options, int page, int dpi)
{
    const QList<QList<Field>> all = pages(claim, options);
    if (page < 0 || page >= all.size() || dpi <= 0
        || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QImage image(qRound(kPageWidthMm / 25.4 * dpi), qRound(kPageHeightMm / 25.4 * dpi),
        QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, all.at(page), options.drawFormLines);
    return image;
}

Result<QByteArray> writePdf(const ClaimDocument &claim, const Options &options)
{
    if (claim.lines.isEmpty()) {
        return Error::invalid(
            Tr::tr("Claim %1 has no service lines, so there is no claim form to print. "
                   "Add the services first.")
                .arg(claim.id),
            QStringLiteral("cms1500::writePdf: claim without lines"));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::make(Error::Kind::Other,
            Tr::tr("The claim form cannot be drawn in this mode of CleanClaim."),
            QStringLiteral("cms1500::writePdf needs a QGuiApplication (fonts)"));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("CleanClaim"));
        writer.setTitle(Tr::tr("Claim %1").arg(claim.id));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::make(Error::Kind::Other,
                Tr::tr("The claim form could not be drawn as a PDF."),
                QStringLiteral("QPainter::begin(QPdfWriter) failed"));
        }
        const QList<QList<Field>> all = pages(claim, options);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paint(painter, all.at(i), options.drawFormLines);
        }
        painter.end();
    }
    return bytes;
}

Result<void> writePdfFile(const ClaimDocument &claim, const Options &options, const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Choose a file to save the claim form to."));
    auto pdf = writePdf(claim, options);
    if (!pdf)
        return pdf.error();
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::ReadOnly,
            Tr::tr("The claim form could not be saved as %1: the folder cannot be "
                   "written to. Choose another folder.")
                .arg(shown),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (file.write(pdf.value()) != pdf->size() || !file.commit()) {
        return Error::make(Error::Kind::DiskFull,
            Tr::tr("The claim form could not be saved as %1 (is the disk full?). "
                   "Any file of that name was left as it was.")
                .arg(shown),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace cc::cms1500

// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementpdf.h"
#include "domain/money.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QImage>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>

#include <algorithm>

namespace cc::statementpdf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::statementpdf)
};

constexpr qreal kLeft = 15.0;
constexpr qreal kRight = 200.9;
constexpr qreal kTableTop = 88.0;
constexpr qreal kRowHeight = 6.5;
constexpr qreal kTearOff = 212.0;
constexpr int kResolution = 300;

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

QString usDate(const QDate &d)
{
    // Statements go to US patients: month/day/year whatever the screen's language.
    return d.toString(QStringLiteral("MM/dd/yyyy"));
}

/// Paints in millimetres from the sheet's top-left corner.
class Sheet
{
public:
    explicit Sheet(QPainter &painter)
        : m_p(painter)
    { }

    qreal px(qreal mm) const { return mm * kResolution / 25.4; }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const
    {
        return QRectF(px(x), px(y), px(w), px(h));
    }
    void font(qreal points, bool bold = false)
    {
        QFont f(QStringLiteral("Helvetica"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        m_p.setFont(f);
    }
    void text(qreal x, qreal y, qreal w, qreal h, const QString &s,
        int flags = Qt::AlignLeft | Qt::AlignVCenter)
    {
        m_p.drawText(rect(x, y, w, h), flags | Qt::TextSingleLine, s);
    }
    /// Text wrapped on word boundaries inside the box (column headings).
    void wrapped(qreal x, qreal y, qreal w, qreal h, const QString &s, int flags)
    {
        m_p.drawText(rect(x, y, w, h), flags | Qt::TextWordWrap, s);
    }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm = 0.2,
        Qt::PenStyle style = Qt::SolidLine)
    {
        QPen pen(Qt::black);
        pen.setWidthF(px(widthMm));
        pen.setStyle(style);
        m_p.setPen(pen);
        m_p.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
        m_p.setPen(Qt::black);
    }
    void box(qreal x, qreal y, qreal w, qreal h)
    {
        QPen pen(Qt::black);
        pen.setWidthF(px(0.3));
        m_p.setPen(pen);
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(rect(x, y, w, h));
        m_p.setPen(Qt::black);
    }

private:
    QPainter &m_p;
};

struct Column
{
    const char *title;
    qreal x;
    qreal width;
    bool money;
};

// clang-format off
const Column kColumns[] = {
    {QT_TRANSLATE_NOOP("cc::statementpdf", "Date"), 15.0, 21.0, false},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "Provider"), 36.0, 32.0, false},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "Services"), 68.0, 33.0, false},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "Charges"), 101.0, 18.0, true},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "Insurance paid"), 119.0, 20.0, true},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "Adjustments"), 139.0, 22.0, true},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "You paid"), 161.0, 19.0, true},
    {QT_TRANSLATE_NOOP("cc::statementpdf", "You owe"), 180.0, 20.9, true},
};
// clang-format on

void paintHeader(Sheet &s, const Document &d, int page, int pages)
{
    s.font(13, true);
    s.text(kLeft, 12, 110, 7, d.practiceName);
    s.font(9);
    qreal y = 19;
    for (const QString &l : d.practiceAddress) {
        s.text(kLeft, y, 110, 4.5, l);
        y += 4.5;
    }
    if (!d.practicePhone.isEmpty())
        s.text(kLeft, y, 110, 4.5, Tr::tr("Phone: %1").arg(d.practicePhone));

    s.font(15, true);
    s.text(130, 12, kRight - 130, 7, Tr::tr("STATEMENT"), Qt::AlignRight | Qt::AlignVCenter);
    s.font(9);
    s.text(130, 20, kRight - 130, 4.5, Tr::tr("Statement date: %1").arg(usDate(d.statementDate)),
        Qt::AlignRight | Qt::AlignVCenter);
    s.text(130, 24.5, kRight - 130, 4.5, Tr::tr("Account: %1").arg(d.account),
        Qt::AlignRight | Qt::AlignVCenter);
    s.text(130, 29, kRight - 130, 4.5, Tr::tr("Page %1 of %2").arg(page).arg(pages),
        Qt::AlignRight | Qt::AlignVCenter);

    s.font(8);
    s.text(kLeft, 45, 90, 4, Tr::tr("Statement for"));
    s.font(10, true);
    s.text(kLeft, 49, 110, 5, d.patientName);
    s.font(10);
    y = 54;
    for (const QString &l : d.patientAddress) {
        s.text(kLeft, y, 110, 5, l);
        y += 5;
    }

    // The dunning line: how many statements this balance has had, firmer from the third.
    if (d.dunningLevel >= 3) {
        s.font(10, true);
        s.text(
            kLeft, 74, kRight - kLeft, 5, Tr::tr("Past due: please call us to arrange payment."));
        s.font(9);
        s.text(kLeft, 79, kRight - kLeft, 4.5,
            Tr::tr("This is your %1 statement for this balance.").arg(ordinal(d.dunningLevel)));
    } else if (d.dunningLevel == 2) {
        s.font(9, true);
        s.text(kLeft, 76, kRight - kLeft, 5,
            Tr::tr("This is your %1 statement for this balance. Please pay the amount due.")
                .arg(ordinal(d.dunningLevel)));
    }
}

void paintTable(Sheet &s, const QList<Visit> &visits, qsizetype from, qsizetype to)
{
    // Headings on up to two lines, bottom-aligned, so that "Insurance paid" (and longer
    // words in Spanish) fit their columns.
    s.font(8, true);
    for (const Column &c : kColumns) {
        s.wrapped(c.x, kTableTop - 3, c.width - 1, 8, Tr::tr(c.title),
            (c.money ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    }
    s.line(kLeft, kTableTop + 5.5, kRight, kTableTop + 5.5, 0.3);
    s.font(8);
    qreal y = kTableTop + 6.5;
    for (qsizetype i = from; i < to; ++i) {
        const Visit &v = visits.at(i);
        const QString cells[] = {
            usDate(v.dateOfService),
            v.provider,
            v.codes.join(QLatin1Char(' ')),
            money(v.chargeCents),
            money(v.insurancePaidCents),
            money(v.adjustmentCents),
            money(v.patientPaidCents),
            money(v.owedCents),
        };
        for (int c = 0; c < 8; ++c) {
            const Column &col = kColumns[c];
            s.text(col.x, y, col.width - 1, kRowHeight, cells[c],
                (col.money ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        }
        y += kRowHeight;
        s.line(kLeft, y, kRight, y, 0.1, Qt::DotLine);
    }
}

void paintTotals(Sheet &s, const Document &d)
{
    qreal y = kTableTop + 6.5 + kRowHeight * kVisitsPerPage + 3;
    s.font(8);
    // Visits still with insurance: said so, never billed here. At most three lines fit.
    const qsizetype shown = std::min<qsizetype>(d.leftOff.size(), 3);
    for (qsizetype i = 0; i < shown; ++i) {
        s.text(kLeft, y, kRight - kLeft, 4, d.leftOff.at(i));
        y += 4;
    }
    if (d.leftOff.size() > shown) {
        s.text(kLeft, y, kRight - kLeft, 4,
            Tr::tr("%n more visit(s) are still with insurance and not on this statement.", nullptr,
                int(d.leftOff.size() - shown)));
        y += 4;
    }
    y = std::max(y + 1, kTearOff - 22);
    s.font(8);
    s.text(kLeft, y, kRight - kLeft, 4,
        //: aging of the amount due by date of service
        Tr::tr("Current (0–30 days): %1   31–60: %2   61–90: %3   91–120: %4   Over 120: %5")
            .arg(money(d.agingCents[0]), money(d.agingCents[1]), money(d.agingCents[2]),
                money(d.agingCents[3]), money(d.agingCents[4])));
    s.font(12, true);
    s.text(110, y + 6, kRight - 110, 7, Tr::tr("Total due: %1").arg(money(d.totalDueCents)),
        Qt::AlignRight | Qt::AlignVCenter);
}

void paintRemitSlip(Sheet &s, const Document &d)
{
    s.line(kLeft - 5, kTearOff, kRight + 5, kTearOff, 0.3, Qt::DashLine);
    s.font(7);
    s.text(kLeft, kTearOff + 1, kRight - kLeft, 4,
        Tr::tr("Please detach and return this part with your payment."),
        Qt::AlignHCenter | Qt::AlignVCenter);
    s.font(9, true);
    s.text(kLeft, kTearOff + 8, 100, 5, Tr::tr("Make checks payable to:"));
    s.font(9);
    s.text(kLeft, kTearOff + 13, 100, 5, d.practiceName);
    qreal y = kTearOff + 18;
    for (const QString &l : d.practiceAddress) {
        s.text(kLeft, y, 100, 5, l);
        y += 5;
    }
    const qreal x = 120;
    const qreal w = kRight - x;
    s.text(x, kTearOff + 8, w, 5, Tr::tr("Patient: %1").arg(d.patientName));
    s.text(x, kTearOff + 13, w, 5, Tr::tr("Account: %1").arg(d.account));
    s.text(x, kTearOff + 18, w, 5, Tr::tr("Statement date: %1").arg(usDate(d.statementDate)));
    s.font(10, true);
    s.text(x, kTearOff + 25, w, 6, Tr::tr("Amount due: %1").arg(money(d.totalDueCents)));
    s.box(x, kTearOff + 33, w, 12);
    s.font(9);
    s.text(x + 2, kTearOff + 33, w - 4, 12, Tr::tr("Amount enclosed: $"));
}

} // namespace

int pageCount(const Document &document)
{
    const auto n = document.visits.size();
    return n == 0 ? 1 : int((n + kVisitsPerPage - 1) / kVisitsPerPage);
}

QString ordinal(int n)
{
    const int tens = n % 100;
    if (tens < 11 || tens > 13) {
        switch (n % 10) {
        case 1:
            return Tr::tr("%1st").arg(n);
        case 2:
            return Tr::tr("%1nd").arg(n);
        case 3:
            return Tr::tr("%1rd").arg(n);
        default:
            break;
        }
    }
    return Tr::tr("%1th").arg(n);
}

namespace {
/// Page @p p (0-based) of @p pages of statement @p d.
void paintPage(Sheet &sheet, const Document &d, int p, int pages)
{
    paintHeader(sheet, d, p + 1, pages);
    const qsizetype from = qsizetype(p) * kVisitsPerPage;
    const qsizetype to = std::min<qsizetype>(from + kVisitsPerPage, d.visits.size());
    paintTable(sheet, d.visits, from, to);
    if (p + 1 < pages) {
        sheet.font(8);
        sheet.text(kLeft, kTearOff - 8, kRight - kLeft, 4, Tr::tr("Continued on the next page."),
                   Qt::AlignRight | Qt::AlignVCenter);
    } else {
        paintTotals(sheet, d);
        paintRemitSlip(sheet, d);
    }
}
} // namespace

QImage preview(const Document &document, int page, int dpi)
{
    const int pages = pageCount(document);
    if (page < 0 || page >= pages || dpi <= 0
        || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    // Letter, 8.5 × 11 in, drawn at the PDF's resolution and scaled to the one asked for.
    QImage image(int(8.5 * kResolution), 11 * kResolution, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(kResolution / 0.0254));
    image.setDotsPerMeterY(int(kResolution / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        Sheet sheet(painter);
        paintPage(sheet, document, page, pages);
    }
    if (dpi == kResolution)
        return image;
    return image.scaledToWidth(int(8.5 * dpi), Qt::SmoothTransformation);
}

Result<QByteArray> writePdf(const QList<Document> &documents)
{
    if (documents.isEmpty())
        return Error::invalid(Tr::tr("There is no statement to print."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::make(Error::Kind::Other,
            Tr::tr("Statements cannot be drawn in this mode of CleanClaim."),
            QStringLiteral("statementpdf::writePdf needs a QGuiApplication (fonts)"));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("CleanClaim"));
        writer.setTitle(Tr::tr("Patient statements"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::make(Error::Kind::Other,
                Tr::tr("The statements could not be drawn as a PDF."),
                QStringLiteral("QPainter::begin(QPdfWriter) failed"));
        }
        Sheet sheet(painter);
        bool first = true;
        for (const Document &d : documents) {
            const int pages = pageCount(d);
            for (int p = 0; p < pages; ++p) {
                if (!first)
                    writer.newPage();
                first = false;
                paintPage(sheet, d, p, pages);
            }
        }
        painter.end();
    }
    return bytes;
}

Result<void> saveFile(const QByteArray &pdf, const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Choose a file to save the statements to."));
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::ReadOnly,
            Tr::tr("The statements could not be saved as %1: the folder cannot be "
                   "written to. Choose another folder.")
                .arg(shown),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        return Error::make(Error::Kind::DiskFull,
            Tr::tr("The statements could not be saved as %1 (is the disk full?). "
                   "Any file of that name was left as it was.")
                .arg(shown),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace cc::statementpdf

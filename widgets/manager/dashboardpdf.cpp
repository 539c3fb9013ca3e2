// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpdf.h"
#include "dashboardcharts.h"
#include "itemmodels/measureformat.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>
#include <memory>

namespace cc::dashboardpdf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::dashboardpdf)
};

constexpr int kPdfDpi = 300;
constexpr qreal kMargin = 0.6; // inches, every side
constexpr qreal kPageWidth = 8.5;
constexpr qreal kPageHeight = 11.0;
constexpr qreal kChartHeight = 4.55; // inches: two charts and their gap fill a page
/// The size a chart is laid out at before it is scaled onto the page: about 100 px an inch,
/// so that its 8–11 pt text prints at 8–11 pt.
constexpr QSizeF kChartLogical(740, 460);

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("Helvetica"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString periodText(const MeasurePeriod &period)
{
    const QLocale locale;
    //: The period on the printed dashboard (QDate format)
    const QString format = Tr::tr("MMMM d, yyyy");
    return Tr::tr("%1 – %2").arg(
        locale.toString(period.from, format), locale.toString(period.to, format));
}

/**
 * Draws pages top-down at @p dpi and starts a new page (through @p nextPage) when the next
 * block would not fit. The device gives the font metrics: a QPdfWriter, or a QImage for the
 * preview.
 */
class Pages
{
public:
    Pages(QPaintDevice &device, int dpi, std::function<void()> nextPage, QPainter &painter,
        const Options &options, const QString &title)
        : m_device(device)
        , m_dpi(dpi)
        , m_nextPage(std::move(nextPage))
        , m_p(painter)
        , m_options(options)
        , m_title(title)
    {
        m_y = top();
    }

    qreal inches(qreal in) const { return in * m_dpi; }

    qreal left() const { return inches(kMargin); }
    qreal width() const { return inches(kPageWidth - 2 * kMargin); }
    qreal top() const { return inches(kMargin); }
    qreal bottom() const { return inches(kPageHeight - kMargin) - inches(0.3); }
    qreal y() const { return m_y; }
    void advance(qreal by) { m_y += by; }
    int page() const { return m_page; }

    /// Makes room for @p height, starting a page if needed; returns the top of the block.
    qreal reserve(qreal height)
    {
        if (m_y + height > bottom() && m_y > top())
            newPage();
        const qreal at = m_y;
        m_y += height;
        return at;
    }
    void newPage()
    {
        footer();
        m_nextPage();
        ++m_page;
        m_y = top();
    }
    void finish() { footer(); }

    /// Height of @p text wrapped in @p w.
    qreal height(const QString &text, const QFont &f, qreal w) const
    {
        const QFontMetricsF m(f, &m_device);
        return m.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text).height();
    }
    void text(const QRectF &r, const QString &text, const QFont &f,
        int flags = Qt::AlignLeft | Qt::AlignTop, const QColor &color = Qt::black)
    {
        m_p.setFont(f);
        m_p.setPen(color);
        m_p.drawText(r, flags | Qt::TextWordWrap, text);
    }
    void rule(qreal at, qreal thickness = 0.008)
    {
        m_p.setPen(QPen(QColor(0x60, 0x60, 0x60), inches(thickness)));
        m_p.drawLine(QPointF(left(), at), QPointF(left() + width(), at));
    }

private:
    void footer()
    {
        const qreal at = inches(kPageHeight - kMargin) - inches(0.2);
        text(QRectF(left(), at, width(), inches(0.2)),
            Tr::tr("%1 · page %2").arg(m_title).arg(m_page), font(8),
            Qt::AlignRight | Qt::AlignVCenter, QColor(0x50, 0x50, 0x50));
        if (m_options.printedOn.isValid())
            text(QRectF(left(), at, width(), inches(0.2)),
                Tr::tr("Printed %1 by CleanClaim")
                    .arg(QLocale().toString(m_options.printedOn, QLocale::ShortFormat)),
                font(8), Qt::AlignLeft | Qt::AlignVCenter, QColor(0x50, 0x50, 0x50));
    }

    QPaintDevice &m_device;
    int m_dpi;
    std::function<void()> m_nextPage;
    QPainter &m_p;
    const Options &m_options;
    QString m_title;
    qreal m_y = 0;
    int m_page = 1;
};

void measuresTable(Pages &pages, const DashboardData &data)
{
    // Columns in inches: measure, value, numerator, denominator, target.
    const std::array<qreal, 5> widths {2.45, 0.95, 1.3, 1.3, 1.3};
    std::array<qreal, 5> xs {};
    qreal x = pages.left();
    for (std::size_t i = 0; i < widths.size(); ++i) {
        xs[i] = x;
        x += pages.inches(widths[i]);
    }
    const qreal pad = pages.inches(0.06);
    auto cell = [&](std::size_t c) { return pages.inches(widths[c]) - pad; };
    const QFont head = font(9, true);
    const QStringList headings {Tr::tr("Measure"), Tr::tr("Value"), Tr::tr("Numerator"),
        Tr::tr("Denominator"), Tr::tr("Target")};
    const qreal headHeight = pages.height(headings.first(), head, cell(0)) + pad;
    const qreal at = pages.reserve(headHeight);
    for (std::size_t c = 0; c < widths.size(); ++c)
        pages.text(QRectF(xs[c], at, cell(c), headHeight), headings.at(qsizetype(c)), head,
            c == 0 ? Qt::AlignLeft | Qt::AlignBottom : Qt::AlignRight | Qt::AlignBottom);
    pages.rule(pages.y() + pad / 2, 0.012);
    pages.advance(pad);

    const QFont name = font(10, true);
    const QFont small = font(7.5);
    const QFont value = font(11, true);
    const QFont amount = font(9.5);
    for (const MeasureInfo &info : measures::all()) {
        const MeasureValue &v = data.overall.value(info.kind);
        const QString numName = info.numeratorName;
        const QString denName = info.denominatorName;
        const QString target = measureformat::target(info);
        const QString status = measureformat::statusText(info, v);
        const qreal h0
            = pages.height(info.name, name, cell(0)) + pages.height(info.formula, small, cell(0));
        const qreal h2 = pages.height(QStringLiteral("0"), amount, cell(2))
            + std::max(
                pages.height(numName, small, cell(2)), pages.height(denName, small, cell(3)));
        const qreal h4 = pages.height(target, small, cell(4)) * 2;
        const qreal rowHeight = std::max({h0, h2, h4}) + 2 * pad;
        const qreal top = pages.reserve(rowHeight) + pad;
        const qreal nameHeight = pages.height(info.name, name, cell(0));
        pages.text(QRectF(xs[0], top, cell(0), nameHeight), info.name, name);
        pages.text(QRectF(xs[0], top + nameHeight, cell(0), rowHeight), info.formula, small,
            Qt::AlignLeft | Qt::AlignTop, QColor(0x40, 0x40, 0x40));
        pages.text(QRectF(xs[1], top, cell(1), rowHeight), measureformat::value(info, v), value,
            Qt::AlignRight | Qt::AlignTop);
        const qreal amountHeight = pages.height(QStringLiteral("0"), amount, cell(2));
        pages.text(QRectF(xs[2], top, cell(2), amountHeight),
            measureformat::amount(info.numeratorUnit, v.numerator), amount,
            Qt::AlignRight | Qt::AlignTop);
        pages.text(QRectF(xs[2], top + amountHeight, cell(2), rowHeight), numName, small,
            Qt::AlignRight | Qt::AlignTop, QColor(0x40, 0x40, 0x40));
        pages.text(QRectF(xs[3], top, cell(3), amountHeight),
            measureformat::amount(info.denominatorUnit, v.denominator), amount,
            Qt::AlignRight | Qt::AlignTop);
        pages.text(QRectF(xs[3], top + amountHeight, cell(3), rowHeight), denName, small,
            Qt::AlignRight | Qt::AlignTop, QColor(0x40, 0x40, 0x40));
        pages.text(
            QRectF(xs[4], top, cell(4), rowHeight), target, small, Qt::AlignRight | Qt::AlignTop);
        const bool off = measureformat::status(info, v) == measureformat::TargetStatus::OffTarget;
        pages.text(QRectF(xs[4], top + pages.height(target, small, cell(4)), cell(4), rowHeight),
            status, font(8, true), Qt::AlignRight | Qt::AlignTop,
            off ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x6e, 0x33));
        pages.rule(top - pad + rowHeight, 0.004);
    }
}

void chartBlock(Pages &pages, QPainter &p, dashboardcharts::Chart which, const DashboardData &data)
{
    const QRectF box(pages.left(), pages.reserve(pages.inches(kChartHeight + 0.15)), pages.width(),
        pages.inches(kChartHeight));
    std::unique_ptr<QChart> chart(dashboardcharts::build(which, data, true));
    if (!chart) {
        p.setPen(QPen(QColor(0x90, 0x90, 0x90), pages.inches(0.01)));
        p.drawRect(box);
        pages.text(box.adjusted(pages.inches(0.2), pages.inches(0.2), -pages.inches(0.2),
                       -pages.inches(0.2)),
            dashboardcharts::title(which) + QStringLiteral("\n\n")
                + dashboardcharts::emptyText(which, data),
            font(11), Qt::AlignCenter);
        return;
    }
    // Laid out once at a fixed logical size, then scaled onto the page as vectors.
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), kChartLogical));
    if (chart->layout())
        chart->layout()->activate();
    scene.render(&p, box, QRectF(QPointF(0, 0), kChartLogical), Qt::KeepAspectRatio);
    scene.removeItem(chart.get());
}

QString titleOf(const DashboardData &data, const Options &options)
{
    return options.practiceName.trimmed().isEmpty()
        ? Tr::tr("Revenue cycle — %1").arg(periodText(data.period))
        : Tr::tr("Revenue cycle — %1").arg(options.practiceName.trimmed());
}

/// Draws every page; returns how many there were.
int paint(Pages &pages, QPainter &p, const DashboardData &data, const Options &options,
    const QString &title)
{
    const QFont heading = font(18, true);
    const qreal titleHeight = pages.height(title, heading, pages.width());
    pages.text(QRectF(pages.left(), pages.reserve(titleHeight), pages.width(), titleHeight), title,
        heading);
    const QString sub = options.practiceName.trimmed().isEmpty()
        ? Tr::tr("Measures of the period, as defined in the dashboard's tooltips.")
        : periodText(data.period);
    const qreal subHeight = pages.height(sub, font(11), pages.width());
    pages.text(
        QRectF(pages.left(), pages.reserve(subHeight), pages.width(), subHeight), sub, font(11));
    pages.advance(pages.inches(0.1));
    pages.rule(pages.y(), 0.015);
    pages.advance(pages.inches(0.2));
    measuresTable(pages, data);
    pages.advance(pages.inches(0.15));
    const QString note = Tr::tr("Days in A/R and A/R over 90 days are taken as of %1. A measure "
                                "with nothing counted in its denominator shows \"No data\".")
                             .arg(QLocale().toString(data.period.to, QLocale::LongFormat));
    const qreal noteHeight = pages.height(note, font(8), pages.width());
    pages.text(QRectF(pages.left(), pages.reserve(noteHeight), pages.width(), noteHeight), note,
        font(8), Qt::AlignLeft | Qt::AlignTop, QColor(0x40, 0x40, 0x40));

    for (int i = 0; i < dashboardcharts::kChartCount; ++i) {
        // Two charts a page, each pair on a page of its own.
        if (i % 2 == 0)
            pages.newPage();
        chartBlock(pages, p, dashboardcharts::Chart(i), data);
    }
    pages.finish();
    return pages.page();
}

} // namespace

Result<QByteArray> write(const DashboardData &data, const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = titleOf(data, options);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(kPdfDpi);
        writer.setCreator(QStringLiteral("CleanClaim"));
        writer.setTitle(title);
        QPainter p;
        if (!p.begin(&writer)) {
            return Error::make(Error::Kind::Other,
                Tr::tr("The dashboard could not be drawn as a PDF."),
                QStringLiteral("QPainter::begin(QPdfWriter) failed"));
        }
        Pages pages(
            writer, kPdfDpi, [&writer] { writer.newPage(); }, p, options, title);
        paint(pages, p, data, options, title);
        if (!p.end()) {
            return Error::make(Error::Kind::Other,
                Tr::tr("The dashboard could not be drawn as a PDF."),
                QStringLiteral("QPainter::end(QPdfWriter) failed"));
        }
    }
    return bytes;
}

QImage preview(const DashboardData &data, const Options &options, int page, int dpi)
{
    // Every page is drawn, one under the other, into one tall image; @p page is cut out.
    const QSize sheet(qRound(kPageWidth * dpi), qRound(kPageHeight * dpi));
    constexpr int kMostPages = 8;
    QImage all(sheet.width(), sheet.height() * kMostPages, QImage::Format_RGB32);
    all.setDotsPerMeterX(qRound(dpi / 0.0254));
    all.setDotsPerMeterY(qRound(dpi / 0.0254));
    all.fill(Qt::white);
    const QString title = titleOf(data, options);
    int pages = 0;
    {
        QPainter p(&all);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        Pages drawn(
            all, dpi, [&p, sheet] { p.translate(0, sheet.height()); }, p, options, title);
        pages = paint(drawn, p, data, options, title);
    }
    if (page < 0 || page >= std::min(pages, kMostPages))
        return {};
    return all.copy(0, page * sheet.height(), sheet.width(), sheet.height());
}

Result<void> writeFile(const QString &path, const DashboardData &data, const Options &options)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Choose a file to save the dashboard to."));
    auto pdf = write(data, options);
    if (!pdf)
        return pdf.error();
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::ReadOnly,
            Tr::tr("The dashboard could not be saved as %1: the folder cannot be "
                   "written to. Choose another folder.")
                .arg(shown),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (file.write(pdf.value()) != pdf->size() || !file.commit()) {
        return Error::make(Error::Kind::DiskFull,
            Tr::tr("The dashboard could not be saved as %1 (is the disk full?). "
                   "Try another folder.")
                .arg(shown),
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace cc::dashboardpdf

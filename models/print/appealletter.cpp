// SPDX-License-Identifier: GPL-3.0-or-later
#include "appealletter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace cc::appealletter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::appealletter)
};

constexpr int kDpi = 300;
constexpr qreal kMarginInches = 1.0;

qreal inches(qreal value)
{
    return value * kDpi;
}

/// Lays out @p text in @p width from @p y, starting new pages as needed; returns the new y.
qreal drawParagraph(QPainter &p, QPdfWriter &writer, const QString &text, const QFont &font,
                    qreal left, qreal width, qreal y, qreal bottom, qreal top)
{
    const QFontMetricsF metrics(font, &writer);
    const qreal lineHeight = metrics.lineSpacing();
    if (text.isEmpty())
        return y + lineHeight;
    QTextLayout layout(text, font, &writer);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(line);
    }
    layout.endLayout();
    p.setFont(font);
    for (const QTextLine &line : lines) {
        if (y + lineHeight > bottom) {
            writer.newPage();
            y = top;
        }
        const QString part = text.mid(line.textStart(), line.textLength());
        p.drawText(QPointF(left, y + metrics.ascent()), part.trimmed());
        y += lineHeight;
    }
    return y;
}

} // namespace

Result<QByteArray> writePdf(const Letter &letter)
{
    if (letter.text.trimmed().isEmpty())
        return Error::invalid(Tr::tr("The appeal letter is empty. Write the letter first."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::make(Error::Kind::Other,
                           Tr::tr("The appeal letter cannot be drawn in this mode of CleanClaim."),
                           QStringLiteral("appealletter::writePdf needs a QGuiApplication (fonts)"));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setResolution(kDpi);
        writer.setCreator(QStringLiteral("CleanClaim"));
        writer.setTitle(letter.title.isEmpty() ? Tr::tr("Appeal letter") : letter.title);
        QPainter p;
        if (!p.begin(&writer)) {
            return Error::make(Error::Kind::Other,
                               Tr::tr("The appeal letter could not be drawn as a PDF."),
                               QStringLiteral("QPainter::begin(QPdfWriter) failed"));
        }
        const qreal left = inches(kMarginInches);
        const qreal top = inches(kMarginInches * 0.75);
        const qreal width = inches(8.5 - 2 * kMarginInches);
        const qreal bottom = inches(11.0 - kMarginInches * 0.75);

        QFont body(QStringLiteral("Helvetica"));
        body.setPointSizeF(11);
        QFont heading = body;
        heading.setPointSizeF(15);
        heading.setBold(true);
        QFont small = body;
        small.setPointSizeF(9.5);

        // Letterhead: the practice, centred, over a rule.
        qreal y = top;
        auto centred = [&](const QString &text, const QFont &font) {
            const QFontMetricsF m(font, &writer);
            p.setFont(font);
            p.drawText(QRectF(left, y, width, m.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop,
                       text);
            y += m.lineSpacing();
        };
        centred(letter.practiceName, heading);
        QStringList contact = letter.practiceAddress;
        QStringList ids;
        if (!letter.practicePhone.isEmpty())
            ids.append(Tr::tr("Phone %1").arg(letter.practicePhone));
        if (!letter.practiceNpi.isEmpty())
            ids.append(Tr::tr("NPI %1").arg(letter.practiceNpi));
        if (!ids.isEmpty())
            contact.append(ids.join(QStringLiteral("  ·  ")));
        for (const QString &line : contact)
            centred(line, small);
        y += inches(0.08);
        p.setPen(QPen(Qt::black, inches(0.01)));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
        y += inches(0.35);

        // Date and the payer's address.
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        y = drawParagraph(p, writer, us.toString(letter.date, QStringLiteral("MMMM d, yyyy")),
                          body, left, width, y, bottom, top);
        y += inches(0.2);
        QStringList to{letter.payerName};
        to.append(letter.payerAddress);
        for (const QString &line : to)
            y = drawParagraph(p, writer, line, body, left, width, y, bottom, top);
        y += inches(0.25);

        // The letter as written, line by line (blank lines keep the paragraphs apart).
        const QStringList lines = letter.text.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            y = drawParagraph(p, writer, line.trimmed().isEmpty() ? QString() : line, body, left,
                              width, y, bottom, top);
        p.end();
    }
    return bytes;
}

Result<void> writePdfFile(const Letter &letter, const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Choose a file to save the appeal letter to."));
    auto pdf = writePdf(letter);
    if (!pdf)
        return pdf.error();
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::ReadOnly,
                           Tr::tr("The appeal letter could not be saved as %1: the folder "
                                  "cannot be written to. Choose another folder.")
                                   .arg(shown),
                           QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    if (file.write(pdf.value()) != pdf->size() || !file.commit()) {
        return Error::make(Error::Kind::DiskFull,
                           Tr::tr("The appeal letter could not be saved as %1 (is the disk "
                                  "full?). Try another folder.")
                                   .arg(shown),
                           QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace cc::appealletter

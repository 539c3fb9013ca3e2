// SPDX-License-Identifier: GPL-3.0-or-later
// Paper claims: any ClaimDocument laid out in the fields of the 1500 claim form (CMS-1500,
// version 02/12) and written as a US-letter PDF, for the payers that still take paper.
#pragma once

#include "domain/claim.h"
#include "domain/error.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QtGlobal>

class QPainter;

namespace cc::cms1500 {

/// What the claim does not hold but the paper form asks for.
struct Options
{
    QDate signedOn; ///< box 31 date; none printed when invalid
    QString federalTaxIdType = QStringLiteral("EIN"); ///< box 25: "EIN" or "SSN"
    bool acceptAssignment = true; ///< box 27
    qint64 amountPaidCents = 0; ///< box 29 (last page only; blank when 0)
    /// false prints the values alone, without the grid. Their places follow the 10-by-6 grid
    /// of the form but have not been checked against a pre-printed red form.
    bool drawFormLines = true;
    /// Box 21 codes as the claim holds them ("E119"), as the NUCC and CMS instructions for the
    /// 02/12 form ask; true prints them with the period ("E11.9") for payers that want it.
    bool diagnosisPeriod = false;
};

/**
 * One value on the form. `box` names it by the form's item number with a suffix for its part:
 * "1a", "2", "5.city", "21A", "21.ind", "22.ref", "28.cents", and per service line "24A.3.from",
 * "24D.3", "24D.3.mod2", "24F.3.cents" (the line's row on its page, 1–6). A tick in a check
 * box is a field whose text is "X" and whose box is the item, ":" and the option:
 * "1:medicare", "3:F", "6:child", "10a:no", "25:ein", "27:yes". Outside the grid, "carrier"
 * is the payer's name at the top right and "page" reads "PAGE 1 OF 2". `rect` is where the
 * text is printed, in millimetres from the top-left corner of a US-letter sheet.
 */
struct Field
{
    QString box;
    QString label; ///< what the box asks for, for people (translated)
    QString text;
    QRectF rect;
    Qt::Alignment alignment = Qt::AlignLeft; ///< dollars are right-aligned, ticks centred

    bool operator==(const Field &) const = default;
};

/// One printed box of the form grid: its item number, short label and outline (mm).
struct FormBox
{
    QString number;
    QString label;
    QRectF rect;
};

inline constexpr int kLinesPerPage = 6;
inline constexpr qreal kPageWidthMm = 215.9;
inline constexpr qreal kPageHeightMm = 279.4;

/// Pages the claim prints on: one per 6 service lines (at least 1).
int pageCount(const ClaimDocument &claim);

/**
 * The values of every page. Each page repeats the claim's header boxes and carries up to 6
 * service lines; box 28 holds the claim's total on the last page and "CONTINUED" on the
 * others, box 29 is printed on the last page only. Pure: no database, no clock.
 */
QList<QList<Field>> pages(const ClaimDocument &claim, const Options &options = {});

/// The grid the values are printed in (box outlines and labels), the same on every page.
QList<FormBox> formBoxes();

/// "E119" → "E11.9", "S93401A" → "S93.401A"; codes of 3 characters or fewer are unchanged.
QString diagnosisWithPeriod(const QString &code);

/**
 * Paints one page of pages() with @p painter, whose origin must be the top-left corner of the
 * sheet; millimetres are converted with the resolution of the painter's device. With
 * @p drawFormLines the grid of formBoxes() is drawn in dark red under the values. Needs a
 * QGuiApplication (fonts).
 */
void paint(QPainter &painter, const QList<Field> &page, bool drawFormLines = true);

/// One page (0-based) as an image at @p dpi, for a preview; a null image when out of range or
/// without a QGuiApplication.
QImage preview(const ClaimDocument &claim, const Options &options, int page, int dpi = 100);

/**
 * The claim as a US-letter PDF, one page per 6 service lines, fonts embedded. Refused
 * (Kind::Invalid) for a claim without service lines, and without a QGuiApplication (the
 * headless commands run on a QCoreApplication). QPdfWriter stamps its own creation date.
 */
Result<QByteArray> writePdf(const ClaimDocument &claim, const Options &options = {});

/// writePdf() saved to @p path whole or not at all (QSaveFile); any earlier file is kept on error.
Result<void> writePdfFile(const ClaimDocument &claim, const Options &options, const QString &path);

} // namespace cc::cms1500

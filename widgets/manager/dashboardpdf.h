// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboarddata.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>

namespace cc::dashboardpdf {

/**
 * The monthly readout of the dashboard as a PDF on US Letter, portrait (issue 7 §2
 * "printable to PDF"): page 1 is the title ("Revenue cycle — practice"), the period and a
 * table of every measure with its value, numerator, denominator and target; the pages after
 * it hold the charts, two to a page, drawn as vectors by Qt Charts at a fixed size (a chart
 * with nothing to show prints its sentence instead). Lives in widgets/ because Qt Charts
 * needs QtWidgets.
 */
struct Options
{
    QString practiceName;
    QDate printedOn;
};

/// The PDF's bytes.
Result<QByteArray> write(const DashboardData &data, const Options &options);
/// Page @p page (0 = the measures) as an image at @p dpi, for screenshots; null when the
/// readout has no such page.
QImage preview(const DashboardData &data, const Options &options, int page, int dpi = 100);
/// write() saved atomically as @p path; an error says what to do when it cannot be written.
Result<void> writeFile(const QString &path, const DashboardData &data, const Options &options);

} // namespace cc::dashboardpdf

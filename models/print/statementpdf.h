// SPDX-License-Identifier: GPL-3.0-or-later
// Patient statements on paper: each patient's visits, what insurance paid and what is owed,
// with a tear-off remit slip, written as one US-letter PDF for the whole run.
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>

namespace cc::statementpdf {

/// One visit line of a statement. Services are codes only: CPT descriptions are never printed.
struct Visit
{
    QDate dateOfService;
    QString provider;
    QStringList codes;
    qint64 chargeCents = 0;
    qint64 insurancePaidCents = 0;
    qint64 adjustmentCents = 0; ///< contractual adjustments and write-offs
    qint64 patientPaidCents = 0;
    qint64 owedCents = 0; ///< the patient balance of the visit
};

/// One patient's statement as printed.
struct Document
{
    QString practiceName;
    QStringList practiceAddress; ///< lines
    QString practicePhone;
    QDate statementDate;
    QString patientName; ///< "First Last"
    QStringList patientAddress; ///< lines
    QString account; ///< the MRN
    QList<Visit> visits;
    QStringList leftOff; ///< sentences: visits still with insurance, not billed here
    qint64 totalDueCents = 0;
    std::array<qint64, 5> agingCents {}; ///< 0–30, 31–60, 61–90, 91–120, 120+ days from DOS
    int dunningLevel = 1; ///< 1 = first statement of this balance
};

/// Visits printed on each page; the remit slip is on the last page of each statement.
inline constexpr int kVisitsPerPage = 14;

/// Pages one statement takes: one per kVisitsPerPage visits (at least 1).
int pageCount(const Document &document);

/// "1st", "2nd", "3rd", "4th"… (translated) for the dunning count.
QString ordinal(int n);

/**
 * Every statement, one after another, as a US-letter PDF: each starts on a new page and
 * takes pageCount() pages. Refused without a QGuiApplication (fonts) or with no statement.
 */
Result<QByteArray> writePdf(const QList<Document> &documents);
/// Page @p page (0-based) of @p document as an image at @p dpi, as the PDF draws it; a null
/// image for a page that does not exist (or without a QGuiApplication).
QImage preview(const Document &document, int page, int dpi);

/// The PDF saved to @p path whole or not at all (QSaveFile).
Result<void> saveFile(const QByteArray &pdf, const QString &path);

} // namespace cc::statementpdf

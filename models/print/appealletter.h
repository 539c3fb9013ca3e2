// SPDX-License-Identifier: GPL-3.0-or-later
// Appeal letters for denied claims (issue 6 §4): the practice letterhead, the date, the payer's
// address and the letter text the biller wrote (from the appeal template), as a US-letter PDF.
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace cc::appealletter {

/// What goes on the page around the letter text.
struct Letter
{
    QString practiceName;
    QStringList practiceAddress; ///< lines
    QString practicePhone;
    QString practiceNpi;
    QDate date;
    QString payerName;
    QStringList payerAddress;    ///< lines
    QString title;               ///< the PDF's title (not printed)
    /// The letter itself: the RE block, the body and the signature, as the biller left it.
    /// Paragraphs are separated by blank lines; a long text continues on further pages.
    QString text;
};

/// The letter as PDF bytes. Needs a QGuiApplication (fonts).
Result<QByteArray> writePdf(const Letter &letter);
/// writePdf() saved to @p path (atomically).
Result<void> writePdfFile(const Letter &letter, const QString &path);

} // namespace cc::appealletter

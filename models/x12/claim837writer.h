// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/claim.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace cc::x12 {

/// The control numbers of one interchange, reserved by SubmissionService::reserveNumbers().
struct InterchangeNumbers
{
    qint64 interchange = 1; ///< ISA13 / IEA02, 1..999,999,999 (written as 9 digits)
    qint64 group = 1;       ///< GS06 / GE02, 1..999,999,999
    qint64 transaction = 1; ///< ST02 / SE02, 1..999,999,999 (at least 4 digits)

    bool operator==(const InterchangeNumbers &) const = default;
};

/// How the interchange is written.
struct Write837Options
{
    /// A newline after each `~`, for people reading the file; readers and validators accept
    /// it (X12.md §5). Off gives the single-line form of the samples in ../x12.
    bool lineBreaks = true;
    /// ISA15: P (production) or T (test).
    bool production = true;
    /// ISA14: ask the receiver for a TA1 interchange acknowledgement.
    bool requestTa1 = false;
    /// ISA06/GS02 and ISA08/GS03 when the trading partner agreement gives ids other than the
    /// submitter's and receiver's ETIN (NM109 of 1000A/1000B); empty = the ETIN.
    QString senderId;
    QString receiverId;
};

/**
 * One 837P 005010X222A1 interchange (ISA/GS/ST…SE/GE/IEA) for @p batch: one transaction set,
 * a 2000A billing-provider HL per distinct billing provider (in order of first appearance),
 * then under it per claim a 2000B subscriber HL, a 2000C patient HL when the patient is not
 * the subscriber, the 2300 claim, 2310B when the rendering NPI differs from the billing NPI,
 * and a 2400 per line with REF*6R "<PCN>-<line>". @p now gives the ISA/GS/BHT date and time.
 *
 * Pure: no database, no clock. The batch is expected to be one claimsjson::read() accepted;
 * every text is still passed through clean()/cleanId(), so no value can break the syntax.
 * Money is written from cents as X12 decimals: "150", "18.5", "0.05".
 */
QByteArray write837(const ClaimBatch &batch, const InterchangeNumbers &numbers,
                    const QDateTime &now, const Write837Options &options = {});

/// Cents as an X12 decimal (R): no trailing zeros after the point, no point for whole dollars.
QString decimal(qint64 cents);

} // namespace cc::x12

namespace cc {
using x12::InterchangeNumbers;
}

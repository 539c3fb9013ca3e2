// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remit835.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace cc::x12 {

/// How write835() lays out the interchange.
struct Remit835WriteOptions
{
    char elementSeparator = '*';
    char componentSeparator = ':'; ///< ISA16: ':' , '>' or '|' are common
    char repetitionSeparator = '^';
    char segmentTerminator = '~';  ///< '\r' is allowed (then use an empty lineBreak)
    QByteArray lineBreak = "\n";   ///< written after every terminator; empty for none
    QByteArray senderId = "PAYER";      ///< ISA06 / GS02 (the payer)
    QByteArray receiverId = "PAYEE";    ///< ISA08 / GS03 (the provider)
    int interchangeControlNumber = 1;   ///< ISA13 / IEA02 (9 digits)
    int groupControlNumber = 1;         ///< GS06 / GE02
    QDateTime created = QDateTime(QDate(2025, 1, 1), QTime(0, 0)); ///< ISA09/10, GS04/05
    char usage = 'P';                   ///< ISA15: P production, T test
};

/**
 * Writes @p transactions as one 835 (005010X221A1) interchange: ISA, one GS (HP), one ST..SE
 * per transaction (BPR, TRN, DTM*405, N1*PR with REF*2U, N1*PE, LX, then per claim CLP, CAS,
 * NM1*QC/TT/82, MOA, DTM*232/233/050 and per line SVC, DTM*472 or 150/151, CAS, REF*6R, AMT*B6,
 * LQ*HE, then PLB), GE and IEA, with correct counts and control numbers. Amounts are written
 * from cents without trailing zeros ("250", "-3.05"); adjacent adjustments of one group share a
 * CAS (6 triplets each); provider adjustments of one provider and date share a PLB (6 pairs
 * each). Empty ST02 values become 0001, 0002…; an empty CLP02 becomes 1. Delimiter characters
 * inside values are replaced by spaces. Remit835Reader::readAll() reads the result back to the
 * same values, without errors when the amounts balance.
 *
 * @code
 * RemitTransaction t;
 * t.paymentCents = 14000; t.traceNumber = "CHK1"; t.payerName = "ACME";
 * t.claims.append(claim);
 * const QByteArray x12 = write835({t});
 * @endcode
 */
QByteArray write835(const QList<RemitTransaction> &transactions,
                    const Remit835WriteOptions &options = {});

} // namespace cc::x12

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cc::test {

/// What a clearinghouse says of one claim in a 277CA we make for a test.
struct ClaimReply
{
    QString patientControlNumber;
    bool accepted = true;
    QString payerClaimNumber;           ///< REF*1K when accepted (may be empty)
    QString category = QStringLiteral("A7");  ///< STC01-1 when rejected
    QString status = QStringLiteral("562");   ///< STC01-2 when rejected (562: NPI)
};

/**
 * A well-formed 277CA (005010X214) answering @p claims, interchange @p isa: what a test needs
 * to move submitted claims to accepted or rejected, written the way X12.md §4 lays it out.
 */
QByteArray make277CA(const QList<ClaimReply> &claims, int isa = 277);

/// What a 999 says of one transaction set: accepted, or rejected with an NM1 element error.
struct SetReply
{
    QString transactionControl; ///< the ST02 we sent
    bool accepted = true;
};

/// A well-formed 999 (005010X231A1) for the group @p groupControl (our GS06).
QByteArray make999(const QString &groupControl, const QList<SetReply> &sets, int isa = 999);

} // namespace cc::test

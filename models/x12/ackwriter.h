// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

/**
 * Acknowledgements written the way a clearinghouse writes them: the demo practice plays the
 * clearinghouse with these (its batches come back accepted or rejected), and the tests use
 * them to drive claims through their states. A practice never sends a 999 or 277CA itself.
 */
namespace cc::x12 {

/// What the clearinghouse says of one claim in a 277CA.
struct ClaimReply
{
    QString patientControlNumber;
    bool accepted = true;
    QString payerClaimNumber = {};      ///< REF*1K when accepted (may be empty)
    QString category = QStringLiteral("A7");  ///< STC01-1 when rejected
    QString status = QStringLiteral("562");   ///< STC01-2 when rejected (562: NPI)
    QString entity = QStringLiteral("85");    ///< STC01-3: whose data (85 billing provider, IL subscriber)
};

/**
 * A well-formed 277CA (005010X214) answering @p claims, interchange @p isa, dated @p date
 * (today when invalid).
 */
QByteArray make277CA(const QList<ClaimReply> &claims, int isa = 277, const QDate &date = {});

/// What a 999 says of one transaction set: accepted, or rejected with an NM1 element error.
struct SetReply
{
    QString transactionControl; ///< the ST02 we sent
    bool accepted = true;
};

/// A well-formed 999 (005010X231A1) for the group @p groupControl (our GS06).
QByteArray make999(const QString &groupControl, const QList<SetReply> &sets, int isa = 999,
                   const QDate &date = {});

} // namespace cc::x12

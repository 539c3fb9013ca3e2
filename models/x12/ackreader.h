// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "x12/x12reader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cc::x12 {

/// IK5 / AK5 / AK9 acknowledgement code, in three outcomes the desk cares about.
enum class AckOutcome {
    Accepted,            ///< A
    AcceptedWithErrors,  ///< E (and AK9 P: partially accepted)
    Rejected,            ///< M, R, W, X
    Unknown,             ///< a code outside the 999 list
};

/// IK4 (AK4 in a 997): one element in error.
struct ElementError
{
    int position = 0;            ///< IK401-1: element position in the segment
    int componentPosition = 0;   ///< IK401-2, 0 when absent
    int repeatPosition = 0;      ///< IK401-3, 0 when absent
    QByteArray dataElement;      ///< IK402: data element reference number (e.g. 1068)
    QByteArray code;             ///< IK403
    QString explanation;         ///< plain English for IK403
    QByteArray badValue;         ///< IK404: copy of the bad data, may be empty
};

/// IK3 (AK3 in a 997): one segment in error, with its element errors.
struct SegmentError
{
    QByteArray segmentId;        ///< IK301
    int position = 0;            ///< IK302: position in the transaction set (ST = 1)
    QByteArray loop;             ///< IK303, may be empty
    QByteArray code;             ///< IK304
    QString explanation;         ///< plain English for IK304
    QList<ElementError> elements;
};

/// One AK2..IK5 block: the acknowledgement of one transaction set.
struct SetAck
{
    QByteArray setId;            ///< AK201 (837)
    QByteArray controlNumber;    ///< AK202 = the ST02 we sent
    QByteArray version;          ///< AK203
    QByteArray statusCode;       ///< IK501
    AckOutcome outcome = AckOutcome::Unknown;
    QString statusText;          ///< plain English for IK501
    QList<QByteArray> syntaxCodes;  ///< IK502..IK506
    QStringList syntaxTexts;        ///< their explanations
    QList<SegmentError> segmentErrors;

    bool accepted() const
    {
        return outcome == AckOutcome::Accepted || outcome == AckOutcome::AcceptedWithErrors;
    }
};

/// A 999 (or 997) functional acknowledgement.
struct Ack999
{
    QByteArray transactionId;    ///< ST01: 999 or 997
    QByteArray groupFunctionalId;   ///< AK101 (HC)
    QByteArray groupControlNumber;  ///< AK102 = the GS06 we sent
    QByteArray groupVersion;        ///< AK103
    QList<SetAck> sets;
    QByteArray groupStatusCode;     ///< AK901
    AckOutcome groupOutcome = AckOutcome::Unknown;
    QString groupStatusText;
    int setsIncluded = 0;           ///< AK902
    int setsReceived = 0;           ///< AK903
    int setsAccepted = 0;           ///< AK904
    QList<QByteArray> groupSyntaxCodes;  ///< AK905..AK909
    QStringList groupSyntaxTexts;
};

/// One STC composite (STC01, STC10 or STC11): category, status and entity.
struct ClaimStatus
{
    QByteArray category;         ///< STC01-1 (A1, A2, A3, A6, A7…)
    QString categoryText;
    QByteArray status;           ///< STC01-2 (code list 508)
    QString statusText;
    QByteArray entity;           ///< STC01-3 (85 billing provider, IL subscriber…), may be empty
    QString entityText;
};

enum class ClaimOutcome {
    Accepted,  ///< A0, A1, A2, A5: received / accepted into adjudication
    Rejected,  ///< A3, A4, A6, A7, A8, E0–E4
    Other,     ///< pending, finalized or unknown categories
};

/// One 2220D service line of a 277CA.
struct LineAck
{
    QByteArray procedure;        ///< SVC01 composite as sent (HC:99213)
    qint64 chargeCents = 0;      ///< SVC02
    QByteArray lineControlNumber;   ///< REF*FJ
    QDate serviceDate;           ///< DTP*472 (first date of a range)
    QList<ClaimStatus> statuses;
    ClaimOutcome outcome = ClaimOutcome::Other;
};

/// One 2200D claim of a 277CA.
struct ClaimAck
{
    QByteArray patientControlNumber;  ///< TRN02 of 2200D = our CLM01
    QByteArray payerClaimNumber;      ///< REF*1K
    QByteArray clearinghouseTrace;    ///< REF*D9
    QByteArray patientLastName;       ///< NM103 of 2100D
    QByteArray patientFirstName;      ///< NM104
    QByteArray memberId;              ///< NM109
    QList<ClaimStatus> statuses;      ///< every STC composite of the claim
    QDate statusDate;                 ///< STC02
    QByteArray actionCode;            ///< STC03 (WQ accepted, U rejected)
    qint64 chargeCents = 0;           ///< STC04: total claim charge
    bool hasCharge = false;
    QDate serviceFrom;                ///< DTP*472
    QDate serviceTo;
    QList<LineAck> lines;
    ClaimOutcome outcome = ClaimOutcome::Other;

    bool accepted() const { return outcome == ClaimOutcome::Accepted; }
    bool rejected() const { return outcome == ClaimOutcome::Rejected; }
};

/// A 277CA claim acknowledgement (005010X214).
struct Ack277
{
    QByteArray controlNumber;    ///< ST02
    QByteArray referenceId;      ///< BHT03
    QDate receiptDate;           ///< 2200A DTP*050
    QDate processDate;           ///< 2200A DTP*009
    int acceptedCount = -1;      ///< 2200B QTY*90, -1 when absent
    int rejectedCount = -1;      ///< 2200B QTY*AA, -1 when absent
    qint64 acceptedCents = 0;    ///< 2200B AMT*YU
    qint64 rejectedCents = 0;    ///< 2200B AMT*YY
    QList<ClaimAck> claims;
};

/// Reads 999 and 277CA acknowledgements into plain structures with explanations.
class AckReader
{
    Q_DECLARE_TR_FUNCTIONS(cc::x12::AckReader)
public:
    static Result<Ack999> read999(const QByteArray &data);
    static Result<Ack277> read277CA(const QByteArray &data);

    /// Plain-English explanations; unknown codes get a generic sentence naming the code.
    static QString ackCodeText(const QByteArray &code);        ///< IK501 / AK901
    static AckOutcome ackOutcome(const QByteArray &code);
    static QString segmentErrorText(const QByteArray &code);   ///< IK304
    static QString elementErrorText(const QByteArray &code);   ///< IK403
    static QString setSyntaxText(const QByteArray &code);      ///< IK502..
    static QString groupSyntaxText(const QByteArray &code);    ///< AK905..
    static QString categoryText(const QByteArray &code);       ///< STC01-1 (code list 507)
    static QString statusText(const QByteArray &code);         ///< STC01-2 (code list 508)
    static QString entityText(const QByteArray &code);         ///< STC01-3 (element 98)
    static ClaimOutcome categoryOutcome(const QByteArray &category);
};

} // namespace cc::x12

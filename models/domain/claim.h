// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace cc {

/**
 * The professional claims of DESIGN.md §7 as plain values: what `cleanclaim scrub --input` and
 * `export-837 --input` read (models/claims/claimsjson.h) and what the 837P writer turns into
 * loops. Strings hold the text as it will appear in X12 (trimmed, codes upper-case); optional
 * text is an empty string when absent. Money is whole cents, never a double.
 */

/// A postal address (X12 N3/N4).
struct Address
{
    QString line1;
    QString line2; ///< empty when there is none
    QString city;
    QString state; ///< two upper-case letters
    QString zip;   ///< 5 or 9 digits, no hyphen

    bool operator==(const Address &) const = default;
};

/// Loop 1000A: who sends the interchange.
struct Submitter
{
    QString name;
    QString etin;        ///< electronic transmitter id (NM109)
    QString contactName; ///< empty when none is given
    QString phone;

    bool operator==(const Submitter &) const = default;
};

/// Loop 1000B: the clearinghouse or payer that receives it.
struct Receiver
{
    QString name;
    QString etin;

    bool operator==(const Receiver &) const = default;
};

/// Loop 2010AA.
struct BillingProvider
{
    QString name;
    QString npi;
    QString taxId;    ///< nine digits (EIN)
    QString taxonomy; ///< ten characters, e.g. 207Q00000X
    Address address;

    bool operator==(const BillingProvider &) const = default;
};

/// Loop 2310B.
struct RenderingProvider
{
    QString lastName;
    QString firstName;
    QString npi;
    QString taxonomy;

    bool operator==(const RenderingProvider &) const = default;
};

/// Loop 2010BB plus the payer settings the scrubber reads.
struct Payer
{
    QString name;
    QString id;              ///< payer id (NM109, qualifier PI)
    QString filingIndicator; ///< SBR09 claim filing indicator, e.g. MB, CI, MC
    int timelyFilingDays = 365; ///< days after the date of service; 0 = no limit

    bool operator==(const Payer &) const = default;
};

/// Loop 2000B/2010BA: the insured person.
struct Subscriber
{
    QString memberId;
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString sex; ///< M, F or U
    Address address;
    QString relationship = QStringLiteral("self"); ///< of the patient: self, spouse, child, other

    bool isPatient() const { return relationship == QLatin1String("self"); }
    bool operator==(const Subscriber &) const = default;
};

/// Loop 2000C/2010CA: the patient when it is not the subscriber.
struct Patient
{
    QString lastName;
    QString firstName;
    QDate birthDate;
    QString sex; ///< M, F or U
    Address address;

    bool operator==(const Patient &) const = default;
};

/// One service line (loop 2400).
struct ClaimLine
{
    QString code;          ///< CPT or HCPCS, upper-case
    QStringList modifiers; ///< 0 to 4, upper-case
    int units = 1;
    qint64 chargeCents = 0;
    QList<int> pointers;   ///< 1 to 4, 1-based into ClaimDocument::diagnoses
    QDate serviceDate;

    bool operator==(const ClaimLine &) const = default;
};

/// One adjustment an earlier payer made (CAS in loops 2320 and 2430).
struct ClaimAdjustment
{
    QString group;  ///< CO, PR, OA, PI
    QString reason; ///< CARC
    qint64 amountCents = 0;

    bool operator==(const ClaimAdjustment &) const = default;
};

/// Loop 2430: what the earlier payer did with one service line.
struct PriorPayerLine
{
    int lineNumber = 0; ///< 1-based into ClaimDocument::lines
    qint64 paidCents = 0;
    QList<ClaimAdjustment> adjustments;

    bool operator==(const PriorPayerLine &) const = default;
};

/**
 * Loops 2320, 2330A and 2330B (coordination of benefits): the payer that adjudicated the claim
 * before the one it is sent to now, and what it paid and adjusted. Present on a secondary or
 * tertiary claim. Per line, the charge less the line's adjustments equals what it paid; for
 * the claim, the total charge less every adjustment equals paidCents.
 */
struct PriorPayer
{
    Payer payer;
    Subscriber subscriber;       ///< the insured in that payer's plan (2330A)
    QString responsibility = QStringLiteral("P"); ///< SBR01 of loop 2320: P, S, T
    qint64 paidCents = 0;        ///< AMT*D
    QDate adjudicated;           ///< DTP*573: the payer's remittance date
    QList<ClaimAdjustment> adjustments; ///< claim-level CAS
    QList<PriorPayerLine> lines;

    bool operator==(const PriorPayer &) const = default;
};

/// One claim (loop 2300 with its providers, subscriber, patient and lines).
struct ClaimDocument
{
    QString id; ///< patient control number (CLM01; comes back as 835 CLP01)
    BillingProvider billingProvider;
    RenderingProvider renderingProvider;
    Payer payer;
    Subscriber subscriber;
    std::optional<Patient> patient; ///< present only when the subscriber is not the patient
    QString placeOfService;         ///< two digits, e.g. 11
    QString frequency = QStringLiteral("1"); ///< 1 original, 7 replacement, 8 void
    QString originalClaimNumber;    ///< the payer's number of the claim replaced (7/8), or empty
    /// SBR01 of loop 2000B: P primary, S secondary, T tertiary (the coverage's priority).
    QString payerResponsibility = QStringLiteral("P");
    /// The earlier payer's adjudication, on a secondary or tertiary claim (COB loops).
    std::optional<PriorPayer> priorPayer;
    QString priorAuthorization;     ///< empty when none
    QStringList diagnoses;          ///< ICD-10-CM, upper-case without the dot, principal first
    QList<ClaimLine> lines;

    /// The earliest service date of the lines (invalid when there are no lines).
    QDate firstServiceDate() const
    {
        QDate first;
        for (const ClaimLine &l : lines) {
            if (l.serviceDate.isValid() && (!first.isValid() || l.serviceDate < first))
                first = l.serviceDate;
        }
        return first;
    }
    qint64 totalChargeCents() const
    {
        qint64 total = 0;
        for (const ClaimLine &l : lines)
            total += l.chargeCents;
        return total;
    }
    bool isReplacement() const
    {
        return frequency == QLatin1String("7") || frequency == QLatin1String("8");
    }

    bool operator==(const ClaimDocument &) const = default;
};

/// A whole claims file: one submitter, one receiver, the claims (one 837P interchange).
struct ClaimBatch
{
    Submitter submitter;
    Receiver receiver;
    QList<ClaimDocument> claims;

    bool operator==(const ClaimBatch &) const = default;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cc::x12 {

/**
 * The 835 health care claim payment/advice (005010X221A1) as values: what payment posting
 * needs (docs X12.md §2, §3). Money is whole cents; codes and ids are the bytes of the file
 * (trimmed). `segment` is always the 1-based number of the segment in the whole file, counting
 * every segment of every interchange, so an error can name it.
 */

/// One CAS triplet: group (CO, PR, OA, PI), reason (CARC), amount, quantity.
struct RemitAdjustment
{
    QByteArray group;
    QByteArray reason;
    qint64 amountCents = 0;
    QByteArray quantity; ///< as written, empty when absent
    int segment = 0;
};

/// Loop 2110: one service line as the payer adjudicated it.
struct RemitServiceLine
{
    QByteArray qualifier;          ///< SVC01-1: HC, AD, ER, HP, IV, N4, NU, WK…
    QByteArray code;               ///< SVC01-2
    QList<QByteArray> modifiers;   ///< SVC01-3..6, without empty ones
    qint64 chargeCents = 0;        ///< SVC02
    qint64 paidCents = 0;          ///< SVC03
    QByteArray revenueCode;        ///< SVC04
    QByteArray unitsPaid;          ///< SVC05 as written (empty = 1)
    QByteArray originalCode;       ///< SVC06-2 when the payer changed the code, else empty
    QList<QByteArray> originalModifiers; ///< SVC06-3..6
    QByteArray originalUnits;      ///< SVC07
    QDate serviceDate;             ///< DTM*472, or DTM*150 (period start)
    QDate serviceDateEnd;          ///< DTM*151, invalid when absent
    QByteArray lineControlNumber;  ///< REF*6R: our 837 REF*6R, the line match key
    std::optional<qint64> allowedCents; ///< AMT*B6
    QList<RemitAdjustment> adjustments; ///< line CAS, every triplet
    QList<QByteArray> remarks;     ///< LQ*HE remark codes (RARC)
    int segment = 0;               ///< the SVC

    /// Σ adjustments in @p group (all groups when empty).
    qint64 adjustedCents(QByteArrayView group = {}) const;
};

/// Loop 2100: one claim as the payer adjudicated it.
struct RemitClaim
{
    QByteArray id;                  ///< CLP01: our patient control number (837 CLM01)
    QByteArray status;              ///< CLP02: 1, 2, 3, 4, 19, 20, 21, 22, 23, 25
    qint64 chargeCents = 0;         ///< CLP03 (negative in a reversal)
    qint64 paidCents = 0;           ///< CLP04
    qint64 patientResponsibilityCents = 0; ///< CLP05 (0 when absent)
    QByteArray filingIndicator;     ///< CLP06
    QByteArray payerClaimNumber;    ///< CLP07: the payer's number, for a later REF*F8
    QByteArray facilityCode;        ///< CLP08
    QByteArray frequency;           ///< CLP09
    QByteArray patientLastName;     ///< NM1*QC
    QByteArray patientFirstName;
    QByteArray memberId;            ///< NM1*QC09 (or NM1*IL09 when present)
    QByteArray crossoverPayer;      ///< NM1*TT03: the payer the claim was forwarded to
    QByteArray renderingProviderId; ///< NM1*82 09
    QList<QByteArray> remarks;      ///< MOA/MIA remark codes
    QDate statementFrom;            ///< DTM*232
    QDate statementTo;              ///< DTM*233
    QDate received;                 ///< DTM*050
    QList<RemitAdjustment> adjustments; ///< claim-level CAS
    QList<RemitServiceLine> lines;
    int segment = 0;                ///< the CLP

    bool isDenied() const { return status == "4"; }
    bool isReversal() const { return status == "22"; }
    /// 19, 20, 21: the payer forwarded the claim to the next payer itself.
    bool isCrossover() const { return status == "19" || status == "20" || status == "21"; }
    /// 2, 3, 20, 21: adjudicated by a secondary or tertiary payer.
    bool isSecondary() const { return status == "2" || status == "3" || status == "20" || status == "21"; }
    /// Σ claim and line adjustments in @p group (all groups when empty).
    qint64 adjustedCents(QByteArrayView group = {}) const;
    /// The first service date of the lines, else the statement date.
    QDate serviceDate() const;
};

/// PLB: one provider-level adjustment (one reason/amount pair of a PLB segment).
struct ProviderAdjustment
{
    QByteArray providerId;     ///< PLB01
    QDate fiscalPeriodDate;    ///< PLB02
    QByteArray reason;         ///< PLB03-1 etc: WO, FB, L6, 72, CS…
    QByteArray reference;      ///< PLB03-2 etc
    qint64 amountCents = 0;    ///< positive reduced the payment, negative increased it
    int segment = 0;
};

/// One ST..SE 835: one payment (or notice) from one payer to one payee.
struct RemitTransaction
{
    QByteArray controlNumber;  ///< ST02
    QByteArray handling;       ///< BPR01: C, D, H, I, P, U, X
    qint64 paymentCents = 0;   ///< BPR02
    QByteArray creditDebit;    ///< BPR03: C or D
    QByteArray paymentMethod;  ///< BPR04: ACH, BOP, CHK, FWT, NON
    QDate paymentDate;         ///< BPR16 (invalid when absent or not a date)
    QByteArray traceNumber;    ///< TRN02: the check or EFT number
    QByteArray originatorId;   ///< TRN03: 1 + the payer's EIN
    QByteArray payerName;      ///< N1*PR 02
    QByteArray payerIdentifier; ///< N1*PR 04 when present, else REF*2U, else TRN03
    QByteArray payeeName;      ///< N1*PE 02
    QByteArray payeeIdQualifier; ///< N1*PE 03: XX (NPI), FI (TIN), XV
    QByteArray payeeId;        ///< N1*PE 04
    QDate productionDate;      ///< DTM*405
    QList<RemitClaim> claims;
    QList<ProviderAdjustment> providerAdjustments;
    int segment = 0;           ///< the ST

    qint64 claimsPaidCents() const;        ///< Σ CLP04
    qint64 providerAdjustedCents() const;  ///< Σ PLB amounts
};

/// A problem found while reading: the segment (1-based in the file, 0 = the file as a whole),
/// its id, and a sentence for the biller.
struct RemitError
{
    int segment = 0;
    QByteArray segmentId;
    QString message;
};

/// Everything read from one file.
struct Remittance835
{
    QList<RemitTransaction> transactions;
    QList<RemitError> errors;
    int segmentCount = 0;

    bool ok() const { return errors.isEmpty(); }
    int claimCount() const;
    qint64 chargeCents() const; ///< Σ CLP03
    qint64 paidCents() const;   ///< Σ CLP04
};

/**
 * Streaming reader of 835 files (X12.md §2, §5). Reads the delimiters from each ISA; accepts a
 * UTF-8 BOM, CR/LF and indentation between segments, several interchanges and several
 * transaction sets per file. It walks the bytes once and hands each claim to the handler as
 * soon as its loop ends, so memory does not grow with the file. It checks, in cents: every
 * line (SVC02 − Σ line CAS = SVC03), every claim (CLP03 − Σ claim CAS − Σ line CAS = CLP04),
 * every transaction (BPR02 = Σ CLP04 − Σ PLB), and the envelope counts and control numbers
 * (SE01/SE02, GE01/GE02, IEA01/IEA02). Errors never stop the reading: everything readable is
 * still handed over.
 */
class Remit835Reader
{
    Q_DECLARE_TR_FUNCTIONS(cc::x12::Remit835Reader)
public:
    /// Receives what the reader finds, in file order.
    class Handler
    {
    public:
        virtual ~Handler() = default;
        /// BPR, TRN, N1 and DTM of a transaction are read; claims follow.
        virtual void transactionStarted(const RemitTransaction &header) { Q_UNUSED(header) }
        /// One whole claim with its lines.
        virtual void claim(const RemitClaim &claim) { Q_UNUSED(claim) }
        /// True for a handler that keeps every claim: it gets each by takeClaim() instead,
        /// moved out of the reader (which otherwise reuses one claim's storage for the next).
        virtual bool keepsClaims() const { return false; }
        virtual void takeClaim(RemitClaim &&claim) { Q_UNUSED(claim) }
        /// The SE is reached: @p transaction has its header, its PLBs, and no claims (they
        /// were handed over one by one).
        virtual void transactionFinished(const RemitTransaction &transaction) { Q_UNUSED(transaction) }
        virtual void error(const RemitError &error) { Q_UNUSED(error) }
    };

    /// Reads @p data, handing everything to @p handler. Returns the number of segments read.
    static int read(QByteArrayView data, Handler &handler);
    /// Reads @p data into values (claims kept inside their transactions).
    static Remittance835 readAll(QByteArrayView data);
};

} // namespace cc::x12

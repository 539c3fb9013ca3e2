// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackreader.h"

namespace cc::x12 {

namespace {

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

int toInt(const QByteArray &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? v : 0;
}

/// The first set of @p ic whose ST01 is one of @p ids, or nullptr.
const TransactionSet *findSet(const Interchange &ic, std::initializer_list<const char *> ids)
{
    for (const FunctionalGroup &g : ic.groups)
        for (const TransactionSet &s : g.sets)
            for (const char *id : ids)
                if (s.id == id)
                    return &s;
    return nullptr;
}

QString foundSets(const Interchange &ic)
{
    QStringList ids;
    for (const FunctionalGroup &g : ic.groups)
        for (const TransactionSet &s : g.sets)
            ids.append(latin(s.id));
    return ids.join(QStringLiteral(", "));
}

ClaimStatus statusFrom(const Segment &s, int element)
{
    ClaimStatus st;
    const QList<QByteArray> parts = s.components(element);
    st.category = parts.value(0);
    st.status = parts.value(1);
    st.entity = parts.value(2);
    st.categoryText = AckReader::categoryText(st.category);
    st.statusText = AckReader::statusText(st.status);
    if (!st.entity.isEmpty())
        st.entityText = AckReader::entityText(st.entity);
    return st;
}

ClaimOutcome outcomeOf(const QList<ClaimStatus> &statuses)
{
    bool accepted = false;
    for (const ClaimStatus &s : statuses) {
        const ClaimOutcome o = AckReader::categoryOutcome(s.category);
        if (o == ClaimOutcome::Rejected)
            return ClaimOutcome::Rejected;
        accepted = accepted || o == ClaimOutcome::Accepted;
    }
    return accepted ? ClaimOutcome::Accepted : ClaimOutcome::Other;
}

} // namespace

// ---- code tables -------------------------------------------------------------------------

QString AckReader::ackCodeText(const QByteArray &code)
{
    if (code == "A")
        return tr("Accepted.");
    if (code == "E")
        return tr("Accepted, but errors were noted.");
    if (code == "P")
        return tr("Partially accepted: at least one transaction set was rejected.");
    if (code == "M")
        return tr("Rejected: the message authentication code (MAC) failed.");
    if (code == "R")
        return tr("Rejected.");
    if (code == "W")
        return tr("Rejected: assurance failed validity tests.");
    if (code == "X")
        return tr("Rejected: the content could not be analyzed after decryption.");
    return tr("Unknown acknowledgement code “%1”.").arg(latin(code));
}

AckOutcome AckReader::ackOutcome(const QByteArray &code)
{
    if (code == "A")
        return AckOutcome::Accepted;
    if (code == "E" || code == "P")
        return AckOutcome::AcceptedWithErrors;
    if (code == "M" || code == "R" || code == "W" || code == "X")
        return AckOutcome::Rejected;
    return AckOutcome::Unknown;
}

QString AckReader::segmentErrorText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"1", QT_TR_NOOP("The segment id is not recognized.")},
        {"2", QT_TR_NOOP("The segment is not expected at this place.")},
        {"3", QT_TR_NOOP("A required segment is missing.")},
        {"4", QT_TR_NOOP("The loop occurs more times than allowed.")},
        {"5", QT_TR_NOOP("The segment occurs more times than allowed.")},
        {"6", QT_TR_NOOP("The segment is not defined in this transaction set.")},
        {"7", QT_TR_NOOP("The segment is out of order.")},
        {"8", QT_TR_NOOP("The segment has errors in its elements (see the element errors).")},
        {"I4", QT_TR_NOOP("The implementation guide marks this segment “Not Used”, yet it is present.")},
        {"I6", QT_TR_NOOP("A segment the implementation guide requires in this situation is missing.")},
        {"I7", QT_TR_NOOP("The loop occurs fewer times than the implementation guide requires.")},
        {"I8", QT_TR_NOOP("The segment occurs fewer times than the implementation guide requires.")},
        {"I9", QT_TR_NOOP("The implementation guide says this segment must not be sent in this situation, yet it is present.")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("Segment error code “%1” (not in the 999 code list).").arg(latin(code));
}

QString AckReader::elementErrorText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"1", QT_TR_NOOP("A required element is missing.")},
        {"2", QT_TR_NOOP("A conditionally required element is missing.")},
        {"3", QT_TR_NOOP("The segment has too many elements.")},
        {"4", QT_TR_NOOP("The value is too short.")},
        {"5", QT_TR_NOOP("The value is too long.")},
        {"6", QT_TR_NOOP("The value contains an invalid character.")},
        {"7", QT_TR_NOOP("The value is not a valid code for this element.")},
        {"8", QT_TR_NOOP("The date is invalid.")},
        {"9", QT_TR_NOOP("The time is invalid.")},
        {"10", QT_TR_NOOP("The element must not be present together with another element (exclusion condition violated).")},
        {"12", QT_TR_NOOP("The element repeats more times than allowed.")},
        {"13", QT_TR_NOOP("The element has too many components.")},
        {"I6", QT_TR_NOOP("The code is valid in X12 but not used by this implementation guide.")},
        {"I9", QT_TR_NOOP("An element the implementation guide requires in this situation is missing.")},
        {"I10", QT_TR_NOOP("The implementation guide marks this element “Not Used”, yet it is present.")},
        {"I11", QT_TR_NOOP("The element repeats fewer times than the implementation guide requires.")},
        {"I12", QT_TR_NOOP("The value does not match the pattern the implementation guide requires.")},
        {"I13", QT_TR_NOOP("The implementation guide says this element must not be sent in this situation, yet it is present.")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("Element error code “%1” (not in the 999 code list).").arg(latin(code));
}

QString AckReader::setSyntaxText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"1", QT_TR_NOOP("The transaction set is not supported.")},
        {"2", QT_TR_NOOP("The transaction set trailer (SE) is missing.")},
        {"3", QT_TR_NOOP("The control numbers in ST and SE do not match.")},
        {"4", QT_TR_NOOP("The segment count in SE does not match the actual count.")},
        {"5", QT_TR_NOOP("One or more segments are in error.")},
        {"6", QT_TR_NOOP("The transaction set identifier is missing or invalid.")},
        {"7", QT_TR_NOOP("The transaction set control number is missing or invalid.")},
        {"18", QT_TR_NOOP("The transaction set is not inside a functional group.")},
        {"19", QT_TR_NOOP("The implementation convention reference (ST03) is invalid.")},
        {"23", QT_TR_NOOP("The transaction set control number is not unique within the group.")},
        {"I5", QT_TR_NOOP("One or more segments break the implementation guide.")},
        {"I6", QT_TR_NOOP("The implementation convention is not supported.")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("Transaction set error code “%1”.").arg(latin(code));
}

QString AckReader::groupSyntaxText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"1", QT_TR_NOOP("The functional group is not supported.")},
        {"2", QT_TR_NOOP("The functional group version is not supported.")},
        {"3", QT_TR_NOOP("The functional group trailer (GE) is missing.")},
        {"4", QT_TR_NOOP("The group control numbers in GS and GE do not agree.")},
        {"5", QT_TR_NOOP("The number of transaction sets in GE does not match the actual count.")},
        {"6", QT_TR_NOOP("The group control number is not valid.")},
        {"19", QT_TR_NOOP("The group control number is not unique within the interchange.")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("Functional group error code “%1”.").arg(latin(code));
}

QString AckReader::categoryText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"A0", QT_TR_NOOP("Forwarded: the claim was passed on to another entity.")},
        {"A1", QT_TR_NOOP("Received: the claim was received; this does not yet mean it was accepted for adjudication.")},
        {"A2", QT_TR_NOOP("Accepted into the payer's adjudication system.")},
        {"A3", QT_TR_NOOP("Returned as unprocessable: correct and send the claim again.")},
        {"A4", QT_TR_NOOP("Not found: the claim could not be found.")},
        {"A5", QT_TR_NOOP("Split: the claim was split into separate claims for processing.")},
        {"A6", QT_TR_NOOP("Rejected for missing information: add it and send the claim again.")},
        {"A7", QT_TR_NOOP("Rejected for invalid information: correct it and send the claim again.")},
        {"A8", QT_TR_NOOP("Rejected for a relational field in error: two fields do not agree.")},
        {"E0", QT_TR_NOOP("No answer possible: the submitted request has errors.")},
        {"E1", QT_TR_NOOP("No answer possible: the system is unavailable.")},
        {"E2", QT_TR_NOOP("Information holder is not responding; resubmit later.")},
        {"E3", QT_TR_NOOP("Correction required: relational fields in error.")},
        {"E4", QT_TR_NOOP("Trading partner agreement specific requirement not met.")},
        {"P0", QT_TR_NOOP("Pending: adjudication or review.")},
        {"P1", QT_TR_NOOP("Pending: in process.")},
        {"P2", QT_TR_NOOP("Pending: payer review.")},
        {"P3", QT_TR_NOOP("Pending: provider requested information.")},
        {"P4", QT_TR_NOOP("Pending: patient requested information.")},
        {"F0", QT_TR_NOOP("Finalized.")},
        {"F1", QT_TR_NOOP("Finalized: payment.")},
        {"F2", QT_TR_NOOP("Finalized: denial.")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("Status category “%1”.").arg(latin(code));
}

QString AckReader::statusText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"0", QT_TR_NOOP("Cannot provide further status electronically.")},
        {"1", QT_TR_NOOP("For more detailed information, see the remittance advice.")},
        {"2", QT_TR_NOOP("More detailed information in a letter.")},
        {"3", QT_TR_NOOP("The claim has been adjudicated and is awaiting the payment cycle.")},
        {"16", QT_TR_NOOP("The claim has been forwarded to an entity.")},
        {"19", QT_TR_NOOP("The entity acknowledges receipt of the claim.")},
        {"20", QT_TR_NOOP("Accepted for processing.")},
        {"21", QT_TR_NOOP("Missing or invalid information.")},
        {"23", QT_TR_NOOP("Returned to the entity.")},
        {"24", QT_TR_NOOP("The entity is not approved as an electronic submitter.")},
        {"25", QT_TR_NOOP("The entity is not approved.")},
        {"26", QT_TR_NOOP("The entity was not found.")},
        {"27", QT_TR_NOOP("The policy was cancelled.")},
        {"29", QT_TR_NOOP("Subscriber and policy number do not match.")},
        {"30", QT_TR_NOOP("Subscriber and subscriber id do not match.")},
        {"35", QT_TR_NOOP("The claim was not found.")},
        {"116", QT_TR_NOOP("The claim was sent to the wrong payer.")},
        {"187", QT_TR_NOOP("Date(s) of service.")},
        {"562", QT_TR_NOOP("The entity's National Provider Identifier (NPI).")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("Status code %1 (see the payer's claim status code list).").arg(latin(code));
}

QString AckReader::entityText(const QByteArray &code)
{
    struct Row { const char *code; const char *text; };
    static const Row rows[] = {
        {"40", QT_TR_NOOP("receiver")},
        {"41", QT_TR_NOOP("submitter")},
        {"77", QT_TR_NOOP("service location")},
        {"82", QT_TR_NOOP("rendering provider")},
        {"85", QT_TR_NOOP("billing provider")},
        {"87", QT_TR_NOOP("pay-to provider")},
        {"DN", QT_TR_NOOP("referring provider")},
        {"DQ", QT_TR_NOOP("supervising provider")},
        {"IL", QT_TR_NOOP("subscriber")},
        {"PR", QT_TR_NOOP("payer")},
        {"QC", QT_TR_NOOP("patient")},
    };
    for (const Row &r : rows)
        if (code == r.code)
            return tr(r.text);
    return tr("entity %1").arg(latin(code));
}

ClaimOutcome AckReader::categoryOutcome(const QByteArray &category)
{
    if (category == "A0" || category == "A1" || category == "A2" || category == "A5")
        return ClaimOutcome::Accepted;
    if (category == "A3" || category == "A4" || category == "A6" || category == "A7"
        || category == "A8" || category.startsWith('E'))
        return ClaimOutcome::Rejected;
    return ClaimOutcome::Other;
}

// ---- 999 ---------------------------------------------------------------------------------

Result<Ack999> AckReader::read999(const QByteArray &data)
{
    auto read = Reader::read(data);
    if (!read)
        return read.error();
    const Interchange &ic = *read;
    const TransactionSet *set = findSet(ic, {"999", "997"});
    if (!set)
        return Error::invalid(tr("This file is not a 999 acknowledgement (it holds: %1).")
                                      .arg(foundSets(ic)));
    Ack999 ack;
    ack.transactionId = set->id;
    const auto misplaced = [](const Segment &s, const QString &what) {
        return Reader::segmentError(s.number, s.id(), what);
    };
    for (qsizetype i = set->first + 1; i < set->last; ++i) {
        const Segment &s = ic.segments.at(i);
        if (s.is("AK1")) {
            ack.groupFunctionalId = s.element(1);
            ack.groupControlNumber = s.element(2);
            ack.groupVersion = s.element(3);
        } else if (s.is("AK2")) {
            SetAck sa;
            sa.setId = s.element(1);
            sa.controlNumber = s.element(2);
            sa.version = s.element(3);
            ack.sets.append(sa);
        } else if (s.is("IK3") || s.is("AK3")) {
            if (ack.sets.isEmpty())
                return misplaced(s, tr("a segment error comes before any transaction set (AK2)."));
            SegmentError e;
            e.segmentId = s.element(1);
            e.position = toInt(s.element(2));
            e.loop = s.element(3);
            e.code = s.element(4);
            e.explanation = segmentErrorText(e.code);
            ack.sets.last().segmentErrors.append(e);
        } else if (s.is("IK4") || s.is("AK4")) {
            if (ack.sets.isEmpty() || ack.sets.last().segmentErrors.isEmpty())
                return misplaced(s, tr("an element error comes before any segment error (IK3)."));
            ElementError e;
            const QList<QByteArray> pos = s.components(1);
            e.position = toInt(pos.value(0));
            e.componentPosition = toInt(pos.value(1));
            e.repeatPosition = toInt(pos.value(2));
            e.dataElement = s.element(2);
            e.code = s.element(3);
            e.explanation = elementErrorText(e.code);
            e.badValue = s.element(4);
            ack.sets.last().segmentErrors.last().elements.append(e);
        } else if (s.is("IK5") || s.is("AK5")) {
            if (ack.sets.isEmpty())
                return misplaced(s, tr("a transaction set response comes before any transaction "
                                       "set (AK2)."));
            SetAck &sa = ack.sets.last();
            sa.statusCode = s.element(1);
            sa.outcome = ackOutcome(sa.statusCode);
            sa.statusText = ackCodeText(sa.statusCode);
            for (int k = 2; k <= 6; ++k) {
                if (!s.element(k).isEmpty()) {
                    sa.syntaxCodes.append(s.element(k));
                    sa.syntaxTexts.append(setSyntaxText(s.element(k)));
                }
            }
        } else if (s.is("AK9")) {
            ack.groupStatusCode = s.element(1);
            ack.groupOutcome = ackOutcome(ack.groupStatusCode);
            ack.groupStatusText = ackCodeText(ack.groupStatusCode);
            ack.setsIncluded = toInt(s.element(2));
            ack.setsReceived = toInt(s.element(3));
            ack.setsAccepted = toInt(s.element(4));
            for (int k = 5; k <= 9; ++k) {
                if (!s.element(k).isEmpty()) {
                    ack.groupSyntaxCodes.append(s.element(k));
                    ack.groupSyntaxTexts.append(groupSyntaxText(s.element(k)));
                }
            }
        }
        // CTX and anything else: context only, not needed by the desk.
    }
    for (const SetAck &sa : std::as_const(ack.sets)) {
        if (sa.statusCode.isEmpty())
            return Error::invalid(
                    tr("The acknowledgement of transaction set %1 has no response code (IK5).")
                            .arg(latin(sa.controlNumber)));
    }
    if (ack.groupStatusCode.isEmpty()) {
        const Segment &se = ic.segments.at(set->last);
        return Reader::segmentError(se.number, se.id(),
                                    tr("the acknowledgement ends without the group response (AK9)."));
    }
    return ack;
}

// ---- 277CA -------------------------------------------------------------------------------

Result<Ack277> AckReader::read277CA(const QByteArray &data)
{
    auto read = Reader::read(data);
    if (!read)
        return read.error();
    const Interchange &ic = *read;
    const TransactionSet *set = findSet(ic, {"277"});
    if (!set)
        return Error::invalid(tr("This file is not a 277CA claim acknowledgement (it holds: %1).")
                                      .arg(foundSets(ic)));
    Ack277 ack;
    ack.controlNumber = set->controlNumber;
    QByteArray level;          // HL03 of the current HL: 20, 21, 19, PT
    bool inLine = false;       // after an SVC of the current claim
    for (qsizetype i = set->first + 1; i < set->last; ++i) {
        const Segment &s = ic.segments.at(i);
        if (s.is("BHT")) {
            ack.referenceId = s.element(3);
        } else if (s.is("HL")) {
            level = s.element(3);
            inLine = false;
            if (level == "PT")
                ack.claims.append(ClaimAck());
        } else if (level == "PT") {
            ClaimAck &claim = ack.claims.last();
            if (s.is("SVC")) {
                LineAck line;
                line.procedure = s.element(1);
                line.chargeCents = parseCents(s.element(2)).value_or(0);
                claim.lines.append(line);
                inLine = true;
            } else if (inLine) {
                LineAck &line = claim.lines.last();
                if (s.is("STC")) {
                    for (int k : {1, 10, 11})
                        if (!s.element(k).isEmpty())
                            line.statuses.append(statusFrom(s, k));
                    line.outcome = outcomeOf(line.statuses);
                } else if (s.is("REF") && s.element(1) == "FJ") {
                    line.lineControlNumber = s.element(2);
                } else if (s.is("DTP") && s.element(1) == "472") {
                    line.serviceDate = parseDate(s.element(3).left(8));
                }
            } else if (s.is("NM1") && s.element(1) == "QC") {
                claim.patientLastName = s.element(3);
                claim.patientFirstName = s.element(4);
                claim.memberId = s.element(9);
            } else if (s.is("TRN") && s.element(1) == "2") {
                claim.patientControlNumber = s.element(2);
            } else if (s.is("STC")) {
                for (int k : {1, 10, 11})
                    if (!s.element(k).isEmpty())
                        claim.statuses.append(statusFrom(s, k));
                if (!claim.statusDate.isValid())
                    claim.statusDate = parseDate(s.element(2));
                if (claim.actionCode.isEmpty())
                    claim.actionCode = s.element(3);
                if (!claim.hasCharge && !s.element(4).isEmpty()) {
                    const auto cents = parseCents(s.element(4));
                    if (!cents)
                        return Reader::segmentError(s.number, s.id(),
                                                    tr("the claim charge “%1” is not an amount.")
                                                            .arg(latin(s.element(4))));
                    claim.chargeCents = *cents;
                    claim.hasCharge = true;
                }
            } else if (s.is("REF") && s.element(1) == "1K") {
                claim.payerClaimNumber = s.element(2);
            } else if (s.is("REF") && s.element(1) == "D9") {
                claim.clearinghouseTrace = s.element(2);
            } else if (s.is("DTP") && s.element(1) == "472") {
                const QByteArray value = s.element(3);
                claim.serviceFrom = parseDate(value.left(8));
                claim.serviceTo = s.element(2) == "RD8" ? parseDate(value.mid(9, 8)) : claim.serviceFrom;
            }
        } else if (level == "20" && s.is("DTP")) {
            if (s.element(1) == "050")
                ack.receiptDate = parseDate(s.element(3));
            else if (s.element(1) == "009")
                ack.processDate = parseDate(s.element(3));
        } else if (level == "21" && s.is("QTY")) {
            if (s.element(1) == "90")
                ack.acceptedCount = toInt(s.element(2));
            else if (s.element(1) == "AA")
                ack.rejectedCount = toInt(s.element(2));
        } else if (level == "21" && s.is("AMT")) {
            const auto cents = parseCents(s.element(2));
            if (!cents)
                return Reader::segmentError(s.number, s.id(),
                                            tr("“%1” is not an amount.").arg(latin(s.element(2))));
            if (s.element(1) == "YU")
                ack.acceptedCents = *cents;
            else if (s.element(1) == "YY")
                ack.rejectedCents = *cents;
        }
    }
    for (ClaimAck &claim : ack.claims) {
        claim.outcome = outcomeOf(claim.statuses);
    }
    return ack;
}

} // namespace cc::x12

// SPDX-License-Identifier: GPL-3.0-or-later
// The writer of the claims JSON: the field order of DESIGN.md §7, one member per line except
// addresses and service lines, which stay on one line each.
#include "claimsjson.h"

#include "domain/money.h"

#include <QStringView>

#include <initializer_list>
#include <utility>

namespace cc::claimsjson {

namespace {

/// A JSON string literal in UTF-8. Runs of plain characters are encoded as a whole so that
/// surrogate pairs stay together.
QByteArray text(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        out += QStringView(s).mid(runStart, end - runStart).toUtf8();
        runStart = end + 1;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        flush(i);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u";
            out += QByteArray::number(uint(u), 16).rightJustified(4, '0');
        }
    }
    flush(s.size());
    out += '"';
    return out;
}

QByteArray optionalText(const QString &s)
{
    return s.isEmpty() ? QByteArrayLiteral("null") : text(s);
}

QByteArray date(const QDate &d)
{
    return d.isValid() ? text(d.toString(Qt::ISODate)) : QByteArrayLiteral("null");
}

QByteArray indent(int depth)
{
    return QByteArray(depth * 2, ' ');
}

using Members = std::initializer_list<std::pair<const char *, QByteArray>>;

/// { "a": 1, "b": 2 } on one line.
QByteArray inlineObject(Members members)
{
    QByteArray out = "{";
    bool first = true;
    for (const auto &[key, value] : members) {
        out += first ? "" : ", ";
        first = false;
        out += '"';
        out += key;
        out += "\": ";
        out += value;
    }
    out += '}';
    return out;
}

/// One member per line, at @p depth (the depth of the opening brace's line).
QByteArray blockObject(Members members, int depth)
{
    QByteArray out = "{\n";
    bool first = true;
    for (const auto &[key, value] : members) {
        out += first ? "" : ",\n";
        first = false;
        out += indent(depth + 1);
        out += '"';
        out += key;
        out += "\": ";
        out += value;
    }
    out += '\n';
    out += indent(depth);
    out += '}';
    return out;
}

QByteArray blockArray(const QList<QByteArray> &items, int depth)
{
    if (items.isEmpty())
        return QByteArrayLiteral("[]");
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += indent(depth + 1);
        out += items.at(i);
        out += i + 1 < items.size() ? ",\n" : "\n";
    }
    out += indent(depth);
    out += ']';
    return out;
}

QByteArray inlineArray(const QList<QByteArray> &items)
{
    return '[' + items.join(", ") + ']';
}

QByteArray address(const Address &a)
{
    return inlineObject({{"line1", text(a.line1)},
                         {"line2", optionalText(a.line2)},
                         {"city", text(a.city)},
                         {"state", text(a.state)},
                         {"zip", text(a.zip)}});
}

QByteArray line(const ClaimLine &l)
{
    QList<QByteArray> modifiers;
    for (const QString &m : l.modifiers)
        modifiers.append(text(m));
    QList<QByteArray> pointers;
    for (int p : l.pointers)
        pointers.append(QByteArray::number(p));
    return inlineObject({{"code", text(l.code)},
                         {"modifiers", inlineArray(modifiers)},
                         {"units", QByteArray::number(l.units)},
                         {"charge", text(Money::fromCents(l.chargeCents).toDecimalString())},
                         {"pointers", inlineArray(pointers)},
                         {"serviceDate", date(l.serviceDate)}});
}

QByteArray claim(const ClaimDocument &c, int depth)
{
    const int d = depth + 1;
    const BillingProvider &b = c.billingProvider;
    const RenderingProvider &r = c.renderingProvider;
    const Subscriber &s = c.subscriber;

    QByteArray patient = QByteArrayLiteral("null");
    if (c.patient) {
        patient = blockObject({{"lastName", text(c.patient->lastName)},
                               {"firstName", text(c.patient->firstName)},
                               {"birthDate", date(c.patient->birthDate)},
                               {"sex", text(c.patient->sex)},
                               {"address", address(c.patient->address)}},
                              d);
    }
    QList<QByteArray> diagnoses;
    for (const QString &dx : c.diagnoses)
        diagnoses.append(text(dottedDiagnosis(dx)));
    QList<QByteArray> lines;
    for (const ClaimLine &l : c.lines)
        lines.append(line(l));

    return blockObject(
            {{"id", text(c.id)},
             {"billingProvider",
              blockObject({{"name", text(b.name)},
                           {"npi", text(b.npi)},
                           {"taxId", text(b.taxId)},
                           {"taxonomy", text(b.taxonomy)},
                           {"address", address(b.address)}},
                          d)},
             {"renderingProvider",
              blockObject({{"lastName", text(r.lastName)},
                           {"firstName", text(r.firstName)},
                           {"npi", text(r.npi)},
                           {"taxonomy", text(r.taxonomy)}},
                          d)},
             {"payer",
              blockObject({{"name", text(c.payer.name)},
                           {"id", text(c.payer.id)},
                           {"filingIndicator", text(c.payer.filingIndicator)},
                           {"timelyFilingDays", QByteArray::number(c.payer.timelyFilingDays)}},
                          d)},
             {"subscriber",
              blockObject({{"memberId", text(s.memberId)},
                           {"lastName", text(s.lastName)},
                           {"firstName", text(s.firstName)},
                           {"birthDate", date(s.birthDate)},
                           {"sex", text(s.sex)},
                           {"address", address(s.address)},
                           {"relationship", text(s.relationship)}},
                          d)},
             {"patient", patient},
             {"placeOfService", text(c.placeOfService)},
             {"frequency", text(c.frequency)},
             {"originalClaimNumber", optionalText(c.originalClaimNumber)},
             {"priorAuthorization", optionalText(c.priorAuthorization)},
             {"diagnoses", inlineArray(diagnoses)},
             {"lines", blockArray(lines, d)}},
            depth);
}

} // namespace

QString dottedDiagnosis(const QString &code)
{
    return code.size() > 3 ? code.left(3) + QLatin1Char('.') + code.mid(3) : code;
}

QByteArray write(const ClaimBatch &batch)
{
    QList<QByteArray> claims;
    for (const ClaimDocument &c : batch.claims)
        claims.append(claim(c, 2));
    const Submitter &s = batch.submitter;
    QByteArray out = blockObject(
            {{"submitter",
              blockObject({{"name", text(s.name)},
                           {"etin", text(s.etin)},
                           {"contactName", optionalText(s.contactName)},
                           {"phone", text(s.phone)}},
                          1)},
             {"receiver",
              blockObject({{"name", text(batch.receiver.name)},
                           {"etin", text(batch.receiver.etin)}},
                          1)},
             {"claims", blockArray(claims, 1)}},
            0);
    out += '\n';
    return out;
}

} // namespace cc::claimsjson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "remitcommands.h"
#include "domain/money.h"
#include "x12/remit835.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cc::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::cli)
};

QString read835Usage()
{
    return Tr::tr("Usage: cleanclaim read-835 FILE [--json]\n"
                  "Reads and checks an 835 remittance without a practice database.\n");
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDecimalString();
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// A JSON string literal (quotes and escapes), for the parts written by hand.
QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonArray adjustments(const QList<x12::RemitAdjustment> &list)
{
    QJsonArray a;
    for (const x12::RemitAdjustment &adj : list)
        a.append(QJsonObject{{QStringLiteral("group"), text(adj.group)},
                             {QStringLiteral("reason"), text(adj.reason)},
                             {QStringLiteral("amount"), money(adj.amountCents)}});
    return a;
}

QJsonArray strings(const QList<QByteArray> &list)
{
    QJsonArray a;
    for (const QByteArray &s : list)
        a.append(text(s));
    return a;
}

QJsonObject claimJson(const x12::RemitClaim &c)
{
    QJsonArray lines;
    for (const x12::RemitServiceLine &l : c.lines) {
        lines.append(QJsonObject{
                {QStringLiteral("code"), text(l.code)},
                {QStringLiteral("modifiers"), strings(l.modifiers)},
                {QStringLiteral("charge"), money(l.chargeCents)},
                {QStringLiteral("paid"), money(l.paidCents)},
                {QStringLiteral("units"), l.unitsPaid.isEmpty() ? QStringLiteral("1") : text(l.unitsPaid)},
                {QStringLiteral("serviceDate"), isoDate(l.serviceDate)},
                {QStringLiteral("lineControlNumber"), text(l.lineControlNumber)},
                {QStringLiteral("allowed"),
                 l.allowedCents ? QJsonValue(money(*l.allowedCents)) : QJsonValue()},
                {QStringLiteral("adjustments"), adjustments(l.adjustments)},
                {QStringLiteral("remarks"), strings(l.remarks)}});
    }
    return QJsonObject{{QStringLiteral("id"), text(c.id)},
                       {QStringLiteral("status"), text(c.status)},
                       {QStringLiteral("charge"), money(c.chargeCents)},
                       {QStringLiteral("paid"), money(c.paidCents)},
                       {QStringLiteral("patientResponsibility"), money(c.patientResponsibilityCents)},
                       {QStringLiteral("payerClaimNumber"), text(c.payerClaimNumber)},
                       {QStringLiteral("adjustments"), adjustments(c.adjustments)},
                       {QStringLiteral("lines"), lines}};
}

/// Totals and errors, common to both outputs; keeps no claim.
class Summary : public x12::Remit835Reader::Handler
{
public:
    void claim(const x12::RemitClaim &c) override
    {
        ++claims;
        ++txClaims;
        charge += c.chargeCents;
        paid += c.paidCents;
        txCharge += c.chargeCents;
        txPaid += c.paidCents;
    }
    void transactionStarted(const x12::RemitTransaction &) override
    {
        ++transactions;
        txClaims = 0;
        txCharge = txPaid = 0;
    }
    void error(const x12::RemitError &e) override { errors.append(e); }

    int transactions = 0;
    int claims = 0;
    qint64 charge = 0;
    qint64 paid = 0;
    int txClaims = 0;
    qint64 txCharge = 0;
    qint64 txPaid = 0;
    QList<x12::RemitError> errors;
};

/// The plain summary: one paragraph per transaction.
class PlainPrinter : public Summary
{
public:
    explicit PlainPrinter(QTextStream &out) : m_out(out) { }

    void transactionFinished(const x12::RemitTransaction &t) override
    {
        qint64 plb = 0;
        for (const x12::ProviderAdjustment &p : t.providerAdjustments)
            plb += p.amountCents;
        m_out << Tr::tr("Transaction %1 (segment %2): payer %3 (%4), trace %5, payment %6 %7 on "
                        "%8")
                         .arg(text(t.controlNumber))
                         .arg(t.segment)
                         .arg(text(t.payerName), text(t.payerIdentifier), text(t.traceNumber),
                              money(t.paymentCents), text(t.paymentMethod),
                              t.paymentDate.isValid() ? isoDate(t.paymentDate)
                                                      : Tr::tr("no date"))
              << '\n';
        m_out << "  "
              << Tr::tr("%n claim(s): charge %1, paid %2; provider adjustments %3", nullptr,
                        txClaims)
                         .arg(money(txCharge), money(txPaid), money(plb))
              << '\n';
    }

private:
    QTextStream &m_out;
};

/// The --json output, written claim by claim so the memory stays flat on large files.
class JsonPrinter : public Summary
{
public:
    explicit JsonPrinter(QTextStream &out) : m_out(out) { }

    void begin() { m_out << "{\"transactions\":["; }
    void transactionStarted(const x12::RemitTransaction &t) override
    {
        Summary::transactionStarted(t);
        m_out << (transactions > 1 ? "," : "") << "{\"payer\":" << jsonString(text(t.payerName))
              << ",\"trace\":" << jsonString(text(t.traceNumber))
              << ",\"paymentTotal\":" << jsonString(money(t.paymentCents)) << ",\"claims\":[";
    }
    void claim(const x12::RemitClaim &c) override
    {
        Summary::claim(c);
        if (txClaims > 1)
            m_out << ',';
        m_out << QString::fromUtf8(QJsonDocument(claimJson(c)).toJson(QJsonDocument::Compact));
    }
    void transactionFinished(const x12::RemitTransaction &t) override
    {
        QJsonArray plb;
        for (const x12::ProviderAdjustment &p : t.providerAdjustments)
            plb.append(QJsonObject{{QStringLiteral("provider"), text(p.providerId)},
                                   {QStringLiteral("reason"), text(p.reason)},
                                   {QStringLiteral("reference"), text(p.reference)},
                                   {QStringLiteral("amount"), money(p.amountCents)}});
        m_out << "],\"providerAdjustments\":"
              << QString::fromUtf8(QJsonDocument(plb).toJson(QJsonDocument::Compact)) << '}';
    }
    void end()
    {
        QJsonArray list;
        for (const x12::RemitError &e : errors)
            list.append(QJsonObject{{QStringLiteral("segment"), e.segment},
                                    {QStringLiteral("message"), e.message}});
        const QJsonObject totals{{QStringLiteral("claims"), claims},
                                 {QStringLiteral("charge"), money(charge)},
                                 {QStringLiteral("paid"), money(paid)}};
        m_out << "],\"totals\":"
              << QString::fromUtf8(QJsonDocument(totals).toJson(QJsonDocument::Compact))
              << ",\"errors\":"
              << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) << "}\n";
    }

private:
    QTextStream &m_out;
};

} // namespace

bool commandNeedsDatabase(const QString &command)
{
    // read-835 checks a file on its own, and help only prints.
    return command != QLatin1String("read-835") && command != QLatin1String("help");
}

int read835(const GlobalOptions &global, const QStringList &args, QTextStream &out,
            QTextStream &err)
{
    Q_UNUSED(global) // no database
    const Args a = parseArgs(args, {}, {QStringLiteral("json")});
    if (!a.error.isEmpty() || a.positional.size() != 1) {
        err << (a.error.isEmpty() ? Tr::tr("read-835 reads one file.") : a.error) << '\n'
            << read835Usage();
        return 2;
    }
    const QString path = a.positional.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Tr::tr("%1 cannot be read: %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString())
            << '\n';
        return 2;
    }
    // Mapped, not copied: the reader walks the pages once and keeps one claim at a time.
    QByteArray copy;
    QByteArrayView data;
    if (file.size() > 0) {
        if (uchar *mapped = file.map(0, file.size()))
            data = QByteArrayView(reinterpret_cast<const char *>(mapped), file.size());
        else {
            copy = file.readAll(); // not mappable (a pipe, some file systems)
            data = copy;
        }
    }

    const bool json = a.options.contains(QStringLiteral("json"));
    QList<x12::RemitError> errors;
    if (json) {
        JsonPrinter printer(out);
        printer.begin();
        x12::Remit835Reader::read(data, printer);
        printer.end();
        errors = printer.errors;
    } else {
        PlainPrinter printer(out);
        const int segments = x12::Remit835Reader::read(data, printer);
        out << Tr::tr("%1: %2 segments, %n transaction(s).", nullptr, printer.transactions)
                        .arg(QFileInfo(path).fileName())
                        .arg(segments)
            << '\n';
        out << Tr::tr("Total: %n claim(s), charge %1, paid %2.", nullptr, printer.claims)
                        .arg(money(printer.charge), money(printer.paid))
            << '\n';
        errors = printer.errors;
        if (errors.isEmpty())
            out << Tr::tr("No errors.") << '\n';
        else
            out << Tr::tr("%n error(s), listed below.", nullptr, int(errors.size())) << '\n';
        out.flush();
        for (const x12::RemitError &e : errors) {
            const QString where = e.segmentId.isEmpty()
                    ? Tr::tr("segment %1").arg(e.segment)
                    : Tr::tr("segment %1 (%2)").arg(e.segment).arg(text(e.segmentId));
            err << where << ": " << e.message << '\n';
        }
    }
    return errors.isEmpty() ? 0 : 1;
}

} // namespace cc::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "postingcommands.h"
#include "domain/money.h"
#include "services/postingservice.h"
#include "services/workstation.h"

#include <QCoreApplication>
#include <QDateTime>
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

QString import835Usage()
{
    return Tr::tr("Usage: cleanclaim [--db PATH] [--user NAME] import-835 FILE [--json]\n"
                  "Posts an ERA (835) whole, or refuses it whole.\n");
}

QJsonObject unmatchedJson(const UnmatchedEraClaim &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("patientControlNumber"), u.patientControlNumber},
                       {QStringLiteral("patientName"), u.patientName},
                       {QStringLiteral("payer"), u.payerName},
                       {QStringLiteral("trace"), u.traceNumber},
                       {QStringLiteral("charge"), Money::fromCents(u.chargeCents).toDecimalString()},
                       {QStringLiteral("paid"), Money::fromCents(u.paidCents).toDecimalString()}};
}

} // namespace

int import835(const GlobalOptions &global, const QStringList &args, QTextStream &out,
              QTextStream &err)
{
    const Args a = parseArgs(args, {}, {QStringLiteral("json")});
    if (!a.error.isEmpty() || a.positional.size() != 1) {
        err << (a.error.isEmpty() ? Tr::tr("import-835 reads one file.") : a.error) << '\n'
            << import835Usage();
        return 2;
    }
    const QString path = a.positional.constFirst();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Tr::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString())
            << '\n';
        return 1;
    }
    const QByteArray data = file.readAll();
    OpenedPractice practice = openPractice(global, err);
    if (practice.exitCode != 0)
        return practice.exitCode;
    PostingService &payments = practice.workstation->payments();
    auto result = payments.postEra(practice.session, data, name, QDateTime::currentDateTime());
    if (!result) {
        const Error &e = result.error();
        if (e.kind == Error::Kind::Invalid || e.kind == Error::Kind::Conflict) {
            // The sentence already lists every problem ("Segment 14 (CLP): …").
            err << e.userMessage << '\n';
            return 1;
        }
        return fail(err, e);
    }
    QList<UnmatchedEraClaim> unmatched;
    if (result->unmatched > 0) {
        auto list = payments.unmatched();
        if (!list)
            return fail(err, list.error());
        for (const UnmatchedEraClaim &u : list.value()) {
            if (result->remittanceIds.contains(u.remittanceId))
                unmatched.append(u);
        }
    }
    if (a.options.contains(QStringLiteral("json"))) {
        QJsonArray ids;
        for (qint64 id : result->remittanceIds)
            ids.append(id);
        QJsonArray list;
        for (const UnmatchedEraClaim &u : unmatched)
            list.append(unmatchedJson(u));
        const QJsonObject o{
                {QStringLiteral("file"), name},
                {QStringLiteral("remittances"), ids},
                {QStringLiteral("claimsPosted"), result->claimsPosted},
                {QStringLiteral("paid"), Money::fromCents(result->paidCents).toDecimalString()},
                {QStringLiteral("denials"), result->denials},
                {QStringLiteral("reversals"), result->reversals},
                {QStringLiteral("secondaryClaims"), result->secondaryClaims},
                {QStringLiteral("unmatched"), list},
                {QStringLiteral("summary"), result->summary}};
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << name << ": " << result->summary << '\n';
    for (const UnmatchedEraClaim &u : unmatched)
        out << Tr::tr("Not matched: %1 (%2), %3 charged, %4 paid, %5 %6.")
                        .arg(u.patientControlNumber, u.patientName,
                             Money::fromCents(u.chargeCents).toDisplayString(),
                             Money::fromCents(u.paidCents).toDisplayString(), u.payerName,
                             u.traceNumber)
            << '\n';
    return 0;
}

} // namespace cc::cli

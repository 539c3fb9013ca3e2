// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementservice.h"
#include "auditservice.h"
#include "domain/money.h"
#include "storage/ledgerrepository.h"
#include "storage/practicerepository.h"
#include "storage/receivablesrepository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace cc {

namespace {

using VisitClaim = ReceivablesRepository::VisitClaim;

bool isSelfPay(const VisitClaim &c)
{
    return c.payerId == 0 || c.payerKind == QLatin1String("self_pay");
}

/// The payer has not answered a claim that still stands: the visit waits for insurance.
bool isPending(const VisitClaim &c)
{
    static const QSet<QString> waiting = {
        QStringLiteral("draft"),
        QStringLiteral("scrubbed"),
        QStringLiteral("submitted"),
        QStringLiteral("accepted"),
        QStringLiteral("rejected"),
    };
    return !isSelfPay(c) && !c.superseded && c.frequency != QLatin1String("8") && !c.answered
        && waiting.contains(c.state);
}

QString zipText(const QString &zip)
{
    return zip.size() == 9 ? zip.left(5) + QLatin1Char('-') + zip.mid(5) : zip;
}

QString phoneText(const QString &phone)
{
    QString d;
    for (QChar c : phone) {
        if (c.isDigit())
            d.append(c);
    }
    if (d.size() != 10)
        return phone;
    return QStringLiteral("(%1) %2-%3").arg(d.left(3), d.mid(3, 3), d.mid(6));
}

QStringList addressLines(
    const QString &line1, const QString &city, const QString &state, const QString &zip)
{
    QStringList out;
    if (!line1.isEmpty())
        out.append(line1);
    QString last = city;
    if (!state.isEmpty())
        last += (last.isEmpty() ? QString() : QStringLiteral(", ")) + state;
    if (!zip.isEmpty())
        last += QLatin1Char(' ') + zipText(zip);
    if (!last.trimmed().isEmpty())
        out.append(last.trimmed());
    return out;
}

/// The statement date and time stamped on rows written for @p today.
QDateTime stampFor(const QDate &today)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (today == now.date())
        return now;
    return QDateTime(today, QTime(12, 0), Qt::UTC);
}

} // namespace

StatementService::StatementService(Database &db, AuditService &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{ }

StatementService::~StatementService() = default;

Result<QList<PatientBalance>> StatementService::compute(
    const QList<qint64> &patientIds, const QDate &today)
{
    ReceivablesRepository repo(m_db);
    auto claims = repo.visitClaims(patientIds);
    if (!claims)
        return claims.error();

    // Visits in order (patient, DOS), each with its claims.
    std::map<qint64, QList<VisitClaim>> byPatient; // patient → claims, in the query's order
    for (const VisitClaim &c : claims.value())
        byPatient[c.patientId].append(c);

    QList<qint64> ids;
    for (const auto &[patientId, list] : byPatient) {
        Q_UNUSED(list);
        ids.append(patientId);
    }
    if (ids.isEmpty())
        return QList<PatientBalance>();
    // Every patient's rows when no patient was named: a list of ids could pass SQLite's limit
    // of bound values on a large practice.
    const QList<qint64> only = patientIds.isEmpty() ? QList<qint64>() : ids;
    auto patients = repo.patients(only);
    if (!patients)
        return patients.error();
    auto movements = repo.patientMovements(only);
    if (!movements)
        return movements.error();
    auto statementDates = repo.statementDates(only);
    if (!statementDates)
        return statementDates.error();

    QList<PatientBalance> out;
    for (const auto &[patientId, list] : byPatient) {
        PatientBalance pb;
        pb.patientId = patientId;
        const PatientRecord p = patients->value(patientId);
        pb.name = tr("%1, %2").arg(p.lastName, p.firstName);
        pb.mrn = p.mrn;
        pb.address = addressLines(p.addressLine1, p.city, p.state, p.zip);

        QList<StatementVisit> visits;
        QHash<qint64, int> visitRow; // encounter → index in visits
        for (const VisitClaim &c : list) {
            int row = visitRow.value(c.encounterId, -1);
            if (row < 0) {
                StatementVisit v;
                v.encounterId = c.encounterId;
                v.dateOfService = c.dateOfService;
                v.provider = c.providerName;
                visits.append(v);
                row = int(visits.size() - 1);
                visitRow.insert(c.encounterId, row);
            }
            StatementVisit &v = visits[row];
            v.claimNumbers.append(c.controlNumber);
            const bool toBill = isSelfPay(c) && c.state == QLatin1String("scrubbed") && !c.charged;
            if (toBill) {
                // Billed to the patient by the next run: its charge is owed already.
                v.selfPayToBill = true;
                v.chargeCents += c.totalChargeCents;
                v.owedCents += c.totalChargeCents;
            } else {
                v.chargeCents += c.balance.chargeCents;
                v.insurancePaidCents += c.balance.paidCents;
                v.adjustmentCents += c.balance.adjustedCents + c.balance.writtenOffCents;
                v.patientPaidCents += c.balance.patientPaidCents;
                v.owedCents += c.balance.patientBalanceCents;
            }
            if ((c.charged || toBill) && !c.superseded) {
                for (const QString &code : c.codes) {
                    if (!v.codes.contains(code))
                        v.codes.append(code);
                }
            }
            if (isPending(c) && !v.pending) {
                v.pending = true;
                v.payerName = c.payerName;
                const QString state = c.state;
                if (c.primaryClaimId > 0
                    && (state == QLatin1String("draft") || state == QLatin1String("scrubbed"))) {
                    v.pendingReason = tr("Secondary claim %1 to %2 has not been sent yet.")
                                          .arg(c.controlNumber, c.payerName);
                } else if (state == QLatin1String("draft") || state == QLatin1String("scrubbed")) {
                    v.pendingReason = tr("Claim %1 to %2 has not been sent yet.")
                                          .arg(c.controlNumber, c.payerName);
                } else if (state == QLatin1String("rejected")) {
                    v.pendingReason = tr("Claim %1 was rejected; it must be corrected and sent "
                                         "to %2 again.")
                                          .arg(c.controlNumber, c.payerName);
                } else {
                    v.pendingReason
                        = tr("Claim %1 is waiting for %2's answer (sent %3).")
                              .arg(c.controlNumber, c.payerName,
                                  c.lastSentDate.isValid() ? c.lastSentDate.toString(Qt::ISODate)
                                                           : tr("date unknown"));
                }
            }
        }

        QStringList reasons;
        for (const StatementVisit &v : std::as_const(visits)) {
            if (v.pending) {
                pb.pendingCents += v.owedCents;
                reasons.append(
                    tr("%1: %2").arg(v.dateOfService.toString(Qt::ISODate), v.pendingReason));
            } else if (v.owedCents != 0) {
                pb.balanceCents += v.owedCents;
                pb.aging.add(v.dateOfService, today, v.owedCents);
            }
        }
        if (pb.balanceCents <= 0 && pb.pendingCents <= 0)
            continue; // nothing owed: not on the list
        for (const StatementVisit &v : std::as_const(visits)) {
            if (v.pending || v.owedCents != 0)
                pb.visits.append(v);
        }
        pb.insurancePending = !reasons.isEmpty();
        pb.pendingReason = reasons.join(QLatin1Char('\n'));

        // Dunning: statements dated after the balance last fell to zero and after the last
        // patient payment.
        QDate reset;
        qint64 running = 0;
        for (const ReceivablesRepository::PatientMovement &m : movements->value(patientId)) {
            running += m.deltaCents;
            if (running <= 0 || m.patientPayment)
                reset = std::max(reset, m.date);
        }
        const QList<QDate> dates = statementDates->value(patientId);
        if (!dates.isEmpty())
            pb.lastStatementDate = dates.constLast();
        for (const QDate &d : dates) {
            if (!reset.isValid() || d > reset)
                ++pb.statementsSinceReset;
        }
        pb.dunningLevel = pb.statementsSinceReset + 1;
        out.append(pb);
    }
    std::sort(out.begin(), out.end(), [](const PatientBalance &a, const PatientBalance &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.patientId < b.patientId;
    });
    return out;
}

Result<QList<PatientBalance>> StatementService::balances(const QDate &today)
{
    return compute({}, today);
}

Result<QList<statementpdf::Document>> StatementService::documents(
    const QList<PatientBalance> &patients, const QDate &today)
{
    auto practice = PracticeRepository(m_db).practice();
    if (!practice)
        return practice.error();
    const PracticeRecord pr = practice.value().value_or(PracticeRecord {});
    QList<statementpdf::Document> out;
    for (const PatientBalance &pb : patients) {
        if (!pb.isEligible())
            continue;
        statementpdf::Document d;
        d.practiceName = pr.name;
        d.practiceAddress = addressLines(pr.addressLine1, pr.city, pr.state, pr.zip);
        d.practicePhone = phoneText(pr.phone);
        d.statementDate = today;
        const qsizetype comma = pb.name.indexOf(QStringLiteral(", "));
        d.patientName
            = comma < 0 ? pb.name : tr("%1 %2").arg(pb.name.mid(comma + 2), pb.name.left(comma));
        d.patientAddress = pb.address;
        d.account = pb.mrn;
        for (const StatementVisit &v : pb.visits) {
            if (v.pending) {
                d.leftOff.append(
                    tr("Not on this statement: your visit of %1 is still with %2.")
                        .arg(v.dateOfService.toString(QStringLiteral("MM/dd/yyyy")),
                            v.payerName.isEmpty() ? tr("your insurance") : v.payerName));
                continue;
            }
            statementpdf::Visit line;
            line.dateOfService = v.dateOfService;
            line.provider = v.provider;
            line.codes = v.codes;
            line.chargeCents = v.chargeCents;
            line.insurancePaidCents = v.insurancePaidCents;
            line.adjustmentCents = v.adjustmentCents;
            line.patientPaidCents = v.patientPaidCents;
            line.owedCents = v.owedCents;
            d.visits.append(line);
        }
        d.totalDueCents = pb.balanceCents;
        d.agingCents = pb.aging.cents;
        d.dunningLevel = pb.dunningLevel;
        out.append(d);
    }
    return out;
}

Result<QList<statementpdf::Document>> StatementService::preview(
    const QList<qint64> &patientIds, const QDate &today)
{
    auto patients = compute(patientIds, today);
    if (!patients)
        return patients.error();
    return documents(patients.value(), today);
}

Result<StatementRunResult> StatementService::run(
    const Session &who, const QList<qint64> &patientIds, const QDate &today, const QString &pdfPath)
{
    if (auto r = who.require(Permission::PostPayments); !r)
        return r.error();
    if (pdfPath.trimmed().isEmpty())
        return Error::invalid(tr("Choose a file to save the statements to."));
    if (!today.isValid())
        return Error::invalid(tr("The statement date is missing."));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    ReceivablesRepository repo(m_db);
    LedgerRepository ledger(m_db);
    const QDateTime at = stampFor(today);

    // 1. Self-pay visits ready to bill become the patient's balance.
    auto lines = repo.unbilledSelfPayLines(patientIds);
    if (!lines)
        return lines.error();
    QList<qint64> billed;
    for (const ReceivablesRepository::SelfPayLine &l : lines.value()) {
        LedgerEntry e;
        e.claimId = l.claimId;
        e.claimLineId = l.claimLineId;
        e.patientId = l.patientId;
        e.amountCents = l.chargeCents;
        e.userId = who.userId;
        e.memo = QStringLiteral("Self-pay visit");
        e.kind = QLatin1String(ledgerkind::kCharge);
        if (auto r = ledger.append(e, at); !r)
            return r.error();
        e.kind = QLatin1String(ledgerkind::kTransfer);
        e.groupCode = QStringLiteral("PR");
        if (auto r = ledger.append(e, at); !r)
            return r.error();
        if (!billed.contains(l.claimId))
            billed.append(l.claimId);
    }
    for (qint64 claimId : std::as_const(billed)) {
        if (auto r = repo.setClaimState(claimId, QStringLiteral("adjudicated"), at); !r)
            return r.error();
    }

    // 2. Who gets a statement.
    auto patients = compute(patientIds, today);
    if (!patients)
        return patients.error();
    StatementRunResult result;
    result.selfPayClaimsBilled = int(billed.size());
    result.path = pdfPath;
    QSet<qint64> listed;
    for (const PatientBalance &pb : patients.value()) {
        listed.insert(pb.patientId);
        if (pb.isEligible()) {
            result.statements.append(pb);
        } else {
            result.skipped.append(tr("%1: insurance is still pending on every visit with a "
                                     "balance.")
                                      .arg(pb.name));
        }
    }
    for (qint64 id : patientIds) {
        if (!listed.contains(id))
            result.skipped.append(tr("Patient %1 owes nothing.").arg(id));
    }
    if (result.statements.isEmpty()) {
        return Error::invalid(tr("No patient has a balance to bill: there is no statement to "
                                 "print."),
            result.skipped.join(QLatin1Char('\n')));
    }

    // 3. The run and its statements.
    auto runId = repo.insertRun(today, QDateTime::currentDateTimeUtc(), who.userId);
    if (!runId)
        return runId.error();
    result.runId = runId.value();
    for (const PatientBalance &pb : std::as_const(result.statements)) {
        if (auto r = repo.insertStatement(
                result.runId, pb.patientId, today, pb.balanceCents, pb.dunningLevel);
            !r)
            return r.error();
        result.totalDueCents += pb.balanceCents;
    }
    result.statementCount = int(result.statements.size());
    if (auto r = repo.setRunTotals(result.runId, result.statementCount, result.totalDueCents); !r)
        return r.error();

    // 4. The PDF, then the audit row; the file is kept only when the run commits.
    auto docs = documents(result.statements, today);
    if (!docs)
        return docs.error();
    for (const statementpdf::Document &d : docs.value())
        result.pageCount += statementpdf::pageCount(d);
    auto pdf = statementpdf::writePdf(docs.value());
    if (!pdf)
        return pdf.error();
    const QString detail = QStringLiteral("%1 statements, %2 due, %3 self-pay claims billed, "
                                          "%4 pages")
                               .arg(result.statementCount)
                               .arg(Money::fromCents(result.totalDueCents).toDecimalString())
                               .arg(result.selfPayClaimsBilled)
                               .arg(result.pageCount);
    if (auto r = m_audit.record(who, QStringLiteral("statements.run"),
            QStringLiteral("statement_run"), result.runId, detail);
        !r)
        return r.error();
    if (auto r = statementpdf::saveFile(pdf.value(), pdfPath); !r)
        return r.error();
    if (auto r = tx.commit(); !r) {
        QFile::remove(pdfPath);
        return r.error();
    }
    emit statementsChanged();
    return result;
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/session.h"
#include "print/statementpdf.h"
#include "services/arservice.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cc {

class AuditService;
class Database;

/// One visit (encounter) of a patient as a statement sees it.
struct StatementVisit
{
    qint64 encounterId = 0;
    QDate dateOfService;
    QString provider;
    QStringList codes; ///< service codes only, never descriptions
    QStringList claimNumbers;
    qint64 chargeCents = 0;
    qint64 insurancePaidCents = 0;
    qint64 adjustmentCents = 0; ///< contractual adjustments and write-offs
    qint64 patientPaidCents = 0;
    qint64 owedCents = 0; ///< Σ claim_balances.patient_balance_cents of its claims
    bool pending = false; ///< insurance has not answered: left off statements
    QString pendingReason; ///< for the biller (translated)
    QString payerName; ///< the payer still pending, for the patient's sentence
    bool selfPayToBill = false; ///< a ready self-pay claim the next run bills
};

/// One patient with a patient balance.
struct PatientBalance
{
    qint64 patientId = 0;
    QString name; ///< "Last, First"
    QString mrn;
    QStringList address; ///< lines
    qint64 balanceCents = 0; ///< what a statement would bill (visits not pending)
    qint64 pendingCents = 0; ///< patient balance on visits still with insurance
    AgingBuckets aging; ///< of balanceCents, by DOS
    QList<StatementVisit> visits; ///< visits with a balance, and visits pending
    bool insurancePending = false;
    QString pendingReason; ///< every pending visit's reason, one per line
    QDate lastStatementDate; ///< invalid: never had one
    int statementsSinceReset = 0; ///< statements since the balance was last zero or paid
    int dunningLevel = 1; ///< of the next statement: statementsSinceReset + 1
    bool isEligible() const { return balanceCents > 0; }
};

/// What one statement run did.
struct StatementRunResult
{
    qint64 runId = 0;
    int statementCount = 0;
    qint64 totalDueCents = 0;
    int pageCount = 0;
    int selfPayClaimsBilled = 0;
    QList<PatientBalance> statements;
    QStringList skipped; ///< asked-for patients with nothing to bill, and why
    QString path;
};

/**
 * Patient statements (issue 6 §5): the patient-responsibility balance per patient with aging,
 * the statement run with its PDF batch, and the dunning count.
 *
 * Definitions:
 *  - A visit's **patient balance** is Σ claim_balances.patient_balance_cents of all its claims.
 *  - A visit's **insurance is pending** when one of its claims that is not self-pay, not a
 *    void and not superseded (a replacement or void of it has been sent) is draft, scrubbed,
 *    submitted, accepted or rejected and the payer has not answered it (no ledger row but its
 *    charge, no matched ERA claim). That covers a claim still waiting for its payer and a
 *    secondary claim (primary_claim_id set) not yet sent or answered. A pending visit is left
 *    off the statement, and the statement says so.
 *  - A patient's **balance** (what a statement bills) is the sum over visits not pending; a
 *    patient with nothing above zero gets no statement. Aging is by DOS as of `today`.
 *  - **Self-pay visits**: a ready (scrubbed) claim whose payer kind is 'self_pay' (or with no
 *    payer) is billed to the patient by the run, before the statements are chosen: a `charge`
 *    row and a `transfer` row (group PR, memo "Self-pay visit") per line, and the claim moves
 *    to 'adjudicated', in the run's transaction. Balances and previews count such a claim's
 *    charge as owed already; billing it again never happens (its charge is then on the ledger).
 *  - **Dunning count**: the statements the patient has had dated after the day their patient
 *    balance last fell to zero and after their last patient payment, + 1 for this one
 *    (statements.dunning_level). From the 3rd the PDF asks the patient to call.
 *
 * Runs need Permission::PostPayments (billers and managers; statements are patient
 * accounting, beside payment posting) and are audited "statements.run".
 */
class StatementService : public QObject
{
    Q_OBJECT
public:
    StatementService(Database &db, AuditService &audit, QObject *parent = nullptr);
    ~StatementService() override;

    /// Patients with a patient balance (billable or pending), by name.
    Result<QList<PatientBalance>> balances(const QDate &today);
    /// The statements a run would print for @p patientIds (every eligible one when empty).
    Result<QList<statementpdf::Document>> preview(
        const QList<qint64> &patientIds, const QDate &today);
    /**
     * Bills the ready self-pay visits of the patients, writes the run and one statement per
     * eligible patient, and saves the PDF at @p pdfPath, all or nothing. Refused when no
     * asked-for patient has anything to bill.
     */
    Result<StatementRunResult> run(const Session &who, const QList<qint64> &patientIds,
        const QDate &today, const QString &pdfPath);

signals:
    /// A run billed self-pay visits and wrote statements.
    void statementsChanged();

private:
    Result<QList<PatientBalance>> compute(const QList<qint64> &patientIds, const QDate &today);
    Result<QList<statementpdf::Document>> documents(
        const QList<PatientBalance> &patients, const QDate &today);

    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

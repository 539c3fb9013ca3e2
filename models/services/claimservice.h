// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/billing.h"
#include "domain/error.h"
#include "domain/session.h"
#include "edits/finding.h"

#include <QByteArray>
#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

namespace cc {

class AuditService;
class Database;
class ScrubService;

/**
 * The biller's claims (issue 5 §1, §4, §5): the claim built from an accepted encounter, shown
 * with where each value came from and its scrub findings; the biller's changes, re-scrubbed
 * on every change and saved in one transaction; replacement (7) and void (8) claims; the
 * CMS-1500 on paper.
 *
 * A claim is *ready* (state scrubbed) when its last scrub left no open error; a save or a
 * scrub moves it between draft and scrubbed. Only draft, scrubbed and rejected claims can be
 * changed: what was sent stays as it was sent.
 */
class ClaimService : public QObject
{
    Q_OBJECT
public:
    ClaimService(Database &db, AuditService &audit, ScrubService &scrub,
                 QObject *parent = nullptr);
    ~ClaimService() override;

    /// Claims in @p states (all when empty), newest first; at most @p limit rows (0: all).
    Result<QList<ClaimSummary>> claims(const QList<ClaimState> &states = {}, int limit = 0);
    /// Claims in state rejected, with the payer's or clearinghouse's reason.
    Result<QList<ClaimSummary>> rejections();
    /// Scrubbed claims with a payer to send them to: no open error, ready for an 837P batch.
    /// (Clean self-pay claims are billed to the patient instead.)
    Result<QList<ClaimSummary>> readyClaims();
    /// The claim whole; @p withSources false skips the "where it came from" words (faster).
    Result<ClaimRecord> claim(qint64 claimId, bool withSources = true);
    /// Several claims whole, without sources (a batch, a scrub); ids not on file are skipped.
    Result<QList<ClaimRecord>> records(const QList<qint64> &claimIds);
    /// The claim id of a patient control number, or nullopt.
    Result<std::optional<qint64>> claimByControlNumber(const QString &pcn);

    /**
     * The claim @p claimId would be with @p edit applied (not stored), with its sources and
     * fresh findings: what the claim screen shows while the biller types.
     */
    Result<ClaimRecord> preview(qint64 claimId, const ClaimEdit &edit);
    /// The patient's coverages the claim could go to, in priority order.
    Result<QList<CoverageOption>> coverageOptions(qint64 claimId);
    /// The charge of @p code for the claim's payer on @p date from the fee schedule, and the
    /// words saying where it came from; nullopt when no fee is on file.
    Result<std::optional<std::pair<qint64, QString>>> feeFor(qint64 payerId, const QString &code,
                                                            const QDate &date);

    /**
     * Stores @p edit on the claim (version check), re-scrubs it and moves it to scrubbed (no
     * open error) or draft. A rejected claim that is saved clean is ready to resubmit.
     * Audited "claim.update".
     */
    Result<ClaimRecord> save(const Session &who, qint64 claimId, const ClaimEdit &edit);
    /**
     * Scrubs draft (and, with @p claimIds, the given editable) claims and stores the findings:
     * clean ones become scrubbed. Returns how many are now ready.
     */
    Result<int> scrubClaims(const std::optional<Session> &who, const QList<qint64> &claimIds = {});
    /// Overrides a finding of a claim with a reason (billers and managers), then re-checks the
    /// claim's state.
    Result<void> overrideFinding(const Session &who, qint64 claimId, qint64 findingId,
                                 const QString &reason);

    /**
     * A replacement (frequency "7") or void ("8") of claim @p claimId, which the payer has
     * taken and numbered: a new claim with the same coding, linked to the original and
     * carrying the payer's claim number (REF*F8), scrubbed at once (ready when clean, else a
     * draft). Returns the new claim's id.
     */
    Result<qint64> createCorrection(const Session &who, qint64 claimId, const QString &frequency);

    /// The CMS-1500 (02/12) of the claim as a PDF, one page per six lines.
    Result<QByteArray> cms1500Pdf(qint64 claimId);

    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

signals:
    /// A claim was created, changed or moved to another state.
    void claimsChanged();

private:
    Result<ClaimRecord> load(qint64 claimId);
    Result<QList<Finding>> findingsOf(const ClaimRecord &claim);
    void fillSources(ClaimRecord &claim);

    Database &m_db;
    AuditService &m_audit;
    ScrubService &m_scrub;
    QDate m_today;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/handofflog.h"
#include "domain/session.h"

#include <QObject>

namespace cc {

class AuditService;
class Database;

/**
 * The office manager's Handoff log: every encounter transition with who, when, from → to,
 * the note, the return reason and the findings at that moment; the measures of the
 * coder ↔ biller loop; and a CSV export. Reads only; every call needs
 * Permission::ViewHandoffLog, and an export is audited.
 *
 * Filter dates are local calendar days, both inclusive, turned into UTC bounds on the stored
 * timestamps, so a row appears under the day the workstation shows it on.
 */
class HandoffLogService : public QObject
{
    Q_OBJECT
public:
    HandoffLogService(Database &db, AuditService &audit, QObject *parent = nullptr);

    /// The rows matching @p filter, newest first. Refuses a range that ends before it starts,
    /// an unknown state key and a malformed rule id (Error::Kind::Invalid).
    Result<QList<HandoffLogEntry>> entries(const Session &who, const HandoffLogFilter &filter);

    /**
     * The measures over @p filter's dates:
     * - returns per coder: each transition into returned in the range counts for the user who
     *   last moved the encounter into coded or handed_off before it (encounters.coder_id when
     *   none), beside the handed-off transitions that coder made in the range;
     * - the rules behind returns: each rule counted once per return, from its findings;
     * - the median time from an encounter's first transition into coded to its acceptance,
     *   over the encounters accepted in the range (the last acceptance when several).
     * With a user in the filter, only returns and acceptances involving that user count (as
     * the coder of the work or as the one who made the step); each listed coder's handed-off
     * count stays their whole count, so the rate reads "of their work". The outcome and rule
     * filters narrow the list only.
     */
    Result<HandoffSummary> summary(const Session &who, const HandoffLogFilter &filter);

    /**
     * Writes the rows of @p filter to @p path as CSV (RFC 4180, UTF-8 with a byte-order mark
     * so spreadsheets read accents, CRLF, a header row) and records the export in the audit
     * trail. The file is replaced whole or left as it was. Returns the number of rows.
     */
    Result<int> exportCsv(const Session &who, const HandoffLogFilter &filter, const QString &path);

    /// Users for the filter, sorted by name.
    Result<QList<HandoffUser>> users(const Session &who);

    /// The CSV text of @p entries, as exportCsv writes it.
    static QByteArray toCsv(const QList<HandoffLogEntry> &entries);
    /// "rule: message; rule: message".
    static QString findingsText(const QList<Finding> &findings);
    /// A state key as people read it ("handed_off" → "Handed off"); unknown keys as they are.
    static QString stateName(const QString &key);
    /// A return reason key as people read it; unknown keys as they are.
    static QString reasonName(const QString &key);
    /// A duration for people: "45 minutes", "5 hours 10 minutes", "2 days 4 hours".
    static QString describeDuration(qint64 seconds);

signals:
    void exported(const QString &path, int rows);

private:
    Result<void> validate(const HandoffLogFilter &filter) const;

    Database &m_db;
    AuditService &m_audit;
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace cc {

/// One row of the CMS NCCI practitioner PTP table.
struct PtpEdit
{
    QString column1;
    QString column2;
    QDate effective;
    QDate deleted;              ///< invalid when the file says "*" (no deletion)
    int modifierIndicator = 0;  ///< 0 not allowed, 1 allowed with a PTP modifier, 9 no edit
    QString rationale;

    /// True when the edit is in force on @p date.
    bool inForce(const QDate &date) const
    {
        return date >= effective && (!deleted.isValid() || date <= deleted);
    }
};

/**
 * The PTP table held in memory for scrubbing: a hash from the ordered code pair to its rows.
 * Built once per scrub run; a million rows cost tens of megabytes and answer a pair in a hash
 * probe.
 */
class PtpTable
{
public:
    QString release; ///< e.g. "v322r0"; empty when no PTP file is imported

    void reserve(qsizetype rows)
    {
        m_rows.reserve(size_t(rows));
        m_index.reserve(rows);
    }
    void add(PtpEdit edit)
    {
        const quint64 key = pairKey(edit.column1, edit.column2);
        m_index.insert(key, quint32(m_rows.size()));
        m_rows.push_back(std::move(edit));
    }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    /// The rows for column 1 = @p column1 and column 2 = @p column2 (not the reverse).
    QList<const PtpEdit *> edits(const QString &column1, const QString &column2) const
    {
        QList<const PtpEdit *> out;
        const quint64 key = pairKey(column1, column2);
        for (auto it = m_index.constFind(key); it != m_index.cend() && it.key() == key; ++it) {
            const PtpEdit &e = m_rows[it.value()];
            if (e.column1 == column1 && e.column2 == column2)
                out.append(&e);
        }
        return out;
    }

private:
    /// Packs two codes of up to 5 characters (digits, letters) into one 64-bit key; longer or
    /// odd codes still work, they only collide more (the rows are compared in full).
    static quint64 pairKey(const QString &a, const QString &b)
    {
        auto pack = [](const QString &code) {
            quint64 v = 0;
            for (qsizetype i = 0; i < 5; ++i) {
                const char16_t c = i < code.size() ? code.at(i).unicode() : u' ';
                v = v * 64 + (c & 0x3f);
            }
            return v;
        };
        return (pack(a) << 32) ^ pack(b);
    }

    std::vector<PtpEdit> m_rows;
    QMultiHash<quint64, quint32> m_index;
};

/// One code of a CMS MUE table.
struct MueValue
{
    QString code;
    int maxUnits = 0;
    int indicator = 1; ///< 1 line edit, 2 date-of-service (policy), 3 date-of-service (clinical)
    QString rationale;
};

/// One MUE release, in force from its effective date until the next release.
struct MueTable
{
    QString release;
    QDate effective;
    QHash<QString, MueValue> values;
};

/// A prior authorization on file.
struct Authorization
{
    qint64 patientId = 0;
    qint64 payerId = 0;
    QString number;
    QStringList codes; ///< the services it covers
    QDate from;
    QDate to;
};

/// A service already billed (on a claim that exists), for duplicate-claim.
struct BilledService
{
    qint64 patientId = 0;
    QString claimId; ///< patient control number of the claim that carries it
    QDate date;
    QString code;
    QStringList modifiers;
    qint64 payerId = 0; ///< the payer it was billed to (0: self-pay or unknown)
};

/// A rule the manager writes (payer-rule), or a payer's authorization requirement
/// (auth-missing). Empty conditions match anything.
struct PayerRule
{
    enum class Action { Finding, Authorization };
    qint64 id = 0;
    QString name;
    qint64 payerId = 0;     ///< 0: every payer
    QString payerName;      ///< for messages and export
    QStringList codes;      ///< "99213", "992*" (prefix) or "97110-97140" (range)
    QStringList modifiersPresent; ///< the line carries at least one of these
    QStringList modifiersAbsent;  ///< the line carries none of these
    QString placeOfService;
    int minAge = -1;        ///< -1: no bound
    int maxAge = -1;
    QString sex;            ///< "", "M" or "F"
    Action action = Action::Finding;
    Finding::Severity severity = Finding::Severity::Error;
    QString message;
    QString fix;
    bool active = true;
    int version = 1;

    /// True when @p code is one of codes (an empty list matches every code).
    bool matchesCode(const QString &code) const
    {
        if (codes.isEmpty())
            return true;
        for (const QString &entry : codes) {
            if (entry.endsWith(QLatin1Char('*'))) {
                if (code.startsWith(entry.chopped(1)))
                    return true;
            } else if (const qsizetype dash = entry.indexOf(QLatin1Char('-')); dash > 0) {
                const QString from = entry.left(dash), to = entry.mid(dash + 1);
                if (code.size() == from.size() && code >= from && code <= to)
                    return true;
            } else if (code == entry) {
                return true;
            }
        }
        return false;
    }
};

/**
 * Everything besides the claim that the scrubber reads, as loaded for one run: PTP, MUE,
 * payer rules, the authorizations on file and the services already billed, for the patients
 * of the claims being scrubbed.
 */
struct EditData
{
    PtpTable ptp;
    QList<MueTable> mue; ///< sorted by effective date
    QList<PayerRule> payerRules;
    QMultiHash<qint64, Authorization> authorizations; ///< by patient id
    QMultiHash<qint64, BilledService> billed;         ///< by patient id

    /// The MUE release in force on @p date, or nullptr.
    const MueTable *mueInForce(const QDate &date) const
    {
        const MueTable *found = nullptr;
        for (const MueTable &t : mue) {
            if (t.effective <= date)
                found = &t;
        }
        return found;
    }
};

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

/// One result of the scrubber (DESIGN.md §5): what is wrong, why, what to do, and the data
/// and version it came from.
struct Finding
{
    enum class Severity { Error, Warning };
    QString rule;      ///< a rule id of DESIGN.md §5, e.g. "dx-not-supporting"
    Severity severity = Severity::Error;
    int line = 0;      ///< service line number; 0 for the claim as a whole
    QStringList codes;
    QString message;   ///< what is wrong and why
    QString fix;       ///< what to do
    QString source;    ///< the data and its version, e.g. "NCCI PTP v322r0"

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Finding &) const = default;
};

namespace findings {
/// "error" / "warning".
QString severityKey(Finding::Severity severity);
/// The JSON form of DESIGN.md §5: {rule, severity, line, codes, message, fix, source}.
QJsonObject toJsonObject(const Finding &finding);
QByteArray toJson(const QList<Finding> &findings);
QList<Finding> fromJson(const QByteArray &json);
bool hasErrors(const QList<Finding> &findings);
} // namespace findings

/// The claim as the scrubber sees it: the fields of DESIGN.md §7 the edits read.
struct ScrubLine
{
    int lineNo = 0;
    QString code;
    QStringList modifiers;
    int units = 1;
    QList<int> pointers; ///< 1-based into ScrubClaim::diagnoses
    qint64 chargeCents = 0;
    QDate serviceDate;
};

struct ScrubClaim
{
    QString id;            ///< the claim's patient control number (or the encounter's id)
    qint64 patientId = 0;  ///< 0 when unknown (JSON input of a patient not on file)
    qint64 payerId = 0;    ///< 0 when unknown or self-pay
    QDate dateOfService;
    QString billingNpi;
    QString renderingNpi;
    QString memberId;
    QString payerName;
    int timelyFilingDays = 365;
    QDate patientBirthDate;
    QString patientSex; ///< M, F, U
    QString placeOfService;
    QString priorAuthorization; ///< the number on the claim, when any
    QString replacesClaimId;    ///< a corrected claim (frequency 7/8): the PCN it replaces
    QStringList diagnoses; ///< without dots, principal first
    QList<ScrubLine> lines;
};

} // namespace cc

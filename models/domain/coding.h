// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "encounter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

/// A compliant documentation query form (resources/templates/queries/*.json).
struct QueryTemplate
{
    QString key;
    QString title;
    QString form; ///< open, multiple_choice, yes_no
    QString question;
    QStringList options;
    QString source;
};

struct ChecklistItem
{
    QString key;
    QString text;
    bool required = false;
};

/// The coding checklist of a specialty (resources/templates/checklists/*.json).
struct Checklist
{
    QString key; ///< the specialty: primary_care, orthopedics, cardiology…
    QString title;
    QString source;
    QList<ChecklistItem> items;
};

/// One documentation query from a coder to a provider, with its answer when there is one.
struct DocumentationQuery
{
    qint64 id = 0;
    qint64 encounterId = 0;
    qint64 coderId = 0;
    QString coderName;
    qint64 providerId = 0;
    QString templateKey;
    QString form;
    QString quotedText;
    QString question;
    QStringList options;
    QDateTime sentAt;
    std::optional<QDateTime> answeredAt;
    QString answeredByName;
    QString answer;
    QString addendum;
    std::optional<QDateTime> seenByCoderAt;
    // For the provider's inbox:
    QString patientName;
    QDate dateOfService;

    bool isAnswered() const { return answeredAt.has_value(); }
    /// Unanswered for more than @p days days at @p now.
    bool isOverdue(const QDateTime &now, int days) const
    {
        return !answeredAt && sentAt.secsTo(now) > qint64(days) * 86400;
    }
};

/// What a coder has assigned to an encounter so far.
struct CodingDraft
{
    QList<DiagnosisEntry> diagnoses;
    QList<ServiceLineEntry> services;
    QString coderNote;
    QStringList checkedItems; ///< checklist item keys ticked

    /// The coding stored with @p e.
    static CodingDraft of(const EncounterDetail &e)
    {
        return {e.diagnoses, e.services, e.coderNote, e.checkedItems};
    }
};

} // namespace cc

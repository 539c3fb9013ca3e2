// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Clinical scenario data for the demo-practice generator: each scenario is a believable
// encounter (note + superbill) that a coder can code from. Some scenarios are deliberately
// wrong (unsupported service, missing modifier, unspecified code) so the demo shows edits,
// queries and the coder/biller feedback loop. Code numbers only: no CPT descriptors.

namespace cc::demo {

struct ScenarioService
{
    QString code; // CPT/HCPCS number, e.g. "99213", "82947", "G0439"
    QStringList modifiers; // e.g. {"25"} or {"RT"}; usually empty
    int units = 1;
    QList<int> pointers; // 1-based into Scenario::diagnoses, e.g. {1} or {1,2}
};

struct Scenario
{
    QString key; // stable id, e.g. "dm2-glucose"
    QString specialty; // "primary_care", "orthopedics" or "cardiology"
    // CMS POS code: "11" office (most), "02"/"10" telehealth, "22" outpatient hospital
    QString placeOfService;
    int minAge = 18;
    int maxAge = 90;
    QString sex; // "" any, "M" or "F"
    QString note; // clinical note template (placeholders: see fillTemplate())
    // the ICD-10-CM codes a correct coder assigns, WITHOUT dots, principal first, billable only
    QStringList diagnoses;
    QList<ScenarioService> services; // services the provider marked on the superbill
    bool supported = true; // false when the note does NOT support one of the services
    QString problem; // when !supported or the note lacks specificity: what is wrong; else empty
    int weight = 10; // relative frequency
};

/// Every scenario, in a fixed order (the demo must be deterministic).
const QList<Scenario> &scenarios();

/// Replaces {placeholders} in a note template. values maps placeholder name (without braces)
/// to text.
/// Placeholders used by the notes: age, sex, He, he, his, His, bp_sys, bp_dia, pulse, temp,
/// weight_lb, glucose, a1c, ldl, provider.
QString fillTemplate(const QString &tmpl, const QList<QPair<QString, QString>> &values);

} // namespace cc::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoscenarios.h"

// Scenario data for the demo practice. Each note is written so that a coder can code from it:
// the diagnoses list is what a correct coder assigns from the note (every code checked against
// the ICD-10-CM FY2026 billable code file), the services are what the provider marked on the
// superbill. Scenarios with supported == false, or with a problem sentence, are the teaching
// cases: an unsupported service, a missing modifier, a missing laterality, an unspecified code
// where the note documents more. CPT appears as code numbers only, never with descriptors.

namespace cc::demo {

namespace {

ScenarioService service(const QString &code, const QList<int> &pointers,
    const QStringList &modifiers = {}, int units = 1)
{
    ScenarioService s;
    s.code = code;
    s.modifiers = modifiers;
    s.units = units;
    s.pointers = pointers;
    return s;
}

} // namespace

const QList<Scenario> &scenarios()
{
    // Built once, on first use; the order is part of the demo's determinism.
    static const QList<Scenario> all = {
        // -------------------- primary care
        {
            .key = QStringLiteral("dm2-glucose"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Diabetes follow-up.\n"
                    "HPI: {age}-year-old {sex} with type 2 diabetes on metformin 1000 mg twice "
                    "daily, here for 3-month follow-up. Home fasting sugars mostly 110-140. No "
                    "polyuria, polydipsia, numbness or vision change. Takes medication as "
                    "prescribed.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Alert, no distress. Heart regular, lungs clear. Feet: monofilament "
                    "sensation intact, pedal pulses 2+, no ulcers.\n"
                    "Labs: Fasting plasma glucose (venous, in-office analyzer) today {glucose} "
                    "mg/dL. Last A1c 6.9% three months ago. eGFR and urine albumin normal last "
                    "year.\n"
                    "Assessment: Type 2 diabetes mellitus without complications, on long-term "
                    "metformin.\n"
                    "Plan: Continue metformin 1000 mg twice daily. Diet and exercise reviewed. "
                    "Annual dilated eye exam reminder given. Return in 3 months with A1c."),
            .diagnoses = {QStringLiteral("E119"), QStringLiteral("Z7984")},
            .services = {
                    service(QStringLiteral("99213"), {1, 2}),
                    service(QStringLiteral("82947"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 30,
        },
        {
            .key = QStringLiteral("ankle-sprain-glucose"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 70,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right ankle injury.\n"
                    "HPI: {age}-year-old {sex} rolled {his} right ankle inward stepping off a "
                    "curb yesterday. Swelling on the outer ankle; able to bear weight with "
                    "pain. No prior ankle injury. No history of diabetes; no polyuria or "
                    "polydipsia.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right ankle: moderate swelling and tenderness over the lateral "
                    "ankle soft tissues. No bony tenderness at either malleolus, base of fifth "
                    "metatarsal or navicular. Walks 4 steps unaided. Anterior drawer negative. "
                    "Neurovascularly intact.\n"
                    "Assessment: Sprain of right ankle (inversion injury), initial visit.\n"
                    "Plan: Ottawa ankle rules negative, no X-ray needed. Rest, ice, "
                    "compression, elevation; lace-up brace. Ibuprofen 600 mg every 8 hours as "
                    "needed with food. Home range-of-motion exercises. Return if not improving "
                    "in 2 weeks.\n"
                    "Orders: Glucose, blood (in-office)."),
            .diagnoses = {QStringLiteral("S93401A")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("82947"), {1}),
            },
            .supported = false,
            .problem = QStringLiteral(
                    "The blood glucose test 82947 has no supporting diagnosis: the note "
                    "documents only a right ankle sprain, no diabetes or hyperglycemia and no "
                    "reason for the test, so query the provider or remove the charge."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("htn-followup"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Blood pressure follow-up.\n"
                    "HPI: {age}-year-old {sex} with essential hypertension on lisinopril 20 mg "
                    "daily. Home readings 120s-130s over 70s-80s. No chest pain, headache, "
                    "shortness of breath or leg swelling. No missed doses. Limits salt and "
                    "walks most days.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress. Heart regular, no murmur. Lungs clear. No peripheral "
                    "edema.\n"
                    "Data: BMP 2 months ago reviewed: creatinine 0.9, potassium 4.3.\n"
                    "Assessment: Essential hypertension, controlled per home log on current "
                    "therapy.\n"
                    "Plan: Continue lisinopril 20 mg daily, 90-day refill sent. Continue home "
                    "BP log. BMP before next visit. Return in 6 months."),
            .diagnoses = {QStringLiteral("I10")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 30,
        },
        {
            .key = QStringLiteral("htn-uncontrolled"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: High blood pressure readings at home.\n"
                    "HPI: {age}-year-old {sex} with essential hypertension on amlodipine 5 mg "
                    "daily. Home readings 150s-160s over 90s for 3 weeks, occasional morning "
                    "headache. No chest pain, vision change, weakness or shortness of breath. "
                    "Adherent; more restaurant meals lately.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress. Fundi without hemorrhage. Heart regular, no S3 or "
                    "murmur. Lungs clear. Trace ankle edema bilaterally.\n"
                    "Data: BMP last month reviewed: creatinine 1.0, potassium 4.1.\n"
                    "Assessment: Essential hypertension, not at goal, worsening control.\n"
                    "Plan: Add losartan 25 mg daily; continue amlodipine 5 mg. BMP in 2 weeks "
                    "for potassium and creatinine. Low-sodium diet counseling. Home BP log; "
                    "return in 4 weeks."),
            .diagnoses = {QStringLiteral("I10")},
            .services = {
                    service(QStringLiteral("99214"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 15,
        },
        {
            .key = QStringLiteral("hld-lipid"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Cholesterol follow-up.\n"
                    "HPI: {age}-year-old {sex} with hyperlipidemia on atorvastatin 20 mg "
                    "nightly for 2 years. No muscle aches. Nonsmoker. LDL {ldl} mg/dL six "
                    "months ago. Fasting since last night.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No xanthomas. Heart regular rate and rhythm. Lungs clear. No "
                    "carotid bruits.\n"
                    "Assessment: Hyperlipidemia, on statin therapy.\n"
                    "Plan: Fasting lipid panel drawn in office today. Continue atorvastatin 20 "
                    "mg; adjust dose to results. Heart-healthy diet, 150 minutes of exercise "
                    "weekly. Return in 6 months."),
            .diagnoses = {QStringLiteral("E785")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("80061"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 20,
        },
        {
            .key = QStringLiteral("hypothyroid-tsh"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Thyroid follow-up.\n"
                    "HPI: {age}-year-old {sex} with hypothyroidism on levothyroxine 75 mcg "
                    "daily, taken on an empty stomach. No weight change, cold intolerance, "
                    "constipation or palpitations.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Thyroid not enlarged, no nodules. Heart regular. Skin and reflexes "
                    "normal.\n"
                    "Assessment: Hypothyroidism, on replacement therapy.\n"
                    "Plan: TSH drawn in office today. Continue levothyroxine 75 mcg; adjust "
                    "dose to TSH. Return in 6 months, sooner for symptoms."),
            .diagnoses = {QStringLiteral("E039")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("84443"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 12,
        },
        {
            .key = QStringLiteral("dm2-a1c"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Diabetes follow-up, high sugars.\n"
                    "HPI: {age}-year-old {sex} with type 2 diabetes on metformin 1000 mg twice "
                    "daily. Home fasting readings 180-250 for the past month with more thirst; "
                    "diet lapses over the holidays. No hypoglycemia, numbness, foot sores or "
                    "vision change.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress. Heart regular, lungs clear. Feet: monofilament intact, "
                    "pulses 2+, skin intact.\n"
                    "Labs: Hemoglobin A1c in office today {a1c}%.\n"
                    "Assessment: Type 2 diabetes mellitus with hyperglycemia, poorly "
                    "controlled, on long-term metformin.\n"
                    "Plan: Continue metformin; start empagliflozin 10 mg daily, hydration and "
                    "genital hygiene discussed. Diabetes education referral. Repeat A1c and "
                    "return in 3 months."),
            .diagnoses = {QStringLiteral("E1165"), QStringLiteral("Z7984")},
            .services = {
                    service(QStringLiteral("99214"), {1, 2}),
                    service(QStringLiteral("83036"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 15,
        },
        {
            .key = QStringLiteral("awv-medicare"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 65,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Annual wellness visit (subsequent).\n"
                    "HPI: {age}-year-old {sex}, Medicare beneficiary, here for {his} yearly "
                    "annual wellness visit; initial wellness visit done last year. No new "
                    "complaints. Health risk assessment completed and reviewed.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, weight {weight_lb} lb, "
                    "height unchanged.\n"
                    "Review: Medical and family history updated, medication list reconciled. "
                    "Independent in daily activities, no falls this year, home safety "
                    "reviewed. Hearing and vision screen negative.\n"
                    "Cognition: No concerns by direct observation or by patient and family "
                    "report.\n"
                    "Assessment: Subsequent annual wellness visit; no acute problems "
                    "identified.\n"
                    "Plan: Personalized prevention plan updated and written screening schedule "
                    "given. Vaccines reviewed. Advance care planning offered, declined today. "
                    "Return in 1 year."),
            .diagnoses = {QStringLiteral("Z0000")},
            .services = {
                    service(QStringLiteral("G0439"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 15,
        },
        {
            .key = QStringLiteral("preventive-adult"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 40,
            .maxAge = 64,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Annual physical.\n"
                    "HPI: {age}-year-old {sex} for a routine preventive exam. No complaints. "
                    "Exercises 3 times a week, nonsmoker, 1-2 drinks a week. Vaccines up to "
                    "date.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Well appearing. HEENT normal. Neck supple, thyroid normal. Heart "
                    "regular, no murmur. Lungs clear. Abdomen soft, nontender. Skin without "
                    "suspicious lesions. No edema.\n"
                    "Assessment: Routine adult health examination, normal findings.\n"
                    "Plan: Counseling on diet, exercise, sleep and seat belt use. Colorectal "
                    "cancer screening discussed, colonoscopy referral placed. Return in 1 "
                    "year."),
            .diagnoses = {QStringLiteral("Z0000")},
            .services = {
                    service(QStringLiteral("99396"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("uri"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Sore throat and congestion.\n"
                    "HPI: {age}-year-old {sex} with 3 days of nasal congestion, clear runny "
                    "nose, mild sore throat and dry cough. No fever, shortness of breath or "
                    "ear pain. Sick contacts at home.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Mild pharyngeal redness, no exudate, tonsils not enlarged. Ear "
                    "drums clear. Swollen nasal mucosa with clear discharge. No cervical "
                    "adenopathy. Lungs clear.\n"
                    "Assessment: Acute viral upper respiratory infection.\n"
                    "Plan: Fluids, saline rinses, acetaminophen as needed. No antibiotic "
                    "indicated. Return for fever, symptoms beyond 10 days or trouble "
                    "breathing."),
            .diagnoses = {QStringLiteral("J069")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 15,
        },
        {
            .key = QStringLiteral("acute-bronchitis"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Cough for 10 days.\n"
                    "HPI: {age}-year-old {sex} with a cough productive of clear to yellow "
                    "sputum since a cold 10 days ago, chest tightness only when coughing. No "
                    "fever this week, no shortness of breath at rest, no blood in sputum. "
                    "Nonsmoker. No asthma or COPD.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress, speaks in full sentences. Pharynx mildly red. Lungs: "
                    "scattered rhonchi that clear with cough, no wheeze or crackles. O2 "
                    "saturation 98% on room air.\n"
                    "Assessment: Acute bronchitis, likely viral.\n"
                    "Plan: No antibiotic indicated; cough may last up to 3 weeks. Benzonatate "
                    "100 mg three times daily as needed. Fluids, honey. Return for fever, "
                    "shortness of breath or cough beyond 3 weeks; chest X-ray then."),
            .diagnoses = {QStringLiteral("J209")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("uti-urinalysis"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 75,
            .sex = QStringLiteral("F"),
            .note = QStringLiteral(
                    "Chief complaint: Burning with urination.\n"
                    "HPI: {age}-year-old {sex} with 2 days of painful urination, urgency and "
                    "frequency. No fever, chills, flank pain or vaginal discharge. Denies "
                    "possibility of pregnancy. Last urinary infection over a year ago.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Abdomen soft, mild suprapubic tenderness. No costovertebral angle "
                    "tenderness.\n"
                    "Lab: Automated urine dipstick in office, without microscopy: leukocyte "
                    "esterase positive, nitrite positive.\n"
                    "Assessment: Urinary tract infection, uncomplicated.\n"
                    "Plan: Nitrofurantoin 100 mg twice daily for 5 days. Urine culture sent to "
                    "reference lab. Fluids. Return for fever, flank pain or no improvement in "
                    "48 hours."),
            .diagnoses = {QStringLiteral("N390")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("81003"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 12,
        },
        {
            .key = QStringLiteral("flu-vaccine"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 65,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Flu shot.\n"
                    "HPI: {age}-year-old {sex} requests the seasonal influenza vaccine. No "
                    "fever or acute illness today. No prior reaction to influenza vaccine and "
                    "no history of Guillain-Barre syndrome. Offered the high-dose or "
                    "adjuvanted vaccines preferred at {his} age; {he} chose the standard-dose "
                    "vaccine stocked today.\n"
                    "Vitals: Temp {temp} F, pulse {pulse}.\n"
                    "Exam: Alert, well appearing, no acute distress.\n"
                    "Procedure: Influenza vaccine, quadrivalent, preservative free, 0.5 mL IM "
                    "left deltoid by nursing; lot and expiration recorded, VIS given. Observed "
                    "15 minutes, no reaction.\n"
                    "Assessment: Encounter for immunization.\n"
                    "Plan: Influenza vaccine again next season."),
            .diagnoses = {QStringLiteral("Z23")},
            .services = {
                    service(QStringLiteral("90686"), {1}),
                    service(QStringLiteral("G0008"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 12,
        },
        {
            .key = QStringLiteral("depression-screening"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 65,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Blood pressure follow-up; annual depression screening "
                    "due.\n"
                    "HPI: {age}-year-old {sex} with essential hypertension on losartan 50 mg "
                    "daily. Home readings 120s-130s over 70s. No chest pain or headache.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Screening: PHQ-9 administered and scored (10 minutes): score 3, negative. "
                    "No suicidal ideation.\n"
                    "Exam: No distress, normal mood and affect. Heart regular. Lungs clear. No "
                    "edema.\n"
                    "Assessment: 1. Essential hypertension, controlled. 2. Annual depression "
                    "screening, negative.\n"
                    "Plan: Continue losartan 50 mg daily, refill sent. Repeat depression "
                    "screening in 1 year. Return in 6 months."),
            .diagnoses = {QStringLiteral("I10"), QStringLiteral("Z1331")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("G0444"), {2}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("vitd-fatigue"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 75,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Tired all the time.\n"
                    "HPI: {age}-year-old {sex} with 6 weeks of fatigue while working long "
                    "shifts and sleeping 5-6 hours a night. No weight change, fever, night "
                    "sweats, low mood or snoring. No bone pain, fractures, kidney disease or "
                    "bowel problems. CBC, TSH and metabolic panel normal last month.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Well appearing. No pallor or lymphadenopathy. Thyroid normal. Heart "
                    "and lungs normal. Normal mood and affect.\n"
                    "Assessment: Fatigue, probably from insufficient sleep.\n"
                    "Plan: Sleep hygiene reviewed, aim for 7-8 hours. Vitamin D, 25-hydroxy "
                    "level ordered and drawn today. Return in 4 weeks if not better."),
            .diagnoses = {QStringLiteral("R5383")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("82306"), {1}),
            },
            .supported = false,
            .problem = QStringLiteral(
                    "The vitamin D test 82306 is not supported: the note documents only "
                    "fatigue (R53.83), which is not a covered reason for the test, and no "
                    "deficiency, bone, kidney or malabsorption condition, so query the "
                    "provider."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("psa-screening"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 50,
            .maxAge = 74,
            .sex = QStringLiteral("M"),
            .note = QStringLiteral(
                    "Chief complaint: Cholesterol follow-up; asks about prostate screening.\n"
                    "HPI: {age}-year-old {sex} with hyperlipidemia on rosuvastatin 10 mg "
                    "daily, no muscle aches. {He} asks about prostate cancer screening. No "
                    "urinary frequency, nocturia, weak stream or blood in urine. Last PSA 2 "
                    "years ago, normal.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress. Heart regular, lungs clear. Abdomen soft, nontender.\n"
                    "Assessment: 1. Hyperlipidemia, stable on statin. 2. Screening for "
                    "prostate cancer.\n"
                    "Plan: Continue rosuvastatin 10 mg; lipid panel next visit. Benefits and "
                    "harms of PSA screening discussed; {he} chooses screening. Screening PSA "
                    "drawn today. Return in 6 months."),
            .diagnoses = {QStringLiteral("E785"), QStringLiteral("Z125")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("G0103"), {2}),
            },
            .supported = true,
            .problem = {},
            .weight = 6,
        },
        {
            .key = QStringLiteral("screening-mammogram"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 40,
            .maxAge = 74,
            .sex = QStringLiteral("F"),
            .note = QStringLiteral(
                    "Chief complaint: Annual screening mammogram; no breast complaints.\n"
                    "HPI: {age}-year-old {sex} for routine screening mammography. No lump, "
                    "pain, nipple discharge or skin change. No personal history of breast "
                    "cancer. Last mammogram 1 year ago, negative.\n"
                    "Exam: Bilateral screening mammogram, CC and MLO views, computer-aided "
                    "detection, compared with prior. Scattered fibroglandular density. No "
                    "suspicious mass, calcification or architectural distortion.\n"
                    "Assessment: Bilateral screening mammogram, negative (BI-RADS 1).\n"
                    "Plan: Routine screening mammogram in 1 year. Result letter sent to "
                    "patient.\n"
                    "Interpreted by {provider}."),
            .diagnoses = {QStringLiteral("Z1231")},
            .services = {
                    service(QStringLiteral("77067"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("skin-biopsy-no-25"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Blood pressure check; also a spot on {his} back.\n"
                    "HPI: {age}-year-old {sex} with essential hypertension on lisinopril 10 mg "
                    "daily, home readings 120s over 70s, no side effects. Also a pigmented "
                    "spot on the left upper back that has grown and darkened over 3 months and "
                    "sometimes itches. No bleeding. No prior skin cancer.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Heart regular, lungs clear, no edema. Skin: 7 mm irregularly "
                    "pigmented papule with uneven border, left upper back.\n"
                    "Procedure: Verbal consent. Site cleaned and anesthetized with 1% "
                    "lidocaine with epinephrine. Tangential (shave) biopsy of the lesion; "
                    "hemostasis with aluminum chloride. Specimen to pathology. No "
                    "complications.\n"
                    "Assessment: 1. Essential hypertension, controlled. 2. Neoplasm of skin, "
                    "left upper back, behavior not yet known; biopsy sent.\n"
                    "Plan: Continue lisinopril 10 mg, refill sent. Wound care reviewed. Will "
                    "call with pathology. Return in 6 months for blood pressure."),
            .diagnoses = {QStringLiteral("I10"), QStringLiteral("D492")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("11102"), {2}),
            },
            .supported = true,
            .problem = QStringLiteral(
                    "The office visit 99213 is a separately identifiable service (hypertension "
                    "follow-up) billed the same day as the skin biopsy 11102, so it needs "
                    "modifier 25."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("dm2-ckd-specificity"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 40,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Diabetes and kidney follow-up.\n"
                    "HPI: {age}-year-old {sex} with type 2 diabetes for 12 years, on metformin "
                    "500 mg twice daily (reduced dose) and empagliflozin 10 mg daily. eGFR 52 "
                    "and 48 over 6 months, urine albumin/creatinine 65 mg/g. No edema, "
                    "shortness of breath or urinary change.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress. Heart regular, lungs clear. No peripheral edema. Feet: "
                    "sensation intact, pulses present.\n"
                    "Labs: Hemoglobin A1c in office today {a1c}%.\n"
                    "Assessment: Type 2 diabetes mellitus with diabetic chronic kidney "
                    "disease, stage 3a.\n"
                    "Plan: Continue metformin 500 mg twice daily and empagliflozin 10 mg daily "
                    "for kidney protection. Avoid NSAIDs. Renal panel and urine albumin in 3 "
                    "months; nephrology referral if eGFR below 45. Return in 3 months."),
            .diagnoses = {QStringLiteral("E1122"), QStringLiteral("N1831"),
                          QStringLiteral("Z7984")},
            .services = {
                    service(QStringLiteral("99214"), {1, 2, 3}),
                    service(QStringLiteral("83036"), {1}),
            },
            .supported = true,
            .problem = QStringLiteral(
                    "The superbill lists E11.9, but the note documents type 2 diabetes with "
                    "diabetic chronic kidney disease stage 3a, so the unspecified code would "
                    "be wrong: code E11.22 with N18.31."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("low-back-pain"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 75,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Low back pain.\n"
                    "HPI: {age}-year-old {sex} with 1 week of low back pain, no specific "
                    "injury. Pain across the lower back, worse bending, no radiation into the "
                    "legs. No numbness, weakness, bowel or bladder change, fever, weight loss "
                    "or history of cancer.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Lumbar paraspinal tenderness and spasm both sides, flexion limited "
                    "by pain. Straight leg raise negative both sides. Strength 5/5, reflexes "
                    "2+ and symmetric, sensation intact.\n"
                    "Assessment: Acute low back pain without sciatica.\n"
                    "Plan: No imaging indicated. Naproxen 500 mg twice daily with food for "
                    "7-10 days; cyclobenzaprine 5 mg at bedtime as needed. Heat, stay active, "
                    "home exercises. Physical therapy referral if not better in 4 weeks."),
            .diagnoses = {QStringLiteral("M5450")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 12,
        },
        {
            .key = QStringLiteral("gerd"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Heartburn.\n"
                    "HPI: {age}-year-old {sex} with 2 months of burning behind the breastbone "
                    "after meals and at night, with a sour taste. Worse with coffee and late "
                    "meals; antacids help briefly. No trouble swallowing, vomiting, black "
                    "stools or weight loss.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Abdomen soft, mild epigastric tenderness, no masses. Heart regular, "
                    "lungs clear.\n"
                    "Assessment: Gastroesophageal reflux disease without esophagitis.\n"
                    "Plan: Omeprazole 20 mg daily before breakfast for 8 weeks. Avoid late "
                    "meals, raise head of bed, limit coffee and alcohol. Return in 8 weeks; "
                    "EGD referral for alarm symptoms or no response."),
            .diagnoses = {QStringLiteral("K219")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("obesity-bmi"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 75,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Weight management.\n"
                    "HPI: {age}-year-old {sex} wants help losing weight; gained 25 lb over 3 "
                    "years with a desk job. Eats out often, little exercise. No snoring, "
                    "daytime sleepiness or thyroid symptoms.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}. Height 5 ft 7 in, weight 212 "
                    "lb, BMI 33.2 kg/m2.\n"
                    "Exam: Well appearing. Thyroid normal. Heart regular, lungs clear. No "
                    "edema or acanthosis.\n"
                    "Assessment: Obesity, BMI 33.2.\n"
                    "Plan: 500 kcal daily deficit and food log discussed; walking 150 minutes "
                    "a week. Nutrition referral. Recheck weight in 3 months."),
            .diagnoses = {QStringLiteral("E669"), QStringLiteral("Z6833")},
            .services = {
                    service(QStringLiteral("99213"), {1, 2}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("copd"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 45,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: COPD follow-up.\n"
                    "HPI: {age}-year-old {sex} with COPD on tiotropium daily and albuterol "
                    "about twice a week. Breathing stable, walks 2 blocks before resting, "
                    "unchanged. No flare or steroid course this year. Former smoker, 35 "
                    "pack-years, quit 8 years ago.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb. O2 saturation 94% on room air.\n"
                    "Exam: No distress. Mildly prolonged expiration, faint scattered wheeze, "
                    "no crackles. No edema.\n"
                    "Assessment: Chronic obstructive pulmonary disease, stable. Former smoker.\n"
                    "Plan: Continue tiotropium; albuterol refill. Inhaler technique reviewed. "
                    "Pneumococcal vaccine up to date. Spirometry next visit. Return in 6 "
                    "months, sooner if worse."),
            .diagnoses = {QStringLiteral("J449"), QStringLiteral("Z87891")},
            .services = {
                    service(QStringLiteral("99213"), {1, 2}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("asthma"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 75,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Asthma check.\n"
                    "HPI: {age}-year-old {sex} with asthma since childhood, on fluticasone "
                    "inhaler twice daily and albuterol a few times a month, mostly with "
                    "exercise. No night waking, ER visits or prednisone this year.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: No distress. Lungs clear, no wheeze, good air movement. Nasal "
                    "mucosa normal.\n"
                    "Assessment: Asthma, well controlled.\n"
                    "Plan: Continue fluticasone 110 mcg 2 puffs twice daily and albuterol as "
                    "needed; refills sent. Asthma action plan updated. Return in 6 months."),
            .diagnoses = {QStringLiteral("J45909")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = QStringLiteral(
                    "The note does not classify the asthma (intermittent or persistent; mild, "
                    "moderate or severe), so only the unspecified code J45.909 fits; a query "
                    "for severity would allow a specific code."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("anxiety"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 75,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Constant worry and poor sleep.\n"
                    "HPI: {age}-year-old {sex} with more than 6 months of constant worry about "
                    "work and family, restlessness, muscle tension, trouble falling asleep and "
                    "poor concentration. No panic attacks, no depressed mood, no suicidal "
                    "thoughts. 1-2 drinks on weekends, no drug use. GAD-7 score 14. TSH normal "
                    "last year.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Alert and cooperative, anxious affect, normal speech, linear "
                    "thought process. Thyroid not enlarged. Heart regular.\n"
                    "Assessment: Generalized anxiety disorder, moderate.\n"
                    "Plan: Start sertraline 25 mg daily for 1 week, then 50 mg daily; side "
                    "effects discussed. Counseling referral for CBT. Crisis line information "
                    "given. Return in 4 weeks."),
            .diagnoses = {QStringLiteral("F411")},
            .services = {
                    service(QStringLiteral("99214"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("telehealth-htn"),
            .specialty = QStringLiteral("primary_care"),
            .placeOfService = QStringLiteral("10"),
            .minAge = 30,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Blood pressure follow-up (video visit).\n"
                    "HPI: Real-time audio-video visit; patient at home, {provider} in the "
                    "office; patient consented to telehealth. {age}-year-old {sex} with "
                    "essential hypertension on amlodipine 5 mg daily. No chest pain, headache, "
                    "dizziness or ankle swelling.\n"
                    "Vitals (patient-reported, home cuff): BP {bp_sys}/{bp_dia}, pulse "
                    "{pulse}, weight {weight_lb} lb. Home log over 2 weeks mostly at goal.\n"
                    "Exam (video): Alert, speaks in full sentences without distress. No "
                    "visible ankle swelling.\n"
                    "Assessment: Essential hypertension, controlled per home log.\n"
                    "Plan: Continue amlodipine 5 mg daily, 90-day refill sent. Keep home log. "
                    "In-office visit with labs in 6 months."),
            .diagnoses = {QStringLiteral("I10")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        // -------------------- orthopedics
        {
            .key = QStringLiteral("knee-oa-injection-rt"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 45,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right knee pain.\n"
                    "HPI: {age}-year-old {sex} with 1 year of worsening right knee pain, worse "
                    "on stairs and after walking, 15 minutes of morning stiffness. "
                    "Acetaminophen and 3 months of home exercises did not help. No injury, "
                    "locking or giving way.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right knee: small effusion, medial joint line tenderness, crepitus, "
                    "motion 5-115 degrees, stable to varus and valgus stress, McMurray "
                    "negative. Left knee normal. Antalgic gait.\n"
                    "Imaging: Outside standing right knee X-rays from 2 weeks ago reviewed: "
                    "medial joint space narrowing and osteophytes.\n"
                    "Assessment: Primary osteoarthritis, right knee.\n"
                    "Plan: Injection, physical therapy, bracing and eventual arthroplasty "
                    "discussed. Start meloxicam 7.5 mg daily with food; physical therapy "
                    "referral. {He} chooses a steroid injection today.\n"
                    "Procedure: Right knee injection. Consent obtained, site marked and "
                    "prepped with chlorhexidine; lateral approach, no imaging guidance; 40 mg "
                    "triamcinolone with 4 mL 1% lidocaine injected. No complications. "
                    "Performed by {provider}."),
            .diagnoses = {QStringLiteral("M1711")},
            .services = {
                    service(QStringLiteral("99213"), {1}, {QStringLiteral("25")}),
                    service(QStringLiteral("20610"), {1}, {QStringLiteral("RT")}),
                    service(QStringLiteral("J3301"), {1}, {}, 4),
            },
            .supported = true,
            .problem = {},
            .weight = 15,
        },
        {
            .key = QStringLiteral("knee-injection-no-laterality"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 45,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Knee injection.\n"
                    "HPI: {age}-year-old {sex} with known knee osteoarthritis returns for a "
                    "repeat steroid injection; the last one 4 months ago gave about 3 months "
                    "of relief. Pain again limits walking. No fever or new injury.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Knee: mild effusion, medial joint line tenderness, crepitus, motion "
                    "0-110 degrees, ligaments stable, skin intact.\n"
                    "Assessment: Primary osteoarthritis of the knee.\n"
                    "Procedure: Consent obtained, site marked and prepped with chlorhexidine; "
                    "lateral approach, 40 mg triamcinolone with 4 mL 1% lidocaine injected. No "
                    "complications. Performed by {provider}.\n"
                    "Plan: Ice as needed, activity as tolerated. Next injection no sooner than "
                    "3 months."),
            .diagnoses = {QStringLiteral("M1710")},
            .services = {
                    service(QStringLiteral("20610"), {1}, {QStringLiteral("LT")}),
                    service(QStringLiteral("J3301"), {1}, {}, 4),
            },
            .supported = false,
            .problem = QStringLiteral(
                    "The note never states which knee was injected, so neither the LT modifier "
                    "on 20610 nor a left-knee diagnosis is supported; query the provider for "
                    "laterality."),
            .weight = 6,
        },
        {
            .key = QStringLiteral("carpal-tunnel"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 25,
            .maxAge = 75,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right hand numbness.\n"
                    "HPI: New patient. {age}-year-old {sex} with 4 months of numbness and "
                    "tingling in the right thumb, index and middle fingers; wakes at night "
                    "with numbness 3-4 times a week. Right-hand dominant, keyboard work. No "
                    "neck pain. No diabetes or thyroid disease.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right wrist: Tinel sign positive over the carpal tunnel, Phalen "
                    "test positive at 30 seconds, decreased light touch in the median "
                    "distribution. Thenar bulk normal, thumb abduction 5/5. Neck motion full, "
                    "Spurling negative. Left hand normal.\n"
                    "Assessment: Carpal tunnel syndrome, right wrist.\n"
                    "Plan: Neutral wrist splint at night, workstation changes. EMG and nerve "
                    "conduction study ordered. Steroid injection or release discussed if no "
                    "improvement. Return after EMG."),
            .diagnoses = {QStringLiteral("G5601")},
            .services = {
                    service(QStringLiteral("99203"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("rotator-cuff-strain"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 65,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right shoulder pain after lifting.\n"
                    "HPI: New patient. {age}-year-old {sex} felt a pull in the right shoulder "
                    "5 days ago lifting a heavy box overhead. Pain reaching overhead and lying "
                    "on that side. No fall, numbness or hand weakness. No prior shoulder "
                    "problems. First visit for this injury.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right shoulder: no deformity or bruising, tender at the greater "
                    "tuberosity. Active elevation 150 degrees with painful arc; resisted "
                    "external rotation and empty-can test painful, strength 5-/5. Drop-arm "
                    "test negative. Neurovascularly intact.\n"
                    "X-ray: Right shoulder, 3 views in office today: no fracture, dislocation "
                    "or calcific deposit. Interpreted by {provider}.\n"
                    "Assessment: Strain of right rotator cuff, initial encounter.\n"
                    "Plan: Sling for comfort 2-3 days, then pendulum exercises. Ibuprofen 600 "
                    "mg three times daily with food as needed. Physical therapy referral. MRI "
                    "if weakness persists at 4-6 weeks. Return in 4 weeks."),
            .diagnoses = {QStringLiteral("S46011A")},
            .services = {
                    service(QStringLiteral("99203"), {1}),
                    service(QStringLiteral("73030"), {1}, {QStringLiteral("RT")}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("lumbar-radiculopathy"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 25,
            .maxAge = 80,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Low back pain shooting down the left leg.\n"
                    "HPI: New patient. {age}-year-old {sex} with 3 weeks of low back pain with "
                    "shooting pain into the left buttock, back of thigh, outer calf and top of "
                    "foot, tingling in the big toe. Worse sitting. No bowel or bladder change, "
                    "saddle numbness, fever or cancer history. Ibuprofen helps little.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Lumbar paraspinal tenderness. Straight leg raise positive on the "
                    "left at 40 degrees. Left big toe extension 4/5, decreased sensation over "
                    "the top of the left foot. Reflexes symmetric. Heel walk weak on the left.\n"
                    "X-ray: Lumbar spine, 2 views in office today: no fracture or slippage, "
                    "disc spaces preserved. Interpreted by {provider}.\n"
                    "Assessment: Lumbar radiculopathy, left L5 distribution.\n"
                    "Plan: Prednisone 6-day taper. Physical therapy referral; avoid prolonged "
                    "sitting. Lumbar MRI if no better in 6 weeks or if weakness progresses. "
                    "Return in 4 weeks."),
            .diagnoses = {QStringLiteral("M5416")},
            .services = {
                    service(QStringLiteral("99204"), {1}),
                    service(QStringLiteral("72100"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("distal-radius-fx-followup"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right wrist fracture follow-up, cast removal.\n"
                    "HPI: Established patient. {age}-year-old {sex} fell on the outstretched "
                    "right hand 6 weeks ago while traveling; a distal radius fracture was "
                    "treated there with closed reduction and a cast. Pain now 2/10, no "
                    "numbness. Right-hand dominant.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Cast removed today. Skin intact. Mild tenderness over the distal "
                    "radius. Wrist extension 40, flexion 35 degrees, stiff. Full finger "
                    "motion, sensation and capillary refill normal.\n"
                    "X-ray: Right wrist, 3 views today: healing distal radius fracture with "
                    "bridging callus, alignment maintained. Interpreted by {provider}.\n"
                    "Assessment: Fracture of right distal radius, routine healing, subsequent "
                    "visit.\n"
                    "Plan: Removable wrist splint for comfort 2 weeks; physical therapy for "
                    "motion and strengthening. No lifting over 5 lb for 4 weeks. Return in 4 "
                    "weeks with repeat X-ray."),
            .diagnoses = {QStringLiteral("S52501D")},
            .services = {
                    service(QStringLiteral("99213"), {1}),
                    service(QStringLiteral("73110"), {1}, {QStringLiteral("RT")}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("ankle-sprain-xray"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 18,
            .maxAge = 60,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Left ankle injury.\n"
                    "HPI: New patient. {age}-year-old {sex} twisted the left ankle inward "
                    "playing basketball 2 days ago, with immediate swelling. Could take only a "
                    "few steps since.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Left ankle: swelling and bruising over the lateral ankle, tender "
                    "over the lateral ligaments and at the posterior edge of the lateral "
                    "malleolus. No fifth metatarsal or navicular tenderness. Anterior drawer "
                    "mildly lax compared with the right. Neurovascularly intact.\n"
                    "X-ray: Left ankle, 3 views in office today (Ottawa rules positive): no "
                    "fracture, mortise intact. Interpreted by {provider}.\n"
                    "Assessment: Sprain of left ankle, initial encounter; fracture excluded.\n"
                    "Plan: Lace-up brace, crutches and weight bearing as tolerated. Rest, ice, "
                    "elevation; naproxen 500 mg twice daily with food. Physical therapy for "
                    "balance. Return in 3 weeks."),
            .diagnoses = {QStringLiteral("S93402A")},
            .services = {
                    service(QStringLiteral("99203"), {1}),
                    service(QStringLiteral("73610"), {1}, {QStringLiteral("LT")}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("shoulder-impingement-injection"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 35,
            .maxAge = 80,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right shoulder injection.\n"
                    "HPI: Established patient. {age}-year-old {sex} with right shoulder "
                    "impingement, no better after 6 weeks of physical therapy and NSAIDs; "
                    "returns for the subacromial steroid injection planned last visit. No new "
                    "injury, numbness or weakness.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right shoulder: Neer and Hawkins signs positive, painful arc 70-120 "
                    "degrees, rotator cuff strength 5/5.\n"
                    "Assessment: Impingement syndrome of right shoulder.\n"
                    "Procedure: Right subacromial injection. Consent obtained, site marked and "
                    "prepped with chlorhexidine; posterior approach, no imaging guidance; 40 "
                    "mg triamcinolone with 4 mL 1% lidocaine injected. No complications. "
                    "Performed by {provider}.\n"
                    "Plan: Continue home exercises, ice as needed. Return in 6 weeks."),
            .diagnoses = {QStringLiteral("M7541")},
            .services = {
                    service(QStringLiteral("20610"), {1}, {QStringLiteral("RT")}),
                    service(QStringLiteral("J3301"), {1}, {}, 4),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("lateral-epicondylitis"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 70,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right elbow pain.\n"
                    "HPI: New patient. {age}-year-old {sex} with 2 months of pain on the outer "
                    "right elbow, worse gripping and lifting a coffee cup. Plays tennis "
                    "weekly. No injury, numbness or neck pain.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right elbow: tender at the lateral epicondyle, pain with resisted "
                    "wrist and middle finger extension. Full motion, stable. Neurovascularly "
                    "intact.\n"
                    "Assessment: Lateral epicondylitis, right elbow.\n"
                    "Plan: Counterforce brace, activity changes, physical therapy for "
                    "eccentric wrist extensor exercises. Diclofenac gel 4 times daily. Return "
                    "in 6 weeks; injection if not better."),
            .diagnoses = {QStringLiteral("M7711")},
            .services = {
                    service(QStringLiteral("99203"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 6,
        },
        {
            .key = QStringLiteral("hip-oa-xray"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 50,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right hip and groin pain.\n"
                    "HPI: New patient. {age}-year-old {sex} with 8 months of right groin pain, "
                    "worse walking over 2 blocks and putting on socks, 20 minutes of morning "
                    "stiffness. No injury, back pain or numbness. Acetaminophen helps partly.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Right hip: flexion 95 degrees, internal rotation 10 degrees with "
                    "groin pain, FABER positive. Antalgic gait. Left hip full and painless. "
                    "Lumbar spine nontender, straight leg raise negative. Neurovascularly "
                    "intact.\n"
                    "X-ray: Right hip, 2 views with AP pelvis in office today: superolateral "
                    "joint space narrowing, osteophytes, subchondral sclerosis. Interpreted by "
                    "{provider}.\n"
                    "Assessment: Primary osteoarthritis, right hip.\n"
                    "Plan: Home exercises and physical therapy, cane in the left hand, weight "
                    "control. Meloxicam 7.5 mg daily with food. Injection and hip replacement "
                    "discussed for later. Return in 3 months."),
            .diagnoses = {QStringLiteral("M1611")},
            .services = {
                    service(QStringLiteral("99204"), {1}),
                    service(QStringLiteral("73502"), {1}, {QStringLiteral("RT")}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("trigger-finger-injection"),
            .specialty = QStringLiteral("orthopedics"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 35,
            .maxAge = 80,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Right middle finger catching.\n"
                    "HPI: Established patient. {age}-year-old {sex} with 3 months of painful "
                    "catching of the right middle finger, worse in the morning; sometimes "
                    "straightens it with the other hand. No injury. Not diabetic.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Tender nodule at the A1 pulley of the right middle finger; "
                    "triggering reproduced with active flexion, no locking. Neurovascularly "
                    "intact.\n"
                    "Assessment: Trigger finger, right middle finger.\n"
                    "Procedure: Right middle finger tendon sheath injection. Consent obtained, "
                    "site marked and prepped with chlorhexidine; 10 mg triamcinolone with 1 mL "
                    "1% lidocaine injected at the A1 pulley. No complications. Performed by "
                    "{provider}.\n"
                    "Plan: Avoid forceful gripping for a few days. Return in 6 weeks; release "
                    "if triggering persists."),
            .diagnoses = {QStringLiteral("M65331")},
            .services = {
                    service(QStringLiteral("20550"), {1}, {QStringLiteral("F7")}),
                    service(QStringLiteral("J3301"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 5,
        },
        // -------------------- cardiology
        {
            .key = QStringLiteral("afib-ecg"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 50,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Irregular heartbeat, referred by primary care.\n"
                    "HPI: New patient. {age}-year-old {sex} referred for an irregular pulse "
                    "found at a routine visit last week. About a month of intermittent "
                    "palpitations and mild fatigue; unsure when it began. No chest pain, "
                    "fainting or stroke symptoms. No prior heart disease.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse} irregular, weight {weight_lb} "
                    "lb.\n"
                    "Exam: Irregularly irregular rhythm, no murmur. JVP normal. Lungs clear. "
                    "No edema.\n"
                    "ECG: 12-lead in office today, interpreted by {provider}: atrial "
                    "fibrillation, ventricular rate {pulse}, normal axis, no acute ST changes.\n"
                    "Assessment: Atrial fibrillation, newly found, duration unknown, type not "
                    "yet determined. CHA2DS2-VASc reviewed; anticoagulation indicated.\n"
                    "Plan: Start apixaban 5 mg twice daily and metoprolol succinate 25 mg "
                    "daily. Echocardiogram, TSH and 14-day monitor ordered. Return in 4 weeks."),
            .diagnoses = {QStringLiteral("I4891")},
            .services = {
                    service(QStringLiteral("99204"), {1}),
                    service(QStringLiteral("93000"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 10,
        },
        {
            .key = QStringLiteral("chest-pain-ecg-echo"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 35,
            .maxAge = 85,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Chest pain.\n"
                    "HPI: New patient. {age}-year-old {sex} with 3 weeks of intermittent chest "
                    "pain, episodes of 5-10 minutes, some with exertion and some at rest, no "
                    "clear pattern. No radiation, shortness of breath, sweating or fainting. "
                    "Nonsmoker.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Chest wall nontender. Heart regular, no murmur, rub or gallop. "
                    "Lungs clear. No edema. Pulses equal.\n"
                    "ECG: 12-lead in office today: normal sinus rhythm, normal intervals, no "
                    "ST or T wave change.\n"
                    "Echo: Complete transthoracic echocardiogram with spectral and color "
                    "Doppler in office today: normal LV size and function, EF 60%, no wall "
                    "motion abnormality, normal valves, no effusion.\n"
                    "Assessment: Chest pain, cause not yet determined.\n"
                    "Plan: Exercise treadmill stress test scheduled. Aspirin 81 mg daily until "
                    "testing. Emergency precautions reviewed. Return after stress test. "
                    "Studies interpreted by {provider}."),
            .diagnoses = {QStringLiteral("R079")},
            .services = {
                    service(QStringLiteral("99204"), {1}),
                    service(QStringLiteral("93000"), {1}),
                    service(QStringLiteral("93306"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("hf-specificity"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 40,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Heart failure follow-up.\n"
                    "HPI: {age}-year-old {sex} with chronic systolic heart failure, EF 35% on "
                    "echo 6 months ago, normal coronaries at catheterization 2 years ago, no "
                    "history of hypertension. On sacubitril-valsartan 49/51 mg twice daily, "
                    "carvedilol 12.5 mg twice daily, spironolactone 25 mg and dapagliflozin 10 "
                    "mg daily. NYHA class II. No orthopnea or weight gain.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: JVP not elevated. Heart regular, no S3. Lungs clear. No edema.\n"
                    "Data: BMP last week reviewed: potassium 4.6, creatinine 1.1.\n"
                    "Assessment: Chronic systolic heart failure (HFrEF), compensated, NYHA "
                    "class II.\n"
                    "Plan: Increase carvedilol to 25 mg twice daily; continue other medicines. "
                    "Daily weights, sodium under 2 g. Repeat echo in 3 months. Return in 6 "
                    "weeks."),
            .diagnoses = {QStringLiteral("I5022")},
            .services = {
                    service(QStringLiteral("99214"), {1}),
            },
            .supported = true,
            .problem = QStringLiteral(
                    "The superbill lists I50.9, but the note documents chronic systolic heart "
                    "failure, so the unspecified heart failure code would be wrong: code "
                    "I50.22."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("htn-ckd"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 40,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Hypertension and kidney disease follow-up.\n"
                    "HPI: {age}-year-old {sex} with hypertension and chronic kidney disease "
                    "stage 3, followed with nephrology; on losartan 100 mg and chlorthalidone "
                    "12.5 mg daily. Home readings mostly 130s over 80s. No chest pain, "
                    "shortness of breath or swelling. No diabetes.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Heart regular, no murmur. Lungs clear. Trace ankle edema.\n"
                    "Data: Nephrology labs last month reviewed: creatinine 1.5, eGFR 48, "
                    "potassium 4.8.\n"
                    "Assessment: Hypertensive chronic kidney disease, CKD stage 3; blood "
                    "pressure near goal.\n"
                    "Plan: Continue losartan and chlorthalidone. Low-sodium diet, avoid "
                    "NSAIDs. BMP in 3 months, coordinate with nephrology. Return in 6 months."),
            .diagnoses = {QStringLiteral("I129"), QStringLiteral("N1830")},
            .services = {
                    service(QStringLiteral("99214"), {1, 2}),
            },
            .supported = true,
            .problem = QStringLiteral(
                    "The note documents chronic kidney disease stage 3 without saying 3a or "
                    "3b, and a coder may not infer the substage from the eGFR, so only N18.30 "
                    "fits; a query would allow N18.31 or N18.32."),
            .weight = 8,
        },
        {
            .key = QStringLiteral("hld-family-history-lipid"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 30,
            .maxAge = 85,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Lipid follow-up.\n"
                    "HPI: {age}-year-old {sex} with hyperlipidemia, followed here because "
                    "{his} father had a heart attack at 48. Started rosuvastatin 20 mg daily 3 "
                    "months ago; mild calf aches the first 2 weeks, now gone. LDL {ldl} mg/dL "
                    "before the statin. Nonsmoker. No chest pain.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Heart regular, no murmur. Lungs clear. No carotid bruits. No "
                    "xanthelasma.\n"
                    "Assessment: Hyperlipidemia on statin; family history of premature "
                    "coronary disease.\n"
                    "Plan: Fasting lipid panel drawn in office today to check response. "
                    "Continue rosuvastatin 20 mg. Coronary calcium score discussed. Return in "
                    "6 months."),
            .diagnoses = {QStringLiteral("E785"), QStringLiteral("Z8249")},
            .services = {
                    service(QStringLiteral("99213"), {1, 2}),
                    service(QStringLiteral("80061"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("cad-stable-ecg"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("11"),
            .minAge = 45,
            .maxAge = 90,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Coronary artery disease follow-up.\n"
                    "HPI: {age}-year-old {sex} with coronary artery disease, drug-eluting "
                    "stent to the LAD 3 years ago. On aspirin 81 mg, atorvastatin 80 mg and "
                    "metoprolol succinate 50 mg daily. No angina, exertional shortness of "
                    "breath or palpitations; walks 2 miles daily. Last LDL {ldl} mg/dL.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Heart regular, no murmur. Lungs clear. No edema. Pulses normal.\n"
                    "ECG: 12-lead in office today, interpreted by {provider}: sinus rhythm, no "
                    "acute ST change, unchanged from prior.\n"
                    "Assessment: 1. Coronary artery disease of native coronary artery without "
                    "angina, LAD stent in place. 2. Hyperlipidemia on high-intensity statin.\n"
                    "Plan: Continue current medicines. Lipid panel in 3 months. Keep up daily "
                    "exercise. Return in 6 months."),
            .diagnoses = {QStringLiteral("I2510"), QStringLiteral("E785"), QStringLiteral("Z955")},
            .services = {
                    service(QStringLiteral("99214"), {1, 2, 3}),
                    service(QStringLiteral("93000"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 8,
        },
        {
            .key = QStringLiteral("palpitations-hopd"),
            .specialty = QStringLiteral("cardiology"),
            .placeOfService = QStringLiteral("22"),
            .minAge = 18,
            .maxAge = 80,
            .sex = {},
            .note = QStringLiteral(
                    "Chief complaint: Palpitations.\n"
                    "HPI: New patient, hospital outpatient cardiology clinic. {age}-year-old "
                    "{sex} with 2 months of brief fluttering heartbeats lasting seconds, a few "
                    "times a week, more with coffee and poor sleep. No fainting, chest pain or "
                    "shortness of breath. Drinks 4 cups of coffee a day.\n"
                    "Vitals: BP {bp_sys}/{bp_dia}, pulse {pulse}, temp {temp} F, weight "
                    "{weight_lb} lb.\n"
                    "Exam: Heart regular, no murmur or click. Lungs clear. Thyroid not "
                    "enlarged.\n"
                    "ECG: Hospital 12-lead tracing, interpretation and report by {provider}: "
                    "normal sinus rhythm, normal PR and QT intervals, no pre-excitation, no "
                    "ectopy.\n"
                    "Assessment: Palpitations; no arrhythmia on today's ECG.\n"
                    "Plan: Cut back caffeine. 48-hour Holter monitor, TSH and CBC ordered. "
                    "Return after monitor."),
            .diagnoses = {QStringLiteral("R002")},
            .services = {
                    service(QStringLiteral("99203"), {1}),
                    service(QStringLiteral("93010"), {1}),
            },
            .supported = true,
            .problem = {},
            .weight = 6,
        },
    };
    return all;
}

QString fillTemplate(const QString &tmpl, const QList<QPair<QString, QString>> &values)
{
    QString text = tmpl;
    for (const auto &[name, value] : values)
        text.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
    return text;
}

} // namespace cc::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "remitcodes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstddef>
#include <iterator>

namespace cc::remitcodes {

namespace {

// The descriptions are ours: short, plain sentences a biller understands at a glance, not the
// wording of the published code lists. They are translated in context "cc::remitcodes".
constexpr auto kContext = "cc::remitcodes";

struct Entry
{
    const char *code;
    const char *text;
};

const Entry kGroups[] = {
    {"CO", QT_TRANSLATE_NOOP("cc::remitcodes", "Contractual obligation")},
    {"PR", QT_TRANSLATE_NOOP("cc::remitcodes", "Patient responsibility")},
    {"OA", QT_TRANSLATE_NOOP("cc::remitcodes", "Other adjustment")},
    {"PI", QT_TRANSLATE_NOOP("cc::remitcodes", "Payer-initiated reduction")},
};

// Common CARCs (code list 139), numeric codes in numeric order, then the lettered ones.
const Entry kReasons[] = {
    {"1", QT_TRANSLATE_NOOP("cc::remitcodes", "Deductible")},
    {"2", QT_TRANSLATE_NOOP("cc::remitcodes", "Coinsurance")},
    {"3", QT_TRANSLATE_NOOP("cc::remitcodes", "Copay")},
    {"4", QT_TRANSLATE_NOOP("cc::remitcodes",
                            "A modifier is missing or does not fit the procedure code")},
    {"5", QT_TRANSLATE_NOOP("cc::remitcodes",
                            "The procedure code or bill type does not fit the place of service")},
    {"6", QT_TRANSLATE_NOOP("cc::remitcodes", "The procedure does not fit the patient's age")},
    {"7", QT_TRANSLATE_NOOP("cc::remitcodes", "The procedure does not fit the patient's sex")},
    {"8", QT_TRANSLATE_NOOP("cc::remitcodes",
                            "The procedure does not fit the provider's type or specialty")},
    {"9", QT_TRANSLATE_NOOP("cc::remitcodes", "The diagnosis does not fit the patient's age")},
    {"10", QT_TRANSLATE_NOOP("cc::remitcodes", "The diagnosis does not fit the patient's sex")},
    {"11", QT_TRANSLATE_NOOP("cc::remitcodes", "The diagnosis does not support the procedure")},
    {"13", QT_TRANSLATE_NOOP("cc::remitcodes", "The date of death is before the date of service")},
    {"15", QT_TRANSLATE_NOOP("cc::remitcodes", "Authorization number missing or not valid")},
    {"16", QT_TRANSLATE_NOOP("cc::remitcodes", "Claim lacks information or has billing errors")},
    {"18", QT_TRANSLATE_NOOP("cc::remitcodes", "Duplicate of a claim or service already sent")},
    {"19", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Work injury: bill the workers' compensation carrier")},
    {"20", QT_TRANSLATE_NOOP("cc::remitcodes", "Injury covered by a liability carrier")},
    {"21", QT_TRANSLATE_NOOP("cc::remitcodes", "Injury covered by no-fault or auto insurance")},
    {"22", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Another payer may be primary: coordination of benefits")},
    {"23", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Reduced by what the prior payer allowed or paid")},
    {"24", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Covered by a capitation or managed-care agreement")},
    {"26", QT_TRANSLATE_NOOP("cc::remitcodes", "Service before the coverage started")},
    {"27", QT_TRANSLATE_NOOP("cc::remitcodes", "Service after the coverage ended")},
    {"29", QT_TRANSLATE_NOOP("cc::remitcodes", "Sent after the timely filing limit")},
    {"31", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "The payer cannot find the patient as its member")},
    {"32", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "The payer says the patient is not an eligible dependent")},
    {"39", QT_TRANSLATE_NOOP("cc::remitcodes", "The authorization was refused")},
    {"40", QT_TRANSLATE_NOOP("cc::remitcodes", "Not emergency or urgent care")},
    {"45", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Charge exceeds the fee schedule or contracted amount")},
    {"49", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Routine or preventive service the plan does not cover")},
    {"50", QT_TRANSLATE_NOOP("cc::remitcodes", "Not medically necessary in the payer's judgement")},
    {"51", QT_TRANSLATE_NOOP("cc::remitcodes", "Pre-existing condition not covered")},
    {"54", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "An assistant or a second surgeon is not covered here")},
    {"55", QT_TRANSLATE_NOOP("cc::remitcodes", "Experimental or investigational in the payer's view")},
    {"56", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Not proven effective for this condition in the payer's view")},
    {"58", QT_TRANSLATE_NOOP("cc::remitcodes", "Wrong place of service for this treatment")},
    {"59", QT_TRANSLATE_NOOP("cc::remitcodes", "Reduced by the multiple-procedure rules")},
    {"94", QT_TRANSLATE_NOOP("cc::remitcodes", "Processed above the billed charge")},
    {"95", QT_TRANSLATE_NOOP("cc::remitcodes", "The plan's procedures were not followed")},
    {"96", QT_TRANSLATE_NOOP("cc::remitcodes", "Not covered by the patient's plan")},
    {"97", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Included in the payment for another service (bundled)")},
    {"100", QT_TRANSLATE_NOOP("cc::remitcodes", "Paid to the patient or the insured")},
    {"107", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "A related or qualifying service is missing from the claim")},
    {"109", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Not covered by this payer: send it to the right payer")},
    {"110", QT_TRANSLATE_NOOP("cc::remitcodes", "Billed before the date of service")},
    {"119", QT_TRANSLATE_NOOP("cc::remitcodes", "The plan's benefit maximum has been reached")},
    {"125", QT_TRANSLATE_NOOP("cc::remitcodes", "Error in how the claim was sent")},
    {"129", QT_TRANSLATE_NOOP("cc::remitcodes", "The earlier payer's information is wrong")},
    {"131", QT_TRANSLATE_NOOP("cc::remitcodes", "Discount negotiated for this claim")},
    {"140", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Patient and insured name or member ID do not match")},
    {"146", QT_TRANSLATE_NOOP("cc::remitcodes", "Diagnosis not valid on the date of service")},
    {"150", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The records do not support this level of service")},
    {"151", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The records do not support this many services")},
    {"167", QT_TRANSLATE_NOOP("cc::remitcodes", "The diagnosis is not covered")},
    {"170", QT_TRANSLATE_NOOP("cc::remitcodes", "Not paid when this kind of provider bills it")},
    {"181", QT_TRANSLATE_NOOP("cc::remitcodes", "Procedure code not valid on the date of service")},
    {"182", QT_TRANSLATE_NOOP("cc::remitcodes", "Modifier not valid on the date of service")},
    {"183", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The referring provider may not refer this service")},
    {"185", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The rendering provider may not be paid for this service")},
    {"189", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Unlisted code used where a specific code exists")},
    {"193", QT_TRANSLATE_NOOP("cc::remitcodes", "The payer reviewed it and kept its decision")},
    {"197", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Prior authorization or notification missing")},
    {"198", QT_TRANSLATE_NOOP("cc::remitcodes", "More than the prior authorization allows")},
    {"199", QT_TRANSLATE_NOOP("cc::remitcodes", "Revenue code and procedure code do not match")},
    {"200", QT_TRANSLATE_NOOP("cc::remitcodes", "Service during a lapse in coverage")},
    {"204", QT_TRANSLATE_NOOP("cc::remitcodes", "Not covered by the patient's current plan")},
    {"206", QT_TRANSLATE_NOOP("cc::remitcodes", "NPI missing, incomplete or not valid")},
    {"208", QT_TRANSLATE_NOOP("cc::remitcodes", "NPI does not match the payer's records")},
    {"222", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "More hours, days or units than allowed in this period")},
    {"226", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Information asked of the practice was not sent or was incomplete")},
    {"227", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Information asked of the patient was not sent or was incomplete")},
    {"234", QT_TRANSLATE_NOOP("cc::remitcodes", "This procedure is not paid separately")},
    {"236", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "These procedures may not be billed together (code pair rules)")},
    {"242", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Not done by an in-network or primary care provider")},
    {"250", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The attachment sent was incomplete or could not be used")},
    {"252", QT_TRANSLATE_NOOP("cc::remitcodes", "An attachment or records are needed")},
    {"253", QT_TRANSLATE_NOOP("cc::remitcodes", "Sequestration: federal payment reduction")},
    {"256", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Not payable under the patient's managed-care contract")},
    {"A1", QT_TRANSLATE_NOOP("cc::remitcodes", "Claim or service denied: see the remark codes")},
    {"B7", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Provider not certified or eligible for this service on this date")},
    {"B9", QT_TRANSLATE_NOOP("cc::remitcodes", "The patient is in hospice")},
    {"B15", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Needs a qualifying service that was not paid or not billed")},
    {"B16", QT_TRANSLATE_NOOP("cc::remitcodes", "Does not qualify as a new patient visit")},
    {"B22", QT_TRANSLATE_NOOP("cc::remitcodes", "Payment changed because of the diagnosis")},
};

// Common RARCs (code list 411), in code order (letters, then the number).
const Entry kRemarks[] = {
    {"M15", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Billed separately but paid as part of another service")},
    {"M20", QT_TRANSLATE_NOOP("cc::remitcodes", "HCPCS code missing or not valid")},
    {"M25", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The records do not show a need for this level of service")},
    {"M51", QT_TRANSLATE_NOOP("cc::remitcodes", "Procedure code missing or not valid")},
    {"M62", QT_TRANSLATE_NOOP("cc::remitcodes", "Authorization number missing or not valid")},
    {"M76", QT_TRANSLATE_NOOP("cc::remitcodes", "Diagnosis missing or not valid")},
    {"M77", QT_TRANSLATE_NOOP("cc::remitcodes", "Place of service missing or not valid")},
    {"M79", QT_TRANSLATE_NOOP("cc::remitcodes", "Charge missing or not valid")},
    {"M80", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Not paid on the same day as a service already processed")},
    {"M86", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Already paid for the same or a similar service in this period")},
    {"M127", QT_TRANSLATE_NOOP("cc::remitcodes", "The patient's records for this service are missing")},
    {"MA04", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "A secondary claim needs the primary payer's payment details")},
    {"MA18", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "Sent on to the patient's supplemental insurer")},
    {"MA27", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "The patient's name or member ID is missing or does not match")},
    {"MA30", QT_TRANSLATE_NOOP("cc::remitcodes", "Type of bill missing or not valid")},
    {"MA61", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "The patient's Medicare number or SSN is missing or not valid")},
    {"MA63", QT_TRANSLATE_NOOP("cc::remitcodes", "Principal diagnosis missing or not valid")},
    {"MA130", QT_TRANSLATE_NOOP("cc::remitcodes",
                                "Claim could not be processed: fix it and send it as a new claim "
                                "(no appeal)")},
    {"N4", QT_TRANSLATE_NOOP("cc::remitcodes", "The prior payer's EOB is missing or incomplete")},
    {"N14", QT_TRANSLATE_NOOP("cc::remitcodes", "Paid at the contracted or fee schedule amount")},
    {"N19", QT_TRANSLATE_NOOP("cc::remitcodes", "Part of the main procedure: not paid separately")},
    {"N20", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Not paid with another service on the same date")},
    {"N30", QT_TRANSLATE_NOOP("cc::remitcodes", "The patient is not eligible for this service")},
    {"N54", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "The claim does not match the services that were authorized")},
    {"N56", QT_TRANSLATE_NOOP("cc::remitcodes",
                              "Procedure code not right for the service or the date billed")},
    {"N115", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "Decided by a local coverage policy (LCD)")},
    {"N130", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "See the plan's benefit documents for limits on this service")},
    {"N180", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "Does not meet the rules of the category it was billed under")},
    {"N211", QT_TRANSLATE_NOOP("cc::remitcodes", "This decision cannot be appealed")},
    {"N265", QT_TRANSLATE_NOOP("cc::remitcodes", "Ordering provider's NPI missing or not valid")},
    {"N286", QT_TRANSLATE_NOOP("cc::remitcodes", "Referring provider's NPI missing or not valid")},
    {"N290", QT_TRANSLATE_NOOP("cc::remitcodes", "Rendering provider's NPI missing or not valid")},
    {"N362", QT_TRANSLATE_NOOP("cc::remitcodes", "More days or units than the payer allows")},
    {"N382", QT_TRANSLATE_NOOP("cc::remitcodes", "Patient identifier missing or not valid")},
    {"N386", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "Decided by a national coverage policy (NCD)")},
    {"N425", QT_TRANSLATE_NOOP("cc::remitcodes", "Excluded from coverage by law")},
    {"N432", QT_TRANSLATE_NOOP("cc::remitcodes", "Adjusted after a recovery audit")},
    {"N517", QT_TRANSLATE_NOOP("cc::remitcodes",
                               "Send a new claim with the information asked for")},
    {"N522", QT_TRANSLATE_NOOP("cc::remitcodes", "Duplicate of a crossover claim")},
    {"N657", QT_TRANSLATE_NOOP("cc::remitcodes", "Bill this with the code that fits the service")},
};

// CLP02 statuses the 835 guide allows (X12.md §3).
const Entry kClaimStatuses[] = {
    {"1", QT_TRANSLATE_NOOP("cc::remitcodes", "Processed as primary")},
    {"2", QT_TRANSLATE_NOOP("cc::remitcodes", "Processed as secondary")},
    {"3", QT_TRANSLATE_NOOP("cc::remitcodes", "Processed as tertiary")},
    {"4", QT_TRANSLATE_NOOP("cc::remitcodes", "Denied")},
    {"19", QT_TRANSLATE_NOOP("cc::remitcodes", "Processed as primary, sent on to another payer")},
    {"20", QT_TRANSLATE_NOOP("cc::remitcodes",
                             "Processed as secondary, sent on to another payer")},
    {"21", QT_TRANSLATE_NOOP("cc::remitcodes", "Processed as tertiary, sent on to another payer")},
    {"22", QT_TRANSLATE_NOOP("cc::remitcodes", "Reversal of previous payment")},
    {"23", QT_TRANSLATE_NOOP("cc::remitcodes", "Not this payer's claim, sent on to another payer")},
    {"25", QT_TRANSLATE_NOOP("cc::remitcodes", "Price estimate only, no payment")},
};

// PLB03-1 reasons (X12.md §2).
const Entry kProviderAdjustments[] = {
    {"50", QT_TRANSLATE_NOOP("cc::remitcodes", "Late charge")},
    {"51", QT_TRANSLATE_NOOP("cc::remitcodes", "Interest penalty")},
    {"72", QT_TRANSLATE_NOOP("cc::remitcodes", "Authorized return")},
    {"90", QT_TRANSLATE_NOOP("cc::remitcodes", "Early payment allowance")},
    {"AH", QT_TRANSLATE_NOOP("cc::remitcodes", "Origination fee")},
    {"AM", QT_TRANSLATE_NOOP("cc::remitcodes", "Applied to borrower's account")},
    {"AP", QT_TRANSLATE_NOOP("cc::remitcodes", "Acceleration of benefits")},
    {"B2", QT_TRANSLATE_NOOP("cc::remitcodes", "Rebate")},
    {"B3", QT_TRANSLATE_NOOP("cc::remitcodes", "Recovery allowance")},
    {"BD", QT_TRANSLATE_NOOP("cc::remitcodes", "Bad debt")},
    {"BN", QT_TRANSLATE_NOOP("cc::remitcodes", "Bonus")},
    {"C5", QT_TRANSLATE_NOOP("cc::remitcodes", "Temporary allowance")},
    {"CR", QT_TRANSLATE_NOOP("cc::remitcodes", "Capitation interest")},
    {"CS", QT_TRANSLATE_NOOP("cc::remitcodes", "Adjustment")},
    {"CT", QT_TRANSLATE_NOOP("cc::remitcodes", "Capitation payment")},
    {"CV", QT_TRANSLATE_NOOP("cc::remitcodes", "Capital pass-through")},
    {"CW", QT_TRANSLATE_NOOP("cc::remitcodes", "CRNA pass-through")},
    {"DM", QT_TRANSLATE_NOOP("cc::remitcodes", "Direct medical education pass-through")},
    {"E3", QT_TRANSLATE_NOOP("cc::remitcodes", "Withholding")},
    {"FB", QT_TRANSLATE_NOOP("cc::remitcodes", "Forwarding balance (recoupment)")},
    {"FC", QT_TRANSLATE_NOOP("cc::remitcodes", "Fund allocation")},
    {"GO", QT_TRANSLATE_NOOP("cc::remitcodes", "Graduate medical education pass-through")},
    {"HM", QT_TRANSLATE_NOOP("cc::remitcodes", "Hemophilia clotting factor")},
    {"IP", QT_TRANSLATE_NOOP("cc::remitcodes", "Incentive premium")},
    {"IR", QT_TRANSLATE_NOOP("cc::remitcodes", "IRS withholding")},
    {"IS", QT_TRANSLATE_NOOP("cc::remitcodes", "Interim settlement")},
    {"J1", QT_TRANSLATE_NOOP("cc::remitcodes", "Not reimbursable")},
    {"L3", QT_TRANSLATE_NOOP("cc::remitcodes", "Penalty")},
    {"L6", QT_TRANSLATE_NOOP("cc::remitcodes", "Interest")},
    {"LE", QT_TRANSLATE_NOOP("cc::remitcodes", "Levy")},
    {"LS", QT_TRANSLATE_NOOP("cc::remitcodes", "Lump sum")},
    {"OA", QT_TRANSLATE_NOOP("cc::remitcodes", "Organ acquisition pass-through")},
    {"OB", QT_TRANSLATE_NOOP("cc::remitcodes", "Offset for affiliated providers")},
    {"PI", QT_TRANSLATE_NOOP("cc::remitcodes", "Periodic interim payment")},
    {"PL", QT_TRANSLATE_NOOP("cc::remitcodes", "Final payment")},
    {"RA", QT_TRANSLATE_NOOP("cc::remitcodes", "Retroactive adjustment")},
    {"RE", QT_TRANSLATE_NOOP("cc::remitcodes", "Return on equity")},
    {"SL", QT_TRANSLATE_NOOP("cc::remitcodes", "Student loan repayment")},
    {"TL", QT_TRANSLATE_NOOP("cc::remitcodes", "Third-party liability")},
    {"WO", QT_TRANSLATE_NOOP("cc::remitcodes", "Overpayment recovery")},
    {"WU", QT_TRANSLATE_NOOP("cc::remitcodes", "Unspecified recovery")},
};

// The CARCs whose cause is in the coding, and the scrubber rule that would have caught it
// before the claim went out (DESIGN.md §5 ids). Only reasons a coder can act on are here:
// registration, eligibility, authorization, filing and contract reasons are the biller's.
const Entry kCodingRules[] = {
    {"4", "modifier-invalid"},
    {"6", "age-conflict"},
    {"7", "sex-conflict"},
    {"9", "age-conflict"},
    {"10", "sex-conflict"},
    {"11", "dx-not-supporting"},
    {"50", "dx-not-supporting"},
    {"97", "ncci-ptp"},
    {"146", "code-invalid"},
    {"151", "mue-units"},
    {"167", "dx-not-supporting"},
    {"181", "code-invalid"},
    {"182", "modifier-invalid"},
    {"189", "unspecified-code"},
    {"234", "ncci-ptp"},
    {"236", "ncci-ptp"},
    {"B22", "dx-not-supporting"},
};

// Short names of the scrubber's rules, for group headings and the coder's detail pane.
const Entry kRuleTitles[] = {
    {"code-invalid", QT_TRANSLATE_NOOP("cc::remitcodes", "Code not valid on the date of service")},
    {"code-not-billable", QT_TRANSLATE_NOOP("cc::remitcodes", "Code not billable (a category)")},
    {"dx-not-supporting",
     QT_TRANSLATE_NOOP("cc::remitcodes", "Diagnosis does not support the service")},
    {"ncci-ptp", QT_TRANSLATE_NOOP("cc::remitcodes", "Code pair bundled (NCCI)")},
    {"mue-units", QT_TRANSLATE_NOOP("cc::remitcodes", "Units over the limit (MUE)")},
    {"age-conflict", QT_TRANSLATE_NOOP("cc::remitcodes", "Code does not fit the patient's age")},
    {"sex-conflict", QT_TRANSLATE_NOOP("cc::remitcodes", "Code does not fit the patient's sex")},
    {"manifestation-first", QT_TRANSLATE_NOOP("cc::remitcodes", "Manifestation code listed first")},
    {"modifier-25-missing", QT_TRANSLATE_NOOP("cc::remitcodes", "Modifier 25 missing")},
    {"modifier-invalid", QT_TRANSLATE_NOOP("cc::remitcodes", "Modifier missing or wrong")},
    {"pointer-invalid", QT_TRANSLATE_NOOP("cc::remitcodes", "Diagnosis pointer wrong")},
    {"too-many-diagnoses", QT_TRANSLATE_NOOP("cc::remitcodes", "More than 12 diagnoses")},
    {"npi-invalid", QT_TRANSLATE_NOOP("cc::remitcodes", "NPI not valid")},
    {"missing-data", QT_TRANSLATE_NOOP("cc::remitcodes", "Claim data missing")},
    {"auth-missing", QT_TRANSLATE_NOOP("cc::remitcodes", "Prior authorization missing")},
    {"timely-filing", QT_TRANSLATE_NOOP("cc::remitcodes", "Past the timely filing limit")},
    {"future-dos", QT_TRANSLATE_NOOP("cc::remitcodes", "Date of service in the future")},
    {"duplicate-claim", QT_TRANSLATE_NOOP("cc::remitcodes", "Duplicate service or claim")},
    {"unspecified-code", QT_TRANSLATE_NOOP("cc::remitcodes", "Unspecified code")},
    {"payer-rule", QT_TRANSLATE_NOOP("cc::remitcodes", "Payer rule")},
};

// What the coder checks next time, one sentence per coding rule. Where the scrubber's own fix
// (models/edits/editengine.cpp) says it without claim details, these say it the same way.
const Entry kRuleChecks[] = {
    {"code-invalid",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Choose codes from the code set in force on the date of service: check "
                       "for new, changed and deleted codes at each code-set update.")},
    {"code-not-billable",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "A category is not billable: choose the billable code under it that the "
                       "note supports.")},
    {"dx-not-supporting",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Point each service to a diagnosis the note documents as its reason and "
                       "the payer's coverage policy lists; query the provider when the "
                       "indication is missing.")},
    {"ncci-ptp",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Check the code pair against NCCI: bill the bundled service only when the "
                       "note documents a separate service, with the modifier that says why.")},
    {"mue-units",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Check the units against the note and the code's medically unlikely edit "
                       "for the day.")},
    {"age-conflict",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Check the code against the patient's age and the date of birth in "
                       "registration.")},
    {"sex-conflict",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Check the code against the patient's sex in registration.")},
    {"manifestation-first",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Put the underlying condition first and the manifestation after it.")},
    {"modifier-25-missing",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Add modifier 25 to a visit billed with a procedure on the same day if "
                       "the note documents a significant, separately identifiable visit.")},
    {"modifier-invalid",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Check each modifier against the code, the note and the payer's list: a "
                       "missing, wrong or retired modifier denies the line.")},
    {"pointer-invalid",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Point each line to one to four of the claim's diagnoses that support "
                       "it.")},
    {"too-many-diagnoses",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Keep the 12 diagnoses the services point to; split the claim if more "
                       "are needed.")},
    {"unspecified-code",
     QT_TRANSLATE_NOOP("cc::remitcodes",
                       "Code the detail the note documents, or query the provider.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

template <std::size_t N>
QList<CodeText> listOf(const Entry (&table)[N])
{
    QList<CodeText> out;
    out.reserve(qsizetype(N));
    for (const Entry &e : table)
        out.append({QString::fromLatin1(e.code), translated(e.text)});
    return out;
}

using Index = QHash<QString, const char *>;

template <std::size_t N>
Index indexOf(const Entry (&table)[N])
{
    Index index;
    index.reserve(qsizetype(N));
    for (const Entry &e : table)
        index.insert(QString::fromLatin1(e.code), e.text);
    return index;
}

// The ERA reader hands over codes as they stand in the file; be lenient about case and blanks.
const char *find(const Index &index, const QString &code)
{
    return index.value(code.trimmed().toUpper(), nullptr);
}

const Index &groupIndex()
{
    static const Index index = indexOf(kGroups);
    return index;
}
const Index &reasonIndex()
{
    static const Index index = indexOf(kReasons);
    return index;
}
const Index &remarkIndex()
{
    static const Index index = indexOf(kRemarks);
    return index;
}
const Index &statusIndex()
{
    static const Index index = indexOf(kClaimStatuses);
    return index;
}
const Index &plbIndex()
{
    static const Index index = indexOf(kProviderAdjustments);
    return index;
}

const Index &codingRuleIndex()
{
    static const Index index = indexOf(kCodingRules);
    return index;
}

} // namespace

QList<CodeText> groups()
{
    return listOf(kGroups);
}

QList<CodeText> adjustmentReasons()
{
    return listOf(kReasons);
}

QList<CodeText> remarkCodes()
{
    return listOf(kRemarks);
}

QString adjustmentCode(const QString &group, const QString &reason)
{
    return group.isEmpty() ? reason : group + QLatin1Char('-') + reason;
}

QString groupText(const QString &group)
{
    if (const char *text = find(groupIndex(), group))
        return translated(text);
    return group.trimmed();
}

QString reasonText(const QString &carc)
{
    if (const char *text = find(reasonIndex(), carc))
        return translated(text);
    //: An adjustment reason code (CARC) we have no description for; %1 is the code.
    return QCoreApplication::translate(kContext, "Reason %1").arg(carc.trimmed());
}

QString remarkText(const QString &rarc)
{
    if (const char *text = find(remarkIndex(), rarc))
        return translated(text);
    //: A remittance remark code (RARC) we have no description for; %1 is the code.
    return QCoreApplication::translate(kContext, "Remark %1").arg(rarc.trimmed());
}

QString claimStatusText(const QString &status)
{
    if (const char *text = find(statusIndex(), status))
        return translated(text);
    //: A claim status code (CLP02) we have no description for; %1 is the code.
    return QCoreApplication::translate(kContext, "Status %1").arg(status.trimmed());
}

QString providerAdjustmentText(const QString &reason)
{
    if (const char *text = find(plbIndex(), reason))
        return translated(text);
    //: A provider-level adjustment reason (PLB) we have no description for; %1 is the code.
    return QCoreApplication::translate(kContext, "Provider adjustment %1").arg(reason.trimmed());
}

bool isDenialReason(const QString &group, const QString &carc)
{
    const QString g = group.trimmed().toUpper();
    const QString r = carc.trimmed().toUpper();
    if (g.isEmpty() || g == u"PR" || r.isEmpty())
        return false;
    // The routine adjustments the practice accepts when the claim was paid as agreed.
    static const QStringList kRoutine = {QStringLiteral("1"),  QStringLiteral("2"),
                                         QStringLiteral("3"),  QStringLiteral("23"),
                                         QStringLiteral("45"), QStringLiteral("59"),
                                         QStringLiteral("94"), QStringLiteral("253")};
    return !kRoutine.contains(r);
}

QString codingRule(const QString &carc)
{
    // The table holds rule ids, not sentences: nothing to translate.
    if (const char *rule = find(codingRuleIndex(), carc))
        return QString::fromLatin1(rule);
    return {};
}

QStringList codingReasons()
{
    QStringList out;
    out.reserve(qsizetype(std::size(kCodingRules)));
    for (const Entry &e : kCodingRules)
        out.append(QString::fromLatin1(e.code));
    return out;
}

QString ruleTitle(const QString &rule)
{
    // Rule ids are lower case; the lenient lookup upper-cases, so look them up as they are.
    for (const Entry &e : kRuleTitles) {
        if (rule.trimmed() == QLatin1String(e.code))
            return translated(e.text);
    }
    return rule.trimmed();
}

QString ruleCheckText(const QString &rule)
{
    for (const Entry &e : kRuleChecks) {
        if (rule.trimmed() == QLatin1String(e.code))
            return translated(e.text);
    }
    return {};
}

} // namespace cc::remitcodes

// SPDX-License-Identifier: GPL-3.0-or-later
#include "demobuilder.h"
#include "auditservice.h"
#include "authservice.h"
#include "codesetservice.h"
#include "demohistory_p.h"
#include "demoscenarios.h"
#include "domain/npi.h"
#include "storage/database.h"
#include "storage/demohistoryrepository.h"
#include "storage/encounterrepository.h"
#include "storage/payerrulerepository.h"
#include "storage/practicerepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::DemoBuilder)
};

using demo::Rng;

const QStringList kMaleFirst = {
    QStringLiteral("James"),   QStringLiteral("Robert"),  QStringLiteral("Michael"),
    QStringLiteral("William"), QStringLiteral("David"),   QStringLiteral("Richard"),
    QStringLiteral("Joseph"),  QStringLiteral("Thomas"),  QStringLiteral("Charles"),
    QStringLiteral("Daniel"),  QStringLiteral("Matthew"), QStringLiteral("Anthony"),
    QStringLiteral("Mark"),    QStringLiteral("Steven"),  QStringLiteral("Paul"),
    QStringLiteral("Andrew"),  QStringLiteral("Kenneth"), QStringLiteral("Luis"),
    QStringLiteral("Jamal"),   QStringLiteral("Wei"),     QStringLiteral("Mateo"),
    QStringLiteral("Omar"),    QStringLiteral("Ethan"),   QStringLiteral("Noah"),
};
const QStringList kFemaleFirst = {
    QStringLiteral("Mary"),     QStringLiteral("Patricia"), QStringLiteral("Jennifer"),
    QStringLiteral("Linda"),    QStringLiteral("Elizabeth"), QStringLiteral("Barbara"),
    QStringLiteral("Susan"),    QStringLiteral("Jessica"),  QStringLiteral("Sarah"),
    QStringLiteral("Karen"),    QStringLiteral("Lisa"),     QStringLiteral("Nancy"),
    QStringLiteral("Margaret"), QStringLiteral("Sandra"),   QStringLiteral("Ashley"),
    QStringLiteral("Emily"),    QStringLiteral("Donna"),    QStringLiteral("Rosa"),
    QStringLiteral("Aisha"),    QStringLiteral("Mei"),      QStringLiteral("Sofia"),
    QStringLiteral("Fatima"),   QStringLiteral("Olivia"),   QStringLiteral("Emma"),
};
const QStringList kLast = {
    QStringLiteral("Smith"),     QStringLiteral("Johnson"),  QStringLiteral("Williams"),
    QStringLiteral("Brown"),     QStringLiteral("Jones"),    QStringLiteral("Garcia"),
    QStringLiteral("Miller"),    QStringLiteral("Davis"),    QStringLiteral("Rodriguez"),
    QStringLiteral("Martinez"),  QStringLiteral("Hernandez"), QStringLiteral("Lopez"),
    QStringLiteral("Wilson"),    QStringLiteral("Anderson"), QStringLiteral("Thomas"),
    QStringLiteral("Taylor"),    QStringLiteral("Moore"),    QStringLiteral("Jackson"),
    QStringLiteral("Martin"),    QStringLiteral("Lee"),      QStringLiteral("Thompson"),
    QStringLiteral("White"),     QStringLiteral("Harris"),   QStringLiteral("Clark"),
    QStringLiteral("Lewis"),     QStringLiteral("Walker"),   QStringLiteral("Young"),
    QStringLiteral("Allen"),     QStringLiteral("King"),     QStringLiteral("Wright"),
    QStringLiteral("Nguyen"),    QStringLiteral("Patel"),    QStringLiteral("Kowalski"),
    QStringLiteral("O'Brien"),   QStringLiteral("Okafor"),   QStringLiteral("Schmidt"),
    QStringLiteral("Novak"),     QStringLiteral("Haddad"),   QStringLiteral("Kim"),
    QStringLiteral("Dubois"),
};
const QStringList kStreets = {
    QStringLiteral("Maple St"),   QStringLiteral("Oak Ave"),     QStringLiteral("Cedar Ln"),
    QStringLiteral("Elm St"),     QStringLiteral("Lakeview Dr"), QStringLiteral("Pine Rd"),
    QStringLiteral("Hillcrest Ave"), QStringLiteral("River Rd"), QStringLiteral("Washington St"),
    QStringLiteral("Michigan Ave"),
};
struct City
{
    const char *name;
    const char *zip;
};
const City kCities[] = {{"Lansing", "489330000"}, {"East Lansing", "488230000"},
                        {"Okemos", "488640000"},  {"Holt", "488420000"},
                        {"Mason", "488540000"},   {"Grand Ledge", "488370000"}};

QString npiFrom(Rng &rng)
{
    QString nine = QString::number(1 + rng.below(2)); // NPIs start with 1 or 2
    for (int i = 0; i < 8; ++i)
        nine += QString::number(rng.below(10));
    return nine + QString::number(npi::checkDigit(nine));
}

/// The practice's charges (cents) for the codes the demo uses; payers pay less.
const QList<QPair<QString, qint64>> kFees = {
    {QStringLiteral("99202"), 11000}, {QStringLiteral("99203"), 16500},
    {QStringLiteral("99204"), 24500}, {QStringLiteral("99205"), 31500},
    {QStringLiteral("99212"), 8000},  {QStringLiteral("99213"), 13000},
    {QStringLiteral("99214"), 19000}, {QStringLiteral("99215"), 26000},
    {QStringLiteral("82947"), 2200},  {QStringLiteral("82948"), 1800},
    {QStringLiteral("82962"), 1200},  {QStringLiteral("83036"), 4000},
    {QStringLiteral("80061"), 5500},  {QStringLiteral("84443"), 6000},
    {QStringLiteral("84153"), 7000},  {QStringLiteral("G0103"), 7000},
    {QStringLiteral("82306"), 12000}, {QStringLiteral("77067"), 22000},
    {QStringLiteral("81003"), 1500},  {QStringLiteral("90686"), 4500},
    {QStringLiteral("G0008"), 3500},  {QStringLiteral("G0439"), 19500},
    {QStringLiteral("G0444"), 2500},  {QStringLiteral("11102"), 15000},
    {QStringLiteral("20610"), 17500}, {QStringLiteral("73110"), 9500},
    {QStringLiteral("73610"), 9000},  {QStringLiteral("93000"), 6500},
    {QStringLiteral("93306"), 52000}, {QStringLiteral("99396"), 25000},
    {QStringLiteral("99397"), 27500}, {QStringLiteral("36415"), 1200},
    {QStringLiteral("J1030"), 2500},  {QStringLiteral("J3301"), 2000},
    {QStringLiteral("20550"), 12500}, {QStringLiteral("73030"), 9000},
    {QStringLiteral("72100"), 11000}, {QStringLiteral("73502"), 10500},
    {QStringLiteral("93010"), 2500},
};

qint64 feeFor(const QHash<QString, qint64> &fees, const QString &code)
{
    return fees.value(code, 10000);
}

struct PatientInfo
{
    qint64 id = 0;
    int age = 0;
    QString sex;
    QString first;
    QString last;
};

bool sameCoding(const CodingDraft &a, const CodingDraft &b)
{
    if (a.diagnoses.size() != b.diagnoses.size() || a.services.size() != b.services.size())
        return false;
    for (qsizetype i = 0; i < a.diagnoses.size(); ++i) {
        if (a.diagnoses.at(i).code != b.diagnoses.at(i).code)
            return false;
    }
    for (qsizetype i = 0; i < a.services.size(); ++i) {
        const ServiceLineEntry &x = a.services.at(i), &y = b.services.at(i);
        if (x.code != y.code || x.modifiers != y.modifiers || x.units != y.units
            || x.pointers != y.pointers)
            return false;
    }
    return true;
}

/**
 * The coder's side of one encounter that is being coded or is coded: who catches a
 * documentation problem and who misses it, who slips, which encounters wait for a query to the
 * provider. @p state becomes Coding for an encounter that is queried first (the demo sends and
 * answers the query, then stores the coding); @p asCoded is what the coder stored.
 */
struct CodingDice
{
    Rng rng;
    demo::Quota slips[2]; ///< per coder
    demo::Quota routineQueries;
};

void decideCoding(const demo::Calendar &calendar, CodingDice &dice, demo::EncounterPlan &plan,
                  CodingDraft &asCoded, EncounterState &state, qint64 coder2Id, bool canQuery)
{
    const QDate dos = plan.dos;
    const demo::Scenario &s = *plan.scenario;
    const bool second = plan.coderId == coder2Id;
    const bool teaching = demo::isTeachingCase(s);
    // Catching a documentation problem is what the feedback loop teaches; the newer coder
    // starts further behind.
    const bool caught = !teaching
            || dice.rng.chance(second ? calendar.mix(25, 85, dos) : calendar.mix(45, 90, dos));
    // Dr. Okafor answers queries in the demo's provider account: the coders ask her about the
    // problems only the provider can settle, and now and then to confirm a documented fact.
    static const QStringList kQueried = {
        QStringLiteral("ankle-sprain-glucose"), QStringLiteral("vitd-fatigue"),
        QStringLiteral("skin-biopsy-no-25"), QStringLiteral("dm2-ckd-specificity"),
        QStringLiteral("asthma")};
    const bool routine = !teaching && canQuery
            && dice.routineQueries.next(dice.rng, calendar.mix(8, 12, dos));
    const QDate sent = demo::Calendar::workday(dos.addDays(1));
    plan.query = canQuery && !plan.tail && sent < calendar.anchor
            && ((teaching && caught && kQueried.contains(s.key)) || routine);
    if (plan.query) {
        plan.querySent = demo::Calendar::at(sent, dice.rng.between(9, 15), dice.rng.below(60));
        // Hours to days early on; within the day once queries are routine.
        const int hours
                = dice.rng.between(calendar.mix(20, 2, dos), calendar.mix(110, 30, dos));
        plan.queryAnswer = plan.querySent.addSecs(qint64(hours) * 3600);
        plan.queryAnswered = plan.queryAnswer < demo::Calendar::at(calendar.anchor, 0);
        const QDate answered = plan.queryAnswer.date();
        plan.codedDay = demo::Calendar::workday(
                plan.queryAnswer.time().hour() >= 14 ? answered.addDays(1) : answered);
        plan.coded = state == EncounterState::Coded && plan.queryAnswered
                && plan.codedDay < calendar.anchor;
        if (teaching)
            demo::correctTeachingCase(s, true, plan.correct);
        state = EncounterState::Coding;
        return;
    }
    plan.codedDay = demo::Calendar::workday(dos.addDays(1));
    if (state == EncounterState::Coded && plan.codedDay >= calendar.anchor)
        state = EncounterState::Coding; // after a weekend: the coder is on it today
    plan.coded = state == EncounterState::Coded;
    if (teaching) {
        const CodingDraft asMarked = plan.correct; // the superbill's codes
        demo::correctTeachingCase(s, false, plan.correct);
        asCoded = plan.correct;
        if (!caught) {
            asCoded = asMarked;
            demo::missTeachingCase(s, asCoded);
            if (!sameCoding(asCoded, plan.correct))
                plan.slip = demo::Slip::Teaching;
        }
        return;
    }
    asCoded = plan.correct;
    // Slips: the newer coder makes more; both make fewer once returns come with reasons.
    if (plan.tail
        || !dice.slips[second ? 1 : 0].next(dice.rng, second ? calendar.mix(22, 8, dos)
                                                             : calendar.mix(14, 6, dos)))
        return;
    DiagnosisEntry &principal = asCoded.diagnoses.first();
    if (principal.code.size() > 3 && dice.rng.chance(60)) {
        principal.code.truncate(3); // the category, not billable
        plan.slip = demo::Slip::Category;
    } else if (!asCoded.services.isEmpty()) {
        // A pointer to a diagnosis the encounter does not have.
        asCoded.services.last().pointers = {int(asCoded.diagnoses.size()) + 1};
        plan.slip = demo::Slip::Pointers;
    }
}

} // namespace

QList<DemoBuilder::Credential> DemoBuilder::credentials()
{
    return {
        {QStringLiteral("coder"), QStringLiteral("coder-demo"), QStringLiteral("coder")},
        {QStringLiteral("coder2"), QStringLiteral("coder2-demo"), QStringLiteral("coder")},
        {QStringLiteral("biller"), QStringLiteral("biller-demo"), QStringLiteral("biller")},
        {QStringLiteral("manager"), QStringLiteral("manager-demo"), QStringLiteral("manager")},
        {QStringLiteral("provider"), QStringLiteral("provider-demo"), QStringLiteral("provider")},
        {QStringLiteral("admin"), QStringLiteral("admin-demo"), QStringLiteral("admin")},
    };
}

Result<DemoBuilder::Summary> DemoBuilder::build(const Options &options)
{
    if (options.encounters < 0 || options.encounters > 2000000)
        return Error::invalid(Tr::tr("The demo takes between 0 and 2,000,000 encounters."));
    if (!options.anchor.isValid())
        return Error::invalid(Tr::tr("The demo needs a valid date for today."));
    PracticeRepository practiceRepo(m_db);
    auto existing = practiceRepo.practice();
    if (!existing)
        return existing.error();
    if (existing.value()) {
        return Error::invalid(Tr::tr("This database already holds the practice \"%1\"; a demo "
                                     "practice goes into a new, empty file.")
                                      .arg(existing.value()->name));
    }

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    Rng rng(options.seed);
    Summary summary;

    PracticeRecord practice;
    practice.name = QStringLiteral("Maple Grove Family Health (demo)");
    practice.npi = npiFrom(rng);
    practice.taxId = QStringLiteral("38%1").arg(rng.between(1000000, 9999999));
    practice.taxonomy = QStringLiteral("261QP2300X");
    practice.addressLine1 = QStringLiteral("1200 Saginaw St");
    practice.city = QStringLiteral("Lansing");
    practice.state = QStringLiteral("MI");
    practice.zip = QStringLiteral("489150000");
    practice.phone = QStringLiteral("5175550100");
    practice.isDemo = true;
    if (auto r = practiceRepo.insertPractice(practice); !r)
        return r.error();

    // Providers: two in primary care, one orthopedist, one cardiologist.
    struct ProviderSeed
    {
        const char *last, *first, *credential, *taxonomy, *specialty;
    };
    const ProviderSeed providerSeeds[] = {
        {"Okafor", "Adaeze", "MD", "207Q00000X", "primary_care"},
        {"Lindqvist", "Erik", "DO", "207R00000X", "primary_care"},
        {"Ramirez", "Sofia", "MD", "207X00000X", "orthopedics"},
        {"Chen", "Howard", "MD", "207RC0000X", "cardiology"},
    };
    QHash<QString, QList<qint64>> providersBySpecialty;
    QHash<qint64, QString> providerShortName;
    qint64 firstProviderId = 0;
    for (const ProviderSeed &s : providerSeeds) {
        ProviderRecord p;
        p.lastName = QString::fromLatin1(s.last);
        p.firstName = QString::fromLatin1(s.first);
        p.credential = QString::fromLatin1(s.credential);
        p.npi = npiFrom(rng);
        p.taxonomy = QString::fromLatin1(s.taxonomy);
        p.specialty = QString::fromLatin1(s.specialty);
        auto id = practiceRepo.insertProvider(p);
        if (!id)
            return id.error();
        if (!firstProviderId)
            firstProviderId = id.value();
        providersBySpecialty[p.specialty].append(id.value());
        providerShortName.insert(id.value(), QStringLiteral("Dr. %1").arg(p.lastName));
        ++summary.providers;
    }

    // Payers.
    const PayerRecord payerSeeds[] = {
        {0, QStringLiteral("Medicare Part B"), QStringLiteral("MCRB1"),
         QStringLiteral("medicare"), QStringLiteral("MB"), 365, 21,
         QStringLiteral("PO Box 1000"), QStringLiteral("Detroit"), QStringLiteral("MI"),
         QStringLiteral("482320000")},
        {0, QStringLiteral("Michigan Medicaid"), QStringLiteral("MCDMI"),
         QStringLiteral("medicaid"), QStringLiteral("MC"), 365, 30,
         QStringLiteral("PO Box 2000"), QStringLiteral("Lansing"), QStringLiteral("MI"),
         QStringLiteral("489090000")},
        {0, QStringLiteral("Lakeshore Blue Cross"), QStringLiteral("LKBC1"),
         QStringLiteral("commercial"), QStringLiteral("BL"), 180, 30,
         QStringLiteral("PO Box 3000"), QStringLiteral("Detroit"), QStringLiteral("MI"),
         QStringLiteral("482260000")},
        {0, QStringLiteral("Summit Health Plan"), QStringLiteral("SMHP2"),
         QStringLiteral("commercial"), QStringLiteral("CI"), 90, 45,
         QStringLiteral("PO Box 4000"), QStringLiteral("Grand Rapids"), QStringLiteral("MI"),
         QStringLiteral("495010000")},
        {0, QStringLiteral("Self-pay"), QStringLiteral("SELF"), QStringLiteral("self_pay"),
         QStringLiteral("09"), 365, 30, QString(), QString(), QString(), QString()},
    };
    QList<qint64> payerIds;
    for (const PayerRecord &p : payerSeeds) {
        auto id = practiceRepo.insertPayer(p);
        if (!id)
            return id.error();
        payerIds.append(id.value());
        ++summary.payers;
    }
    const qint64 medicare = payerIds[0], medicaid = payerIds[1], blue = payerIds[2],
                 summit = payerIds[3], selfPay = payerIds[4];

    // The manager's payer rules: two plans want a prior authorization for costly services;
    // Medicaid limits preventive visits.
    {
        PayerRuleRepository rules(m_db);
        PayerRule echo;
        echo.name = Tr::tr("Summit: echocardiogram needs authorization");
        echo.payerId = summit;
        echo.codes = {QStringLiteral("93306")};
        echo.action = PayerRule::Action::Authorization;
        echo.message = Tr::tr("Summit Health pays an echocardiogram only with a prior "
                              "authorization active on the date of service.");
        echo.fix = Tr::tr("Ask the cardiology office for the authorization number, or request "
                          "one from Summit before billing.");
        PayerRule injection = echo;
        injection.name = Tr::tr("Lakeshore: joint injection needs authorization");
        injection.payerId = blue;
        injection.codes = {QStringLiteral("20610")};
        injection.message = Tr::tr("Lakeshore Blue Cross pays a major joint injection only with "
                                   "a prior authorization active on the date of service.");
        PayerRule preventive;
        preventive.name = Tr::tr("Medicaid: one preventive visit a year");
        preventive.payerId = medicaid;
        preventive.codes = {QStringLiteral("99381-99397")};
        preventive.action = PayerRule::Action::Finding;
        preventive.severity = Finding::Severity::Warning;
        preventive.message = Tr::tr("Medicaid pays one preventive visit per patient per year.");
        preventive.fix = Tr::tr("Check the date of the patient's last preventive visit before "
                                "billing this one.");
        for (const PayerRule &r : {echo, injection, preventive}) {
            if (auto id = rules.insert(r); !id)
                return id.error();
        }
    }

    // Fee schedule: the practice's charges, and Medicare's lower allowed amounts recorded as
    // that payer's own schedule.
    QHash<QString, qint64> fees;
    const QDate feeStart(options.anchor.year() - 1, 1, 1);
    for (const auto &[code, cents] : kFees) {
        fees.insert(code, cents);
        if (auto r = practiceRepo.insertFee(0, code, cents, feeStart); !r)
            return r.error();
    }

    // Patients and their coverages.
    demo::History history; // what the demo's history is played from
    const int patientCount = qBound(220, options.encounters / 4, 40000);
    QList<PatientInfo> patients;
    patients.reserve(patientCount);
    for (int i = 0; i < patientCount; ++i) {
        PatientRecord p;
        const bool male = rng.chance(47);
        p.sex = male ? QStringLiteral("M") : QStringLiteral("F");
        p.firstName = male ? rng.pick(kMaleFirst) : rng.pick(kFemaleFirst);
        p.lastName = rng.pick(kLast);
        // Ages lean older, as a primary-care panel does.
        const int ageBand = rng.below(100);
        const int age = ageBand < 12 ? rng.between(1, 17)
                : ageBand < 55       ? rng.between(18, 64)
                                     : rng.between(65, 92);
        p.birthDate = options.anchor.addYears(-age).addDays(-rng.between(1, 364));
        p.mrn = QStringLiteral("MG%1").arg(100001 + i);
        p.addressLine1 = QStringLiteral("%1 %2").arg(rng.between(100, 9899)).arg(rng.pick(kStreets));
        const City &city = kCities[rng.below(int(std::size(kCities)))];
        p.city = QString::fromLatin1(city.name);
        p.state = QStringLiteral("MI");
        p.zip = QString::fromLatin1(city.zip);
        p.phone = QStringLiteral("517555%1").arg(rng.between(1000, 9999));
        auto id = practiceRepo.insertPatient(p);
        if (!id)
            return id.error();
        patients.append({id.value(), age, p.sex, p.firstName, p.lastName});
        ++summary.patients;

        CoverageRecord c;
        c.patientId = id.value();
        c.priority = 1;
        c.effectiveFrom = QDate(options.anchor.year() - 2, 1, 1);
        c.relationship = QStringLiteral("self");
        c.subscriberLastName = p.lastName;
        c.subscriberFirstName = p.firstName;
        c.subscriberBirthDate = p.birthDate;
        c.subscriberSex = p.sex;
        c.subscriberAddressLine1 = p.addressLine1;
        c.subscriberCity = p.city;
        c.subscriberState = p.state;
        c.subscriberZip = p.zip;
        if (age >= 65) {
            c.payerId = medicare;
            c.memberId = QStringLiteral("%1%2%3")
                                 .arg(rng.between(1, 9))
                                 .arg(QChar(u'A' + rng.below(20)))
                                 .arg(rng.between(10000000, 99999999));
        } else if (rng.chance(age < 18 ? 40 : 18)) {
            c.payerId = medicaid;
            c.memberId = QStringLiteral("MI%1").arg(rng.between(10000000, 99999999));
        } else if (rng.chance(6)) {
            c.payerId = selfPay;
            c.memberId = p.mrn;
        } else {
            c.payerId = rng.chance(55) ? blue : summit;
            c.memberId = QStringLiteral("%1%2")
                                 .arg(c.payerId == blue ? QStringLiteral("XYZ")
                                                        : QStringLiteral("SHP"))
                                 .arg(rng.between(100000000, 999999999));
            c.groupNumber = QStringLiteral("G%1").arg(rng.between(1000, 9999));
            // Children and some adults are dependants on a parent's or spouse's plan.
            if (age < 18 || rng.chance(25)) {
                const bool child = age < 18;
                c.relationship = child ? QStringLiteral("child") : QStringLiteral("spouse");
                const bool subscriberMale = child ? rng.chance(50) : p.sex == QLatin1String("F");
                c.subscriberFirstName
                        = subscriberMale ? rng.pick(kMaleFirst) : rng.pick(kFemaleFirst);
                c.subscriberSex = subscriberMale ? QStringLiteral("M") : QStringLiteral("F");
                const int subscriberAge = child ? age + rng.between(22, 40)
                                                : qBound(18, age + rng.between(-5, 5), 64);
                c.subscriberBirthDate
                        = options.anchor.addYears(-subscriberAge).addDays(-rng.between(1, 364));
            }
        }
        if (auto r = practiceRepo.insertCoverage(c); !r)
            return r.error();
        // Some Medicare patients carry a supplemental plan as secondary.
        if (c.payerId == medicare && rng.chance(30)) {
            CoverageRecord s = c;
            s.priority = 2;
            s.payerId = rng.chance(50) ? blue : summit;
            s.memberId = QStringLiteral("SUP%1").arg(rng.between(100000000, 999999999));
            s.groupNumber = QStringLiteral("MEDIGAP");
            if (auto r = practiceRepo.insertCoverage(s); !r)
                return r.error();
            history.secondPlan.insert(id.value(), s.payerId == blue
                                                          ? QStringLiteral("Lakeshore Blue Cross")
                                                          : QStringLiteral("Summit Health Plan"));
        }
        // A cardiology echo or an orthopedic injection series needs the plan's approval.
        if ((c.payerId == summit || c.payerId == blue) && rng.chance(8)) {
            AuthorizationRecord a;
            a.patientId = id.value();
            a.payerId = c.payerId;
            a.authNumber = QStringLiteral("PA%1").arg(rng.between(1000000, 9999999));
            a.codes = rng.chance(50) ? QStringList{QStringLiteral("93306")}
                                     : QStringList{QStringLiteral("20610")};
            a.validFrom = options.anchor.addDays(-160); // covers the whole history
            a.validTo = options.anchor.addDays(rng.between(-20, 120));
            a.visitsAllowed = rng.between(1, 6);
            if (auto r = practiceRepo.insertAuthorization(a); !r)
                return r.error();
        }
    }

    // One account per role, and a second coder; the provider account is Dr. Okafor's.
    QHash<QString, qint64> userIds;
    for (const Credential &c : credentials()) {
        const Role role = roles::fromKey(c.role).value_or(Role::Coder);
        static const QHash<QString, QString> fullNames = {
            {QStringLiteral("coder"), QStringLiteral("Dana Whitfield, CPC")},
            {QStringLiteral("coder2"), QStringLiteral("Kevin Osei, CCA")},
            {QStringLiteral("biller"), QStringLiteral("Marcus Bell")},
            {QStringLiteral("manager"), QStringLiteral("Renee Alvarez")},
            {QStringLiteral("provider"), QStringLiteral("Adaeze Okafor, MD")},
            {QStringLiteral("admin"), QStringLiteral("Practice Administrator")},
        };
        AuthService::NewUser u{c.username, fullNames.value(c.username), role, c.password, {}};
        if (role == Role::Provider)
            u.providerId = firstProviderId;
        auto id = m_auth.createInitialUser(u);
        if (!id)
            return id.error();
        userIds.insert(c.username, id.value());
        ++summary.users;
    }
    const qint64 coderId = userIds.value(QStringLiteral("coder"));
    const qint64 coder2Id = userIds.value(QStringLiteral("coder2"));

    // Encounters: weekday clinic days over the history (demo::Calendar), and a few visits 4 to
    // 5 months old whose claims are still open (A/R over 120 days). What happens to each one
    // (who codes it, a slip, a missed documentation problem, a query) is decided here, with
    // dice of its own so the practice itself does not change when the story does.
    history.calendar.anchor = options.anchor;
    const demo::Calendar &calendar = history.calendar;
    CodingDice coderDice{Rng(options.seed ^ 0x636f646572ULL), {}, {}};
    const QList<demo::Scenario> &all = demo::scenarios();
    int totalWeight = 0;
    for (const auto &s : all)
        totalWeight += s.weight;
    auto pickScenario = [&](const PatientInfo &p) -> const demo::Scenario & {
        for (int attempt = 0; attempt < 40; ++attempt) {
            int w = rng.below(totalWeight);
            for (const auto &s : all) {
                w -= s.weight;
                if (w < 0) {
                    if (p.age >= s.minAge && p.age <= s.maxAge
                        && (s.sex.isEmpty() || s.sex == p.sex))
                        return s;
                    break;
                }
            }
        }
        // No fitting scenario drawn: take the first that fits at all.
        for (const auto &s : all) {
            if (p.age >= s.minAge && p.age <= s.maxAge && (s.sex.isEmpty() || s.sex == p.sex))
                return s;
        }
        return all.first();
    };
    auto scenarioByKey = [&](const QString &key) -> const demo::Scenario * {
        for (const auto &s : all) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    };
    QList<QDate> clinicDays;
    for (int back = demo::Calendar::kHistoryDays - 1; back >= 0; --back) {
        const QDate d = options.anchor.addDays(-back);
        if (d.dayOfWeek() <= 5 || back == 0)
            clinicDays.append(d);
    }
    // The oldest visits: after the two classic cases of today, spread over 122–150 days ago.
    const int tail = options.encounters >= 60 ? std::max(2, options.encounters / 80) : 0;
    QList<QDate> tailDays;
    for (int k = 0; k < tail; ++k) {
        tailDays.append(demo::Calendar::workday(
                options.anchor.addDays(-150 + k * 25 / tail)));
    }

    // Today's schedule: the coder's queue opens on a full clinic day (about 14 visits, not yet
    // coded) whatever the size of the demo; the last encounters made are today's.
    const int spread = options.encounters - tail;
    const int perDay = spread / int(clinicDays.size());
    const int today = options.encounters >= 40
            ? std::clamp(14 - perDay, 0, options.encounters / 8)
            : 0;

    EncounterRepository encounterRepo(m_db);
    QSet<std::pair<qint64, QDate>> seenOn;
    for (int i = 0; i < options.encounters; ++i) {
        // Spread evenly over clinic days; the first encounters of "today" are the two classic
        // glucose cases, the next ones the oldest visits.
        const bool oldest = i >= 2 && i < 2 + tail;
        const bool scheduled = i >= options.encounters - today;
        const int j = i < 2 ? i : i - tail;
        const int dayIndex = int((qint64(j) * clinicDays.size()) / qMax(1, spread - today));
        const QDate dos = i < 2 || scheduled ? options.anchor
                : oldest                     ? tailDays.at(i - 2)
                                             : clinicDays.at(dayIndex);
        const demo::Scenario *scenario = nullptr;
        PatientInfo patient;
        if (i < 2) {
            scenario = scenarioByKey(i == 0 ? QStringLiteral("dm2-glucose")
                                            : QStringLiteral("ankle-sprain-glucose"));
        }
        if (scenario) {
            // Find an adult of fitting age for the forced case.
            for (int tries = 0; tries < 1000; ++tries) {
                patient = patients.at(rng.below(int(patients.size())));
                if (patient.age >= scenario->minAge && patient.age <= scenario->maxAge
                    && (scenario->sex.isEmpty() || scenario->sex == patient.sex))
                    break;
            }
        } else {
            // One visit per patient and day: two would bill the same services twice.
            for (int tries = 0; tries < 20; ++tries) {
                patient = patients.at(rng.below(int(patients.size())));
                if (!seenOn.contains({patient.id, dos}))
                    break;
            }
            scenario = &pickScenario(patient);
        }
        seenOn.insert({patient.id, dos});
        const QList<qint64> &candidates = providersBySpecialty.value(scenario->specialty);
        // The classic cases go to Dr. Okafor, whose demo account can answer queries about them.
        const qint64 providerId = i < 2 || candidates.isEmpty() ? firstProviderId
                                                                : rng.pick(candidates);

        const bool male = patient.sex == QLatin1String("M");
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("age"), QString::number(patient.age)},
            {QStringLiteral("sex"), male ? QStringLiteral("male") : QStringLiteral("female")},
            {QStringLiteral("He"), male ? QStringLiteral("He") : QStringLiteral("She")},
            {QStringLiteral("he"), male ? QStringLiteral("he") : QStringLiteral("she")},
            {QStringLiteral("His"), male ? QStringLiteral("His") : QStringLiteral("Her")},
            {QStringLiteral("his"), male ? QStringLiteral("his") : QStringLiteral("her")},
            {QStringLiteral("bp_sys"), QString::number(rng.between(112, 168))},
            {QStringLiteral("bp_dia"), QString::number(rng.between(68, 98))},
            {QStringLiteral("pulse"), QString::number(rng.between(58, 104))},
            {QStringLiteral("temp"), QStringLiteral("%1.%2").arg(rng.between(97, 99)).arg(rng.below(10))},
            {QStringLiteral("weight_lb"), QString::number(rng.between(118, 262))},
            {QStringLiteral("glucose"), QString::number(rng.between(96, 248))},
            {QStringLiteral("a1c"), QStringLiteral("%1.%2").arg(rng.between(6, 10)).arg(rng.below(10))},
            {QStringLiteral("ldl"), QString::number(rng.between(88, 196))},
            {QStringLiteral("provider"), providerShortName.value(providerId)},
        };

        NewEncounter e;
        e.patientId = patient.id;
        e.providerId = providerId;
        e.dateOfService = dos;
        e.placeOfService = scenario->placeOfService;
        e.clinicalNote = demo::fillTemplate(scenario->note, values);
        // Made when the visit was documented; today's visits come from the schedule the
        // evening before, so that nothing of the demo is stamped later than the moment it is
        // built on its anchor day.
        e.createdAt = dos < options.anchor
                ? QStringLiteral("%1T17:00:00.000Z").arg(dos.toString(Qt::ISODate))
                : QStringLiteral("%1T18:00:00.000Z")
                          .arg(options.anchor.addDays(-1).toString(Qt::ISODate));
        // Older work has been coded; the last days wait in the queue.
        const qint64 age = dos.daysTo(options.anchor);
        const int roll = rng.below(100);
        if (age >= 10 || (age >= 2 && roll < 75))
            e.state = EncounterState::Coded;
        else if (age >= 1 && roll < 15)
            e.state = EncounterState::Coding;
        else
            e.state = EncounterState::New;

        demo::EncounterPlan plan;
        plan.dos = dos;
        plan.providerId = providerId;
        plan.scenario = scenario;
        plan.tail = oldest;
        plan.coderId = coderDice.rng.chance(scenario->specialty == QLatin1String("primary_care") ? 35
                                                                                          : 70)
                ? coder2Id
                : coderId;
        int position = 1;
        for (const QString &code : scenario->diagnoses)
            plan.correct.diagnoses.append({position++, code});
        int lineNo = 1;
        for (const demo::ScenarioService &svc : scenario->services) {
            ServiceLineEntry line;
            line.lineNo = lineNo++;
            line.code = svc.code;
            line.modifiers = svc.modifiers;
            line.units = svc.units;
            line.pointers = svc.pointers;
            line.chargeCents = feeFor(fees, svc.code) * svc.units;
            line.serviceDate = dos;
            plan.correct.services.append(line);
        }
        CodingDraft asCoded = plan.correct;
        if (e.state != EncounterState::New && i >= 2)
            decideCoding(calendar, coderDice, plan, asCoded, e.state, coder2Id,
                         providerId == firstProviderId);
        const bool coded = e.state == EncounterState::Coded;
        if (coded)
            e.diagnoses = asCoded.diagnoses;
        for (ServiceLineEntry line : std::as_const(asCoded.services)) {
            if (!coded) {
                line.modifiers.clear();
                line.pointers.clear();
            }
            e.services.append(line);
        }
        auto id = encounterRepo.insert(e);
        if (!id)
            return id.error();
        plan.id = id.value();
        history.byEncounter.insert(plan.id, history.encounters.size());
        history.encounters.append(std::move(plan));
        ++summary.encounters;
    }

    if (auto r = practiceRepo.setSetting(QStringLiteral("demo_seed"), QString::number(options.seed));
        !r)
        return r.error();
    if (auto r = practiceRepo.setSetting(QStringLiteral("demo_anchor"),
                                         options.anchor.toString(Qt::ISODate));
        !r)
        return r.error();
    if (auto r = CodeSetService(m_db, m_audit).installStarterSet(); !r)
        return r.error();
    if (auto r = openSessions(history); !r)
        return r.error();
    if (auto r = codeAndHandOff(options, history); !r)
        return r.error();
    if (auto r = playClaims(options, history); !r)
        return r.error();
    if (auto r = auditCoding(history); !r)
        return r.error();
    // The practice, its accounts and rules were set up before the oldest visit of the demo.
    if (auto r = DemoHistoryRepository(m_db).restampSetup(demo::Calendar::at(
                options.anchor.addDays(-demo::Calendar::kTailDays - 40), 9));
        !r)
        return r.error();
    if (auto r = m_audit.recordSystem(QStringLiteral("demo"), QStringLiteral("practice.demo"),
                                      QStringLiteral("practice"), std::nullopt,
                                      QStringLiteral("seed=%1 encounters=%2")
                                              .arg(options.seed)
                                              .arg(options.encounters));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return summary;
}

Result<void> DemoBuilder::openSessions(demo::History &history)
{
    UserRepository users(m_db);
    const std::pair<QString, Session *> accounts[] = {
        {QStringLiteral("coder"), &history.coder},     {QStringLiteral("coder2"), &history.coder2},
        {QStringLiteral("biller"), &history.biller},   {QStringLiteral("manager"), &history.manager},
        {QStringLiteral("provider"), &history.provider},
    };
    for (const auto &[name, session] : accounts) {
        auto user = users.findByUsername(name);
        if (!user)
            return user.error();
        if (!user.value())
            return Error::make(Error::Kind::Other, Tr::tr("The demo accounts could not be read."),
                               QStringLiteral("no demo user %1").arg(name));
        const UserRecord &u = *user.value();
        *session = Session{u.id, u.username, u.fullName,
                           roles::fromKey(u.role).value_or(Role::Coder), u.providerId};
    }
    return {};
}

} // namespace cc

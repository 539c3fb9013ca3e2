// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsjson.h"

namespace cc::claimsjson {

ScrubClaim toScrubClaim(const ClaimDocument &c)
{
    ScrubClaim s;
    s.id = c.id;
    s.dateOfService = c.firstServiceDate();
    s.billingNpi = c.billingProvider.npi;
    s.renderingNpi = c.renderingProvider.npi;
    s.memberId = c.subscriber.memberId;
    s.payerName = c.payer.name;
    s.timelyFilingDays = c.payer.timelyFilingDays;
    s.patientBirthDate = c.patient ? c.patient->birthDate : c.subscriber.birthDate;
    s.patientSex = c.patient ? c.patient->sex : c.subscriber.sex;
    s.placeOfService = c.placeOfService;
    s.priorAuthorization = c.priorAuthorization;
    if (c.isReplacement())
        s.replacesClaimId = c.originalClaimNumber;
    s.diagnoses = c.diagnoses;
    int lineNo = 0;
    for (const ClaimLine &l : c.lines) {
        ScrubLine sl;
        sl.lineNo = ++lineNo;
        sl.code = l.code;
        sl.modifiers = l.modifiers;
        sl.units = l.units;
        sl.pointers = l.pointers;
        sl.chargeCents = l.chargeCents;
        sl.serviceDate = l.serviceDate;
        s.lines.append(sl);
    }
    return s;
}

} // namespace cc::claimsjson

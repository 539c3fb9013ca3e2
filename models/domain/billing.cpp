// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing.h"

namespace cc {

namespace claimstate {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::ClaimState)
};
} // namespace

QString toKey(ClaimState s)
{
    switch (s) {
    case ClaimState::Draft: return QStringLiteral("draft");
    case ClaimState::Scrubbed: return QStringLiteral("scrubbed");
    case ClaimState::Submitted: return QStringLiteral("submitted");
    case ClaimState::Accepted: return QStringLiteral("accepted");
    case ClaimState::Rejected: return QStringLiteral("rejected");
    case ClaimState::Adjudicated: return QStringLiteral("adjudicated");
    case ClaimState::Paid: return QStringLiteral("paid");
    case ClaimState::Denied: return QStringLiteral("denied");
    case ClaimState::PartiallyPaid: return QStringLiteral("partially_paid");
    case ClaimState::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<ClaimState> fromKey(const QString &key)
{
    for (ClaimState s : all()) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(ClaimState s)
{
    switch (s) {
    case ClaimState::Draft: return Tr::tr("Draft");
    case ClaimState::Scrubbed: return Tr::tr("Ready to send");
    case ClaimState::Submitted: return Tr::tr("Submitted");
    case ClaimState::Accepted: return Tr::tr("Accepted by payer");
    case ClaimState::Rejected: return Tr::tr("Rejected");
    case ClaimState::Adjudicated: return Tr::tr("Adjudicated");
    case ClaimState::Paid: return Tr::tr("Paid");
    case ClaimState::Denied: return Tr::tr("Denied");
    case ClaimState::PartiallyPaid: return Tr::tr("Partially paid");
    case ClaimState::Closed: return Tr::tr("Closed");
    }
    return {};
}

QList<ClaimState> all()
{
    return {ClaimState::Draft,       ClaimState::Scrubbed, ClaimState::Submitted,
            ClaimState::Accepted,    ClaimState::Rejected, ClaimState::Adjudicated,
            ClaimState::Paid,        ClaimState::Denied,   ClaimState::PartiallyPaid,
            ClaimState::Closed};
}

bool isEditable(ClaimState s)
{
    return s == ClaimState::Draft || s == ClaimState::Scrubbed || s == ClaimState::Rejected;
}

bool canBeCorrected(ClaimState s)
{
    return s == ClaimState::Accepted || s == ClaimState::Adjudicated || s == ClaimState::Paid
            || s == ClaimState::Denied || s == ClaimState::PartiallyPaid;
}

} // namespace claimstate

QString batchstatus::displayName(const QString &key)
{
    if (key == QLatin1String("sent"))
        return claimstate::Tr::tr("Sent, no 999 yet");
    if (key == QLatin1String("accepted"))
        return claimstate::Tr::tr("Accepted (999)");
    if (key == QLatin1String("partial"))
        return claimstate::Tr::tr("Partly rejected (999)");
    if (key == QLatin1String("rejected"))
        return claimstate::Tr::tr("Rejected (999)");
    return key;
}

QString claimfield::lineCharge(int lineNo)
{
    return QStringLiteral("line.%1.charge").arg(lineNo);
}

} // namespace cc

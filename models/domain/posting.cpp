// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting.h"

namespace cc {

int EraPreview::claimCount() const
{
    int n = 0;
    for (const EraTransactionPreview &t : transactions)
        n += int(t.claims.size());
    return n;
}

int EraPreview::unmatchedCount() const
{
    int n = 0;
    for (const EraTransactionPreview &t : transactions) {
        for (const EraClaimPreview &c : t.claims)
            n += c.claimId == 0 ? 1 : 0;
    }
    return n;
}

qint64 EraPreview::paidCents() const
{
    qint64 total = 0;
    for (const EraTransactionPreview &t : transactions) {
        for (const EraClaimPreview &c : t.claims)
            total += c.paidCents;
    }
    return total;
}

} // namespace cc

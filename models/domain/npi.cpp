// SPDX-License-Identifier: GPL-3.0-or-later
#include "npi.h"

namespace cc::npi {

int checkDigit(const QString &nineDigits)
{
    // Luhn over "80840" + nine digits: double every second digit from the right of the
    // full number-without-check-digit, starting with the rightmost.
    const QString body = QStringLiteral("80840") + nineDigits;
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        int d = body.at(i).unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - (sum % 10)) % 10;
}

bool isValid(const QString &npi)
{
    if (npi.size() != 10)
        return false;
    for (const QChar c : npi) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return checkDigit(npi.left(9)) == npi.at(9).unicode() - '0';
}

} // namespace cc::npi

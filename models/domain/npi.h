// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc::npi {

/**
 * True when @p npi is ten digits whose last digit is the Luhn check digit computed over the
 * first nine with the card-issuer prefix 80840 in front (CMS NPI check-digit rule).
 */
bool isValid(const QString &npi);

/// The check digit for nine digits (used by the demo to make valid numbers).
int checkDigit(const QString &nineDigits);

} // namespace cc::npi

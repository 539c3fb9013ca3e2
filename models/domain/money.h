// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace cc {

/**
 * An amount of US dollars held as whole cents (qint64). Never a double: parsing and
 * formatting work on the digits, so "150.10" is 15010 cents exactly.
 */
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    /**
     * Parses "150", "150.1", "150.10", "-3.05", "1,234.50" and "$12.00". Refuses more than two
     * decimals, letters and empty text.
     */
    static std::optional<Money> parse(const QString &text);

    /// "1234.50" / "-3.05": the decimal string of X12 and JSON (no grouping, no symbol).
    QString toDecimalString() const;
    /// "$1,234.50" for people: US dollars with US digit grouping whatever the UI language.
    QString toDisplayString() const;

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator*(qint64 n) const { return Money(m_cents * n); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) { }
    qint64 m_cents = 0;
};

} // namespace cc

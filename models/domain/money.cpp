// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QLocale>

namespace cc {

std::optional<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    if (text.startsWith(QLatin1Char('$')))
        text.remove(0, 1);
    if (text.isEmpty())
        return std::nullopt;

    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    if (frac.size() > 2 || whole.size() > 15)
        return std::nullopt;
    qint64 cents = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - '0');
    }
    cents *= 100;
    if (!frac.isEmpty()) {
        int f = 0;
        for (const QChar c : frac) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
            f = f * 10 + (c.unicode() - '0');
        }
        if (frac.size() == 1)
            f *= 10;
        cents += f;
    }
    return Money(negative ? -cents : cents);
}

QString Money::toDecimalString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
            .arg(m_cents < 0 ? QStringLiteral("-") : QString())
            .arg(abs / 100)
            .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    const QString whole = QLocale(QLocale::English, QLocale::UnitedStates).toString(abs / 100);
    return QStringLiteral("%1$%2.%3")
            .arg(m_cents < 0 ? QStringLiteral("-") : QString(), whole)
            .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace cc

// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoff.h"

#include <QCoreApplication>

namespace cc::returnreasons {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::ReturnReason)
};
} // namespace

QStringList keys()
{
    return {QStringLiteral("dx-not-supporting"),     QStringLiteral("wrong-code"),
            QStringLiteral("missing-modifier"),      QStringLiteral("units-or-charge"),
            QStringLiteral("missing-documentation"), QStringLiteral("authorization"),
            QStringLiteral("registration"),          QStringLiteral("other")};
}

QString displayName(const QString &key)
{
    if (key == QLatin1String("dx-not-supporting"))
        return Tr::tr("Diagnosis does not support a service");
    if (key == QLatin1String("wrong-code"))
        return Tr::tr("Wrong or outdated code");
    if (key == QLatin1String("missing-modifier"))
        return Tr::tr("Modifier missing or wrong");
    if (key == QLatin1String("units-or-charge"))
        return Tr::tr("Units or charge wrong");
    if (key == QLatin1String("missing-documentation"))
        return Tr::tr("Documentation missing: query the provider");
    if (key == QLatin1String("authorization"))
        return Tr::tr("Authorization missing");
    if (key == QLatin1String("registration"))
        return Tr::tr("Patient or coverage data wrong");
    if (key == QLatin1String("other"))
        return Tr::tr("Other");
    return key;
}

} // namespace cc::returnreasons

// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace cc::password {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cc::password)
};

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Result<QString> hash(const QString &password)
{
    if (!ensureSodium())
        return Error::make(Error::Kind::Other, Tr::tr("The password library could not start."),
                           QStringLiteral("sodium_init failed"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error::make(Error::Kind::Other,
                           Tr::tr("The password could not be protected (not enough memory)."),
                           QStringLiteral("crypto_pwhash_str_alg failed"));
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!ensureSodium() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
            == 0;
}

} // namespace cc::password

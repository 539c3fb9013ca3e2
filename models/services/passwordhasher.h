// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QString>

namespace cc::password {

/// Argon2id hash (libsodium's crypto_pwhash_str, interactive limits) in its standard
/// "$argon2id$…" string form, with a fresh random salt.
Result<QString> hash(const QString &password);
/// True when @p password matches @p storedHash (constant-time in libsodium).
bool verify(const QString &storedHash, const QString &password);

} // namespace cc::password

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cc::codes {

/// How the bytes of a code-set file were read.
enum class TextEncoding { Ascii, Utf8, Windows1252 };

/**
 * Decodes the text of a code-set file. CMS publishes Windows-1252 (the HCPCS file, "’" as
 * 0x92), spreadsheets save CSV as UTF-8 or Windows-1252: a file that is valid UTF-8 (with or
 * without a byte-order mark) is read as UTF-8, any other as Windows-1252, which maps every
 * byte to a character, so decoding never fails.
 */
QString decodeText(QByteArrayView bytes, TextEncoding *used = nullptr);

/// Windows-1252: Latin-1 except 0x80–0x9F, which hold the euro sign, typographic quotes,
/// dashes and a few letters.
QString fromWindows1252(QByteArrayView bytes);

} // namespace cc::codes

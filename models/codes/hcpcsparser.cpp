// SPDX-License-Identifier: GPL-3.0-or-later
// The CMS Alpha-Numeric HCPCS file: fixed-width records of 320 characters (1-based columns):
// 1–5 HCPC (a modifier sits in 4–5 with 1–3 blank) | 6–10 SEQNUM | 11 RECID (3 code,
// 4 code continued, 7 modifier, 8 modifier continued) | 12–91 long description, continued
// over the following records | 92–119 short description | … | 269–276 ADD_DT |
// 277–284 ACT_EFF_DT | 285–292 TERM_DT | 293 ACTION_CD. Continuation records are shorter and
// hold only columns 1–91.
#include "codefile.h"
#include "codefile_p.h"

namespace cc::codes {

using namespace detail;

namespace {

constexpr qsizetype kRecordLength = 320;
constexpr qsizetype kMinimumLength = 12; // through the first character of the description

bool looksLikeRecord(QStringView line)
{
    if (line.size() < kMinimumLength || !allDigits(line.mid(5, 5)))
        return false;
    const QChar recid = line.at(10);
    if (recid != QLatin1Char('3') && recid != QLatin1Char('4') && recid != QLatin1Char('7')
        && recid != QLatin1Char('8'))
        return false;
    return isWellFormedCode(CodeKind::Hcpcs, line.left(5))
            || (isBlank(line.left(3)) && isWellFormedModifier(line.mid(3, 2)));
}

void appendText(QString &to, QStringView piece)
{
    if (piece.isEmpty())
        return;
    if (!to.isEmpty())
        to.append(QLatin1Char(' '));
    to.append(piece);
}

} // namespace

ParsedCodeFile parseHcpcs(const QByteArray &bytes)
{
    const QString text = decodeText(bytes);
    Collector out(CodeKind::Hcpcs);
    LineReader lines(text);
    bool started = false;

    // The record that continuation records extend: its RECID, its HCPC field, and whether it
    // was kept (a refused record's continuations are skipped without further errors).
    QChar openRecid;
    QString openHcpc;
    bool openKept = false;

    while (lines.next()) {
        const QStringView line = lines.line();
        const qint64 n = lines.number();
        // CMS puts a free-text disclaimer before the first record.
        if (!started) {
            if (!looksLikeRecord(line))
                continue;
            started = true;
        }
        if (isBlank(line))
            continue;
        if (line.size() < kMinimumLength) {
            out.error(n, Tr::tr("The record has %1 characters; a HCPCS record has 320, a "
                                "continuation record at least 12.")
                                 .arg(line.size()));
            openRecid = QChar();
            continue;
        }
        const QString hcpc = line.left(5).toString();
        if (!allDigits(line.mid(5, 5))) {
            out.error(n, Tr::tr("The sequence number \"%1\" (columns 6–10) is not five digits.")
                                 .arg(line.mid(5, 5)));
            openRecid = QChar();
            continue;
        }
        const QChar recid = line.at(10);
        const bool isCode = recid == QLatin1Char('3');
        const bool isModifier = recid == QLatin1Char('7');
        const bool isContinuation = recid == QLatin1Char('4') || recid == QLatin1Char('8');
        if (!isCode && !isModifier && !isContinuation) {
            out.error(n, Tr::tr("The record type \"%1\" (column 11) is not 3 (code), 4 (code "
                                "continued), 7 (modifier) or 8 (modifier continued).")
                                 .arg(recid));
            openRecid = QChar();
            continue;
        }
        if (line.size() > kRecordLength) {
            out.error(n, Tr::tr("The record has %1 characters; HCPCS records have 320.")
                                 .arg(line.size()));
            openRecid = QChar();
            continue;
        }

        if (isContinuation) {
            const QChar expected = recid == QLatin1Char('4') ? QLatin1Char('3') : QLatin1Char('7');
            if (openRecid != expected || openHcpc != hcpc) {
                out.error(n, Tr::tr("This continuation record of %1 does not follow a record of "
                                    "%1.")
                                     .arg(hcpc.trimmed()));
                continue;
            }
            if (!openKept)
                continue;
            const QStringView piece = line.mid(11, 80).trimmed();
            if (recid == QLatin1Char('4'))
                appendText(out.result().codes.last().longDescription, piece);
            else
                appendText(out.result().modifiers.last().longDescription, piece);
            continue;
        }

        openRecid = recid;
        openHcpc = hcpc;
        openKept = false;
        if (line.size() != kRecordLength) {
            out.error(n, Tr::tr("The record of %1 has %2 characters; HCPCS code and modifier "
                                "records have 320.")
                                 .arg(hcpc.trimmed())
                                 .arg(line.size()));
            continue;
        }
        QString key;
        if (isModifier) {
            if (!isBlank(line.left(3)) || !isWellFormedModifier(line.mid(3, 2))) {
                out.error(n, Tr::tr("\"%1\" (columns 1–5) is not a modifier: columns 1–3 blank, "
                                    "then two letters or digits.")
                                     .arg(hcpc));
                continue;
            }
            key = line.mid(3, 2).toString();
        } else {
            if (!isWellFormedCode(CodeKind::Hcpcs, hcpc)) {
                out.error(n, Tr::tr("\"%1\" (columns 1–5) is not a HCPCS Level II code: a "
                                    "letter and four digits.")
                                     .arg(hcpc));
                continue;
            }
            key = hcpc;
        }
        bool addOk = true;
        bool termOk = true;
        const auto addDate = parseCompactDate(line.mid(268, 8), &addOk);
        const auto termDate = parseCompactDate(line.mid(284, 8), &termOk);
        if (!addOk) {
            out.error(n, Tr::tr("The add date \"%1\" of %2 (columns 269–276) is not a date "
                                "written YYYYMMDD.")
                                 .arg(line.mid(268, 8), key));
            continue;
        }
        if (!termOk) {
            out.error(n, Tr::tr("The termination date \"%1\" of %2 (columns 285–292) is not a "
                                "date written YYYYMMDD.")
                                 .arg(line.mid(284, 8), key));
            continue;
        }
        const QString longText = line.mid(11, 80).trimmed().toString();
        const QString shortText = line.mid(91, 28).trimmed().toString();
        if (longText.isEmpty() && shortText.isEmpty()) {
            out.error(n, Tr::tr("%1 has no description (columns 12–91 and 92–119 are blank).")
                                 .arg(key));
            continue;
        }
        if (isModifier)
            openKept = out.addModifier(n, {key, shortText, longText, addDate, termDate});
        else
            openKept = out.addCode(n, {key, true, shortText, longText, addDate, termDate});
    }
    if (!started)
        out.error(0, Tr::tr("No HCPCS record was found: this is not a CMS HCPCS file."));
    return out.finish();
}

} // namespace cc::codes

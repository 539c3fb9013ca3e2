// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeentry.h"

namespace cc {

namespace codekind {

QString key(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Icd10Cm: return QStringLiteral("icd10cm");
    case CodeKind::Hcpcs: return QStringLiteral("hcpcs");
    case CodeKind::Cpt: return QStringLiteral("cpt");
    }
    return {};
}

std::optional<CodeKind> fromKey(const QString &key)
{
    for (CodeKind kind : all()) {
        if (codekind::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString label(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Icd10Cm: return QStringLiteral("ICD-10-CM");
    case CodeKind::Hcpcs: return QStringLiteral("HCPCS");
    case CodeKind::Cpt: return QStringLiteral("CPT");
    }
    return {};
}

QList<CodeKind> all()
{
    return {CodeKind::Icd10Cm, CodeKind::Hcpcs, CodeKind::Cpt};
}

} // namespace codekind

QString normalizedCode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('.') || c.isSpace())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString displayCode(CodeKind kind, const QString &code)
{
    if (kind == CodeKind::Icd10Cm && code.size() > 3)
        return code.left(3) + QLatin1Char('.') + code.mid(3);
    return code;
}

} // namespace cc

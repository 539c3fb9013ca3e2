// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackwriter.h"

#include <QStringList>

namespace cc::x12 {

namespace {

QByteArray envelope(const QStringList &body, const QString &functionalId, int isa,
                    const QString &version, const QDate &date)
{
    const QString number = QStringLiteral("%1").arg(isa, 9, 10, QLatin1Char('0'));
    QStringList segments;
    segments << QStringLiteral("ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*SUBMITTERID    "
                               "*%1*1302*^*00501*%2*0*T*:")
                        .arg(date.toString(QStringLiteral("yyMMdd")), number)
             << QStringLiteral("GS*%1*CLEARINGHOUSE*SUBMITTERID*%2*1302*%3*X*%4")
                        .arg(functionalId, date.toString(QStringLiteral("yyyyMMdd")))
                        .arg(isa)
                        .arg(version);
    segments << body;
    segments << QStringLiteral("GE*1*%1").arg(isa) << QStringLiteral("IEA*1*%1").arg(number);
    return (segments.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1();
}

} // namespace

QByteArray make277CA(const QList<ClaimReply> &claims, int isa, const QDate &date)
{
    const QDate day = date.isValid() ? date : QDate::currentDate();
    const QString d8 = day.toString(QStringLiteral("yyyyMMdd"));
    QStringList s;
    s << QStringLiteral("ST*277*0001*005010X214")
      << QStringLiteral("BHT*0085*08*277CA%1*%2*1302*TH").arg(isa).arg(d8)
      << QStringLiteral("HL*1**20*1") << QStringLiteral("NM1*PR*2*TEST PAYER*****PI*12345")
      << QStringLiteral("TRN*1*%1").arg(isa) << QStringLiteral("DTP*050*D8*%1").arg(d8)
      << QStringLiteral("DTP*009*D8*%1").arg(d8) << QStringLiteral("HL*2*1*21*1")
      << QStringLiteral("NM1*41*2*MAPLE GROVE*****46*SUBMITTERID")
      << QStringLiteral("TRN*2*BATCH%1").arg(isa)
      << QStringLiteral("STC*A1:19:PR*%1*WQ*0").arg(d8) << QStringLiteral("HL*3*2*19*1")
      << QStringLiteral("NM1*85*2*MAPLE GROVE*****XX*1234567893") << QStringLiteral("TRN*1*0");
    int hl = 4;
    for (const ClaimReply &c : claims) {
        s << QStringLiteral("HL*%1*3*PT").arg(hl++)
          << QStringLiteral("NM1*QC*1*PATIENT*TEST****MI*M1")
          << QStringLiteral("TRN*2*%1").arg(c.patientControlNumber);
        if (c.accepted) {
            s << QStringLiteral("STC*A2:20*%1*WQ*0").arg(d8);
            if (!c.payerClaimNumber.isEmpty())
                s << QStringLiteral("REF*1K*%1").arg(c.payerClaimNumber);
        } else {
            s << QStringLiteral("STC*%1:%2:%3*%4*U*0").arg(c.category, c.status, c.entity, d8);
        }
    }
    s << QStringLiteral("SE*%1*0001").arg(s.size() + 1);
    return envelope(s, QStringLiteral("HN"), isa, QStringLiteral("005010X214"), day);
}

QByteArray make999(const QString &groupControl, const QList<SetReply> &sets, int isa,
                   const QDate &date)
{
    const QDate day = date.isValid() ? date : QDate::currentDate();
    QStringList s;
    s << QStringLiteral("ST*999*0001*005010X231A1")
      << QStringLiteral("AK1*HC*%1*005010X222A1").arg(groupControl);
    int accepted = 0;
    for (const SetReply &set : sets) {
        s << QStringLiteral("AK2*837*%1*005010X222A1").arg(set.transactionControl);
        if (set.accepted) {
            s << QStringLiteral("IK5*A");
            ++accepted;
        } else {
            s << QStringLiteral("IK3*NM1*8*2010BA*8") << QStringLiteral("IK4*9*67*4")
              << QStringLiteral("IK5*R*5");
        }
    }
    const QString groupCode = accepted == sets.size() ? QStringLiteral("A")
            : accepted == 0                           ? QStringLiteral("R")
                                                      : QStringLiteral("P");
    s << QStringLiteral("AK9*%1*%2*%2*%3").arg(groupCode).arg(sets.size()).arg(accepted);
    s << QStringLiteral("SE*%1*0001").arg(s.size() + 1);
    return envelope(s, QStringLiteral("FA"), isa, QStringLiteral("005010X231A1"), day);
}

} // namespace cc::x12

// SPDX-License-Identifier: GPL-3.0-or-later
// DemoBuilder::sendClaims: the demo's claims history (issue 5). The demo practice sends its
// clean claims each Friday through a clearinghouse it plays itself: the 999 and 277CA come
// back through the same SubmissionService a biller uses, so the Submissions and Claims
// screens show real batches, acknowledgements and rejections.
#include "auditservice.h"
#include "claimservice.h"
#include "codesetservice.h"
#include "demobuilder.h"
#include "scrubservice.h"
#include "submissionservice.h"
#include "storage/batchrepository.h"
#include "storage/practicerepository.h"
#include "storage/userrepository.h"
#include "x12/ackwriter.h"

#include <QMap>

namespace cc {

namespace {

/// Why the demo clearinghouse rejects a claim now and then (category, status code).
struct DemoRejection
{
    const char *category;
    const char *status;
    const char *entity;
};
constexpr DemoRejection kRejections[] = {
    {"A7", "30", "IL"},  // subscriber and subscriber id do not match
    {"A7", "562", "85"}, // the billing provider's NPI
    {"A6", "21", "85"},  // missing or invalid information
};

} // namespace

Result<void> DemoBuilder::sendClaims(const Options &options)
{
    UserRepository users(m_db);
    auto billerUser = users.findByUsername(QStringLiteral("biller"));
    if (!billerUser)
        return billerUser.error();
    if (!billerUser.value())
        return {};
    const Session biller{billerUser.value()->id, billerUser.value()->username,
                         billerUser.value()->fullName, Role::Biller, std::nullopt};

    PracticeRepository practice(m_db);
    const std::pair<QString, QString> edi[] = {
        {QStringLiteral("edi.submitter_etin"), QStringLiteral("MGFH0001")},
        {QStringLiteral("edi.clearinghouse_name"), QStringLiteral("Great Lakes Claims Exchange")},
        {QStringLiteral("edi.clearinghouse_etin"), QStringLiteral("GLCX01")},
        {QStringLiteral("edi.production"), QStringLiteral("0")},
    };
    for (const auto &[key, value] : edi) {
        if (auto r = practice.setSetting(key, value); !r)
            return r.error();
    }

    CodeSetService codes(m_db, m_audit);
    ScrubService scrubber(m_db, codes);
    ClaimService claims(m_db, m_audit, scrubber);
    claims.setToday(options.anchor);
    SubmissionService submissions(m_db, m_audit, &claims);
    if (auto r = claims.scrubClaims(biller); !r)
        return r.error();
    auto ready = claims.readyClaims();
    if (!ready)
        return ready.error();

    // Ready claims by the Friday after their date of service; the newest week stays ready
    // for the biller to send.
    QMap<QDate, QList<qint64>> weeks;
    for (const ClaimSummary &c : ready.value()) {
        const QDate friday = c.dateOfService.addDays((5 - c.dateOfService.dayOfWeek() + 7) % 7);
        if (friday.addDays(10) >= options.anchor)
            continue;
        weeks[friday].append(c.id);
    }
    int isa = 700000;
    int nth = 0;
    QList<qint64> rejected;
    for (auto week = weeks.cbegin(); week != weeks.cend(); ++week) {
        const QDateTime sentAt(week.key(), QTime(16, 30));
        auto sent = submissions.submit(biller, week.value(), sentAt);
        if (!sent)
            return sent.error();
        for (const BatchRecord &batch : sent->batches) {
            auto ids = BatchRepository(m_db).claimIds(batch.summary.id);
            if (!ids)
                return ids.error();
            auto members = BatchRepository(m_db).claimsOfGroup(batch.summary.groupControl, nullptr);
            if (!members)
                return members.error();
            QList<x12::SetReply> sets;
            for (const QString &control : QSet<QString>(members->cbegin(), members->cend()))
                sets.append({control, true});
            const QDate ackDay = week.key().addDays(3); // the Monday after
            ++isa;
            if (auto r = submissions.importAck(biller, QStringLiteral("999-%1.x12").arg(isa),
                                               x12::make999(batch.summary.groupControl, sets,
                                                            isa, ackDay),
                                               QDateTime(ackDay, QTime(7, 5)));
                !r)
                return r.error();
            QList<x12::ClaimReply> replies;
            auto summaries = claims.claims({ClaimState::Submitted});
            if (!summaries)
                return summaries.error();
            for (const ClaimSummary &c : summaries.value()) {
                if (!ids->contains(c.id))
                    continue;
                // About one claim in eighteen comes back rejected.
                if (++nth % 18 == 0) {
                    const DemoRejection &why = kRejections[(nth / 18) % 3];
                    replies.append({c.patientControlNumber, false, {},
                                    QString::fromLatin1(why.category),
                                    QString::fromLatin1(why.status),
                                    QString::fromLatin1(why.entity)});
                    rejected.append(c.id);
                } else {
                    replies.append({c.patientControlNumber, true,
                                    QStringLiteral("%1%2")
                                            .arg(ackDay.toString(QStringLiteral("yyMMdd")))
                                            .arg(c.id, 7, 10, QLatin1Char('0'))});
                }
            }
            ++isa;
            if (auto r = submissions.importAck(biller, QStringLiteral("277CA-%1.x12").arg(isa),
                                               x12::make277CA(replies, isa, ackDay.addDays(1)),
                                               QDateTime(ackDay.addDays(1), QTime(7, 40)));
                !r)
                return r.error();
        }
    }
    // The biller fixed the older rejections and sent them again; the newest still wait.
    QList<qint64> fixed;
    for (qsizetype i = 0; i + 3 < rejected.size(); ++i) {
        auto c = claims.claim(rejected.at(i), false);
        if (!c)
            return c.error();
        const ClaimEdit e = ClaimEdit::of(c.value());
        if (auto r = claims.save(biller, c->summary.id, e); !r)
            return r.error();
        fixed.append(c->summary.id);
    }
    if (fixed.isEmpty())
        return {};
    const QDate resent = options.anchor.addDays(-2);
    auto sent = submissions.submit(biller, fixed, QDateTime(resent, QTime(11, 0)));
    if (!sent)
        return sent.error();
    for (const BatchRecord &batch : sent->batches) {
        auto members = BatchRepository(m_db).claimsOfGroup(batch.summary.groupControl, nullptr);
        if (!members)
            return members.error();
        QList<x12::SetReply> sets;
        for (const QString &control : QSet<QString>(members->cbegin(), members->cend()))
            sets.append({control, true});
        ++isa;
        if (auto r = submissions.importAck(biller, QStringLiteral("999-%1.x12").arg(isa),
                                           x12::make999(batch.summary.groupControl, sets, isa,
                                                        resent.addDays(1)),
                                           QDateTime(resent.addDays(1), QTime(7, 5)));
            !r)
            return r.error();
    }
    QList<x12::ClaimReply> replies;
    auto again = claims.records(fixed);
    if (!again)
        return again.error();
    for (const ClaimRecord &c : again.value())
        replies.append({c.summary.patientControlNumber, true,
                        QStringLiteral("R%1").arg(c.summary.id, 7, 10, QLatin1Char('0'))});
    ++isa;
    if (auto r = submissions.importAck(biller, QStringLiteral("277CA-%1.x12").arg(isa),
                                       x12::make277CA(replies, isa, resent.addDays(1)),
                                       QDateTime(resent.addDays(1), QTime(7, 40)));
        !r)
        return r.error();
    return {};
}

} // namespace cc

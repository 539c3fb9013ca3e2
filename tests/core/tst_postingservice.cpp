// SPDX-License-Identifier: GPL-3.0-or-later
// PostingService (issue 6 §2, §3): ERAs and paper EOBs onto the append-only ledger. Claims are
// made and sent through the real services; the 835s are written here, segment by segment, so
// each test says exactly what the payer answered.
#include "testdatabase.h"
#include "domain/money.h"
#include "services/claimservice.h"
#include "services/postingservice.h"
#include "services/submissionservice.h"

#include <QtTest>

using namespace cc;

namespace {

// ---- A tiny 835 builder: what a payer would send, with SE01 and BPR02 worked out. ----------

struct Cas
{
    QString group;
    QString reason;
    qint64 cents = 0;
};

struct Svc
{
    QString code;
    QStringList modifiers;
    qint64 charge = 0;
    qint64 paid = 0;
    QDate date;
    QString lineControl; ///< REF*6R, empty: none
    QList<Cas> cas;
    qint64 allowed = -1;
    QStringList remarks;
};

struct Clp
{
    QString pcn;
    QString status = QStringLiteral("1");
    qint64 charge = 0;
    qint64 paid = 0;
    qint64 pr = 0;
    QString payerClaimNumber;
    QList<Cas> cas;
    QList<Svc> lines;
    QString crossover; ///< NM1*TT name
    QString last = QStringLiteral("DOE");
    QString first = QStringLiteral("JANE");
    QString member = QStringLiteral("M123");
};

struct Plb
{
    QString reason;
    QString reference;
    qint64 cents = 0;
};

struct St
{
    QString trace;
    QString payerName = QStringLiteral("ACME HEALTH");
    QString payerId = QStringLiteral("ACME01");
    QList<Clp> claims;
    QList<Plb> plbs;
    std::optional<qint64> payment; ///< BPR02, else Σ CLP04 − Σ PLB
};

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDecimalString();
}

QString ymd(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

St era(const QString &trace, const QList<Clp> &claims, const QList<Plb> &plbs = {})
{
    St s;
    s.trace = trace;
    s.claims = claims;
    s.plbs = plbs;
    return s;
}

QByteArray make835(const QList<St> &sets)
{
    QStringList out;
    out << QStringLiteral("ISA*00*          *00*          *ZZ*ACME01         *ZZ*MGFH0001       "
                          "*261201*1200*^*00501*000000901*0*P*:");
    out << QStringLiteral("GS*HP*ACME01*MGFH0001*20261201*1200*901*X*005010X221A1");
    int st = 0;
    for (const St &s : sets) {
        ++st;
        QStringList seg;
        qint64 paid = 0;
        qint64 plb = 0;
        for (const Clp &c : s.claims)
            paid += c.paid;
        for (const Plb &p : s.plbs)
            plb += p.cents;
        const qint64 payment = s.payment.value_or(paid - plb);
        seg << QStringLiteral("ST*835*%1").arg(st, 4, 10, QLatin1Char('0'));
        seg << QStringLiteral("BPR*I*%1*C*CHK************20261201").arg(money(payment));
        seg << QStringLiteral("TRN*1*%1*1%2").arg(s.trace, QStringLiteral("999999999"));
        seg << QStringLiteral("N1*PR*%1*XV*%2").arg(s.payerName, s.payerId);
        seg << QStringLiteral("N3*PO BOX 1");
        seg << QStringLiteral("N4*LANSING*MI*48909");
        seg << QStringLiteral("PER*BL*EDI*TE*5175550100");
        seg << QStringLiteral("N1*PE*MAPLE GROVE FAMILY HEALTH*XX*1234567893");
        seg << QStringLiteral("LX*1");
        for (const Clp &c : s.claims) {
            seg << QStringLiteral("CLP*%1*%2*%3*%4*%5*12*%6*11*1")
                            .arg(c.pcn, c.status, money(c.charge), money(c.paid),
                                 c.pr == 0 ? QString() : money(c.pr), c.payerClaimNumber);
            for (const Cas &k : c.cas)
                seg << QStringLiteral("CAS*%1*%2*%3").arg(k.group, k.reason, money(k.cents));
            seg << QStringLiteral("NM1*QC*1*%1*%2****MI*%3").arg(c.last, c.first, c.member);
            if (!c.crossover.isEmpty())
                seg << QStringLiteral("NM1*TT*2*%1*****PI*XOVER1").arg(c.crossover);
            for (const Svc &l : c.lines) {
                QString composite = QStringLiteral("HC:") + l.code;
                for (const QString &m : l.modifiers)
                    composite += QLatin1Char(':') + m;
                seg << QStringLiteral("SVC*%1*%2*%3**1").arg(composite, money(l.charge),
                                                            money(l.paid));
                if (l.date.isValid())
                    seg << QStringLiteral("DTM*472*%1").arg(ymd(l.date));
                for (const Cas &k : l.cas)
                    seg << QStringLiteral("CAS*%1*%2*%3").arg(k.group, k.reason, money(k.cents));
                if (!l.lineControl.isEmpty())
                    seg << QStringLiteral("REF*6R*%1").arg(l.lineControl);
                if (l.allowed >= 0)
                    seg << QStringLiteral("AMT*B6*%1").arg(money(l.allowed));
                for (const QString &r : l.remarks)
                    seg << QStringLiteral("LQ*HE*%1").arg(r);
            }
        }
        for (const Plb &p : s.plbs)
            seg << QStringLiteral("PLB*1234567893*20261231*%1:%2*%3")
                            .arg(p.reason, p.reference, money(p.cents));
        seg << QStringLiteral("SE*%1*%2").arg(seg.size() + 1).arg(st, 4, 10, QLatin1Char('0'));
        out << seg;
    }
    out << QStringLiteral("GE*%1*901").arg(st);
    out << QStringLiteral("IEA*1*000000901");
    return (out.join(QStringLiteral("~\n")) + QStringLiteral("~\n")).toLatin1();
}

// ---- Claims as the database has them. ------------------------------------------------------

struct OurLine
{
    qint64 id = 0;
    QString lcn;
    QString code;
    QDate date;
    qint64 charge = 0;
};

struct Ours
{
    qint64 id = 0;
    QString pcn;
    qint64 patientId = 0;
    QList<OurLine> lines;
};

} // namespace

class tst_PostingService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void chargesPostedWhenSent();
    void fullPaymentWithContractualAndCoinsurance();
    void partialPaymentWithLineDenial();
    void deniedClaimGoesToDenialList();
    void linesMatchByRefThenCodeWithDroppedModifier();
    void previewStoresNothing();
    void reversalThenCorrectedClaim();
    void providerLevelAdjustmentStored();
    void crossoverNotedNoSecondary();
    void secondaryClaimQueuedAndPaid();
    void unmatchedMatchedByHand();
    void unmatchedDismissed();
    void duplicateEraRefused();
    void malformedFileRefusedWhole_data();
    void malformedFileRefusedWhole();
    void oneDuplicateAmongSeveralRefusesAll();
    void eobBalancedPosts();
    void eobUnbalancedRefusedNamingTheLine();
    void eobDuplicateCheckRefused();
    void coderMayNotPost();

private:
    PostingService &payments() { return m_db->ws().payments(); }
    /// A claim made, scrubbed and sent; @p lines replaces its lines when given.
    Ours sentClaim(const QList<ClaimLine> &lines = {});
    Ours load(qint64 claimId);
    int count(const char *table);
    QString state(qint64 claimId);
    /// The claim's patient gets a priority-2 coverage with another payer; returns its payer id.
    qint64 addSecondaryCoverage(qint64 claimId);
    Result<PostingResult> post(const QByteArray &file, const QString &name = QStringLiteral("era.835"))
    {
        return payments().postEra(m_biller, file, name, QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    }
    static QString message(const Error &e) { return e.userMessage + QLatin1Char('\n') + e.detail; }

    std::unique_ptr<test::TestDatabase> m_db;
    Session m_biller;
};

void tst_PostingService::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY2(m_db->makeDemo(120, 5), qPrintable(m_db->errorText()));
    m_db->value(QStringLiteral("DELETE FROM payer_rules"));
    m_biller = m_db->login(Role::Biller);
    // Only the claims a test makes are open; no patient has a secondary plan unless a test
    // gives one.
    m_db->value(QStringLiteral("UPDATE claims SET state = 'closed'"));
    m_db->value(QStringLiteral("UPDATE coverages SET effective_to = date(effective_from, '-1 day') "
                               "WHERE priority = 2"));
    // The demo's own ERAs left a claim in the Unmatched list: only a test's own are there.
    m_db->value(QStringLiteral("UPDATE remittance_claims SET resolution = 'dismissed' WHERE "
                               "resolution = 'unmatched'"));
}

void tst_PostingService::cleanup()
{
    m_db.reset();
}

Ours tst_PostingService::load(qint64 claimId)
{
    Ours o;
    o.id = claimId;
    o.pcn = m_db->value(QStringLiteral("SELECT patient_control_number FROM claims WHERE id = %1")
                                .arg(claimId))
                    .toString();
    o.patientId = m_db->value(QStringLiteral("SELECT e.patient_id FROM claims c JOIN encounters e "
                                             "ON e.id = c.encounter_id WHERE c.id = %1")
                                      .arg(claimId))
                          .toLongLong();
    const int n = m_db->value(QStringLiteral("SELECT count(*) FROM claim_lines WHERE claim_id = %1")
                                      .arg(claimId))
                          .toInt();
    for (int i = 1; i <= n; ++i) {
        const QString where = QStringLiteral(" FROM claim_lines WHERE claim_id = %1 AND line_no = %2")
                                      .arg(claimId)
                                      .arg(i);
        OurLine l;
        l.id = m_db->value(QStringLiteral("SELECT id") + where).toLongLong();
        l.lcn = m_db->value(QStringLiteral("SELECT line_control_number") + where).toString();
        l.code = m_db->value(QStringLiteral("SELECT code") + where).toString();
        l.date = QDate::fromString(m_db->value(QStringLiteral("SELECT service_date") + where)
                                           .toString(),
                                   Qt::ISODate);
        l.charge = m_db->value(QStringLiteral("SELECT charge_cents") + where).toLongLong();
        o.lines.append(l);
    }
    return o;
}

Ours tst_PostingService::sentClaim(const QList<ClaimLine> &lines)
{
    ClaimService &claims = m_db->ws().claims();
    const qint64 id = m_db->makeDraftClaim(QStringLiteral("E119"), QStringLiteral("82947"), 2200);
    if (id == 0)
        return {};
    if (!lines.isEmpty()) {
        auto record = claims.claim(id, false);
        if (!record)
            return {};
        ClaimEdit e = ClaimEdit::of(record.value());
        e.lines = lines;
        for (ClaimLine &l : e.lines) {
            if (!l.serviceDate.isValid())
                l.serviceDate = record->summary.dateOfService;
        }
        if (auto saved = claims.save(m_biller, id, e); !saved) {
            qWarning() << saved.error().userMessage;
            return {};
        }
    }
    if (!claims.scrubClaims(m_biller, {id}))
        return {};
    if (claims.claim(id, false)->summary.state != ClaimState::Scrubbed) {
        // Only the posting is under test here: let the claim through the scrubber.
        m_db->value(QStringLiteral("DELETE FROM claim_findings WHERE claim_id = %1").arg(id));
        m_db->value(QStringLiteral("UPDATE claims SET state = 'scrubbed' WHERE id = %1").arg(id));
    }
    auto sent = m_db->ws().submissions().submit(m_biller, {id},
                                                QDateTime(QDate(2026, 11, 20), QTime(16, 0)));
    if (!sent) {
        qWarning() << sent.error().userMessage;
        return {};
    }
    return load(id);
}

int tst_PostingService::count(const char *table)
{
    return m_db->value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

QString tst_PostingService::state(qint64 claimId)
{
    return m_db->value(QStringLiteral("SELECT state FROM claims WHERE id = %1").arg(claimId))
            .toString();
}

qint64 tst_PostingService::addSecondaryCoverage(qint64 claimId)
{
    const qint64 payer = m_db->value(QStringLiteral("SELECT id FROM payers WHERE kind <> 'self_pay' "
                                                    "AND id <> (SELECT payer_id FROM claims WHERE "
                                                    "id = %1) ORDER BY id LIMIT 1")
                                             .arg(claimId))
                                 .toLongLong();
    m_db->value(QStringLiteral(
                        "INSERT INTO coverages (patient_id, payer_id, priority, member_id, "
                        "relationship, subscriber_last_name, subscriber_first_name, "
                        "subscriber_birth_date, subscriber_sex, effective_from) "
                        "SELECT patient_id, %1, 2, 'SEC777', relationship, subscriber_last_name, "
                        "subscriber_first_name, subscriber_birth_date, subscriber_sex, "
                        "'2020-01-01' FROM coverages WHERE id = (SELECT coverage_id FROM claims "
                        "WHERE id = %2)")
                        .arg(payer)
                        .arg(claimId));
    return payer;
}

void tst_PostingService::chargesPostedWhenSent()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    auto rows = payments().ledger(a.id);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().entry.kind, QStringLiteral("charge"));
    QCOMPARE(rows->first().entry.amountCents, 2200);
    QCOMPARE(rows->first().entry.claimLineId, 0); // claim level: a rejected claim's lines change
    QCOMPARE(payments().balance(a.id)->insuranceBalanceCents, 2200);
}

void tst_PostingService::fullPaymentWithContractualAndCoinsurance()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Svc l{QStringLiteral("82947"), {}, 2200, 1400, a.lines[0].date, a.lines[0].lcn,
          {{QStringLiteral("CO"), QStringLiteral("45"), 400},
           {QStringLiteral("PR"), QStringLiteral("2"), 400}},
          1800, {}};
    Clp c;
    c.pcn = a.pcn;
    c.charge = 2200;
    c.paid = 1400;
    c.pr = 400;
    c.payerClaimNumber = QStringLiteral("ICN555");
    c.lines = {l};
    const int audits = m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'payments.post'"))
                               .toInt();
    QSignalSpy changed(&payments(), &PostingService::postingsChanged);
    auto r = post(make835({era(QStringLiteral("T100"), {c})}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->claimsPosted, 1);
    QCOMPARE(r->paidCents, 1400);
    QCOMPARE(r->unmatched, 0);
    QVERIFY(r->summary.contains(QLatin1String("$14.00")));
    QCOMPARE(changed.count(), 1);
    // Posting vouches for its own links while it runs; the database checks them again after.
    // (SQLite's switch: a server always checks them.)
    if (!test::TestDatabase::onServer())
        QCOMPARE(m_db->value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const ClaimBalance b = payments().balance(a.id).value();
    QCOMPARE(b.paidCents, 1400);
    QCOMPARE(b.adjustedCents, 400);
    QCOMPARE(b.insuranceBalanceCents, 0);
    QCOMPARE(b.patientBalanceCents, 400);
    QCOMPARE(state(a.id), QStringLiteral("paid"));
    QCOMPARE(m_db->ws().claims().claim(a.id)->payerClaimNumber, QStringLiteral("ICN555"));
    QCOMPARE(m_db->ws().claims().claim(a.id)->events.last().status, QStringLiteral("paid"));
    // The payment row carries the allowed amount and its line.
    QCOMPARE(m_db->value(QStringLiteral("SELECT allowed_cents FROM postings WHERE claim_id = %1 "
                                        "AND kind = 'payment'")
                                 .arg(a.id))
                     .toLongLong(),
             1800);
    QCOMPARE(m_db->value(QStringLiteral("SELECT reason_code FROM postings WHERE claim_id = %1 "
                                        "AND kind = 'patient_responsibility'")
                                 .arg(a.id))
                     .toString(),
             QStringLiteral("2"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'payments.post'"))
                     .toInt(),
             audits + 1);
    auto list = payments().remittances();
    QVERIFY(list.ok());
    QCOMPARE(list->first().traceNumber, QStringLiteral("T100"));
    QCOMPARE(list->first().claimCount, 1);
    auto detail = payments().remittance(list->first().id);
    QVERIFY(detail.ok());
    QCOMPARE(detail->content.claims.size(), 1);
    QCOMPARE(detail->content.claims.first().lines.first().paidCents, 1400);
}

void tst_PostingService::partialPaymentWithLineDenial()
{
    ClaimLine em{QStringLiteral("99213"), {QStringLiteral("25")}, 1, 9000, {1}, {}};
    ClaimLine lab{QStringLiteral("82947"), {}, 1, 2200, {1}, {}};
    const Ours a = sentClaim({em, lab});
    QVERIFY(a.id > 0);
    QCOMPARE(a.lines.size(), 2);
    Clp c;
    c.pcn = a.pcn;
    c.charge = 11200;
    c.paid = 6000;
    c.pr = 1000;
    c.lines = {Svc{QStringLiteral("99213"), {QStringLiteral("25")}, 9000, 6000, a.lines[0].date,
                   a.lines[0].lcn,
                   {{QStringLiteral("CO"), QStringLiteral("45"), 2000},
                    {QStringLiteral("PR"), QStringLiteral("3"), 1000}},
                   7000, {}},
               Svc{QStringLiteral("82947"), {}, 2200, 0, a.lines[1].date, a.lines[1].lcn,
                   {{QStringLiteral("CO"), QStringLiteral("50"), 2200}}, -1,
                   {QStringLiteral("N115")}}};
    auto r = post(make835({era(QStringLiteral("T200"), {c})}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->denials, 1);
    QCOMPARE(state(a.id), QStringLiteral("partially_paid"));
    const ClaimBalance b = payments().balance(a.id).value();
    QCOMPARE(b.insuranceBalanceCents, 2200); // the denied line stays open
    QCOMPARE(b.patientBalanceCents, 1000);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM denials WHERE claim_id = %1 AND "
                                        "claim_line_id = %2 AND reason_code = '50' AND "
                                        "remark_codes = 'N115' AND amount_cents = 2200 AND "
                                        "state = 'open' AND remittance_claim_id IS NOT NULL")
                                 .arg(a.id)
                                 .arg(a.lines[1].id))
                     .toInt(),
             1);
    // No adjustment row for the denied amount.
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM postings WHERE claim_id = %1 AND "
                                        "reason_code = '50'")
                                 .arg(a.id))
                     .toInt(),
             0);
}

void tst_PostingService::deniedClaimGoesToDenialList()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Clp c;
    c.pcn = a.pcn;
    c.status = QStringLiteral("4");
    c.charge = 2200;
    c.paid = 0;
    c.payerClaimNumber = QStringLiteral("DEN1");
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 0, a.lines[0].date, a.lines[0].lcn,
                   {{QStringLiteral("CO"), QStringLiteral("16"), 2200}}, -1,
                   {QStringLiteral("N14")}}};
    const int postings = count("postings");
    auto r = post(make835({era(QStringLiteral("T300"), {c})}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->denials, 1);
    QCOMPARE(state(a.id), QStringLiteral("denied"));
    QCOMPARE(count("postings"), postings); // nothing paid, nothing adjusted
    QCOMPARE(payments().balance(a.id)->insuranceBalanceCents, 2200);
    QCOMPARE(m_db->value(QStringLiteral("SELECT reason_code || ':' || group_code || ':' || "
                                        "remark_codes FROM denials WHERE claim_id = %1")
                                 .arg(a.id))
                     .toString(),
             QStringLiteral("16:CO:N14"));
    QCOMPARE(m_db->ws().claims().claim(a.id)->payerClaimNumber, QStringLiteral("DEN1"));
}

void tst_PostingService::linesMatchByRefThenCodeWithDroppedModifier()
{
    ClaimLine em{QStringLiteral("99213"), {QStringLiteral("25")}, 1, 9000, {1}, {}};
    ClaimLine lab{QStringLiteral("82947"), {}, 1, 2200, {1}, {}};
    const Ours a = sentClaim({em, lab});
    QVERIFY(a.id > 0);
    // The lab line comes first, matched by REF*6R; the visit comes without its modifier 25
    // and without REF*6R: matched on code and date.
    Clp c;
    c.pcn = a.pcn;
    c.charge = 11200;
    c.paid = 8000;
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 1500, a.lines[1].date, a.lines[1].lcn,
                   {{QStringLiteral("CO"), QStringLiteral("45"), 700}}, -1, {}},
               Svc{QStringLiteral("99213"), {}, 9000, 6500, a.lines[0].date, {},
                   {{QStringLiteral("CO"), QStringLiteral("45"), 2500}}, -1, {}}};
    const QByteArray file = make835({era(QStringLiteral("T400"), {c})});
    auto preview = payments().previewEra(file, QStringLiteral("era.835"));
    QVERIFY(preview.ok());
    QVERIFY2(preview->canPost(), qPrintable(preview->errors.join(QLatin1Char('\n'))));
    const EraClaimPreview &pc = preview->transactions.first().claims.first();
    QCOMPARE(pc.claimId, a.id);
    QCOMPARE(pc.lines[0].lineNumber, 2);
    QCOMPARE(pc.lines[0].matchedBy, QStringLiteral("REF*6R"));
    QCOMPARE(pc.lines[1].lineNumber, 1);
    QCOMPARE(pc.lines[1].matchedBy, QStringLiteral("code and date"));
    QVERIFY2(pc.notes.join(QLatin1Char(' ')).contains(QLatin1String("without modifier 25")),
             qPrintable(pc.notes.join(QLatin1Char(' '))));
    QCOMPARE(pc.adjustedCents, 3200);

    auto r = post(file);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(m_db->value(QStringLiteral("SELECT amount_cents FROM postings WHERE kind = 'payment' "
                                        "AND claim_line_id = %1")
                                 .arg(a.lines[0].id))
                     .toLongLong(),
             6500);
    QCOMPARE(m_db->value(QStringLiteral("SELECT amount_cents FROM postings WHERE kind = 'payment' "
                                        "AND claim_line_id = %1")
                                 .arg(a.lines[1].id))
                     .toLongLong(),
             1500);
    QCOMPARE(payments().balance(a.id)->insuranceBalanceCents, 0);
    // The EOB form shows each line's balance from the ledger.
    auto form = payments().eobForm(a.id);
    QVERIFY(form.ok());
    QCOMPARE(form->lines.size(), 2);
    QCOMPARE(form->lines[0].code, QStringLiteral("99213-25"));
    QCOMPARE(form->lines[0].insuranceBalanceCents, 0);
}

void tst_PostingService::previewStoresNothing()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Clp c;
    c.pcn = a.pcn;
    c.charge = 2200;
    c.paid = 2200;
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 2200, a.lines[0].date, a.lines[0].lcn, {},
                   -1, {}}};
    Clp stranger = c;
    stranger.pcn = QStringLiteral("NOTOURS1");
    const int before = count("postings") + count("remittances") + count("remittance_claims");
    auto preview = payments().previewEra(make835({era(QStringLiteral("T500"), {c, stranger})}),
                                         QStringLiteral("p.835"));
    QVERIFY(preview.ok());
    QCOMPARE(preview->claimCount(), 2);
    QCOMPARE(preview->unmatchedCount(), 1);
    QCOMPARE(preview->paidCents(), 4400);
    QVERIFY(preview->canPost());
    QCOMPARE(preview->transactions.first().claims.last().claimId, 0);
    QVERIFY(!preview->transactions.first().claims.last().notes.isEmpty());
    QCOMPARE(count("postings") + count("remittances") + count("remittance_claims"), before);
    QCOMPARE(state(a.id), QStringLiteral("submitted"));
}

void tst_PostingService::reversalThenCorrectedClaim()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    const OurLine &l = a.lines.first();
    Clp first;
    first.pcn = a.pcn;
    first.charge = 2200;
    first.paid = 1800;
    first.pr = 400;
    first.payerClaimNumber = QStringLiteral("ICN1");
    first.lines = {Svc{QStringLiteral("82947"), {}, 2200, 1800, l.date, l.lcn,
                       {{QStringLiteral("PR"), QStringLiteral("1"), 400}}, -1, {}}};
    QVERIFY(post(make835({era(QStringLiteral("R1"), {first})})).ok());
    // The ledger as it stood: no row may change after the reversal.
    QList<std::pair<qint64, qint64>> before;
    const QList<LedgerRow> posted = payments().ledger(a.id).value();
    for (const LedgerRow &row : posted)
        before.append({row.id, row.entry.amountCents});
    QCOMPARE(before.size(), 3); // charge, payment, patient responsibility

    Clp reversal = first;
    reversal.status = QStringLiteral("22");
    reversal.charge = -2200;
    reversal.paid = -1800;
    reversal.pr = -400;
    reversal.lines = {Svc{QStringLiteral("82947"), {}, -2200, -1800, l.date, l.lcn,
                          {{QStringLiteral("PR"), QStringLiteral("1"), -400}}, -1, {}}};
    Clp corrected = first;
    corrected.paid = 2000;
    corrected.pr = 0;
    corrected.payerClaimNumber = QStringLiteral("ICN2");
    corrected.lines = {Svc{QStringLiteral("82947"), {}, 2200, 2000, l.date, l.lcn,
                           {{QStringLiteral("CO"), QStringLiteral("45"), 200}}, -1, {}}};
    auto r = post(make835({era(QStringLiteral("R2"), {reversal, corrected})}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->reversals, 1);
    const QList<LedgerRow> rows = payments().ledger(a.id).value();
    for (const auto &[id, amount] : before) {
        auto it = std::find_if(rows.cbegin(), rows.cend(),
                               [id = id](const LedgerRow &x) { return x.id == id; });
        QVERIFY(it != rows.cend());
        QCOMPARE(it->entry.amountCents, amount);
    }
    int reversing = 0;
    for (const LedgerRow &row : rows) {
        if (row.entry.reversesId == 0)
            continue;
        ++reversing;
        const auto original = std::find_if(rows.cbegin(), rows.cend(), [&](const LedgerRow &x) {
            return x.id == row.entry.reversesId;
        });
        QVERIFY(original != rows.cend());
        QCOMPARE(row.entry.amountCents, -original->entry.amountCents);
        QVERIFY(original->reversed);
    }
    QCOMPARE(reversing, 2);
    const ClaimBalance b = payments().balance(a.id).value();
    QCOMPARE(b.paidCents, 2000);
    QCOMPARE(b.adjustedCents, 200);
    QCOMPARE(b.insuranceBalanceCents, 0);
    QCOMPARE(b.patientBalanceCents, 0);
    QCOMPARE(state(a.id), QStringLiteral("paid"));
    QCOMPARE(m_db->ws().claims().claim(a.id)->payerClaimNumber, QStringLiteral("ICN2"));
    // The ledger is append-only: its rows were never updated (the triggers of 0001 aside, no
    // row count shrank and every earlier id is still there with its amount).
    QCOMPARE(rows.size(), 3 + 2 + 2);
}

void tst_PostingService::providerLevelAdjustmentStored()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Clp c;
    c.pcn = a.pcn;
    c.charge = 2200;
    c.paid = 2200;
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 2200, a.lines[0].date, a.lines[0].lcn, {},
                   -1, {}}};
    const St s = era(QStringLiteral("T600"), {c},
                     {{QStringLiteral("WO"), QStringLiteral("ICN9"), 500}});
    auto r = post(make835({s}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(m_db->value(QStringLiteral("SELECT reason_code || ':' || reference || ':' || "
                                        "amount_cents FROM provider_adjustments WHERE "
                                        "remittance_id = %1")
                                 .arg(r->remittanceIds.first()))
                     .toString(),
             QStringLiteral("WO:ICN9:500"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT payment_cents FROM remittances WHERE "
                                        "trace_number = 'T600'"))
                     .toLongLong(),
             1700);
    auto detail = payments().remittance(r->remittanceIds.first());
    QCOMPARE(detail->content.providerAdjustments.size(), 1);
    QCOMPARE(detail->content.providerAdjustments.first().amountCents, 500);
}

void tst_PostingService::crossoverNotedNoSecondary()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    addSecondaryCoverage(a.id);
    Clp c;
    c.pcn = a.pcn;
    c.status = QStringLiteral("19");
    c.charge = 2200;
    c.paid = 1500;
    c.pr = 700;
    c.crossover = QStringLiteral("MEDIGAP PLAN");
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 1500, a.lines[0].date, a.lines[0].lcn,
                   {{QStringLiteral("PR"), QStringLiteral("2"), 700}}, -1, {}}};
    const QByteArray file = make835({era(QStringLiteral("T700"), {c})});
    auto preview = payments().previewEra(file, QStringLiteral("x.835"));
    QVERIFY(preview.ok());
    QVERIFY(!preview->transactions.first().claims.first().queuesSecondary);
    QVERIFY(preview->transactions.first().claims.first().notes.join(QLatin1Char(' ')).contains(
            QLatin1String("MEDIGAP PLAN")));
    auto r = post(file);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->secondaryClaims, 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claims WHERE primary_claim_id = %1")
                                 .arg(a.id))
                     .toInt(),
             0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT crossover_payer FROM remittance_claims WHERE "
                                        "claim_id = %1")
                                 .arg(a.id))
                     .toString(),
             QStringLiteral("MEDIGAP PLAN"));
    QVERIFY(m_db->ws().claims().claim(a.id)->events.last().message.contains(
            QLatin1String("MEDIGAP PLAN")));
}

void tst_PostingService::secondaryClaimQueuedAndPaid()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    const qint64 secondaryPayer = addSecondaryCoverage(a.id);
    Clp c;
    c.pcn = a.pcn;
    c.charge = 2200;
    c.paid = 1600;
    c.pr = 400;
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 1600, a.lines[0].date, a.lines[0].lcn,
                   {{QStringLiteral("CO"), QStringLiteral("45"), 200},
                    {QStringLiteral("PR"), QStringLiteral("2"), 400}},
                   -1, {}}};
    const QByteArray file = make835({era(QStringLiteral("T800"), {c})});
    QVERIFY(payments().previewEra(file, QStringLiteral("s.835"))->transactions.first().claims.first().queuesSecondary);
    auto r = post(file);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->secondaryClaims, 1);
    const qint64 secondary = m_db->value(QStringLiteral("SELECT id FROM claims WHERE "
                                                        "primary_claim_id = %1")
                                                 .arg(a.id))
                                     .toLongLong();
    QVERIFY(secondary > 0);
    QCOMPARE(state(secondary), QStringLiteral("draft"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT payer_id FROM claims WHERE id = %1").arg(secondary))
                     .toLongLong(),
             secondaryPayer);
    QCOMPARE(m_db->value(QStringLiteral("SELECT cv.priority FROM claims c JOIN coverages cv ON "
                                        "cv.id = c.coverage_id WHERE c.id = %1")
                                 .arg(secondary))
                     .toInt(),
             2);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claim_lines WHERE claim_id = %1")
                                 .arg(secondary))
                     .toInt(),
             1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claim_diagnoses WHERE claim_id = %1")
                                 .arg(secondary))
                     .toInt(),
             m_db->value(QStringLiteral("SELECT count(*) FROM claim_diagnoses WHERE claim_id = %1")
                                 .arg(a.id))
                     .toInt());
    const Ours s = load(secondary);
    QVERIFY(s.pcn != a.pcn);

    // Posting the same primary answer again (another trace) makes no second secondary claim.
    const Ours b = sentClaim();
    QVERIFY(b.id > 0);

    // The secondary payer pays the coinsurance: CLP02 2 on the secondary claim.
    Clp second;
    second.pcn = s.pcn;
    second.status = QStringLiteral("2");
    second.charge = 2200;
    second.paid = 400;
    second.lines = {Svc{QStringLiteral("82947"), {}, 2200, 400, s.lines[0].date, s.lines[0].lcn,
                        {{QStringLiteral("OA"), QStringLiteral("23"), 1800}}, -1, {}}};
    St fromSecondary = era(QStringLiteral("S900"), {second});
    fromSecondary.payerName = QStringLiteral("SECOND PLAN");
    fromSecondary.payerId = QStringLiteral("SEC01");
    auto r2 = post(make835({fromSecondary}));
    QVERIFY2(r2.ok(), qPrintable(r2.ok() ? QString() : message(r2.error())));
    QCOMPARE(r2->secondaryClaims, 0);
    QCOMPARE(state(secondary), QStringLiteral("paid"));
    QCOMPARE(payments().balance(secondary)->paidCents, 400);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM claims WHERE primary_claim_id = %1")
                                 .arg(secondary))
                     .toInt(),
             0);
}

void tst_PostingService::unmatchedMatchedByHand()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Clp c;
    c.pcn = QStringLiteral("TYPO%1").arg(a.id); // the payer mangled our number
    c.charge = 2200;
    c.paid = 2000;
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 2000, a.lines[0].date, {},
                   {{QStringLiteral("CO"), QStringLiteral("45"), 200}}, -1, {}}};
    auto r = post(make835({era(QStringLiteral("U1"), {c})}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->unmatched, 1);
    QCOMPARE(r->claimsPosted, 0);
    auto list = payments().unmatched();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    const UnmatchedEraClaim u = list->first();
    QCOMPARE(u.patientControlNumber, c.pcn);
    QCOMPARE(u.chargeCents, 2200);
    QCOMPARE(u.traceNumber, QStringLiteral("U1"));
    QCOMPARE(payments().remittances()->first().unmatchedCount, 1);

    auto candidates = payments().matchCandidates(u.id);
    QVERIFY(candidates.ok());
    QVERIFY(!candidates->isEmpty());
    QCOMPARE(candidates->first().claimId, a.id);
    QVERIFY(candidates->first().why.contains(QLatin1String("charge")));

    // A coder may not match; a stale version is refused.
    QCOMPARE(payments().matchUnmatched(m_db->login(Role::Coder), u.id, u.version, a.id, {},
                                       QDateTime::currentDateTimeUtc())
                     .error()
                     .kind,
             Error::Kind::Forbidden);
    QCOMPARE(payments().matchUnmatched(m_biller, u.id, u.version + 1, a.id, {},
                                       QDateTime::currentDateTimeUtc())
                     .error()
                     .kind,
             Error::Kind::Conflict);
    auto matched = payments().matchUnmatched(m_biller, u.id, u.version, a.id,
                                             QStringLiteral("payer typo"),
                                             QDateTime::currentDateTimeUtc());
    QVERIFY2(matched.ok(), qPrintable(matched.ok() ? QString() : message(matched.error())));
    QCOMPARE(matched->claimsPosted, 1);
    QVERIFY(payments().unmatched()->isEmpty());
    QCOMPARE(payments().balance(a.id)->insuranceBalanceCents, 0);
    QCOMPARE(state(a.id), QStringLiteral("paid"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT resolution || ':' || claim_id FROM "
                                        "remittance_claims WHERE id = %1")
                                 .arg(u.id))
                     .toString(),
             QStringLiteral("matched:%1").arg(a.id));
    // Matched once only.
    QVERIFY(!payments().matchUnmatched(m_biller, u.id, u.version, a.id, {},
                                       QDateTime::currentDateTimeUtc())
                     .ok());
    QCOMPARE(payments().balance(a.id)->paidCents, 2000);
}

void tst_PostingService::unmatchedDismissed()
{
    Clp c;
    c.pcn = QStringLiteral("OTHERPRACTICE1");
    c.charge = 5000;
    c.paid = 5000;
    QVERIFY(post(make835({era(QStringLiteral("U2"), {c})})).ok());
    const UnmatchedEraClaim u = payments().unmatched()->first();
    QCOMPARE(payments().dismissUnmatched(m_biller, u.id, u.version, QStringLiteral("  "),
                                         QDateTime::currentDateTimeUtc())
                     .error()
                     .kind,
             Error::Kind::Invalid);
    QVERIFY(payments().dismissUnmatched(m_biller, u.id, u.version,
                                        QStringLiteral("Another practice's patient"),
                                        QDateTime::currentDateTimeUtc())
                    .ok());
    QVERIFY(payments().unmatched()->isEmpty());
    QCOMPARE(m_db->value(QStringLiteral("SELECT resolution FROM remittance_claims WHERE id = %1")
                                 .arg(u.id))
                     .toString(),
             QStringLiteral("dismissed"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'payments.dismiss'"))
                     .toInt(),
             1);
}

void tst_PostingService::duplicateEraRefused()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Clp c;
    c.pcn = a.pcn;
    c.charge = 2200;
    c.paid = 2200;
    c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 2200, a.lines[0].date, a.lines[0].lcn, {},
                   -1, {}}};
    const QByteArray file = make835({era(QStringLiteral("DUP1"), {c})});
    QVERIFY(post(file).ok());
    const int postings = count("postings");
    const int remittances = count("remittances");
    auto again = post(file, QStringLiteral("renamed.835"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY2(again.error().userMessage.contains(QLatin1String("DUP1")),
             qPrintable(again.error().userMessage));
    QVERIFY(again.error().userMessage.contains(QLatin1String("posted on")));
    if (!test::TestDatabase::onServer()) // after a refusal too
        QCOMPARE(m_db->value(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(count("postings"), postings);
    QCOMPARE(count("remittances"), remittances);
    QCOMPARE(payments().balance(a.id)->paidCents, 2200);
    auto preview = payments().previewEra(file, QStringLiteral("renamed.835"));
    QVERIFY(preview.ok());
    QVERIFY(!preview->canPost());
    QVERIFY(preview->transactions.first().alreadyPostedAt.isValid());
}

void tst_PostingService::malformedFileRefusedWhole_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("segment");
    QTest::newRow("truncated") << 0 << QString();
    QTest::newRow("wrong SE01") << 1 << QStringLiteral("SE");
    QTest::newRow("claim does not balance") << 2 << QStringLiteral("CLP");
}

void tst_PostingService::malformedFileRefusedWhole()
{
    QFETCH(int, kind);
    QFETCH(QString, segment);
    const Ours a = sentClaim();
    const Ours b = sentClaim();
    QVERIFY(a.id > 0 && b.id > 0);
    auto paid = [](const Ours &o, qint64 paidCents) {
        Clp c;
        c.pcn = o.pcn;
        c.charge = 2200;
        c.paid = paidCents;
        c.lines = {Svc{QStringLiteral("82947"), {}, 2200, paidCents, o.lines[0].date,
                       o.lines[0].lcn,
                       {{QStringLiteral("CO"), QStringLiteral("45"), 2200 - paidCents}}, -1, {}}};
        return c;
    };
    Clp second = paid(b, 1500);
    QByteArray file;
    switch (kind) {
    case 0:
        file = make835({era(QStringLiteral("BAD1"), {paid(a, 2000), second})});
        file.truncate(file.indexOf("CLP*" + b.pcn.toLatin1()) + 30);
        break;
    case 1:
        file = make835({era(QStringLiteral("BAD2"), {paid(a, 2000), second})});
        file.replace("SE*", "SE*9");
        break;
    default:
        second.paid = 1400; // CLP04 says 14.00, the line pays 15.00
        file = make835({era(QStringLiteral("BAD3"), {paid(a, 2000), second})});
        break;
    }
    const int rows = count("postings") + count("remittances") + count("remittance_claims")
            + count("denials") + count("provider_adjustments");
    auto r = post(file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().userMessage.contains(QLatin1String("Segment")),
             qPrintable(message(r.error())));
    if (!segment.isEmpty())
        QVERIFY2(r.error().userMessage.contains(QLatin1Char('(') + segment + QLatin1Char(')')),
                 qPrintable(message(r.error())));
    QCOMPARE(count("postings") + count("remittances") + count("remittance_claims")
                     + count("denials") + count("provider_adjustments"),
             rows);
    QCOMPARE(state(a.id), QStringLiteral("submitted"));
    QCOMPARE(state(b.id), QStringLiteral("submitted"));
    auto preview = payments().previewEra(file, QStringLiteral("bad.835"));
    QVERIFY(preview.ok());
    QVERIFY(!preview->canPost());
    QVERIFY(!preview->errors.isEmpty());
}

void tst_PostingService::oneDuplicateAmongSeveralRefusesAll()
{
    const Ours a = sentClaim();
    const Ours b = sentClaim();
    QVERIFY(a.id > 0 && b.id > 0);
    auto paid = [](const Ours &o) {
        Clp c;
        c.pcn = o.pcn;
        c.charge = 2200;
        c.paid = 2200;
        c.lines = {Svc{QStringLiteral("82947"), {}, 2200, 2200, o.lines[0].date, o.lines[0].lcn,
                       {}, -1, {}}};
        return c;
    };
    const St first = era(QStringLiteral("MULTI1"), {paid(a)});
    QVERIFY(post(make835({first})).ok());
    const int rows = count("postings") + count("remittances") + count("remittance_claims");
    St other = era(QStringLiteral("MULTI2"), {paid(b)});
    other.payerName = QStringLiteral("OTHER PLAN");
    other.payerId = QStringLiteral("OTH01");
    auto r = post(make835({other, first}), QStringLiteral("two.835"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QCOMPARE(count("postings") + count("remittances") + count("remittance_claims"), rows);
    QCOMPARE(state(b.id), QStringLiteral("submitted"));
    // The same payment twice in one file is refused too.
    auto twice = post(make835({other, other}), QStringLiteral("twice.835"));
    QVERIFY(!twice.ok());
    QCOMPARE(state(b.id), QStringLiteral("submitted"));
}

void tst_PostingService::eobBalancedPosts()
{
    ClaimLine em{QStringLiteral("99213"), {QStringLiteral("25")}, 1, 9000, {1}, {}};
    ClaimLine lab{QStringLiteral("82947"), {}, 1, 2200, {1}, {}};
    const Ours a = sentClaim({em, lab});
    QVERIFY(a.id > 0);
    auto form = payments().eobForm(a.id);
    QVERIFY(form.ok());
    QCOMPARE(form->lines.size(), 2);
    QCOMPARE(form->lines[0].insuranceBalanceCents, 9000);
    EobEntry e;
    e.payerId = form->payerId;
    e.checkNumber = QStringLiteral("CHK1001");
    e.checkDate = QDate(2026, 11, 30);
    e.checkAmountCents = 6000;
    EobClaim c;
    c.claimId = a.id;
    c.payerClaimNumber = QStringLiteral("EOB-ICN");
    c.lines = {EobLine{a.lines[0].id, 7000, 6000,
                       {{QStringLiteral("CO"), QStringLiteral("45"), 2000},
                        {QStringLiteral("PR"), QStringLiteral("3"), 1000}},
                       {}},
               EobLine{a.lines[1].id, 0, 0, {{QStringLiteral("CO"), QStringLiteral("97"), 2200}},
                       {QStringLiteral("M15")}}};
    e.claims = {c};
    auto r = payments().postEob(m_biller, e, QDateTime::currentDateTimeUtc());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : message(r.error())));
    QCOMPARE(r->claimsPosted, 1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT source || ':' || trace_number FROM remittances "
                                        "WHERE id = %1")
                                 .arg(r->remittanceIds.first()))
                     .toString(),
             QStringLiteral("eob:CHK1001"));
    const ClaimBalance b = payments().balance(a.id).value();
    QCOMPARE(b.paidCents, 6000);
    QCOMPARE(b.patientBalanceCents, 1000);
    QCOMPARE(b.insuranceBalanceCents, 2200); // the bundled line is a denial to work
    QCOMPARE(state(a.id), QStringLiteral("partially_paid"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM denials WHERE claim_id = %1 AND "
                                        "reason_code = '97' AND remark_codes = 'M15'")
                                 .arg(a.id))
                     .toInt(),
             1);
    QCOMPARE(m_db->ws().claims().claim(a.id)->payerClaimNumber, QStringLiteral("EOB-ICN"));
}

void tst_PostingService::eobUnbalancedRefusedNamingTheLine()
{
    ClaimLine em{QStringLiteral("99213"), {QStringLiteral("25")}, 1, 9000, {1}, {}};
    ClaimLine lab{QStringLiteral("82947"), {}, 1, 2200, {1}, {}};
    const Ours a = sentClaim({em, lab});
    QVERIFY(a.id > 0);
    EobEntry e;
    e.payerId = payments().eobForm(a.id)->payerId;
    e.checkNumber = QStringLiteral("CHK2002");
    e.checkDate = QDate(2026, 11, 30);
    e.checkAmountCents = 7500;
    EobClaim c;
    c.claimId = a.id;
    c.lines = {EobLine{a.lines[0].id, 7000, 6000, {{QStringLiteral("CO"), QStringLiteral("45"), 2000}},
                       {}},
               EobLine{a.lines[1].id, 2200, 1500, {{QStringLiteral("CO"), QStringLiteral("45"), 700}},
                       {}}};
    e.claims = {c};
    const int rows = count("postings") + count("remittances");
    auto r = payments().postEob(m_biller, e, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY2(r.error().userMessage.contains(QLatin1String("line 1 (99213-25)")),
             qPrintable(r.error().userMessage));
    QVERIFY(r.error().userMessage.contains(a.pcn));
    // A bad group code and a check that does not add up are refused too.
    c.lines[0].adjustments = {{QStringLiteral("XX"), QStringLiteral("45"), 3000}};
    e.claims = {c};
    r = payments().postEob(m_biller, e, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains(QLatin1String("XX")));
    c.lines[0].adjustments = {{QStringLiteral("CO"), QStringLiteral("45"), 3000}};
    e.claims = {c};
    e.checkAmountCents = 9999;
    r = payments().postEob(m_biller, e, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().userMessage.contains(QLatin1String("$99.99")),
             qPrintable(r.error().userMessage));
    QCOMPARE(count("postings") + count("remittances"), rows);
    QCOMPARE(state(a.id), QStringLiteral("submitted"));
}

void tst_PostingService::eobDuplicateCheckRefused()
{
    const Ours a = sentClaim();
    const Ours b = sentClaim();
    QVERIFY(a.id > 0 && b.id > 0);
    EobEntry e;
    e.payerId = payments().eobForm(a.id)->payerId;
    e.checkNumber = QStringLiteral("CHK3003");
    e.checkDate = QDate(2026, 11, 30);
    e.checkAmountCents = 2200;
    EobClaim c;
    c.claimId = a.id;
    c.lines = {EobLine{a.lines[0].id, 2200, 2200, {}, {}}};
    e.claims = {c};
    QVERIFY(payments().postEob(m_biller, e, QDateTime::currentDateTimeUtc()).ok());
    const int rows = count("postings");
    c.claimId = b.id;
    c.lines = {EobLine{b.lines[0].id, 2200, 2200, {}, {}}};
    e.claims = {c};
    auto r = payments().postEob(m_biller, e, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QVERIFY(r.error().userMessage.contains(QLatin1String("CHK3003")));
    QCOMPARE(count("postings"), rows);
}

void tst_PostingService::coderMayNotPost()
{
    const Ours a = sentClaim();
    QVERIFY(a.id > 0);
    Clp c;
    c.pcn = a.pcn;
    c.charge = 2200;
    c.paid = 2200;
    const Session coder = m_db->login(Role::Coder);
    auto r = payments().postEra(coder, make835({era(QStringLiteral("C1"), {c})}),
                                QStringLiteral("c.835"), QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Forbidden);
    EobEntry e;
    QCOMPARE(payments().postEob(coder, e, QDateTime::currentDateTimeUtc()).error().kind,
             Error::Kind::Forbidden);
    QCOMPARE(state(a.id), QStringLiteral("submitted"));
}

QTEST_GUILESS_MAIN(tst_PostingService)
#include "tst_postingservice.moc"

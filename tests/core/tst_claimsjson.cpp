// SPDX-License-Identifier: GPL-3.0-or-later
#include "claims/claimsjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

namespace {

QString fixturePath(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/claims/") + QLatin1String(name);
}

QByteArray fixture()
{
    QFile f(fixturePath("two-claims.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the claims fixture");
    return f.readAll();
}

/// "claims[0].lines[1].charge" → {"claims", 0, "lines", 1, "charge"}: keys as strings,
/// indexes as numbers.
QVariantList steps(const QString &path)
{
    QVariantList out;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        out.append(bracket < 0 ? part : part.left(bracket));
        if (bracket >= 0) {
            for (const QString &index :
                 part.mid(bracket + 1).chopped(1).split(QStringLiteral("][")))
                out.append(index.toInt());
        }
    }
    return out;
}

/// @p root with the value at @p path replaced by @p value (removed when it is undefined).
QJsonValue setAt(const QJsonValue &root, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = root.toArray();
        a[step.toInt()] = setAt(a.at(step.toInt()), path, value);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(step.toString());
    else
        o[step.toString()] = setAt(o.value(step.toString()), path, value);
    return o;
}

QJsonObject fixtureObject()
{
    return QJsonDocument::fromJson(fixture()).object();
}

/// The value at @p path in the fixture.
QJsonValue fixtureValue(const QString &path)
{
    QJsonValue v = fixtureObject();
    for (const QVariant &step : steps(path)) {
        v = step.typeId() == QMetaType::Int ? v.toArray().at(step.toInt())
                                            : v.toObject().value(step.toString());
    }
    return v;
}

QByteArray mutated(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(setAt(fixtureObject(), steps(path), value).toObject()).toJson();
}

QByteArray removed(const QString &path)
{
    return mutated(path, QJsonValue(QJsonValue::Undefined));
}

QString describe(const QList<JsonProblem> &problems)
{
    QStringList lines;
    for (const JsonProblem &p : problems)
        lines.append(QStringLiteral("[%1] %2").arg(p.path, p.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ClaimsJson : public QObject
{
    Q_OBJECT
private slots:
    void readsTheFixture();
    void roundTrips();
    void roundTripsTextThatNeedsEscaping();
    void writesTheDocumentedLayout();
    void malformed_data();
    void malformed();
    void collectsEveryProblem();
    void missingFile();
    void toScrubClaim();
    void diagnosisForms();
};

void tst_ClaimsJson::readsTheFixture()
{
    const auto r = claimsjson::read(fixture());
    QVERIFY2(r.ok(), qPrintable(describe(r.problems)));
    const ClaimBatch &b = r.batch;
    QCOMPARE(b.submitter.name, QStringLiteral("Lakeside Family Medicine"));
    QCOMPARE(b.submitter.phone, QStringLiteral("2695550100"));
    QCOMPARE(b.receiver.etin, QStringLiteral("GLCH01"));
    QCOMPARE(b.claims.size(), 2);

    const ClaimDocument &first = b.claims.at(0);
    QCOMPARE(first.id, QStringLiteral("PCN0001"));
    QCOMPARE(first.billingProvider.address.line2, QStringLiteral("Suite 2"));
    QCOMPARE(first.billingProvider.address.zip, QStringLiteral("490011234"));
    QCOMPARE(first.subscriber.birthDate, QDate(1950, 3, 14));
    QVERIFY(first.subscriber.isPatient());
    QVERIFY(!first.patient);
    QCOMPARE(first.frequency, QStringLiteral("1"));
    QVERIFY(first.originalClaimNumber.isEmpty());
    QVERIFY(first.priorAuthorization.isEmpty());
    QCOMPARE(first.diagnoses, (QStringList{QStringLiteral("E119"), QStringLiteral("I10")}));
    QCOMPARE(first.lines.size(), 2);
    QCOMPARE(first.lines.at(0).modifiers, QStringList{QStringLiteral("25")});
    QCOMPARE(first.lines.at(0).chargeCents, qint64(15000));
    QCOMPARE(first.lines.at(0).pointers, (QList<int>{1, 2}));
    QCOMPARE(first.lines.at(1).chargeCents, qint64(1850)); // "18.5"
    QCOMPARE(first.totalChargeCents(), qint64(16850));

    const ClaimDocument &second = b.claims.at(1);
    QCOMPARE(second.billingProvider.address.line2, QString()); // null
    QCOMPARE(second.payer.timelyFilingDays, 180);
    QCOMPARE(second.subscriber.relationship, QStringLiteral("child"));
    QVERIFY(second.patient);
    QCOMPARE(second.patient->firstName, QStringLiteral("Lucas"));
    QCOMPARE(second.patient->birthDate, QDate(2015, 2, 9));
    QCOMPARE(second.frequency, QStringLiteral("7"));
    QCOMPARE(second.originalClaimNumber, QStringLiteral("2026300123456"));
    QCOMPARE(second.priorAuthorization, QStringLiteral("AUTH778899"));
    // Stored normalized: upper-case, no dot.
    QCOMPARE(second.diagnoses, (QStringList{QStringLiteral("J069"), QStringLiteral("R509"),
                                            QStringLiteral("H6691")}));
    QCOMPARE(second.lines.at(0).chargeCents, qint64(21000)); // "210"
    QCOMPARE(second.lines.at(2).chargeCents, qint64(50));    // "0.5"
    QCOMPARE(second.lines.at(2).units, 2);
    QCOMPARE(second.firstServiceDate(), QDate(2026, 10, 29));
}

void tst_ClaimsJson::roundTrips()
{
    const auto first = claimsjson::read(fixture());
    QVERIFY2(first.ok(), qPrintable(describe(first.problems)));
    const QByteArray written = claimsjson::write(first.batch);
    const auto second = claimsjson::read(written);
    QVERIFY2(second.ok(), qPrintable(describe(second.problems) + QLatin1Char('\n')
                                     + QString::fromUtf8(written)));
    QVERIFY(second.batch == first.batch);
    // The text is stable too: writing what was read back gives the same bytes.
    QCOMPARE(claimsjson::write(second.batch), written);
}

void tst_ClaimsJson::roundTripsTextThatNeedsEscaping()
{
    auto r = claimsjson::read(fixture());
    QVERIFY(r.ok());
    ClaimBatch b = r.batch;
    // JSON must escape these; X12 can carry them (they are not its delimiters).
    b.submitter.name = QStringLiteral("O\"Brien \\ Sons");
    b.claims[0].subscriber.lastName = QStringLiteral("Peña");
    b.claims[0].subscriber.address.line2 = QStringLiteral("Apt 4 — rear ") + QChar(0xD83D)
            + QChar(0xDE00);
    const auto back = claimsjson::read(claimsjson::write(b));
    QVERIFY2(back.ok(), qPrintable(describe(back.problems)));
    QCOMPARE(back.batch.submitter.name, b.submitter.name);
    QCOMPARE(back.batch.claims.at(0).subscriber.lastName, b.claims.at(0).subscriber.lastName);
    QCOMPARE(back.batch.claims.at(0).subscriber.address.line2,
             b.claims.at(0).subscriber.address.line2);
    QVERIFY(back.batch == b);
}

void tst_ClaimsJson::writesTheDocumentedLayout()
{
    const auto r = claimsjson::read(fixture());
    QVERIFY(r.ok());
    const QByteArray json = claimsjson::write(r.batch);
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    QVERIFY(json.contains("\"charge\": \"150.00\""));
    QVERIFY(json.contains("\"charge\": \"18.50\""));
    QVERIFY(json.contains("\"charge\": \"0.50\""));
    QVERIFY(json.contains("\"diagnoses\": [\"E11.9\", \"I10\"]"));
    QVERIFY(json.contains("\"originalClaimNumber\": null"));
    QVERIFY(json.contains("\"priorAuthorization\": null"));
    QVERIFY(json.contains("\"patient\": null"));
    QVERIFY(json.contains("\"line2\": null"));
    QVERIFY(json.contains("\"birthDate\": \"1950-03-14\""));
    QVERIFY(json.contains("  \"claims\": [\n    {\n      \"id\": \"PCN0001\",\n"));
    // The order of §7: the id leads each claim, the lines close it.
    const qsizetype id = json.indexOf("\"id\": \"PCN0001\"");
    QVERIFY(id > 0);
    QVERIFY(id < json.indexOf("\"billingProvider\""));
    QVERIFY(json.indexOf("\"diagnoses\"") < json.indexOf("\"lines\""));
    QVERIFY(json.indexOf("\"submitter\"") < json.indexOf("\"receiver\""));
    QVERIFY(json.indexOf("\"receiver\"") < json.indexOf("\"claims\""));
}

void tst_ClaimsJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("count"); // problems expected in all (no cascades)

    const auto row = [](const char *name, const QByteArray &json, const char *path,
                        const char *fragment, int count = 1) {
        QTest::newRow(name) << json << QString::fromUtf8(path) << QString::fromUtf8(fragment)
                            << count;
    };
    const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };

    // Whole file
    row("syntax error names line and column",
        QByteArrayLiteral("{\n  \"submitter\": {},\n  \"receiver\" {}\n}\n"), "",
        "at line 3, column 14", 1);
    row("trailing comma, column in characters",
        QByteArrayLiteral("{\n  \"receiver\": {\"name\": \"Pe\xc3\xb1" "a\",}\n}\n"), "",
        "at line 2, column 31", 1);
    row("empty file", QByteArray(), "", "not valid JSON");
    row("not an object", QByteArrayLiteral("[1, 2]"), "", "one JSON object");
    row("no claims", mutated(QStringLiteral("claims"), QJsonArray()), "claims",
        "at least one claim");
    row("claim not an object", mutated(QStringLiteral("claims[1]"), s("PCN0002")), "claims[1]",
        "must be an object");

    // Required fields and types
    row("missing id", removed(QStringLiteral("claims[0].id")), "claims[0].id", "is missing");
    row("null member id", mutated(QStringLiteral("claims[0].subscriber.memberId"), QJsonValue()),
        "claims[0].subscriber.memberId", "is missing");
    row("missing submitter", removed(QStringLiteral("submitter")), "submitter", "is missing");
    row("blank name", mutated(QStringLiteral("receiver.name"), s("   ")), "receiver.name",
        "is empty");
    row("name not text", mutated(QStringLiteral("claims[0].renderingProvider.lastName"), 42),
        "claims[0].renderingProvider.lastName", "must be text");
    row("provider not an object", mutated(QStringLiteral("claims[0].billingProvider"), s("x")),
        "claims[0].billingProvider", "must be an object");
    row("diagnoses not a list", mutated(QStringLiteral("claims[0].diagnoses"), s("E11.9")),
        "claims[0].diagnoses", "must be a list");
    row("units as text", mutated(QStringLiteral("claims[0].lines[0].units"), s("1")),
        "claims[0].lines[0].units", "whole number");
    row("units fractional", mutated(QStringLiteral("claims[0].lines[0].units"), 1.5),
        "claims[0].lines[0].units", "whole number");
    row("units zero", mutated(QStringLiteral("claims[0].lines[0].units"), 0),
        "claims[0].lines[0].units", "at least 1 unit");
    row("frequency as number", mutated(QStringLiteral("claims[0].frequency"), 1),
        "claims[0].frequency", "must be text");
    row("misspelled field", mutated(QStringLiteral("claims[0].prioAuthorization"), s("A1")),
        "claims[0].prioAuthorization", "not a field");

    // Dates
    row("bad date format", mutated(QStringLiteral("claims[0].subscriber.birthDate"),
                                   s("03/14/1950")),
        "claims[0].subscriber.birthDate", "YYYY-MM-DD");
    row("date that does not exist", mutated(QStringLiteral("claims[0].lines[1].serviceDate"),
                                            s("2026-02-30")),
        "claims[0].lines[1].serviceDate", "not a real date");

    // Money
    row("negative charge", mutated(QStringLiteral("claims[0].lines[0].charge"), s("-150.00")),
        "claims[0].lines[0].charge", "cannot be negative");
    row("three decimals", mutated(QStringLiteral("claims[0].lines[0].charge"), s("12.345")),
        "claims[0].lines[0].charge", "more than two decimals");
    row("charge as number", mutated(QStringLiteral("claims[0].lines[0].charge"), 150.0),
        "claims[0].lines[0].charge", "decimal string");
    row("charge with grouping", mutated(QStringLiteral("claims[0].lines[0].charge"),
                                        s("1,150.00")),
        "claims[0].lines[0].charge", "not an amount");

    // Pointers, diagnoses, lines
    row("pointer zero", mutated(QStringLiteral("claims[0].lines[0].pointers"), QJsonArray{0}),
        "claims[0].lines[0].pointers[0]", "count from 1");
    row("pointer beyond diagnoses", mutated(QStringLiteral("claims[0].lines[0].pointers"),
                                            QJsonArray{1, 3}),
        "claims[0].lines[0].pointers[1]", "diagnoses ends at 2");
    row("five pointers", mutated(QStringLiteral("claims[1].lines[0].pointers"),
                                 QJsonArray{1, 2, 3, 1, 2}),
        "claims[1].lines[0].pointers", "at most 4", 3); // and two repeats
    row("no pointers", mutated(QStringLiteral("claims[0].lines[0].pointers"), QJsonArray()),
        "claims[0].lines[0].pointers", "1 to 4");
    row("repeated pointer", mutated(QStringLiteral("claims[0].lines[0].pointers"),
                                    QJsonArray{2, 2}),
        "claims[0].lines[0].pointers[1]", "repeats diagnosis 2");
    {
        QJsonArray thirteen;
        for (const char *dx : {"E11.9", "I10", "E78.5", "J06.9", "R50.9", "H66.91", "M54.50",
                               "Z00.00", "E66.9", "F41.1", "K21.9", "N39.0", "R51.9"})
            thirteen.append(QString::fromLatin1(dx));
        row("13 diagnoses", mutated(QStringLiteral("claims[0].diagnoses"), thirteen),
            "claims[0].diagnoses", "13 diagnoses");
    }
    row("no diagnoses", mutated(QStringLiteral("claims[0].diagnoses"), QJsonArray()),
        "claims[0].diagnoses", "at least one diagnosis");
    row("diagnosis not shaped like ICD-10", mutated(QStringLiteral("claims[0].diagnoses[1]"),
                                                    s("401.9")),
        "claims[0].diagnoses[1]", "ICD-10-CM");
    {
        const QJsonValue line = fixtureValue(QStringLiteral("claims[0].lines[0]"));
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(line);
        row("51 lines", mutated(QStringLiteral("claims[0].lines"), many), "claims[0].lines",
            "at most 50");
    }
    row("code not shaped", mutated(QStringLiteral("claims[0].lines[0].code"), s("9921")),
        "claims[0].lines[0].code", "CPT or HCPCS");
    row("five modifiers", mutated(QStringLiteral("claims[0].lines[0].modifiers"),
                                  QJsonArray{s("25"), s("59"), s("LT"), s("RT"), s("XS")}),
        "claims[0].lines[0].modifiers", "at most 4");
    row("bad modifier", mutated(QStringLiteral("claims[0].lines[0].modifiers"),
                                QJsonArray{s("2")}),
        "claims[0].lines[0].modifiers[0]", "two letters or digits");

    // X12 delimiters and control characters
    row("name with star", mutated(QStringLiteral("claims[1].patient.lastName"), s("Gar*cia")),
        "claims[1].patient.lastName",
        "claims[1].patient.lastName contains '*', which X12 uses as a delimiter; remove it");
    row("name with tilde", mutated(QStringLiteral("claims[0].subscriber.firstName"),
                                   s("Jo~hn")),
        "claims[0].subscriber.firstName", "contains '~'");
    row("address with colon", mutated(QStringLiteral("claims[0].billingProvider.address.line1"),
                                      s("100 Main St: rear")),
        "claims[0].billingProvider.address.line1", "contains ':'");
    row("submitter with caret", mutated(QStringLiteral("submitter.name"), s("Lakeside^Med")),
        "submitter.name", "contains '^'");
    row("prior auth with star", mutated(QStringLiteral("claims[1].priorAuthorization"),
                                        s("AUTH*1")),
        "claims[1].priorAuthorization", "contains '*'");
    row("same delimiter twice reported once", mutated(QStringLiteral("claims[0].id"),
                                                      s("PCN*00*1")),
        "claims[0].id", "contains '*'", 1);
    row("tab inside a name", mutated(QStringLiteral("claims[0].renderingProvider.firstName"),
                                     s("Al\tice")),
        "claims[0].renderingProvider.firstName", "control character (U+0009)");
    row("newline inside a city", mutated(QStringLiteral("claims[0].subscriber.address.city"),
                                         s("Port\nage")),
        "claims[0].subscriber.address.city", "control character (U+000A)");

    // Identifiers and enumerations
    row("bad NPI check digit", mutated(QStringLiteral("claims[0].billingProvider.npi"),
                                       s("1234567890")),
        "claims[0].billingProvider.npi", "check digit");
    row("NPI too short", mutated(QStringLiteral("claims[0].renderingProvider.npi"),
                                 s("123456789")),
        "claims[0].renderingProvider.npi", "10 digits");
    row("tax id with hyphen", mutated(QStringLiteral("claims[0].billingProvider.taxId"),
                                      s("12-3456789")),
        "claims[0].billingProvider.taxId", "9 digits");
    row("taxonomy too short", mutated(QStringLiteral("claims[0].renderingProvider.taxonomy"),
                                      s("207Q")),
        "claims[0].renderingProvider.taxonomy", "taxonomy code");
    row("unknown filing indicator", mutated(QStringLiteral("claims[0].payer.filingIndicator"),
                                            s("XX")),
        "claims[0].payer.filingIndicator", "claim filing indicator");
    row("negative timely filing", mutated(QStringLiteral("claims[0].payer.timelyFilingDays"),
                                          -1),
        "claims[0].payer.timelyFilingDays", "0 for none");
    row("sex X", mutated(QStringLiteral("claims[0].subscriber.sex"), s("X")),
        "claims[0].subscriber.sex", "M, F or U");
    row("unknown relationship", mutated(QStringLiteral("claims[1].subscriber.relationship"),
                                        s("cousin")),
        "claims[1].subscriber.relationship", "self, spouse, child or other");
    row("state spelled out", mutated(QStringLiteral("claims[0].subscriber.address.state"),
                                     s("Mich")),
        "claims[0].subscriber.address.state", "two-letter");
    row("zip of four digits", mutated(QStringLiteral("claims[0].subscriber.address.zip"),
                                      s("4900")),
        "claims[0].subscriber.address.zip", "5 or 9 digits");
    row("zip with hyphen", mutated(QStringLiteral("claims[1].patient.address.zip"),
                                   s("49008-5555")),
        "claims[1].patient.address.zip", "5 or 9 digits");
    row("billing zip of five digits",
        mutated(QStringLiteral("claims[0].billingProvider.address.zip"), s("49001")),
        "claims[0].billingProvider.address.zip", "all 9 digits");
    row("place of service of three", mutated(QStringLiteral("claims[0].placeOfService"),
                                             s("011")),
        "claims[0].placeOfService", "two digits");
    row("frequency 2", mutated(QStringLiteral("claims[0].frequency"), s("2")),
        "claims[0].frequency", "\"7\" (replacement)");
    row("frequency 7 without original", mutated(QStringLiteral("claims[0].frequency"), s("7")),
        "claims[0].originalClaimNumber", "replacement (7) or void (8)");
    row("frequency 7 with blank original",
        mutated(QStringLiteral("claims[1].originalClaimNumber"), s(" ")),
        "claims[1].originalClaimNumber", "is missing");
    row("original on an original claim", mutated(QStringLiteral("claims[1].frequency"), s("1")),
        "claims[1].originalClaimNumber", "original (frequency 1)");
    row("patient present for self",
        mutated(QStringLiteral("claims[0].patient"),
                fixtureValue(QStringLiteral("claims[1].patient"))),
        "claims[0].patient", "the subscriber is the patient");
    row("patient missing for a child", removed(QStringLiteral("claims[1].patient")),
        "claims[1].patient", "required when the patient is not the subscriber");
    row("duplicate ids", mutated(QStringLiteral("claims[1].id"), s("PCN0001")), "claims[1].id",
        "the same as claims[0].id");
}

void tst_ClaimsJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, count);

    const auto r = claimsjson::read(json);
    QVERIFY(!r.ok());
    const bool found = std::any_of(r.problems.cbegin(), r.problems.cend(),
                                   [&](const JsonProblem &p) {
                                       return p.path == path && p.message.contains(fragment);
                                   });
    QVERIFY2(found, qPrintable(QStringLiteral("expected [%1] …%2… in:\n%3")
                                       .arg(path, fragment, describe(r.problems))));
    // The message names its path itself, so it can be printed alone.
    for (const JsonProblem &p : r.problems)
        QVERIFY2(p.message.contains(p.path), qPrintable(p.message));
    QVERIFY2(r.problems.size() == count, qPrintable(describe(r.problems)));
}

void tst_ClaimsJson::collectsEveryProblem()
{
    QJsonValue doc = fixtureObject();
    doc = setAt(doc, steps(QStringLiteral("claims[0].lines[0].charge")), QStringLiteral("-1"));
    doc = setAt(doc, steps(QStringLiteral("claims[1].patient.lastName")), QStringLiteral("A*B"));
    doc = setAt(doc, steps(QStringLiteral("claims[1].id")), QStringLiteral("PCN0001"));
    const auto r = claimsjson::read(QJsonDocument(doc.toObject()).toJson());
    QCOMPARE(r.problems.size(), 3);
    // In document order, duplicate ids last.
    QCOMPARE(r.problems.at(0).path, QStringLiteral("claims[0].lines[0].charge"));
    QCOMPARE(r.problems.at(1).path, QStringLiteral("claims[1].patient.lastName"));
    QCOMPARE(r.problems.at(2).path, QStringLiteral("claims[1].id"));
    // What could be read is still there.
    QCOMPARE(r.batch.claims.size(), 2);
    QCOMPARE(r.batch.claims.at(1).lines.size(), 3);
}

void tst_ClaimsJson::missingFile()
{
    const auto ok = claimsjson::readFile(fixturePath("two-claims.json"));
    QVERIFY2(ok.ok(), qPrintable(describe(ok.problems)));
    QCOMPARE(ok.batch.claims.size(), 2);

    const auto r = claimsjson::readFile(fixturePath("no-such-file.json"));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.at(0).path.isEmpty());
    QVERIFY(r.problems.at(0).message.contains(QLatin1String("no-such-file.json")));
}

void tst_ClaimsJson::toScrubClaim()
{
    const auto r = claimsjson::read(fixture());
    QVERIFY(r.ok());

    const ScrubClaim self = claimsjson::toScrubClaim(r.batch.claims.at(0));
    QCOMPARE(self.id, QStringLiteral("PCN0001"));
    QCOMPARE(self.patientId, qint64(0));
    QCOMPARE(self.payerId, qint64(0));
    QCOMPARE(self.dateOfService, QDate(2026, 11, 2));
    QCOMPARE(self.billingNpi, QStringLiteral("1234567893"));
    QCOMPARE(self.renderingNpi, QStringLiteral("1045678905"));
    QCOMPARE(self.memberId, QStringLiteral("1EG4TE5MK73"));
    QCOMPARE(self.payerName, QStringLiteral("Medicare Part B"));
    QCOMPARE(self.timelyFilingDays, 365);
    QCOMPARE(self.patientBirthDate, QDate(1950, 3, 14)); // the subscriber is the patient
    QCOMPARE(self.patientSex, QStringLiteral("M"));
    QCOMPARE(self.placeOfService, QStringLiteral("11"));
    QVERIFY(self.priorAuthorization.isEmpty());
    QVERIFY(self.replacesClaimId.isEmpty());
    QCOMPARE(self.diagnoses, (QStringList{QStringLiteral("E119"), QStringLiteral("I10")}));
    QCOMPARE(self.lines.size(), 2);
    QCOMPARE(self.lines.at(0).lineNo, 1);
    QCOMPARE(self.lines.at(0).code, QStringLiteral("99213"));
    QCOMPARE(self.lines.at(0).modifiers, QStringList{QStringLiteral("25")});
    QCOMPARE(self.lines.at(0).units, 1);
    QCOMPARE(self.lines.at(0).pointers, (QList<int>{1, 2}));
    QCOMPARE(self.lines.at(0).chargeCents, qint64(15000));
    QCOMPARE(self.lines.at(0).serviceDate, QDate(2026, 11, 2));
    QCOMPARE(self.lines.at(1).lineNo, 2);

    const ScrubClaim dependent = claimsjson::toScrubClaim(r.batch.claims.at(1));
    QCOMPARE(dependent.dateOfService, QDate(2026, 10, 29)); // the earliest line, not the first
    QCOMPARE(dependent.patientBirthDate, QDate(2015, 2, 9)); // the patient, not the subscriber
    QCOMPARE(dependent.patientSex, QStringLiteral("M"));
    QCOMPARE(dependent.memberId, QStringLiteral("XYZ123456789"));
    QCOMPARE(dependent.timelyFilingDays, 180);
    QCOMPARE(dependent.priorAuthorization, QStringLiteral("AUTH778899"));
    QCOMPARE(dependent.replacesClaimId, QStringLiteral("2026300123456"));
    QCOMPARE(dependent.lines.size(), 3);
    QCOMPARE(dependent.lines.at(2).lineNo, 3);
    QCOMPARE(dependent.lines.at(2).units, 2);
    QCOMPARE(dependent.lines.at(2).pointers, QList<int>{3});

    // A void names the claim it replaces as well; an original never does.
    ClaimDocument voided = r.batch.claims.at(1);
    voided.frequency = QStringLiteral("8");
    QCOMPARE(claimsjson::toScrubClaim(voided).replacesClaimId, QStringLiteral("2026300123456"));
    voided.frequency = QStringLiteral("1");
    QVERIFY(claimsjson::toScrubClaim(voided).replacesClaimId.isEmpty());
}

void tst_ClaimsJson::diagnosisForms()
{
    QCOMPARE(claimsjson::normalizedDiagnosis(QStringLiteral(" e11.9 ")), QStringLiteral("E119"));
    QCOMPARE(claimsjson::normalizedDiagnosis(QStringLiteral("I10")), QStringLiteral("I10"));
    QCOMPARE(claimsjson::dottedDiagnosis(QStringLiteral("E119")), QStringLiteral("E11.9"));
    QCOMPARE(claimsjson::dottedDiagnosis(QStringLiteral("M5450")), QStringLiteral("M54.50"));
    QCOMPARE(claimsjson::dottedDiagnosis(QStringLiteral("I10")), QStringLiteral("I10"));
}

QTEST_GUILESS_MAIN(tst_ClaimsJson)
#include "tst_claimsjson.moc"

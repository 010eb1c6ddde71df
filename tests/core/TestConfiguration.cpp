// The configuration document: round trip, and rejection of broken files with
// the JSON path of the problem, leaving the database as it was.
#include "TestSupport.h"

#include "config/ConfigurationJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

QJsonObject defaultDocument()
{
    return ConfigurationJson::toObject(ConfigStore::defaultConfiguration());
}

Error rejection(const QJsonObject& document)
{
    auto parsed = ConfigurationJson::fromObject(document);
    REQUIRE_FALSE(parsed);
    return parsed.error();
}

} // namespace

TEST_CASE("the built-in configuration is complete", "[config]")
{
    const Configuration config = ConfigStore::defaultConfiguration();
    CHECK(config.officeCode == QStringLiteral("HQ"));
    CHECK(config.tiers.size() == 4);
    CHECK(config.policies.size() == 16); // 4 tiers x 4 priorities
    CHECK(config.calendars.contains(QStringLiteral("cn_business")));
    CHECK(config.suggestTier(0, 0) == QStringLiteral("prospect"));
    CHECK(config.suggestTier(20000000, 1) == QStringLiteral("vip"));
    CHECK(config.suggestTier(3000000, 2) == QStringLiteral("key"));
    CHECK(config.suggestTier(3000000, 1) == QStringLiteral("regular"));
}

TEST_CASE("export then import gives the same configuration", "[config]")
{
    test::TempWorkspace ws;
    const QByteArray exported = ConfigurationJson::serialize(ws->configuration());
    auto parsed = ConfigurationJson::parse(exported);
    REQUIRE(parsed);
    REQUIRE(ws->importConfiguration(*parsed, ws.userId("admin")));
    CHECK(ConfigurationJson::serialize(ws->configuration()) == exported);
}

TEST_CASE("importing replaces tiers and teams and adds users by login", "[config]")
{
    test::TempWorkspace ws;
    QJsonObject doc = defaultDocument();
    doc[QStringLiteral("office")] = QJsonObject{{QStringLiteral("code"), QStringLiteral("SH")},
                                                {QStringLiteral("name"), QStringLiteral("上海分公司")}};
    doc[QStringLiteral("teams")] = QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("hotline")},
                                                          {QStringLiteral("name"), QStringLiteral("热线")}}};
    doc[QStringLiteral("users")] = QJsonArray{QJsonObject{{QStringLiteral("login"), QStringLiteral("li.na")},
                                                          {QStringLiteral("name"), QStringLiteral("李娜（组长）")},
                                                          {QStringLiteral("role"), QStringLiteral("supervisor")},
                                                          {QStringLiteral("team"), QStringLiteral("hotline")}},
                                              QJsonObject{{QStringLiteral("login"), QStringLiteral("new.agent")},
                                                          {QStringLiteral("team"), QStringLiteral("hotline")}}};
    // One team: nothing to raise tickets to (the default rules move L2 tickets to team tech).
    QJsonObject service = doc[QStringLiteral("service")].toObject();
    service.remove(QStringLiteral("escalation"));
    doc[QStringLiteral("service")] = service;
    auto parsed = ConfigurationJson::fromObject(doc);
    REQUIRE(parsed);
    // Users not in the file are kept; four of them are in teams the file drops.
    auto stranded = ws->importConfiguration(*parsed, ws.userId("admin"));
    REQUIRE_FALSE(stranded);
    CHECK(stranded.error().field == QStringLiteral("$.teams"));
    CHECK(stranded.error().message.contains(QStringLiteral("care, field, tech")));
    CHECK(stranded.error().message.contains(QStringLiteral("chen.jie, liu.yang, zhang.min, zhao.qing")));
    CHECK(ws->configuration().officeCode == QStringLiteral("HQ"));
    QJsonArray teams = doc[QStringLiteral("teams")].toArray();
    for (const char* code : {"tech", "field", "care"})
        teams.append(QJsonObject{{QStringLiteral("code"), QLatin1String(code)}});
    doc[QStringLiteral("teams")] = teams;
    parsed = ConfigurationJson::fromObject(doc);
    REQUIRE(parsed);
    REQUIRE(ws->importConfiguration(*parsed, ws.userId("admin")));
    CHECK(ws->configuration().officeCode == QStringLiteral("SH"));
    CHECK(ws->configuration().teams.size() == 4);
    auto lina = ws->users().byLogin(QStringLiteral("li.na"));
    REQUIRE(lina);
    CHECK(lina->displayName == QStringLiteral("李娜（组长）"));
    CHECK(lina->role == Role::Supervisor);
    CHECK(ws->users().byLogin(QStringLiteral("new.agent")));
    CHECK(ws->users().byLogin(QStringLiteral("wang.lei"))); // not in the file: kept
    // New tickets take the new office prefix.
    TicketDraft draft;
    draft.contactName = QStringLiteral("x");
    draft.subject = QStringLiteral("咨询");
    auto ticket = ws->tickets().create(draft, 0);
    REQUIRE(ticket);
    CHECK(ticket->number.startsWith(QStringLiteral("SH-2026-")));
}

TEST_CASE("broken configuration files are rejected with the JSON path", "[config]")
{
    CHECK(ConfigurationJson::parse("{\"format\": ").error().field == QStringLiteral("$"));

    QJsonObject wrongFormat = defaultDocument();
    wrongFormat[QStringLiteral("format")] = QStringLiteral("other");
    CHECK(rejection(wrongFormat).field == QStringLiteral("$.format"));

    QJsonObject unknownCalendar = defaultDocument();
    QJsonArray sla = unknownCalendar[QStringLiteral("sla")].toArray();
    QJsonObject third = sla[3].toObject();
    third[QStringLiteral("calendar")] = QStringLiteral("mars_time");
    sla[3] = third;
    unknownCalendar[QStringLiteral("sla")] = sla;
    const Error calendarError = rejection(unknownCalendar);
    CHECK(calendarError.field == QStringLiteral("$.sla[3].calendar"));
    CHECK(calendarError.message.contains(QStringLiteral("mars_time")));

    QJsonObject missingPair = defaultDocument();
    QJsonArray shorter = missingPair[QStringLiteral("sla")].toArray();
    shorter.removeLast(); // prospect x P4
    missingPair[QStringLiteral("sla")] = shorter;
    const Error matrixError = rejection(missingPair);
    CHECK(matrixError.field == QStringLiteral("$.sla"));
    CHECK(matrixError.message.contains(QStringLiteral("prospect")));
    CHECK(matrixError.message.contains(QStringLiteral("P4")));

    QJsonObject duplicateTier = defaultDocument();
    QJsonArray tiers = duplicateTier[QStringLiteral("tiers")].toArray();
    QJsonObject copy = tiers[0].toObject();
    tiers[1] = copy;
    duplicateTier[QStringLiteral("tiers")] = tiers;
    CHECK(rejection(duplicateTier).field == QStringLiteral("$.tiers[1].code"));

    QJsonObject badHours = defaultDocument();
    QJsonObject calendars = badHours[QStringLiteral("calendars")].toObject();
    QJsonObject business = calendars[QStringLiteral("cn_business")].toObject();
    QJsonObject week = business[QStringLiteral("week")].toObject();
    week[QStringLiteral("tue")] = QJsonArray{QJsonArray{QStringLiteral("09:00"), QStringLiteral("25:00")}};
    business[QStringLiteral("week")] = week;
    calendars[QStringLiteral("cn_business")] = business;
    badHours[QStringLiteral("calendars")] = calendars;
    CHECK(rejection(badHours).field.startsWith(QStringLiteral("$.calendars.cn_business.week.tue")));

    QJsonObject duplicateUser = defaultDocument();
    QJsonArray users = duplicateUser[QStringLiteral("users")].toArray();
    users.append(users[1]);
    duplicateUser[QStringLiteral("users")] = users;
    CHECK(rejection(duplicateUser).field == QStringLiteral("$.users[%1].login").arg(users.size() - 1));
}

TEST_CASE("a rejected import changes nothing", "[config]")
{
    test::TempWorkspace ws;
    const QByteArray before = ConfigurationJson::serialize(ws->configuration());
    // The database refuses a policy whose calendar does not exist (foreign key)
    // after office, calendars and tiers were already written: all must roll back.
    Configuration broken = ws->configuration();
    broken.officeCode = QStringLiteral("BR");
    broken.policies.first().calendarCode = QStringLiteral("no_such_calendar"); // violates the foreign key
    REQUIRE_FALSE(ws->configStore().replace(broken));
    auto reloaded = ws->configStore().load();
    REQUIRE(reloaded);
    CHECK(ConfigurationJson::serialize(*reloaded) == before);
}

namespace {

QJsonObject withPolicyValue(const char* key, const QJsonValue& value)
{
    QJsonObject doc = defaultDocument();
    QJsonArray sla = doc[QStringLiteral("sla")].toArray();
    QJsonObject first = sla[0].toObject();
    first[QLatin1String(key)] = value;
    sla[0] = first;
    doc[QStringLiteral("sla")] = sla;
    return doc;
}

QJsonObject withRuleValue(const char* key, const QJsonValue& value)
{
    QJsonObject doc = defaultDocument();
    QJsonArray tiers = doc[QStringLiteral("tiers")].toArray();
    QJsonObject first = tiers[0].toObject();
    QJsonObject rule = first[QStringLiteral("rule")].toObject();
    rule[QLatin1String(key)] = value;
    first[QStringLiteral("rule")] = rule;
    tiers[0] = first;
    doc[QStringLiteral("tiers")] = tiers;
    return doc;
}

QJsonObject withZone(const QJsonValue& zone)
{
    QJsonObject doc = defaultDocument();
    QJsonObject calendars = doc[QStringLiteral("calendars")].toObject();
    QJsonObject business = calendars[QStringLiteral("cn_business")].toObject();
    business[QStringLiteral("timezone")] = zone;
    calendars[QStringLiteral("cn_business")] = business;
    doc[QStringLiteral("calendars")] = calendars;
    return doc;
}

} // namespace

TEST_CASE("configuration numbers outside their range or not whole are refused, never wrapped or rounded", "[config]")
{
    // SLA targets: whole minutes from 1 to 525600 (a year).
    CHECK(ConfigurationJson::fromObject(withPolicyValue("resolution_min", 525600)));
    CHECK(ConfigurationJson::fromObject(withPolicyValue("resolution_min", 1)));
    for (const double bad : {0.0, -5.0, 525601.0, 2147483648.0, 4294967311.0, 90.5, 1e20}) {
        INFO(bad);
        const Error error = rejection(withPolicyValue("resolution_min", bad));
        CHECK(error.field == QStringLiteral("$.sla[0].resolution_min"));
        CHECK(error.message.contains(QStringLiteral("whole number from 1 to 525600")));
    }
    CHECK(rejection(withPolicyValue("first_response_min", QStringLiteral("15"))).field == QStringLiteral("$.sla[0].first_response_min"));

    // Purchase counts: whole numbers from 0 to 1,000,000.
    CHECK(rejection(withRuleValue("min_purchases_12m", 1e20)).field == QStringLiteral("$.tiers[0].rule.min_purchases_12m"));
    CHECK(rejection(withRuleValue("min_purchases_12m", 2.5)).field == QStringLiteral("$.tiers[0].rule.min_purchases_12m"));

    // Money: currency units with at most two decimals, kept to the cent.
    auto cents = ConfigurationJson::fromObject(withRuleValue("min_purchase_total_12m", 199.99));
    REQUIRE(cents);
    CHECK(cents->tiers[0].rule->minPurchaseTotal12mCents == 19999);
    auto largest = ConfigurationJson::fromObject(withRuleValue("min_purchase_total_12m", 1000000000000.0));
    REQUIRE(largest);
    CHECK(largest->tiers[0].rule->minPurchaseTotal12mCents == 100000000000000);
    for (const double bad : {199.999, -1.0, 1000000000000.5, 1e17, 9.3e16}) {
        INFO(bad);
        CHECK(rejection(withRuleValue("min_purchase_total_12m", bad)).field == QStringLiteral("$.tiers[0].rule.min_purchase_total_12m"));
    }
}

TEST_CASE("the office's time zone is kept, refused when unknown, and taken from the calendar when absent", "[config]")
{
    QJsonObject doc = defaultDocument();
    QJsonObject office = doc[QStringLiteral("office")].toObject();
    CHECK(office[QStringLiteral("timezone")] == QStringLiteral("Asia/Shanghai"));
    office[QStringLiteral("timezone")] = QStringLiteral("Europe/Berlin");
    doc[QStringLiteral("office")] = office;
    CHECK(ConfigurationJson::fromObject(doc)->officeTimeZone == QStringLiteral("Europe/Berlin"));
    office[QStringLiteral("timezone")] = QStringLiteral("");
    doc[QStringLiteral("office")] = office;
    CHECK(rejection(doc).field == QStringLiteral("$.office.timezone"));
    office.remove(QStringLiteral("timezone"));
    doc[QStringLiteral("office")] = office;
    CHECK(ConfigurationJson::fromObject(doc)->officeTimeZone == QStringLiteral("Asia/Shanghai")); // cn_business's zone
}

TEST_CASE("a calendar needs a real time zone, an empty one is not taken as UTC", "[config]")
{
    for (const QJsonValue& zone : {QJsonValue(QString()), QJsonValue(QStringLiteral("  ")), QJsonValue(QStringLiteral("Mars/Olympus")),
                                   QJsonValue(42)}) {
        const Error error = rejection(withZone(zone));
        CHECK(error.field == QStringLiteral("$.calendars.cn_business.timezone"));
    }
    CHECK(ConfigurationJson::fromObject(withZone(QStringLiteral("Europe/Berlin"))));
}

namespace {

// A configuration made up from a seed: calendars, tiers with rules in whole
// cents, a complete SLA matrix, teams and users.
QJsonObject generatedConfiguration(quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList zones{QStringLiteral("Asia/Shanghai"), QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York"), QStringLiteral("UTC")};
    QJsonObject calendars;
    const int calendarCount = 1 + int(random.bounded(3));
    for (int c = 0; c < calendarCount; ++c) {
        const int start = 6 + int(random.bounded(4));
        const QJsonArray hours{QJsonArray{QStringLiteral("%1:00").arg(start, 2, 10, QLatin1Char('0')),
                                          QStringLiteral("%1:30").arg(start + 8, 2, 10, QLatin1Char('0'))}};
        QJsonObject week;
        for (const char* day : {"mon", "tue", "wed", "thu", "fri"})
            week[QLatin1String(day)] = hours;
        week[QStringLiteral("sat")] = random.bounded(2) ? hours : QJsonArray{};
        week[QStringLiteral("sun")] = QJsonArray{};
        calendars[QStringLiteral("cal%1").arg(c)] = QJsonObject{{QStringLiteral("timezone"), zones[int(random.bounded(zones.size()))]},
                                                              {QStringLiteral("week"), week},
                                                              {QStringLiteral("holidays"), QJsonArray{QStringLiteral("2026-10-01")}},
                                                              {QStringLiteral("extra_workdays"), QJsonArray{}}};
    }
    QJsonArray tiers;
    const int tierCount = 1 + int(random.bounded(4));
    for (int t = 0; t < tierCount; ++t) {
        QJsonObject tier{{QStringLiteral("code"), QStringLiteral("tier%1").arg(t)}, {QStringLiteral("name"), QStringLiteral("等级 %1").arg(t)}};
        if (t < tierCount - 1)
            tier[QStringLiteral("rule")] = QJsonObject{{QStringLiteral("min_purchase_total_12m"), double(random.bounded(100000000)) / 100.0},
                                                       {QStringLiteral("min_purchases_12m"), int(random.bounded(50))}};
        tiers.append(tier);
    }
    QJsonArray sla;
    for (int t = 0; t < tierCount; ++t)
        for (const char* priority : {"P1", "P2", "P3", "P4"})
            sla.append(QJsonObject{{QStringLiteral("tier"), QStringLiteral("tier%1").arg(t)},
                                   {QStringLiteral("priority"), QLatin1String(priority)},
                                   {QStringLiteral("first_response_min"), 1 + int(random.bounded(525600))},
                                   {QStringLiteral("resolution_min"), 1 + int(random.bounded(525600))},
                                   {QStringLiteral("calendar"), QStringLiteral("cal%1").arg(random.bounded(calendarCount))}});
    QJsonArray teams, users;
    const int teamCount = 1 + int(random.bounded(4));
    for (int t = 0; t < teamCount; ++t)
        teams.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("team%1").arg(t)}, {QStringLiteral("name"), QStringLiteral("组 %1").arg(t)}});
    // Every user of the built-in configuration is listed, in a team of the file
    // or in none, plus some new ones.
    QStringList logins;
    for (const UserDefinition& user : ConfigStore::defaultConfiguration().users)
        logins.append(user.login);
    for (int u = 0; u < int(random.bounded(4)); ++u)
        logins.append(QStringLiteral("user%1").arg(u));
    const QStringList roles{QStringLiteral("agent"), QStringLiteral("technician"), QStringLiteral("supervisor")};
    for (const QString& login : logins)
        users.append(QJsonObject{{QStringLiteral("login"), login},
                                 {QStringLiteral("name"), login.toUpper()},
                                 {QStringLiteral("role"), roles[int(random.bounded(roles.size()))]},
                                 {QStringLiteral("team"), random.bounded(5) ? QStringLiteral("team%1").arg(random.bounded(teamCount)) : QString()},
                                 {QStringLiteral("skills"), QJsonArray{QStringLiteral("fault")}},
                                 {QStringLiteral("active"), random.bounded(4) != 0}});
    return {{QStringLiteral("format"), QStringLiteral("servicedesk-config")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("office"), QJsonObject{{QStringLiteral("code"), QStringLiteral("BR%1").arg(seed % 100)},
                                                   {QStringLiteral("name"), QStringLiteral("分部")},
                                                   {QStringLiteral("timezone"), zones[int(seed % zones.size())]}}},
            {QStringLiteral("calendars"), calendars},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("sla"), sla},
            {QStringLiteral("teams"), teams},
            {QStringLiteral("users"), users}};
}

QByteArray exportedAfterImport(const QByteArray& document)
{
    test::TempWorkspace ws;
    auto parsed = ConfigurationJson::parse(document);
    REQUIRE(parsed);
    auto imported = ws->importConfiguration(*parsed, ws.userId("admin"));
    INFO((imported ? QString() : imported.error().describe()).toStdString());
    REQUIRE(imported);
    return ConfigurationJson::serialize(ws->configuration());
}

} // namespace

TEST_CASE("any accepted configuration survives export and import unchanged", "[config][property]")
{
    const quint32 first = QRandomGenerator::global()->generate() % 100000;
    for (quint32 seed = first; seed < first + 40; ++seed) {
        INFO("seed " << seed);
        const QByteArray generated = QJsonDocument(generatedConfiguration(seed)).toJson();
        const QByteArray once = exportedAfterImport(generated);
        const QByteArray twice = exportedAfterImport(once);
        CHECK(twice == once);
        // The export says what the generated file said (same office, tiers, matrix and teams).
        const QJsonObject original = generatedConfiguration(seed);
        const QJsonObject back = QJsonDocument::fromJson(once).object();
        CHECK(back[QStringLiteral("office")] == original[QStringLiteral("office")]);
        CHECK(back[QStringLiteral("tiers")] == original[QStringLiteral("tiers")]);
        CHECK(back[QStringLiteral("teams")] == original[QStringLiteral("teams")]);
        CHECK(back[QStringLiteral("sla")].toArray().size() == original[QStringLiteral("sla")].toArray().size());
    }
}

TEST_CASE("the parts catalogue is read, kept through export and import, and refused when a part is incomplete or listed twice", "[config]")
{
    const Configuration config = ConfigStore::defaultConfiguration();
    const PartPrice* capacitor = config.service.part(QStringLiteral("CAP-COMP"));
    REQUIRE(capacitor);
    CHECK(capacitor->name == QStringLiteral("压缩机电容"));
    CHECK(capacitor->unitCents == 3550);
    CHECK(config.service.parts.size() == 8);

    const auto withParts = [](const QJsonArray& parts) {
        QJsonObject document = defaultDocument();
        QJsonObject service = document[QStringLiteral("service")].toObject();
        service[QStringLiteral("parts")] = parts;
        document[QStringLiteral("service")] = service;
        return document;
    };
    const QJsonObject valve{{QStringLiteral("code"), QStringLiteral("V1")}, {QStringLiteral("name"), QStringLiteral("阀")},
                            {QStringLiteral("unit_cost"), 12.5}};
    CHECK(rejection(withParts({valve, valve})).field == QStringLiteral("$.service.parts[1].code"));
    QJsonObject unnamed = valve;
    unnamed.remove(QStringLiteral("name"));
    CHECK(rejection(withParts({unnamed})).field == QStringLiteral("$.service.parts[0]"));
    QJsonObject unpriced = valve;
    unpriced.remove(QStringLiteral("unit_cost"));
    CHECK(rejection(withParts({unpriced})).field == QStringLiteral("$.service.parts[0].unit_cost"));
    QJsonObject fractional = valve;
    fractional[QStringLiteral("unit_cost")] = 12.555;
    CHECK(rejection(withParts({fractional})).field == QStringLiteral("$.service.parts[0].unit_cost"));
    auto read = ConfigurationJson::fromObject(withParts({valve}));
    REQUIRE(read);
    REQUIRE(read->service.parts.size() == 1);
    CHECK(read->service.parts.first().unitCents == 1250);
}

TEST_CASE("the risk alert rules and the quality draw are read with their defaults, and refused when mistyped", "[config]")
{
    const auto withService = [](const char* key, const QJsonValue& value) {
        QJsonObject document = defaultDocument();
        QJsonObject service = document[QStringLiteral("service")].toObject();
        service[QString::fromLatin1(key)] = value;
        document[QStringLiteral("service")] = service;
        return document;
    };
    auto read = ConfigurationJson::fromObject(withService(
        "risk_alerts", QJsonObject{{QStringLiteral("team_sla"), QJsonObject{{QStringLiteral("below_pct"), 90}}},
                                   {QStringLiteral("product_faults"), QJsonObject{{QStringLiteral("enabled"), false}}}}));
    REQUIRE(read);
    CHECK(read->service.riskAlerts.slaBelowPct == 90);
    CHECK(read->service.riskAlerts.slaDays == 7);          // not given: the default
    CHECK_FALSE(read->service.riskAlerts.productFaults);
    CHECK(read->service.riskAlerts.complaintsAbove == 20);
    CHECK(rejection(withService("risk_alerts", QJsonObject{{QStringLiteral("team_sla"), false}})).field
          == QStringLiteral("$.service.risk_alerts.team_sla"));
    CHECK(rejection(withService("risk_alerts", QJsonObject{{QStringLiteral("complaint_surge"), QJsonObject{{QStringLiteral("days"), 0}}}}))
              .field
          == QStringLiteral("$.service.risk_alerts.complaint_surge.days"));
    CHECK(rejection(withService("quality_sampling", QJsonObject{{QStringLiteral("every"), QStringLiteral("fortnight")}})).field
          == QStringLiteral("$.service.quality_sampling.every"));
    CHECK(rejection(withService("quality_sampling", QJsonObject{{QStringLiteral("low_share"), 1.5}})).field
          == QStringLiteral("$.service.quality_sampling.low_share"));
    CHECK(rejection(withService("quality_sampling", QStringLiteral("weekly"))).field == QStringLiteral("$.service.quality_sampling"));
}

// The configuration document: round trip, and rejection of broken files with
// the JSON path of the problem, leaving the database as it was.
#include "TestSupport.h"

#include "config/ConfigurationJson.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    REQUIRE(ws->importConfiguration(*parsed));
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
    auto parsed = ConfigurationJson::fromObject(doc);
    REQUIRE(parsed);
    REQUIRE(ws->importConfiguration(*parsed));
    CHECK(ws->configuration().officeCode == QStringLiteral("SH"));
    CHECK(ws->configuration().teams.size() == 1);
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

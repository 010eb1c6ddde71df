// Canned replies: placeholders, who writes them, retiring, duplicates.
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

TEST_CASE("a canned reply's placeholders take the ticket's values, unknown braces stay as typed", "[replies]")
{
    ReplyContext ticket;
    ticket.customer = QStringLiteral("王芳");
    ticket.ticket = QStringLiteral("HQ-2026-000042");
    ticket.due = at("2026-11-18T18:00:00+08:00");
    ticket.agent = QStringLiteral("李娜");
    ticket.zone = QTimeZone("Asia/Shanghai");
    CHECK(ReplyService::render(QStringLiteral("{customer}您好，工单 {ticket} 将于 {due} 前处理。——{agent} {price}"), ticket)
          == QStringLiteral("王芳您好，工单 HQ-2026-000042 将于 2026-11-18 18:00 前处理。——李娜 {price}"));
    ticket.due.reset(); // a resolved ticket has no deadline left
    CHECK(ReplyService::render(QStringLiteral("by {due}."), ticket) == QStringLiteral("by ."));
    CHECK(ReplyService::render(QStringLiteral("{ticket}{ticket}"), ticket) == QStringLiteral("HQ-2026-000042HQ-2026-000042"));
}

TEST_CASE("supervisors write and retire canned replies, agents only read them, titles are unique per language in use", "[replies]")
{
    test::TempWorkspace ws;
    const qint64 supervisor = ws.userId("sun.hui");
    auto agent = ws->replies().add({QStringLiteral("Hello"), QStringLiteral("en"), QStringLiteral("Hi {customer}"), true}, ws.userId("li.na"));
    REQUIRE_FALSE(agent);
    CHECK(agent.error().code == Error::Code::Forbidden);

    auto typo = ws->replies().add({QStringLiteral("Hello"), QStringLiteral("en"), QStringLiteral("Hi {custmer}"), true}, supervisor);
    REQUIRE_FALSE(typo);
    CHECK(typo.error().message.contains(QStringLiteral("{custmer}")));
    auto noLanguage = ws->replies().add({QStringLiteral("Hello"), QStringLiteral("fr"), QStringLiteral("Bonjour"), true}, supervisor);
    REQUIRE_FALSE(noLanguage);
    CHECK(noLanguage.error().field == QStringLiteral("language"));

    auto hello = ws->replies().add({QStringLiteral("Hello"), QStringLiteral("en"), QStringLiteral("Hi {customer}"), true}, supervisor);
    REQUIRE(hello);
    CHECK(hello->version == 1);
    auto again = ws->replies().add({QStringLiteral("Hello"), QStringLiteral("en"), QStringLiteral("Hi"), true}, supervisor);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Duplicate);
    // The same title in Chinese is another reply.
    REQUIRE(ws->replies().add({QStringLiteral("Hello"), QStringLiteral("zh"), QStringLiteral("您好 {customer}"), true}, supervisor));

    auto retired = ws->replies().update(hello->id, hello->version, {QStringLiteral("Hello"), QStringLiteral("en"), QStringLiteral("Hi {customer}"), false},
                                        supervisor);
    REQUIRE(retired);
    CHECK(retired->version == 2);
    auto stale = ws->replies().update(hello->id, hello->version, {QStringLiteral("Hi"), QStringLiteral("en"), QStringLiteral("x"), true}, supervisor);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(ws->replies().list(QStringLiteral("en"))->isEmpty());
    CHECK(ws->replies().list(QStringLiteral("en"), {}, true)->size() == 1);
    // A retired title may be used again.
    REQUIRE(ws->replies().add({QStringLiteral("Hello"), QStringLiteral("en"), QStringLiteral("Good day {customer}"), true}, supervisor));
    REQUIRE(ws->replies().add({QStringLiteral("Goodbye"), QStringLiteral("en"), QStringLiteral("Bye"), true}, supervisor));
    auto found = ws->replies().list(QStringLiteral("en"), QStringLiteral("ell"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().body == QStringLiteral("Good day {customer}"));
    // Case does not matter, on either engine.
    CHECK(ws->replies().list(QStringLiteral("en"), QStringLiteral("HELLO"))->size() == 1);
    // "%" is looked for, not a wildcard.
    CHECK(ws->replies().list(QStringLiteral("en"), QStringLiteral("%"))->isEmpty());
}

// Queue membership and search on a small hand-made set of tickets.
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

namespace {

struct Fixture
{
    test::TempWorkspace ws{"2026-10-12T09:00:00+08:00"};
    qint64 agent = ws.userId("li.na");
    qint64 customer = 0;

    Fixture()
    {
        CustomerDraft draft;
        draft.name = QStringLiteral("杭州鑫源贸易有限公司");
        draft.phone = QStringLiteral("0571-88886666");
        customer = ws->customers().create(draft, 0)->id;
    }

    Ticket create(const char* subject, Priority priority = Priority::P3, std::optional<qint64> customerId = std::nullopt)
    {
        TicketDraft draft;
        draft.customerId = customerId;
        draft.contactName = QStringLiteral("来电客户");
        draft.subject = QString::fromUtf8(subject);
        draft.priority = priority;
        auto ticket = ws->tickets().create(draft, 0); // from the web form: nobody owns it yet
        REQUIRE(ticket);
        return *ticket;
    }

    QStringList numbers(Queue queue, const QString& search = {})
    {
        QueueRequest request;
        request.queue = queue;
        request.me = agent;
        request.search = search;
        auto rows = ws->queues().page(request, ws.now());
        REQUIRE(rows);
        auto count = ws->queues().count(request, ws.now());
        REQUIRE(count);
        CHECK(*count == rows->size());
        QStringList result;
        for (const QueueRow& row : *rows)
            result.append(row.number.right(1)); // the last digit tells the tickets apart here
        return result;
    }
};

} // namespace

TEST_CASE("queues hold the tickets their rules say, in due order", "[queues]")
{
    Fixture f;
    // All prospect tier (fallback). P1: first response 120 min, P3: 480, P4: 960.
    const Ticket t1 = f.create("打印机卡纸", Priority::P3);             // FR due Tue 09:30
    const Ticket t2 = f.create("路由器断网", Priority::P1);             // FR due Mon 11:00
    const Ticket t3 = f.create("净水器漏水", Priority::P4, f.customer); // FR due Wed
    auto assigned = f.ws->tickets().assign(t3.id, t3.version, f.agent, QString(), f.agent);
    REQUIRE(assigned);
    // Answered, then waiting for the customer: both clocks are stopped for now.
    auto answered = f.ws->tickets().addComment(t1.id, QStringLiteral("请提供卡纸位置的照片"), true, f.agent);
    REQUIRE(answered);
    auto pending = f.ws->tickets().changeStatus(t1.id, answered->version, TicketStatus::PendingCustomer, f.agent);
    REQUIRE(pending);

    // Paused tickets sort after running ones.
    CHECK(f.numbers(Queue::Open) == QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")});
    CHECK(f.numbers(Queue::Mine) == QStringList{QStringLiteral("3")});
    CHECK(f.numbers(Queue::Unassigned) == QStringList{QStringLiteral("2"), QStringLiteral("1")});
    CHECK(f.numbers(Queue::Pending) == QStringList{QStringLiteral("1")});
    CHECK(f.numbers(Queue::Breached).isEmpty());
    CHECK(f.numbers(Queue::AtRisk).isEmpty());

    // 10:40: t2 has used 100 of its 120 minutes (warning at 90): at risk.
    f.ws.setNow("2026-10-12T10:40:00+08:00");
    CHECK(f.numbers(Queue::AtRisk) == QStringList{QStringLiteral("2")});
    // An answer at the due instant itself is on time; a second later it is breached.
    f.ws.setNow("2026-10-12T11:00:00+08:00");
    CHECK(f.numbers(Queue::AtRisk) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::Breached).isEmpty());
    f.ws.setNow("2026-10-12T11:00:01+08:00");
    CHECK(f.numbers(Queue::AtRisk).isEmpty());
    CHECK(f.numbers(Queue::Breached) == QStringList{QStringLiteral("2")});

    auto resolved = f.ws->tickets().changeStatus(t2.id, t2.version, TicketStatus::Resolved, f.agent, QStringLiteral("重启路由器"));
    REQUIRE(resolved);
    CHECK(f.numbers(Queue::Breached).isEmpty());
    CHECK(f.numbers(Queue::RecentlyResolved) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All) == QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")});
}

TEST_CASE("search finds tickets by number, phone, Chinese text and customer name", "[queues][search]")
{
    Fixture f;
    f.create("打印机频繁卡纸");
    f.create("路由器断网后无法重连", Priority::P3, f.customer);
    f.create("Printer jams on every second page");
    CHECK(f.numbers(Queue::All, QStringLiteral("hq-2026-000002")) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All, QStringLiteral("+86 571 8888 6666")) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All, QStringLiteral("频繁卡纸")) == QStringList{QStringLiteral("1")});
    CHECK(f.numbers(Queue::All, QStringLiteral("鑫源贸易")) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All, QStringLiteral("printer JAMS")) == QStringList{QStringLiteral("3")});
    // Two characters are below the trigram index; the scan still finds them.
    CHECK(f.numbers(Queue::All, QStringLiteral("断网")) == QStringList{QStringLiteral("2")});
    // One character, a short customer name, short Latin text in any case.
    CHECK(f.numbers(Queue::All, QStringLiteral("卡")) == QStringList{QStringLiteral("1")});
    CHECK(f.numbers(Queue::All, QStringLiteral("鑫源")) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All, QStringLiteral("JA")) == QStringList{QStringLiteral("3")});
    // Both characters are in ticket 1's subject, but not side by side.
    CHECK(f.numbers(Queue::All, QStringLiteral("纸卡")).isEmpty());
    // Quotes and operators are searched literally, never parsed.
    CHECK(f.numbers(Queue::All, QStringLiteral("\"卡纸 OR *")).isEmpty());
}

TEST_CASE("the last digits of a ticket number find it", "[queues][search]")
{
    Fixture f;
    f.create("打印机频繁卡纸");
    f.create("路由器断网后无法重连");
    // "2" and "000002" both mean HQ-2026-000002; a phone number needs more digits.
    CHECK(f.numbers(Queue::All, QStringLiteral("2")) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All, QStringLiteral("000002")) == QStringList{QStringLiteral("2")});
    CHECK(f.numbers(Queue::All, QStringLiteral("000009")).isEmpty());
}

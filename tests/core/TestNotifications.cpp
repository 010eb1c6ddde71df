// The notification centre and escalation rules (docs/SERVICE.md
// "Notifications", "Escalation rules") against the default configuration:
// team hotline (agents li.na, wang.lei, sarah.wu; supervisor sun.hui), team
// tech (technician zhang.min, no supervisor: a team without one reaches
// every supervisor, here sun.hui only). Escalation
// rules of the default file: resolution 75 % → notify the supervisor;
// resolution breached → notify and raise the level, L2 moving to team tech.
// Calendar cn_business: Mon–Fri 09:00–12:00 and 13:30–18:00, Asia/Shanghai.
#include "TestSupport.h"

#include "config/ConfigurationJson.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-11-16T09:00:00+08:00"}; // a Monday
    qint64 liNa = ws.userId("li.na");
    qint64 wangLei = ws.userId("wang.lei");
    qint64 sarahWu = ws.userId("sarah.wu");
    qint64 supervisor = ws.userId("sun.hui");
    qint64 zhangMin = ws.userId("zhang.min");

    Ticket create(qint64 actor, Priority priority = Priority::P3, const QString& team = {})
    {
        TicketDraft draft;
        draft.contactName = QStringLiteral("周女士");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("热水器不点火");
        draft.category = Category::Fault;
        draft.priority = priority;
        draft.teamCode = team;
        auto ticket = ws->tickets().create(draft, actor);
        REQUIRE(ticket);
        return *ticket;
    }
    // "kind|ticket number|detail|read" of a person's notifications, newest first.
    QStringList of(qint64 user)
    {
        auto list = ws->tickets().notifications().latest(user);
        REQUIRE(list);
        QStringList found;
        for (const Notification& n : *list)
            found.append(Notification::codeOf(n.kind) + QLatin1Char('|') + n.ticketNumber + QLatin1Char('|') + n.detail
                         + (n.read ? QStringLiteral("|read") : QString()));
        return found;
    }
    int unread(qint64 user)
    {
        auto count = ws->tickets().notifications().unreadCount(user);
        REQUIRE(count);
        return *count;
    }
    QStringList kinds(qint64 ticketId)
    {
        auto timeline = ws->tickets().timeline(ticketId);
        REQUIRE(timeline);
        QStringList found;
        for (const TicketEvent& e : *timeline)
            found.append(e.kind);
        return found;
    }
};

} // namespace

TEST_CASE("an assignment notifies the new assignee, unless they took the ticket themselves", "[notifications]")
{
    Desk desk;
    const Ticket own = desk.create(desk.liNa);
    CHECK(desk.of(desk.liNa).isEmpty());
    auto given = desk.ws->tickets().assign(own.id, own.version, desk.wangLei, QStringLiteral("hotline"), desk.supervisor);
    REQUIRE(given);
    CHECK(desk.of(desk.wangLei) == QStringList{QStringLiteral("assigned|") + own.number + QLatin1Char('|')});
    CHECK(desk.unread(desk.wangLei) == 1);
    auto list = desk.ws->tickets().notifications().latest(desk.wangLei);
    REQUIRE(list);
    CHECK(list->first().actorId == desk.supervisor);
    CHECK(list->first().ticketSubject == QStringLiteral("热水器不点火"));

    // Automatically: the rule is named, nobody is the actor.
    REQUIRE(desk.ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::RoundRobin, desk.supervisor));
    REQUIRE(desk.ws->presence().signOn(desk.sarahWu));
    const Ticket filed = desk.create(desk.supervisor);
    REQUIRE(filed.assigneeId == desk.sarahWu);
    CHECK(desk.of(desk.sarahWu) == QStringList{QStringLiteral("assigned|") + filed.number + QStringLiteral("|round_robin")});

    // Read one, then all.
    REQUIRE(desk.ws->tickets().notifications().markRead(desk.wangLei, list->first().id));
    CHECK(desk.unread(desk.wangLei) == 0);
    CHECK(desk.of(desk.wangLei).first().endsWith(QStringLiteral("|read")));
    // Nobody marks someone else's notification read.
    auto sarahs = desk.ws->tickets().notifications().latest(desk.sarahWu);
    REQUIRE(desk.ws->tickets().notifications().markRead(desk.wangLei, sarahs->first().id));
    CHECK(desk.unread(desk.sarahWu) == 1);
    REQUIRE(desk.ws->tickets().notifications().markAllRead(desk.sarahWu));
    CHECK(desk.unread(desk.sarahWu) == 0);
}

TEST_CASE("a note naming @login notifies that person once, never the writer, unknown logins and addresses are not mentions", "[notifications]")
{
    Desk desk;
    const Ticket ticket = desk.create(desk.liNa);
    const QString note = QStringLiteral("请@wang.lei 看一下，@SARAH.WU 也看看。抄送 service@li.na，@nobody，@li.na，再提醒 @wang.lei.");
    REQUIRE(desk.ws->tickets().addComment(ticket.id, note, false, desk.liNa));
    CHECK(desk.of(desk.wangLei) == QStringList{QStringLiteral("mentioned|") + ticket.number + QLatin1Char('|') + note});
    CHECK(desk.of(desk.sarahWu).size() == 1);
    CHECK(desk.of(desk.liNa).isEmpty());
    CHECK(desk.of(desk.supervisor).isEmpty());
}

TEST_CASE("a customer's reply goes on the timeline, takes a waiting ticket back to work and tells its assignee", "[notifications]")
{
    Desk desk;
    Ticket ticket = desk.create(desk.liNa);
    auto waiting = desk.ws->tickets().changeStatus(ticket.id, ticket.version, TicketStatus::PendingCustomer, desk.liNa,
                                                   QStringLiteral("请客户拍下铭牌"));
    REQUIRE(waiting);
    // Recorded by a colleague who took the customer's call.
    auto replied = desk.ws->tickets().recordCustomerReply(ticket.id, QStringLiteral("铭牌照片已发到邮箱"), desk.wangLei);
    REQUIRE(replied);
    CHECK(replied->status == TicketStatus::InProgress);
    CHECK(desk.of(desk.liNa) == QStringList{QStringLiteral("customer_reply|") + ticket.number + QStringLiteral("|铭牌照片已发到邮箱")});
    // Not the desk's response: the first-response clock is not stopped by it.
    CHECK_FALSE(replied->sla.firstResponseAt);
    // From the intake (a mail gateway): allowed without a person; empty text is refused.
    REQUIRE(desk.ws->tickets().recordCustomerReply(ticket.id, QStringLiteral("还有一张发票"), AccessControl::kIntake));
    CHECK(desk.unread(desk.liNa) == 2);
    auto empty = desk.ws->tickets().recordCustomerReply(ticket.id, QStringLiteral("  "), desk.wangLei);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().field == QStringLiteral("body"));
    // The assignee's own record of a reply tells nobody.
    REQUIRE(desk.ws->tickets().recordCustomerReply(ticket.id, QStringLiteral("客户确认周三在家"), desk.liNa));
    CHECK(desk.unread(desk.liNa) == 2);
}

TEST_CASE("escalation rules: at 75 % the team's supervisor hears of it, at the breach the ticket is raised and moves to the next level's team, once",
          "[notifications][escalation]")
{
    Desk desk;
    // P3 for a prospect customer (no customer): resolution in N business minutes, from the default matrix.
    Ticket ticket = desk.create(desk.liNa);
    REQUIRE(ticket.sla.resolutionWarn);
    REQUIRE(ticket.sla.resolutionDue);
    const qint64 warnAt = *ticket.sla.resolutionWarn;
    const qint64 dueAt = *ticket.sla.resolutionDue;

    desk.ws.setNow(warnAt + 60);
    REQUIRE(desk.ws->tickets().recordSlaEvents());
    Ticket warned = desk.ws->tickets().get(ticket.id).value();
    CHECK(warned.level == SupportLevel::L1);
    // The supervisor of hotline hears of the rule; Li Na of the warning on her ticket.
    CHECK(desk.of(desk.supervisor).contains(QStringLiteral("escalated|") + ticket.number + QStringLiteral("|resolution_warning")));
    CHECK(desk.of(desk.liNa).contains(QStringLiteral("sla_warning|") + ticket.number + QStringLiteral("|resolution_warning")));
    CHECK(desk.kinds(ticket.id).count(QStringLiteral("escalation_rule")) == 1);

    desk.ws.setNow(dueAt + 60);
    REQUIRE(desk.ws->presence().signOn(desk.zhangMin));
    REQUIRE(desk.ws->setTeamAssignment(QStringLiteral("tech"), AssignmentMode::LeastOpen, desk.supervisor));
    REQUIRE(desk.ws->tickets().recordSlaEvents());
    Ticket raised = desk.ws->tickets().get(ticket.id).value();
    CHECK(raised.level == SupportLevel::L2);
    CHECK(raised.details.teamCode == QStringLiteral("tech"));
    CHECK(raised.assigneeId == desk.zhangMin); // tech's rule chose him
    CHECK(raised.version > warned.version);    // open forms see the move as a change
    // He holds it now: he hears that it was given to him, and that it is late.
    QStringList his = desk.of(desk.zhangMin);
    his.sort();
    CHECK(his == QStringList{QStringLiteral("assigned|") + ticket.number + QStringLiteral("|least_open"),
                             QStringLiteral("sla_breach|") + ticket.number + QStringLiteral("|resolution_breach")});
    CHECK(desk.of(desk.supervisor).contains(QStringLiteral("escalated|") + ticket.number + QStringLiteral("|resolution_breach")));

    // The next sweeps change nothing more.
    desk.ws.setNow(dueAt + 7 * 86400);
    REQUIRE(desk.ws->tickets().recordSlaEvents());
    Ticket later = desk.ws->tickets().get(ticket.id).value();
    CHECK(later.level == SupportLevel::L2);
    CHECK(later.version == raised.version);
    CHECK(desk.kinds(ticket.id).count(QStringLiteral("escalation_rule")) == 2);
    CHECK(desk.kinds(ticket.id).count(QStringLiteral("escalation")) == 1);
}

TEST_CASE("without a free member in the next level's team the raised ticket waits there unassigned", "[notifications][escalation]")
{
    Desk desk;
    Ticket ticket = desk.create(desk.liNa);
    desk.ws.setNow(*ticket.sla.resolutionDue + 60);
    REQUIRE(desk.ws->tickets().recordSlaEvents());
    Ticket raised = desk.ws->tickets().get(ticket.id).value();
    CHECK(raised.details.teamCode == QStringLiteral("tech"));
    CHECK_FALSE(raised.assigneeId);
    // It was Assigned to Li Na; without an owner it is New again.
    CHECK(raised.status == TicketStatus::New);
}

TEST_CASE("escalation rules in the configuration file: each checkpoint once, a rule that does something, known levels and teams",
          "[escalation][config]")
{
    Configuration configuration = ConfigStore::defaultConfiguration();
    REQUIRE(configuration.service.escalation.size() == 2);
    CHECK(configuration.service.levelTeams.value(SupportLevel::L2) == QStringLiteral("tech"));
    const QJsonObject written = ConfigurationJson::toObject(configuration);
    auto back = ConfigurationJson::fromObject(written);
    REQUIRE(back);
    CHECK(back->service.escalationAt(QStringLiteral("resolution_breach"))->raiseLevel);
    CHECK_FALSE(back->service.escalationAt(QStringLiteral("resolution_warning"))->raiseLevel);

    const auto refusedWith = [&](const QJsonObject& escalation) {
        QJsonObject root = written;
        QJsonObject service = root.value(QStringLiteral("service")).toObject();
        service.insert(QStringLiteral("escalation"), escalation);
        root.insert(QStringLiteral("service"), service);
        auto read = ConfigurationJson::fromObject(root);
        REQUIRE_FALSE(read);
        return read.error().field;
    };
    const auto rule = [](const char* at, bool notify, bool raise) {
        return QJsonObject{{QStringLiteral("at"), QString::fromLatin1(at)}, {QStringLiteral("notify_supervisor"), notify},
                           {QStringLiteral("raise_level"), raise}};
    };
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{rule("resolution_late", true, false)}}})
          == QStringLiteral("$.service.escalation.rules[0].at"));
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{rule("resolution_breach", true, false), rule("resolution_breach", false, true)}}})
          == QStringLiteral("$.service.escalation.rules[1].at"));
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{rule("first_response_breach", false, false)}}})
          == QStringLiteral("$.service.escalation.rules[0]"));
    QJsonObject quoted = rule("resolution_breach", true, false);
    quoted.insert(QStringLiteral("raise_level"), QStringLiteral("true"));
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{quoted}}}) == QStringLiteral("$.service.escalation.rules[0].raise_level"));
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{}}, {QStringLiteral("level_teams"), QStringLiteral("tech")}})
          == QStringLiteral("$.service.escalation.level_teams"));
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{}}, {QStringLiteral("level_teams"), QJsonObject{{QStringLiteral("L2"), QStringLiteral("night")}}}})
          == QStringLiteral("$.service.escalation.level_teams.L2"));
    CHECK(refusedWith({{QStringLiteral("rules"), QJsonArray{}}, {QStringLiteral("level_teams"), QJsonObject{{QStringLiteral("L1"), QStringLiteral("tech")}}}})
          == QStringLiteral("$.service.escalation.level_teams.L1"));
}

TEST_CASE("a ticket in progress that an escalation took from its holder waits in the new team until a member is free", "[notifications][escalation]")
{
    Desk desk;
    Ticket ticket = desk.create(desk.liNa);
    auto working = desk.ws->tickets().changeStatus(ticket.id, ticket.version, TicketStatus::InProgress, desk.liNa);
    REQUIRE(working);
    REQUIRE(desk.ws->setTeamAssignment(QStringLiteral("tech"), AssignmentMode::RoundRobin, desk.supervisor));
    desk.ws.setNow(*ticket.sla.resolutionDue + 60);
    REQUIRE(desk.ws->tickets().recordSlaEvents());
    Ticket raised = desk.ws->tickets().get(ticket.id).value();
    CHECK(raised.status == TicketStatus::InProgress);
    CHECK_FALSE(raised.assigneeId);
    // Supervisors hear of the breach through the rule only, not twice.
    CHECK(desk.of(desk.supervisor).count(QStringLiteral("sla_breach|") + ticket.number + QStringLiteral("|resolution_breach")) == 0);
    CHECK(desk.of(desk.supervisor).count(QStringLiteral("escalated|") + ticket.number + QStringLiteral("|resolution_breach")) == 1);

    REQUIRE(desk.ws->presence().signOn(desk.zhangMin));
    auto given = desk.ws->tickets().assignWaiting();
    REQUIRE(given);
    CHECK(*given == 1);
    Ticket taken = desk.ws->tickets().get(ticket.id).value();
    CHECK(taken.assigneeId == desk.zhangMin);
    CHECK(taken.status == TicketStatus::InProgress);
}

// Automatic assignment (docs/SERVICE.md "Automatic assignment") against the
// default configuration: team hotline has the agents li.na (skills inquiry,
// guidance, fault), wang.lei (inquiry, return) and sarah.wu (inquiry,
// guidance), created in that order, and the supervisor sun.hui; team tech
// has the technician zhang.min. Every team assigns by hand until told.
#include "TestSupport.h"

#include "config/ConfigurationJson.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace sd;

namespace {

TicketDraft call(Category category = Category::Inquiry, const QString& team = QStringLiteral("hotline"))
{
    TicketDraft draft;
    draft.contactName = QStringLiteral("王芳");
    draft.contactPhone = QStringLiteral("13800138000");
    draft.category = category;
    draft.subject = QStringLiteral("洗衣机不排水");
    draft.teamCode = team;
    return draft;
}

struct Hotline
{
    test::TempWorkspace ws;
    qint64 supervisor = ws.userId("sun.hui");
    qint64 liNa = ws.userId("li.na");
    qint64 wangLei = ws.userId("wang.lei");
    qint64 sarahWu = ws.userId("sarah.wu");

    Hotline(AssignmentMode mode)
    {
        REQUIRE(ws->setTeamAssignment(QStringLiteral("hotline"), mode, ws.userId("admin")));
        REQUIRE(liNa < wangLei);
        REQUIRE(wangLei < sarahWu);
    }
    void signOn(std::initializer_list<qint64> users)
    {
        for (qint64 user : users)
            REQUIRE(ws->presence().signOn(user));
    }
    // A ticket the supervisor files for the team: nobody owns it by creating it.
    Ticket fileForTeam(Category category = Category::Inquiry)
    {
        auto ticket = ws->tickets().create(call(category), supervisor);
        REQUIRE(ticket);
        return *ticket;
    }
    std::optional<qint64> assigneeOf(qint64 ticketId)
    {
        auto ticket = ws->tickets().get(ticketId);
        REQUIRE(ticket);
        return ticket->assigneeId;
    }
    // "old>new|body|actor" of each assignment event.
    QStringList assignments(qint64 ticketId)
    {
        auto timeline = ws->tickets().timeline(ticketId);
        REQUIRE(timeline);
        QStringList found;
        for (const TicketEvent& event : *timeline)
            if (event.kind == QLatin1String("assignment"))
                found.append(event.oldValue + QLatin1Char('>') + event.newValue + QLatin1Char('|') + event.body + QLatin1Char('|')
                             + (event.actorId ? QString::number(*event.actorId) : QStringLiteral("system")));
        return found;
    }
};

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace

TEST_CASE("round robin gives the team's new tickets to its available agents in turn", "[assignment]")
{
    Hotline team(AssignmentMode::RoundRobin);
    team.signOn({team.sarahWu, team.wangLei, team.liNa});
    QList<std::optional<qint64>> got;
    for (int i = 0; i < 4; ++i) {
        const Ticket ticket = team.fileForTeam();
        CHECK(ticket.status == TicketStatus::Assigned);
        got.append(ticket.assigneeId);
    }
    // Nobody has had a turn: the earlier account first, then round again.
    CHECK(got == QList<std::optional<qint64>>{team.liNa, team.wangLei, team.sarahWu, team.liNa});
    const Ticket last = team.fileForTeam();
    CHECK(last.assigneeId == team.wangLei);
    // The timeline says nobody did it by hand, and by which rule.
    CHECK(team.assignments(last.id) == QStringList{QStringLiteral(">") + id(team.wangLei) + QStringLiteral("|round_robin|system")});
}

TEST_CASE("only agents whose desk is open and who are Available get tickets", "[assignment]")
{
    Hotline team(AssignmentMode::RoundRobin);
    team.signOn({team.liNa, team.wangLei, team.sarahWu});
    REQUIRE(team.ws->presence().setAvailability(team.wangLei, Availability::Away));
    REQUIRE(team.ws->presence().signOff(team.sarahWu));
    CHECK(team.fileForTeam().assigneeId == team.liNa);
    CHECK(team.fileForTeam().assigneeId == team.liNa);

    // Li Na's desk last reported 151 s ago: killed or cut off, so not there.
    team.ws.setNow(team.ws.now() + Presence::kSignedInWindowS + 1);
    const Ticket waiting = team.fileForTeam();
    CHECK(waiting.status == TicketStatus::New);
    CHECK_FALSE(waiting.assigneeId);
    CHECK(team.assignments(waiting.id).isEmpty());
    auto none = team.ws->tickets().assignWaiting();
    REQUIRE(none);
    CHECK(*none == 0);

    // Wang Lei comes back: the waiting ticket is his, once.
    REQUIRE(team.ws->presence().setAvailability(team.wangLei, Availability::Available));
    auto given = team.ws->tickets().assignWaiting();
    REQUIRE(given);
    CHECK(*given == 1);
    CHECK(team.assigneeOf(waiting.id) == team.wangLei);
    auto again = team.ws->tickets().assignWaiting();
    REQUIRE(again);
    CHECK(*again == 0);
    CHECK(team.assignments(waiting.id).size() == 1);
}

TEST_CASE("least open work goes to whoever holds the fewest open tickets", "[assignment]")
{
    Hotline team(AssignmentMode::LeastOpen);
    team.signOn({team.liNa, team.wangLei, team.sarahWu});
    // Calls they took themselves: theirs, whatever the team's rule.
    for (qint64 agent : {team.liNa, team.liNa, team.wangLei}) {
        auto own = team.ws->tickets().create(call(), agent);
        REQUIRE(own);
        CHECK(own->assigneeId == agent);
        CHECK(team.assignments(own->id).size() == 1);
    }
    // Open work: Li Na 2, Wang Lei 1, Sarah Wu 0.
    CHECK(team.fileForTeam().assigneeId == team.sarahWu); // 2, 1, 1
    CHECK(team.fileForTeam().assigneeId == team.wangLei); // tie at 1: Wang Lei has not had a turn; 2, 2, 1
    CHECK(team.fileForTeam().assigneeId == team.sarahWu); // 2, 2, 2
    // All at 2: Li Na has never had a turn.
    const Ticket fourth = team.fileForTeam();
    CHECK(fourth.assigneeId == team.liNa);
    CHECK(team.assignments(fourth.id).first().contains(QStringLiteral("|least_open|")));
    // A resolved ticket is no longer open work.
    auto resolved = team.ws->tickets().changeStatus(fourth.id, fourth.version, TicketStatus::Resolved, team.liNa,
                                                    QStringLiteral("已指导客户清理排水泵"));
    REQUIRE(resolved);
    // All hold 2 again; Wang Lei's turn came longest ago (turns: Sarah Wu 1, Wang Lei 2, Sarah Wu 3, Li Na 4).
    CHECK(team.fileForTeam().assigneeId == team.wangLei);
}

TEST_CASE("skill match gives a ticket to someone with its category among their skills, or lets it wait", "[assignment]")
{
    Hotline team(AssignmentMode::SkillMatch);
    team.signOn({team.liNa, team.wangLei, team.sarahWu});
    CHECK(team.fileForTeam(Category::Return).assigneeId == team.wangLei);  // only he has "return"
    CHECK(team.fileForTeam(Category::Fault).assigneeId == team.liNa);      // only she has "fault"
    CHECK(team.fileForTeam(Category::Guidance).assigneeId == team.sarahWu); // Li Na holds one already
    // Nobody in the hotline has "suggestion": it waits in the team rather than going to anyone.
    const Ticket suggestion = team.fileForTeam(Category::Suggestion);
    CHECK_FALSE(suggestion.assigneeId);
    CHECK(suggestion.status == TicketStatus::New);
    auto given = team.ws->tickets().assignWaiting();
    REQUIRE(given);
    CHECK(*given == 0);
    // Another category is still shared out in the same pass.
    REQUIRE(team.ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::Manual, team.supervisor));
    const Ticket inquiry = team.fileForTeam(Category::Inquiry);
    CHECK_FALSE(inquiry.assigneeId);
    REQUIRE(team.ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::SkillMatch, team.supervisor));
    auto later = team.ws->tickets().assignWaiting();
    REQUIRE(later);
    CHECK(*later == 1);
    CHECK(team.assigneeOf(inquiry.id).has_value());
    CHECK_FALSE(team.assigneeOf(suggestion.id).has_value());
}

TEST_CASE("a person named by hand always wins over the team's rule", "[assignment]")
{
    Hotline team(AssignmentMode::RoundRobin);
    team.signOn({team.liNa, team.wangLei});
    Ticket ticket = team.fileForTeam();
    REQUIRE(ticket.assigneeId == team.liNa);
    auto moved = team.ws->tickets().assign(ticket.id, ticket.version, team.sarahWu, QStringLiteral("hotline"), team.supervisor);
    REQUIRE(moved);
    CHECK(moved->assigneeId == team.sarahWu); // not signed in, but named
    CHECK(team.assignments(ticket.id).last() == id(team.liNa) + QLatin1Char('>') + id(team.sarahWu) + QStringLiteral("||")
                                                    + id(team.supervisor));
    // Handing one's own ticket back to the same team leaves it in the team's queue until the sweep.
    auto handedBack = team.ws->tickets().assign(ticket.id, moved->version, std::nullopt, QStringLiteral("hotline"), team.supervisor);
    REQUIRE(handedBack);
    CHECK_FALSE(handedBack->assigneeId);
    CHECK(handedBack->status == TicketStatus::New);
}

TEST_CASE("a ticket handed to an automatic team without a person goes to one of its members", "[assignment]")
{
    test::TempWorkspace ws;
    const qint64 liNa = ws.userId("li.na");
    const qint64 zhangMin = ws.userId("zhang.min");
    REQUIRE(ws->setTeamAssignment(QStringLiteral("tech"), AssignmentMode::RoundRobin, ws.userId("sun.hui")));
    REQUIRE(ws->presence().signOn(zhangMin));
    auto own = ws->tickets().create(call(Category::Fault, QString()), liNa);
    REQUIRE(own);
    REQUIRE(own->assigneeId == liNa);
    auto handed = ws->tickets().assign(own->id, own->version, std::nullopt, QStringLiteral("tech"), liNa);
    REQUIRE(handed);
    CHECK(handed->details.teamCode == QStringLiteral("tech"));
    CHECK(handed->assigneeId == zhangMin);
    CHECK(handed->status == TicketStatus::Assigned);
}

TEST_CASE("tickets waiting when a team turns automatic are shared out by the minute's sweep, each once", "[assignment]")
{
    Hotline team(AssignmentMode::Manual);
    team.signOn({team.liNa, team.wangLei});
    QList<qint64> waiting;
    for (int i = 0; i < 3; ++i) {
        const Ticket ticket = team.fileForTeam();
        CHECK_FALSE(ticket.assigneeId);
        waiting.append(ticket.id);
    }
    REQUIRE(team.ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::RoundRobin, team.supervisor));
    team.ws.setNow(team.ws.now() + 60);
    REQUIRE(team.ws->presence().heartbeat(team.liNa));
    REQUIRE(team.ws->presence().heartbeat(team.wangLei));
    auto swept = team.ws->tickets().sweepSla();
    REQUIRE(swept);
    REQUIRE(swept->has_value());
    // Oldest first, in turn.
    CHECK(team.assigneeOf(waiting[0]) == team.liNa);
    CHECK(team.assigneeOf(waiting[1]) == team.wangLei);
    CHECK(team.assigneeOf(waiting[2]) == team.liNa);
    // A second desk sweeping the same minute does nothing; the next minute finds nothing left.
    auto sameMinute = team.ws->tickets().sweepSla();
    REQUIRE(sameMinute);
    CHECK_FALSE(sameMinute->has_value());
    team.ws.setNow(team.ws.now() + 60);
    REQUIRE(team.ws->tickets().sweepSla());
    for (qint64 ticket : waiting)
        CHECK(team.assignments(ticket).size() == 1);
}

TEST_CASE("the Teams screen's figures: who is at a desk, available, and the open work each holds", "[assignment]")
{
    Hotline team(AssignmentMode::LeastOpen);
    team.signOn({team.liNa, team.wangLei});
    REQUIRE(team.ws->presence().setAvailability(team.wangLei, Availability::Away));
    REQUIRE(team.ws->tickets().create(call(), team.liNa));
    auto members = team.ws->presence().members(QStringLiteral("hotline"));
    REQUIRE(members);
    QStringList seen;
    for (const TeamMember& member : *members)
        seen.append(member.login + QLatin1Char(':') + (member.signedIn ? QStringLiteral("in") : QStringLiteral("out")) + QLatin1Char(':')
                    + toCode(member.availability) + QLatin1Char(':') + QString::number(member.openTickets));
    seen.sort();
    // Sun Hui is a member too, never given tickets automatically; Sarah Wu never signed in.
    CHECK(seen == QStringList{QStringLiteral("li.na:in:available:1"), QStringLiteral("sarah.wu:out:away:0"),
                              QStringLiteral("sun.hui:out:away:0"), QStringLiteral("wang.lei:in:away:0")});
    REQUIRE(team.ws->presence().signOn(team.supervisor));
    CHECK(team.fileForTeam().assigneeId == team.liNa); // the supervisor is signed in and available, yet not an agent
}

TEST_CASE("only supervisors and administrators choose a team's rule, an unknown team is named", "[assignment]")
{
    test::TempWorkspace ws;
    auto agent = ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::RoundRobin, ws.userId("li.na"));
    REQUIRE_FALSE(agent);
    CHECK(agent.error().code == Error::Code::Forbidden);
    auto unknown = ws->setTeamAssignment(QStringLiteral("nightshift"), AssignmentMode::RoundRobin, ws.userId("sun.hui"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("nightshift")));
    REQUIRE(ws->setTeamAssignment(QStringLiteral("hotline"), AssignmentMode::SkillMatch, ws.userId("sun.hui")));
    auto stored = ws->configStore().load();
    REQUIRE(stored);
    for (const Team& each : stored->teams)
        CHECK(each.assignment == (each.code == QLatin1String("hotline") ? AssignmentMode::SkillMatch : AssignmentMode::Manual));
}

TEST_CASE("the configuration file carries each team's rule, a wrong one is named", "[assignment][config]")
{
    Configuration configuration = ConfigStore::defaultConfiguration();
    configuration.teams[0].assignment = AssignmentMode::LeastOpen;
    const QJsonObject written = ConfigurationJson::toObject(configuration);
    const QJsonObject firstTeam = written.value(QStringLiteral("teams")).toArray().first().toObject();
    CHECK(firstTeam.value(QStringLiteral("assignment")).toString() == QStringLiteral("least_open"));
    // A team by hand writes nothing: files of older programs stay the same.
    CHECK_FALSE(written.value(QStringLiteral("teams")).toArray().at(1).toObject().contains(QStringLiteral("assignment")));
    auto read = ConfigurationJson::fromObject(written);
    REQUIRE(read);
    CHECK(read->teams[0].assignment == AssignmentMode::LeastOpen);
    CHECK(read->teams[1].assignment == AssignmentMode::Manual);

    QJsonObject broken = written;
    QJsonArray teams = broken.value(QStringLiteral("teams")).toArray();
    QJsonObject team = teams.first().toObject();
    team.insert(QStringLiteral("assignment"), QStringLiteral("lottery"));
    teams.replace(0, team);
    broken.insert(QStringLiteral("teams"), teams);
    auto refused = ConfigurationJson::fromObject(broken);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("$.teams[0].assignment"));
    CHECK(refused.error().message.contains(QStringLiteral("round_robin")));
}

TEST_CASE("a category nobody is skilled for does not hold up the rest of the team's queue", "[assignment]")
{
    Hotline team(AssignmentMode::SkillMatch);
    QList<qint64> suggestions;
    for (int i = 0; i < 3; ++i)
        suggestions.append(team.fileForTeam(Category::Suggestion).id); // the oldest: nobody in the hotline has the skill
    const Ticket inquiry = team.fileForTeam(Category::Inquiry);
    team.signOn({team.wangLei});
    // Two at a time: the first two looked at are suggestions, yet the inquiry behind them is reached.
    auto given = team.ws->tickets().assignWaiting(2);
    REQUIRE(given);
    CHECK(*given == 1);
    CHECK(team.assigneeOf(inquiry.id) == team.wangLei);
    for (qint64 id : suggestions)
        CHECK_FALSE(team.assigneeOf(id));
}

TEST_CASE("another office's tickets are assigned at that office, never by this one's rule", "[assignment]")
{
    Hotline team(AssignmentMode::RoundRobin);
    // A branch this head office exchanges files with; its tickets' numbers start with SH-.
    REQUIRE(sql::run(team.ws->database().connection(),
                     QStringLiteral("INSERT INTO sync_offices (code, is_self, is_head, sign_public, box_public, registered_at) "
                                    "VALUES ('SH', 0, 0, 'k', 'k', 0)")));
    const Ticket branchTicket = team.fileForTeam();
    const Ticket ownTicket = team.fileForTeam();
    REQUIRE(sql::run(team.ws->database().connection(), QStringLiteral("UPDATE tickets SET number = 'SH-2026-000001' WHERE id = ?"),
                     {branchTicket.id}));
    team.signOn({team.liNa});
    auto given = team.ws->tickets().assignWaiting();
    REQUIRE(given);
    CHECK(*given == 1);
    CHECK(team.assigneeOf(ownTicket.id) == team.liNa);
    CHECK_FALSE(team.assigneeOf(branchTicket.id));
    // Handed to the team here, it still waits for the branch.
    auto current = team.ws->tickets().get(branchTicket.id);
    REQUIRE(current);
    auto moved = team.ws->tickets().assign(branchTicket.id, current->version, std::nullopt, QStringLiteral("tech"), team.supervisor);
    REQUIRE(moved);
    REQUIRE(team.ws->setTeamAssignment(QStringLiteral("tech"), AssignmentMode::RoundRobin, team.supervisor));
    auto back = team.ws->tickets().assign(branchTicket.id, moved->version, std::nullopt, QStringLiteral("hotline"), team.supervisor);
    REQUIRE(back);
    CHECK_FALSE(back->assigneeId);
}

TEST_CASE("closing one of a person's two open desks leaves them signed in", "[assignment]")
{
    Hotline team(AssignmentMode::RoundRobin);
    // The same person's second desk, which reported half a minute later.
    auto second = Workspace::open(team.ws.path(), Clock::fixedAt(team.ws.now() + 30));
    REQUIRE(second);
    REQUIRE(team.ws->presence().signOn(team.liNa));
    REQUIRE((*second)->presence().signOn(team.liNa));
    REQUIRE(team.ws->presence().signOff(team.liNa));
    CHECK(team.fileForTeam().assigneeId == team.liNa);
    REQUIRE((*second)->presence().signOff(team.liNa));
    CHECK_FALSE(team.fileForTeam().assigneeId);
}

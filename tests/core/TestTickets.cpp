// Ticket lifecycle against the default configuration. The office calendar
// "cn_business" works Mon-Fri 09:00-12:00 and 13:30-18:00 Asia/Shanghai, so one
// working day holds 450 business minutes. A customer-less ticket gets the
// fallback tier "prospect"; customers without purchases are "prospect" too.
// Default targets used here (minutes): prospect P3 480/4800, prospect P1
// 120/1440, regular P3 240/2400, vip P3 60/960 on "extended" (08:00-20:00 daily).
#include "TestSupport.h"

#include "tickets/Workflow.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

namespace {

TicketDraft phoneCall(std::optional<qint64> customerId = std::nullopt, Priority priority = Priority::P3)
{
    TicketDraft draft;
    draft.customerId = customerId;
    draft.contactName = QStringLiteral("王芳");
    draft.contactPhone = QStringLiteral("138 0013 8000");
    draft.channel = Channel::Phone;
    draft.category = Category::Fault;
    draft.priority = priority;
    draft.subject = QStringLiteral("空调不制冷");
    return draft;
}

qint64 regularCustomer(test::TempWorkspace& ws)
{
    CustomerDraft draft;
    draft.name = QStringLiteral("王芳");
    draft.phone = QStringLiteral("13800138000");
    auto customer = ws->customers().create(draft, 0);
    REQUIRE(customer);
    // One purchase in the last 12 months makes a "regular" customer.
    auto bought = ws->customers().addPurchase(customer->id, {0, QStringLiteral("AC-3500"), QStringLiteral("SN1"),
                                                             QDate(2026, 9, 1), 429900, QDate(2029, 9, 1)}, 0);
    REQUIRE(bought);
    return customer->id;
}

int eventCount(test::TempWorkspace& ws, qint64 id)
{
    auto events = ws->tickets().timeline(id);
    REQUIRE(events);
    return int(events->size());
}

} // namespace

TEST_CASE("a new ticket gets an office number and due times from its tier and priority", "[tickets]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00"); // a Monday
    const qint64 customer = regularCustomer(ws);
    auto ticket = ws->tickets().create(phoneCall(customer), ws.userId("li.na"));
    REQUIRE(ticket);
    CHECK(ticket->number == QStringLiteral("HQ-2026-000001"));
    CHECK(ticket->tierCode == QStringLiteral("regular"));
    // Typed in by an agent of the hotline: hers and her team's at once.
    CHECK(ticket->status == TicketStatus::Assigned);
    CHECK(ticket->assigneeId == ws.userId("li.na"));
    CHECK(ticket->details.teamCode == QStringLiteral("hotline"));
    // First response 240 min: 09:00-12:00 gives 180, 13:30 + 60 = 14:30.
    CHECK(ticket->sla.firstResponseDue == at("2026-10-12T14:30:00+08:00"));
    // 75 % of 240 = 180 min, used up exactly at 12:00 (due at the interval's end).
    CHECK(ticket->sla.firstResponseWarn == at("2026-10-12T12:00:00+08:00"));
    // Resolution 2400 min = 5 days x 450 (Mon-Fri) + 150 on Mon 19th: 09:00 + 150 = 11:30.
    CHECK(ticket->sla.resolutionDue == at("2026-10-19T11:30:00+08:00"));
    // 75 % = 1800 min = 4 full days: Thursday 15th 18:00.
    CHECK(ticket->sla.resolutionWarn == at("2026-10-15T18:00:00+08:00"));
    CHECK(ticket->sla.nextDue == ticket->sla.firstResponseDue);

    auto second = ws->tickets().create(phoneCall(customer), ws.userId("li.na"));
    REQUIRE(second);
    CHECK(second->number == QStringLiteral("HQ-2026-000002"));
    CHECK(eventCount(ws, ticket->id) == 3); // created, assignment, status
}

TEST_CASE("who creates a ticket decides its first owner", "[tickets]")
{
    test::TempWorkspace ws;
    // An administrator (no team) types one in for others: nobody's yet.
    auto bySupervisor = ws->tickets().create(phoneCall(), ws.userId("admin"));
    REQUIRE(bySupervisor);
    CHECK(bySupervisor->status == TicketStatus::New);
    CHECK_FALSE(bySupervisor->assigneeId);
    // An agent naming another team hands it to that team.
    TicketDraft forTech = phoneCall();
    forTech.teamCode = QStringLiteral("tech");
    auto handedOver = ws->tickets().create(forTech, ws.userId("li.na"));
    REQUIRE(handedOver);
    CHECK(handedOver->details.teamCode == QStringLiteral("tech"));
    CHECK_FALSE(handedOver->assigneeId);
    // From the web form (no user): waits in Unassigned.
    auto fromWeb = ws->tickets().create(phoneCall(), 0);
    REQUIRE(fromWeb);
    CHECK(fromWeb->status == TicketStatus::New);
    CHECK(fromWeb->details.teamCode.isEmpty());
}

TEST_CASE("pauses move the resolution due time and reopening counts as paused time", "[tickets][sla]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    const qint64 agent = ws.userId("li.na");
    auto ticket = ws->tickets().create(phoneCall(regularCustomer(ws)), agent);
    REQUIRE(ticket);

    ws.setNow("2026-10-12T10:15:00+08:00");
    auto replied = ws->tickets().addComment(ticket->id, QStringLiteral("我们已收到，工程师会联系您"), true, agent);
    REQUIRE(replied);
    CHECK(replied->sla.firstResponseAt == at("2026-10-12T10:15:00+08:00"));
    CHECK(replied->sla.firstResponseBusinessS == 75 * 60);
    CHECK(replied->agentPublicReplies == 1);
    CHECK(replied->sla.nextDue == replied->sla.resolutionDue);

    auto working = ws->tickets().changeStatus(ticket->id, replied->version, TicketStatus::InProgress, agent);
    REQUIRE(working);
    ws.setNow("2026-10-13T10:00:00+08:00");
    auto paused = ws->tickets().changeStatus(ticket->id, working->version, TicketStatus::PendingCustomer, agent);
    REQUIRE(paused);
    CHECK_FALSE(paused->sla.resolutionDue.has_value());
    CHECK_FALSE(paused->sla.nextDue.has_value());

    ws.setNow("2026-10-14T10:00:00+08:00");
    auto resumed = ws->tickets().changeStatus(ticket->id, paused->version, TicketStatus::InProgress, agent);
    REQUIRE(resumed);
    // Paused Tue 10-12 (120) + 13:30-18 (270) + Wed 09-10 (60) = 450 min.
    CHECK(resumed->sla.pausedBusinessS == 450 * 60);
    // 2400 + 450 = 2850 min = 6 days (2700) + 150: Tue 20th 11:30.
    CHECK(resumed->sla.resolutionDue == at("2026-10-20T11:30:00+08:00"));

    ws.setNow("2026-10-15T15:00:00+08:00");
    auto resolved = ws->tickets().changeStatus(ticket->id, resumed->version, TicketStatus::Resolved, agent,
                                               QStringLiteral("更换电容后恢复制冷"));
    REQUIRE(resolved);
    CHECK(resolved->sla.resolvedAt == at("2026-10-15T15:00:00+08:00"));
    // Mon 450 + Tue 450 + Wed 450 + Thu 180 + 90 = 1620 min, less 450 paused = 1170 min.
    CHECK(resolved->sla.resolutionBusinessS == 1170 * 60);
    CHECK(resolved->solution == QStringLiteral("更换电容后恢复制冷"));

    ws.setNow("2026-10-16T09:30:00+08:00");
    auto reopened = ws->tickets().changeStatus(ticket->id, resolved->version, TicketStatus::InProgress, agent);
    REQUIRE(reopened);
    CHECK(reopened->reopenCount == 1);
    CHECK_FALSE(reopened->sla.resolvedAt.has_value());
    // Resolved time Thu 15:00-18:00 (180) + Fri 09:00-09:30 (30) joins the 450 paused: 660.
    CHECK(reopened->sla.pausedBusinessS == 660 * 60);
    // 2400 + 660 = 3060 = 6 days (2700) + 360: Tue 20th 09-12 (180) + 13:30 + 180 = 16:30.
    CHECK(reopened->sla.resolutionDue == at("2026-10-20T16:30:00+08:00"));
}

TEST_CASE("an illegal status change names both statuses and writes nothing", "[tickets][workflow]")
{
    test::TempWorkspace ws;
    auto ticket = ws->tickets().create(phoneCall(), 0);
    REQUIRE(ticket);
    auto refused = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Closed, ws.userId("li.na"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::IllegalTransition);
    CHECK(refused.error().message.contains(QStringLiteral("New")));
    CHECK(refused.error().message.contains(QStringLiteral("Closed")));
    auto reloaded = ws->tickets().get(ticket->id);
    REQUIRE(reloaded);
    CHECK(reloaded->version == ticket->version);
    CHECK(reloaded->status == TicketStatus::New);
    CHECK(eventCount(ws, ticket->id) == 1);
}

TEST_CASE("the transition table", "[workflow]")
{
    CHECK(Workflow::allows(TicketStatus::New, TicketStatus::Assigned));
    CHECK(Workflow::allows(TicketStatus::Resolved, TicketStatus::Closed));
    CHECK(Workflow::allows(TicketStatus::Closed, TicketStatus::InProgress));
    CHECK_FALSE(Workflow::allows(TicketStatus::New, TicketStatus::Closed));
    CHECK_FALSE(Workflow::allows(TicketStatus::Closed, TicketStatus::Resolved));
    CHECK_FALSE(Workflow::allows(TicketStatus::InProgress, TicketStatus::New));
    CHECK(Workflow::pausesResolutionClock(TicketStatus::PendingThirdParty));
    CHECK_FALSE(Workflow::pausesResolutionClock(TicketStatus::InProgress));
}

TEST_CASE("resolving needs a solution", "[tickets][workflow]")
{
    test::TempWorkspace ws;
    auto ticket = ws->tickets().create(phoneCall(), ws.userId("li.na"));
    REQUIRE(ticket);
    auto refused = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, ws.userId("li.na"), QStringLiteral("  "));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("solution"));
}

TEST_CASE("a complaint is resolved only once its cause is recorded", "[tickets][workflow]")
{
    test::TempWorkspace ws;
    TicketDraft complaint = phoneCall();
    complaint.category = Category::Complaint;
    auto ticket = ws->tickets().create(complaint, ws.userId("li.na"));
    REQUIRE(ticket);
    auto refused = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, ws.userId("li.na"),
                                              QStringLiteral("apologised"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("complaint_cause"));
    CHECK(ws->tickets().byNumber(ticket->number)->status == ticket->status);
    complaint.complaintCause = QStringLiteral("communication");
    auto saved = ws->tickets().edit(ticket->id, ticket->version, complaint, ws.userId("li.na"));
    REQUIRE(saved);
    // With its cause it still follows its own path (TestServiceProcess) before it is resolved.
    auto early = ws->tickets().changeStatus(saved->id, saved->version, TicketStatus::Resolved, ws.userId("li.na"), QStringLiteral("apologised"));
    REQUIRE_FALSE(early);
    CHECK(early.error().field == QStringLiteral("stage"));
    int version = 1;
    for (ComplaintStep step : {ComplaintStep{ComplaintStage::Verified, QStringLiteral("call recording"), {}, {}, {}},
                               ComplaintStep{ComplaintStage::Handled, {}, Remedy::Apology, {}, {}},
                               ComplaintStep{ComplaintStage::FeedbackGiven, QStringLiteral("accepted"), {}, {}, {}}})
        REQUIRE(ws->complaints().advance(saved->id, version++, step, ws.userId("li.na")));
    CHECK(ws->tickets().changeStatus(saved->id, saved->version, TicketStatus::Resolved, ws.userId("li.na"), QStringLiteral("apologised")));
}

TEST_CASE("a ticket's contact phone and e-mail are checked like a customer's, and every problem is reported at once", "[tickets][validation]")
{
    test::TempWorkspace ws;
    TicketDraft draft = phoneCall();
    draft.subject.clear();
    draft.contactPhone = QStringLiteral("call me maybe");
    draft.contactEmail = QStringLiteral("wang at example");
    auto refused = ws->tickets().create(draft, ws.userId("li.na"));
    REQUIRE_FALSE(refused);
    QStringList fields{refused.error().field};
    for (const Error& other : refused.error().others)
        fields.append(other.field);
    CHECK(fields == QStringList{QStringLiteral("subject"), QStringLiteral("contact_phone"), QStringLiteral("contact_email")});
    draft.subject = QStringLiteral("空调不制冷");
    draft.contactPhone = QStringLiteral("+86 (21) 6234-5678 转 12");
    draft.contactEmail = QStringLiteral("wang@example.cn");
    CHECK(ws->tickets().create(draft, ws.userId("li.na")));
}

TEST_CASE("a stale edit is refused and names who changed the ticket", "[tickets][concurrency]")
{
    test::TempWorkspace ws;
    auto ticket = ws->tickets().create(phoneCall(), ws.userId("li.na"));
    REQUIRE(ticket);
    TicketDraft mine = ticket->details;
    mine.subject = QStringLiteral("空调不制冷，外机不转");
    auto first = ws->tickets().edit(ticket->id, ticket->version, mine, ws.userId("wang.lei"));
    REQUIRE(first);
    TicketDraft theirs = ticket->details;
    theirs.description = QStringLiteral("客户说上周开始");
    auto stale = ws->tickets().edit(ticket->id, ticket->version, theirs, ws.userId("li.na"));
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("王磊")));
    auto reloaded = ws->tickets().get(ticket->id);
    REQUIRE(reloaded);
    CHECK(reloaded->details.subject == QStringLiteral("空调不制冷，外机不转"));
    CHECK(reloaded->details.description.isEmpty());
}

TEST_CASE("changing the priority recomputes the due times", "[tickets][sla]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    auto ticket = ws->tickets().create(phoneCall(), ws.userId("li.na"));
    REQUIRE(ticket);
    TicketDraft urgent = ticket->details;
    urgent.priority = Priority::P1;
    auto changed = ws->tickets().edit(ticket->id, ticket->version, urgent, ws.userId("li.na"));
    REQUIRE(changed);
    // prospect P1: first response 120 min from Mon 09:00 = 11:00;
    // resolution 1440 min = 3 days (1350) + 90: Thu 15th 10:30.
    CHECK(changed->sla.firstResponseDue == at("2026-10-12T11:00:00+08:00"));
    CHECK(changed->sla.resolutionDue == at("2026-10-15T10:30:00+08:00"));
    auto events = ws->tickets().timeline(ticket->id);
    REQUIRE(events);
    CHECK(events->last().kind == QStringLiteral("priority"));
    CHECK(events->last().oldValue == QStringLiteral("P3"));
    CHECK(events->last().newValue == QStringLiteral("P1"));
}

TEST_CASE("a customer moving up a tier moves its open tickets to the new SLA", "[tickets][tiers]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    const qint64 customer = regularCustomer(ws);
    auto ticket = ws->tickets().create(phoneCall(customer), ws.userId("li.na"));
    REQUIRE(ticket);
    // 250,000 yuan within 12 months passes the VIP threshold of 200,000.
    auto bought = ws->customers().addPurchase(customer, {0, QStringLiteral("Chiller CH-200"), QStringLiteral("SN2"),
                                                         QDate(2026, 10, 1), 25000000, std::nullopt}, 0);
    REQUIRE(bought);
    auto retiered = ws->tickets().get(ticket->id);
    REQUIRE(retiered);
    CHECK(retiered->tierCode == QStringLiteral("vip"));
    // vip P3: 60 min on the extended calendar (08:00-20:00 daily): 10:00.
    CHECK(retiered->sla.firstResponseDue == at("2026-10-12T10:00:00+08:00"));
    // 960 min: Monday 09:00-20:00 gives 660; 300 more from Tuesday 08:00 = 13:00.
    CHECK(retiered->sla.resolutionDue == at("2026-10-13T13:00:00+08:00"));
}

TEST_CASE("escalation climbs the support levels and stops at L3", "[tickets]")
{
    test::TempWorkspace ws;
    const qint64 agent = ws.userId("li.na");
    auto ticket = ws->tickets().create(phoneCall(), agent);
    REQUIRE(ticket);
    auto l2 = ws->tickets().escalate(ticket->id, ticket->version, agent, QStringLiteral("需要二线"));
    REQUIRE(l2);
    CHECK(l2->level == SupportLevel::L2);
    auto l3 = ws->tickets().escalate(ticket->id, l2->version, agent, QString());
    REQUIRE(l3);
    CHECK(l3->level == SupportLevel::L3);
    auto beyond = ws->tickets().escalate(ticket->id, l3->version, agent, QString());
    REQUIRE_FALSE(beyond);
    CHECK(beyond.error().field == QStringLiteral("level"));
}

TEST_CASE("assigning a new ticket makes it Assigned and records who", "[tickets]")
{
    test::TempWorkspace ws;
    auto ticket = ws->tickets().create(phoneCall(), 0);
    REQUIRE(ticket);
    auto assigned = ws->tickets().assign(ticket->id, ticket->version, ws.userId("li.na"), QStringLiteral("hotline"),
                                         ws.userId("sun.hui"));
    REQUIRE(assigned);
    CHECK(assigned->status == TicketStatus::Assigned);
    CHECK(assigned->assigneeName == QStringLiteral("李娜"));
    CHECK(assigned->details.teamCode == QStringLiteral("hotline"));
    auto events = ws->tickets().timeline(ticket->id);
    REQUIRE(events);
    REQUIRE(events->size() == 4); // created, assignment, team, status
    CHECK(events->at(1).kind == QStringLiteral("assignment"));
    CHECK(events->at(1).actorName == QStringLiteral("孙慧"));
    CHECK(events->at(3).newValue == QStringLiteral("assigned"));
}

TEST_CASE("the SLA sweep writes warnings and breaches once, at the instant they happened", "[tickets][sla]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    auto ticket = ws->tickets().create(phoneCall(), 0);
    REQUIRE(ticket);
    // prospect P3: first response 480 min = Mon 09-12, 13:30-18 (450) + Tue 09:30.
    // Warning at 360 min: 180 + 180 from 13:30 = 16:30 Monday.
    ws.setNow("2026-10-12T17:00:00+08:00");
    auto recorded = ws->tickets().recordSlaEvents();
    REQUIRE(recorded);
    CHECK(*recorded == 1);
    auto again = ws->tickets().recordSlaEvents();
    REQUIRE(again);
    CHECK(*again == 0);
    ws.setNow("2026-10-13T10:00:00+08:00");
    REQUIRE(ws->tickets().recordSlaEvents());
    auto events = ws->tickets().timeline(ticket->id);
    REQUIRE(events);
    REQUIRE(events->size() == 3);
    CHECK(events->at(1).kind == QStringLiteral("sla_warning"));
    CHECK(events->at(1).at == at("2026-10-12T16:30:00+08:00"));
    CHECK(events->at(2).kind == QStringLiteral("sla_breach"));
    CHECK(events->at(2).field == QStringLiteral("first_response"));
    CHECK(events->at(2).at == at("2026-10-13T09:30:00+08:00"));
}

TEST_CASE("eight desks sweeping at the same moment sweep each minute once and write each event once", "[tickets][sla][concurrency]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    auto ticket = ws->tickets().create(phoneCall(), 0);
    REQUIRE(ticket);
    const qint64 now = ws.now();
    auto clockAt = std::make_shared<qint64>(now);
    std::vector<std::unique_ptr<Workspace>> desks;
    for (int i = 0; i < 8; ++i) {
        auto desk = Workspace::open(ws.path(), Clock([clockAt] { return *clockAt; }));
        REQUIRE(desk);
        desks.push_back(std::move(*desk));
    }
    // Each round, every desk sweeps at once in its own thread (its own connection).
    auto sweepRound = [&](const char* iso) {
        *clockAt = at(iso);
        std::atomic<int> swept{0};
        std::atomic<int> failed{0};
        std::vector<QThread*> threads;
        for (auto& desk : desks)
            threads.push_back(QThread::create([&swept, &failed, workspace = desk.get()] {
                auto result = workspace->tickets().sweepSla();
                if (!result)
                    ++failed;
                else if (*result)
                    ++swept;
                workspace->database().releaseThreadConnection();
            }));
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        CHECK(failed == 0);
        return swept.load();
    };
    // The warning (16:30) and the breach (Tue 09:30) of the earlier case.
    CHECK(sweepRound("2026-10-12T17:00:00+08:00") == 1);
    CHECK(sweepRound("2026-10-12T17:00:30+08:00") == 0); // the same minute again
    CHECK(sweepRound("2026-10-13T10:00:00+08:00") == 1);
    auto events = ws->tickets().timeline(ticket->id);
    REQUIRE(events);
    REQUIRE(events->size() == 3);
    CHECK(events->at(1).kind == QStringLiteral("sla_warning"));
    CHECK(events->at(2).kind == QStringLiteral("sla_breach"));
}

TEST_CASE("satisfaction is recorded on resolved tickets only, 1 to 5", "[tickets]")
{
    test::TempWorkspace ws;
    const qint64 agent = ws.userId("li.na");
    auto ticket = ws->tickets().create(phoneCall(), agent);
    REQUIRE(ticket);
    CHECK_FALSE(ws->tickets().recordSatisfaction(ticket->id, 5, QString(), agent));
    auto resolved = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, agent, QStringLiteral("远程指导重置"));
    REQUIRE(resolved);
    CHECK_FALSE(ws->tickets().recordSatisfaction(ticket->id, 6, QString(), agent));
    auto rated = ws->tickets().recordSatisfaction(ticket->id, 4, QStringLiteral("响应很快"), agent);
    REQUIRE(rated);
    CHECK(rated->csatScore == 4);
    CHECK(rated->csatComment == QStringLiteral("响应很快"));
}

TEST_CASE("recording SLA warnings does not make an open form stale", "[tickets][sla][concurrency]")
{
    test::TempWorkspace ws("2026-10-12T09:00:00+08:00");
    auto ticket = ws->tickets().create(phoneCall(), ws.userId("li.na"));
    REQUIRE(ticket);
    // prospect P3: first-response warning at Mon 16:30 (see the sweep test above).
    ws.setNow("2026-10-12T17:00:00+08:00");
    REQUIRE(ws->tickets().recordSlaEvents().value() == 1);
    auto swept = ws->tickets().get(ticket->id);
    REQUIRE(swept);
    CHECK(swept->version == ticket->version);
    CHECK(swept->updatedAt == ticket->updatedAt);
    CHECK(swept->sla.flags == FirstResponseWarned);
    // The agent who opened the ticket before the sweep can still save, and the flag stays.
    TicketDraft edited = ticket->details;
    edited.description = QStringLiteral("客户已拍照");
    auto saved = ws->tickets().edit(ticket->id, ticket->version, edited, ws.userId("li.na"));
    REQUIRE(saved);
    CHECK(saved->sla.flags == FirstResponseWarned);
}

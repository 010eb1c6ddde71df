// Return visits (docs/RETURN-VISITS.md) on the default rules: vip — first
// use 3 days after a purchase, follow-up 2 days after a resolution, periodic
// every 90 days; key — 7, 3, 180; regular — 14, none, none; prospect — none.
// A score of at most 2 or a complaint brings a follow-up to the next day; an
// unreachable customer is tried again the next day, three attempts in all.
// The office's today is Tuesday 2026-12-01 (Asia/Shanghai).
#include "TestSupport.h"

#include "reports/KpiEngine.h"
#include "sync/CustomerMerge.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Desk
{
    test::TempWorkspace ws{"2026-12-01T09:00:00+08:00"};
    qint64 admin = ws.userId("admin");
    qint64 liNa = ws.userId("li.na");

    qint64 customer(const QString& name, const char* tier)
    {
        CustomerDraft draft;
        draft.name = name;
        draft.phone = QStringLiteral("13800138000");
        draft.tierCode = QString::fromLatin1(tier);
        draft.tierLocked = true;
        auto created = ws->customers().create(draft, admin);
        REQUIRE(created);
        return created->id;
    }
    void buy(qint64 customerId, const char* day, const char* product = "冷柜 BD-300")
    {
        Purchase bought;
        bought.product = QString::fromUtf8(product);
        bought.purchasedOn = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
        bought.amountCents = 100000;
        REQUIRE(ws->customers().addPurchase(customerId, bought, liNa));
    }
    Ticket resolved(qint64 customerId, Category category = Category::Fault)
    {
        TicketDraft draft;
        draft.customerId = customerId;
        draft.contactName = QStringLiteral("来电人");
        draft.subject = QStringLiteral("压缩机不启动");
        draft.product = QStringLiteral("冷柜 BD-300");
        draft.category = category;
        if (category == Category::Complaint)
            draft.complaintCause = QStringLiteral("service_quality");
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws->tickets().create(draft, liNa);
        REQUIRE(ticket);
        if (category == Category::Complaint) {
            int version = 1;
            for (ComplaintStep step : {ComplaintStep{ComplaintStage::Verified, QStringLiteral("recording checked"), {}, {}, {}},
                                       ComplaintStep{ComplaintStage::Handled, {}, Remedy::Apology, {}, {}},
                                       ComplaintStep{ComplaintStage::FeedbackGiven, QStringLiteral("accepted"), {}, {}, {}}})
                REQUIRE(ws->complaints().advance(ticket->id, version++, step, liNa));
            ticket = ws->tickets().get(ticket->id);
        }
        auto done = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, liNa, QStringLiteral("换了启动电容"));
        REQUIRE(done);
        return *done;
    }
    // "reason due prompted" of each of a customer's visits, latest due first.
    QStringList visitsOf(qint64 customerId)
    {
        auto visits = ws->returnVisits().ofCustomer(customerId);
        REQUIRE(visits);
        QStringList lines;
        for (const ReturnVisit& v : *visits)
            lines.append(QStringList{toCode(v.reason), v.dueOn.toString(Qt::ISODate), v.promptedBy}.join(QLatin1Char(' ')).trimmed());
        return lines;
    }
    ReturnVisit only(qint64 customerId)
    {
        auto visits = ws->returnVisits().ofCustomer(customerId);
        REQUIRE(visits);
        REQUIRE(visits->size() == 1);
        return visits->first();
    }
    QStringList queue(ReturnQueue which)
    {
        auto visits = ws->returnVisits().queue(which);
        REQUIRE(visits);
        QStringList names;
        for (const ReturnVisit& v : *visits)
            names.append(v.customerName);
        return names;
    }
};

ReturnVisitRecord said(ReturnOutcome outcome, ReturnVisitRecord::Then then = ReturnVisitRecord::Then::Nothing, const char* notes = "")
{
    ReturnVisitRecord record;
    record.outcome = outcome;
    record.then = then;
    record.notes = QString::fromUtf8(notes);
    return record;
}

} // namespace

TEST_CASE("a purchase schedules a first-use visit by the customer's tier; one whose day is past is not", "[return_visits]")
{
    Desk desk;
    const qint64 regular = desk.customer(QStringLiteral("周晓梅"), "regular");
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const qint64 prospect = desk.customer(QStringLiteral("潜在客户"), "prospect");
    desk.buy(regular, "2026-11-30");  // 14 days on: 2026-12-14
    desk.buy(regular, "2026-11-01");  // 2026-11-15 is past
    desk.buy(vip, "2026-12-01");      // 3 days on: 2026-12-04
    desk.buy(prospect, "2026-12-01"); // prospects are not called back
    CHECK(desk.visitsOf(regular) == QStringList{QStringLiteral("first_use 2026-12-14")});
    CHECK(desk.visitsOf(vip) == QStringList{QStringLiteral("first_use 2026-12-04")});
    CHECK(desk.visitsOf(prospect).isEmpty());
    CHECK(desk.only(vip).product == QStringLiteral("冷柜 BD-300"));
}

TEST_CASE("a resolved ticket is followed up by the tier's rule; a low score or a complaint always, and soon", "[return_visits]")
{
    Desk desk;
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const qint64 regular = desk.customer(QStringLiteral("周晓梅"), "regular");
    const qint64 other = desk.customer(QStringLiteral("王建国"), "regular");
    const qint64 complainer = desk.customer(QStringLiteral("赵六"), "regular");

    const Ticket vipTicket = desk.resolved(vip);
    CHECK(desk.visitsOf(vip) == QStringList{QStringLiteral("follow_up 2026-12-03")});
    CHECK(desk.only(vip).ticketId == vipTicket.id);
    // A low score brings the open follow-up forward to tomorrow; still one visit.
    REQUIRE(desk.ws->tickets().recordSatisfaction(vipTicket.id, 2, QStringLiteral("slow"), desk.liNa));
    CHECK(desk.visitsOf(vip) == QStringList{QStringLiteral("follow_up 2026-12-02 low_score")});

    const Ticket regularTicket = desk.resolved(regular);
    CHECK(desk.visitsOf(regular).isEmpty()); // regular customers are not followed up as a rule
    REQUIRE(desk.ws->tickets().recordSatisfaction(regularTicket.id, 1, QString(), desk.liNa));
    CHECK(desk.visitsOf(regular) == QStringList{QStringLiteral("follow_up 2026-12-02 low_score")});

    const Ticket fine = desk.resolved(other);
    REQUIRE(desk.ws->tickets().recordSatisfaction(fine.id, 3, QString(), desk.liNa));
    CHECK(desk.visitsOf(other).isEmpty());

    desk.resolved(complainer, Category::Complaint);
    CHECK(desk.visitsOf(complainer) == QStringList{QStringLiteral("follow_up 2026-12-02 complaint")});
}

TEST_CASE("the queue: due today and overdue, upcoming, made; counts by kind", "[return_visits]")
{
    Desk desk;
    const qint64 a = desk.customer(QStringLiteral("甲"), "vip");
    const qint64 b = desk.customer(QStringLiteral("乙"), "vip");
    const qint64 c = desk.customer(QStringLiteral("丙"), "key");
    desk.buy(a, "2026-11-28"); // due 2026-12-01: today
    desk.buy(b, "2026-12-01"); // due 2026-12-04
    desk.buy(c, "2026-12-01"); // due 2026-12-08
    CHECK(desk.queue(ReturnQueue::Due) == QStringList{QStringLiteral("甲")});
    CHECK(desk.queue(ReturnQueue::Upcoming) == QStringList{QStringLiteral("乙"), QStringLiteral("丙")});
    auto counts = desk.ws->returnVisits().counts();
    REQUIRE(counts);
    CHECK(counts->dueToday == 1);
    CHECK(counts->overdue == 0);
    CHECK(counts->upcoming == 2);

    desk.ws.setNow("2026-12-05T09:00:00+08:00"); // 甲 a day... four days overdue, 乙 one
    CHECK(desk.queue(ReturnQueue::Due) == QStringList{QStringLiteral("甲"), QStringLiteral("乙")});
    counts = desk.ws->returnVisits().counts();
    REQUIRE(counts);
    CHECK(counts->overdue == 2);
    CHECK(counts->dueToday == 0);
    CHECK(counts->upcoming == 1);

    const ReturnVisit visit = desk.only(a);
    REQUIRE(desk.ws->returnVisits().record(visit.id, visit.version, said(ReturnOutcome::Satisfied), desk.liNa));
    CHECK(desk.queue(ReturnQueue::Due) == QStringList{QStringLiteral("乙")});
    CHECK(desk.queue(ReturnQueue::Made) == QStringList{QStringLiteral("甲")});
}

TEST_CASE("recording a visit: satisfied, once, with the ticket's timeline told; stale and forbidden attempts write nothing",
          "[return_visits]")
{
    Desk desk;
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const Ticket ticket = desk.resolved(vip);
    const ReturnVisit visit = desk.only(vip);

    ReturnVisitRecord happy = said(ReturnOutcome::Satisfied, ReturnVisitRecord::Then::Nothing, "works well");
    happy.satisfaction = 5;
    auto forbidden = desk.ws->returnVisits().record(visit.id, visit.version, happy, desk.ws.userId("zhao.qing"));
    REQUIRE_FALSE(forbidden);
    CHECK(forbidden.error().code == Error::Code::Forbidden);
    REQUIRE_FALSE(desk.ws->returnVisits().record(visit.id, visit.version, happy, desk.ws.userId("zhang.min")));
    auto stale = desk.ws->returnVisits().record(visit.id, visit.version + 1, happy, desk.liNa);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(desk.only(vip).isOpen());

    desk.ws.setNow("2026-12-03T10:30:00+08:00");
    auto made = desk.ws->returnVisits().record(visit.id, visit.version, happy, desk.liNa);
    REQUIRE(made);
    CHECK(made->outcome == ReturnOutcome::Satisfied);
    CHECK(made->satisfaction == 5);
    CHECK(made->madeAt == test::at("2026-12-03T10:30:00+08:00"));
    CHECK(made->madeByName == desk.ws->users().byId(desk.liNa)->displayName);
    CHECK(made->attempts == 1);
    auto again = desk.ws->returnVisits().record(visit.id, made->version, happy, desk.liNa);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::IllegalTransition);
    auto timeline = desk.ws->tickets().timeline(ticket.id);
    REQUIRE(timeline);
    CHECK(std::any_of(timeline->begin(), timeline->end(), [](const TicketEvent& e) {
        return e.kind == QLatin1String("return_visit") && e.newValue == QLatin1String("satisfied") && e.body == QLatin1String("works well");
    }));
    // The ticket itself is unchanged: a note, not an edit.
    CHECK(desk.ws->tickets().get(ticket.id)->version == ticket.version);
}

TEST_CASE("an unreachable customer is tried again the next day, three attempts in all, then the visit is given up", "[return_visits]")
{
    Desk desk;
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    desk.buy(vip, "2026-11-28"); // due today
    ReturnVisit visit = desk.only(vip);
    ReturnVisitRecord scored = said(ReturnOutcome::Unreachable);
    scored.satisfaction = 4;
    REQUIRE_FALSE(desk.ws->returnVisits().record(visit.id, visit.version, scored, desk.liNa));

    auto first = desk.ws->returnVisits().record(visit.id, visit.version, said(ReturnOutcome::Unreachable), desk.liNa);
    REQUIRE(first);
    CHECK(first->isOpen());
    CHECK(first->attempts == 1);
    CHECK(first->retryOn == QDate(2026, 12, 2));
    CHECK(desk.queue(ReturnQueue::Due).isEmpty());
    CHECK(desk.queue(ReturnQueue::Upcoming) == QStringList{QStringLiteral("钱贵宾")});

    desk.ws.setNow("2026-12-02T09:00:00+08:00");
    CHECK(desk.queue(ReturnQueue::Due) == QStringList{QStringLiteral("钱贵宾")});
    auto second = desk.ws->returnVisits().record(visit.id, first->version, said(ReturnOutcome::Unreachable), desk.liNa);
    REQUIRE(second);
    CHECK(second->attempts == 2);
    CHECK(second->retryOn == QDate(2026, 12, 3));
    desk.ws.setNow("2026-12-03T09:00:00+08:00");
    auto third = desk.ws->returnVisits().record(visit.id, second->version, said(ReturnOutcome::Unreachable), desk.liNa);
    REQUIRE(third);
    CHECK_FALSE(third->isOpen());
    CHECK(third->outcome == ReturnOutcome::Unreachable);
    CHECK(third->attempts == 3);
    CHECK(desk.queue(ReturnQueue::Due).isEmpty());
}

TEST_CASE("what a visit finds follows through: the ticket reopened, a new ticket, a sales lead", "[return_visits]")
{
    Desk desk;
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const Ticket ticket = desk.resolved(vip);
    const ReturnVisit followUp = desk.only(vip);

    // The notes say what is wrong; the choice must fit the outcome.
    auto silent = desk.ws->returnVisits().record(followUp.id, followUp.version,
                                                 said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::Reopen), desk.liNa);
    REQUIRE_FALSE(silent);
    CHECK(silent.error().field == QStringLiteral("notes"));
    auto unfit = desk.ws->returnVisits().record(followUp.id, followUp.version,
                                                said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::SalesLead, "还是不制冷"), desk.liNa);
    REQUIRE_FALSE(unfit);
    CHECK(unfit.error().field == QStringLiteral("then"));

    auto reopened = desk.ws->returnVisits().record(followUp.id, followUp.version,
                                                   said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::Reopen, "还是不制冷"), desk.liNa);
    REQUIRE(reopened);
    CHECK(reopened->resultTicketId == ticket.id);
    auto after = desk.ws->tickets().get(ticket.id);
    REQUIRE(after);
    CHECK(after->status == TicketStatus::InProgress);
    CHECK(after->reopenCount == 1);

    // A first-use visit follows no ticket: an issue opens a new one for the customer and product.
    desk.buy(vip, "2026-12-01", "制冰机 IM-50");
    auto firstUse = desk.ws->returnVisits().queue(ReturnQueue::Upcoming);
    REQUIRE(firstUse);
    REQUIRE(firstUse->size() == 1);
    const ReturnVisit visit = firstUse->first();
    REQUIRE_FALSE(desk.ws->returnVisits().record(visit.id, visit.version,
                                                 said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::Reopen, "出冰慢"), desk.liNa));
    auto opened = desk.ws->returnVisits().record(visit.id, visit.version,
                                                 said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::NewTicket, "出冰慢"), desk.liNa);
    REQUIRE(opened);
    REQUIRE(opened->resultTicketId);
    auto newTicket = desk.ws->tickets().get(*opened->resultTicketId);
    REQUIRE(newTicket);
    CHECK(newTicket->details.customerId == vip);
    CHECK(newTicket->details.product == QStringLiteral("制冰机 IM-50"));
    CHECK(newTicket->details.category == Category::Fault);
    CHECK(newTicket->details.subject == QStringLiteral("出冰慢"));
    CHECK(newTicket->status != TicketStatus::Resolved);
    CHECK(opened->resultTicketNumber == newTicket->number);

    // A new need noted as a sales lead opens nothing and is listed as a lead.
    const qint64 key = desk.customer(QStringLiteral("孙重点"), "key");
    desk.buy(key, "2026-11-24"); // due today
    const ReturnVisit keyVisit = desk.only(key);
    auto lead = desk.ws->returnVisits().record(keyVisit.id, keyVisit.version,
                                               said(ReturnOutcome::NewNeed, ReturnVisitRecord::Then::SalesLead, "想再买两台展示柜"), desk.liNa);
    REQUIRE(lead);
    CHECK(lead->salesLead);
    CHECK_FALSE(lead->resultTicketId);
    CHECK(desk.queue(ReturnQueue::Leads) == QStringList{QStringLiteral("孙重点")});
}

TEST_CASE("the daily pass gives top-tier customers their next periodic visit, once, on the cycle", "[return_visits]")
{
    Desk desk;
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const qint64 key = desk.customer(QStringLiteral("孙重点"), "key");
    const qint64 regular = desk.customer(QStringLiteral("周晓梅"), "regular");
    auto scheduled = desk.ws->returnVisits().schedulePeriodic();
    REQUIRE(scheduled);
    CHECK(*scheduled == 2);
    CHECK(desk.visitsOf(regular).isEmpty());
    const ReturnVisit vipVisit = desk.only(vip);
    const ReturnVisit keyVisit = desk.only(key);
    CHECK(vipVisit.reason == ReturnReason::Periodic);
    // The first falls somewhere in the first cycle, spread by customer.
    CHECK(vipVisit.dueOn >= QDate(2026, 12, 1));
    CHECK(vipVisit.dueOn < QDate(2026, 12, 1).addDays(90));
    CHECK(keyVisit.dueOn < QDate(2026, 12, 1).addDays(180));
    auto again = desk.ws->returnVisits().schedulePeriodic();
    REQUIRE(again);
    CHECK(*again == 0);

    // Made on its day, the next comes one cycle after the day it was due.
    desk.ws.setNow(test::at("2026-12-01T09:00:00+08:00") + qint64(QDate(2026, 12, 1).daysTo(vipVisit.dueOn)) * 86400);
    REQUIRE(desk.ws->returnVisits().record(vipVisit.id, vipVisit.version, said(ReturnOutcome::Satisfied), desk.liNa));
    REQUIRE(desk.ws->returnVisits().schedulePeriodic());
    auto visits = desk.ws->returnVisits().ofCustomer(vip);
    REQUIRE(visits);
    REQUIRE(visits->size() == 2);
    CHECK(visits->first().dueOn == vipVisit.dueOn.addDays(90));
    CHECK(visits->first().isOpen());
}

// Worked by hand: due in [2026-12-01, 2026-12-08) are 甲 (12-01, made 12-01
// 23:30 local: on time), 乙 (12-03, made 12-04 with a new need: late),
// 丙 (12-07, unreachable three times: not made), 丁 (12-01, issue persists on
// the day: on time) and 戊 (12-01, not made); 己 is due 12-08, outside.
// visits_due 5; visits_done 3 (甲 乙 丁); on time 2 of 5 = 40.00 %; issue or
// new need 2 of 3 = 66.67 %. For tier vip (甲 乙): 2, 2, 50.00 %, 50.00 %.
TEST_CASE("the report's return-visit figures follow KPI.md", "[return_visits][report]")
{
    Desk desk;
    const qint64 jia = desk.customer(QStringLiteral("甲"), "vip");
    const qint64 yi = desk.customer(QStringLiteral("乙"), "vip");
    const qint64 bing = desk.customer(QStringLiteral("丙"), "key");
    const qint64 ding = desk.customer(QStringLiteral("丁"), "key");
    const qint64 wu = desk.customer(QStringLiteral("戊"), "regular");
    const qint64 ji = desk.customer(QStringLiteral("己"), "vip");
    desk.buy(jia, "2026-11-28");
    desk.buy(yi, "2026-11-30");
    desk.buy(bing, "2026-11-30");
    desk.buy(ding, "2026-11-24");
    desk.buy(wu, "2026-11-17");
    desk.buy(ji, "2026-12-05");
    const auto record = [&](qint64 customer, const char* when, ReturnVisitRecord what) {
        desk.ws.setNow(when);
        const ReturnVisit visit = desk.only(customer);
        REQUIRE(desk.ws->returnVisits().record(visit.id, visit.version, what, desk.liNa));
    };
    record(ding, "2026-12-01T10:00:00+08:00", said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::NewTicket, "门封漏气"));
    record(jia, "2026-12-01T23:30:00+08:00", said(ReturnOutcome::Satisfied));
    record(yi, "2026-12-04T09:00:00+08:00", said(ReturnOutcome::NewNeed, ReturnVisitRecord::Then::SalesLead, "想加购"));
    for (const char* day : {"2026-12-07T09:00:00+08:00", "2026-12-08T09:00:00+08:00", "2026-12-09T09:00:00+08:00"})
        record(bing, day, said(ReturnOutcome::Unreachable));

    ReportRequest request;
    request.from = test::at("2026-12-01T00:00:00+08:00");
    request.to = test::at("2026-12-08T00:00:00+08:00");
    request.zone = QTimeZone("Asia/Shanghai");
    auto report = KpiEngine(desk.ws->database()).run(request);
    REQUIRE(report);
    CHECK(report->figures.visitsDue == 5);
    CHECK(report->figures.visitsDone == 3);
    CHECK(report->figures.visitsOnTimePct == Approx(40.0));
    CHECK(report->figures.visitsIssuePct == Approx(66.67));

    request.filter.tier = QStringLiteral("vip");
    report = KpiEngine(desk.ws->database()).run(request);
    REQUIRE(report);
    CHECK(report->figures.visitsDue == 2);
    CHECK(report->figures.visitsDone == 2);
    CHECK(report->figures.visitsOnTimePct == Approx(50.0));
    CHECK(report->figures.visitsIssuePct == Approx(50.0));

    // These visits follow no ticket: a team's report has none of them.
    request.filter = {};
    request.filter.team = QStringLiteral("hotline");
    report = KpiEngine(desk.ws->database()).run(request);
    REQUIRE(report);
    CHECK(report->figures.visitsDue == 0);
    CHECK_FALSE(report->figures.visitsOnTimePct);
    CHECK_FALSE(report->figures.visitsIssuePct);
}

TEST_CASE("an issue that persists on a ticket a call reopened meanwhile leaves it as it is", "[return_visits]")
{
    Desk desk;
    const qint64 vip = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const Ticket ticket = desk.resolved(vip);
    auto reopened = desk.ws->tickets().changeStatus(ticket.id, ticket.version, TicketStatus::InProgress, desk.liNa, QStringLiteral("called again"));
    REQUIRE(reopened);
    const ReturnVisit visit = desk.only(vip);
    auto made = desk.ws->returnVisits().record(visit.id, visit.version,
                                               said(ReturnOutcome::IssuePersists, ReturnVisitRecord::Then::Reopen, "还是不制冷"), desk.liNa);
    REQUIRE(made);
    CHECK(made->resultTicketId == ticket.id);
    auto after = desk.ws->tickets().get(ticket.id);
    REQUIRE(after);
    CHECK(after->status == TicketStatus::InProgress);
    CHECK(after->reopenCount == 1); // the call's reopen only
}

TEST_CASE("merging two customers moves the return visits of the one merged away", "[return_visits]")
{
    Desk desk;
    const qint64 keep = desk.customer(QStringLiteral("钱贵宾"), "vip");
    const qint64 other = desk.customer(QStringLiteral("钱 贵宾"), "vip");
    desk.buy(other, "2026-12-01");
    REQUIRE(CustomerMerge(desk.ws->database(), desk.ws->clock()).merge(keep, other, desk.ws.userId("sun.hui")));
    CHECK(desk.visitsOf(other).isEmpty());
    CHECK(desk.visitsOf(keep) == QStringList{QStringLiteral("first_use 2026-12-04")});
}

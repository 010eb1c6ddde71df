// Field dispatch (technicians' visits) and the customer's acceptance before
// resolving, against the default configuration: office zone Asia/Shanghai
// (UTC+8, no daylight saving); technicians zhang.min and chen.jie, agents
// li.na and wang.lei, inspector zhao.qing, supervisor sun.hui.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

namespace {

TicketDraft faultCall(std::optional<qint64> customerId = std::nullopt)
{
    TicketDraft draft;
    draft.customerId = customerId;
    draft.contactName = QStringLiteral("王芳");
    draft.contactPhone = QStringLiteral("13800138000");
    draft.category = Category::Fault;
    draft.subject = QStringLiteral("空调不制冷");
    return draft;
}

VisitPlan plan(qint64 technicianId, const char* fromIso, const char* toIso, const QString& address = QStringLiteral("上海市徐汇区漕溪北路 88 号"))
{
    VisitPlan p;
    p.technicianId = technicianId;
    p.address = address;
    p.windowFrom = at(fromIso);
    p.windowTo = at(toIso);
    p.parts = QStringLiteral("压缩机电容 ×1");
    return p;
}

VisitReport step(VisitStatus to, const QString& note = {}, std::optional<VisitFailure> failure = std::nullopt)
{
    VisitReport r;
    r.to = to;
    r.note = note;
    r.failure = failure;
    return r;
}

QStringList eventsOf(test::TempWorkspace& ws, qint64 ticketId, const char* kind)
{
    auto timeline = ws->tickets().timeline(ticketId);
    REQUIRE(timeline);
    QStringList found;
    for (const TicketEvent& event : *timeline)
        if (event.kind == QLatin1String(kind))
            found.append(event.field + QLatin1Char('|') + event.oldValue + QStringLiteral(">") + event.newValue + QLatin1Char('|') + event.body);
    return found;
}

} // namespace

TEST_CASE("the customer's answer comes before resolving: not fixed goes back to in progress and is counted", "[acceptance]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    auto ticket = ws->tickets().create(faultCall(), lina);
    REQUIRE(ticket);
    auto pending = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::PendingCustomer, lina);
    REQUIRE(pending);

    auto silent = ws->tickets().recordAcceptance(ticket->id, pending->version, Acceptance::NotFixed, QStringLiteral("  "), lina);
    REQUIRE_FALSE(silent);
    CHECK(silent.error().field == QStringLiteral("acceptance"));

    auto notFixed = ws->tickets().recordAcceptance(ticket->id, pending->version, Acceptance::NotFixed, QStringLiteral("still warm air"), lina);
    REQUIRE(notFixed);
    CHECK(notFixed->status == TicketStatus::InProgress);
    // Already in progress: counted again, no status change.
    auto again = ws->tickets().recordAcceptance(ticket->id, notFixed->version, Acceptance::NotFixed, QStringLiteral("noise"), lina);
    REQUIRE(again);
    CHECK(again->status == TicketStatus::InProgress);
    CHECK(ws->tickets().notFixedCount(ticket->id) == 2);

    auto noSolution = ws->tickets().recordAcceptance(ticket->id, again->version, Acceptance::Confirmed, QString(), lina);
    REQUIRE_FALSE(noSolution);
    CHECK(noSolution.error().field == QStringLiteral("solution"));
    auto confirmed = ws->tickets().recordAcceptance(ticket->id, again->version, Acceptance::Confirmed, QStringLiteral("replaced the capacitor"), lina);
    REQUIRE(confirmed);
    CHECK(confirmed->status == TicketStatus::Resolved);
    CHECK(confirmed->solution == QStringLiteral("replaced the capacitor"));
    CHECK(ws->tickets().notFixedCount(ticket->id) == 2);

    CHECK(eventsOf(ws, ticket->id, "acceptance")
          == QStringList{QStringLiteral("|>not_fixed|still warm air"), QStringLiteral("|>not_fixed|noise"), QStringLiteral("|>confirmed|")});
    CHECK(eventsOf(ws, ticket->id, "status")
          == QStringList{QStringLiteral("|new>assigned|"), QStringLiteral("|assigned>pending_customer|"), QStringLiteral("|pending_customer>in_progress|"),
                         QStringLiteral("|in_progress>resolved|replaced the capacitor")});

    auto afterwards = ws->tickets().recordAcceptance(ticket->id, confirmed->version, Acceptance::NotFixed, QStringLiteral("late"), lina);
    REQUIRE_FALSE(afterwards);
    CHECK(afterwards.error().code == Error::Code::IllegalTransition);
    auto inspector = ws->tickets().create(faultCall(), lina);
    REQUIRE(inspector);
    auto refused = ws->tickets().recordAcceptance(inspector->id, inspector->version, Acceptance::Confirmed, QStringLiteral("ok"), ws.userId("zhao.qing"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
}

TEST_CASE("a visit is scheduled at the customer's address and numbered on its ticket", "[dispatch]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    const qint64 zhang = ws.userId("zhang.min");
    CustomerDraft customer;
    customer.name = QStringLiteral("上海华庭酒店");
    customer.phone = QStringLiteral("021-5555-0199");
    customer.address = QStringLiteral("上海市静安区南京西路 1 号");
    auto created = ws->customers().create(customer, lina);
    REQUIRE(created);
    auto ticket = ws->tickets().create(faultCall(created->id), lina);
    REQUIRE(ticket);
    CHECK(ws->visits().customerAddress(ticket->id) == QStringLiteral("上海市静安区南京西路 1 号"));

    // Every problem at once: not a technician, no address, an unknown zone, a reversed window.
    VisitPlan bad = plan(lina, "2026-11-17T11:00:00+08:00", "2026-11-17T09:00:00+08:00", QStringLiteral(" "));
    bad.timeZone = QStringLiteral("Mars/Olympus");
    auto refused = ws->visits().schedule(ticket->id, bad, lina);
    REQUIRE_FALSE(refused);
    QStringList fields{refused.error().field};
    for (const Error& other : refused.error().others)
        fields << other.field;
    CHECK(fields == QStringList{QStringLiteral("technician"), QStringLiteral("address"), QStringLiteral("time_zone"), QStringLiteral("window")});

    auto first = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-17T09:00:00+08:00", "2026-11-17T11:00:00+08:00"), lina);
    REQUIRE(first);
    CHECK(first->visitNo == 1);
    CHECK(first->status == VisitStatus::Scheduled);
    CHECK(first->timeZone == QStringLiteral("Asia/Shanghai"));
    CHECK(first->technicianName == QStringLiteral("张敏"));
    CHECK(first->customerName == QStringLiteral("王芳")); // the ticket's contact
    CHECK(first->ticketNumber == ticket->number);
    auto second = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-18T09:00:00+08:00", "2026-11-18T10:00:00+08:00"), lina);
    REQUIRE(second);
    CHECK(second->visitNo == 2);
    // Window "TECHNICIAN FROM TO ZONE" for the timeline.
    const QString body = QStringLiteral("%1 %2 %3 Asia/Shanghai").arg(zhang).arg(at("2026-11-17T09:00:00+08:00")).arg(at("2026-11-17T11:00:00+08:00"));
    CHECK(eventsOf(ws, ticket->id, "visit").value(0) == QStringLiteral("1|>scheduled|") + body);

    auto technicianPlans = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-19T09:00:00+08:00", "2026-11-19T10:00:00+08:00"), zhang);
    CHECK(technicianPlans); // technicians send themselves again
    auto inspector = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-19T09:00:00+08:00", "2026-11-19T10:00:00+08:00"), ws.userId("zhao.qing"));
    REQUIRE_FALSE(inspector);
    CHECK(inspector.error().code == Error::Code::Forbidden);

    REQUIRE(ws->tickets().changeStatus(ticket->id, ws->tickets().get(ticket->id)->version, TicketStatus::Resolved, lina, QStringLiteral("fixed")));
    auto late = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-20T09:00:00+08:00", "2026-11-20T10:00:00+08:00"), lina);
    REQUIRE_FALSE(late);
    CHECK(late.error().code == Error::Code::IllegalTransition);
}

TEST_CASE("overlapping appointments of one technician are flagged while both are live", "[dispatch]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    const qint64 zhang = ws.userId("zhang.min");
    const qint64 chen = ws.userId("chen.jie");
    auto a = ws->tickets().create(faultCall(), lina);
    auto b = ws->tickets().create(faultCall(), lina);
    REQUIRE(a);
    REQUIRE(b);
    auto morning = ws->visits().schedule(a->id, plan(zhang, "2026-11-17T09:00:00+08:00", "2026-11-17T11:00:00+08:00"), lina);
    auto lateMorning = ws->visits().schedule(b->id, plan(zhang, "2026-11-17T10:30:00+08:00", "2026-11-17T12:00:00+08:00"), lina);
    // Ends when the next begins: no overlap.
    auto afternoon = ws->visits().schedule(b->id, plan(zhang, "2026-11-17T12:00:00+08:00", "2026-11-17T13:00:00+08:00"), lina);
    auto colleague = ws->visits().schedule(a->id, plan(chen, "2026-11-17T09:00:00+08:00", "2026-11-17T11:00:00+08:00"), lina);
    REQUIRE(morning);
    REQUIRE(lateMorning);
    REQUIRE(afternoon);
    REQUIRE(colleague);
    CHECK(lateMorning->overlaps);
    CHECK(ws->visits().get(morning->id)->overlaps);
    CHECK_FALSE(afternoon->overlaps);
    CHECK_FALSE(colleague->overlaps);

    VisitFilter day;
    day.day = QDate(2026, 11, 17);
    day.technicianId = zhang;
    auto zhangsDay = ws->visits().list(day);
    REQUIRE(zhangsDay);
    QList<qint64> ids;
    for (const Visit& visit : *zhangsDay)
        ids << visit.id;
    CHECK(ids == QList<qint64>{morning->id, lateMorning->id, afternoon->id});

    REQUIRE(ws->visits().cancel(lateMorning->id, lateMorning->version, QStringLiteral("customer moved the appointment"), lina));
    CHECK_FALSE(ws->visits().get(morning->id)->overlaps);
    auto noReason = ws->visits().cancel(morning->id, morning->version, QString(), lina);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == QStringLiteral("reason"));
}

TEST_CASE("a day's visits are those whose window touches the office's day", "[dispatch]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    const qint64 zhang = ws.userId("zhang.min");
    auto ticket = ws->tickets().create(faultCall(), lina);
    REQUIRE(ticket);
    // 23:00 to 01:00 Shanghai time: on the 17th and the 18th.
    auto night = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-17T23:00:00+08:00", "2026-11-18T01:00:00+08:00"), lina);
    // 07:00 to 08:00 on the 18th in Shanghai is still the 17th in UTC.
    auto early = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-18T07:00:00+08:00", "2026-11-18T08:00:00+08:00"), lina);
    REQUIRE(night);
    REQUIRE(early);
    auto countOn = [&](int dayOfMonth) {
        VisitFilter filter;
        filter.day = QDate(2026, 11, dayOfMonth);
        auto visits = ws->visits().list(filter);
        REQUIRE(visits);
        return visits->size();
    };
    CHECK(countOn(16) == 0);
    CHECK(countOn(17) == 1);
    CHECK(countOn(18) == 2);
    CHECK(countOn(19) == 0);
}

TEST_CASE("the technician sent reports the visit step by step, a failed visit names its reason", "[dispatch]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    const qint64 zhang = ws.userId("zhang.min");
    const qint64 chen = ws.userId("chen.jie");
    auto ticket = ws->tickets().create(faultCall(), lina);
    REQUIRE(ticket);
    auto visit = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-17T09:00:00+08:00", "2026-11-17T11:00:00+08:00"), lina);
    REQUIRE(visit);

    auto agent = ws->visits().report(visit->id, visit->version, step(VisitStatus::EnRoute), lina);
    REQUIRE_FALSE(agent);
    CHECK(agent.error().code == Error::Code::Forbidden);
    auto colleague = ws->visits().report(visit->id, visit->version, step(VisitStatus::EnRoute), chen);
    REQUIRE_FALSE(colleague);
    CHECK(colleague.error().code == Error::Code::Forbidden);
    CHECK(colleague.error().message.contains(QStringLiteral("张敏")));

    ws.setNow("2026-11-17T08:20:00+08:00");
    auto enRoute = ws->visits().report(visit->id, visit->version, step(VisitStatus::EnRoute), zhang);
    REQUIRE(enRoute);
    CHECK(enRoute->departedAt == at("2026-11-17T08:20:00+08:00"));
    auto stale = ws->visits().report(visit->id, visit->version, step(VisitStatus::OnSite), zhang);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    auto backwards = ws->visits().report(visit->id, enRoute->version, step(VisitStatus::Scheduled), zhang);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().code == Error::Code::IllegalTransition);
    auto rescheduled = ws->visits().reschedule(visit->id, enRoute->version, plan(zhang, "2026-11-18T09:00:00+08:00", "2026-11-18T10:00:00+08:00"), lina);
    REQUIRE_FALSE(rescheduled);
    CHECK(rescheduled.error().code == Error::Code::IllegalTransition);

    ws.setNow("2026-11-17T09:05:00+08:00");
    auto onSite = ws->visits().report(visit->id, enRoute->version, step(VisitStatus::OnSite), zhang);
    REQUIRE(onSite);
    CHECK(onSite->arrivedAt == at("2026-11-17T09:05:00+08:00"));
    auto noReason = ws->visits().report(visit->id, onSite->version, step(VisitStatus::CannotComplete, QStringLiteral("compressor burnt")), zhang);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == QStringLiteral("failure"));
    ws.setNow("2026-11-17T09:40:00+08:00");
    auto failed = ws->visits().report(visit->id, onSite->version,
                                      step(VisitStatus::CannotComplete, QStringLiteral("compressor burnt"), VisitFailure::MissingPart), zhang);
    REQUIRE(failed);
    CHECK(failed->status == VisitStatus::CannotComplete);
    CHECK(failed->failure == VisitFailure::MissingPart);
    CHECK(failed->finishedAt == at("2026-11-17T09:40:00+08:00"));
    CHECK(failed->report == QStringLiteral("compressor burnt"));

    // The next visit; a supervisor reports it done for the technician.
    auto next = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-19T14:00:00+08:00", "2026-11-19T16:00:00+08:00"), lina);
    REQUIRE(next);
    CHECK(next->visitNo == 2);
    auto undescribed = ws->visits().report(next->id, next->version, step(VisitStatus::Done), ws.userId("sun.hui"));
    REQUIRE_FALSE(undescribed);
    CHECK(undescribed.error().field == QStringLiteral("note"));
    auto done = ws->visits().report(next->id, next->version, step(VisitStatus::Done, QStringLiteral("compressor replaced")), ws.userId("sun.hui"));
    REQUIRE(done);
    CHECK(done->status == VisitStatus::Done);
    auto afterDone = ws->visits().report(next->id, done->version, step(VisitStatus::CannotComplete, QStringLiteral("x"), VisitFailure::Other), zhang);
    REQUIRE_FALSE(afterDone);
    CHECK(afterDone.error().code == Error::Code::IllegalTransition);

    const QStringList events = eventsOf(ws, ticket->id, "visit");
    REQUIRE(events.size() == 6);
    CHECK(events[1] == QStringLiteral("1|scheduled>en_route|"));
    CHECK(events[2] == QStringLiteral("1|en_route>on_site|"));
    CHECK(events[3] == QStringLiteral("1:missing_part|on_site>cannot_complete|compressor burnt"));
    CHECK(events[5] == QStringLiteral("2|scheduled>done|compressor replaced"));
    auto ofTicket = ws->visits().ofTicket(ticket->id);
    REQUIRE(ofTicket);
    CHECK(ofTicket->size() == 2);
}

TEST_CASE("rescheduling moves a visit not yet started and writes the new window", "[dispatch]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    const qint64 zhang = ws.userId("zhang.min");
    const qint64 chen = ws.userId("chen.jie");
    auto ticket = ws->tickets().create(faultCall(), lina);
    REQUIRE(ticket);
    auto visit = ws->visits().schedule(ticket->id, plan(zhang, "2026-11-17T09:00:00+08:00", "2026-11-17T11:00:00+08:00"), lina);
    REQUIRE(visit);
    VisitPlan moved = plan(chen, "2026-11-18T14:00:00+08:00", "2026-11-18T15:30:00+08:00");
    moved.timeZone = QStringLiteral("Asia/Urumqi");
    moved.travelKm = 12;
    auto rescheduled = ws->visits().reschedule(visit->id, visit->version, moved, lina);
    REQUIRE(rescheduled);
    CHECK(rescheduled->technicianId == chen);
    CHECK(rescheduled->windowFrom == at("2026-11-18T14:00:00+08:00"));
    CHECK(rescheduled->timeZone == QStringLiteral("Asia/Urumqi"));
    CHECK(rescheduled->travelKm == 12);
    CHECK(rescheduled->version == visit->version + 1);
    const QString body = QStringLiteral("%1 %2 %3 Asia/Urumqi").arg(chen).arg(at("2026-11-18T14:00:00+08:00")).arg(at("2026-11-18T15:30:00+08:00"));
    CHECK(eventsOf(ws, ticket->id, "visit").value(1) == QStringLiteral("1|scheduled>scheduled|") + body);
}

TEST_CASE("demo data sends field technicians on visits that agree with the tickets' lives", "[dispatch][demo]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    DemoOptions options;
    options.tickets = 1500;
    options.actorId = ws.userId("admin");
    REQUIRE(DemoGenerator(*ws, options).run());
    const auto count = [&](const char* statement) {
        auto value = sql::scalar(ws->database().connection(), QString::fromLatin1(statement));
        REQUIRE(value);
        return value->toLongLong();
    };
    CHECK(count("SELECT COUNT(*) FROM work_orders") > 0);
    // Field repairs only, by technicians, at the customer's address.
    CHECK(count("SELECT COUNT(*) FROM work_orders v JOIN tickets t ON t.id = v.ticket_id "
                "WHERE t.category <> 'fault' OR t.team_code <> 'field'") == 0);
    CHECK(count("SELECT COUNT(*) FROM work_orders v JOIN users u ON u.id = v.technician_id WHERE u.role <> 'technician'") == 0);
    CHECK(count("SELECT COUNT(*) FROM work_orders v JOIN tickets t ON t.id = v.ticket_id JOIN customers c ON c.id = t.customer_id "
                "WHERE v.address <> c.address") == 0);
    // Each step has its event: scheduled, then one per step reached.
    CHECK(count("SELECT COUNT(*) FROM ticket_events WHERE kind = 'visit'")
          == count("SELECT COUNT(*) + COUNT(departed_at) + COUNT(arrived_at) + COUNT(finished_at) FROM work_orders"));
    // Times in order; a finished visit of a resolved ticket finished before its resolution.
    CHECK(count("SELECT COUNT(*) FROM work_orders WHERE window_to <= window_from OR departed_at <= created_at "
                "OR departed_at > arrived_at OR arrived_at > finished_at") == 0);
    CHECK(count("SELECT COUNT(*) FROM work_orders v JOIN tickets t ON t.id = v.ticket_id "
                "WHERE t.resolved_at IS NOT NULL AND (v.finished_at IS NULL OR v.finished_at > t.resolved_at)") == 0);
    // A failed visit names its reason, and a second visit follows it when the ticket got one.
    CHECK(count("SELECT COUNT(*) FROM work_orders WHERE (status = 'cannot_complete') <> (failure IS NOT NULL)") == 0);
    CHECK(count("SELECT COUNT(*) FROM work_orders WHERE status = 'cannot_complete'") > 0);
    CHECK(count("SELECT COUNT(*) FROM work_orders v WHERE v.visit_no = 2 AND NOT EXISTS (SELECT 1 FROM work_orders f "
                "WHERE f.ticket_id = v.ticket_id AND f.visit_no = 1 AND f.status = 'cannot_complete')") == 0);
    CHECK(count("SELECT COUNT(*) FROM work_orders WHERE status = 'done' AND report = ''") == 0);
    // The service reads them like any other visit.
    auto someDay = ws->visits().list(VisitFilter{});
    REQUIRE(someDay);
    CHECK_FALSE(someDay->isEmpty());
}

namespace {

// Default catalogue: CAP-COMP 压缩机电容 35.50, VLV-INLET 进水阀 42.00; a technician's hour 120.00.
PlanDraft repairPlan(const char* deadlineIso)
{
    PlanDraft draft;
    draft.cause = QStringLiteral("启动电容老化");
    draft.steps = QStringLiteral("更换电容\n试机 30 分钟");
    draft.parts = {{QStringLiteral("CAP-COMP"), {}, 2, 0}, {{}, QStringLiteral("专用密封胶"), 1, 1250}};
    draft.labourMinutes = 50;
    draft.otherCents = 3000;
    draft.otherNote = QStringLiteral("上门费");
    draft.deadline = at(deadlineIso);
    return draft;
}

} // namespace

TEST_CASE("a solution plan is priced from the catalogue and the rates, in warranty the customer pays only other charges", "[plans]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    CustomerDraft customer;
    customer.name = QStringLiteral("王芳");
    customer.phone = QStringLiteral("13800138000");
    auto created = ws->customers().create(customer, lina);
    REQUIRE(created);
    REQUIRE(ws->customers().addPurchase(created->id, {0, QStringLiteral("AC-3500"), QStringLiteral("SN1"), QDate(2026, 9, 1), 429900,
                                                      QDate(2027, 9, 1)}, lina));
    TicketDraft inWarranty = faultCall(created->id);
    inWarranty.serial = QStringLiteral("SN1");
    auto covered = ws->tickets().create(inWarranty, lina);
    auto paying = ws->tickets().create(faultCall(), lina);
    REQUIRE(covered);
    REQUIRE(paying);

    // Parts 2 × 35.50 + 12.50 = 83.50; labour 50 min at 120.00 = 100.00; other 30.00; total 213.50.
    auto free = ws->plans().propose(covered->id, repairPlan("2026-11-18T18:00:00+08:00"), lina);
    REQUIRE(free);
    CHECK(free->planNo == 1);
    CHECK(free->parts.first().name == QStringLiteral("压缩机电容"));
    CHECK(free->parts.first().unitCents == 3550);
    CHECK(free->partsCents == 8350);
    CHECK(free->labourCents == 10000);
    CHECK(free->totalCents == 21350);
    CHECK(free->inWarranty);
    CHECK(free->customerCents == 3000);
    CHECK_FALSE(free->consented());
    auto charged = ws->plans().propose(paying->id, repairPlan("2026-11-18T18:00:00+08:00"), lina);
    REQUIRE(charged);
    CHECK_FALSE(charged->inWarranty);
    CHECK(charged->customerCents == 21350);

    PlanDraft unknown = repairPlan("2026-11-18T18:00:00+08:00");
    unknown.parts = {{QStringLiteral("NO-SUCH"), {}, 1, 0}};
    auto refused = ws->plans().propose(paying->id, unknown, lina);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("parts"));
    PlanDraft empty;
    empty.deadline = at("2026-11-16T09:00:00+08:00");
    auto incomplete = ws->plans().propose(paying->id, empty, lina);
    REQUIRE_FALSE(incomplete);
    QStringList fields{incomplete.error().field};
    for (const Error& other : incomplete.error().others)
        fields << other.field;
    CHECK(fields == QStringList{QStringLiteral("cause"), QStringLiteral("steps"), QStringLiteral("deadline")});
    auto inspector = ws->plans().propose(paying->id, repairPlan("2026-11-18T18:00:00+08:00"), ws.userId("zhao.qing"));
    REQUIRE_FALSE(inspector);
    CHECK(inspector.error().code == Error::Code::Forbidden);
}

TEST_CASE("the customer agrees to the current version only, a revised plan needs consent again", "[plans]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    auto ticket = ws->tickets().create(faultCall(), lina);
    REQUIRE(ticket);
    auto first = ws->plans().propose(ticket->id, repairPlan("2026-11-18T18:00:00+08:00"), lina);
    REQUIRE(first);
    ws.setNow("2026-11-16T10:20:00+08:00");
    Consent phone{QStringLiteral("王芳"), ConsentMethod::Phone, std::nullopt};
    auto agreed = ws->plans().recordConsent(ticket->id, 1, phone, lina);
    REQUIRE(agreed);
    CHECK(agreed->consentAt == at("2026-11-16T10:20:00+08:00"));
    CHECK(agreed->consentHow == ConsentMethod::Phone);
    CHECK(agreed->consentRecordedByName == QStringLiteral("李娜"));
    auto twice = ws->plans().recordConsent(ticket->id, 1, phone, lina);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Error::Code::Conflict);

    // The compressor itself has to go: version 2, agreed again in person.
    PlanDraft bigger = repairPlan("2026-11-19T18:00:00+08:00");
    bigger.parts.append({QStringLiteral("VLV-INLET"), {}, 1, 0});
    auto second = ws->plans().propose(ticket->id, bigger, ws.userId("zhang.min"));
    REQUIRE(second);
    CHECK(second->planNo == 2);
    CHECK(second->partsCents == 8350 + 4200);
    CHECK_FALSE(second->consented());
    auto stale = ws->plans().recordConsent(ticket->id, 1, phone, lina);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message.contains(QStringLiteral("version 2")));
    Consent future{QStringLiteral("王芳"), ConsentMethod::InPerson, at("2026-11-16T11:00:00+08:00")};
    CHECK_FALSE(ws->plans().recordConsent(ticket->id, 2, future, lina));
    Consent nobody{QStringLiteral(" "), ConsentMethod::InPerson, std::nullopt};
    CHECK_FALSE(ws->plans().recordConsent(ticket->id, 2, nobody, lina));
    REQUIRE(ws->plans().recordConsent(ticket->id, 2, {QStringLiteral("王芳"), ConsentMethod::SignedSheet, std::nullopt}, lina));

    auto versions = ws->plans().ofTicket(ticket->id);
    REQUIRE(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).consentHow == ConsentMethod::Phone); // version 1 keeps its own consent
    CHECK(versions->at(1).consentHow == ConsentMethod::SignedSheet);
    CHECK(eventsOf(ws, ticket->id, "plan")
          == QStringList{QStringLiteral("1|213.50/213.50>proposed|启动电容老化"), QStringLiteral("1|213.50/213.50>consented|phone 王芳"),
                         QStringLiteral("2|255.50/255.50>proposed|启动电容老化"),
                         QStringLiteral("2|255.50/255.50>consented|signed_sheet 王芳")});

    REQUIRE(ws->tickets().changeStatus(ticket->id, ws->tickets().get(ticket->id)->version, TicketStatus::Resolved, lina, QStringLiteral("ok")));
    auto closed = ws->plans().propose(ticket->id, repairPlan("2026-11-19T18:00:00+08:00"), lina);
    REQUIRE_FALSE(closed);
    CHECK(closed.error().code == Error::Code::IllegalTransition);
}

TEST_CASE("demo data agrees plans with the customers of repairs", "[plans][demo]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    DemoOptions options;
    options.tickets = 800;
    options.actorId = ws.userId("admin");
    REQUIRE(DemoGenerator(*ws, options).run());
    const auto count = [&](const char* statement) {
        auto value = sql::scalar(ws->database().connection(), QString::fromLatin1(statement));
        REQUIRE(value);
        return value->toLongLong();
    };
    CHECK(count("SELECT COUNT(*) FROM solution_plans") > 0);
    CHECK(count("SELECT COUNT(*) FROM solution_plans p JOIN tickets t ON t.id = p.ticket_id WHERE t.category <> 'fault'") == 0);
    // Priced as the service prices: total = labour + parts + other; in warranty the customer pays other only.
    CHECK(count("SELECT COUNT(*) FROM solution_plans WHERE total_cents <> labour_cents + parts_cents + other_cents "
                "OR customer_cents <> CASE WHEN in_warranty = 1 THEN other_cents ELSE total_cents END "
                "OR labour_cents <> (labour_minutes * 12000 + 30) / 60") == 0);
    // The current version of each ticket is agreed; one event per proposal and per consent.
    CHECK(count("SELECT COUNT(*) FROM solution_plans p WHERE p.consent_at IS NULL AND p.plan_no = "
                "(SELECT MAX(q.plan_no) FROM solution_plans q WHERE q.ticket_id = p.ticket_id)") == 0);
    CHECK(count("SELECT COUNT(*) FROM ticket_events WHERE kind = 'plan'")
          == count("SELECT COUNT(*) + COUNT(consent_at) FROM solution_plans"));
    // A version was agreed before the next one was proposed, never after.
    CHECK(count("SELECT COUNT(*) FROM solution_plans p JOIN solution_plans n ON n.ticket_id = p.ticket_id AND n.plan_no = p.plan_no + 1 "
                "WHERE p.consent_at >= n.created_at OR p.consent_at <= p.created_at") == 0);
    auto plans = ws->plans().ofTicket(count("SELECT MIN(ticket_id) FROM solution_plans"));
    REQUIRE(plans);
    REQUIRE_FALSE(plans->isEmpty());
    CHECK_FALSE(plans->first().steps.isEmpty());
}

// The complaint path and service costs against the default configuration.
// Calendar "cn_business": Mon-Fri 09:00-12:00 and 13:30-18:00 Asia/Shanghai,
// 450 business minutes a day; no holidays in November 2026. A customer-less
// ticket is tier "prospect" on that calendar. Default service rules: a
// complaint is answered within 240 and closed within 2250 business minutes;
// labour costs 60.00 an hour for agents, 120.00 for technicians; transport
// 30.00 a visit and 1.50 a kilometre.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "reports/KpiEngine.h"
#include "process/ComplaintStore.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

namespace {

TicketDraft complaintCall(const QString& subject, const QString& cause = {})
{
    TicketDraft draft;
    draft.contactName = QStringLiteral("王芳");
    draft.contactPhone = QStringLiteral("13800138000");
    draft.category = Category::Complaint;
    draft.complaintCause = cause;
    draft.subject = subject;
    return draft;
}

ComplaintStep step(ComplaintStage to, const QString& note = {})
{
    ComplaintStep s;
    s.to = to;
    s.note = note;
    return s;
}

ComplaintStep handled(Remedy remedy, std::optional<qint64> cents = std::nullopt)
{
    ComplaintStep s = step(ComplaintStage::Handled);
    s.remedy = remedy;
    s.remedyCents = cents;
    return s;
}

QStringList complaintEvents(test::TempWorkspace& ws, qint64 ticketId)
{
    auto timeline = ws->tickets().timeline(ticketId);
    REQUIRE(timeline);
    QStringList steps;
    for (const TicketEvent& event : *timeline)
        if (event.kind == QLatin1String("complaint"))
            steps.append(event.oldValue + QStringLiteral(">") + event.newValue + QStringLiteral(":") + event.body);
    return steps;
}

// Verified, handled and feedback given, each by li.na.
void takeToFeedback(test::TempWorkspace& ws, qint64 ticketId, const ComplaintStep& remedy)
{
    const qint64 lina = ws.userId("li.na");
    REQUIRE(ws->complaints().advance(ticketId, 1, step(ComplaintStage::Verified, QStringLiteral("photos of the dent")), lina));
    REQUIRE(ws->complaints().advance(ticketId, 2, remedy, lina));
    REQUIRE(ws->complaints().advance(ticketId, 3, step(ComplaintStage::FeedbackGiven, QStringLiteral("customer accepted")), lina));
}

CostEntry entry(CostKind kind, qint64 quantity, std::optional<qint64> unit = std::nullopt, const QString& description = {})
{
    CostEntry e;
    e.kind = kind;
    e.quantity = quantity;
    e.unitCents = unit;
    e.description = description;
    return e;
}

} // namespace

TEST_CASE("a complaint starts its path with deadlines on the business calendar and moves one step at a time", "[complaints]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00"); // a Monday
    const qint64 lina = ws.userId("li.na");
    auto ticket = ws->tickets().create(complaintCall(QStringLiteral("安装师傅态度差"), QStringLiteral("service_quality")), lina);
    REQUIRE(ticket);
    auto complaint = ws->complaints().ofTicket(ticket->id);
    REQUIRE(complaint);
    CHECK(complaint->id > 0); // written with the ticket
    CHECK(complaint->stage == ComplaintStage::Received);
    CHECK(complaint->version == 1);
    // 240 minutes from Mon 10:00: 120 before noon, 120 after 13:30.
    CHECK(complaint->responseDue == at("2026-11-16T15:30:00+08:00"));
    // 2250 minutes: 390 on Monday, 450 each Tuesday to Friday (1800), 60 the next Monday.
    CHECK(complaint->closingDue == at("2026-11-23T10:00:00+08:00"));

    auto skipped = ws->complaints().advance(ticket->id, 1, handled(Remedy::Apology), lina);
    REQUIRE_FALSE(skipped);
    CHECK(skipped.error().code == Error::Code::IllegalTransition);
    CHECK(skipped.error().message.contains(QStringLiteral("\"Received\"")));
    CHECK(skipped.error().message.contains(QStringLiteral("\"Verified\"")));
    auto noEvidence = ws->complaints().advance(ticket->id, 1, step(ComplaintStage::Verified, QStringLiteral("  ")), lina);
    REQUIRE_FALSE(noEvidence);
    CHECK(noEvidence.error().field == QStringLiteral("evidence"));

    ws.setNow("2026-11-16T11:00:00+08:00");
    auto verified = ws->complaints().advance(ticket->id, 1, step(ComplaintStage::Verified, QStringLiteral("call recording 3 min")), lina);
    REQUIRE(verified);
    CHECK(verified->stage == ComplaintStage::Verified);
    CHECK(verified->respondedAt == at("2026-11-16T11:00:00+08:00"));
    CHECK(verified->version == 2);
    auto stale = ws->complaints().advance(ticket->id, 1, handled(Remedy::Apology), lina);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);

    // Resolving the ticket before the path's last step is refused.
    auto early = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, lina, QStringLiteral("sorted"));
    REQUIRE_FALSE(early);
    CHECK(early.error().field == QStringLiteral("stage"));
    CHECK(ws->tickets().get(ticket->id)->status == ticket->status);

    auto noAmount = ws->complaints().advance(ticket->id, 2, handled(Remedy::Compensation), lina);
    REQUIRE_FALSE(noAmount);
    CHECK(noAmount.error().field == QStringLiteral("amount"));
    REQUIRE(ws->complaints().advance(ticket->id, 2, handled(Remedy::Compensation, 20000), lina));
    auto noFeedback = ws->complaints().advance(ticket->id, 3, step(ComplaintStage::FeedbackGiven), lina);
    REQUIRE_FALSE(noFeedback);
    CHECK(noFeedback.error().field == QStringLiteral("feedback"));
    REQUIRE(ws->complaints().advance(ticket->id, 3, step(ComplaintStage::FeedbackGiven, QStringLiteral("客户接受补偿")), lina));

    ComplaintStep close = step(ComplaintStage::Closed);
    close.cause = ComplaintCause::Logistics;
    auto closed = ws->complaints().advance(ticket->id, 4, close, lina);
    REQUIRE(closed);
    CHECK(closed->stage == ComplaintStage::Closed);
    CHECK(closed->closedAt == at("2026-11-16T11:00:00+08:00"));
    auto resolved = ws->tickets().get(ticket->id);
    REQUIRE(resolved);
    CHECK(resolved->status == TicketStatus::Resolved);
    CHECK(resolved->details.complaintCause == QStringLiteral("logistics"));
    CHECK(resolved->solution == QStringLiteral("客户接受补偿")); // the feedback, as no closing note was given
    CHECK(complaintEvents(ws, ticket->id)
          == QStringList{QStringLiteral("received>verified:call recording 3 min"), QStringLiteral("verified>handled:compensation 200.00"),
                         QStringLiteral("handled>feedback:客户接受补偿"), QStringLiteral("feedback>closed:")});

    // Reopened: the remedy did not settle it, so it is handled again.
    auto reopened = ws->tickets().changeStatus(ticket->id, resolved->version, TicketStatus::InProgress, lina, QStringLiteral("still angry"));
    REQUIRE(reopened);
    auto again = ws->complaints().ofTicket(ticket->id);
    REQUIRE(again);
    CHECK(again->stage == ComplaintStage::Verified);
    CHECK_FALSE(again->closedAt.has_value());
    CHECK(complaintEvents(ws, ticket->id).last() == QStringLiteral("closed>verified:"));
}

TEST_CASE("the complaint register lists open complaints oldest first, with overdue ones on their own", "[complaints]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    auto older = ws->tickets().create(complaintCall(QStringLiteral("older"), QStringLiteral("product_quality")), lina);
    ws.setNow("2026-11-20T10:00:00+08:00"); // Friday
    auto newer = ws->tickets().create(complaintCall(QStringLiteral("newer")), lina);
    TicketDraft fault = complaintCall(QStringLiteral("not a complaint"));
    fault.category = Category::Fault;
    auto other = ws->tickets().create(fault, lina);
    REQUIRE((older && newer && other));
    auto open = ws->complaints().openComplaints({});
    REQUIRE(open);
    REQUIRE(open->size() == 2);
    CHECK(open->at(0).ticketNumber == older->number);
    CHECK(open->at(0).cause == ComplaintCause::ProductQuality);
    CHECK(open->at(1).ticketNumber == newer->number);
    CHECK_FALSE(open->at(1).cause.has_value());
    // Mon 23rd 10:00 is the older one's closing deadline; a minute later it is overdue, the newer one not.
    ws.setNow("2026-11-23T10:01:00+08:00");
    auto overdue = ws->complaints().openComplaints({std::nullopt, true, 500});
    REQUIRE(overdue);
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).ticketNumber == older->number);
    auto byCause = ws->complaints().openComplaints({ComplaintCause::ProductQuality, false, 500});
    REQUIRE(byCause);
    CHECK(byCause->size() == 1);
}

TEST_CASE("a ticket made a complaint later starts the path, an imported one without a row starts it on its first step", "[complaints]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    TicketDraft draft = complaintCall(QStringLiteral("first a fault"));
    draft.category = Category::Fault;
    auto ticket = ws->tickets().create(draft, lina);
    REQUIRE(ticket);
    CHECK_FALSE(ws->complaints().ofTicket(ticket->id)); // not a complaint
    ws.setNow("2026-11-17T09:00:00+08:00");
    draft.category = Category::Complaint;
    REQUIRE(ws->tickets().edit(ticket->id, ticket->version, draft, lina));
    auto complaint = ws->complaints().ofTicket(ticket->id);
    REQUIRE(complaint);
    CHECK(complaint->id > 0);
    // Deadlines count from the ticket's creation, not from the edit.
    CHECK(complaint->closingDue == at("2026-11-23T10:00:00+08:00"));

    REQUIRE(sql::run(ws->database().connection(), QStringLiteral("DELETE FROM complaints WHERE ticket_id = ?"), {ticket->id}));
    auto unwritten = ws->complaints().ofTicket(ticket->id);
    REQUIRE(unwritten);
    CHECK(unwritten->id == 0);
    CHECK(unwritten->version == 0);
    CHECK(unwritten->closingDue == at("2026-11-23T10:00:00+08:00"));
    auto verified = ws->complaints().advance(ticket->id, 0, step(ComplaintStage::Verified, QStringLiteral("invoice checked")), lina);
    REQUIRE(verified);
    CHECK(verified->id > 0);
    CHECK(verified->stage == ComplaintStage::Verified);
}

TEST_CASE("technicians and inspectors do not take complaints along, inspectors record no costs", "[complaints][permissions]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    auto ticket = ws->tickets().create(complaintCall(QStringLiteral("noise")), ws.userId("li.na"));
    REQUIRE(ticket);
    for (const char* login : {"zhang.min", "zhao.qing"}) {
        auto refused = ws->complaints().advance(ticket->id, 1, step(ComplaintStage::Verified, QStringLiteral("seen")), ws.userId(login));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Forbidden);
    }
    auto refused = ws->costs().add(ticket->id, entry(CostKind::Transport, 5), ws.userId("zhao.qing"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    CHECK(ws->costs().lines(ticket->id)->isEmpty());
    CHECK(ws->costs().add(ticket->id, entry(CostKind::Transport, 5), ws.userId("zhang.min")));
}

TEST_CASE("cost lines are priced from the configured rates, and labour and parts in warranty are not charged", "[costs]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    CustomerDraft customer;
    customer.name = QStringLiteral("王芳");
    customer.phone = QStringLiteral("13800138000");
    auto created = ws->customers().create(customer, 0);
    REQUIRE(created);
    REQUIRE(ws->customers().addPurchase(created->id, {0, QStringLiteral("AC-3500"), QStringLiteral("SN1"), QDate(2026, 9, 1), 429900,
                                                      QDate(2027, 9, 1)}, 0));
    TicketDraft draft = complaintCall(QStringLiteral("不制冷"));
    draft.category = Category::Fault;
    draft.customerId = created->id;
    draft.serial = QStringLiteral("SN1");
    auto ticket = ws->tickets().create(draft, ws.userId("li.na"));
    REQUIRE(ticket);
    auto inWarranty = ws->costs().inWarranty(ticket->id, ws.now());
    REQUIRE(inWarranty);
    CHECK(*inWarranty);

    const qint64 technician = ws.userId("zhang.min");
    auto labour = ws->costs().add(ticket->id, entry(CostKind::Labour, 45), technician);
    REQUIRE(labour);
    CHECK(labour->role == Role::Technician);
    CHECK(labour->amountCents == 9000); // 45 min at 120.00 an hour
    CHECK(labour->chargedCents == 0);   // in warranty
    // 7 minutes at an agent's 60.00: 7.00; 1 minute at 50.00 is 0.8333 and rounds to 0.83.
    CostEntry agentLabour = entry(CostKind::Labour, 7);
    agentLabour.role = Role::Agent;
    CHECK(ws->costs().add(ticket->id, agentLabour, technician)->amountCents == 700);
    CostEntry odd = entry(CostKind::Labour, 1, 5000);
    CHECK(ws->costs().add(ticket->id, odd, technician)->amountCents == 83);
    auto parts = ws->costs().add(ticket->id, entry(CostKind::Parts, 2, 3550, QStringLiteral("压缩机电容")), technician);
    REQUIRE(parts);
    CHECK(parts->amountCents == 7100);
    CHECK(parts->chargedCents == 0);
    auto transport = ws->costs().add(ticket->id, entry(CostKind::Transport, 12), technician);
    REQUIRE(transport);
    CHECK(transport->amountCents == 4800); // 30.00 a visit + 12 km at 1.50
    CHECK(transport->chargedCents == 4800); // travel is not covered by warranty
    CostEntry gift = entry(CostKind::Other, 0, 1500, QStringLiteral("赠品"));
    gift.chargedCents = 0;
    auto other = ws->costs().add(ticket->id, gift, technician);
    REQUIRE(other);
    CHECK(other->chargedCents == 0);

    CostEntry tooMuch = entry(CostKind::Other, 0, 1000);
    tooMuch.chargedCents = 1001;
    auto refused = ws->costs().add(ticket->id, tooMuch, technician);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("charged"));
    auto unnamed = ws->costs().add(ticket->id, entry(CostKind::Parts, 1, 100), technician);
    REQUIRE_FALSE(unnamed);
    CHECK(unnamed.error().field == QStringLiteral("description"));
    auto noMinutes = ws->costs().add(ticket->id, entry(CostKind::Labour, 0), technician);
    REQUIRE_FALSE(noMinutes);
    CHECK(noMinutes.error().field == QStringLiteral("quantity"));

    REQUIRE(ws->costs().voidLine(other->id, technician));
    CHECK_FALSE(ws->costs().voidLine(other->id, technician)); // once
    auto summary = ws->costs().summary(ticket->id);
    REQUIRE(summary);
    CHECK(summary->byKind[0] == 9000 + 700 + 83);
    CHECK(summary->byKind[1] == 7100);
    CHECK(summary->byKind[2] == 4800);
    CHECK(summary->byKind[3] == 0);
    CHECK(summary->totalCents == 9783 + 7100 + 4800);
    CHECK(summary->chargedCents == 4800);
    auto timeline = ws->tickets().timeline(ticket->id);
    REQUIRE(timeline);
    const auto costEvents = std::count_if(timeline->begin(), timeline->end(), [](const TicketEvent& e) { return e.kind == QLatin1String("cost"); });
    const auto voidEvents = std::count_if(timeline->begin(), timeline->end(), [](const TicketEvent& e) { return e.kind == QLatin1String("cost_voided"); });
    CHECK(costEvents == 6);
    CHECK(voidEvents == 1);

    // After the warranty ends, labour is charged.
    ws.setNow("2027-09-02T10:00:00+08:00");
    CHECK(ws->costs().add(ticket->id, entry(CostKind::Labour, 30), technician)->chargedCents == 6000);
}

// The period is the week [Mon 2026-11-16, Mon 2026-11-23) in Asia/Shanghai,
// with complaints closed within 900 business minutes (two working days).
//  F1 fault, created Mon 09:00, resolved Mon 12:00; labour 60 min by a
//     technician (120.00, charged 0 by hand), a part 80.00 (charged).
//  C1 complaint (product quality), created Mon 10:00, due Wed 10:00; refund
//     200.00; closed Tue 10:00 as logistics: 390 + 60 = 450 business minutes;
//     transport 10 km (30.00 + 15.00 = 45.00, charged).
//  C2 complaint without a cause, created Tue 09:00, due by Wed's end (900 minutes), open: missed.
//  C3 complaint (service quality), created Wed 09:00, apology, closed Wed 11:00: 120 minutes.
//  F2 inquiry, created and resolved Thu, no costs.
TEST_CASE("the complaint and cost figures of a hand-made week", "[complaints][costs][kpi]")
{
    test::TempWorkspace ws("2026-11-16T09:00:00+08:00");
    Configuration config = ws->configuration();
    config.service.complaintClosingMin = 900;
    REQUIRE(ws->importConfiguration(config, ws.userId("admin")));
    const qint64 lina = ws.userId("li.na");
    const qint64 technician = ws.userId("zhang.min");
    const auto resolve = [&](qint64 id, const char* when) {
        ws.setNow(when);
        auto ticket = ws->tickets().get(id);
        REQUIRE(ticket);
        REQUIRE(ws->tickets().changeStatus(id, ticket->version, TicketStatus::Resolved, lina, QStringLiteral("done")));
    };
    const auto close = [&](qint64 id, const char* when, std::optional<ComplaintCause> cause) {
        ws.setNow(when);
        ComplaintStep last = step(ComplaintStage::Closed);
        last.cause = cause;
        REQUIRE(ws->complaints().advance(id, 4, last, lina));
    };

    TicketDraft fault = complaintCall(QStringLiteral("压缩机坏了"));
    fault.category = Category::Fault;
    fault.product = QStringLiteral("冷柜 BD-300");
    auto f1 = ws->tickets().create(fault, lina);
    REQUIRE(f1);
    CostEntry labour = entry(CostKind::Labour, 60);
    labour.chargedCents = 0;
    REQUIRE(ws->costs().add(f1->id, labour, technician));
    REQUIRE(ws->costs().add(f1->id, entry(CostKind::Parts, 1, 8000, QStringLiteral("压缩机")), technician));
    resolve(f1->id, "2026-11-16T12:00:00+08:00");

    ws.setNow("2026-11-16T10:00:00+08:00");
    auto c1 = ws->tickets().create(complaintCall(QStringLiteral("送货延误"), QStringLiteral("product_quality")), lina);
    REQUIRE(c1);
    CHECK(ws->complaints().ofTicket(c1->id)->closingDue == at("2026-11-18T10:00:00+08:00"));
    takeToFeedback(ws, c1->id, handled(Remedy::Refund, 20000));
    REQUIRE(ws->costs().add(c1->id, entry(CostKind::Transport, 10), technician));
    close(c1->id, "2026-11-17T10:00:00+08:00", ComplaintCause::Logistics);

    ws.setNow("2026-11-17T09:00:00+08:00");
    REQUIRE(ws->tickets().create(complaintCall(QStringLiteral("电话没人接")), lina));

    ws.setNow("2026-11-18T09:00:00+08:00");
    auto c3 = ws->tickets().create(complaintCall(QStringLiteral("态度差"), QStringLiteral("service_quality")), lina);
    REQUIRE(c3);
    takeToFeedback(ws, c3->id, handled(Remedy::Apology));
    close(c3->id, "2026-11-18T11:00:00+08:00", std::nullopt);

    ws.setNow("2026-11-19T09:00:00+08:00");
    TicketDraft inquiry = complaintCall(QStringLiteral("发票在哪里"));
    inquiry.category = Category::Inquiry;
    inquiry.product = QStringLiteral("冷柜 BD-300");
    auto f2 = ws->tickets().create(inquiry, lina);
    REQUIRE(f2);
    resolve(f2->id, "2026-11-19T10:00:00+08:00");
    ws.setNow("2026-11-25T09:00:00+08:00");

    ReportRequest request;
    request.from = at("2026-11-16T00:00:00+08:00");
    request.to = at("2026-11-23T00:00:00+08:00");
    request.zone = QTimeZone("Asia/Shanghai");
    auto report = KpiEngine(ws->database()).run(request);
    REQUIRE(report);
    const KpiFigures& f = report->figures;
    CHECK(f.complaintsCreated == 3);
    CHECK(f.complaintsClosed == 2);
    CHECK(f.complaintCloseMedianMin == 120.0); // [120, 450]: rank ceil(0.5 * 2) = 1
    CHECK(f.complaintDeadlinePct == 66.67);     // C1 and C3 met, C2 missed
    CHECK(f.remedyAmountTotal == 200.0);
    CHECK(f.costTotal == 245.0);
    CHECK(f.costPerResolved == 61.25); // 245.00 over F1, C1, C3, F2
    CHECK(f.costLabourPct == 48.98);   // 120 / 245
    CHECK(f.costPartsPct == 32.65);    // 80 / 245
    CHECK(f.costTransportPct == 18.37); // 45 / 245
    CHECK(f.costOtherPct == 0.0);
    CHECK(f.costChargedTotal == 125.0); // 80 + 45
    REQUIRE(report->byComplaintCause.size() == 3);
    CHECK(report->byComplaintCause[0].key == QStringLiteral("logistics"));
    CHECK(report->byComplaintCause[1].key == QStringLiteral("none"));
    CHECK(report->byComplaintCause[2].key == QStringLiteral("service_quality"));
    for (const CauseRow& row : report->byComplaintCause) {
        CHECK(row.created == 1);
        CHECK(row.pct == 33.33);
    }
    REQUIRE(report->costByCategory.size() == 3);
    CHECK(report->costByCategory[0].key == QStringLiteral("complaint"));
    CHECK(report->costByCategory[0].resolved == 2);
    CHECK(report->costByCategory[0].costTotal == 45.0);
    CHECK(report->costByCategory[0].costPerResolved == 22.5);
    CHECK(report->costByCategory[1].key == QStringLiteral("fault"));
    CHECK(report->costByCategory[1].costTotal == 200.0);
    CHECK(report->costByCategory[2].key == QStringLiteral("inquiry"));
    CHECK(report->costByCategory[2].costPerResolved == 0.0);
    // By product: F1 and F2 are 冷柜 BD-300 (200.00 over 2), the complaints name none (45.00 over 2).
    REQUIRE(report->costByProduct.size() == 2);
    CHECK(report->costByProduct[0].key == QStringLiteral("冷柜 BD-300"));
    CHECK(report->costByProduct[0].resolved == 2);
    CHECK(report->costByProduct[0].costTotal == 200.0);
    CHECK(report->costByProduct[0].costPerResolved == 100.0);
    CHECK(report->costByProduct[1].key.isEmpty());
    CHECK(report->costByProduct[1].costTotal == 45.0);
    CHECK(report->costByProduct[1].costPerResolved == 22.5);
    // By day: F1 on the 16th (200.00), C1 the 17th (45.00), C3 the 18th and F2 the 19th (nothing); none resolved after.
    REQUIRE(report->trend.size() == 7);
    const std::vector<std::optional<double>> costs{200.0, 45.0, 0.0, 0.0, std::nullopt, std::nullopt, std::nullopt};
    for (size_t day = 0; day < costs.size(); ++day) {
        CHECK(report->trend[qsizetype(day)].costTotal == costs[day]);
        CHECK(report->trend[qsizetype(day)].costPerResolved == costs[day]); // one ticket a day
    }

    // A period with nothing resolved: the figures are empty, never 0.
    request.from = at("2026-12-01T00:00:00+08:00");
    request.to = at("2026-12-08T00:00:00+08:00");
    auto empty = KpiEngine(ws->database()).run(request);
    REQUIRE(empty);
    CHECK_FALSE(empty->figures.remedyAmountTotal.has_value());
    CHECK_FALSE(empty->figures.costTotal.has_value());
    CHECK_FALSE(empty->figures.complaintDeadlinePct.has_value());
}

TEST_CASE("demo data carries complaint paths and repair costs that agree with the tickets' lives", "[complaints][costs][demo]")
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
    CHECK(count("SELECT COUNT(*) FROM tickets WHERE category = 'complaint'") > 0);
    // One row per complaint ticket, none for other tickets.
    CHECK(count("SELECT COUNT(*) FROM tickets t LEFT JOIN complaints c ON c.ticket_id = t.id "
                "WHERE (t.category = 'complaint') <> (c.id IS NOT NULL)") == 0);
    // Closed exactly when the ticket is resolved, at its resolution, after the path's three steps.
    CHECK(count("SELECT COUNT(*) FROM complaints c JOIN tickets t ON t.id = c.ticket_id "
                "WHERE (c.stage = 'closed') <> (t.is_open = 0) OR (c.stage = 'closed' AND c.closed_at <> t.resolved_at)") == 0);
    CHECK(count("SELECT COUNT(*) FROM complaints c WHERE c.stage = 'closed' AND "
                "(SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = c.ticket_id AND e.kind = 'complaint') <> 4") == 0);
    CHECK(count("SELECT COUNT(*) FROM complaints WHERE stage <> 'received' AND (responded_at IS NULL OR evidence = '')") == 0);
    CHECK(count("SELECT COUNT(*) FROM complaints WHERE remedy IN ('refund', 'compensation') AND COALESCE(remedy_cents, 0) <= 0") == 0);
    CHECK(count("SELECT COUNT(*) FROM complaints WHERE response_due >= closing_due") == 0);
    // Costs: on repairs only, each with its event; labour at the technician's 120.00 an hour; never charged more than it cost.
    CHECK(count("SELECT COUNT(*) FROM cost_lines") > 0);
    CHECK(count("SELECT COUNT(*) FROM cost_lines l JOIN tickets t ON t.id = l.ticket_id WHERE t.category NOT IN ('fault', 'return')") == 0);
    CHECK(count("SELECT COUNT(*) FROM cost_lines") == count("SELECT COUNT(*) FROM ticket_events WHERE kind = 'cost'"));
    CHECK(count("SELECT COUNT(*) FROM cost_lines WHERE kind = 'labour' AND amount_cents <> (quantity * 12000 + 30) / 60") == 0);
    CHECK(count("SELECT COUNT(*) FROM cost_lines WHERE charged_cents > amount_cents OR charged_cents < 0") == 0);
    CHECK(count("SELECT COUNT(*) FROM cost_lines WHERE kind = 'transport' AND charged_cents <> amount_cents") == 0);
    CHECK(count("SELECT COUNT(*) FROM cost_lines WHERE kind IN ('labour', 'parts') AND charged_cents = 0") > 0); // some in warranty
}

TEST_CASE("closing a complaint needs the complaint permission whichever way it is asked for", "[complaints][permissions]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    auto ticket = ws->tickets().create(complaintCall(QStringLiteral("漏水"), QStringLiteral("product_quality")), ws.userId("li.na"));
    REQUIRE(ticket);
    takeToFeedback(ws, ticket->id, handled(Remedy::Repair));
    // A technician may resolve tickets, but a complaint is closed by the desk.
    auto refused = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, ws.userId("zhang.min"),
                                              QStringLiteral("fixed the leak"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    CHECK(ws->complaints().ofTicket(ticket->id)->stage == ComplaintStage::FeedbackGiven);
    CHECK(ws->tickets().get(ticket->id)->status == ticket->status);
    CHECK(ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, ws.userId("li.na"), QStringLiteral("fixed")));
    auto closed = ws->complaints().advance(ticket->id, 5, step(ComplaintStage::Closed), ws.userId("li.na"));
    REQUIRE_FALSE(closed);
    CHECK(closed.error().message.contains(QStringLiteral("is closed")));
}

TEST_CASE("a complaint's first step written twice at once is a conflict, not a database error", "[complaints]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    auto ticket = ws->tickets().create(complaintCall(QStringLiteral("漏水")), ws.userId("li.na"));
    REQUIRE(ticket);
    ComplaintStore store(ws->database());
    auto started = ComplaintStore::started(*ticket, ws->configuration());
    REQUIRE(started);
    // The row the ticket got when it was created is there: a second first write loses.
    auto again = store.insert(*started, ticket->uuid, ws.userId("li.na"), ws.now());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(again.error().message.contains(ticket->number));
}

TEST_CASE("a complaint closed at one office while another kept its ticket open can be closed again", "[complaints][sync]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    auto ticket = ws->tickets().create(complaintCall(QStringLiteral("漏水"), QStringLiteral("logistics")), lina);
    REQUIRE(ticket);
    takeToFeedback(ws, ticket->id, handled(Remedy::Apology));
    // What merging the two offices' files leaves: the stage closed, the ticket still open.
    REQUIRE(sql::run(ws->database().connection(), QStringLiteral("UPDATE complaints SET stage = 'closed', closed_at = ? WHERE ticket_id = ?"),
                     {ws.now(), ticket->id}));
    auto shown = ws->complaints().ofTicket(ticket->id);
    REQUIRE(shown);
    CHECK(shown->stage == ComplaintStage::FeedbackGiven);
    auto closed = ws->complaints().advance(ticket->id, shown->version, step(ComplaintStage::Closed), lina);
    REQUIRE(closed);
    CHECK(closed->stage == ComplaintStage::Closed);
    CHECK(ws->tickets().get(ticket->id)->status == TicketStatus::Resolved);
    CHECK(complaintEvents(ws, ticket->id).last() == QStringLiteral("feedback>closed:"));
}

TEST_CASE("labour for a role without an hourly rate is refused unless the rate is given", "[costs]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    auto ticket = ws->tickets().create(complaintCall(QStringLiteral("漏水")), ws.userId("li.na"));
    REQUIRE(ticket);
    CostEntry labour = entry(CostKind::Labour, 30);
    labour.role = Role::Inspector;
    auto refused = ws->costs().add(ticket->id, labour, ws.userId("li.na"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("role"));
    labour.unitCents = 8000;
    CHECK(ws->costs().add(ticket->id, labour, ws.userId("li.na"))->amountCents == 4000);
}

TEST_CASE("satisfaction is recorded on timeliness, professionalism and attitude beside the overall score", "[csat]")
{
    test::TempWorkspace ws("2026-11-16T10:00:00+08:00");
    const qint64 lina = ws.userId("li.na");
    TicketDraft fault = complaintCall(QStringLiteral("不制冷"));
    fault.category = Category::Fault;
    auto ticket = ws->tickets().create(fault, lina);
    REQUIRE(ticket);
    REQUIRE(ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, lina, QStringLiteral("换了电容")));
    auto refused = ws->tickets().recordSatisfaction(ticket->id, 4, {}, lina, SatisfactionDetail{0, 5, 4});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("timeliness"));
    CHECK_FALSE(ws->tickets().get(ticket->id)->csatScore.has_value()); // nothing half-written
    REQUIRE(ws->tickets().recordSatisfaction(ticket->id, 4, QStringLiteral("师傅很专业"), lina, SatisfactionDetail{3, 5, 4}));
    auto detail = ws->tickets().satisfactionDetail(ticket->id);
    REQUIRE(detail);
    REQUIRE(detail->has_value());
    CHECK((*detail)->timeliness == 3);
    CHECK((*detail)->professionalism == 5);
    CHECK((*detail)->attitude == 4);
    CHECK(ws->tickets().get(ticket->id)->csatScore == 4);
    // The customer's second answer replaces the first, in the same row.
    REQUIRE(ws->tickets().recordSatisfaction(ticket->id, 5, {}, lina, SatisfactionDetail{4, 5, 5}));
    CHECK((*ws->tickets().satisfactionDetail(ticket->id))->timeliness == 4);
    auto rows = sql::scalar(ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM satisfaction_details"));
    REQUIRE(rows);
    CHECK(rows->toInt() == 1);
    auto timeline = ws->tickets().timeline(ticket->id);
    REQUIRE(timeline);
    QStringList surveys;
    for (const TicketEvent& e : *timeline)
        if (e.kind == QLatin1String("survey"))
            surveys.append(e.newValue + QLatin1Char(' ') + e.field);
    CHECK(surveys == QStringList{QStringLiteral("4 3/5/4"), QStringLiteral("5 4/5/5")});
}

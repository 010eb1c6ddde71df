// The risk register (docs/RISKS.md): recording and assessing risks, the
// ranked list and heat map, the status rules, and the alert rules on
// hand-made tickets, with every expected figure worked out in the comments.
#include "TestSupport.h"

#include "risk/RiskAlerts.h"
#include "risk/RiskRegister.h"
#include "risk/RiskText.h"
#include "storage/Sql.h"
#include "tickets/Notifications.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace sd;

namespace {

RiskDraft draftOf(const char* title, int probability, int impact)
{
    RiskDraft draft;
    draft.title = QString::fromUtf8(title);
    draft.probability = probability;
    draft.impact = impact;
    return draft;
}

QStringList titles(const QList<Risk>& risks)
{
    QStringList out;
    for (const Risk& risk : risks)
        out << RiskText::title(risk);
    return out;
}

// Every day 09:00-17:00 UTC; every policy: resolution within 60 business minutes.
Configuration alertConfiguration(const Configuration& base, bool sla)
{
    Configuration config = base;
    const QByteArray calendar = R"({"timezone": "UTC", "week": {
        "mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]], "thu": [["09:00","17:00"]],
        "fri": [["09:00","17:00"]], "sat": [["09:00","17:00"]], "sun": [["09:00","17:00"]]}})";
    config.calendars.clear();
    config.calendars.insert(QStringLiteral("office"), BusinessCalendar::fromJson(QJsonDocument::fromJson(calendar).object()).value());
    for (SlaPolicy& policy : config.policies) {
        policy.calendarCode = QStringLiteral("office");
        policy.firstResponseMin = 30;
        policy.resolutionMin = 60;
    }
    RiskAlertRules& r = config.service.riskAlerts;
    r = RiskAlertRules{};
    r.complaintSurge = !sla;
    r.complaintDays = 7;
    r.complaintsAbove = 3;
    r.complaintGrowthPct = 50;
    r.complaintGrowthFrom = 2;
    r.productFaults = !sla;
    r.faultDays = 30;
    r.faultsAbove = 2;
    r.faultGrowthPct = 50; // BCD-500: 3 > 1 × 1.5
    r.teamSla = sla;
    r.slaDays = 7;
    r.slaBelowPct = 80;
    r.slaMinTickets = 3;
    return config;
}

struct Desk
{
    test::TempWorkspace ws{"2026-11-01T08:00:00Z"};
    qint64 admin = ws.userId("admin");
    qint64 supervisor = ws.userId("sun.hui");

    explicit Desk(bool sla = false)
    {
        REQUIRE(ws->importConfiguration(alertConfiguration(ws->configuration(), sla), admin));
    }
    Ticket ticket(const char* when, Category category, const char* product, const char* team)
    {
        ws.setNow(when);
        TicketDraft draft;
        draft.contactName = QStringLiteral("周先生");
        draft.subject = QStringLiteral("冰箱不制冷");
        draft.category = category;
        draft.product = QString::fromUtf8(product);
        draft.teamCode = QString::fromUtf8(team);
        if (category == Category::Complaint)
            draft.complaintCause = QStringLiteral("product_quality");
        auto made = ws->tickets().create(draft, admin);
        REQUIRE(made);
        return *made;
    }
    void resolve(const Ticket& t, const char* when)
    {
        ws.setNow(when);
        REQUIRE(ws->tickets().changeStatus(t.id, t.version, TicketStatus::Resolved, admin, QStringLiteral("换了温控器")));
    }
    int riskNotifications(const char* login)
    {
        auto count = sql::scalar(ws->database().connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id "
                                                "WHERE u.login = ? AND n.kind = 'risk_raised'"),
                                 {QString::fromLatin1(login)});
        REQUIRE(count);
        return count->toInt();
    }
};

} // namespace

TEST_CASE("risks are ranked by score and counted on the heat map", "[risks]")
{
    Desk desk;
    RiskRegister& risks = desk.ws->risks();
    REQUIRE(risks.create(draftOf("延保政策纠纷", 2, 5), desk.supervisor));       // 10
    REQUIRE(risks.create(draftOf("Courier strike", 4, 4), desk.supervisor));     // 16
    REQUIRE(risks.create(draftOf("Hotline staff turnover", 5, 2), desk.supervisor)); // 10, lower impact
    REQUIRE(risks.create(draftOf("Customer data leak", 1, 5), desk.supervisor));   // 5
    auto second = risks.create(draftOf("Phone system outage", 2, 5), desk.supervisor); // 10
    REQUIRE(second);
    REQUIRE(risks.setStatus(second->id, second->version, RiskStatus::Closed, desk.supervisor));

    auto live = risks.ranked({});
    REQUIRE(live);
    // 16; then the two 10s: impact 5 before impact 2; then 5. The closed one is left out.
    CHECK(titles(*live) == QStringList{QStringLiteral("Courier strike"), QStringLiteral("延保政策纠纷"),
                                       QStringLiteral("Hotline staff turnover"), QStringLiteral("Customer data leak")});
    CHECK(live->first().score() == 16);
    RiskQuery everything;
    everything.includeClosed = true;
    CHECK(risks.ranked(everything)->size() == 5);
    RiskQuery cell;
    cell.probability = 2;
    cell.impact = 5;
    CHECK(titles(*risks.ranked(cell)) == QStringList{QStringLiteral("延保政策纠纷")});

    auto heat = risks.heatMap();
    REQUIRE(heat);
    QStringList cells;
    for (const HeatCell& c : *heat)
        cells << QStringLiteral("%1x%2=%3").arg(c.probability).arg(c.impact).arg(c.count);
    CHECK(cells == QStringList{QStringLiteral("1x5=1"), QStringLiteral("2x5=1"), QStringLiteral("4x4=1"), QStringLiteral("5x2=1")});
    CHECK(RiskText::level(4) == RiskText::Level::Low);
    CHECK(RiskText::level(5) == RiskText::Level::Medium);
    CHECK(RiskText::level(16) == RiskText::Level::High);
    CHECK(RiskText::level(20) == RiskText::Level::Extreme);
}

TEST_CASE("a risk's fields, versions and status moves are checked", "[risks]")
{
    Desk desk;
    RiskRegister& risks = desk.ws->risks();
    auto untitled = risks.create(draftOf("  ", 3, 3), desk.supervisor);
    REQUIRE_FALSE(untitled);
    CHECK(untitled.error().field == QLatin1String("title"));
    auto improbable = risks.create(draftOf("Flood in the warehouse", 6, 3), desk.supervisor);
    REQUIRE_FALSE(improbable);
    CHECK(improbable.error().field == QLatin1String("probability"));
    RiskDraft noOwner = draftOf("Flood in the warehouse", 2, 4);
    noOwner.ownerId = 99999;
    CHECK(risks.create(noOwner, desk.supervisor).error().field == QLatin1String("owner"));

    auto risk = risks.create(draftOf("Flood in the warehouse", 2, 4), desk.supervisor);
    REQUIRE(risk);
    CHECK(risk->officeCode == QLatin1String("HQ"));
    auto mitigating = risks.setStatus(risk->id, risk->version, RiskStatus::Mitigating, desk.supervisor);
    REQUIRE_FALSE(mitigating);
    CHECK(mitigating.error().field == QLatin1String("mitigation"));
    RiskDraft planned = risk->draft;
    planned.mitigation = QStringLiteral("Raise the shelves by 30 cm");
    auto edited = risks.update(risk->id, risk->version, planned, desk.supervisor);
    REQUIRE(edited);
    auto stale = risks.update(risk->id, risk->version, planned, desk.supervisor);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    auto moved = risks.setStatus(edited->id, edited->version, RiskStatus::Mitigating, desk.supervisor);
    REQUIRE(moved);
    RiskDraft unplanned = moved->draft;
    unplanned.mitigation.clear();
    auto emptied = risks.update(moved->id, moved->version, unplanned, desk.supervisor);
    REQUIRE_FALSE(emptied); // a risk being mitigated keeps its plan
    CHECK(emptied.error().field == QLatin1String("mitigation"));
    auto accepted = risks.setStatus(moved->id, moved->version, RiskStatus::Accepted, desk.supervisor);
    REQUIRE_FALSE(accepted); // no contingency plan yet
    CHECK(accepted.error().field == QLatin1String("contingency"));
    auto closed = risks.setStatus(moved->id, moved->version, RiskStatus::Closed, desk.supervisor);
    REQUIRE(closed);
    auto fromClosed = risks.setStatus(closed->id, closed->version, RiskStatus::Mitigating, desk.supervisor);
    REQUIRE_FALSE(fromClosed);
    CHECK(fromClosed.error().code == Error::Code::IllegalTransition);
    REQUIRE(risks.setStatus(closed->id, closed->version, RiskStatus::Open, desk.supervisor));
    // An inspector reads the register; an agent does not; neither writes it.
    CHECK(risks.requireView(desk.ws.userId("zhao.qing")));
    CHECK_FALSE(risks.requireView(desk.ws.userId("li.na")));
    auto forbidden = risks.create(draftOf("Too many calls", 3, 3), desk.ws.userId("zhao.qing"));
    REQUIRE_FALSE(forbidden);
    CHECK(forbidden.error().code == Error::Code::Forbidden);
}

TEST_CASE("a risk keeps the history of its changes: each field, each status move, by whom", "[risks]")
{
    Desk desk;
    RiskRegister& risks = desk.ws->risks();
    auto risk = risks.create(draftOf("Flood in the warehouse", 2, 4), desk.supervisor);
    REQUIRE(risk);
    desk.ws.setNow("2026-11-02T09:00:00Z");
    RiskDraft planned = risk->draft;
    planned.impact = 5;
    planned.mitigation = QStringLiteral("Raise the shelves by 30 cm");
    planned.reviewOn = QDate(2026, 11, 15);
    planned.ownerId = desk.ws.userId("li.na");
    auto edited = risks.update(risk->id, risk->version, planned, desk.supervisor);
    REQUIRE(edited);
    REQUIRE_FALSE(risks.update(risk->id, risk->version, planned, desk.supervisor)); // stale: nothing written
    auto moved = risks.setStatus(edited->id, edited->version, RiskStatus::Mitigating, desk.ws.userId("admin"));
    REQUIRE(moved);
    REQUIRE(risks.update(moved->id, moved->version, moved->draft, desk.supervisor)); // nothing changed: nothing written

    auto history = risks.history(*moved);
    REQUIRE(history);
    QStringList rows;
    for (const RiskEvent& event : *history)
        rows.append(QStringList{event.kind, event.actorName, event.field, event.oldValue, event.newValue}.join(QLatin1Char('|')));
    CHECK(rows == QStringList{QStringLiteral("created|孙慧|||"), QStringLiteral("changed|孙慧|impact|4|5"),
                              QStringLiteral("changed|孙慧|mitigation||Raise the shelves by 30 cm"),
                              QStringLiteral("changed|孙慧|review_on||2026-11-15"), QStringLiteral("changed|孙慧|owner||李娜"),
                              QStringLiteral("status|Administrator||open|mitigating")});
    CHECK(history->at(0).at == test::at("2026-11-01T08:00:00Z"));
    CHECK(history->at(1).at == test::at("2026-11-02T09:00:00Z"));
    CHECK(RiskText::change(*moved, history->at(0)) == QStringLiteral("Recorded the risk."));
    CHECK(RiskText::change(*moved, history->at(1)) == QStringLiteral("Changed the impact from “4” to “5”."));
    CHECK(RiskText::change(*moved, history->at(2)) == QStringLiteral("Rewrote the mitigation plan: Raise the shelves by 30 cm"));
    CHECK(RiskText::change(*moved, history->at(4)) == QStringLiteral("Changed the owner from “none” to “李娜”."));
    CHECK(RiskText::change(*moved, history->at(5)) == QStringLiteral("Moved the risk from “Open risk” to “Being mitigated”."));
}

// Now is Sun 2026-11-29 12:00Z. Complaints window [Nov 22 12:00, now), the one
// before [Nov 15 12:00, Nov 22 12:00). Fault window: 30 days, from Oct 30 12:00.
TEST_CASE("a complaint surge and a product's faults raise risks once, and tell the supervisors", "[risks]")
{
    Desk desk;
    desk.ticket("2026-11-16T10:00:00Z", Category::Complaint, "", "");
    desk.ticket("2026-11-23T10:00:00Z", Category::Complaint, "", "");
    desk.ticket("2026-11-25T10:00:00Z", Category::Complaint, "", "");
    desk.ticket("2026-11-29T09:00:00Z", Category::Complaint, "", "");
    for (const char* when : {"2026-10-29T10:00:00Z" /* 31 days: the window before */, "2026-11-02T10:00:00Z", "2026-11-20T10:00:00Z",
                             "2026-11-28T10:00:00Z"})
        desk.ticket(when, Category::Fault, "冰箱 BCD-500", "");
    desk.ticket("2026-11-10T10:00:00Z", Category::Fault, "洗衣机 XQB-80", "");
    desk.ticket("2026-11-11T10:00:00Z", Category::Fault, "洗衣机 XQB-80", "");
    desk.ws.setNow("2026-11-29T12:00:00Z");

    RiskAlerts& alerts = desk.ws->riskAlerts();
    auto found = alerts.findings();
    REQUIRE(found);
    // Complaints: 3 now (not more than 3), 1 before: 3 >= 2 and 300 > 1 × 150, so the growth fires.
    // Faults: BCD-500 has 3 in the window (> 2); XQB-80 has 2 (not more than 2).
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).ruleCode == QLatin1String("complaint_surge"));
    CHECK(found->at(0).alert.value(QStringLiteral("count")).toInt() == 3);
    CHECK(found->at(0).alert.value(QStringLiteral("previous")).toInt() == 1);
    CHECK(found->at(1).ruleCode == QLatin1String("product_faults"));
    CHECK(found->at(1).ruleKey == QStringLiteral("冰箱 BCD-500"));
    CHECK(found->at(1).alert.value(QStringLiteral("count")).toInt() == 3);
    CHECK(found->at(1).alert.value(QStringLiteral("previous")).toInt() == 1); // Oct 29: the 30 days before

    CHECK_FALSE(alerts.check(desk.ws.userId("li.na"))); // an agent may not
    auto first = alerts.check(desk.supervisor);
    REQUIRE(first);
    CHECK(first->firing == 2);
    CHECK(first->raised == 2);
    CHECK(desk.riskNotifications("sun.hui") == 2);
    CHECK(desk.riskNotifications("li.na") == 0);
    auto raised = desk.ws->risks().get(first->raisedIds.at(0));
    REQUIRE(raised);
    CHECK(raised->draft.kind == RiskKind::ComplaintSurge);
    CHECK(raised->score() == 12); // 4 × 3
    CHECK(raised->draft.reviewOn == QDate(2026, 12, 6)); // a week from the office's today (Asia/Shanghai: the 29th)
    CHECK(RiskText::title(*raised) == QStringLiteral("Complaint surge: 3 complaints in 7 days"));
    auto bell = desk.ws->tickets().notifications().latest(desk.supervisor);
    REQUIRE(bell);
    CHECK(bell->first().riskId.has_value());
    CHECK(bell->first().riskTitle == QStringLiteral("Faults of 冰箱 BCD-500: 3 tickets in 30 days"));

    // The same figures again: nothing written.
    auto again = alerts.check(desk.supervisor);
    REQUIRE(again);
    CHECK(again->raised == 0);
    CHECK(again->updated == 0);
    // One more complaint: the live risk is updated, nobody is told twice.
    desk.ticket("2026-11-29T12:30:00Z", Category::Complaint, "", "");
    desk.ws.setNow("2026-11-29T13:00:00Z");
    auto more = alerts.check(desk.supervisor);
    REQUIRE(more);
    CHECK(more->raised == 0);
    CHECK(more->updated == 1);
    auto updated = desk.ws->risks().get(raised->id);
    CHECK(updated->alertCount == 2);
    CHECK(updated->alert.value(QStringLiteral("count")).toInt() == 4);
    CHECK(desk.riskNotifications("sun.hui") == 2);
    // Its history: raised by the rule (sun.hui's check), then the new figures, worded from them.
    auto history = desk.ws->risks().history(*updated);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).kind == QLatin1String("created"));
    CHECK(history->at(0).newValue == QLatin1String("complaint_surge"));
    CHECK(history->at(1).kind == QLatin1String("alert"));
    CHECK(history->at(1).actorName == QStringLiteral("孙慧"));
    CHECK(RiskText::change(*updated, history->at(1)).startsWith(QStringLiteral("The alert rule found new figures: 4 complaints in the last 7 days, 1 in")));
    // Closed by the supervisor while it still holds: the next check raises a new one.
    REQUIRE(desk.ws->risks().setStatus(updated->id, updated->version, RiskStatus::Closed, desk.supervisor));
    auto reopened = alerts.check(desk.supervisor);
    REQUIRE(reopened);
    CHECK(reopened->raised == 1);
    CHECK(desk.riskNotifications("sun.hui") == 3);
}

// Now is Sun 2026-11-29 12:00Z; the window is [Nov 22 12:00, now). Resolution is due
// 60 business minutes after creation (every day 09:00-17:00 UTC).
TEST_CASE("a team whose SLA compliance falls below the threshold raises a staffing risk for its supervisors", "[risks]")
{
    Desk desk(true);
    // Hotline: 4 counted, 1 resolved in time: 25 % < 80 %.
    Ticket met = desk.ticket("2026-11-24T10:00:00Z", Category::Fault, "", "hotline");
    desk.resolve(met, "2026-11-24T10:30:00Z");
    desk.ticket("2026-11-25T10:00:00Z", Category::Fault, "", "hotline"); // due 11:00, open: missed
    Ticket late = desk.ticket("2026-11-26T10:00:00Z", Category::Fault, "", "hotline");
    desk.resolve(late, "2026-11-26T15:00:00Z");                            // resolved after 11:00: missed
    desk.ticket("2026-11-27T10:00:00Z", Category::Fault, "", "hotline");  // missed
    desk.ticket("2026-11-29T11:30:00Z", Category::Fault, "", "hotline");  // due 12:30, after now: not counted
    desk.ticket("2026-11-20T10:00:00Z", Category::Fault, "", "hotline");  // before the window
    // Tech: 2 counted, both in time, and below the 3 tickets a figure needs anyway.
    for (const char* when : {"2026-11-24T10:00:00Z", "2026-11-25T10:00:00Z"}) {
        Ticket t = desk.ticket(when, Category::Fault, "", "tech");
        desk.resolve(t, QByteArray(when).replace("10:00", "10:20").constData());
    }
    desk.ws.setNow("2026-11-29T12:00:00Z");
    auto found = desk.ws->riskAlerts().findings();
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    const AlertFinding& hotline = found->first();
    CHECK(hotline.ruleCode == QLatin1String("team_sla"));
    CHECK(hotline.ruleKey == QLatin1String("hotline"));
    CHECK(hotline.kind == RiskKind::Staffing);
    CHECK(hotline.alert.value(QStringLiteral("counted")).toInt() == 4);
    CHECK(hotline.alert.value(QStringLiteral("met")).toInt() == 1);
    CHECK(hotline.alert.value(QStringLiteral("pct")).toDouble() == 25.0);
    auto checked = desk.ws->riskAlerts().check(desk.supervisor);
    REQUIRE(checked);
    CHECK(checked->raised == 1);
    // sun.hui supervises the hotline.
    CHECK(desk.riskNotifications("sun.hui") == 1);
    auto raised = desk.ws->risks().get(checked->raisedIds.first());
    REQUIRE(raised);
    CHECK(RiskText::title(*raised) == QStringLiteral("SLA of team Hotline at 25.0 %"));
    // The same figures at the next check: nothing written, whatever the desk's language.
    auto again = desk.ws->riskAlerts().check(desk.supervisor);
    REQUIRE(again);
    CHECK(again->updated == 0);
}

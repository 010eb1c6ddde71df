// The KPI engine on a hand-made week. Calendar "office": Mon-Fri 09:00-17:00
// UTC (480 business minutes a day); every policy: first response 60 min,
// resolution 480 min. Report period [Mon 2026-03-02 00:00Z, Mon 2026-03-09 00:00Z).
//
//  T1 created Mon 09:00, reply 09:30 (frt 30), resolved Mon 13:00 (240), csat 5. li.na, fault.
//     FR due 10:00 met; resolution due Mon 17:00 met; 1 reply: first-contact resolution.
//  T2 created Mon 16:00, reply Tue 10:00 (frt 60 + 60 = 120; FR due Mon 17:00 missed),
//     pending Tue 11:00 - Wed 11:00 (paused 360 + 120 = 480), 2nd reply Wed 14:00,
//     resolved Wed 15:00: business 60 + 480 + 360 = 900, less 480 paused = 420.
//     Resolution due = 480 + 480 = 960 min from Mon 16:00 = Wed 16:00: met. csat 3.
//     wang.lei, complaint.
//  T3 created Tue 10:00, nothing else. FR due Tue 11:00 and resolution due
//     (Tue 420 + Wed 60) Wed 10:00 both before the end: counted, missed. Unassigned, inquiry.
//  T4 created Wed 09:00, reply 09:10 (frt 10), resolved Wed 10:00, reopened Thu 09:00
//     (paused += Wed 10:00-17:00 = 420), resolved Thu 11:00: business 480 + 120 = 600,
//     less 420 = 180. Due: 480 + 420 = 900 min from Wed 09:00 = Thu 16:00: met.
//     Reopened once. csat 4. li.na, fault.
//  T5 created Fri 16:30, reply 16:45 (frt 15), open. Resolution due Mon 9th 16:30,
//     after the period: not counted for resolution compliance. li.na, guidance.
//  T6 created Fri 2026-02-27 10:00 (before the period), no reply, resolved Mon 2nd
//     10:00: business 420 + 60 = 480, due exactly Mon 10:00: met (the due instant is
//     on time). 0 replies: first-contact. wang.lei, fault.
//  T7 created exactly at the end, Mon 9th 00:00: outside C and not in the backlog.
//  T8 created exactly at the start, Mon 2nd 00:00; reply Mon 09:20 (frt 20, business
//     time starts 09:00), resolved exactly at the end, Mon 9th 00:00: not in R, still
//     in the backlog; counted for resolution compliance (it is resolved) and missed
//     (due Mon 2nd 17:00). li.na, suggestion.
#include "TestSupport.h"

#include "reports/AgentPerformance.h"
#include "reports/KpiAccumulator.h"
#include "reports/ReportExport.h"
#include "reports/KpiEngine.h"
#include "reports/TermCounter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::at;

namespace {

Configuration officeConfiguration(const Configuration& base)
{
    Configuration config = base;
    const QByteArray calendar = R"({"timezone": "UTC", "week": {
        "mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]], "wed": [["09:00","17:00"]],
        "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]}})";
    config.calendars.clear();
    config.calendars.insert(QStringLiteral("office"),
                            BusinessCalendar::fromJson(QJsonDocument::fromJson(calendar).object()).value());
    for (SlaPolicy& policy : config.policies) {
        policy.calendarCode = QStringLiteral("office");
        policy.firstResponseMin = 60;
        policy.resolutionMin = 480;
    }
    return config;
}

struct Week
{
    test::TempWorkspace ws{"2026-02-27T10:00:00Z"};
    qint64 lina = 0, wanglei = 0;

    Week()
    {
        REQUIRE(ws->importConfiguration(officeConfiguration(ws->configuration()), ws.userId("admin")));
        lina = ws.userId("li.na");
        wanglei = ws.userId("wang.lei");
        build();
    }

    Ticket create(const char* when, const char* subject, Category category)
    {
        ws.setNow(when);
        TicketDraft draft;
        draft.contactName = QStringLiteral("Caller");
        draft.subject = QString::fromUtf8(subject);
        draft.category = category;
        if (category == Category::Complaint)
            draft.complaintCause = QStringLiteral("service_quality"); // a complaint is resolved only with its cause
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws->tickets().create(draft, 0);
        REQUIRE(ticket);
        return *ticket;
    }
    Ticket assign(const Ticket& t, qint64 user)
    {
        auto done = ws->tickets().assign(t.id, t.version, user, QString(), user);
        REQUIRE(done);
        return *done;
    }
    Ticket reply(const Ticket& t, const char* when)
    {
        ws.setNow(when);
        auto done = ws->tickets().addComment(t.id, QStringLiteral("reply"), true, t.assigneeId.value_or(0));
        REQUIRE(done);
        return *done;
    }
    Ticket move(const Ticket& t, const char* when, TicketStatus to)
    {
        ws.setNow(when);
        auto done = ws->tickets().changeStatus(t.id, t.version, to, t.assigneeId.value_or(0), QStringLiteral("fixed"));
        REQUIRE(done);
        return *done;
    }
    // A complaint is resolved at the end of its own path.
    void takeAlongComplaintPath(const Ticket& t, const char* when)
    {
        ws.setNow(when);
        int version = 1;
        for (ComplaintStep step : {ComplaintStep{ComplaintStage::Verified, QStringLiteral("engineer's report"), {}, {}, {}},
                                   ComplaintStep{ComplaintStage::Handled, {}, Remedy::Apology, {}, {}},
                                   ComplaintStep{ComplaintStage::FeedbackGiven, QStringLiteral("accepted"), {}, {}, {}}})
            REQUIRE(ws->complaints().advance(t.id, version++, step, *t.assigneeId));
    }
    void rate(const Ticket& t, int score)
    {
        REQUIRE(ws->tickets().recordSatisfaction(t.id, score, QString(), 0));
    }

    void build()
    {
        Ticket t6 = assign(create("2026-02-27T10:00:00Z", "Pump seal leaking", Category::Fault), wanglei);
        t6 = move(t6, "2026-03-02T10:00:00Z", TicketStatus::Resolved);

        Ticket t8 = assign(create("2026-03-02T00:00:00Z", "Suggest longer warranty", Category::Suggestion), lina);
        Ticket t1 = assign(create("2026-03-02T09:00:00Z", "Printer paper jam", Category::Fault), lina);
        t1 = reply(t1, "2026-03-02T09:30:00Z");
        t8 = reply(t8, "2026-03-02T09:20:00Z");
        t1 = move(t1, "2026-03-02T13:00:00Z", TicketStatus::Resolved);
        rate(t1, 5);

        Ticket t2 = assign(create("2026-03-02T16:00:00Z", "Engineer was rude", Category::Complaint), wanglei);
        t2 = reply(t2, "2026-03-03T10:00:00Z");
        t2 = move(t2, "2026-03-03T11:00:00Z", TicketStatus::PendingCustomer);
        t2 = move(t2, "2026-03-04T11:00:00Z", TicketStatus::InProgress);
        t2 = reply(t2, "2026-03-04T14:00:00Z");
        takeAlongComplaintPath(t2, "2026-03-04T14:30:00Z");
        t2 = move(t2, "2026-03-04T15:00:00Z", TicketStatus::Resolved);
        rate(t2, 3);

        create("2026-03-03T10:00:00Z", "Where is my invoice", Category::Inquiry);

        Ticket t4 = assign(create("2026-03-04T09:00:00Z", "Printer offline again", Category::Fault), lina);
        t4 = reply(t4, "2026-03-04T09:10:00Z");
        t4 = move(t4, "2026-03-04T10:00:00Z", TicketStatus::Resolved);
        t4 = move(t4, "2026-03-05T09:00:00Z", TicketStatus::InProgress);
        t4 = move(t4, "2026-03-05T11:00:00Z", TicketStatus::Resolved);
        rate(t4, 4);

        Ticket t5 = assign(create("2026-03-06T16:30:00Z", "How to descale the kettle", Category::Guidance), lina);
        reply(t5, "2026-03-06T16:45:00Z");

        create("2026-03-09T00:00:00Z", "Arrived at the boundary", Category::Inquiry);
        move(t8, "2026-03-09T00:00:00Z", TicketStatus::Resolved);
        ws.setNow("2026-03-10T12:00:00Z");
    }

    KpiReport report()
    {
        ReportRequest request;
        request.from = at("2026-03-02T00:00:00Z");
        request.to = at("2026-03-09T00:00:00Z");
        request.zone = QTimeZone::utc();
        auto result = KpiEngine(ws->database()).run(request);
        REQUIRE(result);
        return *result;
    }
};

const BreakdownRow& rowOf(const KpiReport& report, const char* breakdown, const char* key)
{
    for (const Breakdown& b : report.breakdowns)
        if (b.name == QLatin1String(breakdown))
            for (const BreakdownRow& row : b.rows)
                if (row.key == QLatin1String(key))
                    return row;
    FAIL("no row " << breakdown << "/" << key);
    static BreakdownRow none;
    return none;
}

} // namespace

TEST_CASE("the headline figures of a hand-made week", "[kpi]")
{
    Week week;
    const KpiFigures f = week.report().figures;
    CHECK(f.created == 6);    // T1 T2 T3 T4 T5 T8
    CHECK(f.resolved == 4);   // T1 T2 T4 T6
    CHECK(f.backlogEnd == 3); // T3 T5 T8
    // frt over C with a response: 10 15 20 30 120 -> median rank 3 = 20, P90 rank 5 = 120.
    CHECK(f.frtMedianMin == 20.0);
    CHECK(f.frtP90Min == 120.0);
    // resolution over R: 180 240 420 480 -> median rank 2 = 240 (no averaging), P90 rank 4 = 480.
    CHECK(f.resolutionMedianMin == 240.0);
    CHECK(f.resolutionP90Min == 480.0);
    // First response: all 6 counted, met by T1 T4 T5 T8: 4/6.
    CHECK(f.slaFirstResponsePct == 66.67);
    // Resolution: T1 T2 T3 T4 T8 counted, met by T1 T2 T4: 3/5.
    CHECK(f.slaResolutionPct == 60.0);
    CHECK(f.fcrPct == 50.0);     // T1 and T6 of 4
    CHECK(f.reopenPct == 25.0);  // T4 of 4
    CHECK(f.csatAvg == 4.0);     // (5 + 3 + 4) / 3
    CHECK(f.csatSatisfiedPct == 66.67);
    CHECK(f.complaintPct == 16.67); // T2 of 6
}

TEST_CASE("breakdowns by agent carry their own figures", "[kpi]")
{
    Week week;
    const KpiReport report = week.report();
    const BreakdownRow& lina = rowOf(report, "by_agent", "li.na");
    CHECK(lina.created == 4);                   // T1 T4 T5 T8
    CHECK(lina.resolved == 2);                  // T1 T4
    CHECK(lina.resolutionMedianMin == 180.0);   // 180 240 -> rank 1
    CHECK(lina.fcrPct == 50.0);
    CHECK(lina.csatAvg == 4.5);
    CHECK(lina.slaResolutionPct == 66.67);      // T1 T4 met, T8 missed
    const BreakdownRow& wang = rowOf(report, "by_agent", "wang.lei");
    CHECK(wang.created == 1);
    CHECK(wang.resolved == 2);                  // T2 T6
    CHECK(wang.resolutionMedianMin == 420.0);
    CHECK(wang.csatAvg == 3.0);
    CHECK(wang.slaResolutionPct == 100.0);
    const BreakdownRow& nobody = rowOf(report, "by_agent", "");
    CHECK(nobody.created == 1);                 // T3
    CHECK(nobody.resolved == 0);
    CHECK_FALSE(nobody.resolutionMedianMin.has_value());
    CHECK_FALSE(nobody.csatAvg.has_value());
    CHECK(nobody.slaResolutionPct == 0.0);
    const BreakdownRow& fault = rowOf(report, "by_category", "fault");
    CHECK(fault.created == 2);                  // T1 T4
    CHECK(fault.resolved == 3);                 // T1 T4 T6
}

TEST_CASE("the daily trend lists every day of the period", "[kpi]")
{
    Week week;
    const QList<TrendRow> trend = week.report().trend;
    REQUIRE(trend.size() == 7);
    CHECK(trend[0].bucket == QDate(2026, 3, 2));
    CHECK(trend[0].created == 3);               // T8 T1 T2
    CHECK(trend[0].resolved == 2);              // T6 T1
    CHECK(trend[0].slaResolutionPct == 66.67);  // T1 T2 met, T8 missed
    CHECK(trend[0].csatAvg == 5.0);
    CHECK(trend[1].created == 1);
    CHECK(trend[1].slaResolutionPct == 0.0);
    CHECK(trend[2].resolved == 1);              // T2
    CHECK(trend[2].csatAvg == 3.0);
    CHECK(trend[3].created == 0);
    CHECK_FALSE(trend[3].slaResolutionPct.has_value());
    CHECK(trend[3].csatAvg == 4.0);             // T4
    CHECK(trend[6].created == 0);
    CHECK(trend[6].resolved == 0);
}

TEST_CASE("an empty period gives nothing-to-measure, not zeros", "[kpi]")
{
    Week week;
    ReportRequest request;
    request.from = at("2026-06-01T00:00:00Z");
    request.to = at("2026-07-01T00:00:00Z");
    request.zone = QTimeZone::utc();
    auto report = KpiEngine(week.ws->database()).run(request);
    REQUIRE(report);
    CHECK(report->figures.created == 0);
    // Still open at 1 July: T3, T5 and T7 (created on the 9th of March).
    CHECK(report->figures.backlogEnd == 3);
    CHECK_FALSE(report->figures.frtMedianMin.has_value());
    CHECK_FALSE(report->figures.slaResolutionPct.has_value());
    CHECK_FALSE(report->figures.csatAvg.has_value());
    CHECK(report->trend.size() == 30); // June has 30 days; up to 62 days the buckets are days
    CHECK(report->topTerms.isEmpty());
}

TEST_CASE("the headline shortcut agrees with the full report", "[kpi]")
{
    Week week;
    ReportRequest request;
    request.from = at("2026-03-02T00:00:00Z");
    request.to = at("2026-03-09T00:00:00Z");
    request.zone = QTimeZone::utc();
    auto headline = KpiEngine(week.ws->database()).headline(request);
    REQUIRE(headline);
    CHECK(headline->created == 6);
    CHECK(headline->resolved == 4);
    CHECK(headline->backlogEnd == 3);
    CHECK(headline->slaResolutionPct == 60.0);
    CHECK(headline->csatAvg == 4.0);
}

TEST_CASE("filters narrow every figure", "[kpi]")
{
    Week week;
    ReportRequest request;
    request.from = at("2026-03-02T00:00:00Z");
    request.to = at("2026-03-09T00:00:00Z");
    request.zone = QTimeZone::utc();
    request.filter.agent = QStringLiteral("wang.lei");
    auto report = KpiEngine(week.ws->database()).run(request);
    REQUIRE(report);
    CHECK(report->figures.created == 1);
    CHECK(report->figures.resolved == 2);
    CHECK(report->figures.resolutionMedianMin == 420.0);
    request.filter = {};
    request.filter.category = Category::Fault;
    auto fault = KpiEngine(week.ws->database()).run(request);
    REQUIRE(fault);
    CHECK(fault->figures.created == 2);
    CHECK(fault->figures.resolved == 3);
}

// Every ticket of the week is the hotline's; li.na and wang.lei are its agents with tickets.
TEST_CASE("an agent's page sets their figures beside the team's", "[kpi][performance]")
{
    Week week;
    ReportRequest period;
    period.from = at("2026-03-02T00:00:00Z");
    period.to = at("2026-03-09T00:00:00Z");
    period.zone = QTimeZone::utc();
    period.filter.category = Category::Fault; // replaced: the page is about the agent, not a part of their work
    auto page = AgentPerformance(week.ws->database()).compare(QStringLiteral("li.na"), period);
    REQUIRE(page);
    CHECK(page->teamCode == QLatin1String("hotline"));
    CHECK(page->request.filter.agent == QLatin1String("li.na"));
    CHECK_FALSE(page->request.filter.category.has_value());
    // By-agent rows of the team: li.na (created 4, resolved 2) and wang.lei (1, 2); T3 is
    // unassigned and belongs to no agent.
    CHECK(page->teamAgents == 2);
    const QList<PerformanceRow> rows = page->rows();
    REQUIRE(rows.size() == 12);
    auto row = [&rows](const char* key) {
        for (const PerformanceRow& r : rows)
            if (r.key == QLatin1String(key))
                return r;
        FAIL("no row " << key);
        return PerformanceRow{};
    };
    CHECK(row("created").agent == 4.0);
    CHECK(row("created").team == 2.5);          // (4 + 1) / 2
    CHECK(row("resolved").agent == 2.0);
    CHECK(row("resolved").team == 2.0);         // (2 + 2) / 2
    CHECK(row("frt_median_min").agent == 15.0); // T4 10, T5 15, T8 20, T1 30 -> rank 2
    CHECK(row("frt_median_min").team == 20.0);
    CHECK(row("resolution_median_min").agent == 180.0);
    CHECK(row("resolution_median_min").team == 240.0);
    CHECK(row("sla_first_response_pct").agent == 100.0); // T1 T4 T5 T8 all within 60 min
    CHECK(row("sla_first_response_pct").team == 66.67);
    CHECK(row("sla_resolution_pct").agent == 66.67);
    CHECK(row("sla_resolution_pct").team == 60.0);
    CHECK(row("fcr_pct").agent == 50.0);        // T1 of T1 T4
    CHECK(row("reopen_pct").agent == 50.0);     // T4
    CHECK(row("reopen_pct").team == 25.0);
    CHECK(row("csat_avg").agent == 4.5);
    CHECK(row("csat_avg").team == 4.0);
    CHECK(row("csat_satisfied_pct").agent == 100.0);
    CHECK(row("qa_reviews").agent == 0.0);
    CHECK(row("qa_reviews").team == 0.0);
    CHECK_FALSE(row("iqs").agent.has_value());  // nothing reviewed: nothing to measure
    CHECK_FALSE(row("iqs").team.has_value());
    const QJsonObject json = ReportExport::toJson(*page);
    CHECK(json.value(QStringLiteral("agent")).toString() == QLatin1String("li.na"));
    CHECK(json.value(QStringLiteral("team_agents")).toInt() == 2);
    const QJsonObject created = json.value(QStringLiteral("figures")).toArray().at(0).toObject();
    CHECK(created.value(QStringLiteral("team")).toDouble() == 2.5);
    const QJsonObject iqs = json.value(QStringLiteral("figures")).toArray().at(11).toObject();
    CHECK(iqs.value(QStringLiteral("agent")).isNull());
}

TEST_CASE("an agent's page of an unknown login is refused", "[kpi][performance]")
{
    Week week;
    ReportRequest period;
    period.from = at("2026-03-02T00:00:00Z");
    period.to = at("2026-03-09T00:00:00Z");
    auto page = AgentPerformance(week.ws->database()).compare(QStringLiteral("no.body"), period);
    REQUIRE_FALSE(page);
    CHECK(page.error().message.contains(QStringLiteral("no.body")));
}

TEST_CASE("percentiles use the nearest rank", "[kpi]")
{
    std::vector<double> odd{5, 1, 3};
    CHECK(KpiAccumulator::percentile(odd, 50) == 3.0); // rank ceil(1.5) = 2
    std::vector<double> even{4, 1, 3, 2};
    CHECK(KpiAccumulator::percentile(even, 50) == 2.0); // rank 2, not 2.5
    std::vector<double> ten{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    CHECK(KpiAccumulator::percentile(ten, 90) == 9.0); // rank 9
    std::vector<double> one{7};
    CHECK(KpiAccumulator::percentile(one, 90) == 7.0);
    std::vector<double> none;
    CHECK_FALSE(KpiAccumulator::percentile(none, 50).has_value());
}

// Without the segmenter (or asked for): Chinese by character sequences.
TEST_CASE("top terms count subjects, in Chinese and English", "[kpi][terms]")
{
    TermCounter counter(TermCounter::Chinese::Sequences);
    for (const char* subject : {"空调不制冷", "冰箱不制冷", "空调漏水", "Printer jams again", "printer offline",
                                "Model AC-3500 noisy"})
        counter.addSubject(QString::fromUtf8(subject));
    const auto top = counter.top(20);
    // 制冷 (2) lives inside 不制冷 (2) and is left to it; AC-3500 has digits and is dropped.
    const QList<QPair<QString, qint64>> expected{
        {QStringLiteral("printer"), 2}, {QStringLiteral("不制冷"), 2}, {QStringLiteral("空调"), 2},
        {QStringLiteral("again"), 1},   {QStringLiteral("jams"), 1},   {QStringLiteral("model"), 1},
        {QStringLiteral("noisy"), 1},   {QStringLiteral("offline"), 1}, {QStringLiteral("冰箱"), 1},
        {QStringLiteral("漏水"), 1},    {QStringLiteral("调漏"), 1}};
    CHECK(top == expected);
}

TEST_CASE("top terms give a word, not its fragments, and join a repeated phrase", "[kpi][terms]")
{
    TermCounter counter(TermCounter::Chinese::Sequences);
    for (const char* subject : {"笔记本黑屏", "笔记本进水", "笔记本发热", "显示错误代码", "空调显示错误代码", "热水器显示错误代码"})
        counter.addSubject(QString::fromUtf8(subject));
    // Pairs: 笔记 and 记本 (3 each) lie only inside 笔记本 (3); 显示, 示错, 错误,
    // 误代, 代码 (3 each) inside the triples 显示错 ... 误代码 (3 each), which
    // overlap and join. Triples seen once (记本黑, 空调显 ...) are no words;
    // the pairs seen once stay, alphabetically after the two terms.
    const QList<QPair<QString, qint64>> expected{
        {QString::fromUtf8("显示错误代码"), 3}, {QString::fromUtf8("笔记本"), 3},
        {QString::fromUtf8("发热"), 1},        {QString::fromUtf8("器显"), 1}};
    CHECK(counter.top(4) == expected);
    CHECK(counter.countOf(QString::fromUtf8("显示错误代码")) == 3);
    CHECK(counter.countOf(QString::fromUtf8("笔记本")) == 3);
}

// With friso's lexicon and the trade's words (reports/ChineseWords): 笔记本电脑
// and 打印机 are dictionary words, 卡纸, 充电桩 and 扫地机器人 trade words;
// 了, 吗 and 如何 say nothing; 不 and 无法 join the word they negate.
TEST_CASE("top terms in Chinese are dictionary words, not fragments", "[kpi][terms]")
{
    TermCounter counter;
    REQUIRE(counter.countsWords());
    for (const char* subject : {"笔记本电脑开不了机", "笔记本电脑进水", "打印机卡纸", "打印机卡纸了吗", "充电桩无法充电",
                                "冰箱不制冷", "空调不制冷", "扫地机器人如何设置禁区"})
        counter.addSubject(QString::fromUtf8(subject));
    // Four terms in two subjects each, in code-point order on the tie.
    const QList<QPair<QString, qint64>> expected{{QString::fromUtf8("不制冷"), 2}, {QString::fromUtf8("卡纸"), 2},
                                                 {QString::fromUtf8("打印机"), 2}, {QString::fromUtf8("笔记本电脑"), 2}};
    CHECK(counter.top(4) == expected);
    CHECK(counter.countOf(QString::fromUtf8("充电桩")) == 1);
    CHECK(counter.countOf(QString::fromUtf8("无法充电")) == 1);
    CHECK(counter.countOf(QString::fromUtf8("扫地机器人")) == 1);
    CHECK(counter.countOf(QString::fromUtf8("冰箱")) == 1);
    for (const char* fragment : {"笔记", "记本", "印机", "电桩", "制冷", "如何", "了吗", "无法", "充电"})
        CHECK(counter.countOf(QString::fromUtf8(fragment)) == 0);
}

TEST_CASE("the resolution histogram and score counts of the hand-made week", "[kpi]")
{
    Week week;
    const KpiReport report = week.report();
    // R: T4 180, T1 240, T2 420, T6 480 minutes. Bins start 0, 60, 240, 480, 960, 2400, 4800.
    REQUIRE(report.resolutionHistogram.size() == 7);
    CHECK(report.resolutionHistogram[0].count == 0); // < 60
    CHECK(report.resolutionHistogram[1].count == 1); // 60-240: T4 (180); 240 belongs to the next bin
    CHECK(report.resolutionHistogram[2].count == 2); // 240-480: T1 240, T2 420
    CHECK(report.resolutionHistogram[3].count == 1); // 480-960: T6 480
    CHECK(report.resolutionHistogram[6].count == 0);
    CHECK_FALSE(report.resolutionHistogram[6].toMin.has_value());
    // Scores of R: T1 5, T2 3, T4 4.
    CHECK(report.csatScores == std::array<qint64, 5>{0, 0, 1, 1, 1});
}

TEST_CASE("the previous period of a month is the previous calendar month, of a week the week before", "[kpi][period]")
{
    ReportRequest october;
    october.zone = QTimeZone("Asia/Shanghai");
    october.from = at("2026-10-01T00:00:00+08:00");
    october.to = at("2026-11-01T00:00:00+08:00");
    ReportRequest september = october.previous();
    CHECK(september.from == at("2026-09-01T00:00:00+08:00"));
    CHECK(september.to == at("2026-10-01T00:00:00+08:00"));
    // March has 31 days, February 28: still the whole of February.
    ReportRequest march = october;
    march.from = at("2026-03-01T00:00:00+08:00");
    march.to = at("2026-04-01T00:00:00+08:00");
    CHECK(march.previous().from == at("2026-02-01T00:00:00+08:00"));
    // A quarter: the quarter before.
    ReportRequest quarter = october;
    quarter.from = at("2026-07-01T00:00:00+08:00");
    quarter.to = at("2026-10-01T00:00:00+08:00");
    CHECK(quarter.previous().from == at("2026-04-01T00:00:00+08:00"));
    // A week in Berlin across the spring change (167 hours long): the 7 days before.
    ReportRequest week;
    week.zone = QTimeZone("Europe/Berlin");
    week.from = at("2026-03-23T00:00:00+01:00");
    week.to = at("2026-03-30T00:00:00+02:00");
    CHECK(week.previous().from == at("2026-03-16T00:00:00+01:00"));
    CHECK(week.previous().to == week.from);
    // A custom range of 10 days: the 10 days before.
    ReportRequest custom = october;
    custom.from = at("2026-10-05T00:00:00+08:00");
    custom.to = at("2026-10-15T00:00:00+08:00");
    CHECK(custom.previous().from == at("2026-09-25T00:00:00+08:00"));
    // Not on midnights: the same length of time just before.
    ReportRequest hours = october;
    hours.from = at("2026-10-05T09:30:00+08:00");
    hours.to = at("2026-10-05T12:00:00+08:00");
    CHECK(hours.previous().from == at("2026-10-05T07:00:00+08:00"));
}

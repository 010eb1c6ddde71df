// Quality inspection (docs/QUALITY.md) against shared/KPI.md "Quality
// inspection", worked out by hand. The scorecard below: greeting (weight 1,
// 5 points), solution (weight 3, 4 points, critical), tone (weight 2,
// 2 points). A criterion scores (rating − 1) / (points − 1) × 100; a review,
// the weighted mean of the rated criteria; a critical one below 50 makes it 0.
#include "TestSupport.h"

#include "quality/QaScoring.h"
#include "reports/KpiEngine.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sd;

namespace {

Scorecard calls()
{
    Scorecard card;
    card.name = QStringLiteral("Hotline calls");
    card.criteria = {{QStringLiteral("greeting"), QStringLiteral("Greets and names the company"), 1, 5, false},
                     {QStringLiteral("solution"), QStringLiteral("Gives a correct solution"), 3, 4, true},
                     {QStringLiteral("tone"), QStringLiteral("Polite throughout"), 2, 2, false}};
    return card;
}

Ratings rate(std::optional<int> greeting, std::optional<int> solution, std::optional<int> tone)
{
    return {{QStringLiteral("greeting"), greeting}, {QStringLiteral("solution"), solution}, {QStringLiteral("tone"), tone}};
}

struct Desk
{
    test::TempWorkspace ws{"2026-11-23T09:00:00+08:00"}; // Monday
    qint64 admin = ws.userId("admin");
    qint64 liNa = ws.userId("li.na");
    qint64 wangLei = ws.userId("wang.lei");
    qint64 sunHui = ws.userId("sun.hui");
    qint64 zhaoQing = ws.userId("zhao.qing");

    Desk() { REQUIRE(ws->quality().saveScorecard(calls(), sunHui)); }

    qint64 resolved(qint64 agent, const char* day, std::optional<int> csat = std::nullopt, Category category = Category::Fault)
    {
        ws.setNow((QString::fromLatin1(day) + QStringLiteral("T10:00:00+08:00")).toLatin1().constData());
        TicketDraft draft;
        draft.contactName = QStringLiteral("来电人");
        draft.contactPhone = QStringLiteral("13800138000");
        draft.subject = QStringLiteral("冰箱不制冷");
        draft.category = category;
        if (category == Category::Complaint)
            draft.complaintCause = QStringLiteral("service_quality");
        draft.teamCode = QStringLiteral("hotline");
        auto ticket = ws->tickets().create(draft, agent);
        REQUIRE(ticket);
        if (ticket->assigneeId != agent) { // a supervisor's own call is not assigned by itself
            ticket = ws->tickets().assign(ticket->id, ticket->version, agent, {}, agent);
            REQUIRE(ticket);
        }
        auto done = ws->tickets().changeStatus(ticket->id, ticket->version, TicketStatus::Resolved, agent, QStringLiteral("已处理"));
        if (category == Category::Complaint) {
            // A complaint is resolved at the end of its path; only its category matters here.
            REQUIRE_FALSE(done);
            return ticket->id;
        }
        REQUIRE(done);
        if (csat)
            REQUIRE(ws->tickets().recordSatisfaction(ticket->id, *csat, {}, agent));
        return ticket->id;
    }
};

} // namespace

TEST_CASE("a review's score is the weighted mean of its rated criteria, 0 through a critical one", "[quality]")
{
    const Scorecard card = calls();
    // greeting 4/5 → 75; solution 3/4 → 66.67; tone 2/2 → 100: (75 + 200 + 200) / 6 = 79.17.
    auto full = QaScoring::score(card, rate(4, 3, 2));
    REQUIRE(full.score);
    CHECK(*full.score == Approx(475.0 / 6.0));
    CHECK_FALSE(full.criticalFail);
    // Tone not applicable: (75 + 200) / 4 = 68.75.
    CHECK(*QaScoring::score(card, rate(4, 3, std::nullopt)).score == Approx(68.75));
    // Solution 2/4 → 33.33, below 50 on a critical criterion: 0.
    auto critical = QaScoring::score(card, rate(5, 2, 2));
    CHECK(*critical.score == 0.0);
    CHECK(critical.criticalFail);
    // A non-critical criterion at 0 only lowers the mean: greeting 1 → 0, (0 + 300 + 200) / 6 = 83.33.
    CHECK(*QaScoring::score(card, rate(1, 4, 2)).score == Approx(500.0 / 6.0));
    CHECK_FALSE(QaScoring::score(card, rate(std::nullopt, std::nullopt, std::nullopt)).score);

    CHECK_FALSE(QaScoring::validate(card, rate(6, 3, 2)));                    // greeting has 5 points
    CHECK_FALSE(QaScoring::validate(card, rate(std::nullopt, std::nullopt, std::nullopt))); // all not applicable
    CHECK_FALSE(QaScoring::validate(card, {{QStringLiteral("greeting"), 3}}));   // the others not given
    CHECK(QaScoring::validate(card, rate(std::nullopt, 1, std::nullopt)));
    Scorecard bad = card;
    bad.criteria[1].points = 6;
    CHECK(QaScoring::validate(bad).error().field == QStringLiteral("criteria"));
}

TEST_CASE("a sample draws each agent's resolved tickets into the inspectors' queues, low scores first if asked", "[quality]")
{
    Desk desk;
    // Last week (Mon 16th to Sun 22nd): li.na resolved 4, two of them scored low; wang.lei 1. One of li.na's is outside.
    const qint64 low1 = desk.resolved(desk.liNa, "2026-11-16", 1);
    const qint64 low2 = desk.resolved(desk.liNa, "2026-11-18", 2);
    desk.resolved(desk.liNa, "2026-11-19", 5);
    desk.resolved(desk.liNa, "2026-11-20");
    desk.resolved(desk.liNa, "2026-11-23");
    desk.resolved(desk.wangLei, "2026-11-21");
    SampleRequest week{QDate(2026, 11, 16), QDate(2026, 11, 23), 2, 1.0};
    auto refused = desk.ws->quality().sample(week, desk.zhaoQing); // inspectors review; supervisors draw
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    auto drawn = desk.ws->quality().sample(week, desk.sunHui);
    REQUIRE(drawn);
    CHECK(drawn->agents == 2);
    CHECK(drawn->drawn == 3); // li.na 2 (both low ones), wang.lei his only one
    auto queue = desk.ws->quality().queueOf(desk.zhaoQing);
    REQUIRE(queue);
    REQUIRE(queue->size() == 3); // zhao.qing is the only inspector
    QSet<qint64> ofLiNa;
    for (const QaReview& r : *queue)
        if (r.agentId == desk.liNa)
            ofLiNa.insert(r.ticketId);
    CHECK(ofLiNa == QSet<qint64>{low1, low2});
    // Drawn again: nothing new, a ticket is sampled once.
    // A supervisor's own resolved ticket: drawn, but nobody scores their own work.
    const qint64 own = desk.resolved(desk.sunHui, "2026-11-17");
    auto again = desk.ws->quality().sample(week, desk.sunHui);
    REQUIRE(again);
    CHECK(again->drawn == 3); // li.na's two others now (the low ones are taken), sun.hui's one; wang.lei has none left
    auto all = desk.ws->quality().queueOf(desk.zhaoQing);
    REQUIRE(all);
    CHECK(all->size() == 6);
    for (const QaReview& r : *all)
        if (r.ticketId == own) {
            auto self = desk.ws->quality().submit(r.id, r.version, rate(5, 4, 2), QStringLiteral("好"), desk.sunHui);
            REQUIRE_FALSE(self);
            CHECK(self.error().code == Error::Code::Forbidden);
        }
}

// The desk's own draw: the configuration says each week, 2 per agent, no low share.
// Monday 2026-11-30 08:00 Shanghai: last week is Nov 23 – Nov 29.
TEST_CASE("the configured draw samples the last period once, and the next period again", "[quality]")
{
    Desk desk;
    Configuration config = desk.ws->configuration();
    config.service.qualitySampling = {true, QStringLiteral("week"), 2, 0.0};
    REQUIRE(desk.ws->importConfiguration(config, desk.admin));
    for (const char* day : {"2026-11-24", "2026-11-25", "2026-11-26"})
        desk.resolved(desk.liNa, day);
    desk.resolved(desk.wangLei, "2026-11-27");
    desk.resolved(desk.liNa, "2026-11-30"); // this week: not in last week's draw
    desk.ws.setNow("2026-11-30T08:00:00+08:00");
    QualityService& quality = desk.ws->quality();
    // A draw by hand of another period (Monday to Wednesday) leaves last week to the desk's own draw.
    auto byHand = quality.sample({QDate(2026, 11, 23), QDate(2026, 11, 26), 1, 0.0}, desk.sunHui);
    REQUIRE(byHand);
    CHECK(byHand->drawn == 1); // one of li.na's Tuesday and Wednesday tickets
    const SampleRequest period = quality.scheduledPeriod();
    CHECK(period.from == QDate(2026, 11, 23));
    CHECK(period.to == QDate(2026, 11, 30));
    CHECK_FALSE(quality.drawScheduled(desk.liNa)); // an agent may not draw
    auto first = quality.drawScheduled(desk.sunHui);
    REQUIRE(first);
    REQUIRE(first->has_value());
    CHECK((*first)->drawn == 3); // li.na 2 of her 2 not yet drawn, wang.lei his 1
    CHECK((*first)->agents == 2);
    // Once per period.
    auto again = quality.drawScheduled(desk.sunHui);
    REQUIRE(again);
    CHECK_FALSE(again->has_value());
    auto reviews = sql::scalar(desk.ws->database().connection(), QStringLiteral("SELECT COUNT(*) FROM qa_reviews"));
    CHECK(reviews->toInt() == 4);
    // Drawing last week again by hand adds nothing: every ticket of it is drawn.
    auto repeat = quality.sample(period, desk.sunHui);
    REQUIRE(repeat);
    CHECK(repeat->drawn == 0);
    // A week on, the week of the 30th is drawn: li.na's ticket of that Monday.
    desk.ws.setNow("2026-12-07T08:00:00+08:00");
    auto next = quality.drawScheduled(desk.sunHui);
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK((*next)->drawn == 1);
    // Monthly: on 7 December the last month is November.
    config.service.qualitySampling.every = QStringLiteral("month");
    REQUIRE(desk.ws->importConfiguration(config, desk.admin));
    CHECK(quality.scheduledPeriod().from == QDate(2026, 11, 1));
    CHECK(quality.scheduledPeriod().to == QDate(2026, 12, 1));
    config.service.qualitySampling.every = QStringLiteral("day");
    REQUIRE(desk.ws->importConfiguration(config, desk.admin));
    CHECK(quality.scheduledPeriod().from == QDate(2026, 12, 6));
    // Switched off: nothing is drawn, nothing claimed.
    config.service.qualitySampling.enabled = false;
    REQUIRE(desk.ws->importConfiguration(config, desk.admin));
    auto off = quality.drawScheduled(desk.sunHui);
    REQUIRE(off);
    CHECK_FALSE(off->has_value());
}

TEST_CASE("an agent acknowledges a review or disputes it with a comment; the inspector answers, a supervisor settles", "[quality]")
{
    Desk desk;
    const qint64 ticket = desk.resolved(desk.liNa, "2026-11-17");
    REQUIRE(desk.ws->quality().sample({QDate(2026, 11, 16), QDate(2026, 11, 23), 5, 0.0}, desk.sunHui));
    auto queue = desk.ws->quality().queueOf(desk.zhaoQing);
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    QaReview review = queue->first();
    CHECK(review.ticketId == ticket);
    CHECK(review.status == QaStatus::Queued);

    // Feedback is required; the agent cannot score their own ticket.
    CHECK_FALSE(desk.ws->quality().submit(review.id, review.version, rate(4, 3, 2), QString(), desk.zhaoQing));
    auto selfScored = desk.ws->quality().submit(review.id, review.version, rate(4, 3, 2), QStringLiteral("好"), desk.liNa);
    REQUIRE_FALSE(selfScored);
    CHECK(selfScored.error().code == Error::Code::Forbidden);
    desk.ws.setNow("2026-11-24T15:00:00+08:00");
    auto scored = desk.ws->quality().submit(review.id, review.version, rate(5, 2, 2), QStringLiteral("方案不对：应先排查电源"), desk.zhaoQing);
    REQUIRE(scored);
    CHECK(scored->status == QaStatus::Done);
    CHECK(*scored->score == 0.0);
    CHECK(scored->criticalFail);
    CHECK(scored->reviewedAt == test::at("2026-11-24T15:00:00+08:00"));
    CHECK(desk.ws->quality().queueOf(desk.zhaoQing)->isEmpty());

    // Only li.na answers it; a dispute needs a comment; a stale version is refused.
    CHECK_FALSE(desk.ws->quality().acknowledge(scored->id, scored->version, desk.wangLei));
    CHECK(desk.ws->quality().dispute(scored->id, scored->version, QStringLiteral("  "), false, desk.liNa).error().field
          == QStringLiteral("comment"));
    auto disputed = desk.ws->quality().dispute(scored->id, scored->version, QStringLiteral("客户说电源已查过"), false, desk.liNa);
    REQUIRE(disputed);
    CHECK(disputed->status == QaStatus::Disputed);
    CHECK(desk.ws->quality().dispute(scored->id, scored->version, QStringLiteral("再说一次"), false, desk.liNa).error().code
          == Error::Code::Conflict);
    CHECK(desk.ws->quality().queueOf(desk.zhaoQing)->size() == 1); // back with the inspector

    // The inspector keeps the score; li.na, still disagreeing, sends it up once.
    auto kept = desk.ws->quality().settle(disputed->id, disputed->version, std::nullopt, QStringLiteral("记录里没有写"), desk.zhaoQing);
    REQUIRE(kept);
    CHECK(kept->status == QaStatus::Settled);
    CHECK(desk.ws->quality().dispute(kept->id, kept->version, QStringLiteral("不同意"), false, desk.liNa).error().code
          == Error::Code::IllegalTransition);
    auto up = desk.ws->quality().dispute(kept->id, kept->version, QStringLiteral("请主管看录音"), true, desk.liNa);
    REQUIRE(up);
    CHECK(up->status == QaStatus::Escalated);
    REQUIRE(desk.ws->quality().escalated(desk.sunHui)->size() == 1);
    CHECK(desk.ws->quality().escalated(desk.liNa).error().code == Error::Code::Forbidden); // supervisors' list
    CHECK(desk.ws->quality().getFor(up->id, desk.wangLei).error().code == Error::Code::Forbidden); // another agent's review
    CHECK(desk.ws->quality().getFor(up->id, desk.liNa)); // one's own
    CHECK(desk.ws->quality().settle(up->id, up->version, std::nullopt, QStringLiteral("维持"), desk.zhaoQing).error().code
          == Error::Code::Forbidden);
    // The supervisor revises: solution 3/4 → 66.67, greeting 100, tone 100: (100 + 200 + 200) / 6 = 83.33.
    auto revised = desk.ws->quality().settle(up->id, up->version, rate(5, 3, 2), QStringLiteral("录音里确认查过电源"), desk.sunHui);
    REQUIRE(revised);
    CHECK(*revised->score == Approx(500.0 / 6.0));
    CHECK_FALSE(revised->criticalFail);
    CHECK(revised->answeredByName == QStringLiteral("孙慧"));
    CHECK(desk.ws->quality().dispute(revised->id, revised->version, QStringLiteral("还有"), true, desk.liNa).error().code
          == Error::Code::IllegalTransition);
    auto acknowledged = desk.ws->quality().acknowledge(revised->id, revised->version, desk.liNa);
    REQUIRE(acknowledged);
    CHECK(acknowledged->status == QaStatus::Acknowledged);
    REQUIRE(desk.ws->quality().ofAgent(desk.liNa)->size() == 1);

    // Every step is on the ticket's timeline, each dispute and answer kept;
    // the refused attempts left nothing.
    auto steps = desk.ws->quality().history(*acknowledged);
    REQUIRE(steps);
    QStringList written;
    for (const TicketEvent& step : *steps)
        written.append(QStringList{step.field, step.actorName, step.newValue, step.body}.join(QLatin1Char('|')));
    CHECK(written == QStringList{QStringLiteral("sampled|孙慧||"),
                                 QStringLiteral("failed_critical|赵晴|0.00|方案不对：应先排查电源"),
                                 QStringLiteral("disputed|李娜||客户说电源已查过"),
                                 QStringLiteral("settled|赵晴||记录里没有写"),
                                 QStringLiteral("escalated|李娜||请主管看录音"),
                                 QStringLiteral("revised|孙慧|83.33|录音里确认查过电源"),
                                 QStringLiteral("acknowledged|李娜||")});
    auto timeline = desk.ws->tickets().timeline(ticket);
    REQUIRE(timeline);
    CHECK(std::count_if(timeline->begin(), timeline->end(), [](const TicketEvent& e) { return e.kind == QLatin1String("quality"); }) == 7);
    // The words are for li.na and those who review quality, not for the next agent.
    CHECK(desk.ws->quality().maySeeDetails(review.uuid, desk.liNa));
    CHECK(desk.ws->quality().maySeeDetails(review.uuid, desk.zhaoQing));
    CHECK(desk.ws->quality().maySeeDetails(review.uuid, desk.sunHui));
    CHECK_FALSE(desk.ws->quality().maySeeDetails(review.uuid, desk.wangLei));
}

TEST_CASE("calibration reviews give one ticket to several inspectors and stay out of every figure", "[quality]")
{
    Desk desk;
    const qint64 sampled = desk.resolved(desk.liNa, "2026-11-17");
    const qint64 calibrated = desk.resolved(desk.liNa, "2026-11-23"); // after the sampled week
    const qint64 other = desk.resolved(desk.wangLei, "2026-11-19");
    REQUIRE(desk.ws->quality().sample({QDate(2026, 11, 16), QDate(2026, 11, 23), 5, 0.0}, desk.sunHui));
    CHECK_FALSE(desk.ws->quality().calibrate(calibrated, {desk.zhaoQing}, desk.sunHui)); // one inspector compares with nobody
    auto pair = desk.ws->quality().calibrate(calibrated, {desk.zhaoQing, desk.sunHui}, desk.sunHui);
    REQUIRE(pair);
    REQUIRE(pair->size() == 2);
    desk.ws.setNow("2026-11-24T10:00:00+08:00");
    for (const QaReview& r : *pair)
        REQUIRE(desk.ws->quality().submit(r.id, r.version, rate(1, 1, 1), QStringLiteral("校准"), *r.inspectorId));
    // Scored: li.na's sampled ticket 79.17, critical fail on wang.lei's (0); calibration ones 0 but not counted.
    auto queue = desk.ws->quality().queueOf(desk.zhaoQing);
    REQUIRE(queue);
    REQUIRE(queue->size() == 2);
    for (const QaReview& r : *queue) {
        const bool liNas = r.ticketId == sampled;
        CHECK((liNas || r.ticketId == other));
        REQUIRE(desk.ws->quality().submit(r.id, r.version, liNas ? rate(4, 3, 2) : rate(5, 1, 2), QStringLiteral("见评分"), desk.zhaoQing));
    }
    desk.ws.setNow("2026-11-30T10:00:00+08:00");
    ReportRequest request;
    request.zone = QTimeZone("Asia/Shanghai");
    request.from = test::at("2026-11-23T00:00:00+08:00");
    request.to = test::at("2026-11-30T00:00:00+08:00");
    auto report = KpiEngine(desk.ws->database()).run(request);
    REQUIRE(report);
    CHECK(report->figures.qaReviews == 2);
    // (79.1667 + 0) / 2 = 39.58; one of two failed through a critical criterion: 50 %.
    CHECK(report->figures.iqs == Approx(39.58));
    CHECK(report->figures.qaCriticalFailPct == Approx(50.0));
    QHash<QString, std::pair<qint64, std::optional<double>>> byAgent;
    for (const Breakdown& b : report->breakdowns)
        if (b.name == QLatin1String("by_agent"))
            for (const BreakdownRow& row : b.rows)
                byAgent.insert(row.key, {row.qaReviews, row.iqs});
    CHECK(byAgent.value(QStringLiteral("li.na")).first == 1);
    CHECK(*byAgent.value(QStringLiteral("li.na")).second == Approx(79.17));
    CHECK(byAgent.value(QStringLiteral("wang.lei")).first == 1);
    CHECK(*byAgent.value(QStringLiteral("wang.lei")).second == 0.0);
    // The week before: nothing reviewed, nothing to measure.
    request.from = test::at("2026-11-16T00:00:00+08:00");
    request.to = test::at("2026-11-23T00:00:00+08:00");
    auto before = KpiEngine(desk.ws->database()).run(request);
    REQUIRE(before);
    CHECK(before->figures.qaReviews == 0);
    CHECK_FALSE(before->figures.iqs);
    CHECK_FALSE(before->figures.qaCriticalFailPct);
}

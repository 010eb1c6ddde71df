// Scheduled reports (docs/REPORTS.md) at head office, whose zone is
// Asia/Shanghai. The desk's clock starts on Monday 2026-11-30, 09:00.
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

struct Office
{
    test::TempWorkspace ws{"2026-11-30T09:00:00+08:00"};
    qint64 sunHui = ws.userId("sun.hui");

    SavedReport save(const char* name, ReportPeriod period, const QString& team = {})
    {
        SavedReportDraft draft;
        draft.name = QString::fromUtf8(name);
        draft.period = period;
        draft.filter.team = team;
        auto saved = ws->scheduledReports().save(draft, sunHui);
        REQUIRE(saved);
        return *saved;
    }
    // "name from to" of each report due, to-dates exclusive.
    QStringList due()
    {
        auto reports = ws->scheduledReports().due();
        REQUIRE(reports);
        QStringList lines;
        for (const SavedReport& report : *reports) {
            const ReportRequest request = ws->scheduledReports().requestFor(report);
            lines.append(QStringLiteral("%1 %2 %3").arg(report.draft.name,
                                                        QDateTime::fromSecsSinceEpoch(request.from, request.zone).toString(Qt::ISODate),
                                                        QDateTime::fromSecsSinceEpoch(request.to, request.zone).toString(Qt::ISODate)));
        }
        return lines;
    }
    SavedReport reload(qint64 id)
    {
        auto reports = ws->scheduledReports().list();
        REQUIRE(reports);
        for (const SavedReport& report : *reports)
            if (report.id == id)
                return report;
        FAIL("no scheduled report " << id);
        return {};
    }
};

} // namespace

TEST_CASE("a scheduled report covers the latest period over, and is due until that period is written", "[reports][scheduled]")
{
    Office office;
    const SavedReport monthly = office.save("Monthly", ReportPeriod::LastMonth);
    const SavedReport weekly = office.save("Weekly hotline", ReportPeriod::LastWeek, QStringLiteral("hotline"));
    const SavedReport daily = office.save("Daily", ReportPeriod::Yesterday);
    // Monday 30 November: October, the week of Monday the 23rd, and Sunday the 29th.
    CHECK(office.due() == QStringList{QStringLiteral("Daily 2026-11-29T00:00:00+08:00 2026-11-30T00:00:00+08:00"),
                                      QStringLiteral("Monthly 2026-10-01T00:00:00+08:00 2026-11-01T00:00:00+08:00"),
                                      QStringLiteral("Weekly hotline 2026-11-23T00:00:00+08:00 2026-11-30T00:00:00+08:00")});
    for (const SavedReport& report : {monthly, weekly, daily}) {
        auto claimed = office.ws->scheduledReports().claim(report, office.ws->scheduledReports().latestPeriod(report));
        REQUIRE(claimed);
        CHECK(*claimed);
        // A second runner holding the same (stale) row does not get it.
        auto again = office.ws->scheduledReports().claim(report, office.ws->scheduledReports().latestPeriod(report));
        REQUIRE(again);
        CHECK_FALSE(*again);
    }
    CHECK(office.due().isEmpty());
    CHECK(office.reload(monthly.id).lastPeriod == QDate(2026, 10, 1));

    // Sunday 6 December: yesterday's, and November (over since the 1st), not yet the week; Monday the 7th: the week too.
    office.ws.setNow("2026-12-06T23:59:00+08:00");
    CHECK(office.due() == QStringList{QStringLiteral("Daily 2026-12-05T00:00:00+08:00 2026-12-06T00:00:00+08:00"),
                                      QStringLiteral("Monthly 2026-11-01T00:00:00+08:00 2026-12-01T00:00:00+08:00")});
    office.ws.setNow("2026-12-07T00:01:00+08:00");
    CHECK(office.due().size() == 3);
    CHECK(office.due().contains(QStringLiteral("Weekly hotline 2026-11-30T00:00:00+08:00 2026-12-07T00:00:00+08:00")));
    CHECK(office.due().contains(QStringLiteral("Monthly 2026-11-01T00:00:00+08:00 2026-12-01T00:00:00+08:00")));

    // A period whose PDF could not be written is given back, and due again.
    const SavedReport current = office.reload(monthly.id);
    REQUIRE(*office.ws->scheduledReports().claim(current, QDate(2026, 11, 1)));
    CHECK(office.reload(monthly.id).lastPeriod == QDate(2026, 11, 1));
    REQUIRE(office.ws->scheduledReports().release(current));
    CHECK(office.reload(monthly.id).lastPeriod == QDate(2026, 10, 1));
}

TEST_CASE("only supervisors schedule reports, under a name of their own, and may remove them", "[reports][scheduled]")
{
    Office office;
    SavedReportDraft draft;
    draft.name = QStringLiteral("Mine");
    auto agent = office.ws->scheduledReports().save(draft, office.ws.userId("li.na"));
    REQUIRE_FALSE(agent);
    CHECK(agent.error().code == Error::Code::Forbidden);
    draft.name = QStringLiteral("  ");
    auto unnamed = office.ws->scheduledReports().save(draft, office.sunHui);
    REQUIRE_FALSE(unnamed);
    CHECK(unnamed.error().field == QStringLiteral("name"));
    const SavedReport saved = office.save("Monthly quality", ReportPeriod::LastMonth);
    CHECK(saved.ownerName == QStringLiteral("孙慧"));
    CHECK(saved.officeCode == QStringLiteral("HQ"));
    draft.name = QStringLiteral("monthly QUALITY");
    auto twice = office.ws->scheduledReports().save(draft, office.sunHui);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Error::Code::Duplicate);
    REQUIRE(office.ws->scheduledReports().remove(saved.id, office.sunHui));
    CHECK(office.ws->scheduledReports().list()->isEmpty());
    CHECK(office.due().isEmpty());
    // Its name is free again.
    office.save("Monthly quality", ReportPeriod::LastMonth);
}

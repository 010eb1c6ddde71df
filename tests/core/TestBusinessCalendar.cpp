// Business calendar and SLA clock. Every expected instant below is worked out by hand in
// the comment next to it (2026-01-01 is a Thursday; Asia/Shanghai is UTC+8 all year).

#include "sla/BusinessCalendar.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdint>
#include <thread>
#include <vector>

using sd::BusinessCalendar;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
// Shanghai business day: 09:00-12:00 (3 h) + 13:30-18:00 (4.5 h) = 7.5 h.
constexpr qint64 kBusinessDay = 7 * kHour + 30 * kMinute;

qint64 at(const char* iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(time.isValid());
    return time.toSecsSinceEpoch();
}

// Shows failing instants readably: "2026-10-08T10:00:00Z".
std::string show(qint64 utc)
{
    if (utc == BusinessCalendar::kUnreachable)
        return "unreachable";
    return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()).toString(Qt::ISODate).toStdString();
}

#define CHECK_INSTANT(actual, expected) CHECK(show(actual) == show(expected))

QJsonObject parseObject(const char* json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    REQUIRE(document.isObject());
    return document.object();
}

BusinessCalendar calendar(const char* json)
{
    auto result = BusinessCalendar::fromJson(parseObject(json));
    if (!result)
        FAIL(result.error().describe().toStdString());
    return *result;
}

sd::Error errorOf(const char* json, const QString& path = QStringLiteral("$"))
{
    auto result = BusinessCalendar::fromJson(parseObject(json), path);
    REQUIRE_FALSE(result.has_value());
    INFO(result.error().describe().toStdString());
    CHECK(result.error().code == sd::Error::Code::Invalid);
    return result.error();
}

const char* const kShanghai = R"({
    "name": "cn_business",
    "timezone": "Asia/Shanghai",
    "week": {
        "mon": [["09:00","12:00"],["13:30","18:00"]], "tue": [["09:00","12:00"],["13:30","18:00"]],
        "wed": [["09:00","12:00"],["13:30","18:00"]], "thu": [["13:30","18:00"],["09:00","12:00"]],
        "fri": [["09:00","12:00"],["13:30","18:00"]], "sat": [], "sun": []
    },
    "holidays": ["2026-10-01","2026-10-02","2026-10-03","2026-10-04","2026-10-05","2026-10-06","2026-10-07"],
    "extra_workdays": ["2026-10-10"]
})";

// Every day 00:00-24:00 in local time, so business time is wall-clock days.
BusinessCalendar wholeDays(const char* zone)
{
    const QString day = QStringLiteral(R"([["00:00","24:00"]])");
    QString json = QStringLiteral(R"({"name":"local","timezone":"%1","week":{"mon":%2,"tue":%2,"wed":%2,"thu":%2,)"
                                  R"("fri":%2,"sat":%2,"sun":%2}})")
                       .arg(QString::fromLatin1(zone), day);
    return calendar(json.toUtf8().constData());
}

// Deterministic 64-bit generator (SplitMix64) so property tests are reproducible.
struct SplitMix
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
};

void checkDueProperty(const BusinessCalendar& cal, qint64 from, qint64 to, qint64 maxTarget, quint64 seed)
{
    SplitMix random{seed};
    for (int i = 0; i < 3000; ++i) {
        const qint64 start = random.between(from, to);
        const qint64 target = random.between(1, maxTarget);
        const qint64 due = cal.dueAfter(start, target);
        INFO("start " << show(start) << " target " << target << " due " << show(due));
        REQUIRE(due != BusinessCalendar::kUnreachable);
        REQUIRE(due > start);
        REQUIRE(cal.businessSecondsBetween(start, due) == target);
        REQUIRE(cal.businessSecondsBetween(start, due - 1) < target); // earliest such instant
        REQUIRE(cal.isWorkingTime(due - 1));
    }
}

} // namespace

TEST_CASE("Lunch breaks pause the clock", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(kShanghai);
    // 2026-09-15 is a Tuesday.
    // 11:00 + 60 min: the hour runs out exactly at 12:00, the end of the morning interval.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T11:00:00+08:00"), kHour), at("2026-09-15T12:00:00+08:00"));
    // 11:30 + 60 min: 30 min until 12:00, lunch, 30 min from 13:30 -> 14:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T11:30:00+08:00"), kHour), at("2026-09-15T14:00:00+08:00"));
    // 11:00 + 60 min + 1 s: the last second falls after lunch -> 13:30:01.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T11:00:00+08:00"), kHour + 1), at("2026-09-15T13:30:01+08:00"));
    // 17:00 + 60 min runs out at 18:00 closing, not at Wednesday 09:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T17:00:00+08:00"), kHour), at("2026-09-15T18:00:00+08:00"));
}

TEST_CASE("Starts outside working hours wait for the next interval", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(kShanghai);
    // Before opening: Tuesday 07:00 + 1 h -> clock starts 09:00 -> 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T07:00:00+08:00"), kHour), at("2026-09-15T10:00:00+08:00"));
    // During lunch: 12:45 + 1 h -> clock starts 13:30 -> 14:30.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T12:45:00+08:00"), kHour), at("2026-09-15T14:30:00+08:00"));
    // After closing: Tuesday 19:00 + 1 h -> Wednesday 09:00 + 1 h = 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-15T19:00:00+08:00"), kHour), at("2026-09-16T10:00:00+08:00"));
    // Weekend: Saturday 2026-09-19 10:00 + 1 h -> Monday 2026-09-21 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-19T10:00:00+08:00"), kHour), at("2026-09-21T10:00:00+08:00"));
    // Friday 17:00 + 2 h: 1 h on Friday, 1 h on Monday from 09:00 -> Monday 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-18T17:00:00+08:00"), 2 * kHour), at("2026-09-21T10:00:00+08:00"));
    // A zero target is due at the start itself, even outside working hours.
    CHECK(cal.dueAfter(at("2026-09-19T10:00:00+08:00"), 0) == at("2026-09-19T10:00:00+08:00"));
    CHECK(cal.dueAfter(at("2026-09-15T10:00:00+08:00"), -5) == at("2026-09-15T10:00:00+08:00"));
}

TEST_CASE("Holidays and make-up working days", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(kShanghai);
    // Wednesday 2026-09-30 17:00 + 2 h: 1 h until 18:00; Thu 10-01 .. Wed 10-07 are holidays;
    // Thursday 2026-10-08 09:00 + 1 h -> 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-30T17:00:00+08:00"), 2 * kHour), at("2026-10-08T10:00:00+08:00"));
    // Friday 2026-10-09 17:00 + 2 h: 1 h on Friday; Saturday 10-10 is a make-up day with
    // Monday's hours, so 09:00 + 1 h -> Saturday 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-10-09T17:00:00+08:00"), 2 * kHour), at("2026-10-10T10:00:00+08:00"));
    // A whole holiday has no business time; the make-up Saturday has a full 7.5 h day.
    CHECK(cal.businessSecondsBetween(at("2026-10-01T00:00:00+08:00"), at("2026-10-02T00:00:00+08:00")) == 0);
    CHECK(cal.businessSecondsBetween(at("2026-10-10T00:00:00+08:00"), at("2026-10-11T00:00:00+08:00"))
          == kBusinessDay);
    // Starting on a holiday: Saturday 2026-10-03 12:00 + 1 h -> Thursday 10-08 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-10-03T12:00:00+08:00"), kHour), at("2026-10-08T10:00:00+08:00"));
}

TEST_CASE("Make-up days use Monday's hours, a date both holiday and make-up is a holiday", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(R"({"timezone":"UTC",
        "week":{"mon":[["10:00","16:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],
                "thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]]},
        "extra_workdays":["2026-09-19"]})");
    // Saturday 2026-09-19 works 10:00-16:00 (Monday), not Friday's 09:00-17:00: 6 h.
    CHECK(cal.businessSecondsBetween(at("2026-09-19T00:00:00Z"), at("2026-09-20T00:00:00Z")) == 6 * kHour);
    CHECK_FALSE(cal.isWorkingTime(at("2026-09-19T09:30:00Z")));
    CHECK(cal.isWorkingTime(at("2026-09-19T10:00:00Z")));

    const BusinessCalendar both = calendar(R"({"timezone":"Asia/Shanghai",
        "week":{"mon":[["09:00","12:00"],["13:30","18:00"]],"fri":[["09:00","12:00"],["13:30","18:00"]]},
        "holidays":["2026-10-10"], "extra_workdays":["2026-10-10"]})");
    // Friday 2026-10-09 17:00 + 2 h: 1 h on Friday; Saturday 10-10 is a holiday after all, Sunday
    // has no hours, Monday 10-12 09:00 + 1 h -> 10:00.
    CHECK_INSTANT(both.dueAfter(at("2026-10-09T17:00:00+08:00"), 2 * kHour), at("2026-10-12T10:00:00+08:00"));
}

TEST_CASE("Night shifts crossing midnight are written as two intervals", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(R"({"timezone":"UTC",
        "week":{"fri":[["22:00","24:00"]],"sat":[["00:00","06:00"]]}})");
    // Friday 2026-09-18 23:00 + 3 h: 1 h until midnight, 2 h on Saturday -> Saturday 02:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-18T23:00:00Z"), 3 * kHour), at("2026-09-19T02:00:00Z"));
    // The shift is one 8 h stretch: Friday 21:00 .. Saturday 07:00 holds 22:00-06:00.
    CHECK(cal.businessSecondsBetween(at("2026-09-18T21:00:00Z"), at("2026-09-19T07:00:00Z")) == 8 * kHour);
    // 8 h from 22:00 is due at the shift's end; one more second rolls to next Friday 22:00:01.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-18T22:00:00Z"), 8 * kHour), at("2026-09-19T06:00:00Z"));
    CHECK_INSTANT(cal.dueAfter(at("2026-09-18T22:00:00Z"), 8 * kHour + 1), at("2026-09-25T22:00:01Z"));
    CHECK(cal.isWorkingTime(at("2026-09-19T00:00:00Z")));
}

TEST_CASE("DST in Europe/Berlin: 23 and 25 hour days", "[sla][calendar][dst]")
{
    const BusinessCalendar cal = wholeDays("Europe/Berlin");
    // 2026-03-29: clocks go 02:00 CET -> 03:00 CEST, so the day is 23 real hours.
    CHECK(cal.businessSecondsBetween(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00"))
          == 23 * kHour);
    // 2026-10-25: clocks go 03:00 CEST -> 02:00 CET, so the day is 25 real hours.
    CHECK(cal.businessSecondsBetween(at("2026-10-25T00:00:00+02:00"), at("2026-10-26T00:00:00+01:00"))
          == 25 * kHour);
    // The week Monday 03-23 .. Monday 03-30 holds 7 * 24 - 1 = 167 hours.
    CHECK(cal.businessSecondsBetween(at("2026-03-23T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00"))
          == 167 * kHour);
    // 24 business hours from Sunday 00:00 CET: 23 h on Sunday, then 1 h -> Monday 01:00 CEST.
    CHECK_INSTANT(cal.dueAfter(at("2026-03-29T00:00:00+01:00"), 24 * kHour), at("2026-03-30T01:00:00+02:00"));
    // 24 business hours from Sunday 10-25 00:00 CEST: the 25 h day ends 23:00 CET.
    CHECK_INSTANT(cal.dueAfter(at("2026-10-25T00:00:00+02:00"), 24 * kHour), at("2026-10-25T23:00:00+01:00"));
}

TEST_CASE("DST after 2037 and half-hour shifts", "[sla][calendar][dst]")
{
    // Rule-based transitions past the 32-bit time_t range. 2038-03-28 is the last Sunday of
    // March (2038-01-01 is a Friday), so Berlin's day has 23 hours.
    CHECK(wholeDays("Europe/Berlin").businessSecondsBetween(at("2038-03-28T00:00:00+01:00"),
                                                            at("2038-03-29T00:00:00+02:00"))
          == 23 * kHour);
    const BusinessCalendar sunday = calendar(R"({"timezone":"Europe/Berlin","week":{"sun":[["09:00","10:00"]]}})");
    // 09:00 on that Sunday is summer time: 07:00Z.
    CHECK_INSTANT(sunday.dueAfter(at("2038-03-27T12:00:00Z"), 1), at("2038-03-28T07:00:01Z"));
    // Lord Howe Island moves its clocks by 30 minutes: +11:00 -> +10:30 on the first Sunday
    // of April (2038-04-04) and back on the first Sunday of October (2038-10-03).
    const BusinessCalendar lordHowe = wholeDays("Australia/Lord_Howe");
    CHECK(lordHowe.businessSecondsBetween(at("2038-04-04T00:00:00+11:00"), at("2038-04-05T00:00:00+10:30"))
          == 24 * kHour + 30 * kMinute);
    CHECK(lordHowe.businessSecondsBetween(at("2038-10-03T00:00:00+10:30"), at("2038-10-04T00:00:00+11:00"))
          == 23 * kHour + 30 * kMinute);
}

TEST_CASE("DST bounds: times in a gap move later by the gap, overlaps take the first occurrence", "[sla][calendar][dst]")
{
    // Sundays only. Berlin: 2026-03-29 02:00-03:00 local does not exist; on 2026-10-25
    // 02:00-03:00 local happens twice (first CEST = UTC+2, then CET = UTC+1).
    const BusinessCalendar span = calendar(R"({"timezone":"Europe/Berlin","week":{"sun":[["01:00","05:00"]]}})");
    // Spring: 01:00 CET = 00:00Z to 05:00 CEST = 03:00Z -> 3 h.
    CHECK(span.businessSecondsBetween(at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z")) == 3 * kHour);
    // Autumn: 01:00 CEST = 2026-10-24 23:00Z to 05:00 CET = 04:00Z -> 5 h.
    CHECK(span.businessSecondsBetween(at("2026-10-24T12:00:00Z"), at("2026-10-25T12:00:00Z")) == 5 * kHour);

    const BusinessCalendar gap = calendar(R"({"timezone":"Europe/Berlin","week":{"sun":[["02:30","04:00"]]}})");
    // Spring: 02:30 does not exist -> one gap (1 h) later, 03:30 CEST = 01:30Z; 04:00 CEST = 02:00Z -> 30 min.
    CHECK(gap.businessSecondsBetween(at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z")) == 30 * kMinute);
    CHECK_INSTANT(gap.dueAfter(at("2026-03-28T12:00:00Z"), 1), at("2026-03-29T01:30:01Z"));
    // A start before the gap and an end inside it: 01:30 CET = 00:30Z to 02:30 -> 03:30 CEST = 01:30Z -> 1 h.
    const BusinessCalendar endInGap = calendar(R"({"timezone":"Europe/Berlin","week":{"sun":[["01:30","02:30"]]}})");
    CHECK(endInGap.businessSecondsBetween(at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z")) == kHour);
    // Autumn: 02:30 is ambiguous -> first occurrence 02:30 CEST = 00:30Z; 04:00 CET = 03:00Z -> 2.5 h.
    CHECK(gap.businessSecondsBetween(at("2026-10-24T12:00:00Z"), at("2026-10-25T12:00:00Z"))
          == 2 * kHour + 30 * kMinute);
    CHECK_INSTANT(gap.dueAfter(at("2026-10-24T12:00:00Z"), 1), at("2026-10-25T00:30:01Z"));

    // An end bound in the overlap also takes the first occurrence, so the two halves of
    // 01:00-04:00 split at 02:30 tile exactly: 23:00Z-00:30Z (1.5 h) + 00:30Z-03:00Z (2.5 h) = 4 h.
    const BusinessCalendar split = calendar(
        R"({"timezone":"Europe/Berlin","week":{"sun":[["01:00","02:30"],["02:30","04:00"]]}})");
    CHECK(split.businessSecondsBetween(at("2026-10-24T12:00:00Z"), at("2026-10-25T12:00:00Z")) == 4 * kHour);
    CHECK(split.businessSecondsBetween(at("2026-10-24T12:00:00Z"), at("2026-10-25T00:30:00Z"))
          == kHour + 30 * kMinute);
    // An interval entirely inside the spring gap moves whole: 02:10 -> 03:10 CEST = 01:10Z and
    // 02:50 -> 03:50 CEST = 01:50Z, 40 min, plus 10:00-11:00.
    const BusinessCalendar lost = calendar(
        R"({"timezone":"Europe/Berlin","week":{"sun":[["02:10","02:50"],["10:00","11:00"]]}})");
    CHECK(lost.businessSecondsBetween(at("2026-03-29T00:00:00+01:00"), at("2026-03-30T00:00:00+02:00")) == kHour + 40 * kMinute);
    // An end moved later by the gap can reach into the next interval: the two are merged, not
    // counted twice. 00:00 CET = 23:00Z (28th); 02:30 -> 03:30 CEST = 01:30Z overlaps
    // 03:00-06:00 CEST = 01:00Z-04:00Z; together 23:00Z-04:00Z = 5 h.
    const BusinessCalendar overlapping = calendar(
        R"({"timezone":"Europe/Berlin","week":{"sun":[["00:00","02:30"],["03:00","06:00"]]}})");
    CHECK(overlapping.businessSecondsBetween(at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z")) == 5 * kHour);
    CHECK_INSTANT(overlapping.dueAfter(at("2026-03-28T12:00:00Z"), 5 * kHour), at("2026-03-29T04:00:00Z"));
    // A start in the gap that moves past its own end empties the interval: 02:30-03:15 on
    // 2006-04-02 in Los Angeles becomes 03:30 PDT to 03:15 PDT, no time.
    const BusinessCalendar emptied = calendar(R"({"timezone":"America/Los_Angeles","week":{"sun":[["02:30","03:15"]]}})");
    CHECK(emptied.businessSecondsBetween(at("2006-04-01T00:00:00-08:00"), at("2006-04-03T00:00:00-07:00")) == 0);
    CHECK(emptied.businessSecondsBetween(at("2006-04-08T00:00:00-07:00"), at("2006-04-10T00:00:00-07:00")) == 45 * kMinute);
    CHECK(lost.businessSecondsBetween(at("2026-03-22T00:00:00+01:00"), at("2026-03-23T00:00:00+01:00"))
          == kHour + 40 * kMinute);
}

TEST_CASE("DST in America/New_York", "[sla][calendar][dst]")
{
    const BusinessCalendar days = wholeDays("America/New_York");
    // 2026-03-08 (second Sunday of March): 02:00 EST -> 03:00 EDT, 23 hours.
    CHECK(days.businessSecondsBetween(at("2026-03-08T00:00:00-05:00"), at("2026-03-09T00:00:00-04:00"))
          == 23 * kHour);
    // 02:15-04:00 on that Sunday: 02:15 does not exist -> 03:15 EDT = 07:15Z; 04:00 EDT = 08:00Z -> 45 min.
    const BusinessCalendar quarterPast = calendar(R"({"timezone":"America/New_York","week":{"sun":[["02:15","04:00"]]}})");
    CHECK(quarterPast.businessSecondsBetween(at("2026-03-07T00:00:00-05:00"), at("2026-03-09T00:00:00-04:00")) == 45 * kMinute);
    // 2026-11-01 (first Sunday of November): 02:00 EDT -> 01:00 EST, 25 hours.
    CHECK(days.businessSecondsBetween(at("2026-11-01T00:00:00-04:00"), at("2026-11-02T00:00:00-05:00"))
          == 25 * kHour);

    const BusinessCalendar office = calendar(R"({"timezone":"America/New_York",
        "week":{"mon":[["09:00","17:00"]],"tue":[["09:00","17:00"]],"wed":[["09:00","17:00"]],
                "thu":[["09:00","17:00"]],"fri":[["09:00","17:00"]]}})");
    // Friday 2026-03-06 16:00 EST + 2 h: 1 h on Friday, Monday 09:00 EDT + 1 h = 10:00 EDT.
    CHECK_INSTANT(office.dueAfter(at("2026-03-06T16:00:00-05:00"), 2 * kHour), at("2026-03-09T10:00:00-04:00"));
    // Friday 2026-10-30 16:00 EDT + 2 h -> Monday 2026-11-02 10:00 EST.
    CHECK_INSTANT(office.dueAfter(at("2026-10-30T16:00:00-04:00"), 2 * kHour), at("2026-11-02T10:00:00-05:00"));

    const BusinessCalendar early = calendar(R"({"timezone":"America/New_York","week":{"sun":[["01:00","04:00"]]}})");
    // Spring: 01:00 EST = 06:00Z to 04:00 EDT = 08:00Z -> 2 h.
    CHECK(early.businessSecondsBetween(at("2026-03-08T00:00:00Z"), at("2026-03-09T00:00:00Z")) == 2 * kHour);
    // Autumn: 01:00 is ambiguous -> first occurrence 01:00 EDT = 05:00Z; 04:00 EST = 09:00Z -> 4 h.
    CHECK(early.businessSecondsBetween(at("2026-11-01T00:00:00Z"), at("2026-11-02T00:00:00Z")) == 4 * kHour);
    CHECK_INSTANT(early.dueAfter(at("2026-11-01T00:00:00Z"), kHour), at("2026-11-01T06:00:00Z"));
}

TEST_CASE("Targets spanning several weeks", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(kShanghai);
    // Monday 2026-11-02 09:00 + 15 business days: three full weeks end Friday 11-20 18:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-11-02T09:00:00+08:00"), 15 * kBusinessDay), at("2026-11-20T18:00:00+08:00"));
    // One second more is the first second of Monday 11-23.
    CHECK_INSTANT(cal.dueAfter(at("2026-11-02T09:00:00+08:00"), 15 * kBusinessDay + 1),
                  at("2026-11-23T09:00:01+08:00"));
    // Monday 2026-09-28 09:00 + 10 business days across National Day: Sep 28, 29, 30 (3),
    // Oct 1-7 holidays, Oct 8, 9 (5), Sat Oct 10 make-up (6), Oct 12, 13, 14, 15 (10) -> Thu 10-15 18:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-09-28T09:00:00+08:00"), 10 * kBusinessDay), at("2026-10-15T18:00:00+08:00"));
    // Across the new year: Thursday 2026-12-31 17:00 + 2 h -> 1 h on Dec 31, Friday 2027-01-01
    // is a normal working day here (no holiday listed) -> 10:00.
    CHECK_INSTANT(cal.dueAfter(at("2026-12-31T17:00:00+08:00"), 2 * kHour), at("2027-01-01T10:00:00+08:00"));
}

TEST_CASE("businessSecondsBetween", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(kShanghai);
    // Inside one interval: Tuesday 09:15 .. 10:45 = 1.5 h.
    CHECK(cal.businessSecondsBetween(at("2026-09-15T09:15:00+08:00"), at("2026-09-15T10:45:00+08:00"))
          == 90 * kMinute);
    // Spanning lunch: 11:00 .. 14:00 = 1 h morning + 30 min afternoon.
    CHECK(cal.businessSecondsBetween(at("2026-09-15T11:00:00+08:00"), at("2026-09-15T14:00:00+08:00"))
          == 90 * kMinute);
    // Spanning a weekend: Friday 17:00 .. Monday 10:00 = 1 h + 1 h.
    CHECK(cal.businessSecondsBetween(at("2026-09-18T17:00:00+08:00"), at("2026-09-21T10:00:00+08:00")) == 2 * kHour);
    // A whole week Monday 00:00 .. Monday 00:00: five 7.5 h days.
    CHECK(cal.businessSecondsBetween(at("2026-09-14T00:00:00+08:00"), at("2026-09-21T00:00:00+08:00"))
          == 5 * kBusinessDay);
    // Across a year end: 2026-12-31 17:00 .. 2027-01-01 10:00 = 1 h + 1 h.
    CHECK(cal.businessSecondsBetween(at("2026-12-31T17:00:00+08:00"), at("2027-01-01T10:00:00+08:00")) == 2 * kHour);
    // Empty and reversed ranges.
    CHECK(cal.businessSecondsBetween(at("2026-09-15T10:00:00+08:00"), at("2026-09-15T10:00:00+08:00")) == 0);
    CHECK(cal.businessSecondsBetween(at("2026-09-15T11:00:00+08:00"), at("2026-09-15T10:00:00+08:00")) == 0);
}

TEST_CASE("Due times are the earliest instants with the target elapsed", "[sla][calendar][property]")
{
    const qint64 from = at("2026-01-01T00:00:00Z");
    const qint64 to = at("2027-01-01T00:00:00Z");
    checkDueProperty(calendar(kShanghai), from, to, 5 * kDay, 1);
    checkDueProperty(wholeDays("Europe/Berlin"), from, to, 5 * kDay, 2);
    checkDueProperty(calendar(R"({"timezone":"Europe/Berlin","week":{"sun":[["01:00","02:30"],["02:30","04:00"]],
        "sat":[["22:00","24:00"]]}})"),
                     from, to, 20 * kDay, 3);
    checkDueProperty(calendar(R"({"timezone":"America/New_York","week":{"mon":[["09:00","17:00"]],
        "sun":[["01:00","04:00"]]}})"),
                     from, to, 10 * kDay, 4);
    checkDueProperty(BusinessCalendar::allDay(), from, to, 40 * kDay, 5);
}

TEST_CASE("dueAfter always terminates", "[sla][calendar]")
{
    const BusinessCalendar cal = BusinessCalendar::allDay();
    const qint64 start = at("2026-01-01T00:00:00Z");
    // 24x7 in UTC: business time is real time.
    CHECK(cal.dueAfter(start, 12345) == start + 12345);
    CHECK(cal.businessSecondsBetween(start, start + 12345) == 12345);
    // More than the search horizon of 20 years -> sentinel, not a hang.
    CHECK(cal.dueAfter(start, 25 * 366 * kDay) == BusinessCalendar::kUnreachable);
    CHECK(cal.dueAfter(start, std::numeric_limits<qint64>::max()) == BusinessCalendar::kUnreachable);
    // Past the covered years there is no working time.
    CHECK(cal.dueAfter(at("2500-01-01T00:00:00Z"), kHour) == BusinessCalendar::kUnreachable);
    CHECK(cal.dueAfter(std::numeric_limits<qint64>::max() - 1, kHour) == BusinessCalendar::kUnreachable);
    // Before the covered years the clock starts at 1900-01-01 00:00.
    CHECK_INSTANT(cal.dueAfter(std::numeric_limits<qint64>::min(), kHour), at("1900-01-01T01:00:00Z"));
    CHECK(cal.businessSecondsBetween(std::numeric_limits<qint64>::min(), at("1900-01-01T01:00:00Z")) == kHour);

    // Only Mondays, and every Monday of 2026-2048 (and more) a holiday: unreachable within 20 years.
    QJsonArray holidays;
    for (QDate day(2026, 1, 5); day.year() < 2050; day = day.addDays(7))
        holidays.append(day.toString(Qt::ISODate));
    QJsonObject json = parseObject(R"({"timezone":"UTC","week":{"mon":[["09:00","17:00"]]}})");
    json.insert(QStringLiteral("holidays"), holidays);
    const auto mondays = BusinessCalendar::fromJson(json);
    REQUIRE(mondays);
    CHECK(mondays->dueAfter(start, kHour) == BusinessCalendar::kUnreachable);
}

TEST_CASE("Validation names the JSON path", "[sla][calendar][validation]")
{
    const QString base = QStringLiteral("$.calendars.cn_business");
    auto notObject = BusinessCalendar::fromJsonValue(QJsonArray{1, 2}, base);
    REQUIRE_FALSE(notObject);
    CHECK(notObject.error().field == base);
    CHECK(notObject.error().message.contains(QStringLiteral("object")));

    CHECK(errorOf(R"({"week":{"mon":[["09:00","12:00"]]}})", base).field == base + QStringLiteral(".timezone"));
    CHECK(errorOf(R"({"timezone":"Mars/Olympus","week":{"mon":[["09:00","12:00"]]}})").field == QStringLiteral("$.timezone"));
    CHECK(errorOf(R"({"timezone":42,"week":{"mon":[["09:00","12:00"]]}})").field == QStringLiteral("$.timezone"));
    CHECK(errorOf(R"({"timezone":"UTC","week":{"mond":[["09:00","12:00"]]}})").field == QStringLiteral("$.week.mond"));
    CHECK(errorOf(R"({"timezone":"UTC","week":[]})").field == QStringLiteral("$.week"));
    CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":"09:00-12:00"}})").field == QStringLiteral("$.week.mon"));
    CHECK(errorOf(R"({"timezone":"UTC","holiday":[],"week":{"mon":[["09:00","12:00"]]}})").field
          == QStringLiteral("$.holiday"));
    CHECK(errorOf(R"({"timezone":"UTC","name":7,"week":{"mon":[["09:00","12:00"]]}})").field == QStringLiteral("$.name"));

    SECTION("intervals")
    {
        const auto fieldFor = [&](const char* monday) {
            const QString json = QStringLiteral(R"({"timezone":"UTC","week":{"mon":[["08:00","09:00"],%1]}})")
                                     .arg(QString::fromLatin1(monday));
            return errorOf(json.toUtf8().constData(), base).field;
        };
        const QString mon = base + QStringLiteral(".week.mon");
        CHECK(fieldFor(R"(["09:00"])") == mon + QStringLiteral("[1]"));
        CHECK(fieldFor(R"(["09:00","10:00","11:00"])") == mon + QStringLiteral("[1]"));
        CHECK(fieldFor(R"("09:00-12:00")") == mon + QStringLiteral("[1]"));
        CHECK(fieldFor(R"(["09:00",12])") == mon + QStringLiteral("[1][1]"));
        CHECK(fieldFor(R"(["9:00","12:00"])") == mon + QStringLiteral("[1][0]"));
        CHECK(fieldFor(R"(["25:00","26:00"])") == mon + QStringLiteral("[1][0]"));
        CHECK(fieldFor(R"(["12:00","12:60"])") == mon + QStringLiteral("[1][1]"));
        CHECK(fieldFor(R"(["12:00","24:30"])") == mon + QStringLiteral("[1][1]"));
        CHECK(fieldFor(R"(["12:00","09:00"])") == mon + QStringLiteral("[1]"));
        CHECK(fieldFor(R"(["12:00","12:00"])") == mon + QStringLiteral("[1]"));
        CHECK(fieldFor(R"(["24:00","24:00"])") == mon + QStringLiteral("[1]"));
        // Overlap with 08:00-09:00 written first: the later-starting one is named.
        CHECK(fieldFor(R"(["08:30","10:00"])") == mon + QStringLiteral("[1]"));
        // Written out of order: after sorting, 08:00-09:00 (item 0) starts inside 07:00-08:30.
        CHECK(fieldFor(R"(["07:00","08:30"])") == mon + QStringLiteral("[0]"));
    }

    SECTION("messages say what is wrong")
    {
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["25:00","26:00"]]}})").message.contains(QStringLiteral("hour")));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["12:00","12:60"]]}})").message.contains(QStringLiteral("minute")));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["12:00","09:00"]]}})").message.contains(QStringLiteral("12:00")));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["09:00","12:00"],["11:00","13:00"]]}})")
                  .message.contains(QStringLiteral("overlaps")));
        CHECK(errorOf(R"({"timezone":"Mars/Olympus","week":{"mon":[["09:00","12:00"]]}})")
                  .message.contains(QStringLiteral("Mars/Olympus")));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mond":[]}})").describe().startsWith(QStringLiteral("$.week.mond: ")));
    }

    SECTION("adjacent intervals and 24:00 are fine")
    {
        CHECK(BusinessCalendar::fromJson(parseObject(
            R"({"timezone":"UTC","week":{"mon":[["12:00","24:00"],["00:00","12:00"]]}})")));
    }

    SECTION("dates")
    {
        const auto holidays = errorOf(
            R"({"timezone":"UTC","week":{"mon":[["09:00","12:00"]]},"holidays":["2026-10-01","2026-13-01"]})", base);
        CHECK(holidays.field == base + QStringLiteral(".holidays[1]"));
        CHECK(holidays.message.contains(QStringLiteral("2026-13-01")));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["09:00","12:00"]]},"extra_workdays":["2026-02-30"]})").field
              == QStringLiteral("$.extra_workdays[0]"));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["09:00","12:00"]]},"extra_workdays":["2026-2-3"]})").field
              == QStringLiteral("$.extra_workdays[0]"));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["09:00","12:00"]]},"holidays":[20261001]})").field
              == QStringLiteral("$.holidays[0]"));
        CHECK(errorOf(R"({"timezone":"UTC","week":{"mon":[["09:00","12:00"]]},"holidays":"2026-10-01"})").field
              == QStringLiteral("$.holidays"));
    }

    SECTION("no working time")
    {
        const auto empty = errorOf(R"({"timezone":"UTC","week":{"mon":[],"sat":[]},"extra_workdays":["2026-10-10"]})", base);
        CHECK(empty.field == base + QStringLiteral(".week"));
        CHECK(empty.message.contains(QStringLiteral("no working time")));
        CHECK(errorOf(R"({"timezone":"UTC"})").message.contains(QStringLiteral("no working time")));
    }
}

TEST_CASE("Calendar files", "[sla][calendar][validation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const char* name, const QByteArray& content) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const auto good = BusinessCalendar::fromFile(write("good.json", QByteArray(kShanghai)));
    REQUIRE(good);
    CHECK(good->name() == QStringLiteral("cn_business"));

    const auto broken = BusinessCalendar::fromFile(write("broken.json", QByteArray(R"({"timezone": "UTC",, })")));
    REQUIRE_FALSE(broken);
    // Where Qt stops exactly is its business; the message must point at a byte offset.
    CHECK(broken.error().message.contains(QStringLiteral("at offset ")));
    CHECK(broken.error().field.endsWith(QStringLiteral("broken.json")));

    const auto array = BusinessCalendar::fromFile(write("array.json", QByteArray("[]")));
    REQUIRE_FALSE(array);
    CHECK(array.error().field == QStringLiteral("$"));

    const auto wrong = BusinessCalendar::fromFile(write("wrong.json", QByteArray(R"({"timezone":"UTC","week":{"mon":[["9","10"]]}})")));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().field == QStringLiteral("$.week.mon[0][0]"));
    CHECK(wrong.error().message.contains(QStringLiteral("wrong.json")));

    const auto missing = BusinessCalendar::fromFile(dir.filePath(QStringLiteral("missing.json")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == sd::Error::Code::Io);
}

TEST_CASE("toJson round-trips through fromJson", "[sla][calendar]")
{
    const BusinessCalendar cal = calendar(kShanghai);
    const QJsonObject json = cal.toJson();
    const auto again = BusinessCalendar::fromJson(json);
    REQUIRE(again);
    CHECK(*again == cal);
    CHECK(again->toJson() == json);
    CHECK(again->name() == QStringLiteral("cn_business"));
    CHECK(again->timeZone().id() == QByteArray("Asia/Shanghai"));
    // Thursday was written afternoon first; it comes back sorted. Empty days are written out.
    CHECK(json[QStringLiteral("week")][QStringLiteral("thu")][0][0].toString() == QStringLiteral("09:00"));
    CHECK(json[QStringLiteral("week")][QStringLiteral("sun")].toArray().isEmpty());
    CHECK(json[QStringLiteral("holidays")].toArray().size() == 7);
    CHECK(json[QStringLiteral("extra_workdays")][0].toString() == QStringLiteral("2026-10-10"));

    const BusinessCalendar night = calendar(R"({"name":"night","timezone":"UTC","week":{"fri":[["22:00","24:00"]]}})");
    CHECK(night.toJson()[QStringLiteral("week")][QStringLiteral("fri")][0][1].toString() == QStringLiteral("24:00"));
    const auto nightAgain = BusinessCalendar::fromJson(night.toJson());
    REQUIRE(nightAgain);
    CHECK(*nightAgain == night);
    CHECK_FALSE(night == cal);

    const auto allDay = BusinessCalendar::fromJson(BusinessCalendar::allDay().toJson());
    REQUIRE(allDay);
    CHECK(*allDay == BusinessCalendar::allDay());
    CHECK(BusinessCalendar().name() == QStringLiteral("24x7"));
}

TEST_CASE("Copies share tables safely across threads", "[sla][calendar][threads]")
{
    SplitMix random{42};
    std::vector<std::pair<qint64, qint64>> inputs;
    for (int i = 0; i < 20000; ++i) // starts over 2020-2035, so many year tables are built concurrently
        inputs.emplace_back(random.between(at("2020-01-01T00:00:00Z"), at("2035-01-01T00:00:00Z")),
                            random.between(1, 30 * kDay));

    const BusinessCalendar fresh = calendar(kShanghai);
    std::vector<std::vector<qint64>> results(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t, copy = fresh] {
            for (const auto& [start, target] : inputs)
                results[t].push_back(copy.dueAfter(start, target) + copy.businessSecondsBetween(start, start + target));
        });
    }
    for (auto& thread : threads)
        thread.join();

    const BusinessCalendar serial = calendar(kShanghai);
    std::vector<qint64> expected;
    for (const auto& [start, target] : inputs)
        expected.push_back(serial.dueAfter(start, target) + serial.businessSecondsBetween(start, start + target));
    for (const auto& result : results)
        CHECK(result == expected);
}

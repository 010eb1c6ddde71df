// SLA clock throughput: dueAfter and businessSecondsBetween on one thread, random starts over
// 2026 and targets from 15 minutes to 5 days. Target: >= 1,000,000 dueAfter per second.

#include "sla/BusinessCalendar.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <vector>

using sd::BusinessCalendar;

namespace {

// Mainland China office hours with the 2026 public holidays and make-up working days.
const char* const kShanghai = R"({
    "name": "cn_business",
    "timezone": "Asia/Shanghai",
    "week": {
        "mon": [["09:00","12:00"],["13:30","18:00"]], "tue": [["09:00","12:00"],["13:30","18:00"]],
        "wed": [["09:00","12:00"],["13:30","18:00"]], "thu": [["09:00","12:00"],["13:30","18:00"]],
        "fri": [["09:00","12:00"],["13:30","18:00"]], "sat": [], "sun": []
    },
    "holidays": ["2026-01-01","2026-01-02","2026-01-03",
                 "2026-02-15","2026-02-16","2026-02-17","2026-02-18","2026-02-19","2026-02-20",
                 "2026-02-21","2026-02-22","2026-02-23",
                 "2026-04-04","2026-04-05","2026-04-06",
                 "2026-05-01","2026-05-02","2026-05-03","2026-05-04","2026-05-05",
                 "2026-06-19","2026-06-20","2026-06-21",
                 "2026-09-25","2026-09-26","2026-09-27",
                 "2026-10-01","2026-10-02","2026-10-03","2026-10-04","2026-10-05","2026-10-06","2026-10-07"],
    "extra_workdays": ["2026-01-04","2026-02-14","2026-02-28","2026-05-09","2026-09-20","2026-10-10"]
})";

const char* const kBerlin = R"({
    "name": "de_support", "timezone": "Europe/Berlin",
    "week": { "mon": [["08:00","17:00"]], "tue": [["08:00","17:00"]], "wed": [["08:00","17:00"]],
              "thu": [["08:00","17:00"]], "fri": [["08:00","17:00"]] },
    "holidays": ["2026-01-01","2026-04-03","2026-04-06","2026-05-01","2026-12-25","2026-12-26"]
})";

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

struct Input
{
    qint64 start;
    qint64 target; // business seconds for dueAfter; real seconds of the range for businessSecondsBetween
};

constexpr qint64 kYear2026 = 1767225600; // 2026-01-01T00:00:00Z
constexpr int kOperations = 2'000'000;

std::vector<Input> makeInputs()
{
    SplitMix random{2026};
    std::vector<Input> inputs(kOperations);
    for (Input& input : inputs)
        input = {random.between(kYear2026, kYear2026 + 365 * 86400), random.between(15 * 60, 5 * 86400)};
    return inputs;
}

BusinessCalendar load(const char* json)
{
    auto calendar = BusinessCalendar::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    if (!calendar) {
        std::fprintf(stderr, "%s\n", qPrintable(calendar.error().describe()));
        std::exit(1);
    }
    return *calendar;
}

template <typename Operation>
void measure(const char* calendarName, const char* operationName, const std::vector<Input>& inputs, Operation operation)
{
    qint64 checksum = 0;
    for (size_t i = 0; i < 10'000; ++i) // warm-up: builds the year tables
        checksum += operation(inputs[i]);
    const auto begin = std::chrono::steady_clock::now();
    for (const Input& input : inputs)
        checksum += operation(input);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::printf("%-12s %-24s %12zu %9.3f %14.0f   (checksum %lld)\n", calendarName, operationName, inputs.size(),
                seconds, double(inputs.size()) / seconds, static_cast<long long>(checksum));
}

// First use of a fresh calendar pays for parsing and one year table.
void measureFirstUse(const char* calendarName, const char* json)
{
    constexpr int kRounds = 200;
    qint64 checksum = 0;
    const auto begin = std::chrono::steady_clock::now();
    for (int i = 0; i < kRounds; ++i)
        checksum += load(json).dueAfter(kYear2026 + 180 * 86400 + i, 3600);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::printf("%-12s %-24s %12d %9.3f %14.0f   (checksum %lld)\n", calendarName, "fromJson+first dueAfter",
                kRounds, seconds, kRounds / seconds, static_cast<long long>(checksum));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const std::vector<Input> inputs = makeInputs();
    const std::pair<const char*, BusinessCalendar> calendars[] = {
        {"cn_business", load(kShanghai)},
        {"de_support", load(kBerlin)},
        {"24x7", BusinessCalendar::allDay()},
    };

    std::printf("%-12s %-24s %12s %9s %14s\n", "calendar", "operation", "operations", "seconds", "ops/second");
    for (const auto& [name, calendar] : calendars) {
        measure(name, "dueAfter", inputs, [&](const Input& in) { return calendar.dueAfter(in.start, in.target); });
        measure(name, "businessSecondsBetween", inputs,
                [&](const Input& in) { return calendar.businessSecondsBetween(in.start, in.start + in.target); });
    }
    measureFirstUse("cn_business", kShanghai);
    return 0;
}

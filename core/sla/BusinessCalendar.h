#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <memory>

namespace sd {

// A team's working hours (weekly hours, holidays, make-up working days) in one time zone,
// and the SLA clock on top of them: business seconds between instants and due times.
//
// Instants are qint64 UTC epoch seconds. Copies are cheap and share one lazily built,
// thread-safe table of working intervals per local year, so every const method may be
// called from several threads at once, on the same object or on copies.
//
// Local bounds that do not map to exactly one instant (DST) follow one rule: a local
// time T is the FIRST instant at which the wall clock reads T or later. So a bound in
// a spring-forward gap (02:30 in Europe/Berlin on 2026-03-29) is the instant the clock
// jumps (03:00 local), a bound in a fall-back overlap (02:30 on 2026-10-25) is its
// first occurrence, and "24:00" is the next day's 00:00. The rule is monotonic, so
// adjacent intervals [a,b)[b,c) still tile exactly, and a 00:00-24:00 day lasts 23 real
// hours on a spring-forward date and 25 on a fall-back date.
//
// Working time exists only in local years kFirstYear..kLastYear; instants outside are
// treated as having none.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(sd::BusinessCalendar)

public:
    // dueAfter() returns this when the target is not reached within kSearchYears years.
    static constexpr qint64 kUnreachable = std::numeric_limits<qint64>::max();
    static constexpr int kSearchYears = 20;
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2399;

    // 24x7 in UTC, so a default-constructed calendar is usable.
    BusinessCalendar();

    // Parses a calendar object:
    //   { "name": "cn_business", "timezone": "Asia/Shanghai",
    //     "week": { "mon": [["09:00","12:00"],["13:30","18:00"]], ..., "sun": [] },
    //     "holidays": ["2026-10-01"], "extra_workdays": ["2026-10-10"] }
    // jsonPath is where the object sits in a bigger document (e.g. "$.calendars.cn_business");
    // errors name the exact spot, e.g. "$.calendars.cn_business.week.mon[1][0]".
    // Unknown keys are rejected so a typo ("holiday") does not silently drop holidays.
    static Result<BusinessCalendar> fromJson(const QJsonObject& json,
                                             const QString& jsonPath = QStringLiteral("$"));
    // Same, for a value that may not be an object at all.
    static Result<BusinessCalendar> fromJsonValue(const QJsonValue& json,
                                                  const QString& jsonPath = QStringLiteral("$"));
    // Reads and parses a .json file holding one calendar object.
    static Result<BusinessCalendar> fromFile(const QString& path);
    // Round-trips through fromJson (intervals come back sorted, dates sorted and unique).
    QJsonObject toJson() const;

    static BusinessCalendar allDay(const QString& name = QStringLiteral("24x7"));

    QString name() const;
    QTimeZone timeZone() const;

    // Business seconds in [fromUtc, toUtc); 0 if toUtc <= fromUtc.
    qint64 businessSecondsBetween(qint64 fromUtc, qint64 toUtc) const;
    // Earliest t >= startUtc with businessSecondsBetween(startUtc, t) == businessSeconds, so a
    // target running out at the end of an interval is due at that end, not at the next start.
    // startUtc itself when businessSeconds <= 0; kUnreachable when not reached within
    // kSearchYears local years (or past kLastYear).
    qint64 dueAfter(qint64 startUtc, qint64 businessSeconds) const;
    // Whether the instant lies inside a working interval.
    bool isWorkingTime(qint64 utc) const;

    // Same rules (name, zone, hours, dates); the caches do not count.
    friend bool operator==(const BusinessCalendar& a, const BusinessCalendar& b);

private:
    struct Rules;
    struct YearTable;
    struct Data;

    explicit BusinessCalendar(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> m_data;
};

} // namespace sd

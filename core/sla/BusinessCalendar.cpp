#include "sla/BusinessCalendar.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <vector>

namespace sd {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kYearCount = BusinessCalendar::kLastYear - BusinessCalendar::kFirstYear + 1;
// Local midnight is within a day or so of UTC midnight; two days of margin cover any zone.
constexpr qint64 kOffsetMargin = 2 * kSecondsPerDay;

const std::array<QLatin1String, 7> kWeekdayKeys = {
    QLatin1String("mon"), QLatin1String("tue"), QLatin1String("wed"), QLatin1String("thu"),
    QLatin1String("fri"), QLatin1String("sat"), QLatin1String("sun"),
};

// Local wall-clock working time of one day, [start, end) in minutes after midnight.
struct Interval
{
    int startMinute = 0;
    int endMinute = 0;
    friend bool operator==(const Interval&, const Interval&) = default;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Gregorian year of a day count since 1970-01-01 (H. Hinnant's civil_from_days), integer
// only because it runs on every call.
qint64 civilYear(qint64 daysSinceEpoch)
{
    const qint64 z = daysSinceEpoch + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March
    return yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0);
}

QString childPath(const QString& path, const QString& key)
{
    const bool plain = !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetterOrNumber());
    });
    if (plain)
        return path + QLatin1Char('.') + key;
    return path + QStringLiteral("[\"") + key + QStringLiteral("\"]");
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool isAsciiDigits(const QString& text, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (text[i] < QLatin1Char('0') || text[i] > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The zone's UTC offsets over a stretch of time, to turn local wall-clock times into instants
// without asking QTimeZone once per bound. Built by sampling offsetFromUtc() daily and
// bisecting each change to the second: QTimeZone::transitions() in Qt 6.4 misses some
// rule-based transitions after 2037 (Australia/Lord_Howe), while offsetFromUtc() - what
// QDateTime itself uses - gets them right. Two changes within one day that cancel out would
// be missed; tzdata has none in the years covered.
class OffsetTimeline
{
public:
    OffsetTimeline(const QTimeZone& zone, qint64 fromUtc, qint64 toUtc) : m_zone(zone)
    {
        int offset = offsetAt(fromUtc);
        m_pieces.push_back({fromUtc, offset});
        if (!zone.hasTransitions())
            return; // a fixed offset such as UTC
        for (qint64 at = fromUtc; at < toUtc;) {
            const qint64 next = std::min(at + kSecondsPerDay, toUtc);
            if (offsetAt(next) == offset) {
                at = next;
                continue;
            }
            at = firstChangeAfter(at, next, offset);
            offset = offsetAt(at);
            m_pieces.push_back({at, offset});
        }
    }

    // The instant a wall-clock time names. The wall clock only runs forward inside a piece,
    // so the first piece that reaches the value decides: an overlap resolves to its first
    // pass. A time inside a gap is read with the offset before the gap, which moves it
    // later by the gap's length (02:30 in a 02:00-03:00 gap is 03:30), as java.time,
    // Python's zoneinfo and other business-hours engines do.
    qint64 toUtc(qint64 localSeconds) const
    {
        for (size_t i = 0; i < m_pieces.size(); ++i) {
            const Piece& piece = m_pieces[i];
            const qint64 candidate = localSeconds - piece.offset;
            if (candidate < piece.fromUtc)
                return i == 0 ? piece.fromUtc : localSeconds - m_pieces[i - 1].offset;
            if (i + 1 == m_pieces.size() || candidate < m_pieces[i + 1].fromUtc)
                return candidate;
        }
        return m_pieces.back().fromUtc; // unreachable: the last piece is open-ended
    }

private:
    struct Piece
    {
        qint64 fromUtc;
        int offset;
    };

    int offsetAt(qint64 utc) const
    {
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
    }

    // The first second in (low, high] whose offset is not `offset`, given offsetAt(high) is not.
    qint64 firstChangeAfter(qint64 low, qint64 high, int offset) const
    {
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            (offsetAt(middle) == offset ? low : high) = middle;
        }
        return high;
    }

    const QTimeZone& m_zone;
    std::vector<Piece> m_pieces;
};

} // namespace

// What a calendar file says, normalised: intervals sorted, dates sorted and unique.
struct BusinessCalendar::Rules
{
    QString name;
    QString zoneId;
    std::array<std::vector<Interval>, 7> week; // Monday first
    std::vector<qint64> holidays;              // Julian day numbers
    std::vector<qint64> extraWorkdays;

    friend bool operator==(const Rules&, const Rules&) = default;

    const std::vector<Interval>& hoursOn(qint64 julianDay) const
    {
        static const std::vector<Interval> none;
        if (std::binary_search(holidays.begin(), holidays.end(), julianDay))
            return none;
        if (std::binary_search(extraWorkdays.begin(), extraWorkdays.end(), julianDay))
            return week[0]; // make-up days are worked like a Monday
        return week[static_cast<size_t>(julianDay % 7)]; // Julian day 0 was a Monday
    }
};

// One local year's working time as UTC instants, so the clock is integer arithmetic.
struct BusinessCalendar::YearTable
{
    qint64 begin = 0; // local Jan 1 00:00
    qint64 end = 0;   // next local Jan 1 00:00
    // Working intervals: sorted, disjoint, non-empty; touching ones merged.
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    // Business seconds of the year before interval i; one extra entry holding the total.
    std::vector<qint64> doneBefore{0};

    qint64 total() const { return doneBefore.back(); }

    void add(qint64 start, qint64 stop)
    {
        if (stop <= start)
            return; // an interval emptied by a DST gap
        // A bound moved later by a DST gap can reach into the next interval:
        // touching or overlapping intervals are merged, never counted twice.
        if (!ends.empty() && start <= ends.back()) {
            if (stop > ends.back()) {
                doneBefore.back() += stop - ends.back();
                ends.back() = stop;
            }
            return;
        }
        starts.push_back(start);
        ends.push_back(stop);
        doneBefore.push_back(doneBefore.back() + (stop - start));
    }

    // Interval index holding or preceding x, or -1.
    qsizetype lastStartingBy(qint64 x) const
    {
        return std::upper_bound(starts.begin(), starts.end(), x) - starts.begin() - 1;
    }

    // Business seconds in [begin, x), for begin <= x <= end.
    qint64 doneBy(qint64 x) const
    {
        const qsizetype i = lastStartingBy(x);
        if (i < 0)
            return 0;
        return doneBefore[size_t(i)] + std::min(x, ends[size_t(i)]) - starts[size_t(i)];
    }

    // Earliest instant with doneBy() == done, for 0 < done <= total().
    qint64 instantAt(qint64 done) const
    {
        const auto after = doneBefore.begin() + 1; // after[i]: business seconds by the end of interval i
        const size_t i = size_t(std::lower_bound(after, doneBefore.end(), done) - after);
        return starts[i] + (done - doneBefore[i]);
    }
};

// Rules plus the per-year tables, shared by all copies of a calendar. Tables are built on
// first use under a mutex and published through atomics, so lookups never lock.
struct BusinessCalendar::Data
{
    Rules rules;
    QTimeZone zone;

    Data(Rules r, QTimeZone z) : rules(std::move(r)), zone(std::move(z)) {}

    ~Data()
    {
        for (auto& year : m_years)
            delete year.load(std::memory_order_relaxed);
    }

    Data(const Data&) = delete;
    Data& operator=(const Data&) = delete;

    const YearTable& year(int index) const
    {
        if (const YearTable* table = m_years[size_t(index)].load(std::memory_order_acquire))
            return *table;
        return buildYear(index);
    }

    // Year index holding x; x is clamped into the covered years (end of the last year at most).
    int locate(qint64& x) const
    {
        const qint64 guess = civilYear(floorDiv(x, kSecondsPerDay)) - kFirstYear;
        int index = int(std::clamp<qint64>(guess, 0, kYearCount - 1));
        while (x < year(index).begin) {
            if (index == 0) {
                x = year(0).begin;
                break;
            }
            --index;
        }
        while (x >= year(index).end) {
            if (index == kYearCount - 1) {
                x = year(index).end;
                break;
            }
            ++index;
        }
        return index;
    }

private:
    mutable std::mutex m_buildMutex;
    mutable std::array<std::atomic<const YearTable*>, kYearCount> m_years{};

    Q_DECL_COLD_FUNCTION const YearTable& buildYear(int index) const
    {
        std::lock_guard lock(m_buildMutex);
        if (const YearTable* table = m_years[size_t(index)].load(std::memory_order_relaxed))
            return *table;
        const YearTable* table = makeYear(kFirstYear + index);
        m_years[size_t(index)].store(table, std::memory_order_release);
        return *table;
    }

    YearTable* makeYear(int yearNumber) const
    {
        const qint64 firstDay = QDate(yearNumber, 1, 1).toJulianDay();
        const qint64 endDay = QDate(yearNumber + 1, 1, 1).toJulianDay();
        const auto localMidnight = [](qint64 julianDay) { return (julianDay - kUnixEpochJulianDay) * kSecondsPerDay; };
        const OffsetTimeline offsets(zone, localMidnight(firstDay) - kOffsetMargin,
                                     localMidnight(endDay) + kOffsetMargin);
        auto table = new YearTable;
        table->begin = offsets.toUtc(localMidnight(firstDay));
        table->end = offsets.toUtc(localMidnight(endDay));
        for (qint64 day = firstDay; day < endDay; ++day) {
            const qint64 midnight = localMidnight(day);
            for (const Interval& hours : rules.hoursOn(day))
                table->add(offsets.toUtc(midnight + hours.startMinute * 60),
                           offsets.toUtc(midnight + hours.endMinute * 60));
        }
        return table;
    }
};

// ---- parsing ---------------------------------------------------------------------------

namespace {

using Week = std::array<std::vector<Interval>, 7>;

Result<int> parseTime(const QJsonValue& value, const QString& path)
{
    const QString text = value.toString();
    if (!value.isString() || text.size() != 5 || text[2] != QLatin1Char(':') || !isAsciiDigits(text, 0, 2)
        || !isAsciiDigits(text, 3, 2))
        return fail(Error::invalid(path, BusinessCalendar::tr("A time must be text in the form HH:MM, e.g. \"09:00\".")));
    const int hour = text.left(2).toInt();
    const int minute = text.mid(3).toInt();
    if (hour > 24)
        return fail(Error::invalid(path, BusinessCalendar::tr("The hour of \"%1\" must be between 00 and 24.").arg(text)));
    if (minute > 59)
        return fail(Error::invalid(path, BusinessCalendar::tr("The minute of \"%1\" must be between 00 and 59.").arg(text)));
    if (hour == 24 && minute != 0)
        return fail(Error::invalid(path, BusinessCalendar::tr("\"%1\" is past the end of the day; use \"24:00\" for midnight.").arg(text)));
    return hour * 60 + minute;
}

Result<Interval> parseInterval(const QJsonValue& value, const QString& path)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2)
        return fail(Error::invalid(path, BusinessCalendar::tr("An interval must be a list of two times, e.g. [\"09:00\", \"12:00\"].")));
    const auto start = parseTime(pair[0], indexPath(path, 0));
    if (!start)
        return fail(start.error());
    const auto end = parseTime(pair[1], indexPath(path, 1));
    if (!end)
        return fail(end.error());
    if (*start >= *end)
        return fail(Error::invalid(path, BusinessCalendar::tr("The interval starts at %1 but ends at %2; the start must come "
                                                              "before the end. Split intervals that cross midnight "
                                                              "into two days.")
                                             .arg(formatMinute(*start), formatMinute(*end))));
    return Interval{*start, *end};
}

// One weekday: intervals sorted by start; overlaps rejected, touching ones allowed.
Result<std::vector<Interval>> parseDay(const QJsonValue& value, const QString& path)
{
    if (!value.isArray())
        return fail(Error::invalid(path, BusinessCalendar::tr("A weekday must be a list of intervals, e.g. "
                                                              "[[\"09:00\", \"12:00\"], [\"13:30\", \"18:00\"]].")));
    const QJsonArray list = value.toArray();
    std::vector<std::pair<Interval, qsizetype>> indexed; // keeps the written position for the error path
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto interval = parseInterval(list[i], indexPath(path, i));
        if (!interval)
            return fail(interval.error());
        indexed.emplace_back(*interval, i);
    }
    std::sort(indexed.begin(), indexed.end(),
              [](const auto& a, const auto& b) { return a.first.startMinute < b.first.startMinute; });
    std::vector<Interval> day;
    for (const auto& [interval, index] : indexed) {
        if (!day.empty() && interval.startMinute < day.back().endMinute)
            return fail(Error::invalid(indexPath(path, index), BusinessCalendar::tr("The interval %1-%2 overlaps %3-%4.")
                                                                   .arg(formatMinute(interval.startMinute),
                                                                        formatMinute(interval.endMinute),
                                                                        formatMinute(day.back().startMinute),
                                                                        formatMinute(day.back().endMinute))));
        day.push_back(interval);
    }
    return day;
}

Result<Week> parseWeek(const QJsonValue& value, const QString& path)
{
    Week week;
    if (value.isUndefined())
        return week; // no weekday given: no working time, caught by the caller
    if (!value.isObject())
        return fail(Error::invalid(path, BusinessCalendar::tr("The week must be an object with keys mon, tue, wed, thu, "
                                                              "fri, sat and sun.")));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto key = std::find(kWeekdayKeys.begin(), kWeekdayKeys.end(), it.key());
        const QString dayPath = childPath(path, it.key());
        if (key == kWeekdayKeys.end())
            return fail(Error::invalid(dayPath, BusinessCalendar::tr("Unknown weekday \"%1\"; use mon, tue, wed, thu, fri, "
                                                                     "sat or sun.")
                                                    .arg(it.key())));
        auto day = parseDay(it.value(), dayPath);
        if (!day)
            return fail(day.error());
        week[size_t(key - kWeekdayKeys.begin())] = std::move(*day);
    }
    return week;
}

Result<std::vector<qint64>> parseDates(const QJsonValue& value, const QString& path)
{
    std::vector<qint64> days;
    if (value.isUndefined())
        return days;
    if (!value.isArray())
        return fail(Error::invalid(path, BusinessCalendar::tr("Expected a list of dates in the form YYYY-MM-DD.")));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString text = list[i].toString();
        const bool shaped = text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')
            && isAsciiDigits(text, 0, 4) && isAsciiDigits(text, 5, 2) && isAsciiDigits(text, 8, 2);
        const QDate date = shaped ? QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt()) : QDate();
        if (!list[i].isString() || !date.isValid())
            return fail(Error::invalid(indexPath(path, i), BusinessCalendar::tr("\"%1\" is not a date in the form YYYY-MM-DD.")
                                                                .arg(list[i].isString() ? text : QStringLiteral("?"))));
        days.push_back(date.toJulianDay());
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

QJsonArray datesToJson(const std::vector<qint64>& days)
{
    QJsonArray list;
    for (qint64 day : days)
        list.append(QDate::fromJulianDay(day).toString(Qt::ISODate));
    return list;
}

} // namespace

// ---- BusinessCalendar --------------------------------------------------------------------

BusinessCalendar::BusinessCalendar() : BusinessCalendar(allDay()) {}

BusinessCalendar::BusinessCalendar(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}

Result<BusinessCalendar> BusinessCalendar::fromJsonValue(const QJsonValue& json, const QString& jsonPath)
{
    if (!json.isObject())
        return fail(Error::invalid(jsonPath, tr("A calendar must be a JSON object.")));
    return fromJson(json.toObject(), jsonPath);
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject& json, const QString& jsonPath)
{
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("timezone"), QStringLiteral("week"),
                                      QStringLiteral("holidays"), QStringLiteral("extra_workdays")};
    for (const QString& key : json.keys()) {
        if (!known.contains(key))
            return fail(Error::invalid(childPath(jsonPath, key),
                                       tr("Unknown key \"%1\"; a calendar has name, timezone, week, holidays and "
                                          "extra_workdays.")
                                           .arg(key)));
    }
    Rules rules;
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString())
        return fail(Error::invalid(childPath(jsonPath, QStringLiteral("name")), tr("The name must be text.")));
    rules.name = name.toString();

    const QString zonePath = childPath(jsonPath, QStringLiteral("timezone"));
    const QJsonValue zoneValue = json.value(QStringLiteral("timezone"));
    if (zoneValue.isUndefined())
        return fail(Error::invalid(zonePath, tr("The time zone is missing; give an IANA id such as \"Asia/Shanghai\".")));
    rules.zoneId = zoneValue.toString();
    // An empty or unknown id would silently become UTC and shift every due time.
    const bool zoneKnown = zoneValue.isString() && !rules.zoneId.trimmed().isEmpty()
        && QTimeZone::isTimeZoneIdAvailable(rules.zoneId.toUtf8());
    QTimeZone zone(zoneKnown ? rules.zoneId.toUtf8() : QByteArray());
    if (!zoneKnown || !zone.isValid())
        return fail(Error::invalid(zonePath, tr("Unknown time zone \"%1\"; give an IANA id such as \"Asia/Shanghai\".")
                                                 .arg(rules.zoneId)));

    const QString weekPath = childPath(jsonPath, QStringLiteral("week"));
    auto week = parseWeek(json.value(QStringLiteral("week")), weekPath);
    if (!week)
        return fail(week.error());
    rules.week = std::move(*week);

    auto holidays = parseDates(json.value(QStringLiteral("holidays")), childPath(jsonPath, QStringLiteral("holidays")));
    if (!holidays)
        return fail(holidays.error());
    rules.holidays = std::move(*holidays);
    auto extra = parseDates(json.value(QStringLiteral("extra_workdays")),
                            childPath(jsonPath, QStringLiteral("extra_workdays")));
    if (!extra)
        return fail(extra.error());
    rules.extraWorkdays = std::move(*extra);

    // Make-up days borrow Monday's hours, so with no weekday hours there is no working time at
    // all and dueAfter() could never succeed.
    if (std::all_of(rules.week.begin(), rules.week.end(), [](const auto& day) { return day.empty(); }))
        return fail(Error::invalid(weekPath, tr("The calendar has no working time: give working hours for at least one "
                                                "weekday.")));
    return BusinessCalendar(std::make_shared<const Data>(std::move(rules), std::move(zone)));
}

Result<BusinessCalendar> BusinessCalendar::fromFile(const QString& path)
{
    QFile file(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(shownPath, tr("Cannot read the calendar file: %1").arg(file.errorString())));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::invalid(shownPath, tr("The file is not valid JSON: %1 at offset %2.")
                                                  .arg(parseError.errorString())
                                                  .arg(parseError.offset)));
    auto calendar = fromJsonValue(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    if (!calendar)
        calendar.error().message = tr("%1 (in %2)").arg(calendar.error().message, shownPath);
    return calendar;
}

QJsonObject BusinessCalendar::toJson() const
{
    const Rules& rules = m_data->rules;
    QJsonObject week;
    for (size_t day = 0; day < kWeekdayKeys.size(); ++day) {
        QJsonArray intervals;
        for (const Interval& hours : rules.week[day])
            intervals.append(QJsonArray{formatMinute(hours.startMinute), formatMinute(hours.endMinute)});
        week.insert(kWeekdayKeys[day], intervals);
    }
    return QJsonObject{
        {QStringLiteral("name"), rules.name},
        {QStringLiteral("timezone"), rules.zoneId},
        {QStringLiteral("week"), week},
        {QStringLiteral("holidays"), datesToJson(rules.holidays)},
        {QStringLiteral("extra_workdays"), datesToJson(rules.extraWorkdays)},
    };
}

BusinessCalendar BusinessCalendar::allDay(const QString& name)
{
    Rules rules;
    rules.name = name;
    rules.zoneId = QStringLiteral("UTC");
    for (auto& day : rules.week)
        day = {Interval{0, kMinutesPerDay}};
    return BusinessCalendar(std::make_shared<const Data>(std::move(rules), QTimeZone::utc()));
}

QString BusinessCalendar::name() const
{
    return m_data->rules.name;
}

QTimeZone BusinessCalendar::timeZone() const
{
    return m_data->zone;
}

qint64 BusinessCalendar::businessSecondsBetween(qint64 fromUtc, qint64 toUtc) const
{
    if (toUtc <= fromUtc)
        return 0;
    const Data& data = *m_data;
    const int first = data.locate(fromUtc);
    const int last = data.locate(toUtc);
    if (first == last)
        return data.year(last).doneBy(toUtc) - data.year(first).doneBy(fromUtc);
    qint64 seconds = data.year(first).total() - data.year(first).doneBy(fromUtc);
    for (int index = first + 1; index < last; ++index)
        seconds += data.year(index).total();
    return seconds + data.year(last).doneBy(toUtc);
}

qint64 BusinessCalendar::dueAfter(qint64 startUtc, qint64 businessSeconds) const
{
    if (businessSeconds <= 0)
        return startUtc;
    const Data& data = *m_data;
    qint64 from = startUtc;
    const int first = data.locate(from);
    // The target counted in business seconds since the start of the year being searched.
    qint64 target = data.year(first).doneBy(from);
    if (target > kUnreachable - businessSeconds)
        return kUnreachable;
    target += businessSeconds;
    const int stop = std::min(first + kSearchYears, kYearCount - 1);
    for (int index = first; index <= stop; ++index) {
        const YearTable& year = data.year(index);
        if (target <= year.total())
            return year.instantAt(target);
        target -= year.total();
    }
    return kUnreachable;
}

bool BusinessCalendar::isWorkingTime(qint64 utc) const
{
    qint64 x = utc;
    const YearTable& year = m_data->year(m_data->locate(x));
    const qsizetype i = year.lastStartingBy(utc);
    return x == utc && i >= 0 && utc < year.ends[size_t(i)];
}

bool operator==(const BusinessCalendar& a, const BusinessCalendar& b)
{
    return a.m_data == b.m_data || a.m_data->rules == b.m_data->rules;
}

} // namespace sd

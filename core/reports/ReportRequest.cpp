#include "reports/ReportRequest.h"

#include <QDateTime>

namespace sd {

TrendBucket ReportRequest::effectiveBucket() const
{
    if (bucket != TrendBucket::Automatic)
        return bucket;
    const qint64 days = (to - from + 86399) / 86400;
    if (days <= 62)
        return TrendBucket::Day;
    return days <= 366 ? TrendBucket::Week : TrendBucket::Month;
}

namespace {

// The local date when `instant` is exactly local midnight in `zone`.
std::optional<QDate> midnightDate(qint64 instant, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(instant, zone);
    if (local.time() != QTime(0, 0))
        return std::nullopt;
    return local.date();
}

qint64 startOf(QDate date, const QTimeZone& zone)
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

// A period of whole calendar months is compared with as many months before it
// (October with September, a quarter with the quarter before); whole days with
// as many days before (a week with the week before, across a DST change too);
// anything else with the same length of time just before.
ReportRequest ReportRequest::previous() const
{
    ReportRequest earlier = *this;
    earlier.to = from;
    earlier.from = from - (to - from);
    const auto first = midnightDate(from, zone);
    const auto end = midnightDate(to, zone);
    if (!first || !end || *end <= *first)
        return earlier;
    const int months = (end->year() - first->year()) * 12 + end->month() - first->month();
    if (first->day() == 1 && end->day() == 1 && months > 0)
        earlier.from = startOf(first->addMonths(-months), zone);
    else
        earlier.from = startOf(first->addDays(-first->daysTo(*end)), zone);
    return earlier;
}

QJsonObject ReportFilter::toJson() const
{
    QJsonObject object;
    const auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("team", team);
    put("agent", agent);
    put("category", category ? toCode(*category) : QString());
    put("channel", channel ? toCode(*channel) : QString());
    put("tier", tier);
    put("priority", priority ? toCode(*priority) : QString());
    put("office", office);
    return object;
}

ReportFilter ReportFilter::fromJson(const QJsonObject& object)
{
    const auto get = [&](const char* key) { return object.value(QLatin1String(key)).toString(); };
    ReportFilter filter;
    filter.team = get("team");
    filter.agent = get("agent");
    filter.category = fromCode<Category>(get("category"));
    filter.channel = fromCode<Channel>(get("channel"));
    filter.tier = get("tier");
    filter.priority = fromCode<Priority>(get("priority"));
    filter.office = get("office");
    return filter;
}

} // namespace sd

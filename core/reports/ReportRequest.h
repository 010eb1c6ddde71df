#pragma once

#include "common/Codes.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace sd {

enum class TrendBucket { Automatic, Day, Week, Month };

// Narrows a report to part of the work; every filter is a stable code.
struct ReportFilter
{
    QString team;   // team code
    QString agent;  // assignee login
    std::optional<Category> category;
    std::optional<Channel> channel;
    QString tier;   // tier code
    std::optional<Priority> priority;
    QString office; // ticket number prefix, e.g. "HQ"

    bool isEmpty() const
    {
        return team.isEmpty() && agent.isEmpty() && !category && !channel && tier.isEmpty() && !priority && office.isEmpty();
    }
    // {"team": "hotline", ...}: only the filters set, by their codes (exports, saved reports).
    QJsonObject toJson() const;
    static ReportFilter fromJson(const QJsonObject& object);
};

// A report covers the half-open period [from, to) of UTC instants; dates and
// trend buckets are read in `zone` (see shared KPI definitions).
struct ReportRequest
{
    qint64 from = 0;
    qint64 to = 0;
    QTimeZone zone = QTimeZone::systemTimeZone();
    TrendBucket bucket = TrendBucket::Automatic;
    ReportFilter filter;
    // The top terms split every subject into words: a page that shows none
    // (the agent performance page) spares them, most of a month's run.
    bool withTerms = true;
    // backlog_end counts every ticket up to the period's end: a filtered run over
    // years of history. A page that shows no backlog spares it (then 0).
    bool withBacklog = true;

    // day for periods up to 62 days, week up to 366, else month.
    TrendBucket effectiveBucket() const;
    // The period of equal length just before this one.
    ReportRequest previous() const;
};

} // namespace sd

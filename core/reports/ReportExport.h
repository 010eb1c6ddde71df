#pragma once

#include "reports/AgentPerformance.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace sd {

// The report as JSON (the keys of the KPI definitions at the top level, plus
// "period") and as CSV (one long table: section, key, metric, value), the two
// forms scheduled jobs and spreadsheets read. Nothing to measure is null in
// JSON and an empty cell in CSV.
class ReportExport
{
public:
    static QJsonObject toJson(const KpiReport& report);
    static QByteArray toCsv(const KpiReport& report);
    // An agent's page: the period, the agent and team, and one row per figure
    // with the agent's value and the team's (docs/REPORTS.md "Agent performance").
    static QJsonObject toJson(const AgentComparison& comparison);
    static QString bucketCode(TrendBucket bucket);
};

} // namespace sd

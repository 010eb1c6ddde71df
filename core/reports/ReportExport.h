#pragma once

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
    static QString bucketCode(TrendBucket bucket);
};

} // namespace sd

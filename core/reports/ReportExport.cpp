#include "reports/ReportExport.h"

#include "exchange/TicketCsvFormat.h"

#include <QDateTime>
#include <QJsonArray>

namespace sd {
namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString cell(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

QString isoInstant(qint64 instant, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(instant, zone).toString(Qt::ISODate);
}

QList<QPair<QString, std::optional<double>>> figureList(const KpiFigures& f)
{
    return {{QStringLiteral("created"), double(f.created)},
            {QStringLiteral("resolved"), double(f.resolved)},
            {QStringLiteral("backlog_end"), double(f.backlogEnd)},
            {QStringLiteral("frt_median_min"), f.frtMedianMin},
            {QStringLiteral("frt_p90_min"), f.frtP90Min},
            {QStringLiteral("resolution_median_min"), f.resolutionMedianMin},
            {QStringLiteral("resolution_p90_min"), f.resolutionP90Min},
            {QStringLiteral("sla_first_response_pct"), f.slaFirstResponsePct},
            {QStringLiteral("sla_resolution_pct"), f.slaResolutionPct},
            {QStringLiteral("fcr_pct"), f.fcrPct},
            {QStringLiteral("reopen_pct"), f.reopenPct},
            {QStringLiteral("csat_avg"), f.csatAvg},
            {QStringLiteral("csat_satisfied_pct"), f.csatSatisfiedPct},
            {QStringLiteral("complaint_pct"), f.complaintPct},
            {QStringLiteral("complaints_created"), double(f.complaintsCreated)},
            {QStringLiteral("complaints_closed"), double(f.complaintsClosed)},
            {QStringLiteral("complaint_close_median_min"), f.complaintCloseMedianMin},
            {QStringLiteral("complaint_deadline_pct"), f.complaintDeadlinePct},
            {QStringLiteral("remedy_amount_total"), f.remedyAmountTotal},
            {QStringLiteral("cost_total"), f.costTotal},
            {QStringLiteral("cost_per_resolved"), f.costPerResolved},
            {QStringLiteral("cost_labour_pct"), f.costLabourPct},
            {QStringLiteral("cost_parts_pct"), f.costPartsPct},
            {QStringLiteral("cost_transport_pct"), f.costTransportPct},
            {QStringLiteral("cost_other_pct"), f.costOtherPct},
            {QStringLiteral("cost_charged_total"), f.costChargedTotal},
            {QStringLiteral("visits_due"), double(f.visitsDue)},
            {QStringLiteral("visits_done"), double(f.visitsDone)},
            {QStringLiteral("visits_on_time_pct"), f.visitsOnTimePct},
            {QStringLiteral("visits_issue_pct"), f.visitsIssuePct},
            {QStringLiteral("qa_reviews"), double(f.qaReviews)},
            {QStringLiteral("iqs"), f.iqs},
            {QStringLiteral("qa_critical_fail_pct"), f.qaCriticalFailPct}};
}

bool isCount(const QString& key)
{
    return key == QLatin1String("created") || key == QLatin1String("resolved") || key == QLatin1String("backlog_end")
        || key == QLatin1String("complaints_created") || key == QLatin1String("complaints_closed")
        || key == QLatin1String("visits_due") || key == QLatin1String("visits_done") || key == QLatin1String("qa_reviews");
}

QJsonObject breakdownRow(const BreakdownRow& row, bool ofAgents)
{
    QJsonObject object{{QStringLiteral("key"), row.key},
                       {QStringLiteral("created"), row.created},
                       {QStringLiteral("resolved"), row.resolved},
                       {QStringLiteral("resolution_median_min"), number(row.resolutionMedianMin)},
                       {QStringLiteral("fcr_pct"), number(row.fcrPct)},
                       {QStringLiteral("csat_avg"), number(row.csatAvg)},
                       {QStringLiteral("sla_resolution_pct"), number(row.slaResolutionPct)}};
    if (ofAgents) {
        object.insert(QStringLiteral("qa_reviews"), row.qaReviews);
        object.insert(QStringLiteral("iqs"), number(row.iqs));
    }
    return object;
}

} // namespace

QString ReportExport::bucketCode(TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::Week: return QStringLiteral("week");
    case TrendBucket::Month: return QStringLiteral("month");
    default: return QStringLiteral("day");
    }
}

static QJsonObject period(const ReportRequest& request)
{
    return QJsonObject{{QStringLiteral("from"), isoInstant(request.from, request.zone)},
                       {QStringLiteral("to"), isoInstant(request.to, request.zone)},
                       {QStringLiteral("tz"), QString::fromUtf8(request.zone.id())},
                       {QStringLiteral("bucket"), ReportExport::bucketCode(request.effectiveBucket())},
                       {QStringLiteral("filters"), request.filter.toJson()}};
}

QJsonObject ReportExport::toJson(const KpiReport& report)
{
    QJsonObject root;
    root.insert(QStringLiteral("period"), period(report.request));
    for (const auto& [key, value] : figureList(report.figures))
        root.insert(key, isCount(key) ? QJsonValue(qint64(*value)) : number(value));
    for (const Breakdown& breakdown : report.breakdowns) {
        QJsonArray rows;
        for (const BreakdownRow& row : breakdown.rows)
            rows.append(breakdownRow(row, breakdown.name == QLatin1String("by_agent")));
        root.insert(breakdown.name, rows);
    }
    QJsonArray trend;
    for (const TrendRow& row : report.trend)
        trend.append(QJsonObject{{QStringLiteral("bucket"), row.bucket.toString(Qt::ISODate)},
                                 {QStringLiteral("created"), row.created},
                                 {QStringLiteral("resolved"), row.resolved},
                                 {QStringLiteral("sla_resolution_pct"), number(row.slaResolutionPct)},
                                 {QStringLiteral("csat_avg"), number(row.csatAvg)},
                                 {QStringLiteral("cost_total"), number(row.costTotal)},
                                 {QStringLiteral("cost_per_resolved"), number(row.costPerResolved)}});
    root.insert(QStringLiteral("trend"), trend);
    QJsonArray terms;
    for (const TermRow& term : report.topTerms)
        terms.append(QJsonObject{{QStringLiteral("term"), term.term},
                                 {QStringLiteral("count"), term.count},
                                 {QStringLiteral("previous_count"), term.previousCount},
                                 {QStringLiteral("change"), term.count - term.previousCount}});
    root.insert(QStringLiteral("top_terms"), terms);
    QJsonArray causes, costs, products;
    for (const CauseRow& row : report.byComplaintCause)
        causes.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("created"), row.created},
                                  {QStringLiteral("pct"), number(row.pct)}});
    for (const CostCategoryRow& row : report.costByCategory)
        costs.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("resolved"), row.resolved},
                                 {QStringLiteral("cost_total"), number(row.costTotal)},
                                 {QStringLiteral("cost_per_resolved"), number(row.costPerResolved)}});
    for (const CostCategoryRow& row : report.costByProduct)
        products.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("resolved"), row.resolved},
                                    {QStringLiteral("cost_total"), number(row.costTotal)},
                                    {QStringLiteral("cost_per_resolved"), number(row.costPerResolved)}});
    root.insert(QStringLiteral("by_complaint_cause"), causes);
    root.insert(QStringLiteral("cost_by_category"), costs);
    root.insert(QStringLiteral("cost_by_product"), products);
    return root;
}

QJsonObject ReportExport::toJson(const AgentComparison& comparison)
{
    QJsonArray figures;
    for (const PerformanceRow& row : comparison.rows())
        figures.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("agent"), number(row.agent)},
                                   {QStringLiteral("team"), number(row.team)}});
    return QJsonObject{{QStringLiteral("period"), period(comparison.request)},
                       {QStringLiteral("agent"), comparison.login},
                       {QStringLiteral("team"), comparison.teamCode},
                       {QStringLiteral("team_agents"), comparison.teamAgents},
                       {QStringLiteral("figures"), figures}};
}

QByteArray ReportExport::toCsv(const KpiReport& report)
{
    // A BOM so spreadsheet programs read the Chinese terms as UTF-8.
    QByteArray csv = TicketCsvFormat::utf8Bom() + TicketCsvFormat::formatRecord({QStringLiteral("section"),
        QStringLiteral("key"), QStringLiteral("metric"), QStringLiteral("value")});
    const auto line = [&](const QString& section, const QString& key, const QString& metric, const QString& value) {
        csv += TicketCsvFormat::formatRecord({section, key, metric, value});
    };
    const ReportRequest& request = report.request;
    line(QStringLiteral("period"), QString(), QStringLiteral("from"), isoInstant(request.from, request.zone));
    line(QStringLiteral("period"), QString(), QStringLiteral("to"), isoInstant(request.to, request.zone));
    for (const auto& [key, value] : figureList(report.figures))
        line(QStringLiteral("figures"), QString(), key, isCount(key) ? QString::number(qint64(*value)) : cell(value));
    for (const Breakdown& breakdown : report.breakdowns)
        for (const BreakdownRow& row : breakdown.rows) {
            line(breakdown.name, row.key, QStringLiteral("created"), QString::number(row.created));
            line(breakdown.name, row.key, QStringLiteral("resolved"), QString::number(row.resolved));
            line(breakdown.name, row.key, QStringLiteral("resolution_median_min"), cell(row.resolutionMedianMin));
            line(breakdown.name, row.key, QStringLiteral("fcr_pct"), cell(row.fcrPct));
            line(breakdown.name, row.key, QStringLiteral("csat_avg"), cell(row.csatAvg));
            line(breakdown.name, row.key, QStringLiteral("sla_resolution_pct"), cell(row.slaResolutionPct));
            if (breakdown.name == QLatin1String("by_agent")) {
                line(breakdown.name, row.key, QStringLiteral("qa_reviews"), QString::number(row.qaReviews));
                line(breakdown.name, row.key, QStringLiteral("iqs"), cell(row.iqs));
            }
        }
    for (const TrendRow& row : report.trend) {
        const QString bucket = row.bucket.toString(Qt::ISODate);
        line(QStringLiteral("trend"), bucket, QStringLiteral("created"), QString::number(row.created));
        line(QStringLiteral("trend"), bucket, QStringLiteral("resolved"), QString::number(row.resolved));
        line(QStringLiteral("trend"), bucket, QStringLiteral("sla_resolution_pct"), cell(row.slaResolutionPct));
        line(QStringLiteral("trend"), bucket, QStringLiteral("csat_avg"), cell(row.csatAvg));
        line(QStringLiteral("trend"), bucket, QStringLiteral("cost_total"), cell(row.costTotal));
        line(QStringLiteral("trend"), bucket, QStringLiteral("cost_per_resolved"), cell(row.costPerResolved));
    }
    for (const TermRow& term : report.topTerms) {
        line(QStringLiteral("top_terms"), term.term, QStringLiteral("count"), QString::number(term.count));
        line(QStringLiteral("top_terms"), term.term, QStringLiteral("change"), QString::number(term.count - term.previousCount));
    }
    for (const CauseRow& row : report.byComplaintCause) {
        line(QStringLiteral("by_complaint_cause"), row.key, QStringLiteral("created"), QString::number(row.created));
        line(QStringLiteral("by_complaint_cause"), row.key, QStringLiteral("pct"), cell(row.pct));
    }
    for (const CostCategoryRow& row : report.costByCategory) {
        line(QStringLiteral("cost_by_category"), row.key, QStringLiteral("resolved"), QString::number(row.resolved));
        line(QStringLiteral("cost_by_category"), row.key, QStringLiteral("cost_total"), cell(row.costTotal));
        line(QStringLiteral("cost_by_category"), row.key, QStringLiteral("cost_per_resolved"), cell(row.costPerResolved));
    }
    for (const CostCategoryRow& row : report.costByProduct) {
        line(QStringLiteral("cost_by_product"), row.key, QStringLiteral("resolved"), QString::number(row.resolved));
        line(QStringLiteral("cost_by_product"), row.key, QStringLiteral("cost_total"), cell(row.costTotal));
        line(QStringLiteral("cost_by_product"), row.key, QStringLiteral("cost_per_resolved"), cell(row.costPerResolved));
    }
    return csv;
}

} // namespace sd

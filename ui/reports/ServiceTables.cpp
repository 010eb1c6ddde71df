#include "reports/ServiceTables.h"

#include "reports/KpiFormat.h"

#include <QLocale>

namespace sd {

QString ServiceTables::money(std::optional<double> units)
{
    return units ? QLocale().toString(*units, 'f', 2) : KpiFormat::none();
}

QStringList ServiceTables::figureHeaders()
{
    return {tr("Figure"), tr("Value")};
}

QList<QStringList> ServiceTables::figures(const KpiFigures& f)
{
    return {{tr("Complaints received"), KpiFormat::count(f.complaintsCreated)},
            {tr("Complaints closed"), KpiFormat::count(f.complaintsClosed)},
            {tr("Time to close a complaint (median)"), KpiFormat::minutes(f.complaintCloseMedianMin)},
            {tr("Complaints closed by their deadline"), KpiFormat::percent(f.complaintDeadlinePct)},
            {tr("Remedies paid (refunds, compensation)"), money(f.remedyAmountTotal)},
            {tr("Service cost of resolved tickets"), money(f.costTotal)},
            {tr("Cost per resolved ticket"), money(f.costPerResolved)},
            {tr("Labour share of cost"), KpiFormat::percent(f.costLabourPct)},
            {tr("Parts share of cost"), KpiFormat::percent(f.costPartsPct)},
            {tr("Transport share of cost"), KpiFormat::percent(f.costTransportPct)},
            {tr("Other share of cost"), KpiFormat::percent(f.costOtherPct)},
            {tr("Charged to customers"), money(f.costChargedTotal)}};
}

QList<QStringList> ServiceTables::returnVisits(const KpiFigures& f)
{
    return {{tr("Return visits due"), KpiFormat::count(f.visitsDue)},
            {tr("Return visits made"), KpiFormat::count(f.visitsDone)},
            {tr("Made on or before the day due"), KpiFormat::percent(f.visitsOnTimePct)},
            {tr("Calls that found an issue or a new need"), KpiFormat::percent(f.visitsIssuePct)}};
}

QList<QStringList> ServiceTables::quality(const KpiFigures& f)
{
    return {{tr("Quality reviews completed"), KpiFormat::count(f.qaReviews)},
            {tr("Internal quality score (IQS, 0–100)"), f.iqs ? QLocale().toString(*f.iqs, 'f', 2) : KpiFormat::none()},
            {tr("Reviews failed on a critical criterion"), KpiFormat::percent(f.qaCriticalFailPct)}};
}

QStringList ServiceTables::qualityAgentHeaders()
{
    return {tr("Agent"), tr("Reviews"), tr("IQS")};
}

QList<QStringList> ServiceTables::qualityByAgent(const KpiReport& report, const ReportLabels& labels)
{
    QList<QStringList> rows;
    for (const Breakdown& breakdown : report.breakdowns)
        if (breakdown.name == QLatin1String("by_agent"))
            for (const BreakdownRow& row : breakdown.rows)
                if (row.qaReviews > 0)
                    rows.append({labels.label(breakdown.name, row.key), KpiFormat::count(row.qaReviews),
                                 row.iqs ? QLocale().toString(*row.iqs, 'f', 2) : KpiFormat::none()});
    return rows;
}

QStringList ServiceTables::causeHeaders()
{
    return {tr("Cause"), tr("Complaints"), tr("Share")};
}

QList<QStringList> ServiceTables::causes(const KpiReport& report)
{
    QList<QStringList> rows;
    for (const CauseRow& row : report.byComplaintCause) {
        const auto cause = fromCode<ComplaintCause>(row.key);
        rows.append({cause ? toLabel(*cause) : tr("Not recorded"), KpiFormat::count(row.created), KpiFormat::percent(row.pct)});
    }
    return rows;
}

QStringList ServiceTables::costHeaders()
{
    return {tr("Category"), tr("Resolved"), tr("Cost"), tr("Cost per resolved")};
}

QList<QStringList> ServiceTables::costByCategory(const KpiReport& report)
{
    QList<QStringList> rows;
    for (const CostCategoryRow& row : report.costByCategory) {
        const auto category = fromCode<Category>(row.key);
        rows.append({category ? toLabel(*category) : row.key, KpiFormat::count(row.resolved), money(row.costTotal),
                     money(row.costPerResolved)});
    }
    return rows;
}

QStringList ServiceTables::productHeaders()
{
    return {tr("Product"), tr("Resolved"), tr("Cost"), tr("Cost per resolved")};
}

QList<QStringList> ServiceTables::costByProduct(const KpiReport& report)
{
    QList<QStringList> rows;
    for (const CostCategoryRow& row : report.costByProduct)
        rows.append({row.key.isEmpty() ? tr("No product given") : row.key, KpiFormat::count(row.resolved), money(row.costTotal),
                     money(row.costPerResolved)});
    return rows;
}

QStringList ServiceTables::trendHeaders()
{
    return {tr("Period from"), tr("Resolved"), tr("Cost"), tr("Cost per resolved")};
}

QList<QStringList> ServiceTables::costTrend(const KpiReport& report)
{
    QList<QStringList> rows;
    for (const TrendRow& row : report.trend)
        rows.append({row.bucket.toString(Qt::ISODate), KpiFormat::count(row.resolved), money(row.costTotal), money(row.costPerResolved)});
    return rows;
}

} // namespace sd

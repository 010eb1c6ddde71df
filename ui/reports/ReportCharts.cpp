#include "reports/ReportCharts.h"

#include "reports/Downsample.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <ranges>
#include <cmath>

namespace sd {
namespace {

const QColor kCreated(0x2f, 0x6f, 0xb5);
const QColor kResolved(0x3a, 0x9a, 0x5b);
const QColor kAccent(0xd9, 0x7a, 0x1e);

const Breakdown* findBreakdown(const KpiReport& report, const QString& name)
{
    for (const Breakdown& breakdown : report.breakdowns) {
        if (breakdown.name == name)
            return &breakdown;
    }
    return nullptr;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Noon local time: QDateTimeAxis shows local time, so the bucket's date reads
// the same whatever the machine's zone is.
qreal bucketX(const QDate& bucket)
{
    return qreal(QDateTime(bucket, QTime(12, 0)).toMSecsSinceEpoch());
}

QLineSeries* lineSeries(const QString& name, const QList<QPointF>& points, const QColor& color, int maxPoints)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->append(downsample(points, maxPoints));
    series->setPen(QPen(color, 2));
    return series;
}

QDateTimeAxis* dateAxis(const KpiReport& report)
{
    auto* axis = new QDateTimeAxis;
    axis->setFormat(report.request.effectiveBucket() == TrendBucket::Month ? QStringLiteral("yyyy-MM")
                                                                           : QStringLiteral("MM-dd"));
    axis->setTickCount(std::clamp(int(report.trend.size()), 2, 7));
    if (!report.trend.isEmpty())
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(bucketX(report.trend.first().bucket))),
                       QDateTime::fromMSecsSinceEpoch(qint64(bucketX(report.trend.last().bucket))));
    return axis;
}

QValueAxis* valueAxis(double min, double max, const QString& format = QStringLiteral("%.0f"))
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

double maxOf(const QList<QPointF>& points, double floor)
{
    double max = floor;
    for (const QPointF& point : points)
        max = std::max(max, point.y());
    return max;
}

QList<QPointF> trendPoints(const KpiReport& report, const std::function<std::optional<double>(const TrendRow&)>& value)
{
    QList<QPointF> points;
    for (const TrendRow& row : report.trend) {
        if (const auto y = value(row))
            points.append({bucketX(row.bucket), *y});
    }
    return points;
}

} // namespace

QChart* ReportCharts::createdResolved(const KpiReport& report, int maxPoints)
{
    QChart* chart = newChart(tr("Created vs resolved"));
    const auto created = trendPoints(report, [](const TrendRow& r) { return std::optional<double>(r.created); });
    const auto resolved = trendPoints(report, [](const TrendRow& r) { return std::optional<double>(r.resolved); });
    auto* x = dateAxis(report);
    auto* y = valueAxis(0, std::max(maxOf(created, 1), maxOf(resolved, 1)) * 1.1);
    attach(chart, lineSeries(tr("Created"), created, kCreated, maxPoints), x, y);
    attach(chart, lineSeries(tr("Resolved"), resolved, kResolved, maxPoints), x, y);
    return chart;
}

QChart* ReportCharts::slaCompliance(const KpiReport& report, int maxPoints, double target)
{
    QChart* chart = newChart(tr("SLA resolution compliance"));
    const auto points = trendPoints(report, [](const TrendRow& r) { return r.slaResolutionPct; });
    double low = target;
    for (const QPointF& point : points)
        low = std::min(low, point.y());
    auto* x = dateAxis(report);
    auto* y = valueAxis(std::max(0.0, std::floor(low / 10 - 0.5) * 10), 100);
    attach(chart, lineSeries(tr("Within SLA %"), points, kCreated, maxPoints), x, y);
    auto* goal = new QLineSeries;
    goal->setName(tr("Target %1 %").arg(target));
    if (!report.trend.isEmpty())
        goal->append({{bucketX(report.trend.first().bucket), target}, {bucketX(report.trend.last().bucket), target}});
    goal->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));
    attach(chart, goal, x, y);
    return chart;
}

QChart* ReportCharts::csatTrend(const KpiReport& report, int maxPoints)
{
    QChart* chart = newChart(tr("CSAT average"));
    const auto points = trendPoints(report, [](const TrendRow& r) { return r.csatAvg; });
    auto* y = valueAxis(1, 5, QStringLiteral("%.1f"));
    attach(chart, lineSeries(tr("CSAT (1–5)"), points, kAccent, maxPoints), dateAxis(report), y);
    chart->legend()->hide();
    return chart;
}

// One series of counts over named columns, without a legend.
QChart* ReportCharts::countColumns(const QString& title, const QString& series, const QColor& color,
                                   const QStringList& columns, const QList<qint64>& counts)
{
    QChart* chart = newChart(title);
    auto* set = new QBarSet(series);
    set->setColor(color);
    double max = 1;
    for (qint64 count : counts) {
        set->append(double(count));
        max = std::max(max, double(count));
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    auto* x = new QBarCategoryAxis;
    x->append(columns);
    x->setTruncateLabels(false);
    attach(chart, bars, x, valueAxis(0, max * 1.15, QStringLiteral("%.0f")));
    chart->legend()->hide();
    return chart;
}

QChart* ReportCharts::resolutionDistribution(const KpiReport& report)
{
    QStringList columns;
    QList<qint64> counts;
    for (const HistogramBin& bin : report.resolutionHistogram) {
        // Short labels: seven bars share half a page; the title says "hours".
        // (Chart labels are rich text, so no "<".)
        const QString from = QString::number(bin.fromMin / 60);
        columns.append(bin.toMin ? QStringLiteral("%1–%2").arg(from, QString::number(*bin.toMin / 60))
                                 : QStringLiteral("≥%1").arg(from));
        counts.append(bin.count);
    }
    return countColumns(tr("Resolution time (business hours)"), tr("Tickets"), kCreated, columns, counts);
}

QChart* ReportCharts::csatDistribution(const KpiReport& report)
{
    const QList<qint64> counts(report.csatScores.begin(), report.csatScores.end());
    return countColumns(tr("Satisfaction scores"), tr("Answers"), kAccent,
                        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")},
                        counts);
}

QChart* ReportCharts::resolutionByPriority(const KpiReport& report, const ReportLabels&)
{
    QChart* chart = newChart(tr("Median resolution by priority (hours)"));
    auto* set = new QBarSet(tr("Median hours"));
    set->setColor(kCreated);
    QStringList categories;
    double max = 1;
    if (const Breakdown* breakdown = findBreakdown(report, QStringLiteral("by_priority"))) {
        for (const BreakdownRow& row : breakdown->rows) {
            // P1..P4 are the same in every language and fit under a bar.
            categories.append(row.key);
            const double hours = row.resolutionMedianMin.value_or(0) / 60;
            set->append(hours);
            max = std::max(max, hours);
        }
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    attach(chart, series, x, valueAxis(0, max * 1.15, QStringLiteral("%.1f")));
    chart->legend()->hide();
    return chart;
}

QChart* ReportCharts::byCategory(const KpiReport& report, const ReportLabels& labels)
{
    QChart* chart = newChart(tr("By category"));
    auto* created = new QBarSet(tr("Created"));
    auto* resolved = new QBarSet(tr("Resolved"));
    created->setColor(kCreated);
    resolved->setColor(kResolved);
    QStringList categories;
    double max = 1;
    if (const Breakdown* breakdown = findBreakdown(report, QStringLiteral("by_category"))) {
        // Horizontal bars: category names are too long to sit under a column.
        for (const BreakdownRow& row : breakdown->rows | std::views::reverse) {
            categories.append(labels.label(breakdown->name, row.key));
            created->append(double(row.created));
            resolved->append(double(row.resolved));
            max = std::max({max, double(row.created), double(row.resolved)});
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->append({created, resolved});
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    auto* x = valueAxis(0, max * 1.1);
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* ReportCharts::topAgents(const KpiReport& report, const ReportLabels& labels)
{
    QChart* chart = newChart(tr("Resolved by agent (top %1)").arg(kTopAgents));
    QList<BreakdownRow> rows;
    if (const Breakdown* breakdown = findBreakdown(report, QStringLiteral("by_agent")))
        rows = breakdown->rows;
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.resolved > b.resolved; });
    rows = rows.mid(0, kTopAgents);
    // Horizontal bars list from the bottom up: reverse so the best is on top.
    std::reverse(rows.begin(), rows.end());
    auto* set = new QBarSet(tr("Resolved"));
    set->setColor(kResolved);
    QStringList names;
    double max = 1;
    for (const BreakdownRow& row : rows) {
        names.append(labels.label(QStringLiteral("by_agent"), row.key));
        set->append(double(row.resolved));
        max = std::max(max, double(row.resolved));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    // Qt Charts would cut the names to "..." when rows are tight; names matter more.
    y->setTruncateLabels(false);
    auto* x = valueAxis(0, max * 1.1);
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart* ReportCharts::channelShare(const KpiReport& report, const ReportLabels& labels)
{
    QChart* chart = newChart(tr("Created by channel"));
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.85);
    if (const Breakdown* breakdown = findBreakdown(report, QStringLiteral("by_channel"))) {
        const double total = std::max<double>(1, report.figures.created);
        for (const BreakdownRow& row : breakdown->rows) {
            if (row.created == 0)
                continue;
            const QString name = labels.label(breakdown->name, row.key);
            series->append(tr("%1 %2 %").arg(name).arg(100.0 * double(row.created) / total, 0, 'f', 0),
                           double(row.created));
        }
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QList<QChart*> ReportCharts::all(const KpiReport& report, const ReportLabels& labels, int maxPoints)
{
    return {createdResolved(report, maxPoints), slaCompliance(report, maxPoints), resolutionDistribution(report),
            byCategory(report, labels),        topAgents(report, labels),            channelShare(report, labels),
            csatDistribution(report),          resolutionByPriority(report, labels)};
}

void ReportCharts::applyFont(QChart* chart, const QFont& base)
{
    QFont title = base;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(base);
    QFont small = base;
    if (base.pixelSize() > 0)
        small.setPixelSize(std::max(6, int(base.pixelSize() * 0.9)));
    else
        small.setPointSizeF(base.pointSizeF() * 0.9);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(small);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(small);
        }
    }
}

} // namespace sd

#pragma once

#include "reports/Report.h"
#include "reports/ReportLabels.h"

#include <QCoreApplication>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QFont;
QT_END_NAMESPACE

namespace sd {

// Builds the report's charts with Qt Charts, for the screen (in QChartViews)
// and the printed report (rendered as vectors). All Qt Charts code lives in
// ui/reports so the move to Qt Graphs (Qt Charts is deprecated from Qt 6.10)
// touches one folder. The caller owns the returned charts.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(sd::ReportCharts)

public:
    static constexpr double kSlaTarget = 95.0;
    static constexpr int kTopAgents = 15;

    // Trend charts keep at most maxPoints points (about the chart's pixel width).
    static QChart* createdResolved(const KpiReport& report, int maxPoints);
    static QChart* slaCompliance(const KpiReport& report, int maxPoints, double target = kSlaTarget);
    static QChart* csatTrend(const KpiReport& report, int maxPoints);
    // The engine gives medians, not per-ticket times, so resolution time is
    // shown as the median per priority rather than a histogram.
    static QChart* resolutionByPriority(const KpiReport& report, const ReportLabels& labels);
    static QChart* resolutionDistribution(const KpiReport& report);
    static QChart* csatDistribution(const KpiReport& report);
    static QChart* countColumns(const QString& title, const QString& series, const QColor& color,
                                const QStringList& columns, const QList<qint64>& counts);
    static QChart* byCategory(const KpiReport& report, const ReportLabels& labels);
    static QChart* topAgents(const KpiReport& report, const ReportLabels& labels);
    static QChart* channelShare(const KpiReport& report, const ReportLabels& labels);

    // All of the above in display order.
    static QList<QChart*> all(const KpiReport& report, const ReportLabels& labels, int maxPoints);
    // Sets the family and sizes of every text in the chart (the printed report
    // needs a font with Chinese glyphs everywhere).
    static void applyFont(QChart* chart, const QFont& base);
};

} // namespace sd

#pragma once

#include "reports/ReportRequest.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace sd {

// The quality figures of one period, as defined in the KPI definitions
// (shared/KPI.md). An empty optional means "nothing to measure", never 0.
struct KpiFigures
{
    qint64 created = 0;
    qint64 resolved = 0;
    qint64 backlogEnd = 0;
    std::optional<double> frtMedianMin, frtP90Min;
    std::optional<double> resolutionMedianMin, resolutionP90Min;
    std::optional<double> slaFirstResponsePct, slaResolutionPct;
    std::optional<double> fcrPct, reopenPct;
    std::optional<double> csatAvg, csatSatisfiedPct;
    std::optional<double> complaintPct;
    // Complaints (CC: complaints in C, CR: complaints in R).
    qint64 complaintsCreated = 0;
    qint64 complaintsClosed = 0;
    std::optional<double> complaintCloseMedianMin, complaintDeadlinePct, remedyAmountTotal;
    // Service cost over R, in currency units.
    std::optional<double> costTotal, costPerResolved, costChargedTotal;
    std::optional<double> costLabourPct, costPartsPct, costTransportPct, costOtherPct;
    // Return visits (shared/KPI.md "Return visits").
    qint64 visitsDue = 0;
    qint64 visitsDone = 0;
    std::optional<double> visitsOnTimePct, visitsIssuePct;
    // Quality inspection (shared/KPI.md "Quality inspection"): reviews completed in the period.
    qint64 qaReviews = 0;
    std::optional<double> iqs, qaCriticalFailPct;
};

// by_complaint_cause: complaints of CC by cause ("none" without one).
struct CauseRow
{
    QString key;
    qint64 created = 0;
    std::optional<double> pct;
};

// cost_by_category: R by category with its cost.
struct CostCategoryRow
{
    QString key;
    qint64 resolved = 0;
    std::optional<double> costTotal, costPerResolved;
};

struct BreakdownRow
{
    QString key;
    qint64 created = 0;
    qint64 resolved = 0;
    std::optional<double> resolutionMedianMin, fcrPct, csatAvg, slaResolutionPct;
    // by_agent only: the agent's reviews completed in the period, and their mean score.
    qint64 qaReviews = 0;
    std::optional<double> iqs;
};

struct TrendRow
{
    QDate bucket;
    qint64 created = 0;
    qint64 resolved = 0;
    std::optional<double> slaResolutionPct, csatAvg;
    // The service cost of the bucket's resolved tickets (docs/REPORTS.md).
    std::optional<double> costTotal, costPerResolved;
};

struct TermRow
{
    QString term;
    qint64 count = 0;
    qint64 previousCount = 0;
};

struct Breakdown
{
    QString name; // by_agent, by_team, by_category, by_channel, by_tier, by_priority
    QList<BreakdownRow> rows;
};

// How many tickets of R took how long: business minutes in [fromMin, toMin).
struct HistogramBin
{
    double fromMin = 0;
    std::optional<double> toMin; // none: open-ended
    qint64 count = 0;
};

struct KpiReport
{
    ReportRequest request;
    KpiFigures figures;
    QList<Breakdown> breakdowns;
    QList<TrendRow> trend;
    QList<TermRow> topTerms;
    QList<CauseRow> byComplaintCause;
    QList<CostCategoryRow> costByCategory;
    // The products that cost most over R (docs/REPORTS.md); key "" is no product.
    QList<CostCategoryRow> costByProduct;
    // For the charts (not figures of the KPI sheet): the distribution of
    // resolution business time over R, and how many of R scored 1..5.
    QList<HistogramBin> resolutionHistogram;
    std::array<qint64, 5> csatScores{};
};

} // namespace sd
